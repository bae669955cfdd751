"""The reader on hostile input: each bad file is one ArticleError naming it and the reason; odd encodings decode."""

from __future__ import annotations

import json
import os
import tracemalloc
from pathlib import Path

import pytest

from ingest.reader import read_article, read_bytes_bounded
from newsgraph.errors import ArticleError

HOSTILE = Path(__file__).resolve().parents[1] / "data" / "hostile"
EXPECTED: dict[str, str] = json.loads((HOSTILE / "expected.json").read_text(encoding="utf-8"))
REFERENCE = read_article(HOSTILE / "utf8.txt")


@pytest.mark.parametrize("name", sorted(n for n, outcome in EXPECTED.items() if outcome == "loaded"))
def test_every_encoding_of_the_article_decodes_to_the_same_text(name: str) -> None:
    raw = read_article(HOSTILE / name)
    expected = REFERENCE.text if name != "cp949.txt" else REFERENCE.text.replace("나눈", "나눈(똠방각하)")
    assert raw.text == expected
    if name != "cp949.txt":
        assert raw.article.content_hash == REFERENCE.article.content_hash


@pytest.mark.parametrize("name", sorted(n for n, outcome in EXPECTED.items() if outcome != "loaded"))
def test_each_bad_file_is_one_line_naming_the_file_and_the_reason(name: str) -> None:
    with pytest.raises(ArticleError) as caught:
        read_article(HOSTILE / name)
    message = str(caught.value)
    assert message.startswith(str(HOSTILE / name) + ": ")
    assert EXPECTED[name] in message
    assert "\n" not in message


def test_a_50_mb_file_is_refused_before_it_is_read(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as f:
        f.write("삼성전자".encode())
        f.truncate(50 * 2**20)
    tracemalloc.start()
    try:
        with pytest.raises(ArticleError, match=r"file too large \(52428800 bytes, limit 20000000\)"):
            read_article(big, max_bytes=20_000_000)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 2**20


def test_a_file_that_grows_past_the_limit_while_read_is_refused(tmp_path: Path) -> None:
    fifo = tmp_path / "growing.txt"
    os.mkfifo(fifo)  # its size says 0; what comes out of it is larger than the limit
    writer = os.fork()
    if writer == 0:  # pragma: no cover - the child writes and exits
        with fifo.open("wb") as f:
            f.write(b"x" * 5000)
        os._exit(0)
    try:
        with pytest.raises(ArticleError, match="too large"):
            read_bytes_bounded(fifo, 1000)
    finally:
        os.waitpid(writer, 0)


def test_a_file_that_disappeared_says_so(tmp_path: Path) -> None:
    with pytest.raises(ArticleError, match="no such file"):
        read_bytes_bounded(tmp_path / "gone.txt", 1000)
    with pytest.raises(ArticleError, match="no such file"):
        read_article(tmp_path / "never-there.txt")


def test_a_folder_named_like_an_article_is_not_a_regular_file(tmp_path: Path) -> None:
    (tmp_path / "dir.txt").mkdir()
    with pytest.raises(ArticleError, match="not a regular file"):
        read_article(tmp_path / "dir.txt")


def test_random_bytes_are_never_taken_for_utf16_text() -> None:
    import random

    from ingest.reader import decode_bytes

    for seed in range(50):
        data = random.Random(seed).randbytes(4096)
        with pytest.raises(ArticleError, match="binary|undecodable"):
            decode_bytes(data, "x")
