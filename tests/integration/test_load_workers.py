"""Extraction in worker processes: the same graph as in one process, each worker builds its extractor once, and an
error in a worker (a file gone, the worker killed) is reported for its file while the run goes on."""

from __future__ import annotations

import json
import multiprocessing
import os
import signal
from pathlib import Path

import neo4j
import pytest

from graph.connection import Connection
from newsgraph.pipeline import LoadOptions, load_paths
from newsgraph.progress import LogReporter
from tests.data.graphs.helpers import snapshot
from tests.integration.load_support import article, write_article, write_corpus

POOLED = LoadOptions(workers=2, pool_min_files=0)


@pytest.fixture()
def env(empty_db: neo4j.Driver, neo4j_env: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> neo4j.Driver:
    for key, value in neo4j_env.items():
        monkeypatch.setenv(key, value)
    return empty_db


@pytest.fixture(scope="module")
def inline_graph(tmp_path_factory: pytest.TempPathFactory, neo4j_driver: neo4j.Driver,
                 neo4j_connection: Connection) -> tuple[Path, tuple[list[str], list[str]]]:
    """A folder of 20 articles and the graph of loading it in one process."""
    folder = tmp_path_factory.mktemp("pool") / "news"
    write_corpus(folder, 20)
    mp = pytest.MonkeyPatch()
    for key, value in (("NEO4J_URI", neo4j_connection.uri), ("NEO4J_USERNAME", neo4j_connection.username),
                       ("NEO4J_PASSWORD", neo4j_connection.password)):
        mp.setenv(key, value)
    try:
        neo4j_driver.execute_query("MATCH (n) DETACH DELETE n")
        assert load_paths([folder], options=LoadOptions(workers=1)).new == 20
        graph = snapshot(neo4j_driver)
        neo4j_driver.execute_query("MATCH (n) DETACH DELETE n")
    finally:
        mp.undo()
    return folder, graph


def test_workers_give_the_graph_of_one_process_building_one_extractor_each(
        env: neo4j.Driver, inline_graph: tuple[Path, tuple[list[str], list[str]]]) -> None:
    folder, graph = inline_graph
    summary = load_paths([folder], options=POOLED)
    assert (summary.new, summary.failed, summary.extracted, summary.extractor_loads) == (20, 0, 20, 2)
    assert snapshot(env) == graph


def test_a_file_gone_before_its_worker_reads_it_fails_alone(env: neo4j.Driver, tmp_path: Path) -> None:
    last = write_article(tmp_path, 99)
    assert load_paths([tmp_path]).new == 1
    paths = write_corpus(tmp_path, 20)

    class RemovesOneAfterTheScan(LogReporter):
        def done(self, path: str, outcome: str) -> None:
            super().done(path, outcome)
            if path == str(last) and outcome == "unchanged":  # the last file scanned: the others are to extract
                paths[5].unlink()

    summary = load_paths([tmp_path], options=POOLED, reporter=RemovesOneAfterTheScan(verbose=False))
    assert (summary.new, summary.unchanged, summary.failed) == (19, 1, 1)
    assert [(f.path, f.reason) for f in summary.failures] == [(str(paths[5]), "no such file")]


def test_a_killed_worker_fails_only_its_files_and_the_rest_is_extracted_here(env: neo4j.Driver,
                                                                            tmp_path: Path) -> None:
    """The workers are killed while one holds a long article (seconds of work, submitted first; the server's
    plans are warm, so the first short article is written well before it is done): that article and the others
    in flight fail, every other file is loaded, the pool is started again, and the next run loads the failed ones."""
    folder = tmp_path / "news"
    write_article(folder, 99)
    assert load_paths([folder], options=LoadOptions(workers=1)).new == 1  # warm: schema, plans
    write_corpus(folder, 20)
    text, meta = zip(*(article(i) for i in range(100, 700)))
    (folder / "a_long.txt").write_text("".join(text), encoding="utf-8")
    (folder / "a_long.meta.json").write_text(json.dumps(meta[0], ensure_ascii=False), encoding="utf-8")
    killed: list[int] = []

    class KillsTheWorkers(LogReporter):
        def done(self, path: str, outcome: str) -> None:
            super().done(path, outcome)
            if outcome == "new" and not killed:  # a short article is in; the long one is still being extracted
                for worker in multiprocessing.active_children():
                    assert worker.pid is not None
                    os.kill(worker.pid, signal.SIGKILL)
                    killed.append(worker.pid)

    summary = load_paths([folder], options=POOLED, reporter=KillsTheWorkers(verbose=False))
    assert killed
    assert 1 <= summary.failed <= 4  # the files in flight (2 per worker) when they died
    assert str(folder / "a_long.txt") in [f.path for f in summary.failures]
    assert all(f.reason == "the extraction worker process died while it had this file" for f in summary.failures)
    assert summary.new + summary.failed == 21 and summary.extractor_loads > 2  # a new pool took the rest

    again = load_paths([folder], options=POOLED)
    assert (again.new, again.unchanged, again.failed) == (summary.failed, summary.new + 1, 0)
    pooled = snapshot(env)
    env.execute_query("MATCH (n) DETACH DELETE n")
    assert load_paths([folder], options=LoadOptions(workers=1)).new == 22
    assert pooled == snapshot(env)
