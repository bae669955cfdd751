"""The shapes of names: which words can be (part of) a person's name, and which name an organization.

`NameShapes` holds the tests the people component (`ingest.nlp.people`) applies around a title: a Hangul
personal name (surname + one or two syllables, a proper noun or an unknown word, never common nouns Kiwi
knows), the pieces of a foreign name (never a word the article uses alone with a particle, a topic word, a
Korean name whose surname the article uses in a short form, a word with its genitive left on), a one-word
foreign name, and the word that names a person's organization ("X NAME TITLE", "X의 NAME TITLE").
"""

from __future__ import annotations

import re
from functools import lru_cache

from ingest.nlp.lexicon import NAME_PARTICLES, Lexicon, get_lexicon, is_hangul, norm_key
from ingest.nlp.orgs import name_form, proper_like, sounds_alike
from ingest.nlp.romanize import hangul_skeleton, latin_skeleton
from ingest.nlp.state import ArticleState, Word
from ingest.nlp.topics import is_topic_term

_STATIONED = frozenset({"주한", "주미", "주중", "주일", "주EU", "駐韓"})
_OR = ("나", "이나")  # "A나 B": Kiwi's reading of a name ending in 나
_MIDDLE_INITIAL = re.compile(r"[A-Z]\.")  # "알렉산더 C. 카프": a middle initial inside a name
_LATIN_NAME_WORD = re.compile(r"^[A-Z][a-z]+$")
_MEETING_VERB_FORMS = frozenset({"찾아", "찾아가", "만나", "만난", "방문해", "방문한", "맞아", "불러"})
_INITIALS = re.compile(r"^[A-Z]{2}$")  # "RJ", "JB": a person's initials before a family name in Hangul
_COMMON = frozenset({"NNG", "NNB", "XSN", "XPN"})
_CASE_PARTICLES = frozenset({"에서", "에서는", "에서도", "에는", "에게", "으로", "로", "에", "은", "는", "을", "를", "의", "도",
                             "와", "과"})
_SCHOOLS = ("공대", "대학교", "대학", "연구소", "연구원", "협회", "재단")  # endings of institutions, never of names
_GROUP_NOUNS = frozenset({"팀", "단", "측", "사단", "연합", "협의회"})  # nouns that end a group's name
# particles no name ends in; 와, 과, 가 and 이 end Japanese names ("미야카와", "나카가와")
_NOT_IN_NAME = frozenset({"에서", "에서는", "에서도", "에는", "에게", "으로", "로", "에", "은", "는", "을", "를", "의", "도"})
# noun suffixes that make a common noun ("권역+별", "업무+용", "임원+급", "사흘+간"): a word Kiwi ends with one is no name
_DERIVING = frozenset({"별", "용", "급", "층", "들", "간"})
_ADDRESS = ("동", "구", "군", "읍", "면")  # "서울 한남동": a district after a place is no given name
_HANJA_NAME = re.compile(r"^[\u3400-\u9fff\uf900-\ufaff]{2,4}$")  # "리자오시(李兆熙)": a name in Hanja
_VERBAL = ("VV", "VA", "VX", "XSV", "XSA", "EC", "EF", "EP", "ETM", "ETN", "VCP", "VCN")


