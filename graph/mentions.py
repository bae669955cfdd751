"""What one article says, as mentions to resolve: its people, organizations, topics and meeting reports.

Everything here is article-local and pure: an `ArticleMentions` depends on one `ArticleGraph` only, so the global
resolver (`graph.resolve`) and the writer's per-block resolution (`graph.block`) read an article the same way.

A mention's *signature* is what resolution compares: for an organization its name key (`strong`) and alias keys
(`weak`); for a person the keys of the name and Latin name (`strong`), of the aliases (`weak`) and of the
organizations the article gives (`orgs`). Mentions with one signature always resolve together, so resolution
only ever needs the distinct signatures, and node properties only need counts of the names used.
"""

from __future__ import annotations

import itertools
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import NamedTuple

from graph.keys import ReportedDate, name_key, org_key, org_name_key, parse_reported_date, person_name_key
from ingest.models import ArticleGraph, Evidence

MentionId = tuple[str, str]  # (article path, article-local id)


@dataclass
class Spans:
    """Where an article supports something: parallel lists of sentence indexes, offsets and quotes."""

    items: set[tuple[int, int, int, str]] = field(default_factory=set)

    def add(self, evidence: Iterable[Evidence]) -> None:
        """Add evidence spans."""
        self.items.update((e.sentence, e.start, e.end, e.text) for e in evidence)

    def props(self) -> dict[str, list]:
        """The spans as relationship properties, in text order."""
        ordered = sorted(self.items, key=lambda s: (s[1], s[2], s[0], s[3]))
        return {"sentences": [s[0] for s in ordered], "starts": [s[1] for s in ordered],
                "ends": [s[2] for s in ordered], "quotes": [s[3] for s in ordered]}

    def sources(self, article: str) -> set[str]:
        """'path#sentence' strings (just 'path' when there is no span)."""
        return {f"{article}#{s[0]}" for s in self.items} or {article}


class OrgSig(NamedTuple):
    """What organization resolution compares: the name key and the alias keys."""

    strong: str
    weak: tuple[str, ...]


class PersonSig(NamedTuple):
    """What person resolution compares: name and Latin-name keys, alias keys, the keys of the organizations."""

    strong: tuple[str, ...]
    weak: tuple[str, ...]
    orgs: tuple[str, ...]


@dataclass
class OrgMention:
    """One organization as one article names it."""

    id: MentionId
    name: str
    aliases: list[str]
    kind: str
    spans: Spans
    strong: str = ""
    weak: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        self.strong = org_name_key(self.name)
        self.weak = frozenset(k for k in map(org_key, self.aliases) if k) - {self.strong}

    @property
    def keys(self) -> frozenset[str]:
        """Every key of this mention."""
        return self.weak | {self.strong}

    @property
    def sig(self) -> OrgSig:
        """The signature resolution compares."""
        return OrgSig(self.strong, tuple(sorted(self.weak)))


@dataclass
class PersonMention:
    """One person as one article names them, with the keys of their organizations in that article."""

    id: MentionId
    name: str
    latin_name: str | None
    aliases: list[str]
    org_names: list[str]
    titles: dict[str, list[str]]  # org name → titles at it
    spans: Spans
    org_keys: frozenset[str] = frozenset()
    orgs: list[str] = field(default_factory=list)  # per org name, the name key of the article's organization
    strong: frozenset[str] = frozenset()
    weak: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        self.strong = frozenset(k for k in (person_name_key(self.name), name_key(self.latin_name)) if k)
        self.weak = frozenset(k for k in map(name_key, self.aliases) if k) - self.strong

    @property
    def sig(self) -> PersonSig:
        """The signature resolution compares."""
        return PersonSig(tuple(sorted(self.strong)), tuple(sorted(self.weak)), tuple(sorted(self.org_keys)))


@dataclass
class ReportMention:
    """One meeting as one article reports it; people and organizations by article-local mention id."""

    id: MentionId
    participants: list[str]
    attendees: list[str]
    organizations: list[str]
    date: ReportedDate | None
    date_text: str | None
    place: str | None
    status: str
    topics: list[str]
    spans: Spans


def topic_name(name: str) -> str:
    """A topic's node name: its NFKC form, stripped."""
    return unicodedata.normalize("NFKC", name).strip()


