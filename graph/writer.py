"""Writing article graphs into Neo4j: idempotent, order-independent, exact about what each article contributed,
at a cost that depends on the block an article touches, not on the size of the graph.

The Article's Extraction node keeps the article graph it was loaded with (`graph`, JSON). Everything else (people,
organizations, topics, meetings and their relationships) is *derived*: it is always the graph the global
resolver (`graph.resolve.resolve`) computes from the set of loaded articles. A write does not run that resolver;
it resolves the article's *block* (`graph.block`): the nodes its names resolve to (found by exact keys in the
full-text index `resolution_keys`), their resolution state (counts of signatures and names kept on each node,
`graph.state`), and the meetings its reports may join. It then writes the difference in one statement. So:

- loading the same file again changes nothing (same content hash: nothing is written);
- loading a changed file replaces its contribution: its old mentions are counted out, the new ones in;
- removing an article counts it out, and what only it supported goes;
- the graph is a function of the set of loaded articles, whatever the order.

Each article is one managed write transaction (retried by the driver on transient errors): a first statement
upserts the Article node, takes the `WriterLock` (held until commit: concurrent writers resolve one after
another, each seeing the others' committed work) and reads the block; a second reads the block's meetings;
the last writes. Rare cases read a little more (clusters that merge or split are rebuilt from their articles;
namesakes sharing a key are ordered by their first mention). `write_articles` writes several articles in one
transaction, each after the previous ones (`BatchNodes` stands in for the full-text index there).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

import neo4j
from neo4j import exceptions as neo4j_exc

from graph.block import Block
from graph.derived import WriteDiff
from graph.mentions import ArticleMentions
from graph.resolve import ArticleIndexCache
from graph.rules import org_lookup_keys, person_lookup_keys
from graph.statements import statement
from graph.store import BlockStore
from ingest.models import ArticleGraph
from newsgraph.errors import GraphError

Status = Literal["new", "changed", "unchanged", "removed", "absent"]

_MENTIONS = {"Person": "mentions_person", "Organization": "mentions_organization", "Topic": "mentions_topic"}
_RELS = {"WORKS_FOR": "works_for", "BROADER": "broader", "REPORTED_IN": "reported_in", "ATTENDED": "attended",
         "WITH_ORGANIZATION": "with_organization", "ABOUT": "about"}
_CREATE = {"Person": "create_people", "Organization": "create_organizations", "Meeting": "create_meetings"}


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
    """The outcome of writing (or removing) one article; `statements` and `rebuilds` tell what it cost."""

    path: str
    status: Status
    counts: Counts = field(default_factory=Counts)
    statements: int = 0
    rebuilds: int = 0


def article_props(graph: ArticleGraph) -> dict[str, Any]:
    """The Article node's properties (its metadata)."""
    art = graph.article
    props = {"path": art.path, "content_hash": art.content_hash, "title": art.title, "source": art.source,
             "published": art.published, "url": art.url, "reporters": list(art.reporters)}
    return {k: v for k, v in props.items() if v is not None}


def extraction_json(graph: ArticleGraph) -> str:
    """What the article's Extraction node keeps (`graph`): the article graph without its sentence list."""
    return graph.model_dump_json(exclude={"sentences"})


def lookup_keys(article: ArticleMentions) -> set[str]:
    """The index keys of every person and organization the article names."""
    keys: set[str] = set()
    for org in article.orgs.values():
        keys |= org_lookup_keys(org.sig)
    for person in article.people.values():
        keys |= person_lookup_keys(person.sig)
    return keys


def apply_params(diff: WriteDiff, delete_article: str | None) -> dict[str, Any]:
    """The parameters of `apply_block.cypher` for a diff."""
    params: dict[str, Any] = {name: [] for name in (*_MENTIONS.values(), *_RELS.values(), *_CREATE.values())}
    params.update(delete_rels=diff.delete_rels, delete_nodes=diff.delete_nodes,
                  rekey=[{"eid": eid, "tmp": f"\u0000moving:{eid}"} for eid in diff.rekey],
                  update_nodes=[{"eid": eid, "props": props} for eid, (_, props) in diff.update_nodes.items()],
                  topics=sorted(diff.topics), topic_check=sorted(diff.topic_check),
                  delete_article=[delete_article] if delete_article else [])
    for ref, props in sorted(diff.create_nodes.items()):
        params[_CREATE[ref.label]].append(props)
    rows: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for ref, props in sorted(diff.upsert_rels.items()):
        name = _MENTIONS[ref.end.label] if ref.type == "MENTIONS" else _RELS[ref.type]
        rows[name].append({"start": ref.start.key, "end": ref.end.key, "props": props})
    params.update(rows)
    return params


class _Prepared:
    """What a write computes from the article graph alone, once, before its transaction (and its retries)."""

    def __init__(self, path: str, graph: ArticleGraph | None) -> None:
        self.path = path
        self.graph = graph
        self.mentions = ArticleMentions(graph) if graph is not None else None
        self.lookups = lookup_keys(self.mentions) if self.mentions is not None else set()
        self.props = article_props(graph) if graph is not None else None
        self.extraction = extraction_json(graph) if graph is not None else None


