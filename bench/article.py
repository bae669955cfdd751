"""Writing one article and its gold annotation together.

Every person, organization and topic enters the text through `ArticleWriter`, which records it for the gold
file as it renders it: the gold lists exactly what the text names, with the aliases the text uses. Meetings are
recorded by the constructs (`bench.constructs`) with the sentence that states them.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from bench import lexicon as lx
from bench.korean import DateExpr, josa
from bench.world import Org, Person, World


@dataclass
class GoldMeeting:
    """A meeting of the gold file (participants by canonical name)."""

    participants: list[str]
    orgs_only: list[str]
    date: DateExpr
    place: str | None
    topics: list[str]
    evidence: str
    status: str = "held"
    attendees: list[str] = field(default_factory=list)
    construct: str = ""

    def to_json(self) -> dict:
        return {"participants": self.participants, "orgs_only": self.orgs_only, "date": self.date.value,
                "date_precision": self.date.precision, "date_text": self.date.text or None, "place": self.place,
                "topics": self.topics, "status": self.status, "attendees": self.attendees,
                "evidence": self.evidence, "construct": self.construct}


class ArticleWriter:
    """Renders entities into Korean text and keeps the gold record of what was rendered."""

    def __init__(self, rng: random.Random, world: World, published: dt.date, cores: list[str],
                 narrower: list[str]) -> None:
        self.rng = rng
        self.world = world
        self.published = published
        self.cores = cores
        self.narrower = narrower
        self.cast: dict[str, Person] = {}  # everyone the article may mention, by name
        self.people: dict[str, dict] = {}  # gold people, in order of first mention
        self.orgs: dict[str, dict] = {}
        self.topics: list[str] = []
        self.meetings: list[GoldMeeting] = []
        self.optional_orgs: set[str] = set()
        self.used: set[str] = set()  # background sentences already written
        self._introduced: set[str] = set()
        self._orgs_introduced: set[str] = set()

    # --- choosing people -----------------------------------------------------------------------------------------

    def fits(self, org: Org) -> bool:
        """Whether an organization may appear: its name implies no topic outside the article's core topics."""
        return org.topic is None or org.topic in self.cores

    def pick_person(self, *, foreign: bool | None = None, not_org: Org | None = None, org: Org | None = None,
                    pool: list[Person] | None = None) -> Person | None:
        """A person not yet in the cast, whose surname is new to the article (so "박 회장" is never ambiguous)."""
        pool = pool if pool is not None else (self.world.staff(org) if org else self.world.people)
        surnames = {p.surname for p in self.cast.values()}
        for _ in range(60):
            p = self.rng.choice(pool) if pool else None
            if p is None:
                return None
            if (p.name in self.cast or p.surname in surnames or not self.fits(p.org)
                    or (foreign is not None and p.foreign != foreign) or (not_org and p.org == not_org)):
                continue
            self.cast[p.name] = p
            return p
        return None

    def pick_org(self, *, exclude: set[str]) -> Org | None:
        """An organization to be met as a whole."""
        for _ in range(60):
            org = self.rng.choice(self.world.orgs)
            if org.name not in exclude and self.fits(org):
                return org
        return None

    # --- rendering entities --------------------------------------------------------------------------------------

    def org(self, org: Org) -> str:
        """An organization's name; a foreign one's first mention often carries its Latin name."""
        rec = self.orgs.setdefault(org.name, {"name": org.name, "aliases": [], "kind": org.kind})
        if org.latin and org.name not in self._orgs_introduced and self.rng.random() < 0.6:
            self._orgs_introduced.add(org.name)
            if org.latin not in rec["aliases"]:
                rec["aliases"].append(org.latin)
            return f"{org.name}({org.latin})"
        self._orgs_introduced.add(org.name)
        return org.name

    def _record_person(self, p: Person) -> dict:
        self.cast[p.name] = p
        return self.people.setdefault(p.name, {"name": p.name, "aliases": [], "orgs": [p.org.name],
                                               "titles": p.titles})

    def _alias(self, p: Person, alias: str) -> None:
        rec = self._record_person(p)
        if alias not in rec["aliases"]:
            rec["aliases"].append(alias)

    def full(self, p: Person) -> str:
        """A person in apposition with organization and title, in one of the orders news articles use."""
        self._record_person(p)
        name = p.name
        if p.latin and p.name not in self._introduced and self.rng.random() < 0.6:
            name = f"{p.name}({p.latin})"
            self._alias(p, p.latin)
        self._introduced.add(p.name)
        org, title = self.org(p.org), p.title
        forms = [(5, f"{name} {org} {title}"), (2, f"{org} {name} {title}"), (0.6, f"{org}의 {name} {title}")]
        if p.foreign or p.title in ("CEO", "CTO", "CFO", "COO", "CSO", "창업자"):
            forms.append((2.5, f"{org} {title} {name}"))
        forms.append((0.5, josa(f"{org} {title}", "이") + f"기도 한 {name}" if title == "창업자" else
                      f"{org} {title}인 {name}"))
        return self.rng.choices([f for _, f in forms], weights=[w for w, _ in forms])[0]

    def coref(self, p: Person) -> str | None:
        """The short form "박 회장" / "코스타 CEO", recorded as an alias; None when the title has no such form."""
        if p.short_title is None or p.name not in self._introduced:
            return None
        form = f"{p.surname} {p.short_title}"
        self._alias(p, form)
        return form

    def ref(self, p: Person, *, coref_rate: float = 0.55) -> str:
        """A later mention: the short form, the name with its title, or the bare name; the full form if first."""
        if p.name not in self._introduced:
            return self.full(p)
        r = self.rng.random()
        if r < coref_rate and (form := self.coref(p)):
            return form
        if r < coref_rate + 0.25:
            return f"{p.name} {p.titles[-1]}"
        return p.name

    def topic(self, name: str) -> str:
        """A topic in running text; recorded in the gold (with the core topics it implies)."""
        if name not in self.topics:
            self.topics.append(name)
        for core in lx.NARROWER.get(name, ()):
            if core not in self.topics:
                self.topics.append(core)
        return self.rng.choice(lx.TOPIC_FORMS[name])

    def topics_phrase(self, k: int | None = None) -> tuple[str, list[str]]:
        """One or two of the article's topics as a phrase ("HBM과 파운드리") and their canonical names."""
        pool = self.narrower + self.cores
        k = k or self.rng.choice((1, 1, 2))
        chosen = self.rng.sample(pool, min(k, len(pool)))
        words = [self.topic(t) for t in chosen]
        phrase = words[0] if len(words) == 1 else josa(words[0], "과") + " " + words[1]
        return phrase, chosen

    def event(self) -> str:
        """A trade show or forum (names an extractor may take for an organization: optional in the gold)."""
        e = self.rng.choice(lx.EVENTS)
        self.optional_orgs.add(e)
        return e

    # --- meetings ------------------------------------------------------------------------------------------------

    def meeting(self, participants: list[Person], date: DateExpr, evidence: str, *, place: str | None = None,
                topics: list[str] | None = None, orgs_only: list[Org] | None = None, status: str = "held",
                attendees: list[Person] | None = None, construct: str = "") -> GoldMeeting:
        m = GoldMeeting([p.name for p in participants], [o.name for o in orgs_only or []], date, place,
                        list(topics or []), evidence, status, [p.name for p in attendees or []], construct)
        self.meetings.append(m)
        return m

    def gold(self) -> dict:
        """The gold record (without the article file name and metadata, added by the generator)."""
        return {"people": list(self.people.values()), "organizations": list(self.orgs.values()),
                "topics": list(self.topics), "meetings": [m.to_json() for m in self.meetings]}
