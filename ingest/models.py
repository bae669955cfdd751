"""The article graph: the single contract between extraction (`ingest/`) and the Neo4j writer (`graph/`).

`ingest` produces one `ArticleGraph` per article file; `graph` writes it and knows nothing else of Korean.
Every entity and meeting carries `Evidence`: the sentence and the character offsets in the article text that
support it, so each node and relationship in Neo4j can be traced back to its article and sentence.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

DatePrecision = Literal["day", "month", "year"]
MeetingStatus = Literal["held", "planned"]
OrgKind = Literal["company", "group", "government", "institution", "media", "other"]


class Model(BaseModel):
    """Base of every contract model: unknown fields are an error, not silently dropped."""

    model_config = ConfigDict(extra="forbid")


class Evidence(Model):
    """A span of the article text that supports a fact."""

    sentence: int = Field(ge=0, description="index into ArticleGraph.sentences")
    start: int = Field(ge=0, description="character offset in Article text, inclusive")
    end: int = Field(ge=0, description="character offset in Article text, exclusive")
    text: str = Field(description="the article text between start and end")


class Sentence(Model):
    """One sentence of the article, with its character offsets in the article text."""

    index: int = Field(ge=0)
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str


class Article(Model):
    """The article file and its metadata (from a sidecar, front matter or the text itself)."""

    path: str = Field(description="absolute path of the article file")
    content_hash: str = Field(description="sha256 hex of the decoded text and its metadata")
    title: str | None = None
    source: str | None = None
    published: dt.date | None = None
    url: str | None = None
    encoding: str = Field(default="utf-8", description="encoding the file was decoded from")
    reporters: list[str] = Field(default_factory=list, description="bylines: not people of the story")
    char_count: int = Field(default=0, ge=0)


class Affiliation(Model):
    """A person's role at an organization, as the article states it."""

    org: str = Field(description="canonical organization name")
    title: str | None = None


class Person(Model):
    """A person of the story (never a reporter)."""

    id: str = Field(description="article-local id, e.g. 'p1'")
    name: str = Field(description="canonical full name, Hangul when the article gives one")
    latin_name: str | None = Field(default=None, description="Latin-script form, e.g. 'Ana Quill'")
    aliases: list[str] = Field(default_factory=list, description="other surface forms, incl. '이 회장'")
    orgs: list[str] = Field(default_factory=list, description="canonical names of the person's organizations")
    titles: list[str] = Field(default_factory=list)
    affiliations: list[Affiliation] = Field(default_factory=list)
    mentions: list[Evidence] = Field(default_factory=list)


class Organization(Model):
    """An organization named in the article, under its canonical name."""

    id: str = Field(description="article-local id, e.g. 'o1'")
    name: str = Field(description="canonical name, e.g. '마이크로소프트'")
    aliases: list[str] = Field(default_factory=list, description="other names, e.g. 'MS', 'Microsoft'")
    kind: OrgKind = "company"
    mentions: list[Evidence] = Field(default_factory=list)


class Topic(Model):
    """A topic of the taxonomy mentioned in the article."""

    name: str = Field(description="canonical topic name from the taxonomy, e.g. '소버린 AI'")
    broader: list[str] = Field(default_factory=list, description="ancestors, nearest first: ['AI']")
    mentions: list[Evidence] = Field(default_factory=list)


class Meeting(Model):
    """A meeting the article reports: who met whom, when, where, about what."""

    id: str = Field(description="article-local id, e.g. 'm1'")
    participants: list[str] = Field(description="canonical names of the people who took part (attendees too)")
    attendees: list[str] = Field(default_factory=list, description="participants who sat in (배석), a subset")
    organizations: list[str] = Field(
        default_factory=list, description="organizations met as a whole, when no person of them is named"
    )
    date: str | None = Field(default=None, description="'YYYY-MM-DD', 'YYYY-MM' or 'YYYY'")
    date_precision: DatePrecision | None = None
    date_text: str | None = Field(default=None, description="the date expression as written, e.g. '지난 11일'")
    place: str | None = None
    topics: list[str] = Field(default_factory=list, description="canonical topic names")
    status: MeetingStatus = "held"
    evidence: list[Evidence] = Field(default_factory=list)


class ArticleGraph(Model):
    """Everything extracted from one article."""

    article: Article
    sentences: list[Sentence] = Field(default_factory=list)
    people: list[Person] = Field(default_factory=list)
    organizations: list[Organization] = Field(default_factory=list)
    topics: list[Topic] = Field(default_factory=list)
    meetings: list[Meeting] = Field(default_factory=list)
