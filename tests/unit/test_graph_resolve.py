"""Entity and meeting resolution on the hand-written fixtures (pure: no database)."""

from __future__ import annotations

import itertools

from graph.derived import DerivedGraph, NodeRef
from graph.resolve import resolve
from tests.data.graphs.helpers import fixture

KPI, COOKIE, VARIANTS = fixture("kpi"), fixture("cookie"), fixture("variants")


def _people(graph: DerivedGraph) -> dict[str, dict]:
    return {ref.key: props for ref, props in graph.nodes.items() if ref.label == "Person"}


def _person(graph: DerivedGraph, name: str) -> list[dict]:
    return [p for p in _people(graph).values() if p["name"] == name or name in p.get("aliases", [])]


def _meetings_of(graph: DerivedGraph, *names: str) -> list[tuple[NodeRef, dict]]:
    keys = {k for n in names for p in _person(graph, n) for k in [p["key"]]}
    attended: dict[NodeRef, set[str]] = {}
    for rel in graph.rels:
        if rel.type == "ATTENDED":
            attended.setdefault(rel.end, set()).add(rel.start.key)
    return sorted((m, graph.nodes[m]) for m, people in attended.items() if keys <= people)


def test_the_same_person_in_two_articles_is_one_node() -> None:
    graph = resolve([KPI, COOKIE])
    assert len(_person(graph, "이재용")) == 1
    [zuckerberg] = _person(graph, "마크 저커버그")
    assert zuckerberg["latin_name"] == "Mark Zuckerberg"


def test_spacing_latin_and_transliteration_variants_resolve_to_one_person() -> None:
    graph = resolve([KPI, VARIANTS])
    [jensen] = _person(graph, "젠슨 황")
    assert "젠슨황" in jensen["aliases"]
    [keller] = _person(graph, "Jim Keller")
    assert "짐 켈러" in keller["aliases"] or keller["name"] == "짐 켈러"
    altman = _person(graph, "샘 올트먼")
    assert len(altman) == 1 and {altman[0]["name"], *altman[0]["aliases"]} >= {"샘 올트먼", "샘 올트만"}


def test_a_namesake_at_another_organization_stays_a_different_person() -> None:
    graph = resolve([KPI, COOKIE, VARIANTS])
    lees = _person(graph, "이재용")
    assert len(lees) == 2
    employers = {rel.end.key for rel in graph.rels if rel.type == "WORKS_FOR" and rel.start.key in
                 {p["key"] for p in lees}}
    assert employers == {"삼성전자", "한국대학교"}


def test_organizations_merge_on_names_and_aliases_ignoring_a_group_suffix() -> None:
    graph = resolve([KPI, VARIANTS])
    orgs = {ref.key: props for ref, props in graph.nodes.items() if ref.label == "Organization"}
    assert "sk" in orgs and "SK그룹" in orgs["sk"]["aliases"]
    assert "openai" in orgs and "오픈AI" in orgs["openai"]["aliases"] + [orgs["openai"]["name"]]
    assert not any(key in orgs for key in ("sk그룹", "오픈ai"))


def test_two_reports_of_one_meeting_are_one_meeting_with_a_date_conflict() -> None:
    graph = resolve([KPI, COOKIE])
    meetings = _meetings_of(graph, "이재용", "마크 저커버그")
    june = [(ref, m) for ref, m in meetings if m["date"].startswith("2024-06")]
    assert len(june) == 1
    ref, meeting = june[0]
    assert meeting["date_conflict"] is True
    assert meeting["dates_reported"] == ["2024-06-01", "2024-06-11"]
    assert meeting["date"] == "2024-06" and meeting["date_precision"] == "month"
    reports = {(r.end.key, props["date"]) for r, props in graph.rels.items() if r.type == "REPORTED_IN" and r.start == ref}
    assert reports == {(KPI.article.path, "2024-06-01"), (COOKIE.article.path, "2024-06-11")}


def test_meetings_of_the_same_people_on_clearly_different_dates_stay_separate() -> None:
    graph = resolve([KPI, COOKIE])
    dates = sorted(m["date"] for _, m in _meetings_of(graph, "이재용", "마크 저커버그"))
    assert dates == ["2024-02", "2024-06"]
    [(_, february)] = [(r, m) for r, m in _meetings_of(graph, "이재용", "마크 저커버그") if m["date"] == "2024-02"]
    assert february["place"] == "승지원" and february["date_conflict"] is False


def test_a_month_report_refined_by_a_day_report_is_one_meeting_without_conflict() -> None:
    graph = resolve([KPI, COOKIE])
    [(_, amazon)] = _meetings_of(graph, "이재용", "앤디 재시")
    assert amazon["date"] == "2024-06-12" and amazon["date_conflict"] is False
    assert amazon["dates_reported"] == ["2024-06", "2024-06-12"]


def test_attendees_are_recorded_with_their_role() -> None:
    graph = resolve([COOKIE])
    roles = {rel.start.key: props["role"] for rel, props in graph.rels.items()
             if rel.type == "ATTENDED" and graph.nodes[rel.end]["date"] == "2024-06-12"}
    assert roles == {"이재용|삼성전자": "participant", "앤디재시|아마존": "participant", "전영현|삼성전자": "attendee"}


def test_resolution_does_not_depend_on_the_order_of_articles() -> None:
    graphs = [KPI, COOKIE, VARIANTS]
    results = [resolve(order) for order in itertools.permutations(graphs)]
    assert all(r.nodes == results[0].nodes and r.rels == results[0].rels for r in results[1:])


def test_every_derived_relationship_names_its_articles_and_sentences() -> None:
    graph = resolve([KPI, COOKIE, VARIANTS])
    sentences = {g.article.path: {s.index: s.text for s in g.sentences} for g in (KPI, COOKIE, VARIANTS)}
    for rel, props in graph.rels.items():
        if rel.type in ("MENTIONS", "REPORTED_IN"):
            article = rel.start.key if rel.type == "MENTIONS" else rel.end.key
            assert props["sentences"], rel
            for index, quote in zip(props["sentences"], props["quotes"]):
                assert quote in sentences[article][index], rel
        else:
            assert props["sources"], rel
            for source in props["sources"]:
                path, _, index = source.partition("#")
                assert int(index) in sentences[path], rel


def test_reusing_article_indexes_between_resolutions_changes_nothing() -> None:
    cache: dict = {}
    resolve([KPI, VARIANTS], cache)
    resolve([COOKIE], cache)
    again = resolve([VARIANTS, COOKIE, KPI], cache)
    fresh = resolve([KPI, COOKIE, VARIANTS])
    assert again.nodes == fresh.nodes and again.rels == fresh.rels
    assert len(cache) == 3
