"""The main job: article files → article graphs (ingest) → Neo4j (graph). Library functions behind the CLI."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from ingest.models import ArticleGraph
from newsgraph.errors import ArticleError


@dataclass
class RunSummary:
    """What a run did, per file outcome."""

    new: int = 0
    changed: int = 0
    unchanged: int = 0
    failed: int = 0
    pruned: int = 0
    extracted: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when every file was handled."""
        return self.failed == 0

    def line(self) -> str:
        """One line for humans."""
        return (f"{self.new} new, {self.changed} changed, {self.unchanged} unchanged, {self.failed} failed, "
                f"{self.pruned} pruned")


@contextmanager
def _open_out(path: Path | None) -> Iterator[TextIO | None]:
    if path is None:
        yield None
    elif str(path) == "-":
        yield sys.stdout
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("w", encoding="utf-8") as f:
            yield f


def extract_paths(paths: list[Path], summary: RunSummary) -> Iterator[ArticleGraph]:
    """Article graphs of every article file under `paths`; a bad file is counted and reported, the rest go on."""
    from ingest.extract import get_extractor

    from ingest.reader import iter_article_paths, read_article

    extractor = get_extractor()
    for path in iter_article_paths(paths):
        try:
            raw = read_article(path)
        except ArticleError as e:
            summary.failed += 1
            summary.errors.append(str(e))
            print(f"error: {e}", file=sys.stderr)
            continue
        graph = extractor.extract(raw)
        summary.extracted += 1
        yield graph


def extract_to_jsonl(paths: list[Path], out: Path | None) -> RunSummary:
    """Extract without touching any database; write one JSON article graph per line to `out` when given."""
    summary = RunSummary()
    with _open_out(out) as f:
        for graph in extract_paths(paths, summary):
            summary.new += 1
            if f is not None:
                f.write(graph.model_dump_json() + "\n")
    return summary


def load_paths(paths: list[Path], *, json_out: Path | None = None) -> RunSummary:
    """Extract and load into the configured Neo4j (written with the graph writer; see graph/writer.py)."""
    raise NotImplementedError("loading into Neo4j is being written (graph/writer.py)")
