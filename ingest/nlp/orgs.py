"""Component `newsgraph_orgs`: organizations from the lexicon and from context, then all their mentions.

Unknown organizations are found by shape and context, not by list: an affiliate of a known group
("LG테크놀로지벤처스"), a proper noun with an organization ending ("한빛전자", "퓨리오사AI"), the name after a
category noun ("AI 반도체 설계업체인 '텐스토렌트(Tenstorrent)'", "합작법인인 X"), the word before 본사/공장
("X 본사"). The people component adds the ones it finds before titles ("X CEO").
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from ingest.nlp.lexicon import Lexicon, get_lexicon, is_hangul, norm_key
from ingest.nlp.romanize import hangul_skeleton, latin_skeleton
from ingest.nlp.sentences import OPEN_QUOTES
from ingest.nlp.state import ArticleState, OrgMention, OrgRec, Sent, Word, state_of
from ingest.nlp.topics import is_topic_term

# common nouns ending in 사 that end a compound ("정부청사", "서울지사", "해외출장 기사"): never "X사"
_SA_NOUNS = ("청사", "본사", "지사", "회사", "상사", "여사", "기사", "검사", "판사", "조사", "감사", "대사", "공사",
             "변호사", "목사", "강사", "교사", "역사", "행사", "인사", "의사", "박사", "수사", "신사", "위원사")
_ACRONYM = re.compile(r"^[A-Z][A-Z&]{1,7}$")
DIVISIONS = frozenset({"부문", "사업부", "사업부문", "사업본부", "본부", "부서"})
_UNIT_WORDS = DIVISIONS | {"담당", "조직", "팀"}  # after a known company's unit: "X 로봇 사업부", "X 소프트웨어 담당"
# first consonants of a skeleton that transliteration may swap ("Gemini" 제미나이, "Cerebras" 세레브라스, "th" 스)
_SOUND_CLASS = {"k": "k", "j": "k", "s": "k", "t": "k", "n": "n", "r": "r", "m": "m", "p": "p"}


_SO_CALLED = frozenset({"이른바", "소위"})


def _fund_of_known(lex: Lexicon, stem: str) -> bool:
    """A known organization's name and a fund's name in one word ("소프트뱅크비전펀드")."""
    if not stem.endswith(_FUND_ENDINGS) or not is_hangul(stem):
        return False
    return any(lex.known_org(stem[:cut]) for cut in range(2, len(stem) - 2))


def _so_called(words: list[Word], i: int) -> bool:
    """A term the text calls so ("이른바 '네오클라우드' 업체"): a kind of business, no name."""
    j = i - 1
    if j >= 0 and words[j].punct and words[j].text in OPEN_QUOTES:
        j -= 1
    return j >= 0 and words[j].text in _SO_CALLED


def proper_like(w: Word) -> bool:
    """A nominal word that Kiwi reads as (part) proper noun, unknown word or Latin script."""
    return w.oov or _proper_tags(w.tags)


@lru_cache(maxsize=8192)
def _proper_tags(tags: tuple[str, ...]) -> bool:
    """A morpheme of the tags is a proper noun or Latin script (cached: asked of most words several times, and
    words share few tag tuples)."""
    return any(t.split("+")[0] in ("NNP", "SL") for t in tags)


def register_org(state: ArticleState, name: str, *, kind: str = "company", aliases: tuple[str, ...] = ()) -> OrgRec:
    """Add an organization (or return the one with the same key), with extra aliases."""
    lex = get_lexicon()
    known = lex.known_org(name)
    if known:
        name, kind, aliases = known.name, known.kind, tuple(known.aliases) + tuple(aliases)
    elif province := lex.province_of_short_name(name):  # "경북도": 경상북도
        name, kind, aliases = province, "government", (name, *aliases)
    else:
        if name.endswith("그룹") and len(name) > 3:
            aliases = (name, *aliases)
            name = name[:-2]
        if kind == "company":
            kind = lex.org_kind(name) or kind
        if name.endswith("대학교") and len(name) > 4:  # "누리대학교" is also written "누리대"
            aliases = (*aliases, name[:-2])
    key = norm_key(name)
    rec = state.orgs.get(key)
    if rec is None:
        for other in state.orgs.values():
            if key in {norm_key(a) for a in other.aliases}:
                rec = other
                break
    if rec is None:
        rec = OrgRec(name=name, kind=kind)
        state.orgs[key] = rec
    for alias in aliases:
        if alias and alias != rec.name and alias not in rec.aliases:
            rec.aliases.append(alias)
    return rec


def org_index(state: ArticleState) -> dict[str, OrgRec]:
    """Every key (name and aliases) of the article's organizations → organization."""
    index: dict[str, OrgRec] = {}
    for rec in state.orgs.values():
        for surface in (rec.name, *rec.aliases):
            index.setdefault(norm_key(surface), rec)
            key = norm_key(surface)
            if key.endswith("그룹") and len(key) > 2:
                index.setdefault(key[:-2], rec)
    return index


MISSIONS = ("대사관", "영사관", "총영사관", "대표부")  # a country's missions abroad, named with their posting


