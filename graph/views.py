"""The store's graph as networkx, for pages, rankings and other tools (Gephi, Cytoscape).

Node labels and relationship types come from the store as written, so from ontology.ttl.
"""
from __future__ import annotations

from xml.etree import ElementTree

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


def flat(value: object, joiner: str = "; ") -> object:
    """A property value as formats without lists hold it: a list's values joined (by "; " for people to read)."""
    return joiner.join(str(v) for v in value) if isinstance(value, list) else value


def for_tools(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """The graph as Gephi, Cytoscape and yEd read it.

    Every node gets its caption as `label` (the key canbo:graphCaption names for its
    label, else its uri): both formats show a node by its `label`. The relationship
    type is the edge's `relationship` and its `label`, never `type`, which GEXF
    reserves for directed/undirected. Neither format has a list type networkx can
    write: a list (an article's authors) is its values joined by "; ".
    """
    out = nx.MultiDiGraph()
    for node, attrs in graph.nodes(data=True):
        caption = attrs.get(MODEL.captions.get(attrs["type"], ""))
        out.add_node(node, **{k: flat(v) for k, v in attrs.items()}, label=str(caption or node))
    for source, target, key, attrs in graph.edges(keys=True, data=True):
        rest = {k: flat(v) for k, v in attrs.items() if k != "type"}
        out.add_edge(source, target, key=key, relationship=attrs["type"], label=attrs["type"], **rest)
    return out


def write_for_tools(graph: nx.MultiDiGraph, path: str, fmt: str) -> None:
    """GraphML or GEXF with the same attributes the store holds, captioned for the tools (for_tools())."""
    tools = for_tools(graph)
    if fmt == "graphml":
        nx.write_graphml(tools, path)
        return
    # networkx writes an attribute named `key` as `networkx_key` (its name for a multigraph's edge keys) and
    # reads it back only on edges: the nodes' `key` is given its own name again.
    root = ElementTree.fromstring("\n".join(nx.generate_gexf(tools)))
    for attribute in root.iterfind("./{*}graph/{*}attributes[@class='node']/{*}attribute[@title='networkx_key']"):
        attribute.set("title", "key")
    ElementTree.register_namespace("", root.tag[1:].split("}")[0])
    ElementTree.ElementTree(root).write(path, encoding="utf-8", xml_declaration=True)
