"""The read-only guard: a user's Cypher without --write changes nothing, however it is written, on both stores."""
import pytest
from click.testing import CliRunner

from canbo.cli import main
from canbo.graph.cypher import CypherRefused, writing_clause
from canbo.graph.store import Neo4jStore
from canbo.ingest import ingest

from conftest import BOLT_PASSWORD, SEEDS, needs_shared

# Each writes (or reads a server file) behind something a regular expression cannot see through.
ATTACKS = {
    "quote in a quoted name": "MATCH (n) WITH count(n) AS `'` MATCH (p:Person) DETACH DELETE p RETURN `'` AS c",
    "comment in a quoted name": "MATCH (n) WITH count(n) AS `//` MATCH (p:Person) DETACH DELETE p RETURN `//` AS c",
    "escaped backtick": "MATCH (n) WITH count(n) AS `a``'` MATCH (p:Person) DETACH DELETE p RETURN 1 AS c",
    "quote in a block comment": "/* ' */ CREATE (:Person {uri: 'urn:canbo:test:x', name: 'x'}) RETURN 1 AS c",
    "after UNION": "RETURN 1 AS c UNION MATCH (p:Person) DETACH DELETE p RETURN 1 AS c",
    "LOAD CSV around a comment": "LOAD/**/CSV FROM 'file:///etc/passwd' AS line RETURN line[0] AS c",
    "lower case over lines": "match (p:Person)\ndetach\ndelete p return 1 as c",
    "SET": "MATCH (p:Person) SET p.name = 'x' RETURN count(p) AS c",
    "MERGE": "MERGE (q:Person {uri: 'urn:canbo:test:y'}) RETURN 1 AS c",
    "REMOVE": "MATCH (p:Person) REMOVE p.name RETURN count(p) AS c",
    "FOREACH": "UNWIND [1] AS i FOREACH (x IN [1] | CREATE (:Person {uri: 'urn:canbo:test:z'})) RETURN i AS c",
    "in a subquery": "MATCH (p:Person) CALL { WITH p DETACH DELETE p } RETURN count(*) AS c",
    "a procedure": "CALL db.cdc.enable() YIELD status RETURN status AS c",
}
# Clause words where they are no clause: the guard must let these through.
READS = [
    "MATCH (n) WHERE n.name = 'CREATE' OR n.name = \"DELETE\" RETURN count(n) AS c",
    "MATCH (p:Person) RETURN p.name AS `DELETE`, p.key AS `set` LIMIT 1",
    "RETURN {set: 1, merge: 2} AS m",
    "MATCH (n) // DELETE n\nRETURN count(n) AS c",
    "MATCH (n) /* CREATE (x) */ RETURN count(n) AS c",
    "CALL db.labels() YIELD label RETURN label",
    "MATCH (p:Person) CALL { WITH p RETURN p.name AS name } RETURN name LIMIT 1",
]


def counts(store) -> tuple:
    rows = store.read("MATCH (n) RETURN count(n) AS n")
    names = store.read("MATCH (p:Person) RETURN p.name AS name ORDER BY name")
    return rows[0]["n"], tuple(r["name"] for r in names)


def test_each_attack_is_named_by_the_clause_it_hides():
    for name, cypher in ATTACKS.items():
        assert writing_clause(cypher), name
    assert writing_clause(ATTACKS["LOAD CSV around a comment"]) == "LOAD CSV"
    assert writing_clause(ATTACKS["a procedure"]) == "CALL db.cdc.enable"
    for cypher in READS:
        assert writing_clause(cypher) is None, cypher


@needs_shared
def test_no_attack_changes_either_store(store):
    ingest([SEEDS], store)
    before = counts(store)
    assert before[0] > 0 and before[1]
    for name, cypher in ATTACKS.items():
        with pytest.raises(CypherRefused, match="changes the graph or reads server files"):
            store.query(cypher)
        assert counts(store) == before, name
    for cypher in READS:
        if cypher.startswith("CALL db.labels") and isinstance(store, Neo4jStore):
            continue  # ArcadeDB has no db.labels()
        store.query(cypher)
    assert counts(store) == before


def _cli_counts(*where: str) -> tuple:
    result = CliRunner().invoke(main, ["query", "--cypher", "MATCH (n) RETURN count(n) AS n", "--json", *where])
    assert result.exit_code == 0, result.output
    return result.output