@Language.factory("newsgraph_orgs")
class OrgFinder:
    """Finds the article's organizations and their mentions (see module docstring)."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.lex = get_lexicon()

    def __call__(self, doc: Doc) -> Doc:
        state = state_of(doc)
        places = _after_places(state, self.lex)
        for sent in state.sents:
            if sent.kind != "byline":
                self.discover(state, sent, places)
        _drop_terms(state, self.lex)
        self.affiliates(state)
        _short_names(state)
        collect_org_mentions(state)
        return doc

    def affiliates(self, state: ArticleState) -> None:
        """The names of the article's organizations without their ending (동하 of 동하제지, 세가사미 of
        세가사미홀딩스): said alone, the short form of that organization ("세가사미 사토미 사장과" in a headline);
        between a Korean name and a title, the start of an affiliate's name ("윤재석 동하팩 대표")."""
        lex = self.lex
        owners: dict[str, list[OrgRec]] = {}
        for rec in list(state.orgs.values()):
            name = lex.org_stem(rec.name) if is_hangul(rec.name) else ""
            if len(name) >= 2 and not (lex.is_place(name) or lex.is_generic(name) or lex.title(name)
                                       or lex.local_government(name)):  # ("평택시" is no short "평택시의회")
                owners.setdefault(name, []).append(rec)
        if not owners:
            return
        for sent in state.sents:
            words = sent.words
            for i, w in enumerate(words[:-1]):
                stem = w.stem
                if stem not in owners and not proper_like(w):  # (what follows needs one or the other)
                    continue
                if not w.nominal or w.paren or not is_hangul(stem) or norm_key(stem) in state.orgs \
                        or lex_blocks(lex, stem):
                    continue
                if len(owners.get(stem, ())) == 1 and not lex.korean_name_shape(stem) \
                        and (proper_like(w) or len(w.tags) > 1):  # (Kiwi's pieces: 세가+사미)
                    register_org(state, owners[stem][0].name, aliases=(stem,))
                    continue
                if not proper_like(w):
                    continue
                before = words[i - 1] if i > 0 else None  # a Korean name before it: NAME ORG TITLE
                if before is None or not before.nominal or before.josa or not lex.korean_name_shape(before.stem):
                    continue
                if not w.josa and lex.title(words[i + 1].stem) \
                        and any(stem.startswith(n) and len(stem) > len(n) for n in owners):
                    register_org(state, stem)

    def discover(self, state: ArticleState, sent: Sent, places: frozenset[str] = frozenset()) -> None:
        """Register the organizations a sentence names (lexicon, shape and context rules).

        `places`: words the article puts right after a place name ("미국 X"): places, not the X of "X 공장".
        """
        lex = self.lex
        words = sent.words
        for i, w in enumerate(words):
            if not w.nominal:
                continue
            stem = w.stem
            known = lex.known_org(stem) or (lex.known_org(w.paren) if w.paren else None)
            if known and w.paren and lex.latin_person(w.paren) and not lex.known_org(w.paren):
                known = None  # "아르준 메타(Arjun Mehta)": the Latin spelling says the word ends a person's name
            named = bool(known)  # the word itself names an organization
            if known:
                body = _body_before(lex, words, i) if w.paren and not lex.known_org(stem) else ""
                register_org(state, known.name, aliases=_latin_alias(w) + ((f"{body} {stem}",) if body else ()))
                # ("노르웨이중앙은행 투자관리청(NBIM)": the known body, written with the organization it belongs to)
                nxt = words[i + 1] if i + 1 < len(words) and not w.josa and not w.paren else None
                if nxt is not None and nxt.nominal and is_hangul(nxt.stem) and len(nxt.stem) > 2 \
                        and nxt.stem.endswith(_FUND_ENDINGS):
                    register_org(state, f"{stem} {nxt.stem}", aliases=_latin_alias(nxt))  # "소프트뱅크 비전펀드"
            elif self.unknown_org_shape(w) and not (i + 1 < len(words) and words[i + 1].stem in DIVISIONS
                                                    and not (words[i + 1].stem == "본부" and lex.has_org_suffix(stem))) \
                    and not _so_called(words, i) and not (i + 1 < len(words) and _body_before(lex, words, i + 1)) \
                    and not (stem.endswith(_INSTITUTE_ENDS) and self._unit_of_org(state, words, i)):
                # (not "한국외대 중동연구소": the university's institute)
                prev = words[i - 1] if i > 0 else None
                if prev is not None and prev.nominal and not prev.josa and stem.endswith(MISSIONS) \
                        and (lex.is_posting(prev.stem) or prev.stem == "주한"):
                    register_org(state, f"{prev.stem} {stem}", aliases=(stem,))  # "주한 네덜란드대사관"
                else:
                    register_org(state, stem, aliases=_latin_alias(w))  # ("X 부문 CEO": X is a division; not
                    # "베트남중앙은행(SBV) 본부를": a bank's headquarters)
                named = True
            elif _legal_form_marked(words, i) and len(stem) >= 2 and not lex_blocks(lex, stem.removesuffix("社")):
                base = stem.removesuffix("社")  # "㈜누리텍", "(주)한빛소재", "도요타社": the legal form says company
                known_base = lex.known_org(base)
                register_org(state, known_base.name if known_base else base, aliases=(stem,) if base != stem else ())
                named = True
            elif _field_institute(lex, w) and not self._unit_of_org(state, words, i):
                # "보험연구원에 따르면", "에너지경제연구원은": a field's institute (not "한국은행 경제연구원": its unit)
                register_org(state, stem, kind="institution", aliases=_latin_alias(w))
                named = True
            elif self._group_with_affiliates(words, i) or _fund_of_known(lex, stem):
                register_org(state, stem, aliases=_latin_alias(w))  # "청운그룹의 식품 계열사": a conglomerate;
                named = True  # "소프트뱅크비전펀드(SVF)": a known company's fund, written as one word
            elif self.company_word(w):  # "그리드웍스사는": the company X
                register_org(state, stem[:-1], aliases=(stem,))
            # category noun + (인) + name: "설계업체인 '텐스토렌트(Tenstorrent)'", "합작법인인 얼티엄셀즈"
            if lex.is_org_category(stem) and w.josa in ("", "인") and not w.paren and i + 1 < len(words) \
                    and not (named and w.josa == "") and not (i > 0 and words[i - 1].text in _DEMONSTRATIVES):
                # (not "누리그룹 '관세 설득전'": the word was the name; not "이 회사 레이철 김 파트너": the company
                # told before, then one of its people)
                name, alias = self._name_after(words, i + 1)
                if name:
                    register_org(state, name, aliases=(alias,) if alias else ())
            # "X, Y 등 (AI) 기업": the names listed before 등 and a category noun
            if lex.is_org_category(stem) and not w.paren:
                for x in self._listed_before(words, i):
                    register_org(state, x.stem, aliases=_latin_alias(x))  # ("람다(Lambda)": its spelling too)
            # "X 본사", "X 공장", "X 경영진과": a proper noun before a noun of an organization's places or people
            head = lex.org_head(stem) if i > 0 else None
            if head:
                prev = words[i - 1]
                if prev.nominal and not prev.josa and self.plausible_unknown(prev) and not (
                        stem == "지사" and lex.korean_name_shape(prev.stem)) and not (  # "염태식 지사": a governor

                        head == "site" and prev.stem in places and is_hangul(prev.stem)
                        and not lex.has_org_suffix(prev.stem)) and not (
                        prev.paren and lex.latin_person(prev.paren) and sounds_alike(prev.stem, prev.paren.split()[-1])
                        and not sounds_alike(prev.stem, prev.paren.replace(" ", ""))) and not (
                        i >= 2 and prev.stem.endswith(tuple(DIVISIONS)) and not words[i - 2].josa
                        and (lex.known_org(words[i - 2].stem) or norm_key(words[i - 2].stem) in state.orgs)) and not (
                        # ("삼성전자 시스템LSI사업부 경영진과", "해온카드 IT본부 실무진과": its unit)
                        head == "site" and prev.stem.endswith("에") and i + 1 < len(words)
                        and words[i + 1].text.startswith(("둔", "두고"))):  # ("브르노에 본사를 둔": where it is)
                    # ("라지브 메논(Rajiv Menon) 데이터센터 …": the word ends a person's name)
                    name = prev.stem
                    if lex.is_org_ending(name):  # "안두릴 인더스트리즈 본사": the ending's name is the word before it
                        before = words[i - 2] if i >= 2 else None
                        name = f"{before.stem} {name}" if before is not None and before.nominal and not before.josa \
                            and proper_like(before) and not lex.known_org(before.stem) else ""
                    if name:
                        register_org(state, name, aliases=_latin_alias(prev))
                    if head == "people":
                        self._shared_head(state, sent, i - 1)
                elif head == "people":  # "싱텔에서는 (실무) 임원진이": the people of the organization said before
                    side = next((x for x in (prev, words[i - 2] if i > 1 and not prev.josa else None)
                                 if x is not None and x.josa in _FROM_SIDE), None)
                    if side is not None and side.nominal and self.plausible_unknown(side) \
                            and not lex.korean_name_shape(side.stem):
                        register_org(state, side.stem, aliases=_latin_alias(side))
            if i >= 3 and (head or lex.title(stem) and lex.title_kind(stem) == "corporate") \
                    and _quoted_alone(words, i - 1):
                q = words[i - 2]  # "'코믹스타' 창업자 송민재 의장", "'코믹스타'의 본사": one quoted word before a
                if (q.josa == "" or q.josa == "의" and head != "site") and not q.paren and len(q.stem) >= 2 and not lex_blocks(lex, q.stem) \
                        and (len(q.tags) > 1 or proper_like(q)) and not lex.korean_name_shape(q.stem):
                    register_org(state, q.stem)  # company's title or place is a name, whatever Kiwi read
                    # (not a common noun Kiwi knows as one word: "'승부사' 회장" is a nickname; a product's place
                    # is none: "휴머노이드 '아틀라스'의 공장 투입")
            if stem in MISSIONS and i > 0 and (lex.is_foreign_country(words[i - 1].stem) or words[i - 1].stem in (
                    "대한민국", "한국")) and not words[i - 1].josa and not words[i - 1].paren:
                # "주한 UAE 대사관", "주제네바 대한민국 대표부": a country's mission, its posting said
                posted = i > 1 and (words[i - 2].stem == "주한" or lex.is_posting(words[i - 2].stem)) \
                    and not words[i - 2].josa
                register_org(state, " ".join(x.stem for x in words[i - 1 - posted:i + 1]), kind="government")
            elif stem in MISSIONS and i > 0 and lex.is_posting(words[i - 1].stem) and not words[i - 1].josa \
                    and not words[i - 1].paren:
                register_org(state, f"{words[i - 1].stem} {stem}", kind="government")  # "주샌프란시스코 총영사관":
                # Korea's mission where it is posted
            elif stem.startswith("주한") and stem.endswith(MISSIONS) and lex.is_foreign_country(
                    stem[2:].removesuffix(next(x for x in MISSIONS if stem.endswith(x)))):
                register_org(state, stem, kind="government")  # "주한미국대사관": written as one word
            if stem in _NATIONAL and i > 0 and lex.is_foreign_country(words[i - 1].stem) and not words[i - 1].josa:
                name, aliases = _national_name(words[i - 1].stem, stem)  # "미 해군"
                register_org(state, name, kind="government", aliases=aliases)
            # "사우디 투자부", "캐나다 국방부": a government ending after a foreign country, named with it (one body
            # per country: "폴란드 국방부" and "캐나다 국방부" are two); not a province ("중국 하이난성") or a part of
            # the country ("사우디 북서부")
            if i > 0 and lex.is_foreign_country(words[i - 1].stem) and not words[i - 1].josa and is_hangul(stem) \
                    and not _bilateral(words, i - 1) and len(stem) >= 3 and (known and known.kind == "government" or lex.any_org_kind(stem) == "government"
                                            and not lex.is_generic(stem)) \
                    and not lex.title(stem) and not lex.is_place(stem[:-1]) and not set(stem[:-1]) <= set("동서남북중"):
                name, aliases = _national_name(words[i - 1].stem, stem)
                register_org(state, name, kind="government", aliases=(stem, *aliases))  # (the bare name an alias)
            place = _place_of_body(lex, words, i) if not known else ""
            if place:  # "함부르크 항만공사(HPA)", "텍사스주 경제개발청": a common-noun body named with its city or state
                register_org(state, f"{place} {stem}", kind=lex.any_org_kind(stem) or "institution",
                             aliases=(w.paren,) if w.paren and _ACRONYM.match(w.paren) else ())
            # "특허상표청(USPTO)", "국가지식산권국(CNIPA)": an organization ending and a Latin acronym
            elif not known and w.paren and _ACRONYM.match(w.paren) and is_hangul(stem) and len(stem) >= 3:
                kind = lex.any_org_kind(stem)
                body = _body_before(lex, words, i)
                if kind and body:
                    register_org(state, f"{body} {stem}", kind=kind, aliases=(w.paren,))
                    # ("디지털자산거래소 공동협의체(DAXA)", "노르웨이중앙은행 투자관리청(NBIM)": a body of a kind of
                    # organization, named with it)
                elif kind:
                    register_org(state, stem, kind=kind, aliases=(w.paren,))
            # "할벡스 시스템즈", "갈데라 바이오": an unknown name, then a word that is an organization ending
            if i > 0 and not known and lex.is_org_suffix_word(stem) and not lex.title(stem):
                prev = words[i - 1]  # (a Hangul name of its own, not "X증권 연구원", "LFP 배터리", "ABB 로보틱스")
                unit = i > 1 and not words[i - 2].josa and lex.known_org(words[i - 2].stem) is not None \
                    and i + 1 < len(words) and words[i + 1].stem in _UNIT_WORDS  # "엔비디아 엔터프라이즈 소프트웨어 담당"
                if prev.nominal and not prev.josa and not prev.paren and is_hangul(prev.stem) \
                        and (prev.oov or proper_like(prev)) and not lex.known_org(prev.stem) and not unit \
                        and not (i >= 2 and not words[i - 2].josa and lex.known_org(f"{words[i - 2].stem} {prev.stem}")) \
                        and not lex.has_org_suffix(prev.stem) and self.plausible_unknown(prev, name_shaped=True) \
                        and not _quoted_term(lex, words, i):
                    if stem in _LEGAL_FORMS:  # "누리텍 주식회사": the company is 누리텍
                        register_org(state, prev.stem, aliases=(f"{prev.stem} {stem}",))
                    else:
                        register_org(state, f"{prev.stem} {stem}", aliases=_latin_alias(w))
            # "소니 인터랙티브 엔터테인먼트(SIE)": as many bare words as the acronym has letters, the last an
            # organization ending, name one organization (the first may be a known one: its subsidiary)
            if w.paren and _ACRONYM.match(w.paren) and 2 <= len(w.paren) <= 4 and i + 1 >= len(w.paren) \
                    and lex.is_org_suffix_word(stem) and not lex.title(stem):
                n = len(w.paren)
                span = words[i + 1 - n:i + 1]
                quoted = i >= n and words[i - n].text in _QUOTES and i + 1 < len(words) \
                    and words[i + 1].text in _QUOTES  # "'글로벌 텔코 AI 얼라이언스(GTAA)'": the quotes make it a name
                if all(x.nominal and (is_hangul(x.stem) or x.stem.isascii() and x.stem[:1].upper() == letter)
                       and not x.josa and not x.paren and (quoted or not lex_blocks(lex, x.stem))
                       for x, letter in zip(span[:-1], w.paren.upper())) and not lex.is_org_suffix_word(span[0].stem) \
                        and is_hangul(span[0].stem) and (quoted or proper_like(span[0]) or span[0].oov):
                    # (a Latin word of the name stands for its own letter; "세계 최대 정보기술(IT)": no name)
                    register_org(state, " ".join(x.stem for x in span), aliases=(w.paren,))
            # "크리스티안 하르트만(Christian Hartmann) 슈바르츠 디지츠(Schwarz Digits) 대표": a name spelled in Latin
            # right after a person's, before a title, is the person's organization, however it is spelled
            if w.paren and not known and w.paren.isascii() and lex.latin_person(w.paren) and i + 1 < len(words) \
                    and not w.josa and words[i + 1].nominal and lex.title(words[i + 1].stem):
                latin = _joined_particles(w.paren.split())
                for first in dict.fromkeys((i + 1 - len(latin), i)):  # a word per Latin word, or one for all
                    if first > 0 and words[first - 1].paren and lex.latin_person(words[first - 1].paren) \
                            and not words[first - 1].josa:
                        name = self._spelled_span(words, i, latin, named=True) if first < i else (
                            w.stem if sounds_alike(w.stem, latin[0]) else None)
                        if name:
                            register_org(state, name, aliases=(w.paren,))
                            break
            # "벨루스 테라퓨틱스(Bellus Therapeutics)": as many Hangul words as the Latin organization name has
            if w.paren and not known and lex.latin_org(w.paren) and w.paren.isascii():
                name = self._latin_org_span(words, i)
                if name and not lex.is_org_ending(name):  # (not "테크놀로지" of "마벨 테크놀로지(Marvell Technology)")
                    register_org(state, name, aliases=(w.paren,))
        for first in range(len(words)):  # multi-word lexicon names: "구글 딥마인드"
            if words[first].punct or norm_key(words[first].stem) not in lex.multi_first:
                continue
            for n in range(min(lex.max_org_words, len(words) - first), 1, -1):
                span = words[first:first + n]
                if any(x.punct or x.predicate for x in span) or any(x.josa for x in span[:-1]):
                    continue
                surface = " ".join(x.stem for x in span)
                known = lex.known_org(surface)
                if known:  # (as written, when the lexicon writes it without the space before a Latin word,
                    # "피규어 AI" for 피규어AI, or its first word is a short name of it, "어플라이드 머티어리얼즈";
                    # not "한국 은행의", Korean banks)
                    spaced = n == 2 and is_hangul(span[0].stem) and (
                        span[1].stem.isascii() or lex.known_org(span[0].stem) is known) \
                        and surface not in (known.name, *known.aliases)
                    register_org(state, known.name, aliases=(surface,) if spaced else ())
                    break

    def _shared_head(self, state: ArticleState, sent: Sent, named: int) -> None:
        """"X, Y 경영진과", "X, 이달 들어서는 Y 관계자들과": the names listed before Y share its people noun.
        A name before the comma is an organization when it ends like one or looks like a proper noun; the
        dates of a list ("지난 3월 X, 최근에는 Y") may stand between the comma and Y."""
        words = sent.words
        spans = [(d.start, d.end) for d in state.dates if d.sent == sent.index]
        k = named - 1
        while k > 0:
            while k > 0 and not words[k].punct and _in_spans(words[k], spans):
                k -= 1
            if not (words[k].punct and words[k].text in (",", "·")) or k == 0:
                return
            x = words[k - 1]
            if sent.kind == "headline" and all(y.punct for y in words[:k - 1]):
                return  # "곽노정, 엔비디아 경영진과 논의": a headline's subject, set off by a comma
            if not x.nominal or x.josa or x.quote >= 0 or lex_blocks(self.lex, x.stem) or not (
                    self.plausible_unknown(x) or (len(x.stem) >= 3 and self.lex.has_org_suffix(x.stem))):
                return
            register_org(state, x.stem, aliases=_latin_alias(x))
            k -= 2

    def _latin_org_span(self, words: list[Word], i: int) -> str | None:
        """The Hangul name before a Latin organization parenthetical: one word per Latin word, at most."""
        lex = self.lex
        w = words[i]
        latin = _joined_particles(w.paren.split())  # "Al Manar Industrial": 알마나르 spells "Al Manar"
        if len(latin) == 2 and len(lex.org_stem(w.stem)) >= 2 and is_hangul(w.stem) \
                and sounds_alike(w.stem, latin[0]):
            return w.stem  # "서정민 코디스반도체(Kodis Semiconductor)": one word holds the name and its ending
        spelled = self._spelled_span(words, i, latin)
        if spelled:
            return spelled
        ending = len(latin) >= 2 and lex.is_org_ending(w.stem)  # "리리온 클라우드(Lyrion Cloud)"
        if not w.stem or lex.is_place(w.stem) or (lex.is_generic(w.stem) and not ending) or lex.title(w.stem):
            return None
        span = [w.stem]
        if len(latin) >= 2 and len(hangul_skeleton(w.stem)) > len(latin_skeleton(latin[-1])) + 1 \
                and sounds_alike(w.stem, latin[0]):
            return w.stem  # "코베인바이오(Corvane Bio)": the one word spells them all, the word before is no part
        j = i - 1
        while j >= 0 and len(span) < len(latin):
            x = words[j]
            stem = name_form(x)  # "코베인 랩스(Corvane Labs)": the Latin word says 코베인 is one name
            if not (x.nominal or _bare_verb(x)) or x.josa and stem != x.text or x.paren or not is_hangul(stem) or lex.known_org(stem) \
                    or lex.is_place(stem) or lex.is_generic(stem) or lex.title(stem) \
                    or lex.is_org_category(stem) or not (proper_like(x) or stem != x.stem) \
                    or not sounds_alike(stem, latin[len(latin) - len(span) - 1]):
                break
            span.insert(0, stem)
            j -= 1
        if len(span) == 1 and (lex.is_generic(w.stem) or len(latin) >= 2 and not sounds_alike(w.stem, latin[0])):
            return None  # (one word that does not even start the Latin name: "메카트로닉스" of "Van Hoven Mechatronics")
        return " ".join(span)

    def _spelled_span(self, words: list[Word], i: int, latin: list[str], *, named: bool = False) -> str | None:
        """Two or more Hangul words that spell the Latin name word for word, common nouns too ("라이트스피드 벤처
        파트너스(Lightspeed Venture Partners)", "플레이그라운드 글로벌(Playground Global)"), of which the first
        is no common noun. `named`: a category noun said the name comes ("기관인 비즈니스 프랑스(Business
        France)"), so a place may end it."""
        lex = self.lex
        n = len(latin)
        if n < 2 or i + 1 < n:
            return None
        span = words[i + 1 - n:i + 1]
        stems = [name_form(x) for x in span[:-1]] + [span[-1].stem]
        for x, stem, lw in zip(span, stems, latin):
            if x.punct or x.predicate or x.paren and x is not span[-1] or not is_hangul(stem) \
                    or x is not span[-1] and x.josa and stem != x.text \
                    or lex.is_place(stem) and not (named and x is not span[0]) or lex.title(stem) \
                    or not sounds_alike(stem, lw):
                return None
        first = span[0]
        if not named and (not (proper_like(first) or first.oov) or lex.is_generic(stems[0])) or lex.known_org(stems[0]):
            return None
        return " ".join(stems)

    def unknown_org_shape(self, w: Word) -> bool:
        """An organization by its own shape: a known group's affiliate, or a proper noun + organization ending."""
        lex = self.lex
        stem = w.stem
        if len(stem) < 3 or not proper_like(w) or lex.is_generic(stem) or lex.is_place(stem) or lex.title(stem) \
                or is_topic_term(stem):
            return False
        if lex.prefixed_affiliate(stem):
            return True
        if lex.has_org_suffix(stem):
            name = lex.org_stem(stem)
            if lex.is_generic(name) and not lex.is_place(name) or lex.is_sector(stem):
                return False  # "방산그룹", "방산업계": an industry, no name
            first = w.tags[0].split("+")[0] if w.tags else ""
            return first in ("NNP", "SL") or w.oov
        return False

    def _unit_of_org(self, state: ArticleState, words: list[Word], i: int) -> bool:
        """An organization comes right before word i, or before a place that does ("삼성전자 북미 반도체연구소")."""
        lex = self.lex
        j = i - 1
        if j > 0 and words[j].nominal and not words[j].josa and lex.is_place(words[j].stem):
            j -= 1
        return j >= 0 and words[j].nominal and not words[j].josa and (
            lex.known_org(words[j].stem) is not None or norm_key(words[j].stem) in state.orgs
            or university_word(lex, words[j]))  # ("한국외대 중동연구소": a university's institute)

    def _group_with_affiliates(self, words: list[Word], i: int) -> bool:
        """"청운그룹의 (식품) 계열사": a word Kiwi knows, then 그룹, with its affiliates said next, names a
        conglomerate (not "금융그룹 계열사": an industry's groups)."""
        lex = self.lex
        w = words[i]
        name = w.stem[:-2]
        if not w.stem.endswith("그룹") or len(name) < 2 or not is_hangul(name) or w.josa not in ("", "의") \
                or lex.is_generic(name) or lex.is_sector(name) or lex.is_sector(w.stem) or lex.is_place(name) \
                or is_topic_term(name) or lex.title(name) or lex.is_org_suffix_word(name):
            return False
        return any(x.stem in _AFFILIATES for x in words[i + 1:i + 3] if x.nominal)


    def company_word(self, w: Word) -> bool:
        """"X사" (the company X): an unknown proper noun of three syllables or more, then 사, read as one unknown
        word or as proper noun + 사 ("그리드웍스사는", "볼트릭스사의"); not a place ("한국사") nor a title."""
        lex = self.lex
        name = w.stem[:-1]
        if not w.stem.endswith("사") or len(name) < 3 or not is_hangul(name) or not w.josa or \
                w.stem.endswith(_SA_NOUNS):
            return False
        if lex.is_place(name) or lex.is_generic(name) or lex.title(name) or lex.title(w.stem) or is_topic_term(name):
            return False
        split = len(w.forms) == 2 and w.forms[-1] == "사" and w.tags[0].startswith("NNP")
        return split or (w.oov and w.tags[:1] == ("NNP",))

    def plausible_unknown(self, w: Word, *, name_shaped: bool = False) -> bool:
        """Could this single word be an organization's name (proper-noun-like, not a place or common word)?
        `name_shaped`: a word shaped like a Korean personal name counts too (it comes before an organization
        ending that stands alone, "신다온 랩스": a name is never followed by a bare ending)."""
        lex = self.lex
        stem = w.stem
        if len(stem) < 2 or lex.is_generic(stem) or lex.is_place(stem) or lex.title(stem) \
                or lex.is_org_category(stem) and not self.common_noun_name(w) or lex.is_sector(stem) \
                or is_topic_term(stem) or _QUANTITY.match(stem):
            return False  # (a category noun is none, "설계업체"; a name with a category ending is, "누리+협회"; a
            # size is none, "100MW급 데이터센터")
        if not name_shaped and lex.korean_name_shape(stem) and not w.oov and not lex.known_org(stem) \
                and not self.place_university(w):
            return False
        return proper_like(w) or bool(lex.known_org(stem)) or self.common_noun_name(w)

    def place_university(self, w: Word) -> bool:
        """A place and 대, as the press shortens a university ("도쿄대 연구진", "베를린대"): no personal name."""
        return len(w.forms) == 2 and w.forms[1] == "대" and self.lex.is_place(w.forms[0])

    def common_noun_name(self, w: Word) -> bool:
        """A name that Kiwi reads as two common nouns, the second an organization ending ("누리전자" = 누리 +
        전자): a name only where the context says organization (before 경영진, 측, a title)."""
        forms, tags = w.forms, w.tags
        return len(forms) == 2 and all(t.startswith("NNG") for t in tags) and len(forms[0]) >= 2 and \
            is_hangul(forms[0]) and self.lex.is_org_suffix_word(forms[1]) and not is_topic_term(w.stem)

    def _listed_before(self, words: list[Word], i: int) -> list[Word]:
        """The proper nouns of a list "X, Y 등" or "X와 Y 등" one or two words before the category noun at i."""
        at = next((j for j in (i - 1, i - 2) if j > 0 and words[j].stem == "등" and not words[j].josa), -1)
        if at < 0 or any(x.josa or x.punct for x in words[at + 1:i]):
            return []
        nxt = words[i + 1] if i + 1 < len(words) and not words[i].josa else None
        people = nxt is not None and nxt.nominal and (bool(self.lex.title(nxt.stem)) or self.lex.org_head(nxt.stem) == "people")
        out: list[Word] = []
        j = at - 1
        joined = False  # reached through "와/과" ("X와 Y 등 경쟁사들"): X keeps its particle
        while j >= 0:
            x = words[j]
            if not x.nominal or x.josa and not (joined and x.josa in ("와", "과")) \
                    or not self.plausible_unknown(x, name_shaped=not people) \
                    or people and self.lex.korean_name_shape(x.stem):
                break  # (people of them after the category: "이재용, 최태원 등 기업 총수들" are no organizations)
            out.append(x)
            prev = words[j - 1] if j > 0 else None
            if prev is not None and prev.punct and prev.text in (",", "·"):
                j, joined = j - 2, False
            elif prev is not None and prev.nominal and prev.josa in ("와", "과") and (
                    not prev.paren or _latin_alias(prev)):  # ("코어위브(CoreWeave)와 람다(Lambda) 등 업체들")
                j, joined = j - 1, True
            else:
                break
        return out if len(out) >= 2 else []

    def _name_after(self, words: list[Word], j: int) -> tuple[str | None, str | None]:
        """The organization name right after a category noun: a quoted phrase or one proper-noun word."""
        w = words[j]
        if w.punct and w.tags[0].startswith("SSO"):
            inner = []
            for x in words[j + 1:j + 6]:
                if x.punct:
                    break
                inner.append(x)
            if inner and all(x.nominal for x in inner):
                name = " ".join(x.stem for x in inner)
                spelled = inner[-1].paren if inner[-1].paren.isascii() and len(inner[-1].paren) <= 40 else ""
                return name, spelled or None  # (the category and the quotes say any Latin spelling is the
                # company's, one shaped like a person's too: "스타트업 '벡터나인(Vector Nine)'")
            return None, None
        for k in range(j + 1, min(j + 4, len(words))):  # "스타트업 루미나 그리드(Lumina Grid)": words that spell it
            x = words[k]
            latin = _joined_particles(x.paren.split()) if x.paren and _latin_script(x.paren) else []
            if latin and len(latin) == k - j + 1:  # ("판데이크 메카트로닉스(Van Dijk Mechatronics)": two words)
                spelled = self._spelled_span(words, k, latin, named=True)
                if spelled:
                    return spelled, x.paren
            if x.punct or x.josa or x.paren:
                break
        span = self._words_to_ending(words, j)
        if span:  # "투자사인 알 사파 인베스트먼트의": words up to an organization ending
            return " ".join(x.stem for x in span), (_latin_alias(span[-1]) or (None,))[0]
        spelled = bool(w.paren) and w.paren.isascii() and " " not in w.paren.strip() and w.tags == ("NNG",) \
            and not w.oov and is_hangul(w.stem) and sounds_alike(w.stem, w.paren)
        if w.nominal and (self.plausible_unknown(w) or spelled and len(w.stem) >= 2 and not self.lex.is_generic(w.stem)
                          and not self.lex.title(w.stem) and not is_topic_term(w.stem)) \
                and (spelled or not self.lex.korean_name_shape(w.stem) or _listed(words, j)):
            # ("오렌지(Orange)" is shaped like 오 + 렌지; "운영사 두나무, 빗썸 등": a list names companies)
            alias = _latin_alias(w) or ((w.paren,) if w.paren and w.paren.isascii() else ())
            return w.stem, alias[0] if alias else None  # (the category says a person-like spelling is a company's;
            # a word Kiwi knows is a name when the Latin spells it: "게임 개발사 번지(Bungie)")
        return None, None

    def _words_to_ending(self, words: list[Word], j: int) -> list[Word]:
        """Two or three bare words from j whose last is an organization ending word ("알 사파 인베스트먼트")."""
        lex = self.lex
        for n in (2, 3):
            span = words[j:j + n]
            if len(span) < n or any(x.punct or not x.nominal or x.paren for x in span[:-1]) \
                    or any(x.josa for x in span[:-1]) or not span[-1].nominal:
                return []
            if any(lex.title(x.stem) or lex.is_generic(x.stem) or lex.is_place(x.stem) or lex.known_org(x.stem)
                   for x in span[:-1]):
                return []
            last = span[-1].stem
            if (lex.is_org_suffix_word(last) or len(last) >= 4 and lex.org_kind(last) is not None
                    or lex.is_org_ending(last) and len(last) >= 3 and span[-2].oov and not lex.is_org_ending(span[-2].stem)) \
                    and not lex.title(last):
                return span  # ("앨런 인공지능연구소": a word that ends in an institution's ending; "기업 오베른
                # 클라우드의": a generic ending after a word Kiwi does not know, as the category noun announced)
        return []


