"""Component `newsgraph_sentences`: chrome masking, sentence kinds, bylines and the words of each sentence.

A sentence is Kiwi's (cut at newlines). Chrome (page furniture, caption markup, photo credits) is masked by
character ranges. Each remaining sentence gets a kind (body, caption, headline, byline; patterns in
`sentence_kinds.tsv`) and its `Word`s: runs of morphemes between spaces and punctuation, with their nominal
stem, trailing particles, attached parenthetical "(Emily Carter)" and quote group.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc

from ingest.nlp.chrome import chrome_spans
from ingest.nlp.lexicon import get_lexicon, is_hangul
from ingest.nlp.resources import read_tsv
from ingest.nlp.state import JOSA, NOMINAL, PUNCT, Sent, Word, new_word, state_of
from ingest.nlp.topics import is_topic_term

_TAIL = JOSA | {"VCP", "EC", "ETM", "EF", "EP", "ETN"}
_VERBAL_PARTS = frozenset({"VCP", "VCN", "XSV", "XSA"})
_NOUN_PARTS = frozenset({"NNG", "NNP", "SL", "SH"})
_LATIN_JOINERS = frozenset({"&"})
_VERB_TAGS = frozenset({"VV", "VA", "VX"})
_NEWLINE = re.compile("\n")
OPEN_QUOTES = frozenset("'\"‘“「『《〈")
CLOSE_QUOTES = frozenset("'\"’”」』》〉")
_ELLIPSES = frozenset({"…", "...", "⋯", "···", "‥"})
_BODY_END = re.compile(r"[다요죠]\s*[.!?]?\s*[\"'”’]?\s*$")


@cache
def _kind_patterns() -> dict[str, tuple[re.Pattern[str], ...]]:
    out: dict[str, list[re.Pattern[str]]] = {}
    for kind, pattern in read_tsv("sentence_kinds.tsv"):
        out.setdefault(kind, []).append(re.compile(pattern))
    return {k: tuple(v) for k, v in out.items()}


@Language.factory("newsgraph_sentences")
class SentenceBuilder:
    """Builds `Sent`s and their `Word`s on `doc._.ng` (see module docstring)."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        state = state_of(doc)
        text = state.text  # the same as doc.text, which spaCy would rebuild token by token
        patterns = _kind_patterns()
        masks = chrome_spans(text, state.source)
        newlines = [m.start() for m in _NEWLINE.finditer(text)]
        raw: list[tuple[int, list]] = []
        cols = doc.user_data["kiwi"]
        words, offsets, tags, lemmas = cols.words, cols.offsets, cols.tags, cols.lemmas
        spaces, sent_starts, oov = cols.spaces, cols.sent_starts, cols.oov
        n = len(words)
        toks: list = []
        k = 0  # the first chrome range that does not end before the current token (tokens come in order)
        n_masks = len(masks)
        for i in range(n):
            if sent_starts[i] and toks:
                raw.append((bisect.bisect_right(newlines, toks[0][1]), toks))
                toks = []
            tag = tags[i]
            if tag == "_SP":
                continue
            start = offsets[i]
            while k < n_masks and masks[k][1] <= start:
                k += 1
            if k < n_masks and masks[k][0] <= start:
                continue
            space = spaces[i] or (i + 1 < n and tags[i + 1] == "_SP")
            toks.append((words[i], start, tag, lemmas[i], space, i in oov,
                         tag if "+" not in tag else tag.partition("+")[0]))
        if toks:
            raw.append((bisect.bisect_right(newlines, toks[0][1]), toks))
        body_para = next((para for para, toks in raw
                          if _BODY_END.search(text[toks[0][1]:toks[-1][1] + len(toks[-1][0])])
                          and toks[-1][1] - toks[0][1] > 25), 0)
        line_kinds: dict[int, tuple[str, re.Match[str] | None, bool]] = {}  # para → its line, byline, caption
        for para, toks in raw:
            start, end = toks[0][1], toks[-1][1] + len(toks[-1][0])
            if para not in line_kinds:
                line = _line(text, start, newlines, para)
                line_kinds[para] = (line, next((m for p in patterns.get("byline", ()) if (m := p.search(line))), None),
                                    any(p.search(line) for p in patterns.get("caption", ())))
            line, m, caption = line_kinds[para]
            kind = "body"
            sent_text = text[start:end]
            if m and sent_text.strip() in line:
                state.reporters.append(m.group("name"))
                kind = "byline"
            elif caption:
                kind = "caption"
            elif para < body_para:
                kind = "headline"
            if kind != "byline":
                pm = next((m for p in patterns.get("byline_prefix", ()) if (m := p.match(sent_text))), None)
                if pm:
                    state.reporters.append(pm.group("name"))
                    toks = [t for t in toks if t[1] >= start + pm.end()]
                    if not toks:
                        continue
                    start = toks[0][1]
            for part in _headline_clauses(toks) if kind == "headline" else [toks]:
                start, end = part[0][1], part[-1][1] + len(part[-1][0])
                sent = Sent(index=len(state.sents), start=start, end=end, text=text[start:end], para=para, kind=kind)
                sent.words = build_words(part)
                state.sents.append(sent)
        state.reporters = list(dict.fromkeys(state.reporters))
        return doc


