"""Component `newsgraph_people`: people from appositions, with their titles and organizations.

Patterns, on the words of a sentence (no punctuation inside, particles only at the end of the phrase):
  NAME [PLACE] [ORG]* TITLE  오하람 누리전자 회장, 피터 린드 마이크로소프트(MS) CEO, 리밍 중국 국무원 총리
  NAME X TITLE               윤하진 한결증권 연구원 (X the organization), 고민재 AI인프라 사장 (X in the title)
  ORG(의) NAME TITLE         한결소프트 남궁민수 대표, 포모사칩의 차이밍위 부회장, 누리전자에서는 백서린 전무가
  [ORG] TITLE(인) NAME       오르빗랩스 CEO 잭 밀러, 창업자이자 CEO인 안나 벡(Anna Beck)
  NAME(Latin Name)           한솔(Han Sol), 잭 밀러(Jack Miller); a Latin-only name: Karl Weber CEO
  A·B TITLE                  서진하·한가람 공동대표 (both)
What can be a name is decided in `ingest.nlp.name_shapes`. A title is a generic title or a word with a title
ending, possibly with a modifier ("DSA 부사장", "북미총괄 사장", "수석연구원"), joined by 겸/이자 ("사장 겸
CEO") or followed by titles in parentheses ("배터리사업부장(부사장)"). Short forms ("이 회장", "린드 CEO",
"다나베 사장", "황 회장") are kept as coreference mentions; a single unknown word before a title that is nobody's
name is an organization ("텐스토렌트 CEO"). Organizations found next to names make the sentences that hold
them read again. Once a person is known, every other occurrence of the name is a mention too.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from ingest.nlp.lexicon import SEAT_TITLES, get_lexicon, is_hangul, norm_key
from ingest.nlp.name_shapes import (
    NAME_LINKS,
    NameShapes,
    _acronym,
    _latin_paren,
    family_keys,
    headline_at,
    latin_words,
    spelled_in_hanja,
    spells_family_name,
)
from ingest.nlp.orgs import (
    MISSIONS,
    collect_org_mentions,
    name_form,
    proper_like,
    register_org,
    sounds_alike,
    university_word,
)
from ingest.nlp.sentences import CLOSE_QUOTES
from ingest.nlp.state import ArticleState, OrgMention, PersonMention, Sent, Word, state_of
from ingest.nlp.topics import is_topic_term

_PAREN_SPLIT = re.compile(r"\s*[·,/]\s*")
_TENSE_MARKS = frozenset({"전", "현", "前", "現"})  # former / current, before an organization or a title
_FROM_ORG = ("에서는", "에서", "에서도", "측에서는")  # "X에서는 NAME TITLE이 배석했다": NAME is of X


@Language.factory("newsgraph_people")
class PeopleFinder(NameShapes):
    """Finds person mentions (see module docstring) and registers organizations met before titles."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.lex = get_lexicon()

    def __call__(self, doc: Doc) -> Doc:
        state = state_of(doc)
        state.standalone = _standalone_stems(state)
        before_titles = list(self._before_titles(state))
        state.short_surnames = self._short_surnames(before_titles)
        state.titled = self._titled(before_titles)
        sents = [s for s in state.sents if s.kind != "byline"]
        known = set(state.orgs)
        mentions, pending = self._scan_all(state, sents)
        if len(state.orgs) > len(known):  # organizations found next to names: read their sentences again
            collect_org_mentions(state)
            new = {rec.name for key, rec in state.orgs.items() if key not in known}
            again = {m.sent for m in state.org_mentions if m.org in new}
            more, more_pending = self._scan_all(state, [s for s in sents if s.index in again])
            mentions = [m for m in mentions if m.sent not in again] + more
            pending = [x for x in pending if x[0].index not in again] + more_pending
        _family_name_after_genitive(state, mentions)
        _family_name_not_org(state, mentions)
        families = _family_names(mentions)  # (of the full names just mended: "에릭 스벤손 … 스벤손 CEO와")
        _family_not_org(state, mentions, families)
        _chair_of_subject(state, mentions)
        known_count = len(state.orgs)
        for sent, a, b, heads, phrase, jtags in pending:
            m = self.short_form(state, sent, a, b, heads, phrase, jtags, families)
            if m:
                mentions.append(m)
        if len(state.orgs) > known_count:
            collect_org_mentions(state)
        if self.coordinated_orgs(state, mentions):
            collect_org_mentions(state)
        mentions = [m for m in mentions if not self._reporter(state, m)]
        mentions.extend(self.repeat_mentions(state, mentions))
        mentions.sort(key=lambda m: (m.sent, m.first))
        state.person_mentions = mentions
        _drop_orgs_in_names(state)
        return doc

    # ------------------------------------------------------------------------------------------------
    def _scan_all(self, state: ArticleState, sents: list[Sent]) -> tuple[list[PersonMention], list]:
        mentions: list[PersonMention] = []
        pending: list[tuple[Sent, int, int, list[str], str, tuple[str, ...]]] = []
        for sent in sents:
            found, left_open = self.scan(state, sent)
            mentions.extend(found)
            pending.extend((sent, a, b, heads, phrase, jt) for a, b, heads, phrase, jt in left_open)
        return mentions, pending

    def scan(self, state: ArticleState, sent: Sent) -> tuple[list[PersonMention], list]:
        """Apposition patterns of one sentence; also title phrases with nothing named before them."""
        words = sent.words
        org_at = _org_words(state, sent)
        found: list[PersonMention] = []
        open_titles = []
        used: set[int] = set()
        i = 0
        while i < len(words):
            t = self.title_phrase(words, i, org_at) if words[i].nominal else None  # (a title phrase starts with a noun)
            if t is None:
                i += 1
                continue
            a, b, heads, phrase = t
            m = None
            if not words[b].plural:
                m = self._left(state, sent, a, b, heads, phrase, org_at, used)
                if m is None:
                    m = self._right(state, sent, a, b, heads, phrase, org_at, used)
            if m is None:
                orgs, first = _orgs_before(words, a, org_at)
                if orgs:
                    m = self._mention(state, sent, first, b, -1, -1, "", heads, phrase, orgs)
                    m.short = "anon"
                elif a > 0 and (a - 1) not in used and (words[a - 1].nominal and len(words[a - 1].josa) <= 2 or (
                        words[a - 1].predicate and is_hangul(words[a - 1].text) and len(words[a - 1].text) <= 4)):
                    open_titles.append((a, b, heads, phrase, words[b].jtags))
            if m is not None:
                found.append(m)
                used.update(range(m.first, m.last + 1))
                for extra in self._co_listed(state, sent, m, org_at, used):
                    found.append(extra)
                    used.update(range(extra.first, extra.last + 1))
                b = max(b, m.last)
            i = b + 1
        for k, w in enumerate(words):  # "부인 김순자씨와": a Korean full name with the honorific 씨
            if len(w.forms) == 2 and w.forms[1] == "씨" and k not in used and w.tags[1] == "NNB" \
                    and len(w.forms[0]) == 3 and self.korean_ok(w, w.forms[0]) and (k - 1) not in org_at:
                m = self._mention(state, sent, k, k, k, k, w.forms[0], [], "", [])
                m.name_end = m.name_start + 3
                found.append(m)
                used.add(k)
        for k, w in enumerate(words):  # "한빛세미텍(대표 박정우)": the organization's head in its parentheses
            m = self._head_in_paren(state, sent, k, org_at) if w.paren and k not in used else None
            if m is not None:
                found.append(m)
                used.add(k)
        for k, w in enumerate(words):  # NAME(Latin Name) with no title around
            if k in used or not w.paren or not self.lex.latin_person(w.paren):
                continue
            if k in org_at or self.lex.known_org(w.stem) and not self.latin_ends_person(w, w.stem):
                continue
            if w.josa == "의" and (k + 1) in used:
                continue  # "인드라인프라(Indra Infra)의 NAME 회장": whose the person named next is
            if not w.josa and k + 1 < len(words) and words[k + 1].nominal and self.lex.org_head(words[k + 1].stem):
                continue  # "제너럴캐털리스트(General Catalyst) 측과", "X(Y Z) 본사": an organization's people or site
            if k > 0 and words[k - 1].nominal and not words[k - 1].josa and self.lex.is_org_category(words[k - 1].stem):
                continue  # "계열사 프리마리텔(Prima Ritel)과": a category noun says it is a company
            pieces = self._pieces_left(words, k, org_at, len(latin_words(w.paren)), state, allow_josa=True)
            if pieces:
                first = pieces[0]
                name = " ".join(self.piece(words[j], last=(j == k)) or words[j].text for j in pieces)
                m = self._mention(state, sent, first, k, first, k, name, [], "", [])
                m.latin = w.paren
                found.append(m)
                used.update(range(first, k + 1))
        for k, w in enumerate(words[:-1]):  # "빌 게이츠가 설립한 테라파워": a founder named with no title
            if w.josa not in ("이", "가") or k in used or k in org_at or not _founded(words[k + 1]):
                continue
            pieces = self._pieces_left(words, k, org_at, 3, state, allow_josa=True)
            if not pieces or any(j in used for j in pieces) or self.lex.known_org(w.stem) or not (
                    len(pieces) >= 2 or len(w.stem) == 3 and self.korean_ok(w, w.stem)):
                continue
            first = pieces[0]
            name = " ".join(self.piece(words[j], last=(j == k)) or words[j].text for j in pieces)
            found.append(self._mention(state, sent, first, k, first, k, name, [], "", []))
            used.update(range(first, k + 1))
        self._split_listed(state, sent, found)
        return found, open_titles

    def _split_listed(self, state: ArticleState, sent: Sent, found: list[PersonMention]) -> None:
        """"A X 대표, B Y 대표, C Z 대표": in a list of Korean names each with an organization, a Korean full name
        read together with the next word ("유하람 다온비전") is that name and its organization."""
        if not any(not m.short and m.orgs and " " not in m.name and is_hangul(m.name) for m in found):
            return
        words = sent.words
        for m in found:
            pieces = m.name.split(" ")
            if m.short or m.orgs or len(pieces) != 2 or len(pieces[0]) != 3 or len(pieces[1]) < 2 or m.latin:
                continue  # ("마르코 비안키(Marco Bianchi)": the Latin spells both words)
            listed = any(o is not m and (o.last + 1 == m.first or o.last + 2 == m.first and words[o.last + 1].punct)
                         for o in found)  # right after another person of the list
            k = next((i for i, w in enumerate(words) if w.start == m.name_start), -1)
            if not listed or k < 0 or k + 1 >= len(words) or not self.korean_ok(words[k], pieces[0]) \
                    or words[k + 1].stem != pieces[1] or not self.org_like(words[k + 1]):
                continue
            rec = register_org(state, pieces[1])
            m.name, m.orgs = pieces[0], [rec.name]
            m.name_end = words[k].start + len(pieces[0])

    def title_phrase(self, words: list[Word], i: int, org_at: dict[int, str]) -> tuple[int, int, list[str], str] | None:
        """A title phrase starting at word i: (first, last, head titles, whole phrase) or None."""
        lex = self.lex
        w = words[i]
        if not w.nominal or i in org_at:
            return None
        a = i
        head = lex.title(w.stem)
        modifier = False
        if head is None and i + 1 < len(words) and not w.josa and not w.paren and words[i + 1].nominal:
            nxt = lex.title(words[i + 1].stem)
            if nxt and (lex.is_title_modifier(w.stem) or _acronym(w.stem) and not lex.known_org(w.stem)):
                i += 1
                w = words[i]
                head = nxt
                modifier = True
        if head is None and w.stem in _SEAT_HEADS and i > 0 and (i - 1) not in org_at and (
                lex.is_surname(words[i - 1].text) or len(words[i - 1].text) == 3 and not words[i - 1].josa
                and proper_like(words[i - 1]) and self.korean_ok(words[i - 1], words[i - 1].text)
                and (lex.is_common_surname(words[i - 1].text[0]) or not words[i - 1].oov
                     or lex.is_surname(words[i - 1].text[0]) and any(
                         x.nominal and lex.local_government(x.stem) for x in words))):  # ("강원도는 염태식 지사가")
            head = w.stem  # "김 지사", "오 시장", "포항시 이강덕 시장": a local government's head after a surname or
            # a Korean name Kiwi reads as a proper noun ("AI 시장", "가속기 시장": markets)
        if head is None and w.stem == "Chief":
            j = i
            while j + 1 < len(words) and j - i < 3 and words[j + 1].nominal and words[j + 1].stem.isascii() \
                    and not words[j].josa:
                j += 1
            head = " ".join(x.stem for x in words[i:j + 1])
            i = j
            w = words[i]
        if head is None:
            return None
        if w.stem in _ADVERB_TITLES and (a == 0 or words[a - 1].josa or words[a - 1].predicate or words[a - 1].punct):
            return None  # "백 회장은 대신 이튿날 …": "instead", not a Japanese minister ("경제산업 대신")
        heads = [head]
        heads.extend(_paren_titles(lex, w.paren))
        h0 = i
        while True:
            w = words[i]
            if w.josa == "" and (not w.paren or _paren_titles(lex, w.paren)) and not w.plural and i + 1 < len(words) \
                    and words[i + 1].nominal and lex.title(words[i + 1].stem) and (i + 1) not in org_at:
                # ("재무총괄(CFO) 부사장": a title spelled out in parentheses, then the rank)
                heads.append(lex.title(words[i + 1].stem) or "")
                i += 1
                continue
            if w.josa == "" and i + 2 < len(words) and words[i + 1].stem == "겸" and words[i + 2].nominal:
                nxt = lex.title(words[i + 2].stem)
                if nxt:
                    heads.append(nxt)
                    i += 2
                    continue
                if (i + 2) in org_at and not words[i + 2].josa and i + 3 < len(words) and words[i + 3].nominal \
                        and lex.title(words[i + 3].stem):
                    heads.append(lex.title(words[i + 3].stem) or "")  # "부총리 겸 과학기술정보통신부 장관": the
                    i += 3  # second title's organization is part of the phrase, no side of its own
                    continue
            if w.josa == "" and i + 1 < len(words) and words[i + 1].stem in _ACTING:
                heads[-1] = f"{heads[-1]} {words[i + 1].stem}"  # "DX부문장 직무대행", "사장 내정자": not the title itself
                i += 1
                continue
            if w.josa == "이자" and i + 1 < len(words) and words[i + 1].nominal:
                nxt = lex.title(words[i + 1].stem)
                if nxt:
                    heads.append(nxt)
                    i += 1
                    continue
            break
        for x in words[h0 + 1:i + 1]:
            heads.extend(_paren_titles(lex, x.paren))  # "… 겸 MX사업부장(사장)": the later titles' own
        if modifier and words[a].stem in _DIVISION_WORDS and a > 0 and (a - 1) not in org_at:
            prev = words[a - 1]  # "ORG 스트리밍 부문 사장": the division's name is part of the title, no name
            if prev.nominal and not prev.josa and not prev.paren and not prev.multi and not lex.title(prev.stem):
                a -= 1
                first = words[a - 1] if a >= 2 else None  # "ORG 애저 인프라 부문 부사장": two words up to the ORG
                if first is not None and (a - 1) not in org_at and (a - 2) in org_at and first.nominal \
                        and not first.josa and not first.paren and not first.multi and not lex.title(first.stem):
                    a -= 1
        region = a
        while region >= 3 and words[region - 2].text == "·" and _bare_place(lex, words[region - 1]) \
                and _bare_place(lex, words[region - 3]):
            region -= 2  # "아시아·태평양 총괄", "북미·유럽 총괄": the regions a title covers are part of it
        if region < a and (region - 1) not in org_at:
            heads.insert(0, "·".join(x.stem for x in words[region:a] if not x.punct) + " " + heads[0])
            a = region
        phrase = " ".join(lex.title(x.stem) or x.stem for n, x in enumerate(words[a:i + 1], a)
                          if x.stem != "겸" and n not in org_at and not x.punct)  # ("…부문장인": the title's own form)
        if modifier:
            heads.insert(0, " ".join(x.stem for x in words[a:i + 1] if x.stem != "겸" and not lex.title(x.stem))
                         + f" {head}")
        return a, i, list(dict.fromkeys(heads)), phrase

    # name pieces ---------------------------------------------------------------------------------

    # patterns ------------------------------------------------------------------------------------
    def _left(self, state: ArticleState, sent: Sent, a: int, b: int, heads: list[str], phrase: str,
              org_at: dict[int, str], used: set[int]) -> PersonMention | None:
        """NAME [ORG] TITLE: the name before the title. "NAME ORG AI 인프라 사장": one or two common nouns between
        organization and title may be a unit of the organization; that reading is tried first, and when no
        name stands before the organization the words are read without it ("ORG 이남희 COO": Kiwi's 이남 + 희
        is the name, not a unit)."""
        words = sent.words
        orgs, k = _orgs_before(words, a, org_at)
        if not orgs:
            for d in (a - 1, a - 2, a - 3, a - 4, a - 5):  # ("ORG 생성형 AI 파트너십 디렉터", "PIF 기술·혁신투자 총괄")
                if d >= 1 and (d - 1) in org_at and not words[d - 1].josa \
                        and all(x not in org_at and (_unit_word(words[x]) or _unit_dot(words, x, d, a))
                                for x in range(d, a)) and a - d - 2 * sum(words[x].punct for x in range(d, a)) <= 3:
                    unit_orgs, unit_k = _orgs_before(words, d, org_at)
                    unit = "".join(words[x].stem + (" " if words[x].space_after and x + 1 < a else "")
                                   for x in range(d, a))
                    unit_heads = [f"{unit}{'' if unit.endswith('·') else ' '}{heads[0]}", *heads]
                    m = self._left_of(state, sent, a, b, unit_heads, phrase, org_at, used, unit_orgs, unit_k)
                    if m is not None:
                        return m
                    break
        return self._left_of(state, sent, a, b, heads, phrase, org_at, used, orgs, k)

    def _left_of(self, state: ArticleState, sent: Sent, a: int, b: int, heads: list[str], phrase: str,
                 org_at: dict[int, str], used: set[int], orgs: list[str], k: int) -> PersonMention | None:
        """`_left` given the organizations said before the title and the first word of them (k)."""
        words = sent.words
        k -= 1
        if k > 0 and words[k].text in _TENSE_MARKS and k not in used:  # "NAME 전 [ORG] 장관": a former title
            heads = [f"{words[k].text} {heads[0]}", *heads]
            k -= 1
        if orgs and k > 0 and k not in used and self._place_like(words[k]):
            k -= 1  # "NAME 중국 ORG 총리": the place of the organization
        if k < 0 or k in used or words[k].punct:
            return None
        if not orgs and self._spelled_then_org_pair(words, k, org_at, used):  # "세드릭 나이케(Cedrik Neike) 지멘스
            unit_heads = [f"{words[k].stem} {heads[0]}", *heads]  # 디지털인더스트리 CEO": the name is spelled, then
            return self._left_of(state, sent, a, b, unit_heads, phrase, org_at, used, [org_at[k - 1]], k - 1)
            # the organization and the unit the title heads (a unit's name reads like a company's: the wider one)
        paren = words[k].paren
        limit = len(latin_words(paren)) if paren and self.lex.latin_person(paren) else 3
        if self._place_between(words, k, org_at, used) and not (
                words[k - 1].stem in NAME_LINKS and not self.lex.is_place(words[k].stem)):  # ("무함마드 빈 살만")
            pieces = []  # "NAME 중국 X 총리": X after a place is the organization, the name comes before the place
        else:
            pieces = self._pieces_left(words, k, org_at, limit, state)
            if pieces == [k] and self._short_named_before(state, words, k, org_at, used):
                pieces = []  # "오하람 라온넷 대표 … 오 대표는": the name before, the organization here
            if pieces == [k] and k > 0 and not words[k - 1].josa and words[k - 1].paren \
                    and (self.lex.latin_person(words[k - 1].paren) or spelled_in_hanja(words[k - 1])):
                pieces = []  # "잭 탄(Jack Tan) 노바칩 CEO", "사카모토 료헤이(坂本亮平) 하루텔 CEO": after a name spelled
                # out, the word is its organization
        if not pieces and self._after_org(state, words, k, org_at):
            pieces = [k]  # "포모사칩의 차이밍위 부회장": after its organization, one word is a name of any shape
        if not pieces and orgs and k not in used and self.short_korean_name(state, words[k]):
            pieces = [k]  # "진솔 한빛전자 대표": a two-syllable Korean name Kiwi knows as a word, before an organization
        if not pieces and orgs and self._one_word_name(words[k]):
            pieces = [k]  # "왕리밍 포모사그룹 동사장": before an organization and a title, one word of any shape
        if not pieces and not orgs and self._state_title(heads) and self._one_word_name(words[k]) and words[k].oov \
                and not self.lex.has_org_suffix(words[k].stem) \
                and not any(self.lex.org_kind(words[k].stem, h) for h in heads) \
                and not (k > 0 and (k - 1) not in used and self._pieces_left(words, k - 1, org_at, 3, state)):
            pieces = [k]  # "팜민찐 총리": an unknown word before a title of state is a name, not a company (not
            # after a name: "프리야 나이르(Priya Nair) 타밀나두주 산업장관" is the state's minister)
        if not pieces and (orgs or (k - 1) in org_at and words[k - 1].josa in ("", "의")
                           or self.lex.headed_org(heads[0])) and self.cut_korean_name(state, words[k]):
            pieces = [k]  # "지성은 ORG 연구원", "ORG 연중의 창업자", "박은채 X협회장": a Korean name Kiwi read as a word
            # + particle (or a verb)
        if not pieces and orgs and _subject_misread(words, k):
            pieces = self._pieces_left(words, k, org_at, limit, state, glued=True)  # "루카스 오르테가 ORG 부사장"
        by_place = False  # "NAME 베트남 장관": the title is of a country, no organization follows the name
        if not pieces:  # NAME [PLACE] X TITLE: X is the person's organization or part of the title
            j = k - 1 if k > 0 and self._place_like(words[k - 1]) else k
            pieces = self._pieces_left(words, j - 1, org_at, 3, state) if (j - 1) not in used else []
            if not pieces and j - 1 >= 0 and (j - 1) not in used \
                    and _subject_misread(words, j - 1):
                pieces = self._pieces_left(words, j - 1, org_at, 3, state, glued=True)
                # "루카스 오르테가 코베인 부사장이": a name ending in 가 or 이 that Kiwi read as a subject
                # particle, before an organization and a title
            if not pieces and j - 1 >= 0 and (j - 1) not in used and self._one_word_name(words[j - 1]) and (
                    j < k or self.lex.is_place(words[k].stem) and self._state_title(heads)):
                pieces = [j - 1]  # "리밍 중국 국무원 총리", "팜민찐 베트남 총리"
            if not pieces or not self._middle_ok(words[k]):
                return None
            middle = words[k]
            placed = j < k  # a place between the name and this word
            by_place = (self.lex.is_place(middle.stem) or self.lex.is_posting(middle.stem)) \
                and not self.lex.is_local_government(middle.stem)
            # ("정두원 주폴란드 대사": posted in a country, part of the title)
            kind = next((kd for h in heads if (kd := self.lex.org_kind(middle.stem, h))), None)
            division = self.lex.is_title_modifier(words[a].stem) and not self.lex.known_org(middle.stem) \
                and not university_word(self.lex, middle) \
                and not (self.lex.has_org_suffix(middle.stem) and (proper_like(middle) or len(middle.forms) > 2)
                         and not self.lex.is_generic(self.lex.org_stem(middle.stem)))
            # (a name with an organization's ending is the organization: "오세린 청솔금융지주 재무총괄 부사장")
            spelled = bool(words[pieces[-1]].paren) and self.lex.latin_person(words[pieces[-1]].paren)
            if self.lex.is_local_government(middle.stem):
                kind, division = "government", False  # "남궁민재 경상남도 행정부지사": the province is the organization
            if not division and not by_place and (
                    self.org_like(middle) or kind or _acronym(middle.paren) or (
                    (spelled or placed) and proper_like(middle))
                    or spelled and _compound_name(middle) and heads[-1] in _TOP_TITLES
                    or spelled and bool(_latin_paren(middle)) and middle.paren[:1].isupper()
                    and sounds_alike(middle.stem, middle.paren)):
                # ("한스 뢰버(Hans Löber) 오토링크 CEO": the name ends there; "한스 뢰버 독일 오토링크 CEO": a place
                # qualifies an organization; "… 비자(Visa) CEO": a word Kiwi knows, spelled as a name)
                before_middle = words[j].stem if placed else ""  # (the place word skipped before the middle one)
                posting = before_middle if middle.stem.endswith(MISSIONS) and (
                    before_middle == "주한" or self.lex.is_posting(before_middle)) else ""
                rec = register_org(state, f"{posting} {middle.stem}" if posting else middle.stem,
                                   kind=kind or "company", aliases=_latin_paren(middle))  # ("주한 EU대표부 대사")
                orgs = [rec.name, *orgs]
            else:
                heads = [f"{middle.stem} {heads[0]}", *heads]
        last_word = words[pieces[-1]]
        first_word = words[pieces[0]]
        first_stem = first_word.stem
        korean_first = self.korean_ok(first_word, first_stem) and (
            len(first_stem) == 3 and self.lex.is_common_surname(first_stem[:1])
            or len(first_stem) == 3 and first_word.oov and self.lex.is_surname(first_stem[:1])
            and self.lex.korean_given(first_stem[1:])
            or len(first_stem) == 4 and self.lex.is_surname(first_stem[:2]))
        # ("선우하린"; "민경태": a rarer surname and a given name's syllables, a word Kiwi does not know, where it
        # knows foreign given names: "마리아 로페즈")
        unknown_pair = not self.lex.korean_full_name(last_word.stem) and (
            (first_word.oov or len(first_word.tags) > 1) and last_word.oov and len(last_word.stem) >= 3
            or len(first_stem) == 3 and self.lex.korean_given(first_stem[1:]) and len(last_word.stem) >= 2
            and state.text.count(last_word.stem) == state.text.count(f"{first_stem} {last_word.stem}")
            and not self._after_org(state, words, pieces[0], org_at))
        # ("정수아 리걸마인드", "김민준 누리텍": a given name's syllables, then a company's name Kiwi may know or not;
        # not a word the article says apart, as a family name: "이리나 샤예크 … 샤예크 대표는", nor after the
        # person's organization: "니혼기어의 이나다 겐타 부사장")
        spelled_org = bool(last_word.paren) and last_word.paren.isascii() and " " not in last_word.paren.strip() \
            and not self.lex.latin_person(last_word.paren)  # "서동욱 로보웨이브(RoboWave) 대표": a company's spelling
        if len(pieces) == 2 and not orgs and korean_first and self.lex.title_kind(heads[-1]) != "government" \
                and (not last_word.paren and (last_word.stem in state.standalone or unknown_pair) or spelled_org):
            rec = register_org(state, last_word.stem, aliases=(last_word.paren,) if spelled_org else ())
            # "서다온 마이크로닉스 대표 … 마이크로닉스에": name, org;
            orgs = [rec.name]  # so is "윤채린 딥하모닉스 대표": a Korean name Kiwi does not know, then an unknown
            pieces = pieces[:1]  # word (Kiwi knows foreign given names: "이사벨 하르트만", "조나단 스미스")
        kind = next((kd for h in heads if (kd := self.lex.org_kind(last_word.stem, h))), None) \
            if len(pieces) >= 2 and not orgs else None
        latin = latin_words(last_word.paren) if last_word.paren and self.lex.latin_person(last_word.paren) else []
        if len(pieces) >= 2 and not orgs and not by_place and last_word.nominal and len(latin) != len(pieces) \
                and not (len(latin) > 3 and self.latin_ends_person(last_word, last_word.stem)) \
                and words[pieces[-2]].text not in NAME_LINKS and (  # ("하마드 알 만수리": the name goes on)
                kind or self.lex.has_org_suffix(last_word.stem) or (
                len(pieces) == 3 and len(last_word.stem) >= 2 and (not self.lex.korean_name_shape(last_word.stem)
                                      or words[pieces[1]].stem in state.titled
                                      or last_word.oov and len(last_word.stem) >= 3
                                      and len(words[pieces[0]].stem) >= 2))):
            # "파비안 피셔 노르빅 회장": a third piece Kiwi does not know after a two-word foreign name is the
            # company (so is one whose second piece the article uses alone before a title: "피셔 회장은")
            rec = register_org(state, last_word.stem, kind=kind or "company")  # "NAME NAME 상무부 장관"
            orgs = [rec.name]
            pieces = pieces[:-1]
        if any(words[j].josa and (self.lex.title(words[j].stem) or words[j].stem in _SEAT_HEADS) for j in pieces) \
                or words[pieces[-1]].josa == "의" and words[pieces[-1]].paren:
            return None  # ("오 지사는 르노 CEO와의 회동에 앞서": a surname and a title, then the subject's particle;
            # "리옹 뉴럴(Lyon Neural)의 CEO 카미유 마르탱": a spelled-out word's genitive before the title is an
            # organization's (a Korean name ending in 의, "한원의", is Kiwi's cut))
        name = " ".join(self.piece(words[j]) or words[j].text for j in pieces)
        first = pieces[0]

        def free(i: int) -> Word | None:
            """Word i, unless it is out of the sentence, an organization's or already used."""
            return words[i] if i >= 0 and i not in org_at and i not in used else None

        before = free(first - 1)
        if before is not None and not orgs and _department(before):
            heads = [f"{before.stem} {heads[0]}", *heads]  # "KAIST 기계공학과 NAME 교수": the department goes with
            first -= 1  # the title, the organization comes before it
            before = free(first - 1)
        if before is not None and not orgs and _closes_quoted_genitive(words, first - 1) and (first - 2) not in used:
            first -= 1  # "'로보링크(Robolink)'의 NAME 대표": the quoted organization, its genitive after the quote
            before = free(first - 1)
        korean = len(pieces) == 1 and self.korean_ok(words[pieces[0]], words[pieces[0]].stem)
        org_name = self.names_org(state, before, heads, korean=korean) if before is not None and not orgs else None
        if org_name and self.lex.is_org_ending(org_name) and first >= 2 and words[first - 2].nominal \
                and not words[first - 2].josa and (first - 2) not in used:  # "인피니언 테크놀로지스(…)의 NAME CEO"
            prior = words[first - 2]
            org_name = prior.stem if self.lex.known_org(prior.stem) else f"{prior.stem} {org_name}"
            first -= 1
        if org_name:
            rec = register_org(state, org_name, aliases=_latin_paren(before))  # "X(의) NAME TITLE"
            orgs = [rec.name]
            first -= 1
        prior = words[first - 1] if first > 0 else None  # ("코드라인 NAME CTO": 코드라 + 인 is the name's word)
        if prior is not None and (first - 1) in org_at and (prior.josa in ("", "의") or name_form(prior) != prior.stem
                                                            or not orgs and prior.josa in _FROM_ORG) \
                and (first - 1) not in used:
            org_first = first - 1
            while org_first - 1 in org_at and org_at[org_first - 1] == org_at[first - 1]:
                org_first -= 1
            orgs = [org_at[first - 1], *orgs]
            first = org_first
        m = self._mention(state, sent, first, b, pieces[0], pieces[-1], name, heads, phrase, orgs)
        if words[pieces[-1]].paren and self.lex.latin_person(words[pieces[-1]].paren):
            m.latin = words[pieces[-1]].paren
        return m

    def _short_named_before(self, state: ArticleState, words: list[Word], k: int, org_at: dict[int, str],
                            used: set[int]) -> bool:
        """Word k, shaped like a name but not a Korean one ("라온넷"), follows a Korean full name whose surname the
        article uses in a short form ("오하람", "오 대표"): that name is the person's, word k its organization."""
        if k < 1 or (k - 1) in used or (k - 1) in org_at:
            return False
        before, w = words[k - 1], words[k]
        short = state.short_surnames
        return before.nominal and not before.josa and not before.paren and not w.paren \
            and self.lex.korean_full_name(before.stem) and not self.lex.korean_full_name(w.stem) \
            and (before.stem[:1] in short or before.stem[:2] in short)

    def _spelled_then_org_pair(self, words: list[Word], k: int, org_at: dict[int, str], used: set[int]) -> bool:
        """Word k, a bare proper noun, follows a known organization's bare word that follows a name spelled in Latin:
        the organization and its unit, not a one-word name ("… 나이케(Cedrik Neike) 지멘스 디지털인더스트리 CEO")."""
        if k < 2 or k in org_at or (k - 1) not in org_at or k - 1 in used or k - 2 in used:
            return False
        w, org, name = words[k], words[k - 1], words[k - 2]
        return not w.josa and not w.paren and proper_like(w) and is_hangul(w.stem) and not org.josa \
            and not org.paren and bool(name.paren) and not name.josa and self.lex.latin_person(name.paren) \
            and (k - 2) not in org_at

    def _state_title(self, heads: list[str]) -> bool:
        """A title of government ("총리", "장관", "서기장"): companies have none."""
        return self.lex.title_kind(heads[-1]) == "government"

    def _before_titles(self, state: ArticleState) -> Iterator[Word]:
        """Words said alone (no particle) right before a title, in every sentence."""
        for sent in state.sents:
            words = sent.words
            for i in range(len(words) - 1):
                if not words[i].josa and self.lex.title(words[i + 1].stem):
                    yield words[i]

    def _short_surnames(self, before_titles: list[Word]) -> frozenset[str]:
        """Surnames the article uses in a short form ("장 대표", "독고 회장"), of the words `_before_titles`."""
        return frozenset(w.text for w in before_titles if w.text in self.lex.surnames)

    def _titled(self, before_titles: list[Word]) -> frozenset[str]:
        """Words (no surname) said alone right before a title ("피셔 회장은"), of the words `_before_titles`: family
        names in short forms."""
        return frozenset(w.stem for w in before_titles if w.nominal and w.text not in self.lex.surnames)

    def _co_listed(self, state: ArticleState, sent: Sent, m: PersonMention, org_at: dict[int, str],
                   used: set[int]) -> list[PersonMention]:
        """Korean names listed before a name with '·' or ',' share its title ("A·B 공동대표") and its
        organization, said before the first of them ("누리소프트의 A·B 공동대표"). In a headline the comma ends the
        subject ("구광모, 팜민찐 총리와 재회"): only '·' lists there."""
        words = sent.words
        if not m.name:
            return []  # "신동빈, 골드만삭스 CEO와": the title of an unnamed person is no one else's
        k = next((i for i in range(m.first, m.last + 1) if words[i].start == m.name_start), -1)
        out: list[PersonMention] = []
        listing = ("·",) if sent.kind == "headline" else ("·", ",")  # a headline's comma ends its subject
        while k >= 2 and words[k - 1].punct and words[k - 1].text in listing and (k - 2) not in used:
            w = words[k - 2]
            s = self.piece(w, last=False)
            if s is None or w.josa or w.paren or not self.korean_ok(w, s):
                break
            out.append(self._mention(state, sent, k - 2, k - 2, k - 2, k - 2, s, m.titles[:1], "", m.orgs))
            k -= 2
        if out and not m.orgs and k > 0 and (k - 1) not in used:
            org = org_at.get(k - 1) if words[k - 1].josa in ("", "의") else None
            org = org or self.names_org(state, words[k - 1])
            if org:
                rec = register_org(state, org)
                for x in (m, *out):
                    x.orgs = [rec.name]
        return out

    def _place_between(self, words: list[Word], k: int, org_at: dict[int, str], used: set[int]) -> bool:
        """Word k comes after a place that comes after a name: "리밍 중국 국무원 총리"."""
        if k < 2 or (k - 2) in used or not self._place_like(words[k - 1]) or k in org_at:
            return False
        return (bool(self._pieces_left(words, k - 2, org_at, 3)) or self._one_word_name(words[k - 2])) \
            and self._middle_ok(words[k])

    def _right(self, state: ArticleState, sent: Sent, a: int, b: int, heads: list[str], phrase: str,
               org_at: dict[int, str], used: set[int]) -> PersonMention | None:
        words = sent.words
        if words[b].josa not in ("", "인") or b + 1 >= len(words):
            return None
        pieces: list[int] = []
        glued: set[int] = set()  # words whose "particle" is the end of a given name ("마+야 하르트만")
        j = b + 1
        while j < len(words) and len(pieces) < 3 and j not in org_at:
            w = words[j]
            s = self.piece(w, last=True)
            if _vocative_misread(w) and j + 1 < len(words) and (j + 1) not in org_at and words[j + 1].nominal \
                    and proper_like(words[j + 1]):
                s = w.text
                glued.add(j)
            if s is None or not (self.foreign_ok(w, s) or self.korean_ok(w, s)) or w.josa in ("서", "에서") \
                    or headline_at(w):
                break  # ("주일대사 초청 만찬서", "APEC CEO 서밋서": a place said the headline's way, no name)
            pieces.append(j)
            if w.josa and j not in glued or w.paren or not w.space_after:
                break
            j += 1
        if not pieces or (len(pieces) == 1 or not self._one_word_name(words[pieces[0]])) \
                and self.lex.is_place(words[pieces[0]].stem.removesuffix("서")):
            return None  # "양사 CEO 서울서 협약": a place after a title names nobody
        last = words[pieces[-1]]
        if len(pieces) == 1:
            s = self.piece(last, last=True) or ""
            if not (self.korean_ok(last, s) or last.multi or (last.paren and self.lex.latin_person(last.paren))):
                return None
        elif not any(proper_like(words[x]) or words[x].multi for x in pieces):
            return None
        orgs, first = _orgs_before(words, a, org_at)
        g = a - 2 if a >= 2 and _closing_quote(words[a - 1]) else a - 1  # ("'코믹스타'의 창업자")
        if not orgs and g >= 0 and words[g].nominal and words[g].josa in ("에서", "에서는", "의") and g in org_at:
            orgs = [org_at[g]]
        if not orgs and g == a - 1 and g >= 0 and g not in used and self.lex.title_kind(heads[0]) == "corporate" \
                and (org := self.names_org(state, words[g], heads)) and words[g].oov and not self.lex.is_org_ending(org):
            orgs, first = [register_org(state, org).name], g  # "코드라인 공동창업자인 NAME CTO": a word Kiwi does
            # not know before a company's title and a name is the company (not an ending alone: "코베인 랩스")
        name = " ".join(words[x].text if x in glued else self.piece(words[x], last=(x == pieces[-1])) or ""
                        for x in pieces)
        end = pieces[-1]
        if not last.josa and end + 1 < len(words):
            t = self.title_phrase(words, end + 1, org_at)
            if t is not None:
                end = t[1]
                heads = heads + [h for h in t[2] if h not in heads]
        m = self._mention(state, sent, first, end, pieces[0], pieces[-1], name, heads, phrase, orgs)
        if last.paren and self.lex.latin_person(last.paren):
            m.latin = last.paren
        return m

    def short_form(self, state: ArticleState, sent: Sent, a: int, b: int, heads: list[str], phrase: str,
                   jtags: tuple[str, ...], families: dict[str, str]) -> PersonMention | None:
        """A title after one unexplained word: "이 회장" (surname), "린드 CEO" (family name) or "X CEO".

        The word is read by its letters when Kiwi took it for a verb ("X CEO" with X read as a verb stem + ㄹ).
        """
        words = sent.words
        w = words[a - 1]
        lex = self.lex
        surface = w.stem if w.nominal else w.text
        if lex.is_surname(surface) and not w.paren:
            m = self._mention(state, sent, a - 1, b, a - 1, a - 1, surface, heads, phrase, [])
            m.short = "surname"
            return m
        first = a - 1
        if w.josa:  # only a family name Kiwi cut ("토로 장관": 토 + 로, a particle) is read with its last syllable
            if norm_key(w.text) not in families and not (
                    a >= 2 and not words[a - 2].josa and norm_key(words[a - 2].text + w.text) in families):
                return None
            surface = w.text
        if a >= 2 and not words[a - 2].josa and norm_key(words[a - 2].text + surface) in families \
                and norm_key(words[a - 2].text + surface) != norm_key(surface):
            first, surface = a - 2, f"{words[a - 2].text} {surface}"  # "델 토로 장관"
        key = norm_key(surface)
        if key in families:
            full = families[key]
            m = self._mention(state, sent, first, b, first, a - 1, surface, heads, phrase, [])
            if norm_key(full) == key:  # the full one-word name, seen elsewhere as a person ("황위밍 회장")
                m.name = full
            else:
                m.short = "family"
            return m
        if not w.nominal:
            return None
        if lex.title_kind(heads[0]) == "corporate" and not lex.is_generic(w.stem) and not lex.is_place(w.stem) \
                and not w.stem[0].isdigit() and not lex.is_org_category(w.stem) and not lex.is_sector(w.stem) \
                and not lex.is_descent(w.stem) \
                and (proper_like(w) or len(w.tags) > 1) and not lex.title(w.stem) and len(w.stem) >= 2 \
                and not all(t == "NNG" for t in w.tags) \
                and not (a >= 2 and not words[a - 2].josa and (a - 2) in _org_words(state, sent)
                         and (self.lex.is_org_ending(w.stem) or _latin_unit(w.stem))):
            # "엔비디아 로보틱스 총괄", "SK하이닉스 AI인프라 사장": a unit of the company
            rec = register_org(state, w.stem, aliases=(w.paren,) if w.paren and w.paren.isascii() else ())
            m = self._mention(state, sent, a - 1, b, -1, -1, "", heads, phrase, [rec.name])
            m.short = "anon"
            return m
        return None

    def coordinated_orgs(self, state: ArticleState, mentions: list[PersonMention]) -> bool:
        """A proper noun listed with an organization ("지난 4월 X, 이달 초에는 Y CEO와") is one too."""
        added = False
        taken = {(m.sent, i) for m in mentions for i in range(m.first, m.last + 1)}
        people = {norm_key(m.name) for m in mentions if m.name and not m.short}
        for om in list(state.org_mentions):
            sent = state.sents[om.sent]
            words = sent.words
            spans = [(d.start, d.end) for d in state.dates if d.sent == sent.index]
            j = om.first - 1
            saw_sep = False
            while j >= 0:
                w = words[j]
                if w.punct and w.text in (",", "·"):
                    saw_sep = True
                elif any(a <= w.start and w.stem_end <= b for a, b in spans) or w.nominal and not w.josa and self.lex.is_place(w.stem):
                    pass
                else:
                    break
                j -= 1
            if j < 0:
                continue
            w = words[j]
            if not saw_sep and not (w.josa in ("와", "과") and self._met_as_whole(words, om.last)):
                continue  # ("X와 Y 경영진을 잇따라 만났다": X is listed with Y, met as a whole)
            if (sent.index, j) in taken or not w.nominal or w.josa not in ("", "와", "과") or w.paren:
                continue
            if sent.kind == "headline" and all(x.punct for x in words[:j]):
                continue  # "곽노정, 엔비디아 경영진과 논의": a headline's subject, set off by a comma
            lex = self.lex
            if (proper_like(w) and len(w.stem) >= 2 and not lex.is_place(w.stem) and not lex.is_generic(w.stem)
                    and not lex.title(w.stem) and not is_topic_term(w.stem) and not lex.known_org(w.stem)
                    and norm_key(w.stem) not in people
                    and norm_key(w.stem) not in state.orgs):
                register_org(state, w.stem)
                added = True
        return added

    def _met_as_whole(self, words: list[Word], last: int) -> bool:
        """The organization ending at word `last` is named with its people ("Y 경영진을", "Y CEO와")."""
        nxt = words[last + 1] if last + 1 < len(words) else None
        return nxt is not None and nxt.nominal and bool(nxt.josa) and (
            self.lex.org_head(nxt.stem) == "people" or bool(self.lex.title(nxt.stem)))

    def _head_in_paren(self, state: ArticleState, sent: Sent, k: int, org_at: dict[int, str]) -> PersonMention | None:
        """"ORG(대표 NAME)": the person who heads the organization, named in its parentheses."""
        w = sent.words[k]
        found = _HEAD_PAREN.match(w.paren) if w.paren else None
        if found is None or not self.lex.title(found.group(1)) or not w.nominal:
            return None
        name = found.group(2)
        if not self.lex.korean_name_shape(name) or self.lex.known_org(name) or self.lex.is_generic(name):
            return None
        if k in org_at:
            org = org_at[k]
        elif self.org_like(w):
            org = register_org(state, w.stem).name
        else:
            return None
        start = w.paren_start + found.start(2)
        return PersonMention(sent=sent.index, first=k, last=k, name_start=start, name_end=start + len(name),
                             name=name, titles=[found.group(1)], orgs=[_canon(state, org)],
                             surface=state.text[w.start:w.end], josa=w.josa, jtags=w.jtags)

    def _mention(self, state: ArticleState, sent: Sent, first: int, last: int, name_first: int, name_last: int,
                 name: str, heads: list[str], phrase: str, orgs: list[str]) -> PersonMention:
        words = sent.words
        if name_first >= 0:
            nf, nl = words[name_first], words[name_last]
            name_start = nf.start
            name_end = nl.stem_end if nl.josa and nl.stem and name.endswith(nl.stem) else \
                nl.start + len(self.piece(nl, last=True) or nl.stem or nl.text)
        else:
            name_start, name_end = words[first].start, words[last].stem_end
        if orgs and heads and (unit := self.lex.institute_headed(heads[0])):
            orgs = [*orgs[:-1], register_org(state, f"{orgs[-1]} {unit}", kind="institution").name]
            # "LG AI연구원장": the head of the group's institute (LG AI연구원)
        if not orgs and heads and (headed := self.lex.headed_org(heads[0])):
            province = self.lex.province_abbreviation(heads[0])
            orgs = [register_org(state, headed[0], kind=headed[1],  # "부산시장" works for 부산시
                                 aliases=(f"{province}도", province) if province else ()).name]
        end_word = words[last]
        titles = list(heads)
        if phrase and phrase not in titles:
            titles.append(phrase)
        return PersonMention(sent=sent.index, first=first, last=last, name_start=name_start, name_end=name_end,
                             name=name, titles=titles, orgs=[_canon(state, o) for o in orgs],
                             surface=state.text[words[first].start:end_word.stem_end], josa=end_word.josa,
                             jtags=end_word.jtags)

    def _reporter(self, state: ArticleState, m: PersonMention) -> bool:
        if m.titles and all(self.lex.title_kind(t) == "press" for t in m.titles[:1]):
            if m.name and m.name not in state.reporters:
                state.reporters.append(m.name)
            return True
        return bool(m.name) and m.name in state.reporters and not m.orgs

    def repeat_mentions(self, state: ArticleState, mentions: list[PersonMention]) -> list[PersonMention]:
        """Other occurrences of the full names already found (headlines, lists, bare names)."""
        names: dict[str, str] = {}
        for m in mentions:
            if m.name and not m.short:
                names[norm_key(m.name)] = m.name
                if m.latin:
                    names[norm_key(m.latin)] = m.name
        if not names:
            return []
        families: dict[str, set[str]] = {}  # "겔싱어는": a foreign family name said alone is its person's
        for full in names.values():
            parts = full.split()
            if len(parts) >= 2 and is_hangul(parts[-1]) and len(parts[-1]) >= 2 \
                    and not self.lex.korean_name_shape(full.replace(" ", "")):
                families.setdefault(norm_key(parts[-1]), set()).add(full)
        for key, fulls in families.items():
            if len(fulls) == 1 and key not in names:
                names[key] = next(iter(fulls))
        taken = {(m.sent, i) for m in mentions for i in range(m.first, m.last + 1)}
        initials = {n[0] for n in names}
        extra: list[PersonMention] = []
        for sent in state.sents:
            if sent.kind == "byline":
                continue
            words = sent.words
            for k, w in enumerate(words):
                if w.punct or not w.text or w.text[0].lower() not in initials or (sent.index, k) in taken:
                    continue
                for n in (2, 1, 3):
                    span = words[k:k + n]
                    if len(span) < n or any((sent.index, x.index) in taken or x.punct for x in span):
                        continue
                    if any(x.josa for x in span[:-1]):
                        continue
                    text = "".join(self.piece(x, last=(x is span[-1])) or "\x00" for x in span)
                    key = norm_key(text)
                    if key in names:
                        m = PersonMention(sent=sent.index, first=k, last=k + n - 1, name_start=span[0].start,
                                          name_end=span[-1].stem_end, name=names[key],
                                          surface=state.text[span[0].start:span[-1].stem_end], josa=span[-1].josa,
                                          jtags=span[-1].jtags)
                        extra.append(m)
                        taken.update((sent.index, x.index) for x in span)
                        break
        return extra


