"""Pieces of the benchmark runner that need no server: query parameters and the load figures."""

from __future__ import annotations

from pathlib import Path

from bench.latency import example_params, parameter_sets, params_for
from bench.run import load_figures
from graph.queries import queries_dir, query_text


def test_example_params_are_read_from_the_comment_lines(tmp_path: Path) -> None:
    q = tmp_path / "q.cypher"
    q.write_text("// :param a => 'Meta'\n// :param limit => 10\n// :param date => null\nRETURN $a, $limit, $date\n",
                 encoding="utf-8")
    assert example_params(q) == {"a": "Meta", "limit": 10, "date": None}


def test_every_shipped_query_gets_parameters_from_a_gold_corpus() -> None:
    gold = [{"article": "bench_000000.txt", "people": [
        {"name": "박민서", "aliases": [], "orgs": ["한결전자"]}, {"name": "라파엘 코스타", "aliases": [], "orgs": ["벨로아 테크"]},
        {"name": "서지훈", "aliases": [], "orgs": ["누리랩스"]}],
        "meetings": [{"participants": ["박민서", "라파엘 코스타"], "orgs_only": [], "date": "2024-06-11", "status": "held"},
                     {"participants": ["박민서", "서지훈"], "orgs_only": ["다온AI"], "date": "2024", "status": "held"}]}]
    candidates = parameter_sets(gold * 3)
    for path in sorted(queries_dir().glob("*.cypher")):
        sets = params_for(query_text(path), candidates)
        assert sets, path.name
        assert all(set(example_params(path)) <= set(s) for s in sets), path.name


def _ingest_result(total_s: float, new: int, unchanged: int, write_s: float | None) -> dict:
    timings = {"total": total_s, "scan": 0.5} | ({"write": write_s} if write_s is not None else {})
    return {"articles": new + unchanged, "total_s": total_s, "peak_rss_tree_mb": 900.0, "peak_pss_tree_mb": 700.0,
            "peak_rss_main_mb": 120.0,
            "summary": {"new": new, "changed": 0, "unchanged": unchanged, "failed": 0, "timings_s": timings,
                        "graph": {"nodes_created": 300, "relationships_created": 900}}}


def test_load_figures_come_from_the_runs_own_summaries() -> None:
    first, rerun = _ingest_result(50.0, 100, 0, 40.0), _ingest_result(2.0, 0, 100, None)
    fig = load_figures(first, rerun)
    assert fig["articles_written"] == 100
    assert fig["articles_per_s"] == 2.0  # end to end: wall time of the whole run, extraction included
    assert fig["nodes_rels_per_s"] == 24.0
    assert fig["write_phase_articles_per_s"] == 2.5 and fig["write_ms_per_article"] == 400.0
    assert fig["rerun_ratio"] == 0.04 and fig["rerun_unchanged"] == 100
    assert fig["peak_rss_tree_mb"] == 900.0 and fig["peak_pss_tree_mb"] == 700.0


def test_load_figures_without_a_rerun_have_no_rerun_ratio() -> None:
    fig = load_figures(_ingest_result(10.0, 5, 0, 8.0), None)
    assert "rerun_ratio" not in fig and fig["articles_per_s"] == 0.5
