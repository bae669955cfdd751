"""Component `newsgraph_meetings`: meetings as events, from cue words, noun-phrase roles and discourse.

In a sentence with a meeting cue (`trigger_cues.tsv`), person and organization mentions are grouped into
chains (lists joined by 와/과, commas, '·', dates, "를 시작으로") and each chain gets the role of the particle
that ends it: subject (이/가/은/는), with (와/과), object (을/를), of (의), bare. The subject is the subject chain,
else "그는" or the discourse topic (the last person subject of the body). The last with/object chain before
a cue holds the counterparts, earlier ones are companions; a list of counterparts from different sides
(organizations) gives one meeting per side, each with the date said just before it. A photo caption is one
group meeting. 배석/동석 adds attendees to the meeting just told. Planned and negated forms
(`status_cues.tsv`) set the status or drop the meeting. Meetings told several times (caption, body,
follow-up) merge when their actors nest and their dates agree.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc

from ingest.nlp.lexicon import get_lexicon
from ingest.nlp.resources import read_tsv
from ingest.nlp.state import ArticleState, DateExpr, MeetingRec, PersonMention, Sent, state_of

_SUBJ = ("이", "가", "은", "는", "께서", "께서는", "도", "이가")
_WITH = ("와", "과", "와는", "과는", "와도", "과도", "와의", "과의", "와만", "과만")
_OBJ = ("을", "를", "을도", "를도")
_GENERIC_GROUP_END = ("들과", "들와")
_DISCUSS_OBJECTS = ("의견", "대화", "얘기", "이야기", "담소", "환담", "덕담")


@cache
def _cues() -> dict[str, str]:
    return {cue: kind for kind, cue in read_tsv("trigger_cues.tsv")}


@cache
def _status() -> tuple[tuple[str, str, re.Pattern[str]], ...]:
    return tuple((kind, where, re.compile(p)) for kind, where, p in read_tsv("status_cues.tsv"))


@dataclass
class Actor:
    """A participant candidate: a person (index) or an organization met as a whole."""

    kind: str  # "p" | "o"
    ref: int | str
    first: int
    last: int
    start: int
    role: str = ""
    chain: int = -1
    sides: frozenset[str] = field(default_factory=frozenset)


@Language.factory("newsgraph_meetings")
class MeetingFinder:
    """Finds meetings on `doc._.ng.meetings` (see module docstring)."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        state = state_of(doc)
        by_sent: dict[int, list[PersonMention]] = {}
        for m in state.person_mentions:
            by_sent.setdefault(m.sent, []).append(m)
        dates: dict[int, list[DateExpr]] = {}
        for d in state.dates:
            if not d.report:
                dates.setdefault(d.sent, []).append(d)
        topic = -1
        effective: dict[int, DateExpr | None] = {}
        meetings: list[MeetingRec] = []
        done_caption_paras: set[int] = set()
        for sent in state.sents:
            if sent.kind == "byline":
                continue
            own = dates.get(sent.index, [])
            prev = state.sents[sent.index - 1] if sent.index > 0 else None
            inherited = effective.get(prev.index) if prev is not None and prev.para == sent.para else None
            effective[sent.index] = own[0] if own else inherited
            actors = self.actors(state, sent, by_sent.get(sent.index, []))
            cues = self.cues(sent)
            if sent.kind == "caption":
                if sent.para not in done_caption_paras:
                    done_caption_paras.add(sent.para)
                    meetings.extend(self.caption_meeting(state, sent, by_sent, dates))
                continue
            subj_chain = _subject_chain(actors, cues[0][0] if cues else len(sent.words))
            if cues:
                new = self.sentence_meetings(state, sent, actors, cues, topic, own, inherited, subj_chain)
                for m in new:
                    m.order = len(meetings)
                    meetings.append(m)
                if any(kind == "attend" for _, kind in cues):
                    self.attach_attendees(state, sent, actors, meetings)
            if sent.kind == "body":
                people = [a for a in actors if a.kind == "p" and a.chain == subj_chain]
                if people and subj_chain >= 0:
                    topic = int(people[0].ref)
        state.meetings = merge_meetings(state, meetings)
        return doc

    # ------------------------------------------------------------------------------------------------
    def cues(self, sent: Sent) -> list[tuple[int, str]]:
        """(word index, kind) of the meeting cues of a sentence."""
        table = _cues()
        out = []
        words = sent.words
        for i, w in enumerate(words):
            if w.punct or w.quote >= 0:
                continue
            kind = table.get(w.lemma) if w.predicate else None
            if kind is None:
                kind = table.get(w.stem)
            if kind is None and w.predicate and w.lemma.endswith("하"):
                kind = table.get(w.lemma[:-1])
            if kind is None:
                continue
            if kind == "photo" and "기념" not in sent.text and "함께" not in sent.text:
                continue
            if w.lemma == "나누" and not (i > 0 and words[i - 1].stem in _DISCUSS_OBJECTS):
                continue
            out.append((i, kind))
        return out

    def actors(self, state: ArticleState, sent: Sent, mentions: list[PersonMention]) -> list[Actor]:
        """Person and organization actors of a sentence in word order, with chains and roles."""
        words = sent.words
        out: list[Actor] = []
        covered: set[int] = set()
        for m in mentions:
            covered.update(range(m.first, m.last + 1))
            if words[m.first].quote >= 0:
                continue
            if m.person >= 0:
                p = state.people[m.person]
                out.append(Actor("p", m.person, m.first, m.last, words[m.first].start,
                                 sides=frozenset(p.orgs) or frozenset({p.name})))
            elif m.short == "anon" and m.orgs:
                out.append(Actor("o", m.orgs[-1], m.first, m.last, words[m.first].start,
                                 sides=frozenset({m.orgs[-1]})))
            elif m.short == "pronoun":
                continue
        for om in state.org_mentions:
            if om.sent != sent.index or om.first in covered or words[om.first].quote >= 0:
                continue
            last = words[om.last]
            if last.josa or _in_chain_context(words, om.first, om.last):
                out.append(Actor("o", om.org, om.first, om.last, words[om.first].start, sides=frozenset({om.org})))
        for i, w in enumerate(words):  # "그는" / "그가": a pronoun subject
            if w.stem == "그" and w.tags[:1] == ("NP",) and w.josa in ("는", "가", "의"):
                out.append(Actor("p", -2, i, i, w.start, sides=frozenset()))
        out.sort(key=lambda a: a.first)
        _chain(words, out, state.dates, sent)
        return out

    def sentence_meetings(self, state: ArticleState, sent: Sent, actors: list[Actor], cues: list[tuple[int, str]],
                          topic: int, own: list[DateExpr], inherited: DateExpr | None,
                          subj_chain: int) -> list[MeetingRec]:
        """Meetings of a body or headline sentence."""
        kinds = {k for _, k in cues}
        if kinds <= {"attend"}:
            return []
        status = self.status(sent, cues)
        if status == "negated":
            return []
        subjects = [a for a in actors if a.chain == subj_chain and subj_chain >= 0]
        subjects = [self._resolve_pronoun(a, topic) for a in subjects]
        subjects = [a for a in subjects if a is not None and a.kind == "p"]
        if not subjects and sent.kind == "body" and topic >= 0:
            p = state.people[topic]
            subjects = [Actor("p", topic, -1, -1, sent.start, sides=frozenset(p.orgs) or frozenset({p.name}))]
        if not subjects:
            return []
        first_cue = min(i for i, _ in cues)
        others = [a for a in actors if a.chain != subj_chain and a.ref != -2 and
                  not (a.role == "subj" and a.first > first_cue) and
                  not any(a.kind == s.kind and a.ref == s.ref for s in subjects)]
        strong = bool(kinds & {"meet", "photo"})
        if not strong:
            others = [a for a in others if a.kind == "p" and a.role in ("with", "obj", "subj", "of", "bare")]
        if not others:
            if len(subjects) >= 2 and strong and _distinct_sides(subjects) and not _generic_partner(sent, cues):
                return [self._meeting(state, sent, subjects, [], status, own, inherited, cues)]
            return []
        segments = _segments(sent, others, cues)
        out: list[MeetingRec] = []
        subject_sides = frozenset().union(*(s.sides for s in subjects))
        for seg in segments:
            chains = sorted({a.chain for a in seg})
            counter_chain = chains[-1]
            counterparts = [a for a in seg if a.chain == counter_chain]
            companions = [a for a in seg if a.chain != counter_chain and a.kind == "p"]
            companions += [a for a in counterparts if a.sides & subject_sides]
            counterparts = [a for a in counterparts if not a.sides & subject_sides]
            if not counterparts:
                continue
            groups: dict[frozenset[str], list[Actor]] = {}
            for a in counterparts:
                key = next((k for k in groups if k & a.sides), a.sides)
                groups.setdefault(key, []).append(a)
            if kinds <= {"visit"} and not any(a.kind == "p" for a in counterparts):
                continue
            for group in groups.values():
                date = _date_before(sent, group[0].start, own, [g[0] for g in groups.values()]) if len(groups) > 1 \
                    else None
                out.append(self._meeting(state, sent, subjects + companions, group, status, own, inherited, cues,
                                         date=date))
        return out

    def caption_meeting(self, state: ArticleState, sent: Sent, by_sent: dict[int, list[PersonMention]],
                        dates: dict[int, list[DateExpr]]) -> list[MeetingRec]:
        """A photo caption (all its sentences) with people of two sides or more: one group meeting."""
        para = [s for s in state.sents if s.para == sent.para and s.kind == "caption"]
        people: list[int] = []
        for s in para:
            for m in by_sent.get(s.index, []):
                if m.person >= 0 and m.person not in people and sent.words and s.words[m.first].quote < 0:
                    people.append(m.person)
        if len(people) < 2:
            return []
        sides = {frozenset(state.people[p].orgs) or frozenset({state.people[p].name}) for p in people}
        if len(sides) < 2 and not any(len(s) > 1 for s in sides):
            return []
        has_cue = any(self.cues(s) for s in para) or any(re.search(r"(왼쪽|좌측|오른쪽|우측)부터", s.text) for s in para)
        if not has_cue:
            return []
        own = [d for s in para for d in dates.get(s.index, [])]
        m = MeetingRec(participants=people)
        m.status = "held"
        _set_date(m, own[0] if own else None, state.published)
        m.place = _place(para[0]) if para else None
        m.topics = _topics(state, [s.index for s in para])
        m.evidence = [(s.index, s.start, s.end) for s in para]
        return [m]

    def attach_attendees(self, state: ArticleState, sent: Sent, actors: list[Actor],
                         meetings: list[MeetingRec]) -> None:
        """배석/동석: the people of the sentence sat in on the meeting just told (same paragraph)."""
        people = [int(a.ref) for a in actors if a.kind == "p" and int(a.ref) >= 0]
        if not people or not meetings:
            return
        target = meetings[-1]
        last_sent = target.evidence[-1][0] if target.evidence else -1
        if last_sent < 0 or state.sents[last_sent].para != sent.para and last_sent != sent.index - 1:
            return
        for p in people:
            if p not in target.participants:
                target.participants.append(p)
            if p not in target.attendees:
                target.attendees.append(p)
        target.evidence.append((sent.index, sent.start, sent.end))

    def status(self, sent: Sent, cues: list[tuple[int, str]]) -> str:
        """held, planned or negated, from the text around the first meeting cue."""
        words = sent.words
        i = next((i for i, k in cues if k in ("meet", "photo", "discuss", "visit")), cues[0][0])
        w = words[i]
        after = sent.text[w.stem_end - sent.start if w.stem else w.start - sent.start:]
        if w.predicate:
            after = sent.text[w.start - sent.start + len(w.lemma.rstrip("하")):] if w.lemma else after
        before = sent.text[:w.start - sent.start]
        result = "held"
        for kind, where, pattern in _status():
            text = after if where == "after" else before
            if pattern.search(text):
                if kind == "negated":
                    return "negated"
                result = "planned"
        return result

    def _resolve_pronoun(self, a: Actor, topic: int) -> Actor | None:
        if a.ref == -2:
            return Actor("p", topic, a.first, a.last, a.start, a.role, a.chain) if topic >= 0 else None
        return a

    def _meeting(self, state: ArticleState, sent: Sent, side_a: list[Actor], side_b: list[Actor], status: str,
                 own: list[DateExpr], inherited: DateExpr | None, cues: list[tuple[int, str]],
                 date: DateExpr | None = None) -> MeetingRec:
        m = MeetingRec(participants=[])
        for a in side_a + side_b:
            if a.kind == "p":
                idx = int(a.ref)
                if idx >= 0 and idx not in m.participants:
                    m.participants.append(idx)
                    if a.sides:
                        for a2 in side_a + side_b:
                            pass
            elif str(a.ref) not in m.orgs:
                m.orgs.append(str(a.ref))
        for a in side_a + side_b:  # a person of the side already stands for the organization
            if a.kind == "p" and int(a.ref) >= 0:
                m.orgs = [o for o in m.orgs if o not in state.people[int(a.ref)].orgs]
        cue_start = sent.words[cues[0][0]].start
        if date is None:
            before = [d for d in own if d.start < cue_start]
            date = before[-1] if before else (own[0] if own else inherited)
        _set_date(m, date, state.published)
        m.status = status
        m.place = _place(sent)
        m.topics = _topics(state, [sent.index])
        m.evidence = [(sent.index, sent.start, sent.end)]
        return m


