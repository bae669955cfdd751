"""Loading the pattern and lexicon data files under `ingest/data/` (cached: read once per process)."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

DATA_DIR = Path(__file__).resolve().parent.parent / "data"


def data_path(name: str) -> Path:
    """Absolute path of a data file shipped in `ingest/data/`."""
    return DATA_DIR / name


@cache
def read_lines(name: str) -> tuple[str, ...]:
    """Non-empty, non-comment lines of a text data file (comments start with '#')."""
    lines = data_path(name).read_text(encoding="utf-8").splitlines()
    return tuple(s for s in (line.rstrip("\n") for line in lines) if s.strip() and not s.lstrip().startswith("#"))


@cache
def read_tsv(name: str) -> tuple[tuple[str, ...], ...]:
    """Rows of a TSV data file (comment lines skipped), each as a tuple of stripped cells."""
    return tuple(tuple(cell.strip() for cell in line.split("\t")) for line in read_lines(name))


@cache
def read_word_set(name: str) -> frozenset[str]:
    """A set of words: every whitespace-separated item of a text data file."""
    return frozenset(word for line in read_lines(name) for word in line.split())


@cache
def read_jsonl(name: str) -> tuple[dict[str, Any], ...]:
    """Records of a JSONL data file (blank and '#' lines skipped)."""
    return tuple(json.loads(line) for line in read_lines(name))


@cache
def read_json(name: str) -> Any:
    """A JSON data file."""
    return json.loads(data_path(name).read_text(encoding="utf-8"))