class NameShapes:
    """Name tests on the words of a sentence (see module docstring)."""

    lex: Lexicon

    def piece(self, w: Word, *, last: bool = False) -> str | None:
        """The part of a word that can be (part of) a personal name, or None."""
        if w.punct:
            return None
        if w.predicate:
            if _verbal(w):
                return None
            s = w.text
            return s if is_hangul(s) else None
        s = w.stem
        if w.josa and not last:
            joined = s + w.josa
            if len(s) <= 2 and self.lex.korean_name_shape(joined) and w.jtags and w.jtags[0] in ("JX", "JKS") \
                    and not self.lex.title(s):
                s = joined
            else:
                return None
        if not is_hangul(s):
            return s if _LATIN_NAME_WORD.match(s) and not w.josa else None
        return s

    def foreign_ok(self, w: Word, s: str) -> bool:
        """Could this Hangul word be part of a foreign name?"""
        lex = self.lex
        if len(s) > 6 or lex.known_org(s) or lex.is_place(s) or lex.title(s) or lex.is_generic(s) \
                or is_topic_term(s) or lex.is_sector(s) or lex.is_local_government(s) \
                or len(s) >= 3 and lex.is_org_category(s) or lex.is_posting(s):  # ("국부펀드 X 부회장": a kind of
            return False  # investor; "주루마니아 대사": posted in a country)
        if _generic_verb(lex, s):
            return False  # "답방해 도요다 아키오": a visit noun made a verb, Kiwi's unknown word
        if lex.is_title_modifier(s) or lex.has_org_suffix(s) and len(s) > 3 or len(s) >= 4 and s.endswith(_SCHOOLS):
            return False  # ("아헨공대(RWTH Aachen)": a school, however its Latin reads)
        return not (len(w.tags) == 1 and not w.oov and w.tags[0] in ("NNB", "NR", "NP", "MM", "MAG", "XSN"))

    def korean_ok(self, w: Word, s: str) -> bool:
        """A Hangul personal name: surname shape, not an organization, place or common noun."""
        lex = self.lex
        if not lex.korean_name_shape(s) or lex.known_org(s) or lex.is_place(s) or lex.title(s) or lex.is_generic(s) \
                or lex.is_org_category(s) or lex.is_descent(s) or lex.is_local_government(s):
            return False  # ("홍콩계 VC": of Hong Kong descent; "경북도": a province)
        if len(s) == 2:
            return w.tags[:1] == ("NNP",) or w.oov or bool(w.paren)
        if w.tags in (("MAG",), ("MAJ",)) and not w.oov and not w.paren:
            return False  # one adverb Kiwi knows ("조만간 X사 COO 누구와") is no name
        if len(w.tags) == 2 and w.tags[0] == "MM" and w.tags[1] in _COMMON and not w.oov and not w.paren and w.josa:
            return False  # a determiner and one noun Kiwi knows ("한+자리에 모였다") is a phrase; "한+종+희" is a
            # name, and so is "이+동헌" said bare before an organization and a title
        # one common noun Kiwi knows ("회동") is no name, nor common nouns ending like an organization
        # ("상무+부"); rare names Kiwi reads as two nouns ("배기+설") are names
        if not w.oov and len(w.tags) >= 2 and w.tags[-1] == "NNG" and w.forms[-1] in _GROUP_NOUNS:
            return False  # "정예팀 대표": a team, not 정 + 예팀
        if not w.oov and len(w.tags) >= 2 and w.tags[-1] == "XSN" and w.forms[-1] in _DERIVING:
            return False  # "권역별 수출기업 대표": a derived common noun, not 권 + 역별
        if w.oov or not all(t in _COMMON for t in w.tags):
            return True
        return len(w.tags) > 1 and not lex.any_org_kind(s)

    def _pieces_left(self, words: list[Word], k: int, org_at: dict[int, str], limit: int,
                     state: ArticleState | None = None, *, allow_josa: bool = False, glued: bool = False) -> list[int]:
        """Indexes of the name ending at word k (1 Hangul name, or 1-3 foreign pieces), or [].

        A word before the last piece is no foreign given name when the article uses it alone with a particle
        (an organization's name), or when it is a Korean name whose surname the article uses in a short form
        ("윤서하 한울수소 대표 … 윤 대표는": 윤서하 is the person, 한울수소 the organization).
        """
        standalone = state.standalone if state else frozenset()
        short = state.short_surnames if state else frozenset()
        if k < 0:
            return []
        w = words[k]
        if _LATIN_NAME_WORD.match(w.stem) and k > 0 and _LATIN_NAME_WORD.match(words[k - 1].stem) \
                and (k - 1) not in org_at and k not in org_at and not words[k - 1].josa \
                and self.lex.latin_person(f"{words[k - 1].stem} {w.stem}"):
            return [k - 1, k]  # a name in Latin letters only: "Karl Weber"
        s = w.text if glued else self.piece(w, last=allow_josa)  # glued: the particle is the name's end
        if s is None and is_hangul(w.text) and self.latin_ends_person(w, w.text):
            s = w.text  # "라오(Anand Rao)": whatever Kiwi read, the Latin spells the family name
        if s is None and w.predicate and is_hangul(w.text) and 2 <= len(w.text) <= 4 and k >= 2 \
                and words[k - 1].text in NAME_LINKS and not words[k - 1].josa and self.piece(words[k - 2]) is not None:
            s = w.text  # "무함마드 알 도사리": after a link word, the family name Kiwi read as a verb (도사리다)
        if s is None and _syllable_verb(words, k):
            s = w.text  # "팜 민 찐": the last syllable of a Vietnamese name read as a verb (찌 + ㄴ)
        if s is None or k in org_at or _address(words, k) or headline_at(w):
            return []
        pieces = [k]
        spelled: set[int] = set()  # pieces the Latin spelling vouches for ("델 토로(Del Toro)": 델 is no company)
        if self.latin_ends_person(w, s):
            spelled.add(k)  # "아르준 메타(Arjun Mehta)": the Latin says 메타 ends a name, not the company
            limit = max(limit, len([x for x in latin_words(w.paren) if x.lower() not in NAME_PARTICLES]))
            # ("바드르 빈 압둘라 빈 파르한 알사우드(Badr bin Abdullah bin Farhan Al Saud)": four names, as spelled)
        j = k - 1
        links = 0  # link words ("빈", "알") do not count toward the limit: "무함마드 빈 하마드 알 마즈루이"
        while j >= 0 and len(pieces) - links < max(limit, 1):
            p = words[j]
            if (j in org_at or len(p.text) == 1) and not p.josa and not (len(s) == 3 and self.korean_ok(w, s)) \
                    and self._spelled_in_latin(p, w, len(pieces)):
                spelled.add(j)
                pieces.insert(0, j)
                j -= 1
                continue
            if j in org_at:
                break
            ps = self.piece(p)
            hanja = self._spelled_in_hanja(p, w, len(pieces))
            link = (p.text in NAME_LINKS or _MIDDLE_INITIAL.fullmatch(p.text)) and not p.josa and j > 0 \
                and self.piece(words[j - 1]) is not None and not words[j - 1].josa and len(pieces) - links < max(limit, 1)
            # ("알렉산더 C. 카프": a middle initial, like a link word, stands between two pieces)
            if link:  # "무함마드 빈 살만", "하마드 알 만수리": a link inside a name (빈 is also Vienna, or "empty")
                ps = p.text
                spelled.add(j)
                pieces.insert(0, j)
                links += 0 if w.paren else 1  # (a Latin spelling counts its "Al" as a word)
                j -= 1
                continue
            read_as_or = ps is None and p.josa in _OR and p.jtags[:1] == ("JC",) and is_hangul(p.text) \
                and len(p.text) <= 4
            read_as_and = ps is None and not read_as_or and len(pieces) == 1 and p.josa in ("와", "과") \
                and p.jtags[:1] == ("JC",) and is_hangul(p.text) and 3 <= len(p.text) <= 5 \
                and not self.korean_ok(w, s) and j > 0 and words[j - 1].josa in ("와", "과")
            if read_as_or or read_as_and:
                ps = p.text  # "리나 하퍼": Kiwi read 리 + 나 ("or"); "A CEO와 미야카와 준이치": 미야카 + 와 ("and"),
                # though A's 와 already joined the two, and a foreign given name stands never alone
            elif ps is None and len(pieces) == 1 and _given_name_read_as_verb(words, j) and w.oov and len(s) >= 2:
                ps = p.text  # "지나 러몬도 미국 상무장관": Kiwi read the given name as a verb (지나다), the family
                # name after it is a word it does not know
            elif ps is None and len(pieces) == 1 and _ends_unfinished(p):
                ps = p.text  # "하야시 유이치 국장": Kiwi read 하 + 야시 (a pre-final ending, no ending after it)
            elif (ps is None or name_form(p) != p.stem) and self._spelled_in_latin(p, w, len(pieces)) \
                    and not (p.predicate and p.tags[-1].endswith("EC") and j > 0 and words[j - 1].josa
                             and not self._spelled_exactly(p, w, len(pieces))) \
                    and not (p.predicate and p.tags[-1].endswith("ETM") and p.text.endswith(("는", "던"))):
                # (not a connective after a particle: "업계에 따르면 X(Latin)"; nor a verb that qualifies the name:
                # "투자를 이끄는 추아 웨이밍(Chua Wei Ming)", three Latin words for two Hangul ones)
                ps = p.text  # "키라 코발스키(Kira Kowalski)": Kiwi read 키 + 이 + 라, the Latin says it is "Kira"
                # (so "마르테인 바커르(Martijn Bakker)": 마르테 + 인)
            elif hanja:
                ps = p.text  # "미야카와 준이치(宮川潤一)": Kiwi read 미야카 + 와, the Hanja spells one more word
            elif ps is None or p.paren or p.josa:
                break
            if state is not None and _in_date(state, p):
                break  # "다음 달 NAME 회장": the 달 of a date is no given name
            if not (self.foreign_ok(p, ps) or self._spelled_in_latin(p, w, len(pieces)) and is_hangul(ps)) \
                    or p.stem in standalone and not hanja and not read_as_and \
                    and not (read_as_or and self._spelled_in_latin(p, w, len(pieces))) or (
                    ps[:1] in short or ps[:2] in short) and self.korean_ok(p, ps):
                break
            if _address(words, j):
                break  # "서울 한남동 맹 회장 자택": a district, then a short form
            if p.text in _CLAUSE_TIME and j > 0 and words[j - 1].predicate:
                break  # "회동이 끝난 뒤 사토 사장은": the time of a clause, then a short form
            if p.oov and len(ps) >= 2 and ps.endswith("의"):
                break  # "셸의 토마스 베르그": an unknown name with its genitive left on
            if _place_at(ps):
                break  # "항저우서 NAME", "거제선 NAME": a place with 에서/에선 cut short, as headlines write it
            if len(pieces) == 1 and len(s) == 3 and self.korean_ok(w, s) and (
                    p.oov and len(ps) >= 3 and ps.endswith("서")
                    or len(ps) == 1 and not p.oov and p.tags in (("NNG",), ("NNB",))):
                break  # a Korean full name after "거제사업장서" (에서, as headlines write it) or "(마친) 뒤"
            if len(ps) >= 3 and ps.endswith("서") and (p.oov or p.forms[-1:] == ("서",)) and is_hangul(ps) \
                    and not self.korean_ok(w, s):
                break  # "펜타곤서 존 펠란 장관": a foreign name after a place with 에서 cut short
            if not p.oov and len(p.tags) >= 2 and p.tags[-1] == "XSN" and p.forms[-1] in _DERIVING \
                    and all(t == "NNG" for t in p.tags[:-1]):
                break  # "사흘간 리버스톤 대표": a derived common noun is no given name
            vouched = self._spelled_in_latin(p, w, len(pieces)) and (
                not (len(s) == 3 and self.korean_ok(w, s)) or len(latin_words(w.paren)) >= 3) or hanja
            # ("사미 알 하르비(Sami Al-Harbi)": three Latin words are no Korean name's two, "Kim Chulsoo")
            if len(ps) >= 2 and not read_as_or and not read_as_and and not p.oov and not p.multi and all(t == "NNG" for t in p.tags) \
                    and (len(p.tags) == 1 or self.korean_ok(w, s) or not proper_like(w)) and not vouched:
                break  # a common noun Kiwi knows ("배터리 거물 X 회장") is no given name; "팀 하워드" is one, and so
                # is one Kiwi cut into common nouns before a foreign family name ("라+제시 바르마"), and so is one
                # the Latin spelling gives ("달리아 보르트만(Dalia Wortmann)"; not before a Korean name: "김철수(Kim
                # Chulsoo)" spells one word)
            if vouched:
                spelled.add(j)
            pieces.insert(0, j)
            j -= 1
        if self.lex.is_surname(s) and not w.multi and not spelled and (len(pieces) == 1 or not all(
                proper_like(words[x]) for x in pieces[:-1])) and not _syllable_name(words, pieces):
            return []  # "이 회장": a short form, not a name; "스텔라 박" is one, "(만난) 후 최 회장" is not
        if len(pieces) == 1:
            if self.korean_ok(w, s):
                return pieces
            if k > 0 and _INITIALS.match(words[k - 1].text) and (k - 1) not in org_at \
                    and not self.lex.known_org(words[k - 1].text) and self.foreign_ok(w, s) \
                    and not self.lex.korean_name_shape(s) and not is_topic_term(words[k - 1].text) \
                    and (w.oov or w.tags != ("NNG",)):
                return [k - 1, k]  # "RJ 스캐린지": initials and a family name ("'AI 보험 CEO 라운드테이블'": a
                # topic's acronym and a common noun Kiwi knows are none)
            if (w.multi or (w.paren and (self.lex.latin_person(w.paren) or _HANJA_NAME.match(w.paren)))) \
                    and self.foreign_ok(w, s):
                return pieces  # ("리자오시(李兆熙) 회장": the Hanja spells a name)
            return []
        if not all(x in spelled or self.foreign_ok(words[x], s if x == k else self.piece(words[x]) or "")
                   for x in pieces):
            return []
        if not spelled and not any(proper_like(words[x]) or words[x].multi for x in pieces) \
                and not _syllable_name(words, pieces):
            return []
        return pieces

    def latin_ends_person(self, w: Word, s: str) -> bool:
        """The last word of a name, spelled in its Latin parenthetical as a person's family name."""
        latin = self._latin_of(w, s)
        return bool(latin) and is_hangul(s) and sounds_alike(s, latin[-1])

    def _latin_of(self, w: Word, s: str) -> list[str]:
        """The Latin words of a person's name in w's parenthetical, a final "Al Saud" as one word when the Hangul
        writes it as one ("알사우드"), else []."""
        latin = latin_words(w.paren) if w.paren and self.lex.latin_person(w.paren) else []
        if len(latin) >= 2 and latin[-2].lower() in NAME_PARTICLES and is_hangul(s) \
                and not sounds_alike(s, latin[-1]) and sounds_alike(s, latin[-2] + latin[-1]):
            latin = [*latin[:-2], latin[-2] + latin[-1]]
        return latin

    def _spelled_in_latin(self, p: Word, last: Word, after: int) -> bool:
        """Word p, `after` pieces before the last word of a name, is the Latin given name of the last word's
        parenthetical: a short Hangul word that sounds like the Latin word in its place, whatever Kiwi read."""
        latin = self._latin_of(last, last.stem)
        at = len(latin) - after - 1
        if at < 0 or p.paren or p.punct or not is_hangul(p.text) or p.josa in _CASE_PARTICLES:
            return False  # ("신주에서 웨이저자(C.C. Wei)": a word with its particle is no piece of a name)
        short = len(latin[at]) <= 4  # a short Latin word ("Del", "van", "Hock") may be one Hangul syllable
        return (1 if short else 2) <= len(p.text) <= 5 and sounds_alike(p.text, latin[at])

    def _spelled_exactly(self, p: Word, last: Word, after: int) -> bool:
        """Word p has the very consonants of the Latin word in its place ("보니" of "Bonnie Chan", though Kiwi read
        it as a verb after a particle: "본사에서 보니 챈(Bonnie Chan)")."""
        latin = self._latin_of(last, last.stem)
        at = len(latin) - after - 1
        return at >= 0 and is_hangul(p.text) and hangul_skeleton(p.text) == latin_skeleton(latin[at])

    def _spelled_in_hanja(self, p: Word, last: Word, after: int) -> bool:
        """Word p is the first word of a name whose last word's Hanja parenthetical spells more than that word: more
        characters than it has syllables, or four for a word that is no Korean name. A Japanese name ("미야카와
        준이치(宮川潤一)", "나카무라 게이코(中村恵子)"), not a Korean or Chinese one ("이재용(李在鎔)", "리자오시(李兆熙)")."""
        hanja = last.paren
        if after != 1 or not hanja or not _HANJA_NAME.match(hanja) or not is_hangul(last.stem):
            return False
        if p.paren or p.punct or p.predicate or not is_hangul(p.text) or len(p.text) < 2 or p.josa in _NOT_IN_NAME:
            return False
        if len(hanja) > len(last.stem) or len(hanja) >= 4 and not self.lex.korean_name_shape(last.stem):
            return True  # ("이시카와 다이스케(石川大輔)": four Hanja, four syllables, no Korean name; "남궁민수(南宮民秀)" is one)
        # "시마다 아키라(島田明)": Kiwi cut the word before a foreign name spelled in Hanja into a word and a particle
        # no case takes (시 + 마다)
        return bool(p.josa) and p.josa not in _CASE_PARTICLES and not any("VCP" in t for t in p.jtags) \
            and not self.lex.title(p.stem) and not self.lex.korean_name_shape(last.stem)  # (not "창업자인 레이쥔(雷軍)")

    def names_org(self, state: ArticleState, w: Word, heads: list[str] | None = None, *,
                  korean: bool = False) -> str | None:
        """Before a name and its title, the person's organization this word names ("로보웨이브 NAME 대표",
        "화낙의 NAME 부사장"), if it looks like a name or the article uses it on its own; else None.

        A word the article uses alone counts in full even when Kiwi cut it here ("로보라인" read 로보라+인).
        """
        lex = self.lex
        if w.nominal and w.josa not in ("", "의") and w.text in state.standalone:
            return w.text
        if w.oov and name_form(w) != w.stem and len(w.stem) >= 2 and not (
                lex.title(w.stem) or lex.is_generic(w.stem) or lex.is_org_category(w.stem) or lex.is_place(w.stem)):
            return w.text  # "코드라인 NAME CTO": a name Kiwi does not know, read as 코드라 + the copula 인
        if w.oov and not w.josa and len(w.stem) >= 2 and w.stem.endswith("의"):
            return w.stem[:-1]  # "셸의 NAME CEO": an unknown name with its genitive left on
        if not w.josa and (w.oov and len(w.stem) >= 3 and w.stem.endswith("서") or _place_at(w.stem)):
            return None  # "거제사업장서 NAME 부회장", "거제선": a place with 에서/에선 cut short, as headlines write it
        if not w.nominal or w.josa not in ("", "의") or w.paren and not _latin_paren(w) or len(w.stem) < 2 \
                or lex.title(w.stem) or lex.is_place(w.stem) or lex.is_generic(w.stem) or _generic_verb(lex, w.stem) \
                or lex.is_org_category(w.stem) and not _named_category(lex, w.stem) or lex.is_sector(w.stem) \
                or is_topic_term(w.stem):
            return None  # (a category is none, "설계업체"; a name with a category's ending is one, "다온은행")
        if any(self.lex.org_kind(w.stem, h) for h in heads or ()):  # "특허청 NAME 국장", "X성의 NAME 대신"
            return w.stem
        if korean and len(w.tags) >= 2 and is_hangul(w.stem):
            return w.stem  # "새빛장비 고하준 사장": a compound before a Korean name and its title
        return w.stem if self.org_like(w) or w.stem in state.standalone else None

    def _after_org(self, state: ArticleState, words: list[Word], k: int, org_at: dict[int, str]) -> bool:
        """Word k comes right after its organization ("ORG의 W", "ORG W") and can be a one-word foreign name."""
        if k < 1 or not is_hangul(words[k].stem) or len(words[k].stem) < 2 or words[k].josa or words[k].paren:
            return False
        w, prev = words[k], words[k - 1]
        if not (proper_like(w) and self.foreign_ok(w, w.stem)) or is_topic_term(w.stem):
            return False
        return (k - 1) in org_at and prev.josa in ("", "의") or prev.josa == "의" and bool(self.names_org(state, prev))

    def cut_korean_name(self, state: ArticleState, w: Word) -> bool:
        """A three-syllable Korean name Kiwi cut into a word and a particle or an ending ("지성+은", "연중+의",
        "이남+나", "소환+해"): the whole written word has a name's shape and is no word the lexicons know.
        Only a name's place may take it (next to an organization and a title, see `PeopleFinder._left`)."""
        lex, text = self.lex, w.text
        if not (w.josa or w.predicate and _verbal(w)) or w.paren or len(text) != 3 or not is_hangul(text):
            return False  # (an adverb Kiwi knows, "조만간", is no name)
        if w.josa in ("와", "과"):
            return False  # "고위 인사와 서울시장": "and" joins two people; no given name ends in 와 or 과
        if not lex.korean_name_shape(text) or lex.is_surname(text[:2]) and not lex.is_surname(text[0]):
            return False
        return not (lex.known_org(text) or lex.is_place(text) or lex.title(text) or lex.is_generic(text)
                    or lex.title(w.stem) or lex.is_place(w.stem) or lex.is_generic(w.stem) or _in_date(state, w) or is_topic_term(w.stem))

    def short_korean_name(self, state: ArticleState, w: Word) -> bool:
        """A two-syllable Korean name (common surname + one syllable) that Kiwi reads as one word it knows ("진솔",
        "여중"), no adverb, title, date word, place or common noun of the news ("한편", "고문", "전날", "신임")."""
        lex = self.lex
        s = w.stem
        if len(s) != 2 or not is_hangul(s) or w.josa or w.paren or w.predicate or w.oov or len(w.tags) != 1:
            return False
        if w.tags[0] not in ("NNG", "XR", "NNP") or not lex.is_surname(s[0]):
            return False
        return not (lex.title(s) or lex.is_generic(s) or lex.is_title_modifier(s) or lex.is_place(s)
                    or lex.known_org(s) or is_topic_term(s) or lex.is_sector(s) or _in_date(state, w)
                    or s in _CLAUSE_TIME)

    def _place_like(self, w: Word) -> bool:
        """A place, or "주한" (stationed in Korea), between a name and an organization."""
        return w.nominal and not w.josa and (self.lex.is_place(w.stem) or w.stem in _STATIONED)

    def _one_word_name(self, w: Word) -> bool:
        """One unknown or proper Hangul word that can be a whole foreign name ("왕리밍", "리밍"), not a place
        with the headline locative ("보스턴서")."""
        stem = w.stem
        return is_hangul(stem) and len(stem) >= 2 and not w.josa and (not w.paren or _HANJA_NAME.match(w.paren)) \
            and proper_like(w) \
            and self.foreign_ok(w, stem) and not self.lex.is_surname(stem) \
            and not (stem.endswith("서") and self.lex.is_place(stem[:-1]))

    def _middle_ok(self, w: Word) -> bool:
        """A word between a name and its title: "윤하진 한결증권 연구원", "오하람 AI인프라 사장", "전" (former)."""
        return w.nominal and not w.josa and not w.plural and (not w.paren or bool(_latin_paren(w))) \
            and not self.lex.title(w.stem)

    def org_like(self, w: Word) -> bool:
        """An organization's name by its own shape: known, an organization ending, or a proper noun."""
        lex = self.lex
        stem = w.stem
        if len(stem) < 2 or lex.is_generic(stem) or lex.is_place(stem) or lex.is_title_modifier(stem):
            return False
        if is_topic_term(stem):
            return False
        if lex.known_org(stem) or lex.has_org_suffix(stem) or w.oov:
            return True
        parts = [p for t in w.tags for p in t.split("+")]
        return all(p in ("NNP", "SL", "SN") for p in parts)


