"""Sentence constructs of the synthetic articles: meetings (simple, lists, groups, organizations met as a whole,
attendees, planned, repeated) and what is not a meeting (negations, quotes, trips, people only mentioned).

Each construct takes the `ArticleWriter` and the article's protagonist, returns the sentences of one paragraph
(or [] when the world offers no fitting counterpart) and records the meetings it states in the gold.
"""

from __future__ import annotations

from bench import lexicon as lx
from bench.article import ArticleWriter
from bench.korean import DateExpr, future_date, josa, past_date
from bench.world import Person

J = josa

GENERIC_QUOTES = (
    "글로벌 파트너와의 협력이 그 어느 때보다 중요한 시점", "시장 변화에 선제적으로 대응하는 것이 핵심",
    "고객에게 더 큰 가치를 제공하기 위해 협력을 넓혀 가겠다", "단기 실적보다 장기적인 기술 경쟁력이 중요하다",
    "양사가 가진 강점을 결합하면 새로운 시장을 열 수 있다", "불확실성이 클수록 과감한 투자가 필요하다",
    "지금의 변화는 위기이자 기회", "협력 관계를 한 단계 더 끌어올리겠다", "현장에서 답을 찾겠다",
    "공급망 안정이 무엇보다 중요하다", "인재 확보가 경쟁력의 출발점",
)
TOPIC_QUOTES = (
    "{t} 경쟁력이 곧 기업의 미래", "{t} 분야에서 뒤처지면 다시 따라잡기 어렵다", "{t} 시장은 이제 막 열리기 시작했다",
    "{t} 생태계를 함께 만들어 가겠다", "{t} 기술 격차를 더 벌려야 한다",
)
ANALYST_QUOTES = (
    "{t} 수요 증가가 실적 개선으로 이어질 것", "협력이 구체화되면 기업 가치가 재평가될 수 있다",
    "단기적으로는 투자 부담이 커질 수 있다", "{t} 분야 협력은 중장기 성장 동력이 될 것",
    "이번 협력으로 {t} 시장 점유율 확대가 기대된다", "실제 매출로 이어지기까지는 시간이 걸릴 것",
    "경쟁사들도 비슷한 전략을 내놓을 가능성이 크다", "하반기부터 가시적인 성과가 나타날 것으로 보인다",
)
FILLERS = (
    "{t} 시장은 올해 두 자릿수 성장이 예상된다.", "글로벌 기업들은 {t} 인프라 확보에 막대한 자금을 쏟아붓고 있다.",
    "{t} 분야의 주도권을 둘러싼 경쟁은 갈수록 치열해지고 있다.", "각국 정부도 {t} 산업 육성에 팔을 걷어붙였다.",
    "업계에서는 {t} 수요가 당분간 공급을 웃돌 것으로 보고 있다.", "{t} 관련 인력 확보 경쟁도 거세다.",
    "시장조사업체들은 {t} 시장 규모가 5년 안에 세 배 가까이 커질 것으로 전망한다.",
    "{t} 기술은 제조와 금융, 의료 등 산업 전반으로 빠르게 확산하고 있다.",
    "{t} 분야에서는 스타트업과 대기업 간 협업 사례도 늘고 있다.", "국내 기업들의 {t} 관련 투자도 해마다 늘고 있다.",
    "{t} 공급망을 둘러싼 각국의 견제도 심해지는 분위기다.", "{t} 기술 표준을 선점하려는 움직임도 활발하다.",
)
GENERIC_FILLERS = (
    "최근 글로벌 경기 둔화 우려 속에서도 기술 투자는 줄지 않고 있다.", "환율 변동성이 커지면서 기업들의 셈법도 복잡해졌다.",
    "업계는 하반기 수요 회복 여부에 촉각을 곤두세우고 있다.", "주요 기업들은 공급망 다변화에도 속도를 내고 있다.",
    "올해 들어 대형 인수합병 논의도 잇따르고 있다.", "전문가들은 협력 범위가 더 넓어질 것으로 내다봤다.",
    "회사는 올해 연구개발 예산을 지난해보다 크게 늘렸다.", "이번 행보는 그룹의 중장기 성장 전략과 맞닿아 있다는 평가다.",
    "경쟁사들도 해외 파트너십 확대에 공을 들이고 있다.", "주요 고객사와의 관계를 다지는 것도 이번 일정의 목적으로 꼽힌다.",
    "회사 안팎에서는 구체적인 투자 발표가 뒤따를 수 있다는 관측이 나온다.",
    "업계의 관심은 협력이 실제 계약으로 이어질지에 쏠린다.", "최근 몇 년 사이 업계의 경쟁 구도는 크게 바뀌었다.",
    "해외 현지 생산 거점을 늘리려는 움직임도 이어지고 있다.", "회사 측은 구체적인 협력 내용에 대해서는 말을 아꼈다.",
    "주가도 이 같은 기대감을 반영해 최근 강세를 보였다.", "일각에서는 과도한 투자에 대한 우려도 제기된다.",
)


