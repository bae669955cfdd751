"""Reading and extracting article files, in this process or in a pool of worker processes.

`Extraction.run(paths)` yields one `Extracted` per path, a graph or a one-line error, as soon as it is ready, so
the caller writes one article while the workers extract the next ones. At most `2 × workers` files are in
flight, so memory stays flat however many files there are. Each worker process builds its extractor once;
workers ignore Ctrl-C (the main process decides when to stop). When a worker process dies, the files the pool
had in flight fail (one of them may be what killed it) and a new pool takes the rest; after a few deaths the
rest is extracted in this process.
"""

from __future__ import annotations

import multiprocessing
import signal
import time
from collections.abc import Generator, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path

from ingest.models import ArticleGraph
from newsgraph.errors import ArticleError, ExtractionError


@dataclass
class Extracted:
    """The outcome of one file: its graph, or why there is none."""

    path: str
    graph: ArticleGraph | None = None
    error: str | None = None
    seconds: float = 0.0  # reading and extraction
    model_load_seconds: float = 0.0  # building an extractor, when this file's process had to


def extract_file(path: Path, max_bytes: int) -> Extracted:
    """Read and extract one file with this process's extractor; errors become the outcome's one-line `error`."""
    from ingest.extract import get_extractor
    from ingest.reader import read_article

    load = _ensure_extractor()
    start = time.perf_counter()
    try:
        raw = read_article(path, max_bytes=max_bytes)
        graph = get_extractor().extract(raw)
    except (ArticleError, ExtractionError) as e:
        return Extracted(str(path), error=str(e), seconds=time.perf_counter() - start, model_load_seconds=load)
    except Exception as e:  # noqa: BLE001 - a bug in the NLP must not end the run: report it for this file
        return Extracted(str(path), error=f"{path}: extraction failed: {type(e).__name__}: {e}",
                         seconds=time.perf_counter() - start, model_load_seconds=load)
    return Extracted(str(path), graph=graph, seconds=time.perf_counter() - start, model_load_seconds=load)


_BUILT = False


def _ensure_extractor() -> float:
    """Build this process's extractor if it is not built yet; the seconds it took (0 when it was built)."""
    global _BUILT
    if _BUILT:
        return 0.0
    from ingest.extract import get_extractor

    start = time.perf_counter()
    get_extractor()
    _BUILT = True
    return time.perf_counter() - start


def _worker_init() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)


class Extraction:
    """Extracts files inline (`workers` ≤ 1) or in a process pool started on first use and kept until `close`."""

    MAX_RESTARTS = 3

    def __init__(self, workers: int, max_bytes: int) -> None:
        self.workers = max(1, workers)
        self.max_bytes = max_bytes
        self._pool: ProcessPoolExecutor | None = None
        self._restarts = 0

    def run(self, paths: Iterable[Path], *, parallel: bool = True) -> Generator[Extracted, None, None]:
        """Outcomes of `paths`, in completion order; in the pool when `parallel` and there is one to use."""
        if not parallel or self.workers <= 1:
            for path in paths:
                yield extract_file(path, self.max_bytes)
            return
        yield from self._pooled(paths)

    def _pooled(self, paths: Iterable[Path]) -> Iterator[Extracted]:
        in_flight: dict[Future[Extracted], Path] = {}
        try:
            for path in paths:
                while True:
                    pool = self._get_pool()
                    if pool is None:  # the pool died too often: extract here
                        yield extract_file(path, self.max_bytes)
                        break
                    try:
                        in_flight[pool.submit(extract_file, path, self.max_bytes)] = path
                        break
                    except BrokenProcessPool:
                        yield from self._fail_in_flight(in_flight)
                while len(in_flight) >= 2 * self.workers:
                    yield from self._collect(in_flight)
            while in_flight:
                yield from self._collect(in_flight)
        finally:
            for future in in_flight:
                future.cancel()

    def _collect(self, in_flight: dict[Future[Extracted], Path]) -> Iterator[Extracted]:
        done, _ = wait(list(in_flight), return_when=FIRST_COMPLETED)
        for future in done:
            path = in_flight.pop(future)
            try:
                yield future.result()
            except BrokenProcessPool:
                in_flight[future] = path
                yield from self._fail_in_flight(in_flight)
                return
            except Exception as e:  # noqa: BLE001 - e.g. a result that could not be sent back
                yield Extracted(str(path), error=f"{path}: extraction failed in a worker: {type(e).__name__}: {e}")

    def _fail_in_flight(self, in_flight: dict[Future[Extracted], Path]) -> Iterator[Extracted]:
        """A worker died: every file the pool had is a suspect and fails; a new pool takes the next files."""
        had = list(in_flight.items())
        in_flight.clear()
        self._shutdown()
        self._restarts += 1
        for future, path in had:
            if future.done() and not future.cancelled() and future.exception() is None:
                yield future.result()  # finished before the death
            else:
                yield Extracted(str(path), error=f"{path}: the extraction worker process died while it had this file")

    def _get_pool(self) -> ProcessPoolExecutor | None:
        if self._restarts > self.MAX_RESTARTS:
            return None
        if self._pool is None:
            # spawn, not fork: the main process runs driver and heartbeat threads that a fork must not copy
            self._pool = ProcessPoolExecutor(max_workers=self.workers, mp_context=multiprocessing.get_context("spawn"),
                                             initializer=_worker_init)
        return self._pool

    def _shutdown(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def close(self) -> None:
        """Stop the worker processes (the files in flight are dropped)."""
        self._shutdown()
