"""The property graph's schema, read from the ontology: what a researcher writing Cypher needs, without Turtle.

Each label with its keys (their value type, and the RDF property each stands for),
and each relationship type with the labels it leaves from and goes to, and what
it means. `canbo schema` prints it.
"""
from __future__ import annotations

from typing import Any

from rdflib import URIRef

from ..vocab import CANBO, MODEL, XSD, ontology

_TYPES: dict[URIRef | None, str] = {XSD.integer: "integer", XSD.boolean: "boolean", XSD.date: "date (YYYY-MM-DD)",
          CANBO.Day: "day (YYYY-MM-DD, or --MM-DD without a year)"}


def _name(term: URIRef) -> str:
    return ontology().namespace_manager.normalizeUri(term)


def _meaning(term: URIRef) -> str:
    return " ".join(MODEL.comments.get(term, "").split())


def label_rows() -> list[dict[str, Any]]:
    """One row per label and key (`uri`, every node's identifier, first)."""
    rows = []
    for cls, label in sorted(MODEL.labels.items(), key=lambda item: item[1]):
        rows.append({"label": label, "key": "uri", "type": "text", "rdf": "(the node's IRI)",
                     "meaning": _meaning(cls) + (" Shared by many articles." if label in MODEL.shared else "")})
        for k, prop in sorted(MODEL.keys_of(label).items()):
            kind = _TYPES.get(MODEL.datatypes.get(prop), "text")
            rows.append({"label": label, "key": k, "type": f"list of {kind}" if prop in MODEL.lists else kind,
                         "rdf": _name(prop), "meaning": _meaning(prop)})
    return rows


def relationship_rows() -> list[dict[str, Any]]:
    """One row per relationship type: its ends, its RDF property (and the standard ones it implies), its meaning."""
    rows = []
    for prop, rel in sorted(MODEL.rel_types.items(), key=lambda item: item[1]):
        sources, targets = MODEL.ends_of(rel)
        standard = [_name(p) for p in MODEL.supers[prop]] + [f"inverse {_name(p)}" for p in MODEL.inverses[prop]]
        rows.append({"type": rel, "from": "|".join(sources), "to": "|".join(targets),
                     "rdf": ", ".join([_name(prop)] + standard), "meaning": _meaning(prop)})
    return rows


def schema() -> dict[str, list[dict[str, Any]]]:
    return {"labels": label_rows(), "relationships": relationship_rows()}
