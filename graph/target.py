"""Which Neo4j to talk to: the one NEO4J_URI names, else the local server (started on demand)."""

from __future__ import annotations

from graph.connection import Connection
from graph.local.server import LocalServer
from graph.settings import LocalServerSettings, Neo4jSettings


def local_server(neo4j: Neo4jSettings | None = None, local: LocalServerSettings | None = None) -> LocalServer:
    """The local server configured by the environment (its password: NEO4J_PASSWORD or the documented default)."""
    neo4j = neo4j or Neo4jSettings()
    return LocalServer(local or LocalServerSettings(), neo4j.resolved_password(), neo4j.username)


def resolve_connection(*, start_local: bool = True) -> Connection:
    """The configured connection; with no NEO4J_URI, the local server's, started first when `start_local`."""
    settings = Neo4jSettings()
    if settings.uri:
        return settings_connection(settings, settings.uri)
    server = local_server(settings)
    if start_local:
        server.start()
    return settings_connection(settings, server.bolt_uri)


def settings_connection(settings: Neo4jSettings, uri: str) -> Connection:
    """The connection to `uri` with the credentials, database and driver settings of `settings`."""
    return Connection(uri, settings.username, settings.resolved_password(), settings.database,
                      max_connection_pool_size=settings.max_connection_pool_size, fetch_size=settings.fetch_size)
