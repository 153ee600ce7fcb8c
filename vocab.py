"""The ontology as Python: namespaces and the property-graph names, all read from ontology.ttl.

Nothing here lists a class or property by hand. `CANBO` is a closed namespace of
the terms ontology.ttl defines, so a typo fails at import, and `MODEL` tells the
graph layer which label, relationship type or property key each term becomes.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources

from rdflib import OWL, RDF, RDFS, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, PROV, SKOS, XSD, ClosedNamespace

ORG = Namespace("http://www.w3.org/ns/org#")
SCHEMA = Namespace("https://schema.org/")
ONTOLOGY_IRI = "https://w3id.org/canbo/ontology#"
#: Where the identifiers of the data live.
DATA = Namespace("https://w3id.org/canbo/id/")

__all__ = ["CANBO", "DATA", "DCTERMS", "MODEL", "ORG", "PROV", "SCHEMA", "SKOS", "XSD", "Model", "ontology"]


@cache
def ontology() -> Graph:
    """The parsed ontology.ttl shipped with the package."""
    graph = Graph()
    graph.parse(data=resources.files("canbo").joinpath("ontology.ttl").read_text("utf-8"), format="turtle")
    return graph


def _own_terms(graph: Graph) -> list[str]:
    return sorted({str(s)[len(ONTOLOGY_IRI):] for s in graph.subjects() if str(s).startswith(ONTOLOGY_IRI)})


CANBO = ClosedNamespace(ONTOLOGY_IRI, _own_terms(ontology()))


@dataclass(frozen=True)
class Model:
    """Property-graph names of the ontology's terms."""

    labels: dict[URIRef, str]
    rel_types: dict[URIRef, str]
    keys: dict[URIRef, str]
    domains: dict[URIRef, frozenset[URIRef]]  # datatype property -> classes it is used on
    ranges: dict[URIRef, URIRef]  # datatype property -> its XSD datatype, where not text
    lists: frozenset[URIRef]  # datatype properties whose key holds a list of values

    @classmethod
    def from_ontology(cls, graph: Graph) -> "Model":
        def annotated(kind: URIRef, annotation: URIRef) -> dict[URIRef, str]:
            return {
                s: str(v)
                for s in graph.subjects(RDF.type, kind)
                for v in graph.objects(s, annotation)
                if isinstance(s, URIRef) and isinstance(v, Literal)
            }

        return cls(
            labels=annotated(OWL.Class, CANBO.graphLabel),
            rel_types=annotated(OWL.ObjectProperty, CANBO.graphType),
            keys=annotated(OWL.DatatypeProperty, CANBO.graphKey),
            domains={p: frozenset(graph.objects(p, SCHEMA.domainIncludes))
                     for p in graph.subjects(RDF.type, OWL.DatatypeProperty)},
            ranges={p: r for p in graph.subjects(RDF.type, OWL.DatatypeProperty)
                    for r in graph.objects(p, RDFS.range) if isinstance(r, URIRef)},
            lists=frozenset(p for p in graph.subjects(RDF.type, OWL.DatatypeProperty)
                            if graph.value(p, CANBO.graphList) == Literal(True)),
        )

    def label_uri(self, label: str) -> URIRef:
        return next(c for c, name in self.labels.items() if name == label)

    def keys_of(self, label: str) -> dict[str, URIRef]:
        """The node properties a label carries, each with the datatype property it stands for."""
        cls = self.label_uri(label)
        return {k: p for p, k in self.keys.items() if cls in self.domains.get(p, ())}

    def property_for_type(self, rel_type: str) -> URIRef:
        return next(p for p, t in self.rel_types.items() if t == rel_type)


MODEL = Model.from_ontology(ontology())
