"""Pieces of the benchmark runner that need no server: query parameters and the load-cost extrapolation."""

from __future__ import annotations

from pathlib import Path

from bench.latency import example_params, parameter_sets, params_for
from bench.run import _linear_fit, _load_figures
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


def test_the_write_cost_fit_extrapolates_a_quadratic_load() -> None:
    assert _linear_fit([(1, 3.0), (2, 5.0), (3, 7.0)]) == (1.0, 2.0)
    first = {"articles_written": 100, "complete": False, "total_s": 60.0, "phases_s": {"write_article": 50.0},
             "series": [(k, 10.0 + 0.5 * k, 100.0 + 0.1 * k) for k in range(1, 101)]}
    fig = _load_figures(first, 1000, {"nodes": 500, "relationships": 1500})
    assert fig["writer_articles_per_s"] == 2.0 and fig["write_ms_fit"]["ms_per_article_in_graph"] == 0.5
    assert fig["extrapolated_first_run_s"] == round(1000 * 0.1 + (10 * 1000 + 0.5 * 1000 * 1001 / 2) / 1000)
    assert fig["extrapolated_peak_rss_mb"] == 200
