"""The ontology as Python: namespaces and the property-graph names, all read from ontology.ttl.

Nothing here lists a class or property by hand. Every namespace is closed, so a
misspelled term fails at import: `CANBO` over the terms ontology.ttl defines, the
others over their vocabularies' terms as rdflib knows them. `MODEL` tells the
graph layer which label, relationship type or property key each term becomes.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources

from rdflib import OWL, RDF, RDFS, BNode, Graph, Literal, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.namespace import DCTERMS, ORG, PROV, SDO, SKOS, XSD as _XSD, ClosedNamespace

SCHEMA = ClosedNamespace(str(SDO), list(SDO.__annotations__))
XSD = ClosedNamespace(str(_XSD), list(_XSD.__annotations__))
ONTOLOGY_IRI = "https://w3id.org/canbo/ontology#"
#: Where the identifiers of the data live.
DATA = Namespace("https://w3id.org/canbo/id/")
#: Prefixes of the vocabularies canbo uses, for every RDF it writes.
PREFIXES = {"canbo": ONTOLOGY_IRI, "org": str(ORG), "schema": str(SDO), "prov": str(PROV), "skos": str(SKOS),
            "dcterms": str(DCTERMS), "xsd": str(_XSD), "id": str(DATA)}

__all__ = ["CANBO", "DATA", "DCTERMS", "MODEL", "ORG", "PREFIXES", "PROV", "SCHEMA", "SKOS", "XSD", "Model",
           "ontology"]


@cache
def ontology() -> Graph:
    """The parsed ontology.ttl shipped with the package."""
    graph = Graph()
    graph.parse(data=resources.files("canbo").joinpath("ontology.ttl").read_text("utf-8"), format="turtle")
    return graph


def _own_terms(graph: Graph) -> list[str]:
    return sorted({str(s)[len(ONTOLOGY_IRI):] for s in graph.subjects() if str(s).startswith(ONTOLOGY_IRI)})


CANBO = ClosedNamespace(ONTOLOGY_IRI, _own_terms(ontology()))


def _uris(nodes: Iterable[object]) -> list[URIRef]:
    """The IRIs among rdflib's nodes: the ontology names its terms by IRI, never by blank node."""
    return [n for n in nodes if isinstance(n, URIRef)]


def _classes(graph: Graph, node: object) -> frozenset[URIRef]:
    """A class, or the members of an owl:unionOf class."""
    if isinstance(node, BNode):
        members = graph.value(node, OWL.unionOf)
        return frozenset(c for c in Collection(graph, members) if isinstance(c, URIRef)) if members else frozenset()
    return frozenset({node}) if isinstance(node, URIRef) else frozenset()


@dataclass(frozen=True)
class Model:
    """Property-graph names of the ontology's terms, and what else the ontology says of them."""

    labels: dict[URIRef, str]  # class -> node label
    rel_types: dict[URIRef, str]  # object property -> relationship type
    keys: dict[URIRef, str]  # datatype property -> node property key
    domains: dict[URIRef, frozenset[URIRef]]  # datatype property -> classes it is used on
    datatypes: dict[URIRef, URIRef]  # datatype property -> its datatype, where not text
    lists: frozenset[URIRef]  # datatype properties whose key holds a list of values
    ends: dict[URIRef, tuple[frozenset[URIRef], frozenset[URIRef]]]  # object property -> (domain, range) classes
    supers: dict[URIRef, tuple[URIRef, ...]]  # object property -> the standard properties it specialises
    inverses: dict[URIRef, tuple[URIRef, ...]]  # object property -> the properties it is the inverse of
    shared: frozenset[str]  # labels whose nodes many articles share
    captions: dict[str, str]  # label -> the key that captions its nodes
    comments: dict[URIRef, str]  # term -> its rdfs:comment

    @classmethod
    def from_ontology(cls, graph: Graph) -> Model:
        def annotated(kind: URIRef, annotation: URIRef) -> dict[URIRef, str]:
            return {
                s: str(v)
                for s in graph.subjects(RDF.type, kind)
                for v in graph.objects(s, annotation)
                if isinstance(s, URIRef) and isinstance(v, Literal)
            }

        labels = annotated(OWL.Class, CANBO.graphLabel)
        keys = annotated(OWL.DatatypeProperty, CANBO.graphKey)
        rel_types = annotated(OWL.ObjectProperty, CANBO.graphType)
        datatype_properties = _uris(graph.subjects(RDF.type, OWL.DatatypeProperty))
        return cls(
            labels=labels,
            rel_types=rel_types,
            keys=keys,
            domains={p: frozenset(_uris(graph.objects(p, SCHEMA.domainIncludes))) for p in datatype_properties},
            datatypes={p: d for p in datatype_properties
                       for d in graph.objects(p, CANBO.graphDatatype) if isinstance(d, URIRef)},
            lists=frozenset(p for p in datatype_properties if graph.value(p, CANBO.graphList) == Literal(True)),
            ends={p: (_classes(graph, graph.value(p, RDFS.domain)), _classes(graph, graph.value(p, RDFS.range)))
                  for p in rel_types},
            supers={p: tuple(sorted(o for o in _uris(graph.transitive_objects(p, RDFS.subPropertyOf)) if o != p))
                    for p in rel_types},
            inverses={p: tuple(sorted(_uris(graph.objects(p, OWL.inverseOf)))) for p in rel_types},
            shared=frozenset(labels[c] for c in labels if graph.value(c, CANBO.graphShared) == Literal(True)),
            captions={labels[c]: keys[p] for c in labels for p in _uris(graph.objects(c, CANBO.graphCaption))},
            comments={s: str(o) for s, o in graph.subject_objects(RDFS.comment) if isinstance(s, URIRef)},
        )

    def label_uri(self, label: str) -> URIRef:
        return next(c for c, name in self.labels.items() if name == label)

    def keys_of(self, label: str) -> dict[str, URIRef]:
        """The node properties a label carries, each with the datatype property it stands for."""
        cls = self.label_uri(label)
        return {k: p for p, k in self.keys.items() if cls in self.domains.get(p, ())}

    def property_for_type(self, rel_type: str) -> URIRef:
        return next(p for p, t in self.rel_types.items() if t == rel_type)

    def ends_of(self, rel_type: str) -> tuple[list[str], list[str]]:
        """The labels a relationship type leaves from and goes to."""
        domain, range_ = self.ends[self.property_for_type(rel_type)]
        return sorted(self.labels[c] for c in domain), sorted(self.labels[c] for c in range_)


MODEL = Model.from_ontology(ontology())
