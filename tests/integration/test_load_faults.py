"""Database faults: Neo4j down or refusing the password ends the run before any work with one clear line; a
transient error (a deadlock) is retried by the driver's managed transaction and the write completes; Ctrl-C stops a
run between two articles."""

from __future__ import annotations

import json
import logging
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import neo4j
import pytest

from graph.statements import apply_schema
from graph.writer import GraphWriter, WriteResult
from tests.data.graphs.helpers import fixture
from tests.integration.load_support import article_paths, cli_env, run_cli, start_cli, write_corpus

NO_NLP = ("import json, sys; from pathlib import Path; from newsgraph.pipeline import load_paths\n"
          "try:\n    load_paths([Path(sys.argv[1])])\n"
          "except Exception as e:\n    print(json.dumps([type(e).__name__, str(e), "
          "[m for m in ('kiwipiepy', 'spacy', 'ingest.nlp.pipeline') if m in sys.modules]]))\n")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _fails_before_any_nlp(folder: Path, env: dict[str, str]) -> list[object]:
    proc = subprocess.run([sys.executable, "-c", NO_NLP, str(folder)], env=env, capture_output=True, text=True,
                          timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr
    result: list[object] = json.loads(proc.stdout)
    return result


def test_neo4j_not_running_is_one_line_and_exit_1_before_any_work(tmp_path: Path,
                                                                   neo4j_env: dict[str, str]) -> None:
    write_corpus(tmp_path, 2)
    uri = f"bolt://127.0.0.1:{_free_port()}"
    env = cli_env(neo4j_env, NEO4J_URI=uri)
    started = time.monotonic()
    proc = run_cli([str(tmp_path), "--json"], env, timeout=120)
    assert proc.returncode == 1
    assert proc.stderr.strip().splitlines() == [f"Error: Neo4j is not reachable at {uri} (is it running?)"]
    assert json.loads(proc.stdout) == {"ok": False, "error": f"Neo4j is not reachable at {uri} (is it running?)"}
    assert time.monotonic() - started < 60

    name, _, nlp = _fails_before_any_nlp(tmp_path, env)
    assert (name, nlp) == ("Neo4jUnavailableError", [])


def test_a_wrong_password_is_one_line_and_exit_1_before_any_work(tmp_path: Path,
                                                                  neo4j_env: dict[str, str]) -> None:
    write_corpus(tmp_path, 1)
    env = cli_env(neo4j_env, NEO4J_PASSWORD="not-the-password-42")
    proc = run_cli([str(tmp_path)], env, timeout=120)
    assert proc.returncode == 1
    assert proc.stderr.strip().splitlines() == [
        (f"Error: Neo4j at {neo4j_env['NEO4J_URI']} refused the credentials of user 'neo4j' "
         "(check NEO4J_USERNAME and NEO4J_PASSWORD)")]
    assert "not-the-password-42" not in proc.stdout + proc.stderr

    name, _, nlp = _fails_before_any_nlp(tmp_path, env)
    assert (name, nlp) == ("Neo4jAuthError", [])


def test_a_deadlocked_write_is_retried_by_the_driver_and_completes(empty_db: neo4j.Driver,
                                                                    caplog: pytest.LogCaptureFixture) -> None:
    """Make the writer's transaction the victim of a real deadlock: Neo4j aborts it with the transient
    DeadlockDetected, the driver's managed transaction runs it again, and the article is written once."""
    apply_schema(empty_db)
    writer = GraphWriter(empty_db)
    before, after = fixture("variants"), fixture("variants_changed")  # the change deletes 한국대학교
    assert writer.write_article(before).status == "new"
    path = before.article.path

    # T2 holds the WriterLock node, so the writer (W) stops after locking its Article node
    t2 = empty_db.session().begin_transaction()
    t2.run("MATCH (l:WriterLock) SET l._probe = true").consume()
    result: dict[str, WriteResult] = {}
    w = threading.Thread(target=lambda: result.setdefault("write", writer.write_article(after)))
    with caplog.at_level(logging.WARNING, logger="neo4j"):
        w.start()
        time.sleep(2)
        # T1 holds many locks (Neo4j aborts the side of a deadlock that holds fewer) and the node W will delete,
        # then waits for W's Article node
        t1 = empty_db.session().begin_transaction()
        t1.run("UNWIND range(1, 5000) AS i CREATE (:DeadlockProbe {i: i})").consume()
        t1.run("MATCH (o:Organization {name: '한국대학교'}) SET o._probe = true").consume()
        t1_done: list[str] = []

        def t1_waits_for_article() -> None:
            t1.run("MATCH (a:Article {path: $path}) SET a._probe = true", path=path).consume()
            t1.run("MATCH (n:DeadlockProbe) DELETE n").consume()
            t1.run("MATCH (n) WHERE n._probe IS NOT NULL REMOVE n._probe").consume()
            t1.commit()
            t1_done.append("committed")

        t1_thread = threading.Thread(target=t1_waits_for_article)
        t1_thread.start()
        time.sleep(2)
        t2.run("MATCH (l:WriterLock) REMOVE l._probe").consume()
        t2.commit()  # W goes on, wants 한국대학교 held by T1 who waits for W: a deadlock, W is aborted
        w.join(timeout=120)
        t1_thread.join(timeout=120)

    assert any("will be retried" in r.getMessage() and "DeadlockDetected" in r.getMessage() for r in caplog.records)
    assert t1_done == ["committed"]
    assert result["write"].status == "changed"
    records, _, _ = empty_db.execute_query("MATCH (o:Organization {name: '한국대학교'}) RETURN count(o) AS n")
    assert records[0]["n"] == 0
    records, _, _ = empty_db.execute_query("MATCH (a:Article) RETURN a.content_hash AS h")
    assert [r["h"] for r in records] == [after.article.content_hash]


def test_ctrl_c_stops_after_the_article_being_written_and_the_next_run_does_the_rest(
        empty_db: neo4j.Driver, neo4j_env: dict[str, str], tmp_path: Path) -> None:
    write_corpus(tmp_path, 30)
    proc = start_cli([str(tmp_path), "--json", "--workers", "1"], cli_env(neo4j_env))
    deadline = time.monotonic() + 300
    while len(article_paths(empty_db)) < 3:
        assert proc.poll() is None and time.monotonic() < deadline
        time.sleep(0.2)
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 130, err
    assert "stopping after the current article" in err and "Traceback" not in err
    stopped = json.loads(out)
    assert stopped["interrupted"] and stopped["aborted"].startswith("interrupted")
    written = len(article_paths(empty_db))
    assert 3 <= written == stopped["new"] < 30
    assert empty_db.execute_query("MATCH (l:RunLock) RETURN count(l) AS n").records[0]["n"] == 0

    rest = run_cli([str(tmp_path), "--json", "--workers", "1"], cli_env(neo4j_env))
    assert rest.returncode == 0, rest.stderr
    assert (json.loads(rest.stdout)["unchanged"], json.loads(rest.stdout)["new"]) == (written, 30 - written)
