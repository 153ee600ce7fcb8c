"""Every export read back with the reader of the tool it is for: types, captions and multi-line text intact.

GraphML and GEXF with networkx's readers (Gephi's formats); neo4j-admin's CSV with a
reader that follows neo4j-admin's rules; RDF with rdflib and pyshacl; the n10s
script applied to the Turtle by tests/n10s_emulator.py on the ArcadeDB Bolt server.
"""
import csv
import json
import re
from collections import Counter
from importlib import resources

import networkx as nx
import pyshacl
import pytest
from rdflib import RDF, RDFS, Graph, Literal, URIRef
from rdflib.compare import to_isomorphic

from canbo.graph.facts import export_facts
from canbo.graph.n10s import N10S_LABELS, mappings, script
from canbo.graph.neo4j_import import export_neo4j_import
from canbo.graph.rdf_export import serialize, store_to_rdf
from canbo.graph.store import KgliteStore, Neo4jStore
from canbo.graph.views import to_networkx, write_for_tools
from canbo.ingest import ingest
from canbo.queries import all_queries
from canbo.vocab import CANBO, MODEL, ORG, SCHEMA, SKOS, XSD, ontology

from conftest import BOLT_PASSWORD, SEEDS, needs_shared
from n10s_emulator import N10s
from test_store import PARAMS

pytestmark = needs_shared
MULTILINE = 'dòng hai, có "ngoặc kép"; và dấu chấm phẩy'
AUTHORS = ['Lê "C", Phạm D', "Trần A; Lê B"]  # a list whose values hold `;`, `,` and quotes


@pytest.fixture(scope="module")
def seeds(tmp_path_factory):
    """The seeds in an embedded store, one post's sentence given a second line, quotes, a comma and a semicolon."""
    store = KgliteStore(tmp_path_factory.mktemp("exports") / "g.kgl", writable=True)
    ingest([SEEDS], store)
    store.write([("MATCH (x:Post) WITH x ORDER BY x.uri LIMIT 1 SET x.sentence = x.sentence + $more",
                  {"more": "\n" + MULTILINE})])
    store.write([("MATCH (a:Article) WITH a ORDER BY a.uri LIMIT 1 SET a.authors = $authors",
                  {"authors": AUTHORS})])
    yield store
    store.close()


def _relationships(graph: nx.MultiDiGraph, key: str) -> Counter:
    return Counter((s, a[key], o) for s, o, a in graph.edges(data=True))


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_graphml_and_gexf_read_back_with_types_captions_and_lines(seeds, tmp_path, fmt):
    full = to_networkx(seeds)
    path = tmp_path / f"g.{fmt}"
    write_for_tools(full, str(path), fmt)
    back = nx.read_graphml(path) if fmt == "graphml" else nx.read_gexf(path)
    assert back.is_directed()
    assert _relationships(back, "relationship") == _relationships(full, "type")  # GEXF kept every type
    assert all(a["label"] == a["relationship"] for _, _, a in back.edges(data=True))
    for node, attrs in full.nodes(data=True):
        read = back.nodes[node]
        assert read["label"] == str(attrs.get(MODEL.captions[attrs["type"]]) or node)  # every node its caption
        for k, v in attrs.items():
            assert read[k] == ("; ".join(v) if isinstance(v, list) else v), (node, k)
    persons = {a["label"] for _, a in back.nodes(data=True) if a["type"] == "Person"}
    assert "Sử Ngọc Anh" in persons
    assert any(MULTILINE in (a.get("sentence") or "") for _, a in back.nodes(data=True))


def read_neo4j_admin_csv(path, array_delimiter: str) -> tuple[list[dict], list[str]]:
    """Rows of a neo4j-admin CSV as it reads them: `name:type` headers, `,` between fields, `"` quotes (doubled
    inside), fields over several lines (--multiline-fields=true), the array delimiter between array values, an empty
    field absent."""
    convert = {"": str, "string": str, "long": int, "boolean": lambda v: v == "true"}
    with path.open(encoding="utf-8", newline="") as f:
        reader = csv.reader(f, delimiter=",", quotechar='"', doublequote=True)
        header = next(reader)
        rows = []
        for record in reader:
            row = {}
            for column, cell in zip(header, record, strict=True):
                name, _, kind = column.partition(":")
                if cell == "":
                    continue
                if kind.endswith("[]"):
                    row[name] = [convert[kind[:-2]](v) for v in cell.split(array_delimiter)]
                else:
                    row[name or kind] = convert.get(kind, str)(cell)
            rows.append(row)
    return rows, header


