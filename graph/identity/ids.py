"""The identifiers of persons and judgements.

A person is named after its smallest mention (the name and the article of it,
rules.Decision.person): the same articles give the same identifiers in every graph,
and adding an article that does not name a person leaves its identifier alone. A
judgement is named after what it says, who said it and when, so importing a log
twice adds nothing.
"""
from __future__ import annotations

from rdflib import URIRef

from ...loaders.rdf import digest
from ...vocab import DATA


def person_uri(name_key: str, article_key: str) -> URIRef:
    """The identifier of the person whose smallest mention is the name `name_key` in `article_key`."""
    return DATA[f"person/{digest(name_key, article_key)}"]


def judgement_uri(*parts: object) -> URIRef:
    return DATA[f"judgement/{digest(*parts)}"]


def short_id(uri: str) -> str:
    """The part of an identifier users type and the facts export gives: the hash after the last slash."""
    return uri.rsplit("/", 1)[-1]
