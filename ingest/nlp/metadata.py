"""Article metadata read from the text itself, for files without sidecar or front matter.

Only what the text states: a dated header or footer line ("입력 2024.06.15 10:00"), the copyright or byline
line for the source ("[ⓒ KPI뉴스. 무단전재...]", "KPI뉴스 / 홍길동 기자"), the first headline-like line as the
title. Anything not found stays absent.
"""

from __future__ import annotations

import datetime as dt
import re

from ingest.nlp.chrome import is_chrome_line

_FULL_DATE = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*[.\-/년]\s*(\d{1,2})\s*[.\-/월]\s*(\d{1,2})(?!\d)")
_DATE_CUE = re.compile(r"(입력|등록|발행|승인|게재|송고|작성|기사입력|업데이트|수정)")
_COPYRIGHT = re.compile(r"(?:ⓒ|©|Copyright\s*(?:ⓒ|©)?|저작권자\s*(?:ⓒ|©)?)\s*\(?([^\s.,\]\)]{2,20}?)(?:[.,\]\)]|\s|$)")
_BYLINE_SOURCE = re.compile(r"^([^\s/]{2,20})\s*/\s*[가-힣]{2,4}\s*(?:기자|특파원)")
_BRACKET_SOURCE = re.compile(r"^\[([가-힣A-Za-z]{2,12})(?:=[^\]]*)?\]")
_SENTENCE_END = re.compile(r"(다|요|음|함)\.\s*$")


def infer_metadata(text: str) -> dict[str, object]:
    """Metadata found in the text: any of 'published' (date), 'source', 'title'."""
    lines = [line.strip() for line in text.split("\n")]
    meta: dict[str, object] = {}
    published = _published(lines)
    if published:
        meta["published"] = published
    source = _source(lines)
    if source:
        meta["source"] = source
    title = _title(lines)
    if title:
        meta["title"] = title
    return meta


def _date(m: re.Match[str]) -> dt.date | None:
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def _published(lines: list[str]) -> dt.date | None:
    edges = lines[:15] + lines[-15:]
    for line in edges:
        if _DATE_CUE.search(line):
            m = _FULL_DATE.search(line)
            if m and (d := _date(m)):
                return d
    for line in edges:
        if len(line) <= 40:
            m = _FULL_DATE.search(line)
            if m and (d := _date(m)):
                return d
    return None


def _source(lines: list[str]) -> str | None:
    for line in reversed(lines):
        m = _COPYRIGHT.search(line)
        if m:
            return m.group(1)
        m = _BYLINE_SOURCE.match(line)
        if m:
            return m.group(1)
    for line in lines[:20]:
        m = _BRACKET_SOURCE.match(line)
        if m:
            return m.group(1)
    return None


def _title(lines: list[str]) -> str | None:
    for line in lines[:10]:
        if not line or is_chrome_line(line) or line.startswith(("-", "▲", "|", "[", "<", "!")):
            continue
        if 5 <= len(line) <= 120 and not _SENTENCE_END.search(line):
            return line
        return None
    return None
