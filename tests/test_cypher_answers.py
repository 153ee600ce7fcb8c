"""The embedded store answers a user's Cypher as Neo4j does: each difference kglite has, on canbo's graph."""
import json

import pytest
from click.testing import CliRunner

from canbo.cli import main
from canbo.graph.cypher import CypherRefused
from canbo.graph.store import KgliteStore
from canbo.ingest import ingest
from canbo.vocab import MODEL

from conftest import SEEDS, needs_shared


@pytest.fixture(scope="module")
def seeded(tmp_path_factory):
    store = KgliteStore(tmp_path_factory.mktemp("answers") / "g.kgl", writable=True)
    ingest([SEEDS], store)
    yield store
    store.close()


def _missing(key: str) -> str:
    """A label of canbo's whose nodes never hold `key` (so kglite would make one up)."""
    return next(label for label in sorted(MODEL.labels.values()) if key not in MODEL.keys_of(label))


@needs_shared
@pytest.mark.parametrize("key", ["name", "title", "label", "type", "id"])
def test_a_property_a_node_lacks_is_null(seeded, key):
    label = _missing(key)
    rows = seeded.query(f"MATCH (n:{label}) RETURN n.{key} AS v, count(*) AS n").rows
    assert rows == [{"v": None, "n": rows[0]["n"]}] and rows[0]["n"] > 0
    nulls = seeded.query(f"MATCH (n:{label}) WHERE n.{key} IS NULL RETURN count(n) AS n").rows
    assert nulls == [{"n": rows[0]["n"]}]
    assert seeded.query(f"MATCH (n:{label}) RETURN count(DISTINCT n.{key}) AS n").rows == [{"n": 0}]


@needs_shared
def test_held_properties_still_read(seeded):
    assert {"Sử Ngọc Anh", "Đoàn Đình Nguyên"} <= {r["name"] for r in seeded.query(
        "MATCH (p:Person) RETURN p.name AS name").rows}
    assert seeded.query("MATCH (p:Person {name: 'Sử Ngọc Anh'}) RETURN p.name AS name").rows == [{"name": "Sử Ngọc Anh"}]


@needs_shared
def test_nodes_keys_and_properties_carry_only_what_the_node_holds(seeded):
    label = _missing("name")
    (row,) = seeded.query(f"MATCH (n:{label}) RETURN n, keys(n) AS k, properties(n) AS p LIMIT 1").rows
    held = set(MODEL.keys_of(label)) | {"uri"}
    assert set(row["n"]["properties"]) <= held and set(row["k"]) <= held and set(row["p"]) <= held
    assert set(row["k"]) == set(row["p"]) == set(row["n"]["properties"])
    assert row["n"]["labels"] == [label]


@needs_shared
def test_a_node_of_no_label_named_answers_only_with_what_it_holds(seeded):
    """kglite's own `title` (a Role's or Person's caption) never answers for a node matched without its label."""
    role = seeded.query("MATCH (r:Role) RETURN r.name AS name LIMIT 1").rows[0]["name"]
    holders = seeded.query("MATCH (n) WHERE n.title = $t RETURN DISTINCT labels(n) AS l", {"t": role}).rows
    assert {label for row in holders for label in row["l"]} <= {label for label in MODEL.labels.values()
                                                                 if "title" in MODEL.keys_of(label)}
    persons = seeded.query("MATCH (n) WHERE n.name = 'Sử Ngọc Anh' RETURN n.title AS t, keys(n) AS k").rows
    assert [row["t"] for row in persons] == [None] and set(persons[0]["k"]) <= {"uri", "name", "key"}


def test_an_unbounded_path_goes_past_ten_hops():
    store = KgliteStore(None, writable=True)
    store.query("UNWIND range(0, 14) AS i CREATE (:Hop {at: i})", write=True)
    store.query("MATCH (a:Hop), (b:Hop) WHERE b.at = a.at + 1 CREATE (a)-[:NEXT]->(b)", write=True)
    for hops in ("*", "*2..", "*.."):
        answer = store.query(f"MATCH (:Hop {{at: 0}})-[:NEXT{hops}]->(n) RETURN max(n.at) AS far, count(n) AS n")
        assert answer.rows == [{"far": 14, "n": 14 if hops != "*2.." else 13}], hops
        assert not answer.warnings


