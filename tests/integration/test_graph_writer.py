"""The writer against the real Neo4j: idempotent, order-independent, exact about each article's contribution."""

from __future__ import annotations

import neo4j
import pytest

from graph.statements import apply_schema
from graph.writer import GraphWriter
from ingest.models import ArticleGraph
from tests.data.graphs.helpers import fixture, snapshot

KPI, COOKIE, VARIANTS, VARIANTS_CHANGED = (fixture(n) for n in ("kpi", "cookie", "variants", "variants_changed"))


@pytest.fixture()
def writer(empty_db: neo4j.Driver) -> GraphWriter:
    apply_schema(empty_db)
    return GraphWriter(empty_db)


def _load(writer: GraphWriter, *graphs: ArticleGraph) -> list[str]:
    return [writer.write_article(g).status for g in graphs]


def _names(driver: neo4j.Driver, label: str) -> set[str]:
    records, _, _ = driver.execute_query(f"MATCH (n:{label}) RETURN n.name AS name")
    return {r["name"] for r in records}


def test_loading_the_same_article_twice_changes_nothing(writer: GraphWriter, empty_db: neo4j.Driver) -> None:
    first = writer.write_article(KPI)
    assert first.status == "new" and first.counts.nodes_created > 20 and first.counts.relationships_created > 40
    before = snapshot(empty_db)
    again = writer.write_article(KPI)
    assert again.status == "unchanged"
    assert (again.counts.nodes_created, again.counts.relationships_created, again.counts.properties_set) == (0, 0, 0)
    assert snapshot(empty_db) == before


@pytest.mark.parametrize("order", [
    ("kpi", "cookie", "variants"),
    ("variants", "cookie", "kpi"),
    ("cookie", "kpi", "variants", "cookie", "kpi"),
])
def test_the_graph_does_not_depend_on_load_order(writer: GraphWriter, empty_db: neo4j.Driver,
                                                  order: tuple[str, ...]) -> None:
    _load(writer, KPI, COOKIE, VARIANTS)
    reference = snapshot(empty_db)
    empty_db.execute_query("MATCH (n) DETACH DELETE n")
    _load(writer, *(fixture(name) for name in order))
    assert snapshot(empty_db) == reference


def test_a_changed_article_replaces_exactly_its_contribution(writer: GraphWriter, empty_db: neo4j.Driver) -> None:
    _load(writer, KPI, VARIANTS)
    assert {"샘 올트먼", "샘 올트만"} & _names(empty_db, "Person")
    assert "한국대학교" in _names(empty_db, "Organization")

    result = writer.write_article(VARIANTS_CHANGED)
    assert result.status == "changed" and result.counts.nodes_deleted > 0

    # what only the old version said is gone: the namesake, his university, the 올트만 spelling and meeting
    assert "한국대학교" not in _names(empty_db, "Organization")
    records, _, _ = empty_db.execute_query(
        "MATCH (p:Person) WHERE p.name = '이재용' RETURN count(p) AS n")
    assert records[0]["n"] == 1
    records, _, _ = empty_db.execute_query(
        "MATCH (p:Person) WHERE p.name IN ['샘 올트먼', '샘 올트만'] "
        "OPTIONAL MATCH (p)-[:ATTENDED]->(m:Meeting) RETURN p.name AS name, p.aliases AS aliases, collect(m.date) AS dates")
    assert [(r["name"], r["aliases"], r["dates"]) for r in records] == [("샘 올트먼", [], ["2024-06"])]
    # what it now says is there, and what the other article says stays (짐 켈러 and his LG meeting)
    records, _, _ = empty_db.execute_query(
        "MATCH (p:Person {name: '최태원'})-[:ATTENDED]->(m:Meeting)<-[:ATTENDED]-(k:Person) "
        "WHERE 'Jim Keller' IN [k.name, k.latin_name] + k.aliases RETURN m.date AS date")
    assert [r["date"] for r in records] == ["2024-04"]
    # and the graph is exactly the one built without the old version ever loaded
    after = snapshot(empty_db)
    empty_db.execute_query("MATCH (n) DETACH DELETE n")
    _load(writer, KPI, VARIANTS_CHANGED)
    assert snapshot(empty_db) == after


