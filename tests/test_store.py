"""The two stores behind one interface: same writes, same answers, article-scoped replacement."""
import json

import pytest

from canbo.graph.facts import export_facts
from canbo.graph.store import KgliteStore, StoreError
from canbo.ingest import ingest
from canbo.queries import all_queries

from conftest import GOLD, SEEDS, needs_shared

pytestmark = needs_shared

# A parameter for each query module, chosen so that every module returns rows on the seeds.
PARAMS = {
    "chairs-by-directive": {"directive": "05-CT/TW"},
    "official-posts": {"name": "Sử Ngọc Anh"},
    "body-events": {"body": "Quận ủy"},
    "event-directives": {"event": "giao ban"},
    "directive-links": {"directive": "05-CT/TW"},
    "co-attendees": {"name": "sử ngọc anh"},
    "directive-reach": {"directive": "CT/TW"},
}


def counts(store) -> dict:
    return {r["label"]: r["n"] for r in store.read(
        "MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS n ORDER BY label")}


def test_every_query_module_has_a_test_parameter():
    assert set(PARAMS) == set(all_queries())


def test_ingest_then_the_chair_directive_question(store):
    report = ingest([SEEDS], store)
    assert (report.articles, report.persons) == (5, 9)
    query = all_queries()["chairs-by-directive"]
    rows = store.read(query.cypher, query.bind(PARAMS["chairs-by-directive"]))
    assert {"chair": "Đoàn Đình Nguyên", "date": "2017-09-28", "directive": "Chỉ thị 05-CT/TW"}.items() <= rows[0].items()


def test_reingest_changes_nothing(store):
    ingest([SEEDS], store)
    before, facts = counts(store), export_facts(store)
    ingest([SEEDS], store)
    assert counts(store) == before
    assert export_facts(store) == facts


def test_changed_article_replaces_only_its_own_facts(store, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for seed in sorted(SEEDS.iterdir())[:2]:
        (folder / seed.name).write_text(seed.read_text("utf-8"), "utf-8")
    ingest([folder], store)
    first = {a["article"]: a for a in export_facts(store)["articles"]}
    changed = sorted(folder.iterdir())[1]
    changed.write_text(changed.read_text("utf-8").replace("Đoàn Đình Nguyên", "Đoàn Đình Nguyễn"), "utf-8")
    ingest([folder], store)
    second = {a["article"]: a for a in export_facts(store)["articles"]}
    unchanged = sorted(folder.iterdir())[0].name
    assert second[unchanged] == first[unchanged]
    assert [p["name"] for p in second[changed.name]["persons"]][0] == "Đoàn Đình Nguyễn"
    assert store.read("MATCH (p:Person {name: 'Đoàn Đình Nguyên'}) RETURN count(p) AS n") == [{"n": 0}]


def test_export_scores_on_the_seeds_gold(store):
    import importlib.util

    spec = importlib.util.spec_from_file_location("score", GOLD.parent / "score.py")
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    ingest([SEEDS], store)
    result = score.score(json.loads((GOLD / "seeds.json").read_text("utf-8")), export_facts(store))
    assert result["macro_f1"] >= 0.85


def test_a_failed_write_changes_nothing(store):
    ingest([SEEDS], store)
    before = counts(store)
    with pytest.raises(StoreError):
        store.write([("MATCH (n:Person) DETACH DELETE n", {}), ("THIS IS NOT CYPHER", {})])
    assert counts(store) == before


def test_a_write_gives_the_rows_of_its_last_statement(store):
    store.ensure_schema()
    rows = store.write([("CREATE (b:Body {uri: 'urn:a', name: 'A'})", {}),
                        ("CREATE (b:Body {uri: 'urn:b', name: 'B'}) RETURN b.name AS name", {})])
    assert rows == [{"name": "B"}]
    assert store.write([("MATCH (b:Body) DETACH DELETE b", {})]) == []


def test_reading_a_missing_embedded_store_says_what_to_do(tmp_path):
    with pytest.raises(StoreError, match="canbo ingest"):
        KgliteStore(tmp_path / "none.kgl", writable=False)


def test_a_key_parameter_left_out_means_any(store):
    ingest([SEEDS], store)
    q = all_queries()["chairs-by-directive"]
    every = store.read(q.cypher, q.bind({}))
    one = store.read(q.cypher, q.bind(PARAMS["chairs-by-directive"]))
    assert q.bind({}) == {"directive": ""}
    assert one and len(every) > len(one) and all(row in every for row in one)
    labels = {r["label"] for r in store.read("MATCH (d:Directive)<-[:IMPLEMENTS]-(:Event)<-[:IN_EVENT]-(:Participation)"
                                             "<-[:CHAIRED]-(:Person) RETURN DISTINCT d.name AS label")}
    assert {r["directive"] for r in every} == labels


def test_queries_answer_alike_on_both_stores(store, tmp_path):
    """Each query module on this store gives the rows it gives on the embedded store."""
    ingest([SEEDS], store)
    reference = KgliteStore(tmp_path / "reference.kgl", writable=True)
    ingest([SEEDS], reference)
    for name, query in all_queries().items():
        params = query.bind(PARAMS[name])
        rows = store.read(query.cypher, params)
        assert rows, name
        assert rows == reference.read(query.cypher, params), name
    assert export_facts(store) == export_facts(reference)
    reference.close()


def test_neo4j_has_text_indexes_for_lookups_by_part_of_a_name(bolt_uri):
    """Every label with a folded `key` (Event included) gets a TEXT index beside its range index: Neo4j
    serves `key CONTAINS $name` from a TEXT index only. ArcadeDB accepts both statements and keeps one
    index per label and key; kglite has no TEXT index (its CONTAINS scans)."""
    from canbo.graph.store import Neo4jStore, schema_statements
    from canbo.vocab import MODEL

    from conftest import BOLT_PASSWORD

    labels = {label for label in MODEL.labels.values() if "key" in MODEL.keys_of(label)}
    assert {"Person", "Body", "Directive", "Event"} <= labels
    statements = schema_statements()
    for label in labels:
        assert (f"CREATE TEXT INDEX canbo_{label.lower()}_key_text IF NOT EXISTS FOR (n:{label}) ON (n.key)"
                in statements)
    store = Neo4jStore(bolt_uri, "root", BOLT_PASSWORD, "canbo")
    try:
        store.ensure_schema()
        indexed = {(tuple(row["labelsOrTypes"] or ()), tuple(row["properties"] or ())) for row in store.read("SHOW INDEXES")}
    finally:
        store.close()
    assert {((label,), ("key",)) for label in labels} <= indexed
    assert not any("TEXT INDEX" in s for s in schema_statements(text_indexes=False))


def test_no_node_carries_a_property_the_ontology_does_not_give_its_label(store):
    """Every key a node holds is one of its label's. kglite adds `id`, `type` and `title` of its own to every node:
    they are its uri, its label and its caption (canbo:graphCaption), never a made-up value such as a URI."""
    from canbo.vocab import MODEL

    ingest([SEEDS], store)
    builtin = {"id", "type", "title"} if store.kind == "embedded" else set()
    for label in sorted(MODEL.labels.values()):
        for row in store.read(f"MATCH (n:{label}) RETURN n.uri AS uri, properties(n) AS props"):
            props = row["props"]
            assert set(props) <= {"uri", *MODEL.keys_of(label), *builtin}, (label, set(props) - set(MODEL.keys_of(label)))
            if builtin:
                caption = MODEL.captions[label]
                assert (props["id"], props["type"], props["title"]) == (row["uri"], label, props.get(caption)), label
