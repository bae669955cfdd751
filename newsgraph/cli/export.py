"""`newsgraph export --html OUT.html`: the graph as a self-contained interactive page (see graph/export.py)."""

from __future__ import annotations

from pathlib import Path

import click

from graph.connection import open_driver
from graph.export import export_html
from graph.target import resolve_connection
from newsgraph.cli.common import one_line_errors


@click.command("export", help="Write the graph (people, organizations, meetings, topics) as a self-contained "
                              "interactive HTML page: drag, zoom, hover for details; no network needed to view it.")
@click.option("--html", "html_out", required=True, type=click.Path(dir_okay=False, writable=True, path_type=Path),
              metavar="OUT.html", help="The page to write.")
@click.option("--title", default="newsgraph", show_default=True, help="Title of the page.")
@one_line_errors
def export_command(html_out: Path, title: str) -> None:
    conn = resolve_connection()
    with open_driver(conn) as driver:
        summary = export_html(driver, html_out, database=conn.database, title=title)
    click.echo(f"{summary.path}: {summary.nodes} nodes, {summary.links} relationships")