class BatchNodes:
    """The Person and Organization nodes a batch may resolve to, with their current match keys: those the index
    found for any article of the batch before it wrote anything, then changed as each write of the batch
    updates, creates or deletes nodes. So each article finds exactly the nodes the index would give it if it
    showed the transaction's own writes."""

    def __init__(self, found: dict[str, list[str]]) -> None:
        self.keys: dict[str, frozenset[str]] = {}  # element id → match keys
        self.nodes_of: dict[str, set[str]] = defaultdict(set)  # match key → element ids
        self.deleted: set[str] = set()  # every node the batch deleted so far
        for eid, keys in found.items():
            self._set(eid, keys)

    def _set(self, eid: str, keys: Iterable[str] | None) -> None:
        for key in self.keys.pop(eid, ()):
            self.nodes_of[key].discard(eid)
        if keys is not None:
            self.keys[eid] = frozenset(keys)
            for key in self.keys[eid]:
                self.nodes_of[key].add(eid)

    def matching(self, lookups: set[str]) -> list[str]:
        """Element ids of the nodes with a match key among `lookups`."""
        return sorted({eid for key in lookups for eid in self.nodes_of.get(key, ())})

    def learn(self, diff: WriteDiff, created: dict[str, list[str]]) -> None:
        """Follow one write: nodes deleted, updated (new match keys) and created (element id → match keys)."""
        for eid in diff.delete_nodes:
            self._set(eid, None)
            self.deleted.add(eid)
        for eid, (ref, props) in diff.update_nodes.items():
            if ref.label in ("Person", "Organization"):
                self._set(eid, props.get("match_keys", ()))
        for eid, keys in created.items():
            self._set(eid, keys)


class GraphWriter:
    """Writes article graphs into one Neo4j database (schema applied beforehand: `graph.statements.apply_schema`).

    A writer keeps the mentions of the articles it read for rebuilds (by path and content hash); everything
    else it reads anew in each transaction, so any number of writers may share a database.
    """

    def __init__(self, driver: neo4j.Driver, database: str = "neo4j") -> None:
        self.driver = driver
        self.database = database
        self._articles: ArticleIndexCache = {}

    def stored_hash(self, path: str) -> str | None:
        """The content hash the article at `path` was loaded with, None when it is not loaded."""
        records, _, _ = self._execute(lambda: self.driver.execute_query(
            statement("article_hash"), path=path, database_=self.database, routing_=neo4j.RoutingControl.READ))
        return records[0]["content_hash"] if records else None

    def write_article(self, graph: ArticleGraph) -> WriteResult:
        """Load one article graph: 'unchanged' (nothing written), 'new' or 'changed' (its contribution replaced)."""
        return self._write_batch([_Prepared(graph.article.path, graph)])[0]

    def write_articles(self, graphs: Sequence[ArticleGraph]) -> list[WriteResult]:
        """Load several article graphs in ONE transaction, each block resolved after the previous ones of the
        batch: the graph and the statuses of `write_article` one after another, with one commit for all. All or
        nothing: when Neo4j refuses any article, nothing of the batch is written and the error is raised (the
        caller may write the batch again one by one to find the article refused)."""
        return self._write_batch([_Prepared(g.article.path, g) for g in graphs]) if graphs else []

    def remove_article(self, path: str) -> WriteResult:
        """Delete an article and everything only it supported: 'removed', or 'absent' when it was not loaded."""
        return self._write_batch([_Prepared(path, None)])[0]

    def _write_batch(self, items: list[_Prepared]) -> list[WriteResult]:
        def transaction(tx: neo4j.ManagedTransaction) -> list[WriteResult]:
            if len(items) == 1:
                return [self._write_one(tx, items[0], None)]
            # a batch: its candidates are found in the index before it writes (inside a transaction that wrote
            # indexed nodes, the full-text index does not answer reliably), then followed in Python (a retry
            # starts anew)
            found = BlockStore(tx, "").batch_lookups(set().union(*(item.lookups for item in items)))
            live = BatchNodes(found)
            return [self._write_one(tx, item, live) for item in items]

        # the writer's statements are its own: no notice about labels or types an empty database lacks yet
        with self.driver.session(database=self.database, notifications_min_severity="OFF") as session:
            return self._execute(lambda: session.execute_write(transaction))

    def _write_one(self, tx: neo4j.ManagedTransaction, item: _Prepared, live: BatchNodes | None) -> WriteResult:
        """Write one article inside `tx`; in a batch, `live` knows the batch's Person and Organization nodes and
        their match keys (and learns this write's changes)."""
        path, graph = item.path, item.graph
        counts = Counts()
        store = BlockStore(tx, path, counts, live.deleted if live is not None else None)
        eids = live.matching(item.lookups) if live is not None else None
        begin = store.begin(item.props, item.extraction, item.lookups, eids)
        if not begin.write:
            return WriteResult(path, "unchanged" if graph is not None else "absent", counts, store.reads)
        old = None
        if begin.old_extraction:
            old = ArticleMentions(ArticleGraph.model_validate_json(begin.old_extraction))
        block = Block(store, path, old, item.mentions, item.lookups, self._articles)
        diff = block.plan(begin)
        created = store.apply(apply_params(diff, path if graph is None else None))
        if live is not None:
            live.learn(diff, created)
        status: Status = "removed" if graph is None else "new" if begin.old_hash is None else "changed"
        return WriteResult(path, status, counts, store.reads, block.rebuilds)

    def _execute(self, call: Any) -> Any:
        try:
            return call()
        except neo4j_exc.Neo4jError as e:
            raise GraphError(f"Neo4j refused a write: {e.message}") from e
        except neo4j_exc.DriverError as e:
            raise GraphError(f"lost the connection to Neo4j: {e}") from e