def test_neo4j_admin_csv_reads_back_with_types_arrays_and_lines(seeds, tmp_path):
    full = to_networkx(seeds)
    export_neo4j_import(seeds, tmp_path, "canbo-db")
    script_text = (tmp_path / "import.sh").read_text()
    assert "--multiline-fields=true" in script_text
    (code,) = re.findall(r"--array-delimiter=U\+([0-9A-F]{4}) ", script_text)  # neo4j-admin's way to name a character
    delimiter = chr(int(code, 16))
    assert re.search(r"import full canbo-db --", script_text)  # the database before the options (Neo4j 5.19 on)
    nodes = {}
    for path in sorted(tmp_path.glob("nodes-*.csv")):
        rows, header = read_neo4j_admin_csv(path, delimiter)
        label = path.stem.split("-", 1)[1]
        for column in header[1:-1]:
            name, _, kind = column.partition(":")
            prop = MODEL.keys_of(label)[name]
            expected = "string[]" if prop in MODEL.lists else {XSD.integer: "long", XSD.boolean: "boolean"}.get(
                MODEL.datatypes.get(prop), "")
            assert kind == expected, (label, column)
        for row in rows:
            nodes[row.pop("uri")] = row
    assert "aliases:string[]" in (tmp_path / "nodes-Directive.csv").read_text(encoding="utf-8").splitlines()[0]
    for node, attrs in full.nodes(data=True):
        expected = {k: v for k, v in attrs.items() if k != "type"}
        assert nodes[node] == {**expected, "LABEL": attrs["type"]}, node
    rels = Counter()
    for path in sorted(tmp_path.glob("rels-*.csv")):
        rows, header = read_neo4j_admin_csv(path, delimiter)
        assert header == [":START_ID(canbo)", ":END_ID(canbo)", ":TYPE"]
        rels.update((r["START_ID(canbo)"], r["TYPE"], r["END_ID(canbo)"]) for r in rows)
    assert rels == _relationships(full, "type")
    assert any(MULTILINE in (n.get("sentence") or "") for n in nodes.values())
    assert [n["authors"] for n in nodes.values() if n.get("LABEL") == "Article" and n.get("authors") == AUTHORS]


SHAPES = Graph().parse(data=resources.files("canbo").joinpath("shapes.ttl").read_text("utf-8"), format="turtle")


def test_rdf_export_passes_the_closed_shapes_and_carries_the_standard_terms(seeds):
    graph = store_to_rdf(seeds)
    ok, _, report = pyshacl.validate(graph, shacl_graph=SHAPES)
    assert ok, report
    holds = list(graph.subject_objects(CANBO.holds))
    assert holds and all((p, ORG.hasMembership, x) in graph and (x, ORG.member, p) in graph for p, x in holds)
    assert set(graph.subject_objects(CANBO.inBody)) == set(graph.subject_objects(ORG.organization))
    directive = next(d for d in graph.subjects(RDF.type, CANBO.Directive) if graph.value(d, SKOS.altLabel))
    aliases = to_networkx(seeds).nodes[str(directive)]["aliases"]
    assert sorted(str(a) for a in graph.objects(directive, SKOS.altLabel)) == sorted(aliases)  # one triple each
    dates = [o for o in graph.objects(None, SCHEMA.startDate)]
    assert dates and all(o.datatype in (XSD.date, XSD.gMonthDay) for o in dates)


def test_a_misspelled_property_fails_the_closed_shapes(seeds):
    graph = store_to_rdf(seeds)
    person = next(graph.subjects(RDF.type, SCHEMA.Person))
    graph.add((person, URIRef(str(SCHEMA) + "nmae"), Literal("x")))
    ok, _, _ = pyshacl.validate(graph, shacl_graph=SHAPES)
    assert not ok


