"""Finding officials by name, the way users type them."""
from __future__ import annotations

import re
import unicodedata
from datetime import date
from itertools import groupby
from typing import Any

from ..loaders.text import key
from ..queries import all_queries
from .store import Store

# Things named by a folded key that users look up: officials, and the mentions of a name (`canbo same`).
_NAMED = {"Person", "Mention"}


def unmarked(folded: str) -> str:
    """A folded name without tone marks or the stroke of đ: as typed on a keyboard without Vietnamese."""
    return "".join(c for c in unicodedata.normalize("NFD", folded) if not unicodedata.combining(c)).replace("đ", "d")


def matching_keys(store: Store, name: str, label: str = "Person") -> list[str]:
    """Folded keys a typed name means: the exact name if known, else every name containing it.

    Case, spacing and tone placement never matter (key()). A name typed without any
    tone mark ("dinh la thang") is compared with the names stripped of theirs; one
    typed with marks must have them right, as Hùng and Hưng are two people.
    """
    assert label in _NAMED, label
    folded = key(name)
    if not folded:
        return []
    rows = (store.read(f"MATCH (p:{label}) WHERE p.key = $name RETURN DISTINCT p.key AS key", {"name": folded})
            or store.read(f"MATCH (p:{label}) WHERE p.key CONTAINS $name RETURN DISTINCT p.key AS key", {"name": folded}))
    if rows or unmarked(folded) != folded:
        return sorted({r["key"] for r in rows})
    bare = {r["key"]: unmarked(r["key"]) for r in store.read(f"MATCH (p:{label}) RETURN DISTINCT p.key AS key")
            if r["key"]}
    return sorted(k for k, b in bare.items() if b == folded) or sorted(k for k, b in bare.items() if folded in b)


def matching_officials(store: Store, name: str) -> list[str]:
    """Folded keys of the officials a typed name means (matching_keys)."""
    return matching_keys(store, name, "Person")


def iso_day(value: str, what: str = "a date") -> str:
    """A day given by a user, checked: YYYY-MM-DD and a real day of the calendar; ValueError says what is wrong."""
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            return date.fromisoformat(value).isoformat()
    except ValueError:
        raise ValueError(f"{what} takes a day of the calendar as YYYY-MM-DD, and {value!r} is none") from None
    raise ValueError(f"{what} takes a date as YYYY-MM-DD, not {value!r}")


def dated(day: object) -> bool:
    """A full date (not a day without its year, --MM-DD, nor none)."""
    return isinstance(day, str) and not day.startswith("--")


def in_date_order(rows: list[dict[str, Any]], *then: str) -> list[dict[str, Any]]:
    """Dated rows first, in date order; then days without a year; the undated last."""
    return sorted(rows, key=lambda r: (0 if dated(r["date"]) else 1 if r["date"] else 2, r["date"] or "",
                                       *(str(r.get(k) or "") for k in then)))


def roles(store: Store, name: str, as_of: str | None = None) -> dict[str, list[dict[str, Any]]]:
    """Every post of each official the name matches, by official; several matches are all listed.

    A post is evidence that the official held it on the day the article was
    published, not a term of office. With `as_of` (YYYY-MM-DD), the posts reported
    on or before that day, latest first, then those whose day is not known
    (`date` None): they cannot be placed before or after it, so they are shown
    as undated rather than dropped.
    """
    if as_of:
        as_of = iso_day(as_of, "--as-of")
    query = all_queries()["official-posts"]
    out: dict[str, list[dict[str, Any]]] = {}
    for folded in matching_officials(store, name):
        rows = store.read(query.cypher, {"name": folded})
        for person, group in groupby(rows, key=lambda r: (r["name"], r["person"])):
            posts = in_date_order(list(group), "title", "body", "article")
            if as_of:
                posts = sorted((r for r in posts if dated(r["date"]) and r["date"] <= as_of),
                               key=lambda r: r["date"], reverse=True) + [r for r in posts if not dated(r["date"])]
                if not posts:
                    continue
            out[_label(out, person[0])] = posts
        if not rows and not as_of:
            out.setdefault(folded, [])
    return out


def _label(taken: dict, name: str) -> str:
    """The official's name, numbered when namesakes are listed together."""
    if name not in taken:
        return name
    n = 2
    while f"{name} ({n})" in taken:
        n += 1
    return f"{name} ({n})"


TIMELINE = """
MATCH (p:Person {key: $name})
CALL (p) {
  MATCH (p)-[:HOLDS]->(x:Post)-[:DERIVED_FROM]->(a:Article)
  OPTIONAL MATCH (x)-[:IN_BODY]->(b:Body)
  RETURN x.date AS date, 'post' AS what, x.title + ' @ ' + coalesce(b.name, '?') AS detail, a.article AS article
  UNION
  MATCH (p)-[r:CHAIRED|ATTENDED|SPOKE_AT]->(x:Participation)-[:IN_EVENT]->(e:Event)-[:DERIVED_FROM]->(a:Article)
  RETURN e.date AS date, x.part AS what, e.name AS detail, a.article AS article
}
RETURN p.name AS name, p.uri AS person, date, what, detail, article
ORDER BY person, date, what, detail
"""


def timeline(store: Store, name: str) -> dict[str, list[dict[str, Any]]]:
    """Posts (on the day their article was published) and parts in events (on the event's day) of each official
    the name matches, in date order; what has no known day comes last, undated."""
    out: dict[str, list[dict[str, Any]]] = {}
    for folded in matching_officials(store, name):
        rows = store.read(TIMELINE, {"name": folded})
        for person, group in groupby(rows, key=lambda r: (r["name"], r["person"])):
            found = [{k: v for k, v in r.items() if k not in ("name", "person")} for r in group]
            out[_label(out, person[0])] = in_date_order(found, "what", "detail", "article")
    return out