def _drop_orgs_in_names(state: ArticleState) -> None:
    """A word inside a person's name is no mention of an organization ("카를로스 델 토로", and later "델 토로
    장관": not the company 델)."""
    named = [m for m in state.person_mentions if " " in m.name]
    if not named:
        return
    spans = [(m.sent, m.name_start, m.name_end) for m in named]
    tails = {tuple(m.name.split()[i:]) for m in named for i in range(1, len(m.name.split()) - 1)}

    def in_name(o: OrgMention) -> bool:
        if any(s == o.sent and a <= o.start and o.end <= b for s, a, b in spans):
            return True
        words = state.sents[o.sent].words
        return any(len(words) >= o.first + len(t) and all(words[o.first + i].text.startswith(piece)
                                                          for i, piece in enumerate(t)) for t in tails)

    _drop_org_mentions(state, in_name)


def _drop_org_mentions(state: ArticleState, drop: Callable[[OrgMention], bool]) -> None:
    """Remove the organization mentions `drop` says are none, from the article and from their organizations."""
    state.org_mentions = [o for o in state.org_mentions if not drop(o)]
    kept = {id(o) for o in state.org_mentions}
    for rec in state.orgs.values():
        rec.mentions = [o for o in rec.mentions if id(o) in kept]


def _family_not_org(state: ArticleState, mentions: list[PersonMention], families: dict[str, str]) -> None:
    """"로이터 회장" after "한스페터 로이터 … 회장": a known organization's name (Reuters) before a title that is the
    family name of a person of the article with that title is that person's short form, not the organization."""
    titled = {m.name: set(m.titles) for m in mentions if m.name and not m.short}
    dropped: set[tuple[int, int]] = set()
    for m in mentions:
        if m.short != "anon" or len(m.orgs) != 1:
            continue
        w = state.sents[m.sent].words[m.first]
        full = families.get(norm_key(w.stem))
        if full is None or " " not in full or w.josa or not any(
                x.endswith(t) and not x[:-len(t)].endswith("부") for t in m.titles for x in titled.get(full, ())):
            continue  # ("대사" of "주한 프랑스대사"; a 사장 is no 부사장)
        m.short, m.name, m.orgs = "family", w.stem, []
        m.name_start, m.name_end = w.start, w.stem_end
        dropped.add((m.sent, m.first))
    if dropped:
        _drop_org_mentions(state, lambda o: (o.sent, o.first) in dropped)


