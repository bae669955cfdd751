"""BENCHMARKS.md from results files: each figure next to its target, met or MISSED; parts not measured show '–'."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench.report import FIGURES, PLACEHOLDER, figures_markdown, write_report

MACHINE = {"cpu_model": "Test CPU", "cores": 2, "cpu_mhz": "2000", "cache": "512 KB", "ram_gb": 8.0,
           "python": "3.11.7", "kiwipiepy": "0.24.1", "platform": "Linux"}
RUN = {"code": {"commit": "abc1234", "uncommitted_changes": []}, "command": "python -m bench.run --sizes 200",
       "started": "2026-11-23 07:35:00", "loadavg_start": [1.0, 2.0, 3.0], "loadavg_end": [4.0, 5.0, 6.0]}


def _result(n: int, *, load: bool = True) -> dict:
    res = {"n": n, "seed": 7, "machine": MACHINE,
           "extraction": {"kiwi_tokenize": {"articles_per_s": 10.0, "chars_per_s": 15000},
                          "extraction": {"articles_per_s": 7.0, "chars_per_s": 10500},
                          "ratio_extraction_to_kiwi": 0.7, "run": RUN},
           "quality": {"people_prf": [0.9, 0.9, 0.9], "meetings_prf": [0.96, 0.96, 0.96],
                       "organizations_prf": [0.9, 0.8, 0.85], "meeting_date_accuracy": 0.95}}
    if load:
        res.update(load_run=RUN, load={"summary": {"timings_s": {"total": 100.0, "write": 80.0}}},
                   rerun={"total_s": 3.0},
                   load_figures={"articles_per_s": 2.0, "nodes_rels_per_s": 50.0, "total_s": 100.0,
                                 "write_ms_per_article": 400.0, "rerun_s": 3.0, "rerun_ratio": 0.03,
                                 "peak_rss_tree_mb": 1300.0, "peak_pss_tree_mb": 900.0, "peak_rss_main_mb": 100.0},
                   load_stage={"articles_per_s": 20.0}, bulk_load={"articles_per_s": 250.0},
                   queries={"who_met_both": {"p50_ms": 10.0, "p95_ms": 20.0},
                            "meetings_about_topic": {"p50_ms": 40.0, "p95_ms": 80.0}})
    return res


def _row(md: str, label: str) -> list[str]:
    line = next(line for line in md.splitlines() if line.startswith(f"| {label} |"))
    return [c.strip() for c in line.strip("|").split("|")]


def test_each_target_is_met_or_missed_by_its_own_direction() -> None:
    md = figures_markdown([_result(200)], None)
    assert _row(md, "(1) extraction / Kiwi throughput")[1:] == ["≥ 0.6", "0.7 met"]
    assert _row(md, "(2) bulk load (`load-articles --bulk`: extracted graphs → empty Neo4j), articles/s")[2] == \
        "250.0 met"
    assert _row(md, "load stage alone (extracted graphs → Neo4j, incremental, batches of 100), articles/s")[2] == "20.0"
    assert _row(md, "load through `load_paths` (extraction included), articles/s")[2] == "2.0"
    assert _row(md, "(3) unchanged re-run / first run")[2] == "0.03 met"
    assert _row(md, "(4) slowest query p95 (ms)")[2] == "80.0 **MISSED**"
    assert _row(md, "(5) peak RSS of the ingest tree (MB)")[2] == "1,300 **MISSED**"
    assert _row(md, "quality: people F1")[2] == "0.9 **MISSED**"
    assert _row(md, "quality: meetings F1")[2] == "0.96 met"
    assert "| `meetings_about_topic` | 40.0 / 80.0 **MISSED** |" in md
    assert "`abc1234`" in md and "1.00 / 2.00 / 3.00 → 4.00 / 5.00 / 6.00" in md and "Test CPU, 2 cores" in md


def test_a_size_measured_without_its_load_shows_dashes_not_zeros() -> None:
    md = figures_markdown([_result(200), _result(1000, load=False)], None)
    assert _row(md, "(2) bulk load (`load-articles --bulk`: extracted graphs → empty Neo4j), articles/s")[2:] == \
        ["250.0 met", "–"]
    assert _row(md, "(1) extraction / Kiwi throughput")[2:] == ["0.7 met", "0.7 met"]
    assert all(f.value(_result(1000, load=False)) is None for f in FIGURES if "load" in f.label)


def test_write_report_fills_the_template_and_draws_the_plot(tmp_path: Path) -> None:
    results = tmp_path / "RESULTS"
    results.mkdir()
    for n in (200, 1000):
        (results / f"bench-N{n}.json").write_text(json.dumps(_result(n)), encoding="utf-8")
    template = tmp_path / "T.md"
    template.write_text(f"# Benchmarks\n\nhand-written\n\n{PLACEHOLDER}\n\n## How to reproduce\n", encoding="utf-8")
    out = write_report(results, tmp_path / "BENCHMARKS.md", tmp_path / "docs" / "img" / "bench.png", template)
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# Benchmarks\n\nhand-written\n") and text.rstrip().endswith("## How to reproduce")
    assert "| figure | target | N = 200 | N = 1,000 |" in text and "](docs/img/bench.png)" in text
    assert (tmp_path / "docs" / "img" / "bench.png").read_bytes()[:4] == b"\x89PNG"


def test_a_template_without_the_placeholder_is_refused(tmp_path: Path) -> None:
    template = tmp_path / "T.md"
    template.write_text("# Benchmarks\n", encoding="utf-8")
    with pytest.raises(SystemExit):
        write_report(tmp_path, tmp_path / "B.md", tmp_path / "b.png", template)