_FROM_SIDE = frozenset({"에서는", "에서도", "에선"})
_DEMONSTRATIVES = frozenset({"이", "그", "해당", "동", "같은"})
_QUOTES = frozenset("'\"‘’“”")
_PARTICLES = frozenset({"al", "el", "bin", "ibn", "abu", "de", "da", "di", "du", "del", "van", "von", "le", "la", "der",
                        "den", "ter"})


def _joined_particles(latin: list[str]) -> list[str]:
    """Latin words with a particle joined to the word after it, as Hangul writes them ("Al Manar" → "AlManar")."""
    out: list[str] = []
    joining = False  # the word before was a particle: this one joins it ("Van der Werf" → "VanderWerf")
    for word in latin:
        if out and joining:
            out[-1] += word
        else:
            out.append(word)
        joining = word.lower() in _PARTICLES
    return out


def _in_spans(w: Word, spans: list[tuple[int, int]]) -> bool:
    """A word of a date said in a list ("지난달 22일에는", "이달 들어서는"), or a time word ("최근에는")."""
    return any(s <= w.start < e for s, e in spans) or (
        w.nominal and w.josa in ("에는", "엔", "에도") and not proper_like(w))


def _short_names(state: ArticleState) -> None:
    """"한국중견기업연합회(중견련)", "과학기술정보통신부(과기정통부)": a Hangul short name in parentheses is an alias
    of the organization, and the same organization where the article uses it alone."""
    for sent in state.sents:
        for w in sent.words:
            short = w.paren
            if not short or not is_hangul(short) or not 2 <= len(short) <= 5 or not w.stem:
                continue
            rec = state.orgs.get(norm_key(w.stem))
            if rec is None or not _abbreviates(short, rec.name):
                continue
            if short not in rec.aliases:
                rec.aliases.append(short)
            alone = state.orgs.get(norm_key(short))
            if alone is not None and alone is not rec:
                del state.orgs[norm_key(short)]
                rec.aliases.extend(a for a in alone.aliases if a not in rec.aliases and a != rec.name)


