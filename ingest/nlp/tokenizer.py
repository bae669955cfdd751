"""A spaCy tokenizer that wraps Kiwi: one `Kiwi.tokenize` call per text, morphemes as spaCy tokens.

The Doc's text is exactly the input text, so `token.idx` is a character offset into the article. Kiwi
morphemes that share characters (irregular contractions such as 만났 = 만나 + 었) become one token whose
`tag_` joins their tags with '+' ("VV+EP") and whose `lemma_` is the first form. A multi-word morpheme
(such as "피터 린드/NNP") becomes one token per word; every piece keeps the whole form as `lemma_`.
Kiwi's marks of a stem's conjugation ("듣/VV-I", "받/VV-R") are dropped: a verb's tag is "VV" either way.
Sentences are Kiwi's, also cut at every newline. Out-of-vocabulary morphemes have `token._.oov` True.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from functools import cache

import numpy
from kiwipiepy import Kiwi
from spacy.attrs import LEMMA, SENT_START, TAG
from spacy.tokens import Doc, Token
from spacy.util import registry
from spacy.vocab import Vocab


def _is_oov(token: Token) -> bool:
    """`token._.oov`: read from the tokenizer's columns (setting the flag token by token cost 0.06 ms an article)."""
    columns = token.doc.user_data.get("kiwi")
    return columns is not None and token.i in columns.oov


if not Token.has_extension("oov"):
    Token.set_extension("oov", getter=_is_oov)

_LOCK = threading.Lock()
_WS_SPLIT = re.compile(r"(\s+)")
_SPACE = re.compile(r"\s")
_TAG_LEMMA_START = [TAG, LEMMA, SENT_START]
_IRREGULAR_MARKS = ("-I", "-R")  # Kiwi's marks on a verb or adjective stem that may conjugate either way


def new_kiwi() -> Kiwi:
    """A Kiwi analyzer configured as the extraction uses it (the benchmark's Kiwi baseline builds the same).

    Without Kiwi's multi-word dictionary (names like "피터 린드" as one morpheme): people are found from
    morphology and patterns anyway, every gold set scores the same, and each process needs ~190 MB less
    (resident 393 MB instead of 586 MB after 300 articles).
    """
    return Kiwi(load_multi_dict=False)


@cache
def get_kiwi() -> Kiwi:
    """The process-wide Kiwi analyzer (built once, about a second; warmed up so the first article is fast)."""
    with _LOCK:
        kiwi = new_kiwi()
        kiwi.tokenize("삼성전자는 지난 11일 서울에서 만났다.", split_sents=True)
        return kiwi


@dataclass(frozen=True, slots=True)
class KiwiColumns:
    """The Doc's tokens as parallel lists (text, char offset, tag, lemma, space after, sentence start, oov)."""

    words: list[str]
    offsets: list[int]
    tags: list[str]
    lemmas: list[str]
    spaces: list[bool]
    sent_starts: list[bool]
    oov: frozenset[int]


_NOMINAL_END = frozenset({"ᆷ", "음"})


def _nominal_ending(word: str, lemma: str) -> bool:
    """The token ends in the nominal ending ㅁ/음, alone ("ᆷ") or fused into its syllable ("짐" = 지 + ㅁ)."""
    last = word[-1:]
    return lemma in _NOMINAL_END or bool(last) and "가" <= last <= "힣" and (ord(last) - 0xAC00) % 28 == 16