def _quote(w: ArticleWriter) -> str:
    if w.rng.random() < 0.5:
        return w.rng.choice(TOPIC_QUOTES).format(t=w.topic(w.rng.choice(w.cores)))
    return w.rng.choice(GENERIC_QUOTES)


def _analyst_quote(w: ArticleWriter) -> str:
    return w.rng.choice(ANALYST_QUOTES).format(t=w.topic(w.rng.choice(w.cores)))


def _said(quote: str) -> str:
    """Quote + the right connective: "...다"고 / "...시점"이라고."""
    return f"\"{quote}\"" + ("고" if quote.endswith("다") else ("이라고" if J(quote, "이")[-1] == "이" else "라고"))


def _date(w: ArticleWriter, *, topical: float = 0.3) -> tuple[DateExpr, str]:
    d = past_date(w.rng, w.published)
    return d, (_marked_date(d.text, "는") if w.rng.random() < topical else d.text)


def _marked_date(text: str, particle: str) -> str:
    """A date with 에는/에도: "지난 11일에는", but "이달 들어서는" (never "이달 들어에는")."""
    return f"{text}서{particle}" if text.endswith("들어") else f"{text}에{particle}"


def _place(w: ArticleWriter, counterpart: Person | None) -> tuple[str, str | None]:
    """A place phrase ("실리콘밸리에서") and the gold place name."""
    r = w.rng.random()
    if counterpart is not None and r < 0.3:
        name = f"{w.org(counterpart.org)} 본사"
        return f"{name}에서", f"{counterpart.org.name} 본사"
    if r < 0.6:
        city = w.rng.choice(lx.FOREIGN_CITIES)
        return f"미국 {city}에서" if city in ("실리콘밸리", "새너제이", "시애틀", "오스틴") and r < 0.4 else f"{city}에서", city
    if r < 0.85:
        city = w.rng.choice(lx.KOREAN_CITIES)
        return f"{city}에서", city
    venue = f"{w.rng.choice(lx.FOREIGN_CITIES + lx.KOREAN_CITIES)} {w.rng.choice(lx.VENUES)}"
    return f"{venue}에서", venue


def _counterpart(w: ArticleWriter, s: Person) -> Person | None:
    return w.pick_person(not_org=s.org, foreign=w.rng.random() < 0.55)


