"""Component `newsgraph_dates`: date expressions of each sentence, resolved against the publication date.

"지난 11일" (the last 11th on or before publication), "11일(현지시간)", "지난달 31일", "이달 초", "지난 4월",
"지난해", "2023년 5월 3일", "다음 주", "어제"... The precision is never finer than the text: a month stays a month.
A bare day ("28일") is of the publication month, or of the month before when it is after the publication
day and the verb that follows it tells what happened (past tense: "28일 … 만났다", "28일 열린"), not what is
planned or scheduled ("25일 … 만날 예정이다", "25일 … 마무리한다"). Days told relative to another day ("전날",
"이튿날(인 28일)", "같은 날", "이날", "오후에는", "오후 여의도로") count from the last day the article told before them: in the same
sentence (often the report date: "17일 업계에 따르면 … 전날"), else the last event day of the body, else the
last report date, else the publication date. Without a publication date, relative expressions keep their
text and get no value.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc

from ingest.nlp.state import DateExpr, Sent, Word, state_of

_REL_YEAR = {"지난해": -1, "작년": -1, "올해": 0, "올": 0, "금년": 0, "내년": 1, "재작년": -2}
_REL_MONTH = {"지난달": -1, "전달": -1, "이달": 0, "이번달": 0, "금월": 0, "다음달": 1, "내달": 1}
_REL_WEEK = {"지난주": -1, "이번주": 0, "금주": 0, "다음주": 1, "내주": 1}
_FROM_PUB = {"어제": -1, "그제": -2, "그저께": -2, "오늘": 0, "금일": 0, "내일": 1, "모레": 2}  # from publication
_REL_DAY = {"전날": -1, "전일": -1, "이튿날": 1, "다음날": 1, "익일": 1, "같은날": 0, "당일": 0, "이날": 0, "첫날": 0,
            "오전": 0, "오후": 0, "저녁": 0}  # "(이어) 오후에는 …": later that day
_Y = r"(?P<y>(?:19|20)\d{2})\s*년"
_RY = r"(?P<ry>지난해|재작년|작년|올해|금년|내년|올)"
_RM = r"(?P<rm>지난\s?달|전달|이번\s?달|이달|금월|다음\s?달|내달)"
_RW = r"(?P<rw>지난\s?주|이번\s?주|금주|다음\s?주|내주)(?:\s*(?P<wd>[월화수목금토일])요일|(?![가-힣])|(?=에|중|께))"
_RD = r"(?P<rd>전날|전일|이튿날|다음\s?날|익일|같은\s?날|당일|이날|첫날|오전(?=에|\s)|오후(?=에|\s)|저녁(?=에|\s))(?:\s*인\s*(?P<rdd>3[01]|[12]\d|0?[1-9])\s*일)?"
_PD = r"(?P<pd>어제|그제|그저께|오늘|금일|내일|모레)(?=[은는도의에부까]|[^가-힣]|$)"  # not "오늘날"
_DIR = r"(?:(?P<dir>지난|오는|이번)\s*)?"
_M = r"(?<![\d개])(?P<m>1[0-2]|0?[1-9])\s*월"
_D = r"(?<![\d])(?P<d>3[01]|[12]\d|0?[1-9])\s*일(?!\s*(?:간|째|동안|만에|분|치|반))(?=[에는도부터까지의와께쯤경]|[^가-힣]|$)"
_PART = r"(?:\s*(?P<part>초|중순|말|하순|상순|께))?"
# what a pattern's text must hold for it to match: a digit and 일 ("3일"), a digit and 월 ("5월"). Patterns
# that start with a day or a month (or an optional year or direction before one) try every position of the
# text; a sentence without their day or month is passed over with one search
_DAY = re.compile(r"\d\s*일")
_MONTH = re.compile(r"\d\s*월")
_PATTERNS: list[tuple[re.Pattern[str], re.Pattern[str] | None]] = [  # (pattern, what it needs), in order
    (re.compile(r"(?P<iso>(?:19|20)\d{2})[.\-/]\s?(?P<im>1[0-2]|0?[1-9])[.\-/]\s?(?P<id>3[01]|[12]\d|0?[1-9])(?!\d)"),
     None),
    (re.compile(rf"(?<![가-힣]){_RD}"), None),
    (re.compile(rf"(?<![가-힣]){_PD}"), None),
    (re.compile(rf"(?:{_Y}|{_RY})?\s*{_DIR}{_M}\s*{_D}"), _MONTH),
    (re.compile(rf"{_RM}\s*{_D}"), _DAY),
    (re.compile(rf"(?:{_Y}|{_RY})\s*{_M}{_PART}"), _MONTH),
    (re.compile(rf"{_DIR}{_D}"), _DAY),
    (re.compile(rf"{_DIR}{_M}{_PART}"), _MONTH),
    (re.compile(rf"{_RM}{_PART}"), None),
    (re.compile(rf"(?<![가-힣]){_RW}"), None),
    (re.compile(rf"{_Y}(?!\s*\d)"), None),
    (re.compile(rf"{_RY}(?=[에도는부터까지의와]|[^가-힣]|$)"), None),
]
# "28일 관련업계에 따르면", "회사 측이 5일 밝혔다": the date of the report, not of an event
_REPORT_DATE = re.compile(r"^\s*(?:(?:[^\s,.]{1,12}\s+)?[^\s,.]{0,12}\s*에\s*따르면|(?:밝혔|발표했|전했|공개했)다)")
# ("7일 화장품 업계에 따르면": two words for the source)
# a sentence without any of these holds no date (most sentences): one search instead of eleven
_MAYBE = re.compile(r"\d\s*[일월년]|\d[.\-/]\s?\d|지난|올해|올\s|작년|내년|금년|이달|이번|다음|내달|전달|금월|금주|내주|전날|전일|이튿날|익일|첫날"
                    r"|같은\s?날|당일|이날|어제|그제|그저께|오늘|금일|내일|모레|오전[에\s]|오후[에\s]|저녁[에\s]")


_SPAN_FROM = re.compile(r"^부터\s*(?:이틀|사흘|나흘|닷새|엿새|이레|\d+\s*일)\s*(?:간|동안)")
_RANGE_TO = re.compile(r"(?<!\d)(?:3[01]|[12]\d|0?[1-9])\s*[~∼〜\-–]\s*$")  # "6~9일": the end of a range of days


@Language.factory("newsgraph_dates")
class DateFinder:
    """Finds and resolves the date expressions of every sentence onto `doc._.ng.dates`."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        state = state_of(doc)
        out: list[DateExpr] = []
        anchors = _Anchors(state.published)
        for sent in state.sents:
            if sent.kind == "byline":
                continue
            found = find_dates(sent.text, state.published, sent=sent.index, offset=sent.start,
                               past_at=lambda pos, words=sent.words: told_past(words, pos))
            for d in found:
                if d.relative_day is not None and d.value is None:
                    anchors.resolve(d, [x for x in found if x.start < d.start], sent.para)
            anchors.update(sent, found)
            out.extend(found)
        state.dates = out
        return doc


