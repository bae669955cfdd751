"""What a run shows: a bar on a terminal, plain lines otherwise, and the JSON summary for machines."""

from __future__ import annotations

import io
import json

from newsgraph.pipeline import FileFailure, RunSummary, summary_json
from newsgraph.progress import BarReporter, LogReporter, reporter_for


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_terminal_gets_a_bar_and_anything_else_plain_lines() -> None:
    assert isinstance(reporter_for(_Terminal()), BarReporter)
    assert isinstance(reporter_for(io.StringIO()), LogReporter)


def test_plain_lines_name_each_file_written_or_pruned_and_each_error_but_not_unchanged_files() -> None:
    out = io.StringIO()
    reporter = LogReporter(out, every=3600)
    reporter.start(4)
    reporter.done("/news/a.txt", "new")
    reporter.done("/news/b.txt", "unchanged")
    reporter.error("/news/c.txt: empty file")
    reporter.done("/news/c.txt", "failed")
    reporter.done("/news/d.txt", "pruned")
    reporter.close()
    assert out.getvalue().splitlines() == ["4 article files to check", "new: /news/a.txt",
                                           "error: /news/c.txt: empty file", "pruned: /news/d.txt"]


def test_the_bar_counts_files_and_prints_errors_above_it() -> None:
    out = _Terminal()
    reporter = BarReporter(out)
    reporter.start(2)
    reporter.done("/news/a.txt", "new")
    reporter.error("/news/b.txt: binary file (NUL bytes)")
    reporter.done("/news/b.txt", "failed")
    reporter.close()
    text = out.getvalue()
    assert "error: /news/b.txt: binary file (NUL bytes)\n" in text
    assert "2/2" in text and "new 1, failed 1" in text


def test_the_json_summary_has_counts_failures_with_reasons_and_timings() -> None:
    summary = RunSummary(new=1, unchanged=2, failed=1, files=4, extracted=1)
    summary.failures.append(FileFailure("/news/c.txt", "empty file"))
    summary.add_time("scan", 0.12345)
    summary.add_time("scan", 0.1)
    data = json.loads(summary_json(summary))
    assert data["ok"] is False
    assert (data["new"], data["changed"], data["unchanged"], data["failed"], data["pruned"]) == (1, 0, 2, 1, 0)
    assert data["failures"] == [{"path": "/news/c.txt", "reason": "empty file"}]
    assert data["timings_s"] == {"scan": 0.223}
    assert RunSummary(new=3).ok and not RunSummary(aborted="lost Neo4j").ok
