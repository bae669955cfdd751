"""Start, stop and inspect a local Neo4j Community server bound to 127.0.0.1, without Docker.

The jars come from Maven Central (see install.py). Each instance has its own home (conf, data, logs, run) under
the cache directory, so the test suite's instance never touches the user's data. The server is launched with
Neo4j's own launcher (`org.neo4j.server.startup.Neo4jCommand start`, the code path of `bin/neo4j start`).
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import time
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from graph.connection import Connection, open_driver, server_version
from graph.local import install
from graph.settings import LocalServerSettings
from newsgraph.errors import LocalServerError, Neo4jAuthError, Neo4jUnavailableError
from newsgraph.processes import process_alive

MIN_PASSWORD_LENGTH = 8


@dataclass(frozen=True)
class ServerStatus:
    """What `newsgraph neo4j status` reports."""

    running: bool
    pid: int | None
    version: str | None
    bolt_uri: str
    browser_url: str
    home: Path


class LocalServer:
    """One local Neo4j instance: its home directory, ports and initial password."""

    def __init__(self, settings: LocalServerSettings, password: str, username: str = "neo4j") -> None:
        self.settings = settings
        self.password = password
        self.username = username
        self.home = settings.home / f"neo4j-{install.NEO4J_LINE}" / "instances" / settings.instance
        self.bolt_uri = f"bolt://127.0.0.1:{settings.bolt_port}"
        self.browser_url = f"http://127.0.0.1:{settings.http_port}/browser/"

    @property
    def connection(self) -> Connection:
        """How to reach this server through Bolt."""
        return Connection(self.bolt_uri, self.username, self.password)

    # --- state -------------------------------------------------------------------------------------------------

    def pid(self) -> int | None:
        """The server JVM's pid when it is alive, read from Neo4j's own pid file."""
        pid_file = self.home / "run" / "neo4j.pid"
        try:
            pid = int(pid_file.read_text().strip())
        except (OSError, ValueError):
            return None
        return pid if process_alive(pid) else None

    def status(self) -> ServerStatus:
        """Whether the server runs; when it does, its version read through the driver."""
        pid = self.pid()
        version = None
        if pid is not None:
            try:
                driver = open_driver(self.connection)
            except Neo4jUnavailableError:
                pass  # the JVM is up but Bolt is not answering (yet)
            else:
                with driver:
                    version = server_version(driver)
        return ServerStatus(pid is not None, pid, version, self.bolt_uri, self.browser_url, self.home)

    # --- start / stop ------------------------------------------------------------------------------------------

    def start(self) -> ServerStatus:
        """Install on first use, start in the background and wait until Bolt answers. A no-op when running."""
        java = install.check_java()
        if len(self.password) < MIN_PASSWORD_LENGTH:
            raise LocalServerError(f"the Neo4j password must be at least {MIN_PASSWORD_LENGTH} characters")
        if self.pid() is None:
            lib = install.install(self.settings.home)
            self._check_ports_free()
            self._write_conf()
            if not (self.home / "data" / "dbms" / "auth.ini").exists():
                self._set_initial_password(java, lib)
            self._launch(java, lib)
        self._wait_for_bolt()
        return self.status()

    def stop(self, timeout: float = 120.0) -> bool:
        """Stop the server JVM (SIGTERM, then SIGKILL after `timeout`); False when it was not running."""
        pid = self.pid()
        if pid is None:
            return False
        os.kill(pid, signal.SIGTERM)
        deadline = time.monotonic() + timeout
        while process_alive(pid) and time.monotonic() < deadline:
            time.sleep(0.2)
        if process_alive(pid):
            os.kill(pid, signal.SIGKILL)
            while process_alive(pid):
                time.sleep(0.1)
        (self.home / "run" / "neo4j.pid").unlink(missing_ok=True)
        return True

    def reset(self) -> None:
        """Stop the server and delete this instance's data and logs (the jars stay cached)."""
        import shutil

        self.stop()
        if self.home.exists():
            shutil.rmtree(self.home)

    # --- helpers -----------------------------------------------------------------------------------------------

    def _env(self) -> dict[str, str]:
        env = dict(os.environ)
        env["NEO4J_HOME"] = str(self.home)
        env["NEO4J_CONF"] = str(self.home / "conf")
        for key in [k for k in env if k.startswith("NEO4J_") and k not in ("NEO4J_HOME", "NEO4J_CONF")]:
            del env[key]  # NEO4J_* of the client (URI, PASSWORD...) would be read as server settings
        return env

    def _check_ports_free(self) -> None:
        for name, port in (("Bolt", self.settings.bolt_port), ("HTTP", self.settings.http_port)):
            if _port_taken(port):
                raise LocalServerError(
                    f"port {port} on 127.0.0.1 ({name}) is taken by another program; stop it or choose another "
                    f"port with NEWSGRAPH_{name.upper()}_PORT"
                )

    def _write_conf(self) -> None:
        template = resources.files("graph.local").joinpath("neo4j.conf").read_text(encoding="utf-8")
        conf = template.format(
            bolt_port=self.settings.bolt_port,
            http_port=self.settings.http_port,
            heap=self.settings.heap,
            pagecache=self.settings.pagecache,
            auth_max_failed_attempts=self.settings.auth_max_failed_attempts,
        )
        (self.home / "conf").mkdir(parents=True, exist_ok=True)
        (self.home / "conf" / "neo4j.conf").write_text(conf, encoding="utf-8")

    def _set_initial_password(self, java: str, lib: Path) -> None:
        cmd = [java, "-cp", f"{lib}/*", "org.neo4j.server.startup.Neo4jAdminCommand",
               "dbms", "set-initial-password", self.password]
        proc = subprocess.run(cmd, env=self._env(), check=False, capture_output=True, text=True, timeout=300)
        if proc.returncode != 0:
            raise LocalServerError(f"could not set the initial password: {_last_line(proc.stderr + proc.stdout)}")

    def _launch(self, java: str, lib: Path) -> None:
        cmd = [java, "-cp", f"{lib}/*", "org.neo4j.server.startup.Neo4jCommand", "start"]
        proc = subprocess.run(cmd, env=self._env(), check=False, capture_output=True, text=True, timeout=300)
        if proc.returncode != 0:
            raise LocalServerError(f"Neo4j did not start: {_last_line(proc.stderr + proc.stdout)}")

    def _wait_for_bolt(self) -> None:
        deadline = time.monotonic() + self.settings.start_timeout
        delay = 0.2
        while True:
            if self.pid() is None:
                raise LocalServerError(f"Neo4j exited during start-up; see {self.home / 'logs' / 'neo4j.log'}")
            try:
                open_driver(self.connection).close()
                return
            except Neo4jAuthError as e:
                raise Neo4jAuthError(
                    f"the local Neo4j at {self.bolt_uri} refused the password: it was initialised with another "
                    "one (set NEO4J_PASSWORD to it, or wipe the local instance with `newsgraph neo4j reset`)"
                ) from e
            except Neo4jUnavailableError:
                if time.monotonic() > deadline:
                    raise LocalServerError(
                        f"Neo4j did not answer on {self.bolt_uri} within {self.settings.start_timeout:.0f} s; "
                        f"see {self.home / 'logs' / 'neo4j.log'}"
                    ) from None
            time.sleep(delay)
            delay = min(delay * 1.5, 1.0)


def _port_taken(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.settimeout(0.5)
        if s.connect_ex(("127.0.0.1", port)) == 0:
            return True
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as the server does: TIME_WAIT is no owner
        try:
            s.bind(("127.0.0.1", port))
        except OSError:
            return True
    return False


def _last_line(text: str) -> str:
    lines = [line for line in text.strip().splitlines() if line.strip()]
    return lines[-1] if lines else "no output"