class _Anchors:
    """The days a relative day can count from: the last event day of the body and the last report date.

    A flashback ("지난달 11일 정상회담에서 …", more than a week before publication) is the anchor only within
    its own paragraph; after it, "전날" and "이날" count from the last day of the article's own days again."""

    def __init__(self, published: dt.date | None) -> None:
        self.published = published
        self.event: dt.date | None = None
        self.event_para = -1
        self.recent: dt.date | None = None  # the last event day within a week of publication
        self.main: dt.date | None = None  # the first one: the day of the story
        self.report: dt.date | None = None
        self.told: tuple[dt.date, int] | None = None  # the last day told in the past, and its paragraph

    def resolve(self, d: DateExpr, before: list[DateExpr], para: int = -1) -> None:
        """Give a relative day ("전날", "이튿날인 28일") its value from the nearest day told before it."""
        same = next((_as_date(x) for x in reversed(before) if _as_date(x)), None)
        event = self.event if self.event_para == para or self.recent is None else self.recent
        if not d.future and self.told is not None and event is not None and self.published is not None \
                and event > self.published and self.told[1] != para:
            event = self.told[0]  # "같은 날" told as done after "오는 3일 …할 예정이다": the day of the story told
        if d.text.startswith("이날") and self.main is not None and self.event_para != para:
            event = self.main  # "이날": the day of the story, not the day of the paragraph before
        anchor = same or event or self.report or self.published
        if anchor is None or d.relative_day is None:
            return
        day = anchor + dt.timedelta(days=d.relative_day)
        if d.day is not None and day.day != d.day:  # "이튿날인 13일" after a flashback: the day said wins
            value, _, _ = resolve({"d": str(d.day)}, self.published, future=d.future)
            if value is None:
                return
            day = dt.date.fromisoformat(value)
        d.value, d.precision = day.isoformat(), "day"
        d.year, d.month, d.day = day.year, day.month, day.day

    def update(self, sent: Sent, found: list[DateExpr]) -> None:
        """Remember the last event day (body sentences) and the last report date."""
        for d in found:
            day = _as_date(d)
            if day is None:
                continue
            if d.report:
                self.report = day
            elif sent.kind == "body" or sent.kind == "caption":
                self.event, self.event_para = day, sent.para
                if self.published is None or day <= self.published:
                    self.told = (day, sent.para)
                if self.published is None or day >= self.published - dt.timedelta(days=7):
                    self.recent = day
                    self.main = self.main or day


