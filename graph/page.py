"""The interactive page an analyst shares: one self-contained HTML file, drawn with vis-network (pyvis).

The page needs no other host: vis-network's script and style, which pyvis ships,
are written into it. What the user chose to draw (selectors.py) is laid out in
advance with networkx when it is large, so it opens at once; otherwise vis-network's
physics runs until the layout settles and then stops. Article text reaches the
page only as JSON inside a script (with <, > and & escaped) and as plain-text
tooltips and details, so no article can inject markup or script.
"""
from __future__ import annotations

import html
import json
from importlib import resources
from typing import Any

import networkx as nx

from ..loaders.text import key

TYPES = {  # label: (legend, colour, shape)
    "Person": ("official", "#e45756", "dot"),
    "Body": ("body", "#4c78a8", "box"),
    "Post": ("post", "#f2cf5b", "diamond"),
    "Event": ("event", "#54a24b", "star"),
    "Directive": ("directive", "#f58518", "triangle"),
    "Article": ("article", "#9d9da1", "square"),
}
EDGE_NAMES = {
    "HOLDS": "holds post", "IN_BODY": "in body", "PART_OF": "part of", "ORGANIZED_BY": "organised by",
    "IMPLEMENTS": "implements", "ISSUED_BY": "issued by", "DERIVED_FROM": "reported in", "CHAIRED": "chaired",
    "ATTENDED": "attended", "SPOKE_AT": "spoke at", "MENTIONS": "mentions",
}
LAYOUT_ABOVE = 300  # nodes: lay out with networkx instead of live physics
# Facts that have a day (a post: its article's; an event, a part in it; an article): those without a full one are
# "undated", which the page's date filter offers as a choice of its own.
DATED = {"Post", "Event", "Article", "HOLDS", "CHAIRED", "ATTENDED", "SPOKE_AT"}
_CAPTION = ("name", "label", "title", "article")


def caption(attrs: dict) -> str:
    for k in _CAPTION:
        if attrs.get(k):
            return str(attrs[k])
    return str(attrs.get("type", ""))


def tooltip(attrs: dict, graph: nx.MultiDiGraph | None = None, node: str | None = None) -> str:
    """Plain text: what the node is, its date, and where it was reported (article title, date, sentence)."""
    lines = [f"{TYPES.get(attrs.get('type'), (attrs.get('type'),))[0]}: {caption(attrs)}"]
    for k in ("kind", "date", "published", "issued"):
        if attrs.get(k):
            lines.append(f"{k}: {attrs[k]}")
    if graph is not None and node is not None:
        for _, article, data in graph.out_edges(node, data=True):
            if data.get("type") == "DERIVED_FROM":
                a = graph.nodes[article]
                lines.append(f"source: {a.get('title') or a.get('article')} ({a.get('published') or 'no date'})")
    if attrs.get("sentence"):
        lines.append(f"“{attrs['sentence']}”")
    return "\n".join(lines)


def _script_json(value: Any) -> str:
    """JSON that can stand inside <script>: nothing in it can close the element or open a comment."""
    text = json.dumps(value, ensure_ascii=False)
    for raw, escaped in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(raw, escaped)
    return text


def _undated(kind: str, day: object) -> bool:
    return kind in DATED and not (isinstance(day, str) and not day.startswith("--"))


def page_data(graph: nx.MultiDiGraph) -> dict[str, Any]:
    """Nodes, edges, legend and options for the page, built with pyvis's Network."""
    from pyvis.network import Network

    net = Network(directed=True)
    positions = None
    if graph.number_of_nodes() > LAYOUT_ABOVE:
        positions = nx.spring_layout(nx.Graph(graph), seed=1, iterations=30, scale=60 * graph.number_of_nodes() ** 0.5)
    for node, attrs in graph.nodes(data=True):
        kind = attrs.get("type", "")
        legend, colour, shape = TYPES.get(kind, (kind, "#999999", "dot"))
        day = attrs.get("date") or attrs.get("published")
        extra: dict[str, Any] = {"date": day, "search": key(caption(attrs)), "undated": _undated(kind, day)}
        if positions is not None:
            extra.update(x=float(positions[node][0]), y=float(positions[node][1]), physics=False)
        net.add_node(node, label=caption(attrs)[:40], title=tooltip(attrs, graph, node), color=colour, shape=shape,
                     kind=kind, **extra)
    for source, target, attrs in graph.edges(data=True):
        rel = attrs.get("type", "")
        name = EDGE_NAMES.get(rel, rel.lower().replace("_", " "))
        date = attrs.get("date")
        text = name + (f" ({date})" if date else "")
        tip = text + (f"\n“{attrs['sentence']}”" if attrs.get("sentence") else "")
        net.add_edge(source, target, label=text, title=tip, date=date, undated=_undated(rel, date), arrows="to",
                     font={"size": 9})
    counts: dict[str, int] = {}
    for _, attrs in graph.nodes(data=True):
        counts[attrs.get("type", "")] = counts.get(attrs.get("type", ""), 0) + 1
    types = {k: {"label": TYPES[k][0], "color": TYPES[k][1], "count": counts[k]} for k in TYPES if k in counts}
    options = {
        "physics": {"enabled": positions is None, "stabilization": {"iterations": 200},
                    "barnesHut": {"gravitationalConstant": -8000, "springLength": 120}},
        "interaction": {"hover": True, "tooltipDelay": 150},
        "edges": {"smooth": False},
    }
    return {"nodes": net.nodes, "edges": net.edges, "types": types, "options": options}


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
