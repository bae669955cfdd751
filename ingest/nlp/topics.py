"""Component `newsgraph_topics`: taxonomy topics (`topics.json`) named in each sentence.

Patterns are matched on the sentence text, longest match first, outside organization names (the "AI" of
"오픈AI" is no topic). A topic's ancestors come from the taxonomy's `broader` links; `also` names the other topics a mention is about
("AI 칩" is about AI too, though its broader topic is 반도체).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from ingest.nlp.resources import read_json
from ingest.nlp.state import TopicMention, state_of


@dataclass(frozen=True)
class Taxonomy:
    """Topic names, their parents and one compiled pattern per topic."""

    parent: dict[str, str | None]
    also: dict[str, tuple[str, ...]]  # other topics a mention is about too ("AI 칩": AI as well as 반도체)
    patterns: tuple[tuple[str, re.Pattern[str]], ...]
    any_topic: re.Pattern[str]  # all patterns in one: most sentences are passed over with one search
    context_free: frozenset[str]  # topics whose pattern has no anchor nor lookaround (see `present_in`)

    def ancestors(self, topic: str) -> list[str]:
        """Broader topics, nearest first."""
        out: list[str] = []
        cur = self.parent.get(topic)
        while cur and cur not in out:
            out.append(cur)
            cur = self.parent.get(cur)
        return out

    def present_in(self, text: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
        """The topics whose pattern may match a part of `text`: a context-free pattern that matches nowhere in the
        whole text matches in no slice of it either (one search per topic instead of one per sentence)."""
        return tuple((topic, pattern) for topic, pattern in self.patterns
                     if topic not in self.context_free or pattern.search(text) is not None)


@cache
def get_taxonomy() -> Taxonomy:
    """The topic taxonomy of `ingest/data/topics.json`."""
    raw = {k: v for k, v in read_json("topics.json").items() if not k.startswith("_")}
    parent = {name: spec.get("broader") for name, spec in raw.items()}
    pats = tuple((name, re.compile("|".join(f"(?:{p})" for p in spec["patterns"]))) for name, spec in raw.items())
    every = re.compile("|".join(f"(?:{p})" for spec in raw.values() for p in spec["patterns"]))
    also = {name: tuple(spec.get("also", ())) for name, spec in raw.items()}
    context_free = frozenset(name for name, pattern in pats if _CONTEXT.search(pattern.pattern) is None)
    return Taxonomy(parent=parent, also=also, patterns=pats, any_topic=every, context_free=context_free)


# what makes a match depend on the text around it: anchors, word boundaries, lookarounds (and, to be safe, any ^)
_CONTEXT = re.compile(r"\\[bBAZ]|[\^$]|\(\?<?[=!]")


@lru_cache(maxsize=16384)
def is_topic_term(text: str) -> bool:
    """A word that is all topic ("협동로봇", "엣지AI", "생성형AI"): a subject, never a name."""
    return any(pattern.fullmatch(text) for _, pattern in get_taxonomy().patterns)


@Language.factory("newsgraph_topics")
class TopicFinder:
    """Finds topic mentions on `doc._.ng.topic_mentions`."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.taxonomy = get_taxonomy()

    def __call__(self, doc: Doc) -> Doc:
        state = state_of(doc)
        org_spans: dict[int, list[tuple[int, int]]] = {}
        for m in state.org_mentions:
            org_spans.setdefault(m.sent, []).append((m.start, m.end))
        out: list[TopicMention] = []
        any_topic = self.taxonomy.any_topic
        sents = [s for s in state.sents if s.kind != "byline" and any_topic.search(s.text) is not None]
        # (the topics present in the sentences that name one: a context-free pattern found in one of them is found
        # in their texts joined, so this keeps every topic a sentence names, and searches less text)
        patterns = self.taxonomy.present_in("\n".join(s.text for s in sents)) if sents else ()
        for sent in sents:
            hits: list[tuple[int, int, str]] = []
            for topic, pattern in patterns:
                for m in pattern.finditer(sent.text):
                    hits.append((sent.start + m.start(), sent.start + m.end(), topic))
            hits.sort(key=lambda h: (h[0] - h[1], h[0]))
            taken = list(org_spans.get(sent.index, []))
            for s, e, topic in hits:
                if any(s < b and a < e for a, b in taken):
                    continue
                taken.append((s, e))
                for name in (topic, *self.taxonomy.also.get(topic, ())):
                    out.append(TopicMention(sent=sent.index, start=s, end=e, topic=name))
        out.sort(key=lambda t: t.start)
        state.topic_mentions = out
        return doc