def _as_date(d: DateExpr) -> dt.date | None:
    if d.precision != "day" or not d.value:
        return None
    return dt.date.fromisoformat(d.value)


def told_past(words: list[Word], pos: int) -> bool:
    """Is the first verb with a tense after character `pos` in the past (했다, 만난, 열린)?"""
    for w in words:
        if w.start < pos:
            continue
        if not w.predicate:
            if any("EP" in t for t in w.jtags):
                return True  # a noun and the copula in the past: "첫 일정은 29일 X 본사였다"
            if any("EF" in t for t in w.jtags):
                return False
            continue
        parts = [(t, f) for tag, f in zip(w.tags, w.forms) for t in tag.split("+")]
        # a past marker: 었/았/였, or EP fused into a contracted syllable ("했" = 하 + 였)
        if any(t == "EP" and f in ("었", "았", "였") for t, f in parts) or any(
                "+EP" in tag for tag in w.tags):
            return True
        if any(t == "ETM" and f in ("ᆫ", "은") for t, f in parts):
            return w.lemma not in ("이", "아니") and not any(t in ("VA", "VCP") for t, _ in parts)
        if w.lemma in ("있", "없") and parts[-1] == ("ETM", "는"):
            continue  # "30일 오전에는 인천에 있는 본사를 찾아 …": where something is, not when the story happens
        if any(t in ("ETM", "EF") for t, _ in parts):
            return False
    return False


def find_dates(text: str, published: dt.date | None, *, sent: int = 0, offset: int = 0,
               future: bool = False, past_at: Callable[[int], bool] | None = None) -> list[DateExpr]:
    """All date expressions of a text, left to right, without overlaps.

    Report dates ("28일 업계에 따르면") are kept with `report=True`: no event happened then, but a relative
    day may count from them. Relative days are left unresolved here (see `DateFinder`). `past_at(position)`
    tells whether what follows a position is told in the past (else `not future`).
    """
    if _MAYBE.search(text) is None:
        return []
    taken: list[tuple[int, int]] = []
    found: list[DateExpr] = []
    has: dict[re.Pattern[str], bool] = {}  # gate → found in the text (searched once)
    for pattern, needs in _PATTERNS:
        if needs is not None:
            if needs not in has:
                has[needs] = needs.search(text) is not None
            if not has[needs]:
                continue
        for m in pattern.finditer(text):
            s, e = m.start(), m.end()
            while s < e and text[s].isspace():
                s += 1
            if any(s < b and a < e for a, b in taken):
                continue
            g = m.groupdict()
            report = bool(_REPORT_DATE.match(text[e:]))
            if g.get("rd"):
                taken.append((s, e))
                found.append(DateExpr(sent=sent, start=offset + s, end=offset + e, text=text[s:e], value=None,
                                      precision="day", day=int(g["rdd"]) if g.get("rdd") else None,
                                      relative_day=_REL_DAY[g["rd"].replace(" ", "")],
                                      future=not past_at(offset + e) if past_at else future))
                continue
            ahead = not past_at(offset + e) if past_at and g.get("d") and not g.get("dir") else future
            value, precision, parts = resolve(g, published, future=ahead)
            if precision is None:
                continue
            taken.append((s, e))
            found.append(DateExpr(sent=sent, start=offset + s, end=offset + e, text=text[s:e], value=value,
                                  precision=precision, year=parts[0], month=parts[1], day=parts[2], report=report,
                                  span=precision == "day" and bool(_SPAN_FROM.match(text[e:])
                                                                   or _RANGE_TO.search(text[:s]))))
    found.sort(key=lambda d: d.start)
    return found