def _name_word(words: list[Word], m: PersonMention) -> int:
    """The index of the word mention m's name starts at, or -1."""
    return next((i for i in range(m.first, m.last + 1) if words[i].start == m.name_start), -1)


def _take_family_name(m: PersonMention, words: list[Word], at: int) -> tuple[int, int]:
    """Mention m's one-word name (word `at`) goes on with the next word, read as an organization before: its family
    name. Returns the (sentence, word) of that organization mention, to drop."""
    m.name, m.name_end = f"{m.name} {words[at + 1].stem}", words[at + 1].stem_end
    return m.sent, at + 1


def _family_name_after_genitive(state: ArticleState, mentions: list[PersonMention]) -> None:
    """"베리디안 세미컨덕터의 아르준 메타 사장": after an organization's genitive, a given name and a word that
    names a known company (Meta) before the title is the person's family name (Mehta), not a second organization."""
    lex = get_lexicon()
    by_last = {(o.sent, o.last): o for o in state.org_mentions}
    by_first = {(o.sent, o.first): o for o in state.org_mentions}
    dropped: set[tuple[int, int]] = set()
    for m in mentions:
        if m.short or not m.name or " " in m.name or not m.orgs:
            continue
        words = state.sents[m.sent].words
        at = _name_word(words, m)
        if at < 1 or at + 1 > m.last or words[at].josa or words[at + 1].josa or lex.korean_name_shape(words[at].stem):
            continue
        family, owner = by_first.get((m.sent, at + 1)), by_last.get((m.sent, at - 1))
        if family is None or family.last != at + 1 or owner is None or owner.org == family.org \
                or words[at - 1].josa != "의" or family.org not in m.orgs:
            continue
        dropped.add(_take_family_name(m, words, at))
        m.orgs = [o for o in m.orgs if o != family.org] or [owner.org]
    if dropped:
        _drop_org_mentions(state, lambda o: (o.sent, o.first) in dropped)