_CLAUSE_TIME = frozenset({"뒤", "후", "전", "중", "때", "직후", "직전", "이후", "이전", "당시", "무렵", "도중"})
_VERBAL_TAILS = ("하고", "하며", "했던", "하던", "해", "한")


# words that link the parts of an Arabic or European name ("하마드 알 만수리", "무함마드 빈 살만", "반 데르 린덴")
NAME_LINKS = frozenset({"알", "엘", "빈", "이븐", "아부", "반", "폰", "데", "델", "디", "다"})


def latin_words(latin: str) -> list[str]:
    """The words of a Latin name as Hangul writes them apart: "Sami Al-Harbi" → Sami, Al, Harbi ("사미 알 하르비");
    other hyphens join one word ("Wei-ming")."""
    out: list[str] = []
    for word in latin.split():
        head, dash, rest = word.partition("-")
        if dash and rest and head.lower() in NAME_PARTICLES:
            out += [head, rest]
        else:
            out.append(word)
    return out


def spelled_in_hanja(w: Word) -> bool:
    """A Hangul word with a parenthetical Hanja name ("료헤이(坂本亮平)"): the end of a name spelled out."""
    return bool(w.paren) and bool(_HANJA_NAME.match(w.paren)) and is_hangul(w.stem)


def spells_family_name(hangul: str, latin: str) -> bool:
    """The Hangul syllables are the family name a Latin spelling ends with ("웨이" of "C.C. Wei")."""
    family = latin.replace(".", " ").split()[-1] if latin.strip() else ""
    return bool(family) and hangul_skeleton(hangul) == latin_skeleton(family) and sounds_alike(hangul, family)