def simple(w: ArticleWriter, s: Person) -> list[str]:
    """One person meets one person."""
    c = _counterpart(w, s)
    if c is None:
        return []
    (d, dt_), (pl, place) = _date(w), _place(w, c)
    tp, topics = w.topics_phrase()
    S, C = w.ref(s), w.full(c)
    forms = [
        lambda: (f"{J(S, '은')} {dt_} {pl} {J(C, '과')} 만나 {tp} 분야 협력 방안을 논의했다.", place),
        lambda: (f"{J(S, '은')} {dt_} {J(C, '과')} 회동하고 {tp} 관련 사업 협력을 모색했다.", None),
        lambda: (f"{J(S, '은')} {dt_} {J(C, '을')} 만나 {tp} 사업 현황을 공유했다.", None),
        lambda: (f"{J(S, '과')} {J(C, '은')} {dt_} {pl} 회동을 갖고 {tp} 협력을 논의했다.", place),
        lambda: ((f"{J(C, '은')} {dt_} 방한해 {J(S, '과')} 단독 미팅을 가졌다.", "서울") if c.foreign and not s.foreign
                 else (f"{J(C, '은')} {dt_} {J(S, '을')} 찾아 단독 미팅을 가졌다.", None)),
        lambda: (f"{J(S, '은')} {dt_} {pl} {J(C, '과')} 만찬을 함께하며 {tp} 시장 전망에 대해 의견을 나눴다.", place),
        lambda: (f"{J(S, '은')} {dt_} {J(C, '을')} 초청해 {tp} 분야 협력을 논의했다.", None),
        lambda: (f"{d.text} {pl} 열린 {J(S, '과')} {C}의 회동에서는 {tp} 협력이 주요 의제로 다뤄졌다.", place),
        lambda: (f"{J(S, '은')} {dt_} {pl} {J(C, '과')} 미팅을 갖고 {tp} 공동 개발 방안을 협의했다.", place),
        lambda: (f"{J(S, '은')} {dt_} {J(C, '을')} 접견하고 {tp} 분야 투자 확대 방안을 논의했다.", None),
        lambda: (f"{J(S, '은')} {dt_} {pl} {J(C, '과')} 면담했다.", place),
        lambda: (f"{J(S, '은')} {dt_} {J(C, '과')} 오찬 회동을 하고 {tp} 관련 협력을 논의했다.", None),
        lambda: (f"{dt_} {J(S, '은')} {pl} {J(C, '과')} 마주 앉아 {tp} 협력 방안을 논의했다.", place),
    ]
    sentence, place = w.rng.choice(forms)()
    w.meeting([s, c], d, sentence, place=place, topics=topics, construct="simple")
    out = [sentence]
    r = w.rng.random()
    if r < 0.35:
        out.append(f"{J(w.ref(c), '은')} 이 자리에서 {_said(_quote(w))} 말했다.")
    elif r < 0.6:
        out.append(w.rng.choice(("두 사람은 협력 범위를 넓혀 가기로 뜻을 모았다.", "양측은 구체적인 협력 내용은 공개하지 않았다.",
                                 "이번 만남은 상대 측의 요청으로 성사된 것으로 알려졌다.")))
    return out


def listed(w: ArticleWriter, s: Person) -> list[str]:
    """One person meets two or three people one after the other: one meeting each."""
    cs = [c for c in (_counterpart(w, s) for _ in range(w.rng.choice((2, 2, 3)))) if c]
    if len(cs) < 2:
        return []
    d, dt_ = _date(w, topical=0.0)
    tp, topics = w.topics_phrase()
    S, full = w.ref(s), [w.full(c) for c in cs]
    head = ", ".join(full[:-1])
    forms = [
        f"{J(S, '은')} {dt_} {J(head, '과')} {J(full[-1], '을')} 잇따라 만나 {tp} 협력 방안을 논의했다.",
        f"{J(S, '은')} {dt_} {J(full[0], '을')} 시작으로 {', '.join(full[1:-1] + [J(full[-1], '과')])} 차례로 만나 "
        f"{tp} 사업 협력을 논의했다." if len(full) == 3 else
        f"{J(S, '은')} {dt_} {J(full[0], '을')} 시작으로 {J(full[1], '과')} 차례로 만나 {tp} 사업 협력을 논의했다.",
        f"{J(S, '은')} {dt_} {', '.join(full[:-1])}, {J(full[-1], '과')} 연쇄 회동을 갖고 {tp} 협력을 모색했다.",
        f"{J(S, '은')} {dt_} {', '.join(full)} 등과 각각 만나 {tp} 분야 협력을 논의했다.",
    ]
    if len(full) == 2:
        forms.append(f"{J(S, '은')} {dt_} {J(full[0], '과')} 만난 데 이어 {J(full[1], '과')}도 회동했다.")
    sentence = w.rng.choice(forms)
    for c in cs:
        w.meeting([s, c], d, sentence, topics=topics, construct="list")
    return [sentence]


