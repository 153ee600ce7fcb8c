"""Researcher-style questions on canbo's own graph: the embedded store answers as the Bolt server does.

The seeds are ingested into both stores; each query runs through Store.query (the
path of `canbo query --cypher`) on both, and the answers must be the same: rows
in the same order where the query orders them (on its sort columns), lists in
values compared as collections unless the query orders them, NaN equal to NaN.
"""
from __future__ import annotations

import math
from collections import Counter
from typing import Any

import pytest

from canbo.graph.store import KgliteStore, Neo4jStore
from canbo.ingest import ingest

from conftest import BOLT_PASSWORD, SEEDS, needs_shared

pytestmark = needs_shared

PEOPLE = "[:ATTENDED|CHAIRED|SPOKE_AT]"
# (name, Cypher, columns the rows are ordered by (none: any order), parameters)
QUERIES: list[tuple[str, str, tuple[str, ...], dict[str, Any]]] = [
    ("nodes per label", "MATCH (n) RETURN labels(n)[0] AS label, count(*) AS n ORDER BY label", ("label",), {}),
    ("officials by posts", "MATCH (p:Person)-[:HOLDS]->(post:Post) RETURN p.name AS name, count(post) AS posts "
                           "ORDER BY posts DESC, name", ("posts", "name"), {}),
    ("events by officials, ORDER BY a renamed grouping column",
     f"MATCH (p:Person)-{PEOPLE}->(:Participation)-[:IN_EVENT]->(e:Event) WITH e, count(DISTINCT p) AS n "
     "RETURN e.name AS ev, n AS officials, collect(e.date) AS d ORDER BY n DESC, ev", ("officials", "ev"), {}),
    ("ORDER BY a grouping key", "MATCH (e:Event)-[:IMPLEMENTS]->(d:Directive) RETURN e.date, count(d) AS n "
                                "ORDER BY e.date", ("e.date",), {}),
    ("ORDER BY an aggregate's name", "MATCH (b:Body)<-[:IN_BODY]-(post:Post) RETURN b.key AS body, "
                                     "count(post) AS n ORDER BY n DESC, body", ("n", "body"), {}),
    ("OPTIONAL MATCH", "MATCH (d:Directive) OPTIONAL MATCH (d)-[:ISSUED_BY]->(b:Body) "
                       "RETURN d.key AS directive, b.key AS issuer", (), {}),
    ("OPTIONAL MATCH counted", "MATCH (p:Person) OPTIONAL MATCH (p)-[:CHAIRED]->(x) "
                               "RETURN p.name AS name, count(x) AS chaired ORDER BY chaired DESC, name",
     ("chaired", "name"), {}),
    ("unbounded path", "MATCH (b:Body)-[:PART_OF*]->(top:Body) WHERE NOT (top)-[:PART_OF]->() "
                       "RETURN b.key AS body, top.key AS top", (), {}),
    ("bounded path", "MATCH (b:Body)-[:PART_OF*1..2]->(x) RETURN count(*) AS paths", (), {}),
    ("longest path", "MATCH p = (b:Body)-[:PART_OF*]->(x:Body) RETURN max(length(p)) AS longest", (), {}),
    ("collect and UNWIND", "MATCH (p:Person)-[:HOLDS]->(post) WITH p, collect(post.title) AS titles "
                           "UNWIND titles AS t RETURN t AS title, count(*) AS holders ORDER BY holders DESC, title",
     ("holders", "title"), {}),
    ("DISTINCT", "MATCH (post:Post) RETURN DISTINCT post.title AS title ORDER BY title", ("title",), {}),
    ("count DISTINCT", "MATCH (p:Person)-[:HOLDS]->(:Post)-[:IN_BODY]->(b:Body) "
                       "RETURN count(DISTINCT b) AS bodies, count(DISTINCT p) AS people", (), {}),
    ("SKIP and LIMIT", "MATCH (d:Directive) RETURN d.key AS k ORDER BY k SKIP 2 LIMIT 3", ("k",), {}),
    ("string functions", "MATCH (p:Person) RETURN p.name AS name, toUpper(p.name) AS up, size(p.name) AS len, "
                         "split(p.name, ' ')[0] AS surname, substring(p.name, 1, 3) AS part, "
                         "replace(p.name, ' ', '_') AS joined ORDER BY name", ("name",), {}),
    ("STARTS WITH", "MATCH (r:Role) WHERE r.key STARTS WITH 'b' RETURN r.key AS role ORDER BY role", ("role",), {}),
    ("CONTAINS", "MATCH (d:Directive) WHERE d.key CONTAINS 'ct' RETURN count(d) AS n", (), {}),
    ("properties a label does not have", "MATCH (r:Role) RETURN r.name AS name, r.title AS title, "
                                         "r.id AS id, r.type AS type, count(*) AS n", (), {}),
    ("IS NULL on a property a label does not have", "MATCH (p:Person) WHERE p.title IS NULL AND p.label IS NULL "
                                                     "RETURN count(p) AS n", (), {}),
    ("a property a label does not have, grouped", "MATCH (a:Article) RETURN a.name AS name, count(*) AS n", (), {}),
    ("coalesce", "MATCH (a:Article) RETURN coalesce(a.author, 'unknown') AS author, count(*) AS n "
                 "ORDER BY author", ("author",), {}),
    ("CASE", "MATCH (e:Event) RETURN CASE WHEN e.date < '2018-01-01' THEN 'before' ELSE 'after' END AS era, "
             "count(*) AS n ORDER BY era", ("era",), {}),
    ("year of a date", "MATCH (e:Event) RETURN left(e.date, 4) AS year, count(*) AS n ORDER BY year", ("year",), {}),
    ("list comprehension", "MATCH (p:Person)-[:HOLDS]->(post) WITH p, collect(post) AS posts "
                           "RETURN p.name AS name, [x IN posts WHERE x.former = true | x.title] AS former "
                           "ORDER BY name", ("name",), {}),
    ("size of a collection", "MATCH (e:Event)-[:IMPLEMENTS]->(d:Directive) RETURN e.name AS ev, "
                             "size(collect(d)) AS n ORDER BY n DESC, ev", ("n", "ev"), {}),
    ("min, max, avg", "MATCH (m:Mention) RETURN min(m.char_start) AS first, max(m.char_end) AS last, "
                      "avg(m.char_end - m.char_start) AS mean_length", (), {}),
    ("a ratio that divides by zero", "MATCH (p:Person) OPTIONAL MATCH (p)-[:CHAIRED]->(c) WITH p, count(c) AS ch "
                                     "OPTIONAL MATCH (p)-[:SPOKE_AT]->(s) WITH p.name AS name, toFloat(ch) AS ch, "
                                     "count(s) AS spoke RETURN name, ch / spoke AS ratio ORDER BY name", ("name",), {}),
    ("NOT a pattern", "MATCH (b:Body) WHERE NOT (b)<-[:IN_BODY]-() RETURN count(b) AS n", (), {}),
    ("UNION", "MATCH (p:Person) RETURN p.key AS key UNION MATCH (r:Role) RETURN r.key AS key", (), {}),
    ("WITH … WHERE on an aggregate", "MATCH (b:Body)<-[:IN_BODY]-(post:Post) WITH b, count(post) AS n WHERE n > 1 "
                                     "RETURN b.key AS body, n ORDER BY n DESC, body", ("n", "body"), {}),
    ("a parameter", "MATCH (p:Person) WHERE p.name = $name RETURN p.name AS name", (), {"name": "Sử Ngọc Anh"}),
    ("labels of what an article backs", "MATCH (n)-[:DERIVED_FROM]->(a:Article) RETURN labels(n) AS l, count(*) AS c "
                                        "ORDER BY c DESC", ("c",), {}),
    ("relationship types", "MATCH (p:Person)-[r]->() RETURN type(r) AS t, count(*) AS n ORDER BY t", ("t",), {}),
    ("keys of a node", "MATCH (r:Role) RETURN keys(r) AS k", (), {}),
    ("properties of a node", "MATCH (r:Role) RETURN properties(r) AS p", (), {}),
    ("nodes themselves", "MATCH (r:Role) RETURN r", (), {}),
    ("collect DISTINCT", "MATCH (p:Person)-[:HOLDS]->(:Post)-[:IN_BODY]->(b) RETURN p.name AS name, "
                         "collect(DISTINCT b.key) AS bodies ORDER BY name", ("name",), {}),
    ("aggregate of aggregates", "MATCH (p:Person)-[:HOLDS]->(post) WITH p, count(post) AS n "
                                "RETURN avg(n) AS mean, max(n) AS most, sum(n) AS total", (), {}),
    ("map projection", "MATCH (p:Person) RETURN p {.name, .title} AS m", (), {}),
]


