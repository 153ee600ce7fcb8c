"""The query modules: one Cypher file per question, with a header.

    // name: chairs-by-directive
    // description: Who chaired which event implementing which directive.
    // param: directive (key) Part of the directive's label.

A parameter marked `(key)` is folded like the names in the graph (lower case,
one tone-mark placement, no punctuation) before it is bound, so users can type
names as they write them. Every declared parameter is bound: a `(key)` one left
out is the empty string, which every key CONTAINS (so `WHERE x.key CONTAINS $p`
means "any" when it is left out, and the store can still plan from it; kglite
cannot from `$p IS NULL OR …`); any other left out is null.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from ..loaders.text import key

_HEADER = re.compile(r"^//\s*(name|description|param):\s*(.*)$")
_PARAM = re.compile(r"^(\w+)\s*(\(key\))?\s*(.*)$")


@dataclass(frozen=True)
class Param:
    name: str
    folded: bool
    description: str


@dataclass(frozen=True)
class Query:
    name: str
    description: str
    params: tuple[Param, ...]
    cypher: str

    def bind(self, values: dict[str, str]) -> dict[str, Any]:
        """Parameters for the store: every declared one, folded where the header says so."""
        unknown = set(values) - {p.name for p in self.params}
        if unknown:
            raise KeyError(f"query {self.name} takes no parameter {', '.join(sorted(unknown))}; "
                           f"it takes: {', '.join(p.name for p in self.params) or 'none'}")
        out: dict[str, Any] = {}
        for p in self.params:
            value = values.get(p.name)
            if value is not None and value.strip() == "":
                value = None
            out[p.name] = (key(value) if value is not None else "") if p.folded else value
        return out


    def page(self, limit: int | None, offset: int = 0) -> str:
        """The Cypher of one page of the answer: `limit` rows (None for all) after the first `offset`.

        A module ends with its ORDER BY, so pages follow one another in a stable order.
        """
        return (self.cypher + (f"\nSKIP {int(offset)}" if offset else "")
                + (f"\nLIMIT {int(limit)}" if limit is not None else ""))


def parse_query(text: str) -> Query:
    fields: dict[str, str] = {}
    params: list[Param] = []
    body: list[str] = []
    for line in text.splitlines():
        m = _HEADER.match(line.strip())
        if m and not body:
            if m.group(1) == "param":
                pm = _PARAM.match(m.group(2))
                if pm:
                    params.append(Param(pm.group(1), bool(pm.group(2)), pm.group(3).strip()))
            else:
                fields[m.group(1)] = m.group(2).strip()
        elif line.strip():
            body.append(line)
    return Query(fields.get("name", ""), fields.get("description", ""), tuple(params), "\n".join(body))


@cache
def all_queries() -> dict[str, Query]:
    """The query modules shipped in this folder, by name."""
    out = {}
    for entry in sorted(resources.files("canbo.queries").iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".cypher"):
            q = parse_query(entry.read_text("utf-8"))
            out[q.name or entry.name[:-7]] = q
    return out
