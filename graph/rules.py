"""The rules of entity and meeting resolution, on signatures and reports (pure; README, "Entity and meeting
resolution"). The global resolver (`graph.resolve`) and the writer's block resolution (`graph.block`) both use
them, so they cannot disagree.

- Organizations: two signatures are one organization when the name key of one equals the name key or an alias
  key of the other.
- People: two signatures are one person when a name key of one equals a name or alias key of the other, or their
  names are within one edit (keys of 4+ characters) and they share an organization key; either way their
  organizations must not contradict (both known and disjoint → different people).
- Clusters are the connected components of these pairwise matches.
- Meetings: see `cluster_reports`.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable
from dataclasses import dataclass
from typing import Generic, TypeVar

from graph.derived import NodeRef
from graph.keys import ReportedDate, dates_compatible, near_keys, near_match, precision_rank
from graph.mentions import MentionId, OrgSig, PersonSig, Spans

T = TypeVar("T", bound=Hashable)


class UnionFind(Generic[T]):
    """Disjoint sets over orderable items, deterministic whatever the union order."""

    def __init__(self, items: Iterable[T]) -> None:
        self.parent: dict[T, T] = {item: item for item in items}

    def find(self, item: T) -> T:
        """The representative of `item`'s set (the smallest item of the set)."""
        root = item
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[item] != root:
            self.parent[item], item = root, self.parent[item]
        return root

    def union(self, a: T, b: T) -> None:
        """Join the sets of `a` and `b`."""
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            lo, hi = (ra, rb) if ra < rb else (rb, ra)  # type: ignore[operator]
            self.parent[hi] = lo

    def groups(self) -> list[list[T]]:
        """The sets, each sorted, in order of their smallest item."""
        out: dict[T, list[T]] = defaultdict(list)
        for item in sorted(self.parent):  # type: ignore[type-var]
            out[self.find(item)].append(item)
        return [out[k] for k in sorted(out)]  # type: ignore[type-var]


def most_common(counts: Counter[str] | Iterable[str | None]) -> str | None:
    """The most frequent non-empty value, ties to the smallest; None when there is none."""
    if not isinstance(counts, Counter):
        counts = Counter(v for v in counts if v)
    live = [v for v, n in counts.items() if v and n > 0]
    if not live:
        return None
    return min(live, key=lambda v: (-counts[v], v))


# --- organizations -------------------------------------------------------------------------------------------

def cluster_orgs(sigs: Iterable[OrgSig]) -> list[list[OrgSig]]:
    """Connected components of the organization rule, each sorted, in order of their first signature."""
    unique = sorted(set(sigs))
    strong = {s.strong for s in unique}
    uf: UnionFind[str] = UnionFind(strong)
    for s in unique:
        for k in s.weak:
            if k in strong:
                uf.union(s.strong, k)
    by_root: dict[str, list[OrgSig]] = defaultdict(list)
    for s in unique:
        by_root[uf.find(s.strong)].append(s)
    return sorted(by_root.values())


def org_lookup_keys(sig: OrgSig) -> set[str]:
    """The index keys (see `OrgState.match_keys`) under which the clusters that may match `sig` are found."""
    return {f"os.{sig.strong}", f"ow.{sig.strong}", *(f"os.{k}" for k in sig.weak)}


# --- people --------------------------------------------------------------------------------------------------

def orgs_compatible(a: PersonSig, b: PersonSig) -> bool:
    """Organizations do not contradict: one side knows none, or they share one."""
    return not a.orgs or not b.orgs or not set(a.orgs).isdisjoint(b.orgs)


def people_match(a: PersonSig, b: PersonSig) -> bool:
    """The pairwise rule of person resolution (see the module docstring)."""
    if not orgs_compatible(a, b):
        return False
    a_strong, b_strong = set(a.strong), set(b.strong)
    if not a_strong.isdisjoint(b.strong) or not a_strong.isdisjoint(b.weak) or not b_strong.isdisjoint(a.weak):
        return True
    shares_org = bool(a.orgs) and not set(a.orgs).isdisjoint(b.orgs)
    return shares_org and any(near_match(x, y) for x in a.strong for y in b.strong)


