"""The interactive page an analyst shares: one self-contained HTML file, drawn with vis-network (pyvis).

The page draws officials, bodies, events and directives; a post is an edge official ->
body labelled with its title and date, a part in an event an edge official -> event
(views.officials_first). Every edge keeps the facts it stands for, each with its
sentence and article, and the side panel tells a node's story from them.

Above OVERVIEW_ABOVE drawn nodes the page opens on an overview: communities found
with networkx, laid out in advance (views.overview_layout), coloured by community,
sized by degree, the most central nodes labelled. Clicking opens a neighbourhood,
which vis-network lays out with its physics; a hub (a body or directive linked to more
than HUB nodes) is not expanded through unless the user opens it.

The page needs no other host: vis-network's script and style, which pyvis ships, are
written into it. Article text reaches the page only as JSON inside a script (with <,
> and & escaped) and is shown as text, never as markup, so no article can inject
markup or script.
"""
from __future__ import annotations

import html
import json
from importlib import resources
from typing import Any

import networkx as nx

from ..loaders.text import key
from ..vocab import MODEL
from .views import communities, officials_first, overview_layout, overview_size, weighted

KINDS = {  # label: (legend, colour, vis-network shape)
    "Person": ("official", "#e45756", "dot"),
    "Body": ("body", "#4c78a8", "square"),
    "Event": ("event", "#54a24b", "star"),
    "Directive": ("directive", "#f58518", "triangle"),
}
RELATIONS = {  # drawn edge: (legend, colour)
    "POST": ("post (title · date)", "#c0392b"),
    "PART": ("took part (role · date)", "#8e6cc0"),
    "ORGANIZED_BY": ("organised by", "#2c7fb8"),
    "IMPLEMENTS": ("implements", "#e6550d"),
    "ISSUED_BY": ("issued by", "#fdae6b"),
    "PART_OF": ("part of", "#7fa7c9"),
}
# Colours of communities: Tableau 20 without its greys, which mean "no community".
PALETTE = ("#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7", "#9c755f",
           "#a0cbe8", "#ffbe7d", "#ff9d9a", "#86bcb6", "#8cd17d", "#f1ce63", "#d4a6c8", "#fabfd2", "#d7b5a6")
OVERVIEW_ABOVE = 300  # drawn nodes: above this the page opens on the overview
HUB = 20  # a body or directive linked to more nodes than this is a hub
LABELLED = 45  # nodes named in the overview, the most central first
URI_BASE = "https://w3id.org/canbo/id/"


def caption(attrs: dict) -> str:
    """What a node is called: the key ontology.ttl names as its label's caption (canbo:graphCaption)."""
    return str(attrs.get(MODEL.captions.get(attrs.get("type", ""), "")) or attrs.get("type", ""))


