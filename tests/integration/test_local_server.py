"""The local Neo4j server: a real Neo4j Community 5.26 on 127.0.0.1, started without Docker."""

from __future__ import annotations

import socket
import subprocess
import urllib.request

import neo4j
import pytest
from click.testing import CliRunner

from graph.connection import Connection, open_driver, server_version
from graph.local.server import LocalServer
from newsgraph.cli import main
from newsgraph.errors import LocalServerError, Neo4jAuthError, Neo4jUnavailableError
from tests.conftest import TEST_PASSWORD, server_settings_for_tests


def test_server_reports_community_5_26_through_the_driver(neo4j_driver: neo4j.Driver) -> None:
    version = server_version(neo4j_driver)
    print(f"\nNeo4j version read with CALL dbms.components(): {version}")
    assert "5.26." in version and "community" in version


def test_browser_page_is_served_on_loopback(neo4j_connection: Connection) -> None:
    http_port = server_settings_for_tests().http_port
    with urllib.request.urlopen(f"http://127.0.0.1:{http_port}/browser/", timeout=10) as resp:
        page = resp.read().decode("utf-8", "replace")
    assert "<title>Neo4j Browser</title>" in page


def test_server_listens_on_loopback_only(neo4j_connection: Connection) -> None:
    out = subprocess.run(["ss", "-ltnH"], check=False, capture_output=True, text=True).stdout
    ports = {str(server_settings_for_tests().bolt_port), str(server_settings_for_tests().http_port)}
    listening = [line.split()[3] for line in out.splitlines() if line.split()[3].rsplit(":", 1)[-1] in ports]
    assert len(listening) == 2
    assert all("127.0.0.1" in addr for addr in listening), listening


def test_second_start_is_a_no_op(neo4j_connection: Connection) -> None:
    server = LocalServer(server_settings_for_tests(), TEST_PASSWORD)
    pid = server.pid()
    assert pid is not None
    status = server.start()
    assert status.running and status.pid == pid


def test_wrong_password_is_one_clear_error(neo4j_connection: Connection) -> None:
    with pytest.raises(Neo4jAuthError, match="refused the password"):
        LocalServer(server_settings_for_tests(), "not-the-password").start()
    with pytest.raises(Neo4jAuthError, match="refused the credentials"):
        open_driver(Connection(neo4j_connection.uri, "neo4j", "not-the-password"))


def test_cli_wrong_password_exits_non_zero_with_one_line(neo4j_connection: Connection) -> None:
    settings = server_settings_for_tests()
    env = {"NEWSGRAPH_INSTANCE": settings.instance, "NEWSGRAPH_BOLT_PORT": str(settings.bolt_port),
           "NEWSGRAPH_HTTP_PORT": str(settings.http_port), "NEO4J_PASSWORD": "not-the-password"}
    result = CliRunner().invoke(main, ["neo4j", "start"], env=env)
    assert result.exit_code == 1
    assert result.output.startswith("Error: the local Neo4j at bolt://127.0.0.1:")
    assert len(result.output.strip().splitlines()) == 1


def test_port_taken_by_another_program_is_one_clear_error() -> None:
    with socket.socket() as other:
        other.bind(("127.0.0.1", 0))
        other.listen()
        port = other.getsockname()[1]
        server = LocalServer(server_settings_for_tests(instance="test-port", bolt_port=port, http_port=port + 1),
                             TEST_PASSWORD)
        with pytest.raises(LocalServerError, match=f"port {port} on 127.0.0.1 \\(Bolt\\) is taken"):
            server.start()
        assert server.pid() is None


def test_missing_java_is_one_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", "/nonexistent")
    monkeypatch.delenv("JAVA_HOME", raising=False)
    result = CliRunner().invoke(main, ["neo4j", "start"], env={"NEWSGRAPH_INSTANCE": "test-nojava"})
    assert result.exit_code == 1
    assert result.output.strip() == (
        "Error: Java is missing: Neo4j 5.26 needs Java 17 or 21 (install openjdk-17-jre-headless, or set JAVA_HOME)"
    )


def test_unreachable_server_is_one_clear_error() -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(Neo4jUnavailableError, match="not reachable"):
        open_driver(Connection(f"bolt://127.0.0.1:{port}", "neo4j", "whatever-pw"))


def test_start_status_stop_of_a_separate_instance_stops_the_jvm(tmp_path_factory: pytest.TempPathFactory) -> None:
    settings = server_settings_for_tests(instance="test-lifecycle", bolt_port=_free_port(), http_port=_free_port())
    server = LocalServer(settings, TEST_PASSWORD)
    try:
        status = server.start()
        assert status.running and status.version and "5.26" in status.version
        pid = status.pid
        assert pid is not None
    finally:
        assert server.stop() is True
    assert server.pid() is None
    assert not LocalServer(settings, TEST_PASSWORD).status().running
    assert _process_gone(pid)
    server.reset()


def _process_gone(pid: int) -> bool:
    """True when no process has this pid any more, or only its zombie awaits reaping by init."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as f:
            return f.read().split(") ")[-1].startswith("Z")
    except FileNotFoundError:
        return True


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])
