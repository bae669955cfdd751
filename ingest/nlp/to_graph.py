"""The pipeline's state → the `ArticleGraph` contract (ids, canonical names, evidence offsets).

The graph is built as plain dicts and validated once, as a whole (pydantic's validator runs over the nested
data in one call; a model built per sentence, mention and person costs a Python call each).
"""

from __future__ import annotations

from typing import Any

from ingest.models import Article, ArticleGraph
from ingest.nlp.state import ArticleState, MeetingRec
from ingest.nlp.topics import get_taxonomy

Json = dict[str, Any]


def to_article_graph(state: ArticleState, article: Article) -> ArticleGraph:
    """Build the ArticleGraph of one article from the components' findings."""
    text = state.text

    def ev(sent: int, start: int, end: int) -> Json:
        return {"sentence": sent, "start": start, "end": end, "text": text[start:end]}

    article = article.model_copy(update={"reporters": list(dict.fromkeys([*article.reporters, *state.reporters])),
                                         "char_count": len(text)})
    sentences = [{"index": s.index, "start": s.start, "end": s.end, "text": s.text} for s in state.sents]
    people = []
    for i, p in enumerate(state.people):
        people.append({
            "id": f"p{i + 1}", "name": p.name, "latin_name": p.latin or None, "aliases": p.aliases, "orgs": p.orgs,
            "titles": p.titles, "affiliations": [{"org": o, "title": t} for o, t in p.affiliations],
            "mentions": [ev(m.sent, m.name_start, m.name_end) for m in p.mentions]})
    orgs: list[Json] = []
    for o in sorted(state.orgs.values(), key=lambda o: (o.mentions[0].start if o.mentions else 1 << 30)):
        if not o.mentions:
            continue
        orgs.append({"id": f"o{len(orgs) + 1}", "name": o.name, "aliases": o.aliases, "kind": o.kind,
                     "mentions": [ev(m.sent, m.start, m.end) for m in o.mentions]})
    taxonomy = get_taxonomy()
    topic_mentions: dict[str, list[Json]] = {}
    for t in state.topic_mentions:
        for name in (t.topic, *taxonomy.ancestors(t.topic)):
            topic_mentions.setdefault(name, []).append(ev(t.sent, t.start, t.end))
    topics = [{"name": name, "broader": taxonomy.ancestors(name), "mentions": evs}
              for name, evs in topic_mentions.items()]
    meetings = [_meeting(state, i, m, ev) for i, m in enumerate(state.meetings)]
    return ArticleGraph.model_validate({"article": article, "sentences": sentences, "people": people,
                                        "organizations": orgs, "topics": topics, "meetings": meetings})


def _meeting(state: ArticleState, i: int, m: MeetingRec, ev) -> Json:  # type: ignore[no-untyped-def]
    names = [state.people[p].name for p in m.participants]
    date = m.date
    return {
        "id": f"m{i + 1}", "participants": names, "attendees": [state.people[p].name for p in m.attendees],
        "organizations": m.orgs,
        "date": (date.value[:7] if date.span else date.value) if date and date.value else None,
        "date_precision": ("month" if date.span else date.precision) if date and date.value else None,
        "date_text": date.text if date and date.text else None, "place": m.place, "topics": m.topics,
        "status": m.status, "evidence": [ev(s, a, b) for s, a, b in m.evidence]}
