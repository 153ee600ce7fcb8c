"""Who is central: officials by co-attendance, bodies by the directives they carry out.

Pure networkx (betweenness and degree), so no numerical library is needed.
"""
from __future__ import annotations

from itertools import combinations
from typing import Any

import networkx as nx

from .store import Store

CO_ATTENDANCE = (
    "MATCH (p:Person)-[:ATTENDED]->(:Participation)-[:IN_EVENT]->(e:Event) "
    "RETURN e.uri AS event, p.uri AS person, p.name AS name"
)
BODY_DIRECTIVES = (
    "MATCH (b:Body)<-[:ORGANIZED_BY]-(e:Event)-[:IMPLEMENTS]->(d:Directive) "
    "RETURN b.name AS body, count(DISTINCT d) AS directives, count(DISTINCT e) AS events "
    "ORDER BY directives DESC, events DESC, body"
)


def co_attendance(store: Store) -> nx.Graph:
    """Officials joined when they attended one event; the weight is how many events they shared."""
    by_event: dict[str, set[str]] = {}
    graph = nx.Graph()
    for row in store.read(CO_ATTENDANCE):
        graph.add_node(row["person"], name=row["name"])
        by_event.setdefault(row["event"], set()).add(row["person"])
    for people in by_event.values():
        for a, b in combinations(sorted(people), 2):
            weight = graph.get_edge_data(a, b, {"weight": 0})["weight"] + 1
            graph.add_edge(a, b, weight=weight)
    return graph


def rank_officials(store: Store, limit: int = 20) -> list[dict[str, Any]]:
    """Officials by betweenness in the co-attendance graph (who connects circles), then by co-attendees."""
    graph = co_attendance(store)
    if graph.number_of_nodes() == 0:
        return []
    between = nx.betweenness_centrality(graph)
    rows = [{"official": graph.nodes[n]["name"], "betweenness": round(between[n], 4), "co_attendees": graph.degree(n),
             "shared_events": int(graph.degree(n, weight="weight"))} for n in graph]
    rows.sort(key=lambda r: (-r["betweenness"], -r["co_attendees"], r["official"]))
    return rows[:limit]


def rank_bodies(store: Store, limit: int = 20) -> list[dict[str, Any]]:
    """Bodies by how many directives the events they organised implemented."""
    return store.read(BODY_DIRECTIVES)[:limit]
