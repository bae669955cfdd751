"""Evaluation of extracted article graphs against hand annotations (gold JSON files, one per article).

Matching rules (the project's shared scoring rules):
- Names compare after NFKC, without spaces and `·.'"()-`, lower-cased. A person matches by name or by a
  gold alias that is a name (aliases ending in a title, like "이 회장", never match); an organization by
  name or alias, a trailing 그룹 ignored. Each gold entity matches once; a second predicted node for it is a
  false positive. Reporters and the gold's optional entities are ignored.
- A meeting's actors are its people and the organizations met as a whole. A predicted meeting covers a gold
  organization actor when it names that organization or a person of it. Gold and predicted meetings match
  when the covered actors are at least two, from two different sides (organizations), and
  covered / (gold actors + extra predicted actors) >= 0.5; one-to-one, best overlap first.
- Core topics are AI, 로봇, 반도체, 소버린 AI.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ingest.models import ArticleGraph

CORE_TOPICS = frozenset({"ai", "로봇", "반도체", "소버린ai"})
_TITLE_END = re.compile(r"(회장|부회장|의장|대표|사장|부사장|ceo|cto|cfo|gio|대통령|총리|장관|위원장|창업자|총수|부문장|사업부장)$")


def norm(s: str | None) -> str:
    """Comparison key of a name."""
    return re.sub(r"[\s·.'\"()\-]", "", unicodedata.normalize("NFKC", s or "")).lower()


def org_key(s: str) -> str:
    """Organization key: a trailing 그룹 does not count."""
    k = norm(s)
    return k[:-2] if k.endswith("그룹") and len(k) > 2 else k


@dataclass
class PRF:
    """True positives, false positives, false negatives and the scores."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, tp: int, fp: int, fn: int) -> None:
        """Accumulate counts."""
        self.tp, self.fp, self.fn = self.tp + tp, self.fp + fp, self.fn + fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def line(self) -> str:
        """'P=0.950 R=0.900 F1=0.924 (tp/fp/fn)'."""
        return f"P={self.precision:.3f} R={self.recall:.3f} F1={self.f1:.3f} ({self.tp}/{self.fp}/{self.fn})"


@dataclass
class ArticleResult:
    """What was missed and what was wrong in one article."""

    name: str
    missing_prediction: bool = False
    missed: dict[str, list[str]] = field(default_factory=lambda: {"people": [], "organizations": [], "meetings": []})
    wrong: dict[str, list[str]] = field(default_factory=lambda: {"people": [], "organizations": [], "meetings": []})
    wrong_dates: list[str] = field(default_factory=list)


@dataclass
class Report:
    """Micro-averaged scores over all gold articles, and per-article details."""

    people: PRF = field(default_factory=PRF)
    organizations: PRF = field(default_factory=PRF)
    meetings: PRF = field(default_factory=PRF)
    participants: PRF = field(default_factory=PRF)
    core_topics: PRF = field(default_factory=PRF)
    dates_ok: int = 0
    dates_n: int = 0
    articles: list[ArticleResult] = field(default_factory=list)

    @property
    def date_accuracy(self) -> float:
        """Share of matched meetings whose date equals the gold date."""
        return self.dates_ok / self.dates_n if self.dates_n else 0.0


def load_gold(gold_dir: Path) -> dict[str, dict[str, Any]]:
    """Gold annotations by article stem."""
    out = {}
    for f in sorted(Path(gold_dir).glob("*.json")):
        g = json.loads(f.read_text(encoding="utf-8"))
        out[Path(g["article"]).stem] = g
    return out


def load_predictions(path: Path) -> list[dict[str, Any]]:
    """Article graphs (as dicts) from a JSONL file, one per line."""
    return [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]


