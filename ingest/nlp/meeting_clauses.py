"""Who meets whom inside one sentence: clauses, segments before each cue, counterparts and companions,
sides, attendance-only sentences, series ("A와 만난 것을 시작으로"), trips ("이번 출장에는"), quoted labels
("'깜짝 회동'을") (see `ingest.nlp.meetings` for the rules in words)."""

from __future__ import annotations

from ingest.nlp.lexicon import get_lexicon
from ingest.nlp.meeting_roles import OBJ, PAIR, PRONOUN, SUBJ, WITH, Actor, followed_by_together, in_relative_clause
from ingest.nlp.state import ArticleState, DateExpr, MeetingRec, Sent, Word

_CONTRAST = ("와는", "과는", "와도", "과도")
_TRIP = frozenset({"출장", "출장길", "순방", "방미", "방한", "방일", "방중", "방유럽", "해외출장", "일정", "행보"})
_OF_MEETING = ("와의", "과의")  # "B 회장과의 자리에는 C가 배석했다": B names the meeting, C sat in


def clauses(sent: Sent, actors: list[Actor], cues: list[tuple[int, str]], subj: int,
             own: list[DateExpr]) -> list[tuple[list[Actor], int, list[DateExpr]]]:
    """The clauses of one meeting verb with two subjects or more: "A는 X와, B는 Y와 각각 만났다" is A with X
    and B with Y. Each clause has its actors, its subject chain and the dates said in it; one clause else."""
    first_cue = min(i for i, _ in cues)
    heads = sorted({a.chain for a in actors if a.role == "subj" and a.kind == "p" and a.last < first_cue
                    and not _adnominal_subject(sent.words, a.last, first_cue, own)})
    if len(heads) < 2:
        return [(actors, subj, own)]
    out = []
    for k, chain in enumerate(heads):
        start = next(a.first for a in actors if a.chain == chain)
        end = next((a.first for a in actors if a.chain == heads[k + 1]), first_cue) if k + 1 < len(heads) \
            else len(sent.words)
        clause = [a for a in actors if start <= a.first < end]
        lo, hi = sent.words[start].start, sent.words[end].start if end < len(sent.words) else sent.end
        dates = [d for d in own if lo <= d.start < hi] or [d for d in own if d.start < lo]
        if any(a.chain != chain for a in clause):
            out.append((clause, chain, dates))
    return out or [(actors, subj, own)]


def _adnominal_subject(words: list[Word], last: int, first_cue: int, dates: list[DateExpr]) -> bool:
    """The subject of a clause that only qualifies a noun ("두 사람은 지난해 10월 B가 방한했을 당시 만찬을"):
    its first predicate, before the cue, is a verb in an adnominal form."""
    pred = next((w for w in words[last + 1:first_cue] if w.predicate
                 and not any(d.start <= w.start < d.end for d in dates)), None)  # (not the 지난 of "지난 26일")
    return pred is not None and any("ETM" in t for t in pred.tags) and any(
        p in ("VV", "XSV") for t in pred.tags for p in t.split("+"))  # (not "같은 날": an adjective)


def still_told(state: ArticleState, last: int, sent: Sent) -> bool:
    """Is the meeting sentence `last` still being told at `sent`? The same paragraph, the sentence right
    before, or only its own paragraph's sentences and captions in between."""
    told = state.sents[last]
    if told.para == sent.para or last == sent.index - 1:
        return True
    between = state.sents[last + 1:sent.index]
    return len(between) <= 3 and all(s.para == told.para or s.kind == "caption" for s in between)


