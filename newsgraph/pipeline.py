"""The main job: article files → article graphs (ingest) → Neo4j (graph). Library functions behind the CLI.

A run (`Loader.run`, or `load_paths` for one run) goes:

1. connect (NEO4J_URI, else the local server started on demand) and apply the schema: Neo4j down or refusing
   the credentials ends it here, before any file is read or any NLP model is built;
2. take the database's run lock (`newsgraph.runlock`): a second run waits or stops with a message naming
   the holder;
3. scan: read every file (cheap: decoding and hashing) and compare its content hash with the hash the graph
   holds for its path: equal means unchanged, skipped without NLP (no extractor is even built when nothing
   changed); a file that cannot be read is failed, with one line naming it and the reason;
4. extract what is new or changed (in worker processes when there are many) and write the articles as they
   are extracted, one per transaction (extraction is the slow part, and a Ctrl-C or a crash then loses at most
   the article being written): a changed article's previous contribution is
   replaced; `.jsonl` files of article graphs (`--dry-run --json-out`) are loaded without NLP, each line an
   article, up to `LoadOptions.batch` per transaction (unchanged ones skipped by content hash, a bad line failed
   alone as `FILE:LINE`); when Neo4j refuses a batch for its data, its articles are written again one by one and
   only the refused one fails;
5. with `prune`, remove the articles whose stored path is under one of the given folders and whose file is
   gone.

A run refuses to write on the partial graph an interrupted bulk load left. With `bulk`, steps 3-5 are one bulk
load instead (`graph.bulk`): `.jsonl` article graphs into a database without articles, resolved at once.

A failed file never removes what it contributed before. When Neo4j goes away mid-run, the run stops (the
batch being written is rolled back whole, never half an article) and says so; the next run does the rest.
"""

from __future__ import annotations

import json
import os
import sys
import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self, TextIO

from ingest.models import ArticleGraph
from newsgraph.errors import ArticleError, GraphError, NewsgraphError
from newsgraph.progress import LogReporter, Reporter

if TYPE_CHECKING:
    import neo4j

    from graph.connection import Connection
    from graph.writer import GraphWriter, WriteResult
    from newsgraph.extract_pool import Extraction
    from newsgraph.runlock import RunLock

DEFAULT_MAX_FILE_BYTES = 20_000_000
POOL_MIN_FILES = 16  # fewer files to extract than this: extract in the main process (no worker start-up)
GRAPH_SUFFIX = ".jsonl"  # a file of article graphs, one JSON ArticleGraph per line (`--dry-run --json-out`)
DEFAULT_BATCH = 100  # articles per write transaction


@dataclass(frozen=True)
class LoadOptions:
    """How a run behaves; the CLI's options."""

    prune: bool = False
    max_bytes: int = DEFAULT_MAX_FILE_BYTES
    workers: int = 1  # extraction processes; 1: in this process
    pool_min_files: int = POOL_MIN_FILES
    wait_lock: float = 0.0  # seconds to wait for another run's lock
    lock_ttl: float = 60.0  # seconds without heartbeat after which a run's lock is taken over
    batch: int = DEFAULT_BATCH  # article graphs of .jsonl files per transaction (GraphWriter.write_articles)
    bulk: bool = False  # .jsonl article graphs into a database without articles, resolved at once (graph.bulk)


@dataclass
class FileFailure:
    """A file that could not be loaded, and why."""

    path: str
    reason: str


