"""Incremental runs against the real Neo4j: unchanged files cost no NLP, changed files replace their contribution,
--prune removes what vanished (and only that), and the summary and exit code say what happened."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import neo4j
import pytest
from click.testing import CliRunner

from newsgraph.cli.load import load_articles
from newsgraph.pipeline import LoadOptions, load_paths
from tests.data.graphs.helpers import snapshot
from tests.integration.load_support import article_paths, remove_article, write_article, write_corpus


@pytest.fixture()
def env(empty_db: neo4j.Driver, neo4j_env: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> neo4j.Driver:
    for key, value in neo4j_env.items():
        monkeypatch.setenv(key, value)
    return empty_db


def _wipe(driver: neo4j.Driver) -> None:
    driver.execute_query("MATCH (n) DETACH DELETE n")


def test_an_unchanged_folder_is_skipped_without_importing_the_nlp(env: neo4j.Driver, tmp_path: Path,
                                                                   neo4j_env: dict[str, str]) -> None:
    write_corpus(tmp_path, 3)
    first = load_paths([tmp_path])
    assert (first.new, first.extracted, first.failed) == (3, 3, 0)
    before = snapshot(env)

    # a fresh process, so that nothing this test session built counts: the run must not even import the NLP
    code = ("import json, sys; from pathlib import Path; from newsgraph.pipeline import load_paths; "
            "s = load_paths([Path(sys.argv[1])]); "
            "print(json.dumps([s.unchanged, s.extracted, s.extractor_loads, "
            "[m for m in ('kiwipiepy', 'spacy', 'ingest.nlp.pipeline') if m in sys.modules]]))")
    proc = subprocess.run([sys.executable, "-c", code, str(tmp_path)], env={**os.environ, **neo4j_env},
                          capture_output=True, text=True, timeout=300, check=False)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout) == [3, 0, 0, []]
    assert snapshot(env) == before


def test_one_run_counts_new_changed_unchanged_failed_and_pruned(env: neo4j.Driver, tmp_path: Path) -> None:
    folder = tmp_path / "news"
    paths = write_corpus(folder, 4)
    assert load_paths([folder]).new == 4
    saved = paths[3].read_bytes()

    write_article(folder, 1, version=1)  # changed
    remove_article(paths[2])  # gone
    paths[3].write_bytes(b"\x00\x01garbage\xff" * 50)  # broken: must keep what it contributed
    write_article(folder, 4)  # new
    summary = load_paths([folder], options=LoadOptions(prune=True))
    assert (summary.new, summary.changed, summary.unchanged, summary.failed, summary.pruned) == (1, 1, 1, 1, 1)
    assert [(f.path, f.reason) for f in summary.failures] == [(str(paths[3]), "binary file (NUL bytes)")]
    assert not summary.ok
    after = snapshot(env)

    # the graph is exactly that of a clean load of what the folder says, with the broken file's last good version
    _wipe(env)
    paths[3].write_bytes(saved)
    assert load_paths([folder]).new == 4
    assert snapshot(env) == after
    assert str(paths[2].resolve()) not in article_paths(env)


def test_without_prune_a_vanished_file_stays_loaded(env: neo4j.Driver, tmp_path: Path) -> None:
    paths = write_corpus(tmp_path, 2)
    load_paths([tmp_path])
    remove_article(paths[0])
    summary = load_paths([tmp_path])
    assert (summary.unchanged, summary.pruned) == (1, 0)
    assert str(paths[0].resolve()) in article_paths(env)


def test_prune_touches_only_the_given_folders_and_never_a_missing_one(env: neo4j.Driver, tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    write_corpus(a, 2)
    write_corpus(b, 2, start=2)
    assert load_paths([a, b]).new == 4
    shutil.rmtree(b)

    assert load_paths([a], options=LoadOptions(prune=True)).pruned == 0  # b's articles are not under a
    missing = load_paths([b], options=LoadOptions(prune=True))  # a folder that is gone (unmounted?) prunes nothing
    assert (missing.failed, missing.pruned) == (1, 0)
    assert missing.failures[0].reason == "no such file"
    assert len(article_paths(env)) == 4

    b.mkdir()  # the folder is there and empty: its articles are gone indeed
    assert load_paths([b], options=LoadOptions(prune=True)).pruned == 2
    assert article_paths(env) == sorted(str(p.resolve()) for p in a.glob("*.txt"))


def test_load_articles_prints_a_json_summary_and_exits_0_only_when_every_file_loaded(
        env: neo4j.Driver, neo4j_env: dict[str, str], tmp_path: Path) -> None:
    write_corpus(tmp_path, 2)
    (tmp_path / "empty.txt").write_bytes(b"")
    runner = CliRunner()
    result = runner.invoke(load_articles, [str(tmp_path), "--json", "--workers", "1"], env=neo4j_env)
    assert result.exit_code == 1, result.output
    data = json.loads(result.stdout)
    assert {k: data[k] for k in ("ok", "files", "new", "changed", "unchanged", "failed", "pruned", "extracted")} == {
        "ok": False, "files": 3, "new": 2, "changed": 0, "unchanged": 0, "failed": 1, "pruned": 0, "extracted": 2}
    assert data["failures"] == [{"path": str(tmp_path / "empty.txt"), "reason": "empty file"}]
    assert data["graph"]["nodes_created"] > 0
    assert {"total", "scan", "extract", "write"} <= set(data["timings_s"])
    assert f"error: {tmp_path / 'empty.txt'}: empty file" in result.stderr
    assert "articles: 2 new, 0 changed, 0 unchanged, 1 failed, 0 pruned" in result.stderr

    (tmp_path / "empty.txt").unlink()
    again = runner.invoke(load_articles, [str(tmp_path), "--json"], env=neo4j_env)
    assert again.exit_code == 0, again.output
    data = json.loads(again.stdout)
    assert (data["ok"], data["unchanged"], data["extracted"], data["extractor_loads"]) == (True, 2, 0, 0)
