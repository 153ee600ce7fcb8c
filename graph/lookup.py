"""Finding officials by name, the way users type them."""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from datetime import date
from itertools import groupby
from typing import Any

from ..loaders.text import key
from ..queries import all_queries
from .store import Store

# Things named by a folded key that users look up: officials, and the mentions of a name (`canbo same`).
_NAMED = {"Person", "Mention"}


Letters = tuple[tuple[str, frozenset[str]], ...]


def _letters(syllable: str) -> Letters:
    """A folded syllable's letters, each its base letter and the marks on it: "nguyễn" has ê with a tilde on it,
    and đ is d with a stroke."""
    out: list[tuple[str, set[str]]] = []
    for c in unicodedata.normalize("NFD", syllable):
        if unicodedata.combining(c) and out:
            out[-1][1].add(c)
        else:
            out.append(("d", {"đ"}) if c == "đ" else (c, set()))
    return tuple((base, frozenset(marks)) for base, marks in out)


def _syllable_means(typed: Letters, name: Letters) -> bool:
    """Whether a typed syllable means a name's: the same base letters, and every mark typed on the name's letter."""
    return len(typed) == len(name) and all(t == n and tm <= nm for (t, tm), (n, nm) in zip(typed, name, strict=True))


def _run_means(typed: list[Letters], name: list[Letters], at: int) -> bool:
    return all(_syllable_means(t, n) for t, n in zip(typed, name[at:at + len(typed)], strict=True))


def names_meant(typed: str, names: Iterable[str]) -> list[str]:
    """The names (folded keys) a typed name means, per syllable, the way canbo looks up every name.

    A syllable typed without marks, or with some of them, means each syllable of the
    same base letters that carries the marks typed: "Nguyen" and "Nguyên" mean
    Nguyễn, "Dinh" means Đinh; a mark typed must be there: "Hùng" is not Hưng, "Sử"
    is not Sư. Case, spacing and tone placement never matter (key()). The exact
    name, when known, is the only one meant; else the names it gives syllable for
    syllable; else the names in which its syllables stand together ("Ngoc Anh").
    """
    folded = key(typed)
    names = sorted(set(names))
    if not folded or folded in names:
        return [folded] if folded else []
    want = [_letters(s) for s in folded.split()]
    spelled = {n: [_letters(s) for s in n.split()] for n in names}
    whole = [n for n, sy in spelled.items() if len(sy) == len(want) and _run_means(want, sy, 0)]
    return whole or [n for n, sy in spelled.items()
                     if any(_run_means(want, sy, at) for at in range(len(sy) - len(want) + 1))]


def matching_keys(store: Store, name: str, label: str = "Person") -> list[str]:
    """Folded keys of the nodes of a label that a typed name means (names_meant)."""
    assert label in _NAMED, label
    folded = key(name)
    if not folded:
        return []
    if store.read(f"MATCH (p:{label}) WHERE p.key = $name RETURN p.key AS key LIMIT 1", {"name": folded}):
        return [folded]  # served by the key's index; names_meant would say the same
    return names_meant(folded, (r["key"] for r in store.read(f"MATCH (p:{label}) RETURN DISTINCT p.key AS key")
                                if r["key"]))


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
            out[_label(out, person[0])] = posts  # none by `as_of`: the official is still named, with none
        if not rows:
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
