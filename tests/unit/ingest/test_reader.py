"""Reading article files: decoding, normalization, metadata and the errors a user can meet."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from ingest.reader import iter_article_paths, read_article
from newsgraph.errors import ArticleError, MetadataError

BODY = "삼성전자는 지난 11일 새 반도체 공장을 열었다.\n"


def _write(tmp_path: Path, data: bytes, name: str = "a.txt") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp949", "euc-kr"])
def test_decodes_common_korean_encodings(tmp_path: Path, encoding: str) -> None:
    raw = read_article(_write(tmp_path, BODY.encode(encoding)))
    assert raw.text == BODY
    assert raw.article.char_count == len(BODY)


def test_normalizes_newlines_nfc_and_odd_spaces(tmp_path: Path) -> None:
    decomposed = "\u1109\u1161\u11b7\u1109\u1165\u11bc"  # 삼성 in conjoining jamo
    raw = read_article(_write(tmp_path, f"{decomposed}\u00a0전자\r\n둘째 줄\r".encode()))
    assert raw.text == "삼성 전자\n둘째 줄\n"


def test_sidecar_metadata_fills_the_article(tmp_path: Path) -> None:
    path = _write(tmp_path, BODY.encode())
    (tmp_path / "a.meta.json").write_text(json.dumps({"published": "2024-06-15", "source": "쿠키뉴스",
                                                      "title": "제목", "url": None}), encoding="utf-8")
    article = read_article(path).article
    assert (article.published, article.source, article.title, article.url) == (dt.date(2024, 6, 15), "쿠키뉴스",
                                                                                 "제목", None)
    assert article.path == str(path.resolve())
    assert len(article.content_hash) == 64


def test_front_matter_is_metadata_and_not_text(tmp_path: Path) -> None:
    raw = read_article(_write(tmp_path, ("---\ntitle: 머리\npublished: 2023-01-02\nsource: 한국일보\n---\n" + BODY).encode()))
    assert raw.text == BODY
    assert raw.article.published == dt.date(2023, 1, 2)
    assert raw.article.source == "한국일보"


def test_metadata_is_inferred_from_the_text(tmp_path: Path) -> None:
    text = "반도체 투자 늘린다\n입력 2024.03.05 10:21\n" + BODY + "[ⓒ 한빛일보. 무단전재-재배포 금지]\n"
    article = read_article(_write(tmp_path, text.encode())).article
    assert article.published == dt.date(2024, 3, 5)
    assert article.source == "한빛일보"
    assert article.title == "반도체 투자 늘린다"


def test_hash_changes_with_metadata(tmp_path: Path) -> None:
    path = _write(tmp_path, BODY.encode())
    before = read_article(path).article.content_hash
    (tmp_path / "a.meta.json").write_text('{"published": "2024-06-15"}', encoding="utf-8")
    assert read_article(path).article.content_hash != before


@pytest.mark.parametrize(
    ("data", "reason"),
    [(b"", "empty"), (b"  \n\t\n", "empty"), (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
     (b"only latin text here", "no Korean")],
)
def test_bad_files_raise_article_error(tmp_path: Path, data: bytes, reason: str) -> None:
    with pytest.raises(ArticleError, match=reason):
        read_article(_write(tmp_path, data))


def test_missing_and_too_large_files(tmp_path: Path) -> None:
    with pytest.raises(ArticleError, match="no such file"):
        read_article(tmp_path / "nope.txt")
    with pytest.raises(ArticleError, match="too large"):
        read_article(_write(tmp_path, BODY.encode()), max_bytes=10)


@pytest.mark.parametrize("sidecar", ["{not json", "[1, 2]", '{"published": "2024-02-30"}', '{"published": "15.06.2024"}'])
def test_broken_sidecar_raises_metadata_error(tmp_path: Path, sidecar: str) -> None:
    path = _write(tmp_path, BODY.encode())
    (tmp_path / "a.meta.json").write_text(sidecar, encoding="utf-8")
    with pytest.raises(MetadataError):
        read_article(path)


def test_iter_article_paths_walks_folders_sorted_without_sidecars(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    for name in ["b.txt", "a.md", "a.meta.json", "sub/c.txt", "notes.csv"]:
        (tmp_path / name).write_text(BODY, encoding="utf-8")
    found = list(iter_article_paths([tmp_path, tmp_path / "b.txt", tmp_path / "a.meta.json"]))
    assert [p.relative_to(tmp_path).as_posix() for p in found] == ["a.md", "b.txt", "sub/c.txt"]
