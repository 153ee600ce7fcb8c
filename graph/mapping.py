"""RDF -> property graph rows, named by ontology.ttl.

Each typed subject becomes a node (label from canbo:graphLabel, keyed by `uri`),
each datatype property a node property (canbo:graphKey), each object property a
relationship (canbo:graphType). Dates stay ISO strings ("2017-09-28",
"--09-28") so both stores hold the same values.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from rdflib import RDF, Graph, Literal, URIRef

from ..vocab import MODEL, Model


@dataclass
class Rows:
    """Nodes by label and relationships by (type, source label, target label)."""

    nodes: dict[str, list[dict]] = field(default_factory=lambda: defaultdict(list))
    rels: dict[tuple[str, str, str], list[dict]] = field(default_factory=lambda: defaultdict(list))

    def extend(self, other: Rows) -> None:
        for label, rows in other.nodes.items():
            self.nodes[label].extend(rows)
        for k, rows in other.rels.items():
            self.rels[k].extend(rows)

    def dedupe(self) -> None:
        """One row per node (properties gathered) and per relationship."""
        for label, rows in self.nodes.items():
            merged: dict[str, dict] = {}
            for row in rows:
                merged.setdefault(row["uri"], {"uri": row["uri"], "props": {}})["props"].update(row["props"])
            self.nodes[label] = list(merged.values())
        for k, rows in self.rels.items():
            self.rels[k] = [{"s": s, "o": o} for s, o in dict.fromkeys((r["s"], r["o"]) for r in rows)]

    def rename(self, mapping: dict[str, str]) -> None:
        """Give nodes new identifiers (a resolved person for an article's own), merging rows that meet."""
        if not mapping:
            return
        for label, rows in self.nodes.items():
            merged: dict[str, dict] = {}
            for row in rows:
                uri = mapping.get(row["uri"], row["uri"])
                merged.setdefault(uri, {"uri": uri, "props": {}})["props"].update(row["props"])
            self.nodes[label] = list(merged.values())
        for k, rows in self.rels.items():
            self.rels[k] = [{"s": mapping.get(r["s"], r["s"]), "o": mapping.get(r["o"], r["o"])} for r in rows]

    @property
    def node_count(self) -> int:
        return sum(len(v) for v in self.nodes.values())

    @property
    def rel_count(self) -> int:
        return sum(len(v) for v in self.rels.values())


def value_of(literal: Literal) -> object:
    """A literal as a value both stores keep alike: bool, int, float or str."""
    value = literal.toPython()
    if isinstance(value, (bool, int, float, str)):
        return value
    return str(literal)


def _order(triple: tuple) -> tuple[str, str, str]:
    return str.__str__(triple[0]), str.__str__(triple[1]), str.__str__(triple[2])  # as text: rdflib's ordering is slow


def to_rows(graph: Graph, model: Model = MODEL) -> Rows:
    labels: dict[URIRef, str] = {}
    for s, cls in graph.subject_objects(RDF.type):
        if isinstance(s, URIRef) and isinstance(cls, URIRef) and cls in model.labels:
            labels[s] = model.labels[cls]
    props: dict[URIRef, dict] = {s: {} for s in labels}
    rows = Rows()
    for s, p, o in sorted(graph, key=_order):
        if not isinstance(s, URIRef) or not isinstance(p, URIRef) or s not in labels or p == RDF.type:
            continue
        if isinstance(o, Literal) and p in model.keys:
            if p in model.lists:
                props[s].setdefault(model.keys[p], []).append(value_of(o))
            else:
                props[s].setdefault(model.keys[p], value_of(o))
        elif isinstance(o, URIRef) and p in model.rel_types and o in labels:
            rows.rels[(model.rel_types[p], labels[s], labels[o])].append({"s": str(s), "o": str(o)})
    for s, label in labels.items():
        rows.nodes[label].append({"uri": str(s), "props": props[s]})
    return rows
