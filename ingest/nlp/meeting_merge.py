"""Merging the reports of one meeting: a caption, the body sentence, a follow-up ("두 사람은 …").

Two meetings merge when their actors nest (an organization counts as present when a person of it, or of its
affiliate, is: LG for a person of LG전자), their dates agree (one may be coarser or a default) and their status is
the same; the closest date wins ties. A meeting told as an earlier one ("처음 만난", "만나 … 논의한 바 있다") merges
only on the same stated date. Merging repeats until nothing changes (a caption may join two reports told apart).
"""

from __future__ import annotations

import re

from ingest.nlp.lexicon import get_lexicon
from ingest.nlp.state import ArticleState, DateExpr, MeetingRec


def covered_orgs(state: ArticleState, participants: list[int]) -> frozenset[str]:
    """The organizations present through these people: theirs, and the groups theirs belong to (LG for a
    person of LG전자)."""
    return get_lexicon().with_groups({o for p in participants for o in state.people[p].orgs})


def _actor_keys(state: ArticleState, m: MeetingRec) -> tuple[set[tuple[str, object]], frozenset[str]]:
    keys: set[tuple[str, object]] = {("p", p) for p in m.participants}
    keys |= {("o", o) for o in m.orgs}
    return keys, covered_orgs(state, m.participants)


def _nested(state: ArticleState, a: MeetingRec, b: MeetingRec) -> bool:
    """Every actor of a is in b (an organization counts as present when a person of it is)."""
    keys_b, orgs_b = _actor_keys(state, b)
    for p in a.participants:
        if ("p", p) not in keys_b:
            return False
    return all(("o", o) in keys_b or o in orgs_b for o in a.orgs)


def _dates_compatible(a: MeetingRec, b: MeetingRec) -> bool:
    if a.distinct or b.distinct:
        return not a.soft and not b.soft and a.date is not None and b.date is not None and \
            a.date.value == b.date.value
    if a.soft or b.soft or a.date is None or b.date is None or not a.date.value or not b.date.value:
        return True
    x, y = (d.value[:7] if d.span else d.value for d in (a.date, b.date))  # (a range of days: its month)
    if a.from_day != b.from_day and len(x) == len(y) == 10 and x[:7] == y[:7]:
        return (y >= x) if a.from_day else (x >= y)  # a trip's first day, then a day of it
    if not (x.startswith(y) or y.startswith(x)):
        return False
    return _in_part(a.date, y) and _in_part(b.date, x)  # ("이달 초" is not the 17th: two meetings)


_SLOTS = {"오전": "morning", "아침": "morning", "조찬": "morning", "점심": "noon", "오찬": "noon", "오후": "afternoon",
          "저녁": "evening", "만찬": "evening", "밤": "evening"}
_SLOT = re.compile("|".join(_SLOTS))


def _slot(state: ArticleState, m: MeetingRec) -> str | None:
    """The time of day the sentence that first told the meeting says, when it says one ("30일 오전에는 … 조찬
    회동을"), else None."""
    if not m.evidence:
        return None
    found = {_SLOTS[x] for x in _SLOT.findall(state.sents[m.evidence[0][0]].text)}
    return found.pop() if len(found) == 1 else None


_SAME_DAY = re.compile(r"^\s*같은\s?날")


def _times_differ(state: ArticleState, a: MeetingRec, b: MeetingRec) -> bool:
    """Two meetings told at different times of one day ("오전 … 조찬", "저녁 … 만찬") are two; so is one told
    in a sentence that opens on "같은 날" ("같은 날 저녁에는 B가 만찬을 열고 …"): another event of the day of
    the one told before it."""
    x, y = _slot(state, a), _slot(state, b)
    if x is not None and y is not None and x != y:
        return True
    if not a.evidence or not b.evidence or a.evidence[0][0] == b.evidence[0][0]:
        return False
    later = a if a.evidence[0][0] > b.evidence[0][0] else b
    return bool(_SAME_DAY.match(state.sents[later.evidence[0][0]].text))


_PARTS = {"초": (1, 10), "상순": (1, 10), "중순": (11, 20), "하순": (21, 31), "말": (21, 31)}
_PART = re.compile(r"(초|상순|중순|하순|말)\s*$")


def _in_part(month: DateExpr, other: str) -> bool:
    """A day falls in the part of the month a month date names ("이달 초": 1–10, "지난달 말": 21–31)."""
    found = _PART.search(month.text) if month.value and len(month.value) == 7 and len(other) == 10 else None
    if found is None:
        return True
    lo, hi = _PARTS[found.group(1)]
    return lo <= int(other[8:]) <= hi


def merge_meetings(state: ArticleState, meetings: list[MeetingRec]) -> list[MeetingRec]:
    """Merge reports of one meeting (nested actors, compatible dates, same status), in text order, to a fixpoint."""
    for m in meetings:  # "LG … 조주완(LG전자), 나델라 만나": the group is there through its affiliate's person
        covered = covered_orgs(state, m.participants)
        m.orgs = [o for o in m.orgs if o not in covered]
    out = [m for m in meetings if len(m.participants) + len(m.orgs) >= 2]
    for _ in range(4):
        merged = _merge_pass(state, out)
        if len(merged) == len(out):
            return merged
        out = merged
    return out


def _merge_pass(state: ArticleState, meetings: list[MeetingRec]) -> list[MeetingRec]:
    out: list[MeetingRec] = []
    for m in meetings:
        best = None
        best_score = -1.0
        for k, e in enumerate(out):
            if e.status != m.status or not _dates_compatible(m, e) or _times_differ(state, m, e):
                continue
            if not (_nested(state, m, e) or _nested(state, e, m)):
                continue
            if (m.separate or e.separate) and not (_nested(state, m, e) and _nested(state, e, m)):
                continue  # held apart: only another report of the same actors
            score = k / 1000
            if m.date and e.date and m.date.value and e.date.value:
                if m.date.value == e.date.value:
                    score += 2
                elif m.date.value.startswith(e.date.value) or e.date.value.startswith(m.date.value):
                    score += 1
            if score > best_score:
                best, best_score = e, score
        if best is None:
            out.append(m)
            continue
        _absorb(state, best, m)
    return out


def _absorb(state: ArticleState, e: MeetingRec, m: MeetingRec) -> None:
    for p in m.participants:
        if p not in e.participants:
            e.participants.append(p)
    for p in m.attendees:
        if p not in e.attendees:
            e.attendees.append(p)
    for o in m.orgs:
        if o not in e.orgs:
            e.orgs.append(o)
    covered = covered_orgs(state, e.participants)
    e.orgs = [o for o in e.orgs if o not in covered]
    if m.date is not None and (e.date is None or e.soft and not m.soft or e.from_day and not m.from_day and not m.soft or
                               (not m.soft and m.date.value and e.date.value and
                                (len(m.date.value) > len(e.date.value) or e.date.span and not m.date.span))):
        e.date, e.soft, e.from_day = m.date, m.soft, m.from_day
    e.place = e.place or m.place
    e.distinct = e.distinct or m.distinct
    e.separate = e.separate or m.separate
    for t in m.topics:
        if t not in e.topics:
            e.topics.append(t)
    for ev in m.evidence:
        if ev not in e.evidence:
            e.evidence.append(ev)
