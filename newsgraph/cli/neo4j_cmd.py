"""`newsgraph neo4j start|stop|status|reset`: the local Neo4j Community server (no Docker)."""

from __future__ import annotations

import click

from graph.target import local_server
from newsgraph.cli.common import one_line_errors


@click.group("neo4j", help="Run the local Neo4j server (127.0.0.1 only), installed from Maven Central on first use.")
def neo4j_group() -> None:
    """Commands for the local server."""


@neo4j_group.command("start", help="Install on first use, start in the background, wait until Bolt answers.")
@one_line_errors
def start() -> None:
    server = local_server()
    was_running = server.pid() is not None
    st = server.start()
    click.echo(f"Neo4j {'was already running' if was_running else 'started'} (pid {st.pid}): {st.version}")
    click.echo(f"Bolt:    {st.bolt_uri}")
    click.echo(f"Browser: {st.browser_url}")


@neo4j_group.command("stop", help="Stop the local server and its JVM.")
@one_line_errors
def stop() -> None:
    click.echo("Neo4j stopped." if local_server().stop() else "Neo4j was not running.")


@neo4j_group.command("status", help="Say whether the local server runs, and its version and addresses.")
@one_line_errors
def status() -> None:
    st = local_server().status()
    if not st.running:
        click.echo(f"Neo4j is not running (home {st.home}).")
        raise SystemExit(3)
    click.echo(f"Neo4j is running (pid {st.pid}): {st.version or 'Bolt not answering yet'}")
    click.echo(f"Bolt:    {st.bolt_uri}")
    click.echo(f"Browser: {st.browser_url}")


@neo4j_group.command("reset", help="Stop the local server and delete its database (the jars stay cached).")
@click.confirmation_option(prompt="Delete the local Neo4j database?")
@one_line_errors
def reset() -> None:
    server = local_server()
    server.reset()
    click.echo(f"Deleted {server.home}.")
