"""Reading a write's block from Neo4j, inside the write's transaction (Cypher in `graph/cypher/block_*.cypher`).

Every read is anchored: an article by path, nodes by element id or by exact keys of the full-text index
`resolution_keys`, relationships from those nodes. Nothing here scans a label, so what a write reads depends on
the block it touches, not on the size of the graph (the taxonomy's BROADER links, a handful, are read whole).
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any

import neo4j

from graph.derived import NodeRef, Props, StoredNode, StoredRel
from graph.state import OrgState, PersonState
from graph.statements import statement
from newsgraph.errors import GraphError

STATEMENT_SECONDS: dict[str, float] = {}  # seconds spent per statement name, summed: read by graph/tools/measure.py


LOOKUP_TERMS_PER_QUERY = 400  # exact keys OR-ed into one full-text query; Lucene refuses more than 1,024 clauses


def lucene_term(key: str) -> str:
    """An exact key as a query of the keyword-analyzed full-text index (quoted, quotes and backslashes escaped)."""
    return '"' + key.replace("\\", "\\\\").replace('"', '\\"') + '"'


def lucene_queries(keys: set[str]) -> list[str]:
    """Exact keys as few full-text queries (`"a" OR "b" ...`): one index search per 400 keys, not one per key
    (an article has ~120 lookup keys; each search costs the server a searcher)."""
    terms = [lucene_term(k) for k in sorted(keys)]
    return [" OR ".join(terms[i:i + LOOKUP_TERMS_PER_QUERY]) for i in range(0, len(terms), LOOKUP_TERMS_PER_QUERY)]


@dataclass
class StoredEntity:
    """A Person or Organization node of the block, with its resolution state and (people) WORKS_FOR links."""

    node: StoredNode
    works_for: list[StoredRel] = field(default_factory=list)

    @property
    def eid(self) -> str:
        """The node's element id."""
        return self.node.eid

    @property
    def label(self) -> str:
        """'Person' or 'Organization'."""
        return self.node.ref.label

    @property
    def key(self) -> str:
        """The node's key."""
        return self.node.ref.key

    def state(self) -> OrgState | PersonState:
        """A fresh copy of the node's resolution state."""
        kind = PersonState if self.label == "Person" else OrgState
        if "state" not in self.node.props:
            raise GraphError(f"{self.label} {self.key!r} has no resolution state: the graph was written by an older "
                             "newsgraph; reset the database and load the articles again")
        return kind.from_json(self.node.props["state"])


@dataclass
class StoredReport:
    """A REPORTED_IN relationship and which nodes its article's MENTIONS resolve its mention ids to."""

    rel: StoredRel
    path: str
    resolved: dict[tuple[str, str], tuple[str, NodeRef]]  # (label, article-local id) → (element id, node)


@dataclass
class StoredMeeting:
    """A Meeting node with its reports and its other relationships."""

    node: StoredNode
    reports: list[StoredReport]
    rels: list[StoredRel]


@dataclass
class Begin:
    """What the first statement of a write found: the article's stored version and the block around it."""

    old_hash: str | None
    old_extraction: str | None
    write: bool
    entities: dict[str, StoredEntity]
    old_mentions: list[StoredRel]
    broader: list[StoredRel]


def _entity(row: dict[str, Any]) -> StoredEntity:
    props = dict(row["props"])
    props.pop("lookup", None)  # Neo4j computes it from the others (apply_block.cypher): not part of the derived graph
    node = StoredNode(row["eid"], NodeRef(row["label"], props["key"]), props)
    works = [StoredRel(w["eid"], "WORKS_FOR", node.ref, NodeRef("Organization", w["key"]), dict(w["props"]),
                       start_eid=node.eid, end_eid=w["end"]) for w in row["works_for"]]
    return StoredEntity(node, works)


