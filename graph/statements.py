"""The Cypher of the graph layer, read from packaged `.cypher` files, and applying the schema.

`graph/cypher/NAME.cypher` holds one parameterized statement each; `graph/schema/*.cypher` holds the
constraints and indexes, `;`-separated, applied in file-name order (every statement `IF NOT EXISTS`), followed by
the one migration of existing data (`person_lookup.cypher`: people written before `Person.lookup`).
"""

from __future__ import annotations

from functools import cache
from importlib import resources

import neo4j
from neo4j import exceptions as neo4j_exc

from newsgraph.errors import GraphError


@cache
def statement(name: str) -> str:
    """The statement of `graph/cypher/NAME.cypher`."""
    return (resources.files("graph") / "cypher" / f"{name}.cypher").read_text(encoding="utf-8").strip()


def split_statements(text: str) -> list[str]:
    """`;`-separated statements of a schema file, without `//` comment lines."""
    lines = [line for line in text.splitlines() if not line.lstrip().startswith("//")]
    return [s.strip() for s in "\n".join(lines).split(";") if s.strip()]


def schema_statements() -> list[str]:
    """Every constraint and index statement of `graph/schema/`, in file-name order."""
    folder = resources.files("graph") / "schema"
    files = sorted((f for f in folder.iterdir() if f.name.endswith(".cypher")), key=lambda f: f.name)
    return [s for f in files for s in split_statements(f.read_text(encoding="utf-8"))]


def apply_schema(driver: neo4j.Driver, database: str = "neo4j", *, wait_seconds: int = 60) -> int:
    """Create the constraints and indexes that do not exist yet, wait until they are online, and give the people
    of a graph written before `Person.lookup` existed their lookup names (`person_lookup.cypher`); how many."""
    try:
        for text in schema_statements():
            driver.execute_query(text, database_=database)
        driver.execute_query("CALL db.awaitIndexes($seconds)", seconds=wait_seconds, database_=database)
        with driver.session(database=database) as session:  # CALL ... IN TRANSACTIONS: an implicit transaction
            record = session.run(statement("person_lookup")).single()
        return int(record["people"]) if record else 0
    except neo4j_exc.Neo4jError as e:
        raise GraphError(f"cannot apply the graph schema: {e.message}") from e
    except neo4j_exc.DriverError as e:
        raise GraphError(f"cannot apply the graph schema: {e}") from e
