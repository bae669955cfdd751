"""Korean helpers of the corpus generator: particles that agree with the last sound, and relative dates.

A relative date is written as a Korean news article writes it ("지난 11일", "지난달 3일", "이달 초", "지난 4월",
"지난해") and resolved against the article's publication date with the precision the text allows, never more.
"""

from __future__ import annotations

import calendar
import datetime as dt
import random
import re
from dataclasses import dataclass

# Latin letters and digits whose Korean reading ends in a consonant (엘, 엠, 엔, 알; 일, 삼, 육, 칠, 팔, 영).
_LATIN_BATCHIM = {"l": 8, "m": 16, "n": 4, "r": 8}
_DIGIT_BATCHIM = {"0": 21, "1": 8, "3": 16, "6": 1, "7": 8, "8": 8}
_PAREN_TAIL = re.compile(r"\([^()]*\)$")


def final_consonant(word: str) -> int:
    """Index of the final consonant (jongseong) of the word's last sound; 0 when it ends in a vowel.

    A trailing parenthesis is skipped: "라파엘 코스타(Rafael Costa)" is read up to "코스타".
    """
    word = _PAREN_TAIL.sub("", word.strip()).rstrip(" '\"’”")
    if not word:
        return 0
    last = word[-1]
    if "가" <= last <= "힣":
        return (ord(last) - 0xAC00) % 28
    if last.isascii() and last.isalpha():
        return _LATIN_BATCHIM.get(last.lower(), 0)
    return _DIGIT_BATCHIM.get(last, 0)


_PAIRS = {"은": ("은", "는"), "는": ("은", "는"), "이": ("이", "가"), "가": ("이", "가"), "을": ("을", "를"),
          "를": ("을", "를"), "과": ("과", "와"), "와": ("과", "와"), "이다": ("이다", "다"), "이라며": ("이라며", "라며"),
          "이라고": ("이라고", "라고"), "이나": ("이나", "나"), "이며": ("이며", "며"), "이자": ("이자", "자")}


def josa(word: str, particle: str) -> str:
    """`word` followed by the form of `particle` that fits its last sound: josa("코스타", "은") -> "코스타는"."""
    fc = final_consonant(word)
    if particle in ("으로", "로"):
        return word + ("으로" if fc not in (0, 8) else "로")
    with_c, without_c = _PAIRS[particle]
    return word + (with_c if fc else without_c)


# --- dates -------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class DateExpr:
    """A date as written in the article and its resolution against the publication date."""

    text: str
    value: str | None  # 'YYYY-MM-DD', 'YYYY-MM', 'YYYY' or None
    precision: str | None  # 'day', 'month', 'year' or None