# helpers ------------------------------------------------------------------------------------------------
def _in_chain_context(words: list, first: int, last: int) -> bool:
    """A bare organization word followed by ',' or '·' (part of a list)."""
    nxt = words[last + 1] if last + 1 < len(words) else None
    return nxt is not None and nxt.punct and nxt.text in (",", "·")


def _chain(words: list, actors: list[Actor], dates: list[DateExpr], sent: Sent) -> None:
    """Group actors into chains (lists) and give each actor its chain's role."""
    date_spans = [(d.start, d.end) for d in dates if d.sent == sent.index]

    def separator_ok(i: int, j: int) -> bool:
        for w in words[i:j]:
            if w.punct and w.text in (",", "·", "/"):
                continue
            if any(s <= w.start and w.stem_end <= e for s, e in date_spans):
                continue
            if w.stem in ("및", "그리고", "또", "또한") or (w.predicate and w.text in ("및",)):
                continue
            return False
        return True

    chain = -1
    prev: Actor | None = None
    for a in actors:
        link = False
        if prev is not None and prev.last < a.first:
            pj = words[prev.last].josa
            between = separator_ok(prev.last + 1, a.first)
            if between and (pj in ("", "와", "과", "및") or (pj in _OBJ and _starts_list(words, prev.last + 1,
                                                                                         a.first))):
                link = True
            if pj in _OBJ and prev.last + 1 < len(words) and words[prev.last + 1].stem == "시작" and \
                    separator_ok(prev.last + 2, a.first):
                link = True
        if not link:
            chain += 1
        a.chain = chain
        prev = a
    roles: dict[int, str] = {}
    for a in actors:
        roles[a.chain] = _role(words, a.last)
    for a in actors:
        a.role = roles[a.chain]