def _named_category(lex: Lexicon, stem: str) -> bool:
    """A name with an ending that is also a kind of organization: "다온은행" (not "지방은행", a kind of bank)."""
    name = lex.org_stem(stem)
    return bool(name) and len(name) >= 2 and not lex.is_generic(name) and not lex.is_place(name) \
        and not is_topic_term(name)


def _generic_verb(lex: Lexicon, s: str) -> bool:
    """A common noun of the lexicons made a verb, kept whole by Kiwi as an unknown word ("답방해", "방한한"), or a
    meeting verb's connective form that Kiwi read as an unknown noun in a headline ("X 찾아 NAME 대표와")."""
    if s in _MEETING_VERB_FORMS:
        return True
    stem = next((s[:-len(t)] for t in _VERBAL_TAILS if s.endswith(t) and len(s) > len(t) + 1), "")
    return bool(stem) and lex.is_generic(stem)


def _verbal(w: Word) -> bool:
    """Kiwi read a verb, an adjective or a verbal ending in the word (not only an adverb or a determiner)."""
    return any(t.split("+")[0] in _VERBAL for tag in w.tags for t in tag.split("+"))


def _address(words: list[Word], j: int) -> bool:
    """Word j is a district of the place before it ("서울 한남동", "경기 성남시 분당구")."""
    w = words[j]
    return j > 0 and len(w.stem) >= 3 and w.stem.endswith(_ADDRESS) and not w.josa and not words[j - 1].josa and \
        (get_lexicon().is_place(words[j - 1].stem) or words[j - 1].stem.endswith(("시", "도")))
    # ("서울에서 올루세군 아데예미": after a place with a particle, a word ending in 군 is a name's)


