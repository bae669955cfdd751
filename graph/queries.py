"""Running the Cypher files of `queries/`: find a file by name, parse `--param key=value`, return records."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from typing import Any

import neo4j
from neo4j import exceptions as neo4j_exc

from newsgraph.errors import GraphError, NewsgraphError


def queries_dir() -> Path:
    """The directory of the shipped query files."""
    return Path(str(resources.files("queries")))


def list_queries() -> list[str]:
    """Names of the shipped query files, without `.cypher`."""
    return sorted(p.stem for p in queries_dir().glob("*.cypher"))


def resolve_query(name: str) -> Path:
    """A query file: NAME of `queries/` (with or without .cypher) or a path to any `.cypher` file."""
    as_path = Path(name)
    if as_path.suffix == ".cypher" and as_path.is_file():
        return as_path
    shipped = queries_dir() / (name if name.endswith(".cypher") else f"{name}.cypher")
    if shipped.is_file():
        return shipped
    raise NewsgraphError(f"no query named {name!r}; known: {', '.join(list_queries()) or 'none'}")


def parse_params(pairs: tuple[str, ...] | list[str]) -> dict[str, Any]:
    """`key=value` pairs into parameters; a value that parses as JSON (number, list, true, null) is taken as such."""
    params: dict[str, Any] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise NewsgraphError(f"parameter {pair!r} is not of the form key=value")
        try:
            params[key.strip()] = json.loads(value)
        except json.JSONDecodeError:
            params[key.strip()] = value
    return params


def query_text(path: Path) -> str:
    """The Cypher of a query file, without Neo4j Browser's `:param` lines (kept in comments for Browser users)."""
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if not line.lstrip().startswith(":")]
    return "\n".join(lines).strip().rstrip(";")


def run_query(driver: neo4j.Driver, path: Path, params: dict[str, Any], database: str = "neo4j") -> list[dict[str, Any]]:
    """Run one query file with parameters; records as plain dicts (nodes as property maps, paths as node lists)."""
    try:
        records, _, _ = driver.execute_query(
            query_text(path), parameters_=params, database_=database, routing_=neo4j.RoutingControl.READ
        )
    except neo4j_exc.ClientError as e:
        raise GraphError(f"query {path.name} failed: {e.message}") from e
    return [{key: to_plain(value) for key, value in record.items()} for record in records]


def to_plain(value: Any) -> Any:
    """Driver values into JSON-friendly Python values."""
    if isinstance(value, neo4j.graph.Node):
        return {"labels": sorted(value.labels), **{k: to_plain(v) for k, v in value.items()}}
    if isinstance(value, neo4j.graph.Relationship):
        return {"type": value.type, **{k: to_plain(v) for k, v in value.items()}}
    if isinstance(value, neo4j.graph.Path):
        return [to_plain(n) for n in value.nodes]
    if isinstance(value, list):
        return [to_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: to_plain(v) for k, v in value.items()}
    if hasattr(value, "iso_format"):
        return value.iso_format()
    return value
