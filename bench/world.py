"""The synthetic world the articles are written about: invented organizations and the people who work there.

The world depends on the seed only (not on the number of articles), so the first N articles of a larger corpus
are the corpus of size N, and the same person keeps one organization and title across all articles: the graph's
entity resolution across articles is exercised as it would be on real news.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from bench import lexicon as lx


@dataclass(frozen=True)
class Org:
    """An invented organization. `latin` is its Latin-script name (foreign organizations), `topic` the core topic
    its name implies (an organization called ...반도체 only appears in articles about 반도체)."""

    name: str
    latin: str | None = None
    kind: str = "company"
    topic: str | None = None
    foreign: bool = False


@dataclass(frozen=True)
class Person:
    """An invented person with one organization and title. Foreign people have a Latin-script name."""

    name: str
    org: Org
    title: str
    surname: str  # the part used in coreference: "박" of 박민서, "코스타" of 라파엘 코스타
    latin: str | None = None

    @property
    def foreign(self) -> bool:
        return self.latin is not None

    @property
    def titles(self) -> list[str]:
        """The title's parts as the gold lists them: "사장 겸 CEO" -> ["사장", "CEO"]."""
        return [t.strip() for t in self.title.split("겸")]

    @property
    def short_title(self) -> str | None:
        """The title of a coreference form ("박 회장", "코스타 CEO", "전 부문장"), or None when there is none."""
        last = self.titles[-1]
        for t in ("부문장", "사업부장"):
            if last.endswith(t):
                return t
        return last if last in lx.COREF_TITLES else None


@dataclass
class World:
    """Everything the articles can mention."""

    orgs: list[Org] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    analysts: list[Person] = field(default_factory=list)
    reporters: list[str] = field(default_factory=list)

    def staff(self, org: Org) -> list[Person]:
        """People of one organization."""
        return self._staff.get(org.name, [])

    def index(self) -> None:
        self._staff: dict[str, list[Person]] = {}
        for p in self.people:
            self._staff.setdefault(p.org.name, []).append(p)


def _korean_name(rng: random.Random) -> tuple[str, str]:
    surname = rng.choice(lx.SURNAMES_TWO) if rng.random() < 0.03 else rng.choice(lx.SURNAMES)
    if rng.random() < 0.05:
        return surname + rng.choice(lx.GIVEN_SYLLABLES), surname
    first, second = rng.sample(lx.GIVEN_SYLLABLES, 2)  # two different syllables: 민서, never 성성
    return surname + first + second, surname


def build_world(seed: int, *, korean_orgs: int = 320, foreign_orgs: int = 160, securities: int = 24) -> World:
    """The world of one seed: organizations, 4-8 people each, securities analysts and reporters; names unique."""
    rng = random.Random(f"newsgraph-bench-world:{seed}")
    world = World()
    taken_orgs: set[str] = set()
    taken_names: set[str] = set(lx.EXCLUDED_NAMES)

    def new_org(make) -> Org:
        while True:
            org = make()
            keys = {org.name.replace(" ", ""), (org.latin or "").replace(" ", "").lower()} - {""}
            if not keys & taken_orgs:
                taken_orgs.update(keys)
                return org

    def korean_org() -> Org:
        suffix, topic = rng.choice(lx.KOREAN_ORG_SUFFIXES)
        return Org(rng.choice(lx.KOREAN_ORG_STEMS) + suffix, topic=topic)

    def foreign_org() -> Org:
        (stem_h, stem_l), (suf_h, suf_l, topic) = rng.choice(lx.FOREIGN_ORG_STEMS), rng.choice(lx.FOREIGN_ORG_SUFFIXES)
        sep = " " if suf_h and rng.random() < 0.6 else ""
        return Org(f"{stem_h}{sep}{suf_h}", latin=f"{stem_l} {suf_l}".strip(), topic=topic, foreign=True)

    def securities_org() -> Org:
        return Org(rng.choice(lx.SECURITIES_STEMS) + rng.choice(lx.SECURITIES_SUFFIXES), kind="company")

    def person(org: Org, title: str) -> Person:
        while True:
            if org.foreign:
                (fh, fl), (lh, ll) = rng.choice(lx.FOREIGN_FIRST), rng.choice(lx.FOREIGN_LAST)
                name, surname, latin = f"{fh} {lh}", lh, f"{fl} {ll}"
            else:
                (name, surname), latin = _korean_name(rng), None
            if name not in taken_names:
                taken_names.add(name)
                return Person(name, org, title, surname, latin)

    for _ in range(korean_orgs):
        org = new_org(korean_org)
        world.orgs.append(org)
        world.people.append(person(org, rng.choice(lx.KOREAN_HEAD_TITLES)))
        for _ in range(rng.randint(3, 7)):
            r = rng.random()
            if r < 0.15:
                title = rng.choice(lx.COMPOUND_TITLES)
            elif r < 0.35:
                title = rng.choice(lx.DIVISIONS) + rng.choice(("부문장", "사업부장"))
            else:
                title = rng.choice(lx.KOREAN_EXEC_TITLES)
            world.people.append(person(org, title))
    for _ in range(foreign_orgs):
        org = new_org(foreign_org)
        world.orgs.append(org)
        world.people.append(person(org, rng.choice(lx.FOREIGN_HEAD_TITLES + ("사장 겸 CEO",))))
        for _ in range(rng.randint(2, 4)):
            world.people.append(person(org, rng.choice(lx.FOREIGN_EXEC_TITLES)))
    for _ in range(securities):
        org = new_org(securities_org)
        for _ in range(2):
            world.analysts.append(person(org, "연구원"))
    while len(world.reporters) < 200:
        name, _ = _korean_name(rng)
        if name not in taken_names:
            taken_names.add(name)
            world.reporters.append(name)
    world.index()
    return world
