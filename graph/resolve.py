"""Entity and meeting resolution across articles: every loaded ArticleGraph in, one DerivedGraph out.

The result is a pure function of the *set* of articles (they are sorted by path first), so it cannot depend on
the order in which they were loaded. The rules (README.md, "Entity and meeting resolution"):

- Organizations: two mentions are one organization when the key of one's name equals the key of the other's
  name or of one of its aliases (`org_key`: NFKC, case-folded, letters and digits only, trailing 그룹 ignored).
- People: two mentions are one person when a name key (name or Latin name) of one equals a name or alias key
  of the other, or when their names are within one edit (keys of 4+ characters: 올트먼/올트만) and they share
  an organization; either way their organizations must not contradict (both known and disjoint → different
  people). Organizations are compared by all keys the mention's own article gives for them.
- Clusters are the connected components of these pairwise matches.
- Meetings: two reports match when their resolved parties (participants minus 배석 attendees, plus
  organizations met as a whole) are the same, or one's are all among the other's (two parties or more), and
  their dates are compatible (`dates_compatible`). Reports are taken finest date first; each joins the one
  meeting all of whose reports it matches, or starts its own when there is none, or more than one (too vague
  to tell). Different days of one month are one meeting with `date_conflict = true`.
"""

from __future__ import annotations

import itertools
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from graph.derived import DerivedGraph, NodeRef
from graph.keys import (
    ReportedDate,
    dates_compatible,
    name_key,
    near_match,
    org_key,
    parse_reported_date,
    precision_rank,
)
from ingest.models import ArticleGraph, Evidence, Meeting

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


@dataclass
class OrgMention:
    """One organization as one article names it."""

    id: MentionId
    name: str
    aliases: list[str]
    kind: str
    spans: Spans
    strong: frozenset[str] = frozenset()
    weak: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        self.strong = frozenset(k for k in [org_key(self.name)] if k)
        self.weak = frozenset(k for k in map(org_key, self.aliases) if k) - self.strong

    @property
    def keys(self) -> frozenset[str]:
        """Every key of this mention."""
        return self.strong | self.weak


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
    strong: frozenset[str] = frozenset()
    weak: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        self.strong = frozenset(k for k in (name_key(self.name), name_key(self.latin_name)) if k)
        self.weak = frozenset(k for k in map(name_key, self.aliases) if k) - self.strong


@dataclass
class Report:
    """One meeting as one article reports it, its parties resolved to node keys."""

    id: MentionId
    parties: frozenset[NodeRef]
    attendees: frozenset[NodeRef]
    date: ReportedDate | None
    date_text: str | None
    place: str | None
    status: str
    topics: list[str]
    spans: Spans

    def order(self) -> tuple:
        """Finest date first, then by date, article and id: the order in which reports form meetings."""
        return (precision_rank(self.date), self.date.iso() if self.date else "", self.id)


class UnionFind:
    """Disjoint sets over hashable items, deterministic whatever the union order."""

    def __init__(self, items: Iterable[MentionId]) -> None:
        self.parent = {item: item for item in items}

    def find(self, item: MentionId) -> MentionId:
        """The representative of `item`'s set (the smallest item of the set)."""
        root = item
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[item] != root:
            self.parent[item], item = root, self.parent[item]
        return root

    def union(self, a: MentionId, b: MentionId) -> None:
        """Join the sets of `a` and `b`."""
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)

    def groups(self) -> list[list[MentionId]]:
        """The sets, each sorted, in order of their smallest item."""
        out: dict[MentionId, list[MentionId]] = defaultdict(list)
        for item in sorted(self.parent):
            out[self.find(item)].append(item)
        return [out[k] for k in sorted(out)]


def _most_common(values: Iterable[str | None]) -> str | None:
    """The most frequent value, ties to the smallest; None when there is none."""
    counts = Counter(v for v in values if v)
    if not counts:
        return None
    return min(counts, key=lambda v: (-counts[v], v))


def _topic_name(name: str) -> str:
    return unicodedata.normalize("NFKC", name).strip()


class _ArticleIndex:
    """Within one article: canonical names of people and organizations → their mentions."""

    def __init__(self, graph: ArticleGraph) -> None:
        self.path = graph.article.path
        self.graph = graph
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
            mention.org_keys = frozenset().union(*(self.org(o, mention.spans).keys for o in mention.org_names))

    def org(self, name: str, spans: Spans) -> OrgMention:
        """The article's organization of this name (or alias); an implicit one when the article lists none."""
        if name in self._org_cache:
            return self._org_cache[name]
        key = org_key(name)
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
        key = name_key(name)
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


