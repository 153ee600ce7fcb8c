"""Write articles' RDF into a store: batched UNWIND … MERGE, one transaction per batch.

An article's facts are scoped to it (prov:wasDerivedFrom), so writing an article
first removes what an earlier reading of the same article left, then merges the
new facts: reading an article twice changes nothing, and a changed article
replaces its own facts and nothing else. Shared nodes (bodies, directives,
roles) are merged, never removed.
"""
from __future__ import annotations

from collections.abc import Iterable

from rdflib import Graph

from .mapping import Rows, to_rows
from .store import Statement, Store

BATCH_ROWS = 5000

# Facts an article holds: the persons its mentions name (article-scoped), then
# every node derived from it.
REMOVE_ARTICLE_FACTS = [
    "UNWIND $uris AS uri MATCH (:Article {uri: uri})<-[:DERIVED_FROM]-(:Mention)-[:REFERS_TO]->(p:Person) "
    "DETACH DELETE p",
    "UNWIND $uris AS uri MATCH (:Article {uri: uri})<-[:DERIVED_FROM]-(f) DETACH DELETE f",
]


def _chunks(rows: list[dict], size: int = BATCH_ROWS) -> Iterable[list[dict]]:
    for i in range(0, len(rows), size):
        yield rows[i:i + size]


def merge_statements(rows: Rows) -> list[Statement]:
    """UNWIND MERGE statements for the nodes, then the relationships, of `rows`."""
    out: list[Statement] = []
    for label in sorted(rows.nodes):
        for chunk in _chunks(rows.nodes[label]):
            out.append((f"UNWIND $rows AS r MERGE (n:{label} {{uri: r.uri}}) SET n += r.props", {"rows": chunk}))
    for (rel, source, target) in sorted(rows.rels):
        for chunk in _chunks(rows.rels[(rel, source, target)]):
            out.append((
                f"UNWIND $rows AS r MATCH (a:{source} {{uri: r.s}}) MATCH (b:{target} {{uri: r.o}}) MERGE (a)-[:{rel}]->(b)",
                {"rows": chunk},
            ))
    return out


def write_articles(store: Store, articles: list[tuple[str, Graph]]) -> Rows:
    """Replace the facts of these articles (uri, graph) in one transaction; the rows written."""
    rows = Rows()
    for _, graph in articles:
        rows.extend(to_rows(graph))
    uris = [uri for uri, _ in articles]
    statements: list[Statement] = [(q, {"uris": uris}) for q in REMOVE_ARTICLE_FACTS]
    statements += merge_statements(rows)
    store.write(statements)
    return rows
