"""Load benchmark on a dedicated local Neo4j instance (`bench`, its own ports and data): never the user's graph.

The instance is reset (stopped, its data deleted) before each corpus size, started, and the project's load path
runs in a child process (`bench.ingest_child`) whose RSS, and that of any process it starts, is sampled here.
"""

from __future__ import annotations

import json
import os
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


def run_child(module: str, args: list[str], conn: Connection, *, timeout: float | None = None) -> dict[str, Any]:
    """Run `python -m module ARGS... RESULT_JSON` against the bench instance; its result plus its sampled RSS."""
    with tempfile.TemporaryDirectory(prefix="newsgraph-bench-") as tmp:
        result_file = Path(tmp) / "result.json"
        argv = [sys.executable, "-m", module, *args[:1], str(result_file), *args[1:]]
        proc = subprocess.Popen(argv, env=child_env(conn), cwd=Path(__file__).resolve().parent.parent)
        peak_tree, start = 0.0, time.monotonic()
        ps = psutil.Process(proc.pid)
        while proc.poll() is None:
            try:
                tree = [ps, *ps.children(recursive=True)]
                peak_tree = max(peak_tree, sum(p.memory_info().rss for p in tree) / 2**20)
            except psutil.Error:
                pass
            if timeout and time.monotonic() - start > timeout:
                proc.terminate()
                proc.wait(60)
                return {"failed": True, "killed_after_s": timeout}
            time.sleep(0.25)
        if proc.returncode != 0 or not result_file.is_file():
            return {"failed": True, "returncode": proc.returncode}
        result = json.loads(result_file.read_text(encoding="utf-8"))
    result["peak_rss_tree_mb"] = round(peak_tree, 1)
    return result


def run_ingest(paths: list[Path], conn: Connection, *, budget: float | None = None) -> dict[str, Any]:
    """`load_paths(paths)` in a child process (`bench.ingest_child`), stopped after `budget` seconds if given."""
    with tempfile.TemporaryDirectory(prefix="newsgraph-bench-") as tmp:
        paths_file = Path(tmp) / "paths.txt"
        paths_file.write_text("\n".join(str(p) for p in paths), encoding="utf-8")
        extra = [str(budget)] if budget else []
        return run_child("bench.ingest_child", [str(paths_file), *extra], conn,
                         timeout=budget * 3 + 600 if budget else None)


def graph_counts(driver: Any, database: str = "neo4j") -> dict[str, int]:
    """Nodes and relationships in the database, and nodes per label."""
    nodes = driver.execute_query("MATCH (n) RETURN count(n) AS c", database_=database).records[0]["c"]
    rels = driver.execute_query("MATCH ()-[r]->() RETURN count(r) AS c", database_=database).records[0]["c"]
    labels = driver.execute_query("MATCH (n) UNWIND labels(n) AS l RETURN l, count(*) AS c ORDER BY l",
                                  database_=database).records
    return {"nodes": nodes, "relationships": rels, **{f"label_{r['l']}": r["c"] for r in labels}}