def _cluster_orgs(mentions: list[OrgMention]) -> UnionFind:
    """Connected components of the organization rule (a name key equal to the other's name or alias key)."""
    uf = UnionFind(m.id for m in mentions)
    first_by_name: dict[str, MentionId] = {}
    for m in mentions:
        for k in m.strong:
            uf.union(m.id, first_by_name.setdefault(k, m.id))
    for m in mentions:
        for k in m.weak:
            if k in first_by_name:
                uf.union(m.id, first_by_name[k])
    return uf


def orgs_compatible(a: PersonMention, b: PersonMention) -> bool:
    """Organizations do not contradict: one side knows none, or they share one."""
    return not a.org_keys or not b.org_keys or bool(a.org_keys & b.org_keys)


def people_match(a: PersonMention, b: PersonMention) -> bool:
    """The pairwise rule of person resolution (see the module docstring)."""
    if not orgs_compatible(a, b):
        return False
    if a.strong & (b.strong | b.weak) or b.strong & a.weak:
        return True
    shares_org = bool(a.org_keys & b.org_keys)
    return shares_org and any(near_match(x, y) for x in a.strong for y in b.strong)


def _cluster_people(mentions: list[PersonMention]) -> UnionFind:
    """Connected components of `people_match`. Mentions with the same keys and organizations (the same person
    named alike in many articles) are compared once, as one signature."""
    uf = UnionFind(m.id for m in mentions)
    by_signature: dict[tuple[frozenset[str], ...], list[PersonMention]] = defaultdict(list)
    for m in mentions:
        by_signature[(m.strong, m.weak, m.org_keys)].append(m)
    heads = [group[0] for group in by_signature.values()]
    for group in by_signature.values():
        if group[0].strong:  # an empty name key matches nothing, not even itself
            for m in group[1:]:
                uf.union(m.id, group[0].id)
    by_key: dict[str, list[PersonMention]] = defaultdict(list)
    by_org: dict[str, list[PersonMention]] = defaultdict(list)
    for m in heads:
        for k in m.strong | m.weak:
            by_key[k].append(m)
        for k in m.org_keys:
            by_org[k].append(m)
    for m in heads:
        candidates = [o for k in m.strong for o in by_key.get(k, ())]
        candidates += [o for k in m.org_keys for o in by_org.get(k, ())]
        for other in candidates:
            if other is not m and uf.find(m.id) != uf.find(other.id) and people_match(m, other):
                uf.union(m.id, other.id)
    return uf


def _unique_key(base: str, taken: set[str]) -> str:
    key, n = base, 1
    while key in taken:
        n += 1
        key = f"{base}#{n}"
    taken.add(key)
    return key


ArticleIndexCache = dict[tuple[str, str], "_ArticleIndex"]