def _headline_clauses(toks: list) -> list[list]:  # type: ignore[type-arg]
    """A headline's clauses between ellipses, each a sentence of its own ("A, B 만나…C는 D와 회동": two
    subjects, two meetings)."""
    parts: list[list] = [[]]  # type: ignore[type-arg]
    for tok in toks:
        if tok[0] in _ELLIPSES:
            parts.append([])
        else:
            parts[-1].append(tok)
    return [p for p in parts if p]


def _line(text: str, start: int, newlines: list[int], para: int) -> str:
    lo = newlines[para - 1] + 1 if para > 0 else 0
    hi = newlines[para] if para < len(newlines) else len(text)
    return text[lo:hi].strip()


Tok = tuple[str, int, str, str, bool, bool, str]  # text, start, tag, lemma, space after, oov, main tag


def build_words(toks: list[Tok]) -> list[Word]:
    """Group morphemes (text, start, tag, lemma, space_after, oov, main tag) into `Word`s, then attach parens and
    quotes."""
    words: list[Word] = []
    cur: list[Tok] = []
    for tok in _hyphenated_names(toks):
        if tok[0] in _LATIN_JOINERS and cur and cur[-1][2] == "SL" and not cur[-1][4] and not tok[4]:
            cur.append((tok[0], tok[1], "SL", tok[3], tok[4], tok[5], "SL"))  # "H&A", "R&D": one Latin piece
            continue
        if tok[6] in PUNCT:
            if cur:
                words.append(_make_word(cur))
                cur = []
            end = tok[1] + len(tok[0])
            words.append(new_word(tok[1], end, end, tok[0], tok[0], (tok[2],), (tok[3],), punct=True,
                                  space_after=tok[4]))
            continue
        cur.append(tok)
        if tok[4]:
            words.append(_make_word(cur))
            cur = []
    if cur:
        words.append(_make_word(cur))
    words = _attach(words)
    for i, w in enumerate(words):
        w.index = i
    return words


def _hyphenated_names(toks: list[Tok]) -> list[Tok]:
    """Two Hangul proper nouns joined by a hyphen with no space, neither a known organization nor a place, as one
    proper noun: "요한손-베리", "메르세데스-벤츠" are one name ("삼성-애플", "서울-부산" are two)."""
    if "-" not in [t[0] for t in toks]:
        return toks
    lex = get_lexicon()

    def piece(t: Tok) -> bool:
        return t[2] == "NNP" and is_hangul(t[0]) and not lex.known_org(t[0]) and not lex.is_place(t[0])

    out: list[Tok] = []
    i = 0
    while i < len(toks):
        if i + 2 < len(toks) and toks[i + 1][0] == "-" and not toks[i][4] and not toks[i + 1][4] \
                and piece(toks[i]) and piece(toks[i + 2]) and not (out and out[-1][0] == "-" and not out[-1][4]):
            a, b = toks[i], toks[i + 2]
            text = f"{a[0]}-{b[0]}"
            out.append((text, a[1], "NNP", text, b[4], True, "NNP"))
            i += 3
            continue
        out.append(toks[i])
        i += 1
    return out


