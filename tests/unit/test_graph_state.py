"""The resolution state a node keeps: exact counts in and out, stable JSON, index keys (pure: no database)."""

from __future__ import annotations

from graph.keys import near_keys
from graph.mentions import ArticleMentions
from graph.rules import cluster_people, people_match, person_lookup_keys
from graph.state import OrgState, PersonState
from graph.store import lucene_term
from tests.data.graphs.helpers import fixture
from tests.data.graphs.random_graphs import random_corpus

KPI, COOKIE, VARIANTS = fixture("kpi"), fixture("cookie"), fixture("variants")


def test_counting_an_article_in_and_out_leaves_the_state_it_found() -> None:
    people, orgs = PersonState(), OrgState()
    kpi, cookie = ArticleMentions(KPI), ArticleMentions(COOKIE)
    for m in kpi.people.values():
        people.add(m)
    for m in kpi.orgs.values():
        orgs.add(m)
    before = (people.to_json(), orgs.to_json())
    for m in cookie.people.values():
        people.add(m)
    for m in cookie.orgs.values():
        orgs.add(m)
    for m in cookie.people.values():
        people.add(m, -1)
    for m in cookie.orgs.values():
        orgs.add(m, -1)
    assert (people.to_json(), orgs.to_json()) == before
    assert PersonState.from_json(before[0]).to_json() == before[0]
    assert OrgState.from_json(before[1]).to_json() == before[1]


def test_the_state_does_not_depend_on_the_order_mentions_come_in() -> None:
    mentions = [m for g in random_corpus(3, 8, versions=1).values() for m in ArticleMentions(g[0]).people.values()]
    a, b = PersonState(), PersonState()
    for m in mentions:
        a.add(m)
    for m in reversed(mentions):
        b.add(m)
    assert a.to_json() == b.to_json() and a.match_keys() == b.match_keys()


def test_every_matching_pair_finds_the_other_through_the_index_keys() -> None:
    """Blocking must never miss a match: a cluster's match_keys meet a matching mention's lookup keys."""
    mentions = [m for g in random_corpus(5, 20, versions=1).values() for m in ArticleMentions(g[0]).people.values()]
    for a in mentions:
        for b in mentions:
            if people_match(a.sig, b.sig):
                state = PersonState()
                state.add(b)
                assert person_lookup_keys(a.sig) & set(state.match_keys()), (a.name, b.name)


def test_transliteration_variants_share_a_near_key_and_cluster_together() -> None:
    assert near_keys("샘올트먼") & near_keys("샘올트만")
    variants = ArticleMentions(VARIANTS)
    sigs = [m.sig for m in variants.people.values()] + [m.sig for m in ArticleMentions(KPI).people.values()]
    clusters = cluster_people(sigs)
    altman = [c for c in clusters if any("샘올트먼" in s.strong or "샘올트만" in s.strong for s in c)]
    assert len(altman) == 1


def test_exact_keys_are_quoted_for_the_keyword_index() -> None:
    assert lucene_term('ps.a"b\\c') == '"ps.a\\"b\\\\c"'
