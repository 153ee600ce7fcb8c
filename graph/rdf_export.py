"""The store's graph back as RDF, through the same ontology mapping that wrote it.

Labels become classes, node properties datatype properties (told apart by their
rdfs:domain where several share a key), relationships object properties; ISO
dates come back typed as xsd:date or xsd:gMonthDay.
"""
from __future__ import annotations

import re

from rdflib import RDF, Graph, Literal, URIRef

from ..loaders.rdf import date_literal
from ..vocab import CANBO, DATA, DCTERMS, MODEL, ORG, PROV, SCHEMA, SKOS
from .store import Store

_DATE = re.compile(r"^(?:\d{4}|-)-\d{2}-\d{2}$")
_DATE_KEYS = {"date", "published", "issued"}


def store_to_rdf(store: Store) -> Graph:
    graph = Graph()
    for prefix, ns in (("canbo", str(CANBO)), ("org", ORG), ("schema", SCHEMA), ("prov", PROV), ("skos", SKOS),
                       ("dcterms", DCTERMS), ("id", DATA)):
        graph.bind(prefix, ns)
    for label in sorted(set(MODEL.labels.values())):
        cls = MODEL.label_uri(label)
        keys = MODEL.keys_of(label)
        columns = ", ".join(f"n.{k} AS {k}" for k in sorted(keys))
        for row in store.read(f"MATCH (n:{label}) RETURN n.uri AS uri, {columns}"):
            subject = URIRef(row["uri"])
            graph.add((subject, RDF.type, cls))
            for k, prop in keys.items():
                value = row[k]
                if value is None:
                    continue
                if k in _DATE_KEYS and isinstance(value, str) and _DATE.match(value):
                    graph.add((subject, prop, date_literal(value)))
                else:
                    graph.add((subject, prop, Literal(value)))
    for rel_type in sorted(set(MODEL.rel_types.values())):
        prop = MODEL.property_for_type(rel_type)
        for row in store.read(f"MATCH (a)-[:{rel_type}]->(b) RETURN a.uri AS s, b.uri AS o"):
            graph.add((URIRef(row["s"]), prop, URIRef(row["o"])))
    return graph