def _family_name_not_org(state: ArticleState, mentions: list[PersonMention]) -> None:
    """"라지브 메논 CTO" in a caption, after "라지브 메논(Rajiv Menon)": a given name read as the whole name and the
    family name as its organization, where the article names the person in full, is the full name."""
    full = {m.name for m in mentions if m.name and not m.short and " " in m.name}
    dropped: set[tuple[int, int]] = set()
    for m in mentions:
        if m.short or not m.name or " " in m.name or len(m.orgs) != 1 or f"{m.name} {m.orgs[0]}" not in full:
            continue
        words = state.sents[m.sent].words
        at = _name_word(words, m)
        if at < 0 or at + 1 > m.last or words[at + 1].stem != m.orgs[0] or words[at].josa:
            continue
        dropped.add(_take_family_name(m, words, at))
        m.orgs = []
    if dropped:
        _drop_org_mentions(state, lambda o: (o.sent, o.first) in dropped)


def _chair_of_subject(state: ArticleState, mentions: list[PersonMention]) -> None:
    """"금감원은 정은채 부원장 주재로 간담회를 열었다": who chairs it for the organization is of the organization."""
    at = {(o.sent, o.last): o.org for o in state.org_mentions}
    for m in mentions:
        if m.orgs or not m.name or m.first < 1:
            continue
        words = state.sents[m.sent].words
        org = at.get((m.sent, m.first - 1))
        if org and words[m.first - 1].josa in ("은", "는", "이", "가") and m.last + 1 < len(words) \
                and words[m.last + 1].stem in ("주재", "주관") and words[m.last + 1].josa in ("로", "으로"):
            m.orgs = [org]


