"""The `newsgraph` command group: local Neo4j, queries, evaluation. `load-articles` is its own script (load.py)."""

from __future__ import annotations

import click

from newsgraph import __version__
from newsgraph.cli.eval import eval_command
from newsgraph.cli.export import export_command
from newsgraph.cli.load import load_articles
from newsgraph.cli.neo4j_cmd import neo4j_group
from newsgraph.cli.query import query_command
from newsgraph.cli.recount import recount_command


@click.group(help="Korean business news into a Neo4j knowledge graph.")
@click.version_option(__version__, prog_name="newsgraph")
def main() -> None:
    """Entry point of the `newsgraph` script."""


main.add_command(neo4j_group)
main.add_command(query_command)
main.add_command(load_articles, name="load")
main.add_command(eval_command)
main.add_command(export_command)
main.add_command(recount_command)
