"""The facts export (../shared/eval/FACTS.md), read back out of the store with Cypher.

It shows what users of the graph see, article by article: each fact is listed
under the article it was derived from.
"""
from __future__ import annotations

from collections import defaultdict
from typing import Any

from .identity.ids import short_id
from .store import Store

ARTICLES = (
    "MATCH (a:Article) RETURN a.uri AS article, a.article AS key, a.title AS title, a.published AS published, "
    "a.authors AS authors"
)
PERSONS = (
    "MATCH (a:Article)<-[:DERIVED_FROM]-(m:Mention)-[:REFERS_TO]->(p:Person) "
    "RETURN a.uri AS article, p.uri AS person, m.text AS name, m.order AS ord"
)
POSTS = (
    "MATCH (a:Article)<-[:DERIVED_FROM]-(x:Post)<-[:HOLDS]-(p:Person) "
    "OPTIONAL MATCH (x)-[:IN_BODY]->(b:Body) "
    "RETURN a.uri + ' ' + p.uri AS holder, x.title AS title, b.name AS body, x.order AS ord"
)
DIRECTIVES = (
    "MATCH (a:Article)<-[:DERIVED_FROM]-(m:Mention)-[:REFERS_TO]->(:Directive) "
    "RETURN a.uri AS article, m.text AS label, m.issuer AS issuer, m.issued AS issued, m.order AS ord"
)
EVENTS = (
    "MATCH (a:Article)<-[:DERIVED_FROM]-(e:Event) "
    "RETURN a.uri AS article, e.uri AS event, e.kind AS kind, e.name AS name, e.date AS date, e.order AS ord"
)
ORGANIZERS = "MATCH (e:Event)-[:ORGANIZED_BY]->(b:Body) RETURN e.uri AS event, b.name AS body"
PARTS = (
    "MATCH (a:Article)<-[:DERIVED_FROM]-(x:Participation)<-[]-(p:Person), (x)-[:IN_EVENT]->(e:Event) "
    "MATCH (a)<-[:DERIVED_FROM]-(m:Mention)-[:REFERS_TO]->(p) "
    "RETURN e.uri AS event, x.part AS part, m.text AS name, x.order AS ord"
)
# A directive under the name the event's own article gives it.
IMPLEMENTS = (
    "MATCH (a:Article)<-[:DERIVED_FROM]-(e:Event)-[:IMPLEMENTS]->(d:Directive)<-[:REFERS_TO]-(m:Mention)-[:DERIVED_FROM]->(a) "
    "RETURN e.uri AS event, m.text AS label"
)

_PARTS = {"chair": "chairs", "participant": "participants", "speaker": "speakers"}


def _by(rows: list[dict[str, Any]], field: str) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in sorted(rows, key=lambda r: (r.get("ord") is None, r.get("ord") or 0)):
        out[row[field]].append(row)
    return out


def export_facts(store: Store) -> dict[str, Any]:
    """The facts document: every article with its persons, posts, directives and events."""
    persons = _by(store.read(PERSONS), "article")
    posts = _by(store.read(POSTS), "holder")
    directives = _by(store.read(DIRECTIVES), "article")
    events = _by(store.read(EVENTS), "article")
    organizers = _by(store.read(ORGANIZERS), "event")
    parts = _by(store.read(PARTS), "event")
    implements = _by(store.read(IMPLEMENTS), "event")

    articles = []
    for a in sorted(store.read(ARTICLES), key=lambda r: r["key"] or ""):
        doc: dict[str, Any] = {"article": a["key"], "title": a["title"], "published": a["published"],
                               "authors": a["authors"] or [], "persons": [], "directives": [], "events": []}
        for p in persons.get(a["article"], []):
            doc["persons"].append({"name": p["name"], "id": short_id(p["person"]), "posts": [
                {"title": x["title"], "body": x["body"]} for x in posts.get(a["article"] + " " + p["person"], [])]})
        for d in directives.get(a["article"], []):
            doc["directives"].append({"label": d["label"], "issuer": d["issuer"], "date": d["issued"]})
        for e in events.get(a["article"], []):
            event: dict[str, Any] = {"kind": e["kind"], "name": e["name"], "date": e["date"],
                                     "organizers": sorted({o["body"] for o in organizers.get(e["event"], [])}),
                                     "chairs": [], "participants": [], "speakers": [],
                                     "directives": sorted({d["label"] for d in implements.get(e["event"], [])})}
            for x in parts.get(e["event"], []):
                names = event[_PARTS[x["part"]]]
                if x["name"] not in names:
                    names.append(x["name"])
            doc["events"].append(event)
        articles.append(doc)
    return {"articles": articles}