def _standalone_stems(state: ArticleState) -> frozenset[str]:
    """Nouns the article uses on their own with a particle ("X는", "X의"): names of things, never given names."""
    return frozenset(w.stem for s in state.sents if s.kind != "byline" for w in s.words
                     if w.josa and w.nominal and not w.paren and len(w.stem) >= 3 and name_form(w) == w.stem)
    # (not a name Kiwi read as a noun and the copula: "마르테인 바커르" = 마르테 + 인)


def _closes_quoted_genitive(words: list[Word], i: int) -> bool:
    """Word i closes a quote whose last word took the genitive after it ("'로보링크(Robolink)'의")."""
    return i >= 1 and words[i].punct and words[i].text in CLOSE_QUOTES and words[i - 1].josa == "의" \
        and words[i - 1].quote >= 0


_DEPARTMENTS = ("학과", "학부")


def _department(w: Word) -> bool:
    """A university department standing bare before a name ("기계공학과", "전기및전자공학부")."""
    return w.nominal and not w.josa and not w.paren and len(w.stem) >= 3 and w.stem.endswith(_DEPARTMENTS)


_FOUNDED = frozenset({"설립하", "세우", "창업하", "창립하"})


def _founded(w: Word) -> bool:
    """"설립한", "세운", "창업한": a founding verb qualifying the noun after it."""
    return w.predicate and w.lemma in _FOUNDED and w.tags[-1].endswith("ETM")


