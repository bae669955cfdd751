"""The resolution state a Person or Organization node keeps, so that a write never rereads the other articles.

A node's `state` property (JSON) holds what its mentions contributed, as counts: the distinct signatures
(`graph.mentions`) and how many mentions have each, the names and forms used, and for people their
organizations and titles. Resolution only needs the distinct signatures; the node's properties (name, aliases,
kind, Latin name, main organization, titles) are the most frequent values of these counts. Adding an article
adds its mentions' counts, removing it subtracts exactly those: the state, like everything else, is a
function of the set of loaded articles.

`match_keys` (indexed by the full-text index `resolution_keys`, keyword analyzer) are the keys a new mention looks
its candidate clusters up by: `os.`/`ow.` name and alias keys of organizations; `ps.`/`pw.` name and alias keys
of people and `pn.` their near keys (`graph.keys.near_keys`).
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from graph.keys import near_keys, org_name_key, person_name_key
from graph.mentions import OrgMention, OrgSig, PersonMention, PersonSig
from graph.rules import most_common


def _bump(counter: Counter, key: Any, n: int) -> None:
    value = counter[key] + n
    if value < 0:
        raise ValueError(f"resolution state would count {key!r} below zero")
    if value:
        counter[key] = value
    else:
        del counter[key]


def _dump(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _top_name(names: Counter[str]) -> str:
    """The most frequent non-empty name; '' when only empty names were given."""
    return most_common(names) or ""


@dataclass
class OrgState:
    """What an Organization node's mentions contributed (see the module docstring)."""

    sigs: Counter[OrgSig] = field(default_factory=Counter)
    names: Counter[str] = field(default_factory=Counter)
    forms: Counter[str] = field(default_factory=Counter)
    kinds: Counter[str] = field(default_factory=Counter)

    def add(self, m: OrgMention, n: int = 1) -> None:
        """Count one mention in (n=1) or out (n=-1)."""
        _bump(self.sigs, m.sig, n)
        _bump(self.names, m.name, n)
        for form in {m.name, *m.aliases}:
            _bump(self.forms, form, n)
        _bump(self.kinds, m.kind, n)

    def absorb(self, other: OrgState) -> None:
        """Add every count of `other`."""
        for mine, theirs in ((self.sigs, other.sigs), (self.names, other.names), (self.forms, other.forms),
                             (self.kinds, other.kinds)):
            for k, v in theirs.items():
                _bump(mine, k, v)

    @property
    def empty(self) -> bool:
        """True when no mention is left."""
        return not self.sigs

    def name(self) -> str:
        """The most frequent name."""
        return _top_name(self.names)

    def key(self) -> str:
        """The node key: the key of the name (unique, since a name key belongs to one cluster)."""
        return org_name_key(self.name())

    def props(self) -> dict[str, Any]:
        """The node's properties, helpers included."""
        name = self.name()
        kind = most_common(Counter({k: v for k, v in self.kinds.items() if k != "other"})) or "other"
        return {"key": self.key(), "name": name, "aliases": sorted(f for f in self.forms if f != name), "kind": kind,
                "match_keys": self.match_keys(), "state": self.to_json()}

    def match_keys(self) -> list[str]:
        """Index keys: `os.` name keys, `ow.` alias keys."""
        return sorted({f"os.{s.strong}" for s in self.sigs} | {f"ow.{w}" for s in self.sigs for w in s.weak})

    def to_json(self) -> str:
        """The state as stored on the node."""
        return _dump({"sigs": sorted([s.strong, list(s.weak), n] for s, n in self.sigs.items()),
                      "names": self.names, "forms": self.forms, "kinds": self.kinds})

    @classmethod
    def from_json(cls, text: str) -> OrgState:
        """The state stored on a node."""
        data = json.loads(text)
        return cls(Counter({OrgSig(s, tuple(w)): n for s, w, n in data["sigs"]}), Counter(data["names"]),
                   Counter(data["forms"]), Counter(data["kinds"]))


