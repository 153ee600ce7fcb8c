"""Write articles into a store: their RDF mapped to rows, persons resolved, batched UNWIND … MERGE,
one transaction per batch of articles.

An article's facts are scoped to it (prov:wasDerivedFrom), so writing an article
first removes what an earlier reading of the same article left, then merges the
new facts: reading an article twice changes nothing, and a changed article
replaces its own facts and nothing else. Shared nodes (bodies, directives,
roles) are merged, never removed.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from rdflib import Graph

from ..vocab import CANBO, MODEL, SCHEMA
from .identity.mentions import ArticleMentions, article_mentions
from .identity.resolver import Plan, Resolver
from .mapping import Rows, to_rows
from .store import Statement, Store

BATCH_ROWS = 5000
DERIVED_FROM = MODEL.rel_types[CANBO.derivedFrom]

# The articles and every node derived from them: mentions, posts, parts in events, events.
# The article node goes too, to be written afresh: nothing but its own facts points at it.
REMOVE_ARTICLES = (
    "UNWIND $uris AS uri MATCH (a:Article {uri: uri}) OPTIONAL MATCH (a)<-[:DERIVED_FROM]-(f) DETACH DELETE f, a"
)


def _chunks(rows: list[dict], size: int = BATCH_ROWS) -> Iterable[list[dict]]:
    for i in range(0, len(rows), size):
        yield rows[i:i + size]


def _set(keys: Iterable[str]) -> str:
    return ", ".join(f"n.{k} = r.{k}" for k in keys)


def node_statement(label: str, keys: tuple[str, ...], fresh: bool) -> str:
    """The UNWIND statement for rows of one label that carry exactly `keys`.

    A node derived from an article in the batch is new: the batch removed that
    article's earlier facts first. It is merged on all its properties at once, which
    creates it as fast as CREATE does (a SET per property costs kglite three times
    as much). Shared nodes (canbo:graphShared in the ontology) keep the first spelling
    read of their caption (ON CREATE); later articles add what they lacked.
    """
    assert all(k.isidentifier() for k in keys), keys
    if fresh:
        return f"UNWIND $rows AS r MERGE (n:{label} {{{', '.join(['uri: r.uri'] + [f'{k}: r.{k}' for k in keys])}}})"
    statement = f"UNWIND $rows AS r MERGE (n:{label} {{uri: r.uri}})"
    naming = [k for k in keys if k == MODEL.captions.get(label)] if label in MODEL.shared else []
    if naming:
        statement += " ON CREATE SET " + _set(naming)
    rest = [k for k in keys if k not in naming]
    return statement + (" SET " + _set(rest) if rest else "")


def merge_statements(rows: Rows) -> list[Statement]:
    """UNWIND statements for the nodes, then the relationships, of `rows` (thousands of rows each).

    The batch's articles and the nodes derived from them are new (REMOVE_ARTICLES ran first).
    """
    fresh = {r[end] for (rel, _, _), rels in rows.rels.items() if rel == DERIVED_FROM for r in rels for end in "so"}
    out: list[Statement] = []
    for label in sorted(rows.nodes):
        groups: dict[tuple[bool, tuple[str, ...]], list[dict]] = defaultdict(list)
        for row in rows.nodes[label]:
            groups[(row["uri"] in fresh, tuple(sorted(row["props"])))].append({**row["props"], "uri": row["uri"]})
        for (new, keys), group in sorted(groups.items()):
            out += [(node_statement(label, keys, new), {"rows": chunk}) for chunk in _chunks(group)]
    for (rel, source, target) in sorted(rows.rels):
        created: list[dict] = []
        merged: list[dict] = []
        for r in rows.rels[(rel, source, target)]:
            (created if r["s"] in fresh or r["o"] in fresh else merged).append(r)
        match = f"UNWIND $rows AS r MATCH (a:{source} {{uri: r.s}}) MATCH (b:{target} {{uri: r.o}}) "
        out += [(match + f"CREATE (a)-[:{rel}]->(b)", {"rows": chunk}) for chunk in _chunks(created)]
        out += [(match + f"MERGE (a)-[:{rel}]->(b)", {"rows": chunk}) for chunk in _chunks(merged)]
    return out


@dataclass
class Prepared:
    """One article made ready to write: its rows and the mentions of persons the resolver must decide."""

    rows: Rows
    mentions: ArticleMentions

    @property
    def uri(self) -> str:
        return self.mentions.uri


def prepare(graph: Graph) -> Prepared:
    """The rows of one article's graph and what its persons offer the resolver (done in worker processes)."""
    return Prepared(to_rows(graph), article_mentions(graph))