@dataclass
class RunSummary:
    """What a run did, per file outcome."""

    new: int = 0
    changed: int = 0
    unchanged: int = 0
    failed: int = 0
    pruned: int = 0
    files: int = 0
    extracted: int = 0
    extractor_loads: int = 0
    nodes_created: int = 0
    nodes_deleted: int = 0
    relationships_created: int = 0
    relationships_deleted: int = 0
    errors: list[str] = field(default_factory=list)
    failures: list[FileFailure] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)
    aborted: str | None = None
    interrupted: bool = False
    lock_took_over: str | None = None

    @property
    def ok(self) -> bool:
        """True when every file was handled and the run was not stopped."""
        return self.failed == 0 and self.aborted is None

    def line(self) -> str:
        """One line for humans."""
        return (f"{self.new} new, {self.changed} changed, {self.unchanged} unchanged, {self.failed} failed, "
                f"{self.pruned} pruned")

    def graph_line(self) -> str:
        """What loading did to the graph, for humans."""
        return (f"nodes: {self.nodes_created} created, {self.nodes_deleted} deleted; "
                f"relationships: {self.relationships_created} created, {self.relationships_deleted} deleted")

    def fail(self, message: str, path: str | None = None, reporter: Reporter | None = None) -> None:
        """Count a file that could not be handled, and say why (one line: `error: <path>: <reason>`)."""
        self.failed += 1
        self.errors.append(message)
        if path is not None and message.startswith(f"{path}: "):
            reason = message[len(path) + 2:]
        else:
            reason = message
        self.failures.append(FileFailure(path or "", reason))
        (reporter or LogReporter(verbose=False)).error(message)

    def add_time(self, name: str, seconds: float) -> None:
        """Add to one of the timings (seconds)."""
        self.timings[name] = self.timings.get(name, 0.0) + seconds

    def to_json(self) -> dict[str, Any]:
        """The summary for machines (`load-articles --json`)."""
        return {
            "ok": self.ok, "files": self.files, "new": self.new, "changed": self.changed,
            "unchanged": self.unchanged, "failed": self.failed, "pruned": self.pruned,
            "extracted": self.extracted, "extractor_loads": self.extractor_loads,
            "graph": {"nodes_created": self.nodes_created, "nodes_deleted": self.nodes_deleted,
                      "relationships_created": self.relationships_created,
                      "relationships_deleted": self.relationships_deleted},
            "failures": [asdict(f) for f in self.failures],
            "aborted": self.aborted, "interrupted": self.interrupted, "lock_took_over": self.lock_took_over,
            "timings_s": {k: round(v, 3) for k, v in sorted(self.timings.items())},
        }


@contextmanager
def _open_out(path: Path | None) -> Iterator[TextIO | None]:
    if path is None:
        yield None
    elif str(path) == "-":
        yield sys.stdout
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("w", encoding="utf-8") as f:
            yield f


def connection(password_file: Path | None = None) -> Connection:
    """The configured connection (graph.target), with the password read from `password_file` when given.

    With no NEO4J_URI, the local server is started first (that is the embedded default)."""
    from graph.settings import Neo4jSettings
    from graph.target import local_server, settings_connection

    settings = Neo4jSettings()
    if password_file is not None:
        settings = settings.model_copy(update={"password": None, "password_file": password_file})
    if settings.uri:
        return settings_connection(settings, settings.uri)
    server = local_server(settings)
    server.start()
    return settings_connection(settings, server.bolt_uri)


