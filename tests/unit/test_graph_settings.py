"""Driver settings from the environment reach the driver: NEO4J_MAX_CONNECTION_POOL_SIZE and NEO4J_FETCH_SIZE."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from graph.connection import Connection, open_driver
from graph.settings import Neo4jSettings
from graph.target import resolve_connection


def test_pool_size_and_fetch_size_default_to_the_drivers_defaults(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NEO4J_MAX_CONNECTION_POOL_SIZE", raising=False)
    monkeypatch.delenv("NEO4J_FETCH_SIZE", raising=False)
    settings = Neo4jSettings()
    assert (settings.max_connection_pool_size, settings.fetch_size) == (100, 1000)


def test_the_environment_sets_them_on_the_connection_and_the_driver(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEO4J_URI", "neo4j://cluster.example:7687")
    monkeypatch.setenv("NEO4J_PASSWORD", "x")
    monkeypatch.setenv("NEO4J_MAX_CONNECTION_POOL_SIZE", "7")
    monkeypatch.setenv("NEO4J_FETCH_SIZE", "250")
    conn = resolve_connection(start_local=False)
    assert conn == Connection("neo4j://cluster.example:7687", "neo4j", "x", "neo4j", max_connection_pool_size=7,
                              fetch_size=250)
    with open_driver(conn, verify=False) as driver:  # no server needed: nothing is sent before the first query
        assert driver._pool.pool_config.max_connection_pool_size == 7
        assert driver._default_workspace_config.fetch_size == 250


def test_a_pool_of_no_connections_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEO4J_MAX_CONNECTION_POOL_SIZE", "0")
    with pytest.raises(ValidationError):
        Neo4jSettings()
