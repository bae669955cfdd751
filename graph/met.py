"""The organizations-met summary (`queries/most_met_organizations.cypher`) rebuilt from the whole graph.

The writer keeps the summary exact in every article's transaction (`graph/cypher/met_count.cypher`, called by
`graph.store.BlockStore.apply`). A graph written without it (by a newsgraph older than the summary) gets it from
`recount`: the summary is cleared, then every meeting is counted in, a chunk of meetings per transaction (counts
add up over disjoint sets of meetings). A bulk load (`graph.bulk`), which writes a whole resolved graph at once,
counts it from that graph in Python (`summary_of`, the same count as met_count.cypher's over all meetings) and
creates it with the graph's relationships.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from typing import Any

import neo4j
from neo4j import exceptions as neo4j_exc

from graph.derived import DerivedGraph
from graph.statements import statement
from newsgraph.errors import GraphError

LEADER_NAME = re.compile("[가-힣]{2,4}")  # met_count.cypher: q.name =~ '[가-힣]{2,4}' (the whole name)

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


def summary_of(graph: DerivedGraph) -> dict[str, list[dict[str, Any]]]:
    """The organizations-met summary of a whole derived graph, as met_count.cypher counts it over all its meetings:
    `met` rows {person, organization, meetings} (person and organization keys) and `summaries` rows
    {organization, leaders, meetings} (`bulk_met.cypher` creates them).

    A leader is a participant of a meeting whose name is 2 to 4 Hangul syllables and who works for an
    organization; he met every organization of the meeting's other attendees and the organizations it met as a
    whole, except his own."""
    orgs_of: dict[str, set[str]] = defaultdict(set)
    attendees: dict[str, list[tuple[str, bool]]] = defaultdict(list)  # meeting → (person, took part)
    whole: dict[str, set[str]] = defaultdict(set)
    for ref, props in graph.rels.items():
        if ref.type == "WORKS_FOR":
            orgs_of[ref.start.key].add(ref.end.key)
        elif ref.type == "ATTENDED":
            attendees[ref.end.key].append((ref.start.key, props.get("role") == "participant"))
        elif ref.type == "WITH_ORGANIZATION":
            whole[ref.start.key].add(ref.end.key)
    names = {ref.key: props.get("name") or "" for ref, props in graph.nodes.items() if ref.label == "Person"}
    met: Counter[tuple[str, str]] = Counter()
    meetings_of: dict[str, set[str]] = defaultdict(set)
    for meeting, people in attendees.items():
        for person, took_part in people:
            own = orgs_of.get(person)
            if not (took_part and own and LEADER_NAME.fullmatch(names.get(person, ""))):
                continue
            others = set(whole.get(meeting, ()))
            for other, _ in people:
                if other != person:
                    others |= orgs_of.get(other, set())
            for org in others - own:
                met[person, org] += 1
                meetings_of[org].add(meeting)
    leaders = Counter(org for _, org in met)
    return {"met": [{"person": p, "organization": o, "meetings": n} for (p, o), n in sorted(met.items())],
            "summaries": [{"organization": o, "leaders": leaders[o], "meetings": len(ms)}
                          for o, ms in sorted(meetings_of.items())]}
