"""The ontology is the one source of names: labels, relationship types and keys come from it."""
import pytest
from rdflib import URIRef

from canbo.vocab import CANBO, MODEL, ORG, SCHEMA


def test_labels_and_types_are_read_from_the_ontology():
    assert MODEL.labels[SCHEMA.Person] == "Person"
    assert MODEL.labels[ORG.Organization] == "Body"
    assert MODEL.rel_types[CANBO.chaired] == "CHAIRED"
    assert MODEL.rel_types[CANBO.implements] == "IMPLEMENTS"


def test_the_namespace_is_closed_over_the_ontology():
    with pytest.raises(AttributeError):
        CANBO.chairedBy  # noqa: B018


def test_keys_shared_by_two_properties_are_told_apart_by_class():
    assert MODEL.keys_of("Event")["date"] == SCHEMA.startDate
    assert MODEL.keys_of("Post")["date"] == CANBO.date
    assert MODEL.keys_of("Article")["title"] == SCHEMA.headline
    assert "title" not in MODEL.keys_of("Person")


def test_every_label_and_type_is_unique():
    assert len(set(MODEL.labels.values())) == len(MODEL.labels)
    assert len(set(MODEL.rel_types.values())) == len(MODEL.rel_types)
    assert all(isinstance(k, URIRef) for k in MODEL.labels)
