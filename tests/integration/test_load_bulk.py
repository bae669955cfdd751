"""`load-articles --bulk`: a first load of `.jsonl` article graphs resolved at once (graph/bulk.py), against the
real Neo4j: the same database as the writer's article-by-article loads (summary included), a database with
articles refused untouched, an interrupted bulk load finished by the next one and never written on meanwhile."""

from __future__ import annotations

import os
from pathlib import Path

import neo4j
import pytest

from graph.bulk import BulkLoader
from graph.statements import apply_schema
from graph.writer import GraphWriter
from ingest.models import ArticleGraph
from newsgraph.pipeline import LoadOptions, load_paths
from tests.data.graphs.helpers import snapshot
from tests.data.graphs.random_graphs import random_corpus
from tests.integration.load_support import cli_env, run_cli


class Stop(Exception):
    pass


@pytest.fixture()
def env(empty_db: neo4j.Driver, neo4j_env: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> neo4j.Driver:
    for key, value in neo4j_env.items():
        monkeypatch.setenv(key, value)
    apply_schema(empty_db)
    return empty_db


def _jsonl(path: Path, graphs: list[ArticleGraph]) -> Path:
    path.write_text("".join(g.model_dump_json() + "\n" for g in graphs), encoding="utf-8")
    return path


def _written_one_by_one(driver: neo4j.Driver, graphs: list[ArticleGraph]) -> tuple[list[str], list[str]]:
    """The snapshot of the writer's graph of `graphs` (written one by one), the database emptied afterwards."""
    writer = GraphWriter(driver)
    for graph in graphs:
        writer.write_article(graph)
    expected = snapshot(driver)
    driver.execute_query("MATCH (n) DETACH DELETE n")
    return expected


def test_a_bulk_load_gives_the_writers_graph_and_a_later_line_of_a_path_replaces_an_earlier_one(
        env: neo4j.Driver, tmp_path: Path) -> None:
    corpus = random_corpus(41, 14)
    final = [versions[-1] for versions in corpus.values()]
    expected = _written_one_by_one(env, final)
    assert sum('"MET"' in row for row in expected[1]) >= 5 and any("MetSummary" in row for row in expected[0])
    lines = [corpus[i][0] for i in (2, 5)] + final  # articles 2 and 5 twice: their last version counts

    summary = load_paths([_jsonl(tmp_path / "graphs.jsonl", lines)], options=LoadOptions(bulk=True))

    assert summary.ok, summary.errors
    assert (summary.new, summary.changed, summary.files) == (14, 2, 16)
    assert summary.nodes_created > 0 and summary.relationships_created > 0
    assert snapshot(env) == expected  # every node and relationship, the organizations-met summary too


def test_small_transactions_written_by_several_threads_give_the_same_graph(env: neo4j.Driver) -> None:
    corpus = random_corpus(43, 16)
    final = [versions[-1] for versions in corpus.values()]
    expected = _written_one_by_one(env, final)
    # three rows per transaction: the articles' transactions overlap, and so do the relationships'; the early
    # versions of articles 1 and 9 come first, their last versions after several transactions
    lines = [corpus[i][0] for i in (1, 9)] + final

    result = BulkLoader(env, chunk=3).run(lines)

    assert (result.articles, result.replaced) == (16, 2)
    assert snapshot(env) == expected


def test_after_a_bulk_load_articles_load_incrementally_as_usual(env: neo4j.Driver, tmp_path: Path) -> None:
    corpus = random_corpus(42, 12)
    first = [versions[0] for versions in corpus.values()]
    changed = [corpus[i][-1] for i in (0, 3)]
    expected = _written_one_by_one(env, first[:8] + first[8:] + changed)

    load_paths([_jsonl(tmp_path / "first.jsonl", first[:8])], options=LoadOptions(bulk=True))
    later = load_paths([_jsonl(tmp_path / "later.jsonl", first[8:] + changed)], options=LoadOptions(batch=3))

    assert (later.new, later.changed, later.failed) == (4, 2, 0)
    assert snapshot(env) == expected


def test_a_database_that_holds_articles_is_refused_and_left_as_it_was(env: neo4j.Driver, tmp_path: Path) -> None:
    corpus = random_corpus(43, 6, versions=1)
    graphs = [versions[0] for versions in corpus.values()]
    GraphWriter(env).write_article(graphs[0])
    before = snapshot(env)

    summary = load_paths([_jsonl(tmp_path / "graphs.jsonl", graphs[1:])], options=LoadOptions(bulk=True))

    assert not summary.ok and summary.new == 0
    assert summary.aborted is not None and "holds 1" in summary.aborted and "without --bulk" in summary.aborted
    assert snapshot(env) == before


def test_an_interrupted_bulk_load_blocks_other_loads_and_the_next_bulk_load_starts_over(
        env: neo4j.Driver, tmp_path: Path) -> None:
    corpus = random_corpus(44, 10, versions=1)
    graphs = [versions[0] for versions in corpus.values()]
    expected = _written_one_by_one(env, graphs)
    calls = 0

    def stop_after_some_writes() -> None:
        nonlocal calls
        calls += 1
        if calls > 4:
            raise Stop

    with pytest.raises(Stop):  # the articles and the nodes are written, the relationships not yet
        BulkLoader(env, chunk=4, check=stop_after_some_writes).run(graphs)
    assert env.execute_query("MATCH (a:Article) RETURN count(a) AS n").records[0]["n"] > 0

    path = _jsonl(tmp_path / "graphs.jsonl", graphs)
    refused = load_paths([path], options=LoadOptions())
    assert refused.aborted is not None and "interrupted bulk load" in refused.aborted and refused.new == 0

    again = load_paths([path], options=LoadOptions(bulk=True))
    assert again.ok and again.new == 10
    assert snapshot(env) == expected


def test_bulk_takes_only_jsonl_article_graphs(neo4j_env: dict[str, str], tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("삼성전자는 오늘 새 반도체를 발표했다.", encoding="utf-8")
    env_vars = cli_env(neo4j_env, PYTHONPATH=os.pathsep.join(filter(None, [str(Path.cwd()),
                                                                          os.environ.get("PYTHONPATH")])))

    proc = run_cli(["--bulk", str(article)], env_vars)

    assert proc.returncode == 2
    assert f"--bulk takes .jsonl files of article graphs (`--dry-run --json-out`), not {article}" in proc.stderr