def group(w: ArticleWriter, s: Person) -> list[str]:
    """Three people meet together: one meeting."""
    c1, c2 = _counterpart(w, s), _counterpart(w, s)
    if not (c1 and c2):
        return []
    (d, dt_), (pl, place) = _date(w), _place(w, None)
    tp, topics = w.topics_phrase()
    S, C1, C2 = w.ref(s), w.full(c1), w.full(c2)
    forms = [
        (f"{J(S, '은')} {dt_} {pl} {C1}, {J(C2, '과')} 3자 회동을 갖고 {tp} 협력 방안을 논의했다.", place),
        (f"{S}, {C1}, {J(C2, '은')} {dt_} {pl} 한자리에 모여 {tp} 생태계 구축 방안을 논의했다.", place),
        (f"{J(S, '은')} {dt_} {J(C1, '과')} 함께 {J(C2, '을')} 만나 {tp} 공동 사업을 논의했다.", None),
        (f"{d.text} {pl} 열린 회동에는 {S}, {C1}, {C2} 등이 참석했다.", place),
    ]
    sentence, place = w.rng.choice(forms)
    w.meeting([s, c1, c2], d, sentence, place=place, topics=topics, construct="group")
    return [sentence]


def orgs_only(w: ArticleWriter, s: Person) -> list[str]:
    """A person meets an organization whose people are not named ("TSMC 경영진과 만나")."""
    o1 = w.pick_org(exclude={s.org.name})
    o2 = w.pick_org(exclude={s.org.name, o1.name if o1 else ""})
    if not (o1 and o2):
        return []
    S = w.ref(s)
    d1, dt1 = _date(w, topical=0.0)
    tp, topics = w.topics_phrase()
    r = w.rng.random()
    if r < 0.25:
        d2 = past_date(w.rng, w.published)
        while d2.value == d1.value or d2.text == d1.text:
            d2 = past_date(w.rng, w.published)
        sentence = (f"{J(S, '은')} {dt1} {w.org(o1)}, {_marked_date(d2.text, '는')} {w.org(o2)} 경영진과 만나 "
                    f"{tp} 파트너십을 다졌다.")
        w.meeting([s], d1, sentence, orgs_only=[o1], topics=topics, construct="orgs_only")
        w.meeting([s], d2, sentence, orgs_only=[o2], topics=topics, construct="orgs_only")
        return [sentence]
    if r < 0.4:
        sentence = f"{J(S, '은')} {dt1} {w.org(o1)}, {w.org(o2)} 경영진과 잇따라 만났다."
        w.meeting([s], d1, sentence, orgs_only=[o1], construct="orgs_only")
        w.meeting([s], d1, sentence, orgs_only=[o2], construct="orgs_only")
        return [sentence]
    O = w.org(o1)
    sentence, place = w.rng.choice([
        (f"{J(S, '은')} {dt1} {O} 본사를 방문해 경영진과 면담했다.", f"{o1.name} 본사"),
        (f"{J(S, '은')} {dt1} {O} 관계자들과 만나 {tp} 협력 방안을 논의했다.", None),
        (f"{J(S, '은')} {dt1} {O} 최고경영진과 회동하고 {tp} 분야 협력을 논의했다.", None),
        (f"{J(S, '은')} {dt1} {O} CEO와 만나 {tp} 사업 협력을 논의했다.", None),
    ])
    w.meeting([s], d1, sentence, orgs_only=[o1], place=place, topics=topics, construct="orgs_only")
    return [sentence]


