"""Name keys, near matches and reported dates: the pure rules of resolution."""

from __future__ import annotations

import pytest

from graph.keys import (
    ReportedDate,
    dates_compatible,
    name_key,
    near_match,
    org_key,
    parse_reported_date,
    within_one_edit,
)
from graph.resolve import meeting_date


@pytest.mark.parametrize(("a", "b"), [
    ("젠슨 황", "젠슨황"),
    ("Jim Keller", "jim-keller"),
    ("ＯｐｅｎＡＩ", "OpenAI"),  # full-width (NFKC)
    ("피규어 AI", "피규어AI"),
    ("Johnson & Johnson", "johnsonjohnson"),
])
def test_name_keys_ignore_spacing_case_width_and_punctuation(a: str, b: str) -> None:
    assert name_key(a) == name_key(b) != ""


def test_different_names_have_different_keys() -> None:
    assert name_key("이재용") != name_key("이재영")
    assert name_key(None) == name_key("") == name_key("·") == ""


def test_organization_keys_ignore_a_trailing_group_word() -> None:
    assert org_key("SK그룹") == org_key("SK") == "sk"
    assert org_key("LG 그룹") == org_key("LG")
    assert org_key("Samsung Group") == org_key("samsung")
    assert org_key("그룹") == "그룹"  # nothing left to name: kept


@pytest.mark.parametrize(("a", "b", "expected"), [
    ("샘올트먼", "샘올트만", True),     # substitution
    ("젠슨황", "젠슨황", True),
    ("사티아나델라", "사티아나델", True),  # deletion
    ("abc", "abdc", True),             # insertion
    ("샘올트먼", "샘알트만", False),     # two edits
    ("abc", "abcde", False),
])
def test_within_one_edit(a: str, b: str, expected: bool) -> None:
    assert within_one_edit(a, b) is expected
    assert within_one_edit(b, a) is expected


def test_near_match_needs_four_characters() -> None:
    assert near_match("샘올트먼", "샘올트만")
    assert not near_match("이재용", "이재영")  # Korean names are 3 syllables: one letter apart is another person


def test_reported_dates_parse_with_their_precision() -> None:
    assert parse_reported_date("2024-06-11") == ReportedDate(2024, 6, 11)
    assert parse_reported_date("2024-06-11").precision == "day"
    assert parse_reported_date("2024-06").precision == "month"
    assert parse_reported_date("2024").iso() == "2024"
    assert parse_reported_date("2024-06-11", "month") == ReportedDate(2024, 6)
    assert parse_reported_date("2024-06-11", "year") == ReportedDate(2024)
    assert parse_reported_date("2024-13") is None
    assert parse_reported_date("지난 11일") is None
    assert parse_reported_date(None) is None


@pytest.mark.parametrize(("a", "b", "expected"), [
    ("2024-06-01", "2024-06-11", True),   # same month: one meeting, conflicting days
    ("2024-06", "2024-06-11", True),
    ("2024", "2024-02", True),
    ("2024-02", "2024-06-11", False),
    ("2023", "2024-06", False),
    (None, "2024-06-11", True),
])
def test_dates_are_compatible_within_their_precision(a: str | None, b: str | None, expected: bool) -> None:
    assert dates_compatible(parse_reported_date(a), parse_reported_date(b)) is expected


def test_meeting_date_is_the_finest_unless_reported_days_conflict() -> None:
    june = [parse_reported_date(d) for d in ("2024-06", "2024-06-12")]
    assert meeting_date(june) == (ReportedDate(2024, 6, 12), False)
    conflict = [parse_reported_date(d) for d in ("2024-06-11", "2024-06-01", "2024-06")]
    assert meeting_date(conflict) == (ReportedDate(2024, 6), True)
    assert meeting_date([None]) == (None, False)
