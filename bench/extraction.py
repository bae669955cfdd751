"""Extraction throughput next to Kiwi's own `tokenize` on the same texts, the same cores and in the same run.

Two process pools of `workers` processes each: one whose workers build the project's extractor once
(`ingest.extract.get_extractor()`), one whose workers build one Kiwi once, configured as the extractor's
(`ingest.nlp.tokenizer.new_kiwi`). Articles are read and decoded in
the parent first (timed separately: `read`), then both pools get the same texts, chunk after chunk, alternating
(Kiwi on chunk 1, extraction on chunk 1, Kiwi on chunk 2, ...), so a change in machine load during the run hits
both alike. Only the time inside the pools counts; worker start-up (building Kiwi, spaCy) is reported apart.
The Kiwi call is the one the extractor's tokenizer makes (`tokenize(text, split_sents=True)`), so
the ratio is the extraction's own overhead above the analyzer.
"""

from __future__ import annotations

import multiprocessing as mp
import resource
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

_state: dict[str, Any] = {}


# --- worker side -------------------------------------------------------------------------------------------------


def _init_kiwi() -> None:
    from ingest.nlp.tokenizer import new_kiwi

    t = time.perf_counter()
    kiwi = new_kiwi()
    kiwi.tokenize("삼성전자는 지난 11일 서울에서 만났다.")
    _state.update(kiwi=kiwi, startup=time.perf_counter() - t)


def _init_extractor() -> None:
    from ingest.extract import get_extractor

    t = time.perf_counter()
    extractor = get_extractor()
    _state.update(extractor=extractor, startup=time.perf_counter() - t)


def _ready(args: tuple[Any, list[Any]]) -> dict[str, float]:
    """Warm the worker on a few real articles (Kiwi and spaCy fill caches lazily), then wait at the barrier for the
    other workers: once every worker has returned, the whole pool is up and warm."""
    barrier, warm = args
    for item in warm:
        if "kiwi" in _state:
            _state["kiwi"].tokenize(item, split_sents=True)
        else:
            _state["extractor"].extract(item)
    barrier.wait()
    return {"startup_s": _state["startup"]}


def _kiwi_chunk(texts: list[str]) -> dict[str, Any]:
    kiwi = _state["kiwi"]
    t = time.perf_counter()
    tokens = sum(len(s) for text in texts for s in kiwi.tokenize(text, split_sents=True))
    return {"busy_s": time.perf_counter() - t, "tokens": tokens,
            "maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def _extract_chunk(raws: list[Any]) -> dict[str, Any]:
    extractor = _state["extractor"]
    lines, t_extract, t_dump, failed = [], 0.0, 0.0, []
    for raw in raws:
        t0 = time.perf_counter()
        try:
            graph = extractor.extract(raw)
        except Exception as e:  # noqa: BLE001 - a crash on one article is reported, the benchmark goes on
            failed.append(f"{raw.article.path}: {type(e).__name__}: {e}")
            continue
        t1 = time.perf_counter()
        lines.append(graph.model_dump_json())
        t_dump += time.perf_counter() - t1
        t_extract += t1 - t0
    return {"busy_s": t_extract + t_dump, "extract_s": t_extract, "dump_s": t_dump, "lines": lines,
            "failed": failed, "maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


# --- parent side -------------------------------------------------------------------------------------------------


@dataclass
class PassResult:
    """One method (Kiwi or extraction) over the whole corpus."""

    wall_s: float = 0.0
    busy_s: float = 0.0
    startup_s: float = 0.0
    worker_maxrss_mb: float = 0.0
    extra: dict[str, float] = field(default_factory=dict)

    def rates(self, articles: int, chars: int) -> dict[str, float]:
        return {"articles_per_s": round(articles / self.wall_s, 2), "chars_per_s": round(chars / self.wall_s),
                "wall_s": round(self.wall_s, 2), "busy_cpu_s": round(self.busy_s, 2),
                "worker_startup_s": round(self.startup_s, 2), "worker_peak_rss_mb": round(self.worker_maxrss_mb),
                **{k: round(v, 2) for k, v in self.extra.items()}}


def _pool(ctx: Any, workers: int, init: Any, barrier: Any, warm: list[Any]) -> tuple[Any, float]:
    pool = ctx.Pool(workers, initializer=init)
    startups = pool.map(_ready, [(barrier, warm)] * workers, chunksize=1)
    return pool, max(s["startup_s"] for s in startups)


def _chunks(items: list[Any], size: int) -> Iterator[list[Any]]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


def run_extraction_bench(paths: list[Path], out_jsonl: Path, *, workers: int = 2, block: int = 200,
                         task: int = 4) -> dict[str, Any]:
    """Read `paths`, then time Kiwi and the extractor over them (alternating blocks); write the JSONL."""
    from ingest.reader import read_article

    t = time.perf_counter()
    raws = [read_article(p) for p in paths]
    read_s = time.perf_counter() - t
    chars = sum(len(r.text) for r in raws)

    ctx = mp.get_context("spawn")
    with ctx.Manager() as manager:
        warm = raws[-3:]  # the same few articles for both; not part of the timed passes' first blocks
        kiwi_pool, kiwi_start = _pool(ctx, workers, _init_kiwi, manager.Barrier(workers), [r.text for r in warm])
        ext_pool, ext_start = _pool(ctx, workers, _init_extractor, manager.Barrier(workers), warm)
    kiwi, ext = PassResult(startup_s=kiwi_start), PassResult(startup_s=ext_start, extra={"extract_s": 0, "dump_s": 0})
    failed: list[str] = []
    out_jsonl.parent.mkdir(parents=True, exist_ok=True)
    with out_jsonl.open("w", encoding="utf-8") as out:
        for blk in _chunks(raws, block):
            t = time.perf_counter()
            for r in kiwi_pool.imap(_kiwi_chunk, _chunks([x.text for x in blk], task)):
                kiwi.busy_s += r["busy_s"]
                kiwi.worker_maxrss_mb = max(kiwi.worker_maxrss_mb, r["maxrss_mb"])
            kiwi.wall_s += time.perf_counter() - t
            t = time.perf_counter()
            for r in ext_pool.imap(_extract_chunk, _chunks(blk, task)):
                ext.busy_s += r["busy_s"]
                ext.extra["extract_s"] += r["extract_s"]
                ext.extra["dump_s"] += r["dump_s"]
                ext.worker_maxrss_mb = max(ext.worker_maxrss_mb, r["maxrss_mb"])
                failed += r["failed"]
                out.writelines(line + "\n" for line in r["lines"])
            ext.wall_s += time.perf_counter() - t
    for pool in (kiwi_pool, ext_pool):
        pool.close()
        pool.join()
    n = len(raws)
    k, e = kiwi.rates(n, chars), ext.rates(n, chars)
    return {
        "articles": n, "chars": chars, "workers": workers, "read_s": round(read_s, 2),
        "kiwi_tokenize": k, "extraction": e, "failed": len(failed), "failures": failed[:20],
        "ratio_extraction_to_kiwi": round(e["articles_per_s"] / k["articles_per_s"], 3),
        "method": (f"{workers} processes per method, each building its Kiwi/extractor once; same texts, read "
                   f"beforehand; workers warmed on 3 articles; alternating blocks of {block} articles; "
                   "Kiwi call: Kiwi().tokenize(text, split_sents=True), the call the extractor makes; extraction: get_extractor().extract(raw) + model_dump_json()"),
    }
