"""Bulk load: article graphs into a database that holds no article yet, the whole set resolved at once.

The writer (`graph.writer`) resolves one article's block per transaction: exact on any database, and bound by
its statements per article (README, "Load throughput"). The graph is a function of the set of articles
(`graph.resolve` is its specification), so a first load of many articles can resolve the set once and write
the result in large transactions (`load-articles --bulk`):

1. `bulk_state`: a database that holds articles is refused (`BulkLoadRefusedError`). A `BulkLoad` marker node
   is there while a bulk load runs; one left by an interrupted load means its graph is partial: it is deleted
   first (`bulk_clear`), and the load starts again.
2. The article graphs are read one after the other: their Article and Extraction nodes are written, `chunk` per
   transaction, by writer threads while the next graphs are read; only each article's mentions stay in memory
   (a later graph of the same path replaces it).
3. The global resolver's graph is written with its organizations-met summary (`graph.met.summary_of`),
   `chunk` rows per transaction and `WRITERS` transactions at once (nodes by `apply_block`; relationships, each
   of which is new, created by `bulk_relationships`; the summary by `bulk_met`). The resolver works in two steps
   (`graph.resolve.Resolver`), and the writes of the first run while the second is computed: the entities'
   nodes, then their relationships; the meetings' nodes, then their relationships and the summary.
4. The marker is removed (`bulk_end`).

The database then holds what the writer gives for the same articles, and later loads go on incrementally.
`check` is called between transactions (the caller's Ctrl-C), and may raise to stop the load: the marker stays.
"""

from __future__ import annotations

import gc
import queue
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import neo4j
from neo4j import exceptions as neo4j_exc

from graph.derived import DerivedGraph, Scope, WriteDiff, scope_diff
from graph.mentions import ArticleMentions
from graph.met import summary_of
from graph.resolve import Resolver
from graph.statements import statement
from graph.writer import Counts, apply_params, article_props, extraction_json
from ingest.models import ArticleGraph
from newsgraph.errors import BulkLoadRefusedError, GraphError

CHUNK = 5000  # rows per transaction
WRITERS = 2  # transactions at once (articles: different paths; nodes and relationships: the resolver's, each once)
PENDING = 4  # article transactions waiting for the writer threads at most
GC_EVERY = 1000  # articles read between two collections of Python's garbage cycles (see BulkLoader.run)

_Write = tuple[str, dict[str, Any]]  # a statement and its parameters: one transaction


@dataclass
class BulkResult:
    """What a bulk load did: articles written (distinct paths), graphs replaced by a later one of the same path,
    the database's counters and the time of each step (seconds)."""

    articles: int = 0
    replaced: int = 0
    cleared_interrupted: bool = False
    counts: Counts = field(default_factory=Counts)
    timings: dict[str, float] = field(default_factory=dict)


