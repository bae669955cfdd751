"""What the pipeline components find, kept on the Doc as `doc._.ng` (plain dataclasses, cheap to build).

`Word` is an eojeol-like unit: a run of Kiwi morphemes between spaces or punctuation, split into its nominal
stem and its trailing particles (josa), with a parenthetical and quotes attached. Components add mentions,
people, organizations, dates, topics and meetings; `ingest.nlp.to_graph` turns the state into an ArticleGraph.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from spacy.tokens import Doc

NOMINAL = frozenset({"NNG", "NNP", "NNB", "NR", "NP", "SL", "SN", "SH", "XPN", "XSN", "XR"})
JOSA = frozenset({"JKS", "JKC", "JKG", "JKO", "JKB", "JKV", "JKQ", "JX", "JC"})
PUNCT = frozenset({"SF", "SP", "SSO", "SSC", "SE", "SO", "SW", "_SP"})


@dataclass(slots=True)
class Word:
    """A word of a sentence: nominal stem + particles, or a predicate, or one punctuation mark."""

    index: int
    start: int
    end: int
    stem_end: int
    text: str
    stem: str
    josa: str = ""
    jtags: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    forms: tuple[str, ...] = ()
    punct: bool = False
    predicate: bool = False
    lemma: str = ""
    oov: bool = False
    multi: str = ""
    paren: str = ""
    paren_start: int = -1
    paren_end: int = -1
    quote: int = -1
    plural: bool = False
    space_after: bool = True
    chrome: bool = False
    nominal: bool = False  # a noun phrase piece: not punctuation, not a predicate, with a stem


def new_word(start: int, end: int, stem_end: int, text: str, stem: str, tags: tuple[str, ...], forms: tuple[str, ...],
             *, josa: str = "", jtags: tuple[str, ...] = (), punct: bool = False, predicate: bool = False,
             lemma: str = "", oov: bool = False, multi: str = "", plural: bool = False, space_after: bool = True,
             nominal: bool = False) -> Word:
    """A word as the sentence builder makes it: index 0 until its sentence numbers the words, no parenthetical,
    quote or chrome yet. It hands Word its fields in their order: a call by keyword of the 23-field dataclass costs
    about twice as much (0.9 against 0.5 us), and an article builds about 380 words."""
    return Word(0, start, end, stem_end, text, stem, josa, jtags, tags, forms, punct, predicate, lemma, oov, multi,
                "", -1, -1, -1, plural, space_after, False, nominal)


@dataclass(slots=True)
class Sent:
    """One sentence (non-chrome) with its words, its paragraph and its kind."""

    index: int
    start: int
    end: int
    text: str
    para: int
    kind: str  # body | caption | headline | byline
    words: list[Word] = field(default_factory=list)


@dataclass(slots=True)
class OrgMention:
    """An organization named in a sentence; `org` is the canonical name."""

    sent: int
    first: int
    last: int
    start: int
    end: int
    org: str
    surface: str


@dataclass(slots=True)
class PersonMention:
    """A mention of a person (full name, apposition, or a short coreference form) in a sentence.

    `first..last` are word indexes of the whole noun phrase (name, organization and title); `josa` is the
    particle that ends it, so the meeting rules know its role.
    """

    sent: int
    first: int
    last: int
    name_start: int
    name_end: int
    name: str = ""
    latin: str = ""
    titles: list[str] = field(default_factory=list)
    orgs: list[str] = field(default_factory=list)
    short: str = ""  # "surname" | "family" | "pronoun" for coreference forms
    surface: str = ""
    josa: str = ""
    jtags: tuple[str, ...] = ()
    person: int = -1  # index into ArticleState.people once resolved
    reporter: bool = False


@dataclass(slots=True)
class PersonRec:
    """A person of the article: the cluster of its mentions."""

    name: str
    key: str
    latin: str = ""
    aliases: list[str] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    affiliations: list[tuple[str, str | None]] = field(default_factory=list)
    mentions: list[PersonMention] = field(default_factory=list)

    @property
    def orgs(self) -> list[str]:
        """Canonical organization names, in order of first mention."""
        return list(dict.fromkeys(org for org, _ in self.affiliations))

    @property
    def korean(self) -> bool:
        """True for a one-word Hangul name (surname + given name)."""
        return " " not in self.name and all("\uac00" <= ch <= "\ud7a3" for ch in self.name)


@dataclass(slots=True)
class OrgRec:
    """An organization of the article."""

    name: str
    kind: str = "company"
    aliases: list[str] = field(default_factory=list)
    mentions: list[OrgMention] = field(default_factory=list)


@dataclass(slots=True)
class DateExpr:
    """A date expression of a sentence, resolved against the publication date when there is one."""

    sent: int
    start: int
    end: int
    text: str
    value: str | None
    precision: str | None
    year: int | None = None
    month: int | None = None
    day: int | None = None
    report: bool = False  # the date of the report ("28일 업계에 따르면"), not of an event
    relative_day: int | None = None  # days from the day told before ("전날" -1, "이튿날" +1, "같은 날" 0)
    future: bool = False  # said in a sentence about what is to come
    span: bool = False  # the first day of a span ("20일부터 이틀간"): a meeting told with it has only its month


@dataclass(slots=True)
class TopicMention:
    """A taxonomy topic named in a sentence."""

    sent: int
    start: int
    end: int
    topic: str


@dataclass(slots=True)
class MeetingRec:
    """A meeting as the meeting rules build it, before merging and output."""

    participants: list[int]
    attendees: list[int] = field(default_factory=list)
    orgs: list[str] = field(default_factory=list)
    date: DateExpr | None = None
    soft: bool = True
    place: str | None = None
    topics: list[str] = field(default_factory=list)
    status: str = "held"
    distinct: bool = False  # told as another meeting than the ones around ("앞서", "처음", "다시"): no merging
    separate: bool = False  # told as held apart ("별도로", "따로"): merges only with a report of the same actors
    from_day: bool = False  # its day is the trip's first ("16일 도착해 A, B를 잇따라 만났다"): held then or later
    evidence: list[tuple[int, int, int]] = field(default_factory=list)  # (sentence, start, end)
    order: int = 0


@dataclass
class ArticleState:
    """Everything the components know about one article."""

    text: str
    published: dt.date | None = None
    source: str | None = None  # the outlet, from the metadata: a line that only names it is page chrome
    sents: list[Sent] = field(default_factory=list)
    reporters: list[str] = field(default_factory=list)
    standalone: frozenset[str] = frozenset()  # nouns used alone with a particle ("X는", "X의"): no given names
    short_surnames: frozenset[str] = frozenset()  # surnames used in short forms ("장 대표")
    titled: frozenset[str] = frozenset()  # words said right before a title ("피셔 회장"): family names
    org_mentions: list[OrgMention] = field(default_factory=list)
    orgs: dict[str, OrgRec] = field(default_factory=dict)
    person_mentions: list[PersonMention] = field(default_factory=list)
    people: list[PersonRec] = field(default_factory=list)
    dates: list[DateExpr] = field(default_factory=list)
    topic_mentions: list[TopicMention] = field(default_factory=list)
    meetings: list[MeetingRec] = field(default_factory=list)


if not Doc.has_extension("ng"):
    Doc.set_extension("ng", default=None)
if not Doc.has_extension("published"):
    Doc.set_extension("published", default=None)


def state_of(doc: Doc) -> ArticleState:
    """The state of a Doc, created on first use."""
    state = doc._.ng
    if state is None:
        state = ArticleState(text=doc.text, published=doc._.published)
        doc._.ng = state
    return state
