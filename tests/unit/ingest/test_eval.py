"""`newsgraph eval` and `ingest.evaluate`: scores with the shared matching rules, and bad arguments."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from ingest.evaluate import evaluate
from newsgraph.cli.eval import eval_command

GOLD = Path(__file__).resolve().parents[2] / "data" / "gold_seeds"


def _pred(stem: str, people: list[dict], meetings: list[dict]) -> dict:
    return {"article": {"path": f"/x/{stem}.txt"}, "people": people, "organizations": [], "topics": [],
            "meetings": meetings}


def test_title_aliases_never_match_and_duplicates_are_false_positives() -> None:
    gold = json.loads((GOLD / "004_5919cce2aa74ca33.json").read_text(encoding="utf-8"))
    stem = Path(gold["article"]).stem
    people = [{"name": "이재용"}, {"name": "이재용"}, {"name": "이 회장"}]
    report = evaluate([_pred(stem, people, [])], GOLD)
    assert (report.people.tp, report.people.fp) == (1, 2)
    art = next(a for a in report.articles if a.name == stem)
    assert "이 회장" in art.wrong["people"] and "마크 저커버그" in art.missed["people"]


def test_meeting_needs_two_sides() -> None:
    gold = json.loads((GOLD / "004_5919cce2aa74ca33.json").read_text(encoding="utf-8"))
    stem = Path(gold["article"]).stem
    people = [{"name": "이재용", "orgs": ["삼성전자"]}, {"name": "마크 저커버그", "orgs": ["메타"]},
              {"name": "전영현", "orgs": ["삼성전자"]}]
    meetings = [{"participants": ["이재용", "마크 저커버그"], "organizations": [], "date": "2024-06-11"},
                {"participants": ["이재용", "전영현"], "organizations": [], "date": None}]
    report = evaluate([_pred(stem, people, meetings)], GOLD)
    assert (report.meetings.tp, report.meetings.fp) == (1, 1)
    assert report.date_accuracy == 1.0


def test_cli_scores_a_jsonl_and_rejects_bad_arguments(tmp_path: Path) -> None:
    jsonl = tmp_path / "pred.jsonl"
    jsonl.write_text(json.dumps(_pred("000_e13f14c71c15e92b", [{"name": "이재용"}], [])) + "\n", encoding="utf-8")
    result = CliRunner().invoke(eval_command, ["--gold", str(GOLD), str(jsonl)])
    assert result.exit_code == 0, result.output
    assert "people" in result.output and "missed people" in result.output
    assert CliRunner().invoke(eval_command, ["--gold", str(tmp_path), str(jsonl)]).exit_code != 0
    assert CliRunner().invoke(eval_command, ["--gold", str(GOLD), str(tmp_path / "nope.jsonl")]).exit_code != 0
