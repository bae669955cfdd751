"""graph.met.summary_of: the organizations-met summary counted from a resolved graph in Python (a bulk load's),
on small hand-made graphs. That it equals met_count.cypher's count on real data is checked against Neo4j
(tests/integration/test_load_bulk.py)."""

from __future__ import annotations

from graph.derived import DerivedGraph, NodeRef
from graph.met import summary_of


def _graph(people: dict[str, list[str]], meetings: dict[str, list[tuple[str, str]]],
           whole: dict[str, list[str]] | None = None) -> DerivedGraph:
    """People (key = name) with the organizations they work for; meetings with (person, role) attendances and
    the organizations met as a whole."""
    g = DerivedGraph()
    for name, orgs in people.items():
        g.add_node(NodeRef("Person", name), {"name": name})
        for org in orgs:
            g.add_node(NodeRef("Organization", org), {"name": org})
            g.add_rel("WORKS_FOR", NodeRef("Person", name), NodeRef("Organization", org), {})
    for key, attendance in meetings.items():
        g.add_node(NodeRef("Meeting", key), {})
        for name, role in attendance:
            g.add_rel("ATTENDED", NodeRef("Person", name), NodeRef("Meeting", key), {"role": role})
        for org in (whole or {}).get(key, []):
            g.add_node(NodeRef("Organization", org), {"name": org})
            g.add_rel("WITH_ORGANIZATION", NodeRef("Meeting", key), NodeRef("Organization", org), {})
    return g


def test_a_korean_leader_meets_the_other_attendees_organizations_and_not_his_own() -> None:
    g = _graph({"김민수": ["한빛"], "Tom Reyes": ["Acme"], "박지훈": ["한빛"]},
               {"m1": [("김민수", "participant"), ("Tom Reyes", "participant"), ("박지훈", "participant")]})

    summary = summary_of(g)

    # Tom Reyes is no leader (his name is not 2 to 4 Hangul syllables); 한빛's people met only Acme
    assert summary["met"] == [{"person": "김민수", "organization": "Acme", "meetings": 1},
                              {"person": "박지훈", "organization": "Acme", "meetings": 1}]
    assert summary["summaries"] == [{"organization": "Acme", "leaders": 2, "meetings": 1}]


def test_an_attendee_who_only_sat_in_meets_nobody_but_counts_for_the_leaders() -> None:
    g = _graph({"김민수": ["한빛"], "이서연": ["누리"], "최동욱": ["바다"]},
               {"m1": [("김민수", "participant"), ("이서연", "attendee")],
                "m2": [("최동욱", "attendee"), ("이서연", "attendee")]})

    summary = summary_of(g)

    assert summary["met"] == [{"person": "김민수", "organization": "누리", "meetings": 1}]


def test_organizations_met_as_a_whole_count_and_meetings_are_counted_per_organization() -> None:
    g = _graph({"김민수": ["한빛"], "이서연": ["누리"], "정하늘": []},
               {"m1": [("김민수", "participant"), ("정하늘", "participant")],
                "m2": [("김민수", "participant"), ("이서연", "participant")]},
               whole={"m1": ["누리", "한빛"]})

    summary = summary_of(g)

    # 정하늘 works for no organization: no leader, and brings none; 한빛 met as a whole is 김민수's own
    assert summary["met"] == [{"person": "김민수", "organization": "누리", "meetings": 2},
                              {"person": "이서연", "organization": "한빛", "meetings": 1}]
    assert summary["summaries"] == [{"organization": "누리", "leaders": 1, "meetings": 2},
                                    {"organization": "한빛", "leaders": 1, "meetings": 1}]