def evaluate(predictions: Iterable[ArticleGraph | dict[str, Any]], gold_dir: Path) -> Report:
    """Score predicted article graphs against the gold files of a folder."""
    preds: dict[str, dict[str, Any]] = {}
    for p in predictions:
        d = p.model_dump(mode="json") if isinstance(p, ArticleGraph) else p
        preds[Path(d["article"]["path"]).stem] = d
    report = Report()
    for stem, gold in load_gold(gold_dir).items():
        report.articles.append(_score_article(report, stem, gold, preds.get(stem)))
    return report


def _person_keys(p: dict[str, Any]) -> set[str]:
    name = norm(p["name"])
    keys = {name} | {norm(a) for a in p.get("aliases", [])}
    return {k for k in keys if k and not (k != name and _TITLE_END.search(k))}


def _org_keys(o: dict[str, Any]) -> set[str]:
    return {org_key(o["name"])} | {org_key(a) for a in o.get("aliases", [])}


def _match(gold: list[dict], preds: list[dict], keys_of, key_of, optional: Iterable[str]):  # type: ignore[no-untyped-def]
    opt = {key_of(x) for x in optional}
    unmatched = list(range(len(gold)))
    mapping: dict[str, str] = {}
    wrong: list[str] = []
    for rec in preds:
        n = key_of(rec["name"])
        alias_keys = {key_of(a) for a in rec.get("aliases", [])}
        hit = next((i for i in unmatched if n in keys_of(gold[i]) or key_of(gold[i]["name"]) in alias_keys), None)
        if hit is not None:
            unmatched.remove(hit)
            mapping[n] = gold[hit]["name"]
        elif n not in opt:
            wrong.append(rec["name"])
    return mapping, wrong, [gold[i]["name"] for i in unmatched]


