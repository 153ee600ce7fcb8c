"""Finding officials by name, the way users type them."""
from __future__ import annotations

from typing import Any

from ..loaders.text import key
from ..queries import all_queries
from .store import Store

MATCH_NAMES = "MATCH (p:Person) WHERE p.key = $name RETURN DISTINCT p.name AS name, p.key AS key"
CONTAINING_NAMES = "MATCH (p:Person) WHERE p.key CONTAINS $name RETURN DISTINCT p.name AS name, p.key AS key"


def matching_officials(store: Store, name: str) -> list[str]:
    """Folded keys of the officials a typed name means: the exact name if known, else every name containing it."""
    folded = key(name)
    if not folded:
        return []
    rows = store.read(MATCH_NAMES, {"name": folded}) or store.read(CONTAINING_NAMES, {"name": folded})
    return sorted({r["key"] for r in rows})


def roles(store: Store, name: str) -> dict[str, list[dict[str, Any]]]:
    """Every post of each official the name matches, by official; several matches are all listed."""
    query = all_queries()["official-posts"]
    out: dict[str, list[dict[str, Any]]] = {}
    for folded in matching_officials(store, name):
        rows = store.read(query.cypher, {"name": folded})
        if rows:
            out[rows[0]["name"]] = rows
        else:
            out.setdefault(folded, [])
    return out
