"""`load-articles PATH...`: extract article files and load them into Neo4j (or, with --dry-run, into JSONL).

A thin layer over `newsgraph.pipeline` (one run) and `newsgraph.watch` (--watch). Exit codes: 0 when every file
loaded; 1 when a file failed, the run stopped (Neo4j went away) or could not start; 75 when another run holds
the database's run lock; 130 when interrupted (a --watch ended by Ctrl-C or SIGTERM exits 0).
"""

from __future__ import annotations

import json
import os
import signal
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING

import click

from newsgraph.cli.common import CommandError, one_line_errors
from newsgraph.errors import NewsgraphError

if TYPE_CHECKING:
    from newsgraph.pipeline import LoadOptions, RunSummary

EXIT_LOCK_BUSY = 75
EXIT_INTERRUPTED = 130


@click.command("load-articles", help="Extract Korean news articles (files or folders) and load them into Neo4j. "
                                     "Unchanged files are skipped without NLP; changed files replace what they "
                                     "contributed. A FILE.jsonl of article graphs (written by --dry-run "
                                     "--json-out, e.g. on other machines) is loaded without NLP, each line an "
                                     "article. Exit codes: 0 every file loaded; 1 a file failed, or the run "
                                     "stopped or could not start; 75 another run holds the database's run lock; "
                                     "130 interrupted.")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--dry-run", is_flag=True, help="Extract only; touch no database.")
@click.option("--json-out", type=click.Path(dir_okay=False, path_type=Path),
              help="Write one JSON article graph per line to this file ('-' for stdout).")
@click.option("--json", "as_json", is_flag=True,
              help="Print the run's summary as one JSON object on stdout (counts, failed files with reasons, "
                   "timings); with --watch, one line per run.")
@click.option("--prune", is_flag=True,
              help="Remove from the graph the articles whose files under the given folders no longer exist.")
@click.option("--watch", "watch_dirs", multiple=True, type=click.Path(file_okay=False, path_type=Path),
              metavar="DIR", help="Keep watching DIR (repeatable) and load files when they stop changing, until "
                                  "Ctrl-C or SIGTERM.")
@click.option("--interval", type=click.FloatRange(min=0.1), default=2.0, show_default=True,
              help="--watch: seconds between two looks at the folders.")
@click.option("--settle", type=click.FloatRange(min=0.0), default=2.0, show_default=True,
              help="--watch: seconds a file must be left unchanged before it is loaded.")
@click.option("--wait-lock", type=click.FloatRange(min=0.0), default=0.0, show_default=True, metavar="SECONDS",
              help="Wait this long for another run holding the database's run lock (else exit 75 at once).")
@click.option("--lock-ttl", type=click.FloatRange(min=1.0), default=60.0, show_default=True, metavar="SECONDS",
              help="A run's lock expires when its heartbeat (every TTL/3) stops for this long.")
@click.option("--max-bytes", type=click.IntRange(min=1), default=20_000_000, show_default=True,
              envvar="NEWSGRAPH_MAX_FILE_BYTES", help="Refuse article files larger than this (checked before "
                                                      "reading). Env: NEWSGRAPH_MAX_FILE_BYTES.")
@click.option("--workers", type=click.IntRange(min=1), default=lambda: os.cpu_count() or 1,
              show_default="number of cores", help="Extraction processes (1: extract in the loading process). "
                                                   "Runs with few files to extract do not start any.")
@click.option("--batch", type=click.IntRange(min=1), default=100, show_default=True,
              help="Article graphs of .jsonl inputs written per Neo4j transaction (1: one by one). "
                   "Extracted article files are written one by one, as each is extracted.")
@click.option("--bulk", is_flag=True,
              help="First load of .jsonl article graphs into a database without articles: the whole set resolved "
                   "at once and written in large transactions (much faster; see README \"Bulk load\"). Run it "
                   "again after an interruption: it starts over.")
@click.option("--password-file", type=click.Path(dir_okay=False, path_type=Path),
              help="Read the Neo4j password from the first line of this file (instead of NEO4J_PASSWORD).")
