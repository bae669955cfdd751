"""Neo4j Browser, served by the test server, in headless Chromium: the style applied, the seeds' questions answered.

What an analyst does: open http://127.0.0.1:<http port>/browser/, connect, paste `:style` and the style file,
set parameters with `:param`, paste a query file verbatim, run it. Screenshots go to build/screenshots/
(and to docs/img/ for the README with NEWSGRAPH_UPDATE_SCREENSHOTS=1).
"""

from __future__ import annotations

import re
import time
from typing import TYPE_CHECKING

import neo4j
import pytest

from graph.connection import Connection
from tests.browser.conftest import save_screenshot
from tests.browser.neo4j_browser import Neo4jBrowser
from tests.conftest import ROOT

if TYPE_CHECKING:
    from playwright.sync_api import Locator, Page

pytestmark = pytest.mark.browser

QUERIES = ROOT / "queries"
STYLE = QUERIES / "style.grass"


def grass_colors() -> dict[str, str]:
    """Node colour per label in queries/style.grass."""
    rules = re.findall(r"node\.(\w+)\s*\{([^}]*)\}", STYLE.read_text(encoding="utf-8"))
    return {label: re.search(r"(?<![-\w])color:\s*(#[0-9A-Fa-f]{6})", body).group(1).upper()
            for label, body in rules}


def open_styled_browser(page: Page, browser_url: str, conn: Connection) -> Neo4jBrowser:
    """Browser connected to the test server, with queries/style.grass applied by `:style` and a paste."""
    from playwright.sync_api import expect

    browser = Neo4jBrowser(page)
    browser.open(browser_url)
    browser.connect(conn.uri, conn.username, conn.password)
    frame = browser.run(":style " + STYLE.read_text(encoding="utf-8"))
    expect(frame.get_by_test_id("frameContents")).to_contain_text("node.Person")
    return browser


def wait_for_layout(frame: Locator, timeout_s: float = 20.0) -> None:
    """Wait until the layout and zoom of a graph frame have settled (no transform changed for half a second)."""
    groups = frame.locator("svg g[transform]")
    previous, deadline = None, time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        current = groups.evaluate_all("gs => gs.map(g => g.getAttribute('transform'))")
        if current and current == previous:
            return
        previous = current
        time.sleep(0.5)


def enlarge(frame: Locator) -> None:
    """Show a graph frame full screen, without its inspector, zoomed to fit (for a legible screenshot)."""
    frame.get_by_role("button", name="Fullscreen", exact=True).click()
    frame.get_by_role("button", name="Collapse the node properties display").click()
    frame.get_by_role("button", name="zoom-to-fit").click()
    wait_for_layout(frame)


def node_fills(frame: Locator) -> dict[str, str]:
    """Caption → fill colour of each node drawn in a graph frame."""
    return frame.locator("svg g.node").evaluate_all(
        """gs => Object.fromEntries(gs.map(g => [
             Array.from(g.querySelectorAll('text')).map(t => t.textContent.trim()).join(' '),
             (g.querySelector('circle.b-outline').getAttribute('fill') || '').toUpperCase()]))""")


def test_who_met_both_meta_and_amazon_in_neo4j_browser_is_lee_jae_yong(
        page: Page, browser_url: str, seeds_graph: neo4j.Driver, neo4j_connection: Connection) -> None:
    from playwright.sync_api import expect

    browser = open_styled_browser(page, browser_url, neo4j_connection)
    browser.run(":param a => 'Meta'")
    browser.run(":param b => 'Amazon'")
    frame = browser.run((QUERIES / "who_met_both.cypher").read_text(encoding="utf-8"))

    result = frame.get_by_test_id("frameContents")
    expect(result.locator("svg g.node").first).to_be_visible(timeout=60_000)
    wait_for_layout(frame)
    fills = node_fills(frame)
    assert fills.get("이재용") == grass_colors()["Person"], fills
    save_screenshot(frame, "neo4j-browser-who-met-both.png")

    frame.get_by_test_id("cypherFrameSidebarTable").click()
    rows = result.locator("tbody tr[role=row]")
    expect(rows).to_have_count(1)
    expect(rows.first.locator("td[role=cell]").first).to_have_text('"이재용"')


def test_the_seeds_graph_around_lee_jae_yong_is_drawn_with_the_style(
        page: Page, browser_url: str, seeds_graph: neo4j.Driver, neo4j_connection: Connection) -> None:
    from playwright.sync_api import expect

    browser = open_styled_browser(page, browser_url, neo4j_connection)
    browser.run(":param name => '이재용'")
    frame = browser.run((QUERIES / "person_meetings.cypher").read_text(encoding="utf-8"))

    expect(frame.locator("svg g.node").first).to_be_visible(timeout=60_000)
    wait_for_layout(frame)
    fills = node_fills(frame)
    colors = grass_colors()
    assert fills.get("이재용") == colors["Person"], fills
    assert fills.get("마크 저커버그") == colors["Person"], fills
    meetings = {caption for caption, fill in fills.items() if fill == colors["Meeting"]}
    assert meetings and all(re.fullmatch(r"\d{4}(-\d{2}){0,2}", caption) for caption in meetings), fills
    assert "2024-02" in meetings, meetings
    enlarge(frame)
    save_screenshot(frame, "neo4j-browser-person-meetings.png")
