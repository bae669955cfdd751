"""The seeds end to end: real extraction, `load_paths`, and the issue's acceptance questions."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import neo4j
import pytest
from click.testing import CliRunner

from newsgraph.cli import main
from newsgraph.pipeline import load_paths
from tests.data.graphs.helpers import snapshot

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
KPI = SEEDS / "000_e13f14c71c15e92b.txt"
COOKIE = SEEDS / "004_5919cce2aa74ca33.txt"


@pytest.fixture()
def env(empty_db: neo4j.Driver, neo4j_env: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> neo4j.Driver:
    for key, value in neo4j_env.items():
        monkeypatch.setenv(key, value)
    return empty_db


def _who_met_both(a: str, b: str, neo4j_env: dict[str, str]) -> list[str]:
    result = CliRunner().invoke(main, ["query", "who_met_both", "--param", f"a={a}", "--param", f"b={b}", "--json"],
                                env=neo4j_env)
    assert result.exit_code == 0, result.output
    return [r["person"] for r in json.loads(result.output)]


def test_seeds_answer_who_met_meta_and_amazon_and_keep_the_two_zuckerberg_meetings_apart(
        env: neo4j.Driver, neo4j_env: dict[str, str]) -> None:
    summary = load_paths([SEEDS])
    assert (summary.new, summary.failed) == (2, 0)
    assert summary.nodes_created > 0 and summary.relationships_created > 0

    for a, b in (("Meta", "Amazon"), ("메타", "아마존")):
        assert _who_met_both(a, b, neo4j_env) == ["이재용"]

    records, _, _ = env.execute_query(
        "MATCH (:Person {name: '이재용'})-[:ATTENDED]->(m:Meeting)<-[:ATTENDED]-(:Person {name: '마크 저커버그'}) "
        "OPTIONAL MATCH (m)-[r:REPORTED_IN]->(a:Article) "
        "RETURN m.date AS date, m.place AS place, m.date_conflict AS conflict, m.dates_reported AS dates, "
        "collect(a.source) AS sources ORDER BY date")
    meetings = [(r["date"], r["conflict"], r["dates"], sorted(r["sources"])) for r in records]
    assert meetings == [("2024-02", False, ["2024-02"], ["쿠키뉴스"]),
                        ("2024-06", True, ["2024-06-01", "2024-06-11"], ["KPI뉴스", "쿠키뉴스"])]
    assert "승지원" in records[0]["place"]


def test_loading_the_seeds_three_times_in_any_order_gives_the_graph_of_one_load(env: neo4j.Driver) -> None:
    assert load_paths([SEEDS]).new == 2
    once = snapshot(env)

    env.execute_query("MATCH (n) DETACH DELETE n")
    assert load_paths([COOKIE]).new == 1
    assert load_paths([KPI]).new == 1
    again = load_paths([COOKIE, KPI])
    assert (again.unchanged, again.nodes_created, again.relationships_created) == (2, 0, 0)
    assert snapshot(env) == once


def test_a_bad_file_is_reported_and_the_rest_is_loaded(env: neo4j.Driver, tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    shutil.copy(KPI, tmp_path / KPI.name)
    shutil.copy(KPI.with_name(KPI.stem + ".meta.json"), tmp_path / (KPI.stem + ".meta.json"))
    (tmp_path / "empty.txt").write_bytes(b"")
    summary = load_paths([tmp_path])
    assert (summary.new, summary.failed) == (1, 1)
    assert "empty.txt" in capsys.readouterr().err


def test_load_articles_prints_the_summary(env: neo4j.Driver, neo4j_env: dict[str, str]) -> None:
    runner = CliRunner()
    first = runner.invoke(main, ["load", str(SEEDS)], env=neo4j_env)
    assert first.exit_code == 0, first.output
    assert "2 new, 0 changed, 0 unchanged, 0 failed" in first.output
    second = runner.invoke(main, ["load", str(SEEDS)], env=neo4j_env)
    assert "0 new, 0 changed, 2 unchanged, 0 failed" in second.output
    assert "nodes: 0 created, 0 deleted; relationships: 0 created, 0 deleted" in second.output
