"""Writing article graphs into Neo4j: idempotent, order-independent, exact about what each article contributed.

The Article node keeps the article graph it was loaded with (`extraction`, JSON). Everything else (people,
organizations, topics, meetings and their relationships) is *derived*: `graph.resolve.resolve` computes it from
all stored article graphs, and the writer changes Neo4j by the difference only (batched `UNWIND $rows ... MERGE`
on natural keys, stale nodes and relationships deleted). So:

- loading the same file again changes nothing (same content hash: skipped);
- loading a changed file replaces its article graph, and the derived graph follows exactly: what only it said
  is gone, what other articles say stays;
- the graph is a function of the set of loaded articles, whatever the order.

Each article is one managed write transaction (retried on transient errors) that locks the single `WriterLock`
node before resolving, so concurrent loaders resolve one after another, each seeing the others' committed work.
The lock's `version` counts those resolutions: a writer that finds the version it committed last reuses what it
remembers (article graphs, derived graph with element ids) instead of reading them back. The derived graph
belongs to the writer: change it only through it (or wipe the database, WriterLock included). A write still
resolves every stored article graph, so its cost grows with the database (README, "Graph model").
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal

import neo4j
from neo4j import exceptions as neo4j_exc

from graph.derived import (
    DERIVED_LABELS,
    DERIVED_TYPES,
    KEY_PROPERTY,
    GraphDiff,
    NodeRef,
    RelRef,
    StoredGraph,
    diff,
    rel_ref,
)
from graph.resolve import ArticleIndexCache, resolve
from graph.statements import statement
from ingest.models import ArticleGraph
from newsgraph.errors import GraphError

Status = Literal["new", "changed", "unchanged", "removed", "absent"]
BATCH = 1000

_UPSERT_NODE = {"Person": "upsert_person", "Organization": "upsert_organization", "Topic": "upsert_topic",
                "Meeting": "upsert_meeting"}
_UPSERT_REL = {
    ("MENTIONS", "Person"): "mentions_person", ("MENTIONS", "Organization"): "mentions_organization",
    ("MENTIONS", "Topic"): "mentions_topic", ("REPORTED_IN", "Article"): "reported_in",
    ("ATTENDED", "Meeting"): "attended", ("WITH_ORGANIZATION", "Organization"): "with_organization",
    ("ABOUT", "Topic"): "about", ("WORKS_FOR", "Organization"): "works_for", ("BROADER", "Topic"): "broader",
}


@dataclass
class Counts:
    """What a write did to the database, from the driver's summary counters."""

    nodes_created: int = 0
    nodes_deleted: int = 0
    relationships_created: int = 0
    relationships_deleted: int = 0
    properties_set: int = 0

    def add(self, counters: neo4j.SummaryCounters) -> None:
        """Add one statement's counters."""
        self.nodes_created += counters.nodes_created
        self.nodes_deleted += counters.nodes_deleted
        self.relationships_created += counters.relationships_created
        self.relationships_deleted += counters.relationships_deleted
        self.properties_set += counters.properties_set


@dataclass
class WriteResult:
    """The outcome of writing (or removing) one article."""

    path: str
    status: Status
    counts: Counts = field(default_factory=Counts)


def article_props(graph: ArticleGraph) -> dict[str, Any]:
    """The Article node's properties; `extraction` is the article graph without its sentence list."""
    art = graph.article
    props = {"path": art.path, "content_hash": art.content_hash, "title": art.title, "source": art.source,
             "published": art.published, "url": art.url, "reporters": list(art.reporters),
             "extraction": graph.model_dump_json(exclude={"sentences"})}
    return {k: v for k, v in props.items() if v is not None}


@dataclass
class _Cache:
    """What one writer knows of the database after its last commit, valid while `version` is the lock's."""

    version: int
    articles: dict[str, tuple[str, ArticleGraph]]  # path → (content hash, article graph)
    stored: StoredGraph


