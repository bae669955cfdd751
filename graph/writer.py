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
node before resolving, so concurrent loaders resolve one after another, each seeing the others' committed work. The cost of a write grows with the size of
the whole graph (every article graph is read back and resolved): fine for thousands of articles; see README.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any, Literal

import neo4j
from neo4j import exceptions as neo4j_exc

from graph.derived import (
    DERIVED_LABELS,
    DERIVED_TYPES,
    KEY_PROPERTY,
    DerivedGraph,
    GraphDiff,
    NodeRef,
    RelRef,
    StoredGraph,
    diff,
    rel_ref,
)
from graph.resolve import resolve
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


class GraphWriter:
    """Writes article graphs into one Neo4j database (schema applied beforehand: `graph.statements.apply_schema`)."""

    def __init__(self, driver: neo4j.Driver, database: str = "neo4j") -> None:
        self.driver = driver
        self.database = database

    def stored_hash(self, path: str) -> str | None:
        """The content hash the article at `path` was loaded with, None when it is not loaded."""
        records, _, _ = self._execute(lambda: self.driver.execute_query(
            statement("article_hash"), path=path, database_=self.database, routing_=neo4j.RoutingControl.READ))
        return records[0]["content_hash"] if records else None

    def write_article(self, graph: ArticleGraph) -> WriteResult:
        """Load one article graph: 'unchanged' (nothing written), 'new' or 'changed' (its contribution replaced)."""
        return self._write(lambda tx, counts: self._put_article(tx, graph, counts), graph.article.path)

    def remove_article(self, path: str) -> WriteResult:
        """Delete an article and everything only it supported: 'removed', or 'absent' when it was not loaded."""
        return self._write(lambda tx, counts: self._drop_article(tx, path, counts), path)

    def _write(self, work: Any, path: str) -> WriteResult:
        def transaction(tx: neo4j.ManagedTransaction) -> WriteResult:
            counts = Counts()
            status = work(tx, counts)
            if status not in ("unchanged", "absent"):
                tx.run(statement("writer_lock")).consume()  # held until commit: resolutions run one at a time
                sync_derived(tx, counts)
            return WriteResult(path, status, counts)

        with self.driver.session(database=self.database) as session:
            return self._execute(lambda: session.execute_write(transaction))

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


def load_stored_articles(tx: neo4j.ManagedTransaction) -> list[ArticleGraph]:
    """Every article graph the database holds."""
    return [ArticleGraph.model_validate_json(r["extraction"])
            for r in tx.run(statement("article_extractions")) if r["extraction"]]


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


def sync_derived(tx: neo4j.ManagedTransaction, counts: Counts) -> GraphDiff:
    """Make the derived graph equal to the resolution of all stored articles (by difference)."""
    desired = resolve(load_stored_articles(tx))
    changes = diff(read_stored(tx), _comparable(desired))
    _apply(tx, changes, counts)
    return changes


def _comparable(desired: DerivedGraph) -> DerivedGraph:
    """Properties as the driver reads them back (tuples become lists), so that the diff compares like with like."""
    return DerivedGraph(
        nodes={ref: json.loads(json.dumps(props)) for ref, props in desired.nodes.items()},
        rels={ref: json.loads(json.dumps(props)) for ref, props in desired.rels.items()},
    )


def _batches(rows: list[Any]) -> list[list[Any]]:
    return [rows[i:i + BATCH] for i in range(0, len(rows), BATCH)]


def _apply(tx: neo4j.ManagedTransaction, changes: GraphDiff, counts: Counts) -> None:
    for ids in _batches(changes.delete_rels):
        _run(tx, "delete_rels", counts, ids=ids)
    for ids in _batches(changes.delete_nodes):
        _run(tx, "delete_nodes", counts, ids=ids)
    node_rows: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for ref, props in sorted(changes.upsert_nodes.items()):
        node_rows[_UPSERT_NODE[ref.label]].append({"key": ref.key, "props": props})
    for name, rows in node_rows.items():
        for batch in _batches(rows):
            _run(tx, name, counts, rows=batch)
    rel_rows: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for ref, props in sorted(changes.upsert_rels.items()):
        rel_rows[_UPSERT_REL[(ref.type, ref.end.label)]].append(
            {"start": ref.start.key, "end": ref.end.key, "props": props})
    for name, rows in rel_rows.items():
        for batch in _batches(rows):
            _run(tx, name, counts, rows=batch)