def _make_word(toks: list[Tok]) -> Word:
    ntok = len(toks)
    if ntok == 1 and toks[0][6] in NOMINAL:  # the usual case: one noun, no particle
        t = toks[0]
        end = t[1] + len(t[0])
        cut = (_unknown_with_particle(t) or _known_org_with_particle(t)) if t[5] else 0  # (both need oov)
        if cut:  # "노박과": an unknown name Kiwi kept whole with its particle
            return new_word(t[1], end, t[1] + cut, t[0], t[0][:cut], (t[2],), (t[0][:cut],), josa=t[0][cut:],
                            jtags=(_PARTICLE_TAGS[t[0][cut:]],), oov=True, space_after=t[4], nominal=True)
        return new_word(t[1], end, end, t[0], t[0], (t[2],), (t[3],), oov=t[5], multi=t[3] if " " in t[3] else "",
                        space_after=t[4], nominal=bool(t[0]))
    if ntok == 2:
        a, b = toks
        if a[6] == "SL" and b[6] == "NNG" and b[0] in _PARTICLE_TAGS and len(b[0]) == 1:
            tag = _PARTICLE_TAGS[b[0]]
            b = (b[0], b[1], tag, b[3], b[4], b[5], tag)  # "TSMC가": Kiwi read the particle as a noun
        if a[6] in NOMINAL and b[6] in JOSA and a[6] != "XSN" and "+" not in a[2]:  # the next: a noun, a particle
            stem_end = a[1] + len(a[0])
            return new_word(a[1], b[1] + len(b[0]), stem_end, a[0] + b[0], a[0], (a[2],), (a[3],), josa=b[0],
                            jtags=(b[2],), oov=a[5], multi=a[3] if " " in a[3] else "", space_after=b[4], nominal=True)
    mains = [t[6] for t in toks]
    n = 0
    while n < ntok and mains[n] in NOMINAL and not (n > 0 and mains[n] == "XSN" and toks[n][3] == "들"):
        n += 1
    plural = n < ntok and mains[n] == "XSN" and toks[n][3] == "들"
    rest_from = n + 1 if plural else n
    predicate = n == 0 or not _TAIL.issuperset(mains[rest_from:]) or _verb_suffix(toks, n)
    if not predicate:
        # one-syllable "nouns" side by side (two or more X/NNG+Y/NNG): how Kiwi spells a word it does not know
        chopped = n >= 2 and all(mains[i] == "NNG" and len(toks[i][0]) == 1 for i in range(n))
        return _nominal_word(toks, n, rest_from, plural=plural, oov=chopped)
    if n and _nouns_after_ending(toks, mains):
        return _nominal_word(toks, ntok - _trailing_josa(mains), ntok - _trailing_josa(mains), plural=False, oov=True)
        # "청해조선그룹" = 청 + 해/XSV+EC + 조선 + 그룹: two nouns after an ending in one word are a name's
    if n and rest_from < ntok and mains[rest_from] in ("XSV", "XSA"):  # "논의했다": a noun made a verb
        return _predicate_word(toks, mains, n, rest_from)
    k = ntok
    while k > 1 and mains[k - 1] in JOSA:
        k -= 1
    if k > 1 and mains[k - 1] == "MM" and toks[k - 1][0] in ("이", "가") and all(m in NOMINAL for m in mains[:k - 1]) \
            and get_lexicon().title("".join([t[0] for t in toks[:k - 1]])):
        return _nominal_word(toks, k - 1, k - 1, plural=False, oov=False)  # "대신이": title 대신 + 이/MM is 이/JKS
    lex = get_lexicon()
    if lex.known_org("".join([t[0] for t in toks[:k]])):  # "SK온과": SK + 오/VV + ㄴ/ETM is SK온 + 과
        return _nominal_word(toks, k, k, plural=False, oov=False)
    if ntok >= 3 and mains[0] == "NNP" and (mains[1] in JOSA or mains[1] == "XSN") \
            and lex.korean_name_shape(toks[0][0] + toks[1][0] + toks[2][0]) \
            and lex.is_surname(toks[0][0]):  # "박가온": 박/NNP + 가/JKS + 오/VV + ㄴ — a surname and a given name
        return _nominal_word(toks, ntok, ntok, plural=False, oov=True)
    tags = [t[2] for t in toks]
    head = _misread_head(toks, tags, mains)
    if head:  # (a determiner's compound, "전장부문장", is a common noun: not out-of-vocabulary)
        return _with_contrast(_nominal_word(toks, head, head, plural=False, oov=mains[0] != "MM"))
    return _predicate_word(toks, mains, n, rest_from)


# particles Kiwi may leave on an unknown word, with their tags; of them, the ones cut from an unknown name and
# whether the name must end in a consonant (True), a vowel (False) or either (None) for this form of the particle
_PARTICLE_TAGS = {"과": "JKB", "와": "JKB", "을": "JKO", "를": "JKO", "는": "JX", "은": "JX", "의": "JKG", "가": "JKS",
                  "이": "JKS", "도": "JX", "에": "JKB", "로": "JKB", "으로": "JKB", "에게": "JKB", "에서": "JKB",
                  "에서는": "JX", "께서": "JKS", "인": "VCP+ETM"}
