"""A self-contained interactive HTML page of the graph, for people without Neo4j at hand (`newsgraph export`).

People, organizations, meetings and topics with the relationships between them are read with
`graph/cypher/export_graph.cypher`, shaped into nodes and links (caption, colour class, hover details), and
embedded as JSON into `graph/templates/graph.html`, whose small inline script draws them with a force-directed
layout in SVG (drag, zoom, hover). The page loads nothing from the network.
"""

from __future__ import annotations

import html
import json
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import neo4j
from neo4j import exceptions as neo4j_exc

from graph.statements import statement
from newsgraph.errors import GraphError, NewsgraphError

LABELS = ("Person", "Organization", "Meeting", "Topic")
TYPES = ("ATTENDED", "WITH_ORGANIZATION", "ABOUT", "WORKS_FOR", "BROADER")
DATA_PLACEHOLDER = "/*GRAPH_DATA*/"
TITLE_PLACEHOLDER = "<!--TITLE-->"


@dataclass(frozen=True)
class ExportSummary:
    """What an export wrote."""

    path: Path
    nodes: int
    links: int


def read_graph(driver: neo4j.Driver, database: str = "neo4j") -> dict[str, list[dict[str, Any]]]:
    """The exported nodes and links of the database (see `build_graph`)."""
    try:
        records, _, _ = driver.execute_query(
            statement("export_graph"), parameters_={"labels": list(LABELS), "types": list(TYPES)},
            database_=database, routing_=neo4j.RoutingControl.READ)
    except neo4j_exc.Neo4jError as e:
        raise GraphError(f"reading the graph for the export failed: {e.message}") from e
    return build_graph([record.data() for record in records])


def build_graph(rows: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """Rows of export_graph.cypher into `{"nodes": [...], "links": [...]}` for the page.

    A node is `{id, label, caption, details: [[key, value], ...], conflict}` (`conflict`: a meeting whose
    reports give different dates); a link `{source, target, type, title}`
    (`title`: WORKS_FOR's job title, else null). Links to nodes that are not exported are left out.
    """
    nodes = [{"id": row["id"], "label": row["label"], "caption": caption(row), "details": details(row),
              "conflict": bool(row.get("date_conflict"))} for row in rows]
    ids = {node["id"] for node in nodes}
    links = [{"source": row["id"], "target": link["target"], "type": link["type"], "title": link.get("title")}
             for row in rows for link in row.get("links") or [] if link["target"] in ids]
    return {"nodes": nodes, "links": links}


def caption(row: dict[str, Any]) -> str:
    """What a node shows: a meeting its date (or 'date unknown'), anything else its name."""
    if row["label"] == "Meeting":
        return row.get("date") or "날짜 미상 (date unknown)"
    return row.get("name") or "?"


def details(row: dict[str, Any]) -> list[list[str]]:
    """The hover card of a node: (field, text) pairs, empty fields left out."""
    label = row["label"]
    pairs: list[tuple[str, Any]] = []
    if label == "Person":
        pairs = [("latin name", row.get("latin_name")), ("aliases", _join(row.get("aliases"))),
                 ("works for", _join(_works_for(w) for w in row.get("works_for") or []))]
    elif label == "Organization":
        pairs = [("aliases", _join(row.get("aliases"))), ("kind", row.get("kind"))]
    elif label == "Meeting":
        reported = row.get("dates_reported") or []
        pairs = [("date", _meeting_date(row)),
                 ("dates reported", _join(reported) + " (conflict)" if row.get("date_conflict") else None),
                 ("place", row.get("place")), ("status", row.get("status")),
                 ("participants", _join(_participant(p) for p in row.get("participants") or [])),
                 ("organizations", _join(row.get("organizations"))), ("topics", _join(row.get("topics"))),
                 ("articles", "\n".join(_article(a) for a in row.get("articles") or []))]
    elif label == "Topic":
        pairs = [("broader", _join(row.get("broader")))]
    return [[key, str(value)] for key, value in pairs if value]


def render_html(graph: dict[str, list[dict[str, Any]]], title: str = "newsgraph") -> str:
    """The page: the template with the title (HTML-escaped) and the graph (JSON, safe inside <script>)."""
    template = (resources.files("graph") / "templates" / "graph.html").read_text(encoding="utf-8")
    page = template.replace(DATA_PLACEHOLDER, script_json(graph))  # JSON has no '<': it cannot hold the title mark
    return page.replace(TITLE_PLACEHOLDER, html.escape(title))


def script_json(value: Any) -> str:
    """JSON that can sit inside a <script> element: no `</script>`, `<!--` or line separators can break out."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    for raw, escaped in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                         ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(raw, escaped)
    return text


def export_html(driver: neo4j.Driver, out: Path, *, database: str = "neo4j", title: str = "newsgraph") -> ExportSummary:
    """Write the graph of the database as a self-contained HTML page to `out`."""
    graph = read_graph(driver, database)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(render_html(graph, title), encoding="utf-8")
    except OSError as e:
        raise NewsgraphError(f"cannot write {out}: {e.strerror}") from e
    return ExportSummary(out, len(graph["nodes"]), len(graph["links"]))


def _join(values: Any) -> str:
    return ", ".join(str(v) for v in values or [] if v)


def _works_for(w: dict[str, Any]) -> str:
    return f"{w['organization']} ({w['title']})" if w.get("title") else str(w["organization"])


def _participant(p: dict[str, Any]) -> str:
    return f"{p['name']} (배석)" if p.get("role") == "attendee" else str(p["name"])


def _meeting_date(row: dict[str, Any]) -> str | None:
    date, precision = row.get("date"), row.get("date_precision")
    return f"{date} ({precision})" if date and precision else date


def _article(a: dict[str, Any]) -> str:
    head = " ".join(str(x) for x in (a.get("source"), a.get("published")) if x)
    text = (f"{head}: " if head else "") + (a.get("title") or "(untitled)")
    return text + (f" (date given: {a['date']})" if a.get("date") else "")