class BulkLoader:
    """One bulk load into `database` (see the module docstring)."""

    def __init__(self, driver: neo4j.Driver, database: str = "neo4j", *, chunk: int = CHUNK,
                 check: Callable[[], None] = lambda: None) -> None:
        self.driver = driver
        self.database = database
        self.chunk = chunk
        self.check = check
        self.result = BulkResult()
        self._lock = threading.Lock()

    def run(self, graphs: Iterable[ArticleGraph]) -> BulkResult:
        """Load `graphs` (read lazily, once) into the empty database.

        Python's cyclic garbage collector is paused meanwhile (`gc_paused`): the articles' mentions and the
        resolver's nodes are millions of small live objects that every full collection would walk again (half
        the time of reading and resolving 10,000 articles). Only the objects made since the last time are
        searched for garbage cycles, every `GC_EVERY` articles read."""
        with gc_paused():
            return self._run_all(graphs)

    def _run_all(self, graphs: Iterable[ArticleGraph]) -> BulkResult:
        try:
            self._begin()
            mentions = self._timed("articles", lambda: self._articles(graphs))
            self._derived(mentions)
            self._run(statement("bulk_end"))
        except neo4j_exc.Neo4jError as e:
            raise GraphError(f"Neo4j refused a bulk write: {e.message}") from e
        except neo4j_exc.DriverError as e:
            raise GraphError(f"lost the connection to Neo4j: {e}") from e
        return self.result

    def _timed(self, name: str, step: Callable[[], Any]) -> Any:
        start = time.perf_counter()
        try:
            return step()
        finally:
            self.result.timings[name] = self.result.timings.get(name, 0.0) + time.perf_counter() - start

    def _run(self, text: str) -> None:
        self.driver.execute_query(text, database_=self.database)

    def _begin(self) -> None:
        state = _state(self.driver, self.database)
        if state["interrupted"]:
            with self.driver.session(database=self.database) as session:
                session.run(statement("bulk_clear")).consume()  # type: ignore[arg-type]
            self.result.cleared_interrupted = True
        elif state["articles"]:
            raise BulkLoadRefusedError(
                f"a bulk load needs a database without articles, and this one holds {state['articles']}: "
                "load without --bulk to add to it")
        self._run(statement("bulk_begin"))

    def _write(self, text: str, params: dict[str, Any]) -> None:
        self.check()
        with self.driver.session(database=self.database, notifications_min_severity="OFF") as session:
            summary = session.execute_write(lambda tx: tx.run(text, params).consume())
        with self._lock:
            self.result.counts.add(summary.counters)

    def _articles(self, graphs: Iterable[ArticleGraph]) -> list[ArticleMentions]:
        """Write the Article and Extraction nodes; the mentions of each path's last graph.

        The transactions run in `WRITERS` writer threads while the next graphs are read here; at most `PENDING` of
        them wait. A graph of a path read before waits for every pending transaction first, so that the later graph
        still replaces the earlier one."""
        mentions: dict[str, ArticleMentions] = {}
        rows: list[dict[str, Any]] = []
        text = statement("bulk_articles")
        pending: deque[Future[None]] = deque()
        with ThreadPoolExecutor(max_workers=WRITERS) as writer:
            def flush() -> None:
                pending.append(writer.submit(self._write, text, {"rows": rows}))
                while len(pending) > PENDING or pending and pending[0].done():
                    pending.popleft().result()

            try:
                for graph in graphs:
                    path = graph.article.path
                    if path in mentions:
                        self.result.replaced += 1
                        if rows:
                            flush()
                            rows = []
                        while pending:
                            pending.popleft().result()
                    mentions[path] = ArticleMentions(graph)
                    if len(mentions) % GC_EVERY == 0:
                        gc.collect(0)  # the collector is paused: only the objects made since the last time
                    rows.append({"path": path, "props": article_props(graph), "extraction": extraction_json(graph)})
                    if len(rows) >= min(self.chunk, 500):  # extraction JSON is large: fewer rows per transaction
                        flush()
                        rows = []
                if rows:
                    flush()
                while pending:
                    pending.popleft().result()
            finally:
                for future in pending:
                    future.cancel()
        self.result.articles = len(mentions)
        return list(mentions.values())

    def _derived(self, mentions: list[ArticleMentions]) -> None:
        """Resolve `mentions` in the resolver's two steps and write the graph with its organizations-met summary.

        The writes run in a thread of phases (`_Phases`) while resolution goes on here: the entities' nodes and
        relationships are written while the meetings are resolved; then the meetings' nodes, and last the
        meetings' relationships and the summary."""
        resolver = Resolver(mentions)
        phases = _Phases(self._parallel)
        start = time.perf_counter()
        try:
            self._timed("resolve", resolver.entities)
            entities = DerivedGraph(dict(resolver.out.nodes), dict(resolver.out.rels))
            for writes in self._graph_writes(entities):
                phases.put(writes)
            self._timed("resolve", resolver.meetings)
            graph = resolver.out
            rest = DerivedGraph({ref: props for ref, props in graph.nodes.items() if ref not in entities.nodes},
                                {ref: props for ref, props in graph.rels.items() if ref not in entities.rels})
            nodes, rels = self._graph_writes(rest)
            phases.put(nodes)
            phases.put(rels + self._timed("resolve", lambda: self._summary_writes(summary_of(graph))))
        except BaseException:
            phases.close(cancel=True)
            raise
        phases.close()
        self.result.timings["write_graph"] = time.perf_counter() - start

    def _graph_writes(self, graph: DerivedGraph) -> tuple[list[_Write], list[_Write]]:
        """The writes of a graph none of whose nodes and relationships is stored yet: its nodes (`apply_block`), and
        its relationships (`bulk_relationships`), `chunk` per transaction."""
        changes = scope_diff(Scope(), graph, {})
        nodes = list(changes.create_nodes.items())
        text = statement("apply_block")
        node_writes = [(text, {"write": apply_params(WriteDiff(create_nodes=dict(nodes[i:i + self.chunk]),
                                                               topics=changes.topics if i == 0 else set()), None)})
                       for i in range(0, max(len(nodes), 1), self.chunk)]
        rels = list(changes.upsert_rels.items())
        text = statement("bulk_relationships")
        rel_writes = [(text, {"write": apply_params(WriteDiff(upsert_rels=dict(rels[i:i + self.chunk])), None)})
                      for i in range(0, len(rels), self.chunk)]
        return node_writes, rel_writes

    def _summary_writes(self, summary: dict[str, list[dict[str, Any]]]) -> list[_Write]:
        """The writes of the organizations-met summary (`bulk_met`), `chunk` rows per transaction."""
        text = statement("bulk_met")
        met, summaries = summary["met"], summary["summaries"]
        return ([(text, {"met": {"met": met[i:i + self.chunk], "summaries": []}})
                 for i in range(0, len(met), self.chunk)]
                + [(text, {"met": {"met": [], "summaries": summaries[i:i + self.chunk]}})
                   for i in range(0, len(summaries), self.chunk)])

    def _parallel(self, writes: list[_Write]) -> None:
        """Run each (statement, parameters) in its own transaction, `WRITERS` at once; all have ended on return."""
        pool = ThreadPoolExecutor(max_workers=WRITERS)
        try:
            for done in [pool.submit(self._write, text, params) for text, params in writes]:
                done.result()
        finally:
            pool.shutdown(wait=True, cancel_futures=True)  # after a failure, the chunks not started are not