_PARTICLE_AFTER = {"과": True, "을": True, "를": False, "는": False, "에게": None, "에서": None,
                   "에서는": None, "께서": None}

_PARTICLES_LONGEST_FIRST = tuple(sorted(_PARTICLE_AFTER.items(), key=lambda kv: -len(kv[0])))
_PARTICLE_ENDS = tuple(_PARTICLE_AFTER)


def _unknown_with_particle(t: Tok) -> int:
    """Where the particle starts in one out-of-vocabulary proper noun Kiwi kept whole with it ("노박과",
    "하르트만을"), else 0: a particle whose form fits the sound before it (과 and 을 after a consonant, 를 and
    는 after a vowel), after at least two syllables. Particles that also end names are left on: 이, 가, 은, 도,
    로, 의, and 와 ("미야카와", "이시카와")."""
    text = t[0]
    if not t[5] or t[2] != "NNP" or not text.endswith(_PARTICLE_ENDS) or not all("가" <= ch <= "힣" for ch in text):
        return 0  # (most unknown names end in no particle: one C call passes them over)
    if text.endswith("학과"):
        return 0  # "중동학과": a department, not 중동학 + 과
    for particle, after_consonant in _PARTICLES_LONGEST_FIRST:
        cut = len(text) - len(particle)
        if cut >= 2 and text.endswith(particle):
            final = (ord(text[cut - 1]) - 0xAC00) % 28
            if after_consonant is None or after_consonant == bool(final):
                return cut
    return 0


_ORG_PARTICLES = ("와", "과", "의", "는", "은", "를", "을", "가", "이", "도", "에", "에서", "로", "으로", "인")


def _known_org_with_particle(t: Tok) -> int:
    """Where the particle starts in one unknown word that is a known organization, a title, a topic or a
    category of organizations and a particle ("삼성바이오로직스와" in a headline, "이사와", "휴머노이드가",
    "투자사인"), else 0."""
    text = t[0]
    if not t[5] or t[2] not in ("NNP", "NNG") or len(text) < 3 or not text.endswith(_ORG_PARTICLES):
        return 0
    lex = get_lexicon()
    for particle in _ORG_PARTICLES:
        cut = len(text) - len(particle)
        if cut >= 2 and text.endswith(particle) and (
                lex.known_org(text[:cut]) or text[:cut] in lex.titles or is_topic_term(text[:cut])
                or particle == "인" and (lex.is_org_category(text[:cut]) or lex.is_generic(text[:cut]))):
            return cut
    return 0


def _predicate_word(toks: list[Tok], mains: list[str], n: int, rest_from: int) -> Word:
    """A verb, adjective or adverb word; its lemma is the verb's ("만났다" 만나, "논의했다" 논의하)."""
    ntok = len(toks)
    start = toks[0][1]
    stem_end = toks[n - 1][1] + len(toks[n - 1][0]) if n else start
    lemma = ""
    for t, m in zip(toks, mains):
        if m in _VERB_TAGS:
            lemma = t[3]
            break
    texts = [t[0] for t in toks]
    if n and rest_from < ntok and mains[rest_from] in ("XSV", "XSA"):
        lemma = "".join(texts[:n]) + ("받" if toks[rest_from][3] == "받" else "하")  # "보고받았다": 보고받다
    elif lemma == "하" and mains[0] == "MAG" and ntok > 1 and toks[1][3] == "하":
        lemma = texts[0] + "하"  # "함께했다": 함께하다
    return new_word(start, toks[-1][1] + len(texts[-1]), stem_end, "".join(texts), "".join(texts[:n]),
                    tuple([t[2] for t in toks]), tuple([t[3] for t in toks]), predicate=True, lemma=lemma,
                    space_after=toks[-1][4])


def _verb_suffix(toks: list[Tok], n: int) -> bool:
    """A noun fused with a verb or adjective suffix among the first n morphemes ("논의+하" read as one)."""
    for t in toks[:n]:
        if "+" in t[2] and ("+XSV" in t[2] or "+XSA" in t[2]):
            return True
    return False