def _canon(state: ArticleState, org: str) -> str:
    rec = state.orgs.get(norm_key(org))
    if rec is None:
        known = get_lexicon().known_org(org)
        return known.name if known else org
    return rec.name


def _org_words(state: ArticleState, sent: Sent) -> dict[int, str]:
    out: dict[int, str] = {}
    words = sent.words
    for m in state.org_mentions:
        if m.sent == sent.index:
            if m.end < words[m.last].stem_end:
                continue  # "부산시장": the organization inside its head's title is no word of its own
            for i in range(m.first, m.last + 1):
                out[i] = m.org
        elif m.sent > sent.index:
            break
    return out


_TOP_TITLES = frozenset({"CEO", "회장", "대표", "사장", "창업자", "의장", "최고경영자", "대표이사"})  # an organization's head
_ACTING = frozenset({"직무대행", "권한대행", "대행", "직무대리", "내정자"})  # after a title: who acts as it, or will
_ADVERB_TITLES = frozenset({"대신"})  # titles that are also adverbs
_SEAT_HEADS = SEAT_TITLES | {"지사"}  # titles only after a surname ("김 지사", "오 시장")
_HEAD_PAREN = re.compile(r"^(대표이사|대표|회장|사장|CEO|이사장|원장|총장)\s+([가-힣]{2,4})$")