def _starts_list(words: list, i: int, j: int) -> bool:
    return i < len(words) and words[i].stem == "시작"


def _role(words: list, last: int) -> str:
    w = words[last]
    j = w.josa
    if not j:
        for k in range(last + 1, min(len(words), last + 6)):
            x = words[k]
            if x.punct or x.predicate:
                break
            if x.josa:
                if x.stem in ("등", "외") or x.plural or k > last + 1:
                    j = x.josa
                    if x.plural and x.josa in ("과", "와"):
                        return "with"
                break
            if x.stem not in ("등", "외") and not x.plural and k == last + 1 and not get_lexicon().is_generic(x.stem):
                break
    if not j:
        return "bare"
    if j.startswith(_WITH):
        return "with"
    if j in _OBJ:
        return "obj"
    if j in ("의",):
        return "of"
    if j in _SUBJ:
        return "subj"
    return "other"


def _subject_chain(actors: list[Actor], first_cue: int) -> int:
    """The chain of the subject said before the first cue (else the first subject chain)."""
    before = [a for a in actors if a.role == "subj" and a.first < first_cue]
    if before:
        return before[0].chain
    return next((a.chain for a in actors if a.role == "subj"), -1)


def _distinct_sides(actors: list[Actor]) -> bool:
    sides = [a.sides for a in actors]
    return any(not (sides[0] & s) for s in sides[1:])