def record_decisions(article: Prepared, plan: Plan) -> None:
    """Give the article's persons the persons the resolver decided, with the decision on each mention.

    A decision (its rule and reason) lives on the mention it decides, with the
    mention's name key, by which the resolver finds the mentions of a name again.
    Every row of a person is named after the person's smallest mention, whichever
    article came first.
    """
    keys, rows = MODEL.keys, article.rows
    refers = rows.rels[(MODEL.rel_types[CANBO.refersTo], MODEL.labels[CANBO.Mention], MODEL.labels[SCHEMA.Person])]
    mention_of = {r["o"]: r["s"] for r in refers}
    mentions = {row["uri"]: row["props"] for row in rows.nodes[MODEL.labels[CANBO.Mention]]}
    persons = {row["uri"]: row["props"] for row in rows.nodes[MODEL.labels[SCHEMA.Person]]}
    renamed = {}
    for m in article.mentions.mentions:
        uri, rule, reason = plan.mentions[(m.key, article.mentions.key)]
        name, name_key = plan.persons[uri]
        for person in m.persons:
            mentions[mention_of[person]].update({keys[CANBO.key]: m.key, keys[CANBO.rule]: rule,
                                                 keys[CANBO.reason]: reason})
            persons[person].update({keys[SCHEMA.name]: name, keys[CANBO.key]: name_key})
            renamed[person] = uri
    rows.rename(renamed)


class Writer:
    """Writes batches of articles into a store, one transaction each, for one run of an ingest.

    Persons are first resolved with every mention of their names the graph
    already holds (identity/resolver.py). Shared nodes and the relationships
    between them that this run has already written, unchanged, are not sent
    again: most bodies, roles and officials recur in article after article.
    """

    def __init__(self, store: Store):
        self.store = store
        self.resolver = Resolver(store)
        self.nodes_written: dict[tuple[str, str], tuple] = {}  # (label, uri) of a shared node -> its properties
        self.rels_written: set[tuple] = set()  # relationships between shared nodes

    def write(self, articles: list[Prepared]) -> Rows:
        """Replace the facts of these articles; the rows of their facts."""
        uris = [a.uri for a in articles]
        plan = self.resolver.plan([a.mentions for a in articles])
        rows = Rows()
        for article in articles:
            record_decisions(article, plan)
            rows.extend(article.rows)
        rows.dedupe()
        unsent, nodes, rels = self._unsent(rows)
        statements: list[Statement] = [(REMOVE_ARTICLES, {"uris": uris})]
        statements += plan.statements
        statements += merge_statements(unsent)
        statements.append(plan.cleanup())
        self.store.write(statements)
        self.nodes_written.update(nodes)
        self.rels_written |= rels
        for uri in plan.emptied:  # the write may have removed them
            self.nodes_written.pop(("Person", uri), None)
        return rows

    def _unsent(self, rows: Rows) -> tuple[Rows, dict[tuple[str, str], tuple], set[tuple]]:
        """The rows still to send, and the shared nodes and relationships among them to remember once sent."""
        out, nodes, rels = Rows(), {}, set()
        for label, found in rows.nodes.items():
            for row in found:
                if label in MODEL.shared:
                    props = tuple(sorted(row["props"].items()))
                    if self.nodes_written.get((label, row["uri"])) == props:
                        continue
                    nodes[(label, row["uri"])] = props
                out.nodes[label].append(row)
        shared = {uri for label, found in rows.nodes.items() if label in MODEL.shared for uri in (r["uri"] for r in found)}
        for k, found in rows.rels.items():
            for r in found:
                if r["s"] in shared and r["o"] in shared:
                    if (k, r["s"], r["o"]) in self.rels_written:
                        continue
                    rels.add((k, r["s"], r["o"]))
                out.rels[k].append(r)
        return out, nodes, rels
