"""The main job: article files → article graphs (ingest) → Neo4j (graph). Library functions behind the CLI."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from ingest.models import ArticleGraph
from newsgraph.errors import ArticleError, ExtractionError

if TYPE_CHECKING:
    from graph.writer import WriteResult


@dataclass
class RunSummary:
    """What a run did, per file outcome."""

    new: int = 0
    changed: int = 0
    unchanged: int = 0
    failed: int = 0
    pruned: int = 0
    extracted: int = 0
    nodes_created: int = 0
    nodes_deleted: int = 0
    relationships_created: int = 0
    relationships_deleted: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when every file was handled."""
        return self.failed == 0

    def line(self) -> str:
        """One line for humans."""
        return (f"{self.new} new, {self.changed} changed, {self.unchanged} unchanged, {self.failed} failed, "
                f"{self.pruned} pruned")

    def graph_line(self) -> str:
        """What loading did to the graph, for humans."""
        return (f"nodes: {self.nodes_created} created, {self.nodes_deleted} deleted; "
                f"relationships: {self.relationships_created} created, {self.relationships_deleted} deleted")

    def fail(self, message: str) -> None:
        """Count a file that could not be handled, and say why on stderr (one line)."""
        self.failed += 1
        self.errors.append(message)
        print(f"error: {message}", file=sys.stderr)


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
    """Load article files (or folders of them) into the configured Neo4j; see graph/writer.py for the graph side.

    Connects (NEO4J_URI, else the local server started on demand) and applies the schema. Then, per article:
    read it; when the same path is loaded with the same content hash it is "unchanged" and skipped without NLP;
    else it is extracted and written ("new" or "changed": its previous contribution is replaced). A file that
    cannot be read or extracted is counted as failed with one line naming it and the reason; the rest go on.
    """
    from graph.connection import open_driver
    from graph.statements import apply_schema
    from graph.target import resolve_connection
    from graph.writer import GraphWriter
    from ingest.extract import get_extractor
    from ingest.reader import iter_article_paths, read_article

    summary = RunSummary()
    conn = resolve_connection()
    with open_driver(conn) as driver, _open_out(json_out) as out:
        apply_schema(driver, conn.database)
        writer = GraphWriter(driver, conn.database)
        extractor = None
        for path in iter_article_paths(paths):
            try:
                raw = read_article(path)
            except ArticleError as e:
                summary.fail(str(e))
                continue
            if writer.stored_hash(raw.article.path) == raw.article.content_hash:
                summary.unchanged += 1
                continue
            extractor = extractor or get_extractor()
            try:
                graph = extractor.extract(raw)
            except (ArticleError, ExtractionError) as e:
                summary.fail(str(e) if isinstance(e, ArticleError) else f"{path}: {e}")
                continue
            summary.extracted += 1
            if out is not None:
                out.write(graph.model_dump_json() + "\n")
            result = writer.write_article(graph)
            _count(summary, result)
    return summary


def _count(summary: RunSummary, result: WriteResult) -> None:
    if result.status == "new":
        summary.new += 1
    elif result.status == "changed":
        summary.changed += 1
    else:
        summary.unchanged += 1
    summary.nodes_created += result.counts.nodes_created
    summary.nodes_deleted += result.counts.nodes_deleted
    summary.relationships_created += result.counts.relationships_created
    summary.relationships_deleted += result.counts.relationships_deleted