def _generic_partner(sent: Sent, cues: list[tuple[int, str]]) -> bool:
    """A with/object phrase that names nobody ("대표들과 만나"): the subjects did not meet each other."""
    cue = cues[0][0]
    for w in sent.words[:cue]:
        if w.nominal and (w.josa in _WITH or w.josa in _OBJ) and any(t.startswith("JKB") or t.startswith("JKO")
                                                                       for t in w.jtags):
            return True
    return False


def _segments(sent: Sent, others: list[Actor], cues: list[tuple[int, str]]) -> list[list[Actor]]:
    """Split the non-subject actors at meeting cues: chains before a cue belong to it."""
    cue_pos = sorted(i for i, _ in cues)
    segs: list[list[Actor]] = []
    cur: list[Actor] = []
    ci = 0
    for a in others:
        while ci < len(cue_pos) and cue_pos[ci] < a.first:
            if cur:
                segs.append(cur)
                cur = []
            ci += 1
        cur.append(a)
    if cur:
        segs.append(cur)
    return segs


def _date_before(sent: Sent, start: int, own: list[DateExpr], firsts: list[Actor]) -> DateExpr | None:
    """The date said right before an actor of a list, after the previous actor of the list."""
    prev_starts = [a.start for a in firsts if a.start < start]
    lo = max(prev_starts) if prev_starts else sent.start
    cands = [d for d in own if lo <= d.start < start]
    return cands[-1] if cands else None


