"""Opening a Neo4j driver with the project's errors, and reading the server's version."""

from __future__ import annotations

from dataclasses import dataclass

import neo4j
from neo4j import exceptions as neo4j_exc

from newsgraph.errors import GraphError, Neo4jAuthError, Neo4jUnavailableError


@dataclass(frozen=True)
class Connection:
    """Where and as whom to connect."""

    uri: str
    username: str
    password: str
    database: str = "neo4j"
    max_connection_pool_size: int = 100  # NEO4J_MAX_CONNECTION_POOL_SIZE
    fetch_size: int = 1000  # NEO4J_FETCH_SIZE


def open_driver(conn: Connection, *, verify: bool = True) -> neo4j.Driver:
    """A driver for `conn`; with `verify`, fails fast with one clear error when Neo4j is down or refuses us."""
    try:
        driver = neo4j.GraphDatabase.driver(
            conn.uri, auth=(conn.username, conn.password), connection_timeout=10.0, max_transaction_retry_time=30.0,
            max_connection_pool_size=conn.max_connection_pool_size, fetch_size=conn.fetch_size,
        )
    except (ValueError, neo4j_exc.ConfigurationError) as e:
        raise GraphError(f"invalid Neo4j URI {conn.uri!r}: {e}") from e
    if verify:
        try:
            check_connection(driver, conn)
        except GraphError:
            driver.close()
            raise
    return driver


def check_connection(driver: neo4j.Driver, conn: Connection) -> None:
    """Raise Neo4jUnavailableError or Neo4jAuthError unless the server answers and accepts the credentials."""
    try:
        driver.verify_connectivity()
    except neo4j_exc.AuthError as e:
        raise Neo4jAuthError(
            f"Neo4j at {conn.uri} refused the credentials of user {conn.username!r} "
            "(check NEO4J_USERNAME and NEO4J_PASSWORD)"
        ) from e
    except (neo4j_exc.ServiceUnavailable, neo4j_exc.SessionExpired, OSError) as e:
        raise Neo4jUnavailableError(f"Neo4j is not reachable at {conn.uri} (is it running?)") from e
    except neo4j_exc.Neo4jError as e:
        raise GraphError(f"Neo4j at {conn.uri} refused the connection: {e.message}") from e


def server_version(driver: neo4j.Driver, database: str = "neo4j") -> str:
    """The server's name, version and edition, read with `CALL dbms.components()`, e.g. 'Neo4j Kernel 5.26.30 community'."""
    records, _, _ = driver.execute_query(
        "CALL dbms.components() YIELD name, versions, edition RETURN name, versions[0] AS version, edition",
        database_=database,
        routing_=neo4j.RoutingControl.READ,
    )
    return ", ".join(f"{r['name']} {r['version']} {r['edition']}" for r in records)
