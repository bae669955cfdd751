"""`newsgraph query NAME [--param k=v]... [--json]`: run a Cypher file of `queries/` (or any .cypher path)."""

from __future__ import annotations

import json

import click

from graph.connection import open_driver
from graph.queries import list_queries, parse_params, resolve_query, run_query
from graph.target import resolve_connection
from newsgraph.cli.common import one_line_errors


@click.command("query", help="Run a query file of queries/ (NAME) or a .cypher path, with --param key=value.")
@click.argument("name", required=False)
@click.option("--param", "params", multiple=True, metavar="KEY=VALUE", help="A query parameter (repeatable).")
@click.option("--json", "as_json", is_flag=True, help="Print the records as a JSON list.")
@click.option("--list", "list_only", is_flag=True, help="List the shipped query files.")
@one_line_errors
def query_command(name: str | None, params: tuple[str, ...], as_json: bool, list_only: bool) -> None:
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


def print_table(records: list[dict]) -> None:
    """Records as aligned text columns (values JSON-encoded when not plain)."""
    if not records:
        click.echo("(no results)")
        return
    keys = list(records[0].keys())
    rows = [[_cell(r.get(k)) for k in keys] for r in records]
    widths = [max(len(k), *(len(row[i]) for row in rows)) for i, k in enumerate(keys)]
    click.echo("  ".join(k.ljust(w) for k, w in zip(keys, widths)))
    for row in rows:
        click.echo("  ".join(c.ljust(w) for c, w in zip(row, widths)))


def _cell(value: object) -> str:
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)