def _nominal_word(toks: list[Tok], n: int, rest_from: int, *, plural: bool, oov: bool) -> Word:
    """A noun-phrase word: stem = toks[:n], particles = toks[rest_from:]."""
    stem_toks = toks[:n]
    stem_end = stem_toks[-1][1] + len(stem_toks[-1][0])
    josa_toks = toks[rest_from:]
    multi = next((t[3] for t in stem_toks if " " in t[3]), "")
    return new_word(toks[0][1], toks[-1][1] + len(toks[-1][0]), stem_end, "".join([t[0] for t in toks]),
                    "".join([t[0] for t in stem_toks]), tuple([t[2] for t in stem_toks]),
                    tuple([t[3] for t in stem_toks]), josa="".join([t[0] for t in josa_toks]),
                    jtags=tuple([t[2] for t in josa_toks]), oov=oov or any(t[5] for t in stem_toks), multi=multi,
                    plural=plural, space_after=toks[-1][4], nominal=stem_end > toks[0][1])


def _nouns_after_ending(toks: list[Tok], mains: list[str]) -> bool:
    """Before its particles, the word ends in two nouns after a verb suffix and an ending: no Korean word is
    built so (a verb's ending ends it), Kiwi read an unknown name ("청해조선그룹")."""
    k = len(mains) - _trailing_josa(mains)
    tags = [t[2] for t in toks[:k]]
    return k >= 4 and mains[k - 1] in ("NNG", "NNP") and mains[k - 2] in ("NNG", "NNP") \
        and any("+E" in t for t in tags[1:k - 2])


def _trailing_josa(mains: list[str]) -> int:
    """How many of the word's last morphemes are particles."""
    k = len(mains)
    while k > 1 and mains[k - 1] in JOSA:
        k -= 1
    return len(mains) - k


def _with_contrast(w: Word) -> Word:
    """A misread word whose stem ends in 과/와 before 는/도 ("벡터나인과는" = 벡터 + 나/JC + 인과 + 는): the
    name and the particles 과는, 와도 (과 after a consonant, 와 after a vowel)."""
    stem = w.stem
    if not w.oov or w.josa not in ("는", "도") or len(stem) < 3 or stem[-1] not in "과와" or not is_hangul(stem):
        return w
    final = (ord(stem[-2]) - 0xAC00) % 28
    if (stem[-1] == "과") != bool(final):
        return w
    return replace(w, stem=stem[:-1], josa=stem[-1] + w.josa, jtags=("JKB", *w.jtags), stem_end=w.stem_end - 1)


def _misread_head(toks: list[Tok], tags: list[str], mains: list[str]) -> int:
    """Length of the noun a word really is when Kiwi read an unknown name as nonsense, else 0.

    A real predicate has an ending (만나+았+다, 손+잡+고) or a verb suffix (논의+하). A word whose morphemes
    before its particles have neither, but hold a noun, is a name Kiwi cut into pieces that cannot stand
    together: an adverb and a noun (한결/MAG+증권), a verb stem without ending (바이오+로직+스/VV), a
    determiner at the end (a noun + 이/MM), a determiner fused to the nouns after it (전/MM + 장부 + 문장 for
"전장부문장"). The caller marks such a word out-of-vocabulary, unless it starts with the determiner.
    """
    k = len(toks)
    while k > 0 and (mains[k - 1] in JOSA or (k == len(toks) and k > 1 and toks[k - 1][0] == "서")):
        k -= 1  # "자택서", "보스턴서": the headline short form of 에서, sometimes read as the verb 서다
    if k == len(toks) and mains[-1].startswith("E"):  # endings: only after the copula ("…증권이다")
        j = k
        while j > 0 and mains[j - 1].startswith("E"):
            j -= 1
        if j == 0 or mains[j - 1] != "VCP":
            return 0
        k = j - 1
    parts = [p for t in tags[:k] for p in t.split("+")]
    if not parts or any(p.startswith("E") or p in _VERBAL_PARTS for p in parts):
        return 0
    if mains[0] == "MM":  # a determiner stands apart ("전 회장"); fused to nouns it is a misread ("전장부문장을")
        return k if k >= 2 and any(p in _NOUN_PARTS for p in parts[1:]) else 0
    return k if any(p in _NOUN_PARTS for p in parts) and mains[0] not in ("MAJ", "IC") else 0


def _is_josa_only(w: Word) -> bool:
    return not w.punct and not w.stem and bool(w.josa or w.text) and all(
        t.split("+", 1)[0] in _TAIL for t in (w.jtags or w.tags))