def with_attendees(w: ArticleWriter, s: Person) -> list[str]:
    """A meeting at which colleagues sat in (배석): they are participants too."""
    c = _counterpart(w, s)
    if c is None:
        return []
    att = [a for a in (w.pick_person(org=s.org) for _ in range(w.rng.choice((1, 2, 2, 3)))) if a]
    if not att:
        return []
    (d, dt_), (pl, place) = _date(w), _place(w, c)
    S, C, A = w.ref(s), w.full(c), [w.full(a) for a in att]
    first = w.rng.choice([(f"{J(S, '은')} {dt_} {pl} {J(C, '과')} 회동했다.", place),
                          (f"{J(S, '은')} {dt_} {J(C, '을')} 만났다.", None),
                          (f"{J(S, '은')} {dt_} {pl} {J(C, '과')} 면담했다.", place)])
    if len(A) == 1:
        second = w.rng.choice((f"회동에는 {J(A[0], '이')} 배석했다.", f"이 자리에는 {J(A[0], '이')} 배석했다."))
    else:
        second = w.rng.choice((f"이 자리에는 {', '.join(A)} 등이 배석했다.",
                               f"{', '.join(A[:-1])}, {A[-1]} 등도 배석했다."))
    w.meeting([s, c] + att, d, f"{first[0]} {second}", place=first[1], attendees=att, construct="attendees")
    return [first[0], second]


def planned(w: ArticleWriter, s: Person) -> list[str]:
    """A meeting reported as planned: status planned, dated by the future expression."""
    c = _counterpart(w, s)
    if c is None:
        return []
    f = future_date(w.rng, w.published)
    (pl, place), (tp, topics) = _place(w, c), w.topics_phrase()
    S, C = w.ref(s), w.full(c)
    sentence, place = w.rng.choice([
        (f"{J(S, '은')} {f.text} {J(C, '과')} 만날 예정이다.", None),
        (f"{J(S, '은')} {f.text} {pl} {J(C, '과')} 회동할 계획이다.", place),
        (f"{J(C, '은')} {f.text} 방한해 {J(S, '과')} 면담할 예정인 것으로 알려졌다.", "서울") if c.foreign
        else (f"{J(C, '은')} {f.text} {J(S, '과')} 면담할 예정인 것으로 알려졌다.", None),
        (f"{J(S, '은')} {f.text} {J(C, '과')} 만나 {tp} 협력 방안을 논의할 예정이다.", None),
    ])
    w.meeting([s, c], f, sentence, place=place, topics=topics if "논의할" in sentence else [], status="planned",
              construct="planned")
    return [sentence]


def negated(w: ArticleWriter, s: Person) -> list[str]:
    """A meeting denied, cancelled or not attended: no meeting (the people named are still people)."""
    c = _counterpart(w, s)
    if c is None:
        return []
    S, C = w.ref(s), w.full(c)
    return [w.rng.choice([
        f"{J(S, '은')} 이번 출장에서 {J(C, '과')}는 만나지 않았다.",
        f"{S} 측은 {J(C, '과')}의 회동설에 대해 \"사실이 아니다\"라고 밝혔다.",
        f"{J(C, '은')} {future_date(w.rng, w.published).text} 열리는 {w.event()}에는 참석하지 않는다.",
        f"당초 거론됐던 {J(S, '과')} {C}의 만남은 일정 문제로 성사되지 않았다.",
        f"{J(S, '은')} {J(C, '과')}의 면담 요청을 거절한 것으로 전해졌다.",
        f"{J(S, '은')} {J(C, '과')} 만날 계획이 없다고 밝혔다.",
    ])]


