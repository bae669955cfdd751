"""Quality on annotated articles: the seeds (the acceptance thresholds of issue 3) and the dev sets.

dev is the round-1 set; dev_h1 was written by another person; dev_h2..dev_h28 are fresh sets each scored once
before the rules they exposed were generalized (their READMEs, beside the gold, give those first scores;
dev_h10..dev_h14 are copies of sets about real people with every person renamed). The
thresholds sit a little under today's scores so that a regression fails here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.evaluate import evaluate
from ingest.extract import get_extractor
from ingest.reader import iter_article_paths, read_article

DATA = Path(__file__).resolve().parents[2] / "data"
SEEDS = DATA.parents[1] / "seeds"

# folder, gold, people F1, organizations F1, meetings F1, date accuracy
SETS = [
    (SEEDS, DATA / "gold_seeds", 0.95, 0.90, 0.90, 0.90),
    (DATA / "dev", DATA / "dev_gold", 0.95, 0.90, 0.90, 0.90),
    (DATA / "dev_h1", DATA / "dev_h1_gold", 0.95, 0.95, 0.90, 0.90),  # 2 null-date golds differ from the seeds'
    (DATA / "dev_h2", DATA / "dev_h2_gold", 0.95, 0.95, 0.90, 0.90),
    (DATA / "dev_h3", DATA / "dev_h3_gold", 0.95, 0.95, 0.90, 0.90),
    (DATA / "dev_h4", DATA / "dev_h4_gold", 0.95, 0.95, 0.90, 0.90),
    (DATA / "dev_h5", DATA / "dev_h5_gold", 0.95, 0.95, 0.90, 0.90),
    (DATA / "dev_h6", DATA / "dev_h6_gold", 0.95, 0.95, 0.90, 0.85),
    (DATA / "dev_h7", DATA / "dev_h7_gold", 0.90, 0.90, 0.90, 0.90),
    (DATA / "dev_h8", DATA / "dev_h8_gold", 0.95, 0.95, 0.95, 0.95),
    (DATA / "dev_h9", DATA / "dev_h9_gold", 0.93, 0.95, 0.95, 0.95),  # people: 부이 티 란, 류쓰위안 missed
    (DATA / "dev_h10", DATA / "dev_h10_gold", 0.95, 0.95, 0.93, 0.93),
    (DATA / "dev_h11", DATA / "dev_h11_gold", 0.95, 0.90, 0.86, 0.90),  # longer, harder pieces: see its README
    (DATA / "dev_h12", DATA / "dev_h12_gold", 0.95, 0.94, 0.83, 0.92),  # interview in the first person: see README
    (DATA / "dev_h13", DATA / "dev_h13_gold", 0.95, 0.90, 0.87, 0.95),  # its gold leaves planned meetings out
    (DATA / "dev_h14", DATA / "dev_h14_gold", 0.93, 0.92, 0.88, 0.95),
    (DATA / "dev_h15", DATA / "dev_h15_gold", 0.98, 0.93, 0.95, 0.95),  # blind sets of the eighth session: see
    (DATA / "dev_h16", DATA / "dev_h16_gold", 0.98, 0.95, 0.95, 0.95),  # their READMEs (dev_h17 and dev_h18 were
    (DATA / "dev_h17", DATA / "dev_h17_gold", 0.95, 0.90, 0.90, 0.95),  # held out until the end of the tuning)
    (DATA / "dev_h18", DATA / "dev_h18_gold", 0.97, 0.90, 0.93, 0.95),
    (DATA / "dev_h19", DATA / "dev_h19_gold", 0.98, 0.97, 0.97, 0.95),  # blind sets of the ninth session: see their
    (DATA / "dev_h20", DATA / "dev_h20_gold", 0.98, 0.97, 0.93, 0.95),  # READMEs (dev_h21 and dev_h22 were held out
    (DATA / "dev_h21", DATA / "dev_h21_gold", 0.95, 0.92, 0.78, 0.90),  # until the end of the tuning, and opened
    (DATA / "dev_h22", DATA / "dev_h22_gold", 0.97, 0.90, 0.80, 0.90),  # with little time left)
    (DATA / "dev_h23", DATA / "dev_h23_gold", 0.98, 0.95, 0.97, 0.95),
    (DATA / "dev_h24", DATA / "dev_h24_gold", 0.98, 0.95, 0.89, 0.95),
    (DATA / "dev_h25", DATA / "dev_h25_gold", 0.98, 0.97, 0.87, 0.90),  # blind sets of the tenth session: see their
    (DATA / "dev_h26", DATA / "dev_h26_gold", 0.98, 0.96, 0.97, 0.93),  # READMEs (dev_h27 and dev_h28 were held out
    (DATA / "dev_h27", DATA / "dev_h27_gold", 0.93, 0.92, 0.87, 0.93),  # until the end of the tuning)
    (DATA / "dev_h28", DATA / "dev_h28_gold", 0.97, 0.95, 0.93, 0.95),
]
# core topics F1: 1.0 unless said here (dev_h10 a07: GPUs said in passing, 반도체 not in its gold; dev_h12: its
# gold lists a topic only where the article dwells on it; dev_h15, dev_h20, dev_h21, dev_h25: one topic more than
# their gold; dev_h26: two)
TOPICS = {"dev_h10": 0.95, "dev_h12": 0.90, "dev_h15": 0.95, "dev_h20": 0.95, "dev_h21": 0.95, "dev_h25": 0.95,
          "dev_h26": 0.90}


@pytest.mark.parametrize(("articles", "gold", "people", "orgs", "meetings", "dates"), SETS,
                         ids=[s[0].name for s in SETS])
def test_annotated_articles_score_well(articles: Path, gold: Path, people: float, orgs: float, meetings: float,
                                       dates: float) -> None:
    ex = get_extractor()
    graphs = [ex.extract(read_article(p)) for p in iter_article_paths([articles]) if p.suffix == ".txt"]
    report = evaluate(graphs, gold)
    assert report.people.f1 >= people, report.people
    assert report.organizations.f1 >= orgs, report.organizations
    assert report.meetings.f1 >= meetings, report.meetings
    assert report.date_accuracy >= dates
    assert report.core_topics.f1 >= TOPICS.get(articles.name, 1.0), report.core_topics