def _vocative_misread(w: Word) -> bool:
    """A given name ending in 야 or 아 that Kiwi read as a noun and the vocative particle ("마+야", "나디+아")."""
    return w.nominal and w.josa in ("야", "아") and len(w.jtags) == 1 and w.jtags[0] in ("JX", "JKV") \
        and is_hangul(w.text) and not w.paren


_LATIN_UNIT = re.compile(r"[A-Z]{2,4}[가-힣]{2,}")


def _latin_unit(stem: str) -> bool:
    """A unit's name: a Latin acronym and a Hangul noun that is no organization ending ("AI인프라", "DX혁신")."""
    return bool(_LATIN_UNIT.fullmatch(stem)) and not get_lexicon().has_org_suffix(stem)


def _subject_misread(words: list[Word], k: int) -> bool:
    """Word k is a foreign name's last word whose final 가 or 이 Kiwi read as the subject particle ("오르테+가"),
    whose final 만 it read as "only" ("빈 살+만"), or whose final 로 it read as "toward" ("존 파파+로"), before the
    person's organization and title."""
    w = words[k]
    subject = w.josa in ("가", "이") and w.jtags == ("JKS",) and len(w.text) >= 3
    only = w.josa == "만" and w.jtags == ("JX",) and len(w.text) >= 2
    toward = w.josa == "로" and w.oov and len(w.text) >= 3 and not (k > 0 and words[k - 1].paren) \
        and not (k + 1 < len(words) and get_lexicon().is_org_suffix_word(words[k + 1].stem))
    # ("파파+로": a name Kiwi does not know, read as "toward"; not after a name spelled out, "보르트만(Nadia
    # Wortmann) 신타로 랩스 CTO", nor before an organization's ending, "신타로 랩스": a company)
    return w.nominal and (subject or only or toward) and is_hangul(w.text) \
        and not w.paren and not get_lexicon().title(w.stem)  # ("성 회장이 ORG 창업자인 X": a title is no name)


