"""Component `newsgraph_meetings`: meetings as events, from cue words, noun-phrase roles and discourse.

In a sentence with a meeting cue (`trigger_cues.tsv`), the actors (`ingest.nlp.meeting_roles`) get roles.
The subject is the subject chain (a person's before an organization's: "X는 NAME 대표가 … 만나"), "그는"
(the discourse topic), "두 사람은" (the two principals of the last meeting told), else the host of the last
meeting sentence ("이튿날에는 … Y와 만났다"). Counterparts are the with/object/bare chains before a cue;
an earlier with-chain is a companion ("A와 함께", "A와 … B와 만나") unless an object chain follows it ("A와
B를 만났다": both are met). Counterparts of different sides (organizations) make one meeting each, dated by
the date said before each ("지난 9월 X, 지난달 Y와"), unless the meeting is a group one ("3자 회동"). A
sentence whose main predicate is an attendance cue (배석, 동석, 동행, 함께하다, 자리하다) and that names no
one met adds its people to the meetings of the last meeting sentence (none when negated: "… 포럼에는 참석하지
않는다"; a meeting of its own when it names someone who met: "지난 1월 열린 회동에는 A, B, C 등이 참석했다").
"X 본사를 방문해 경영진과 면담했다": X is met as a whole, at X's site. A series opened by a dated meeting ("A와 만난
것을 시작으로 B, C와 잇따라") dates only the first; a date said after a meeting's cue is the next one's. A sentence
about the meeting just told ("만찬은 28일 … 열렸다") gives it its date and place; who came along on the trip
("이번 출장에는 A가 동행했다") sat in on all the host's meetings told so far. Planned and negated forms
(`status_cues.tsv`) set the status or drop the meeting. A photo caption is one group meeting. Reports of one
meeting merge (`ingest.nlp.meeting_merge`).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import cache
from itertools import pairwise

from spacy.language import Language
from spacy.tokens import Doc

from ingest.nlp.lexicon import get_lexicon
from ingest.nlp.meeting_clauses import (
    add_attendees,
    affiliate,
    attendance_only,
    clauses,
    distinct_sides,
    final_rieul,
    generic_partner,
    on_the_trip,
    opens_series,
    orgs_attending,
    quoted_labels,
    segments,
    side_groups,
    split_segment,
    still_told,
)
from ingest.nlp.meeting_merge import merge_meetings
from ingest.nlp.meeting_roles import (
    BOTH_SIDES,
    COMPANY_PAIR,
    PAIR,
    PRONOUN,
    Actor,
    is_site,
    own_accounts,
    quoted_mention,
    sentence_actors,
    subject_chain,
)
from ingest.nlp.orgs import qualify_foreign_bodies
from ingest.nlp.resources import read_tsv
from ingest.nlp.sentences import CLOSE_QUOTES
from ingest.nlp.state import ArticleState, DateExpr, MeetingRec, PersonMention, Sent, Word, state_of

_SHARED = frozenset({"자리", "식사", "저녁", "점심", "아침", "저녁식사", "라운딩", "골프", "차", "술자리", "시간"})  # 함께하다
_DISCUSS_OBJECTS = ("의견", "대화", "얘기", "이야기", "담소", "환담", "덕담", "인사")
_GROUP = re.compile(r"^(?:[2-9]|삼|사|다)자$")  # "3자 회동", "다자 회담": one meeting of everyone
_POSITION = re.compile(r"(왼쪽|좌측|오른쪽|우측)부터|\((왼쪽|오른쪽|가운데|좌측|우측)\)")
_DAY = re.compile(r"^\d{1,2}일$")
_MANY = re.compile(r"^(?:비롯|\d+여?\s*명|\d+(?:개)?사)")  # a table of many: "A를 비롯해 B 등", "20여 명과", "3사 대표들과"
_DURING = frozenset({"내내", "도중"})
_IN_PASSING = re.compile(r"(?:ㄴ|은|는|던)?\s바\s*(?:있|없)\S*\s*[.\"'”’]*\s*$")  # "…논의한 바 있다."
_PARALLEL = re.compile(r"(?:(?:\S+\s+){0,3}?같은\s*날|한편)\s")  # a sentence that opens a parallel story
# ("같은 날 배 장관은 …", "박 본부장은 같은 날 …")
_SEPARATELY = re.compile(r"(?:^|\s)(?:별도로?|따로)\s")
_SINCE = re.compile(r"이후\s*(?:\S+\s*){0,2}만(?:이다|이며|이고|에|의)")
_SPEECH = frozenset({"말하", "밝히", "강조하", "설명하", "당부하", "덧붙이", "전하", "언급하", "주문하", "제안하", "화답하",
                     "요청하", "약속하", "평가하"})
_GREET = frozenset({"맞", "반기", "배웅하", "마중하"})  # greeting: a meeting only with a person as object (_greeted)
_VISITORS = frozenset({"일행", "대표단", "사절단", "방문단", "방한단"})  # "X CEO 일행을 맞았다"
_COUNT_OF_PEOPLE = re.compile(r"^\d+명$")
_MANNER_ADVERBS = frozenset({"다시", "직접", "반갑게", "정중히"})  # between an object and its verb: "X를 직접 찾아"
_AFTER_TOLD = frozenset({"직후", "직전", "뒤", "후"})
_MEETING_ENDINGS = ("간담회", "회담", "면담", "회동")  # a compound meeting noun: "통상장관회담", "양자면담"
_TABLE = frozenset({"오찬", "만찬", "조찬", "식사", "오찬회", "만찬회", "회의"})  # one table: everyone listed sits at it
_SEQUENCE = ("잇따라", "차례로", "각각", "연이어", "연달아", "잇달아")
# a meeting told as an earlier, other one: "처음 만난", "만나 … 논의한 바 있다", "만난 적이 있다"
_ANOTHER = re.compile(r"처음(?!이\s*아니)|(?<=[가-힣])\s+(?:바|적이?)\s+있")
_SEPARATE = re.compile(r"별도로|따로|별도의")  # "회동이 끝난 뒤 A는 B와 별도로 오찬을": not the meeting before
_THIS_ONE = re.compile(r"이번이")  # "두 사람의 만남은 이번이 처음이 아니다 / 세 번째다": the meeting just told
# "오는 7일 개막하는 CES 기간 중": the month only ("약 1시간 동안 회동했다" is how long, on that day)
# a span between a date and its meeting verb: the meeting falls somewhere in it ("17일 입국해 사흘간 머물며 … 만났다")
_ARRIVED = re.compile(r"(?:도착|입국|방한|방미|방일|건너가|건너와)(?:해|하여|한\s*뒤|한\s*후|해서|하자마자)\s")
_PERIOD = re.compile(r"기간|(?<!시간)(?<!시간\s)(?<!분)(?<!분\s)동안|행사\s*중|일정\s*중"
                     r"|(?:이틀|사흘|나흘|닷새|엿새|이레|열흘|\d+\s*일)\s*간\s*(?:머물|체류)")


@cache
def _cues() -> dict[str, str]:
    return {cue: kind for kind, cue in read_tsv("trigger_cues.tsv")}


@cache
def _cue_heads() -> frozenset[str]:
    """Every text before a space in a cue ("화상" of "화상 회의"): the only words a two-word cue starts with."""
    return frozenset(cue[:j] for cue in _cues() for j, ch in enumerate(cue) if ch == " ")


def _meeting_noun(stem: str) -> bool:
    """A noun that names a meeting or a gathering ("면담", "간담회")."""
    return _cues().get(stem) in ("meet", "group")


@cache
def _status() -> tuple[tuple[str, str, re.Pattern[str]], ...]:
    return tuple((kind, where, re.compile(p)) for kind, where, p in read_tsv("status_cues.tsv"))


@cache
def _status_any() -> dict[tuple[str, str], re.Pattern[str]]:
    """(kind, where) → the status cues of that kind and place as one alternation, which matches where one of them
    does: one search instead of one per cue (the "after" cues are all anchored at the start, so the alternation
    only tries the first position)."""
    grouped: dict[tuple[str, str], list[str]] = {}
    for kind, where, p in read_tsv("status_cues.tsv"):
        grouped.setdefault((kind, where), []).append(f"(?:{p})")
    return {key: re.compile("|".join(ps)) for key, ps in grouped.items()}


def _status_found(kind: str, where: str, text: str) -> bool:
    """A status cue of that kind and place is in the text."""
    pattern = _status_any().get((kind, where))
    return pattern is not None and pattern.search(text) is not None


@dataclass
class _Discourse:
    """What the previous sentences leave for the next: topic, host, last meetings, the last pair."""

    topic: int = -1  # the person "그는" means: the last person subject of the body
    host: int = -1  # the subject of the last meeting sentence: who meets when no subject is said
    unmet: int = -1  # the last sentence that announced a gathering but named no one met
    announced: int = -1  # the last sentence with a meeting noun and no meeting (people or not: "두 회사는 …")
    batch: list[MeetingRec] = field(default_factory=list)  # the meetings of the last meeting sentence
    batch_sent: int = -1
    pair: tuple[int, int] | None = None  # "두 사람": the two principals of the last two-person meeting
    attended: tuple[int, int] | None = None  # (sentence, person): "X는 … 라운드테이블에 참석했다" (no one named met)


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
        disc = _Discourse()
        speech = _speech_paragraphs(state)
        effective: dict[int, DateExpr | None] = {}
        meetings: list[MeetingRec] = []
        done_caption_paras: set[int] = set()
        for sent in state.sents:
            if sent.kind == "byline":
                continue
            own = dates.get(sent.index, [])
            prev = state.sents[sent.index - 1] if sent.index > 0 else None
            inherited = effective.get(prev.index) if prev is not None and prev.para == sent.para else None
            if inherited is None and not own and disc.batch and not disc.batch[0].soft and (
                    _after_the_meeting(sent) or _next_on(sent)):
                inherited = disc.batch[0].date  # "회동이 끝난 뒤 A는 B와 오찬을", "A는 이어 B를 찾아": that day
            if not own and (named := _after_the_named(state, sent, meetings)) is not None:
                inherited = named  # "한 CTO는 협약식 뒤 …": the day of the ceremony told, past a flashback
            if sent.kind == "body" and _at_the_one_told(sent):
                named = {pm.person for pm in by_sent.get(sent.index, []) if pm.person >= 0}
                last = next((m for m in reversed(meetings) if named and named <= set(m.participants) and not m.soft),
                            None)  # "A는 이 자리에서 B를 …": the day of the meeting told where A and B were (not
                inherited = last.date if last is not None else inherited  # of one told in passing in between)
            cues = self.cues(sent)
            background = not cues and sent.index not in by_sent and inherited is not None
            effective[sent.index] = own[-1] if own and not background else inherited
            # (the last date is the main clause's: "30일 출국한 X는 1일 Y를 찾았다"; a sentence about something else
            # in between keeps the day told: "뉴로칩스는 지난해 시리즈C 투자에서 … 두 사람은 … 의견을 나눴다")
            if sent.kind == "body" and _concludes_deal(sent):
                disc.announced = sent.index  # "X는 13일 Y와 계약을 맺었다. 계약서에는 A와 B가 서명했다."
            if not cues and sent.index not in by_sent and sent.kind != "caption":
                continue  # nothing to meet and no one to become the topic
            actors = sentence_actors(state, sent, by_sent.get(sent.index, []))
            if sent.kind == "caption":
                if sent.para not in done_caption_paras:
                    done_caption_paras.add(sent.para)
                    meetings.extend(self.caption_meeting(state, sent, by_sent, dates))
                continue
            subj = subject_chain(actors, cues[0][0] if cues else len(sent.words), sent.words)
            if subj < 0 and cues:
                subj = _owners_of_meeting(actors, cues, sent.words)
            came = [int(a.ref) for a in actors if a.kind == "p" and int(a.ref) >= 0]
            came_orgs = [str(a.ref) for a in actors if a.kind == "o" and a.through_people]
            if (came or came_orgs) and cues and self._about_the_told_one(sent, cues, disc):
                # "간담회는 A 차관 주재로 열렸으며 B 대표와 X 관계자 등도 자리를 함께했다": who was at the meeting just told
                self.describe_last(state, sent, cues, own, disc)  # (its date and place too)
                for target in disc.batch:
                    add_attendees(target, came, sent, came_orgs)
                disc.batch_sent = sent.index
                continue
            if came and sent.kind == "body" and (side := _side_came(state, sent, actors, disc)) is not None:
                for target in disc.batch:  # "X와 만났다. X에서는 B 부사장이 직접 나와 …": B met for X
                    if side in target.orgs:
                        target.orgs.remove(side)
                        target.participants.extend(p for p in came if p not in target.participants)
                        target.evidence.append((sent.index, sent.start, sent.end))
                disc.batch_sent = sent.index
                continue
            if cues and all(k == "attend" for _, k in cues) and (
                    tail := self._after_denial(sent, actors, cues, ("attend",))) is not None:
                actors, cues, subj = tail  # "A는 … 참석하지 않았고, B가 대신 참석했다": B came
            attendance = bool(cues) and attendance_only(sent, actors, cues, subj)
            if attendance:
                if sent.kind == "body" and disc.host >= 0 and not any(a.kind == "p" for a in actors) and any(
                        k in ("meet", "group") for _, k in cues) and self.status(sent, cues) != "negated":
                    disc.unmet = sent.index  # "6일에는 … 라운드테이블에 참석했다": the host at a gathering, who else
                    # came the next sentence may tell
                new = self.attach_attendees(state, sent, actors, disc, own or ([inherited] if inherited else []),
                                            meetings)
                for m in new:
                    m.order = len(meetings)
                    meetings.append(m)
                    _remember_pair(state, m, disc)  # "협약식에는 A와 B가 참석했다. 두 사람은 …"
            elif cues:
                if (tail := self._after_denial(sent, actors, cues)) is not None:
                    actors, cues, subj = tail  # "A는 … 참석하지 않았고, B가 대신 X를 면담했다": B's meeting
                new, subjects, said = [], [], False
                for clause, clause_subj, clause_dates in clauses(sent, actors, cues, subj, own):
                    subjects, said = self.subjects(state, sent, clause, clause_subj, disc,
                                                   speech=sent.para in speech,
                                                   cue_at=cues[0][0] if any(k in ("meet", "group") for _, k in cues)
                                                   else 1 << 30)  # (a visit alone: "방문 기간 불거진 …설에 대해 X는")
                    new += self.sentence_meetings(state, sent, clause, cues, subjects, clause_dates, inherited,
                                                  clause_subj)
                flashback = bool(new) and (_told_before(new, meetings, state.published) or all(m.status == "planned" for m in new)) \
                    and all(disc.host in m.participants for m in new)  # (an earlier or a planned meeting of the host's)
                if new:
                    for m in new:
                        m.order = len(meetings)
                        meetings.append(m)
                        _remember_pair(state, m, disc)
                    if not _SINCE.search(sent.text):  # "만남은 지난해 3월 이후 1년 반 만이다": an earlier meeting,
                        disc.batch, disc.batch_sent = new, sent.index  # and who sat in next sat in on this one
                    if not said and sent.kind == "body" and disc.host >= 0 and subjects \
                            and all(int(a.ref) == disc.host for a in subjects if a.kind == "p"):
                        disc.topic = disc.host  # "20일에는 … 회장과 회동했다": the host, unsaid, is whom "그는" means next
                if said and sent.kind == "body" and sent.para not in speech and (
                        new or any(k in ("meet", "group") for _, k in cues) or not _visits_host(state, sent, disc)):
                    if all(int(a.ref) != disc.host for a in subjects) and not flashback \
                            and not (_received(sent, cues) and any(disc.host in m.participants for m in new)) \
                            and not _IN_PASSING.search(sent.text) and not (not new and _met_by_host(subjects, disc)) \
                            and not (disc.host >= 0 and (_SEPARATELY.search(sent.text) or _PARALLEL.match(sent.text))) \
                            and not (not new and _cues_qualify(sent.words, cues, subjects)):
                        # "A와 B는 …": the host, when one of them, stays; and so it does over an earlier meeting of its
                        # own told in passing, over a visit it received ("B는 A를 접견했다": A stays), and over a
                        # meeting of others told in passing ("C는 지난해 D를 만난 바 있다"), and over what the one the
                        # host just met says or does next ("곽 회장은 생산라인을 안내하며 … 논의했다"), and over a
                        # side meeting of others ("같은 날 A 장관과 B 장관은 별도 회담을 열고", "같은 날 C 장관은 …": the
                        # story goes on with the host)
                        disc.host = int(subjects[0].ref)  # (not "황 CEO는 X 부스를 찾아 …" when X is the host's)
                    if not new and any(k in ("meet", "group") for _, k in cues):
                        disc.unmet = sent.index
                if not new and sent.kind == "body" and any(k in ("meet", "group") for _, k in cues):
                    disc.announced = sent.index
                    if not any(a.kind == "p" for a in actors):
                        self.describe_last(state, sent, cues, own, disc)
                        if not said and disc.host >= 0 and any(k == "group" for _, k in cues) \
                                and sent.para not in speech:
                            disc.unmet = sent.index  # "27일에는 … 대표 10여 명과 간담회를 가졌다": the host's
                            # gathering, whose people the next sentence may name
            if sent.kind == "body" and not attendance and sent.para not in speech:
                two = [int(a.ref) for a in actors if a.kind == "p" and a.chain == subj and subj >= 0 and int(a.ref) >= 0]
                if len(two) == 2:
                    disc.pair = (two[0], two[1])  # "A와 B가 …": a later "두 사람" may mean them
                elif len(two) == 1 and not cues:
                    pair = _partner_pair(actors, subj)
                    disc.pair = pair or disc.pair  # "A가 B와 손잡고 …. 두 사람은 …"
                elif not two and disc.host >= 0 and actors and actors[0].kind == "p":
                    first = actors[0]  # "B 회장과는 … 점검했다. 두 사람은 …": the host and B, when no one else is
                    partners = {int(a.ref) for a in actors if a.kind == "p" and int(a.ref) >= 0}  # said with 과는
                    if sent.words[first.last].josa in _CONTRAST_WITH and partners == {int(first.ref)} \
                            and disc.host not in partners:
                        disc.pair = (disc.host, int(first.ref))
            if sent.kind == "body" and not attendance and sent.para not in speech and (
                    not _IN_PASSING.search(sent.text) or _host_is_subject(actors, subj, disc)):
                _update_topic(sent, actors, subj, disc)  # (the people of a quoted answer are not its speaker, nor is
                # the subject of a remark in passing: "B는 지난해 … 언급한 바 있다. 그는 …" is still A; unless B is
                # the host of the story: "권 장관은 이에 앞서 … 요청한 바 있다. 그는 다음 주에는 …")
        _date_of_the_stay(state, meetings)
        state.meetings = merge_meetings(state, meetings)
        qualify_foreign_bodies(state)  # names are final from here on
        return doc

    # ------------------------------------------------------------------------------------------------
    def cues(self, sent: Sent, *, caption: bool = False) -> list[tuple[int, str]]:
        """(word index, kind) of the meeting cues of a sentence (two-word cues like "화상 회의" too). A photo cue
        ("악수", "촬영") counts in a caption, elsewhere only with "기념" or "함께"."""
        table = _cues()
        heads = _cue_heads()
        out = []
        words = sent.words
        labels: set[int] | None = None  # the quotes whose words count (found at the first quoted word: most
        for i, w in enumerate(words):  # sentences quote nothing)
            if w.punct:
                continue
            if w.quote >= 0:
                if labels is None:
                    labels = quoted_labels(words) | own_accounts(words)
                if w.quote not in labels:
                    continue
            # two-word cues: "화상 통화", "머리를 맞대", "마주 앉" (an adverb has no stem: its text)
            before = (words[i - 1].stem or words[i - 1].text) if i > 0 else None
            kind = table.get(f"{before} {w.stem or w.lemma}") if before in heads else None
            if kind is None and w.text.startswith(("함께하", "함께했", "함께해")) and i > 0 and \
                    words[i - 1].josa in ("을", "를") and words[i - 1].stem in _SHARED and \
                    any(x.josa in ("와", "과") for x in words[:i - 1]) and not _with_then_subject(words[:i - 1]):
                kind = "meet"  # "A는 B와 자리를 함께했다": they met (no one sat in); "A와 B가 자리를 함께했다":
                # both were there, at the meeting just told
            if kind is None and w.predicate and w.lemma in _GREET and _greeted(words, i):
                kind = "meet"  # "B 회장이 하 장관을 맞았다": greeted a person (not "위기를 맞았다")
            if kind is None and w.predicate:
                kind = table.get(w.lemma)
            if kind is None:
                kind = table.get(w.stem)
            if kind is None and w.nominal and len(w.stem) >= 4 and w.stem.endswith(_MEETING_ENDINGS):
                kind = next((table.get(end) for end in _MEETING_ENDINGS
                             if w.stem.endswith(end) and len(w.stem) - len(end) >= 2), None)  # "통상장관회담"
            if kind is None and w.predicate and w.lemma.endswith("하"):
                kind = table.get(w.lemma[:-1])
            if kind is None:
                continue
            if kind == "photo" and not caption and "기념" not in sent.text and "함께" not in sent.text:
                continue
            if kind == "meet" and w.predicate and w.stem and w.text[len(w.stem):].startswith(("되", "됐", "돼")):
                kind = "attend"  # "만찬에는 A와 B가 초청됐다": the guests, told in the passive
            if w.lemma == "나누" and not (i > 0 and words[i - 1].stem in _DISCUSS_OBJECTS):
                continue
            if w.lemma == "모으" and not (i > 0 and words[i - 1].stem == "의견"):
                continue  # "A와 B는 … 방안에 의견을 모았다": they agreed, talking (not "투자를 모았다"; "뜻을
                # 모았다" follows a meeting told, its "두 사람" may be an older pair)
            if kind == "deal" and not _deal_object(words, i):
                continue  # "인연을 맺었다", "결실을 맺었다": no agreement
            if not w.predicate and not w.josa and i + 1 < len(words) and words[i + 1].text in _DURING:
                continue  # "간담회 내내 말을 아꼈다": a time within the meeting told, not a meeting
            if not w.predicate and w.josa in ("에서", "에서는", "에선") and _ends_in_speech(words) \
                    and not (i > 0 and words[i - 1].josa in ("와의", "과의")):
                continue  # "신 회장은 이날 회동에서 \"…\"라고 말했다": what was said at the meeting told (not "X와의
                # 면담에서는 … 전해졌다": the meeting with X)
            if not w.predicate and not w.josa and i + 1 < len(words) and words[i + 1].text in _AFTER_TOLD \
                    and not any(x.josa in ("와", "과") for x in words[:i]):
                continue  # "손 회장은 회동 직후 취재진에게 말했다": after the meeting told, no new one (not "A와
                # 회동 후 B를 만났다")
            out.append((i, kind))
        if any(k in ("group", "attend") for _, k in out):  # "CES 현장을 찾은 B 차관이 주재한 간담회에 참석해":
            out = [(i, k) for i, k in out if not (  # a visit that only qualifies the next person is no cue
                k == "visit" and words[i].predicate and words[i].tags[-1].endswith("ETM")
                and i + 1 < len(words) and words[i + 1].nominal and words[i + 1].josa == "")]
        if any(k not in ("sign", "deal") for _, k in out):
            return [(i, k) for i, k in out if k not in ("sign", "deal")]
        if any(k == "sign" for _, k in out):
            return [(i, "attend") for i, k in out if k == "sign"]  # "계약서에는 A와 B가 서명했다": they were there
        return out  # "A는 B와 협약을 체결했다": a meeting when a person signs with a person

    def subjects(self, state: ArticleState, sent: Sent, actors: list[Actor], subj: int,
                 disc: _Discourse, *, speech: bool = False, cue_at: int = 1 << 30) -> tuple[list[Actor], bool]:
        """The people who meet, and whether the sentence says them (else the host or topic is assumed; in a
        paragraph that is all one quote, an interview's answer, the topic: the speaker)."""
        out: list[Actor] = []
        for a in actors:
            if a.chain != subj or subj < 0:
                continue
            if a.ref == PRONOUN:
                if disc.topic >= 0:
                    out.append(_person(state, disc.topic, a))
            elif a.ref == PAIR:
                pair = _title_pair(state, sent.words[a.last].stem) or disc.pair
                if pair and sent.words[a.last].stem in COMPANY_PAIR and cue_at == 1 << 30:
                    pair = None  # "두 회사는 지난해 MOU를 맺은 바 있다": the companies signed; their heads met
                    # only when a meeting is told ("두 회사는 … 직접 만나 …")
                if pair and sent.words[a.last].stem in BOTH_SIDES and not any(
                        set(m.participants) == set(pair) and not m.orgs for m in disc.batch):
                    pair = None  # "양측은": the two sides of the last meeting, when it was the pair's
                if pair:
                    out.extend(_person(state, p, a) for p in pair)
            elif a.kind == "p":
                out.append(a)
        if out:
            return out, True
        if subj >= 0 and any(a.chain == subj and a.kind == "o" and a.last < cue_at for a in actors):
            # "X 측은 … Y 측과 회의를 가질 예정", "X 대표단은 Y 본사를 찾아 … 협의했다": the companies, no person of
            # them named, meet as organizations
            return [a for a in actors if a.chain == subj and a.kind == "o" and a.last < cue_at], False
            # (not one named after the meeting verb: "미팅을 갖고 X가 개발 중인 …" is another clause's)
        who = disc.host if disc.host >= 0 and not (speech and disc.topic >= 0) else disc.topic
        if who >= 0 and sent.kind == "body":
            return [_person(state, who, None, start=sent.start)], False
        return [], False

    def sentence_meetings(self, state: ArticleState, sent: Sent, actors: list[Actor], cues: list[tuple[int, str]],
                          subjects: list[Actor], own: list[DateExpr], inherited: DateExpr | None,
                          subj: int) -> list[MeetingRec]:
        """Meetings of a body or headline sentence."""
        kinds = {k for _, k in cues}
        if kinds <= {"attend"} or not subjects:
            return []
        if "remote" in kinds and not kinds & {"meet", "group", "photo"}:
            return []  # a phone call or a letter, and the talks held over it ("A와 통화하고 … 논의했다")
        status = self.status(sent, cues)
        if status == "negated":
            return []
        as_orgs = all(s.kind == "o" for s in subjects)  # organizations meet as such only in the story's own words:
        if as_orgs and (sent.kind != "body" or not own or any(sent.words[i].quote >= 0 for i, _ in cues)
                        or not kinds & {"meet", "group", "discuss"} or not all(_said_as_subject(sent, s) for s in subjects)):
            return []  # not in a headline's summary, nor with no date of its own (a lead before the people's meeting:
            # "X는 Y와 머리를 맞댔다. X의 A 부사장은 21일 …"), nor in a quote ("… 만나지 않았다"고 밝혔다), nor by
            # a visit alone, nor when a title follows the organization ("복지부 차관은": a person, named elsewhere)
        first_cue = min(i for i, _ in cues)
        received = any(sent.words[i].lemma.endswith("받") for i, _ in cues)  # "X로부터 보고받았다": X is met
        actors = [a for a in actors if a.role != "from" or received or "visit" in kinds and _shown_by(sent, a)]
        others = [a for a in actors if a.chain != subj and a.ref not in (PRONOUN, PAIR) and
                  not (a.role == "subj" and a.first > first_cue) and a.role != "other" and
                  (a.role != "of" or a.kind == "p") and
                  not any(a.kind == s.kind and a.ref == s.ref for s in subjects)]
        strong = bool(kinds & {"meet", "photo", "group"})
        if not strong:  # talks and visits: only with people (or an organization's people) named
            visited_org = _visited_for_talks(state, sent, others, subjects) if {"visit", "discuss"} <= kinds else None
            others = [a for a in others if (a.kind == "p" or a.through_people) and
                      a.role in ("with", "obj", "subj", "of", "bare", "from")]
            if not others and visited_org is not None:
                others = [visited_org]  # "X 본사를 방문해 … 논의했다": X is met as a whole
        if not others:
            if as_orgs:
                return []  # ("X와 Y가 … 큰손을 각각 만나며": the two organizations did not meet each other)
            talked = bool(kinds & {"discuss", "deal"}) and all(s.first >= 0 for s in subjects)  # said, not assumed
            if len(subjects) >= 2 and (strong or talked) and distinct_sides(subjects) and \
                    not generic_partner(sent, cues, subjects):
                first = sent.words[cues[0][0]].start
                times = [d for d in own if d.start < first]
                if len(times) >= 2 and any(w.text.startswith(_SEQUENCE) for w in sent.words):
                    # "두 사람은 올해 초 X에서 열린 포럼과 지난 10월 서울에서 잇따라 만나": once at each time
                    out = [self._meeting(state, sent, subjects, [], status, own, inherited, cues[0][0], date=d)
                           for d in times]
                    for m in out:
                        m.distinct = True  # occasions told apart: each merges only with a report of its date
                    return out
                out = self._each_meeting_verb(state, sent, subjects, cues, own)
                if out:
                    return out
                return [self._meeting(state, sent, subjects, [], status, own, inherited, cues[0][0])]
            return []
        words = sent.words
        sequence = any(w.text.startswith(_SEQUENCE) for w in words)
        group_meeting = "group" in kinds or any(_GROUP.match(words[i - 1].stem) for i, _ in cues if i > 0) or (
            not sequence and any(_MANY.match(w.text) for w in words[:first_cue])) or (  # "A를 비롯해 … 20여 명과 오찬"
            not sequence and len([d for d in own if d.text not in _TIMES_OF_DAY]) <= 1
            and any(words[i].stem in _TABLE for i, _ in cues))  # "A, B, C와 오찬을" ("11일 저녁": one day)
        subject_sides = frozenset().union(*(s.sides for s in subjects))
        out: list[MeetingRec] = []
        visited: str | None = None
        opened = -1  # the cue of an earlier meeting that opens a series ("A와 만난 것을 시작으로 B, C와")
        segs = segments(others, cues)
        for n, (seg, cue, cue_kind) in enumerate(segs):
            seg_own, seg_inherited = own, inherited
            if 0 <= opened < cue:  # the date said before the first meeting is that meeting's only
                seg_own = [d for d in own if d.start > words[opened].start]
                seg_inherited = None
            if n + 1 < len(segs) and any(d.start > words[cue].start for d in seg_own):
                # a date said after this meeting's cue, before the next one met, is the next one's ("A와 만찬
                # 회동을 가진 데 이어 다음 날 B와 …")
                seg_own = [d for d in seg_own if d.start < words[cue].start]
            if opens_series(words, cue):
                opened = cue
            if cue_kind == "remote":
                later = [(i, k) for i, k in cues if i > cue and k in ("meet", "group", "photo")]
                if n + 1 < len(segs) or not later:
                    continue  # "A와 통화한 뒤 B와 만났다": only B is met
                cue, cue_kind = later[0]  # "A와 통화한 데 이어 직접 만나": A is met after all
            if cue_kind == "visit" and any(a.kind == "o" for a in seg) and any(
                    a.kind == "p" and a.first > seg[-1].last for a in others):
                visited = _visited(state, sent, seg, cue)  # "X를 방문해 NAME과", "X 본사를 방문해 NAME과"
                continue
            if visited:
                affiliate(state, seg, visited)
                visited = None
            if group_meeting:  # everyone named is at the table, companions too ("A와 함께 3자 회동을 가졌다")
                if any(not a.sides & subject_sides for a in seg):
                    out.append(self._meeting(state, sent, subjects, seg, status, seg_own, seg_inherited, cue))
                continue
            counterparts, companions = split_segment(words, seg, subject_sides, sequence)
            if not counterparts and out and _invited_before(words, cues, cue) and companions:
                _joined_by(state, out[-1], companions, subjects)  # "X는 A를 초청해 (X의) B와 회동할 계획이다"
                continue
            if not counterparts or (kinds <= {"visit"} and not any(a.kind == "p" for a in counterparts)):
                continue
            if cue_kind == "discuss" and not any(a.kind == "p" or a.through_people for a in counterparts):
                continue  # "B를 접견하고 X와 Y를 자회사로 두는 합작법인 … 논의했다": X and Y are talked about
            earlier = _met_before(words, cues, cue, counterparts[0].first)
            before = [d for d in seg_own if earlier is not None and d.start < words[earlier].start]
            if before:  # "지난달 포럼에서 만난 B와도 최근 화상으로 회의를 갖고": the forum is an earlier meeting
                m = self._meeting(state, sent, subjects, counterparts, "held", seg_own, None, earlier, date=before[-1])
                m.distinct = True
                out.append(m)
                seg_own, seg_inherited = [d for d in seg_own if d.start > words[earlier].start], None
            groups = side_groups(state, counterparts, words)
            firsts = [g[0] for g in groups]
            for group in groups:
                date, own_here = None, seg_own
                if len(groups) > 1:  # a group with no date of its own takes one said before it ("지난 5일 A,
                    # B와"), never one said before a later group ("최근 X, 지난 1일에는 Y 경영진과 만나": 1일 is Y's)
                    date = _date_before(sent, group[0].start, seg_own, firsts)
                    own_here = [d for d in seg_own if d.start < group[0].start]
                out.append(self._meeting(state, sent, subjects + companions, group, status, own_here, seg_inherited,
                                         cue, date=date))
        return out

    def caption_meeting(self, state: ArticleState, sent: Sent, by_sent: dict[int, list[PersonMention]],
                        dates: dict[int, list[DateExpr]]) -> list[MeetingRec]:
        """A photo caption (all its sentences) with people of two sides or more: one group meeting."""
        para = [s for s in state.sents if s.para == sent.para and s.kind == "caption"]
        people: list[int] = []
        for s in para:
            for m in by_sent.get(s.index, []):
                if m.person >= 0 and m.person not in people and sent.words and quoted_mention(s.words, m) < 0:
                    people.append(m.person)
        if len(people) < 2:
            return []
        sides = {frozenset(state.people[p].orgs) or frozenset({state.people[p].name}) for p in people}
        if len(sides) < 2 and not any(len(s) > 1 for s in sides):
            return []
        has_cue = any(self.cues(s, caption=True) for s in para) or any(_POSITION.search(s.text) for s in para)
        if not has_cue:
            return []
        own = [d for s in para for d in dates.get(s.index, [])]
        m = MeetingRec(participants=people)
        m.status = "held"
        _set_date(m, own[0] if own else None, state.published)
        m.place = _place(state, para[0]) if para else None
        m.topics = _topics(state, [s.index for s in para])
        m.evidence = [(s.index, s.start, s.end) for s in para]
        return [m]

    def attach_attendees(self, state: ArticleState, sent: Sent, actors: list[Actor], disc: _Discourse,
                         dates: list[DateExpr], told: list[MeetingRec]) -> list[MeetingRec]:
        """배석/동석/동행/참석: the people of the sentence sat in on the meetings just told (same paragraph).

        When the sentence before announced a gathering that named nobody ("X는 … 총수들과 간담회를 열고") and
        this one lists who came ("이날 간담회에는 A, B 등이 참석했다"), they and the host are one new meeting.
        Who came along on the trip ("이번 출장에는 A가 동행했다") sat in on every meeting of the host told so far.
        """
        # who names the meeting is not who sat in: "B 회장과의 자리에는 C 전무가 배석했다" (C sat in on that one)
        words = sent.words

        def names_meeting(a: Actor) -> bool:  # "B 회장과의 자리에는", "클라크 회장 면담에는": whose meeting it is
            nxt = words[a.last + 1] if a.last + 1 < len(words) else None
            return words[a.last].josa in ("와의", "과의") or not words[a.last].josa and nxt is not None \
                and nxt.nominal and nxt.josa in ("에는", "에", "에도") and _meeting_noun(nxt.stem)

        named = {int(a.ref) for a in actors if a.kind == "p" and names_meeting(a)}
        actors = [a for a in actors if not (a.kind == "p" and names_meeting(a))]
        cues = self.cues(sent)
        attends = [i for i, k in cues if k == "attend"]
        denied = [i for i in attends if self.status(sent, [(i, "attend")]) == "negated"]
        if denied and len(denied) < len(attends):
            # "A는 … 참석하지 않았고, B가 대신 참석했다": who did not come is no attendee, the others are
            spans = [(max([j for j, _ in cues if j < n], default=-1), n) for n in denied]
            actors = [a for a in actors if not any(lo < a.first < hi for lo, hi in spans)]
        actors = [a for a in actors if not _came_with(words, a)]  # ("A와 함께 방한한 B 의원이 동석했고": B came)
        people = [int(a.ref) for a in actors if a.kind == "p" and int(a.ref) >= 0
                  and words[a.last].josa not in _TO_SOMEONE]  # (not "A가 배석한 가운데 그는 B 장관에게 …": B was met)
        orgs = orgs_attending(sent, actors)  # ("DAXA 관계자도 함께했다": an organization came)
        last = disc.batch_sent
        if not people and not orgs or self.status(sent, [max(cues)]) == "negated" and len(denied) == len(attends):
            return []  # "X는 … 포럼에는 참석하지 않는다": no one sat in (the last cue is the main predicate:
            # "동행할 것으로 알려졌던 A는 … 함께하지 않았다")
        where = on_the_trip(sent) if not _opens_on_a_meeting(sent) else None  # ("면담에는 이번 출장에 동행한 B도
        # 배석했다": B sat in on that one)
        trip = [m for m in told if disc.host in m.participants and disc.host not in people and (
            not where or m.place and where in m.place)] if disc.host >= 0 and where is not None else []
        if trip or where is not None and disc.host >= 0 and disc.host not in people:
            for target in trip:
                add_attendees(target, people, sent)
            return []  # (told before any meeting of the trip: they came along, they met no one)
        principals = {p for m in disc.batch for p in m.participants if p not in m.attendees}
        came = {int(a.ref) for a in actors if a.kind == "p" and int(a.ref) >= 0 and a.role != "of"
                and words[a.last].josa not in _TO_SOMEONE}  # not "X의 장남"
        if len(people) == 1 and _attends_event(sent, actors):
            disc.attended = (sent.index, people[0])  # who comes to the gathering the next sentence may list
        # the sentence before announced a gathering naming no one met: those who came are at that one, with its
        # host, or with the one the sentence before said attended it ("X는 … 라운드테이블에 참석했다. 라운드테이블에는 …")
        gathered = disc.host >= 0 and disc.unmet == sent.index - 1 and disc.host not in people
        guest = disc.attended[1] if disc.attended and disc.attended[0] == sent.index - 1 and \
            disc.attended[1] not in people and _names_the_event_before(state, sent) else None
        told_here = last >= 0 and (still_told(state, last, sent) or _names_the_told_one(sent) and sent.index - last <= 6)
        # ("이날 면담에는 …" after the quotes of what was said there)
        if not people:  # only organizations came: to the gathering just told
            for target in disc.batch if told_here and where is None else []:
                add_attendees(target, [], sent, orgs)
            return []
        if gathered or not disc.batch or not told_here or principals & came and not _names_the_told_one(sent):
            # (someone who met is named again: "지난 1월 열린 회동에는 A 사장, B, C 등이 참석했다" is another one;
            # not "당시 간담회에는 A, B 등이 참석해": that one)
            before = state.sents[sent.index - 1] if sent.index > 0 else None
            if not gathered and not (len(people) >= 2 and _at_a_meeting(sent, before) and distinct_sides(
                    [a for a in actors if a.kind == "p" and int(a.ref) >= 0])):
                return []  # (else "열린 회동에는 A, B, C 등이 참석했다": a meeting of those who came)
            m = MeetingRec(participants=([disc.host] if gathered else [guest] if guest is not None else []) + people,
                           orgs=orgs)
            said_at = disc.unmet if gathered else disc.announced  # "두 회사는 11일 협약식을 열었다. 협약식에는 …"
            announced = [d for d in state.dates if d.sent == said_at == sent.index - 1 and not d.report]
            _set_date(m, (dates or announced or [None])[0], state.published)
            m.place = _place(state, sent) or (
                _place(state, state.sents[said_at]) if said_at == sent.index - 1 else None)
            m.topics = _topics(state, [sent.index - 1, sent.index])
            m.evidence = [(s.index, s.start, s.end) for s in state.sents[sent.index - 1:sent.index + 1]]
            disc.batch, disc.batch_sent = [m], sent.index
            return [m]
        for target in [m for m in disc.batch if named & set(m.participants)] or disc.batch:
            add_attendees(target, people, sent, orgs)
        return []

    def _about_the_told_one(self, sent: Sent, cues: list[tuple[int, str]], disc: _Discourse) -> bool:
        """The sentence opens on the noun of the meeting the sentence before told, as its subject ("간담회는 …"), and
        tells no other meeting."""
        words = sent.words
        first = next((i for i, w in enumerate(words) if not w.punct), -1)
        return sent.kind == "body" and disc.batch_sent == sent.index - 1 and bool(disc.batch) and first >= 0 \
            and words[first].nominal and words[first].josa in ("은", "는", "이", "가") \
            and _meeting_noun(words[first].stem) and all(i == first or k == "attend" for i, k in cues) \
            and self.status(sent, cues) != "negated"

    def describe_last(self, state: ArticleState, sent: Sent, cues: list[tuple[int, str]], own: list[DateExpr],
                      disc: _Discourse) -> None:
        """"만찬은 지난 28일 … 호텔에서 열렸다": a sentence about the meeting just told (its noun the subject, no
        one named) gives it the date and place it lacked."""
        words = sent.words
        about = any(words[i].nominal and words[i].josa in ("은", "는", "이", "가") and
                    _meeting_noun(words[i].stem) for i, _ in cues)
        if not about or disc.batch_sent != sent.index - 1 or self.status(sent, cues) == "negated":
            return
        days = [d for d in own if d.value]
        for m in disc.batch:
            if m.soft and days:
                _set_date(m, days[0], state.published)
            m.place = m.place or _place(state, sent)
            m.evidence.append((sent.index, sent.start, sent.end))

    def status(self, sent: Sent, cues: list[tuple[int, str]]) -> str:
        """held, planned or negated, from the text around the first meeting cue and the sentence's end.

        A cue in a bare connective form ("만나 … 논의할 예정이다") takes the tense of the sentence's end,
        unless a past-tense predicate comes first ("만나 … 논의했고, … 계획이다").
        """
        words = sent.words
        i = next((i for i, k in cues if k in ("meet", "group", "photo")),  # ("방문한 A는 B와 만나지 않았다": the
                 next((i for i, k in cues if k in ("discuss", "visit")), cues[0][0]))  # meeting verb's, not the visit's)
        w = words[i]
        after = sent.text[w.stem_end - sent.start if w.stem else w.start - sent.start:]
        if w.predicate:
            after = sent.text[w.start - sent.start + len(w.lemma.rstrip("하")):] if w.lemma else after
            if w.tags and w.tags[-1].endswith("ETM") and final_rieul(w.text):
                after = "ㄹ" + after  # "만날 것으로 보인다": the future ending fused into the stem's syllable
        before = sent.text[:w.start - sent.start]
        if self._called_off(sent, i) or _stays_away(words, i):
            return "negated"
        if _status_found("negated", "after", after) or _status_found("negated", "before", before):
            return "negated"
        if _status_found("planned", "after", after) or _status_found("planned", "before", before):
            return "planned"
        if not _past(w) and not any(_past(x) for x in words[i + 1:]) \
                and _status_found("planned", "end", sent.text[words[i].end - sent.start:]):
            return "planned"
        if w.predicate and w.tags[-1].endswith("EC") and _LATER.search(before) \
                and (found := _DECIDED.search(sent.text)) is not None \
                and not any(_past(x) for x in words[i:] if x.start < sent.start + found.start()):
            return "planned"  # "오는 9월 다시 만나 협력 범위를 정하기로 했다": what they decided to do later (not
            # "지난 3일 만나 협력하기로 했다": they met and agreed)
        return "held"

    def _after_denial(self, sent: Sent, actors: list[Actor], cues: list[tuple[int, str]],
                      kinds: tuple[str, ...] = ("meet", "group")) -> tuple[list[Actor], list[tuple[int, str]], int] | None:
        """A sentence whose first clause denies a meeting and whose next clause, after a connective and a comma,
        has a subject of its own and a meeting verb ("A는 접견에 참석하지 않았고, B가 대신 X를 면담했다"): the
        next clause's actors, cues and subject chain; else None."""
        words = sent.words
        if len(cues) < 2:
            return None
        for b in range(cues[0][0], len(words) - 1):
            w = words[b]
            if not (w.predicate and w.tags[-1].endswith("EC") and words[b + 1].text == ","):
                continue
            if self.status(sent, cues) != "negated":
                return None
            rest = [(i, k) for i, k in cues if i > b + 1]
            if not any(k in kinds for _, k in rest):
                return None
            tail = [a for a in actors if a.first > b + 1]
            subj = subject_chain(tail, rest[0][0], words)
            if subj < 0 or not any(a.chain == subj and a.kind == "p" and a.first < rest[0][0] for a in tail):
                return None
            return (tail, rest, subj) if self.status(sent, rest) != "negated" else None
        return None

    def _called_off(self, sent: Sent, i: int) -> bool:
        """The sentence ends saying the meeting of cue i did not take place: a meeting noun that is the subject of
        "무산됐다", "열리지 않았다" ("박 시장과의 면담과 체결식은 모두 무산됐다"), or a meeting verb in a bare
        connective form before a plan in the past ("A와 면담하고 B와 만날 계획이었다": it was called off)."""
        words = sent.words
        w = words[i]
        if w.predicate and (_past(w) or not w.tags[-1].endswith("EC")):
            return False
        if not w.predicate and w.josa not in ("은", "는", "도", "이", "가", "과", "와") and not (
                i + 1 < len(words) and words[i + 1].text == ","):
            return False  # the noun must be (in) the subject: not "회동 이후 협상은 결렬됐다"
        for kind, where, pattern in _status():
            found = pattern.search(sent.text) if kind == "negated" and where == "end" else None
            if found is None:
                continue
            cut = sent.start + found.start()
            between = [x for x in words[i + 1:] if x.start < cut and x.predicate]
            if w.predicate and not any(_past(x) for x in between) or not w.predicate and not any(
                    x.tags[-1].endswith(("EC", "EF")) for x in between):  # (no clause ends between)
                return True
        return False

    def _each_meeting_verb(self, state: ArticleState, sent: Sent, subjects: list[Actor], cues: list[tuple[int, str]],
                           own: list[DateExpr]) -> list[MeetingRec]:
        """"A와 B는 지난 1월 X에서 처음 만난 뒤 지난달 서울에서 다시 회동했다": two meeting verbs, each after a
        date of its own, are two occasions (each with its own status)."""
        words = sent.words
        verbs = [i for i, k in cues if k == "meet" and words[i].predicate]
        if len(verbs) < 2:
            return []
        out, lo = [], sent.start - 1
        for i in verbs:
            dates = [d for d in own if lo < d.start < words[i].start]
            lo = words[i].start
            if not dates:
                return []
            status = self.status(sent, [(i, "meet")])
            w = words[i]
            if status == "planned" and i != verbs[-1] and w.tags and w.tags[-1].endswith("ETM") and \
                    not final_rieul(w.text):
                status = "held"  # "처음 만난 데 이어 다음 달 다시 만날 예정이다": the first one is done
            if status != "negated":
                out.append(self._meeting(state, sent, subjects, [], status, own, None, i, date=dates[-1]))
        for m in out:
            m.distinct = True
        return out

    def _meeting(self, state: ArticleState, sent: Sent, side_a: list[Actor], side_b: list[Actor], status: str,
                 own: list[DateExpr], inherited: DateExpr | None, cue: int,
                 date: DateExpr | None = None) -> MeetingRec:
        """One meeting; its date is the last one said before its cue (else the sentence's, else inherited)."""
        m = MeetingRec(participants=[])
        for a in side_a + side_b:
            if a.kind == "p":
                idx = int(a.ref)
                if idx >= 0 and idx not in m.participants:
                    m.participants.append(idx)
            elif str(a.ref) not in m.orgs:
                m.orgs.append(str(a.ref))
        for a in side_a + side_b:  # a person of the side already stands for the organization
            if a.kind == "p" and int(a.ref) >= 0:
                m.orgs = [o for o in m.orgs if o not in state.people[int(a.ref)].orgs]
        cue_start = sent.words[cue].start
        if date is None:
            before = [d for d in own if d.start < cue_start]
            date = before[-1] if before else (own[0] if own else inherited)
        if status == "held" and date is not None and date is not inherited and _future_in_past_report(
                sent, date, cue_start, state.published):
            date = inherited  # "두 사람은 내년 양산 예정인 X를 논의했다": the date of a thing talked about
        if date is not None and date.precision == "day" and date.value and \
                _PERIOD.search(state.text[date.end:cue_start]):
            date = DateExpr(sent=date.sent, start=date.start, end=date.end, text=date.text, value=date.value[:7],
                            precision="month", year=date.year, month=date.month)
        _set_date(m, date, state.published)
        m.from_day = date is not None and date.precision == "day" and bool(_ARRIVED.search(
            state.text[date.end:cue_start])) and any(w.text.startswith(_SEQUENCE) for w in sent.words)
        # ("지난 16일 LA에 도착해 A를 시작으로 B, C를 잇따라 만났다": the day they arrived, or a later one)
        m.status = "planned" if status == "held" and _after_publication(m, state.published) else status
        m.distinct = bool(_ANOTHER.search(sent.text)) and not _THIS_ONE.search(sent.text)
        m.separate = bool(_SEPARATE.search(sent.text)) or _followed_noun(sent) is not None
        m.place = _place(state, sent)
        m.topics = _topics(state, [sent.index])
        m.evidence = [(sent.index, sent.start, sent.end)]
        return m


# helpers ------------------------------------------------------------------------------------------------
def _person(state: ArticleState, idx: int, at: Actor | None, *, start: int = 0) -> Actor:
    p = state.people[idx]
    first, last, pos = (at.first, at.last, at.start) if at else (-1, -1, start)
    return Actor("p", idx, first, last, pos, "subj", at.chain if at else -1, frozenset(p.orgs) or frozenset({p.name}))


def _met_by_host(subjects: list[Actor], disc: _Discourse) -> bool:
    """The subjects are people the host met in the meetings just told."""
    met = {p for m in disc.batch if disc.host in m.participants for p in m.participants} - {disc.host}
    return bool(met) and all(a.kind == "p" and int(a.ref) in met for a in subjects)


def _received(sent: Sent, cues: list[tuple[int, str]]) -> bool:
    """The meeting verb says the subject received a visitor ("접견했다", "영접했다")."""
    return any(k == "meet" and sent.words[i].stem.startswith(("접견", "영접")) for i, k in cues)


def _owners_of_meeting(actors: list[Actor], cues: list[tuple[int, str]], words: list[Word]) -> int:
    """"A와 B의 회동은 …": the people of a genitive list right before a meeting noun are who met (its chain);
    a determiner may come between ("두 사람의 첫 만남은 …")."""
    at = {i for i, k in cues if k in ("meet", "group")}
    for i in sorted(at, reverse=True):  # words that may come between: "첫", "13일", "간", "간의"
        while i > 0 and (words[i - 1].tags == ("MM",) or _DAY.match(words[i - 1].text) or
                         words[i - 1].stem == "간" and words[i - 1].josa in ("", "의")):
            i -= 1
            at.add(i)
    for a in actors:
        if a.ref == PAIR and a.role == "of" and a.last + 1 in at:
            return a.chain  # "두 대표의 회동은 …"
        chain = [x for x in actors if x.chain == a.chain]
        dotted = a.last + 1 < len(words) and words[a.last + 1].predicate and all(
            w.text == "·" for x, y in pairwise(chain) for w in words[x.last + 1:y.first] if w.punct)
        if a is chain[-1] and a.last + 1 < len(words) and (a.role == "of" or not words[a.last].josa and not dotted) \
                and len(chain) >= 2 and all(x.kind == "p" for x in chain) and a.last + 1 in at:
            return a.chain  # ("A와 B 간 회동이", "A·B 회동이", "A와 B의 13일 회동에서는"; "A·B 만나" in a
            # headline: A and B are met, by whom the headline said before)
    return -1


_DEAL_OBJECTS = ("계약", "협약", "양해각서", "MOU", "협정", "합의서")
_SIGNED = ("계약서", "협약서", "양해각서", "합의서", "협정서")


def _deal_object(words: list[Word], i: int) -> bool:
    """An agreement is the object of the deal verb at i ("공급 계약을 맺었다", "업무협약(MOU)을 체결"), or hands are
    joined ("손을 맞잡았다")."""
    if words[i].lemma == "맞잡" and i > 0 and words[i - 1].stem == "손":
        return True
    return any(x.stem.endswith(_DEAL_OBJECTS) and x.josa in ("을", "를", "") for x in words[max(0, i - 3):i])


def _concludes_deal(sent: Sent) -> bool:
    """The sentence tells an agreement concluded, in the past ("Y와 … 계약을 맺었다", "협약을 체결했다")."""
    table = _cues()
    words = sent.words
    for i, w in enumerate(words[1:], 1):
        kind = table.get(w.lemma) if w.predicate else table.get(w.stem)
        if kind == "deal" and (w.predicate and _past(w) or i + 1 < len(words) and _past(words[i + 1])) and \
                _deal_object(words, i):
            return True
    return False


def _met_before(words: list[Word], cues: list[tuple[int, str]], cue: int, first: int) -> int | None:
    """A meeting verb in the past adnominal form right before the one met at a later cue ("… 만난 B와도 …
    회의를 갖고"): its index, else None."""
    i = first - 1
    w = words[i] if i >= 0 else None
    if w is None or i >= cue or (i, "meet") not in cues or not w.predicate or not w.tags or \
            not w.tags[-1].endswith("ETM") or final_rieul(w.text):
        return None
    return i


def _visited(state: ArticleState, sent: Sent, seg: list[Actor], cue: int) -> str | None:
    """The organization a visit went to: the last one said before the visit, not the sentence's subject
    ("과기정통부는 A 차관이 X 본사를 방문해 B 대표와": X's site, not 과기정통부)."""
    org = next((str(a.ref) for a in reversed(seg) if a.kind == "o" and a.role != "subj"), None)
    if org is None:
        words = sent.words
        org = next((om.org for om in reversed(state.org_mentions) if om.sent == sent.index and om.last + 1 < cue
                    and is_site(words[om.last + 1].stem) and words[om.last + 1].josa in ("을", "를")), None)
    return org


_DURING_STAY = re.compile(r"(?:체류|출장|방문|순방|방미|방한|방중|방일) (?:기간|중)")


def _date_of_the_stay(state: ArticleState, meetings: list[MeetingRec]) -> None:
    """"B는 대만 체류 중 C와 만나": a meeting told with no date during a stay is of the stay, the month of the
    meetings of the same people told before it (when they fall in one month; not an earlier one told as such)."""
    for m in meetings:
        if not m.soft or m.status != "held" or not m.evidence or m.date is not None and m.date.sent >= 0:
            continue
        told = state.sents[m.evidence[0][0]]
        before = state.sents[told.index - 1] if told.index > 0 else None
        if not (_DURING_STAY.search(told.text) or before is not None and before.para == told.para
                and _DURING_STAY.search(before.text)):  # ("미국 체류 기간 A는 실리콘밸리도 찾았다. 그는 …")
            continue
        months = {x.date.value[:7] for x in meetings if x.order < m.order and not x.soft and not x.distinct
                  and x.status == "held" and x.date is not None and x.date.value and len(x.date.value) >= 7
                  and set(x.participants) & set(m.participants)}
        if len(months) == 1:
            month = months.pop()
            m.date = DateExpr(sent=-1, start=0, end=0, text="", value=month, precision="month",
                              year=int(month[:4]), month=int(month[5:]))


def _cues_qualify(words: list[Word], cues: list[tuple[int, str]], subjects: list[Actor]) -> bool:
    """"간담회를 마련한 B 교수는 …": every cue is in a clause that qualifies the subject, right before it (who
    prepared the meeting told speaks; the story stays with its host)."""
    first = min((a.first for a in subjects), default=-1)
    return first > 0 and all(i < first for i, _ in cues) and words[first - 1].predicate \
        and words[first - 1].tags[-1].endswith("ETM")


_CONTRAST_WITH = frozenset({"와는", "과는"})
_TO_SOMEONE = frozenset({"에게", "에게는", "께", "에게도"})


def _partner_pair(actors: list[Actor], subj: int) -> tuple[int, int] | None:
    """The person subject and the one person of another side named with 와/과 ("A가 B와 손잡고 …")."""
    me = [a for a in actors if a.kind == "p" and a.chain == subj and int(a.ref) >= 0]
    partners = [a for a in actors if a.kind == "p" and a.role == "with" and a.chain != subj and int(a.ref) >= 0]
    if len(me) == 1 and len(partners) == 1 and not me[0].sides & partners[0].sides:
        return int(me[0].ref), int(partners[0].ref)
    return None


def _remember_pair(state: ArticleState, m: MeetingRec, disc: _Discourse) -> None:
    """The two principals of a two-person meeting are who a later "두 사람" means."""
    principals = [p for p in m.participants if p not in m.attendees]
    if len(principals) == 2 and not m.orgs:
        disc.pair = (principals[0], principals[1])


def _at_a_meeting(sent: Sent, before: Sent | None = None) -> bool:
    """The sentence is set at a meeting: a meeting noun with 에는/에서는/에 ("회동에는", "간담회에서는"), or
    followed by 자리 ("오찬 자리에는"); or "이 자리에는" after a sentence with a meeting noun ("… 만찬을 열었다. B가
    주재한 이 자리에는 …")."""
    table = _cues()
    words = sent.words
    for i, w in enumerate(words):
        noun = words[i - 1] if w.stem == "자리" and i > 0 and not words[i - 1].josa else w
        if w.nominal and w.josa in ("에는", "에서는", "에", "에서") and _meeting_noun(noun.stem):
            return True
        if w.stem == "자리" and w.josa in ("에는", "에서는", "에") and noun.text in ("이", "그") and before is not None \
                and any(x.nominal and _meeting_noun(x.stem) for x in before.words):
            return True
        if w.nominal and w.josa in ("에는", "에") and w.stem.endswith(_SIGNED):
            return True  # "계약서에는 A와 B가 서명했다": the signing
        if i > 0 and w.text.startswith("가운데") and table.get(words[i - 1].lemma) == "attend":
            return True  # "A와 B가 참석한 가운데 협약을 맺었다": a ceremony they both attended
    return False


_TIMES_OF_DAY = frozenset({"오전", "오후", "저녁"})
_THIS = frozenset({"이날", "당일", "이", "그", "이번", "당시"})


def _came_with(words: list[Word], a: Actor) -> bool:
    """"A와 함께 방한한 B": A, in a clause that qualifies who came, is not one who came."""
    return a.kind == "p" and words[a.last].josa in ("와", "과") and a.last + 2 < len(words) \
        and words[a.last + 1].text == "함께" and words[a.last + 2].predicate \
        and words[a.last + 2].tags[-1].endswith("ETM")


def _side_came(state: ArticleState, sent: Sent, actors: list[Actor], disc: _Discourse) -> str | None:
    """The sentence opens on an organization just met as a whole, as the side ("에릭슨에서는 B 부사장이 직접
    나와 …"), and names only people of it: that organization, whom they met for; else None."""
    words = sent.words
    lead = next((i for i, w in enumerate(words) if not w.punct), -1)
    om = next((om for om in state.org_mentions if om.sent == sent.index and om.first == lead), None)
    if om is None or words[om.last].josa not in _SIDE_JOSA or not any(om.org in m.orgs for m in disc.batch) \
            or disc.batch_sent < sent.index - 2:
        return None
    people = [a for a in actors if a.kind == "p" and int(a.ref) >= 0]
    side = om.org
    if not people or any(side not in state.people[int(a.ref)].orgs for a in people):
        return None
    return side


_SIDE_JOSA = frozenset({"에서는", "에서도", "에선", "측에서는"})


def _at_the_one_told(sent: Sent) -> bool:
    """"이 자리에서", "그 자리에서", "이날 면담에서": the sentence is set at the meeting told before."""
    for w, nxt in pairwise(sent.words):  # (a loop, not any() over a generator: asked of every body sentence)
        if (w.stem or w.text) in _THIS and not w.josa and nxt.nominal and nxt.josa in ("에서", "에서는") \
                and (nxt.stem == "자리" or _meeting_noun(nxt.stem)):
            return True
    return False


def _opens_on_a_meeting(sent: Sent) -> bool:
    """The sentence opens on a meeting noun with 에는/에서는/에도 ("면담에는 …"): it is about that meeting."""
    first = next((w for w in sent.words if not w.punct), None)
    return first is not None and first.nominal and first.josa in ("에는", "에서는", "에도") \
        and _meeting_noun(first.stem)


def _names_the_told_one(sent: Sent) -> bool:
    """The sentence opens on the meeting just told, by its noun after 이날/이/그 ("이날 접견에는", "이 자리에는",
    "그 자리에서는"): those who sat in were at that one, even across paragraphs of quotes. ("지난 1월 열린
    회동에는" is another one.)"""
    words = [w for w in sent.words if not w.punct]
    if len(words) < 2 or words[0].stem not in _THIS or words[0].josa:
        return False
    w = words[1]
    return w.nominal and w.josa in ("에는", "에서는", "에") and (w.stem == "자리" or _meeting_noun(w.stem))


_AFTER = frozenset({"뒤", "후", "직후", "이후"})


def _next_on(sent: Sent) -> bool:
    """"유 장관은 이어 KAIST를 찾아 …", "이어 B 본사로 자리를 옮겨 …": the host went on to the next place right after
    the meeting told, that day; "윤 차관은 이어 연구소 대회의실에서 간담회를 열었다": a gathering at a place (not
    "이어 A, B와 차례로 만났다": a series, maybe over days)."""
    words = sent.words
    if not any(w.text == "이어" for w in words[:4]):
        return False
    if any(_visit_at(words, i) or w.text.startswith("옮겨") for i, w in enumerate(words)):
        return True
    return not any(w.text.startswith(_SEQUENCE) for w in words) and any(
        w.nominal and w.josa == "에서" and any(x.nominal and _meeting_noun(x.stem) for x in words[i + 1:])
        for i, w in enumerate(words))


def _followed_noun(sent: Sent) -> str | None:
    """"한 CTO는 협약식 뒤 송 교수 연구실을 둘러보며": the meeting noun before 뒤/후/직후 that names the meeting the
    sentence follows (its meeting is another one, held after it), else None."""
    words = sent.words[:6]
    return next((w.stem for w, nxt in pairwise(words) if w.nominal and not w.josa and _meeting_noun(w.stem)
                 and nxt.stem in _AFTER), None)


def _after_the_named(state: ArticleState, sent: Sent, meetings: list[MeetingRec]) -> DateExpr | None:
    """The date of the last held meeting told with the noun the sentence follows (`_followed_noun`; not of a
    flashback told in between)."""
    noun = _followed_noun(sent)
    if noun is None:
        return None
    for m in reversed(meetings):
        if m.status == "held" and not m.soft and m.date is not None \
                and any(noun in state.sents[e[0]].text for e in m.evidence):
            return m.date
    return None


def _after_the_meeting(sent: Sent) -> bool:
    """The sentence opens after the meeting just told: "회동이 끝난 뒤", "만찬 후", "회담을 마친 직후"."""
    words = sent.words[:6]
    for i, w in enumerate(words):
        if w.nominal and _meeting_noun(w.stem):
            nxt = words[i + 1:i + 3]
            return any(x.stem in _AFTER or x.text in _AFTER for x in nxt)
    return False


def _title_pair(state: ArticleState, noun: str) -> tuple[int, int] | None:
    """"두 공동대표", "두 CEO": the two people of the article with that title, if there are exactly two."""
    if not get_lexicon().title(noun):
        return None
    holders = [i for i, p in enumerate(state.people) if noun in p.titles]
    return (holders[0], holders[1]) if len(holders) == 2 else None


def _attends_event(sent: Sent, actors: list[Actor]) -> bool:
    """The one person of the sentence, its topic, attends an event told with 에 ("X는 … 라운드테이블에 참석했다")."""
    words = sent.words
    return any(a.kind == "p" and words[a.last].josa in ("은", "는", "이", "가") for a in actors) and any(
        w.nominal and w.josa == "에" for w in words)


def _names_the_event_before(state: ArticleState, sent: Sent) -> bool:
    """The sentence opens with the event the sentence before told ("라운드테이블에는 …" after "… 라운드테이블에")."""
    first = next((w for w in sent.words if w.nominal), None)
    return first is not None and first.josa in ("에는", "에선") and len(first.stem) >= 2 and \
        first.stem in state.sents[sent.index - 1].text


def _speech_paragraphs(state: ArticleState) -> frozenset[int]:
    """Paragraphs that are one quote from start to end, with no one said to speak it (an interview's answers)."""
    out = set()
    text = state.text
    by_para: dict[int, list[Sent]] = {}
    for s in state.sents:
        by_para.setdefault(s.para, []).append(s)
    for para, sents in by_para.items():
        body = text[sents[0].start:sents[-1].end].strip()
        if len(body) > 2 and body[0] in "\"“" and body[-1] in "\"”" and body.count(body[0]) + body.count("”") <= 2:
            out.add(para)
    return frozenset(out)


def _host_is_subject(actors: list[Actor], subj: int, disc: _Discourse) -> bool:
    """The subject of the sentence is the host of the story."""
    return disc.host >= 0 and subj >= 0 and any(
        a.kind == "p" and a.chain == subj and int(a.ref) == disc.host for a in actors)


def _update_topic(sent: Sent, actors: list[Actor], subj: int, disc: _Discourse) -> None:
    """The person a later "그는" means: the subject of this sentence, or the person whose thing it is about
    ("A CEO의 아시아 행보는 …")."""
    people = [a for a in actors if a.kind == "p" and a.chain == subj and subj >= 0 and int(a.ref) >= 0]
    if people:
        if all(int(a.ref) != disc.topic for a in people):  # "A와 B는 …": the topic, when one of them, stays
            disc.topic = int(people[0].ref)
        return
    owner = next((a for a in actors if a.kind == "p" and a.role == "of" and int(a.ref) >= 0), None)
    if owner is not None and any(w.josa in ("은", "는", "이", "가") and w.nominal
                                 for w in sent.words[owner.last + 1:owner.last + 4]):
        disc.topic = int(owner.ref)


_LATER = re.compile(r"(?:오는|다음\s?달|다음\s?주|내년|향후|추후|조만간)\s")
_DECIDED = re.compile(r"기로\s*(?:했|합의했|결정했|약속했|뜻을\s*모았)\S*\s*[.\"'”’]*\s*$")


def _past(w: Word) -> bool:
    """A predicate in the past tense (었/았/였, or fused into a contracted syllable: "했" = 하 + 였)."""
    return w.predicate and any(t == "EP" and f in ("었", "았", "였", "었었") or "+EP" in t
                               for t, f in zip(w.tags, w.forms))


def _date_before(sent: Sent, start: int, own: list[DateExpr], firsts: list[Actor]) -> DateExpr | None:
    """The date said right before an actor of a list, after the previous actor of the list."""
    prev_starts = [a.start for a in firsts if a.start < start]
    lo = max(prev_starts) if prev_starts else sent.start
    cands = [d for d in own if lo <= d.start < start]
    return cands[-1] if cands else None


def _after_publication(m: MeetingRec, published: dt.date | None) -> bool:
    """A stated date after the publication date (a meeting on a schedule: "25일 … 조찬을 끝으로 마무리한다")."""
    if m.soft or m.date is None or not m.date.value or published is None:
        return False
    value = m.date.value
    return value > published.isoformat()[:len(value)]


def _said_as_subject(sent: Sent, a: Actor) -> bool:
    """The organization itself, or its people named by a people noun, carries the subject particle ("X는", "X
    대표단은", "X 측은"); not an organization before a title ("X 차관은")."""
    words = sent.words
    lex = get_lexicon()
    for w in words[a.first:min(a.last + 2, len(words))]:
        if w.josa in ("은", "는", "이", "가", "도"):
            return not lex.title(w.stem)
    return False


def _told_before(new: list[MeetingRec], told: list[MeetingRec], published: dt.date | None = None) -> bool:
    """The meetings of a sentence are dated a month or more before the last dated meeting told, or before the
    month of publication when no meeting told has a date of its own (an earlier meeting told in passing: "B는
    지난해 11월 방한해 A와 처음 회동했다")."""
    last = next((m.date.value for m in reversed(told) if m.date is not None and not m.soft and m.date.value), "")
    last = last or (published.isoformat() if published is not None and told else "")
    return bool(last) and all(m.date is not None and not m.soft and m.date.value and
                              m.date.value[:7] < last[:len(m.date.value[:7])] for m in new)  # (a month before at
    # least: "A는 이에 앞서 24일 B를 만났다" after a meeting on the 25th goes on with A's story)


def _future_in_past_report(sent: Sent, date: DateExpr, cue_start: int, published: dt.date | None) -> bool:
    """A date after the publication date that opens a clause modifying a noun, in a sentence told in the past
    tense ("내년 양산 예정인 X를 논의했다"): the date of the thing talked about, not of the talk."""
    if published is None or not date.value or date.value <= published.isoformat()[:len(date.value)]:
        return False
    if not any("ETM" in t for w in sent.words if date.end <= w.start < cue_start for t in w.tags + w.jtags):
        return False
    last = next((w for w in reversed(sent.words) if w.predicate), None)
    return last is not None and _past(last)


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


def _place(state: ArticleState, sent: Sent) -> str | None:
    """Where the meeting of the sentence took place: the noun phrase before 에서 (up to three words, no date
    word: "지난달 말 일본 도쿄에서" is 일본 도쿄), else the site visited."""
    words = sent.words
    lex = get_lexicon()
    spans = [(d.start, d.end) for d in state.dates if d.sent == sent.index]

    def dated(w: Word) -> bool:
        return any(a <= w.start < b for a, b in spans)

    sides = {om.last for om in state.org_mentions if om.sent == sent.index}
    for i, w in enumerate(words):
        if w.nominal and (w.josa in ("에서", "에서는", "에서도") or (w.stem == "자택" and w.josa in ("으로", "에서"))):
            if (lex.is_generic(w.stem) or lex.is_sector(w.stem)) and not lex.is_place(w.stem) \
                    or _meeting_noun(w.stem) or w.stem == "자리":
                continue  # "업계에서는 …": who says it, not where; "X와의 면담에서는", "이 자리에서": the meeting
            if w.josa != "에서" and i in sides and not lex.is_place(w.stem) \
                    and any(lex.org_head(x.stem) == "people" for x in words[i + 1:i + 4]):
                continue  # "코인원에서는 실무 임원이 자리했다": the side who came, not where ("피규어 AI에서는
                # 브렛 애드콕과": where)
            parts = [w.stem]
            j = i - 1
            while j >= 0 and len(parts) < 3 and words[j].nominal and not words[j].josa and not words[j].paren \
                    and not dated(words[j]):
                if lex.is_place(words[j].stem) and len(words[j].stem) == 1:
                    break
                parts.insert(0, words[j].stem)
                j -= 1
            if j >= 0 and words[j].nominal and words[j].josa == "의" and len(parts) == 1:
                parts.insert(0, words[j].stem)
            if re.search(r"\d", parts[-1]):
                continue
            return " ".join(parts)
    return _site_visited(words)


def _visits_host(state: ArticleState, sent: Sent, disc: _Discourse) -> bool:
    """The sentence tells a visit to the current host's organization ("황 CEO는 딥하모닉스 부스를 찾아" in a story
    about 딥하모닉스's head): the host stays the host."""
    if disc.host < 0:
        return False
    orgs = set(state.people[disc.host].orgs)
    return any(m.sent == sent.index and m.org in orgs for m in state.org_mentions)


def _ends_in_speech(words: list[Word]) -> bool:
    """The sentence's last predicate is a verb of saying ("말했다", "강조했다", "말한 것으로 전해졌다")."""
    preds = [w for w in words if w.predicate and w.quote < 0]
    return any(w.lemma in _SPEECH or w.lemma.removesuffix("하") + "하" in _SPEECH for w in preds[-3:])


def _visit_at(words: list[Word], i: int) -> bool:
    """Word i is a visit cue ("방문해", "찾아")."""
    w, table = words[i], _cues()
    return table.get(w.stem) == "visit" or w.predicate and table.get(w.lemma) == "visit"


def _visit_after(words: list[Word], i: int) -> bool:
    """Word i, right after an object, is a visit cue, or an adverb of manner and then one ("본사를 직접 찾아"); a
    closing quote mark before it is skipped ("'우븐 바이 도요타'를 찾아")."""
    if words[i].punct and words[i].text in CLOSE_QUOTES and i + 1 < len(words):
        i += 1
    if words[i].text in _MANNER_ADVERBS and i + 1 < len(words):
        i += 1
    return _visit_at(words, i)


def _with_then_subject(words: list[Word]) -> bool:
    """A subject particle (or 도) after the last 와/과: "A 대표와 B 대표가" is one subject, not a companion."""
    last = max(i for i, w in enumerate(words) if w.josa in ("와", "과"))
    return any(w.josa in ("이", "가", "도") for w in words[last + 1:])  # ("A와 B도 자리를 함께했다")


def _invited_before(words: list[Word], cues: list[tuple[int, str]], cue: int) -> bool:
    """The cue before `cue` is an invitation in a connective form ("A를 초청해 B와 회동할 계획이다")."""
    prior = [i for i, _ in cues if i < cue]
    return bool(prior) and words[prior[-1]].stem.startswith("초청") and words[prior[-1]].predicate \
        and words[prior[-1]].tags[-1].endswith("EC")


def _joined_by(state: ArticleState, m: MeetingRec, people: list[Actor], subjects: list[Actor]) -> None:
    """The subject's own people the invited one meets: they join the meeting, and speak for an organization subject."""
    for a in people:
        if a.kind == "p" and int(a.ref) >= 0 and int(a.ref) not in m.participants:
            m.participants.append(int(a.ref))
            orgs = set(state.people[int(a.ref)].orgs)
            m.orgs = [o for o in m.orgs if o not in orgs or not any(s.kind == "o" and s.ref == o for s in subjects)]


_SHOWN = frozenset({"보", "듣", "받"})


def _shown_by(sent: Sent, actor: Actor) -> bool:
    """On a visit, what the visitor saw, heard or received from someone ("본사를 방문해 X 대표로부터 시연을 보고",
    "설명을 듣고", "브리핑을 받았다"): X was met. The first predicate after X says it."""
    pred = next((w for w in sent.words[actor.last + 1:] if w.predicate), None)
    return pred is not None and (pred.lemma in _SHOWN or pred.lemma.endswith("받"))


def _visited_for_talks(state: ArticleState, sent: Sent, others: list[Actor], subjects: list[Actor]) -> Actor | None:
    """The organization visited for talks, when no person of it is named: "X를 방문해 … 논의했다", "X 본사를 찾아
    … 협의할 예정이다" (the object of the visit verb, or the organization whose site is that object)."""
    words = sent.words
    if any(a.kind == "p" for a in others):
        return None  # "X를 방문해 NAME 장관과 환담했다": the person is met, X is where
    sides = frozenset().union(*(s.sides for s in subjects))
    for a in others:
        if a.kind == "o" and a.role == "obj" and a.last + 1 < len(words) \
                and _visit_after(words, a.last + 1) and str(a.ref) not in sides:
            return a
    for om in state.org_mentions:
        site = om.last + 1
        if om.sent != sent.index or site + 1 >= len(words) or words[om.last].josa or str(om.org) in sides:
            continue
        if is_site(words[site].stem) and words[site].josa in ("을", "를") \
                and _visit_after(words, site + 1) and words[site].quote < 0:
            return Actor("o", om.org, om.first, site, words[om.first].start, role="obj", sides=frozenset({om.org}))
    return None


def _site_visited(words: list[Word]) -> str | None:
    """"X 본사를 방문해 …": the organization's site visited is where the meeting took place."""
    lex = get_lexicon()
    for i, w in enumerate(words[1:-1], 1):
        if w.nominal and w.josa in ("을", "를") and lex.org_head(w.stem) == "site" and \
                _cues().get(words[i + 1].stem) == "visit":
            parts = [w.stem]
            j = i - 1
            while j >= 0 and len(parts) < 4 and words[j].nominal and not words[j].josa and not words[j].punct \
                    and not lex.is_place(words[j].stem) and not re.search(r"\d", words[j].stem):
                parts.insert(0, words[j].stem)
                j -= 1
            return " ".join(parts) if len(parts) > 1 else None
    return None


def _topics(state: ArticleState, sents: list[int]) -> list[str]:
    return list(dict.fromkeys(t.topic for t in state.topic_mentions if t.sent in sents))


def _greeted(words: list[Word], i: int) -> bool:
    """The greeting verb at word i has a person as object: a title ("하 장관을 맞았다") or a visiting party
    ("미야카와 CEO 일행을 맞을 예정"), maybe with an adverb between ("일행을 다시 맞았다"); not "위기를 맞았다"."""
    j = i - 1
    if j > 0 and words[j].text in _MANNER_ADVERBS:
        j -= 1
    if j < 0 or words[j].josa not in ("을", "를"):
        return False
    if j > 0 and _COUNT_OF_PEOPLE.match(words[j].stem) and not words[j - 1].josa:
        j -= 1  # "대표단 8명을 맞았다"
    lex = get_lexicon()
    return bool(lex.title(words[j].stem)) or words[j].stem in _VISITORS or lex.org_head(words[j].stem) == "people"


def _stays_away(words: list[Word], i: int) -> bool:
    """The clause of cue i ends in 불참 ("간담회에 참석할 예정이던 X 측은 … 불참했다", "회의에 불참하기로 했다"):
    who was to come did not, so no one met there in this sentence."""
    for x in words[i + 1:]:
        if x.stem == "불참" and not x.nominal:
            return True
        if x.predicate and x.tags[-1].endswith(("EC", "EF")):
            return False
    return False
