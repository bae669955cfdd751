"""The query files on the fixtures' graph, through the library and the CLI."""

from __future__ import annotations

import json

import neo4j
import pytest
from click.testing import CliRunner

from graph.queries import list_queries, read_doc, resolve_query, run_query
from graph.statements import apply_schema
from graph.writer import GraphWriter
from ingest.models import ArticleGraph
from newsgraph.cli import main
from tests.data.graphs.helpers import fixture


@pytest.fixture()
def loaded(empty_db: neo4j.Driver) -> neo4j.Driver:
    apply_schema(empty_db)
    writer = GraphWriter(empty_db)
    for name in ("kpi", "cookie", "variants"):
        writer.write_article(fixture(name))
    return empty_db


def _run(driver: neo4j.Driver, query: str, **params: object) -> list[dict]:
    return run_query(driver, resolve_query(query), params)


@pytest.mark.parametrize(("a", "b"), [("Meta", "Amazon"), ("메타", "아마존"), ("meta", "AMAZON"), ("Amazon", "Meta")])
def test_who_met_both_meta_and_amazon_is_lee_jae_yong(loaded: neo4j.Driver, a: str, b: str) -> None:
    records = _run(loaded, "who_met_both", a=a, b=b)
    assert [r["person"] for r in records] == ["이재용"]
    assert records[0]["paths"]


def test_meeting_an_organization_as_a_whole_counts(loaded: neo4j.Driver) -> None:
    records = _run(loaded, "who_met_both", a="Google", b="퀄컴")
    assert [r["person"] for r in records] == ["이재용"]
    assert records[0]["via_a"] == ["구글"]


def test_person_meetings_lists_everyone_met_with_dates_and_sources(loaded: neo4j.Driver) -> None:
    records = _run(loaded, "person_meetings", name="이재용")
    met = {(r["met"], r["date"]) for r in records}
    assert ("마크 저커버그", "2024-02") in met and ("마크 저커버그", "2024-06") in met and ("구글", "2023") in met
    june = next(r for r in records if r["met"] == "마크 저커버그" and r["date"] == "2024-06")
    assert june["date_conflict"] is True and len(june["articles"]) == 2 and june["topics"] == ["AI"]


def test_meetings_about_a_topic_include_narrower_topics(loaded: neo4j.Driver) -> None:
    records = _run(loaded, "meetings_about_topic", topic="반도체")
    topics = {t for r in records for t in r["topics"]}
    assert topics == {"반도체", "AI 반도체"}
    assert any("젠슨 황" in r["people"] for r in records)


def _meeting_in_month(index: int) -> ArticleGraph:
    """The kpi fixture at its own path, reporting only its meeting about 소버린 AI, dated in month `index` from 2000-01."""
    data = fixture("kpi").model_dump(mode="json")
    data["article"]["path"] = f"/news/many/{index:03d}.txt"
    data["article"]["content_hash"] = f"{index:064x}"
    [meeting] = [m for m in data["meetings"] if m["topics"] == ["소버린 AI"]]
    meeting.update(date=f"{2000 + index // 12}-{index % 12 + 1:02d}", date_precision="month")
    data["meetings"] = [meeting]
    return ArticleGraph.model_validate(data)


def test_meetings_about_a_topic_are_capped_at_the_earliest_hundred(empty_db: neo4j.Driver) -> None:
    apply_schema(empty_db)
    writer = GraphWriter(empty_db)
    for index in reversed(range(103)):
        writer.write_article(_meeting_in_month(index))
    records = _run(empty_db, "meetings_about_topic", topic="ai")
    assert [r["date"] for r in records] == sorted(f"{2000 + i // 12}-{i % 12 + 1:02d}" for i in range(100))
    assert all(r["topics"] == ["소버린 AI"] and r["paths"] for r in records)


def test_meeting_reports_show_both_articles_and_their_dates(loaded: neo4j.Driver) -> None:
    records = _run(loaded, "meeting_reports", a="이재용", b="마크 저커버그", date="2024-06")
    assert sorted((r["source"], r["reported"]) for r in records) == [("KPI뉴스", "2024-06-01"), ("쿠키뉴스", "2024-06-11")]


def test_meeting_chain_goes_through_shared_meetings(loaded: neo4j.Driver) -> None:
    [record] = _run(loaded, "meeting_chain", **{"from": "전영현", "to": "Mark Zuckerberg"})
    assert record["chain"] == ["전영현", "이재용", "마크 저커버그"] and record["meetings"] == 2


def test_most_met_organizations_counts_korean_leaders_only(loaded: neo4j.Driver) -> None:
    records = _run(loaded, "most_met_organizations", limit=20)
    by_org = {r["organization"]: r for r in records}
    assert by_org["엔비디아"]["leaders"] == 3  # 이해진, 최수연, 최태원
    assert all(name.replace(" ", "") == name for r in records for name in r["met_by"])
    assert "메타" in by_org and "삼성전자" not in by_org  # foreign CEOs are not Korean leaders


def test_full_text_search_finds_names_in_both_scripts(loaded: neo4j.Driver) -> None:
    for q in ("젠슨", "jensen", "젠슨황"):
        assert _run(loaded, "search_names", q=q)[0]["name"] == "젠슨 황"


@pytest.mark.parametrize("name", list_queries())
def test_every_query_file_answers_with_its_example_parameters(loaded: neo4j.Driver, name: str) -> None:
    doc = read_doc(resolve_query(name))
    assert run_query(loaded, resolve_query(name), doc.params), f"{name} gave no answer on the fixtures"


def test_cli_query_prints_a_json_list(loaded: neo4j.Driver, neo4j_env: dict[str, str]) -> None:
    result = CliRunner().invoke(main, ["query", "who_met_both", "--param", "a=메타", "--param", "b=아마존", "--json"],
                                env=neo4j_env)
    assert result.exit_code == 0, result.output
    assert [r["person"] for r in json.loads(result.output)] == ["이재용"]


def test_cli_query_all_prints_every_question_and_answer(loaded: neo4j.Driver, neo4j_env: dict[str, str]) -> None:
    result = CliRunner().invoke(main, ["query", "--all"], env=neo4j_env)
    assert result.exit_code == 0, result.output
    for name in list_queries():
        doc = read_doc(resolve_query(name))
        assert f"== {name}: {doc.question_en}" in result.output
    assert "(no results)" not in result.output
