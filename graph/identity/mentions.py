"""What an article's persons offer the rules, read out of the article's RDF graph.

This runs in the ingest's worker processes, beside the mapping to rows. The
resolver reads the same evidence back out of the store for mentions written before
(resolver.STORED_MENTIONS): both read the posts (title, body) a person holds in the
article, the bodies the article names in posts and as organisers of events, and the
sentences its facts were read from, so a mention offers the same evidence whether it
was just read or read long ago.
"""
from __future__ import annotations

from dataclasses import dataclass

from rdflib import RDF, Graph

from ...vocab import CANBO, SCHEMA
from .rules import Evidence, evidence, setting_of


@dataclass(frozen=True)
class Mention:
    """A name as one article writes it, before resolution: one mention however many times the article names it."""

    persons: tuple[str, ...]  # the article-scoped persons the loaders gave it (two spellings of one name are two)
    key: str
    name: str
    evidence: Evidence


@dataclass(frozen=True)
class ArticleMentions:
    uri: str
    key: str
    mentions: tuple[Mention, ...]


def article_mentions(graph: Graph) -> ArticleMentions:
    """The article of one article's graph and the evidence each of the names it writes offers."""
    article = next(graph.subjects(RDF.type, SCHEMA.NewsArticle))
    bodies = {str(graph.value(b, CANBO.key)) for prop in (CANBO.inBody, CANBO.organizedBy)
              for b in graph.objects(None, prop)}
    setting = setting_of(bodies, {str(s) for s in graph.objects(None, CANBO.sentence)})
    found: dict[str, tuple[list[str], str, set[tuple[str, str]]]] = {}
    for p in sorted(graph.subjects(RDF.type, SCHEMA.Person), key=str):
        persons, _, posts = found.setdefault(str(graph.value(p, CANBO.key)), ([], str(graph.value(p, SCHEMA.name)), set()))
        persons.append(str(p))
        for post in graph.objects(p, CANBO.holds):
            body = graph.value(post, CANBO.inBody)
            posts.add((str(graph.value(post, CANBO.title)), str(graph.value(body, CANBO.key)) if body else ""))
    mentions = tuple(Mention(tuple(persons), k, name, evidence(posts, setting))
                     for k, (persons, name, posts) in sorted(found.items()))
    return ArticleMentions(str(article), str(graph.value(article, CANBO.articleKey)), mentions)