class GraphWriter:
    """Writes article graphs into one Neo4j database (schema applied beforehand: `graph.statements.apply_schema`).

    A writer remembers the article graphs and the derived graph of its last commit; the version of the
    `WriterLock` node tells whether anybody wrote since, in which case it reads them again.
    """

    def __init__(self, driver: neo4j.Driver, database: str = "neo4j") -> None:
        self.driver = driver
        self.database = database
        self._cache: _Cache | None = None
        self._indexes: ArticleIndexCache = {}

    def stored_hash(self, path: str) -> str | None:
        """The content hash the article at `path` was loaded with, None when it is not loaded."""
        records, _, _ = self._execute(lambda: self.driver.execute_query(
            statement("article_hash"), path=path, database_=self.database, routing_=neo4j.RoutingControl.READ))
        return records[0]["content_hash"] if records else None

    def write_article(self, graph: ArticleGraph) -> WriteResult:
        """Load one article graph: 'unchanged' (nothing written), 'new' or 'changed' (its contribution replaced)."""
        return self._write(lambda tx, counts: self._put_article(tx, graph, counts), graph.article.path, graph)

    def remove_article(self, path: str) -> WriteResult:
        """Delete an article and everything only it supported: 'removed', or 'absent' when it was not loaded."""
        return self._write(lambda tx, counts: self._drop_article(tx, path, counts), path, None)

    def _write(self, work: Callable[[neo4j.ManagedTransaction, Counts], Status], path: str,
               graph: ArticleGraph | None) -> WriteResult:
        def transaction(tx: neo4j.ManagedTransaction) -> tuple[WriteResult, _Cache | None]:
            counts = Counts()
            status = work(tx, counts)
            if status in ("unchanged", "absent"):
                return WriteResult(path, status, counts), self._cache
            lock = tx.run(statement("writer_lock")).single()  # held until commit: resolutions run one at a time
            cache = self._cache if self._cache and self._cache.version == lock["previous"] else None
            articles = _current_articles(tx, cache)
            if graph is None:
                articles.pop(path, None)
            else:
                articles[path] = (graph.article.content_hash, graph.model_copy(update={"sentences": []}))
            stored = _copy(cache.stored) if cache else read_stored(tx)
            live = {(p, h) for p, (h, _) in articles.items()}
            self._indexes = {key: index for key, index in self._indexes.items() if key in live}
            desired = resolve((g for _, g in articles.values()), self._indexes)
            changes = diff(stored, desired)
            _apply(tx, changes, counts, stored)
            return WriteResult(path, status, counts), _Cache(lock["version"], articles, stored)

        with self.driver.session(database=self.database) as session:
            result, self._cache = self._execute(lambda: session.execute_write(transaction))
        return result

    @staticmethod
    def _put_article(tx: neo4j.ManagedTransaction, graph: ArticleGraph, counts: Counts) -> Status:
        stored = tx.run(statement("article_hash"), path=graph.article.path).single()
        if stored is not None and stored["content_hash"] == graph.article.content_hash:
            return "unchanged"
        _run(tx, "article_upsert", counts, path=graph.article.path, props=article_props(graph))
        return "new" if stored is None else "changed"

    @staticmethod
    def _drop_article(tx: neo4j.ManagedTransaction, path: str, counts: Counts) -> Status:
        before = counts.nodes_deleted
        _run(tx, "article_delete", counts, path=path)
        return "removed" if counts.nodes_deleted > before else "absent"

    def _execute(self, call: Any) -> Any:
        try:
            return call()
        except neo4j_exc.Neo4jError as e:
            raise GraphError(f"Neo4j refused a write: {e.message}") from e
        except neo4j_exc.DriverError as e:
            raise GraphError(f"lost the connection to Neo4j: {e}") from e


def _run(tx: neo4j.ManagedTransaction, name: str, counts: Counts, **params: Any) -> list[dict[str, Any]]:
    result = tx.run(statement(name), params)
    records = [r.data() for r in result]
    counts.add(result.consume().counters)
    return records