def _set_date(m: MeetingRec, date: DateExpr | None, published: dt.date | None) -> None:
    if date is not None and date.value:
        m.date = date
        m.soft = False
    elif date is not None:
        m.date = date
        m.soft = True
    elif published is not None:
        m.date = DateExpr(sent=-1, start=0, end=0, text="", value=f"{published.year:04d}-{published.month:02d}",
                          precision="month")
        m.soft = True


def _place(sent: Sent) -> str | None:
    words = sent.words
    lex = get_lexicon()
    for i, w in enumerate(words):
        if w.nominal and (w.josa in ("에서", "에서는", "에서도") or (w.stem == "자택" and w.josa in ("으로", "에서"))):
            parts = [w.stem]
            j = i - 1
            while j >= 0 and len(parts) < 3 and words[j].nominal and not words[j].josa and not words[j].paren:
                if lex.is_place(words[j].stem) and len(words[j].stem) == 1:
                    break
                parts.insert(0, words[j].stem)
                j -= 1
            if j >= 0 and words[j].nominal and words[j].josa == "의" and len(parts) == 1:
                parts.insert(0, words[j].stem)
            if re.search(r"\d", parts[-1]):
                continue
            return " ".join(parts)
    return None


def _topics(state: ArticleState, sents: list[int]) -> list[str]:
    return list(dict.fromkeys(t.topic for t in state.topic_mentions if t.sent in sents))


# merging -----------------------------------------------------------------------------------------------
def _actor_keys(state: ArticleState, m: MeetingRec) -> tuple[set[tuple[str, object]], set[str]]:
    keys: set[tuple[str, object]] = {("p", p) for p in m.participants}
    keys |= {("o", o) for o in m.orgs}
    covered_orgs = {o for p in m.participants for o in state.people[p].orgs}
    return keys, covered_orgs


def _nested(state: ArticleState, a: MeetingRec, b: MeetingRec) -> bool:
    """Every actor of a is in b (an organization counts as present when a person of it is)."""
    keys_b, orgs_b = _actor_keys(state, b)
    for p in a.participants:
        if ("p", p) not in keys_b:
            return False
    return all(("o", o) in keys_b or o in orgs_b for o in a.orgs)


def _dates_compatible(a: MeetingRec, b: MeetingRec) -> bool:
    if a.soft or b.soft or a.date is None or b.date is None or not a.date.value or not b.date.value:
        return True
    x, y = a.date.value, b.date.value
    return x.startswith(y) or y.startswith(x)


def merge_meetings(state: ArticleState, meetings: list[MeetingRec]) -> list[MeetingRec]:
    """Merge reports of one meeting (nested actors, compatible dates, same status), in text order."""
    out: list[MeetingRec] = []
    for m in meetings:
        if len(m.participants) + len(m.orgs) < 2:
            continue
        best = None
        best_score = -1.0
        for k, e in enumerate(out):
            if e.status != m.status or not _dates_compatible(m, e):
                continue
            if not (_nested(state, m, e) or _nested(state, e, m)):
                continue
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
    covered = {o for p in e.participants for o in state.people[p].orgs}
    e.orgs = [o for o in e.orgs if o not in covered]
    if m.date is not None and (e.date is None or e.soft and not m.soft or
                               (not m.soft and m.date.value and e.date.value and
                                len(m.date.value) > len(e.date.value))):
        e.date, e.soft = m.date, m.soft
    e.place = e.place or m.place
    for t in m.topics:
        if t not in e.topics:
            e.topics.append(t)
    for ev in m.evidence:
        if ev not in e.evidence:
            e.evidence.append(ev)
