"""Printing the benchmark's figures and drawing bench.png from the results JSON files."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

TARGETS = {"ratio": 0.6, "load_aps": 200, "rerun": 0.05, "p95_ms": 50, "rss_mb": 1024, "f1": 0.95}


def _ok(value: float | None, target: float, *, below: bool = False) -> str:
    if value is None:
        return "n/a"
    return "met" if (value <= target if below else value >= target) else "MISSED"


def print_summary(res: dict[str, Any]) -> None:
    """A readable block of figures for one corpus size, with each target met or missed."""
    n = res["n"]
    print(f"\n=== N = {n} articles ({res['machine']['cpu_model']}, {res['machine']['cores']} cores) ===")
    ex = res.get("extraction")
    if ex:
        k, e = ex["kiwi_tokenize"], ex["extraction"]
        print(f"Kiwi tokenize alone : {k['articles_per_s']:8.1f} articles/s  {k['chars_per_s']:9,} chars/s")
        print(f"extraction          : {e['articles_per_s']:8.1f} articles/s  {e['chars_per_s']:9,} chars/s"
              f"  (failed: {ex['failed']})")
        print(f"ratio extraction/Kiwi: {ex['ratio_extraction_to_kiwi']:.3f}  target >= 0.6: "
              f"{_ok(ex['ratio_extraction_to_kiwi'], TARGETS['ratio'])}")
    q = res.get("quality")
    if q:
        pf, mf = q["people_prf"][2], q["meetings_prf"][2]
        print(f"quality P/R/F1 people={q['people_prf']} orgs={q['organizations_prf']} meetings={q['meetings_prf']}"
              f" dates={q['meeting_date_accuracy']} core topics={q['core_topics_prf']}")
        print(f"  people F1 >= 0.95: {_ok(pf, TARGETS['f1'])}; meetings F1 >= 0.95: {_ok(mf, TARGETS['f1'])}")
    by = res.get("quality_by_construct")
    if by:
        print("  meetings found exactly, by construct: " + ", ".join(
            f"{c} {v['found_exact']}/{v['gold']}" for c, v in by.items()))
    load, rates = res.get("load"), res.get("load_rates")
    if load and rates:
        state = "complete" if rates["complete"] else f"stopped by the time budget after {rates['articles_written']}"
        print(f"load (load_paths)   : {load['total_s']:.1f}s, {state} articles; end to end "
              f"{rates['end_to_end_articles_per_s']} articles/s; writer {rates['writer_articles_per_s']} articles/s, "
              f"{rates['writer_nodes_rels_per_s']} nodes+rels/s  >= 200 articles/s: "
              f"{_ok(rates['writer_articles_per_s'], TARGETS['load_aps'])}")
        print(f"  phases (s): {load['phases_s']}")
        if "write_ms_fit" in rates:
            fit = rates["write_ms_fit"]
            print(f"  one write costs {fit['intercept_ms']} ms + {fit['ms_per_article_in_graph']} ms per article already "
                  f"in the graph; first run of all {res['n']} extrapolated: {rates['extrapolated_first_run_s']:,} s")
        print(f"  peak RSS of the ingest process: {load['peak_rss_mb']:.0f} MB after {rates['articles_written']} "
              f"articles (tree {load['peak_rss_tree_mb']:.0f} MB); slope {rates.get('rss_mb_per_article')} MB/article,"
              f" extrapolated to N: {rates.get('extrapolated_peak_rss_mb')} MB  <= 1 GB: "
              f"{_ok(rates.get('extrapolated_peak_rss_mb', load['peak_rss_mb']), TARGETS['rss_mb'], below=True)}")
    elif load:
        print(f"load: {load}")
    if res.get("bulk_build"):
        b = res["bulk_build"]
        print(f"  full graph built in bulk with the writer's functions (not the project's load path): {b}")
    if res.get("graph"):
        print(f"  graph: {res['graph']}")
    rr = res.get("rerun_figures")
    if rr:
        ratio = rr["ratio_to_first_run"] or rr["ratio_to_extrapolated_first_run"]
        print(f"unchanged re-run    : {rr['rerun_s']:.1f}s ({rr['ms_per_article']} ms/article); ratio to the first run "
              f"{rr['ratio_to_first_run']}, to the extrapolated first run {rr['ratio_to_extrapolated_first_run']}, "
              f"to a first run without writes {rr['ratio_to_first_run_without_writes']}  <= 5%: "
              f"{_ok(ratio, TARGETS['rerun'], below=True)}; peak RSS {res['rerun'].get('peak_rss_mb')} MB")
    for name, qr in (res.get("queries") or {}).items():
        print(f"  query {name:26s} p50 {qr['p50_ms']:8.1f} ms  p95 {qr['p95_ms']:8.1f} ms  "
              f"{_ok(qr['p95_ms'], TARGETS['p95_ms'], below=True)}  rows/set {qr['rows_per_set']}")


def load_results(results: Path) -> list[dict[str, Any]]:
    """The results files of a folder, by corpus size."""
    files = sorted(results.glob("bench-N*.json"), key=lambda p: int(re.search(r"N(\d+)", p.name)[1]))
    return [json.loads(p.read_text(encoding="utf-8")) for p in files]


def plot(results: Path) -> Path | None:
    """bench.png: throughput and query p95 against corpus size, and the writer's cost along the largest load."""
    runs = load_results(results)
    if not runs:
        return None
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    sizes = [r["n"] for r in runs]
    fig, axes = plt.subplots(1, 3, figsize=(17, 5.2))
    ax = axes[0]
    series = {
        "Kiwi tokenize alone": [r.get("extraction", {}).get("kiwi_tokenize", {}).get("articles_per_s") for r in runs],
        "extraction": [r.get("extraction", {}).get("extraction", {}).get("articles_per_s") for r in runs],
        "load_paths: writer part": [r.get("load_rates", {}).get("writer_articles_per_s") for r in runs],
        "load: end to end (load_paths)": [r.get("load_rates", {}).get("end_to_end_articles_per_s") for r in runs],
    }
    for label, ys in series.items():
        pts = [(x, y) for x, y in zip(sizes, ys, strict=True) if y]
        if pts:
            ax.plot(*zip(*pts, strict=True), marker="o", label=label)
    ax.axhline(TARGETS["load_aps"], color="grey", ls=":", lw=1, label="load target 200/s")
    ax.set(xscale="log", yscale="log", xlabel="articles in the corpus", ylabel="articles / s",
           title="Throughput (2 processes for extraction and Kiwi)")
    ax.legend(fontsize=8)
    ax = axes[1]
    names = sorted({q for r in runs for q in r.get("queries", {})})
    for name in names:
        pts = [(r["n"], r["queries"][name]["p95_ms"]) for r in runs if name in r.get("queries", {})]
        ax.plot(*zip(*pts, strict=True), marker="o", label=name)
    ax.axhline(TARGETS["p95_ms"], color="grey", ls=":", lw=1, label="target p95 50 ms")
    ax.set(xscale="log", yscale="log", xlabel="articles loaded", ylabel="p95 latency (ms)",
           title="Query latency (p95) on the loaded graph")
    ax.legend(fontsize=7, ncol=2)
    ax = axes[2]
    for r in runs:
        s = r.get("load", {}).get("series")
        if s:
            xs, ms, rss = zip(*s, strict=True)
            ax.plot(xs, ms, lw=1, label=f"write ms per article (N={r['n']})")
    ax.set(xlabel="articles already written", ylabel="ms per article write", title="Cost of one write along the load")
    ax2 = ax.twinx()
    for r in runs:
        s = r.get("load", {}).get("series")
        if s:
            xs, _, rss = zip(*s, strict=True)
            ax2.plot(xs, rss, lw=1, ls="--", label=f"ingest RSS MB (N={r['n']})")
    ax2.set_ylabel("RSS of the ingest process (MB, dashed)")
    ax.legend(fontsize=7, loc="upper left")
    ax2.legend(fontsize=7, loc="lower right")
    fig.tight_layout()
    out = results / "bench.png"
    fig.savefig(out, dpi=110)
    plt.close(fig)
    return out
