"""Measure what an unchanged re-run costs next to the first run (README, "Scheduled re-ingest").

    .venv/bin/python scripts/measure_rerun.py --n 1000 [--corpus DIR] [--workers 2] [--out result.json]

Generates N synthetic articles with the benchmark's generator (`bench/generate.py`, unless --corpus is given),
starts a fresh local Neo4j instance of its own (`measure-rerun`, free ports; deleted at the end unless --keep),
runs `load-articles CORPUS --json` twice as separate processes (wall-clock timed, process start-up included) and
prints both times, the ratio, and the ratio to the first run's reading and NLP work alone (model loads and
extraction summed over the workers, writing excluded), so the figure does not lean on the writer's cost. The re-run must extract nothing and build no extractor.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from graph.local.server import LocalServer
from graph.settings import LocalServerSettings

ROOT = Path(__file__).resolve().parents[1]
PASSWORD = "measure-rerun"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _load(corpus: Path, env: dict[str, str], workers: int) -> tuple[float, dict[str, object]]:
    started = time.perf_counter()
    proc = subprocess.run([str(Path(sys.executable).with_name("load-articles")), str(corpus), "--json",
                           "--workers", str(workers)], env=env, capture_output=True, text=True, check=False)
    wall = time.perf_counter() - started
    if proc.returncode != 0:
        sys.exit(f"load-articles failed ({proc.returncode}): {proc.stderr.strip().splitlines()[-1:]}")
    return wall, json.loads(proc.stdout.strip().splitlines()[-1])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--corpus", type=Path, help="an existing folder of articles (default: generate N)")
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--out", type=Path, help="also write the result as JSON here")
    ap.add_argument("--keep", action="store_true", help="keep the Neo4j instance (stopped) afterwards")
    args = ap.parse_args()

    work = Path(tempfile.mkdtemp(prefix="measure-rerun-"))
    corpus = args.corpus
    if corpus is None:
        corpus = work / "corpus"
        subprocess.run([sys.executable, "-m", "bench.generate", "--n", str(args.n), "--out", str(corpus),
                        "--gold", str(work / "gold")], cwd=ROOT, check=True, capture_output=True)
    files = len(list(corpus.glob("*.txt")))
    server = LocalServer(LocalServerSettings(instance="measure-rerun", bolt_port=_free_port(),
                                             http_port=_free_port()), PASSWORD)
    server.reset()
    server.start()
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")}
    env.update(NEO4J_URI=server.bolt_uri, NEO4J_USERNAME="neo4j", NEO4J_PASSWORD=PASSWORD)
    try:
        print(f"first run over {files} articles ({corpus}) ...", file=sys.stderr, flush=True)
        first_wall, first = _load(corpus, env, args.workers)
        print(f"  {first_wall:.1f} s: {first['new']} new, timings {first['timings_s']}", file=sys.stderr)
        rerun_wall, rerun = _load(corpus, env, args.workers)
        print(f"unchanged re-run: {rerun_wall:.2f} s, timings {rerun['timings_s']}", file=sys.stderr)
    finally:
        server.stop()
        if not args.keep:
            server.reset()
    assert rerun["unchanged"] == files and rerun["extracted"] == 0 and rerun["extractor_loads"] == 0, rerun
    timings = first["timings_s"]
    assert isinstance(timings, dict)
    nlp = sum(float(timings.get(k, 0.0)) for k in ("scan", "model_load", "extract"))  # summed over workers
    result = {
        "articles": files, "workers": args.workers,
        "first_run_s": round(first_wall, 1), "first_run_timings_s": timings,
        "rerun_s": round(rerun_wall, 2), "rerun_timings_s": rerun["timings_s"],
        "ratio": round(rerun_wall / first_wall, 4),
        "first_run_reading_and_nlp_s": round(nlp, 1),
        "ratio_to_first_run_reading_and_nlp": round(rerun_wall / nlp, 4),
    }
    print(json.dumps(result, indent=1))
    if args.out:
        args.out.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