def attendance_only(sent: Sent, actors: list[Actor], cues: list[tuple[int, str]], subj: int) -> bool:
    """The main predicate is an attendance cue and nobody is met: "이 자리에는 A와 B가 배석했다" (a with-phrase
    right before the subject is listed with it: "A 부사장과 X의 B 공사가 배석했다"). A person who attends as
    the topic of the sentence ("A는 … B 총리가 주재한 간담회에 참석했다") meets the other people named."""
    last, kind = max(cues)
    if kind == "discuss":  # "간담회에는 A, B 등이 참석해 … 논의했다": what they discussed there
        attended = [i for i, k in cues if k == "attend" and i < last]
        if attended and all(k == "discuss" for i, k in cues if i > attended[-1]):
            last, kind = attended[-1], "attend"
    words = sent.words
    noun = next((i for i, k in reversed(cues) if k in ("meet", "group")), -1)
    if noun > 0 and not words[noun].predicate and all(k == "discuss" for i, k in cues if i > noun):
        sat = [i for i, k in cues if k == "attend" and i < noun and words[i].predicate
               and words[i].tags[-1].endswith("ETM")]
        if sat and noun - sat[-1] <= 2:
            last, kind = sat[-1], "attend"  # "X 법인장이 배석한 이날 회동에서 양측은 …": X sat in on the meeting told
    if kind != "attend":
        return False
    if words[last].predicate and words[last].tags[-1].endswith("ETM") and any(
            a.kind == "p" and a.role == "subj" and a.first == last + 1 for a in actors) \
            and any(w.predicate and not w.tags[-1].endswith("ETM") for w in words[last + 2:]):
        return False  # "이번 출장에 함께한 B 대표는 … 별도 일정을 소화했다": who came along did something else
    if last > 0 and (last - 1, "meet") in cues and sent.words[last - 1].josa in ("을", "를"):
        return False  # "A와 B는 만찬을 함께했다": they shared a meal, nobody sat in
    if subj < 0 and sent.kind == "body" and any(a.kind == "p" and a.role == "subj" and in_relative_clause(words, a.last)
                                                 and (a.last + 1, "attend") not in cues for a in actors):
        return False  # "15일에는 X 장관이 주재한 간담회에 참석했다": the host attended, and met X (not "X가 배석한 …")
    own = frozenset().union(*(a.sides for a in actors if a.kind == "p"))
    if sent.kind == "body" and any(a.kind == "o" and a.role == "subj" and str(a.ref) not in own
                                   and _hosts_gathering(words, a.last, cues) for a in actors):
        return False  # "A는 금융위원회가 … 여는 간담회에 참석한다": A meets the organization that holds it (not when
        # it is A's own: "신한금융이 마련한 간담회에는 한 회장과 …")
    topic = next((a for a in actors if a.chain == subj and a.kind == "p"), None)
    if topic is not None and sent.words[topic.last].josa in ("은", "는") and any(
            a.kind == "p" and a.chain != subj and a.ref not in (PRONOUN, PAIR) for a in actors):
        return False
    before = subj - 1  # the with-phrase listed with the subject, past an organization the subject is of
    while before >= 0 and all(a.kind == "o" and a.role == "of" for a in actors if a.chain == before):
        before -= 1  # ("A 전무와 UAE 기업 X(의) 최고전략책임자인 B가 배석했다")
    return not any(a.kind == "p" and a.chain not in (subj, before) and a.role in ("with", "obj")
                   and sent.words[a.last].josa not in _OF_MEETING for a in actors)


def split_segment(words: list[Word], seg: list[Actor], subject_sides: frozenset[str],
                   sequence: bool) -> tuple[list[Actor], list[Actor]]:
    """Counterparts and companions of the chains before one cue (see module docstring).

    "A와 함께" makes A a companion only when someone else is met ("A와 함께 B를 만났다"); alone it is the
    one met ("A와 함께 만찬을 했다").
    """
    chains = sorted({a.chain for a in seg})
    roles = {a.chain: a.role for a in seg}
    josa = {a.chain: words[a.last].josa for a in seg}
    met = {chains[-1]}
    for k, c in enumerate(chains[:-1]):
        coordinated = roles[c] == "with" and (roles[chains[k + 1]] == "obj" or sequence)  # "A와 B를 (잇따라)"
        contrasted = josa[c] in _CONTRAST  # "A와는 X를, B와는 Y를 논의했다": each one met
        listed = roles[c] in ("bare", "obj") and sequence
        if coordinated or contrasted or listed:
            met.add(c)
    together = {a.chain for a in seg if followed_by_together(words, a.last)}
    if met <= together:
        together = set()
    counterparts, companions = [], []
    for a in seg:
        if a.chain in met and a.chain not in together and not a.sides & subject_sides:
            counterparts.append(a)
        elif a.kind == "p":
            companions.append(a)
    return counterparts, companions