def _syllable_name(words: list[Word], pieces: list[int]) -> bool:
    """Three or four one-syllable Hangul pieces: a Vietnamese name Kiwi read as common nouns ("팜 티 란")."""
    return len(pieces) >= 3 and all(
        len(words[x].stem) == 1 and is_hangul(words[x].stem) and not words[x].josa
        and words[x].tags[:1] != ("MM",) or x == pieces[-1] and _syllable_verb(words, x) for x in pieces)


@lru_cache(maxsize=65536)
def family_keys(name: str) -> tuple[str, ...]:
    """The keys a short form of a multi-word name may use, most likely first: its last word, its last two words,
    its first word ("토로", "델토로", "카를로스" for "카를로스 델 토로")."""
    parts = name.split()
    return tuple(norm_key("".join(parts[part])) for part in (slice(-1, None), slice(-2, None), slice(0, 1)))


def headline_at(w: Word) -> bool:
    """A place or an event with the headline's short 에서, read as a name + 서 ("도쿄서", "서밋서"): no name
    (but a Korean name ending in 서: "여준서")."""
    return _place_at(w.stem) or len(w.forms) == 2 and w.forms[1] == "서" and w.tags[0] == "NNP" \
        and len(w.forms[0]) >= 2 and not get_lexicon().korean_full_name(w.stem)


