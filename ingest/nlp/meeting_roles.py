"""Who plays which part in a sentence: the actors of the meeting rules, their lists (chains) and roles.

An actor is a person mention, an organization met as a whole ("X 경영진과", "X, Y CEO와"), the pronoun
"그는" or a pair ("두 사람은", "두 CEO는"). Actors joined by 와/과, commas, '·', dates, places or "를 시작으로"
form a chain; a chain's role is the particle that ends it: subject (이/가/은/는), with (와/과), object
(을/를), of (의), bare (no particle), other (에, 에서, 로, …: places, sources, never a counterpart).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ingest.nlp.lexicon import get_lexicon, is_hangul
from ingest.nlp.orgs import DIVISIONS
from ingest.nlp.sentences import CLOSE_QUOTES, OPEN_QUOTES
from ingest.nlp.state import ArticleState, DateExpr, PersonMention, Sent, Word

SUBJ = ("이", "가", "은", "는", "께서", "께서는", "도", "이가", "이야말로")
WITH = ("와", "과", "와는", "과는", "와도", "과도", "와의", "과의", "와만", "과만", "와도의")
OBJ = ("을", "를", "을도", "를도")
FROM = ("로부터", "으로부터", "에게서", "한테서")  # "X로부터 보고받았다": met only when told by the cue (RECEIVED)
PRONOUN = -2  # Actor.ref of "그는"
PAIR = -3  # Actor.ref of "두 사람은"
COMPANY_PAIR = frozenset({"회사", "기업"})  # "두 회사는": the companies of the pair told
_PAIR_NOUNS = frozenset({"사람", "정상", "수장", "총수", "경영자", "리더"}) | COMPANY_PAIR
_KIN_PAIRS = frozenset({"형제", "자매", "남매", "부자", "부녀", "모자", "모녀", "부부"})  # "형제는": a pair too
BOTH_SIDES = frozenset({"양측", "양자"})  # "양측은 오는 9월 다시 만나": the two of the meeting told
_GROUP_WORDS = frozenset({"등", "외", "일행", "내외"}) | _KIN_PAIRS  # words after a phrase that keep its role
_MEETING_NOUNS = frozenset({"회동", "만남", "회담", "면담", "미팅", "회의", "만찬", "오찬", "조찬", "대담"})
_LIST_WORDS = frozenset({"및", "그리고", "또", "또한"})
_SOURCE = frozenset({"따르면", "따라"})  # "X에 따르면": the source of the report
# words before a bare people noun that still mean the site's organization ("… 둘러본 뒤 경영진과", "이 회사 경영진과")
_PRESIDING = frozenset({"주재", "주관"})  # "A 주재로": chaired by A
_SITE_PEOPLE = frozenset({"뒤", "후", "직후", "다음", "회사", "현지"})


@dataclass
class Actor:
    """A participant candidate: a person (index), an organization met as a whole, "그는" or "두 사람은"."""

    kind: str  # "p" | "o"
    ref: int | str
    first: int
    last: int
    start: int
    role: str = ""
    chain: int = -1
    sides: frozenset[str] = field(default_factory=frozenset)
    through_people: bool = False  # an organization named with its people ("X 경영진과"): met like a person


_SAID = frozenset({"밝히", "말하", "덧붙이", "전하", "설명하", "소개하", "회고하", "털어놓"})
_MEET_VERBS = frozenset({"만나", "회동하", "면담하", "회담하"})


def own_accounts(words: list[Word]) -> set[int]:
    """Quotes in which the speaker tells a meeting of their own, done: "지난주 X 회장을 만나 … 합의했다"고
    밝혔다. A meeting verb inside, the last word in the past (a plan only quoted is none), a verb of saying
    right after (or 며: "…만났다"며 …), or nothing but the quote in the sentence (an interview's answer). Their
    words count like the sentence's own; other quotes are left out."""
    spans: dict[int, list[int]] = {}
    for i, w in enumerate(words):
        if w.quote >= 0:
            spans.setdefault(w.quote, []).append(i)
    out = set()
    for q, idx in spans.items():
        last = words[idx[-1]]
        after = next((w for w in words[idx[-1] + 1:] if not w.punct), None)
        done = any(t == "EP" or "+EP" in t for t in last.tags)  # (a plan only quoted is no meeting: dev_h4 f03)
        said = last.josa in ("고", "라고", "이라고") and after is not None and after.lemma in _SAID
        said = said or last.josa in ("며", "라며", "이라며")  # "…만났다"며 "…"고 말했다
        if done and (said or _whole(words, idx)) and any(words[i].predicate and words[i].lemma in _MEET_VERBS
                                                         for i in idx):
            out.add(q)
    return out


def _whole(words: list[Word], idx: list[int]) -> bool:
    """The words at idx are all the sentence's but punctuation: a quote alone, an interview's answer."""
    return set(idx) >= {i for i, w in enumerate(words) if not w.punct}


def sentence_actors(state: ArticleState, sent: Sent, mentions: list[PersonMention]) -> list[Actor]:
    """Person and organization actors of a sentence in word order, with chains and roles (quotes left out,
    but for the speaker's own account of a meeting: `own_accounts`)."""
    lex = get_lexicon()
    words = sent.words
    out: list[Actor] = []
    covered: set[int] = set()
    told = own_accounts(words)
    for m in mentions:
        covered.update(range(m.first, m.last + 1))
        q = quoted_mention(words, m)
        if q >= 0 and q not in told:
            continue
        if m.person >= 0:
            p = state.people[m.person]
            out.append(Actor("p", m.person, m.first, m.last, words[m.first].start,
                             sides=frozenset(p.orgs) or frozenset({p.name})))
        elif m.short == "anon" and m.orgs:
            out.append(Actor("o", m.orgs[-1], m.first, m.last, words[m.first].start, sides=frozenset({m.orgs[-1]})))
    for om in state.org_mentions:
        q = words[om.first].quote if om.sent == sent.index else -1
        if om.sent != sent.index or om.first in covered or q >= 0 and q not in told and not all(
                om.first <= j <= om.last for j, w in enumerate(words) if w.quote == q):
            continue  # (a quoted name is no quote: "연구소인 '우븐 바이 도요타'를 찾아")
        last = om.last
        head = last + 1 if last + 1 < len(words) and not words[last].josa else -1
        if head >= 0 and words[head].punct and words[head].text in CLOSE_QUOTES and head + 1 < len(words):
            head += 1  # "'X(Latin)' 경영진과": the quoted name, then its people
        if words[last].josa == "의":
            head = _own_people(words, last + 1)  # "X의 (AI PC 담당) 임원들과"
        if head >= 0 and head + 2 < len(words) and words[head].nominal and not words[head].josa:
            # "X 로보틱스 사업부 대표단과": a division between the organization and its people
            for j in (head + 1, head + 2, head + 3):  # ("X 엔터프라이즈 소프트웨어 담당 임원진과")
                if j >= len(words) or words[j - 1].josa or not words[j - 1].nominal:
                    break
                if lex.org_head(words[j].stem) == "people" and (
                        lex.is_title_modifier(words[j - 1].stem) or _field_word(words[j - 1])
                        or lex.is_place(words[j - 1].stem) or words[j - 1].stem.endswith(tuple(DIVISIONS))):
                    head = j  # ("포스텍 로봇 연구진과": the field its people work in; "블랙록 아시아태평양
                    break  # 대표단을": the region they cover; "해온카드 IT본부 실무진과": its unit)
        if head >= 0 and words[head].stem == "등" and not words[head].josa:
            head = _people_after_such_as(words, head)  # "셸(Shell) 등 글로벌 에너지 기업 경영진과"
        through_people = head >= 0 and words[head].nominal and lex.org_head(words[head].stem) == "people"
        if through_people:
            last = head  # "X 경영진과", "X 관계자들도": the organization met as a whole
        elif not words[last].josa and not _in_list(words, last):
            continue
        if words[last].josa == "에" and last + 1 < len(words) and words[last + 1].text in _SOURCE:
            continue  # "X에 따르면"
        if words[last].josa in ("와", "과") and last + 2 < len(words) and words[last + 1].nominal \
                and not words[last + 1].josa and is_site(words[last + 2].stem) and words[last + 2].josa in ("을", "를"):
            continue  # "엔비디아와 소니 부스를 둘러본 뒤": the owners of the sites toured, no one met
        out.append(Actor("o", om.org, om.first, last, words[om.first].start, sides=frozenset({om.org}),
                         through_people=through_people))
    named = {m.first for m in mentions if m.person >= 0}
    for i, w in enumerate(words):
        if w.quote >= 0:
            continue
        if w.stem == "그" and w.tags[:1] == ("NP",) and w.josa in ("는", "가", "의"):
            out.append(Actor("p", PRONOUN, i, i, w.start))
        elif w.text in ("두", "양") and i + 1 < len(words) and (words[i + 1].josa in SUBJ or words[i + 1].josa == "의"
                                                             and _meeting_noun_at(words, i + 2)) and (
                words[i + 1].stem in _PAIR_NOUNS or lex.title(words[i + 1].stem)) and i not in named:
            # ("두 대표의 회동은 …": the pair whose meeting it is)
            # ("양 부회장은" is the one 부회장 of surname 양 when the people component resolved it so)
            out.append(Actor("p", PAIR, i, i + 1, w.start))
        elif (w.stem in _KIN_PAIRS or w.stem in BOTH_SIDES) and w.josa in SUBJ and (i == 0 or words[i - 1].punct):
            out.append(Actor("p", PAIR, i, i, w.start))
    out.extend(_people_of_site(state, sent, out))
    out.sort(key=lambda a: a.first)
    _chain(words, out, state.dates, sent)
    return out


def _own_people(words: list[Word], at: int) -> int:
    """After "X의", the people noun of X within four words, with only bare nouns before it ("X의 경영진과",
    "X의 AI PC 담당 임원들과"); else -1."""
    lex = get_lexicon()
    for j in range(at, min(len(words), at + 4)):
        w = words[j]
        if not w.nominal:
            return -1
        if lex.org_head(w.stem) == "people" or w.plural and lex.org_head(w.stem.removesuffix("들")) == "people":
            return j
        if w.josa:
            return -1
    return -1


def quoted_mention(words: list[Word], m: PersonMention) -> int:
    """The quote a mention stands in, whole, else -1 (not "'X(Latin)'의 NAME 대표": only the organization is
    quoted)."""
    q = words[m.first].quote
    return q if q >= 0 and words[m.last].quote == q else -1


def _people_after_such_as(words: list[Word], at: int) -> int:
    """After "X 등" (word at), the people noun of the organizations so listed, when up to three bare nouns stand
    between ("셸 등 글로벌 에너지 기업 경영진과"); else -1."""
    lex = get_lexicon()
    for j in range(at + 1, min(at + 5, len(words))):
        w = words[j]
        if not w.nominal or w.paren or w.quote >= 0:
            return -1
        if lex.org_head(w.stem) == "people":
            return j
        if w.josa:
            return -1
    return -1


def _meeting_noun_at(words: list[Word], i: int) -> bool:
    """Word i is a meeting noun ("회동", "만남", "회담"), maybe after a determiner ("첫 만남")."""
    if i + 1 < len(words) and words[i].tags == ("MM",):
        i += 1
    return i < len(words) and words[i].nominal and words[i].stem in _MEETING_NOUNS


def _people_of_site(state: ArticleState, sent: Sent, actors: list[Actor]) -> list[Actor]:
    """"X 본사를 방문해 경영진과 면담했다": a people noun with no organization of its own ("경영진과",
    "관계자들을") after an organization's site ("X 본사를", "X 공장에서") is that organization, met as a whole."""
    lex = get_lexicon()
    words = sent.words
    sites = [om for om in state.org_mentions if om.sent == sent.index and om.last + 1 < len(words)
             and words[om.last].quote < 0 and not words[om.last].josa
             and is_site(words[om.last + 1].stem) and words[om.last + 1].josa]
    if not sites:
        return []
    taken = {a.last for a in actors} | {i for a in actors for i in range(a.first, a.last + 1)}
    out = []
    for i, w in enumerate(words):
        if i in taken or w.quote >= 0 or not w.nominal or lex.org_head(w.stem) != "people":
            continue
        if not (w.josa.startswith(WITH) or w.josa in OBJ) or (i > 0 and words[i - 1].nominal and not words[i - 1].josa
                                                             and words[i - 1].stem not in _SITE_PEOPLE
                                                             and not _field_word(words[i - 1])):
            continue  # "Y 경영진과" is Y's own (an actor already); only a bare "경영진과" borrows the site's (so does
            # "투자 담당 임원들과": a field, no organization)
        site = next((om for om in reversed(sites) if om.last + 1 < i), None)
        if site is not None:
            out.append(Actor("o", site.org, i, i, w.start, sides=frozenset({site.org}), through_people=True))
    return out


# places of an organization that follow its name only once it is known ("삼성SDI 사업장을"); before an unknown
# word they name no organization ("스판덱스 생산기지", "PF 사업장")
_VISIT_SITES = frozenset({"사업장", "생산기지", "물류센터", "생산법인"})


def is_site(stem: str) -> bool:
    """A noun of an organization's place after its name ("본사", "공장", "사업장"; "기술연구소", "생산공장": one
    with a two-syllable modifier written together)."""
    lex = get_lexicon()
    return lex.org_head(stem) == "site" or stem in _VISIT_SITES or len(stem) >= 4 and lex.org_head(stem[2:]) == "site"


def _who_they_are(w: Word) -> bool:
    """A noun with the copula's adnominal ending ("장남인", "창업주인"): it says who the next person is."""
    return w.nominal and w.josa == "인" and w.jtags == ("VCP+ETM",) and is_hangul(w.stem)


def _field_word(w: Word) -> bool:
    """A common noun or Latin acronym of a field ("로봇", "AI", "반도체") between an organization and its people."""
    return w.nominal and not w.josa and not w.paren and not w.oov and all(
        t.split("+")[0] in ("NNG", "SL") for t in w.tags)


def subject_chain(actors: list[Actor], first_cue: int, words: list[Word] | None = None) -> int:
    """The chain of the subject said before the first cue, a chain with a person first; else any subject. The
    subject of a relative clause whose noun is no subject is none ("X가 소유한 게임사 Y를 찾아": X)."""
    if words is not None:
        actors = [a for a in actors if not (a.role == "subj" and in_relative_clause(words, a.last))]
    before = [a for a in actors if a.role == "subj" and a.first < first_cue]
    person = next((a.chain for a in before if a.kind == "p"), None)
    if person is not None:
        return person
    if before:
        return before[0].chain
    return next((a.chain for a in actors if a.role == "subj"), -1)


_CLAUSE_MARKS = frozenset({",", ".", "!", "?", ";", ":"})
_BOUND_NOUNS = frozenset({"것", "수", "데", "바", "뒤", "후", "때", "중", "전", "듯", "만큼", "대로", "가운데"})


def in_relative_clause(words: list[Word], last: int) -> bool:
    """"X가 소유한 게임사 Y를", "X가 배석한 회동에서": a subject (이/가) of a verb that qualifies a noun that is no
    subject (not "A 회장이 이끄는 대표단은 …": the leader of who meets)."""
    if words[last].josa not in ("이", "가"):
        return False
    e = last + 1
    if e >= len(words) or not words[e].predicate or not words[e].tags[-1].endswith("ETM") \
            or words[e].text in ("지난", "오는", "다가오는"):  # (a date: "X가 지난 3일 …")
        return False
    head = next((w for w in words[e + 1:] if w.punct and w.text in _CLAUSE_MARKS or w.predicate or w.josa), None)
    # (a quoted name between: "X가 주재한 '한·사우디 간담회'에")
    return head is not None and head.nominal and not head.punct and head.josa not in ("은", "는", "이", "가", "도") \
        and head.stem not in _BOUND_NOUNS  # ("X가 만날 것으로 보인다": the main clause, nominalized)


def followed_by_together(words: list[Word], last: int) -> bool:
    """"A와 함께": A goes along with the subject, A is not met."""
    return last + 1 < len(words) and words[last + 1].text.startswith(("함께", "같이"))


def _in_list(words: list[Word], last: int) -> bool:
    """A bare organization word followed by ',', '·' or 및 (part of a list), or ending one ("X, Y 등 기업 경영진과")."""
    nxt = words[last + 1] if last + 1 < len(words) else None
    return nxt is not None and (nxt.punct and nxt.text in (",", "·") or nxt.text == "및" or
                                nxt.stem in ("등", "외") and last > 0 and words[last - 1].text in (",", "·"))


def _chain(words: list[Word], actors: list[Actor], dates: list[DateExpr], sent: Sent) -> None:
    """Group actors into chains (lists) and give each actor its chain's role."""
    date_spans = [(d.start, d.end) for d in dates if d.sent == sent.index]
    lex = get_lexicon()

    def separator_ok(i: int, j: int, *, described: bool = False) -> bool:
        for w in words[i:j]:
            if w.punct and w.text in (",", "·", "/"):
                continue
            if any(s <= w.start and w.stem_end <= e for s, e in date_spans):
                continue
            if w.stem in _LIST_WORDS or w.text in _LIST_WORDS:
                continue
            if w.nominal and not w.josa and lex.is_place(w.stem):  # "지난 8월 대만 X, 이달 초 일본 Y"
                continue
            if described and (w.nominal and not w.josa and not w.oov and all(t == "NNG" for t in w.tags)
                              and not lex.title(w.stem) or w.punct and w.text in OPEN_QUOTES):
                continue  # "A 대표와 말레이시아 데이터센터 기업 (')X(')의 B CEO가": what the next one's organization is
            if w.nominal and w.josa in ("에는", "엔") and not lex.is_place(w.stem) and not lex.title(w.stem) \
                    and all(t.split("+")[0] == "NNG" for t in w.tags[:1]):
                continue  # "지난 11월 X, 최근에는 Y": a time word of a list
            return False
        return True

    chain = -1
    prev: Actor | None = None
    for a in actors:
        link = False
        if prev is not None and prev.last < a.first:
            pj = words[prev.last].josa
            described = _role(words, a.last) in ("subj", "bare")  # (a list of subjects: "A와 B를 차례로" splits anyway)
            between = separator_ok(prev.last + 1, a.first, described=described)
            comma_after_with = pj in ("와", "과") and any(w.text == "," for w in words[prev.last + 1:a.first])
            if between and pj in ("", "와", "과", "및") and not comma_after_with:  # "A와, B는 …": two clauses
                link = True
            if pj in ("와", "과") and a.kind == "p" and a.first == prev.last + 2 and _who_they_are(words[prev.last + 1]):
                link = True  # "A 회장과 장남인 B 사장이": who the next one is, right before them
            if pj in OBJ and _starts_list(words, prev.last + 1) and separator_ok(prev.last + 2, a.first,
                                                                                 described=described):
                link = True  # "A를 시작으로 B와 C", "A를 비롯해 B, C"
            if pj == "에" and _follows(words, prev.last + 1) and separator_ok(prev.last + 2, a.first):
                link = True  # "A 경영진에 이어 B와도 만났다": A was met too
        if not link:
            chain += 1
        a.chain = chain
        prev = a
    roles: dict[int, str] = {}
    for a in actors:
        roles[a.chain] = _role(words, a.last)
    for a in actors:
        a.role = roles[a.chain]


def _starts_list(words: list[Word], i: int) -> bool:
    """"를 시작으로", "를 비롯해/비롯한": the object opens a list."""
    return i < len(words) and (words[i].stem == "시작" or words[i].lemma.startswith("비롯"))


def _role_after_including(words: list[Word], i: int) -> str:
    """After "A를 비롯해", the role of the noun phrase that names the rest ("원화 거래소 5곳이": subject), else
    object."""
    for k in range(i, min(len(words), i + 8)):
        x = words[k]
        if x.predicate:
            break
        if x.josa:
            return _role(words, k)
    return "obj"


def _follows(words: list[Word], i: int) -> bool:
    """"에 이어": the phrase before is the first of a list of those met."""
    return i < len(words) and words[i].text == "이어"


def _role(words: list[Word], last: int) -> str:
    """The role of the particle that ends a phrase, also when a group word follows it ("A 등이", "A 일행은",
    "A와 B 형제가", "X 경영진들과")."""
    w = words[last]
    j = w.josa
    if not j and last + 1 < len(words) and words[last + 1].stem in _PRESIDING and words[last + 1].josa in ("로", "으로"):
        return "subj"  # "X는 A 부원장 주재로 간담회를 열었다": A holds it
    if not j:
        for k in range(last + 1, min(len(words), last + 6)):
            x = words[k]
            if x.punct or x.predicate:
                break
            if x.josa:
                if x.stem in _GROUP_WORDS or x.plural or k > last + 1:
                    j = x.josa
                    if x.plural and x.josa in ("과", "와"):
                        return "with"
                break
            if x.stem not in _GROUP_WORDS and not x.plural and k == last + 1 and not get_lexicon().is_generic(x.stem):
                break
    if not j:
        return "bare"
    if j.startswith(WITH):
        return "with"
    if j in OBJ and last + 1 < len(words) and words[last + 1].lemma.startswith("비롯"):
        return _role_after_including(words, last + 2)  # "A를 비롯해 거래소 5곳이 참석했다": with the others
    if j in OBJ:
        return "obj"
    if j in ("의",):
        return "of"
    if j in FROM:
        return "from"
    if j in SUBJ:
        return "subj"
    return "other"