class BlockStore:
    """The block reads of one write transaction."""

    def __init__(self, tx: neo4j.ManagedTransaction, path: str, counts: Any = None,
                 deleted: set[str] | None = None) -> None:
        self.tx = tx
        self.path = path
        self.counts = counts  # a graph.writer.Counts, or None
        self.deleted = deleted if deleted is not None else set()  # nodes deleted earlier in the transaction
        self.reads = 0

    def _run(self, name: str, **params: Any) -> list[dict[str, Any]]:
        """Run `graph/cypher/NAME.cypher`; its one map parameter (`$article`, `$block` or `$write`) holds `params`."""
        self.reads += 1
        started = time.perf_counter()
        var = {"begin_write": "article", "apply_block": "write", "met_scope": "write", "met_count": "count",
               "batch_lookups": "batch"}.get(name, "block")
        result = self.tx.run(statement(name), {var: params})
        records = [dict(r.items()) for r in result]  # maps and lists only: no `data()` walk over every value
        summary = result.consume()
        if self.counts is not None:
            self.counts.add(summary.counters)
        STATEMENT_SECONDS[name] = STATEMENT_SECONDS.get(name, 0.0) + time.perf_counter() - started
        return records

    def apply(self, params: dict[str, Any]) -> dict[str, list[str]]:
        """Write a block's diff (`apply_block.cypher`) and keep the organizations-met summary exact: the meetings
        the diff may change are counted out before (`met_scope`, `met_count`) and in again after, with the new
        ones (see `graph/cypher/met_count.cypher`). Returns the Person and Organization nodes it created (element
        id → match keys)."""
        [row] = self._run("met_scope", **params)
        meetings = row["meetings"]
        if meetings:
            self._run("met_count", meetings=meetings, created=[], sign=-1)
        [applied] = self._run("apply_block", **params)
        created = [props["key"] for props in params["create_meetings"]]
        if meetings or created:
            self._run("met_count", meetings=meetings, created=created, sign=1)
        return {eid: keys for eid, keys in applied["created"]}

    def begin(self, props: Props | None, extraction: str | None, lookups: set[str],
              eids: list[str] | None = None) -> Begin:
        """Upsert the article and its Extraction node when it changed (or find it to remove), take the WriterLock,
        read the block. Its candidate nodes are found by `lookups` in the full-text index, or, in a batch, given
        by element id (`eids`, see `graph.writer.BatchNodes`)."""
        [row] = self._run("begin_write", path=self.path, props=props, extraction=extraction,
                          lookups=lucene_queries(lookups) if eids is None else [], eids=eids or [])
        article = NodeRef("Article", self.path)
        old = [StoredRel(m["eid"], "MENTIONS", article, NodeRef(m["label"], m["key"]), dict(m["props"]),
                         end_eid=m["end"] if m["label"] != "Topic" else None) for m in row["old_mentions"]]
        broader = [StoredRel(b["eid"], "BROADER", NodeRef("Topic", b["start"]), NodeRef("Topic", b["end"]),
                             dict(b["props"])) for b in row["broader"]]
        entities = {e.eid: e for e in map(_entity, row["entities"])}
        return Begin(row["old_hash"], row["old_extraction"], bool(row["write"]), entities, old, broader)

    def batch_lookups(self, lookups: set[str]) -> dict[str, list[str]]:
        """Take the WriterLock and find the nodes with a match key among `lookups` (element id → match keys), before
        a batch writes anything."""
        [row] = self._run("batch_lookups", lookups=lucene_queries(lookups))
        return {eid: keys for eid, keys in row["found"]}

    def articles_of(self, eids: list[str]) -> list[tuple[str, str, str, list[StoredRel]]]:
        """(path, content hash, stored article graph, MENTIONS of the nodes) of the other articles mentioning them."""
        out = []
        for row in self._run("block_articles", eids=eids, exclude=self.path):
            article = NodeRef("Article", row["path"])
            rels = [StoredRel(m["eid"], "MENTIONS", article, NodeRef(m["label"], m["key"]), dict(m["props"]),
                              end_eid=m["end"]) for m in row["mentions"]]
            out.append((row["path"], row["content_hash"], row["extraction"], rels))
        return out

    def staff(self, org_eids: list[str]) -> list[StoredEntity]:
        """The people who work for these organizations."""
        return [_entity(row["entity"]) for row in self._run("block_staff", eids=org_eids)] if org_eids else []

    def key_groups(self, bases: list[str]) -> dict[str, list[StoredEntity]]:
        """Per base key, the Person nodes keyed by it (or by it with a '#n' suffix)."""
        out: dict[str, list[StoredEntity]] = {b: [] for b in bases}
        for row in self._run("block_key_group", bases=bases, deleted=sorted(self.deleted)):
            entity = _entity(row["entity"])
            rest = entity.key[len(row["base"]):]
            if rest == "" or rest[1:].isdigit():
                out[row["base"]].append(entity)
        return out

    def first_mentions(self, eids: list[str]) -> dict[str, tuple[str, str]]:
        """Per Person node, its first mention by (article path, local id), this write's article left out."""
        out = {}
        for row in self._run("block_first_mentions", eids=eids, exclude=self.path):
            if row["path"] is not None and row["ids"]:
                out[row["id"]] = (row["path"], min(row["ids"]))
        return out

    def broader_supporters(self, pairs: list[tuple[str, str]], limit: int) -> dict[tuple[str, str], list[tuple[str, list[int]]]]:
        """Per taxonomy link, the first `limit` other articles by path that give it, with their sentences."""
        out: dict[tuple[str, str], list[tuple[str, list[int]]]] = {}
        for row in self._run("block_broader", pairs=[list(p) for p in pairs], exclude=self.path, limit=limit):
            out[(row["pair"][0], row["pair"][1])] = [
                (s["path"], sorted({i for group in s["sentences"] for i in (group or [])})) for s in row["supporters"]]
        return out

    def meetings(self, *, by_article: bool = False, attached: list[str] | None = None,
                 sets: list[tuple[list[str], int, str | None]] | None = None,
                 known: set[str] | None = None) -> list[StoredMeeting]:
        """Meetings of the old version of the article, attached to nodes, or attended by parties with a report
        of a compatible date (see the Cypher)."""
        rows = self._run("block_meetings", path=self.path if by_article else None, attached=attached or [],
                         sets=[{"ids": ids, "min": least, "date": date} for ids, least, date in (sets or [])],
                         known=sorted(known or ()))
        out = []
        for row in rows:
            props = dict(row["props"])
            ref = NodeRef("Meeting", props["key"])
            node = StoredNode(row["eid"], ref, props)
            reports = []
            for r in row["reports"]:
                rel = StoredRel(r["eid"], "REPORTED_IN", ref, NodeRef("Article", r["path"]), dict(r["props"]),
                                start_eid=node.eid)
                resolved = {(m["label"], i): (m["eid"], NodeRef(m["label"], m["key"]))
                            for m in r["mentions"] for i in m["ids"]}
                reports.append(StoredReport(rel, r["path"], resolved))
            rels = [StoredRel(a["eid"], "ATTENDED", NodeRef("Person", a["key"]), ref, dict(a["props"]),
                              start_eid=a["end"], end_eid=node.eid) for a in row["attended"]]
            rels += [StoredRel(o["eid"], "WITH_ORGANIZATION", ref, NodeRef("Organization", o["key"]), dict(o["props"]),
                               start_eid=node.eid, end_eid=o["end"]) for o in row["organizations"]]
            rels += [StoredRel(t["eid"], "ABOUT", ref, NodeRef("Topic", t["end"]), dict(t["props"]), start_eid=node.eid)
                     for t in row["about"]]
            out.append(StoredMeeting(node, reports, rels))
        return out
