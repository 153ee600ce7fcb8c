"""Extraction -> RDF, under ontology.ttl, with deterministic identifiers.

Identifiers are hashes of what identifies a thing (the article's key; a body's or
directive's folded name; a fact's article, subject and sentence), so reading the
same article again yields the same triples. Persons are scoped to their article
here: which mentions across articles are the same official is a separate decision.
"""
from __future__ import annotations

import hashlib
import re

from rdflib import RDF, Graph, Literal, URIRef

from ..vocab import CANBO, DATA, DCTERMS, ORG, PREFIXES, SCHEMA, SKOS, XSD
from . import dates
from .bodies import parent_of, unresolved
from .facts import Event, Evidence, Extraction
from .gazetteer import gazetteer
from .text import key


def digest(*parts: object) -> str:
    """A short, stable hash of what identifies a thing: the local part of its identifier."""
    return hashlib.sha1("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()[:16]


def article_uri(article_key: str) -> URIRef:
    return DATA[f"article/{digest(article_key)}"]


def body_uri(name: str) -> URIRef:
    return DATA[f"body/{digest(key(name))}"]


def directive_uri(label: str, term: str | None = None) -> URIRef:
    """A document by its label, and by its term where known: numbers start again each term."""
    return DATA[f"directive/{digest(key(label))}" + (f"/{term}" if term else "")]


def known_document(label: str, issued: str | None) -> dict[str, str] | None:
    """The row of resolutions.tsv a label names: a plenum name always, a number only with its date of issue."""
    row = gazetteer().resolutions.get(key(label))
    if row is None:
        return None
    if key(label) == key(row["label"]) and key(label) != key(row["numbered"]):
        return row
    return row if issued == row["issued"] else None


def date_literal(value: str) -> Literal:
    """xsd:date for YYYY-MM-DD, xsd:gMonthDay for --MM-DD; ValueError for a day that does not exist.

    rdflib would keep the impossible day and log a traceback each time it meets it.
    """
    if not dates.is_day(dates.in_year(value, 2000) if value.startswith("--") else value):
        raise ValueError(f"no such day: {value}")
    return Literal(value, datatype=XSD.gMonthDay if value.startswith("--") else XSD.date)


class _Builder:
    def __init__(self, extraction: Extraction):
        self.x = extraction
        self.g = Graph(bind_namespaces="core")  # rdflib's default binds dozens of prefixes per graph
        for prefix, namespace in PREFIXES.items():
            self.g.bind(prefix, namespace)
        self.aid = digest(extraction.article.key)
        self.article = article_uri(extraction.article.key)
        self.order = 0

    def add(self, s, p, o) -> None:
        self.g.add((s, p, o))

    def fact(self, uri: URIRef, cls: URIRef, evidence: Evidence) -> URIRef:
        """A node that carries its provenance: the article and the sentence."""
        self.add(uri, RDF.type, cls)
        self.add(uri, CANBO.derivedFrom, self.article)
        self.add(uri, CANBO.sentence, Literal(evidence.sentence))
        self.add(uri, CANBO.start, Literal(evidence.start))
        self.add(uri, CANBO.end, Literal(evidence.end))
        self.add(uri, CANBO.order, Literal(self.order))
        self.order += 1
        return uri

    def named(self, uri: URIRef, cls: URIRef, name: str, prop: URIRef) -> URIRef:
        self.add(uri, RDF.type, cls)
        self.add(uri, prop, Literal(name))
        self.add(uri, CANBO.key, Literal(key(name)))
        return uri

    def body(self, name: str) -> URIRef:
        """A body, with the bodies it belongs to up to the Central Committee (org:subOrganizationOf)."""
        if unresolved(name):  # a bare "Quận ủy" of one article is not the bare "Quận ủy" of another
            uri = self.named(DATA[f"body/{self.aid}/{digest(key(name))}"], ORG.Organization, name, SKOS.prefLabel)
            self.add(uri, CANBO.unresolved, Literal(True))
        else:
            uri = self.named(body_uri(name), ORG.Organization, name, SKOS.prefLabel)
        parent = parent_of(name)
        if parent and key(parent) != key(name):
            self.add(uri, CANBO.partOf, self.body(parent))
        return uri

    def mention(self, target: URIRef, text: str, evidence: Evidence) -> URIRef:
        uri = self.fact(DATA[f"mention/{self.aid}/{digest(target, text)}"], CANBO.Mention, evidence)
        self.add(uri, CANBO.refersTo, target)
        self.add(uri, CANBO.text, Literal(text))
        return uri

    def build(self) -> Graph:
        a = self.x.article
        self.add(self.article, RDF.type, SCHEMA.NewsArticle)
        self.add(self.article, CANBO.articleKey, Literal(a.key))
        if a.title:
            self.add(self.article, SCHEMA.headline, Literal(a.title))
        if a.published:
            self.add(self.article, SCHEMA.datePublished, date_literal(a.published))
        for prop, value in ((SCHEMA.url, a.url), (CANBO.site, a.site)):
            if value:
                self.add(self.article, prop, Literal(value))
        for name in self.x.authors:
            self.add(self.article, SCHEMA.author, Literal(name))
        persons: dict[str, URIRef] = {}
        for person in self.x.persons:
            uri = self.named(DATA[f"person/{self.aid}/{digest(key(person.name))}"], SCHEMA.Person, person.name, SCHEMA.name)
            persons[person.name] = uri
            self.mention(uri, person.name, person.evidence[0])
            for post in person.posts:
                self.post(uri, person.name, post)
        for d in self.x.directives:
            mention = self.mention(self.directive(d), d.label, d.evidence)
            if d.issuer:  # what this article says of it, beside what the graph gathers on the directive
                self.add(mention, CANBO.issuerName, Literal(d.issuer))
            if d.issued:
                self.add(mention, DCTERMS.issued, date_literal(d.issued))
        for i, event in enumerate(self.x.events):
            self.event(i, event, persons)
        return self.g

    def directive(self, d) -> URIRef:
        """One node per document: a plenum resolution and its number are one (loaders/data/resolutions.tsv)."""
        known = known_document(d.label, d.issued)
        label = known["numbered"] if known else d.label
        uri = directive_uri(label, known["term"] if known else None)
        self.add(uri, RDF.type, CANBO.Directive)
        self.add(uri, SKOS.prefLabel, Literal(label))
        names = [label] + ([known["label"]] if known and known["label"] != label else [])
        self.add(uri, CANBO.key, Literal(key(" | ".join(names))))
        for alias in names[1:]:
            self.add(uri, SKOS.altLabel, Literal(alias))
        self.add(uri, CANBO.directiveKind, Literal(d.kind))
        numbered = re.match(r"\D*(\d+)", known["numbered"]) if known else None
        number = numbered.group(1) if numbered else d.number
        if number:
            self.add(uri, CANBO.number, Literal(number))
        code = d.code if not known else known["numbered"].rsplit(" ", 1)[-1].split("-", 1)[-1]
        if code:
            self.add(uri, CANBO.code, Literal(code))
        issuer = d.issuer or (known and known["issuer"])
        if issuer:
            self.add(uri, CANBO.issuedBy, self.body(issuer))
            self.add(uri, CANBO.issuerName, Literal(issuer))
        issued = d.issued or (known and known["issued"])
        if issued:
            self.add(uri, DCTERMS.issued, date_literal(issued))
        if known:
            self.add(uri, CANBO["term"], Literal(known["term"]))
        return uri

    def post(self, person: URIRef, name: str, post) -> None:
        uri = self.fact(DATA[f"post/{self.aid}/{digest(name, post.title, post.body, post.evidence.start)}"],
                        ORG.Membership, post.evidence)
        self.add(person, CANBO.holds, uri)
        self.add(uri, CANBO.title, Literal(post.title))
        self.add(uri, CANBO.former, Literal(post.former))
        role = self.named(DATA[f"role/{digest(key(post.title))}"], ORG.Role, post.title, SKOS.prefLabel)
        self.add(uri, CANBO.asRole, role)
        if post.body:
            self.add(uri, CANBO.inBody, self.body(post.body))
        date = self._fact_date()
        if date:
            self.add(uri, CANBO.date, date_literal(date))

    def _fact_date(self) -> str | None:
        return self.x.article.published  # a post read in an article is evidence on the day it was published

    def event(self, index: int, event: Event, persons: dict[str, URIRef]) -> None:
        uri = self.fact(DATA[f"event/{self.aid}/{index}"], SCHEMA.Event, event.evidence)
        self.add(uri, SCHEMA.name, Literal(event.name))
        self.add(uri, CANBO.key, Literal(key(event.name)))
        self.add(uri, CANBO.eventKind, Literal(event.kind))
        if event.date:
            self.add(uri, SCHEMA.startDate, date_literal(event.date))
        for body in event.organizers:
            self.add(uri, CANBO.organizedBy, self.body(body))
        issued = {d.label: d.issued for d in self.x.directives}
        for label in event.directives:
            known = known_document(label, issued.get(label))
            self.add(uri, CANBO.implements, directive_uri(known["numbered"], known["term"]) if known else directive_uri(label))
        for part, names, prop in (("chair", event.chairs, CANBO.chaired),
                                  ("participant", event.participants, CANBO.attended),
                                  ("speaker", event.speakers, CANBO.spokeAt)):
            for name in names:
                if name not in persons:
                    continue
                evidence = event.parts.get((name, part)) or event.parts.get((name, "speaker")) or event.evidence
                p = self.fact(DATA[f"participation/{self.aid}/{digest(index, name, part)}"], CANBO.Participation, evidence)
                self.add(p, CANBO.part, Literal(part))
                self.add(p, CANBO.inEvent, uri)
                self.add(persons[name], prop, p)


def to_rdf(extraction: Extraction) -> Graph:
    """The RDF graph of one article's facts."""
    return _Builder(extraction).build()
