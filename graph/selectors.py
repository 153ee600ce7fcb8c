"""Choosing what to draw: the subgraph around the officials, bodies, directives or events a user names.

The picture shows what an analyst thinks in: officials, bodies, posts, events,
directives and the articles that report them. A person's part in an event becomes
one edge (chaired, attended, spoke at) carrying the date and the sentence;
mentions, resolutions and roles stay in the store.
"""
from __future__ import annotations

from dataclasses import dataclass

import networkx as nx

from ..loaders.text import key
from .lookup import names_meant
from .store import Store
from .views import reach, to_networkx

HIDDEN = {"Mention", "Judgement", "Role", "Participation"}
PARTS = {"CHAIRED", "ATTENDED", "SPOKE_AT"}
MAX_PAGE = 1500  # nodes drawn without a selector unless --all is given


@dataclass
class Selection:
    persons: tuple[str, ...] = ()
    bodies: tuple[str, ...] = ()
    directives: tuple[str, ...] = ()
    events: tuple[str, ...] = ()
    cypher: str | None = None
    hops: int = 1
    date_from: str | None = None
    date_to: str | None = None

    @property
    def empty(self) -> bool:
        return not (self.persons or self.bodies or self.directives or self.events or self.cypher)


def analyst_view(full: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """The store's graph as drawn: parts in events as dated edges, bookkeeping nodes left out."""
    view = nx.MultiDiGraph()
    for node, attrs in full.nodes(data=True):
        if attrs.get("type") not in HIDDEN:
            view.add_node(node, **attrs)
    for source, target, attrs in full.edges(data=True):
        rel = attrs.get("type")
        if rel in PARTS:
            part = full.nodes[target]
            for _, event, e in full.out_edges(target, data=True):
                if e.get("type") == "IN_EVENT" and event in view:
                    view.add_edge(source, event, key=rel, type=rel, date=full.nodes[event].get("date"),
                                  sentence=part.get("sentence"))
        elif rel == "REFERS_TO" and target in view:  # a mention: the article names the person or directive
            for _, article, e in full.out_edges(source, data=True):
                if e.get("type") == "DERIVED_FROM" and article in view:
                    view.add_edge(article, target, key="MENTIONS", type="MENTIONS",
                                  sentence=full.nodes[source].get("sentence"))
        elif source in view and target in view:
            extra = {}
            if rel == "HOLDS":
                extra = {"date": full.nodes[target].get("date"), "sentence": full.nodes[target].get("sentence")}
            view.add_edge(source, target, key=rel, type=rel, **extra)
    return view


def _node_key(attrs: dict) -> str:
    return attrs.get("key") or key(str(attrs.get("name") or ""))


def _matching(graph: nx.MultiDiGraph, kind: str, texts: tuple[str, ...]) -> set[str]:
    """The nodes of a kind named by part of their name (bodies, directives, events)."""
    out = set()
    for text in texts:
        k = key(text)
        out |= {node for node, attrs in graph.nodes(data=True)
                if attrs.get("type") == kind and k and k in _node_key(attrs)}
    return out


def _officials(graph: nx.MultiDiGraph, names: tuple[str, ...]) -> set[str]:
    """The officials typed names mean, as `canbo roles` finds them (lookup.names_meant)."""
    by_key: dict[str, set[str]] = {}
    for node, attrs in graph.nodes(data=True):
        if attrs.get("type") == "Person":
            by_key.setdefault(_node_key(attrs), set()).add(node)
    return {node for name in names for k in names_meant(name, by_key) for node in by_key[k]}


def _uris(value: object) -> list[str]:
    """The strings in a row of a user's query, and the uri of every node in it, at any depth."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [u for v in value.values() for u in _uris(v)]
    if isinstance(value, list):
        return [u for v in value for u in _uris(v)]
    return []


def _in_range(date: object, start: str | None, stop: str | None) -> bool:
    if not isinstance(date, str) or date.startswith("--"):
        return True
    return (not start or date >= start) and (not stop or date <= stop)


def select(store: Store, selection: Selection) -> nx.MultiDiGraph:
    """The subgraph to draw: within `hops` of what the selectors name (views.reach), inside the date range."""
    graph = analyst_view(to_networkx(store))
    if not selection.empty:
        seeds = (_officials(graph, selection.persons)
                 | _matching(graph, "Body", selection.bodies) | _matching(graph, "Directive", selection.directives)
                 | _matching(graph, "Event", selection.events))
        if selection.cypher:
            for row in store.query(selection.cypher).rows:
                seeds.update(uri for uri in _uris(row) if uri in graph)
        graph = graph.subgraph(reach(graph, seeds, selection.hops)).copy()
        graph.graph.update(seeds=sorted(seeds & set(graph)), hops=selection.hops)  # where the page opens
    if selection.date_from or selection.date_to:
        drop = [n for n, a in graph.nodes(data=True)
                if not _in_range(a.get("date") or a.get("published"), selection.date_from, selection.date_to)]
        graph.remove_nodes_from(drop)
    return graph
