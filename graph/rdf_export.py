"""The store's graph back as RDF, through the same ontology mapping that wrote it.

Labels become classes, node properties datatype properties (told apart by the classes
they are used on), relationships object properties; ISO dates come back typed as
xsd:date or xsd:gMonthDay. The store is read once, as views.to_networkx reads it.
"""
from __future__ import annotations

import re

from rdflib import RDF, Graph, Literal, URIRef

from ..loaders.rdf import date_literal
from ..vocab import CANBO, DATA, DCTERMS, MODEL, ORG, PROV, SCHEMA, SKOS
from .store import Store
from .views import to_networkx

_DATE = re.compile(r"^(?:\d{4}|-)-\d{2}-\d{2}$")
_DATE_KEYS = {"date", "published", "issued"}


def store_to_rdf(store: Store) -> Graph:
    graph = Graph()
    for prefix, ns in (("canbo", str(CANBO)), ("org", ORG), ("schema", SCHEMA), ("prov", PROV), ("skos", SKOS),
                       ("dcterms", DCTERMS), ("id", DATA)):
        graph.bind(prefix, ns)
    network = to_networkx(store)
    for node, attrs in network.nodes(data=True):
        subject = URIRef(node)
        label = attrs["type"]
        graph.add((subject, RDF.type, MODEL.label_uri(label)))
        for k, prop in MODEL.keys_of(label).items():
            value = attrs.get(k)
            if value is None:
                continue
            if k in _DATE_KEYS and isinstance(value, str) and _DATE.match(value):
                graph.add((subject, prop, date_literal(value)))
            else:
                graph.add((subject, prop, Literal(value)))
    for source, target, attrs in network.edges(data=True):
        graph.add((URIRef(source), MODEL.property_for_type(attrs["type"]), URIRef(target)))
    return graph
