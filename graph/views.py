"""The store's graph as networkx, for pages, rankings and other tools (Gephi, Cytoscape).

Node labels and relationship types come from the store as written, so from ontology.ttl.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from xml.etree import ElementTree

import networkx as nx

from ..output import replacing
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
    """GraphML or GEXF with the same attributes the store holds, captioned for the tools (for_tools()); the file at
    `path` is replaced whole or not at all."""
    tools = for_tools(graph)
    with replacing(path, binary=True) as f:
        if fmt == "graphml":  # not lxml's writer: a write that fails (a full disk) leaves it to crash the process later
            nx.write_graphml_xml(tools, f)
            return
        # networkx writes an attribute named `key` as `networkx_key` (its name for a multigraph's edge keys) and
        # reads it back only on edges: the nodes' `key` is given its own name again.
        root = ElementTree.fromstring("\n".join(nx.generate_gexf(tools)))
        for attribute in root.iterfind("./{*}graph/{*}attributes[@class='node']/{*}attribute[@title='networkx_key']"):
            attribute.set("title", "key")
        ElementTree.register_namespace("", root.tag[1:].split("}")[0])
        ElementTree.ElementTree(root).write(f, encoding="utf-8", xml_declaration=True)


# ------------------------------------------------------------ what a page draws
DRAWN = ("Person", "Body", "Event", "Directive")
PART_EDGES = ("CHAIRED", "ATTENDED", "SPOKE_AT")
THROUGH = ("ORGANIZED_BY", "IMPLEMENTS", "ISSUED_BY", "PART_OF")


def officials_first(view: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """Officials, bodies, events and directives, each post and part in an event drawn as an edge.

    A post is an edge official -> body (key "POST"), a part in an event an edge official -> event
    (key "PART"; each fact says CHAIRED, ATTENDED or SPOKE_AT). One edge stands for every report
    of the same relation, so "Bí thư" reported in five articles is one edge, not five diamonds;
    its `facts` list keeps each report (the underlying post's uri, title, date, sentence and
    article) so no source is lost.
    What has nothing to be drawn to (a post without a body, an article's mention of a person)
    stays on the node as its `facts`. `view` is selectors.analyst_view's graph or part of it.
    """
    drawn = nx.MultiDiGraph()
    for node, attrs in sorted(view.nodes(data=True)):  # sorted: the same graph is drawn the same, whatever its order
        if attrs.get("type") in DRAWN:
            drawn.add_node(node, **attrs, facts=[])
    source = {node: article for node, article, rel in view.edges(data="type") if rel == "DERIVED_FROM"}

    def fact(rel: str, uri: str | None, attrs: dict, sentence_from: dict, article: str | None) -> dict:
        out = {"rel": rel, "uri": uri, "title": attrs.get("title"), "date": attrs.get("date"),
               "former": attrs.get("former"), "sentence": sentence_from.get("sentence"), "article": article}
        return {k: v for k, v in out.items() if v not in (None, False, "")}

    def add(source_node: str, target: str | None, rel: str, f: dict) -> None:
        if target is None or target not in drawn:
            drawn.nodes[source_node]["facts"].append(f)
            return
        if not drawn.has_edge(source_node, target, key=rel):
            drawn.add_edge(source_node, target, key=rel, type=rel, facts=[])
        drawn.edges[source_node, target, rel]["facts"].append(f)

    for s, t, attrs in sorted(view.edges(data=True), key=lambda e: (e[0], e[1], e[2].get("type", ""))):
        rel = attrs.get("type")
        if s not in drawn and rel != "MENTIONS":
            continue
        if rel == "HOLDS":
            post = view.nodes[t]
            bodies = sorted(b for _, b, r in view.out_edges(t, data="type") if r == "IN_BODY") or [None]
            for body in bodies:
                add(s, body, "POST", fact("POST", t, post, post, source.get(t)))
        elif rel in PART_EDGES:  # a part is reported in the event's own article
            add(s, t, "PART", fact(rel, None, view.nodes[t], attrs, source.get(t)))
        elif rel == "MENTIONS" and t in drawn:
            add(t, None, rel, fact(rel, None, {}, attrs, s))
        elif rel in THROUGH and t in drawn:  # read where the event or directive is: its date, sentence, article
            add(s, t, rel, fact(rel, None, {"date": view.nodes[s].get("date")}, view.nodes[s], source.get(s)))
    return drawn


def weighted(drawn: nx.MultiDiGraph) -> nx.Graph:
    """The drawn graph as a simple undirected graph, weighted by the facts between two nodes; nodes and edges in
    sorted order, so that what is computed from it (communities, layout) does not depend on the store's order."""
    weights: dict[tuple[str, str], int] = {}
    for s, t, facts in drawn.edges(data="facts"):
        if s != t:
            pair = (min(s, t), max(s, t))
            weights[pair] = weights.get(pair, 0) + max(1, len(facts))
    simple = nx.Graph()
    simple.add_nodes_from(sorted(drawn))
    simple.add_weighted_edges_from((s, t, w) for (s, t), w in sorted(weights.items()))
    return simple


def communities(simple: nx.Graph, smallest: int = 4) -> list[list[str]]:
    """Groups that hang together (Louvain, fixed seed), largest first; each at least `smallest` nodes.

    Nodes of smaller groups (isolated officials, a pair who met once) belong to none: an
    overview that coloured each of them would show hundreds of colours and no structure.
    Louvain runs on the nodes' numbers, not their names: it walks sets of nodes, whose order
    for strings changes with each process's hash seed, and with it the communities.
    """
    names = sorted(simple)
    number = {n: i for i, n in enumerate(names)}
    numbered = nx.Graph()
    numbered.add_nodes_from(range(len(names)))
    numbered.add_weighted_edges_from(sorted((number[s], number[t], w) for s, t, w in simple.edges(data="weight", default=1)))
    found = nx.community.louvain_communities(numbered, weight="weight", seed=1)
    groups = [sorted((names[i] for i in c), key=lambda n: (-simple.degree(n), n)) for c in found if len(c) >= smallest]
    return sorted(groups, key=lambda c: (-len(c), c[0]))


def overview_size(degree: int) -> float:
    """How large the overview draws a node (vis-network's `size`: a dot's radius), by how many it is linked to."""
    return min(40.0, 5 + 2.6 * degree ** 0.5)


@dataclass
class Overview:
    """Where the overview draws each node, and where each community's title goes: above its disc, in the width of
    its cell (x0, x1), its bottom at y; no other title or disc is in that room."""

    positions: dict[str, tuple[float, float]]
    titles: list[tuple[float, float, float]]
    others: tuple[float, float, float] | None  # the title of the band of nodes in no community, likewise
    title_room: float  # the height of a title's room


def overview_layout(simple: nx.Graph, groups: list[list[str]], spacing: float = 20.0, aspect: float = 1.2) -> Overview:
    """The overview: each community a disc laid out on its own, the discs in rows, largest first, no node on another.

    A spring layout of the whole graph costs minutes at a few thousand nodes and gives a hairball;
    laying out each community apart (small and dense: fast) keeps each readable, and rows of
    discs in the order of the page's list of communities leave room above each for its name.
    Nodes are then pushed apart until none covers another (_apart), so that a click on what is
    drawn opens that node. Nodes of no community go in a band of rows under the discs, a small
    group's nodes together.
    """
    import numpy as np

    title = 3 * spacing  # room for the community's name above its disc
    discs = []
    for group in groups:
        reach = np.array([_extent(overview_size(simple.degree(n))) for n in group])
        radius = max(spacing * (0.9 * len(group) ** 0.5 + 1), float(np.sqrt(((reach + 2) ** 2).sum() / 0.55)))
        alone = nx.Graph()  # not simple.subgraph(group), whose nodes come in the order of a set of names (hashed)
        alone.add_nodes_from(group)
        alone.add_weighted_edges_from(sorted((min(s, t), max(s, t), w)
                                             for s, t, w in simple.subgraph(group).edges(data="weight")))
        inner = nx.spring_layout(alone, seed=1, method="force", iterations=80)
        points = np.array([inner[n] for n in group])
        points -= points.mean(axis=0)
        points *= (radius - spacing) / (float(np.sqrt((points ** 2).sum(axis=1)).max()) or 1.0)
        points = _apart(points, reach, gap=4.0)
        points -= (points.max(axis=0) + points.min(axis=0)) / 2
        discs.append((points, float((np.sqrt((points ** 2).sum(axis=1)) + reach).max())))
    cells = [(max(2 * r + 2 * spacing, 10 * spacing), 2 * r + title + spacing) for _, r in discs]  # room for a name
    width = max([(sum(w * h for w, h in cells) * aspect) ** 0.5] + [w for w, _ in cells])
    positions: dict[str, tuple[float, float]] = {}
    titles: list[tuple[float, float, float]] = []
    x = y = row = 0.0
    for group, (points, r), (w, h) in zip(groups, discs, cells, strict=True):
        if x > 0 and x + w > width:
            x, y, row = 0.0, y + row, 0.0
        centre = np.array([x + w / 2, y + title + r])
        titles.append((x + spacing / 2, x + w - spacing / 2, y + title))
        x, row = x + w, max(row, h)
        for n, p in zip(group, points + centre, strict=True):
            positions[n] = (float(p[0]), float(p[1]))
    others = simple.subgraph(n for n in simple if n not in positions)
    rest = [n for component in sorted(nx.connected_components(others), key=lambda c: (-len(c), min(c)))
            for n in sorted(component)]
    step = max([spacing * 0.8] + [2 * _extent(overview_size(simple.degree(n))) + 2 for n in rest])
    per_row = max(1, int(width // step))
    top = y + row + title
    for k, n in enumerate(rest):
        positions[n] = (float(step * (k % per_row)), float(top + step * (k // per_row)))
    band = (-spacing / 2, width, top - step / 2) if rest else None
    return Overview(positions, titles, band, title)


def _extent(size: float) -> float:
    """How far from its centre a node of this size is drawn, whatever its shape (a square's corners the farthest)."""
    return size * 1.42


def _apart(points: Any, reach: Any, gap: float, rounds: int = 300) -> Any:
    """Points moved apart until no two discs (centre, reach) come closer than `gap`: each pair that overlaps is
    pushed apart by its overlap, the smaller disc the farther; rounds over the pairs that may overlap (a k-d tree),
    not all pairs."""
    import numpy as np
    from scipy.spatial import cKDTree

    points = points.astype(float).copy()
    farthest = 2 * float(reach.max()) + gap
    for _ in range(rounds):
        pairs = cKDTree(points).query_pairs(farthest, output_type="ndarray")
        if not len(pairs):
            break
        i, j = pairs[:, 0], pairs[:, 1]
        apart = points[j] - points[i]
        distance = np.sqrt((apart ** 2).sum(axis=1))
        overlap = reach[i] + reach[j] + gap - distance
        close = overlap > 1e-6
        if not close.any():
            break
        i, j, apart, distance, overlap = i[close], j[close], apart[close], distance[close], overlap[close]
        same = distance < 1e-9  # two points on one spot part along a direction of their own
        apart[same] = np.stack([np.cos(i[same] + 0.5 * j[same]), np.sin(i[same] + 0.5 * j[same])], axis=1)
        distance[same] = 1.0
        push = apart / distance[:, None] * (overlap + 0.02)[:, None]
        share = (reach[j] / (reach[i] + reach[j]))[:, None]  # the smaller moves the more: a hub stays at the centre
        np.subtract.at(points, i, push * share)
        np.add.at(points, j, push * (1 - share))
    return points


def reach(view: nx.MultiDiGraph, seeds: set[str], hops: int) -> set[str]:
    """What a selection keeps: the drawn nodes within `hops` of the seeds, with the posts and articles behind them.

    Steps are counted as the page draws them, so an official's bodies are one step away (the
    post is the edge), not two. A seed that is not drawn (an article or a post a --cypher
    returned) starts from the drawn nodes it reports.
    """
    drawn = officials_first(view)
    simple = weighted(drawn)
    undirected = view.to_undirected(as_view=True)
    starts = {seed for seed in seeds if seed in simple}
    keep = seeds - starts
    for seed in keep:  # an article is two steps from its officials (article <- post <- official)
        starts |= {n for n in nx.single_source_shortest_path_length(undirected, seed, cutoff=2) if n in simple}
    for start in starts:
        keep |= set(nx.single_source_shortest_path_length(simple, start, cutoff=hops))
    facts = [f for s, t, fs in drawn.edges(data="facts") if s in keep and t in keep for f in fs]
    facts += [f for n in keep if n in drawn for f in drawn.nodes[n]["facts"]]
    return keep | {f[k] for f in facts for k in ("uri", "article") if k in f}