def _initial_rieul(ch: str) -> str:
    """The syllable as it is written at the start of a word: initial ㄹ becomes ㅇ before ㅑㅕㅖㅛㅠㅣ, else ㄴ
    (련 → 연, 로 → 노)."""
    code = ord(ch) - 0xAC00
    if not 0 <= code < 11172 or code // 588 != 5:
        return ch
    vowel = code % 588 // 28
    return chr(0xAC00 + (11 if vowel in (2, 6, 7, 12, 17, 20) else 2) * 588 + code % 588)


def _abbreviates(short: str, full: str) -> bool:
    """Each syllable of the short name in the full name, in order, the first one first-ish ("중견련" of
    "한국중견기업연합회": 련 is 연 at the start of a word)."""
    if len(short) >= len(full) or short[0] not in full[:len(full) - len(short) + 1]:
        return False
    at = 0
    for ch in short:
        found = full.find(ch, at)
        if found < 0:
            found = full.find(_initial_rieul(ch), at)
        if found < 0:
            return False
        at = found + 1
    return True


def _body_before(lex: Lexicon, words: list[Word], i: int) -> str:
    """Word i is an organization's body with a Latin acronym ("공동협의체(DAXA)", "투자관리청(NBIM)") and the bare word
    before it a kind of organization or a name with an organization's ending: that word, which names it with the
    body ("디지털자산거래소 공동협의체"); else ""."""
    w = words[i]
    if i < 1 or not w.paren or not _ACRONYM.match(w.paren) or not is_hangul(w.stem) or len(w.stem) < 3 \
            or not (lex.any_org_kind(w.stem) or lex.known_org(w.paren)):
        return ""
    prev = words[i - 1]
    if not prev.nominal or prev.josa or prev.paren or not is_hangul(prev.stem) or len(prev.stem) < 3 \
            or lex.is_place(prev.stem) or lex.known_org(prev.stem):
        return ""
    return prev.stem if lex.is_org_category(prev.stem) or lex.has_org_suffix(prev.stem) else ""


