"""Measure the writer and the query files on a dedicated Neo4j: prints figures (no assertions, no timing tests).

    NEO4J_URI=bolt://127.0.0.1:18787 python -m graph.tools.measure GRAPHS.jsonl --gold GOLD_DIR [--n N]
        [--window 500] [--batch 1] [--runs 40] [--no-queries]

Loads the first N article graphs of GRAPHS.jsonl (one JSON ArticleGraph per line: `load-articles --dry-run
--json-out`, or `graph.tools.synthetic`) one by one through `GraphWriter.write_article`, or N per transaction
through `GraphWriter.write_articles` with `--batch N` (as `load-articles` does after extraction), into an empty
database; prints the writing throughput and, per window of articles, the mean time of a write and of each of
its statements, so one sees whether a write costs the same at the end of the load as at its start. Then times every query file (`bench.latency.measure`: parameters drawn from the gold
of the loaded articles, plus the files' examples). The machine's load average is printed next to the figures.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from graph import store
from graph.connection import open_driver
from graph.queries import list_queries, resolve_query
from graph.statements import apply_schema
from graph.target import resolve_connection
from graph.writer import GraphWriter
from ingest.models import ArticleGraph


def graphs(path: Path, n: int | None) -> Iterator[ArticleGraph]:
    """The article graphs of a JSON-lines file, read one at a time."""
    with path.open(encoding="utf-8") as f:
        for i, line in enumerate(f):
            if n is not None and i >= n:
                return
            if line.strip():
                yield ArticleGraph.model_validate_json(line)


def _batches(source: Iterator[ArticleGraph], size: int) -> Iterator[list[ArticleGraph]]:
    batch: list[ArticleGraph] = []
    for graph in source:
        batch.append(graph)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def load(writer: GraphWriter, source: Iterator[ArticleGraph], window: int,
         batch: int = 1) -> tuple[int, float, list[str]]:
    """Write every graph (`batch` > 1: that many per transaction, `write_articles`); (articles, seconds spent
    writing, stems of the loaded articles)."""
    total, count, stems = 0.0, 0, []
    times: list[float] = []
    stats: Counter[str] = Counter()
    store.STATEMENT_SECONDS.clear()
    print(f"{'articles':>9} {'ms/write':>9} {'p95':>7}  statements ms/write (load average)", flush=True)
    for graphs_ in _batches(source, batch):
        started = time.perf_counter()
        results = writer.write_articles(graphs_) if batch > 1 else [writer.write_article(graphs_[0])]
        elapsed = time.perf_counter() - started
        total += elapsed
        for result, graph in zip(results, graphs_, strict=True):
            count += 1
            times.append(elapsed / len(graphs_))
            stats["statements"] += result.statements
            stats["rebuilds"] += result.rebuilds
            stems.append(Path(graph.article.path).stem)
            if count % window == 0:
                per = {k: round(v / len(times) * 1000, 1) for k, v in sorted(store.STATEMENT_SECONDS.items())}
                p95 = sorted(times)[int(0.95 * len(times)) - 1] * 1000
                print(f"{count:>9} {statistics.mean(times) * 1000:>9.1f} {p95:>7.1f}  {per} "
                      f"statements/write {stats['statements'] / len(times):.2f}, rebuilds {stats['rebuilds']} "
                      f"({os.getloadavg()[0]:.1f})", flush=True)
                times.clear()
                stats.clear()
                store.STATEMENT_SECONDS.clear()
    return count, total, stems


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("graphs", type=Path, help="JSON lines of article graphs")
    ap.add_argument("--gold", type=Path, help="gold folder of the generated corpus (query parameters)")
    ap.add_argument("--n", type=int, default=None, help="load the first N graphs (default: all)")
    ap.add_argument("--window", type=int, default=500, help="articles per line of the write-time report")
    ap.add_argument("--batch", type=int, default=1,
                    help="articles per transaction (GraphWriter.write_articles); 1: write_article, one by one")
    ap.add_argument("--runs", type=int, default=40, help="timed runs per query file")
    ap.add_argument("--no-load", action="store_true", help="only time the queries on what is loaded")
    ap.add_argument("--no-queries", action="store_true")
    args = ap.parse_args(argv)

    conn = resolve_connection(start_local=False)
    with open_driver(conn) as driver:
        apply_schema(driver, conn.database)
        stems: list[str] = []
        if not args.no_load:
            records, _, _ = driver.execute_query("MATCH (n) RETURN count(n) AS n", database_=conn.database)
            if records[0]["n"]:
                print("the database is not empty: reset it first (newsgraph neo4j reset)", file=sys.stderr)
                return 1
            print(f"load average at start: {os.getloadavg()}", flush=True)
            count, seconds, stems = load(GraphWriter(driver, conn.database), graphs(args.graphs, args.n), args.window,
                                  args.batch)
            print(f"wrote {count} articles in {seconds:.1f} s of write_article: {count / seconds:.1f} articles/s "
                  f"({seconds / count * 1000:.1f} ms/article); load average at end: {os.getloadavg()}", flush=True)
        counts = {r["label"]: r["n"] for r in driver.execute_query(
            "MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS n", database_=conn.database).records}
        rels = driver.execute_query("MATCH ()-[r]->() RETURN count(r) AS n", database_=conn.database).records[0]["n"]
        print(f"graph: {counts}, relationships {rels}", flush=True)
        if args.no_queries:
            return 0
        from bench.latency import measure

        if not stems:
            stems = [Path(p).stem for p in (r["path"] for r in driver.execute_query(
                "MATCH (a:Article) RETURN a.path AS path", database_=conn.database).records)]
        golds = [json.loads((args.gold / f"{s}.json").read_text(encoding="utf-8"))
                 for s in stems if args.gold and (args.gold / f"{s}.json").is_file()]
        print(f"query latency (client side, {args.runs} timed runs each, parameters from {len(golds)} gold files; "
              f"load average {os.getloadavg()})", flush=True)
        results = measure(driver, [resolve_query(q) for q in list_queries()], golds, runs=args.runs,
                          database=conn.database)
        for name, r in results.items():
            print(f"  {name:<26} p50 {r['p50_ms']:>8.1f} ms  p95 {r['p95_ms']:>8.1f} ms  rows/set {r['rows_per_set']}",
                  flush=True)
        print(f"load average at end: {os.getloadavg()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
