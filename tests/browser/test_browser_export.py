"""`newsgraph export --html`: the page, opened from disk in headless Chromium, draws the graph without network."""

from __future__ import annotations

import re
import time
from pathlib import Path

import neo4j
import pytest
from click.testing import CliRunner

from graph.export import LABELS, TYPES, build_graph, render_html
from newsgraph.cli import main
from tests.browser.conftest import save_screenshot

pytestmark = pytest.mark.browser

HOSTILE = [
    "</script><script>window.pwned = 1</script>",
    "\"O'Brien\" & <b>Sons</b> <!-- x",
    "이름\u2028줄\u2029바꿈 ${x} `y`",
]


def open_offline(page: object, path: Path) -> list[str]:
    """Open a file:// page with every other request refused; returns the URLs that were attempted."""
    attempted: list[str] = []

    def refuse(route: object) -> None:
        url = route.request.url  # type: ignore[attr-defined]
        if url.startswith("file://"):
            route.continue_()  # type: ignore[attr-defined]
        else:
            attempted.append(url)
            route.abort()  # type: ignore[attr-defined]

    page.route("**/*", refuse)  # type: ignore[attr-defined]
    page.goto(path.as_uri())  # type: ignore[attr-defined]
    # Polled from here: the page's content security policy forbids the eval behind page.wait_for_function.
    deadline = time.monotonic() + 60
    while not page.evaluate("Boolean(window.newsgraph && window.newsgraph.settled)"):  # type: ignore[attr-defined]
        assert time.monotonic() < deadline, "the layout of the export page did not settle within 60 s"
        time.sleep(0.1)
    return attempted


def test_export_of_the_seeds_draws_people_organizations_meetings_and_topics_offline(
        page: object, seeds_graph: neo4j.Driver, neo4j_env: dict[str, str], tmp_path: Path) -> None:
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
    page.on("pageerror", lambda error: errors.append(str(error)))  # type: ignore[attr-defined]
    attempted = open_offline(page, out)
    assert attempted == [] and errors == []
    expect(page.locator("svg g.node")).to_have_count(nodes)  # type: ignore[attr-defined]
    expect(page.locator("svg line.link")).to_have_count(links)  # type: ignore[attr-defined]
    assert page.evaluate("[window.newsgraph.nodes, window.newsgraph.links]") == [nodes, links]  # type: ignore[attr-defined]
    for label in LABELS:
        assert page.locator(f"svg g.node.{label}").count() > 0, label  # type: ignore[attr-defined]

    lee = page.locator("svg g.node.Person", has_text=re.compile("^이재용$"))  # type: ignore[attr-defined]
    expect(lee).to_have_count(1)
    expect(lee).to_be_visible()
    save_screenshot(page, "export-seeds.png")

    tooltip = page.locator("#tooltip")  # type: ignore[attr-defined]
    lee.hover()
    expect(tooltip).to_be_visible()
    expect(tooltip).to_contain_text("삼성전자")
    conflict = page.locator("svg g.node.Meeting.conflict")  # type: ignore[attr-defined]
    expect(conflict).to_have_count(1)
    conflict.hover()
    for text in ("2024-06-01", "2024-06-11", "마크 저커버그", "KPI뉴스", "쿠키뉴스", "광폭행보"):
        expect(tooltip).to_contain_text(text)

    before = lee.get_attribute("transform")
    box = lee.locator("circle").bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)  # type: ignore[attr-defined]
    page.mouse.down()  # type: ignore[attr-defined]
    page.mouse.move(box["x"] + 120, box["y"] + 80, steps=8)  # type: ignore[attr-defined]
    page.mouse.up()  # type: ignore[attr-defined]
    assert lee.get_attribute("transform") != before

    viewport = page.locator("svg g.viewport")  # type: ignore[attr-defined]
    zoom = viewport.get_attribute("transform")
    page.mouse.wheel(0, -400)  # type: ignore[attr-defined]
    expect(viewport).not_to_have_attribute("transform", zoom)


def test_names_with_quotes_and_script_tags_are_shown_as_text_and_never_run(page: object, tmp_path: Path) -> None:
    from playwright.sync_api import expect

    rows = [{"id": f"p{i}", "label": "Person", "name": name, "aliases": [name], "works_for": [],
             "links": [{"target": "o", "type": "WORKS_FOR", "title": name}]} for i, name in enumerate(HOSTILE)]
    rows.append({"id": "o", "label": "Organization", "name": HOSTILE[0], "aliases": [], "links": []})
    out = tmp_path / "hostile.html"
    out.write_text(render_html(build_graph(rows), title=HOSTILE[1]), encoding="utf-8")

    open_offline(page, out)
    assert page.evaluate("window.pwned") is None  # type: ignore[attr-defined]
    assert page.title() == HOSTILE[1]  # type: ignore[attr-defined]
    expect(page.locator("h1")).to_have_text(HOSTILE[1])  # type: ignore[attr-defined]
    captions = page.locator("svg g.node text").all_text_contents()  # type: ignore[attr-defined]
    assert sorted(captions) == sorted(HOSTILE + [HOSTILE[0]])
    titles = page.locator("svg text.link-title").all_text_contents()  # type: ignore[attr-defined]
    assert sorted(titles) == sorted(HOSTILE)
    page.locator("svg g.node.Person").first.hover()  # type: ignore[attr-defined]
    expect(page.locator("#tooltip dd")).to_have_text([HOSTILE[0]])  # type: ignore[attr-defined]
