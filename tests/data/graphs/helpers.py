"""Helpers of the graph tests: the fixtures as models, and a snapshot of the whole graph to compare graphs by."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import neo4j

from graph.derived import KEY_PROPERTY, DerivedGraph, NodeRef, rel_ref
from ingest.models import ArticleGraph

HERE = Path(__file__).resolve().parent


def fixture(name: str) -> ArticleGraph:
    """One ArticleGraph fixture of this folder, by file stem ('kpi', 'cookie', 'variants', 'variants_changed')."""
    return ArticleGraph.model_validate_json((HERE / f"{name}.json").read_text(encoding="utf-8"))


def _plain(value: Any) -> Any:
    if hasattr(value, "iso_format"):
        return value.iso_format()
    return value


def snapshot(driver: neo4j.Driver) -> tuple[list[str], list[str]]:
    """Every node (labels and properties) and relationship (type, end nodes' identities, properties), as sorted
    JSON strings: two databases hold the same graph when their snapshots are equal. The WriterLock node is left
    out: its version counts the writes."""
    nodes, _, _ = driver.execute_query(
        "MATCH (n) WHERE NOT n:WriterLock RETURN labels(n) AS labels, properties(n) AS props")
    rels, _, _ = driver.execute_query(
        "MATCH (a)-[r]->(b) RETURN type(r) AS type, properties(r) AS props, "
        "labels(a) AS al, coalesce(a.key, a.path, a.name) AS ak, labels(b) AS bl, coalesce(b.key, b.path, b.name) AS bk")
    node_rows = [json.dumps([sorted(r["labels"]), {k: _plain(v) for k, v in r["props"].items()}],
                            ensure_ascii=False, sort_keys=True) for r in nodes]
    rel_rows = [json.dumps([r["type"], r["al"], r["ak"], r["bl"], r["bk"], r["props"]], ensure_ascii=False,
                           sort_keys=True) for r in rels]
    return sorted(node_rows), sorted(rel_rows)


def stored_derived(driver: neo4j.Driver) -> DerivedGraph:
    """The derived part of the database (no Article, no WriterLock node, not the organizations-met summary of
    graph/cypher/met_count.cypher) as a DerivedGraph, to compare with what `graph.resolve.resolve` computes from
    the same articles. Every Person's `lookup` (not part of the derived graph) is checked against its names and
    left out."""
    out = DerivedGraph()
    nodes, _, _ = driver.execute_query(
        "MATCH (n) WHERE n:Person OR n:Organization OR n:Topic OR n:Meeting "
        "RETURN [l IN labels(n) WHERE l IN ['Person', 'Organization', 'Topic', 'Meeting']][0] AS label, "
        "properties(n) AS props, "
        "CASE WHEN n:Person THEN [x IN [n.name, n.latin_name] + coalesce(n.aliases, []) WHERE x IS NOT NULL "
        "| toLower(replace(x, ' ', ''))] END AS lookup")
    for r in nodes:
        props = {k: _plain(v) for k, v in r["props"].items()}
        if r["label"] == "Person":
            assert props.pop("lookup") == [k for k in r["lookup"] if k], f"stale lookup names: {props}"
        out.nodes[NodeRef(r["label"], props[KEY_PROPERTY[r["label"]]])] = props
    rels, _, _ = driver.execute_query(
        "MATCH (a)-[r]->(b) WHERE NOT a:WriterLock AND NOT b:Extraction AND NOT r:MET AND NOT a:MetSummary "
        "RETURN type(r) AS type, properties(r) AS props, labels(a)[0] AS al, coalesce(a.key, a.path, a.name) AS ak, "
        "labels(b)[0] AS bl, coalesce(b.key, b.path, b.name) AS bk")
    for r in rels:
        ref = rel_ref(r["type"], NodeRef(r["al"], r["ak"]), NodeRef(r["bl"], r["bk"]), r["props"])
        assert ref not in out.rels, f"two relationships {ref}"
        out.rels[ref] = dict(r["props"])
    return out


def graph_differences(a: DerivedGraph, b: DerivedGraph, limit: int = 5) -> list[str]:
    """Human-readable differences between two derived graphs (empty when they are equal)."""
    out = []
    for name, x, y in (("node", a.nodes, b.nodes), ("relationship", a.rels, b.rels)):
        out += [f"{name} only in the first: {k} {x[k]}" for k in sorted(set(x) - set(y))[:limit]]
        out += [f"{name} only in the second: {k} {y[k]}" for k in sorted(set(y) - set(x))[:limit]]
        out += [f"{name} differs: {k}\n  {x[k]}\n  {y[k]}" for k in sorted(set(x) & set(y)) if x[k] != y[k]][:limit]
    return out


def met_summary(driver: neo4j.Driver) -> tuple[list[tuple[str, str, int]], list[tuple[str, int, int]]]:
    """The organizations-met summary the writer keeps: (leader key, organization key, meetings) per MET and
    (organization key, leaders, meetings) per MetSummary, sorted."""
    met, _, _ = driver.execute_query("MATCH (p:Person)-[r:MET]->(o:Organization) RETURN p.key AS p, o.key AS o, "
                                     "r.meetings AS n")
    summaries, _, _ = driver.execute_query("MATCH (s:MetSummary) OPTIONAL MATCH (s)-[:SUMMARIZES]->(o:Organization) "
                                           "RETURN o.key AS o, s.leaders AS leaders, s.meetings AS meetings")
    return (sorted((r["p"], r["o"], r["n"]) for r in met),
            sorted((r["o"], r["leaders"], r["meetings"]) for r in summaries))
