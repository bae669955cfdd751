"""Row-by-row comparison of the person-lookup query files of two trees on one loaded database (lists as
multisets; nodes, relationships and paths by element id), on parameters drawn from the graph itself.

    NEO4J_URI=... NEO4J_PASSWORD=... python -m bench.compare_queries OLD_QUERIES_DIR NEW_QUERIES_DIR [SEED]

Prints each parameter set whose rows differ, then the totals. Read-only.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path
from typing import Any

import neo4j

# Inputs a user may type that are not anybody's name: empty, spaces, Lucene syntax, unknown.
ODD_NAMES = ["", "  ", '"', "\\", "*", "AND", "x:y", "없는사람"]


def query_text(path: Path) -> str:
    """A query file without Neo4j Browser's `:param` lines."""
    return "\n".join(line for line in path.read_text(encoding="utf-8").splitlines() if not line.lstrip().startswith(":"))


def normalized(value: Any) -> Any:
    """A value comparable across plans: graph objects by element id, lists sorted."""
    if isinstance(value, neo4j.graph.Path):
        return ["path", *(n.element_id for n in value.nodes), *(r.element_id for r in value.relationships)]
    if isinstance(value, (neo4j.graph.Node, neo4j.graph.Relationship)):
        return value.element_id
    if isinstance(value, list):
        return sorted((normalized(x) for x in value), key=lambda x: json.dumps(x, ensure_ascii=False, default=str))
    return value.iso_format() if hasattr(value, "iso_format") else value


def rows(driver: neo4j.Driver, text: str, params: dict[str, Any]) -> list[str]:
    """The answer's rows as sorted JSON strings."""
    records = driver.execute_query(text, parameters_=params, routing_=neo4j.RoutingControl.READ).records
    return sorted(json.dumps({k: normalized(v) for k, v in r.items()}, ensure_ascii=False, sort_keys=True, default=str)
                  for r in records)


def cases(driver: neo4j.Driver, seed: int) -> list[tuple[str, dict[str, Any]]]:
    """(query file stem, parameters): 150 random people under several spellings, meeting pairs, random pairs."""
    rng = random.Random(seed)
    people = driver.execute_query(
        "MATCH (p:Person) RETURN p.name AS name, p.latin_name AS latin, p.aliases AS aliases ORDER BY p.key").records
    names: list[str] = []
    for r in rng.sample(people, min(150, len(people))):
        names += [r["name"], " ".join(r["name"]) if len(r["name"]) < 6 else r["name"].lower()]
        names += [r["latin"].upper(), r["latin"].replace(" ", "")] if r["latin"] else []
        names += [rng.choice(r["aliases"])] if r["aliases"] else []
    pairs = [(r["a"], r["b"], r["date"]) for r in driver.execute_query(
        "MATCH (m:Meeting)<-[:ATTENDED]-(p:Person) WITH m, collect(p.name) AS ps WHERE size(ps) >= 2 "
        "RETURN ps[0] AS a, ps[1] AS b, m.date AS date ORDER BY m.key SKIP 500 LIMIT 60").records]
    pairs += [(rng.choice(people)["name"], rng.choice(people)["name"], None) for _ in range(30)]
    out = [(q, {"name": n}) for q in ("person_meetings", "person_timeline", "co_attendees") for n in names + ODD_NAMES]
    out += [("meeting_reports", {"a": a, "b": b, "date": d}) for a, b, d in pairs]
    out += [("meeting_reports", {"a": a.upper(), "b": b, "date": None}) for a, b, _ in pairs[:20]]
    return out + [("meeting_chain", {"from": a, "to": b}) for a, b, _ in pairs[60:]]


def main(argv: list[str]) -> int:
    from graph.connection import open_driver
    from graph.target import resolve_connection

    old_dir, new_dir = Path(argv[0]), Path(argv[1])
    seed = int(argv[2]) if len(argv) > 2 else 1
    with open_driver(resolve_connection(start_local=False)) as driver:
        total = differ = count = 0
        for stem, params in cases(driver, seed):
            old = rows(driver, query_text(old_dir / f"{stem}.cypher"), params)
            new = rows(driver, query_text(new_dir / f"{stem}.cypher"), params)
            total, count = total + 1, count + len(old)
            if old != new:
                differ += 1
                print("DIFF", stem, params, len(old), len(new), flush=True)
    print(f"{total} parameter sets, {count} rows before, {differ} differ")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