class Resolver:
    """Builds the DerivedGraph of a set of article graphs (see `resolve`)."""

    def __init__(self, graphs: Iterable[ArticleGraph], cache: ArticleIndexCache | None = None) -> None:
        cache = {} if cache is None else cache
        self.articles = []
        for graph in sorted(graphs, key=lambda g: g.article.path):
            key = (graph.article.path, graph.article.content_hash)
            if key not in cache:
                cache[key] = _ArticleIndex(graph)
            self.articles.append(cache[key])
        self.out = DerivedGraph()
        self.org_of: dict[MentionId, NodeRef] = {}
        self.person_of: dict[MentionId, NodeRef] = {}
        self.mentions: dict[tuple[str, NodeRef], Spans] = defaultdict(Spans)

    def run(self) -> DerivedGraph:
        """Resolve everything; the same articles always give the same graph."""
        for art in self.articles:  # implicit people and organizations of meetings exist before clustering
            for meeting in art.graph.meetings:
                spans = Spans()
                spans.add(meeting.evidence)
                for name in meeting.participants + meeting.attendees:
                    art.person(name, spans)
                for name in meeting.organizations:
                    art.org(name, spans)
        self._organizations()
        self._people()
        self._topics()
        self._meetings()
        for (article, ref), spans in sorted(self.mentions.items()):
            self.out.add_rel("MENTIONS", NodeRef("Article", article), ref, spans.props())
        return self.out

    def _mention(self, article: str, ref: NodeRef, spans: Spans) -> None:
        self.mentions[(article, ref)].items |= spans.items

    def _organizations(self) -> None:
        mentions = {m.id: m for art in self.articles for m in art.orgs.values()}
        taken: set[str] = set()
        for group in _cluster_orgs(list(mentions.values())).groups():
            members = [mentions[i] for i in group]
            name = _most_common(m.name for m in members) or members[0].name
            ref = NodeRef("Organization", _unique_key(org_key(name) or name, taken))
            aliases = {a for m in members for a in [m.name, *m.aliases]} - {name}
            kind = _most_common(m.kind for m in members if m.kind != "other") or "other"
            self.out.add_node(ref, {"name": name, "aliases": sorted(aliases), "kind": kind})
            for m in members:
                self.org_of[m.id] = ref
                self._mention(m.id[0], ref, m.spans)

    def _people(self) -> None:
        mentions = {m.id: m for art in self.articles for m in art.people.values()}
        indexes = {art.path: art for art in self.articles}
        taken: set[str] = set()
        works_for: dict[tuple[NodeRef, NodeRef], tuple[list[str], set[str]]] = {}
        for group in _cluster_people(list(mentions.values())).groups():
            members = [mentions[i] for i in group]
            name = _most_common(m.name for m in members) or members[0].name
            latin = _most_common(m.latin_name for m in members)
            org_refs = [self.org_of[indexes[m.id[0]].org(o, m.spans).id] for m in members for o in m.org_names]
            main_org = _most_common(r.key for r in org_refs)
            base = f"{name_key(name) or name}|{main_org}" if main_org else (name_key(name) or name)
            ref = NodeRef("Person", _unique_key(base, taken))
            aliases = {a for m in members for a in [m.name, m.latin_name, *m.aliases] if a} - {name}
            self.out.add_node(ref, {"name": name, "latin_name": latin, "aliases": sorted(aliases)})
            for m in members:
                self.person_of[m.id] = ref
                self._mention(m.id[0], ref, m.spans)
                for org_name in m.org_names:
                    org_ref = self.org_of[indexes[m.id[0]].org(org_name, m.spans).id]
                    titles, sources = works_for.setdefault((ref, org_ref), ([], set()))
                    titles.extend(m.titles.get(org_name, []))
                    sources |= m.spans.sources(m.id[0])
        for (person, org), (titles, sources) in works_for.items():
            self.out.add_rel("WORKS_FOR", person, org, {
                "title": _most_common(titles), "titles": sorted(set(titles)), "sources": sorted(sources)})

    def _topics(self) -> None:
        broader: dict[tuple[str, str], set[str]] = defaultdict(set)
        for art in self.articles:
            for topic in art.graph.topics:
                name = _topic_name(topic.name)
                ref = NodeRef("Topic", name)
                spans = Spans()
                spans.add(topic.mentions)
                self.out.add_node(ref, {})
                self._mention(art.path, ref, spans)
                chain = [name, *(_topic_name(b) for b in topic.broader)]
                for narrow, wide in itertools.pairwise(chain):
                    broader[(narrow, wide)] |= spans.sources(art.path)
        for (narrow, wide), sources in broader.items():
            self.out.add_node(NodeRef("Topic", wide), {})
            self.out.add_rel("BROADER", NodeRef("Topic", narrow), NodeRef("Topic", wide), {"sources": sorted(sources)})

    def _report(self, art: _ArticleIndex, meeting: Meeting) -> Report:
        spans = Spans()
        spans.add(meeting.evidence)
        attendees = {self.person_of[art.person(n, spans).id] for n in meeting.attendees}
        everyone = {self.person_of[art.person(n, spans).id] for n in meeting.participants} | attendees
        orgs = {self.org_of[art.org(n, spans).id] for n in meeting.organizations}
        principals = (everyone - attendees) or everyone
        return Report((art.path, meeting.id), frozenset(principals | orgs), frozenset(everyone - principals),
                      parse_reported_date(meeting.date, meeting.date_precision), meeting.date_text,
                      meeting.place, meeting.status, [_topic_name(t) for t in meeting.topics], spans)

    def _meetings(self) -> None:
        reports = [self._report(art, meeting) for art in self.articles for meeting in art.graph.meetings]
        taken: set[str] = set()
        clusters = cluster_reports(reports)
        for cluster in sorted(clusters, key=lambda c: (sorted(frozenset().union(*(r.parties for r in c))), c[0].order())):
            self._meeting(frozenset().union(*(r.parties for r in cluster)), cluster, taken)

    def _meeting(self, parties: frozenset[NodeRef], reports: list[Report], taken: set[str]) -> None:
        date, conflict = meeting_date([r.date for r in reports])
        label = date.iso() if date else "undated"
        ref = NodeRef("Meeting", _unique_key(f"{label}|{'+'.join(sorted(p.key for p in parties))}", taken))
        places = Counter(r.place for r in reports if r.place)
        first_seen = {r.place: i for i, r in reversed(list(enumerate(sorted(reports, key=Report.order))))}
        place = min(places, key=lambda p: (-places[p], first_seen[p])) if places else None
        self.out.add_node(ref, {
            "date": date.iso() if date else None, "date_precision": date.precision if date else None,
            "status": "held" if any(r.status == "held" for r in reports) else "planned", "place": place,
            "dates_reported": sorted({r.date.iso() for r in reports if r.date}), "date_conflict": conflict})
        roles: dict[NodeRef, tuple[str, set[str]]] = {}
        about: dict[str, set[str]] = defaultdict(set)
        for r in reports:
            sources = r.spans.sources(r.id[0])
            for who in sorted(r.parties | r.attendees):
                role = "attendee" if who in r.attendees else "participant"
                old_role, old_sources = roles.get(who, (role, set()))
                roles[who] = ("participant" if "participant" in (role, old_role) else "attendee", old_sources | sources)
            for topic in r.topics:
                about[topic] |= sources
            self.out.add_rel("REPORTED_IN", ref, NodeRef("Article", r.id[0]), {
                "report": r.id[1], **r.spans.props(), "date": r.date.iso() if r.date else None,
                "date_precision": r.date.precision if r.date else None, "date_text": r.date_text,
                "place": r.place, "status": r.status})
        for topic, sources in about.items():
            self.out.add_node(NodeRef("Topic", topic), {})
            self.out.add_rel("ABOUT", ref, NodeRef("Topic", topic), {"sources": sorted(sources)})
        for who, (role, sources) in roles.items():
            if who.label == "Person":
                self.out.add_rel("ATTENDED", who, ref, {"role": role, "sources": sorted(sources)})
            else:
                self.out.add_rel("WITH_ORGANIZATION", ref, who, {"sources": sorted(sources)})


