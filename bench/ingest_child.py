"""The ingest process of the load benchmark: `newsgraph.pipeline.load_paths` on a list of files, timed by phase.

    python -m bench.ingest_child PATHS_FILE RESULT_JSON [BUDGET_SECONDS]

Runs the project's own load path unchanged. Timers are wrapped around the functions it calls (in this process
only, nothing is edited): reading, the stored-hash check, extraction, and the graph writer. Every article's write
time and, every few articles, this process's RSS are recorded, so the cost of a write can be plotted against
the size of the graph and the memory against the number of articles loaded. With a budget, the load stops after
the first write that ends past it, and the result says how far it got (`complete` false).
"""

from __future__ import annotations

import json
import resource
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

import psutil


def _timed(owner: Any, name: str, timers: dict[str, float], counts: dict[str, int], hook: Any = None) -> None:
    original = getattr(owner, name)

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        t = time.perf_counter()
        try:
            return original(*args, **kwargs)
        finally:
            elapsed = time.perf_counter() - t
            timers[name] += elapsed
            counts[name] += 1
            if hook:
                hook(elapsed)

    setattr(owner, name, wrapper)


class BudgetSpent(Exception):
    """The time budget of a partial load is spent."""


def main(paths_file: str, result_file: str, budget: float | None = None) -> int:
    import graph.writer
    import ingest.extract
    import ingest.reader
    from newsgraph.pipeline import load_paths

    paths = [Path(line) for line in Path(paths_file).read_text(encoding="utf-8").splitlines() if line]
    every = max(1, len(paths) // 400)
    me = psutil.Process()
    timers: dict[str, float] = defaultdict(float)
    counts: dict[str, int] = defaultdict(int)
    series: list[tuple[int, float, float]] = []  # (articles written, write ms, rss MB)

    def on_write(elapsed: float) -> None:
        n = counts["write_article"]
        if n % every == 0 or n == 1:
            series.append((n, round(elapsed * 1000, 1), round(me.memory_info().rss / 2**20, 1)))
        if budget is not None and time.perf_counter() - t > budget:
            raise BudgetSpent

    _timed(ingest.reader, "read_article", timers, counts)
    _timed(ingest.extract, "get_extractor", timers, counts)
    _timed(ingest.extract.Extractor, "extract", timers, counts)
    _timed(graph.writer.GraphWriter, "stored_hash", timers, counts)
    _timed(graph.writer.GraphWriter, "write_article", timers, counts, on_write)

    t = time.perf_counter()
    try:
        summary, complete = load_paths(paths), True
    except BudgetSpent:
        summary, complete = None, False
    total = time.perf_counter() - t
    result = {
        "articles": len(paths), "complete": complete, "articles_written": counts["write_article"],
        "total_s": round(total, 3),
        "phases_s": {k: round(v, 3) for k, v in timers.items()}, "calls": dict(counts),
        "other_s": round(total - sum(timers.values()), 3),
        "summary": {k: v for k, v in vars(summary).items() if isinstance(v, int | float)} if summary else None,
        "errors": list(getattr(summary, "errors", []))[:20],
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "series": series,
    }
    Path(result_file).write_text(json.dumps(result, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2], float(sys.argv[3]) if len(sys.argv) > 3 else None))
