"""graph/export.py without a database: shaping rows into nodes and links, and embedding them safely in the page."""

from __future__ import annotations

import json
import re

from graph.export import build_graph, render_html, script_json

MEETING = {
    "id": "m", "label": "Meeting", "date": "2024-06", "date_precision": "month", "date_conflict": True,
    "dates_reported": ["2024-06-01", "2024-06-11"], "place": "팔로알토", "status": "held",
    "participants": [{"name": "이재용", "role": "participant"}, {"name": "전영현", "role": "attendee"}],
    "organizations": [], "topics": ["AI"],
    "articles": [{"title": "메타·아마존·퀄컴 모두 만났다", "source": "쿠키뉴스", "published": "2024-06-15",
                  "date": "2024-06-11"}],
    "links": [{"target": "t", "type": "ABOUT", "title": None}, {"target": "elsewhere", "type": "ABOUT"}],
}
PERSON = {"id": "p", "label": "Person", "name": "이재용", "latin_name": None, "aliases": ["이 회장"],
          "works_for": [{"organization": "삼성전자", "title": "회장"}],
          "links": [{"target": "m", "type": "ATTENDED", "title": None}]}
TOPIC = {"id": "t", "label": "Topic", "name": "AI", "broader": [], "links": []}


def test_nodes_get_captions_and_hover_details_and_links_stay_between_exported_nodes() -> None:
    graph = build_graph([PERSON, MEETING, TOPIC])
    nodes = {n["id"]: n for n in graph["nodes"]}
    assert [nodes[i]["caption"] for i in ("p", "m", "t")] == ["이재용", "2024-06", "AI"]
    assert dict(nodes["p"]["details"]) == {"aliases": "이 회장", "works for": "삼성전자 (회장)"}
    meeting = dict(nodes["m"]["details"])
    assert meeting["date"] == "2024-06 (month)"
    assert meeting["dates reported"] == "2024-06-01, 2024-06-11 (conflict)"
    assert meeting["participants"] == "이재용, 전영현 (배석)"
    assert meeting["articles"] == "쿠키뉴스 2024-06-15: 메타·아마존·퀄컴 모두 만났다 (date given: 2024-06-11)"
    assert nodes["m"]["conflict"] and not nodes["p"]["conflict"]
    assert nodes["t"]["details"] == []
    assert graph["links"] == [{"source": "p", "target": "m", "type": "ATTENDED", "title": None},
                              {"source": "m", "target": "t", "type": "ABOUT", "title": None}]


def test_a_meeting_without_date_says_so() -> None:
    graph = build_graph([{**MEETING, "date": None, "date_precision": None, "links": []}])
    assert graph["nodes"][0]["caption"] == "날짜 미상 (date unknown)"


def test_data_cannot_close_the_script_element_and_round_trips() -> None:
    value = {"name": "</script><script>alert(1)</script> <!-- & \u2028"}
    text = script_json(value)
    assert not re.search(r"[<>&\u2028\u2029]", text)
    assert json.loads(text) == value


def test_the_page_escapes_the_title_and_holds_the_graph() -> None:
    page = render_html(build_graph([PERSON]), title="<b>\"news\" & 'graph'</b>")
    assert "<title>&lt;b&gt;&quot;news&quot; &amp; &#x27;graph&#x27;&lt;/b&gt;</title>" in page
    data = re.search(r'<script type="application/json" id="graph-data">(.*?)</script>', page, re.DOTALL)
    assert data and json.loads(data.group(1))["nodes"][0]["caption"] == "이재용"
    assert "/*GRAPH_DATA*/" not in page and "<!--TITLE-->" not in page
    assert not re.search(r"(src|href)=\"?https?:", page)
