"""The store's graph as networkx, and as an interactive pyvis page.

Node labels and relationship types come from the store as written (so from
ontology.ttl); tooltips are plain text because vis-network shows them as text.
"""
from __future__ import annotations

import networkx as nx

from ..vocab import MODEL
from .store import Store

COLOURS = {
    "Person": "#e45756", "Body": "#4c78a8", "Post": "#f2cf5b", "Role": "#b279a2", "Event": "#54a24b",
    "Participation": "#9ecae9", "Directive": "#f58518", "Article": "#bab0ac", "Mention": "#d6d6d6",
}
SHAPES = {"Person": "dot", "Body": "box", "Event": "star", "Directive": "triangle", "Article": "square"}
_CAPTION = ("name", "label", "title", "article")


def to_networkx(store: Store) -> nx.MultiDiGraph:
    """Every node and relationship of the store, with their properties."""
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


def caption(attrs: dict) -> str:
    for k in _CAPTION:
        if attrs.get(k):
            return str(attrs[k])
    return attrs.get("type", "")


def tooltip(attrs: dict) -> str:
    """Plain-text tooltip: the type, the name, and where the fact came from."""
    lines = [f"{attrs.get('type')}: {caption(attrs)}"]
    for k in ("date", "published", "part", "kind"):
        if attrs.get(k):
            lines.append(f"{k}: {attrs[k]}")
    if attrs.get("sentence"):
        lines.append(f"“{attrs['sentence']}”")
    return "\n".join(lines)


def to_html(graph: nx.MultiDiGraph) -> str:
    """An interactive page of the graph (pyvis), returned as HTML text."""
    from pyvis.network import Network

    net = Network(height="900px", width="100%", directed=True, cdn_resources="remote")
    for node, attrs in graph.nodes(data=True):
        kind = attrs.get("type", "")
        net.add_node(node, label=caption(attrs)[:40], title=tooltip(attrs), color=COLOURS.get(kind, "#999999"),
                     shape=SHAPES.get(kind, "dot"), group=kind)
    for source, target, attrs in graph.edges(data=True):
        net.add_edge(source, target, label=attrs.get("type", "").lower(), title=attrs.get("type", ""))
    net.toggle_physics(True)
    return net.generate_html()
