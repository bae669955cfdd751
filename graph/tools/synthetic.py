"""Article graphs of the benchmark's synthetic corpus, built from its ground truth instead of the extraction.

    python -m graph.tools.synthetic CORPUS_DIR GOLD_DIR OUT.jsonl [--n N]

For measuring the writer at a size the extraction would take an hour to reach: each generated article
(`bench/generate.py`: NAME.txt, NAME.meta.json, and its gold NAME.json) becomes an `ArticleGraph` as the
extraction would give it if it were perfect: people with organizations, titles and Latin names, organizations,
topics with their taxonomy ancestors (`ingest/data/topics.json`), meetings with dates, places, attendees and
organizations met as a whole; every fact with evidence at its real offsets (sentences are the text's lines).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from pathlib import Path
from typing import Any

from ingest.models import ArticleGraph

LATIN = re.compile(r"^[A-Za-z][A-Za-z .&'-]*$")


def taxonomy() -> dict[str, list[str]]:
    """Topic name → its ancestors, nearest first."""
    raw = json.loads((Path(__file__).resolve().parents[2] / "ingest" / "data" / "topics.json").read_text("utf-8"))
    parent = {k: v.get("broader") for k, v in raw.items() if isinstance(v, dict)}
    out = {}
    for name, first in parent.items():
        chain, node = [], first
        while node and node not in chain:
            chain.append(node)
            node = parent.get(node)
        out[name] = chain
    return out


def article_graph(text_path: Path, gold: dict[str, Any], ancestors: dict[str, list[str]]) -> ArticleGraph:
    """The ArticleGraph of one generated article from its gold record."""
    text = text_path.read_text(encoding="utf-8")
    meta = json.loads(text_path.with_suffix(".meta.json").read_text(encoding="utf-8"))
    sentences, offset = [], 0
    for i, line in enumerate(text.split("\n")):
        sentences.append({"index": i, "start": offset, "end": offset + len(line), "text": line})
        offset += len(line) + 1

    def evidence(word: str, limit: int = 2) -> list[dict[str, Any]]:
        out = []
        for s in sentences:
            pos = s["text"].find(word)
            if word and pos >= 0:
                out.append({"sentence": s["index"], "start": s["start"] + pos, "end": s["start"] + pos + len(word),
                            "text": word})
                if len(out) == limit:
                    break
        return out

    def sentence_of(snippet: str) -> list[dict[str, Any]]:
        head = snippet.split(". ")[0][:30]
        return [{"sentence": s["index"], "start": s["start"], "end": s["end"], "text": s["text"]}
                for s in sentences if head and head in s["text"]][:1]

    people = []
    for i, p in enumerate(gold["people"]):
        latin = next((a for a in p["aliases"] if LATIN.match(a)), None)
        orgs, titles = list(p.get("orgs", [])), list(p.get("titles", []))
        people.append({"id": f"p{i + 1}", "name": p["name"], "latin_name": latin,
                       "aliases": [a for a in p["aliases"] if a != latin], "orgs": orgs, "titles": titles,
                       "affiliations": [{"org": orgs[0], "title": t} for t in titles] if len(orgs) == 1 else [],
                       "mentions": evidence(p["name"])})
    organizations = [{"id": f"o{i + 1}", "name": o["name"], "aliases": list(o["aliases"]), "kind": o["kind"],
                      "mentions": evidence(o["name"])} for i, o in enumerate(gold["organizations"])]
    topics = [{"name": t, "broader": ancestors.get(t, []), "mentions": evidence(t)} for t in gold["topics"]]
    meetings = [{"id": f"m{i + 1}", "participants": m["participants"], "attendees": m.get("attendees", []),
                 "organizations": m.get("orgs_only", []), "date": m.get("date"),
                 "date_precision": m.get("date_precision"), "date_text": m.get("date_text"),
                 "place": m.get("place"), "topics": m.get("topics", []), "status": m.get("status", "held"),
                 "evidence": sentence_of(m.get("evidence", ""))} for i, m in enumerate(gold["meetings"])]
    digest = hashlib.sha256((text + json.dumps(meta, sort_keys=True)).encode()).hexdigest()
    return ArticleGraph.model_validate({
        "article": {"path": str(text_path.resolve()), "content_hash": digest, "title": meta.get("title"),
                    "source": meta.get("source"), "published": meta.get("published"), "url": meta.get("url"),
                    "reporters": gold.get("reporters", []), "char_count": len(text)},
        "sentences": sentences, "people": people, "organizations": organizations, "topics": topics,
        "meetings": meetings})


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("gold", type=Path)
    ap.add_argument("out", type=Path)
    ap.add_argument("--n", type=int, default=None, help="the first N articles (default: all)")
    args = ap.parse_args(argv)
    ancestors = taxonomy()
    names = sorted(p.stem for p in args.gold.glob("*.json"))[: args.n]
    with args.out.open("w", encoding="utf-8") as out:
        for name in names:
            gold = json.loads((args.gold / f"{name}.json").read_text(encoding="utf-8"))
            out.write(article_graph(args.corpus / f"{name}.txt", gold, ancestors).model_dump_json() + "\n")
    print(f"{len(names)} article graphs in {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
