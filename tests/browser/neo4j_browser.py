"""A small page object for Neo4j Browser 5 (the one the server serves at /browser/), driven by Playwright.

Text goes into Browser's editor the way an analyst puts it there: pasted from the clipboard. Typing it key by
key would let the editor's auto-indent and auto-closing brackets change multi-line text.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from playwright.sync_api import Locator, Page


class Neo4jBrowser:
    """Neo4j Browser in a page: connect, paste and run commands, find their result frames."""

    def __init__(self, page: Page, timeout_ms: float = 60_000) -> None:
        self.page = page
        self.timeout_ms = timeout_ms
        self.page_errors: list[str] = []
        page.on("pageerror", lambda error: self.page_errors.append(str(error)))
        self.frames = page.locator("[data-testid=stream] [data-testid=frame]")

    def open(self, url: str) -> None:
        """Load Browser and wait for its connect form."""
        self.page.goto(url, timeout=self.timeout_ms)
        self.page.get_by_test_id("boltaddress").wait_for(timeout=self.timeout_ms)

    def connect(self, bolt_uri: str, username: str, password: str) -> None:
        """Fill the connect form (scheme, address, user, password) and wait until the form is gone."""
        scheme, _, address = bolt_uri.partition("://")
        self.page.get_by_test_id("bolt-scheme-select").select_option(f"{scheme}://")
        self.page.get_by_test_id("boltaddress").fill(address)
        self.page.get_by_test_id("username").fill(username)
        self.page.get_by_test_id("password").fill(password)
        self.page.get_by_test_id("connect").click()
        from playwright.sync_api import TimeoutError as PlaywrightTimeout

        try:
            self.page.get_by_test_id("password").wait_for(state="detached", timeout=self.timeout_ms)
        except PlaywrightTimeout as e:
            form = self.frames.first.inner_text() if self.frames.count() else "(no frame)"
            raise AssertionError(f"Neo4j Browser did not connect to {bolt_uri}: {form}") from e

    def run(self, text: str) -> Locator:
        """Paste `text` into the editor, run it, and return its (newest) result frame."""
        before = self.frames.count()
        self.paste(text)
        self.page.get_by_test_id("editor-Run").click()
        from playwright.sync_api import TimeoutError as PlaywrightTimeout
        from playwright.sync_api import expect

        try:
            self.page.wait_for_function(
                "n => document.querySelectorAll('[data-testid=stream] [data-testid=frame]').length > n",
                arg=before, timeout=self.timeout_ms)
        except PlaywrightTimeout as e:
            self.assert_alive()
            raise AssertionError(f"no result frame appeared for {text[:80]!r}") from e
        frame = self.frames.filter(has=self.page.get_by_test_id("frameCommand").filter(
            has_text=_first_words(text))).first
        expect(frame).to_be_visible(timeout=self.timeout_ms)
        self.assert_alive()
        return frame

    def paste(self, text: str) -> None:
        """Replace the editor's content with `text` through the clipboard."""
        editor = self.page.get_by_test_id("activeEditor")
        editor.click()
        self.page.keyboard.press("Control+A")
        self.page.keyboard.press("Delete")
        self.page.evaluate("text => navigator.clipboard.writeText(text)", text)
        self.page.keyboard.press("Control+V")

    def assert_alive(self) -> None:
        """Fail when Browser crashed into its 'Something went wrong' screen."""
        crashed = self.page.get_by_text("Something went wrong")
        if crashed.count():
            raise AssertionError(f"Neo4j Browser crashed: {crashed.first.inner_text()}; {self.page_errors}")


def _first_words(text: str) -> str:
    """The first non-empty line of a command, whitespace collapsed, as Browser shows it in the frame header."""
    first = next(line for line in text.splitlines() if line.strip())
    return re.sub(r"\s+", " ", first.strip())[:40]
