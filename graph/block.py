"""A write's block: the part of the derived graph that one article's arrival, change or removal can change,
resolved with the rules of `graph.rules` and compared with what Neo4j holds (README, "Graph model").

1. **Entities.** The article's people and organizations are looked up by exact keys (`graph.rules`,
   `*_lookup_keys`); its old version's by its MENTIONS. Each found node brings its resolution state
   (`graph.state`): the distinct signatures of its mentions with counts. The old version's mentions are counted
   out, the new one's in, and the signatures are clustered again. A cluster that only gains or loses mentions
   is updated from the counts (most writes); clusters that merge or split are *rebuilt* from the articles that
   mention them (read back from their stored article graphs), so that every node, MENTIONS and WORKS_FOR of
   the block is exactly what the global resolver (`graph.resolve`) gives.
2. **Keys.** Organization keys are unique by construction. Person keys (name|main organization) can collide
   (namesakes); the colliding nodes get '#2', '#3' by their first mention, as globally. A node whose key
   changes takes its meetings into the block (their keys name it); an organization's people come with it.
3. **Topics.** MENTIONS of the article; BROADER counts its articles and keeps the first few by path.
4. **Meetings.** The meetings of the old version, of changed nodes, and those attended by the parties of the
   block's reports, grown until every report's possible matches are in (meetings of a set of reports are
   those of its connected components under `reports_match`, `graph.rules.cluster_reports`), clustered again.

Only the scope read (`graph.derived.Scope`) is compared and written; the rest of the graph is not read.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from graph.derived import DerivedGraph, NodeRef, Scope, WriteDiff, scope_diff
from graph.keys import parse_reported_date
from graph.mentions import ArticleMentions, MentionId, OrgMention, PersonMention, ReportMention, Spans
from graph.resolve import (
    BROADER_SAMPLE,
    ArticleIndexCache,
    add_meeting,
    meeting_base_key,
    meeting_clusters_in_order,
    mentions_props,
    report_of,
    unique_keys,
    works_for_props,
)
from graph.rules import Report, cluster_orgs, cluster_people, reports_match
from graph.state import OrgState, PersonState
from graph.store import Begin, BlockStore, StoredEntity, StoredMeeting
from ingest.models import ArticleGraph

Mention = OrgMention | PersonMention

# Parsed articles kept by a writer for the next rebuilds (the JSON is read from Neo4j anyway; the cache saves its
# parsing). About 52 KB each (1,000 synthetic articles: 52 MB), so 256 keep the loading process near 100 MB.
ARTICLE_CACHE_SIZE = 256


@dataclass
class Cluster:
    """A Person or Organization of the block after the write."""

    label: str
    state: Any  # OrgState | PersonState
    old: StoredEntity | None = None  # the stored node it continues
    new_mentions: list[Mention] = field(default_factory=list)  # the article's mentions in it
    old_mentions: list[Mention] = field(default_factory=list)  # the old version's mentions it loses
    members: list[Mention] | None = None  # all its mentions, for new and rebuilt clusters
    rebuilt: bool = False
    base: str = ""
    key: str = ""

    @property
    def eid(self) -> str | None:
        """The element id of the node it continues."""
        return self.old.eid if self.old else None


def _base_of(key: str) -> str:
    """A Person key without its '#n' suffix."""
    head, sep, tail = key.rpartition("#")
    return head if sep and tail.isdigit() else key


def _stored_report(path: str, props: dict[str, Any]) -> ReportMention:
    spans = Spans(set(zip(props.get("sentences", []), props.get("starts", []), props.get("ends", []),
                          props.get("quotes", []), strict=True)))
    return ReportMention((path, props["report"]), list(props.get("participant_ids", [])),
                         list(props.get("attendee_ids", [])), list(props.get("organization_ids", [])),
                         parse_reported_date(props.get("date"), props.get("date_precision")), props.get("date_text"),
                         props.get("place"), props.get("status", "held"), list(props.get("topics", [])), spans)


class Block:
    """One write's block resolution: `plan(begin)` gives the writes that make Neo4j hold the new graph."""

    def __init__(self, store: BlockStore, path: str, old: ArticleMentions | None, new: ArticleMentions | None,
                 lookups: set[str], cache: ArticleIndexCache) -> None:
        self.store = store
        self.path = path
        self.old = old
        self.new = new
        self.lookups = lookups
        self.cache = cache
        self.scope = Scope()
        self.desired = DerivedGraph()
        self.moves: dict[str, NodeRef | None] = {}
        self.ref_of: dict[tuple[str, str, str], NodeRef] = {}  # (label, path, local id) → node, where recomputed
        self.eid_of: dict[NodeRef, str] = {}
        self.affected: set[str] = set()  # entity nodes whose meetings are resolved again
        self.org_key_of: dict[str, str] = {}  # organization name key → Organization node key
        self.rebuilt_articles: dict[str, ArticleMentions] = {}
        self.rebuilds = 0

    # --- the plan --------------------------------------------------------------------------------------------

    def plan(self, begin: Begin) -> WriteDiff:
        """Resolve the block and compare it with the scope read."""
        self.old_node_of: dict[tuple[str, str], str] = {}
        for rel in begin.old_mentions:
            self.scope.add_rel(rel)
            for local_id in rel.props.get("ids", []):
                if rel.end_eid is not None:
                    self.old_node_of[(rel.end.label, local_id)] = rel.end_eid
        entities = begin.entities
        org_rebuilt, org_rekeyed = self._organizations({e: x for e, x in entities.items() if x.label == "Organization"})
        self._people({e: x for e, x in entities.items() if x.label == "Person"}, org_rebuilt, org_rekeyed)
        self._article_mentions()
        self._topics(begin)
        self._meetings()
        return scope_diff(self.scope, self.desired, self.moves)

    # --- entities --------------------------------------------------------------------------------------------

    def _resolve(self, label: str, entities: dict[str, StoredEntity], old: list[Mention], new: list[Mention],
                 force: set[str] = frozenset(), touched: set[str] = frozenset()) -> tuple[list[Cluster], dict[str, Any]]:
        """Cluster the block's signatures after counting `old` out and `new` in (see the module docstring)."""
        cluster_fn: Callable[[Any], list[list[Any]]] = cluster_people if label == "Person" else cluster_orgs
        states = {eid: e.state() for eid, e in entities.items()}
        removed: dict[str, list[Mention]] = defaultdict(list)
        for m in old:
            eid = self.old_node_of[(label, m.id[1])]
            states[eid].add(m, -1)
            removed[eid].append(m)
        owner = {sig: eid for eid, st in states.items() for sig in st.sigs}
        new_by_sig: dict[Any, list[Mention]] = defaultdict(list)
        for m in new:
            new_by_sig[m.sig].append(m)
        comps = cluster_fn(set(owner) | set(new_by_sig))
        comp_of = {sig: i for i, comp in enumerate(comps) for sig in comp}
        comps_of: dict[str, set[int]] = defaultdict(set)
        owners_of: dict[int, set[str]] = defaultdict(set)
        for sig, eid in owner.items():
            comps_of[eid].add(comp_of[sig])
            owners_of[comp_of[sig]].add(eid)
        structural = set(force) | {e for e, cs in comps_of.items() if len(cs) > 1}
        structural |= {e for owners in owners_of.values() if len(owners) > 1 for e in owners}
        while True:  # everything connected to a merge or a split is rebuilt together
            comps_s = {i for e in structural for i in comps_of.get(e, ())}
            more = {e for i in comps_s for e in owners_of[i]} - structural
            if not more:
                break
            structural |= more
        clusters = []
        for i, comp in enumerate(comps):
            if i in comps_s:
                continue
            news = [m for sig in comp for m in new_by_sig.get(sig, ())]
            if not owners_of[i]:
                state = OrgState() if label == "Organization" else PersonState()
                for m in news:
                    state.add(m)
                clusters.append(Cluster(label, state, new_mentions=news, members=list(news)))
                continue
            [eid] = owners_of[i]
            if not news and eid not in removed and eid not in touched:
                continue  # a candidate the article does not resolve to: untouched
            state = states[eid]
            for m in news:
                state.add(m)
            clusters.append(Cluster(label, state, entities[eid], news, removed.get(eid, [])))
        for eid, state in states.items():
            if state.empty and eid not in structural:
                self._drop(entities[eid])
        if structural:
            news_s = [m for i in comps_s for sig in comps[i] for m in new_by_sig.get(sig, ())]
            clusters += self._rebuild(label, {e: entities[e] for e in sorted(structural)}, news_s)
        return clusters, states

    def _drop(self, entity: StoredEntity) -> None:
        self.scope.add_node(entity.node)
        self.moves[entity.eid] = None
        self.affected.add(entity.eid)

    def _article(self, path: str, content_hash: str, extraction: str) -> ArticleMentions:
        key = (path, content_hash)
        if key not in self.cache:
            if len(self.cache) >= ARTICLE_CACHE_SIZE:  # articles read for rebuilds, kept for the next ones
                self.cache.clear()
            self.cache[key] = ArticleMentions(ArticleGraph.model_validate_json(extraction))
        self.rebuilt_articles[path] = self.cache[key]
        return self.cache[key]

    def _rebuild(self, label: str, owners: dict[str, StoredEntity], news: list[Mention]) -> list[Cluster]:
        """Cluster again, from the articles that mention them, the nodes `owners` (which merge or split)."""
        self.rebuilds += 1
        members: list[Mention] = list(news)
        owner_of: dict[MentionId, str] = {}
        for entity in owners.values():
            self.scope.add_node(entity.node)
            self.affected.add(entity.eid)
            for rel in entity.works_for:
                self.scope.add_rel(rel)
        for path, content_hash, extraction, rels in self.store.articles_of(sorted(owners)):
            article = self._article(path, content_hash, extraction)
            pool: dict[str, Any] = article.people if label == "Person" else article.orgs
            for rel in rels:
                self.scope.add_rel(rel)
                for local_id in rel.props.get("ids", []):
                    members.append(pool[local_id])
                    owner_of[pool[local_id].id] = rel.end_eid  # type: ignore[assignment]
        by_sig: dict[Any, list[Mention]] = defaultdict(list)
        for m in members:
            by_sig[m.sig].append(m)
        cluster_fn: Callable[[Any], list[list[Any]]] = cluster_people if label == "Person" else cluster_orgs
        clusters, used = [], set()
        for group in cluster_fn(by_sig):
            mentions = sorted((m for sig in group for m in by_sig[sig]), key=lambda m: m.id)
            state = OrgState() if label == "Organization" else PersonState()
            for m in mentions:
                state.add(m)
            votes = Counter(owner_of[m.id] for m in mentions if m.id in owner_of and owner_of[m.id] not in used)
            eid = min(votes, key=lambda e: (-votes[e], e)) if votes else None
            if eid is not None:
                used.add(eid)
            clusters.append(Cluster(label, state, owners.get(eid) if eid else None,
                                    [m for m in mentions if m.id[0] == self.path], [], mentions, rebuilt=True))
        for eid in owners:
            if eid not in used:
                self.moves[eid] = None
        return clusters

    def _place(self, c: Cluster) -> NodeRef:
        """Put a cluster in the desired graph and remember where its mentions went."""
        ref = NodeRef(c.label, c.key)
        self.desired.add_node(ref, c.state.props() if c.label == "Organization" else c.state.props(c.key))
        if c.old is not None:
            self.scope.add_node(c.old.node)
            self.moves[c.old.eid] = ref
            self.eid_of[ref] = c.old.eid
            if c.old.key != c.key:
                self.affected.add(c.old.eid)
        for m in c.members if c.members is not None else c.new_mentions:
            self.ref_of[(c.label, m.id[0], m.id[1])] = ref
        return ref

    def _organizations(self, entities: dict[str, StoredEntity]) -> tuple[list[str], list[str]]:
        old = list(self.old.orgs.values()) if self.old else []
        new = list(self.new.orgs.values()) if self.new else []
        clusters, states = self._resolve("Organization", entities, old, new)
        for eid, entity in entities.items():
            for sig in states[eid].sigs:
                self.org_key_of[sig.strong] = entity.key
        rebuilt, rekeyed = [], []
        for c in clusters:
            c.key = c.state.key()
            for sig in c.state.sigs:
                self.org_key_of[sig.strong] = c.key
            self._place(c)
            if c.rebuilt:
                rebuilt.append(c.eid)
            elif c.old is not None and c.old.key != c.key:
                rekeyed.append(c.old.eid)
        rebuilt += [e for e, target in self.moves.items() if target is None and e in entities]
        return sorted({e for e in rebuilt if e}), sorted(rekeyed)

    def _people(self, entities: dict[str, StoredEntity], org_rebuilt: list[str], org_rekeyed: list[str]) -> None:
        entities = dict(entities)
        force = set()
        for entity in self.store.staff(org_rebuilt):  # WORKS_FOR of a merged or split organization: rebuild
            entities.setdefault(entity.eid, entity)
            force.add(entity.eid)
        touched = set()
        for entity in self.store.staff(org_rekeyed):  # the key of their main organization may have changed
            entities.setdefault(entity.eid, entity)
            touched.add(entity.eid)
        old = list(self.old.people.values()) if self.old else []
        new = list(self.new.people.values()) if self.new else []
        clusters, _ = self._resolve("Person", entities, old, new, force, touched)
        org_key_of = {k: self._final(w.end_eid, w.end).key for e in entities.values() for w in e.works_for
                      for k in w.props.get("keys", [])}
        org_key_of.update(self.org_key_of)
        for c in clusters:
            c.base = c.state.base_key(org_key_of)
        self._person_keys(clusters, entities)
        for c in clusters:
            ref = self._place(c)
            self._works_for(c, ref, org_key_of)

    def _final(self, eid: str | None, ref: NodeRef) -> NodeRef:
        target = self.moves.get(eid, ref) if eid is not None else ref
        return target if target is not None else ref

    def _person_keys(self, clusters: list[Cluster], entities: dict[str, StoredEntity]) -> None:
        """Give every cluster its key: its base key, or with '#n' when namesakes share it (first mention first)."""
        dropped = [entities[e] for e, t in self.moves.items() if t is None and e in entities]
        needed = set()
        for c in clusters:
            if c.old is None or c.rebuilt or c.old.key != c.base:
                needed.add(c.base)
            if c.old is not None and _base_of(c.old.key) != c.base:
                needed.add(_base_of(c.old.key))
        needed |= {_base_of(e.key) for e in dropped}
        for c in clusters:
            c.key = c.base
        if not needed:
            return
        mine = {c.eid for c in clusters if c.eid} | {e.eid for e in dropped}
        covered = {b for b in needed if not b.startswith("=") and f"ps.{b.split('|', 1)[0]}" in self.lookups}
        outside: dict[str, list[StoredEntity]] = {b: [] for b in needed}
        for b in covered:
            outside[b] = [e for e in entities.values() if e.eid not in mine and _base_of(e.key) == b]
        for b, found in self.store.key_groups(sorted(needed - covered)).items() if needed - covered else ():
            outside[b] = [e for e in found if e.eid not in mine]
        for b in sorted(needed):
            group: list[Cluster | StoredEntity] = [c for c in clusters if c.base == b]
            group += outside[b]
            if len(group) > 1:
                ranks = self._ranks(group)
                group.sort(key=lambda x: ranks[id(x)])
            for item, key in zip(group, unique_keys([b] * len(group)), strict=True):
                if isinstance(item, Cluster):
                    item.key = key
                elif item.key != key:  # a namesake outside the block moves up or down
                    ref = NodeRef("Person", key)
                    self.scope.add_node(item.node)
                    self.desired.add_node(ref, {**item.node.props, "key": key})
                    self.moves[item.eid] = ref
                    self.eid_of[ref] = item.eid
                    self.affected.add(item.eid)

    def _ranks(self, group: list[Cluster | StoredEntity]) -> dict[int, tuple[str, str]]:
        """Each cluster's first mention (path, local id): the order of '#n' suffixes."""
        stored = [x.eid for x in group if (isinstance(x, StoredEntity) or (not x.rebuilt and x.old is not None))]
        first = self.store.first_mentions([e for e in stored if e]) if stored else {}
        last = ("\U0010ffff", "")
        ranks = {}
        for x in group:
            if isinstance(x, StoredEntity):
                ranks[id(x)] = first.get(x.eid, last)
            elif x.members is not None:
                ranks[id(x)] = min((m.id for m in x.members), default=last)
            else:
                ranks[id(x)] = min([first.get(x.eid or "", last), *(m.id for m in x.new_mentions)])
        return ranks

    def _works_for(self, c: Cluster, ref: NodeRef, org_key_of: dict[str, str]) -> None:
        """The cluster's WORKS_FOR: titles from its state; sources from its mentions (new and rebuilt clusters)
        or from the stored relationships, the old version's sentences out and the new one's in."""
        keys_of: dict[str, set[str]] = defaultdict(set)
        for org in c.state.orgs:
            keys_of[org_key_of[org]].add(org)
        sources: dict[str, set[str]] = defaultdict(set)
        if c.members is not None:
            for m in c.members:
                for org in m.orgs:  # type: ignore[union-attr]
                    sources[org_key_of[org]] |= m.spans.sources(m.id[0])
        else:
            gone = set().union(*(m.spans.sources(self.path) for m in c.old_mentions)) if c.old_mentions else set()
            for w in c.old.works_for if c.old else []:
                sources[self._final(w.end_eid, w.end).key] |= set(w.props.get("sources", [])) - gone
            for m in c.new_mentions:
                for org in m.orgs:  # type: ignore[union-attr]
                    sources[org_key_of[org]] |= m.spans.sources(self.path)
        if c.old is not None:
            for w in c.old.works_for:
                self.scope.add_rel(w)
        for org_key, keys in keys_of.items():
            self.desired.add_rel("WORKS_FOR", ref, NodeRef("Organization", org_key),
                                 works_for_props(c.state.titles_at(sorted(keys)), sources[org_key], keys))

    def _article_mentions(self) -> None:
        """MENTIONS of people and organizations from the article and from the articles rebuilt."""
        spans: dict[tuple[str, NodeRef], tuple[Spans, set[str]]] = {}
        for (label, path, local_id), ref in self.ref_of.items():
            article = self.new if path == self.path else self.rebuilt_articles[path]
            if article is None:
                continue
            pool: dict[str, Any] = article.people if label == "Person" else article.orgs
            entry = spans.setdefault((path, ref), (Spans(), set()))
            entry[0].items |= pool[local_id].spans.items
            entry[1].add(local_id)
        for (path, ref), (s, ids) in spans.items():
            self.desired.add_rel("MENTIONS", NodeRef("Article", path), ref, mentions_props(s, ids))

    # --- topics ----------------------------------------------------------------------------------------------

    def _topics(self, begin: Begin) -> None:
        old, new, path = self.old, self.new, self.path
        if old is not None:
            self.scope.topics |= set(old.topics) | {name for pair in old.links for name in pair}
        if new is not None:
            for name, spans in new.topics.items():
                ref = NodeRef("Topic", name)
                self.desired.add_node(ref, {})
                self.desired.add_rel("MENTIONS", NodeRef("Article", path), ref,
                                     mentions_props(spans, pairs=new.topic_pairs.get(name, ())))
        stored = {(r.start.key, r.end.key): r for r in begin.broader}
        links: dict[tuple[str, str], tuple[int, list[str], set[str]]] = {}
        to_read: dict[tuple[str, str], int] = {}
        for pair in sorted(set(old.links if old else ()) | set(new.links if new else ())):
            rel = stored.get(pair)
            if rel is not None:
                self.scope.add_rel(rel)
            props = rel.props if rel is not None else {}
            first, sources = list(props.get("first_articles", [])), set(props.get("sources", []))
            old_sup, new_sup = old is not None and pair in old.links, new is not None and pair in new.links
            others = props.get("articles", 0) - old_sup  # the other articles that give the link
            others_first = [p for p in first if p != path]
            candidates = sorted(others_first + ([path] if new_sup else []))[:BROADER_SAMPLE]
            if path in first:
                sources -= old.links[pair].sources(path)  # type: ignore[union-attr]
            if (path in first and others > len(others_first)) or set(others_first) - set(candidates):
                to_read[pair] = others + new_sup  # the first others are not all known, or one drops out
                continue
            if path in candidates:
                sources |= new.links[pair].sources(path)  # type: ignore[union-attr]
            links[pair] = (others + new_sup, candidates, sources)
        read = self.store.broader_supporters(sorted(to_read), BROADER_SAMPLE) if to_read else {}
        for pair, count in to_read.items():
            supporters = {p: ({f"{p}#{s}" for s in sentences} or {p}) for p, sentences in read.get(pair, [])}
            if new is not None and pair in new.links:
                supporters[path] = new.links[pair].sources(path)
            first = sorted(supporters)[:BROADER_SAMPLE]
            links[pair] = (count, first, {s for p in first for s in supporters[p]})
        for (narrow, wide), (count, first, sources) in links.items():
            if count > 0:
                start, end = NodeRef("Topic", narrow), NodeRef("Topic", wide)
                self.desired.add_node(start, {})
                self.desired.add_node(end, {})
                self.desired.add_rel("BROADER", start, end,
                                     {"articles": count, "first_articles": first, "sources": sorted(sources)})

    # --- meetings --------------------------------------------------------------------------------------------

    def _meetings(self) -> None:
        block: dict[MentionId, Report] = {}
        taken: set[str] = set()
        if self.new is not None:
            for mention in self.new.reports:
                report = report_of(mention, lambda i: self.ref_of[("Person", self.path, i)],
                                   lambda i: self.ref_of[("Organization", self.path, i)])
                block[report.id] = report
        if self.old is not None or self.affected:
            for meeting in self.store.meetings(by_article=self.old is not None, attached=sorted(self.affected)):
                self._take(meeting, self._reports_of(meeting), block, taken)
        queried: list[tuple[frozenset[NodeRef], int, str | None]] = []
        pool: dict[str, tuple[StoredMeeting, list[Report]]] = {}
        while True:
            uncovered = {(r.parties, r.date.iso() if r.date else None) for r in block.values()
                         if not self._covered(r, queried)}
            if not uncovered:
                break
            sets = []
            for parties, date in sorted(uncovered, key=lambda u: (sorted(u[0]), u[1] or "")):
                least = 2 if len(parties) >= 2 else 1
                queried.append((parties, least, date))
                ids = sorted({self.eid_of[p] for p in parties if p in self.eid_of})
                if len(ids) >= least:
                    sets.append((ids, least, date))
            if sets:
                for meeting in self.store.meetings(sets=sets, known=taken | set(pool)):
                    pool[meeting.node.eid] = (meeting, self._reports_of(meeting))
            grown = True
            while grown:  # take the candidates that match a report of the block, until none does
                grown = False
                for eid, (meeting, reports) in sorted(pool.items()):
                    if any(reports_match(r, b) for r in reports for b in block.values()):
                        del pool[eid]
                        self._take(meeting, reports, block, taken)
                        grown = True
        clusters = meeting_clusters_in_order(list(block.values()))
        for cluster, key in zip(clusters, unique_keys([meeting_base_key(c) for c in clusters]), strict=True):
            add_meeting(self.desired, key, cluster)

    @staticmethod
    def _covered(report: Report, queried: list[tuple[frozenset[NodeRef], int, str | None]]) -> bool:
        """Were all reports that may match this one read? Those with 2+ of its parties (or that one party alone)
        and a date compatible with its own, found by a query with its date or with none."""
        date = report.date.iso() if report.date else None
        parties = report.parties
        if len(parties) >= 2:
            return any(least == 2 and parties <= q and d in (None, date) for q, least, d in queried)
        return any(least == 1 and parties == q and d in (None, date) for q, least, d in queried)

    def _take(self, meeting: StoredMeeting, reports: list[Report], block: dict[MentionId, Report],
              taken: set[str]) -> None:
        if meeting.node.eid in taken:
            return
        taken.add(meeting.node.eid)
        self.scope.add_node(meeting.node)
        for stored in meeting.reports:
            self.scope.add_rel(stored.rel)
        for rel in meeting.rels:
            self.scope.add_rel(rel)
            if rel.type == "ABOUT":
                self.scope.topics.add(rel.end.key)
        for report in reports:
            block[report.id] = report

    def _reports_of(self, meeting: StoredMeeting) -> list[Report]:
        """The meeting's reports with their parties as nodes after this write (the old version's left out)."""
        out = []
        for stored in meeting.reports:
            if stored.path == self.path:
                continue

            def node(label: str, local_id: str, s: Any = stored) -> NodeRef:
                key = (label, s.path, local_id)
                if key in self.ref_of:
                    return self.ref_of[key]
                eid, ref = s.resolved[(label, local_id)]
                target = self._final(eid, ref)
                self.eid_of.setdefault(target, eid)
                return target

            out.append(report_of(_stored_report(stored.path, stored.rel.props), lambda i: node("Person", i),
                                 lambda i: node("Organization", i)))
        return out