_AFFILIATES = frozenset({"계열사", "자회사", "손자회사", "지주사", "지주회사", "관계사", "주력사", "주력", "핵심"})


_COUNTIES = frozenset({"카운티", "시", "군", "구"})  # a place's part written apart ("LA 카운티", "부산 시")
_INSTITUTION_ENDS = ("공사", "공단", "청", "위원회", "개발원", "진흥원", "관리원", "공항공사", "항만공사")


def _place_of_body(lex: Lexicon, words: list[Word], i: int) -> str:
    """Word i is a public body named by common nouns ("항만공사", "경제개발청") right after a city, a state or a city
    government ("호찌민시 인민위원회"; not a country: "미국 상무부" is named apart): that place, else ""."""
    w = words[i]
    if not w.stem.endswith(_INSTITUTION_ENDS) or i < 1 or not w.nominal or not is_hangul(w.stem) \
            or len(w.stem) < 3 or lex.title(w.stem) or lex.known_org(w.stem) \
            or any(lex.is_place(w.stem[:k]) for k in (2, 3, 4) if k < len(w.stem) - 1):
        return ""  # (not one named by a place of its own: "서울 한국전력공사")
    prev = words[i - 1]
    if prev.stem in _COUNTIES and not prev.josa and i >= 2 and words[i - 2].nominal and not words[i - 2].josa \
            and lex.is_place(words[i - 2].stem):
        return f"{words[i - 2].stem} {prev.stem}"  # "LA 카운티 경제개발공사"
    if not prev.nominal or prev.josa or prev.paren or not (lex.is_place(prev.stem) or lex.is_local_government(prev.stem)) \
            or lex.is_foreign_country(prev.stem) or prev.stem in ("한국", "국내", "해외", "현지"):
        return ""
    return prev.stem


