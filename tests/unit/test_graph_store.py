"""How the writer asks the full-text index for its candidate nodes."""

from __future__ import annotations

from graph.store import LOOKUP_TERMS_PER_QUERY, lucene_queries


def test_lookup_keys_are_or_ed_into_few_queries_each_key_quoted_and_escaped() -> None:
    assert lucene_queries({"ps.샘올트먼", 'o"k', "a\\b"}) == ['"a\\\\b" OR "o\\"k" OR "ps.샘올트먼"']
    assert lucene_queries(set()) == []


def test_no_query_has_more_keys_than_lucene_allows_clauses() -> None:
    keys = {f"ps.key{i:04d}" for i in range(2 * LOOKUP_TERMS_PER_QUERY + 1)}
    queries = lucene_queries(keys)
    assert [q.count(" OR ") + 1 for q in queries] == [LOOKUP_TERMS_PER_QUERY, LOOKUP_TERMS_PER_QUERY, 1]
    assert {t.strip('"') for q in queries for t in q.split(" OR ")} == keys
