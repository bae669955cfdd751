"""Writes the hand-written ArticleGraph fixtures of this folder (run: python tests/data/graphs/build.py).

Each fixture is described below by its sentences and, per person, organization, topic and meeting, the words
that support it; this script finds those words in the sentences to compute the evidence offsets, so that the
JSON files are valid `ArticleGraph`s whose every fact points at a real sentence. They are modelled on the
seeds' gold annotations, with the variants entity resolution must handle (젠슨황/젠슨 황, Jim Keller/짐 켈러,
샘 올트먼/샘 올트만, SK그룹/SK, a namesake at another organization).
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from ingest.models import ArticleGraph

HERE = Path(__file__).resolve().parent


def build(spec: dict[str, Any]) -> ArticleGraph:
    """An ArticleGraph from a compact spec: sentences, and entities with the words that evidence them."""
    sentences, text, offset = [], "", 0
    for i, s in enumerate(spec["sentences"]):
        sentences.append({"index": i, "start": offset, "end": offset + len(s), "text": s})
        text += s + "\n"
        offset += len(s) + 1

    def evidence(words: list[str]) -> list[dict[str, Any]]:
        out = []
        for word in words:
            hits = [(s, s["text"].find(word)) for s in sentences if word in s["text"]]
            if not hits:
                raise ValueError(f"{spec['path']}: {word!r} is in no sentence")
            for sent, pos in hits[:2]:
                start = sent["start"] + pos
                out.append({"sentence": sent["index"], "start": start, "end": start + len(word), "text": word})
        return out

    def whole_sentence(words: list[str]) -> list[dict[str, Any]]:
        out = []
        for word in words:
            sent = next(s for s in sentences if word in s["text"])
            out.append({"sentence": sent["index"], "start": sent["start"], "end": sent["end"], "text": sent["text"]})
        return out

    body = json.dumps(spec, ensure_ascii=False, sort_keys=True)
    graph = {
        "article": {"path": spec["path"], "content_hash": hashlib.sha256(body.encode()).hexdigest(),
                    "title": spec["title"], "source": spec["source"], "published": spec["published"],
                    "char_count": len(text)},
        "sentences": sentences,
        "people": [{**{k: v for k, v in p.items() if k != "words"}, "mentions": evidence(p["words"])}
                   for p in spec["people"]],
        "organizations": [{**{k: v for k, v in o.items() if k != "words"}, "mentions": evidence(o["words"])}
                          for o in spec["organizations"]],
        "topics": [{**{k: v for k, v in t.items() if k != "words"}, "mentions": evidence(t["words"])}
                   for t in spec["topics"]],
        "meetings": [{**{k: v for k, v in m.items() if k != "words"}, "evidence": whole_sentence(m["words"])}
                     for m in spec["meetings"]],
    }
    return ArticleGraph.model_validate(graph)


def person(pid: str, name: str, orgs: list[str], titles: list[str], words: list[str], **extra: Any) -> dict:
    return {"id": pid, "name": name, "orgs": orgs, "titles": titles, "words": words, **extra}


def org(oid: str, name: str, words: list[str], aliases: list[str] | None = None, kind: str = "company") -> dict:
    return {"id": oid, "name": name, "aliases": aliases or [], "kind": kind, "words": words}


def meeting(mid: str, participants: list[str], date: str | None, precision: str | None, words: list[str],
            **extra: Any) -> dict:
    return {"id": mid, "participants": participants, "date": date, "date_precision": precision,
            "words": words, **extra}


KPI = {  # modelled on seeds/000 (KPI뉴스, 2024-06-28): reports the Zuckerberg meeting on "지난 1일"
    "path": "/news/kpi/000_chongsu.txt", "title": "AI 큰 그림 그리며 상생의 리더십 구축 목표",
    "source": "KPI뉴스", "published": "2024-06-28",
    "sentences": [
        "이재용 삼성전자 회장과 최태원 SK 회장, 구광모 LG 회장 등 주요 그룹 총수들은 미국 출장에 나섰다.",
        "지난 25일에는 네이버 창업자인 이해진 GIO가 엔비디아 본사를 방문, 젠슨황 대표와 만났다.",
        "이해진 GIO는 네이버 최수연 대표와 함께 소버린 AI의 중요성을 강조했다.",
        "최 회장은 샘 올트먼 오픈AI CEO와 사티아 나델라 마이크로소프트(MS) CEO를 잇따라 만나 AI를 논의했다.",
        "구광모 회장은 텐스토렌트에서 짐 켈러(Jim Keller) CEO와 만나 AI 반도체의 흐름을 논의했다.",
        "이재용 삼성전자 회장이 지난 1일 마크 저커버그 메타 CEO 자택에서 기념 사진을 촬영했다.",
        "이 회장은 앤디 재시 아마존 CEO와 만나 사업 협력을 논의했다.",
        "구 회장은 로봇 스타트업도 찾았다.",
    ],
    "people": [
        person("p1", "이재용", ["삼성전자"], ["회장"], ["이재용", "이 회장"], aliases=["이 회장"]),
        person("p2", "최태원", ["SK"], ["회장"], ["최태원", "최 회장"], aliases=["최 회장"]),
        person("p3", "구광모", ["LG"], ["회장"], ["구광모", "구 회장"], aliases=["구 회장"]),
        person("p4", "이해진", ["네이버"], ["GIO"], ["이해진"]),
        person("p5", "최수연", ["네이버"], ["대표"], ["최수연"]),
        person("p6", "젠슨황", ["엔비디아"], ["대표"], ["젠슨황"]),
        person("p7", "샘 올트먼", ["오픈AI"], ["CEO"], ["샘 올트먼"]),
        person("p8", "사티아 나델라", ["마이크로소프트"], ["CEO"], ["사티아 나델라"]),
        person("p9", "짐 켈러", ["텐스토렌트"], ["CEO"], ["짐 켈러"], latin_name="Jim Keller"),
        person("p10", "마크 저커버그", ["메타"], ["CEO"], ["마크 저커버그"]),
        person("p11", "앤디 재시", ["아마존"], ["CEO"], ["앤디 재시"]),
    ],
    "organizations": [
        org("o1", "삼성전자", ["삼성전자"], ["삼성", "Samsung"]),
        org("o2", "SK", ["SK"], ["SK그룹"]),
        org("o3", "LG", ["LG"]),
        org("o4", "네이버", ["네이버"], ["Naver"]),
        org("o5", "엔비디아", ["엔비디아"], ["NVIDIA"]),
        org("o6", "오픈AI", ["오픈AI"], ["OpenAI"]),
        org("o7", "마이크로소프트", ["마이크로소프트"], ["MS", "Microsoft"]),
        org("o8", "텐스토렌트", ["텐스토렌트"], ["Tenstorrent"]),
        org("o9", "메타", ["메타"], ["Meta"]),
        org("o10", "아마존", ["아마존"], ["Amazon"]),
    ],
    "topics": [
        {"name": "AI", "broader": [], "words": ["AI를"]},
        {"name": "소버린 AI", "broader": ["AI"], "words": ["소버린 AI"]},
        {"name": "반도체", "broader": [], "words": ["반도체"]},
        {"name": "로봇", "broader": [], "words": ["로봇"]},
    ],
    "meetings": [
        meeting("m1", ["이재용", "마크 저커버그"], "2024-06-01", "day", ["지난 1일 마크 저커버그"],
                date_text="지난 1일", place="마크 저커버그 메타 CEO 자택"),
        meeting("m2", ["이재용", "앤디 재시"], "2024-06", "month", ["앤디 재시 아마존"]),
        meeting("m3", ["이해진", "최수연", "젠슨황"], "2024-06-25", "day", ["젠슨황 대표와 만났다"],
                date_text="지난 25일", place="엔비디아 본사", topics=["소버린 AI"]),
        meeting("m4", ["최태원", "샘 올트먼"], "2024-06", "month", ["샘 올트먼 오픈AI"], topics=["AI"]),
        meeting("m5", ["최태원", "사티아 나델라"], "2024-06", "month", ["사티아 나델라"], topics=["AI"]),
        meeting("m6", ["구광모", "짐 켈러"], "2024-06", "month", ["짐 켈러(Jim Keller)"], topics=["AI", "반도체"]),
    ],
}

COOKIE = {  # modelled on seeds/004 (쿠키뉴스, 2024-06-15): the same meeting on "11일", and the February one
    "path": "/news/cookie/004_lee.txt", "title": "메타·아마존·퀄컴 모두 만났다…광폭행보 이어가는 이재용",
    "source": "쿠키뉴스", "published": "2024-06-15",
    "sentences": [
        "이재용 삼성전자 회장이 미국 출장에서 글로벌 빅테크 CEO들과 만났다.",
        "지난 11일(현지시간)에는 팔로알토에 위치한 마크 저커버그(Mark Zuckerberg) 메타 CEO의 자택에서 단독 미팅을 가졌다.",
        "지난 2월 저커버그 CEO가 방한, 이 회장의 초대로 승지원에서 회동한 후 4개월 만에 다시 만난 것이다.",
        "이 회장과 저커버그 CEO는 AI와 가상현실에 대해 논의했다.",
        "지난 12일에는 시애틀 아마존 본사를 찾아 앤디 재시 아마존 CEO와 회동했고 전영현 삼성전자 DS부문장이 배석했다.",
        "이 회장은 지난 10일 크리스티아노 아몬(Cristiano Amon) 퀄컴 CEO를 만나 AI 반도체 협력을 논의했다.",
        "이 회장은 지난해 구글(Google) 경영진과 만나 협력 방안을 모색했다.",
    ],
    "people": [
        person("p1", "이재용", ["삼성전자"], ["회장"], ["이재용", "이 회장"], aliases=["이 회장"]),
        person("p2", "마크 저커버그", ["메타"], ["CEO"], ["마크 저커버그", "저커버그 CEO"],
               latin_name="Mark Zuckerberg", aliases=["저커버그 CEO"]),
        person("p3", "앤디 재시", ["아마존"], ["CEO"], ["앤디 재시"]),
        person("p4", "전영현", ["삼성전자"], ["DS부문장"], ["전영현"]),
        person("p5", "크리스티아노 아몬", ["퀄컴"], ["CEO"], ["크리스티아노 아몬"], latin_name="Cristiano Amon"),
    ],
    "organizations": [
        org("o1", "삼성전자", ["삼성전자"], ["삼성"]),
        org("o2", "메타", ["메타"], ["Meta"]),
        org("o3", "아마존", ["아마존"], ["Amazon"]),
        org("o4", "퀄컴", ["퀄컴"], ["Qualcomm"]),
        org("o5", "구글", ["구글"], ["Google"]),
    ],
    "topics": [
        {"name": "AI", "broader": [], "words": ["AI와"]},
        {"name": "반도체", "broader": [], "words": ["반도체"]},
    ],
    "meetings": [
        meeting("m1", ["이재용", "마크 저커버그"], "2024-06-11", "day", ["지난 11일"], date_text="지난 11일(현지시간)",
                place="팔로알토", topics=["AI"]),
        meeting("m2", ["이재용", "마크 저커버그"], "2024-02", "month", ["승지원"], date_text="지난 2월",
                place="승지원"),
        meeting("m3", ["이재용", "앤디 재시", "전영현"], "2024-06-12", "day", ["시애틀 아마존 본사"],
                attendees=["전영현"], date_text="지난 12일", place="시애틀 아마존 본사"),
        meeting("m4", ["이재용", "크리스티아노 아몬"], "2024-06-10", "day", ["크리스티아노 아몬"],
                date_text="지난 10일", topics=["AI", "반도체"]),
        meeting("m5", ["이재용"], "2023", "year", ["구글(Google)"], organizations=["구글"], date_text="지난해"),
    ],
}

VARIANTS = {  # a third outlet: spelling variants of the same people and organizations, and a namesake
    "path": "/news/third/010_variants.txt", "title": "엔비디아·오픈AI 잇단 회동", "source": "제3일보",
    "published": "2024-05-02",
    "sentences": [
        "최태원 SK그룹 회장은 지난 4월 젠슨 황(Jensen Huang) 엔비디아 CEO와 만나 AI 반도체를 논의했다.",
        "최 회장은 샘 올트만 OpenAI CEO와도 만났다.",
        "Jim Keller 텐스토렌트 CEO는 같은 달 한국을 찾았다.",
        "한편 한국대학교 이재용 교수는 반도체 공정 연구 성과를 발표했다.",
    ],
    "people": [
        person("p1", "최태원", ["SK그룹"], ["회장"], ["최태원", "최 회장"], aliases=["최 회장"]),
        person("p2", "젠슨 황", ["엔비디아"], ["CEO"], ["젠슨 황"], latin_name="Jensen Huang"),
        person("p3", "샘 올트만", ["OpenAI"], ["CEO"], ["샘 올트만"]),
        person("p4", "Jim Keller", ["텐스토렌트"], ["CEO"], ["Jim Keller"]),
        person("p5", "이재용", ["한국대학교"], ["교수"], ["이재용 교수"]),
    ],
    "organizations": [
        org("o1", "SK그룹", ["SK그룹"]),
        org("o2", "엔비디아", ["엔비디아"], ["Nvidia"]),
        org("o3", "OpenAI", ["OpenAI"], ["오픈AI"]),
        org("o4", "텐스토렌트", ["텐스토렌트"]),
        org("o5", "한국대학교", ["한국대학교"], kind="institution"),
    ],
    "topics": [
        {"name": "AI 반도체", "broader": ["반도체"], "words": ["AI 반도체"]},
    ],
    "meetings": [
        meeting("m1", ["최태원", "젠슨 황"], "2024-04", "month", ["젠슨 황(Jensen Huang)"], date_text="지난 4월",
                topics=["AI 반도체"]),
        meeting("m2", ["최태원", "샘 올트만"], "2024-04", "month", ["샘 올트만"]),
    ],
}

# VARIANTS after an edit: the 올트만 meeting is gone, a meeting with 짐 켈러 is new, the namesake is gone.
VARIANTS_CHANGED = {
    **VARIANTS,
    "title": "엔비디아·텐스토렌트 잇단 회동 (수정)",
    "sentences": [
        "최태원 SK그룹 회장은 지난 4월 젠슨 황(Jensen Huang) 엔비디아 CEO와 만나 AI 반도체를 논의했다.",
        "최 회장은 같은 달 Jim Keller 텐스토렌트 CEO와도 만났다.",
    ],
    "people": [VARIANTS["people"][0], VARIANTS["people"][1],
               person("p4", "Jim Keller", ["텐스토렌트"], ["CEO"], ["Jim Keller"])],
    "organizations": VARIANTS["organizations"][:2] + [VARIANTS["organizations"][3]],
    "meetings": [VARIANTS["meetings"][0],
                 meeting("m3", ["최태원", "Jim Keller"], "2024-04", "month", ["Jim Keller"])],
}

FIXTURES = {"kpi.json": KPI, "cookie.json": COOKIE, "variants.json": VARIANTS,
            "variants_changed.json": VARIANTS_CHANGED}

if __name__ == "__main__":
    for filename, spec in FIXTURES.items():
        graph = build(spec)
        (HERE / filename).write_text(json.dumps(graph.model_dump(mode="json"), ensure_ascii=False, indent=1) + "\n",
                                     encoding="utf-8")
        print(f"wrote {filename}: {len(graph.people)} people, {len(graph.meetings)} meetings")
