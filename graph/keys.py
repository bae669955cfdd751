"""Pure, language-agnostic helpers of entity and meeting resolution: name keys, near matches, reported dates.

Nothing here knows Korean: a key is the NFKC form of a name, case-folded, with everything that is not a letter
or a digit removed, so '젠슨 황' and '젠슨황' share a key, and so do 'Jim Keller' and 'jim-keller'.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

# An organization's name ending in this word names the same organization without it (SK그룹 = SK).
GROUP_SUFFIXES = ("그룹", "group")
# Names shorter than this (after normalization) never near-match: 3-letter names differ by one letter too often.
NEAR_MATCH_MIN_LENGTH = 4

_PRECISION_RANK = {"day": 0, "month": 1, "year": 2}
_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


@lru_cache(maxsize=1 << 16)
def name_key(text: str | None) -> str:
    """The matching key of a name: NFKC, case-folded, letters and digits only ('' for None or punctuation)."""
    if not text:
        return ""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return "".join(ch for ch in folded if ch.isalnum())


@lru_cache(maxsize=1 << 16)
def org_key(text: str | None) -> str:
    """The matching key of an organization's name: `name_key` without a trailing group word (SK그룹 → sk)."""
    key = name_key(text)
    for suffix in GROUP_SUFFIXES:
        if key.endswith(suffix) and len(key) > len(suffix):
            return key[: -len(suffix)]
    return key


def own_key(text: str | None) -> str:
    """The key of a name that has no letter or digit ('', '·'): '=' and the name itself, so that it still is a key,
    equal only to the same junk name and never to a real key (real keys are letters and digits only)."""
    return "=" + unicodedata.normalize("NFKC", text or "").strip()


def person_name_key(text: str | None) -> str:
    """The key a person's name stands for: `name_key`, or `own_key` for a name without letters or digits."""
    return name_key(text) or own_key(text)


def org_name_key(text: str | None) -> str:
    """The key an organization's name stands for: `org_key`, or `own_key` for a name without letters or digits."""
    return org_key(text) or own_key(text)


def near_keys(key: str) -> frozenset[str]:
    """The key and every key one deletion away from it, for keys of NEAR_MATCH_MIN_LENGTH characters or more (else
    none). Two such keys within one edit of each other always share one of these (symmetric deletion), so they
    find each other through an index of them; `near_match` then tells the true matches from the rest."""
    if len(key) < NEAR_MATCH_MIN_LENGTH or key.startswith("="):
        return frozenset()
    return frozenset({key, *(key[:i] + key[i + 1:] for i in range(len(key)))})


def within_one_edit(a: str, b: str) -> bool:
    """True when `a` becomes `b` by at most one insertion, deletion or substitution of a character."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1:] == b[i + 1:]
    return a[i:] == b[i + 1:]


def near_match(a: str, b: str) -> bool:
    """Transliteration variants: two keys of at least NEAR_MATCH_MIN_LENGTH characters within one edit."""
    return (min(len(a), len(b)) >= NEAR_MATCH_MIN_LENGTH and not (a.startswith("=") or b.startswith("="))
            and within_one_edit(a, b))


@dataclass(frozen=True, order=True)
class ReportedDate:
    """A date as an article reports it: 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD' with its precision."""

    year: int
    month: int | None = None
    day: int | None = None

    @property
    def precision(self) -> str:
        """'day', 'month' or 'year'."""
        return "day" if self.day is not None else "month" if self.month is not None else "year"

    def iso(self) -> str:
        """'2024', '2024-06' or '2024-06-11'."""
        parts = [f"{self.year:04d}"]
        if self.month is not None:
            parts.append(f"{self.month:02d}")
            if self.day is not None:
                parts.append(f"{self.day:02d}")
        return "-".join(parts)

    def month_only(self) -> ReportedDate:
        """The same date cut to month precision (or year, when it has no month)."""
        return ReportedDate(self.year, self.month)


def parse_reported_date(text: str | None, precision: str | None = None) -> ReportedDate | None:
    """A ReportedDate from 'YYYY[-MM[-DD]]', cut to `precision` when given; None when absent or malformed."""
    match = _DATE.match(text.strip()) if text else None
    if not match:
        return None
    year, month, day = (int(g) if g else None for g in match.groups())
    if month is not None and not 1 <= month <= 12 or day is not None and not 1 <= day <= 31:
        return None
    date = ReportedDate(year, month, day)  # type: ignore[arg-type]
    if precision == "year":
        return ReportedDate(date.year)
    if precision == "month" and date.month is not None:
        return date.month_only()
    return date


def precision_rank(date: ReportedDate | None) -> int:
    """Sort rank, finest first: day 0, month 1, year 2, no date 3."""
    return 3 if date is None else _PRECISION_RANK[date.precision]


def dates_compatible(a: ReportedDate | None, b: ReportedDate | None) -> bool:
    """Could two reports date the same meeting? Same year, and same month when both give one.

    A missing date is compatible with any. Two different days of the same month are compatible on purpose:
    the meeting is the same and the reports disagree (a date conflict, kept and flagged by the resolver).
    """
    if a is None or b is None:
        return True
    if a.year != b.year:
        return False
    return a.month is None or b.month is None or a.month == b.month
