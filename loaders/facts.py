"""What extraction reads out of one article, before it becomes RDF.

Plain dataclasses: the extractor fills them, `rdf.py` turns them into triples and
`canbo explain` prints them beside their sentences.
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Evidence:
    """The sentence a fact was read from, with its offsets in the article's NFC text."""

    start: int
    end: int
    sentence: str


@dataclass
class Article:
    """One article: where it came from, its page furniture read out, and its text."""

    key: str  # file name or URL, as the facts export names it
    text: str  # NFC text every offset refers to
    title: str = ""
    published: str | None = None  # ISO date
    author: str | None = None
    url: str | None = None
    site: str | None = None  # site tag such as WEBGOVAP
    body_start: int = 0  # where the body begins (after title and date lines)
    body_end: int | None = None  # where the page furniture after the body begins
    notes: list[str] = field(default_factory=list)  # what reading repaired (bytes replaced, controls removed)


@dataclass
class Post:
    title: str
    body: str | None
    evidence: Evidence
    former: bool = False


@dataclass
class Person:
    name: str
    evidence: list[Evidence] = field(default_factory=list)
    posts: list[Post] = field(default_factory=list)


@dataclass
class Directive:
    label: str
    kind: str
    evidence: Evidence
    number: str | None = None
    code: str | None = None
    issuer: str | None = None
    issued: str | None = None


@dataclass
class Event:
    kind: str
    name: str
    date: str | None
    evidence: Evidence
    organizers: list[str] = field(default_factory=list)
    chairs: list[str] = field(default_factory=list)
    participants: list[str] = field(default_factory=list)
    speakers: list[str] = field(default_factory=list)
    directives: list[str] = field(default_factory=list)
    # evidence of each person's part, by (name, part)
    parts: dict[tuple[str, str], Evidence] = field(default_factory=dict)


@dataclass
class Extraction:
    article: Article
    persons: list[Person] = field(default_factory=list)
    directives: list[Directive] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    # who wrote the article or took its photos (bylines, credits, "Theo X"): not persons it reports on
    authors: list[str] = field(default_factory=list)

    def person(self, name: str) -> Person | None:
        return next((p for p in self.persons if p.name == name), None)
