"""Generate a synthetic corpus of Korean business news articles with their gold annotations.

    python -m bench.generate --n 1000 --out bench/out/corpus --gold bench/out/gold [--seed 7]

Writes NAME.txt + NAME.meta.json (published, source, title, url) per article into --out and NAME.json in the
gold format of `../shared/gold/` into --gold, so `score_extraction.py OUT.jsonl GOLD_DIR` measures the extraction
on it. Article i depends only on (seed, i): the first N articles of a larger corpus are the corpus of size N.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
from pathlib import Path

from bench import constructs as cx
from bench import lexicon as lx
from bench.article import ArticleWriter
from bench.korean import josa
from bench.world import Person, World, build_world

J = josa
FIRST_DAY, LAST_DAY = dt.date(2021, 1, 1), dt.date(2025, 6, 30)
WEEKDAYS = "월화수목금토일"


def article_name(index: int) -> str:
    """File stem of article `index`."""
    return f"bench_{index:06d}"


def _choose_topics(rng: random.Random) -> tuple[list[str], list[str]]:
    cores = rng.sample(["AI", "로봇", "반도체"], rng.choice((1, 1, 2, 2, 3)))
    if "AI" in cores and rng.random() < 0.3:
        cores.append("소버린 AI")
    narrower = [t for t, implied in lx.NARROWER.items() if all(c in cores for c in implied)]
    return cores, rng.sample(narrower, min(len(narrower), rng.choice((1, 2, 3))))


def _protagonist(w: ArticleWriter) -> Person | None:
    head_titles = set(lx.KOREAN_HEAD_TITLES + lx.FOREIGN_HEAD_TITLES + ("부회장", "사장", "사장 겸 CEO"))
    pool = [p for p in w.world.people if p.title in head_titles]
    return w.pick_person(pool=pool, foreign=w.rng.random() < 0.15)


def _cores_phrase(w: ArticleWriter) -> str:
    words = [w.topic(c) for c in w.cores]
    return words[0] if len(words) == 1 else J(words[0], "과") + " " + ", ".join(words[1:])


def _lead(w: ArticleWriter, leads: list[Person]) -> str:
    day, cores = w.published.day, _cores_phrase(w)
    according = w.rng.choice(("업계에 따르면", "관련 업계에 따르면", "재계에 따르면", "업계에 따르면"))
    if len(leads) == 2:
        both = f"{J(w.full(leads[0]), '과')} {w.full(leads[1])}"
        return w.rng.choice([(f"{day}일 {according} {both} 등 주요 기업 경영진이 {cores} 분야 해외 파트너를 잇따라 "
                              "만나며 미래 사업 탐색에 나섰다."),
                             f"{both} 등 주요 기업 최고경영자들이 {cores} 중심의 글로벌 행보에 속도를 내고 있다."])
    s = w.full(leads[0])
    return w.rng.choice([f"{day}일 {according} {J(s, '은')} {cores} 등 미래 사업을 직접 챙기며 글로벌 행보를 이어가고 있다.",
                         f"{J(s, '이')} {cores} 분야 글로벌 네트워크 강화에 속도를 내고 있다.",
                         f"{J(s, '은')} 올해 들어 {cores} 중심의 사업 재편을 진두지휘하고 있다.",
                         (f"{day}일 {according} {J(s, '은')} 최근 {cores} 분야 협력 확대를 위해 국내외 파트너들과 "
                          "잇따라 접촉하고 있다.")])


def _headline(w: ArticleWriter, s: Person) -> str:
    met = [w.cast[m.participants[1]] for m in w.meetings if m.participants[0] == s.name and len(m.participants) > 1
           and m.status == "held"]
    core = w.rng.choice(w.cores)
    forms = [f"{s.name} {s.titles[-1]}, {core} 사업 직접 챙긴다", f"{core} 동맹 넓히는 {s.org.name}"]
    if met:
        forms.append(f"{s.name}, {met[0].name} 만나 {core} 협력 논의")
        forms.append(f"{s.org.name} {s.name}, {J(met[0].org.name, '과')} {core} 협력 모색")
    orgs = list(dict.fromkeys(p.org.name for p in met))
    if len(orgs) >= 2:
        forms.append(f"{s.name}, {orgs[0]}·{orgs[1]} 연쇄 회동…{core} 협력 모색")
    if s.short_title:
        forms.append(f"{core} 동맹 넓히는 {s.org.name}…{s.surname} {s.short_title} 광폭 행보")
    title = w.rng.choice(forms)
    if f"{s.surname} {s.short_title}" in title:
        w.coref(s)
    return title


def _marked(word: str, mark: str, particle: str) -> str:
    """A word, a mark and the particle that fits the word: ("박민서 회장", "(왼쪽)", "이") -> "박민서 회장(왼쪽)이"."""
    return word + mark + J(word, particle)[len(word):]


def _caption(w: ArticleWriter, source: str) -> str | None:
    held = [m for m in w.meetings if m.status == "held" and len(m.participants) == 2 and not m.orgs_only
            and m.construct in ("simple", "list")]
    if not held:
        return None
    m = w.rng.choice(held)
    s, c = w.cast[m.participants[0]], w.cast[m.participants[1]]
    S, C = w.full(s), w.full(c)
    credit = w.rng.choice((f"[{s.org.name} 제공]", f"[{source}]", f"/{s.org.name} 제공", ""))
    body = w.rng.choice([f"{_marked(S, '(왼쪽)', '이')} {J(C, '과')} 만나 기념 촬영을 하고 있다.",
                         f"{_marked(C, '(왼쪽부터)', '과')} {J(S, '이')} 기념 촬영하고 있다.",
                         f"{J(S, '이')} {J(C, '과')} 악수하고 있다.",
                         f"{J(S, '이')} {J(C, '과')} 대화하는 모습."])
    return w.rng.choice([f"| ▲ {body} {credit} |".replace("  ", " "), f"▲ {body} {credit}".strip(), f"{body} {credit}".strip()])


def _byline(rng: random.Random, world: World, source: str, domain: str) -> tuple[str, list[str], bool]:
    """The byline text, the reporters, and whether it opens the article ("(서울=X) 홍길동 기자 =")."""
    reporters = rng.sample(world.reporters, 2 if rng.random() < 0.1 else 1)
    email = f"{rng.choice(lx.EMAIL_HANDLES)}{rng.randint(1, 99) if rng.random() < 0.4 else ''}@{domain}"
    if len(reporters) == 2:
        return f"{reporters[0]}·{reporters[1]} 기자", reporters, False
    r = reporters[0]
    form = rng.choice((0, 0, 1, 2, 3))
    if form == 3:
        return f"({rng.choice(lx.KOREAN_CITIES)}={source}) {r} 기자 =", reporters, True
    return [f"{r} 기자 {email}", f"{source} / {r} 기자 {email}", f"{r} 기자 ({email})"][form], reporters, False


def write_article(world: World, seed: int, index: int) -> tuple[str, dict, dict]:
    """Article `index`: its text, its sidecar metadata and its gold record."""
    rng = random.Random(f"newsgraph-bench:{seed}:{index}")
    published = FIRST_DAY + dt.timedelta(days=rng.randrange((LAST_DAY - FIRST_DAY).days + 1))
    source, domain = rng.choice(lx.MEDIA)
    cores, narrower = _choose_topics(rng)
    w = ArticleWriter(rng, world, published, cores, narrower)
    leads = [p for p in (_protagonist(w) for _ in range(2 if rng.random() < 0.25 else 1)) if p]
    paragraphs: list[list[str]] = [[_lead(w, leads)]]
    for s in leads:
        wanted, tries = (rng.randint(4, 7) if len(leads) == 1 else rng.randint(3, 4)), 0
        while wanted and tries < 20:
            tries += 1
            construct = rng.choices([c for c, _ in cx.MEETINGS], weights=[wt for _, wt in cx.MEETINGS])[0]
            para = construct(w, s)
            if not para:
                continue
            wanted -= 1
            while rng.random() < 0.5:
                distractor = rng.choices([c for c, _ in cx.DISTRACTORS], weights=[wt for _, wt in cx.DISTRACTORS])[0]
                extra = distractor(w, s)
                para = extra + para if rng.random() < 0.4 else para + extra
            if para:
                while rng.random() < 0.6:
                    para.append(cx.filler(w, s)[0])
                paragraphs.append(para)
    for _ in range(rng.choice((1, 1, 2))):
        paragraphs.insert(rng.randint(1, len(paragraphs)), [x for _ in range(rng.randint(2, 4))
                                                             for x in cx.filler(w, leads[0])])
    closing = w.ref(leads[0])
    paragraphs.append([f"{J(closing, '은')} {cx._said(cx._quote(w))} {rng.choice(('강조했다', '말했다', '밝혔다'))}."])
    title = _headline(w, leads[0])
    lines = [" ".join(p) for p in paragraphs]
    if rng.random() < 0.45 and (caption := _caption(w, source)):
        lines.insert(rng.randint(1, len(lines) - 1), ("![]() |\n" if caption.startswith("|") else "") + caption)
    byline, reporters, opening = _byline(rng, world, source, domain)
    if opening:
        lines[0] = f"{byline} {lines[0]}"
    else:
        lines.append(byline)
    header = []
    if rng.random() < 0.3:
        day = f"{published.month:02d}.{published.day:02d} ({WEEKDAYS[published.weekday()]})"
        header.append(rng.choice(("컨텐츠 바로가기", source, day)))
    header.append(title)
    footer = rng.choice(("", f"[ⓒ {source}. 무단전재-재배포 금지]", f"<저작권자 © {source}, 무단 전재 및 재배포 금지>"))
    sep = "\n\n" if rng.random() < 0.4 else "\n"
    text = sep.join(header + lines + ([footer] if footer else [])) + "\n"
    meta = {"published": published.isoformat(), "source": source, "title": title,
            "url": f"https://www.{domain}/news/articleView.html?idxno={100000 + index}"}
    gold = {"article": article_name(index) + ".txt", "published": published.isoformat(), "source": source,
            "reporters": reporters, **_checked(w.gold(), text),
            "people_optional": reporters, "organizations_optional": sorted(w.optional_orgs),
            "generator": {"seed": seed, "index": index}}
    return text, meta, gold


def _checked(gold: dict, text: str) -> dict:
    """Keep only what the text says: aliases and topics recorded while drafting a form that was not used go."""
    for rec in gold["people"] + gold["organizations"]:
        assert rec["name"] in text, rec["name"]
        rec["aliases"] = [a for a in rec["aliases"] if a in text]
    gold["topics"] = [t for t in gold["topics"] if any(f in text for f in lx.TOPIC_FORMS[t])]
    for m in gold["meetings"]:
        m["topics"] = [t for t in m["topics"] if any(f in m["evidence"] for f in lx.TOPIC_FORMS[t])]
    return gold


def generate(n: int, out: Path, gold_dir: Path, *, seed: int = 7, start: int = 0) -> list[Path]:
    """Write articles start..start+n-1 with sidecars into `out` and gold files into `gold_dir`; their paths."""
    world = build_world(seed)
    out.mkdir(parents=True, exist_ok=True)
    gold_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    for index in range(start, start + n):
        text, meta, gold = write_article(world, seed, index)
        name = article_name(index)
        (out / f"{name}.txt").write_text(text, encoding="utf-8")
        (out / f"{name}.meta.json").write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")
        (gold_dir / f"{name}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8")
        paths.append(out / f"{name}.txt")
    return paths


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, required=True, help="number of articles")
    ap.add_argument("--out", type=Path, required=True, help="folder of the articles (NAME.txt + NAME.meta.json)")
    ap.add_argument("--gold", type=Path, help="folder of the gold files (default: OUT/../gold)")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--start", type=int, default=0, help="index of the first article")
    args = ap.parse_args(argv)
    gold = args.gold or args.out.parent / "gold"
    paths = generate(args.n, args.out, gold, seed=args.seed, start=args.start)
    print(f"{len(paths)} articles in {args.out}, gold in {gold}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
