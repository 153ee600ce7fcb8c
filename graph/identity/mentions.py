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
    """A person as one article names them, before resolution."""

    uri: str  # the article-scoped identifier the loaders gave it
    key: str
    name: str
    evidence: Evidence


@dataclass(frozen=True)
class ArticleMentions:
    uri: str
    key: str
    mentions: tuple[Mention, ...]


def article_mentions(graph: Graph) -> ArticleMentions:
    """The article of one article's graph and the evidence each of its persons offers."""
    article = next(graph.subjects(RDF.type, SCHEMA.NewsArticle))
    bodies = {str(graph.value(b, CANBO.key)) for prop in (CANBO.inBody, CANBO.organizedBy)
              for b in graph.objects(None, prop)}
    setting = setting_of(bodies, {str(s) for s in graph.objects(None, CANBO.sentence)})
    mentions = []
    for p in sorted(graph.subjects(RDF.type, SCHEMA.Person), key=str):
        posts = set()
        for post in graph.objects(p, CANBO.holds):
            body = graph.value(post, CANBO.inBody)
            posts.add((str(graph.value(post, CANBO.title)), str(graph.value(body, CANBO.key)) if body else ""))
        mentions.append(Mention(str(p), str(graph.value(p, CANBO.key)), str(graph.value(p, SCHEMA.name)),
                                evidence(posts, setting)))
    return ArticleMentions(str(article), str(graph.value(article, CANBO.articleKey)), tuple(mentions))
