"""`load-articles --watch` against the real Neo4j, in its own process: it loads what is there, then new and changed
files once they stop changing, prunes deleted ones, never a file still being written, and Ctrl-C ends it cleanly."""

from __future__ import annotations

import json
import signal
import time
from collections.abc import Callable
from pathlib import Path

import neo4j
import pytest

from ingest.reader import read_article
from tests.integration.load_support import (
    article,
    article_paths,
    cli_env,
    remove_article,
    start_cli,
    write_article,
    write_corpus,
)


def _until(condition: Callable[[], bool], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"timed out waiting for {what}")
        time.sleep(0.2)


def _hash(driver: neo4j.Driver, path: Path) -> str | None:
    records, _, _ = driver.execute_query("MATCH (a:Article {path: $p}) RETURN a.content_hash AS h",
                                        p=str(path.resolve()))
    return records[0]["h"] if records else None


def test_watch_loads_settled_files_prunes_deleted_ones_and_stops_on_ctrl_c(
        empty_db: neo4j.Driver, neo4j_env: dict[str, str], tmp_path: Path) -> None:
    folder = tmp_path / "inbox"
    paths = write_corpus(folder, 2)
    proc = start_cli(["--watch", str(folder), "--interval", "0.3", "--settle", "1", "--prune", "--json",
                      "--workers", "1"], cli_env(neo4j_env))
    try:
        _until(lambda: len(article_paths(empty_db)) == 2, 180, "the files already there")

        # a file written slowly (each piece within the settle time) is not loaded until it stops changing
        text, meta = article(7)
        slow = folder / "article_0007.txt"
        slow.with_name(slow.stem + ".meta.json").write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")
        with slow.open("w", encoding="utf-8") as f:
            for line in text.splitlines(keepends=True) * 4:
                f.write(line)
                f.flush()
                time.sleep(0.5)
                assert _hash(empty_db, slow) is None, "loaded while still being written"
        _until(lambda: _hash(empty_db, slow) == read_article(slow).article.content_hash, 30, "the slow file")

        # a changed file replaces its article; a deleted one is pruned; a new one (written by rename) appears
        write_article(folder, 0, version=1)
        remove_article(paths[1])
        new = write_article(tmp_path, 3)
        new.with_name(new.stem + ".meta.json").rename(folder / (new.stem + ".meta.json"))
        new.rename(folder / new.name)
        expected = sorted(str(p.resolve()) for p in (paths[0], slow, folder / new.name))
        _until(lambda: article_paths(empty_db) == expected
               and _hash(empty_db, paths[0]) == read_article(paths[0]).article.content_hash, 30, "the changes")
    finally:
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    assert "stopped watching" in err
    assert "Traceback" not in err
    runs = [json.loads(line) for line in out.splitlines()]
    assert runs and all(r["ok"] for r in runs)
    assert sum(r["new"] for r in runs) == 4 and sum(r["changed"] for r in runs) == 1
    assert sum(r["pruned"] for r in runs) == 1
    assert sum(r["extractor_loads"] for r in runs) == 1  # the model is built once for the whole watch
    assert empty_db.execute_query("MATCH (l:RunLock) RETURN count(l) AS n").records[0]["n"] == 0
