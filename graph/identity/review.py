"""Reviewing and overruling: which mentions were taken for one person and why, and the users' judgements.

`same` lists every decision about a name's mentions with its rule and reason.
`merge` and `split` record a judgement on two mentions in the log (judgements.py),
then decide the names concerned again: the judgement holds because the rules obey
it, now and whenever the articles are read again.
"""
from __future__ import annotations

import getpass
import os
from collections.abc import Iterable

from ..lookup import matching_keys
from ..store import Store, StoreError
from .ids import short_id
from .judgements import EVERY, RECORD, Judgement, now
from .resolver import Resolver

SAME = (
    "MATCH (m:Mention) WHERE m.key = $key MATCH (m)-[:REFERS_TO]->(p:Person) MATCH (m)-[:DERIVED_FROM]->(a:Article) "
    "OPTIONAL MATCH (a)<-[:DERIVED_FROM]-(x:Post)<-[:HOLDS]-(p) OPTIONAL MATCH (x)-[:IN_BODY]->(b:Body) "
    "RETURN p.uri AS person, m.text AS name, a.article AS article, a.published AS published, m.rule AS rule, "
    "m.reason AS reason, collect(DISTINCT x.title + ' @ ' + coalesce(b.name, '?')) AS posts "
    "ORDER BY person, article"
)
FIND_PERSON = ("MATCH (p:Person) WHERE p.uri = $u OR p.uri ENDS WITH $tail "
               "RETURN p.uri AS uri, p.key AS key, p.name AS name")
MENTIONS_OF_PERSON = (
    "MATCH (:Person {uri: $u})<-[:REFERS_TO]-(m:Mention)-[:DERIVED_FROM]->(a:Article) "
    "RETURN m.key AS key, m.text AS name, a.article AS article ORDER BY article, key"
)
PERSON_OF_MENTION = (
    "MATCH (a:Article {article: $article})<-[:DERIVED_FROM]-(m:Mention {key: $key})-[:REFERS_TO]->(p:Person) "
    "RETURN p.uri AS uri, p.key AS key, p.name AS name"
)


def user() -> str:
    """Who is judging: $CANBO_USER, else the login name."""
    try:
        return os.environ.get("CANBO_USER") or getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def find_person(store: Store, ident: str) -> dict:
    """A person by full URI or the hash users see in `canbo same`; one clear error otherwise."""
    rows = store.read(FIND_PERSON, {"u": ident, "tail": "/" + ident})
    if len(rows) != 1:
        raise StoreError(f"no person with id {ident!r}; see `canbo same NAME`" if not rows else
                         f"{len(rows)} persons match {ident!r}; give more of the id")
    return rows[0]


def same(store: Store, name: str) -> list[dict]:
    """Every decision about the mentions of a name, and the judgements on them.

    The name is looked up as `canbo roles` looks it up (lookup.matching_keys), among the names mentions write.
    """
    keys = matching_keys(store, name, "Mention")
    rows = []
    for k in keys:
        for row in store.read(SAME, {"key": k}):
            row["id"] = short_id(row.pop("person"))
            row["posts"] = "; ".join(sorted(p for p in row["posts"] if p))
            rows.append(row)
    if keys:
        for j in judgements(store):
            if j.left[0] in keys or j.right[0] in keys:
                rows.append({"id": "", "name": j.name, "article": j.article, "rule": "judgement",
                             "reason": f"{j.by} ({j.at}): {j.verdict} as {j.other_name} in {j.other_article}"
                                       + (f"; {j.reason}" if j.reason else ""), "posts": ""})
    return rows


def judgements(store: Store) -> list[Judgement]:
    """The whole log, oldest first."""
    return sorted((Judgement.from_row(r) for r in store.read(EVERY)), key=lambda j: (j.at, j.uri))


def record(store: Store, found: Iterable[Judgement]) -> int:
    """Add judgements to the log (those it holds already are left as they are) and decide their names again.

    How many were new.
    """
    store.ensure_schema()  # a log may come before any article
    known = {j.uri for j in judgements(store)}
    new = [j for j in dict.fromkeys(found) if j.uri not in known]
    if not new:
        return 0
    store.write([(RECORD, {"rows": [j.row() for j in new]})])
    plan = Resolver(store).refresh({k for j in new for k, _ in (j.left, j.right)})
    store.write(plan.statements + [plan.cleanup()])
    return len(new)


def _first_mention(store: Store, person_uri: str, besides: tuple[str, str] | None = None) -> dict:
    for row in store.read(MENTIONS_OF_PERSON, {"u": person_uri}):
        if (row["key"], row["article"]) != besides:
            return row
    raise StoreError("this person has no other mention to judge against")


def person_of(store: Store, name_key: str, article: str) -> dict:
    found = store.read(PERSON_OF_MENTION, {"article": article, "key": name_key})
    if not found:
        raise StoreError(f"no mention of {name_key!r} in {article!r}")
    return found[0]


def merge(store: Store, keep: str, other: str, verdict: str = "same", by: str | None = None,
          reason: str = "") -> tuple[dict, dict]:
    """Judge persons `keep` and `other` one official (or be unsure): a judgement on their first mentions.

    The two persons as they stand after it (the same one, unless another judgement keeps them apart).
    """
    a, b = find_person(store, keep), find_person(store, other)
    left, right = _first_mention(store, a["uri"]), _first_mention(store, b["uri"])
    if a["uri"] != b["uri"]:
        record(store, [Judgement(left["name"], left["article"], right["name"], right["article"], verdict,
                                 by or user(), now(), reason)])
    return person_of(store, left["key"], left["article"]), person_of(store, right["key"], right["article"])


def split(store: Store, ident: str, article: str, verdict: str = "different", by: str | None = None,
          reason: str = "") -> dict:
    """Judge a person's mention in one article to be someone else (or be unsure); the person it is now."""
    p = find_person(store, ident)
    mention = next((m for m in store.read(MENTIONS_OF_PERSON, {"u": p["uri"]}) if m["article"] == article), None)
    if mention is None:
        raise StoreError(f"{p['name']} ({short_id(p['uri'])}) is not named in an article {article!r}")
    other = _first_mention(store, p["uri"], (mention["key"], article))
    record(store, [Judgement(mention["name"], article, other["name"], other["article"], verdict, by or user(), now(),
                             reason)])
    return person_of(store, mention["key"], article)


def import_judgements(store: Store, lines: Iterable[str], source: str = "") -> tuple[int, int]:
    """Read an exported log into the graph: (judgements read, new ones). A bad line is an error, and nothing is written."""
    found = []
    for number, line in enumerate(lines, 1):
        if line.strip():
            try:
                found.append(Judgement.from_json(line))
            except ValueError as e:
                raise StoreError(f"{source}:{number}: {e}") from None
    return len(found), record(store, found)
