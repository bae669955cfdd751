"""Load benchmark on a dedicated local Neo4j instance (`bench`, its own ports and data): never the user's graph.

The instance is reset (stopped, its data deleted) before each corpus size, started, and the project's load path
runs in a child process (`bench.ingest_child`) whose RSS, and that of the extraction workers it starts, is sampled
here.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import psutil

from graph.connection import Connection
from graph.local.server import LocalServer
from graph.settings import LocalServerSettings

BENCH_PASSWORD = "newsgraph-bench"


def bench_server() -> LocalServer:
    """The benchmark's own local instance (NEWSGRAPH_BENCH_BOLT_PORT / _HTTP_PORT, default 37687 / 37474)."""
    settings = LocalServerSettings(
        instance="bench",
        bolt_port=int(os.environ.get("NEWSGRAPH_BENCH_BOLT_PORT", "37687")),
        http_port=int(os.environ.get("NEWSGRAPH_BENCH_HTTP_PORT", "37474")),
        heap=os.environ.get("NEWSGRAPH_BENCH_HEAP", "1g"),
        pagecache=os.environ.get("NEWSGRAPH_BENCH_PAGECACHE", "512m"),
    )
    return LocalServer(settings, BENCH_PASSWORD)


def fresh_server() -> tuple[LocalServer, Connection]:
    """Reset and start the bench instance; its connection."""
    server = bench_server()
    server.reset()
    server.start()
    return server, server.connection


def child_env(conn: Connection) -> dict[str, str]:
    """The environment of the ingest process: pointed at the bench instance only."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")}
    env.update(NEO4J_URI=conn.uri, NEO4J_USERNAME=conn.username, NEO4J_PASSWORD=conn.password,
               NEO4J_DATABASE=conn.database)
    return env


def run_child(module: str, args: list[str], conn: Connection, *, log: Path | None = None,
              sample_every: float = 0.25) -> dict[str, Any]:
    """Run `python -m module ARG1 RESULT_JSON ARGS...` against the bench instance; its result, and the RSS sampled
    here: the peak of the child alone, the peak of the child and all its descendants (the extraction workers)
    summed (RSS, which counts pages shared between them once per process, and PSS, which shares them out), and
    a series (seconds since start, tree MB) about every second. The child's stderr goes to `log`."""
    with tempfile.TemporaryDirectory(prefix="newsgraph-bench-") as tmp:
        result_file = Path(tmp) / "result.json"
        argv = [sys.executable, "-m", module, *args[:1], str(result_file), *args[1:]]
        stderr = log.open("w", encoding="utf-8") if log else None
        proc = subprocess.Popen(argv, env=child_env(conn), cwd=Path(__file__).resolve().parent.parent, stderr=stderr)
        peak_main, peak_tree, peak_pss, start, last = 0.0, 0.0, 0.0, time.monotonic(), -1.0
        series: list[tuple[float, float]] = []
        ps = psutil.Process(proc.pid)
        while proc.poll() is None:
            try:
                tree = [ps, *ps.children(recursive=True)]
                infos = [p.memory_full_info() for p in tree]
            except psutil.Error:
                infos = []
            if infos:
                main_mb = infos[0].rss / 2**20
                tree_mb = sum(i.rss for i in infos) / 2**20
                peak_main, peak_tree = max(peak_main, main_mb), max(peak_tree, tree_mb)
                peak_pss = max(peak_pss, sum(getattr(i, "pss", i.rss) for i in infos) / 2**20)
                now = time.monotonic() - start
                if now - last >= 1.0:
                    series.append((round(now, 1), round(tree_mb, 1)))
                    last = now
            time.sleep(sample_every)
        if stderr:
            stderr.close()
        if not result_file.is_file():
            return {"failed": True, "returncode": proc.returncode}
        result = json.loads(result_file.read_text(encoding="utf-8"))
    result.update(returncode=proc.returncode, failed=proc.returncode != 0, peak_rss_main_mb=round(peak_main, 1),
                  peak_rss_tree_mb=round(peak_tree, 1), peak_pss_tree_mb=round(peak_pss, 1),
                  rss_tree_series=series)
    return result


def run_ingest(paths: list[Path], conn: Connection, *, workers: int, log: Path | None = None,
               bulk: bool = False) -> dict[str, Any]:
    """`load_paths(paths)` with `workers` extraction processes (`bulk`: a bulk load), in a child process
    (`bench.ingest_child`); its progress lines go to `log`."""
    with tempfile.TemporaryDirectory(prefix="newsgraph-bench-") as tmp:
        paths_file = Path(tmp) / "paths.txt"
        paths_file.write_text("\n".join(str(p) for p in paths), encoding="utf-8")
        return run_child("bench.ingest_child", [str(paths_file), str(workers), *(["bulk"] if bulk else [])], conn,
                         log=log)


def run_load_stage(graphs: Path, conn: Connection, *, log: Path | None = None, bulk: bool = False) -> dict[str, Any]:
    """The load stage alone: `load_paths([GRAPHS.jsonl])` (article graphs extracted already, `--dry-run
    --json-out`: no NLP; the writer's batches, or with `bulk` a bulk load) in a child process, into `conn` (reset
    it first); the result of `run_child` with `articles` (written) and `articles_per_s` (over the child's wall
    time)."""
    result = run_ingest([graphs], conn, workers=1, log=log, bulk=bulk)
    summary = result.get("summary", {})
    written = summary.get("new", 0) + summary.get("changed", 0)
    result["articles"] = written
    if result.get("total_s"):
        result["articles_per_s"] = round(written / result["total_s"], 2)
    return result


def server_cpu(server: LocalServer) -> dict[str, float]:
    """CPU seconds the server's JVM has used since it started, by kind of thread (Linux /proc): `jit` (the C1 and
    C2 compiler threads), `bolt` (the workers that run the transactions and their network threads), `gc`, `other`.
    Two calls around a step give its split; on a freshly started server the JIT compiles the hot code paths of
    the load as it runs (README, "Bulk load")."""
    pid = server.pid()
    out = {"jit": 0.0, "bolt": 0.0, "gc": 0.0, "other": 0.0}
    if pid is None:
        return out
    tick = os.sysconf("SC_CLK_TCK")
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            name = (task / "comm").read_text(encoding="utf-8").strip()
            fields = (task / "stat").read_text(encoding="utf-8").rsplit(")", 1)[1].split()
        except OSError:
            continue  # the thread ended meanwhile
        kind = ("jit" if re.match(r"C[12] CompilerThre", name) else "bolt" if name.startswith("neo4j.Bolt")
                else "gc" if re.match(r"(GC Thread|G1 )", name) else "other")
        out[kind] += (int(fields[11]) + int(fields[12])) / tick  # utime + stime
    return {kind: round(seconds, 1) for kind, seconds in out.items()}


def graph_counts(driver: Any, database: str = "neo4j") -> dict[str, int]:
    """Nodes and relationships in the database, and nodes per label."""
    nodes = driver.execute_query("MATCH (n) RETURN count(n) AS c", database_=database).records[0]["c"]
    rels = driver.execute_query("MATCH ()-[r]->() RETURN count(r) AS c", database_=database).records[0]["c"]
    labels = driver.execute_query("MATCH (n) UNWIND labels(n) AS l RETURN l, count(*) AS c ORDER BY l",
                                  database_=database).records
    return {"nodes": nodes, "relationships": rels, **{f"label_{r['l']}": r["c"] for r in labels}}
