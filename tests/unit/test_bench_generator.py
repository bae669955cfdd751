"""The benchmark's corpus generator: deterministic, gold the scorer accepts, dates consistent, names of its own."""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import re
from pathlib import Path

import pytest

from bench.generate import generate
from bench.korean import josa, resolve
from bench.world import build_world

ROOT = Path(__file__).resolve().parents[2]
SCORER = ROOT.parent / "shared" / "tools" / "score_extraction.py"
N = 60


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    base = tmp_path_factory.mktemp("bench")
    generate(N, base / "corpus", base / "gold", seed=11)
    return base / "corpus", base / "gold"


def _golds(gold_dir: Path) -> list[dict]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(gold_dir.glob("*.json"))]


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_same_seed_same_corpus_other_seed_other_corpus(tmp_path: Path, corpus: tuple[Path, Path]) -> None:
    generate(N, tmp_path / "a", tmp_path / "ga", seed=11)
    assert _files(tmp_path / "a") == _files(corpus[0])
    assert _files(tmp_path / "ga") == _files(corpus[1])
    generate(5, tmp_path / "b", tmp_path / "gb", seed=12)
    assert _files(tmp_path / "b")["bench_000000.txt"] != _files(corpus[0])["bench_000000.txt"]


def test_a_smaller_corpus_is_a_prefix_of_a_larger_one(tmp_path: Path, corpus: tuple[Path, Path]) -> None:
    generate(4, tmp_path / "c", tmp_path / "gc", seed=11, start=10)
    big = _files(corpus[0])
    for name, data in _files(tmp_path / "c").items():
        assert big[name] == data


def test_articles_have_sidecars_and_gold_in_the_shared_format(corpus: tuple[Path, Path]) -> None:
    folder, gold_dir = corpus
    texts = sorted(folder.glob("*.txt"))
    assert len(texts) == N and len(list(gold_dir.glob("*.json"))) == N
    for gold in _golds(gold_dir):
        text = (folder / gold["article"]).read_text(encoding="utf-8")
        meta = json.loads((folder / gold["article"]).with_suffix(".meta.json").read_text(encoding="utf-8"))
        assert set(meta) == {"published", "source", "title", "url"} and meta["published"] == gold["published"]
        assert meta["title"] in text
        assert {"article", "published", "source", "reporters", "people", "organizations", "topics", "meetings"} <= set(gold)
        people = {p["name"] for p in gold["people"]}
        orgs = {o["name"] for o in gold["organizations"]}
        for p in gold["people"]:
            assert p["name"] in text and all(a in text for a in p["aliases"]) and set(p["orgs"]) <= orgs
        for r in gold["reporters"]:
            assert f"{r} 기자" in text or f"{r}·" in text
            assert r not in people
        for m in gold["meetings"]:
            assert set(m["participants"]) <= people and set(m["orgs_only"]) <= orgs
            assert set(m["attendees"]) <= set(m["participants"])
            assert len(m["participants"]) + len(m["orgs_only"]) >= 2
            assert m["evidence"] in text.replace("\n", " ") and m["status"] in ("held", "planned")
        assert set(gold["topics"]) & {"AI", "로봇", "반도체"}


def test_the_constructs_the_issue_asks_for_all_occur(corpus: tuple[Path, Path]) -> None:
    golds = _golds(corpus[1])
    constructs = {m["construct"] for g in golds for m in g["meetings"]}
    assert {"simple", "list", "group", "orgs_only", "attendees", "planned", "repeat"} <= constructs
    text = " ".join((corpus[0] / g["article"]).read_text(encoding="utf-8") for g in golds)
    for cue in ("잇따라", "배석했다", "예정이다", "않았다", "연구원은", "기자", "겸 CEO", "부문장"):
        assert cue in text, cue
    assert re.search(r"[가-힣]+\([A-Z][a-z]+ [A-Z][a-z]+\)", text), "a foreign name with its Latin form"
    aliases = [a for g in golds for p in g["people"] for a in p["aliases"]]
    assert any(re.fullmatch(r"[가-힣] (회장|대표|사장)", a) for a in aliases), "Korean coreference forms"
    assert any(re.fullmatch(r"[가-힣]{2,} (CEO|CTO|CFO)", a) for a in aliases), "foreign coreference forms"


