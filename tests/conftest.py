"""Test fixtures. Integration tests run against a real Neo4j Community server that this session starts itself.

By default the session installs (first time) and starts its own local instance named `test` on ports
17687/17474, so it never touches the user's `default` instance, and stops it at the end
(NEWSGRAPH_TEST_INSTANCE, NEWSGRAPH_TEST_BOLT_PORT and NEWSGRAPH_TEST_HTTP_PORT choose another). Set
NEWSGRAPH_TEST_NEO4J_URI (+ NEO4J_USERNAME/NEWSGRAPH_TEST_NEO4J_PASSWORD) to use another server instead:
its database is wiped before every test.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import neo4j
import pytest

from graph.connection import Connection, open_driver, server_version
from graph.local.server import LocalServer
from graph.settings import LocalServerSettings

ROOT = Path(__file__).resolve().parent.parent
TEST_PASSWORD = "newsgraph-test"
_server_version: list[str] = []


def server_settings_for_tests(**overrides: object) -> LocalServerSettings:
    """Settings of the test suite's own local instance."""
    values: dict[str, object] = {
        "instance": os.environ.get("NEWSGRAPH_TEST_INSTANCE", "test"),
        "bolt_port": int(os.environ.get("NEWSGRAPH_TEST_BOLT_PORT", "17687")),
        "http_port": int(os.environ.get("NEWSGRAPH_TEST_HTTP_PORT", "17474")),
        "heap": "768m",
        "pagecache": "256m",
        "auth_max_failed_attempts": 0,  # tests try wrong passwords on purpose: no lock-out of the others
    }
    values.update(overrides)
    return LocalServerSettings(**values)  # type: ignore[arg-type]


@pytest.fixture(scope="session")
def neo4j_connection() -> Iterator[Connection]:
    """A running real Neo4j: the external one of NEWSGRAPH_TEST_NEO4J_URI, else the session's local instance."""
    uri = os.environ.get("NEWSGRAPH_TEST_NEO4J_URI")
    if uri:
        yield Connection(uri, os.environ.get("NEO4J_USERNAME", "neo4j"),
                         os.environ.get("NEWSGRAPH_TEST_NEO4J_PASSWORD", TEST_PASSWORD))
        return
    server = LocalServer(server_settings_for_tests(), TEST_PASSWORD)
    started_here = server.pid() is None
    server.start()
    try:
        yield server.connection
    finally:
        if started_here:
            server.stop()


@pytest.fixture(scope="session")
def neo4j_driver(neo4j_connection: Connection) -> Iterator[neo4j.Driver]:
    """A driver to the test server; the server's version is recorded for the end-of-run summary."""
    driver = open_driver(neo4j_connection)
    _server_version.append(server_version(driver))
    yield driver
    driver.close()


@pytest.fixture()
def empty_db(neo4j_driver: neo4j.Driver) -> neo4j.Driver:
    """The test server's driver, its database emptied of all nodes and relationships."""
    with neo4j_driver.session() as session:
        session.run("MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume()
    return neo4j_driver


@pytest.fixture()
def neo4j_env(neo4j_connection: Connection) -> dict[str, str]:
    """Environment variables that point the CLI at the test server."""
    return {"NEO4J_URI": neo4j_connection.uri, "NEO4J_USERNAME": neo4j_connection.username,
            "NEO4J_PASSWORD": neo4j_connection.password}


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Print the version string the real server reported through the driver (CALL dbms.components())."""
    if _server_version:
        terminalreporter.write_line(f"Neo4j server used by the integration tests: {_server_version[0]}")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Everything under tests/integration/ is an integration test (needs the real server)."""
    for item in items:
        if "integration" in Path(str(item.fspath)).parts:
            item.add_marker(pytest.mark.integration)