def _attack_through_the_cli(tmp_path, *where: str) -> None:
    before = _cli_counts(*where)
    for name, cypher in ATTACKS.items():
        for command in (["query", "--cypher", cypher], ["export", "html", "--cypher", cypher, "-o", str(tmp_path / "p.html")]):
            result = CliRunner().invoke(main, [*command, *where])
            assert result.exit_code == 1, (name, command[0], result.output)
            assert len(result.output.strip().splitlines()) == 1 and "--write" in result.output, (name, result.output)
        assert _cli_counts(*where) == before, name
    assert not (tmp_path / "p.html").exists()


@needs_shared
def test_query_and_export_html_refuse_every_attack_on_the_embedded_store(tmp_path):
    db = str(tmp_path / "g.kgl")
    assert CliRunner().invoke(main, ["ingest", str(SEEDS), "--db", db]).exit_code == 0
    _attack_through_the_cli(tmp_path, "--db", db)


@needs_shared
def test_query_and_export_html_refuse_every_attack_over_bolt(bolt_uri, tmp_path, monkeypatch):
    monkeypatch.setenv("NEO4J_USERNAME", "root")
    monkeypatch.setenv("NEO4J_PASSWORD", BOLT_PASSWORD)
    monkeypatch.setenv("NEO4J_DATABASE", "canbo")
    store = Neo4jStore(bolt_uri, "root", BOLT_PASSWORD, "canbo")
    store.write([("MATCH (n) DETACH DELETE n", {})])
    ingest([SEEDS], store)
    store.close()
    _attack_through_the_cli(tmp_path, "--neo4j", bolt_uri)


@needs_shared
def test_write_lets_the_user_change_the_graph(tmp_path):
    db = str(tmp_path / "g.kgl")
    assert CliRunner().invoke(main, ["ingest", str(SEEDS), "--db", db]).exit_code == 0
    made = CliRunner().invoke(main, ["query", "--cypher", "CREATE (:Person {uri: 'urn:canbo:test:1', name: 'A'})",
                                     "--write", "--db", db])
    assert made.exit_code == 0, made.output
    found = CliRunner().invoke(main, ["query", "--cypher", "MATCH (p:Person {name: 'A'}) RETURN count(p) AS n",
                                      "--json", "--db", db])
    assert '"n": 1' in found.output


class _Summary:
    def __init__(self, query_type: str):
        self.query_type = query_type


class _Server:
    """What refuse_what_the_server_says_writes asks of a session: EXPLAIN's query type, as a server gives it."""

    def __init__(self, says: dict[str, str]):
        self.says, self.asked = says, []

    def run(self, cypher: str, params: dict | None = None):
        self.asked.append(cypher)
        kind = next(kind for start, kind in self.says.items() if cypher.startswith(start))
        return type("Result", (), {"consume": lambda _: _Summary(kind)})()


def _bare_store() -> Neo4jStore:
    store = Neo4jStore.__new__(Neo4jStore)  # no server: only the decision is tried
    store.name, store._explain_trusted = "Neo4j at bolt://test", None
    return store


def test_a_write_neo4j_explains_as_a_write_is_refused():
    neo4j_like = _Server({"EXPLAIN RETURN 1": "r", "EXPLAIN MATCH": "rw", "EXPLAIN CALL": "s"})
    store = _bare_store()
    with pytest.raises(CypherRefused, match="says this Cypher changes the graph"):
        store.refuse_what_the_server_says_writes(neo4j_like, "MATCH (n) CALL apoc.do.it(n) RETURN n", {})
    with pytest.raises(CypherRefused):
        store.refuse_what_the_server_says_writes(neo4j_like, "CALL db.createLabel('X')", {})


def test_a_read_is_run_and_a_server_whose_explain_cannot_tell_is_not_believed():
    reads = _Server({"EXPLAIN": "r"})
    store = _bare_store()
    store.refuse_what_the_server_says_writes(reads, "MATCH (n) RETURN n", {})
    arcadedb_like = _Server({"EXPLAIN": "w"})  # ArcadeDB calls every query a write
    store = _bare_store()
    store.refuse_what_the_server_says_writes(arcadedb_like, "MATCH (n) RETURN n", {})
    store.refuse_what_the_server_says_writes(arcadedb_like, "MATCH (n) RETURN n.name", {})
    assert arcadedb_like.asked == ["EXPLAIN RETURN 1 AS one"]