def parties_match(a: frozenset[NodeRef], b: frozenset[NodeRef]) -> bool:
    """Same parties, or the parties of one report are all at the other's meeting (two or more of them)."""
    return a == b or min(len(a), len(b)) >= 2 and (a <= b or b <= a)


def reports_match(a: Report, b: Report) -> bool:
    """Could two reports be of the same meeting? Matching parties and compatible dates."""
    return parties_match(a.parties, b.parties) and dates_compatible(a.date, b.date)


def cluster_reports(reports: list[Report]) -> list[list[Report]]:
    """Group reports into meetings: in `Report.order` (finest date first), each report joins the one meeting all
    of whose reports it matches, or starts its own when there is none or more than one (too vague to tell)."""
    clusters: list[list[Report]] = []
    by_party: dict[NodeRef, set[int]] = defaultdict(set)
    for report in sorted(reports, key=Report.order):
        candidates = sorted(set().union(*(by_party.get(party, ()) for party in report.parties)))
        fits = [i for i in candidates if all(reports_match(report, other) for other in clusters[i])]
        if len(fits) == 1:
            index = fits[0]
            clusters[index].append(report)
        else:
            index = len(clusters)
            clusters.append([report])
        for party in report.parties:
            by_party[party].add(index)
    return clusters


def meeting_date(dates: list[ReportedDate | None]) -> tuple[ReportedDate | None, bool]:
    """The date a meeting's reports support, and whether they conflict (different days reported).

    Without conflict it is the finest reported date; with one, the month the days share.
    """
    known = sorted((d for d in dates if d), key=lambda d: (precision_rank(d), d))
    if not known:
        return None, False
    days = {d for d in known if d.precision == "day"}
    if len(days) > 1:
        return known[0].month_only(), True
    return known[0], False


def resolve(graphs: Iterable[ArticleGraph], cache: ArticleIndexCache | None = None) -> DerivedGraph:
    """The derived graph of these article graphs: resolved people, organizations, topics and meetings.

    `cache` (optional, kept by the caller between calls) holds each article's own index of names by
    (path, content hash), so that an article is indexed once; indexes are only ever extended (implicit
    people and organizations of its meetings), never changed, so reusing them gives the same result.
    """
    return Resolver(graphs, cache).run()