def _latin_script(text: str) -> bool:
    """Latin letters, accented ones too ("Maison Beauté")."""
    return all(ch.isascii() or "LATIN" in unicodedata.name(ch, "") for ch in text)


_INSTITUTE_ENDS = ("연구원", "연구소", "진흥원", "개발원", "평가원", "관리원", "연합회", "상공회의소", "과학기술원",
                   "연구재단", "협회")


def university_word(lex: Lexicon, w: Word) -> bool:
    """A university's name, or its short form in 대 of a word Kiwi does not know as one ("한국외대", "누리대")."""
    stem = w.stem
    return is_hangul(stem) and len(stem) >= 3 and (stem.endswith(("대학교", "대학")) or stem.endswith("대") and (
        w.oov or len(w.tags) >= 2 or w.tags == ("NNP",))) and not lex.is_generic(stem) and not lex.title(stem)


def _field_institute(lex: Lexicon, w: Word) -> bool:
    """A word of common nouns ending like an institute, that is no title: "보험연구원" (not "수석연구원")."""
    stem = w.stem
    if not stem.endswith(_INSTITUTE_ENDS):  # (most words: one C call instead of a generator over the endings)
        return False
    end = next(e for e in _INSTITUTE_ENDS if stem.endswith(e))
    field = stem[:-len(end)]
    return len(field) >= 2 and is_hangul(stem) and w.nominal and not w.paren and len(w.forms) >= 2 \
        and not lex.title(stem) and not lex.is_title_modifier(field) and not lex.is_generic(stem) \
        and not lex.is_place(field) and not lex.known_org(stem)


def _bilateral(words: list[Word], j: int) -> bool:
    """The country of word j is the second of a pair with Korea ("한·스위스 과학기술공동위원회"): a joint body,
    not the country's own."""
    return j >= 2 and words[j - 1].text in ("·", "-", "‧") and words[j - 2].stem in ("한", "韓", "한국")


_LEGAL_FORMS = frozenset({"주식회사", "유한회사", "합자회사"})
_QUANTITY = re.compile(r"^\d[\d.,]*\s*(?:[A-Za-z㎿㎾㎚]{1,3}|[가-힣]{1,2})?급$")  # "100MW급", "3나노급", "1조원급": a size


