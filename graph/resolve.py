"""Entity and meeting resolution over a whole set of articles: every ArticleGraph in, one DerivedGraph out.

This is the specification of the derived graph: a pure function of the *set* of articles (sorted by path
first), computed globally. The writer (`graph.writer`) never runs it; it keeps the same graph by resolving only
the block of nodes an article touches (`graph.block`), and the tests check that both give the same graph.
The rules (README.md, "Entity and meeting resolution") live in `graph.rules`; what an article says, in
`graph.mentions`; the counts each node keeps, in `graph.state`. The pieces that turn resolved clusters into
nodes and relationships are here and are shared with the writer.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from typing import Any

from graph.derived import DerivedGraph, NodeRef, Props
from graph.mentions import ArticleMentions, MentionId, OrgMention, PersonMention, ReportMention, Spans
from graph.rules import Report, cluster_orgs, cluster_people, cluster_reports, meeting_date, most_common
from graph.state import OrgState, PersonState

# BROADER keeps the sources of this many supporting articles (the first by path), and counts them all.
BROADER_SAMPLE = 3

ArticleIndexCache = dict[tuple[str, str], ArticleMentions]


def mentions_of(graph: Any, cache: ArticleIndexCache | None = None) -> ArticleMentions:
    """The ArticleMentions of an article graph, from `cache` (by path and content hash) when it has them."""
    key = (graph.article.path, graph.article.content_hash)
    if cache is None:
        return ArticleMentions(graph)
    if key not in cache:
        cache[key] = ArticleMentions(graph)
    return cache[key]


def unique_keys(bases: list[str]) -> list[str]:
    """Keys for nodes in their resolution order: a base key taken already gets '#2', '#3', ..."""
    taken: set[str] = set()
    out = []
    for base in bases:
        key, n = base, 1
        while key in taken:
            n += 1
            key = f"{base}#{n}"
        taken.add(key)
        out.append(key)
    return out


def mentions_props(spans: Spans, ids: Iterable[str] = (), pairs: Iterable[tuple[str, str]] = ()) -> Props:
    """A MENTIONS relationship: the spans, the article-local ids of the mentions and, for topics, the BROADER
    links the article gives (flattened: narrow, wide, narrow, wide ...)."""
    props: Props = dict(spans.props())
    if ids:
        props["ids"] = sorted(set(ids))
    flat = [name for pair in sorted(set(pairs)) for name in pair]
    if flat:
        props["pairs"] = flat
    return props


def works_for_props(titles: Counter[str], sources: Iterable[str], keys: Iterable[str]) -> Props:
    """A WORKS_FOR relationship: the most frequent title, all titles, the supporting sentences and the name keys
    of the organization that the person's mentions used."""
    return {"title": most_common(titles), "titles": sorted(t for t in titles if titles[t] > 0),
            "sources": sorted(set(sources)), "keys": sorted(set(keys))}


def broader_props(count: int, first: dict[str, set[str]]) -> Props:
    """A BROADER relationship: how many articles give the link, and the first BROADER_SAMPLE of them by path
    (`first`: path → sources) with their sources."""
    paths = sorted(first)[:BROADER_SAMPLE]
    return {"articles": count, "first_articles": paths, "sources": sorted(s for path in paths for s in first[path])}


def report_of(mention: ReportMention, person: Callable[[str], NodeRef], org: Callable[[str], NodeRef]) -> Report:
    """A report with its parties resolved: `person` and `org` map the article's mention ids to nodes. The parties
    are the participants who took part (not only sat in, 배석) and the organizations met as a whole."""
    attendees = {person(i) for i in mention.attendees}
    everyone = {person(i) for i in mention.participants} | attendees
    orgs = {org(i) for i in mention.organizations}
    principals = (everyone - attendees) or everyone
    helper = {"participant_ids": sorted(set(mention.participants)), "attendee_ids": sorted(set(mention.attendees)),
              "organization_ids": sorted(set(mention.organizations)), "topics": list(mention.topics)}
    return Report(mention.id, frozenset(principals | orgs), frozenset(everyone - principals), mention.date,
                  mention.date_text, mention.place, mention.status, list(mention.topics), mention.spans, helper)


