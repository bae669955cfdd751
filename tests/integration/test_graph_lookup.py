"""Finding a person by name, Latin name or alias (case and spaces ignored) through the full-text index
`person_lookup` over `Person.lookup`: the query files answer exactly what scanning every person with the same
comparison answers, for ordinary and hostile inputs, after renames and removals, and on a graph written before
the property existed (brought up to date when the schema is applied)."""

from __future__ import annotations

import hashlib
import json
from typing import Any

import neo4j
import pytest
from click.testing import CliRunner

from graph.queries import resolve_query, run_query
from graph.statements import apply_schema
from graph.writer import GraphWriter
from ingest.models import ArticleGraph
from newsgraph.cli import main

# Invented people: (name, Latin name, aliases, organization).
HAN = ("한지오", "Jio Han", ["한 대표"], "누리전자")
VAN = ("미라 반더슬롯", "Mira Vandersloot", [], "오르빗")
ODD = ('서 "K" 도율', None, ["Do\\Yul", "AND (x:y)*"], "누리전자")
# The comparison of the query files, over every Person: the answer the index must reproduce.
SCAN = ("MATCH (p:Person) WHERE toLower(replace(p.name, ' ', '')) = $n "
        "OR toLower(replace(coalesce(p.latin_name, ''), ' ', '')) = $n "
        "OR any(x IN p.aliases WHERE toLower(replace(x, ' ', '')) = $n) RETURN p.name AS name")
INPUTS = ["한지오", "한 지오", " 한지오 ", "JIO HAN", "jiohan", "Jio  Han", "한대표", "한 대표", "HAN", "미라반더슬롯",
          "MIRA VANDERSLOOT", '서"K"도율', '서 "k" 도율', "do\\yul", "DO\\YUL", "AND(x:y)*", "and (X:Y)*", "*", '"',
          "\\", "AND", "", "   ", "한지", "jio"]


def _article(path: str, people: list[tuple[str, str | None, list[str], str]], meetings: list[list[str]],
             version: str = "") -> ArticleGraph:
    """A valid article graph: each person, organization and meeting said in a sentence of its own."""
    sentences: list[str] = []

    def said(text: str) -> list[dict[str, Any]]:
        start = sum(len(s) + 1 for s in sentences)
        sentences.append(f"{text} 관련 문장 {len(sentences)}.")
        return [{"sentence": len(sentences) - 1, "start": start, "end": start + len(text), "text": text}]

    rows = [{"id": f"p{i}", "name": name, "latin_name": latin, "aliases": aliases, "orgs": [org], "titles": ["대표"],
             "mentions": said(name)} for i, (name, latin, aliases, org) in enumerate(people)]
    orgs = sorted({org for *_, org in people})
    organizations = [{"id": f"o{i}", "name": org, "aliases": [], "kind": "company", "mentions": said(org)}
                     for i, org in enumerate(orgs)]
    meeting_rows = [{"id": f"m{i}", "participants": names, "attendees": [], "organizations": [], "date": "2025-03-04",
                     "date_precision": "day", "date_text": "4일", "place": "서울", "topics": [], "status": "held",
                     "evidence": said(" ".join(names))} for i, names in enumerate(meetings)]
    offsets, start = [], 0
    for s in sentences:
        offsets.append({"index": len(offsets), "start": start, "end": start + len(s), "text": s})
        start += len(s) + 1
    body = json.dumps([people, meetings, version], ensure_ascii=False)
    return ArticleGraph.model_validate({
        "article": {"path": path, "content_hash": hashlib.sha256(body.encode()).hexdigest(), "title": path,
                    "source": "시험뉴스", "published": "2025-03-05", "char_count": start},
        "sentences": offsets, "people": rows, "organizations": organizations, "topics": [], "meetings": meeting_rows})


@pytest.fixture()
def loaded(empty_db: neo4j.Driver) -> neo4j.Driver:
    apply_schema(empty_db)
    writer = GraphWriter(empty_db)
    writer.write_article(_article("/lookup/1.txt", [HAN, VAN, ODD], [[HAN[0], VAN[0]], [HAN[0], ODD[0]]]))
    return empty_db