_HANJA = re.compile(r"^[\u3400-\u9fff\uf900-\ufaff]+$")
_HANGUL_SPELLING = re.compile(r"^[가-힣]+(?: [가-힣]+)*$")


def _latin_of(paren: str) -> str:
    """"魏哲家·C.C. Wei" → "C.C. Wei": of a Hanja spelling and a Latin one, the Latin one (it tells the pieces)."""
    parts = [p.strip() for p in re.split(r"[·,ㆍ]", paren)]
    if len(parts) == 2 and any(_HANJA.match(p) or _HANGUL_SPELLING.match(p) for p in parts):
        other = next((p for p in parts if p.isascii() and not p.isupper()), "")  # (not "CTO·전무": two titles)
        if other:
            return other  # ("영 리우·Young Liu": of a Hangul and a Latin spelling of an English name, the Latin)
    return paren


def _attach(words: list[Word]) -> list[Word]:
    """Attach '(...)' to the word it follows and a particle after ')' or a closing quote to its phrase."""
    out: list[Word] = []
    quote = -1
    quote_id = 0
    i = 0
    while i < len(words):
        w = words[i]
        if w.punct and w.text == "(" and out and not out[-1].punct and not out[-1].space_after:
            close = next((j for j in range(i + 1, min(len(words), i + 16)) if words[j].text == ")"), None)
            if close is not None and close > i + 1:
                host = out[-1]
                if _particle_before_paren(host):
                    _fold_particle(host)  # "김민+의(金敏義)": a particle comes after the parentheses, not before
                host.paren_start, host.paren_end = words[i + 1].start, words[close - 1].end
                host.paren = _latin_of(
                    "".join(x.text + (" " if x.space_after else "") for x in words[i + 1:close]).strip())
                host.end = words[close].end
                host.space_after = words[close].space_after
                i = close + 1
                if i < len(words) and not host.space_after and not host.josa and _glued_noun(words[i]):
                    _glue(host, words[i])  # "DX(디바이스경험)부문장": the noun after ')' goes on with the word
                    i += 1
                if i < len(words) and not host.space_after and _is_josa_only(words[i]):
                    _take_josa(host, words[i])
                    i += 1
                continue
        if w.punct and w.text in OPEN_QUOTES and quote < 0 and w.tags[0].startswith("SSO"):
            quote_id += 1
            quote = quote_id
            out.append(w)
            i += 1
            continue
        if w.punct and w.text in CLOSE_QUOTES and quote >= 0:
            quote = -1
            out.append(w)
            i += 1
            if i < len(words) and not w.space_after and _is_josa_only(words[i]) and len(out) >= 2 \
                    and not out[-2].punct:
                _take_josa(out[-2], words[i])
                i += 1
            continue
        if quote >= 0 and not w.punct:
            w.quote = quote
        out.append(w)
        i += 1
    return out


def _particle_before_paren(w: Word) -> bool:
    """A proper noun whose one-syllable "particle" comes right before "(": Korean puts the particle after the
    parentheses ("손정의(마사요시 손)는"), so the syllable ends the name ("손정+의", "김민+의(金敏義)")."""
    return (not w.predicate and len(w.josa) == 1 and len(w.jtags) == 1 and w.jtags[0].startswith("J")
            and bool(w.stem) and all(t == "NNP" for t in w.tags) and is_hangul(w.text))


def _fold_particle(w: Word) -> None:
    w.stem, w.stem_end = w.text, w.start + len(w.text)
    w.tags, w.forms = (*w.tags, *w.jtags), (*w.forms, w.josa)
    w.josa, w.jtags, w.oov = "", (), True


def _glued_noun(w: Word) -> bool:
    return w.nominal and not w.punct and not w.predicate and bool(w.stem) and not w.paren and not _is_josa_only(w)


def _glue(host: Word, w: Word) -> None:
    host.text, host.stem, host.stem_end = host.text + w.text, host.stem + w.stem, w.stem_end
    host.tags, host.forms = (*host.tags, *w.tags), (*host.forms, *w.forms)
    host.josa, host.jtags, host.end, host.space_after = w.josa, w.jtags, w.end, w.space_after
    host.oov, host.plural = host.oov or w.oov, w.plural


def _take_josa(host: Word, particle: Word) -> None:
    host.josa = particle.text
    host.jtags = particle.jtags or particle.tags
    host.end = particle.end
    host.space_after = particle.space_after
