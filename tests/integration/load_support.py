"""Helpers of the load tests (tests/integration/test_load_*.py): small article corpora, the CLI in a process.

`write_corpus` writes short synthetic Korean articles (one meeting of a Korean executive with a foreign CEO each,
with a sidecar): cheap to extract and to write, yet giving people, organizations, topics and meetings that
several articles share, so the graph's cross-article merging is exercised.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import neo4j

KOREANS = [("김도윤", "한빛전자", "회장"), ("이서준", "누리화학", "부회장"), ("박지호", "세림반도체", "사장"),
           ("최하준", "가온모빌리티", "대표"), ("정예준", "한결중공업", "회장"), ("강시우", "미르바이오", "대표"),
           ("조은우", "다온통신", "사장"), ("윤주원", "청람에너지", "회장"), ("장도현", "새봄식품", "대표"),
           ("임건우", "해솔로보틱스", "사장"), ("한지훈", "라온소프트", "대표"), ("오선우", "푸른항공", "회장")]
FOREIGNERS = [("마크 저커버그", "메타", "CEO"), ("젠슨 황", "엔비디아", "CEO"), ("샘 올트먼", "오픈AI", "CEO"),
              ("사티아 나델라", "마이크로소프트", "CEO"), ("팀 쿡", "애플", "CEO")]
TOPICS = ["AI", "반도체", "로봇"]
PLACES = ["서울", "판교", "실리콘밸리", "도쿄"]


def _final(word: str) -> bool:
    ch = word[-1]
    return "가" <= ch <= "힣" and (ord(ch) - 0xAC00) % 28 != 0


def josa(word: str, with_final: str, without: str) -> str:
    """`word` with the particle that fits its last syllable (은/는, 과/와, 을/를)."""
    return word + (with_final if _final(word) else without)


def article(index: int, *, version: int = 0) -> tuple[str, dict[str, object]]:
    """Text and sidecar of synthetic article `index` (`version` > 0: a changed version of it)."""
    name, org, title = KOREANS[index % len(KOREANS)]
    fname, forg, ftitle = FOREIGNERS[(index // len(KOREANS)) % len(FOREIGNERS)]
    topic = TOPICS[(index + version) % len(TOPICS)]
    place = PLACES[(index // 3 + version) % len(PLACES)]
    month, day = 1 + (index // 28) % 12, 1 + index % 28
    text = (f"{name} {org} {title}, {josa(fname, '과', '와')} {topic} 협력 논의\n"
            f"{name} {org} {josa(title, '은', '는')} {day}일 {place}에서 {fname} {forg} {ftitle}를 만나 "
            f"{topic} 협력 방안을 논의했다.\n"
            f"{josa(org, '은', '는')} 이번 만남을 계기로 {topic} 분야 투자를 늘릴 계획이다.\n")
    meta: dict[str, object] = {"published": f"2024-{month:02d}-{min(day + 1, 28):02d}", "source": "테스트일보",
            "title": f"{name} {title}, {fname} 만나", "url": f"https://example.com/news/{index}"}
    return text, meta


def write_article(folder: Path, index: int, *, version: int = 0) -> Path:
    """Write article `index` (text + sidecar) into `folder`; its path."""
    folder.mkdir(parents=True, exist_ok=True)
    text, meta = article(index, version=version)
    path = folder / f"article_{index:04d}.txt"
    path.with_name(path.stem + ".meta.json").write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")
    path.write_text(text, encoding="utf-8")
    return path


def write_corpus(folder: Path, n: int, *, start: int = 0) -> list[Path]:
    """Articles `start` … `start + n - 1` in `folder`."""
    return [write_article(folder, i) for i in range(start, start + n)]


def remove_article(path: Path) -> None:
    """Delete an article file and its sidecar."""
    path.unlink()
    path.with_name(path.stem + ".meta.json").unlink(missing_ok=True)


def article_paths(driver: neo4j.Driver) -> list[str]:
    """Paths of the loaded articles, sorted."""
    records, _, _ = driver.execute_query("MATCH (a:Article) RETURN a.path AS path ORDER BY path")
    return [r["path"] for r in records]


def cli_env(neo4j_env: dict[str, str], **extra: str) -> dict[str, str]:
    """The environment of a `load-articles` process pointed at a server."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("NEO4J_", "NEWSGRAPH_MAX"))}
    env.update(neo4j_env)
    env.update(extra)
    return env


LOAD_ARTICLES = str(Path(sys.executable).with_name("load-articles"))  # the installed console script


def run_cli(args: list[str], env: dict[str, str], timeout: float = 600) -> subprocess.CompletedProcess[str]:
    """`load-articles ARGS` in its own process (the real entry point, signals and all)."""
    return subprocess.run([LOAD_ARTICLES, *args], env=env, capture_output=True, text=True, timeout=timeout,
                          check=False)


def start_cli(args: list[str], env: dict[str, str]) -> subprocess.Popen[str]:
    """`load-articles ARGS` started in its own process, not waited for."""
    return subprocess.Popen([LOAD_ARTICLES, *args], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)
