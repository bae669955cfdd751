"""How a run tells people what it does: a progress bar on a terminal, plain log lines otherwise.

A run calls its `Reporter` with the number of files (`start`), each file's outcome (`done`), one line per
problem (`error`) and other news (`info`). Errors are always one line naming the file and the reason.
"""

from __future__ import annotations

import sys
import time
from typing import Protocol, TextIO

from tqdm import tqdm

OUTCOMES = ("new", "changed", "unchanged", "failed", "pruned")


class Reporter(Protocol):
    """What a run reports while it goes."""

    def start(self, total: int) -> None:
        """A run over `total` files begins."""

    def done(self, path: str, outcome: str) -> None:
        """One file is handled: new, changed, unchanged, failed or pruned."""

    def error(self, message: str) -> None:
        """One line about a problem (a file that failed, the run stopping)."""

    def info(self, message: str) -> None:
        """One line of news."""

    def close(self) -> None:
        """The run ended."""


class LogReporter:
    """Plain lines for logs (cron, systemd, pipes): errors always; with `verbose`, each file loaded or pruned
    and a progress line every `every` seconds."""

    def __init__(self, stream: TextIO | None = None, *, verbose: bool = True, every: float = 10.0) -> None:
        self.stream = stream
        self.verbose = verbose
        self.every = every
        self._total = 0
        self._count = 0
        self._last = 0.0

    def _print(self, line: str) -> None:
        print(line, file=self.stream or sys.stderr, flush=True)

    def start(self, total: int) -> None:
        """Remember the total for the progress lines."""
        self._total, self._count, self._last = total, 0, time.monotonic()
        if self.verbose:
            self._print(f"{total} article files to check")

    def done(self, path: str, outcome: str) -> None:
        """A line per file written or pruned (not per unchanged file), and a progress line now and then."""
        self._count += 1
        if not self.verbose:
            return
        if outcome in ("new", "changed", "pruned"):
            self._print(f"{outcome}: {path}")
        now = time.monotonic()
        if now - self._last >= self.every:
            self._last = now
            self._print(f"progress: {self._count}/{self._total} files")

    def error(self, message: str) -> None:
        """`error: <path>: <reason>`."""
        self._print(f"error: {message}")

    def info(self, message: str) -> None:
        """News, shown when verbose."""
        if self.verbose:
            self._print(message)

    def close(self) -> None:
        """Nothing to tidy."""


class BarReporter:
    """A tqdm progress bar on a terminal; error lines are printed above it."""

    def __init__(self, stream: TextIO | None = None) -> None:
        self.stream = stream or sys.stderr
        self._bar: tqdm | None = None
        self._counts = dict.fromkeys(OUTCOMES, 0)

    def start(self, total: int) -> None:
        """Open the bar."""
        self._counts = dict.fromkeys(OUTCOMES, 0)
        self._bar = tqdm(total=total, file=self.stream, unit="file", dynamic_ncols=True, leave=True)

    def done(self, path: str, outcome: str) -> None:
        """Advance the bar (pruned files are not among the files counted)."""
        self._counts[outcome] = self._counts.get(outcome, 0) + 1
        if self._bar is not None and outcome != "pruned":
            self._bar.update(1)
            self._bar.set_postfix_str(", ".join(f"{k} {v}" for k, v in self._counts.items() if v), refresh=False)

    def error(self, message: str) -> None:
        """Print above the bar."""
        tqdm.write(f"error: {message}", file=self.stream)

    def info(self, message: str) -> None:
        """Print above the bar."""
        tqdm.write(message, file=self.stream)

    def close(self) -> None:
        """Close the bar."""
        if self._bar is not None:
            self._bar.close()
            self._bar = None


def reporter_for(stream: TextIO | None = None) -> Reporter:
    """A bar when `stream` (default stderr) is a terminal, else plain log lines."""
    stream = stream or sys.stderr
    return BarReporter(stream) if stream.isatty() else LogReporter(stream)