def test_removing_an_article_keeps_what_other_articles_support(writer: GraphWriter, empty_db: neo4j.Driver) -> None:
    _load(writer, KPI)
    only_kpi = snapshot(empty_db)
    _load(writer, COOKIE)
    assert "퀄컴" in _names(empty_db, "Organization")
    assert writer.remove_article(COOKIE.article.path).status == "removed"
    assert snapshot(empty_db) == only_kpi
    assert writer.remove_article(COOKIE.article.path).status == "absent"


def test_every_node_and_relationship_traces_back_to_an_article_sentence(writer: GraphWriter,
                                                                         empty_db: neo4j.Driver) -> None:
    graphs = {g.article.path: g for g in (KPI, COOKIE, VARIANTS)}
    _load(writer, *graphs.values())
    sentences = {path: {s.index: s.text for s in g.sentences} for path, g in graphs.items()}

    orphans, _, _ = empty_db.execute_query(
        "MATCH (n) WHERE NOT n:Article AND NOT n:WriterLock AND NOT n:MetSummary "
        "AND NOT (n)<-[:MENTIONS|HAS_EXTRACTION]-(:Article) AND NOT (n)-[:REPORTED_IN]->(:Article) "
        "AND NOT any(r IN [(n)-[r]-() | r] WHERE size(coalesce(r.sources, [])) > 0) "
        "RETURN labels(n) AS labels, properties(n) AS props")
    assert orphans == []

    spans, _, _ = empty_db.execute_query(
        "MATCH (x)-[r:MENTIONS|REPORTED_IN]->(y) "
        "RETURN type(r) AS type, CASE type(r) WHEN 'MENTIONS' THEN x.path ELSE y.path END AS article, "
        "r.sentences AS sentences, r.quotes AS quotes")
    assert spans
    for rel in spans:
        assert rel["sentences"], rel
        for index, quote in zip(rel["sentences"], rel["quotes"]):
            assert quote in sentences[rel["article"]][index], rel

    facts, _, _ = empty_db.execute_query(  # MET and SUMMARIZES: the organizations-met summary, counts of facts
        "MATCH ()-[r]->() WHERE NOT type(r) IN ['MENTIONS', 'REPORTED_IN', 'HAS_EXTRACTION', 'MET', 'SUMMARIZES'] "
        "RETURN type(r) AS type, r.sources AS sources")
    assert {f["type"] for f in facts} == {"ATTENDED", "WITH_ORGANIZATION", "ABOUT", "WORKS_FOR", "BROADER"}
    for fact in facts:
        assert fact["sources"], fact
        for source in fact["sources"]:
            path, _, index = source.partition("#")
            assert int(index) in sentences[path], fact


def test_two_writers_taking_turns_give_the_graph_of_one(writer: GraphWriter, empty_db: neo4j.Driver) -> None:
    _load(writer, KPI, COOKIE, VARIANTS_CHANGED)
    reference = snapshot(empty_db)
    empty_db.execute_query("MATCH (n) DETACH DELETE n")
    other = GraphWriter(empty_db)  # another process: each writer's memory of the graph goes stale in turn
    assert writer.write_article(KPI).status == "new"
    assert other.write_article(VARIANTS).status == "new"
    assert writer.write_article(COOKIE).status == "new"
    assert other.write_article(VARIANTS_CHANGED).status == "changed"
    assert snapshot(empty_db) == reference


def test_each_article_keeps_its_graph_on_its_own_extraction_node(writer: GraphWriter, empty_db: neo4j.Driver) -> None:
    """The article graph a write needs for later changes lives on an Extraction node, not on the Article that
    queries return: one per article, replaced with the article, deleted with it."""
    _load(writer, KPI, COOKIE)
    records, _, _ = empty_db.execute_query(
        "MATCH (a:Article)-[:HAS_EXTRACTION]->(x:Extraction) "
        "RETURN a.path AS path, x.path AS x_path, x.graph AS graph, keys(a) AS article_keys ORDER BY path")
    assert [r["path"] for r in records] == sorted([KPI.article.path, COOKIE.article.path])
    for r in records:
        assert r["x_path"] == r["path"] and "extraction" not in r["article_keys"]
        assert ArticleGraph.model_validate_json(r["graph"]).article.path == r["path"]
    assert writer.remove_article(COOKIE.article.path).status == "removed"
    records, _, _ = empty_db.execute_query("MATCH (x:Extraction) RETURN x.path AS path")
    assert [r["path"] for r in records] == [KPI.article.path]