@one_line_errors
def load_articles(paths: tuple[Path, ...], dry_run: bool, json_out: Path | None, as_json: bool, prune: bool,
                  watch_dirs: tuple[Path, ...], interval: float, settle: float, wait_lock: float, lock_ttl: float,
                  max_bytes: int, workers: int, batch: int, bulk: bool, password_file: Path | None) -> None:
    from newsgraph.pipeline import LoadOptions, extract_to_jsonl, load_paths
    from newsgraph.progress import reporter_for
    from newsgraph.runlock import RunLockBusyError

    if not paths and not watch_dirs:
        raise click.UsageError("give PATH... to load, or --watch DIR")
    if as_json and json_out is not None and str(json_out) == "-":
        raise click.UsageError("--json and --json-out - both want stdout; write the graphs to a file")
    if bulk and (dry_run or prune or watch_dirs):
        raise click.UsageError("--bulk loads .jsonl article graphs once: not with --dry-run, --prune or --watch")
    if bulk and (bad := [str(p) for p in paths if p.suffix.lower() != ".jsonl" or not p.is_file()]):
        raise click.UsageError(f"--bulk takes .jsonl files of article graphs (`--dry-run --json-out`), not {bad[0]}")
    reporter = reporter_for(sys.stderr)
    if dry_run:
        summary = extract_to_jsonl(list(paths), json_out, max_bytes=max_bytes, reporter=reporter)
        _print_summary(summary, as_json, graph=False)
        sys.exit(0 if summary.ok else 1)

    options = LoadOptions(prune=prune, max_bytes=max_bytes, workers=workers, wait_lock=wait_lock, lock_ttl=lock_ttl,
                          batch=batch, bulk=bulk)
    stop = threading.Event()
    try:
        with _stop_on_signals(stop):
            if watch_dirs:
                _watch(list(paths) + list(watch_dirs), options, interval, settle, as_json, password_file, stop)
                sys.exit(0)
            summary = load_paths(list(paths), json_out=json_out, options=options, reporter=reporter,
                                 password_file=password_file, stop=stop)
    except RunLockBusyError as e:
        _print_error(e, as_json)
        raise LockBusyError(str(e)) from e
    except NewsgraphError as e:
        _print_error(e, as_json)
        raise
    _print_summary(summary, as_json)
    if summary.interrupted:
        sys.exit(EXIT_INTERRUPTED)
    sys.exit(0 if summary.ok else 1)


class LockBusyError(CommandError):
    """Another run holds the run lock: exit 75 (EX_TEMPFAIL), so a scheduler can tell "try later"."""

    exit_code = EXIT_LOCK_BUSY


def _watch(folders: list[Path], options: LoadOptions, interval: float, settle: float, as_json: bool,
           password_file: Path | None, stop: threading.Event) -> None:
    from newsgraph.pipeline import Loader, connection
    from newsgraph.progress import LogReporter
    from newsgraph.watch import watch

    reporter = LogReporter(sys.stderr)
    click.echo(f"watching {', '.join(str(f) for f in folders)} (every {interval:g} s; Ctrl-C to stop)", err=True)

    def on_run(summary: RunSummary) -> None:
        _print_summary(summary, as_json)

    with Loader(connection(password_file), options, reporter=reporter, stop=stop) as loader:
        watch(folders, loader, interval=interval, settle=settle, prune=options.prune, on_run=on_run, stop=stop)
    click.echo("stopped watching", err=True)


def _print_summary(summary: RunSummary, as_json: bool, *, graph: bool = True) -> None:
    from newsgraph.pipeline import summary_json

    click.echo(f"articles: {summary.line()}", err=True)
    if graph:
        click.echo(summary.graph_line(), err=True)
    if summary.aborted:
        click.echo(f"stopped: {summary.aborted}", err=True)
    if as_json:
        click.echo(summary_json(summary))


def _print_error(error: Exception, as_json: bool) -> None:
    if as_json:
        click.echo(json.dumps({"ok": False, "error": str(error).splitlines()[0]}, ensure_ascii=False))


@contextmanager
def _stop_on_signals(stop: threading.Event) -> Iterator[None]:
    """Ctrl-C or SIGTERM: stop after the article being written; a second Ctrl-C stops at once."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def handler(signum: int, frame: FrameType | None) -> None:
        if stop.is_set():
            raise KeyboardInterrupt
        stop.set()
        print("stopping after the current article (Ctrl-C again to stop at once)", file=sys.stderr, flush=True)

    previous = {sig: signal.signal(sig, handler) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for sig, old in previous.items():
            signal.signal(sig, old)
