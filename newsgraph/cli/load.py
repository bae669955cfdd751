"""`load-articles PATH...`: extract article files and load them into Neo4j (or, with --dry-run, into JSONL)."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from newsgraph.cli.common import one_line_errors


@click.command("load-articles", help="Extract Korean news articles (files or folders) and load them into Neo4j.")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--dry-run", is_flag=True, help="Extract only; touch no database.")
@click.option("--json-out", type=click.Path(dir_okay=False, path_type=Path),
              help="Write one JSON article graph per line to this file ('-' for stdout).")
@one_line_errors
def load_articles(paths: tuple[Path, ...], dry_run: bool, json_out: Path | None) -> None:
    from newsgraph.pipeline import extract_to_jsonl, load_paths

    if dry_run:
        summary = extract_to_jsonl(list(paths), json_out)
        click.echo(summary.line(), err=True)
        sys.exit(0 if summary.ok else 1)
    summary = load_paths(list(paths), json_out=json_out)
    click.echo(f"articles: {summary.line()}", err=True)
    click.echo(summary.graph_line(), err=True)
    sys.exit(0 if summary.ok else 1)
