"""Finding and launching Debian's Chromium (never a downloaded browser build)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Playwright

# Flags known to work on a machine without network: no background connections, no GPU, no sandbox as root.
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
SKIP_ENV = "NEWSGRAPH_SKIP_BROWSER"
CHROMIUM_ENV = "NEWSGRAPH_CHROMIUM"


def find_chromium() -> Path | None:
    """Chromium from $NEWSGRAPH_CHROMIUM, else Debian's /usr/bin/chromium, else `chromium` on PATH."""
    for candidate in (os.environ.get(CHROMIUM_ENV), "/usr/bin/chromium", shutil.which("chromium")):
        if candidate and Path(candidate).is_file() and os.access(candidate, os.X_OK):
            return Path(candidate)
    return None


def launch_chromium(playwright: Playwright, executable: Path) -> Browser:
    """Headless Chromium from `executable`, with a fresh temporary profile (Playwright's default)."""
    return playwright.chromium.launch(executable_path=str(executable), args=CHROMIUM_ARGS, headless=True)