@dataclass
class PersonState:
    """What a Person node's mentions contributed (see the module docstring). `orgs` counts, per name key of an
    organization, the (mention, organization) pairs that name it; `titles` the titles given there."""

    sigs: Counter[PersonSig] = field(default_factory=Counter)
    names: Counter[str] = field(default_factory=Counter)
    latins: Counter[str] = field(default_factory=Counter)
    forms: Counter[str] = field(default_factory=Counter)
    orgs: Counter[str] = field(default_factory=Counter)
    titles: dict[str, Counter[str]] = field(default_factory=dict)

    def add(self, m: PersonMention, n: int = 1) -> None:
        """Count one mention in (n=1) or out (n=-1)."""
        _bump(self.sigs, m.sig, n)
        _bump(self.names, m.name, n)
        if m.latin_name:
            _bump(self.latins, m.latin_name, n)
        for form in {f for f in (m.name, m.latin_name, *m.aliases) if f}:
            _bump(self.forms, form, n)
        for org_name, org in zip(m.org_names, m.orgs, strict=True):
            _bump(self.orgs, org, n)
            titles = self.titles.setdefault(org, Counter())
            for title in m.titles.get(org_name, []):
                _bump(titles, title, n)
            if not titles:
                del self.titles[org]

    def absorb(self, other: PersonState) -> None:
        """Add every count of `other`."""
        for mine, theirs in ((self.sigs, other.sigs), (self.names, other.names), (self.latins, other.latins),
                             (self.forms, other.forms), (self.orgs, other.orgs)):
            for k, v in theirs.items():
                _bump(mine, k, v)
        for org, titles in other.titles.items():
            for t, v in titles.items():
                _bump(self.titles.setdefault(org, Counter()), t, v)

    @property
    def empty(self) -> bool:
        """True when no mention is left."""
        return not self.sigs

    def name(self) -> str:
        """The most frequent name."""
        return _top_name(self.names)

    def main_org(self, org_key_of: dict[str, str]) -> str | None:
        """The key of the organization node named most often (ties: the smallest key); `org_key_of` maps the name
        key of each of this person's organizations to the key of its Organization node."""
        return most_common(self.org_counts(org_key_of))

    def org_counts(self, org_key_of: dict[str, str]) -> Counter[str]:
        """Mentions per Organization node key."""
        out: Counter[str] = Counter()
        for org, n in self.orgs.items():
            out[org_key_of[org]] += n
        return out

    def base_key(self, org_key_of: dict[str, str]) -> str:
        """The node key before disambiguation: name key and main organization's key, '|'-separated."""
        return f"{person_name_key(self.name())}|{self.main_org(org_key_of) or ''}"

    def props(self, key: str) -> dict[str, Any]:
        """The node's properties with this key, helpers included."""
        name = self.name()
        return {"key": key, "name": name, "latin_name": most_common(self.latins),
                "aliases": sorted(f for f in self.forms if f != name), "match_keys": self.match_keys(),
                "state": self.to_json()}

    def titles_at(self, orgs: list[str]) -> Counter[str]:
        """The titles given at these organization name keys (one Organization node)."""
        out: Counter[str] = Counter()
        for org in orgs:
            out.update(self.titles.get(org, Counter()))
        return out

    def match_keys(self) -> list[str]:
        """Index keys: `ps.` name keys, `pw.` alias keys, `pn.` near keys of names."""
        keys = {f"ps.{k}" for s in self.sigs for k in s.strong} | {f"pw.{k}" for s in self.sigs for k in s.weak}
        return sorted(keys | {f"pn.{n}" for s in self.sigs for k in s.strong for n in near_keys(k)})

    def to_json(self) -> str:
        """The state as stored on the node."""
        return _dump({"sigs": sorted([list(s.strong), list(s.weak), list(s.orgs), n] for s, n in self.sigs.items()),
                      "names": self.names, "latins": self.latins, "forms": self.forms, "orgs": self.orgs,
                      "titles": self.titles})

    @classmethod
    def from_json(cls, text: str) -> PersonState:
        """The state stored on a node."""
        data = json.loads(text)
        return cls(Counter({PersonSig(tuple(s), tuple(w), tuple(o)): n for s, w, o, n in data["sigs"]}),
                   Counter(data["names"]), Counter(data["latins"]), Counter(data["forms"]), Counter(data["orgs"]),
                   {k: Counter(v) for k, v in data["titles"].items()})