def side_groups(state: ArticleState, counterparts: list[Actor], words: list[Word]) -> list[list[Actor]]:
    """One group of counterparts per side (organization); a person with no organization listed with "및"
    after another is on that one's side ("X사 A CEO 및 B 부문 CEO")."""
    groups: dict[frozenset[str], list[Actor]] = {}
    prev: Actor | None = None
    lex = get_lexicon()
    for a in counterparts:
        if prev is not None and a.kind == "p" and int(a.ref) >= 0 and not state.people[int(a.ref)].orgs \
                and (any(w.text == "및" for w in words[prev.last + 1:a.first]) or _listed_after_genitive(words, prev, a)):
            a.sides = prev.sides
        # an affiliate is on its group's side ("김동관 부회장(한화), 데이비드 김 한화필리조선소 대표와 만나")
        sides = lex.with_groups(a.sides)
        key = next((k for k in groups if k & sides), sides)
        groups.setdefault(key, []).append(a)
        prev = a
    return list(groups.values())


def _listed_after_genitive(words: list[Word], prev: Actor, a: Actor) -> bool:
    """"X의 A CEO, B CTO와": a comma list after an organization's genitive; the organization is B's too."""
    between = words[prev.last + 1:a.first]
    genitive = any(w.josa == "의" for w in words[max(prev.first - 1, 0):prev.last])  # (in the actor or before it)
    return genitive and len(between) == 1 and between[0].text in (",", "·")


def distinct_sides(actors: list[Actor]) -> bool:
    sides = [a.sides for a in actors]
    return any(not (sides[0] & s) for s in sides[1:])


def generic_partner(sent: Sent, cues: list[tuple[int, str]], subjects: list[Actor] | None = None) -> bool:
    """A with-phrase or a people object that names nobody ("대표들과 만나", "CEO들을 만나"): the subjects did
    not meet each other. The thing talked about ("인사를 나눈", "방안을 논의") is no partner, nor the with-phrase
    of a subject itself ("A 의장과 B 사장의 회동에서는")."""
    cue = cues[0][0]
    said = {i for s in subjects or [] if s.first >= 0 for i in range(s.first, s.last + 1)}
    for k, w in enumerate(sent.words[:cue]):
        if k in said or not w.nominal or not any(t.startswith(("JKB", "JKO")) for t in w.jtags):
            continue
        if w.josa in WITH or (w.josa in OBJ and (w.plural or _people_noun(w.stem))):
            return True
    return False


def _people_noun(stem: str) -> bool:
    """A noun for people that names nobody: a title or the people of an organization ("해외 파트너를 만나",
    "CEO를 만나", "경영진을 만나")."""
    lex = get_lexicon()
    return bool(lex.title(stem)) or lex.org_head(stem) == "people"


def segments(others: list[Actor], cues: list[tuple[int, str]]) -> list[tuple[list[Actor], int, str]]:
    """Split the non-subject actors at meeting cues: chains before a cue belong to it (its index and kind)."""
    cue_pos = sorted(cues)
    segs: list[tuple[list[Actor], int, str]] = []
    cur: list[Actor] = []
    ci = 0
    for a in others:
        while ci < len(cue_pos) and cue_pos[ci][0] < a.first:
            if cur:
                segs.append((cur, *cue_pos[ci]))
                cur = []
            ci += 1
        cur.append(a)
    if cur:
        segs.append((cur, *(cue_pos[ci] if ci < len(cue_pos) else cue_pos[-1])))
    return segs


def affiliate(state: ArticleState, seg: list[Actor], org: str) -> None:
    """People with no organization met at an organization visited work there."""
    for a in seg:
        if a.kind == "p" and int(a.ref) >= 0 and not state.people[int(a.ref)].orgs:
            state.people[int(a.ref)].affiliations.append((org, None))
            a.sides = frozenset({org})


_HOLD = frozenset({"열", "주최하", "주관하", "주재하", "마련하", "개최하"})


