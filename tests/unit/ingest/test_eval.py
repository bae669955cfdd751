"""`newsgraph eval` and `ingest.evaluate`: scores with the shared matching rules, and bad arguments.

The gold here is written by the tests themselves (invented names), in the shared gold format.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from ingest.evaluate import evaluate
from newsgraph.cli.eval import eval_command

STEM = "e1_invented"
GOLD = {
    "article": f"{STEM}.txt", "published": "2025-03-20", "source": "테스트뉴스", "reporters": ["홍다은"],
    "people": [
        {"name": "오하람", "aliases": ["오 대표"], "orgs": ["누리전자"], "titles": ["대표"]},
        {"name": "잭 밀러", "aliases": ["Jack Miller"], "orgs": ["그리드웍스"], "titles": ["CEO"]},
        {"name": "백서린", "aliases": [], "orgs": ["누리전자"], "titles": ["전무"]},
    ],
    "organizations": [{"name": "누리전자", "aliases": [], "kind": "company"},
                      {"name": "그리드웍스", "aliases": ["Gridworks"], "kind": "company"}],
    "topics": ["AI"],
    "meetings": [{"participants": ["오하람", "잭 밀러", "백서린"], "orgs_only": [], "date": "2025-03-05",
                  "place": None, "topics": [], "evidence": "오하람 누리전자 대표는 지난 5일 잭 밀러 CEO와 만났다."}],
    "people_optional": ["홍다은"], "organizations_optional": [],
}


@pytest.fixture()
def gold_dir(tmp_path: Path) -> Path:
    d = tmp_path / "gold"
    d.mkdir()
    (d / f"{STEM}.json").write_text(json.dumps(GOLD, ensure_ascii=False), encoding="utf-8")
    return d


def _pred(people: list[dict], meetings: list[dict]) -> dict:
    return {"article": {"path": f"/x/{STEM}.txt"}, "people": people, "organizations": [], "topics": [],
            "meetings": meetings}


def test_title_aliases_never_match_and_duplicates_are_false_positives(gold_dir: Path) -> None:
    people = [{"name": "오하람"}, {"name": "오하람"}, {"name": "오 대표"}]
    report = evaluate([_pred(people, [])], gold_dir)
    assert (report.people.tp, report.people.fp) == (1, 2)
    art = next(a for a in report.articles if a.name == STEM)
    assert "오 대표" in art.wrong["people"] and "잭 밀러" in art.missed["people"]


def test_meeting_needs_two_sides(gold_dir: Path) -> None:
    people = [{"name": "오하람", "orgs": ["누리전자"]}, {"name": "잭 밀러", "orgs": ["그리드웍스"]},
              {"name": "백서린", "orgs": ["누리전자"]}]
    meetings = [{"participants": ["오하람", "잭 밀러"], "organizations": [], "date": "2025-03-05"},
                {"participants": ["오하람", "백서린"], "organizations": [], "date": None}]
    report = evaluate([_pred(people, meetings)], gold_dir)
    assert (report.meetings.tp, report.meetings.fp) == (1, 1)
    assert report.date_accuracy == 1.0


def test_cli_scores_a_jsonl_and_rejects_bad_arguments(gold_dir: Path, tmp_path: Path) -> None:
    jsonl = tmp_path / "pred.jsonl"
    jsonl.write_text(json.dumps(_pred([{"name": "오하람"}], [])) + "\n", encoding="utf-8")
    result = CliRunner().invoke(eval_command, ["--gold", str(gold_dir), str(jsonl)])
    assert result.exit_code == 0, result.output
    assert "people" in result.output and "missed people" in result.output
    empty = tmp_path / "empty"
    empty.mkdir()
    assert CliRunner().invoke(eval_command, ["--gold", str(empty), str(jsonl)]).exit_code != 0
    assert CliRunner().invoke(eval_command, ["--gold", str(gold_dir), str(tmp_path / "nope.jsonl")]).exit_code != 0
