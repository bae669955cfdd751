"""Latency of every query file of `queries/` on the loaded graph: p50 and p95 over several parameter sets.

Parameters come from the generated corpus's gold (people who met the most, organizations met by the same person,
the pair and date of a real meeting, the file name of an article...), so the queries find something, plus the
example `:param` values of the file's comment lines (which name people of the seeds: those find nothing here).
A query whose parameters cannot be guessed runs with its example values only.
"""

from __future__ import annotations

import ast
import random
import re
import statistics
import time
from collections import Counter
from pathlib import Path
from typing import Any

import neo4j

_PARAM_LINE = re.compile(r"^\s*(?://\s*)?:param\s+(\w+)\s*=>\s*(.+?)\s*;?\s*$")


def example_params(path: Path) -> dict[str, Any]:
    """The `:param key => value` examples of a query file's comment lines, as Python values."""
    params: dict[str, Any] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        m = _PARAM_LINE.match(line)
        if m:
            literal = re.sub(r"\bnull\b", "None", re.sub(r"\btrue\b", "True", re.sub(r"\bfalse\b", "False", m[2])))
            try:
                params[m[1]] = ast.literal_eval(literal)
            except (ValueError, SyntaxError):
                params[m[1]] = m[2].strip("'\"")
    return params


def parameter_sets(golds: list[dict], *, seed: int = 7, k: int = 5) -> dict[str, list[Any]]:
    """Candidate values per parameter name, drawn from the gold of the loaded articles (most connected first)."""
    rng = random.Random(seed)
    person_meetings: Counter[str] = Counter()
    org_meetings: Counter[str] = Counter()
    met_orgs: dict[str, set[str]] = {}
    pairs: list[tuple[str, str, str | None]] = []
    stems: list[str] = []
    for g in golds:
        org_of = {p["name"]: p["orgs"][0] for p in g["people"] if p.get("orgs")}
        for m in g["meetings"]:
            for name in m["participants"]:
                person_meetings[name] += 1
            orgs = set(m["orgs_only"]) | {org_of[p] for p in m["participants"] if p in org_of}
            for o in orgs:
                org_meetings[o] += 1
            first = m["participants"][0]
            met_orgs.setdefault(first, set()).update(orgs - {org_of.get(first)})
            if len(m["participants"]) >= 2 and m["status"] == "held":
                pairs.append((m["participants"][0], m["participants"][1], (m["date"] or "")[:7] or None))
        stems.append(Path(g["article"]).stem)
    top_people = [p for p, _ in person_meetings.most_common(k)]
    rest = [p for p in person_meetings if p not in top_people]
    people = top_people[:3] + rng.sample(rest, min(len(rest), k - 3))
    orgs = [o for o, _ in org_meetings.most_common(3)] + rng.sample(sorted(org_meetings), min(len(org_meetings), 2))
    both = [(p, sorted(os)) for p, os in met_orgs.items() if len(os) >= 2]
    org_pairs = [tuple(rng.sample(os, 2)) for _, os in rng.sample(both, min(len(both), k))]
    chosen_pairs = rng.sample(pairs, min(len(pairs), k))
    return {
        "name": people, "org": orgs, "topic": ["AI", "반도체", "로봇", "휴머노이드", "소버린 AI"],
        "q": [p.split()[0] for p in people], "limit": [10],
        "article": rng.sample(stems, min(len(stems), k)),
        "a,b": [{"a": a, "b": b} for a, b in org_pairs],
        "a,b,date": [{"a": a, "b": b, "date": d} for a, b, d in chosen_pairs],
        "from,to": [{"from": people[i], "to": people[-1 - i]} for i in range(min(2, len(people) // 2))]
        + [{"from": a, "to": b} for a, b, _ in chosen_pairs[:3]],
    }


def params_for(text: str, candidates: dict[str, list[Any]]) -> list[dict[str, Any]]:
    """Parameter sets for one query: by the names of its `$parameters`; [] when they cannot be guessed."""
    names = sorted(set(re.findall(r"\$(\w+)", re.sub(r"//[^\n]*", "", text))))
    if not names:
        return [{}]
    if len(names) == 1:
        return [{names[0]: v} for v in candidates.get(names[0], [])]
    return [dict(v) for v in candidates.get(",".join(names), [])]


def measure(driver: neo4j.Driver, query_files: list[Path], golds: list[dict], *, runs: int = 60, warmup: int = 5,
            max_seconds: float = 120.0, database: str = "neo4j") -> dict[str, Any]:
    """p50/p95/max latency (ms, client side, records fetched) of each query file; rows returned per set.

    A slow query stops after `max_seconds` once it has run at least 20 timed runs (its `runs` says how many)."""
    from graph.queries import query_text

    candidates = parameter_sets(golds)
    plans: list[tuple[Path, str, list[dict[str, Any]]]] = []
    for path in query_files:
        text = query_text(path)
        sets = params_for(text, candidates) or [example_params(path)]
        example = example_params(path)
        if example and example not in sets:
            sets.append(example)
        plans.append((path, text, sets))
    for _, text, sets in plans:  # one pass over everything first: the server's query plans and JIT warm up
        for params in sets:
            driver.execute_query(text, parameters_=params, database_=database, routing_=neo4j.RoutingControl.READ)
    results: dict[str, Any] = {}
    for path, text, sets in plans:
        times, rows, start = [], [], time.perf_counter()
        for i in range(warmup + runs):
            if len(times) >= 20 and time.perf_counter() - start > max_seconds:
                break
            params = sets[i % len(sets)]
            t = time.perf_counter()
            records, _, _ = driver.execute_query(text, parameters_=params, database_=database,
                                                 routing_=neo4j.RoutingControl.READ)
            elapsed = (time.perf_counter() - t) * 1000
            if i >= warmup:
                times.append(elapsed)
            if i < len(sets):
                rows.append(len(records))
        times.sort()
        results[path.stem] = {
            "p50_ms": round(statistics.median(times), 2),
            "p95_ms": round(times[max(0, round(0.95 * len(times)) - 1)], 2),
            "max_ms": round(times[-1], 2), "runs": len(times), "param_sets": sets, "rows_per_set": rows,
        }
    return results