def _month_shift(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _day(y: int, m: int, d: int) -> DateExpr:
    return DateExpr("", f"{y:04d}-{m:02d}-{d:02d}", "day")


def past_date(rng: random.Random, published: dt.date) -> DateExpr:
    """A past date expression relative to `published`, drawn from the forms news articles use."""
    p = published
    py, pm = _month_shift(p.year, p.month, -1)
    options: list[tuple[float, DateExpr]] = []
    if p.day >= 2:
        d = rng.randint(1, p.day - 1)
        ymd = _day(p.year, p.month, d).value
        options += [(5, DateExpr(f"지난 {d}일", ymd, "day")), (1.5, DateExpr(f"{d}일(현지시간)", ymd, "day")),
                    (1, DateExpr(f"{p.month}월 {d}일", ymd, "day"))]
    # "지난 25일" written on the 3rd means the 25th of the previous month
    last_day_prev = calendar.monthrange(py, pm)[1]
    if p.day < last_day_prev:
        d = rng.randint(p.day + 1, last_day_prev)
        options.append((0.7, DateExpr(f"지난 {d}일", _day(py, pm, d).value, "day")))
    d = rng.randint(1, last_day_prev)
    options += [
        (2, DateExpr(f"지난달 {d}일", _day(py, pm, d).value, "day")),
        (1, DateExpr("지난달", f"{py:04d}-{pm:02d}", "month")),
        (1.5, DateExpr(rng.choice(("이달 초", "이달 들어", "이달 중순")), f"{p.year:04d}-{p.month:02d}", "month")),
        (1.5, DateExpr("지난해", f"{p.year - 1:04d}", "year")),
        (0.5, DateExpr("지난해 말", f"{p.year - 1:04d}", "year")),
        (0.5, DateExpr("최근", None, None)),
    ]
    if p.month >= 3:
        m = rng.randint(1, p.month - 2)
        options.append((2, DateExpr(f"지난 {m}월", f"{p.year:04d}-{m:02d}", "month")))
        options.append((0.5, DateExpr("올해 초", f"{p.year:04d}", "year")))
    if p.month <= 10:
        m = rng.randint(p.month + 1, 12)  # "지난 11월" written in March: November of the previous year
        options.append((0.7, DateExpr(f"지난 {m}월", f"{p.year - 1:04d}-{m:02d}", "month")))
    m = rng.randint(1, 12)
    options.append((1, DateExpr(f"지난해 {m}월", f"{p.year - 1:04d}-{m:02d}", "month")))
    return _pick(rng, options)


def future_date(rng: random.Random, published: dt.date) -> DateExpr:
    """A future date expression for a planned meeting ("오는 20일", "다음 달", "조만간")."""
    p = published
    ny, nm = _month_shift(p.year, p.month, 1)
    last_day = calendar.monthrange(p.year, p.month)[1]
    options: list[tuple[float, DateExpr]] = [
        (2, DateExpr(rng.choice(("다음 달", "내달")), f"{ny:04d}-{nm:02d}", "month")),
        (1, DateExpr("조만간", None, None)),
        (0.7, DateExpr("연내", f"{p.year:04d}", "year")),
    ]
    if p.day < last_day:
        d = rng.randint(p.day + 1, last_day)
        options.append((3, DateExpr(f"오는 {d}일", _day(p.year, p.month, d).value, "day")))
    if p.month <= 10:
        m = rng.randint(p.month + 2, 12)
        options.append((1, DateExpr(f"오는 {m}월", f"{p.year:04d}-{m:02d}", "month")))
    return _pick(rng, options)


def _pick(rng: random.Random, options: list[tuple[float, DateExpr]]) -> DateExpr:
    weights = [w for w, _ in options]
    return rng.choices([e for _, e in options], weights=weights)[0]


def resolve(text: str, published: dt.date) -> DateExpr:
    """Resolve a date expression of the forms above against `published` (the tests check the gold with it)."""
    p = published
    py, pm = _month_shift(p.year, p.month, -1)
    ny, nm = _month_shift(p.year, p.month, 1)
    t = text.replace("(현지시간)", "").strip()
    if m := re.fullmatch(r"지난달 (\d+)일", t):
        return _with(text, _day(py, pm, int(m[1])))
    if m := re.fullmatch(r"지난 (\d+)일", t):
        d = int(m[1])
        return _with(text, _day(p.year, p.month, d) if d < p.day else _day(py, pm, d))
    if m := re.fullmatch(r"(\d+)일", t):
        return _with(text, _day(p.year, p.month, int(m[1])))
    if m := re.fullmatch(r"(\d+)월 (\d+)일", t):
        return _with(text, _day(p.year, int(m[1]), int(m[2])))
    if m := re.fullmatch(r"오는 (\d+)일", t):
        return _with(text, _day(p.year, p.month, int(m[1])))
    if m := re.fullmatch(r"지난 (\d+)월", t):
        mo = int(m[1])
        return DateExpr(text, f"{p.year if mo < p.month else p.year - 1:04d}-{mo:02d}", "month")
    if m := re.fullmatch(r"지난해 (\d+)월", t):
        return DateExpr(text, f"{p.year - 1:04d}-{int(m[1]):02d}", "month")
    if m := re.fullmatch(r"오는 (\d+)월", t):
        return DateExpr(text, f"{p.year:04d}-{int(m[1]):02d}", "month")
    fixed = {"지난달": (f"{py:04d}-{pm:02d}", "month"), "이달 초": (f"{p.year:04d}-{p.month:02d}", "month"),
             "이달 들어": (f"{p.year:04d}-{p.month:02d}", "month"), "이달 중순": (f"{p.year:04d}-{p.month:02d}", "month"),
             "지난해": (f"{p.year - 1:04d}", "year"), "지난해 말": (f"{p.year - 1:04d}", "year"),
             "올해 초": (f"{p.year:04d}", "year"), "연내": (f"{p.year:04d}", "year"),
             "다음 달": (f"{ny:04d}-{nm:02d}", "month"), "내달": (f"{ny:04d}-{nm:02d}", "month"),
             "최근": (None, None), "조만간": (None, None)}
    if t in fixed:
        return DateExpr(text, *fixed[t])
    raise ValueError(f"unknown date expression {text!r}")


def _with(text: str, e: DateExpr) -> DateExpr:
    return DateExpr(text, e.value, e.precision)