class Loader:
    """Loads article files into one Neo4j database, run after run (the CLI's one run, or every cycle of --watch).

    Connects on enter (fails fast when Neo4j is down or refuses the credentials), keeps the driver, the writer
    and the extraction workers between runs, and closes them on exit. `stop` (an Event) ends a run between
    two files."""

    def __init__(self, conn: Connection, options: LoadOptions | None = None, *, reporter: Reporter | None = None,
                 graphs_out: TextIO | None = None, stop: threading.Event | None = None) -> None:
        self.conn = conn
        self.options = options or LoadOptions()
        self.reporter = reporter or LogReporter(verbose=False)
        self.graphs_out = graphs_out
        self.stop = stop or threading.Event()
        self.driver: neo4j.Driver | None = None
        self._writer: GraphWriter | None = None
        self._lock: RunLock | None = None
        self._extraction: Extraction | None = None
        self._stored: dict[str, str] = {}  # path → content hash of the loaded articles, read by the scan

    def __enter__(self) -> Self:
        from graph.connection import open_driver
        from graph.statements import apply_schema
        from graph.writer import GraphWriter
        from newsgraph.extract_pool import Extraction
        from newsgraph.runlock import RunLock

        self.driver = open_driver(self.conn)
        try:
            apply_schema(self.driver, self.conn.database)
        except BaseException:
            self.driver.close()
            raise
        self._writer = GraphWriter(self.driver, self.conn.database)
        self._lock = RunLock(self.driver, self.conn.database, ttl=self.options.lock_ttl)
        self._extraction = Extraction(self.options.workers, self.options.max_bytes)
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if self._extraction is not None:
            self._extraction.close()
        if self.driver is not None:
            self.driver.close()

    @property
    def writer(self) -> GraphWriter:
        """The graph writer (after enter)."""
        assert self._writer is not None, "use Loader as a context manager"
        return self._writer

    def run(self, paths: Iterable[Path], *, prune_roots: Iterable[Path] = ()) -> RunSummary:
        """One run over `paths` (files or folders), under the run lock; see the module's docstring."""
        assert self._lock is not None, "use Loader as a context manager"
        summary = RunSummary()
        started = time.perf_counter()
        wait = self.options.wait_lock
        waited = self._lock.acquire(wait, on_wait=lambda holder: self.reporter.info(
            f"waiting up to {wait:.0f} s for the run lock of {holder.describe()}"))
        summary.add_time("lock_wait", waited)
        summary.lock_took_over = self._lock.took_over
        if self._lock.took_over:
            self.reporter.info(f"took over the run lock of run {self._lock.took_over[:8]} (expired, or its process "
                               "is gone)")
        try:
            if self.options.bulk:
                self._bulk(list(paths), summary)
            else:
                self._refuse_partial_graph()
                todo, graph_files = self._scan(list(paths), summary)
                self._load_graph_files(graph_files, summary)
                self._extract_and_write(todo, summary)
                roots = list(prune_roots)
                if roots and summary.aborted is None:
                    self._prune(roots, summary)
        except (GraphError, RunInterrupted) as e:
            summary.aborted = str(e)
            summary.interrupted = isinstance(e, RunInterrupted)
        finally:
            self._lock.release()
            self.reporter.close()
            summary.add_time("total", time.perf_counter() - started)
        if summary.aborted:
            self.reporter.error(f"run stopped: {summary.aborted}")
        return summary

    # --- the steps ----------------------------------------------------------------------------------------------

    def _scan(self, paths: list[Path], summary: RunSummary) -> tuple[list[Path], list[Path]]:
        """Read every article file; count the unchanged and the unreadable; (files to extract, `.jsonl` files of
        article graphs given as such). Each line of a graph file counts as a file."""
        from ingest.reader import iter_article_paths, read_article

        start = time.perf_counter()
        files, graph_files = [], []
        for path in iter_article_paths(paths):
            (graph_files if _is_graph_file(path) else files).append(path)
        lines = sum(_count_lines(p) for p in graph_files)
        summary.files = len(files) + lines
        self.reporter.start(len(files) + lines)
        stored = self._stored_hashes()
        self._stored = stored
        todo: list[Path] = []
        for path in files:
            self._check_stop()
            try:
                raw = read_article(path, max_bytes=self.options.max_bytes)
            except ArticleError as e:
                self._fail(summary, str(e), str(path))
                continue
            if stored.get(raw.article.path) == raw.article.content_hash:
                summary.unchanged += 1
                self.reporter.done(str(path), "unchanged")
            else:
                todo.append(path)
        summary.add_time("scan", time.perf_counter() - start)
        return todo, graph_files

    def _load_graph_files(self, graph_files: list[Path], summary: RunSummary) -> None:
        """Load `.jsonl` files of article graphs, `batch` lines per transaction: no NLP; a line whose article is
        loaded with the same content hash is unchanged; a line that is no article graph fails alone."""
        pending: list[ArticleGraph] = []
        for graph in self._read_graph_files(graph_files, summary):
            if self._stored.get(graph.article.path) == graph.article.content_hash:
                summary.unchanged += 1
                self.reporter.done(graph.article.path, "unchanged")
                continue
            pending.append(graph)
            if len(pending) >= self.options.batch:
                self._write(pending, summary)
                pending = []
                self._check_stop()
        if pending:
            self._write(pending, summary)
        self._check_stop()

    def _read_graph_files(self, graph_files: list[Path], summary: RunSummary) -> Iterator[ArticleGraph]:
        """The article graphs of `.jsonl` files, line by line; a line that is no article graph, or a file that
        cannot be read, is failed (one line naming it) and the rest go on."""
        from pydantic import ValidationError

        for file in graph_files:
            try:
                with file.open(encoding="utf-8") as f:
                    for number, line in enumerate(f, start=1):
                        if not line.strip():
                            continue
                        where = f"{file}:{number}"
                        start = time.perf_counter()
                        try:
                            graph = ArticleGraph.model_validate_json(line)
                        except ValidationError as e:
                            self._fail(summary, f"{where}: not an article graph: {_first_error(e)}", where)
                            continue
                        finally:
                            summary.add_time("read_graphs", time.perf_counter() - start)
                        yield graph
            except (OSError, UnicodeDecodeError) as e:
                self._fail(summary, f"{file}: cannot read the article graphs: {e}", str(file))

    def _bulk(self, paths: list[Path], summary: RunSummary) -> None:
        """`bulk`: load `.jsonl` article graphs into a database without articles, resolved at once (graph.bulk)."""
        from graph.bulk import BulkLoader
        from ingest.reader import iter_article_paths

        files = list(iter_article_paths(paths))
        others = [str(p) for p in files if not _is_graph_file(p)]
        if others:
            raise BulkInputError(f"a bulk load takes .jsonl files of article graphs only, not {others[0]}"
                                 + (f" (and {len(others) - 1} more)" if len(others) > 1 else ""))
        summary.files = sum(_count_lines(p) for p in files)
        self.reporter.start(summary.files)

        def graphs() -> Iterator[ArticleGraph]:
            for graph in self._read_graph_files(files, summary):
                self.reporter.done(graph.article.path, "new")
                yield graph

        assert self.driver is not None
        start = time.perf_counter()
        try:
            result = BulkLoader(self.driver, self.conn.database, check=self._check_stop).run(graphs())
        finally:
            summary.add_time("write", time.perf_counter() - start)
        if result.cleared_interrupted:
            self.reporter.info("an interrupted bulk load had left a partial graph: deleted, and loaded again")
        summary.new, summary.changed = result.articles, result.replaced
        summary.nodes_created += result.counts.nodes_created
        summary.relationships_created += result.counts.relationships_created
        for name, seconds in result.timings.items():
            summary.add_time(f"bulk_{name}", seconds)

    def _extract_and_write(self, todo: list[Path], summary: RunSummary) -> None:
        assert self._extraction is not None
        if not todo:
            return
        parallel = len(todo) >= max(self.options.pool_min_files, 2)
        outcomes = self._extraction.run(todo, parallel=parallel)
        try:
            for outcome in outcomes:
                summary.add_time("extract", outcome.seconds)
                if outcome.model_load_seconds:
                    summary.extractor_loads += 1
                    summary.add_time("model_load", outcome.model_load_seconds)
                if outcome.graph is None:
                    self._fail(summary, outcome.error or f"{outcome.path}: extraction failed", outcome.path)
                else:
                    summary.extracted += 1
                    if self.graphs_out is not None:
                        self.graphs_out.write(outcome.graph.model_dump_json() + "\n")
                    self._write([outcome.graph], summary)
                self._check_stop()
        finally:
            outcomes.close()

    def _write(self, graphs: list[ArticleGraph], summary: RunSummary) -> None:
        """Write articles, several per transaction; when Neo4j refuses the batch for its data, write them again
        one by one so that only the article it refuses fails."""
        start = time.perf_counter()
        try:
            if len(graphs) > 1:
                try:
                    results = self.writer.write_articles(graphs)
                except GraphError as e:
                    if not _refused_this_article(e):
                        raise
                else:
                    for result in results:
                        self._done(result, summary)
                    return
            for graph in graphs:
                path = graph.article.path
                try:
                    result = self.writer.write_article(graph)
                except GraphError as e:
                    if not _refused_this_article(e):
                        raise
                    self._fail(summary, f"{path}: Neo4j refused the article: {e}", path)
                    continue
                self._done(result, summary)
        finally:
            summary.add_time("write", time.perf_counter() - start)

    def _done(self, result: WriteResult, summary: RunSummary) -> None:
        _count(summary, result)
        self.reporter.done(result.path, result.status if result.status in ("new", "changed") else "unchanged")

    def _prune(self, roots: list[Path], summary: RunSummary) -> None:
        """Remove the loaded articles under the (existing) folders `roots` whose files are gone."""
        start = time.perf_counter()
        folders = [r.resolve() for r in roots if r.is_dir()]  # a missing folder (unmounted disk?) prunes nothing
        for stored_path in sorted(self._stored_hashes()):
            if not any(Path(stored_path).is_relative_to(f) for f in folders) or os.path.lexists(stored_path):
                continue
            self._check_stop()
            result = self.writer.remove_article(stored_path)
            if result.status == "removed":
                summary.pruned += 1
                _add_counts(summary, result)
                self.reporter.done(stored_path, "pruned")
        summary.add_time("prune", time.perf_counter() - start)

    # --- helpers ------------------------------------------------------------------------------------------------

    def _stored_hashes(self) -> dict[str, str]:
        """path → content hash of every loaded article, in one query."""
        import neo4j
        from neo4j import exceptions as neo4j_exc

        from graph.statements import statement

        assert self.driver is not None
        try:
            records, _, _ = self.driver.execute_query(statement("article_hashes"), database_=self.conn.database,
                                                      routing_=neo4j.RoutingControl.READ)
        except neo4j_exc.Neo4jError as e:
            raise GraphError(f"Neo4j refused to list the loaded articles: {e.message}") from e
        except neo4j_exc.DriverError as e:
            raise GraphError(f"lost the connection to Neo4j: {e}") from e
        return {r["path"]: r["content_hash"] for r in records}

    def _refuse_partial_graph(self) -> None:
        from graph.bulk import interrupted_bulk_load

        assert self.driver is not None
        if interrupted_bulk_load(self.driver, self.conn.database):
            raise GraphError("an interrupted bulk load left this database's graph partial: run the same "
                             "`load-articles --bulk` again (it starts over), then load more")

    def _fail(self, summary: RunSummary, message: str, path: str) -> None:
        summary.fail(message, path, self.reporter)
        self.reporter.done(path, "failed")

    def _check_stop(self) -> None:
        assert self._lock is not None
        self._lock.check()
        if self.stop.is_set():
            raise RunInterrupted("interrupted; the articles written so far stay, the next run does the rest")


