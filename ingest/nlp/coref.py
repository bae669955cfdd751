"""Component `newsgraph_coref`: people as clusters of mentions, and short forms resolved to them.

Full names cluster by their key (spaces ignored: "피터린드" = "피터 린드"; a Latin name joins its Hangul one).
A surname + title ("이 회장") resolves to the one person of that surname who holds that title (with no such
Korean person, to the foreign one whose family name it is: "황 CEO" for "젠슨 황" CEO); a family
name + title ("린드 CEO") to the one person whose name ends so, else begins so (an East Asian order: "다나베
사장" for "다나베 히로키"). Two candidates: the one named in the sentence or the one before, if the other was
not named in the two sentences before; else left unresolved. A one-word "name" that is the family name of one
multi-word person of the article ("린드 CEO는" read as a Korean-shaped name) is that person. The short forms
become the person's aliases.
"""

from __future__ import annotations

from collections import Counter

from spacy.language import Language
from spacy.tokens import Doc

from ingest.nlp.lexicon import get_lexicon, norm_key
from ingest.nlp.name_shapes import family_keys, spells_family_name
from ingest.nlp.romanize import hangul_skeleton, latin_skeleton
from ingest.nlp.state import ArticleState, PersonMention, PersonRec, state_of


@Language.factory("newsgraph_coref")
class Coreference:
    """Builds `PersonRec`s from mentions and resolves short forms (see module docstring)."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        state = state_of(doc)
        people = cluster(state)
        for m in state.person_mentions:
            if m.short in ("surname", "family"):
                idx = resolve_short(people, m)
                if idx is not None:
                    m.person = idx
                    p = people[idx]
                    alias = _short_alias(m)
                    if alias not in p.aliases:
                        p.aliases.append(alias)
                    p.mentions.append(m)
                    _add_roles(p, m)
        state.people = _fold_family_names(people)
        return doc


def cluster(state: ArticleState) -> list[PersonRec]:
    """One PersonRec per distinct full name; mentions get their person index."""
    lex = get_lexicon()
    by_key: dict[str, int] = {}
    people: list[PersonRec] = []
    surfaces: dict[int, Counter[str]] = {}
    for m in state.person_mentions:
        if not m.name or m.short:
            continue
        key = norm_key(m.name)
        if lex.known_org(m.name) or m.name in state.reporters:
            continue
        idx = by_key.get(key)
        if idx is None and m.latin:
            idx = by_key.get(norm_key(m.latin))
        if idx is None:
            idx = len(people)
            people.append(PersonRec(name=m.name, key=key))
            surfaces[idx] = Counter()
        by_key[key] = idx
        p = people[idx]
        if m.latin:
            p.latin = p.latin or m.latin
            by_key[norm_key(m.latin)] = idx
        surfaces[idx][m.name] += 1
        m.person = idx
        p.mentions.append(m)
        _add_roles(p, m)
    for idx, p in enumerate(people):
        names = surfaces[idx]
        spaced = [n for n in names if " " in n]
        p.name = max(spaced or list(names), key=lambda n: (names[n], n.count(" "), len(n)))
        for n in names:
            if n != p.name and n not in p.aliases:
                p.aliases.append(n)
        if p.latin and p.latin not in p.aliases:
            p.aliases.append(p.latin)
    return people


def resolve_short(people: list[PersonRec], m: PersonMention) -> int | None:
    """The one person a short form can mean, or None when there is none or more than one."""
    head = m.titles[0] if m.titles else ""
    if m.short == "surname":
        same = [i for i, p in enumerate(people) if p.korean and len(p.name) >= 2 and
                (p.name.startswith(m.name) and len(p.name) - len(m.name) in (1, 2))]
        titled = [i for i in same if head in people[i].titles or _same_title(head, people[i].titles)]
        found = _by_family_name(people, norm_key(m.name))  # "황 CEO": the family name of "젠슨 황"
        if found is not None and (head in people[found].titles or _same_title(head, people[found].titles)) \
                and found not in titled:
            titled.append(found)
        if not titled:  # "류 회장" for 류양웨이: a one-word foreign name that starts with a Korean surname
            titled = [i for i in _one_word_foreign(people, m.name)
                      if head in people[i].titles or _same_title(head, people[i].titles)]
        if len(titled) > 1:  # a Korean 황 대표 and 젠슨 황 CEO: the one with the very title, else the one named
            exact = [i for i in titled if head in people[i].titles]  # before the short form
            before = [i for i in titled if (people[i].mentions[0].sent, people[i].mentions[0].first) < (m.sent, m.first)]
            for narrowed in (exact, before):
                if len(narrowed) == 1:
                    return narrowed[0]
        return titled[0] if len(titled) == 1 else _just_named(people, titled, m)
    found = _by_family_name(people, norm_key(m.name), head)
    if found is None and len(m.name) == 1:  # "팜 회장" for a one-word foreign name (팜반득, 황위밍)
        cands = _one_word_foreign(people, m.name)
        found = cands[0] if len(cands) == 1 else None
    if found is None and m.short == "family":
        found = _by_spelled_family_name(people, m.name)
    return found


def _one_word_foreign(people: list[PersonRec], short: str) -> list[int]:
    """The people whose one-word name, not shaped like a Korean one, starts with this syllable (an East Asian
    family name first: 팜반득, 류양웨이)."""
    lex = get_lexicon()
    return [i for i, p in enumerate(people) if len(short) == 1 and " " not in p.name and len(p.name) >= 3
            and p.name.startswith(short) and not lex.korean_name_shape(p.name)]


def _by_spelled_family_name(people: list[PersonRec], short: str) -> int | None:
    """"웨이 회장" for "웨이저자(C.C. Wei)": the one one-word name that starts with this word, whose Latin
    spelling ends with it (a Chinese name, family name first in Hangul, last in Latin)."""
    if len(short) < 2:
        return None
    cands = [i for i, p in enumerate(people) if p.latin and " " not in p.name and len(p.name) > len(short)
             and p.name.startswith(short) and spells_family_name(short, p.latin)]
    return cands[0] if len(cands) == 1 else None


def _just_named(people: list[PersonRec], cands: list[int], m: PersonMention) -> int | None:
    """Of several people a short form can mean, the one named in its sentence or the sentence before, when no
    other is named there or the sentence before that ("이서준 대표는 … 말했다. 이 대표는 …" with another 이 대표
    paragraphs earlier)."""
    def last_before(i: int) -> int:
        return max((x.sent for x in people[i].mentions if (x.sent, x.first) < (m.sent, m.first)), default=-99)

    near = [i for i in cands if m.sent - last_before(i) <= 1]
    if len(near) == 1 and all(m.sent - last_before(i) > 2 for i in cands if i != near[0]):
        return near[0]
    return None


def _by_family_name(people: list[PersonRec], key: str, head: str = "") -> int | None:
    """The one multi-word person whose last word (else last two words, else first word) is `key` ("토로",
    "델 토로" for "카를로스 델 토로"); of several, the one with the short form's title ("도요다 회장": of
    도요다 아키오 회장 and 도요다 기이치로 창업자, the chairman)."""
    for part in range(3):
        cands = [i for i, p in enumerate(people) if " " in p.name and family_keys(p.name)[part] == key]
        if len(cands) > 1 and head:
            cands = [i for i in cands if head in people[i].titles] or cands
        if cands:
            return cands[0] if len(cands) == 1 else None
    return None


def _by_latin_family_name(people: list[PersonRec], name: str) -> int | None:
    """The one Latin-only person whose last (else first) word sounds like this Hangul word ("노무라" for
    "Jun Nomura")."""
    skeleton = hangul_skeleton(name)
    if len(skeleton) < 2:
        return None
    for piece in (-1, 0):
        cands = [i for i, p in enumerate(people) if p.name.isascii() and " " in p.name
                 and latin_skeleton(p.name.split()[piece]) == skeleton]
        if cands:
            return cands[0] if len(cands) == 1 else None
    return None


def _fold_family_names(people: list[PersonRec]) -> list[PersonRec]:
    """Two-word people that are the last two words of one longer name, or its first and last words ("프랑키
    위자야" of a headline for "프랑키 오스만 위자야"), join that person; then one-word people that are the family
    name of one multi-word person join that person (also a Hangul family name of a Latin-only name)."""
    for one_word in (False, True):
        keep: list[PersonRec] = []
        for p in people:
            target = None
            if one_word and " " not in p.name:
                target = _by_family_name(people, p.key, p.titles[0] if p.titles else "")
                if target is None and not p.name.isascii():
                    target = _by_latin_family_name(people, p.name)
            elif not one_word and p.name.count(" ") == 1:  # "알 만수리 CEO" for "칼리드 알 만수리"
                first, last = p.name.split()
                longer = [i for i, q in enumerate(people) if q.name.count(" ") >= 2 and (
                    family_keys(q.name)[1] == p.key or q.name.split()[0] == first and q.name.split()[-1] == last)]
                target = longer[0] if len(longer) == 1 else None
                if target is None:  # "맥이너니 비자 CEO" of a headline: the family name of "라이언 맥이너니", then
                    of_org = [i for i, q in enumerate(people)  # his organization
                              if q is not p and " " in q.name and q.name.split()[-1] == first
                              and any(o == last or o.split()[0] == last for o in q.orgs)]  # ("옥시덴탈 페트롤리엄")
                    target = of_org[0] if len(of_org) == 1 else None
                    if target is not None:
                        p.mentions = [m for m in p.mentions if " " in m.surface or m.titles]
            if target is None or people[target] is p:
                keep.append(p)
                continue
            _join(people[target], p)
        people = keep
    for i, p in enumerate(people):
        for m in p.mentions:
            m.person = i
    return people


def _join(q: PersonRec, p: PersonRec) -> None:
    q.mentions.extend(p.mentions)
    for title in p.titles:
        if title not in q.titles:
            q.titles.append(title)
    for aff in p.affiliations:
        if aff not in q.affiliations and aff[0] not in q.orgs:
            q.affiliations.append(aff)


_EQUIV = {"대표": {"CEO", "대표이사", "최고경영자"}, "CEO": {"대표", "대표이사", "최고경영자"}}


def _same_title(head: str, titles: list[str]) -> bool:
    """"윤 대표" for a 공동대표 or 대표이사, "서 사장" for a 대표이사 사장; never a 부사장 for a 사장."""
    if _EQUIV.get(head, set()) & set(titles):
        return True
    for t in titles:
        t = t.split()[-1] if " " in t else t
        if t.endswith(head) and len(t) > len(head) and t[-len(head) - 1] != "부":
            return True
        if t.startswith(head) and t[len(head):] in ("이사",):
            return True
    return False


def _short_alias(m: PersonMention) -> str:
    return m.surface if m.surface else m.name


def _add_roles(p: PersonRec, m: PersonMention) -> None:
    for t in m.titles:
        if t not in p.titles:
            p.titles.append(t)
    head = m.titles[0] if m.titles else None
    for org in m.orgs:
        if (org, head) not in p.affiliations:
            p.affiliations = [a for a in p.affiliations if not (a[0] == org and a[1] is None)]
            p.affiliations.append((org, head))