def _current_articles(tx: neo4j.ManagedTransaction, cache: _Cache | None) -> dict[str, tuple[str, ArticleGraph]]:
    """Every stored article graph by path; those the cache holds with the same hash are not read again."""
    known = cache.articles if cache else {}
    out: dict[str, tuple[str, ArticleGraph]] = {}
    missing: list[str] = []
    for r in tx.run(statement("article_hashes")):
        if r["path"] in known and known[r["path"]][0] == r["content_hash"]:
            out[r["path"]] = known[r["path"]]
        else:
            missing.append(r["path"])
    for r in tx.run(statement("article_extractions"), paths=missing):
        if r["extraction"]:
            out[r["path"]] = (r["content_hash"], ArticleGraph.model_validate_json(r["extraction"]))
    return out


def _copy(stored: StoredGraph) -> StoredGraph:
    """A copy that can be changed without changing `stored` (entries are replaced, never changed in place)."""
    return StoredGraph(nodes=dict(stored.nodes), rels={ref: list(copies) for ref, copies in stored.rels.items()})


def read_stored(tx: neo4j.ManagedTransaction) -> StoredGraph:
    """The derived nodes and relationships the database holds now."""
    stored = StoredGraph()
    for r in tx.run(statement("stored_nodes")):
        label = next(lbl for lbl in DERIVED_LABELS if lbl in r["labels"])
        props = dict(r["props"])
        stored.nodes[NodeRef(label, props[KEY_PROPERTY[label]])] = (r["id"], props)
    rels: dict[RelRef, list[tuple[str, dict[str, Any]]]] = defaultdict(list)
    for r in tx.run(statement("stored_rels"), types=list(DERIVED_TYPES)):
        ref = rel_ref(r["type"], NodeRef(r["start_label"], r["start_key"]), NodeRef(r["end_label"], r["end_key"]),
                      r["props"])
        rels[ref].append((r["id"], dict(r["props"])))
    stored.rels = dict(rels)
    return stored


def _batches(rows: list[Any]) -> list[list[Any]]:
    return [rows[i:i + BATCH] for i in range(0, len(rows), BATCH)]


def _apply(tx: neo4j.ManagedTransaction, changes: GraphDiff, counts: Counts, stored: StoredGraph) -> None:
    """Write `changes`, and make `stored` (what the database held) what it holds now, element ids included."""
    for ids in _batches(changes.delete_rels):
        _run(tx, "delete_rels", counts, ids=ids)
    for ids in _batches(changes.delete_nodes):
        _run(tx, "delete_nodes", counts, ids=ids)
    gone_rels, gone_nodes = set(changes.delete_rels), set(changes.delete_nodes)
    stored.nodes = {ref: entry for ref, entry in stored.nodes.items() if entry[0] not in gone_nodes}
    stored.rels = {ref: kept for ref, copies in stored.rels.items()
                   if (kept := [c for c in copies if c[0] not in gone_rels])}

    node_refs = sorted(changes.upsert_nodes)
    node_rows: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for i, ref in enumerate(node_refs):
        node_rows[_UPSERT_NODE[ref.label]].append({"i": i, "key": ref.key, "props": changes.upsert_nodes[ref]})
    for name, rows in node_rows.items():
        for batch in _batches(rows):
            for r in _run(tx, name, counts, rows=batch):
                ref = node_refs[r["i"]]
                stored.nodes[ref] = (r["id"], changes.upsert_nodes[ref])

    rel_refs = sorted(changes.upsert_rels)
    rel_rows: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for i, ref in enumerate(rel_refs):
        rel_rows[_UPSERT_REL[(ref.type, ref.end.label)]].append(
            {"i": i, "start": ref.start.key, "end": ref.end.key, "props": changes.upsert_rels[ref]})
    for name, rows in rel_rows.items():
        for batch in _batches(rows):
            for r in _run(tx, name, counts, rows=batch):
                ref = rel_refs[r["i"]]
                stored.rels[ref] = [(r["id"], changes.upsert_rels[ref])]
