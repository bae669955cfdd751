"""most_met_organizations reads a summary the writer keeps in each article's transaction
(graph/cypher/met_count.cypher): after any sequence of loads, changes and removals its answer is the live
computation over every attendance (graph/cypher/most_met_organizations_live.cypher), and the summary is the
one rebuilt from scratch (`graph.met.recount`)."""

from __future__ import annotations

import random
from pathlib import Path

import neo4j
import pytest
from click.testing import CliRunner

from graph.met import recount
from graph.queries import resolve_query, run_query
from graph.statements import apply_schema, statement
from graph.writer import GraphWriter
from ingest.models import ArticleGraph
from newsgraph.cli import main
from newsgraph.pipeline import load_paths
from tests.data.graphs.helpers import fixture, met_summary
from tests.data.graphs.random_graphs import random_corpus

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


@pytest.fixture()
def writer(empty_db: neo4j.Driver) -> GraphWriter:
    apply_schema(empty_db)
    return GraphWriter(empty_db)


def _rows(records: list[dict]) -> list[tuple]:
    return [(r["organization"], r["leaders"], r["meetings"], sorted(r["met_by"])) for r in records]


def _assert_exact(driver: neo4j.Driver, when: str) -> int:
    """The query's answer (all rows) equals the live computation; the summary equals a recount. Rows compared."""
    summarized = _rows(run_query(driver, resolve_query("most_met_organizations"), {"limit": 100000}))
    live = _rows([r.data() for r in driver.execute_query(statement("most_met_organizations_live"),
                                                         limit=None).records])
    assert summarized == live, when
    kept = met_summary(driver)
    recount(driver)
    assert met_summary(driver) == kept, when
    return len(live)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_summary_is_exact_after_any_loads_changes_and_removals(writer: GraphWriter, empty_db: neo4j.Driver,
                                                                   seed: int) -> None:
    corpus = random_corpus(seed, 12)
    rng = random.Random(seed)
    loaded: set[int] = set()
    answered = 0
    for step in range(40):
        index = rng.randrange(len(corpus))
        if rng.random() < 0.65:
            writer.write_article(rng.choice(corpus[index]))
            loaded.add(index)
        else:
            writer.remove_article(corpus[index][0].article.path)
            loaded.discard(index)
        if step % 5 == 4:
            answered = max(answered, _assert_exact(empty_db, f"seed {seed}, step {step}"))
    assert answered > 0  # the corpus has leaders who met organizations: the comparison is not of two empty lists
    for index in sorted(loaded):
        writer.remove_article(corpus[index][0].article.path)
    assert met_summary(empty_db) == ([], [])


def test_fixtures_changed_and_removed(writer: GraphWriter, empty_db: neo4j.Driver) -> None:
    for name in ("kpi", "cookie", "variants"):
        writer.write_article(fixture(name))
    assert _assert_exact(empty_db, "fixtures") > 0
    writer.write_article(fixture("variants_changed"))
    _assert_exact(empty_db, "variants changed")
    renamed = fixture("cookie").model_dump(mode="json")  # a leader's only organization goes: no leader any more
    renamed["article"]["content_hash"] = "f" * 64
    for person in renamed["people"]:
        person.update(orgs=[], titles=[], affiliations=[])
    writer.write_article(ArticleGraph.model_validate(renamed))
    _assert_exact(empty_db, "cookie without organizations")
    writer.remove_article(fixture("kpi").article.path)
    _assert_exact(empty_db, "kpi removed")


def test_seeds_answer_from_the_summary(empty_db: neo4j.Driver, neo4j_env: dict[str, str],
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    for key, value in neo4j_env.items():
        monkeypatch.setenv(key, value)
    assert load_paths([SEEDS]).new == 2
    assert _assert_exact(empty_db, "seeds") > 0


def test_cli_recount_rebuilds_a_summary_that_was_lost(writer: GraphWriter, empty_db: neo4j.Driver,
                                                      neo4j_env: dict[str, str]) -> None:
    for name in ("kpi", "cookie", "variants"):
        writer.write_article(fixture(name))
    kept = met_summary(empty_db)
    empty_db.execute_query("MATCH (s:MetSummary) DETACH DELETE s")
    empty_db.execute_query("MATCH ()-[r:MET]->() DELETE r")
    assert met_summary(empty_db) == ([], [])
    result = CliRunner().invoke(main, ["recount"], env=neo4j_env)
    assert result.exit_code == 0, result.output
    assert met_summary(empty_db) == kept and kept[1]


@pytest.mark.parametrize("seed", [4, 5])
def test_the_summary_is_exact_after_batched_loads(writer: GraphWriter, empty_db: neo4j.Driver, seed: int) -> None:
    corpus = random_corpus(seed, 12)
    rng = random.Random(seed)
    answered = 0
    for step in range(6):
        batch = {}
        for _ in range(rng.randint(2, 8)):  # one version per path in a batch, as load-articles sends them
            versions = corpus[rng.randrange(len(corpus))]
            graph = rng.choice(versions)
            batch[graph.article.path] = graph
        writer.write_articles(list(batch.values()))
        if rng.random() < 0.5:
            writer.remove_article(corpus[rng.randrange(len(corpus))][0].article.path)
        answered = max(answered, _assert_exact(empty_db, f"seed {seed}, batch {step}"))
    assert answered > 0