def _legal_form_marked(words: list[Word], i: int) -> bool:
    """Word i carries a company's legal form: "㈜" or "(주)" right before it, or 社 at its end ("도요타社")."""
    w = words[i]
    if w.stem.endswith("社") and len(w.stem) >= 2:
        return True
    if i >= 1 and words[i - 1].punct and words[i - 1].text == "㈜" and not words[i - 1].space_after:
        return True
    return i >= 3 and words[i - 1].text == ")" and words[i - 2].stem == "주" and words[i - 3].text == "(" \
        and not words[i - 1].space_after


def _drop_terms(state: ArticleState, lex: Lexicon) -> None:
    """A phrase the article quotes as a term ("'에이전틱 커머스' 결제") is no organization anywhere in it."""
    terms = {norm_key(f"{s.words[i - 1].stem} {s.words[i].stem}") for s in state.sents for i in range(1, len(s.words))
             if s.words[i].quote >= 0 and _quoted_term(lex, s.words, i)}  # (most words are not quoted)
    for key in terms & set(state.orgs):
        del state.orgs[key]


def _quoted_term(lex: Lexicon, words: list[Word], i: int) -> bool:
    """Word i closes a quoted phrase that qualifies a common noun after it: "'에이전틱 커머스' 결제 인프라" (a term,
    not "'갈데라 바이오' 본사" nor "'갈데라 바이오'는")."""
    if words[i].quote < 0 or words[i].josa or i + 2 >= len(words) or not words[i + 1].punct \
            or words[i + 1].text not in _QUOTES:
        return False
    nxt = words[i + 2]
    return nxt.nominal and not nxt.josa and not nxt.oov and all(t.startswith("NNG") for t in nxt.tags) \
        and not lex.org_head(nxt.stem) and not lex.title(nxt.stem) and not lex.is_org_category(nxt.stem)


def _listed(words: list[Word], j: int) -> bool:
    """Word j, bare, is followed by a comma or '·' and another bare word: the first of a list."""
    return not words[j].josa and j + 2 < len(words) and words[j + 1].punct and words[j + 1].text in (",", "·") \
        and words[j + 2].nominal


def _quoted_alone(words: list[Word], j: int) -> bool:
    """Word j closes a quote that holds one word: "'코믹스타'"."""
    return j >= 2 and words[j].punct and words[j].text in _QUOTES and words[j - 2].punct \
        and words[j - 2].text in _QUOTES and words[j - 1].quote >= 0


def lex_blocks(lex: Lexicon, stem: str) -> bool:
    """Never an organization's name: a common noun, a place, a title, a topic."""
    return lex.is_generic(stem) or lex.is_place(stem) or bool(lex.title(stem)) or is_topic_term(stem)


def sounds_alike(hangul: str, latin: str) -> bool:
    """Could this Hangul word transliterate this Latin word? Their first consonants must be of one sound class
    ("갤러거" is no "Noveth": in "갤러거 노베스로보틱스(Noveth Robotics)" the Hangul name is one word)."""
    h, lat = hangul_skeleton(hangul)[:1], latin_skeleton(latin)[:1]
    return not h or not lat or _SOUND_CLASS.get(h, h) == _SOUND_CLASS.get(lat, lat)


def _after_places(state: ArticleState, lex: Lexicon) -> frozenset[str]:
    """Stems the article writes right after a place name without particle ("미국 X", "경기 X")."""
    out: set[str] = set()
    for sent in state.sents:
        words = sent.words
        for i in range(1, len(words)):
            prev = words[i - 1]
            if prev.nominal and not prev.josa and lex.is_place(prev.stem) and words[i].nominal:
                out.add(words[i].stem)
    return frozenset(out)


def _latin_alias(w: Word) -> tuple[str, ...]:
    """A Latin-script parenthetical that names the organization: "(Tenstorrent)", "(Figure AI)", "(MS)"."""
    p = w.paren
    if p and p.isascii() and any(ch.isalpha() for ch in p) and len(p) <= 40 and (
            p.isupper() or len(p.split()) == 1 or get_lexicon().latin_org(p)):
        return (p,)
    return ()


def fold_short_forms(state: ArticleState) -> None:
    """A name found from context that is another organization of the article without its ending is that
    organization's short form ("진룽 측은" after "진룽반도체", "라움의" after "라움에너지"): one organization.
    A group ("X그룹") is not the short form of its affiliate."""
    lex = get_lexicon()
    for key, rec in list(state.orgs.items()):
        if len(rec.name) < 2 or not is_hangul(rec.name) or lex.known_org(rec.name) or \
                f"{rec.name}그룹" in rec.aliases or rec.kind == "government":
            continue  # ("한빛그룹" and "한빛로보틱스" are a group and its affiliate; "평택시" and "평택시의회" a
            # city and its council)
        longer = [o for o in state.orgs.values() if o is not rec and o.name.startswith(rec.name)
                  and (lex.is_org_ending(rest := o.name[len(rec.name):].removeprefix(" ")) or _spelled_words(o, rec.name)
                       or _clipped_ending(lex, rec.name, o.name))
                  and rest not in _COUNTRY_ARMS]  # (not "X코리아": X's Korean arm is another company)
        # ("넥스트리소 테크놀로지" too, and "크라프트베르크" of "크라프트베르크 로보틱(Kraftwerk Robotik)")
        if len(longer) == 1:
            del state.orgs[key]
            for alias in (rec.name, *rec.aliases):
                if alias != longer[0].name and alias not in longer[0].aliases:
                    longer[0].aliases.append(alias)


_COUNTRY_ARMS = frozenset({"코리아", "재팬", "차이나", "아메리카", "유럽", "인디아", "아시아", "USA"})


def _clipped_ending(lex: Lexicon, short: str, name: str) -> bool:
    """`short` is `name` with its ending clipped to an ending of its own ("온새미로엔터" of "온새미로엔터테인먼트")."""
    rest = name[len(short):]
    return bool(rest) and any(lex.is_org_ending(short[-k:]) and lex.is_org_ending(short[-k:] + rest)
                              for k in range(2, min(len(short), 5)))


def _spelled_words(rec: OrgRec, short: str) -> bool:
    """`short` is the first words of an organization whose Latin alias spells it word for word."""
    words = rec.name.split()
    return len(words) >= 2 and rec.name[len(short):].startswith(" ") and any(
        a.isascii() and len(a.split()) == len(words) for a in rec.aliases)


