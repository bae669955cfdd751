"""The benchmark's figures: printed per corpus size, and BENCHMARKS.md plus docs/img/bench.png from RESULTS/.

    python -m bench.report [--results RESULTS] [--output BENCHMARKS.md] [--plot docs/img/bench.png]

BENCHMARKS.md is `bench/BENCHMARKS.template.md` (the hand-written part: how to reproduce, what the figures mean,
where the time goes) with `{{FIGURES}}` replaced by tables generated from every `RESULTS/bench-N*.json`: each
figure next to its target (met / MISSED), the queries, and for every size the machine, command, date, commit and
load average of the run that measured it.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
TEMPLATE = Path(__file__).resolve().parent / "BENCHMARKS.template.md"
PLACEHOLDER = "{{FIGURES}}"


@dataclass(frozen=True)
class Figure:
    """One figure of a results file, and its target when it has one."""

    label: str
    get: Callable[[dict[str, Any]], float | None]
    target: float | None = None
    below: bool = False  # the target is a maximum
    unit: str = ""

    def value(self, res: dict[str, Any]) -> float | None:
        try:
            return self.get(res)
        except (KeyError, TypeError, IndexError):
            return None

    def verdict(self, res: dict[str, Any]) -> str:
        """'met', 'MISSED', or '' (no target, or not measured)."""
        v = self.value(res)
        if self.target is None or v is None:
            return ""
        return "met" if (v <= self.target if self.below else v >= self.target) else "MISSED"

    def target_text(self) -> str:
        if self.target is None:
            return ""
        return f"{'≤' if self.below else '≥'} {self.target:g}{self.unit}"


def _max_p95(res: dict[str, Any]) -> float | None:
    queries = res.get("queries")
    return max(q["p95_ms"] for q in queries.values()) if queries else None


FIGURES = [
    Figure("Kiwi `tokenize` alone, articles/s", lambda r: r["extraction"]["kiwi_tokenize"]["articles_per_s"]),
    Figure("Kiwi `tokenize` alone, chars/s", lambda r: r["extraction"]["kiwi_tokenize"]["chars_per_s"]),
    Figure("extraction, articles/s", lambda r: r["extraction"]["extraction"]["articles_per_s"]),
    Figure("extraction, chars/s", lambda r: r["extraction"]["extraction"]["chars_per_s"]),
    Figure("(1) extraction / Kiwi throughput", lambda r: r["extraction"]["ratio_extraction_to_kiwi"], 0.6),
    Figure("load through `load_paths` (extraction included), articles/s",
           lambda r: r["load_figures"]["articles_per_s"]),
    Figure("(2) bulk load (`load-articles --bulk`: extracted graphs → empty Neo4j), articles/s",
           lambda r: r["bulk_load"]["articles_per_s"], 200),
    Figure("load stage alone (extracted graphs → Neo4j, incremental, batches of 100), articles/s",
           lambda r: r["load_stage"]["articles_per_s"]),
    Figure("load, nodes+relationships created/s", lambda r: r["load_figures"]["nodes_rels_per_s"]),
    Figure("load, first run (s)", lambda r: r["load_figures"]["total_s"]),
    Figure("load, ms per article in the writer", lambda r: r["load_figures"]["write_ms_per_article"]),
    Figure("unchanged re-run (s)", lambda r: r["load_figures"]["rerun_s"]),
    Figure("(3) unchanged re-run / first run", lambda r: r["load_figures"]["rerun_ratio"], 0.05, below=True),
    Figure("(4) slowest query p95 (ms)", _max_p95, 50, below=True, unit=" ms"),
    Figure("(5) peak RSS of the ingest tree (MB)", lambda r: r["load_figures"]["peak_rss_tree_mb"], 1024,
           below=True, unit=" MB"),
    Figure("peak PSS of the ingest tree (MB, shared pages shared out)",
           lambda r: r["load_figures"]["peak_pss_tree_mb"]),
    Figure("peak RSS of the loading process alone (MB)", lambda r: r["load_figures"]["peak_rss_main_mb"]),
    Figure("quality: people F1", lambda r: r["quality"]["people_prf"][2], 0.95),
    Figure("quality: meetings F1", lambda r: r["quality"]["meetings_prf"][2], 0.95),
    Figure("quality: organizations F1", lambda r: r["quality"]["organizations_prf"][2]),
    Figure("quality: meeting date accuracy", lambda r: r["quality"]["meeting_date_accuracy"]),
]


def _fmt(v: float | None) -> str:
    if v is None:
        return "–"
    if isinstance(v, int) or abs(v) >= 1000:
        return f"{v:,.0f}"
    return f"{v:,.4g}" if abs(v) < 1 else f"{v:,.1f}"


def print_summary(res: dict[str, Any]) -> None:
    """A readable block of figures for one corpus size, with each target met or missed."""
    m = res["machine"]
    print(f"\n=== N = {res['n']} articles ({m['cpu_model']}, {m['cores']} cores) ===")
    for f in FIGURES:
        v = f.value(res)
        if v is not None:
            print(f"{f.label:46s} {_fmt(v):>12s}  {f.target_text():10s} {f.verdict(res)}")
    load = res.get("load")
    if load and "summary" in load:
        print(f"  load phases (s): {load['summary']['timings_s']}; failed {load['summary']['failed']}")
    if res.get("graph"):
        print(f"  graph: {res['graph']}")
    by = res.get("quality_by_construct")
    if by:
        print("  meetings found exactly, by construct: " + ", ".join(
            f"{c} {v['found_exact']}/{v['gold']}" for c, v in by.items()))
    for name, q in (res.get("queries") or {}).items():
        print(f"  query {name:26s} p50 {q['p50_ms']:8.1f} ms  p95 {q['p95_ms']:8.1f} ms  "
              f"{'met' if q['p95_ms'] <= 50 else 'MISSED'}  rows/set {q['rows_per_set']}")


def load_results(results: Path) -> list[dict[str, Any]]:
    """The results files of a folder, by corpus size."""
    files = sorted(results.glob("bench-N*.json"), key=lambda p: int(re.search(r"N(\d+)", p.name)[1]))
    return [json.loads(p.read_text(encoding="utf-8")) for p in files]


def figures_markdown(runs: list[dict[str, Any]], plot_rel: str | None) -> str:
    """The generated part of BENCHMARKS.md."""
    if not runs:
        return "_No results yet: run `make bench`._\n"
    head = "| figure | target | " + " | ".join(f"N = {r['n']:,}" for r in runs) + " |"
    lines = [head, "|" + " --- |" * (2 + len(runs))]
    for f in FIGURES:
        cells = []
        for r in runs:
            v, verdict = f.value(r), f.verdict(r)
            cells.append(_fmt(v) + (f" **{verdict}**" if verdict == "MISSED" else f" {verdict}" if verdict else ""))
        lines.append(f"| {f.label} | {f.target_text()} | " + " | ".join(cells) + " |")
    out = ["## Figures", "", *lines, ""]
    if plot_rel:
        out += [f"![throughput, query latency and memory against corpus size]({plot_rel})", ""]
    names = sorted({q for r in runs for q in r.get("queries", {})})
    if names:
        out += ["### Query latency (ms, client side, records fetched; target p95 ≤ 50 ms)", "",
                "| query | " + " | ".join(f"N = {r['n']:,} p50 / p95" for r in runs) + " |",
                "|" + " --- |" * (1 + len(runs))]
        for name in names:
            cells = []
            for r in runs:
                q = r.get("queries", {}).get(name)
                cells.append(f"{q['p50_ms']:.1f} / {q['p95_ms']:.1f}" + (" **MISSED**" if q["p95_ms"] > 50 else "")
                             if q else "–")
            out.append(f"| `{name}` | " + " | ".join(cells) + " |")
        out.append("")
    out += ["### Where the load's time goes (s, from `load-articles --json` timings)", "",
            ("| N | total | scan | model load (per worker, summed) | extract (in workers, summed) | write | "
            "re-run total |"), "| --- | --- | --- | --- | --- | --- | --- |"]
    for r in runs:
        t = r.get("load", {}).get("summary", {}).get("timings_s", {})
        rerun = r.get("rerun", {}).get("total_s")
        out.append(f"| {r['n']:,} | " + " | ".join(_fmt(t.get(k)) for k in ("total", "scan", "model_load",
                                                                             "extract", "write"))
                   + f" | {_fmt(rerun)} |")
    out += ["", "### Runs", "", ("| N | part | date | commit | command | load average (1/5/15 min) start → end |"
            " wall (s) |"), "| --- | --- | --- | --- | --- | --- | --- |"]
    for r in runs:
        for part, meta in _parts(r):
            code = meta["code"]
            commit = code["commit"] + (" + local changes" if code.get("uncommitted_changes") else "")
            load = (" / ".join(f"{x:.2f}" for x in meta["loadavg_start"]) + " → "
                    + " / ".join(f"{x:.2f}" for x in meta.get("loadavg_end", [])))
            out.append(f"| {r['n']:,} | {part} | {meta['started']} | `{commit}` | `{meta['command']}` | {load} | "
                       f"{_fmt(r.get('bench_wall_s'))} |")
    out += ["", "### Machine", ""]
    for m in {json.dumps(r["machine"], sort_keys=True) for r in runs}:
        d = json.loads(m)
        out.append(f"- {d['cpu_model']}, {d['cores']} cores ({d.get('cpu_mhz')} MHz, cache {d.get('cache')}), "
                   f"{d['ram_gb']} GB RAM; {d['platform']}; Python {d['python']}, kiwipiepy {d['kiwipiepy']}"
                   + (f"; {r['neo4j']}" if (r := next((x for x in runs if x.get("neo4j")), None)) else ""))
    out.append("")
    return "\n".join(out)


def _parts(res: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    """(part, run metadata) of the parts of the benchmark this results file holds."""
    parts = []
    if "run" in res.get("extraction", {}):
        parts.append(("extraction, quality", res["extraction"]["run"]))
    if "load_run" in res:
        parts.append(("load, re-run, queries", res["load_run"]))
    return parts


def plot(runs: list[dict[str, Any]], out: Path) -> Path | None:
    """Throughput, query p95 and peak RSS of the ingest against corpus size."""
    if not runs:
        return None
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    sizes = [r["n"] for r in runs]
    fig, axes = plt.subplots(1, 3, figsize=(17, 6.4))

    def line(ax: Any, label: str, ys: list[float | None], **kw: Any) -> None:
        pts = [(x, y) for x, y in zip(sizes, ys, strict=True) if y is not None]
        if pts:
            ax.plot(*zip(*pts, strict=True), marker="o", label=label, **kw)

    by_label = {f.label: f for f in FIGURES}
    ax = axes[0]
    for label, name in (("Kiwi `tokenize` alone, articles/s", "Kiwi tokenize alone"),
                        ("extraction, articles/s", "extraction"),
                        ("load through `load_paths` (extraction included), articles/s",
                         "load (load_paths, end to end)"),
                        ("load stage alone (extracted graphs → Neo4j, incremental, batches of 100), articles/s",
                         "load stage alone (incremental)"),
                        ("(2) bulk load (`load-articles --bulk`: extracted graphs → empty Neo4j), articles/s",
                         "bulk load")):
        line(ax, name, [by_label[label].value(r) for r in runs])
    ax.axhline(200, color="grey", ls=":", lw=1, label="load target 200/s")
    ax.set(xscale="log", yscale="log", xlabel="articles in the corpus", ylabel="articles / s",
           title="Throughput (2 processes)")
    ax.legend(fontsize=8, loc="upper center", bbox_to_anchor=(0.5, -0.13), ncol=2)
    ax = axes[1]
    for name in sorted({q for r in runs for q in r.get("queries", {})}):
        line(ax, name, [r.get("queries", {}).get(name, {}).get("p95_ms") for r in runs])
    ax.axhline(50, color="grey", ls=":", lw=1, label="target p95 50 ms")
    ax.set(xscale="log", yscale="log", xlabel="articles loaded", ylabel="p95 latency (ms)",
           title="Query latency (p95) on the loaded graph")
    ax.legend(fontsize=7, ncol=3, loc="upper center", bbox_to_anchor=(0.5, -0.13))
    ax = axes[2]
    line(ax, "ingest tree (loader + workers)", [by_label["(5) peak RSS of the ingest tree (MB)"].value(r) for r in runs])
    line(ax, "loading process alone", [by_label["peak RSS of the loading process alone (MB)"].value(r) for r in runs])
    ax.axhline(1024, color="grey", ls=":", lw=1, label="target 1 GB")
    ax.set(xscale="log", xlabel="articles in the corpus", ylabel="peak RSS (MB)", title="Memory of the ingest")
    ax.set_ylim(bottom=0)
    ax.legend(fontsize=8, loc="upper center", bbox_to_anchor=(0.5, -0.13), ncol=2)
    fig.suptitle("newsgraph benchmark: " + "; ".join(
        f"N={r['n']}: " + ", ".join(f"{part} at {meta['code']['commit']}" for part, meta in _parts(r)) for r in runs),
        fontsize=9)
    fig.tight_layout()
    out.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(out, dpi=100)
    plt.close(fig)
    return out


def write_report(results: Path, output: Path = ROOT / "BENCHMARKS.md",
                 plot_path: Path = ROOT / "docs" / "img" / "bench.png", template: Path = TEMPLATE) -> Path:
    """BENCHMARKS.md (template + generated tables) and the plot, from every results file of `results`."""
    runs = load_results(results)
    png = plot(runs, plot_path)
    rel = png.relative_to(output.parent).as_posix() if png and png.is_relative_to(output.parent) else (
        str(png) if png else None)
    text = template.read_text(encoding="utf-8")
    if PLACEHOLDER not in text:
        raise SystemExit(f"{template} has no {PLACEHOLDER} line")
    output.write_text(text.replace(PLACEHOLDER, figures_markdown(runs, rel).rstrip("\n")), encoding="utf-8")
    print(f"wrote {output}" + (f" and {png}" if png else ""), file=sys.stderr)
    return output


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--results", type=Path, default=ROOT / "RESULTS")
    ap.add_argument("--output", type=Path, default=ROOT / "BENCHMARKS.md")
    ap.add_argument("--plot", type=Path, default=ROOT / "docs" / "img" / "bench.png")
    args = ap.parse_args(argv)
    write_report(args.results, args.output, args.plot)
    return 0


if __name__ == "__main__":
    sys.exit(main())