@pytest.mark.skipif(not SCORER.is_file(), reason="the shared scorer is not checked out beside the repository")
def test_the_scorer_gives_the_gold_itself_full_marks(tmp_path: Path, corpus: tuple[Path, Path]) -> None:
    spec = importlib.util.spec_from_file_location("score_extraction", SCORER)
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)  # type: ignore[union-attr]
    pred = tmp_path / "pred.jsonl"
    with pred.open("w", encoding="utf-8") as f:
        for g in _golds(corpus[1]):
            f.write(json.dumps({
                "article": {"path": str(corpus[0] / g["article"])},
                "people": [{"name": p["name"], "aliases": p["aliases"], "orgs": p["orgs"]} for p in g["people"]],
                "organizations": [{"name": o["name"], "aliases": o["aliases"]} for o in g["organizations"]],
                "topics": [{"name": t} for t in g["topics"]],
                "meetings": [{"participants": m["participants"], "organizations": m["orgs_only"], "date": m["date"]}
                             for m in g["meetings"]],
            }, ensure_ascii=False) + "\n")
    res = scorer.score(pred, corpus[1])
    for key in ("people_prf", "organizations_prf", "meetings_prf", "core_topics_prf", "meeting_participants_prf"):
        assert res[key] == (1.0, 1.0, 1.0), key
    assert res["meeting_date_accuracy"] == 1.0


def test_relative_dates_in_the_gold_follow_the_publication_date(corpus: tuple[Path, Path]) -> None:
    seen = set()
    for g in _golds(corpus[1]):
        published = dt.date.fromisoformat(g["published"])
        for m in g["meetings"]:
            expr = resolve(m["date_text"], published)
            assert (expr.value, expr.precision) == (m["date"], m["date_precision"]), m["date_text"]
            if m["date"]:
                assert len(m["date"]) == {"day": 10, "month": 7, "year": 4}[m["date_precision"]]
                start = m["date"] + "-01" * ((10 - len(m["date"])) // 3)
                if m["status"] == "held":
                    assert start <= g["published"], (m["date_text"], g["published"])
                else:
                    assert m["date"] >= g["published"][: len(m["date"])], (m["date_text"], g["published"])
            seen.add(re.sub(r"\d+", "N", m["date_text"]))
    assert {"지난 N일", "지난달 N일", "지난 N월", "지난해"} <= seen


def test_resolving_relative_dates() -> None:
    p = dt.date(2024, 6, 28)
    assert resolve("지난 11일", p).value == "2024-06-11"
    assert resolve("지난달 31일", p).value == "2024-05-31"
    assert resolve("이달 초", p).precision == "month" and resolve("이달 초", p).value == "2024-06"
    assert resolve("지난 4월", p).value == "2024-04"
    assert resolve("지난 11월", p).value == "2023-11"
    assert resolve("지난해", p).value == "2023"
    assert resolve("지난 29일", dt.date(2024, 3, 2)).value == "2024-02-29"
    assert resolve("오는 30일", p).value == "2024-06-30"
    assert resolve("다음 달", dt.date(2024, 12, 5)).value == "2025-01"
    assert resolve("최근", p).value is None


def test_particles_agree_with_the_last_sound() -> None:
    assert josa("박민석", "은") == "박민석은" and josa("박민서", "은") == "박민서는" and josa("라파엘 코스타", "은") == "라파엘 코스타는"
    assert josa("라파엘 코스타(Rafael Costa)", "과") == "라파엘 코스타(Rafael Costa)와"
    assert josa("한결전자 CEO", "이") == "한결전자 CEO가" and josa("누리AI", "을") == "누리AI를"
    assert josa("서울", "로") == "서울로" and josa("판교", "으로") == "판교로" and josa("부산", "로") == "부산으로"


def test_names_are_not_taken_from_the_extractions_lexicons() -> None:
    """No generated person or organization name is an entry of `ingest/data/` (nor a person of the seeds)."""
    data_dir = ROOT / "ingest" / "data"
    entries: set[str] = set()
    blob = ""
    for path in data_dir.rglob("*"):
        if path.is_file():
            text = path.read_text(encoding="utf-8", errors="ignore")
            blob += text + "\n"
            entries |= {e.strip() for e in re.split(r"[\t\n,\"\[\]{}:|]", text) if e.strip()}
    entries |= {e.replace(" ", "") for e in entries}
    world = build_world(7)
    people = [p.name for p in world.people + world.analysts] + world.reporters
    for name in people:
        assert name not in entries and name.replace(" ", "") not in entries, name
        if len(name.replace(" ", "")) >= 3:
            assert name not in blob, name
    orgs = {o.name for o in world.orgs} | {p.org.name for p in world.analysts}
    for name in orgs:
        assert name not in entries and name.replace(" ", "") not in entries, name
    for o in world.orgs:
        if o.latin:
            assert o.latin not in entries, o.latin
    seed_people = set()
    for gold in (ROOT / "tests" / "data" / "gold_seeds").glob("*.json"):
        seed_people |= {p["name"] for p in json.loads(gold.read_text(encoding="utf-8"))["people"]}
    assert not seed_people & set(people)
