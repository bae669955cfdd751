"""Fixtures of the browser tests: Debian's headless Chromium under Playwright, the seeds graph, screenshots.

The browser tests fail, with a message saying how to install it, when Chromium is missing: `make test` installs
it (`make browser-deps`). Set NEWSGRAPH_SKIP_BROWSER=1 to skip them on purpose.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import neo4j
import pytest

from graph.connection import Connection
from tests.browser.chromium import SKIP_ENV, find_chromium, launch_chromium
from tests.conftest import ROOT, server_settings_for_tests

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Locator, Page

SEEDS = ROOT / "seeds"
SCREENSHOTS = ROOT / "build" / "screenshots"
README_IMAGES = ROOT / "docs" / "img"
UPDATE_ENV = "NEWSGRAPH_UPDATE_SCREENSHOTS"


@pytest.fixture(scope="session")
def chromium() -> Path:
    """Debian's Chromium; a missing one fails the test (skipped only with NEWSGRAPH_SKIP_BROWSER=1)."""
    if os.environ.get(SKIP_ENV) == "1":
        pytest.skip(f"browser tests skipped on request ({SKIP_ENV}=1)")
    path = find_chromium()
    if path is None:
        pytest.fail("Chromium not found at /usr/bin/chromium (nor $NEWSGRAPH_CHROMIUM, nor on PATH): install it "
                    "with `make browser-deps` (Debian packages chromium and fonts-nanum), or set "
                    f"{SKIP_ENV}=1 to skip the browser tests", pytrace=False)
    return path


@pytest.fixture(scope="session")
def browser(chromium: Path) -> Iterator[Browser]:
    """One headless Chromium for the session, with a fresh temporary profile."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.fail("the Python package playwright is missing: install the project with its `browser` extra "
                    "(make setup)", pytrace=False)
    with sync_playwright() as playwright:
        browser = launch_chromium(playwright, chromium)
        yield browser
        browser.close()


@pytest.fixture()
def page(browser: Browser) -> Iterator[Page]:
    """A page in a fresh browser context that may use the clipboard (to paste into Neo4j Browser's editor)."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, device_scale_factor=1,
                                  permissions=["clipboard-read", "clipboard-write"])
    try:
        yield context.new_page()
    finally:
        context.close()


@pytest.fixture(scope="session")
def browser_url(neo4j_connection: Connection) -> str:
    """Neo4j Browser of the test server (NEWSGRAPH_TEST_BROWSER_URL for an external server)."""
    return os.environ.get("NEWSGRAPH_TEST_BROWSER_URL") or \
        f"http://127.0.0.1:{server_settings_for_tests().http_port}/browser/"


@pytest.fixture()
def seeds_graph(empty_db: neo4j.Driver, neo4j_env: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> neo4j.Driver:
    """The test server's database holding exactly the seeds, loaded with the project's own loader."""
    from newsgraph.pipeline import load_paths

    for key, value in neo4j_env.items():
        monkeypatch.setenv(key, value)
    summary = load_paths([SEEDS])
    assert (summary.new, summary.failed) == (2, 0), summary.errors
    return empty_db


def save_screenshot(locator: Locator | Page, name: str) -> Path:
    """Screenshot of `locator` into build/screenshots/NAME; with NEWSGRAPH_UPDATE_SCREENSHOTS=1 also docs/img/."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / name
    locator.screenshot(path=str(path), animations="disabled")
    if os.environ.get(UPDATE_ENV) == "1":
        README_IMAGES.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, README_IMAGES / name)
    return path