def _score_article(report: Report, stem: str, g: dict[str, Any], d: dict[str, Any] | None) -> ArticleResult:
    res = ArticleResult(name=stem, missing_prediction=d is None)
    d = d or {"people": [], "organizations": [], "topics": [], "meetings": []}
    reporters = {norm(r) for r in g.get("reporters", [])}
    people = [p for p in d.get("people", []) if norm(p["name"]) not in reporters]
    pmap, pwrong, pmissed = _match(g["people"], people, _person_keys, norm, g.get("people_optional", []))
    report.people.add(len(pmap), len(pwrong), len(pmissed))
    res.wrong["people"], res.missed["people"] = pwrong, pmissed
    omap, owrong, omissed = _match(g["organizations"], d.get("organizations", []), _org_keys, org_key,
                                   g.get("organizations_optional", []) + [g.get("source") or ""])
    report.organizations.add(len(omap), len(owrong), len(omissed))
    res.wrong["organizations"], res.missed["organizations"] = owrong, omissed

    gold_person = {gp["name"]: gp for gp in g["people"]}
    pred_orgs_of = {norm(p["name"]): p.get("orgs", []) for p in d.get("people", [])}

    def canon_org(name: str) -> str:
        k = org_key(name)
        return next((go["name"] for go in g["organizations"] if k in _org_keys(go)), name)

    def gold_name(name: str) -> str | None:
        n = norm(name)
        return pmap.get(n) or next((gp["name"] for gp in g["people"] if n in _person_keys(gp)), None)

    def pred_keys(m: dict[str, Any]) -> tuple[set, set]:
        keys: set[tuple[str, str]] = set()
        for name in m.get("participants", []):
            gname = gold_name(name)
            if gname:
                keys.add(("p", gname))
                keys |= {("o", o) for o in gold_person[gname].get("orgs", [])}
            keys |= {("o", canon_org(o)) for o in pred_orgs_of.get(norm(name), [])}
        keys |= {("o", canon_org(o)) for o in m.get("organizations", [])}
        raw = {("p", pmap.get(norm(x), x)) for x in m.get("participants", [])}
        raw |= {("o", canon_org(o)) for o in m.get("organizations", [])}
        raw = {a for a in raw if not (a[0] == "o" and any(b[0] == "p" for b in raw) and ("o", a[1]) in keys)}
        return keys, raw

    def gold_actors(m: dict[str, Any]) -> list[tuple[str, str]]:
        return [("p", x) for x in m["participants"]] + [("o", x) for x in m.get("orgs_only", [])]

    def side(actor: tuple[str, str]) -> set[str]:
        kind, name = actor
        if kind == "o":
            return {org_key(name)}
        return {org_key(o) for o in gold_person.get(name, {}).get("orgs", [])} or {name}

    pred_meetings = [(m, pred_keys(m)) for m in d.get("meetings", [])]
    pairs = []
    for gi, gm in enumerate(g["meetings"]):
        actors = gold_actors(gm)
        for j, (pm, (keys, raw)) in enumerate(pred_meetings):
            covered = [a for a in actors if a in keys]
            if len(covered) < 2 or all(side(a) & side(covered[0]) for a in covered[1:]):
                continue
            extra = len(raw - set(actors))
            jac = len(covered) / (len(actors) + extra)
            if jac >= 0.5:
                same_date = (pm.get("date") or None) == gm.get("date")
                pairs.append((jac + 0.01 * same_date, gi, j, len(covered)))
    pairs.sort(reverse=True)
    used_g: set[int] = set()
    used_p: set[int] = set()
    for _, gi, j, ncov in pairs:
        if gi in used_g or j in used_p:
            continue
        used_g.add(gi)
        used_p.add(j)
        gm, (pm, (_, raw)) = g["meetings"][gi], pred_meetings[j]
        report.dates_n += 1
        if (pm.get("date") or None) == gm.get("date"):
            report.dates_ok += 1
        else:
            res.wrong_dates.append(f"{_meeting_label(gm)}: {pm.get('date')} (gold {gm.get('date')})")
        report.participants.add(ncov, max(0, len(raw) - ncov), len(gold_actors(gm)) - ncov)
    report.meetings.add(len(used_p), len(pred_meetings) - len(used_p), len(g["meetings"]) - len(used_g))
    res.missed["meetings"] = [_meeting_label(m) for i, m in enumerate(g["meetings"]) if i not in used_g]
    res.wrong["meetings"] = [_meeting_label(m) for j, (m, _) in enumerate(pred_meetings) if j not in used_p]

    gt = {norm(t) for t in g.get("topics", [])} & CORE_TOPICS
    pt = {norm(t["name"] if isinstance(t, dict) else t) for t in d.get("topics", [])} & CORE_TOPICS
    report.core_topics.add(len(gt & pt), len(pt - gt), len(gt - pt))
    return res


def _meeting_label(m: dict[str, Any]) -> str:
    who = " + ".join([*m.get("participants", []), *m.get("orgs_only", []), *m.get("organizations", [])])
    return f"{who} @ {m.get('date')}"


def format_report(report: Report) -> str:
    """A plain-text report: scores per kind, then per article what was missed and what was wrong."""
    lines = [
        f"people         {report.people.line()}",
        f"organizations  {report.organizations.line()}",
        f"meetings       {report.meetings.line()}",
        f"participants   {report.participants.line()}  (of matched meetings)",
        f"meeting dates  accuracy={report.date_accuracy:.3f} ({report.dates_ok}/{report.dates_n})",
        f"core topics    {report.core_topics.line()}",
    ]
    for a in report.articles:
        details = []
        if a.missing_prediction:
            details.append("  no prediction for this article")
        for kind in ("people", "organizations", "meetings"):
            if a.missed[kind]:
                details.append(f"  missed {kind}: {'; '.join(a.missed[kind])}")
            if a.wrong[kind]:
                details.append(f"  wrong {kind}: {'; '.join(a.wrong[kind])}")
        if a.wrong_dates:
            details.append(f"  wrong dates: {'; '.join(a.wrong_dates)}")
        lines.append(f"{a.name}: " + ("ok" if not details else ""))
        lines.extend(details)
    return "\n".join(lines)