def _script_json(value: Any) -> str:
    """JSON that can stand inside <script>: nothing in it can close the element or open a comment."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    for raw, escaped in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(raw, escaped)
    return text


class _Table:
    """Values stored once and referred to by their index (sentences, articles)."""

    def __init__(self) -> None:
        self.index: dict[Any, int] = {}
        self.rows: list[Any] = []

    def ref(self, value_key: Any, row: Any) -> int:
        if value_key not in self.index:
            self.index[value_key] = len(self.rows)
            self.rows.append(row)
        return self.index[value_key]


def page_data(graph: nx.MultiDiGraph) -> dict[str, Any]:
    """What the page's script draws: nodes, edges with their facts, articles, communities and the legend.

    `graph` is what selectors.select returns (its `seeds` are where a selection page opens).
    """
    drawn = officials_first(graph)
    simple = weighted(drawn)
    ids = {node: i for i, node in enumerate(drawn)}
    sentences, articles = _Table(), _Table()

    def article_ref(uri: str | None) -> int | None:
        if uri is None or uri not in graph:
            return None
        a = graph.nodes[uri]
        row = {k: v for k, v in (("key", a.get("article")), ("title", a.get("title")),
                                 ("published", a.get("published")), ("url", a.get("url"))) if v}
        return articles.ref(uri, row)

    def fact_row(fact: dict) -> dict:
        row: dict[str, Any] = {k: fact[k] for k in ("rel", "title", "date", "former") if k in fact}
        if fact.get("sentence"):
            row["sentence"] = sentences.ref(fact["sentence"], fact["sentence"])
        if fact.get("article"):
            row["article"] = article_ref(fact["article"])
        if fact.get("uri"):
            row["uri"] = fact["uri"].removeprefix(URI_BASE)
        return row

    nodes = []
    for node, attrs in drawn.nodes(data=True):
        row = {"id": ids[node], "type": attrs["type"], "name": caption(attrs), "search": key(caption(attrs)),
               "uri": node.removeprefix(URI_BASE), "degree": simple.degree(node)}
        for k in ("date", "kind", "issued"):  # kind: an event's or directive's own (hội nghị, Chỉ thị)
            if attrs.get(k):
                row[k] = attrs[k]
        if attrs["facts"]:
            row["facts"] = [fact_row(f) for f in attrs["facts"]]
        nodes.append(row)
    edges = [{"from": ids[s], "to": ids[t], "rel": rel, "facts": [fact_row(f) for f in facts]}
             for s, t, rel, facts in drawn.edges(keys=True, data="facts")]

    groups: list[dict[str, Any]] = []
    overview = drawn.number_of_nodes() > OVERVIEW_ABOVE
    titles: dict[str, Any] = {}
    if overview:
        found = communities(simple)
        laid = overview_layout(simple, found)
        for node, (x, y) in laid.positions.items():
            nodes[ids[node]].update(x=round(x, 1), y=round(y, 1), size=round(overview_size(simple.degree(node)), 1))
        for i, members in enumerate(found):
            for node in members:
                nodes[ids[node]]["community"] = i
            groups.append({"name": _community_name(drawn, members), "size": len(members),
                           "color": PALETTE[i % len(PALETTE)], "title": [round(v, 1) for v in laid.titles[i]]})
        for node in _most_central(simple, found):
            nodes[ids[node]]["named"] = True
        titles = {"room": laid.title_room, "others": [round(v, 1) for v in laid.others] if laid.others else None}
    seeds = [ids[s] for s in graph.graph.get("seeds", ()) if s in ids]
    return {
        "nodes": nodes, "edges": edges, "sentences": sentences.rows, "articles": articles.rows,
        "communities": groups, "overview": overview, "titles": titles, "seeds": seeds,
        "hops": graph.graph.get("hops", 1), "hub": HUB, "base": URI_BASE,
        "kinds": {k: {"label": v[0], "color": v[1], "shape": v[2]} for k, v in KINDS.items()},
        "relations": {k: {"label": v[0], "color": v[1]} for k, v in RELATIONS.items()},
    }


def _community_name(drawn: nx.MultiDiGraph, members: list[str]) -> str:
    """A community by its best-linked body and official (members come most linked first)."""
    picks = []
    for kind in ("Body", "Person", "Event", "Directive"):
        first = next((m for m in members if drawn.nodes[m]["type"] == kind), None)
        if first is not None:
            picks.append(caption(drawn.nodes[first]))
        if len(picks) == 2:
            break
    return " · ".join(picks)


def _most_central(simple: nx.Graph, groups: list[list[str]]) -> list[str]:
    """The overview's named nodes: each community's best-linked node, then the best-linked overall."""
    chosen = [g[0] for g in groups][:LABELLED]
    rest = sorted((n for n in simple if n not in set(chosen)), key=lambda n: (-simple.degree(n), n))
    return chosen + rest[:max(0, LABELLED - len(chosen))]


def render_page(graph: nx.MultiDiGraph, title: str = "canbo") -> str:
    """The whole page as one HTML string."""
    lib = resources.files("pyvis") / "templates" / "lib" / "vis-9.1.2"
    template = resources.files("canbo.graph").joinpath("templates", "page.html").read_text("utf-8")
    vis_js = lib.joinpath("vis-network.min.js").read_text("utf-8").replace("</script", "<\\/script")
    parts = {
        "{{ title }}": html.escape(title),
        "{{ vis_css }}": lib.joinpath("vis-network.css").read_text("utf-8"),
        "{{ data }}": _script_json(page_data(graph)),
        "{{ vis_js }}": vis_js,
    }
    out = template
    for placeholder in ("{{ title }}", "{{ vis_css }}", "{{ data }}"):
        out = out.replace(placeholder, parts[placeholder])
    # the script last: no placeholder inside vis-network's code is ever replaced
    return out.replace("{{ vis_js }}", parts["{{ vis_js }}"], 1)