def _scan(driver: neo4j.Driver, name: str) -> list[str]:
    records, _, _ = driver.execute_query(SCAN, n=name.replace(" ", "").lower())
    return sorted(r["name"] for r in records)


def _found(driver: neo4j.Driver, query: str, **params: object) -> list[str]:
    return sorted({r["person"] for r in run_query(driver, resolve_query(query), params)})


@pytest.mark.parametrize("query", ["person_meetings", "person_timeline"])
def test_every_input_finds_what_a_scan_of_all_people_finds(loaded: neo4j.Driver, query: str) -> None:
    for name in INPUTS:
        assert _found(loaded, query, name=name) == _scan(loaded, name), name
    assert _found(loaded, query, name="jio han") == ["한지오"]
    assert _found(loaded, query, name="한지") == []
    assert _found(loaded, query, name="") == [ODD[0]]  # as before: '' equals a missing Latin name


def test_co_attendees_chain_and_reports_find_people_by_any_name(loaded: neo4j.Driver) -> None:
    def run(query: str, **params: object) -> list[dict]:
        return run_query(loaded, resolve_query(query), params)

    assert sorted(r["person"] for r in run("co_attendees", name="JIO HAN")) == sorted([VAN[0], ODD[0]])
    assert sorted(r["person"] for r in run("co_attendees", name='서"k"도율')) == [HAN[0]]
    [chain] = run("meeting_chain", **{"from": "mira vandersloot", "to": "do\\yul"})
    assert chain["chain"] == [VAN[0], HAN[0], ODD[0]]
    assert run("meeting_chain", **{"from": "한지오", "to": "한 대표"}) == []  # one person: no chain
    assert len(run("meeting_reports", a="한 대표", b="미라반더슬롯", date=None)) == 1
    assert len(run("meeting_reports", a="jio han", b="미라반더슬롯", date=None)) == 1  # a Latin name is an alias too
    assert len(run("meeting_reports", a="한지오", b="and (X:Y)*", date="2025-03")) == 1


def test_a_renamed_or_removed_person_is_found_by_the_new_names_only(loaded: neo4j.Driver) -> None:
    writer = GraphWriter(loaded)
    renamed = ("한지오", "Jio Hahn", ["한 사장"], "누리전자")
    writer.write_article(_article("/lookup/1.txt", [renamed, VAN], [[HAN[0], VAN[0]]], version="2"))
    assert _found(loaded, "person_meetings", name="jio hahn") == ["한지오"]
    assert _found(loaded, "person_meetings", name="한사장") == ["한지오"]
    for gone in ("jio han", "한 대표", "do\\yul"):
        assert _found(loaded, "person_meetings", name=gone) == [] == _scan(loaded, gone)
    writer.write_article(_article("/lookup/2.txt", [("한 지오", None, [], "누리전자"), VAN], [["한 지오", VAN[0]]]))
    assert _found(loaded, "person_meetings", name="한지오") == _scan(loaded, "한지오") != []
    writer.remove_article("/lookup/1.txt")
    writer.remove_article("/lookup/2.txt")
    assert _scan(loaded, "한지오") == []
    assert _found(loaded, "person_meetings", name="한지오") == []


def test_a_graph_written_before_the_lookup_names_gets_them_when_the_schema_is_applied(
        loaded: neo4j.Driver, neo4j_env: dict[str, str]) -> None:
    loaded.execute_query("MATCH (p:Person) REMOVE p.lookup")  # as an older newsgraph wrote it
    assert _found(loaded, "person_meetings", name="한지오") == []
    assert apply_schema(loaded) == 3
    assert apply_schema(loaded) == 0
    for name in INPUTS:
        assert _found(loaded, "person_meetings", name=name) == _scan(loaded, name), name

    loaded.execute_query("MATCH (p:Person) REMOVE p.lookup")
    result = CliRunner().invoke(main, ["recount"], env=neo4j_env)
    assert result.exit_code == 0, result.output
    assert _found(loaded, "person_timeline", name="mira vandersloot") == [VAN[0]]
