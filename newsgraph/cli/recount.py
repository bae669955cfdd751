"""`newsgraph recount`: rebuild the organizations-met summary of most_met_organizations (see graph/met.py)."""

from __future__ import annotations

import click

from graph.connection import open_driver
from graph.met import recount
from graph.statements import apply_schema
from graph.target import resolve_connection
from newsgraph.cli.common import one_line_errors


@click.command("recount", help="Rebuild the summary that most_met_organizations reads, from every meeting. Loads keep "
                               "it exact; run this once on a graph loaded by an older newsgraph, with no load running (applying the "
                               "schema also gives its people the lookup names the person queries seek).")
@one_line_errors
def recount_command() -> None:
    conn = resolve_connection()
    with open_driver(conn) as driver:
        apply_schema(driver, conn.database)
        meetings = recount(driver, conn.database)
    click.echo(f"organizations-met summary rebuilt from {meetings} meetings")