def normal(value: Any, ordered_lists: bool = False) -> Any:
    """A value both stores' answers can be compared by: lists as collections, NaN as text, floats rounded."""
    if isinstance(value, float):
        return "NaN" if math.isnan(value) else round(value, 9)
    if isinstance(value, dict):
        if set(value) == {"labels", "properties"}:
            value = {"labels": sorted(value["labels"]), "properties": value["properties"]}
        return tuple(sorted((k, normal(v)) for k, v in value.items()))
    if isinstance(value, list):
        items = [normal(v) for v in value]
        return tuple(items) if ordered_lists else tuple(sorted(items, key=repr))
    return value


@pytest.fixture(scope="module")
def stores(bolt_uri, tmp_path_factory):
    embedded = KgliteStore(tmp_path_factory.mktemp("differential") / "g.kgl", writable=True)
    bolt = Neo4jStore(bolt_uri, "root", BOLT_PASSWORD, "canbo")
    bolt.write([("MATCH (n) DETACH DELETE n", {})])
    for store in (embedded, bolt):
        ingest([SEEDS], store)
    yield embedded, bolt
    embedded.close()
    bolt.close()


def test_there_are_thirty_questions_or_more():
    assert len(QUERIES) >= 30 and len({q[0] for q in QUERIES}) == len(QUERIES)


@pytest.mark.parametrize("name,cypher,order,params", QUERIES, ids=[q[0] for q in QUERIES])
def test_embedded_answers_as_the_bolt_server(stores, name, cypher, order, params):
    embedded, bolt = stores
    mine, theirs = embedded.query(cypher, params).rows, bolt.query(cypher, params).rows
    assert mine, f"{name}: no rows to compare"
    assert Counter(normal(r) for r in mine) == Counter(normal(r) for r in theirs), (mine, theirs)
    if order:
        assert [tuple(normal(r[c]) for c in order) for r in mine] == [tuple(normal(r[c]) for c in order) for r in theirs]
