"""Bulk build of the graph for the query benchmark, from the writer's own functions, resolving once.

    python -m bench.bulk GRAPHS_JSONL RESULT_JSON

Loading 10,000 articles one by one through `GraphWriter.write_article` takes ~12 minutes on an idle machine and
hours on a loaded one (about 1 article/s at load average 13). The writer guarantees that the graph is a function
of the set of loaded articles, whatever the order, so the benchmark builds the same graph in one pass with the
writer's own pieces: the Article nodes (`article_upsert`, `article_props`), then `resolve` over all article graphs
once, `scope_diff` against the empty database, and the writer's `apply_block` statement in chunks of separate
transactions (10,000 synthetic articles: about 8 minutes at load average 12), and last the organizations-met
summary the writer keeps per article (`graph.met.recount`: 90 s at load average 11). Its timings are reported apart and
never as the project's load throughput. The database must be empty (a freshly reset instance).
"""

from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path
from typing import Any


def bulk_build(driver: Any, graphs_jsonl: Path, database: str = "neo4j", *, chunk: int = 5000) -> dict[str, Any]:
    from graph.derived import Scope, WriteDiff, scope_diff
    from graph.met import recount
    from graph.resolve import resolve
    from graph.statements import apply_schema, statement
    from graph.writer import Counts, apply_params, article_props, extraction_json
    from ingest.models import ArticleGraph

    timers: dict[str, float] = {}
    t = time.perf_counter()
    apply_schema(driver, database)
    graphs = [ArticleGraph.model_validate_json(line)
              for line in graphs_jsonl.read_text(encoding="utf-8").splitlines() if line.strip()]
    timers["parse_s"] = time.perf_counter() - t

    t = time.perf_counter()
    with driver.session(database=database) as session:
        for i in range(0, len(graphs), 500):
            batch = graphs[i:i + 500]

            def articles(tx: Any, batch: list = batch) -> None:
                for g in batch:
                    tx.run(statement("article_upsert"), path=g.article.path, props=article_props(g),
                           extraction=extraction_json(g)).consume()

            session.execute_write(articles)
    timers["articles_s"] = time.perf_counter() - t

    t = time.perf_counter()
    changes = scope_diff(Scope(), resolve(graphs), {})
    timers["resolve_s"] = time.perf_counter() - t

    t = time.perf_counter()
    counts = Counts()
    apply = statement("apply_block")

    def write(part: WriteDiff) -> None:
        with driver.session(database=database) as session:
            summary = session.execute_write(lambda tx: tx.run(apply, {"write": apply_params(part, None)}).consume())
        counts.add(summary.counters)

    nodes = list(changes.create_nodes.items())
    for i in range(0, max(len(nodes), 1), chunk):
        write(WriteDiff(create_nodes=dict(nodes[i:i + chunk]), topics=changes.topics if i == 0 else set()))
    rels = list(changes.upsert_rels.items())
    for i in range(0, len(rels), chunk):
        write(WriteDiff(upsert_rels=dict(rels[i:i + chunk])))
    timers["apply_s"] = time.perf_counter() - t

    t = time.perf_counter()
    recount(driver, database)
    timers["met_summary_s"] = time.perf_counter() - t
    return {"articles": len(graphs), **{k: round(v, 2) for k, v in timers.items()},
            "total_s": round(sum(timers.values()), 2),
            "derived_nodes": len(changes.create_nodes) + len(changes.topics),
            "derived_rels": len(changes.upsert_rels), "nodes_created": counts.nodes_created,
            "relationships_created": counts.relationships_created,
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)}


def main(graphs_jsonl: str, result_file: str) -> int:
    from graph.connection import open_driver
    from graph.target import resolve_connection

    conn = resolve_connection(start_local=False)
    with open_driver(conn) as driver:
        result = bulk_build(driver, Path(graphs_jsonl), conn.database)
    Path(result_file).write_text(json.dumps(result), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
