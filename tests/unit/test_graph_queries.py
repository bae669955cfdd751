"""Query files: Cypher-literal example parameters, comment blocks, one statement per file."""

from __future__ import annotations

import re

import pytest

from graph.queries import list_queries, parse_cypher_literal, parse_params, query_text, read_doc, resolve_query

REQUIRED = {"who_met_both", "person_meetings", "meetings_about_topic", "most_met_organizations", "person_timeline",
            "meeting_chain", "meeting_reports"}


@pytest.mark.parametrize(("text", "value"), [
    ("'Meta'", "Meta"),
    ('"아마존"', "아마존"),
    ("'it\\'s'", "it's"),
    ("'\\u00e9'", "é"),
    ("10", 10),
    ("-2.5", -2.5),
    ("1e3", 1000.0),
    ("true", True),
    ("FALSE", False),
    ("null", None),
    ("[1, 'a', [true, null]]", [1, "a", [True, None]]),
    ("[]", []),
    ("{a: 1, `b`: 2}".replace("`", '"'), {"a": 1, "b": 2}),
    ("  'padded'  ", "padded"),
])
def test_cypher_literals_parse_like_browser_params(text: str, value: object) -> None:
    assert parse_cypher_literal(text) == value


@pytest.mark.parametrize("text", ["", "'open", "Meta", "[1, 2", "{a 1}", "'a' 'b'", "1 2"])
def test_malformed_literals_are_rejected(text: str) -> None:
    with pytest.raises(ValueError):
        parse_cypher_literal(text)


def test_cli_params_take_json_values_else_strings() -> None:
    assert parse_params(["a=Meta", "limit=5", "date=null", "names=[\"a\"]"]) == {
        "a": "Meta", "limit": 5, "date": None, "names": ["a"]}


def test_the_required_questions_are_shipped() -> None:
    assert REQUIRED <= set(list_queries())


@pytest.mark.parametrize("name", list_queries())
def test_every_query_file_documents_its_question_and_parameters(name: str) -> None:
    path = resolve_query(name)
    doc = read_doc(path)
    assert doc.question_ko and re.search("[가-힣]", doc.question_ko)
    assert doc.question_en
    used = set(re.findall(r"\$([A-Za-z_]\w*)", query_text(path)))
    assert used == set(doc.params), f"{name}: parameters used {used} but documented {set(doc.params)}"
    assert "Answer:" in path.read_text(encoding="utf-8")


@pytest.mark.parametrize("name", list_queries())
def test_every_query_file_is_one_statement(name: str) -> None:
    body = "\n".join(line for line in query_text(resolve_query(name)).splitlines()
                     if not line.lstrip().startswith("//"))
    assert ";" not in body
