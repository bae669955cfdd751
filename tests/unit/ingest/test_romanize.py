"""Consonant skeletons of Hangul and Latin spellings of one name."""

from __future__ import annotations

import pytest

from ingest.nlp.romanize import hangul_skeleton, latin_skeleton


@pytest.mark.parametrize(("hangul", "latin"), [("노무라", "Nomura"), ("히로키", "Hiroki"), ("다나베", "Tanabe"),
                                               ("베르그", "Berg"), ("가와사키", "Kawasaki")])
def test_same_name_same_skeleton(hangul: str, latin: str) -> None:
    assert hangul_skeleton(hangul) == latin_skeleton(latin)


def test_different_names_differ() -> None:
    assert hangul_skeleton("노무라") != latin_skeleton("Tanaka")