def meeting_clusters_in_order(reports: list[Report]) -> list[list[Report]]:
    """The meetings of these reports, in the order their keys are given (parties, then first report)."""
    clusters = cluster_reports(reports)
    return sorted(clusters, key=lambda c: (sorted(frozenset().union(*(r.parties for r in c))), c[0].order()))


def meeting_base_key(reports: list[Report]) -> str:
    """A meeting's key before disambiguation: its date (or 'undated') and its parties' keys."""
    date, _ = meeting_date([r.date for r in reports])
    parties = frozenset().union(*(r.parties for r in reports))
    return f"{date.iso() if date else 'undated'}|{'+'.join(sorted(p.key for p in parties))}"


def add_meeting(out: DerivedGraph, key: str, reports: list[Report]) -> NodeRef:
    """The Meeting node of these reports and its relationships (REPORTED_IN, ATTENDED, WITH_ORGANIZATION, ABOUT,
    and the Topic nodes it is about)."""
    ref = NodeRef("Meeting", key)
    date, conflict = meeting_date([r.date for r in reports])
    places = Counter(r.place for r in reports if r.place)
    first_seen = {r.place: i for i, r in reversed(list(enumerate(sorted(reports, key=Report.order))))}
    place = min(places, key=lambda p: (-places[p], first_seen[p])) if places else None
    out.add_node(ref, {
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
        out.add_rel("REPORTED_IN", ref, NodeRef("Article", r.id[0]), {
            "report": r.id[1], **r.spans.props(), "date": r.date.iso() if r.date else None,
            "date_precision": r.date.precision if r.date else None, "date_text": r.date_text,
            "place": r.place, "status": r.status, **r.helper})
    for topic, sources in about.items():
        out.add_node(NodeRef("Topic", topic), {})
        out.add_rel("ABOUT", ref, NodeRef("Topic", topic), {"sources": sorted(sources)})
    for who, (role, sources) in roles.items():
        if who.label == "Person":
            out.add_rel("ATTENDED", who, ref, {"role": role, "sources": sorted(sources)})
        else:
            out.add_rel("WITH_ORGANIZATION", ref, who, {"sources": sorted(sources)})
    return ref


class Resolver:
    """Builds the DerivedGraph of a set of article graphs (see `resolve`)."""

    def __init__(self, articles: Iterable[ArticleMentions]) -> None:
        self.articles = sorted(articles, key=lambda a: a.path)
        self.out = DerivedGraph()
        self.org_of: dict[MentionId, NodeRef] = {}
        self.org_key_of: dict[str, str] = {}  # organization name key → Organization node key
        self.person_of: dict[MentionId, NodeRef] = {}
        self.mentions: dict[tuple[str, NodeRef], tuple[Spans, set[str]]] = {}

    def run(self) -> DerivedGraph:
        """Resolve everything; the same articles always give the same graph."""
        self.entities()
        self.meetings()
        return self.out

    def entities(self) -> None:
        """The first step of `run`: organizations, people and topics, with their MENTIONS, WORKS_FOR and BROADER
        relationships (everything meetings do not add)."""
        self._organizations()
        self._people()
        self._topics()
        for (article, ref), (spans, ids) in sorted(self.mentions.items()):
            self.out.add_rel("MENTIONS", NodeRef("Article", article), ref, mentions_props(spans, ids))

    def meetings(self) -> None:
        """The second step of `run`, after `entities`: Meeting nodes with their relationships, and the topics only
        meetings are about."""
        self._meetings()

    def _mention(self, article: str, ref: NodeRef, spans: Spans, local_id: str) -> None:
        entry = self.mentions.setdefault((article, ref), (Spans(), set()))
        entry[0].items |= spans.items
        entry[1].add(local_id)

    def _organizations(self) -> None:
        mentions = [m for art in self.articles for m in art.orgs.values()]
        by_sig: dict[Any, list[OrgMention]] = defaultdict(list)
        for m in mentions:
            by_sig[m.sig].append(m)
        for group in cluster_orgs(by_sig):
            state = OrgState()
            members = [m for sig in group for m in by_sig[sig]]
            for m in members:
                state.add(m)
            ref = NodeRef("Organization", state.key())
            self.out.add_node(ref, state.props())
            for sig in group:
                self.org_key_of[sig.strong] = ref.key
            for m in members:
                self.org_of[m.id] = ref
                self._mention(m.id[0], ref, m.spans, m.id[1])

    def _people(self) -> None:
        mentions = [m for art in self.articles for m in art.people.values()]
        by_sig: dict[Any, list[PersonMention]] = defaultdict(list)
        for m in mentions:
            by_sig[m.sig].append(m)
        clusters = [sorted((m for sig in group for m in by_sig[sig]), key=lambda m: m.id)
                    for group in cluster_people(by_sig)]
        clusters.sort(key=lambda members: members[0].id)  # keys are given in order of the smallest mention id
        states = []
        for members in clusters:
            state = PersonState()
            for m in members:
                state.add(m)
            states.append(state)
        keys = unique_keys([state.base_key(self.org_key_of) for state in states])
        for members, state, key in zip(clusters, states, keys, strict=True):
            ref = NodeRef("Person", key)
            self.out.add_node(ref, state.props(key))
            works: dict[str, tuple[set[str], set[str]]] = {}  # org node key → (name keys, sources)
            for m in members:
                self.person_of[m.id] = ref
                self._mention(m.id[0], ref, m.spans, m.id[1])
                for org in m.orgs:
                    keys_here, sources = works.setdefault(self.org_key_of[org], (set(), set()))
                    keys_here.add(org)
                    sources |= m.spans.sources(m.id[0])
            for org_key, (org_keys, sources) in works.items():
                self.out.add_rel("WORKS_FOR", ref, NodeRef("Organization", org_key),
                                 works_for_props(state.titles_at(sorted(org_keys)), sources, org_keys))

    def _topics(self) -> None:
        links: dict[tuple[str, str], dict[str, set[str]]] = defaultdict(dict)
        for art in self.articles:
            for name, spans in art.topics.items():
                ref = NodeRef("Topic", name)
                self.out.add_node(ref, {})
                self.out.add_rel("MENTIONS", NodeRef("Article", art.path), ref,
                                 mentions_props(spans, pairs=art.topic_pairs.get(name, ())))
            for pair, spans in art.links.items():
                links[pair][art.path] = spans.sources(art.path)
        for (narrow, wide), supporters in links.items():
            self.out.add_node(NodeRef("Topic", wide), {})
            self.out.add_rel("BROADER", NodeRef("Topic", narrow), NodeRef("Topic", wide),
                             broader_props(len(supporters), supporters))

    def _meetings(self) -> None:
        reports = [report_of(mention, lambda i, a=art: self.person_of[(a.path, i)],
                             lambda i, a=art: self.org_of[(a.path, i)])
                   for art in self.articles for mention in art.reports]
        clusters = meeting_clusters_in_order(reports)
        for cluster, key in zip(clusters, unique_keys([meeting_base_key(c) for c in clusters]), strict=True):
            add_meeting(self.out, key, cluster)


def resolve(graphs: Iterable[Any], cache: ArticleIndexCache | None = None) -> DerivedGraph:
    """The derived graph of these article graphs: resolved people, organizations, topics and meetings.

    `cache` (optional, kept by the caller between calls) holds each article's mentions by (path, content hash),
    so that an article is read once; they never change, so reusing them gives the same result.
    """
    return Resolver(mentions_of(g, cache) for g in graphs).run()


def resolve_mentions(articles: Iterable[ArticleMentions]) -> DerivedGraph:
    """The derived graph of articles given by their mentions (one per path), as `resolve` computes it."""
    return Resolver(articles).run()