def _is_graph_file(path: Path) -> bool:
    """A `.jsonl` file of article graphs (given as such: folders yield article files only)."""
    return path.suffix.lower() == GRAPH_SUFFIX and path.is_file()


def _count_lines(path: Path) -> int:
    """Non-blank lines of a file (the articles of a graph file), read in binary; 0 when unreadable."""
    try:
        with path.open("rb") as f:
            return sum(1 for line in f if line.strip())
    except OSError:
        return 0


def _first_error(error: Exception) -> str:
    """A validation error as one line: its first problem and where."""
    from pydantic import ValidationError

    if isinstance(error, ValidationError) and error.errors():
        first = error.errors()[0]
        where = ".".join(str(x) for x in first.get("loc", ()))
        more = f" (and {error.error_count() - 1} more)" if error.error_count() > 1 else ""
        return f"{first.get('msg', 'invalid')}{f' at {where}' if where else ''}{more}"
    return str(error).splitlines()[0] if str(error) else type(error).__name__


class BulkInputError(NewsgraphError):
    """A bulk load was given files that are not `.jsonl` article graphs."""


class RunInterrupted(NewsgraphError):
    """The run was asked to stop (Ctrl-C, SIGTERM) and stopped between two files."""


def _refused_this_article(error: GraphError) -> bool:
    """Did Neo4j refuse this one article's data (go on with the next) rather than fail as a whole (stop)?"""
    from neo4j import exceptions as neo4j_exc

    cause = error.__cause__
    return (isinstance(cause, neo4j_exc.ClientError)
            and str(cause.code or "").startswith(("Neo.ClientError.Statement.", "Neo.ClientError.Schema.")))


