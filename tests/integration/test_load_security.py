"""Security: the password comes from the environment or a file the user names and never shows in any output or
log, error paths included; names from articles reach Cypher only as parameters and come back intact."""

from __future__ import annotations

import json
import logging
import shutil
import socket
from pathlib import Path

import neo4j
import pytest
from click.testing import CliRunner

from graph.statements import apply_schema
from graph.writer import GraphWriter
from ingest.models import ArticleGraph
from newsgraph.cli import main
from newsgraph.pipeline import load_paths
from tests.data.graphs.helpers import fixture
from tests.integration.load_support import cli_env, run_cli, write_corpus

HOSTILE = Path(__file__).resolve().parents[1] / "data" / "hostile"
NAMES = {
    "person": "O'Brien \"Bob\" `Robert` {x: 1} // 주석",
    "counterpart": "김'}) MATCH (n) DETACH DELETE n //",
    "organization": "`Acme`}]->(x) RETURN 1 // '주식회사'",
}


@pytest.fixture()
def env(empty_db: neo4j.Driver, neo4j_env: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> neo4j.Driver:
    for key, value in neo4j_env.items():
        monkeypatch.setenv(key, value)
    return empty_db


def _without_password(neo4j_env: dict[str, str], **extra: str) -> dict[str, str]:
    env = cli_env(neo4j_env, **extra)
    env.pop("NEO4J_PASSWORD", None)
    return env


def test_the_password_never_shows_in_any_output(env: neo4j.Driver, neo4j_env: dict[str, str],
                                                tmp_path: Path) -> None:
    password = neo4j_env["NEO4J_PASSWORD"]
    folder = tmp_path / "news"
    shutil.copytree(HOSTILE, folder)  # bad files: error lines on the way
    right, wrong = tmp_path / "right.pw", tmp_path / "wrong.pw"
    right.write_text(password + "\n", encoding="utf-8")
    wrong.write_text(f"wrong-Pa55word-{password[::-1]}\n", encoding="utf-8")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        dead_uri = f"bolt://127.0.0.1:{s.getsockname()[1]}"

    runs = {
        # from a file given with --password-file (it wins over a wrong NEO4J_PASSWORD)
        "file": run_cli([str(folder), "--json", "--password-file", str(right)],
                        cli_env(neo4j_env, NEO4J_PASSWORD="wrong-in-env")),
        # from NEO4J_PASSWORD_FILE
        "env file": run_cli([str(folder), "--json"], _without_password(neo4j_env, NEO4J_PASSWORD_FILE=str(right))),
        "wrong file": run_cli([str(folder), "--json", "--password-file", str(wrong)], _without_password(neo4j_env)),
        "missing file": run_cli([str(folder), "--password-file", str(tmp_path / "nope.pw")],
                                _without_password(neo4j_env)),
        "neo4j down": run_cli([str(folder), "--json"], cli_env(neo4j_env, NEO4J_URI=dead_uri)),
    }
    assert runs["file"].returncode == 1 and json.loads(runs["file"].stdout)["new"] == 7  # bad files fail
    assert runs["env file"].returncode == 1 and json.loads(runs["env file"].stdout)["unchanged"] == 7
    assert "refused the credentials" in runs["wrong file"].stderr
    assert runs["missing file"].stderr.strip() == (f"Error: cannot read the password file {tmp_path / 'nope.pw'}: "
                                                   "No such file or directory")
    assert "is not reachable" in runs["neo4j down"].stderr
    for name, proc in runs.items():
        output = proc.stdout + proc.stderr
        assert password not in output, name
        assert wrong.read_text(encoding="utf-8").strip() not in output, name
        assert "Traceback" not in output, name


def test_the_password_is_not_in_the_driver_s_debug_log(env: neo4j.Driver, neo4j_env: dict[str, str],
                                                       tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    write_corpus(tmp_path, 1)
    with caplog.at_level(logging.DEBUG, logger="neo4j"):
        assert load_paths([tmp_path]).new == 1
    assert "HELLO" in caplog.text or "LOGON" in caplog.text  # the log did see the login
    assert neo4j_env["NEO4J_PASSWORD"] not in caplog.text


def _renamed(graph: ArticleGraph, renames: dict[str, str]) -> ArticleGraph:
    """The article graph with people and organizations renamed everywhere they are referred to."""
    data = json.loads(graph.model_dump_json())

    def walk(value: object) -> object:
        if isinstance(value, str):
            return renames.get(value, value)
        if isinstance(value, list):
            return [walk(v) for v in value]
        if isinstance(value, dict):
            return {k: (v if k in ("text", "path", "content_hash") else walk(v)) for k, v in value.items()}
        return value

    return ArticleGraph.model_validate(walk(data))


def test_names_with_quotes_backticks_braces_and_comments_are_stored_and_queried_intact(
        env: neo4j.Driver, neo4j_env: dict[str, str]) -> None:
    graph = fixture("kpi")
    meeting = next(m for m in graph.meetings if len(m.participants) >= 2)
    person, counterpart = meeting.participants[:2]
    org = next(p for p in graph.people if p.name == person).orgs[0]
    hostile = _renamed(graph, {person: NAMES["person"], counterpart: NAMES["counterpart"],
                               org: NAMES["organization"]})
    apply_schema(env)
    assert GraphWriter(env).write_article(hostile).status == "new"

    records, _, _ = env.execute_query("MATCH (n:Person|Organization) RETURN n.name AS name")
    names = {r["name"] for r in records}
    assert set(NAMES.values()) <= names
    nodes_before = env.execute_query("MATCH (n) RETURN count(n) AS n").records[0]["n"]

    result = CliRunner().invoke(main, ["query", "person_meetings", "--param", f"name={NAMES['person']}", "--json"],
                                env=neo4j_env)
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert {r["person"] for r in rows} == {NAMES["person"]}
    assert NAMES["counterpart"] in {r["met"] for r in rows}
    records, _, _ = env.execute_query("MATCH (:Person {name: $p})-[:WORKS_FOR]->(o) RETURN o.name AS org",
                                      p=NAMES["person"])
    assert [r["org"] for r in records] == [NAMES["organization"]]
    assert env.execute_query("MATCH (n) RETURN count(n) AS n").records[0]["n"] == nodes_before


def test_hostile_file_names_and_titles_are_parameters_too(env: neo4j.Driver, tmp_path: Path) -> None:
    [path] = write_corpus(tmp_path, 1)
    odd = path.with_name("it's \"odd\" `x` {y} -- \\ z.txt")  # '//' cannot be in a file name: see the title
    path.rename(odd)
    meta = {"published": "2024-06-12", "title": "'}) DETACH DELETE a // `제목` {x}", "source": "\"신문\" $src"}
    odd.with_name(odd.stem + ".meta.json").write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")
    path.with_name(path.stem + ".meta.json").unlink()
    assert load_paths([tmp_path]).new == 1
    records, _, _ = env.execute_query("MATCH (a:Article) RETURN a.path AS path, a.title AS title, a.source AS source")
    assert [(r["path"], r["title"], r["source"]) for r in records] == [(str(odd.resolve()), meta["title"],
                                                                         meta["source"])]
    assert load_paths([tmp_path]).unchanged == 1