def cluster_people(sigs: Iterable[PersonSig]) -> list[list[PersonSig]]:
    """Connected components of `people_match`, each sorted, in order of their first signature. Candidates come
    from an index of keys (name, alias) and near keys (`near_keys`), so only plausible pairs are compared."""
    unique = sorted(set(sigs))
    uf: UnionFind[int] = UnionFind(range(len(unique)))
    by_key: dict[str, list[int]] = defaultdict(list)
    by_near: dict[str, list[int]] = defaultdict(list)
    for i, s in enumerate(unique):
        for k in (*s.strong, *s.weak):
            by_key[k].append(i)
        for k in s.strong:
            for n in near_keys(k):
                by_near[n].append(i)
    for i, s in enumerate(unique):
        candidates = {j for k in s.strong for j in by_key.get(k, ())}
        candidates |= {j for k in s.strong for n in near_keys(k) for j in by_near.get(n, ())}
        for j in sorted(candidates):
            if j != i and uf.find(i) != uf.find(j) and people_match(s, unique[j]):
                uf.union(i, j)
    return [[unique[i] for i in group] for group in uf.groups()]


def person_lookup_keys(sig: PersonSig) -> set[str]:
    """The index keys (see `PersonState.match_keys`) under which the clusters that may match `sig` are found."""
    keys = {f"ps.{k}" for k in (*sig.strong, *sig.weak)} | {f"pw.{k}" for k in sig.strong}
    return keys | {f"pn.{n}" for k in sig.strong for n in near_keys(k)}


# --- meetings ------------------------------------------------------------------------------------------------

@dataclass
class Report:
    """One meeting as one article reports it, its parties resolved to node keys."""

    id: MentionId
    parties: frozenset[NodeRef]
    attendees: frozenset[NodeRef]
    date: ReportedDate | None
    date_text: str | None
    place: str | None
    status: str
    topics: list[str]
    spans: Spans
    helper: dict  # the article-local ids and topics, kept on REPORTED_IN for later resolutions

    def order(self) -> tuple:
        """Finest date first, then by date, article and id: the order in which reports form meetings."""
        return (precision_rank(self.date), self.date.iso() if self.date else "", self.id)


def parties_match(a: frozenset[NodeRef], b: frozenset[NodeRef]) -> bool:
    """Same parties, or the parties of one report are all at the other's meeting (two or more of them)."""
    return a == b or min(len(a), len(b)) >= 2 and (a <= b or b <= a)


def reports_match(a: Report, b: Report) -> bool:
    """Could two reports be of the same meeting? Matching parties and compatible dates."""
    return parties_match(a.parties, b.parties) and dates_compatible(a.date, b.date)


def cluster_reports(reports: list[Report]) -> list[list[Report]]:
    """Group reports into meetings: in `Report.order` (finest date first), each report joins the one meeting all
    of whose reports it matches, or starts its own when there is none or more than one (too vague to tell).

    A report only ever joins a meeting of reports it matches, so the meetings of a set of reports are those of
    its connected components under `reports_match`, each clustered on its own: the writer relies on this.
    """
    clusters: list[list[Report]] = []
    by_party: dict[NodeRef, set[int]] = defaultdict(set)
    for report in sorted(reports, key=Report.order):
        # A report matching this one has all its parties, or two or more of them (parties_match): a meeting it
        # can join holds at least min(2, number of parties) of them, which spares checking the many meetings of
        # one much-met party.
        need = min(2, len(report.parties))
        held = Counter(i for party in report.parties for i in by_party.get(party, ()))
        candidates = sorted(i for i, n in held.items() if n >= need)
        fits = [i for i in candidates if all(reports_match(report, other) for other in clusters[i])]
        if len(fits) == 1:
            index = fits[0]
            clusters[index].append(report)
        else:
            index = len(clusters)
            clusters.append([report])
        for party in report.parties:
            by_party[party].add(index)
    return clusters


def meeting_date(dates: list[ReportedDate | None]) -> tuple[ReportedDate | None, bool]:
    """The date a meeting's reports support, and whether they conflict (different days reported).

    Without conflict it is the finest reported date; with one, the month the days share.
    """
    known = sorted((d for d in dates if d), key=lambda d: (precision_rank(d), d))
    if not known:
        return None, False
    days = {d for d in known if d.precision == "day"}
    if len(days) > 1:
        return known[0].month_only(), True
    return known[0], False