def _compound_name(w: Word) -> bool:
    """A Hangul word Kiwi split into common nouns it does not know together ("텔레+알파"), not a topic or a
    sector: after a name spelled in Latin and before a title, the organization ("마르코 비안키(Marco Bianchi)
    텔레알파 CEO")."""
    lex = get_lexicon()
    return len(w.tags) >= 2 and all(t == "NNG" for t in w.tags) and is_hangul(w.stem) and len(w.stem) >= 3 \
        and not w.josa and not lex.is_generic(w.stem) and not lex.is_sector(w.stem) and not is_topic_term(w.stem) \
        and not lex.is_title_modifier(w.stem)


def _unit_dot(words: list[Word], x: int, first: int, end: int) -> bool:
    """A middle dot joining two unit words with no space ("기술·혁신투자"), or a unit word and the title that
    names the next ("AI·데이터사이언스그룹장")."""
    w = words[x]
    return w.punct and w.text == "·" and first < x < end and not words[x - 1].space_after and not w.space_after


def _unit_word(w: Word) -> bool:
    """A common noun (or a Latin acronym, an organization ending or a region) that can name a unit inside an
    organization ("AI", "인프라", "로보틱스" of "엔비디아 로보틱스 부문 부사장")."""
    if not w.nominal or w.josa or w.paren:
        return False
    lex = get_lexicon()
    if lex.is_org_ending(w.stem) or lex.is_place(w.stem) or _latin_unit(w.stem):
        return True  # "ORG 아시아태평양 총괄 부사장", "ORG 북미 법인장": a region the unit covers ("AI인프라" too,
        # however Kiwi tagged it)
    if len(w.forms) == 2 and w.tags[1:] == ("NNG",) and lex.is_place(w.forms[0]):
        return True  # "ORG 한국사업 총괄": a region and the business the unit runs there, written together
    return not w.oov and all(t.split("+")[0] in ("NNG", "SL") or n and t == "XSN" for n, t in enumerate(w.tags)) \
        and (w.stem.isupper() or is_hangul(w.stem))  # ("생성형": a noun and its suffix)


def _closing_quote(w: Word) -> bool:
    return w.punct and w.text in CLOSE_QUOTES


def _orgs_before(words: list[Word], a: int, org_at: dict[int, str]) -> tuple[list[str], int]:
    """Organization words right before word a (no particles): their names and the first index."""
    orgs: list[str] = []
    k = a
    if k >= 2 and _closing_quote(words[k - 1]) and (k - 2) in org_at and not words[k - 2].josa:
        k -= 1  # "'코믹스타' 창업자": the quoted organization
    while k - 1 >= 0 and (k - 1) in org_at and not words[k - 1].josa:
        name = org_at[k - 1]
        while k - 1 >= 0 and org_at.get(k - 1) == name and (
                not words[k - 1].josa or name_form(words[k - 1]) != words[k - 1].stem):
            k -= 1  # (inside the name, "코베인 랩스": Kiwi's 코베 + 인 is the name's word; the last word has no particle)
        orgs.insert(0, name)
        if len(orgs) >= 2:
            break
    return orgs, k




def _bare_place(lex, w: Word) -> bool:  # type: ignore[no-untyped-def]
    return w.nominal and not w.josa and not w.paren and lex.is_place(w.stem)


def _paren_titles(lex, paren: str) -> list[str]:  # type: ignore[no-untyped-def]
    """Titles said in a title's parenthesis: "(CTO)", "(사장)", "(CTO·부사장)"."""
    if not paren:
        return []
    return [x for x in _PAREN_SPLIT.split(paren) if x and (_acronym(x) or lex.title(x))]


_DIVISION_WORDS = frozenset({"부문", "사업부", "사업부문", "사업본부", "본부"})  # written apart from their name


def _family_names(mentions: list[PersonMention]) -> dict[str, str]:
    """Names a short form can stand for → the full name: the last word of a multi-word name, else its first
    word (the East Asian order); the first syllable of a one-word foreign name ("황 회장" for 황위밍); and
    the one-word foreign names themselves (a "X 회장" elsewhere is that person, not an organization X)."""
    lex = get_lexicon()
    out: dict[str, str] = {}
    full = [m.name for m in mentions if m.name and not m.short and " " in m.name]
    for i in range(3):  # every name's last word first, then its last two words, then its first word
        for name in full:
            out.setdefault(family_keys(name)[i], name)
    one_word = {m.name for m in mentions if m.name and not m.short and " " not in m.name and is_hangul(m.name)
                and not lex.korean_name_shape(m.name)}
    for name in one_word:
        out.setdefault(norm_key(name), name)
        if len(name) >= 3:
            out.setdefault(name[0], name)
    for m in mentions:  # "웨이 회장" for "웨이저자(C.C. Wei)": the syllables its Latin family name spells
        if m.name in one_word and m.latin:
            for k in (2, 3):
                if len(m.name) > k and spells_family_name(m.name[:k], m.latin):
                    out.setdefault(m.name[:k], m.name)
    return out