def collect_org_mentions(state: ArticleState) -> None:
    """Find every mention of the article's organizations, word by word (longest name first), after folding
    short forms into their organizations (`fold_short_forms`)."""
    fold_short_forms(state)
    index = org_index(state)
    if not index:
        state.org_mentions = []
        return
    surfaces = [s for rec in state.orgs.values() for s in (rec.name, *rec.aliases)]
    max_words = max(len(s.split()) for s in surfaces)
    multi_first = {norm_key(s.split()[0]) for s in surfaces if " " in s}
    mentions: list[OrgMention] = []
    text = state.text
    lex = get_lexicon()
    for sent in state.sents:
        if sent.kind == "byline":
            continue
        words = sent.words
        nw = len(words)
        i = 0
        while i < nw:
            w = words[i]
            if not (w.nominal or _bare_verb(w)):
                i += 1
                continue
            key = norm_key(w.stem)
            form = name_form(w)  # (asked once a word: the stem, but for a name Kiwi read as 인 or a bare verb)
            form_key = key if form == w.stem else norm_key(form)
            found = None
            if multi_first and (key in multi_first or form_key in multi_first):  # the longest
                # multi-word name first
                for n in range(min(max_words, nw - i), 1, -1):  # ("구글 딥마인드", "코베인 랩스")
                    span = words[i:i + n]
                    if any(not (x.nominal or _bare_verb(x)) or x.josa and name_form(x) == x.stem or x.paren
                           for x in span[:-1]) \
                            or not span[-1].nominal:
                        continue
                    rec = _lookup(index, norm_key(" ".join([*(name_form(x) for x in span[:-1]), span[-1].stem])))
                    if rec is not None:
                        found = (n, rec)
                        break
            if found is None and not w.nominal:  # (a verb stem only begins a name: "누르 컴퓨트")
                i += 1
                continue
            if found is None and not (w.paren and lex.latin_person(w.paren) and norm_key(w.paren) not in index
                                      and not _headed(lex, words, i)
                                      and not (len(w.stem) >= 4 and lex.has_org_suffix(w.stem))):
                # ("제너럴캐털리스트(General Catalyst) 측과": a company; "아헨공대(RWTH Aachen)": its ending says so)
                rec = _lookup(index, key)
                if rec is None and form != w.stem:  # ("코드라인" read 코드라 + 인)
                    rec = _lookup(index, form_key)
                if rec is None and w.paren and w.paren.isascii():
                    rec = index.get(norm_key(w.paren))
                if rec is not None:
                    found = (1, rec)
            head_of = lex.headed_org(w.stem) if found is None else None
            seat = head_of[0] if head_of else ""
            said = seat if w.stem.startswith(seat) else lex.province_abbreviation(w.stem) or (
                w.stem[:-1] if seat.endswith("위원회") and w.stem.endswith("위원장") else "")  # ("충남지사", "금융위원장")
            if said and (rec := _lookup(index, norm_key(seat))) is not None:
                mentions.append(OrgMention(sent=sent.index, first=i, last=i, start=w.start, end=w.start + len(said),
                                           org=rec.name, surface=said))  # "부산시장": 부산시 is named in its head's title
            if found is None:
                i += 1
                continue
            n, rec = found
            if n == 1:  # "체코 산업통상부 청사에서 … 산업통상부 장관과": the bare name the sentence gave qualified
                rec = next((state.orgs[norm_key(m.org)] for m in reversed(mentions) if m.sent == sent.index
                            and m.org != rec.name and norm_key(m.org) in state.orgs
                            and key in {norm_key(a) for a in state.orgs[norm_key(m.org)].aliases}), rec)
            last = words[i + n - 1]
            end = last.stem_end
            if not last.josa and i + n < nw and (unit := lex.institute_headed(words[i + n].stem)) \
                    and (inst := _lookup(index, norm_key(f"{rec.name} {unit}"))) is not None:
                rec, n, end = inst, n + 1, words[i + n].start + len(unit)  # "LG AI연구원장": LG AI연구원 is named
                last = words[i + n - 1]
            mentions.append(OrgMention(sent=sent.index, first=i, last=i + n - 1, start=w.start, end=end,
                                       org=rec.name, surface=text[w.start:end]))
            if last.paren:
                for alias in _latin_alias(last):
                    if alias != rec.name and alias not in rec.aliases:
                        rec.aliases.append(alias)
            i += n
    # "가우탐 아다니 아다니그룹 회장": a word right before a mention of its own organization ends a person's name
    mentions = [m for k, m in enumerate(mentions) if not (
        k + 1 < len(mentions) and mentions[k + 1].sent == m.sent and mentions[k + 1].first == m.last + 1
        and mentions[k + 1].org == m.org and not state.sents[m.sent].words[m.last].josa)]
    state.org_mentions = mentions
    by_org: dict[str, list[OrgMention]] = {}
    for m in mentions:
        by_org.setdefault(m.org, []).append(m)
    for rec in state.orgs.values():
        rec.mentions = by_org.get(rec.name, [])


def _headed(lex: Lexicon, words: list[Word], i: int) -> bool:
    """Word i, bare, comes before a noun of an organization's places or people ("X 측과", "X 본사")."""
    return not words[i].josa and i + 1 < len(words) and words[i + 1].nominal and bool(lex.org_head(words[i + 1].stem))


def name_form(w: Word) -> str:
    """The word as part of a name: its stem, or the whole word when Kiwi read a name ending in 인 as a noun and
    the copula's adnominal form ("코베인" = 코베 + 이 + ㄴ), or as a verb stem with no ending ("누르 컴퓨트")."""
    return w.text if w.josa == "인" and w.jtags == ("VCP+ETM",) and is_hangul(w.text) or _bare_verb(w) else w.stem


def _bare_verb(w: Word) -> bool:
    """A word Kiwi read as one verb or adjective stem with no ending: only a name's syllables stand so."""
    return len(w.tags) == 1 and w.tags[0] in ("VV", "VA") and len(w.text) >= 2 and is_hangul(w.text)


def _lookup(index: dict[str, OrgRec], key: str) -> OrgRec | None:
    """The organization of a name key, also with a trailing 그룹 ("X그룹" is X)."""
    rec = index.get(key)
    if rec is None and key.endswith("그룹"):
        rec = index.get(key[:-2])
    return rec


def is_hangul_word(w: Word) -> bool:
    """A word whose stem is all Hangul."""
    return is_hangul(w.stem)


__all__ = ["Lexicon", "OrgFinder", "collect_org_mentions", "org_index", "proper_like", "register_org"]


_FUND_ENDINGS = ("펀드", "벤처스", "벤처투자", "캐피털", "캐피탈", "인베스트먼트", "재단")  # a company's own fund or foundation
_NATIONAL = frozenset({"해군", "육군", "공군", "해병대", "해안경비대"})  # a country's own, after its name
_COUNTRY_OF = {"미": "미국", "중": "중국", "일": "일본", "영": "영국", "독": "독일", "프": "프랑스", "러": "러시아",
               "美": "미국", "中": "중국", "日": "일본", "英": "영국", "獨": "독일", "佛": "프랑스", "印": "인도", "인니": "인도네시아"}


def _national_name(written: str, body: str) -> tuple[str, tuple[str, ...]]:
    """A foreign country's body named with the country ("美 상무부" → 미국 상무부) and, when the country was
    abbreviated, the name as written."""
    country = _COUNTRY_OF.get(written, written)
    return f"{country} {body}", ((f"{written} {body}",) if country != written else ())


def qualify_foreign_bodies(state: ArticleState) -> None:
    """A government body written after a foreign country is that country's ("UAE 국방부" is not Korea's 국방부):
    it is named with the country ("인도 전자정보기술부", "美 상무부" → 미국 상무부), the bare name kept as an alias
    (annotators write either; in the graph an alias still joins a node of that name, as the bare name did before).
    People and meetings follow."""
    lex = get_lexicon()
    renamed: dict[str, str] = {}
    for rec in list(state.orgs.values()):
        if rec.kind != "government" and lex.any_org_kind(rec.name) != "government":
            continue
        for m in rec.mentions:
            if m.first == 0:
                continue
            prev = state.sents[m.sent].words[m.first - 1]
            if prev.nominal and not prev.josa and not prev.paren and lex.is_foreign_country(prev.stem):
                renamed[rec.name], aliases = _national_name(prev.stem, rec.name)
                rec.aliases[:0] = [rec.name, *aliases]
                rec.name = renamed[rec.name]
                break
    if not renamed:
        return
    for m in state.org_mentions:
        m.org = renamed.get(m.org, m.org)
    for p in state.people:
        p.affiliations = [(renamed.get(o, o), t) for o, t in p.affiliations]
    for meeting in state.meetings:
        meeting.orgs = [renamed.get(o, o) for o in meeting.orgs]
