"""`load-articles FILE.jsonl`: article graphs extracted elsewhere (`--dry-run --json-out`) loaded without NLP,
against the real Neo4j: the graph is the global resolver's, unchanged lines are skipped by content hash, a bad
line fails alone with one line naming it, and batches of any size give the same graph."""

from __future__ import annotations

import json
import os
from pathlib import Path

import neo4j
import pytest

from graph.resolve import resolve
from ingest.models import ArticleGraph
from newsgraph.pipeline import LoadOptions, load_paths
from tests.data.graphs.helpers import graph_differences, snapshot, stored_derived
from tests.data.graphs.random_graphs import random_corpus
from tests.integration.load_support import cli_env, run_cli


@pytest.fixture()
def env(empty_db: neo4j.Driver, neo4j_env: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> neo4j.Driver:
    for key, value in neo4j_env.items():
        monkeypatch.setenv(key, value)
    return empty_db


def _write_lines(path: Path, lines: list[str]) -> Path:
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


def _assert_resolvers_graph(driver: neo4j.Driver, graphs: list[ArticleGraph]) -> None:
    differences = graph_differences(stored_derived(driver), resolve(graphs))
    assert not differences, "\n".join(differences)


def test_a_jsonl_of_article_graphs_loads_without_nlp_and_a_bad_line_fails_alone(
        env: neo4j.Driver, neo4j_env: dict[str, str], tmp_path: Path) -> None:
    corpus = random_corpus(31, 9)
    first = [versions[0] for versions in corpus.values()]
    lines = [g.model_dump_json() for g in first]
    lines.insert(3, '{"article": {"path": "broken"')  # line 4: cut off
    lines.insert(7, json.dumps({"article": {"path": "/x.txt"}}))  # line 8: JSON, but no article graph
    graphs = _write_lines(tmp_path / "graphs.jsonl", lines)

    env_vars = cli_env(neo4j_env, PYTHONPATH=os.pathsep.join(filter(None, [str(Path.cwd()),
                                                                          os.environ.get("PYTHONPATH")])))
    proc = run_cli(["--json", str(graphs)], env_vars)
    assert proc.returncode == 1, proc.stderr
    summary = json.loads(proc.stdout)
    assert (summary["new"], summary["failed"], summary["extracted"], summary["extractor_loads"]) == (9, 2, 0, 0)
    assert [f["path"] for f in summary["failures"]] == [f"{graphs}:4", f"{graphs}:8"]
    errors = [line for line in proc.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 2 and errors[0].startswith(f"error: {graphs}:4: not an article graph: ")
    _assert_resolvers_graph(env, first)
    before = snapshot(env)

    again = load_paths([graphs], options=LoadOptions(batch=4))
    assert (again.new, again.changed, again.unchanged, again.failed) == (0, 0, 9, 2)
    assert snapshot(env) == before

    # some articles changed elsewhere: their new versions replace what they contributed
    changed = [corpus[i][1] for i in (0, 4, 5)]
    result = load_paths([_write_lines(tmp_path / "changed.jsonl", [g.model_dump_json() for g in changed])],
                        options=LoadOptions(batch=2))
    assert (result.changed, result.failed) == (3, 0)
    _assert_resolvers_graph(env, [corpus[i][1] if i in (0, 4, 5) else g for i, g in enumerate(first)])


@pytest.mark.parametrize("batch", [1, 3, 100])
def test_any_batch_size_gives_the_same_graph(env: neo4j.Driver, tmp_path: Path, batch: int) -> None:
    corpus = random_corpus(32, 12, versions=1)
    graphs = [versions[0] for versions in corpus.values()]
    path = _write_lines(tmp_path / "graphs.jsonl", [g.model_dump_json() for g in reversed(graphs)])
    summary = load_paths([path], options=LoadOptions(batch=batch))
    assert (summary.new, summary.failed, summary.files) == (12, 0, 12)
    _assert_resolvers_graph(env, graphs)