def resolve(g: dict[str, str | None], pub: dt.date | None, *, future: bool = False) -> tuple[
        str | None, str | None, tuple[int | None, int | None, int | None]]:
    """(value, precision, (y, m, d)) of one matched expression; precision None when it is no date."""
    if g.get("iso"):
        return _fmt(int(g["iso"]), int(g["im"]), int(g["id"]))
    if g.get("rw"):
        return _week(_REL_WEEK[g["rw"].replace(" ", "")], pub, g.get("wd"))
    if g.get("pd"):  # "어제", "오늘": counted from the publication date
        if pub is None:
            return None, "day", (None, None, None)
        day = pub + dt.timedelta(days=_FROM_PUB[g["pd"]])
        return _fmt(day.year, day.month, day.day)
    year = int(g["y"]) if g.get("y") else None
    ry = g.get("ry")
    rm = g.get("rm")
    month = int(g["m"]) if g.get("m") else None
    day = int(g["d"]) if g.get("d") else None
    direction = g.get("dir")
    if year is None and ry is not None:
        if pub is None:
            return None, "year" if month is None else ("month" if day is None else "day"), (None, month, day)
        year = pub.year + _REL_YEAR[ry]
    if rm is not None:
        if pub is None:
            return None, "month" if day is None else "day", (None, None, day)
        y, mth = _shift_month(pub.year, pub.month, _REL_MONTH[rm.replace(" ", "")])
        return _fmt(y, mth, day) if day else _fmt(y, mth)
    if month is not None:
        if year is None:
            if pub is None:
                return None, "month" if day is None else "day", (None, month, day)
            year = pub.year
            if direction == "지난" and (month > pub.month or (month == pub.month and day is None)):
                year -= 1
            elif direction == "오는" and month < pub.month:
                year += 1
        return _fmt(year, month, day) if day else _fmt(year, month)
    if day is not None:
        if pub is None:
            return None, "day", (None, None, day)
        y, mth = pub.year, pub.month
        if day > pub.day and (direction == "지난" or (direction is None and not future)):
            y, mth = _shift_month(y, mth, -1)  # a past day after the publication day: last month
        elif direction == "오는" and day < pub.day:
            y, mth = _shift_month(y, mth, 1)
        return _fmt(y, mth, day)
    if year is not None:
        return _fmt(year)
    return None, None, (None, None, None)


_WEEKDAYS = "월화수목금토일"


def _week(delta: int, pub: dt.date | None, weekday: str | None = None) -> tuple[
        str | None, str | None, tuple[int | None, int | None, int | None]]:
    """A week (Monday to Sunday) as a month, the month its Monday is in; with a weekday ("지난주 목요일"), that
    day."""
    if pub is None:
        return None, "day" if weekday else "month", (None, None, None)
    monday = pub - dt.timedelta(days=pub.weekday()) + dt.timedelta(weeks=delta)
    if weekday:
        day = monday + dt.timedelta(days=_WEEKDAYS.index(weekday))
        return _fmt(day.year, day.month, day.day)
    return _fmt(monday.year, monday.month)


def _shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    k = year * 12 + (month - 1) + delta
    return k // 12, k % 12 + 1


def _fmt(year: int, month: int | None = None, day: int | None = None) -> tuple[str | None, str | None, tuple]:
    if month is None:
        return f"{year:04d}", "year", (year, None, None)
    if day is None:
        return f"{year:04d}-{month:02d}", "month", (year, month, None)
    if day > calendar.monthrange(year, month)[1]:
        return None, None, (None, None, None)
    return f"{year:04d}-{month:02d}-{day:02d}", "day", (year, month, day)
