"""Golden-file tests: the RDF of a seed article, compared as graphs (rdflib's to_isomorphic)."""
import os
from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.compare import graph_diff, to_isomorphic

from canbo.graph.mapping import to_rows
from canbo.loaders.extract import extract_text
from canbo.loaders.rdf import to_rdf

from conftest import SEEDS, needs_shared

GOLDEN = Path(__file__).parent / "golden"
SEED = "001_b9c9d44ee20505c9.txt"


def seed_graph(name: str) -> Graph:
    return to_rdf(extract_text(name, (SEEDS / name).read_text("utf-8")))


@needs_shared
def test_seed_rdf_matches_the_golden_file():
    """Set CANBO_REGEN_GOLDEN=1 to rewrite the golden file after an intended change, then review its diff."""
    got = seed_graph(SEED)
    if os.environ.get("CANBO_REGEN_GOLDEN"):
        (GOLDEN / (SEED + ".ttl")).write_text(got.serialize(format="turtle"), encoding="utf-8")
    expected = Graph().parse(GOLDEN / (SEED + ".ttl"))
    if to_isomorphic(got) != to_isomorphic(expected):
        _, only_expected, only_got = graph_diff(to_isomorphic(expected), to_isomorphic(got))
        pytest.fail("RDF differs from the golden file.\nmissing:\n"
                    + only_expected.serialize(format="nt") + "\nunexpected:\n" + only_got.serialize(format="nt"))


@needs_shared
def test_same_article_gives_the_same_triples():
    assert to_isomorphic(seed_graph(SEED)) == to_isomorphic(seed_graph(SEED))


def test_dates_are_typed():
    from rdflib.namespace import XSD

    from canbo.vocab import SCHEMA

    g = to_rdf(extract_text("t.txt", "Tin\n\nChiều 26/5, Thành ủy Hà Nội tổ chức Hội nghị quân sự."))
    (date,) = g.objects(None, SCHEMA.startDate)
    assert (str(date), date.datatype) == ("--05-26", XSD.gMonthDay)


@needs_shared
def test_mapping_gives_labelled_nodes_and_typed_relationships():
    rows = to_rows(seed_graph(SEED))
    assert {"Article", "Person", "Post", "Body", "Event", "Directive", "Participation", "Mention"} <= set(rows.nodes)
    assert ("CHAIRED", "Person", "Participation") in rows.rels
    assert ("IMPLEMENTS", "Event", "Directive") in rows.rels
    persons = rows.nodes["Person"]
    assert [p["props"]["name"] for p in persons] == ["Đoàn Đình Nguyên"]  # the byline is an author, not a person
    assert rows.nodes["Article"][0]["props"]["authors"] == ["Trần Vũ Tú Anh"]
