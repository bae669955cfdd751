"""Lexicons read from `ingest/data/`: titles, surnames, places, generic nouns, organization names and endings.

Everything is loaded once per process into sets and dicts; the lookups are plain dictionary probes.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache, wraps
from typing import TypeVar

from ingest.nlp.resources import read_jsonl, read_tsv, read_word_set

T = TypeVar("T")
_HANGUL_RE = re.compile(r"^[\uac00-\ud7a3]+(?:-[\uac00-\ud7a3]+)*$")  # ("요한손-베리": one hyphenated name)
_HANGUL_THEN_LATIN = re.compile(r"^([\uac00-\ud7a3]{2,})[A-Za-z][A-Za-z0-9]*$")  # "피규어AI": a Hangul name, then a Latin word
# a Latin name word: capital first, letters (accents too, Vietnamese ones of Latin Extended Additional: "Trần Thị"),
# inner "'", "-" or "." ("O'Connor", "Chih-wei", "C.C.")
_LATIN_WORD = r"[A-Z\u00C0-\u00DE\u0100-\u017F\u1E00-\u1EFF][A-Za-z\u00C0-\u024F\u1E00-\u1EFF'’]*" \
    r"(?:[.\-][A-Za-z\u00C0-\u024F\u1E00-\u1EFF'’]*)*\.?"
_LATIN_NAME = re.compile(rf"^{_LATIN_WORD}(?: {_LATIN_WORD}){{1,3}}$")
# words that link the parts of an Arabic or European name in Latin letters ("bin", "Al", "van")
NAME_PARTICLES = frozenset({"al", "el", "bin", "ibn", "abu", "abd", "bint", "ben", "de", "da", "di", "van", "von",
                            "le", "la", "du", "del"})
_HEADED_ENDINGS = ("협회", "연합회", "상공회의소", "연구원", "진흥원", "연구소", "재단", "공단", "학회", "협의회", "연맹")
_INSTITUTES = ("연구원", "연구소")
_SEATS = (("시장", "시"), ("도지사", "도"), ("구청장", "구"), ("군수", "군"))  # the head of a local government
SEAT_TITLES = frozenset(title for title, _ in _SEATS)
# provinces as a governor's title abbreviates them ("충남지사"), and their names
_PROVINCES = {"경기": "경기도", "강원": "강원특별자치도", "충북": "충청북도", "충남": "충청남도", "전북": "전북특별자치도",
              "전남": "전라남도", "경북": "경상북도", "경남": "경상남도", "제주": "제주특별자치도"}
_LAWS = frozenset({"Act", "Acts", "Law", "Bill", "Directive", "Regulation"})  # "Chips Act": a law's name
_EVENTS = frozenset({"Summit", "Forum", "Conference", "Expo", "Show", "Week", "Festival", "Awards", "Congress",
                     "Fair", "Day", "Days", "Challenge", "Cup"})  # "Web Summit": an event's name
_LAWS_AND_EVENTS = _LAWS | _EVENTS  # a Latin name ending in one of them is no person
_NOT_TITLE_PREFIX = frozenset({"운"})  # "운영사" (an operating company) ends like 영사 (a consul)
_C_LEVEL = re.compile(r"^C[A-Z]{1,4}O$")
_UNIT_HEAD = re.compile(r"^[A-Z]{2,4}장$")  # the head of a unit named by its acronym: "CIC장", "TF장"
_KEY_DROP = re.compile(r"[\s·.\-'\"()㈜]")
# the provinces' full names, and older ones the press still writes ("강원도", "전라북도", "제주도")
_PROVINCE_NAMES = {name: name for name in _PROVINCES.values()} | {"강원도": "강원특별자치도", "전라북도": "전북특별자치도",
                                                                   "제주도": "제주특별자치도"}


def _first_words(orgs: Iterable[KnownOrg]) -> Iterator[str]:
    """The keys of the words a known organization's name may start with when written in several words: the first
    word of a name with spaces, the Hangul word of one that ends in a Latin word ("피규어AI" is also written
    "피규어 AI"), and a short name that starts a longer one ("어플라이드" of 어플라이드머티어리얼즈)."""
    for o in orgs:
        surfaces = (o.name, *o.aliases)
        for x in surfaces:
            if " " in x:
                yield norm_key(x.split()[0])
            if m := _HANGUL_THEN_LATIN.match(x):
                yield norm_key(m.group(1))
            if is_hangul(x) and any(y != x and y.startswith(x) for y in surfaces):
                yield norm_key(x)


@lru_cache(maxsize=65536)
def norm_key(text: str) -> str:
    """Comparison key of a name: NFKC, no spaces or punctuation, lower case."""
    return _KEY_DROP.sub("", unicodedata.normalize("NFKC", text)).lower()


def _ends_with_any(stem: str, suffixes: frozenset[str], lengths: tuple[int, ...], *, longer: bool) -> str | None:
    """The longest suffix of `suffixes` that ends `stem` (strictly shorter than it when `longer`)."""
    n = len(stem)
    for k in lengths:
        if (k < n or (k == n and not longer)) and stem[n - k:] in suffixes:
            return stem[n - k:]
    return None


@lru_cache(maxsize=65536)
def is_hangul(text: str) -> bool:
    """True when every character is a Hangul syllable, or a hyphen between two (a word of sentences.build_words
    joins "요한손-베리" into one proper noun). Cached: asked of most words several times, the cache hit costs a
    third of the regular expression."""
    return bool(_HANGUL_RE.match(text))


def _memoized(method: Callable[[Lexicon, str], T]) -> Callable[[Lexicon, str], T]:
    """Memoize a lexicon lookup of one string (the lookups run for every word of every article)."""
    memo: dict[str, T] = {}

    @wraps(method)
    def lookup(self: Lexicon, text: str) -> T:
        try:
            return memo[text]
        except KeyError:
            found = method(self, text)
            if len(memo) < 200_000:
                memo[text] = found
            return found

    return lookup


@dataclass(frozen=True)
class KnownOrg:
    """An organization of the lexicon."""

    name: str
    kind: str
    aliases: tuple[str, ...]
    prefix: bool


class Lexicon:
    """All word lists, with the lookups the rules need."""

    def __init__(self) -> None:
        self.titles: dict[str, str] = {t: kind for t, kind in read_tsv("titles.tsv")}
        self.title_suffixes = sorted(read_word_set("title_suffixes.txt"), key=len, reverse=True)
        self.title_modifiers = sorted(read_word_set("title_modifiers.txt"), key=len, reverse=True)
        self.surnames = read_word_set("surnames.txt")
        self.common_surnames = read_word_set("common_surnames.txt")
        self.given_syllables = read_word_set("korean_given_syllables.txt")
        self.countries = read_word_set("countries.txt")
        self.places = read_word_set("places.txt") | self.countries
        self.generic = read_word_set("generic_nouns.txt")
        self._sectors = read_word_set("sector_nouns.txt")
        self._sector_lens = tuple(sorted({len(x) for x in self._sectors}, reverse=True))
        self.org_suffixes = sorted(read_word_set("org_suffixes.txt"), key=len, reverse=True)
        self.org_categories = sorted(read_word_set("org_categories.txt"), key=len, reverse=True)
        self.latin_org_words = read_word_set("latin_org_words.txt")
        self.org_heads: dict[str, str] = {noun: role for noun, role in read_tsv("org_heads.tsv")}
        self._kinds: dict[str, tuple[str, frozenset[str]]] = {
            row[0]: (row[1], frozenset(row[2].split()) if len(row) > 2 else frozenset())
            for row in read_tsv("org_kinds.tsv")}
        self._kind_lens = tuple(sorted({len(x) for x in self._kinds}, reverse=True))
        self._title_suffix_set = frozenset(self.title_suffixes)
        self._title_suffix_lens = tuple(sorted({len(x) for x in self.title_suffixes}, reverse=True))
        self._org_suffix_set = frozenset(self.org_suffixes)
        self._org_suffix_lens = tuple(sorted({len(x) for x in self.org_suffixes}, reverse=True))
        self._category_set = frozenset(self.org_categories)
        self._category_lens = tuple(sorted({len(x) for x in self.org_categories}, reverse=True))
        self._modifier_set = frozenset(self.title_modifiers)
        self._modifier_lens = tuple(sorted({len(x) for x in self.title_modifiers}, reverse=True))
        self._title_memo: dict[str, str | None] = {}
        self.orgs: dict[str, KnownOrg] = {}
        self.org_prefixes: list[tuple[str, KnownOrg]] = []
        for rec in read_jsonl("orgs.jsonl"):
            org = KnownOrg(rec["name"], rec.get("kind", "company"), tuple(rec.get("aliases", ())),
                           bool(rec.get("prefix")))
            for surface in (org.name, *org.aliases):
                self.orgs.setdefault(norm_key(surface), org)
            if org.prefix:
                for surface in (org.name, *org.aliases):
                    if not surface.endswith("그룹") and (is_hangul(surface) or surface.isupper()):
                        self.org_prefixes.append((surface, org))
        self.org_prefixes.sort(key=lambda p: len(p[0]), reverse=True)
        self.multi_first = frozenset(_first_words(self.orgs.values()))
        self.max_org_words = max(2, max(len(s.split()) for o in self.orgs.values() for s in (o.name, *o.aliases)))

    # titles ---------------------------------------------------------------------------------------
    def title(self, stem: str) -> str | None:
        """The stem as a title ('CEO', '회장', 'DS부문장'), or None (memoized: called for every word)."""
        try:
            return self._title_memo[stem]
        except KeyError:
            pass
        found = self._title(stem)
        if len(self._title_memo) < 200_000:
            self._title_memo[stem] = found
        return found

    def _title(self, stem: str) -> str | None:
        if not stem:
            return None
        if stem in self.titles:
            return stem
        if stem.endswith("님") and len(stem) > 2 and self._title(stem[:-1]):
            return stem[:-1]  # "상무님", "회장님": a title with its honorific
        if len(stem) >= 4 and stem.endswith("인") and self._title(stem[:-1]):
            return stem[:-1]  # "해외사업부문장인 X 전무": the copula Kiwi left on an unknown title
        if len(stem) >= 3 and (stem[0] == "부" and stem[1:] in self.titles or stem.endswith("보")
                               and self._title(stem[:-1]) and not stem[:-1].endswith("보")):
            return stem  # "부행장" (vice), "부원장보" (assistant)
        if _C_LEVEL.match(stem) or _UNIT_HEAD.match(stem) or self.province_abbreviation(stem):
            return stem  # ("충남지사": a province's governor)
        if is_hangul(stem[-2:]):
            city = stem[:-2]
            if stem.endswith("시장") and len(stem) > 3 and (city.endswith(("특례", "광역", "특별")) or (
                    self.is_place(city) and not self.is_generic(city))):
                return stem  # a mayor: "평택시장", "용인특례시장" (not "반도체시장" nor "중국시장", markets)
            suffix = _ends_with_any(stem, self._title_suffix_set, self._title_suffix_lens, longer=True)
            if suffix and self._title_prefix_ok(stem[: -len(suffix)]):
                return stem
            n = len(stem)
            for k in self._modifier_lens:  # a modifier written together with a title: "수석연구원", "총괄사장"
                if k < n and stem[:k] in self._modifier_set and stem[k:] in self.titles:
                    return stem
        return None

    def _title_prefix_ok(self, prefix: str) -> bool:
        # "DS부문장", "메모리사업부장", "북미총괄": any prefix but a bare surname ("김대표" is a name + title);
        # 부 is "vice" ("부원장", "부위원장"), and a prefix that makes a common noun is none ("운+영사": 운영사)
        return prefix == "부" or not (len(prefix) == 1 and prefix in self.surnames) and prefix not in _NOT_TITLE_PREFIX

    def title_kind(self, title: str) -> str:
        """corporate | government | other | press."""
        if title in self.titles:
            return self.titles[title]
        for suffix in self.title_suffixes:
            if title.endswith(suffix) and suffix in self.titles:
                return self.titles[suffix]
        return "corporate"

    @_memoized
    def is_title_modifier(self, stem: str) -> bool:
        """A word that can precede a title inside the title phrase ('북미총괄' in '북미총괄 사장'). A one-syllable
        modifier (전, 현) is one only alone: names end in it too ('이재현')."""
        suffix = _ends_with_any(stem, self._modifier_set, self._modifier_lens, longer=False)
        return bool(suffix) and (len(suffix) > 1 or suffix == stem) and stem not in self.titles

    # names ----------------------------------------------------------------------------------------
    @_memoized
    def korean_name_shape(self, text: str) -> bool:
        """Surname + one or two syllables ('오하람', '한솔', '남궁민수'), Hangul only."""
        if not is_hangul(text) or not 2 <= len(text) <= 4:
            return False
        if len(text) >= 3 and text[:2] in self.surnames:
            return True
        return text[0] in self.surnames and len(text) <= 3

    def latin_org(self, text: str) -> bool:
        """A Latin phrase that names an organization: it holds an organization word ("Najd Digital", "Figure AI"),
        and it is no law ("Chips Act")."""
        words = text.split()
        return bool(words) and words[-1] not in _LAWS and any(x in self.latin_org_words for x in words)

    def latin_person(self, text: str) -> bool:
        """A Latin personal name of 2-4 capitalised words ("Stella Park", "C.W. Chen", "Jonas Müller"), not counting
        the words that link its parts ("Badr bin Abdullah bin Farhan Al Saud")."""
        words = text.split()
        core = " ".join(w for w in words if w.lower() not in NAME_PARTICLES) if len(words) > 4 else text
        return bool(_LATIN_NAME.match(core)) and not self.latin_org(text) and any(ch.islower() for ch in text) \
            and words[-1] not in _LAWS_AND_EVENTS

    def is_common_surname(self, text: str) -> bool:
        """One of the thirty most common Korean surnames."""
        return text in self.common_surnames

    def korean_full_name(self, text: str) -> bool:
        """Shaped like a Korean name and its given name of syllables common in given names ("오하람", "남궁현"; not
        "라온넷", "로페즈")."""
        if not self.korean_name_shape(text):
            return False
        given = text[2:] if len(text) >= 3 and text[:2] in self.surnames else text[1:]
        return bool(given) and len(given) <= 2 and all(ch in self.given_syllables for ch in given)

    def korean_given(self, text: str) -> bool:
        """A Korean given name of two syllables common in given names ("수아", "경태"; not "나단", "사벨")."""
        return len(text) == 2 and all(ch in self.given_syllables for ch in text)

    def is_surname(self, text: str) -> bool:
        """A Korean surname ('이', '남궁')."""
        return text in self.surnames

    def institute_headed(self, title: str) -> str | None:
        """The institute of an organization a title heads when the title names its field ("AI연구원장" →
        "AI연구원" of "LG AI연구원장"; not a bare "연구소장", nor "공동연구원장")."""
        body = title.removesuffix("장")
        return body if body != title and body.endswith(_INSTITUTES) and len(body) >= 4 and " " not in body \
            and not self.title(body) else None  # (not "공동연구원장": a co-head, 공동연구원 is a researcher's title)

    @_memoized
    def headed_org(self, title: str) -> tuple[str, str] | None:
        """The organization (and its kind) a title names with its head: a local government ("부산시장" → 부산시,
        "경기도지사" → 경기도, "강남구청장" → 강남구), an institution ("대한상공회의소장", "한국전자통신연구원장"), a
        known committee ("금융위원장" → 금융위원회) or another known body ("방위사업청장" → 방위사업청)."""
        for ending, seat in _SEATS:
            place = title.removesuffix(ending)
            if place != title and place and self.is_place(place.removesuffix(seat)):
                return (place if place.endswith(seat) else place + seat), "government"
        if province := self.province_abbreviation(title):
            return _PROVINCES[province], "government"  # "충남지사": the governor of 충청남도
        if title.endswith("지사") and title[:-2] in _PROVINCE_NAMES:
            return _PROVINCE_NAMES[title[:-2]], "government"  # "전라남도지사", "강원특별자치도지사"
        if title.endswith("위원장") and (committee := self.known_org(title[:-1] + "회")):
            return committee.name, committee.kind  # "금융위원장": the chair of 금융위원회
        if len(title) >= 4 and title.endswith("장") and (known := self.known_org(title[:-1])) is not None \
                and known.kind in ("government", "institution"):
            return known.name, known.kind  # "방위사업청장": the head of a known body
        body = title.removesuffix("장")
        if body != title and len(body) >= 6 and body.endswith(_HEADED_ENDINGS):
            return body, "institution"  # (not "금융위원장", "공동연구원장": titles)
        if body != title and len(body) >= 3 and body.endswith("은행"):
            return body, "company"  # "신한은행장", "KB국민은행장": the head of a bank
        return None

    def province_of_short_name(self, name: str) -> str | None:
        """The province a short name with 도 stands for ("경북도" → 경상북도), or None."""
        return _PROVINCES.get(name.removesuffix("도")) if name.endswith("도") and name != "경기도" else None

    def local_government(self, name: str) -> str | None:
        """A province or a city named as the local government ("강원도", "충청북도", "경북도", "평택시"), or None."""
        if name in _PROVINCE_NAMES:
            return _PROVINCE_NAMES[name]
        if province := self.province_of_short_name(name):
            return province
        return name if len(name) >= 3 and name.endswith("시") and self.is_place(name[:-1]) else None

    def province_abbreviation(self, title: str) -> str | None:
        """The province a governor's title abbreviates ("충남지사" → "충남"), or None."""
        place = title.removesuffix("지사")
        return place if place != title and place in _PROVINCES else None

    def is_posting(self, text: str) -> bool:
        """주 + a foreign country or city ("주폴란드", "주루마니아", "주제네바"): where an ambassador or a consul is
        posted, part of a title."""
        return text.startswith("주") and (self.is_foreign_country(text[1:]) or len(text) >= 3 and self.is_place(text[1:])
                                          and text[1:] not in ("한국", "대한민국"))

    def is_descent(self, text: str) -> bool:
        """A place + 계 ("홍콩계", "중국계"): of that place's descent, neither a name nor an organization."""
        return text.endswith("계") and self.is_place(text[:-1])

    def is_local_government(self, text: str) -> bool:
        """A city, province or district named with its ending ("포항시", "경북도", "강남구")."""
        return len(text) >= 3 and text[-1] in "시도군구" and (self.is_place(text[:-1]) or self.is_place(text))

    def is_foreign_country(self, text: str) -> bool:
        """A foreign country as news writes it ('미국', '美', '나이지리아')."""
        return text in self.countries

    def is_place(self, text: str) -> bool:
        """A country, region or city (or its press abbreviation), or a state named with 주 ("버지니아주")."""
        return text in self.places or text[-1:] == "주" and text[:-1] in self.places and len(text) >= 3

    @_memoized
    def is_sector(self, text: str) -> bool:
        """A sector phrase ('IT업계', '바이오업계', '금융권'): ends in a sector noun."""
        return bool(_ends_with_any(text, self._sectors, self._sector_lens, longer=False))

    def is_generic(self, text: str) -> bool:
        """A common noun that is never an organization or a person ('빅테크', '업계')."""
        return text in self.generic or text.lower() in self.generic

    # organizations --------------------------------------------------------------------------------
    @_memoized
    def known_org(self, surface: str) -> KnownOrg | None:
        """The lexicon organization for a surface form ('MS', 'SK그룹', '오픈AI'), or None."""
        key = norm_key(surface)
        org = self.orgs.get(key)
        if org is None and key.endswith("그룹") and len(key) > 2:
            org = self.orgs.get(key[:-2])
        if org is None and key.endswith("대학교") and len(key) > 3:  # "누리대학교" = "누리대"
            org = self.orgs.get(key[:-2])
        elif org is None and key.endswith("대") and len(key) > 2:
            org = self.orgs.get(key + "학교")
        return org

    @_memoized
    def prefixed_affiliate(self, stem: str) -> KnownOrg | None:
        """The group whose name starts an affiliate's name ('LG' for 'LG테크놀로지벤처스'), or None."""
        for surface, org in self.org_prefixes:
            if stem.startswith(surface) and len(stem) >= len(surface) + 2:
                rest = stem[len(surface):]
                if not self.is_generic(rest) and rest not in self.titles and not self.title(rest):
                    return org
        return None

    def with_groups(self, orgs: set[str] | frozenset[str]) -> frozenset[str]:
        """The organizations and the groups they belong to ({"LG전자"} → {"LG전자", "LG"})."""
        return frozenset(orgs) | {g.name for o in orgs if (g := self.prefixed_affiliate(o)) is not None}

    @_memoized
    def has_org_suffix(self, stem: str) -> bool:
        """Ends in an organization ending after a name ('한빛전자', '빈그룹'; not after one Latin letter: the
        'K배터리' of a slogan)."""
        suffix = self.org_suffix(stem)
        return bool(suffix) and not (len(stem) - len(suffix) == 1 and stem[0].isascii())

    def org_suffix(self, stem: str) -> str:
        """The longest organization ending after something in the word ('반도체' of '코디스반도체'), else ''."""
        return _ends_with_any(stem, self._org_suffix_set, self._org_suffix_lens, longer=True) or ""

    def org_stem(self, stem: str) -> str:
        """The word without its organization ending ('코디스' of '코디스반도체', '동하' of '동하제지'), else ''."""
        suffix = self.org_suffix(stem)
        return stem[:-len(suffix)] if suffix else ""

    def is_org_ending(self, stem: str) -> bool:
        """The word is one of the organization endings, generic nouns among them ('클라우드', '로보틱스')."""
        return stem in self._org_suffix_set

    def is_org_suffix_word(self, stem: str) -> bool:
        """A whole word that is an organization ending ('시스템즈', '바이오', '테크'): the second word of a name."""
        return stem in self._org_suffix_set and len(stem) >= 2 and not self.is_generic(stem)

    def any_org_kind(self, stem: str) -> str | None:
        """The kind of any organization ending, whatever title follows ('…국', '…청', '…대학교')."""
        n = len(stem)
        for k in self._kind_lens:
            if k < n and stem[n - k:] in self._kinds:
                return self._kinds[stem[n - k:]][0]
        return None

    def org_kind(self, stem: str, title: str | None = None) -> str | None:
        """The kind an organization ending gives ('…대학교' → institution), or None.

        Endings that need a title ('…청', '…부') give a kind only when `title` is one of theirs. A one-letter
        ending needs two letters before it: '의대', '공대' are colleges of a university, not one.
        """
        n = len(stem)
        for k in self._kind_lens:
            if k < n and stem[n - k:] in self._kinds and (k > 1 or n - k >= 2):
                kind, titles = self._kinds[stem[n - k:]]
                if not titles or (title is not None and title in titles):
                    return kind
        return None

    def org_head(self, stem: str) -> str | None:
        """'site' or 'people' for a noun that follows an organization's name ('본사', '경영진'), else None."""
        return self.org_heads.get(stem)

    @_memoized
    def is_org_category(self, stem: str) -> bool:
        """A category noun that introduces an organization ('설계업체', '스타트업', '합작법인')."""
        return bool(_ends_with_any(stem, self._category_set, self._category_lens, longer=False))


@cache
def get_lexicon() -> Lexicon:
    """The process-wide lexicon."""
    return Lexicon()
