"""`newsgraph query NAME [--param k=v]... [--json]`: run a Cypher file of `queries/` (or any .cypher path).

`newsgraph query --all` runs every shipped query file with the example parameters of its own comment block
(`// :param name => value`) and prints each question with its answer (what `make demo` shows).
"""

from __future__ import annotations

import json
from typing import Any

import click

from graph.connection import open_driver
from graph.queries import list_queries, parse_params, read_doc, resolve_query, run_query
from graph.target import resolve_connection
from newsgraph.cli.common import one_line_errors


@click.command("query", help="Run a query file of queries/ (NAME) or a .cypher path, with --param key=value.")
@click.argument("name", required=False)
@click.option("--param", "params", multiple=True, metavar="KEY=VALUE", help="A query parameter (repeatable).")
@click.option("--json", "as_json", is_flag=True, help="Print the records as a JSON list.")
@click.option("--list", "list_only", is_flag=True, help="List the shipped query files.")
@click.option("--all", "run_all", is_flag=True,
              help="Run every shipped query file with the example parameters of its comment block.")
@one_line_errors
def query_command(name: str | None, params: tuple[str, ...], as_json: bool, list_only: bool, run_all: bool) -> None:
    if run_all:
        _run_all(as_json)
        return
    if list_only or not name:
        for q in list_queries():
            click.echo(q)
        return
    path = resolve_query(name)
    values = parse_params(params)
    conn = resolve_connection()
    with open_driver(conn) as driver:
        records = run_query(driver, path, values, conn.database)
    if as_json:
        click.echo(json.dumps(records, ensure_ascii=False, indent=2))
        return
    print_table(records)


def _run_all(as_json: bool) -> None:
    docs = [read_doc(resolve_query(name)) for name in list_queries()]
    conn = resolve_connection()
    answers: list[dict[str, Any]] = []
    with open_driver(conn) as driver:
        for doc in docs:
            records = run_query(driver, resolve_query(doc.name), doc.params, conn.database)
            if as_json:
                answers.append({"query": doc.name, "question": doc.question_en, "질문": doc.question_ko,
                                "params": doc.params, "records": records})
                continue
            click.echo(f"== {doc.name}: {doc.question_en}")
            click.echo(f"   {doc.question_ko}")
            if doc.params:
                click.echo("   " + ", ".join(f"{k} = {json.dumps(v, ensure_ascii=False)}" for k, v in doc.params.items()))
            print_table(records)
            click.echo()
    if as_json:
        click.echo(json.dumps(answers, ensure_ascii=False, indent=2))


def print_table(records: list[dict]) -> None:
    """Records as aligned text columns (paths as 'a → b → c', other values JSON-encoded when not plain)."""
    if not records:
        click.echo("(no results)")
        return
    keys = list(records[0].keys())
    rows = [[_cell(r.get(k)) for k in keys] for r in records]
    widths = [max(len(k), *(len(row[i]) for row in rows)) for i, k in enumerate(keys)]
    click.echo("  ".join(k.ljust(w) for k, w in zip(keys, widths)).rstrip())
    for row in rows:
        click.echo("  ".join(c.ljust(w) for c, w in zip(row, widths)).rstrip())


def _is_node(value: object) -> bool:
    return isinstance(value, dict) and "labels" in value


def _caption(node: dict) -> str:
    if "Meeting" in node["labels"]:
        return f"[{node.get('date') or 'undated'} meeting]"
    if "Article" in node["labels"]:
        return f"[{node.get('source') or ''} {node.get('title') or node.get('path')}]".replace("[ ", "[")
    return str(node.get("name") or node.get("key"))


def _cell(value: object) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, list) and value and all(_is_node(v) for v in value):
        return " → ".join(_caption(v) for v in value)
    if isinstance(value, list) and value and all(isinstance(v, list) and v and all(map(_is_node, v)) for v in value):
        return "; ".join(_cell(v) for v in value)
    return json.dumps(value, ensure_ascii=False)