@needs_shared
def test_order_by_a_renamed_column_beside_an_aggregate_sorts(seeded):
    rows = seeded.query("MATCH (p:Person)-[:ATTENDED|CHAIRED|SPOKE_AT]->(:Participation)-[:IN_EVENT]->(e:Event) "
                        "WITH e, count(DISTINCT p) AS n RETURN e.name AS ev, n AS officials, collect(e.date) AS d "
                        "ORDER BY n DESC").rows
    officials = [r["officials"] for r in rows]
    assert len(set(officials)) > 1 and officials == sorted(officials, reverse=True)


def test_float_division_by_zero_is_infinite_or_nan_and_integer_division_an_error():
    store = KgliteStore(None, writable=True)
    (row,) = store.query("RETURN 1.0 / 0 AS inf, -1 / 0.0 AS minf, 0.0 / 0.0 = 0.0 / 0.0 AS nan_equal, "
                         "0.0 / 0.0 <> 1 AS nan_differs, 7 / 2 AS int").rows
    assert row == {"inf": float("inf"), "minf": float("-inf"), "nan_equal": False, "nan_differs": True, "int": 3}
    with pytest.raises(Exception, match="division by zero"):
        store.query("RETURN 1 / 0 AS x")


@pytest.mark.parametrize("cypher", [
    "RETURN 123 AND true AS x",
    "MATCH ()-[r]-() MATCH (r) RETURN r",
    "MATCH (a) WHERE count(a) > 10 RETURN a",
    "WITH [1] AS n MATCH (n) RETURN n",
    "MATCH (me:Person)--(you:Person) RETURN me.age + count(you.age) AS x",
    "MATCH (a) WITH a, count(*) RETURN a",
])
def test_queries_neo4j_rejects_are_refused_not_answered(cypher):
    """On an empty graph kglite answers each with no rows."""
    store = KgliteStore(None, writable=True)
    with pytest.raises(CypherRefused, match="^Cypher error: .*\\(\\w+\\)$"):
        store.query(cypher)


@pytest.mark.parametrize("cypher", [
    "MATCH (a) WITH collect(a) AS nodes UNWIND nodes AS n MATCH (n)-->(m) RETURN m",
    "UNWIND [1, 2] AS x MATCH (n) WHERE n.age = x RETURN n",
    "MATCH (me:Person)--(you:Person) RETURN me, me.age + count(you.age) AS x",
    "MATCH (me:Person)--(you:Person) RETURN me.age AS age, me.age + count(you) AS x",
    "MATCH (p:Person) WHERE p.name STARTS WITH 'a' AND p.age > 1 RETURN p",
    "MATCH (p:Person) RETURN p.name AS name, {name: p.name, friends: count(*)} AS m",
    "MATCH (p:Person) CALL (p) { RETURN p.age AS age } RETURN age",
])
def test_queries_neo4j_accepts_are_not_refused(cypher):
    KgliteStore(None, writable=True).query(cypher)


@needs_shared
def test_the_stores_warnings_reach_the_user(tmp_path):
    db = str(tmp_path / "g.kgl")
    assert CliRunner().invoke(main, ["ingest", str(SEEDS), "--db", db]).exit_code == 0
    result = CliRunner().invoke(main, ["query", "--cypher", "MATCH (n:Persn) RETURN n.name AS name", "--db", db])
    assert result.exit_code == 0
    assert "canbo: warning:" in result.stderr and "Persn" in result.stderr and "Person" in result.stderr
    assert "(no rows)" in result.stdout


@needs_shared
def test_canbo_query_answers_with_the_dialect(tmp_path):
    db = str(tmp_path / "g.kgl")
    assert CliRunner().invoke(main, ["ingest", str(SEEDS), "--db", db]).exit_code == 0
    label = _missing("name")
    result = CliRunner().invoke(main, ["query", "--cypher", f"MATCH (n:{label}) RETURN DISTINCT n.name AS name",
                                       "--db", db, "--json"])
    assert json.loads(result.stdout) == [{"name": None}]
