"""The benchmark: extraction vs Kiwi, load into Neo4j, unchanged re-run, query latency, memory, quality.

    python -m bench.run --sizes 1000,10000      # what `make bench` runs
    python -m bench.run --sizes 200 --results bench/out/results-dev --no-report   # a quick run while developing
    python -m bench.report                       # BENCHMARKS.md and docs/img/bench.png again from RESULTS/

For each corpus size N (the first N articles of one generated corpus): extraction throughput next to Kiwi's
tokenize on the same texts and cores, the scorer's quality on the synthetic gold, the load into a dedicated,
freshly reset local Neo4j instance (`bench`, ports 37687/37474) through the project's own `load_paths`, an
unchanged re-run, p50/p95 of every query file, and the peak RSS of the ingest process tree (the loading process
and its extraction workers). Results go to RESULTS/bench-N{N}.json (with the machine, the commit, the command and
the load average); at the end BENCHMARKS.md and docs/img/bench.png are generated from every RESULTS file
(`bench.report`).
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

    started = time.perf_counter()
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
            load_and_query(res, paths, gold_n, args)
        finally:
            res["load_run"]["loadavg_end"] = os.getloadavg()
            _save(res, args.results)
    res["bench_wall_s"] = round(time.perf_counter() - started, 1)
    _save(res, args.results)
    return res


def load_figures(first: dict[str, Any], rerun: dict[str, Any] | None) -> dict[str, Any]:
    """The load's figures from two `bench.ingest_child` results: the first load into an empty graph, and the
    unchanged re-run over the same files (None when it did not run)."""
    s, t = first["summary"], first["summary"]["timings_s"]
    written = s["new"] + s["changed"]
    graph_ops = s["graph"]["nodes_created"] + s["graph"]["relationships_created"]
    figures: dict[str, Any] = {
        "articles_written": written, "failed": s["failed"], "total_s": first["total_s"],
        "articles_per_s": round(written / first["total_s"], 2),
        "nodes_rels_per_s": round(graph_ops / first["total_s"], 1),
        "write_phase_s": t.get("write"),
        "write_phase_articles_per_s": round(written / t["write"], 2) if t.get("write") else None,
        "write_ms_per_article": round(t["write"] * 1000 / written, 1) if written and t.get("write") else None,
        "peak_rss_tree_mb": first["peak_rss_tree_mb"], "peak_pss_tree_mb": first.get("peak_pss_tree_mb"),
        "peak_rss_main_mb": first["peak_rss_main_mb"],
    }
    if rerun and "total_s" in rerun:
        figures.update(rerun_s=rerun["total_s"], rerun_unchanged=rerun["summary"]["unchanged"],
                       rerun_ratio=round(rerun["total_s"] / first["total_s"], 4),
                       rerun_peak_rss_tree_mb=rerun["peak_rss_tree_mb"])
    return figures


def load_and_query(out: dict[str, Any], paths: list[Path], gold_n: Path, args: argparse.Namespace) -> None:
    """Into a fresh bench instance: load through load_paths, re-run unchanged, time every query file."""
    from bench.latency import measure
    from bench.loading import fresh_server, graph_counts, run_ingest, run_load_stage
    from graph.connection import open_driver, server_version
    from graph.queries import queries_dir

    n = len(paths)
    print(f"[N={n}] fresh bench Neo4j instance; load through newsgraph.pipeline.load_paths "
          f"({args.workers} extraction workers)", file=sys.stderr)
    server, conn = fresh_server()
    try:
        out["load"] = first = run_ingest(paths, conn, workers=args.workers, log=args.out / f"load-N{n}.log")
        if "summary" not in first:
            raise SystemExit(f"[N={n}] the load did not finish (exit code {first.get('returncode')}); "
                             f"see {args.out / f'load-N{n}.log'}")
        with open_driver(conn) as driver:
            out["neo4j"] = server_version(driver)
            out["graph"] = graph_counts(driver)
        store = server.home / "data"
        out["store_mb"] = round(sum(f.stat().st_size for f in store.rglob("*") if f.is_file()) / 2**20, 1)
        print(f"[N={n}] unchanged re-run through load_paths", file=sys.stderr)
        out["rerun"] = run_ingest(paths, conn, workers=args.workers, log=args.out / f"rerun-N{n}.log")
        out["load_figures"] = load_figures(first, out["rerun"])
        print(f"[N={n}] query latency", file=sys.stderr)
        golds = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(gold_n.glob("*.json"))]
        with open_driver(conn) as driver:
            out["queries"] = measure(driver, sorted(queries_dir().glob("*.cypher")), golds, runs=args.query_runs)
        graphs = args.out / f"extract-N{n}.jsonl"
        if graphs.is_file():
            print(f"[N={n}] load stage alone: {graphs.name} into a fresh instance (no NLP)", file=sys.stderr)
            server.reset()
            server.start()
            out["load_stage"] = run_load_stage(graphs, conn, log=args.out / f"load-stage-N{n}.log")
            print(f"[N={n}] bulk load: {graphs.name} into a fresh instance (load-articles --bulk)", file=sys.stderr)
            server.reset()
            server.start()
            out["bulk_load"] = run_load_stage(graphs, conn, log=args.out / f"bulk-load-N{n}.log", bulk=True)
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
    ap.add_argument("--results", type=Path, default=ROOT / "RESULTS")
    from bench.quality import DEFAULT_SCORER

    ap.add_argument("--scorer", type=Path, default=DEFAULT_SCORER)
    ap.add_argument("--skip-extraction", action="store_true")
    ap.add_argument("--skip-load", action="store_true")
    ap.add_argument("--merge", action="store_true",
                    help="keep the parts of an existing RESULTS/bench-N*.json that this run does not measure again")
    ap.add_argument("--query-runs", type=int, default=60)
    ap.add_argument("--keep-server", action="store_true", help="leave the bench instance running at the end")
    ap.add_argument("--no-report", action="store_true",
                    help="do not regenerate BENCHMARKS.md and docs/img/bench.png from the RESULTS files at the end")
    ap.add_argument("--rescore", action="store_true",
                    help="score the extraction output of every RESULTS file again (OUT/extract-N*.jsonl) and redraw")
    args = ap.parse_args(argv)
    from bench.report import print_summary, write_report

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
    else:
        sizes = sorted(int(s) for s in args.sizes.split(","))
        t = time.perf_counter()
        corpus, gold = ensure_corpus(args.out, max(sizes), args.seed)
        print(f"corpus ready in {time.perf_counter() - t:.1f}s", file=sys.stderr)
        for n in sizes:
            print_summary(bench_size(n, corpus, gold, args))
    if not args.no_report:
        write_report(args.results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
