"""`newsgraph eval` and `ingest.evaluate`: scores with the shared matching rules, and bad arguments."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from ingest.evaluate import evaluate
from newsgraph.cli.eval import eval_command

GOLD = Path(__file__).resolve().parents[2] / "data" / "dev_h2_gold"


def _pred(stem: str, people: list[dict], meetings: list[dict]) -> dict:
    return {"article": {"path": f"/x/{stem}.txt"}, "people": people, "organizations": [], "topics": [],
            "meetings": meetings}


def test_title_aliases_never_match_and_duplicates_are_false_positives() -> None:
    gold = json.loads((GOLD / "d02_nuri_videocall.json").read_text(encoding="utf-8"))
    stem = Path(gold["article"]).stem
    people = [{"name": "서하윤"}, {"name": "서하윤"}, {"name": "서 사장"}]
    report = evaluate([_pred(stem, people, [])], GOLD)
    assert (report.people.tp, report.people.fp) == (1, 2)
    art = next(a for a in report.articles if a.name == stem)
    assert "서 사장" in art.wrong["people"] and "니콜라스 벨" in art.missed["people"]


def test_meeting_needs_two_sides() -> None:
    gold = json.loads((GOLD / "d01_hangaram_minister.json").read_text(encoding="utf-8"))
    stem = Path(gold["article"]).stem
    people = [{"name": "윤도경", "orgs": ["한가람배터리"]}, {"name": "백지훈", "orgs": ["산업통상자원부"]},
              {"name": "마서진", "orgs": ["한가람배터리"]}]
    meetings = [{"participants": ["윤도경", "백지훈"], "organizations": [], "date": "2025-11-13"},
                {"participants": ["윤도경", "마서진"], "organizations": [], "date": None}]
    report = evaluate([_pred(stem, people, meetings)], GOLD)
    assert (report.meetings.tp, report.meetings.fp) == (1, 1)
    assert report.date_accuracy == 1.0


def test_cli_scores_a_jsonl_and_rejects_bad_arguments(tmp_path: Path) -> None:
    jsonl = tmp_path / "pred.jsonl"
    jsonl.write_text(json.dumps(_pred("d01_hangaram_minister", [{"name": "윤도경"}], [])) + "\n", encoding="utf-8")
    result = CliRunner().invoke(eval_command, ["--gold", str(GOLD), str(jsonl)])
    assert result.exit_code == 0, result.output
    assert "people" in result.output and "missed people" in result.output
    assert CliRunner().invoke(eval_command, ["--gold", str(tmp_path), str(jsonl)]).exit_code != 0
    assert CliRunner().invoke(eval_command, ["--gold", str(GOLD), str(tmp_path / "nope.jsonl")]).exit_code != 0
