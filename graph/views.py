"""The store's graph as networkx, for pages, rankings and other tools (Gephi, Cytoscape).

Node labels and relationship types come from the store as written, so from ontology.ttl.
"""
from __future__ import annotations

import networkx as nx

from ..vocab import MODEL
from .store import Store


def to_networkx(store: Store) -> nx.MultiDiGraph:
    """Every node and relationship of the store, with their properties (`type` is the label or relationship type)."""
    graph = nx.MultiDiGraph()
    for label in sorted(set(MODEL.labels.values())):
        columns = ", ".join(f"n.{k} AS {k}" for k in sorted(MODEL.keys_of(label)))
        for row in store.read(f"MATCH (n:{label}) RETURN n.uri AS uri, {columns}"):
            attrs = {k: v for k, v in row.items() if v is not None and k != "uri"}
            graph.add_node(row["uri"], type=label, **attrs)
    for rel_type in sorted(set(MODEL.rel_types.values())):
        for row in store.read(f"MATCH (a)-[:{rel_type}]->(b) RETURN a.uri AS s, b.uri AS o"):
            graph.add_edge(row["s"], row["o"], key=rel_type, type=rel_type)
    return graph


def write_for_tools(graph: nx.MultiDiGraph, path: str, fmt: str) -> None:
    """GraphML or GEXF with the same attributes the store holds.

    Neither format has a list type networkx can write: a list-valued property
    (an article's authors) is written as its values joined by "; ".
    """
    listed = {n: {k: "; ".join(map(str, v)) for k, v in attrs.items() if isinstance(v, list)}
              for n, attrs in graph.nodes(data=True)}
    if any(listed.values()):
        graph = graph.copy()
        nx.set_node_attributes(graph, {n: v for n, v in listed.items() if v})
    if fmt == "graphml":
        nx.write_graphml(graph, path)
    else:
        nx.write_gexf(graph, path)
