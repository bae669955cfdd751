"""`newsgraph eval`: score extraction against hand annotations (see `ingest.evaluate`)."""

from __future__ import annotations

import json
from pathlib import Path

import click

from newsgraph.cli.common import one_line_errors


@click.command("eval")
@click.option("--gold", "gold_dir", required=True, type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="Folder of gold annotations, one NAME.json per article NAME.txt.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@one_line_errors
def eval_command(gold_dir: Path, as_json: bool, paths: tuple[Path, ...]) -> None:
    """Score article graphs against gold annotations: P/R/F1 per kind, and what was missed or wrong.

    PATHS are article files or folders (extracted on the fly) or `.jsonl` files of article graphs.
    """
    from ingest.evaluate import evaluate, format_report, load_predictions

    if not any(gold_dir.glob("*.json")):
        raise click.BadParameter(f"no *.json gold files in {gold_dir}", param_hint="--gold")
    preds: list = []
    articles = [p for p in paths if p.suffix != ".jsonl"]
    for p in paths:
        if p.suffix == ".jsonl":
            try:
                preds.extend(load_predictions(p))
            except (json.JSONDecodeError, KeyError) as e:
                raise click.BadParameter(f"{p} is not a JSONL file of article graphs: {e}") from e
    if articles:
        from ingest.extract import get_extractor
        from ingest.reader import iter_article_paths, read_article

        extractor = get_extractor()
        for path in iter_article_paths(articles):
            preds.append(extractor.extract(read_article(path)))
    report = evaluate(preds, gold_dir)
    if as_json:
        click.echo(json.dumps({
            "people": [report.people.precision, report.people.recall, report.people.f1],
            "organizations": [report.organizations.precision, report.organizations.recall, report.organizations.f1],
            "meetings": [report.meetings.precision, report.meetings.recall, report.meetings.f1],
            "meeting_date_accuracy": report.date_accuracy,
            "core_topics": [report.core_topics.precision, report.core_topics.recall, report.core_topics.f1],
        }, ensure_ascii=False))
    else:
        click.echo(format_report(report))
