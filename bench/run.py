"""The benchmark: extraction vs Kiwi, load into Neo4j, unchanged re-run, query latency, memory, quality.

    python -m bench.run --sizes 1000,10000      # what `make bench` runs
    python -m bench.run --sizes 200 --results bench/out/results-dev    # a quick run while developing

For each corpus size N (the first N articles of one generated corpus): extraction throughput next to Kiwi's
tokenize on the same texts and cores, the scorer's quality on the synthetic gold, the load into a dedicated,
freshly reset local Neo4j instance (`bench`, ports 37687/37474) through the project's own `load_paths`, an
unchanged re-run, p50/p95 of every query file, and the peak RSS of the ingest process. Results go to
RESULTS/bench-N{N}.json and the plot to RESULTS/bench.png.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
from pathlib import Path
from typing import Any

from bench.generate import article_name, generate

ROOT = Path(__file__).resolve().parent.parent


def machine() -> dict[str, Any]:
    """Cores, memory, CPU model and versions of what is measured."""
    import kiwipiepy
    import psutil

    cpuinfo = Path("/proc/cpuinfo").read_text().splitlines()

    def field(name: str) -> str | None:
        return next((line.split(":", 1)[1].strip() for line in cpuinfo if line.startswith(name)), None)

    return {"cpu_model": field("model name") or platform.processor(), "cpu_mhz": field("cpu MHz"),
            "cache": field("cache size"), "cores": os.cpu_count(), "ram_gb": round(psutil.virtual_memory().total / 2**30, 1),
            "python": platform.python_version(), "kiwipiepy": kiwipiepy.__version__, "platform": platform.platform()}


def code_version() -> dict[str, Any]:
    """The commit measured, and whether the measured code (ingest, graph, newsgraph, queries) had local changes."""
    import subprocess

    def git(*args: str) -> str:
        return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, check=False).stdout.rstrip()

    dirty = git("status", "--porcelain", "--", "ingest", "graph", "newsgraph", "queries")
    return {"commit": git("rev-parse", "--short", "HEAD"), "uncommitted_changes": dirty.splitlines()}


def ensure_corpus(out: Path, n: int, seed: int) -> tuple[Path, Path]:
    """The corpus of `n` articles for `seed` under `out` (generated once, extended when a run asks for more)."""
    corpus, gold = out / f"corpus-s{seed}", out / f"gold-s{seed}"
    # articles are written in order, the gold file last: the first missing gold file is where to go on
    have = next((i for i in range(n) if not (gold / f"{article_name(i)}.json").is_file()), n)
    if have < n:
        print(f"generating articles {have}..{n - 1} into {corpus}", file=sys.stderr)
        generate(n - have, corpus, gold, seed=seed, start=have)
    return corpus, gold


def _run_meta() -> dict[str, Any]:
    """When, with which code and on how busy a machine a part of the benchmark ran."""
    return {"code": code_version(), "command": f"python -m bench.run {' '.join(sys.argv[1:])}".strip(),
            "started": time.strftime("%Y-%m-%d %H:%M:%S"), "loadavg_start": os.getloadavg()}


def bench_size(n: int, corpus: Path, gold: Path, args: argparse.Namespace) -> dict[str, Any]:
    """All measurements for the first `n` articles (with --merge, added to the sizes's existing results)."""
    from bench import quality

    names = [article_name(i) for i in range(n)]
    paths = [corpus / f"{name}.txt" for name in names]
    previous = args.results / f"bench-N{n}.json"
    res: dict[str, Any] = json.loads(previous.read_text(encoding="utf-8")) if args.merge and previous.is_file() else {}
    res.update(n=n, seed=args.seed, machine=machine())
    gold_n = quality.gold_subset(gold, names, args.out / f"gold-N{n}")
    jsonl = args.out / f"extract-N{n}.jsonl"
    if not args.skip_extraction:
        from bench.extraction import run_extraction_bench

        print(f"[N={n}] extraction vs Kiwi tokenize ({args.workers} processes each)", file=sys.stderr)
        meta = _run_meta()
        res["extraction"] = run_extraction_bench(paths, jsonl, workers=args.workers)
        res["extraction"]["run"] = {**meta, "loadavg_end": os.getloadavg()}
        res["quality"] = quality.run_scorer(jsonl, gold_n, args.scorer)
        res["quality_by_construct"] = quality.construct_recall(jsonl, gold_n)
        _save(res, args.results)
    if not args.skip_load:
        res["load_run"] = _run_meta()
        try:
            if not jsonl.is_file():
                raise SystemExit(f"{jsonl} is missing: run without --skip-extraction first")
            load_and_query(res, paths, jsonl, gold_n, args)
        finally:
            res["load_run"]["loadavg_end"] = os.getloadavg()
            _save(res, args.results)
    return res


def _linear_fit(points: list[tuple[float, float]]) -> tuple[float, float]:
    """Least-squares a + b*x."""
    n = len(points)
    mx, my = sum(x for x, _ in points) / n, sum(y for _, y in points) / n
    sxx = sum((x - mx) ** 2 for x, _ in points) or 1.0
    b = sum((x - mx) * (y - my) for x, y in points) / sxx
    return my - b * mx, b


def _bucket_medians(points: list[tuple[float, float]], buckets: int = 10) -> list[tuple[float, float]]:
    """Medians of consecutive groups of points: a fit on them is not thrown off by a few slow outliers."""
    import statistics

    size = max(1, len(points) // buckets)
    groups = [points[i:i + size] for i in range(0, len(points), size)]
    return [(statistics.median(x for x, _ in g), statistics.median(y for _, y in g)) for g in groups]


def _load_figures(first: dict[str, Any], n: int, counts: dict[str, int]) -> dict[str, Any]:
    """Rates of the (possibly partial) load through load_paths, and what the per-write cost implies for N."""
    written = first["articles_written"]
    phases = first["phases_s"]
    write_s = phases.get("write_article", 0.0)
    figures: dict[str, Any] = {
        "complete": first["complete"], "articles_written": written,
        "end_to_end_articles_per_s": round(written / first["total_s"], 3),
        "writer_articles_per_s": round(written / write_s, 3) if write_s else None,
        "writer_nodes_rels_per_s": round((counts["nodes"] + counts["relationships"]) / write_s, 1) if write_s else None,
    }
    series = [(x, ms) for x, ms, _ in first["series"] if x > 5]
    if len(series) >= 5:
        a, b = _linear_fit(_bucket_medians(series))
        figures["write_ms_fit"] = {"intercept_ms": round(a, 1), "ms_per_article_in_graph": round(b, 3)}
        other = (first["total_s"] - write_s) / max(written, 1)
        figures["extrapolated_first_run_s"] = round(n * other + (a * n + b * n * (n + 1) / 2) / 1000)
        rss = [(x, mb) for x, _, mb in first["series"] if x > 5]
        ra, rb = _linear_fit(rss)
        figures["rss_mb_per_article"] = round(rb, 4)
        figures["extrapolated_peak_rss_mb"] = round(ra + rb * n)
    return figures


def load_and_query(out: dict[str, Any], paths: list[Path], jsonl: Path, gold_n: Path,
                   args: argparse.Namespace) -> None:
    """Load through load_paths (within a time budget) into a fresh bench instance; when the budget ends the load,
    build the full graph with the writer's own functions (bench.bulk); re-run unchanged; time the queries."""
    from bench.latency import measure
    from bench.loading import fresh_server, graph_counts, run_child, run_ingest
    from graph.connection import open_driver, server_version
    from graph.queries import queries_dir

    n = len(paths)
    print(f"[N={n}] fresh bench Neo4j instance; load through newsgraph.pipeline.load_paths "
          f"(budget {args.budget:.0f}s)", file=sys.stderr)
    server, conn = fresh_server()
    try:
        first = run_ingest(paths, conn, budget=args.budget)
        out["load"] = first
        if first.get("failed"):
            return
        with open_driver(conn) as driver:
            out["neo4j"] = server_version(driver)
            out["load_rates"] = _load_figures(first, n, graph_counts(driver))
        if not first["complete"]:
            print(f"[N={n}] load_paths wrote {first['articles_written']} articles within the budget; building the "
                  "full graph with the writer's functions, resolving once (bench.bulk)", file=sys.stderr)
            server, conn = fresh_server()
            out["bulk_build"] = run_child("bench.bulk", [str(jsonl)], conn)
        with open_driver(conn) as driver:
            out["graph"] = graph_counts(driver)
        store = server.home / "data"
        out["store_mb"] = round(sum(f.stat().st_size for f in store.rglob("*") if f.is_file()) / 2**20, 1)
        print(f"[N={n}] unchanged re-run through load_paths", file=sys.stderr)
        again = run_ingest(paths, conn)
        out["rerun"] = again
        if "total_s" in again:
            written = first["articles_written"]
            no_write_s = (first["total_s"] - first["phases_s"].get("write_article", 0.0)) / max(written, 1) * n
            out["rerun_figures"] = {
                "rerun_s": again["total_s"], "ms_per_article": round(again["total_s"] * 1000 / n, 2),
                "ratio_to_first_run": round(again["total_s"] / first["total_s"], 4) if first["complete"] else None,
                "ratio_to_extrapolated_first_run": round(again["total_s"] / out["load_rates"]
                                                         ["extrapolated_first_run_s"], 5)
                if "extrapolated_first_run_s" in out["load_rates"] else None,
                "ratio_to_first_run_without_writes": round(again["total_s"] / no_write_s, 4),
            }
        print(f"[N={n}] query latency", file=sys.stderr)
        golds = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(gold_n.glob("*.json"))]
        with open_driver(conn) as driver:
            out["queries"] = measure(driver, sorted(queries_dir().glob("*.cypher")), golds, runs=args.query_runs)
    finally:
        if not args.keep_server:
            server.stop()


def _save(res: dict[str, Any], results: Path) -> None:
    results.mkdir(parents=True, exist_ok=True)
    (results / f"bench-N{res['n']}.json").write_text(json.dumps(res, ensure_ascii=False, indent=1) + "\n",
                                                     encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="1000,10000", help="corpus sizes, comma-separated (default 1000,10000)")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--workers", type=int, default=2, help="processes for extraction and for Kiwi alike")
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "out", help="generated corpus and outputs")
    ap.add_argument("--results", type=Path, default=ROOT / "bench" / "results")
    from bench.quality import DEFAULT_SCORER

    ap.add_argument("--scorer", type=Path, default=DEFAULT_SCORER)
    ap.add_argument("--skip-extraction", action="store_true")
    ap.add_argument("--skip-load", action="store_true")
    ap.add_argument("--merge", action="store_true",
                    help="keep the parts of an existing RESULTS/bench-N*.json that this run does not measure again")
    ap.add_argument("--load-budget", default="1800",
                    help="seconds the incremental load through load_paths may take before the rest of the graph is "
                         "built in bulk with the writer's functions: one value, or one per size (default 1800)")
    ap.add_argument("--query-runs", type=int, default=60)
    ap.add_argument("--keep-server", action="store_true", help="leave the bench instance running at the end")
    ap.add_argument("--plot-only", action="store_true", help="redraw RESULTS/bench.png from the JSON files")
    ap.add_argument("--rescore", action="store_true",
                    help="score the extraction output of every RESULTS file again (OUT/extract-N*.jsonl) and redraw")
    args = ap.parse_args(argv)
    from bench.report import plot, print_summary

    if args.rescore:
        from bench import quality
        from bench.report import load_results

        for res in load_results(args.results):
            n, jsonl = res["n"], args.out / f"extract-N{res['n']}.jsonl"
            gold_n = quality.gold_subset(args.out / f"gold-s{res['seed']}", [article_name(i) for i in range(n)],
                                         args.out / f"gold-N{n}")
            res["quality"] = quality.run_scorer(jsonl, gold_n, args.scorer)
            res["quality_by_construct"] = quality.construct_recall(jsonl, gold_n)
            _save(res, args.results)
            print_summary(res)
    elif not args.plot_only:
        sizes = sorted(int(s) for s in args.sizes.split(","))
        t = time.perf_counter()
        corpus, gold = ensure_corpus(args.out, max(sizes), args.seed)
        print(f"corpus ready in {time.perf_counter() - t:.1f}s", file=sys.stderr)
        budgets = [float(b) for b in args.load_budget.split(",")]
        for i, n in enumerate(sizes):
            args.budget = budgets[min(i, len(budgets) - 1)]
            print_summary(bench_size(n, corpus, gold, args))
    plot(args.results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