class ArticleMentions:
    """Everything one article names, resolved within the article (names and aliases to its own mentions).

    Names a meeting or a person's affiliations use but the article does not list become implicit mentions
    (`person:NAME`, `org:NAME`), with the spans of the sentence that names them.
    """

    def __init__(self, graph: ArticleGraph) -> None:
        self.path = graph.article.path
        self.content_hash = graph.article.content_hash
        self.orgs: dict[str, OrgMention] = {}
        self.people: dict[str, PersonMention] = {}
        self._org_cache: dict[str, OrgMention] = {}
        for org in graph.organizations:
            self.orgs[org.id] = OrgMention((self.path, org.id), org.name, list(org.aliases), org.kind, Spans())
            self.orgs[org.id].spans.add(org.mentions)
        for person in graph.people:
            titles: dict[str, list[str]] = defaultdict(list)
            for aff in person.affiliations:
                if aff.title:
                    titles[aff.org].append(aff.title)
            org_names = list(dict.fromkeys([*person.orgs, *(a.org for a in person.affiliations)]))
            if len(org_names) == 1 and not titles[org_names[0]]:
                titles[org_names[0]].extend(person.titles)
            mention = PersonMention((self.path, person.id), person.name, person.latin_name, list(person.aliases),
                                    org_names, dict(titles), Spans())
            mention.spans.add(person.mentions)
            self.people[person.id] = mention
        for mention in list(self.people.values()):
            found = [self.org(o, mention.spans) for o in mention.org_names]
            mention.org_keys = frozenset().union(*(o.keys for o in found))
            mention.orgs = [o.strong for o in found]
        for meeting in graph.meetings:  # implicit people and organizations of meetings exist before any report
            spans = Spans()
            spans.add(meeting.evidence)
            for name in meeting.participants + meeting.attendees:
                self.person(name, spans)
            for name in meeting.organizations:
                self.org(name, spans)
        self.reports = [self._report(meeting) for meeting in graph.meetings]
        self.topics: dict[str, Spans] = defaultdict(Spans)
        self.topic_pairs: dict[str, set[tuple[str, str]]] = defaultdict(set)
        self.links: dict[tuple[str, str], Spans] = defaultdict(Spans)  # (narrow, wide) → spans that say so
        for topic in graph.topics:
            name = topic_name(topic.name)
            self.topics[name].add(topic.mentions)
            self.topic_pairs[name].update(itertools.pairwise([name, *(topic_name(b) for b in topic.broader)]))
        for name, pairs in self.topic_pairs.items():  # a link is supported by the spans of the topics that give it
            for pair in pairs:
                self.links[pair].items |= self.topics[name].items

    def org(self, name: str, spans: Spans) -> OrgMention:
        """The article's organization of this name (or alias); an implicit one when the article lists none."""
        if name in self._org_cache:
            return self._org_cache[name]
        key = org_name_key(name)
        found = next((o for o in self.orgs.values() if o.name == name), None) or next(
            (o for o in self.orgs.values() if key in o.keys), None)
        if found is not None:
            self._org_cache[name] = found
            return found
        implicit = OrgMention((self.path, f"org:{name}"), name, [], "other", Spans())
        implicit.spans.items |= spans.items
        self.orgs[implicit.id[1]] = implicit
        self._org_cache[name] = implicit
        return implicit

    def person(self, name: str, spans: Spans) -> PersonMention:
        """The article's person of this name (or alias); an implicit one when the article lists none."""
        key = person_name_key(name)
        for person in self.people.values():
            if person.name == name:
                return person
        for person in self.people.values():
            if key in person.strong or key in person.weak:
                return person
        implicit = PersonMention((self.path, f"person:{name}"), name, None, [], [], {}, Spans())
        implicit.spans.items |= spans.items
        self.people[implicit.id[1]] = implicit
        return implicit

    def _report(self, meeting) -> ReportMention:  # type: ignore[no-untyped-def]
        spans = Spans()
        spans.add(meeting.evidence)
        return ReportMention(
            (self.path, meeting.id), [self.person(n, spans).id[1] for n in meeting.participants],
            [self.person(n, spans).id[1] for n in meeting.attendees],
            [self.org(n, spans).id[1] for n in meeting.organizations],
            parse_reported_date(meeting.date, meeting.date_precision), meeting.date_text, meeting.place,
            meeting.status, [topic_name(t) for t in meeting.topics], spans)
