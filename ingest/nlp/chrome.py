"""Page chrome: navigation, share buttons, image-caption markup, copyright lines (patterns in `chrome.tsv`).

Chrome is masked, not deleted, so that character offsets stay those of the article text.
"""

from __future__ import annotations

import re
from functools import cache

from ingest.nlp.resources import read_tsv


@cache
def _patterns() -> tuple[tuple[re.Pattern[str], ...], tuple[re.Pattern[str], ...]]:
    lines, spans = [], []
    for kind, pattern in read_tsv("chrome.tsv"):
        (lines if kind == "line" else spans).append(re.compile(pattern))
    return tuple(lines), tuple(spans)


def is_chrome_line(line: str) -> bool:
    """True when a whole line of the article is page chrome."""
    stripped = line.strip()
    if not stripped:
        return True
    return any(p.search(stripped) for p in _patterns()[0])


def chrome_spans(text: str) -> list[tuple[int, int]]:
    """Character ranges of the text that are chrome (whole lines and parts of lines), sorted."""
    spans: list[tuple[int, int]] = []
    line_patterns, span_patterns = _patterns()
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        if line.strip():
            lead = len(line) - len(line.lstrip())
            stripped = line.strip()
            if any(p.search(stripped) for p in line_patterns):
                spans.append((start, end))
            else:
                for p in span_patterns:
                    for m in p.finditer(stripped):
                        if m.end() > m.start():
                            spans.append((start + lead + m.start(), start + lead + m.end()))
        start = end + 1
    spans.sort()
    return spans
