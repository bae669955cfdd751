"""The organizations-met summary (`queries/most_met_organizations.cypher`) rebuilt from the whole graph.

The writer keeps the summary exact in every article's transaction (`graph/cypher/met_count.cypher`, called by
`graph.store.BlockStore.apply`). A graph written without it (by a newsgraph older than the summary, or by a
bulk load, `graph.bulk`, which applies a resolved graph directly) gets it here: the summary is cleared, then every meeting
is counted in, a chunk of meetings per transaction (counts add up over disjoint sets of meetings).
"""

from __future__ import annotations

import neo4j
from neo4j import exceptions as neo4j_exc

from graph.statements import statement
from newsgraph.errors import GraphError

CLEAR = "MATCH (s:MetSummary) DETACH DELETE s"
CLEAR_MET = "MATCH ()-[r:MET]->() DELETE r"
MEETING_IDS = "MATCH (m:Meeting) RETURN elementId(m) AS id"


def recount(driver: neo4j.Driver, database: str = "neo4j", *, chunk: int = 5000) -> int:
    """Rebuild the summary from every meeting; the number of meetings counted. Run it with no writer at work."""
    try:
        driver.execute_query(CLEAR, database_=database)
        driver.execute_query(CLEAR_MET, database_=database)
        ids = [r["id"] for r in driver.execute_query(MEETING_IDS, database_=database).records]
        with driver.session(database=database) as session:
            for i in range(0, len(ids), chunk):
                part = ids[i:i + chunk]
                session.execute_write(lambda tx, part=part: tx.run(
                    statement("met_count"), {"count": {"meetings": part, "created": [], "sign": 1}}).consume())
    except neo4j_exc.Neo4jError as e:
        raise GraphError(f"rebuilding the organizations-met summary failed: {e.message}") from e
    except neo4j_exc.DriverError as e:
        raise GraphError(f"lost the connection to Neo4j: {e}") from e
    return len(ids)
