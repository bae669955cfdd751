"""Consonant skeletons, to tell that a Hangul family name and a Latin one are the same ("노무라" / "Nomura").

Both spellings lose their vowels and keep their consonants in broad classes (k/g/c/q, t/d, p/b/f/v, r/l,
j/ch/z, s/sh, m, n): "노무라" and "Nomura" are both "nmr", "히로키" and "Hiroki" both "rk". Good enough to
link a one-word Hangul mention to the one Latin-only name of an article, never used to invent a name.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_INITIAL = ("k", "k", "n", "t", "t", "r", "m", "p", "p", "s", "s", "", "j", "j", "j", "k", "t", "p", "")
_FINAL = ("", "k", "k", "k", "n", "n", "n", "t", "r", "k", "m", "r", "r", "r", "p", "r", "m", "p", "p", "t", "t",
          "n", "t", "t", "k", "t", "p", "")
_LATIN_PAIRS = (("ch", "j"), ("sh", "s"), ("ph", "p"), ("th", "t"), ("ck", "k"), ("ng", "n"), ("x", "ks"))
_LATIN_MAP = str.maketrans({"c": "k", "q": "k", "g": "k", "d": "t", "b": "p", "f": "p", "v": "p", "l": "r",
                            "z": "j"})
_DROP = re.compile(r"[^kntrmpsj]")
_REPEAT = re.compile(r"(.)\1+")


@lru_cache(maxsize=16384)  # (asked of the same words again and again: every Latin name is checked against them)
def hangul_skeleton(text: str) -> str:
    """The consonant skeleton of a Hangul word ("노무라" → "nmr")."""
    out = []
    for ch in text:
        code = ord(ch) - 0xAC00
        if not 0 <= code < 11172:
            continue
        out.append(_INITIAL[code // 588])
        out.append(_FINAL[code % 28])
    return _REPEAT.sub(r"\1", "".join(out))


@lru_cache(maxsize=16384)
def latin_skeleton(text: str) -> str:
    """The consonant skeleton of a Latin word ("Nomura" → "nmr", "Berg" → "prk")."""
    s = "".join(ch for ch in unicodedata.normalize("NFKD", text.lower()) if not unicodedata.combining(ch))  # "é" → e
    for a, b in _LATIN_PAIRS:
        s = s.replace(a, b)
    s = _DROP.sub("", s.translate(_LATIN_MAP))
    return _REPEAT.sub(r"\1", s)
