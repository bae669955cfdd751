"""The writer's block resolution against the global resolver, on random corpora built to interact: whatever the
order of loads, reloads, changes and removals, the database holds exactly what `graph.resolve.resolve` computes
from the set of articles loaded (so also the same graph for every order)."""

from __future__ import annotations

import random
import threading
from collections.abc import Iterator

import neo4j
import pytest

from graph.resolve import resolve
from graph.statements import apply_schema
from graph.writer import GraphWriter
from ingest.models import ArticleGraph
from newsgraph.errors import GraphError
from tests.data.graphs.helpers import graph_differences, snapshot, stored_derived
from tests.data.graphs.random_graphs import random_corpus


@pytest.fixture()
def writer(empty_db: neo4j.Driver) -> GraphWriter:
    apply_schema(empty_db)
    return GraphWriter(empty_db)


def _assert_matches_resolver(driver: neo4j.Driver, loaded: dict[int, ArticleGraph], when: str) -> None:
    differences = graph_differences(stored_derived(driver), resolve(loaded.values()))
    assert not differences, f"{when}: database vs global resolver:\n" + "\n".join(differences)


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_any_order_of_loads_changes_and_removals_gives_the_resolvers_graph(writer: GraphWriter,
                                                                           empty_db: neo4j.Driver, seed: int) -> None:
    corpus = random_corpus(seed, 12)
    rng = random.Random(seed)
    loaded: dict[int, ArticleGraph] = {}
    for step in range(40):
        index = rng.randrange(len(corpus))
        action = rng.random()
        if action < 0.6:
            graph = rng.choice(corpus[index])
            result = writer.write_article(graph)
            expected = ("unchanged" if loaded.get(index) is graph or (index in loaded and
                        loaded[index].article.content_hash == graph.article.content_hash)
                        else "changed" if index in loaded else "new")
            assert result.status == expected, (step, result)
            loaded[index] = graph
        else:
            result = writer.remove_article(corpus[index][0].article.path)
            assert result.status == ("removed" if index in loaded else "absent")
            loaded.pop(index, None)
        if step % 10 == 9:
            _assert_matches_resolver(empty_db, loaded, f"seed {seed}, step {step}")
    final = snapshot(empty_db)

    empty_db.execute_query("MATCH (n) DETACH DELETE n")
    for index in sorted(loaded, reverse=True):  # the same set, loaded at once in another order
        writer.write_article(loaded[index])
    assert snapshot(empty_db) == final


def test_removing_every_article_leaves_an_empty_graph(writer: GraphWriter, empty_db: neo4j.Driver) -> None:
    corpus = random_corpus(7, 10, versions=1)
    for versions in corpus.values():
        writer.write_article(versions[0])
    for versions in reversed(list(corpus.values())):
        assert writer.remove_article(versions[0].article.path).status == "removed"
    records, _, _ = empty_db.execute_query("MATCH (n) WHERE NOT n:WriterLock RETURN count(n) AS n")
    assert records[0]["n"] == 0


def test_two_writers_at_once_give_the_resolvers_graph(empty_db: neo4j.Driver) -> None:
    """Two loaders in parallel (two threads, two writers, one database): the WriterLock makes their writes take
    turns, each seeing the other's, so the graph is the one of all their articles."""
    apply_schema(empty_db)
    corpus = random_corpus(11, 16, versions=1)
    halves = [[v[0] for i, v in corpus.items() if i % 2 == k] for k in (0, 1)]
    errors: list[BaseException] = []

    def load(graphs: list[ArticleGraph]) -> None:
        writer = GraphWriter(empty_db)
        try:
            for graph in graphs:
                writer.write_article(graph)
        except BaseException as e:  # noqa: BLE001 - reported by the test
            errors.append(e)

    threads = [threading.Thread(target=load, args=(half,)) for half in halves]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=300)
    assert not errors
    _assert_matches_resolver(empty_db, {i: v[0] for i, v in corpus.items()}, "after two parallel loads")


@pytest.mark.parametrize("seed", [5, 6, 7, 8])
def test_batches_of_loads_and_changes_in_one_transaction_give_the_resolvers_graph(writer: GraphWriter,
                                                                                  empty_db: neo4j.Driver,
                                                                                  seed: int) -> None:
    """`write_articles` resolves each article's block after the previous ones of its batch: batches of random
    sizes mixing new articles, changed versions, reloads and the same path twice give what the global resolver
    gives for the set, and the statuses of one-by-one writes."""
    corpus = random_corpus(seed, 14)
    rng = random.Random(seed)
    loaded: dict[int, ArticleGraph] = {}
    for round_ in range(6):
        batch = [rng.choice(corpus[rng.randrange(len(corpus))]) for _ in range(rng.randint(2, 12))]
        expected = []
        for graph in batch:
            index = next(i for i, versions in corpus.items() if graph in versions)
            old = loaded.get(index)
            expected.append("new" if old is None else
                            "unchanged" if old.article.content_hash == graph.article.content_hash else "changed")
            loaded[index] = graph
        results = writer.write_articles(batch)
        assert [r.path for r in results] == [g.article.path for g in batch]
        assert [r.status for r in results] == expected, round_
        _assert_matches_resolver(empty_db, loaded, f"seed {seed}, batch {round_}")
    final = snapshot(empty_db)

    empty_db.execute_query("MATCH (n) DETACH DELETE n")
    order = sorted(loaded, reverse=True)
    while order:  # the same set again, in another order and other batch sizes
        size = rng.randint(1, 8)
        writer.write_articles([loaded[i] for i in order[:size]])
        order = order[size:]
    assert snapshot(empty_db) == final


@pytest.fixture()
def unique_titles(empty_db: neo4j.Driver) -> Iterator[None]:
    """A real refusal for the tests: Neo4j refuses an Article whose title another Article has."""
    empty_db.execute_query("CREATE CONSTRAINT test_unique_title IF NOT EXISTS FOR (a:Article) REQUIRE a.title IS UNIQUE")
    try:
        yield
    finally:
        empty_db.execute_query("DROP CONSTRAINT test_unique_title IF EXISTS")


def test_a_batch_refused_by_neo4j_writes_nothing_at_all(writer: GraphWriter, empty_db: neo4j.Driver,
                                                       unique_titles: None) -> None:
    """All or nothing: when one article of a batch makes Neo4j refuse the transaction, none of the batch stays."""
    good = [versions[0] for versions in random_corpus(8, 4, versions=1).values()]
    writer.write_article(good[3])
    before = snapshot(empty_db)
    bad = good[1].model_copy(deep=True)
    bad.article.title = good[3].article.title
    with pytest.raises(GraphError) as refused:
        writer.write_articles([good[0], bad, good[2]])
    assert isinstance(refused.value.__cause__, neo4j.exceptions.ClientError)
    assert snapshot(empty_db) == before