def _place_at(text: str) -> bool:
    """A place with the headline's short 에서/에선: "항저우서", "거제선"."""
    return len(text) >= 2 and text[-1] in "서선" and get_lexicon().is_place(text[:-1])


def _syllable_verb(words: list[Word], k: int) -> bool:
    """Word k is one syllable Kiwi read as a verb + adnominal ending ("찐" = 찌 + ㄴ) after two one-syllable
    nouns: the last piece of a Vietnamese name ("팜 민 찐")."""
    w = words[k]
    return w.predicate and len(w.text) == 1 and is_hangul(w.text) and k >= 2 and all(
        words[j].nominal and len(words[j].stem) == 1 and is_hangul(words[j].stem) and not words[j].josa
        and not words[j].paren for j in (k - 1, k - 2))


def _ends_unfinished(w: Word) -> bool:
    """A predicate word whose last morpheme is a pre-final ending (EP) with no ending after it: no Korean word
    ends so; Kiwi read a name ("하야시" = 하/VA + 야시/EP)."""
    return w.predicate and 2 <= len(w.text) <= 4 and is_hangul(w.text) and w.tags[-1] == "EP" and not w.josa


def _given_name_read_as_verb(words: list[Word], j: int) -> bool:
    """Word j is a two-syllable verb with its connective fused ("지나" = 지나 + 아), said first or after a subject,
    not after an object or a place it passes ("서울을 지나")."""
    p = words[j]
    if not p.predicate or len(p.text) != 2 or not is_hangul(p.text) or p.tags != ("VV+EC",):
        return False
    return j == 0 or words[j - 1].punct or words[j - 1].josa in ("은", "는", "이", "가", "와", "과")


def _in_date(state: ArticleState, w: Word) -> bool:
    """The word lies inside a date expression the article's dates component found."""
    return any(d.start <= w.start < d.end for d in state.dates)


def _latin_paren(w: Word) -> tuple[str, ...]:
    """The Latin parenthetical of a word that names an organization ("(Lumen Labs)", "(HyperCloud)")."""
    p = w.paren
    if p and p.isascii() and any(ch.isalpha() for ch in p) and len(p) <= 40 and not get_lexicon().latin_person(p):
        return (p,)
    return ()


def _acronym(s: str) -> bool:
    return 2 <= len(s) <= 6 and s.isascii() and s.isupper() and s.isalpha()
