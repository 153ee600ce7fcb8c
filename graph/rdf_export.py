"""The store's graph back as RDF, through the same ontology mapping that wrote it.

Labels become classes, node properties datatype properties (told apart by the classes
they are used on; a list becomes one triple per value), relationships object
properties. Values take the datatype the ontology gives their property
(canbo:graphDatatype): ISO dates come back as xsd:date, or xsd:gMonthDay for a day
without its year. Beside each canbo relationship stand the standard triples the
ontology says it implies (its rdfs:subPropertyOf and owl:inverseOf), so a tool that
knows W3C ORG, PROV, schema.org or Dublin Core and no canbo reads them:
`person canbo:holds post` comes with `person org:hasMembership post` and
`post org:member person`. The store is read once, as views.to_networkx reads it.
"""
from __future__ import annotations

import json
import re

from rdflib import RDF, Graph, Literal, URIRef

from ..loaders.rdf import date_literal
from ..vocab import CANBO, MODEL, PREFIXES, XSD
from .store import Store
from .views import to_networkx

_DAY = re.compile(r"^(?:\d{4}|-)-\d{2}-\d{2}$")


def literal(value: object, datatype: URIRef | None) -> Literal:
    """A property-graph value as the literal its property's datatype says (text where it says none)."""
    if datatype in (XSD.date, CANBO.Day):
        # xsd:date, or xsd:gMonthDay for a day without its year; what is not a day stays the text it is
        if isinstance(value, str) and _DAY.match(value):
            try:
                return date_literal(value)
            except ValueError:
                pass  # a day that does not exist (2026-02-29), in a graph written before ingest refused them
        return Literal(str(value))
    return Literal(value)


def store_to_rdf(store: Store) -> Graph:
    graph = Graph(bind_namespaces="core")
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace)
    network = to_networkx(store)
    for node, attrs in network.nodes(data=True):
        subject = URIRef(node)
        label = attrs["type"]
        graph.add((subject, RDF.type, MODEL.label_uri(label)))
        for k, prop in MODEL.keys_of(label).items():
            value = attrs.get(k)
            if value is None:
                continue
            for v in value if prop in MODEL.lists else [value]:
                graph.add((subject, prop, literal(v, MODEL.datatypes.get(prop))))
    for source, target, attrs in network.edges(data=True):
        prop = MODEL.property_for_type(attrs["type"])
        s, o = URIRef(source), URIRef(target)
        graph.add((s, prop, o))
        for standard in MODEL.supers[prop]:
            graph.add((s, standard, o))
        for inverse in MODEL.inverses[prop]:
            graph.add((o, inverse, s))
    return graph


def jsonld_context() -> dict[str, str]:
    """The @context of the JSON-LD export: canbo's prefixes, so keys read `schema:name`, not full IRIs."""
    return dict(PREFIXES)


def serialize(graph: Graph, fmt: str) -> str:
    """Turtle, N-Triples, or JSON-LD compacted with canbo's @context."""
    if fmt == "json-ld":
        context = jsonld_context()
        doc = json.loads(graph.serialize(format="json-ld", context=context, auto_compact=True))
        return json.dumps(doc, ensure_ascii=False, indent=1)
    return graph.serialize(format=fmt)
