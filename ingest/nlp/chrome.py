"""Page chrome: navigation, share buttons, image-caption markup, copyright lines (patterns in `chrome.tsv`).

Chrome is masked, not deleted, so that character offsets stay those of the article text. Three rules besides
the patterns: a line of short '|'-separated items (a menu, a ticker, a footer) is chrome; a closing byline
(kind "end") ends the story when more of the story stands before it than after it, so that what a page
shows after it (reactions, related headlines, most-read lists, reader comments, the footer) is chrome too — a
byline at the top of a page, under the headline, ends nothing; and empty lines are chrome.
"""

from __future__ import annotations

import re
from functools import cache

from ingest.nlp.resources import read_tsv

_ITEM_SEP = re.compile(r"\s*\|\s*")
_SENTENCE_END = re.compile(r"(?:[다요죠]|니다)\s*[.!?]?\s*[\"'”’]?\s*$")
_SPACES = re.compile(r"\s+")
_MENU_ITEM_MAX = 40  # characters: a menu or ticker item is short and is no sentence
_STORY_LINE_MIN = 25  # characters: a line of the story is a sentence at least this long (not a headline stub)


@cache
def _patterns() -> dict[str, tuple[re.Pattern[str], ...]]:
    raw: dict[str, list[str]] = {"line": [], "span": [], "end": []}
    for kind, pattern in read_tsv("chrome.tsv"):
        raw[kind].append(pattern)
    out = {k: tuple(re.compile(p) for p in v) for k, v in raw.items()}
    # a line's patterns anchored at its start as one search (it only tries the first position: ~1 µs a line);
    # the others one by one, each searched fast from its own first characters (in one alternation with the
    # anchored ones, every position of the line would try every pattern: ~19 µs a line)
    anchored = [p for p in raw["line"] if p.startswith("^")]
    out["line"] = (*([re.compile("|".join(f"(?:{p})" for p in anchored))] if anchored else []),
                   *(re.compile(p) for p in raw["line"] if not p.startswith("^")))
    return out


def is_menu_line(line: str) -> bool:
    """Two or more short '|'-separated items, none of them a sentence ("홈 | 산업 | 전자", a ticker, a footer)."""
    if "|" not in line:
        return False
    items = [x for x in _ITEM_SEP.split(line.strip()) if x]
    return len(items) >= 2 and all(len(x) <= _MENU_ITEM_MAX and not _SENTENCE_END.search(x) for x in items)


def is_chrome_line(line: str) -> bool:
    """True when a whole line of the article is page chrome."""
    stripped = line.strip()
    if not stripped:
        return True
    return any(p.search(stripped) for p in _patterns()["line"]) or is_menu_line(stripped)


def chrome_spans(text: str, source: str | None = None) -> list[tuple[int, int]]:
    """Character ranges of the text that are chrome (whole lines and parts of lines), sorted. A line that only
    names the outlet (`source`, from the metadata) is chrome too."""
    outlet = _SPACES.sub("", source) if source else None
    spans: list[tuple[int, int]] = []
    patterns = _patterns()
    lines = text.split("\n")
    chrome = [is_chrome_line(line) for line in lines]  # once per line: the story count and the masking need it
    story = [_story_chars(line, is_chrome) for line, is_chrome in zip(lines, chrome, strict=True)]
    story_after = sum(story)
    story_before = 0
    start = 0
    for i, line in enumerate(lines):
        story_after -= story[i]
        end = start + len(line)
        stripped = line.strip()
        if stripped:
            lead = len(line) - len(line.lstrip())
            if chrome[i] or outlet and stripped[0] == outlet[0] and _SPACES.sub("", stripped) == outlet:
                spans.append((start, end))
            elif story_before > story_after and any(p.search(stripped) for p in patterns["end"]):
                spans.append((end, len(text)))  # the byline stays; the rest of the page is chrome
                break
            else:
                for p in patterns["span"]:
                    for m in p.finditer(stripped):
                        if m.end() > m.start():
                            spans.append((start + lead + m.start(), start + lead + m.end()))
                story_before += story[i]
        start = end + 1
    spans.sort()
    return spans


def _story_chars(line: str, chrome: bool) -> int:
    """How much of the story a line holds: its length when it reads as a sentence of the story, else 0."""
    stripped = line.strip()
    if chrome or len(stripped) < _STORY_LINE_MIN or not _SENTENCE_END.search(stripped):
        return 0
    return len(stripped)
