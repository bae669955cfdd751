"""`newsgraph export --html`: the page, opened from disk in headless Chromium, draws the graph without network."""

from __future__ import annotations

import re
import time
from pathlib import Path
from typing import TYPE_CHECKING

import neo4j
import pytest
from click.testing import CliRunner

from graph.export import LABELS, TYPES, build_graph, render_html
from newsgraph.cli import main
from tests.browser.conftest import save_screenshot

if TYPE_CHECKING:
    from playwright.sync_api import Page, Route

pytestmark = pytest.mark.browser

HOSTILE = [
    "</script><script>window.pwned = 1</script>",
    "\"O'Brien\" & <b>Sons</b> <!-- x",
    "이름\u2028줄\u2029바꿈 ${x} `y`",
]


def open_offline(page: Page, path: Path) -> list[str]:
    """Open a file:// page with every other request refused; returns the URLs that were attempted."""
    attempted: list[str] = []

    def refuse(route: Route) -> None:
        url = route.request.url
        if url.startswith("file://"):
            route.continue_()
        else:
            attempted.append(url)
            route.abort()

    page.route("**/*", refuse)
    page.goto(path.as_uri())
    # Polled from here: the page's content security policy forbids the eval behind page.wait_for_function.
    deadline = time.monotonic() + 60
    while not page.evaluate("Boolean(window.newsgraph && window.newsgraph.settled)"):
        assert time.monotonic() < deadline, "the layout of the export page did not settle within 60 s"
        time.sleep(0.1)
    return attempted


def test_export_of_the_seeds_draws_people_organizations_meetings_and_topics_offline(
        page: Page, seeds_graph: neo4j.Driver, neo4j_env: dict[str, str], tmp_path: Path) -> None:
    from playwright.sync_api import expect

    out = tmp_path / "seeds.html"
    result = CliRunner().invoke(main, ["export", "--html", str(out), "--title", "newsgraph: seeds"], env=neo4j_env)
    assert result.exit_code == 0, result.output
    records, _, _ = seeds_graph.execute_query(
        "MATCH (n) WHERE any(l IN labels(n) WHERE l IN $labels) WITH count(n) AS nodes "
        "MATCH (a)-[r]->(b) WHERE type(r) IN $types AND any(l IN labels(a) WHERE l IN $labels) "
        "AND any(l IN labels(b) WHERE l IN $labels) RETURN nodes, count(r) AS links",
        labels=list(LABELS), types=list(TYPES))
    nodes, links = records[0]["nodes"], records[0]["links"]
    assert f"{nodes} nodes, {links} relationships" in result.output

    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    attempted = open_offline(page, out)
    assert attempted == [] and errors == []
    expect(page.locator("svg g.node")).to_have_count(nodes)
    expect(page.locator("svg line.link")).to_have_count(links)
    assert page.evaluate("[window.newsgraph.nodes, window.newsgraph.links]") == [nodes, links]
    for label in LABELS:
        assert page.locator(f"svg g.node.{label}").count() > 0, label

    lee = page.locator("svg g.node.Person", has_text=re.compile("^이재용$"))
    expect(lee).to_have_count(1)
    expect(lee).to_be_visible()
    save_screenshot(page, "export-seeds.png")

    tooltip = page.locator("#tooltip")
    lee.hover()
    expect(tooltip).to_be_visible()
    expect(tooltip).to_contain_text("삼성전자")
    meeting = seeds_graph.execute_query(
        "MATCH (:Person {name: '이재용'})-[:ATTENDED]->(m:Meeting)-[:REPORTED_IN]->(a:Article) "
        "WITH m, collect(a.title) AS titles "
        "RETURN elementId(m) AS id, m.date AS date, m.place AS place, titles, "
        "[(m)<-[:ATTENDED]-(p:Person) | p.name] AS people ORDER BY size(titles) DESC, date LIMIT 1").records[0]
    page.locator(f'svg g.node.Meeting[data-id="{meeting["id"]}"]').hover()
    for text in [meeting["date"], meeting["place"], *meeting["titles"], *meeting["people"]]:
        if text:
            expect(tooltip).to_contain_text(text)
    conflicts = seeds_graph.execute_query("MATCH (m:Meeting {date_conflict: true}) RETURN count(m) AS n").records
    expect(page.locator("svg g.node.Meeting.conflict")).to_have_count(conflicts[0]["n"])

    before = lee.get_attribute("transform")
    box = lee.locator("circle").bounding_box()
    assert box is not None
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.mouse.down()
    page.mouse.move(box["x"] + 120, box["y"] + 80, steps=8)
    page.mouse.up()
    assert lee.get_attribute("transform") != before

    page.locator("#search").fill("저커 버그")
    expect(page.locator("svg g.node.match", has_text="마크 저커버그")).to_have_count(1)
    page.locator("#search").fill("")
    page.locator("#legend button[data-label=Topic]").click()
    expect(page.locator("svg g.node.Topic.hidden")).to_have_count(page.locator("svg g.node.Topic").count())
    expect(page.locator("svg line.link.ABOUT:not(.hidden)")).to_have_count(0)

    viewport = page.locator("svg g.viewport")
    zoom = viewport.get_attribute("transform")
    area = page.locator("#graph").bounding_box()
    assert area is not None
    page.mouse.move(area["x"] + area["width"] / 2, area["y"] + area["height"] / 2)
    page.mouse.wheel(0, -400)
    expect(viewport).not_to_have_attribute("transform", zoom)


def test_names_with_quotes_and_script_tags_are_shown_as_text_and_never_run(page: Page, tmp_path: Path) -> None:
    from playwright.sync_api import expect

    rows = [{"id": f"p{i}", "label": "Person", "name": name, "aliases": [name], "works_for": [],
             "links": [{"target": "o", "type": "WORKS_FOR", "title": name}]} for i, name in enumerate(HOSTILE)]
    rows.append({"id": "o", "label": "Organization", "name": HOSTILE[0], "aliases": [], "links": []})
    out = tmp_path / "hostile.html"
    out.write_text(render_html(build_graph(rows), title=HOSTILE[1]), encoding="utf-8")

    open_offline(page, out)
    assert page.evaluate("window.pwned") is None
    assert page.title() == HOSTILE[1]
    expect(page.locator("h1")).to_have_text(HOSTILE[1])
    captions = page.locator("svg g.node text").all_text_contents()
    assert sorted(captions) == sorted(HOSTILE + [HOSTILE[0]])
    titles = page.locator("svg text.link-title").all_text_contents()
    assert sorted(titles) == sorted(HOSTILE)
    page.locator("svg g.node.Person").first.hover()
    expect(page.locator("#tooltip dd")).to_have_text([HOSTILE[0]])
