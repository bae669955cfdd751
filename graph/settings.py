"""Settings from the environment: the Neo4j connection (usual NEO4J_* names) and the local server (NEWSGRAPH_*)."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

from newsgraph.errors import NewsgraphError

# The local server listens on 127.0.0.1 only; this default password is documented in README.md.
DEFAULT_LOCAL_PASSWORD = "newsgraph-local"


class Neo4jSettings(BaseSettings):
    """Where the graph lives. With no NEO4J_URI, the local server (started on demand) is used."""

    model_config = SettingsConfigDict(env_prefix="NEO4J_", extra="ignore")

    uri: str | None = Field(default=None, description="Bolt URI, e.g. bolt://host:7687 or neo4j://cluster:7687")
    username: str = "neo4j"
    password: SecretStr | None = None
    password_file: Path | None = Field(default=None, description="a file holding the password (first line)")
    database: str = "neo4j"
    max_connection_pool_size: int = Field(default=100, ge=1, description="connections per server (driver default)")
    fetch_size: int = Field(default=1000, ge=1, description="records fetched per batch (driver default)")

    def resolved_password(self) -> str:
        """The password: NEO4J_PASSWORD, else the first line of NEO4J_PASSWORD_FILE, else the local default."""
        if self.password is not None:
            return self.password.get_secret_value()
        if self.password_file is not None:
            try:
                lines = self.password_file.read_text(encoding="utf-8").splitlines()
            except OSError as e:
                raise NewsgraphError(f"cannot read the password file {self.password_file}: {e.strerror}") from e
            if not lines or not lines[0].strip():
                raise NewsgraphError(f"the password file {self.password_file} is empty")
            return lines[0].strip()
        return DEFAULT_LOCAL_PASSWORD


class LocalServerSettings(BaseSettings):
    """The local Neo4j Community server assembled from Maven Central jars (no Docker needed)."""

    model_config = SettingsConfigDict(env_prefix="NEWSGRAPH_", extra="ignore")

    home: Path = Field(default=Path.home() / ".cache" / "newsgraph", description="cache for jars and instances")
    instance: str = Field(default="default", description="instance name: its own data, logs and ports")
    bolt_port: int = 7687
    http_port: int = 7474
    heap: str = "1g"
    pagecache: str = "512m"
    start_timeout: float = 180.0
    auth_max_failed_attempts: int = Field(default=3, ge=0, description="failed logins before a lock-out; 0: none")