def repeated(w: ArticleWriter, s: Person) -> list[str]:
    """An earlier meeting of two people already met in the article, on a clearly different date."""
    earlier = [m for m in w.meetings if m.status == "held" and len(m.participants) == 2 and not m.orgs_only
               and m.participants[0] == s.name and m.date.value]
    if not earlier:
        return []
    m = w.rng.choice(earlier)
    c = w.cast[m.participants[1]]
    for _ in range(20):
        d = past_date(w.rng, w.published)
        if d.value and not (d.value.startswith(m.date.value) or m.date.value.startswith(d.value)):
            break
    else:
        return []
    pl, place = _place(w, None)
    S, C = w.ref(s), w.ref(c)
    sentence = w.rng.choice([f"{J(S, '과')} {J(C, '은')} {_marked_date(d.text, '도')} {pl} 만난 바 있다.",
                             f"{J(S, '은')} 앞서 {d.text} {pl} {J(C, '과')} 처음 회동했다."])
    w.meeting([s, c], d, sentence, place=place, construct="repeat")
    return [sentence]


# --- not meetings ------------------------------------------------------------------------------------------------


def analyst(w: ArticleWriter, s: Person) -> list[str]:
    a = w.pick_person(pool=w.world.analysts)
    if a is None:
        return []
    verb = w.rng.choice(("분석했다", "말했다", "내다봤다", "평가했다"))
    return [f"{J(w.full(a), '은')} {_said(_analyst_quote(w))} {verb}."]


def insider(w: ArticleWriter, s: Person) -> list[str]:
    who = w.rng.choice(("업계 관계자는", "재계 한 관계자는", "한 증권사 연구원은", "증권가 관계자는"))
    return [f"{who} {_said(_analyst_quote(w))} {w.rng.choice(('말했다', '전했다', '설명했다'))}."]


def mentioned(w: ArticleWriter, s: Person) -> list[str]:
    """A person named without any meeting."""
    p = w.pick_person(not_org=s.org)
    if p is None:
        return []
    P, t = w.full(p), w.topic(w.rng.choice(w.cores))
    return [w.rng.choice([f"{J(P, '은')} {t} 분야에서 20년 넘게 경력을 쌓은 전문가로 꼽힌다.",
                          f"{J(P, '은')} 최근 {t} 사업 확대 계획을 공개했다.",
                          f"{J(P, '은')} 지난해 선임된 뒤 {t} 사업을 이끌고 있다."])]


def trip(w: ArticleWriter, s: Person) -> list[str]:
    """A trip, a keynote or a show: dates and "만날 예정" with no counterpart, so no meeting."""
    d = past_date(w.rng, w.published)
    cities = w.rng.sample(lx.FOREIGN_CITIES, 2)
    n = w.rng.randint(3, 9)
    form = w.rng.choice([
        lambda: (f"{J(w.ref(s), '은')} {d.text} 출국해 {J(cities[0], '과')} {cities[1]} 등을 도는 "
                 f"{n}박 {n + 1}일 일정의 출장길에 올랐다."),
        lambda: f"{J(w.ref(s), '은')} {d.text} {w.event()}에서 기조연설을 했다.",
        lambda: (f"{J(w.org(s.org), '은')} {future_date(w.rng, w.published).text} {w.event()}에서 "
                 "관람객들과 만날 예정이다."),
    ])
    return [form()]


def filler(w: ArticleWriter, s: Person) -> list[str]:
    """A background sentence with no entity, each one at most once per article while there are fresh ones."""
    pool = FILLERS if w.rng.random() < 0.6 else GENERIC_FILLERS
    fresh = [f for f in pool if f not in w.used] or list(pool)
    template = w.rng.choice(fresh)
    w.used.add(template)
    return [template.format(t=w.topic(w.rng.choice(w.narrower + w.cores))) if "{t}" in template else template]


MEETINGS = ((simple, 3.0), (listed, 1.2), (group, 0.6), (orgs_only, 1.0), (with_attendees, 1.0), (planned, 0.8),
            (negated, 0.8), (repeated, 0.5))
DISTRACTORS = ((analyst, 0.6), (insider, 0.7), (mentioned, 0.6), (trip, 0.6), (filler, 1.5))