class KiwiTokenizer:
    """Callable text → Doc using Kiwi morphemes (see module docstring)."""

    def __init__(self, vocab: Vocab, kiwi: Kiwi | None = None) -> None:
        self.vocab = vocab
        self.kiwi = kiwi or get_kiwi()
        self._ids: dict[str, int] = {}  # string → id in the vocab's string store (tags, lemmas)

    def _id(self, text: str) -> int:
        found: int = self.vocab.strings.add(text)
        if len(self._ids) < 500_000:
            self._ids[text] = found
        return found

    def _ids_of(self, texts: list[str]) -> list[int]:
        """The string ids of texts (one C-level pass over the known ones; the rare new one goes through `_id`)."""
        try:
            return list(map(self._ids.__getitem__, texts))
        except KeyError:
            get = self._ids.get
            return [get(t) or self._id(t) for t in texts]

    def __call__(self, text: str) -> Doc:
        sents = self.kiwi.tokenize(text, split_sents=True) if text.strip() else []
        words: list[str] = []
        spaces: list[bool] = []
        tags: list[str] = []
        lemmas: list[str] = []
        starts: list[bool] = []
        offsets: list[int] = []
        oov: list[int] = []
        pos = 0

        def add(word: str, tag: str, lemma: str, sent_start: bool) -> None:
            offsets.append(pos)
            words.append(word)
            spaces.append(False)
            tags.append(tag)
            lemmas.append(lemma)
            starts.append(sent_start)

        def add_gap(gap: str) -> bool:
            """Whitespace and skipped characters before a token; True when the gap holds a newline."""
            nonlocal pos
            newline = "\n" in gap
            for part in _WS_SPLIT.split(gap):
                if not part:
                    continue
                if part.isspace():
                    if words and part[0] == " " and not spaces[-1] and not words[-1].isspace():
                        spaces[-1] = True
                        part = part[1:]
                        pos += 1
                    if part:
                        add(part, "_SP", part, not words)
                else:
                    add(part, "SW", part, not words)
                pos += len(part)
            return newline

        offsets_append, words_append, spaces_append = offsets.append, words.append, spaces.append
        tags_append, lemmas_append, starts_append = tags.append, lemmas.append, starts.append
        for sent in sents:
            # no boundary in mid-line after a nominal ending Kiwi made of a name ("뉴저지를 찾아 짐 캘러핸": 지 + ㅁ)
            new_sent = not tags or not (tags[-1].endswith("EF") and _nominal_ending(words[-1], lemmas[-1]))
            if new_sent and sent and words and _ended_by_paren(tags, words):
                new_sent = False  # "아난드 라오(Anand Rao) X 회장": Kiwi read the name's end as a final ending
            if new_sent and sent and len(words) >= 2 and words[-1] == "다" and tags[-1] == "EF" and spaces[-2] \
                    and "\n" not in text[offsets[-1]:sent[0].start]:
                new_sent = False  # "룰라 다 시우바": a final ending is never a word of its own, this 다 is a name's link
            for start, end, tag, lemma, is_oov in _segments(sent):
                if start < pos:  # defensive: never go backwards
                    continue
                if start > pos:
                    if start == pos + 1 and text[pos] == " " and words and not spaces[-1]:
                        spaces[-1] = True  # the usual gap: one space after the previous token
                    elif add_gap(text[pos:start]):
                        new_sent = True
                pos = start
                word = text[start:end]
                # the usual token: one piece (printable with no " " has no whitespace: two C calls, where a search of
                # the article's text from start to end costs about 0.4 us)
                if word.isprintable() and " " not in word or _SPACE.search(word) is None:
                    offsets_append(start)
                    words_append(word)
                    spaces_append(False)
                    tags_append(tag)
                    lemmas_append(lemma)
                    starts_append(new_sent or len(words) == 1)
                    if is_oov:
                        oov.append(len(words) - 1)
                    new_sent = False
                    pos = end
                    continue
                for piece_start, piece_end in _split_on_space(text, start, end):
                    add_gap(text[pos:piece_start])
                    pos = piece_start
                    add(text[piece_start:piece_end], tag, lemma, new_sent or not words)
                    if is_oov:
                        oov.append(len(words) - 1)
                    new_sent = False
                    pos = piece_end
        if pos < len(text):
            add_gap(text[pos:])
        if not words:
            doc = Doc(self.vocab, words=[])
            doc.user_data["kiwi"] = KiwiColumns([], [], [], [], [], [], frozenset())
            return doc
        # the words as their string ids, which Doc takes as well: spaCy then finds each lexeme by its id, without
        # hashing the word again and checking the string store
        doc = Doc(self.vocab, words=self._ids_of(words), spaces=spaces)
        # tags, lemmas and sentence starts as one array (about half the cost of Doc(tags=..., lemmas=...,
        # sent_starts=...), which converts and copies each column in Python), filled column by column: string ids,
        # then SENT_START as spaCy stores it (1 a start, -1 not, as uint64)
        columns = numpy.empty((len(words), 3), dtype="uint64")
        columns[:, 0] = self._ids_of(tags)
        columns[:, 1] = self._ids_of(lemmas)
        columns[:, 2] = numpy.array(starts, dtype=numpy.int64) * 2 - 1
        doc.from_array(_TAG_LEMMA_START, columns)
        # the same columns as plain lists, so that rule components need not touch spaCy tokens one by one
        doc.user_data["kiwi"] = KiwiColumns(words, offsets, tags, lemmas, spaces, starts, frozenset(oov))
        return doc


def _ended_by_paren(tags: list[str], words: list[str]) -> bool:
    """Kiwi's sentence ends on a parenthetical that follows a final ending with no punctuation ("라오/EF(Anand
    Rao)"): a name it misread, not the end of a sentence (which puts "." first)."""
    n = len(words)
    if n < 3 or words[-1] != ")":
        return False
    i = n - 2
    while i > 0 and words[i] != "(":
        i -= 1
    return i > 0 and words[i] == "(" and tags[i - 1].endswith("EF")


def _segments(sent: list) -> list[tuple[int, int, str, str, bool]]:
    """Kiwi morphemes of one sentence as non-overlapping (start, end, tag, lemma, oov) character segments."""
    out: list[tuple[int, int, str, str, bool]] = []
    append = out.append
    last_end = -1  # the end of out[-1]
    for tok in sent:
        start = tok.start
        end = start + tok.len
        tag = tok.tag
        if "-" in tag and tag.endswith(_IRREGULAR_MARKS):  # (one C test for the tags with no mark)
            tag = tag[:-2]  # "듣/VV-I", "받/VV-R": a verb is a verb, regular or not
        if start < last_end:  # overlaps the previous morpheme (rare: a contraction): one token
            s, e, t, form, oov = out[-1]
            last_end = max(e, end)
            out[-1] = (s, last_end, f"{t}+{tag}", form, oov or tok.oov)
            continue
        if end <= start:
            if out:
                s, e, t, form, oov = out[-1]
                out[-1] = (s, e, f"{t}+{tag}", form, oov)
            continue
        append((start, end, tag, tok.form, tok.oov))  # (Kiwi's oov is a bool)
        last_end = end
    return out


def _split_on_space(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Pieces of text[start:end] between whitespace (a multi-word proper noun gives several)."""
    chunk = text[start:end]
    if not any(ch.isspace() for ch in chunk):
        return [(start, end)]
    pieces, i = [], start
    for part in chunk.split():
        j = text.index(part, i)
        pieces.append((j, j + len(part)))
        i = j + len(part)
    return pieces


@registry.tokenizers("newsgraph.KiwiTokenizer.v1")
def create_kiwi_tokenizer() -> object:
    """spaCy registry entry: `[nlp.tokenizer] @tokenizers = "newsgraph.KiwiTokenizer.v1"`."""

    def make(nlp: object) -> KiwiTokenizer:
        return KiwiTokenizer(nlp.vocab)  # type: ignore[attr-defined]

    return make