def load_paths(paths: list[Path], *, json_out: Path | None = None, options: LoadOptions | None = None,
               reporter: Reporter | None = None, password_file: Path | None = None,
               stop: threading.Event | None = None) -> RunSummary:
    """Load article files (or folders of them) into the configured Neo4j: one run of a `Loader`.

    With `options.prune`, the folders among `paths` are pruned. `json_out` receives one JSON article graph
    per line for each article extracted ('-': stdout)."""
    options = options or LoadOptions()
    conn = connection(password_file)
    prune_roots = [Path(p) for p in paths if Path(p).is_dir()] if options.prune else []
    with _open_out(json_out) as out, Loader(conn, options, reporter=reporter, graphs_out=out, stop=stop) as loader:
        return loader.run(paths, prune_roots=prune_roots)


def extract_paths(paths: list[Path], summary: RunSummary, *, max_bytes: int = DEFAULT_MAX_FILE_BYTES,
                  reporter: Reporter | None = None) -> Iterator[ArticleGraph]:
    """Article graphs of every article file under `paths`; a bad file is counted and reported, the rest go on."""
    from ingest.reader import iter_article_paths
    from newsgraph.extract_pool import extract_file

    for path in iter_article_paths(paths):
        summary.files += 1
        outcome = extract_file(path, max_bytes)
        summary.extractor_loads += bool(outcome.model_load_seconds)
        if outcome.graph is None:
            summary.fail(outcome.error or f"{path}: extraction failed", str(path), reporter)
            continue
        summary.extracted += 1
        yield outcome.graph


def extract_to_jsonl(paths: list[Path], out: Path | None, *, max_bytes: int = DEFAULT_MAX_FILE_BYTES,
                     reporter: Reporter | None = None) -> RunSummary:
    """Extract without touching any database; write one JSON article graph per line to `out` when given."""
    summary = RunSummary()
    with _open_out(out) as f:
        for graph in extract_paths(paths, summary, max_bytes=max_bytes, reporter=reporter):
            summary.new += 1
            if f is not None:
                f.write(graph.model_dump_json() + "\n")
    return summary


def summary_json(summary: RunSummary) -> str:
    """The summary as one line of JSON."""
    return json.dumps(summary.to_json(), ensure_ascii=False)


def _count(summary: RunSummary, result: WriteResult) -> None:
    if result.status == "new":
        summary.new += 1
    elif result.status == "changed":
        summary.changed += 1
    else:
        summary.unchanged += 1
    _add_counts(summary, result)


def _add_counts(summary: RunSummary, result: WriteResult) -> None:
    summary.nodes_created += result.counts.nodes_created
    summary.nodes_deleted += result.counts.nodes_deleted
    summary.relationships_created += result.counts.relationships_created
    summary.relationships_deleted += result.counts.relationships_deleted