def test_each_shape_allows_exactly_what_the_ontology_gives_its_class():
    sh = "http://www.w3.org/ns/shacl#"
    for shape in SHAPES.subjects(RDF.type, URIRef(sh + "NodeShape")):
        cls = SHAPES.value(shape, URIRef(sh + "targetClass"))
        assert SHAPES.value(shape, URIRef(sh + "closed")) == Literal(True), shape
        paths = {SHAPES.value(p, URIRef(sh + "path")) for p in SHAPES.objects(shape, URIRef(sh + "property"))}
        expected = {p for p, classes in MODEL.domains.items() if cls in classes}
        for prop in MODEL.rel_types:
            sources, targets = MODEL.ends[prop]
            if cls in sources:
                expected |= {prop, *MODEL.supers[prop]}
            if cls in targets:
                expected |= set(MODEL.inverses[prop])
        assert paths == expected, (cls, paths ^ expected)
    assert {SHAPES.value(s, URIRef(sh + "targetClass")) for s in SHAPES.subjects(RDF.type, URIRef(sh + "NodeShape"))} \
        == set(MODEL.labels)


def test_the_ontology_adds_no_domain_or_range_to_other_vocabularies():
    for predicate in (RDFS.domain, RDFS.range):
        for term in ontology().subjects(predicate, None):
            assert str(term).startswith(str(CANBO)), f"{term} {predicate}"


def test_json_ld_is_compacted_and_reads_back(seeds):
    graph = store_to_rdf(seeds)
    text = serialize(graph, "json-ld")
    doc = json.loads(text)
    assert doc["@context"]["schema"] == "https://schema.org/" and "@graph" in doc
    assert any("schema:name" in node for node in doc["@graph"])
    assert to_isomorphic(Graph().parse(data=text, format="json-ld")) == to_isomorphic(graph)


def _graph_of(store) -> tuple[dict, Counter]:
    nodes = {}
    for row in store.read("MATCH (n) RETURN n.uri AS uri, labels(n) AS labels, properties(n) AS props"):
        props = {k: sorted(v) if isinstance(v, list) else v for k, v in row["props"].items()}
        nodes[row["uri"]] = (sorted(row["labels"]), props)
    rels = Counter((r["s"], r["t"], r["o"]) for r in store.read(
        "MATCH (a)-[r]->(b) RETURN a.uri AS s, type(r) AS t, b.uri AS o"))
    return nodes, rels


def test_n10s_with_the_exported_mapping_gives_canbo_s_own_graph(seeds, bolt_uri):
    """The script of `canbo export n10s` applied to `canbo export rdf`'s Turtle (emulated n10s, real Cypher)."""
    names, renamed = mappings()
    assert len(set(names.values())) == len(names)  # n10s keeps one IRI per name
    turtle = serialize(store_to_rdf(seeds), "turtle")
    target = Neo4jStore(bolt_uri, "root", BOLT_PASSWORD, "canbo")
    try:
        target.write([("MATCH (n) DETACH DELETE n", {})])
        N10s(target).run(script(), {"file:///import/canbo.ttl": turtle}, {"rdf": "file:///import/canbo.ttl"})
        got_nodes, got_rels = _graph_of(target)
        full = to_networkx(seeds)
        want_nodes = {n: ([a["type"]], {**{k: sorted(v) if isinstance(v, list) else v for k, v in a.items()
                                          if k != "type"}, "uri": n}) for n, a in full.nodes(data=True)}
        assert got_nodes == want_nodes
        assert got_rels == _relationships(full, "type")
        assert not target.read(f"MATCH (n) WHERE n:{' OR n:'.join(N10S_LABELS)} RETURN n LIMIT 1")
        for name, query in all_queries().items():  # the query modules run, and answer as on canbo's own store
            bound = query.bind(PARAMS[name])
            expected = seeds.read(query.cypher, bound)
            assert expected and target.read(query.cypher, bound) == expected, name
        assert export_facts(target) == export_facts(seeds)
    finally:
        target.close()
