"""Extraction quality on the synthetic corpus: the shared scorer's figures, and recall per sentence construct.

The scorer (`../shared/tools/score_extraction.py`, not ours to edit) gives the official P/R/F1. The construct
breakdown is a diagnostic of our own: a gold meeting counts as found when a predicted meeting of the same article
has exactly its people (by name or alias) and its organizations met as a whole, which is stricter than the
scorer; it shows which kinds of sentences the extraction misses (lists, attendees, organizations only...).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import unicodedata
from collections import Counter
from pathlib import Path
from typing import Any

# the shared scorer sits beside the repository (../shared/tools); NEWSGRAPH_SCORER names it elsewhere
DEFAULT_SCORER = Path(os.environ.get("NEWSGRAPH_SCORER")
                      or Path(__file__).resolve().parents[2] / "shared" / "tools" / "score_extraction.py")


def gold_subset(gold_dir: Path, names: list[str], dest: Path) -> Path:
    """A folder holding (symlinks to) the gold files of the given article stems only: the scorer reads a folder."""
    dest.mkdir(parents=True, exist_ok=True)
    wanted = {f"{n}.json" for n in names}
    for old in dest.glob("*.json"):
        if old.name not in wanted:
            old.unlink()
    for name in wanted:
        link = dest / name
        if not link.exists():
            link.symlink_to((gold_dir / name).resolve())
    return dest


def run_scorer(pred: Path, gold_dir: Path, scorer: Path = DEFAULT_SCORER) -> dict[str, Any] | None:
    """The scorer's JSON result (without the per-article table), or None when the scorer is not there."""
    if not scorer.is_file():
        print(f"quality skipped: no scorer at {scorer} (--scorer or NEWSGRAPH_SCORER)", file=sys.stderr)
        return None
    out = subprocess.run([sys.executable, str(scorer), str(pred), str(gold_dir), "--json"], check=True,
                         capture_output=True, text=True).stdout
    res = json.loads(out)
    res.pop("per_article_tp_fp_fn", None)
    return res


def _norm(s: str | None) -> str:
    return re.sub(r"[\s·.'\"()\-]", "", unicodedata.normalize("NFKC", s or "")).lower()


def construct_recall(pred: Path, gold_dir: Path) -> dict[str, Any]:
    """Per construct: gold meetings, exactly found, and (planned ones) found with status planned."""
    preds = {}
    for line in pred.read_text(encoding="utf-8").splitlines():
        if line.strip():
            d = json.loads(line)
            preds[Path(d["article"]["path"]).stem] = d
    total, found, status_ok = Counter(), Counter(), Counter()
    for f in sorted(gold_dir.glob("*.json")):
        g = json.loads(f.read_text(encoding="utf-8"))
        d = preds.get(Path(g["article"]).stem, {"meetings": []})
        key_of = {}
        for p in g["people"]:
            for k in [p["name"], *p["aliases"]]:
                key_of.setdefault(_norm(k), p["name"])
        predicted = [({key_of.get(_norm(x), _norm(x)) for x in m.get("participants", [])},
                      {_norm(o) for o in m.get("organizations", [])}, m.get("status")) for m in d.get("meetings", [])]
        for m in g["meetings"]:
            c = m.get("construct") or "?"
            total[c] += 1
            want = (set(m["participants"]), {_norm(o) for o in m["orgs_only"]})
            hit = next((p for p in predicted if (p[0], p[1]) == want), None)
            if hit:
                found[c] += 1
                status_ok[c] += hit[2] == m["status"]
    return {c: {"gold": total[c], "found_exact": found[c], "recall_exact": round(found[c] / total[c], 3),
                "status_right": status_ok[c]} for c in sorted(total)}