def _hosts_gathering(words: list[Word], last: int, cues: list[tuple[int, str]]) -> bool:
    """"X가 (서울 중구 센터에서) 여는 간담회": the subject X of a relative clause holds the gathering it qualifies."""
    if words[last].josa not in ("이", "가"):
        return False
    e = last + 1
    while e < len(words) and e - last <= 4 and words[e].nominal and words[e].josa in ("", "에서"):
        e += 1  # where it is held
    misread = words[e].text in ("여는", "연") if e < len(words) else False  # (Kiwi reads 여는 as 여 + 는, a pronoun)
    if e + 1 >= len(words) or not misread and (not words[e].predicate or words[e].lemma not in _HOLD
                                                 or not words[e].tags[-1].endswith("ETM")):
        return False
    group = {i for i, k in cues if k in ("meet", "group")}
    head = next((j for j in range(e + 1, min(len(words), e + 9)) if words[j].josa or words[j].predicate), -1)
    return head in group  # (its name may come between, quoted: "X가 주최한 '유통·물류 AI 전환 간담회'에도")


def add_attendees(target: MeetingRec, people: list[int], sent: Sent, orgs: list[str] | None = None) -> None:
    for p in people:
        if p not in target.participants:
            target.participants.append(p)
        if p not in target.attendees:
            target.attendees.append(p)
    for o in orgs or []:
        if o not in target.orgs:
            target.orgs.append(o)
    target.evidence.append((sent.index, sent.start, sent.end))


def orgs_attending(sent: Sent, actors: list[Actor]) -> list[str]:
    """Organizations that came to a gathering through unnamed people: "DAXA 관계자도 함께했다", "두나무와 빗썸에서는
    각각 대표이사가 자리했다" (the side, then a title or a people noun as the subject)."""
    lex = get_lexicon()
    words = sent.words
    out: list[str] = []
    sides: set[int] = set()
    for a in actors:
        if a.kind != "o":
            continue
        j = words[a.last].josa
        if a.through_people and a.role == "subj":
            out.append(str(a.ref))
        elif j in ("에서는", "에서도", "에선") and any(
                x.josa in SUBJ and (lex.title(x.stem) or lex.org_head(x.stem) == "people")
                for x in words[a.last + 1:a.last + 4]):
            sides.add(a.chain)
    out += [str(a.ref) for a in actors if a.kind == "o" and a.chain in sides]
    return list(dict.fromkeys(out))


def on_the_trip(sent: Sent) -> str | None:
    """"이번 출장에는", "방미 일정에": the sentence is about the whole trip, not one meeting ("" then), or about
    its part in one place ("런던 일정에는": the place); None when it is about no trip."""
    words = sent.words
    for i, w in enumerate(words):
        if w.nominal and w.stem in _TRIP and w.josa in ("에는", "에", "에도"):
            before = words[i - 1] if i > 0 else None
            return before.stem if before is not None and before.nominal and not before.josa and \
                get_lexicon().is_place(before.stem) else ""
    return None


def final_rieul(text: str) -> bool:
    """The last syllable ends in ㄹ ("만날", "회동할"): the future adnominal ending."""
    ch = text[-1:] or " "
    return "가" <= ch <= "힣" and (ord(ch) - 0xAC00) % 28 == 8


def quoted_labels(words: list[Word]) -> set[int]:
    """Quotes that name a thing, not speech: up to three words, the last taking a particle ("'깜짝 회동'을"), or
    up to six ending in a gathering's noun ("'글로벌 반도체 기업 CEO 라운드테이블'을")."""
    spans: dict[int, list[Word]] = {}
    for w in words:
        if w.quote >= 0:
            spans.setdefault(w.quote, []).append(w)
    return {q for q, ws in spans.items() if ws[-1].josa and (
        len(ws) <= 3 or len(ws) <= 6 and ws[-1].nominal and ws[-1].stem.endswith(_GATHERINGS))}


_GATHERINGS = ("회의", "간담회", "라운드테이블", "좌담회", "설명회", "워크숍", "회동", "만찬", "오찬", "조찬", "미팅")


def opens_series(words: list[Word], cue: int) -> bool:
    """"A와 만난 것을 시작으로", "A를 만난 데 이어": the meeting at this cue is the first of a series."""
    nxt = [w.text for w in words[cue + 1:cue + 3]]
    return len(nxt) == 2 and nxt[0] in ("것을", "데", "뒤") and nxt[1].startswith(("시작으로", "이어"))
