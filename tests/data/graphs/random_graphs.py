"""Small random article graphs for property tests: few names, organizations and dates, drawn so that articles
interact as much as possible (namesakes, transliteration variants, aliases that link organizations and people,
namesakes sharing a key, meetings reported twice with conflicting days), and valid `ArticleGraph`s whose
evidence points at real sentences."""

from __future__ import annotations

import hashlib
import json
import random
from typing import Any

from ingest.models import ArticleGraph

PEOPLE = ["이재용", "이재영", "최태원", "샘 올트먼", "샘 올트만", "샘올트먼", "짐 켈러", "Jim Keller", "젠슨 황",
          "젠슨황", "마크 저커버그", "·"]
LATIN = {"짐 켈러": "Jim Keller", "마크 저커버그": "Mark Zuckerberg", "젠슨 황": "Jensen Huang"}
ALIASES = ["이 회장", "최 회장", "Jim Keller", "샘 올트먼", "젠슨황"]
ORGS = ["삼성전자", "SK", "SK그룹", "메타", "Meta", "오픈AI", "OpenAI", "한국대학교", "마이크로소프트", "MS", ""]
ORG_ALIASES = ["Meta", "메타", "OpenAI", "MS", "SK", "삼성"]
TITLES = ["회장", "CEO", "교수", "대표"]
DATES = [None, ("2024", "year"), ("2024-06", "month"), ("2024-06-01", "day"), ("2024-06-11", "day"),
         ("2024-02", "month"), ("2023-06-11", "day")]
TOPICS = {"AI": [], "소버린 AI": ["AI"], "반도체": [], "AI 반도체": ["반도체"], "HBM": ["메모리", "반도체"]}


def random_graph(rng: random.Random, index: int, version: int = 0) -> ArticleGraph:
    """Article `index` (version `version` is a changed file at the same path)."""
    sentences: list[str] = []

    def said(text: str) -> list[dict[str, Any]]:
        sentences.append(f"{text} 관련 문장 {len(sentences)}.")
        return [{"sentence": len(sentences) - 1, "start": 0, "end": len(text), "text": text}] if text else []

    people = []
    for i, name in enumerate(rng.sample(PEOPLE, rng.randint(1, 4))):
        orgs = rng.sample(ORGS, rng.choice((0, 1, 1, 1, 2)))
        titles = [rng.choice(TITLES)] if orgs and rng.random() < 0.7 else []
        aliases = rng.sample(ALIASES, rng.choice((0, 0, 1)))
        people.append({"id": f"p{i + 1}", "name": name, "latin_name": LATIN.get(name) if rng.random() < 0.5 else None,
                       "aliases": [a for a in aliases if a != name], "orgs": orgs, "titles": titles,
                       "mentions": said(name)})
    organizations = []
    for i, name in enumerate(rng.sample(ORGS, rng.randint(0, 3))):
        aliases = [a for a in rng.sample(ORG_ALIASES, rng.choice((0, 0, 1))) if a != name]
        organizations.append({"id": f"o{i + 1}", "name": name, "aliases": aliases,
                              "kind": rng.choice(("company", "group", "other")), "mentions": said(name)})
    topics = [{"name": t, "broader": TOPICS[t], "mentions": said(t)} for t in rng.sample(sorted(TOPICS), rng.randint(0, 2))]
    names = [p["name"] for p in people] + rng.sample(PEOPLE, 1)  # sometimes a name the article does not list
    meetings = []
    for i in range(rng.randint(0, 3)):
        participants = rng.sample(names, min(len(names), rng.randint(1, 3)))
        attendees = participants[-1:] if len(participants) > 2 and rng.random() < 0.4 else []
        met = rng.sample([o for o in ORGS if o], rng.choice((0, 0, 1)))
        date = rng.choice(DATES)
        meetings.append({"id": f"m{i + 1}", "participants": participants, "attendees": attendees, "organizations": met,
                         "date": date[0] if date else None, "date_precision": date[1] if date else None,
                         "date_text": "지난달" if date else None, "place": rng.choice((None, "서울", "팔로알토")),
                         "topics": rng.sample(sorted(TOPICS), rng.choice((0, 1))),
                         "status": rng.choice(("held", "held", "planned")),
                         "evidence": said(" ".join(participants))})
    text, offset, rows = "", 0, []
    for i, s in enumerate(sentences):
        rows.append({"index": i, "start": offset, "end": offset + len(s), "text": s})
        text += s + "\n"
        offset += len(s) + 1
    for item in people + organizations + topics:
        for ev in item["mentions"]:
            ev["start"] += rows[ev["sentence"]]["start"]
            ev["end"] += rows[ev["sentence"]]["start"]
    for m in meetings:
        for ev in m["evidence"]:
            ev["start"] += rows[ev["sentence"]]["start"]
            ev["end"] += rows[ev["sentence"]]["start"]
    body = json.dumps([people, organizations, topics, meetings], ensure_ascii=False, sort_keys=True)
    return ArticleGraph.model_validate({
        "article": {"path": f"/random/{index:03d}.txt", "content_hash": hashlib.sha256(body.encode()).hexdigest(),
                    "title": f"기사 {index} v{version}", "source": "랜덤뉴스", "published": "2024-06-20",
                    "char_count": len(text)},
        "sentences": rows, "people": people, "organizations": organizations, "topics": topics, "meetings": meetings})


def random_corpus(seed: int, size: int, versions: int = 2) -> dict[int, list[ArticleGraph]]:
    """`size` articles, each in `versions` versions (all at one path)."""
    rng = random.Random(seed)
    return {i: [random_graph(rng, i, v) for v in range(versions)] for i in range(size)}