class _Phases:
    """Phases of writes run one after the other in a thread of their own, while the caller goes on; each phase
    runs with `run` (its writes at once) once the phase before has ended. `close` waits for them all and raises
    the first failure, after which no phase runs."""

    def __init__(self, run: Callable[[list[_Write]], None]) -> None:
        self._queue: queue.Queue[list[_Write] | None] = queue.Queue()
        self._error: BaseException | None = None
        self._cancelled = False
        self._thread = threading.Thread(target=self._work, args=(run,), name="bulk-phases", daemon=True)
        self._thread.start()

    def put(self, writes: list[_Write]) -> None:
        """Queue a phase."""
        self._queue.put(writes)

    def _work(self, run: Callable[[list[_Write]], None]) -> None:
        while (writes := self._queue.get()) is not None:
            if self._error is None and not self._cancelled:
                try:
                    run(writes)
                except BaseException as e:  # noqa: BLE001 - handed to the caller by close()
                    self._error = e

    def close(self, *, cancel: bool = False) -> None:
        """Wait for the queued phases (with `cancel`: only the one under way) and raise the first failure."""
        self._cancelled = self._cancelled or cancel
        self._queue.put(None)
        self._thread.join()
        if self._error is not None and not cancel:
            raise self._error


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector for a block (reference counting still frees everything that is no
    longer used); it runs again afterwards, as it was."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def interrupted_bulk_load(driver: neo4j.Driver, database: str = "neo4j") -> bool:
    """True when an interrupted bulk load left the database's graph partial."""
    try:
        return bool(_state(driver, database)["interrupted"])
    except neo4j_exc.Neo4jError as e:
        raise GraphError(f"cannot read the database's state: {e.message}") from e


def _state(driver: neo4j.Driver, database: str) -> neo4j.Record:
    """`bulk_state`: the database's number of articles, and whether a bulk load's marker is there."""
    [state] = driver.execute_query(statement("bulk_state"), database_=database,
                                   routing_=neo4j.RoutingControl.READ).records
    return state
