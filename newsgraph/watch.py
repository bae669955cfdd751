"""`load-articles --watch DIR`: continuous ingest of folders that grow, by polling with a debounce.

Every `interval` seconds the folders are listed (article files and their `.meta.json` sidecars, with size and
modification time). A file is *settled* when it looked the same at two polls in a row and was last modified at
least `settle` seconds ago; settled files that are new or changed since they were last handed to the loader
are loaded in one run (under the run lock, incremental as always). With `prune`, files that disappeared are
removed from the graph. A run that Neo4j interrupts is tried again at the next poll; a file that failed is
tried again when it changes. Polling is dependable on every file system (network shares included) and needs
no extra dependency; writers that can should still write to a temporary name and rename when done.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ingest.reader import ARTICLE_SUFFIXES, META_SUFFIX
from newsgraph.errors import GraphError
from newsgraph.pipeline import Loader, RunSummary
from newsgraph.runlock import RunLockBusyError

Signature = tuple[int, int, int, int]  # article's size and mtime_ns, sidecar's size and mtime_ns (-1: none)


@dataclass
class WatchState:
    """What the watcher knows between polls."""

    previous: dict[Path, Signature]
    handled: dict[Path, Signature]


def snapshot(folders: list[Path]) -> dict[Path, Signature]:
    """Every article file under `folders` with its signature (a file that vanishes while listed is left out)."""
    out: dict[Path, Signature] = {}
    for folder in folders:
        if not folder.is_dir():
            continue
        for path in folder.rglob("*"):
            if path.suffix.lower() not in ARTICLE_SUFFIXES or path.name.endswith(META_SUFFIX):
                continue
            try:
                st = path.stat()
            except OSError:
                continue
            if not path.is_file():
                continue
            sidecar = path.with_name(path.stem + META_SUFFIX)
            try:
                sst = sidecar.stat()
                side = (sst.st_size, sst.st_mtime_ns)
            except OSError:
                side = (-1, -1)
            out[path] = (st.st_size, st.st_mtime_ns, *side)
    return out


def settled(current: dict[Path, Signature], state: WatchState, settle: float, now: float) -> list[Path]:
    """Files new or changed since they were handled, unchanged since the last poll and quiet for `settle` s."""
    ready = []
    for path, sig in current.items():
        if state.handled.get(path) == sig or state.previous.get(path) != sig:
            continue
        newest = max(sig[1], sig[3]) / 1e9
        if now - newest >= settle:
            ready.append(path)
    return sorted(ready)


def watch(folders: list[Path], loader: Loader, *, interval: float = 2.0, settle: float = 2.0, prune: bool = False,
          on_run: Callable[[RunSummary], None] | None = None, stop: threading.Event | None = None) -> None:
    """Poll `folders` and load what settles, until `stop` (default: the loader's stop event) is set.

    A run that Neo4j stopped, or that could not start (Neo4j away, another run holding the lock), is tried again
    after a pause that doubles up to a minute; its files stay pending."""
    stop = stop or loader.stop
    state = WatchState(previous={}, handled={})
    folders = [Path(f) for f in folders]
    first, pause = True, interval
    while not stop.is_set():
        current = snapshot(folders)
        if first:  # files already quiet at start need not wait for a second poll
            state.previous, first = dict(current), False
        ready = settled(current, state, settle, time.time())
        gone = [p for p in state.handled if p not in current]
        ok = True
        if ready or (prune and gone):
            summary: RunSummary | None = None
            try:
                summary = loader.run(ready, prune_roots=folders if prune and gone else ())
            except (RunLockBusyError, GraphError) as e:
                loader.reporter.error(f"watch: {e}; trying again in {pause:.0f} s")
            else:
                if on_run is not None:
                    on_run(summary)
            ok = summary is not None and summary.aborted is None
            if ok:
                state.handled.update((path, current[path]) for path in ready)
        if ok:
            for path in gone:
                state.handled.pop(path, None)
        state.previous = current
        if ok:
            pause = interval
            stop.wait(interval)
        else:
            stop.wait(pause)
            pause = min(pause * 2, 60.0)
