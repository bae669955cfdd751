"""Consonant skeletons of Hangul and Latin spellings of one name."""

from __future__ import annotations

import pytest

from ingest.nlp.romanize import hangul_skeleton, latin_skeleton


@pytest.mark.parametrize(("hangul", "latin"), [("모리타", "Morita"), ("겐지", "Kenji"), ("사토", "Sato"),
                                               ("보겔", "Vogel"), ("쿡", "Cook")])
def test_same_name_same_skeleton(hangul: str, latin: str) -> None:
    assert hangul_skeleton(hangul) == latin_skeleton(latin)


def test_different_names_differ() -> None:
    assert hangul_skeleton("모리타") != latin_skeleton("Tanaka")
