"""Resolving persons against the store: the rules over every mention of each name a change touches.

When an article is read (or read again, or a user judges two mentions), every
mention of each name it touches is decided again by rules.resolve, with the
mentions the graph already holds; mentions that the new decision gives another
person are moved there (their facts go with them), and a person no mention names
any more is removed. The result is the same partition as reading all the articles
at once, whatever order they came in.

To stay fast over a large archive, a run keeps in memory what it learnt of each
name (its mentions, gathered into profiles of the same evidence, with the person
and rule each was last given), reads a name from the store only the first time the
run meets it, and writes only what changed: a name's profiles are few even when
its mentions are thousands.
"""
from __future__ import annotations

import sys
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache

from rdflib import RDFS

from ...loaders.rdf import article_uri
from ...vocab import MODEL, SCHEMA, ontology
from ..store import Statement, Store
from .ids import person_uri
from .judgements import ABOUT, Judgement, in_force
from .mentions import ArticleMentions
from .rules import Evidence, Profile, evidence, resolve, setting_of

STORED_MENTIONS = (
    "MATCH (m:Mention) WHERE m.key IN $keys "
    "MATCH (m)-[:REFERS_TO]->(p:Person) MATCH (m)-[:DERIVED_FROM]->(a:Article) "
    "RETURN m.key AS key, m.text AS name, a.article AS article, a.uri AS article_uri, p.uri AS person, "
    "p.name AS person_name, p.key AS person_key, m.rule AS rule, m.reason AS reason"
)
STORED_POSTS = (
    "UNWIND $rows AS r MATCH (:Article {uri: r.a})<-[:DERIVED_FROM]-(x:Post)<-[:HOLDS]-(:Person {uri: r.p}) "
    "OPTIONAL MATCH (x)-[:IN_BODY]->(b:Body) RETURN r.a AS article, r.p AS person, x.title AS title, b.key AS body"
)
STORED_BODIES = (
    "UNWIND $articles AS u MATCH (:Article {uri: u})<-[:DERIVED_FROM]-()-[:IN_BODY|ORGANIZED_BY]->(b:Body) "
    "RETURN u AS article, collect(DISTINCT b.key) AS bodies"
)
STORED_SENTENCES = (
    "UNWIND $articles AS u MATCH (:Article {uri: u})<-[:DERIVED_FROM]-(f) WHERE f.sentence IS NOT NULL "
    "RETURN u AS article, collect(DISTINCT f.sentence) AS sentences"
)
MENTIONS_OF_ARTICLES = (
    "UNWIND $uris AS u MATCH (a:Article {uri: u})<-[:DERIVED_FROM]-(m:Mention)-[:REFERS_TO]->(p:Person) "
    "RETURN m.key AS key, a.article AS article, p.uri AS person"
)
NAME_PERSONS = "UNWIND $rows AS r MERGE (p:Person {uri: r.uri}) SET p.name = r.name, p.key = r.key"
# Persons whose mentions moved, or whose articles were read again, go when no mention names them any more.
REMOVE_UNNAMED_PERSONS = (
    "UNWIND $uris AS uri MATCH (p:Person {uri: uri}) WHERE NOT (p)<-[:REFERS_TO]-(:Mention) DETACH DELETE p"
)
UPDATE_MENTIONS = (
    "UNWIND $rows AS r MATCH (:Article {uri: r.a})<-[:DERIVED_FROM]-(m:Mention {key: r.k}) "
    "SET m.rule = r.rule, m.reason = r.reason"
)


@cache
def _person_relationships() -> tuple[list[str], list[str]]:
    """The relationship types from a person to the facts of an article, and into a person from them (ontology.ttl)."""
    graph = ontology()
    out = sorted(t for p, t in MODEL.rel_types.items() if (p, RDFS.domain, SCHEMA.Person) in graph)
    into = sorted(t for p, t in MODEL.rel_types.items() if (p, RDFS.range, SCHEMA.Person) in graph)
    return out, into


def move_statements(rows: list[dict[str, str]]) -> list[Statement]:
    """Give the mentions in `rows` (article uri `a`, name key `k`, person `o`) another person (`n`), their facts with them."""
    out_types, in_types = _person_relationships()
    statements = []
    for rel in out_types:
        statements.append((f"UNWIND $rows AS r MATCH (:Article {{uri: r.a}})<-[:DERIVED_FROM]-(f)<-[x:{rel}]-"
                           f"(:Person {{uri: r.o}}) MATCH (n:Person {{uri: r.n}}) CREATE (n)-[:{rel}]->(f) DELETE x",
                           {"rows": rows}))
    for rel in in_types + ["REFERS_TO"]:
        statements.append((f"UNWIND $rows AS r MATCH (:Article {{uri: r.a}})<-[:DERIVED_FROM]-(m:Mention {{key: r.k}})"
                           f"-[x:{rel}]->(:Person {{uri: r.o}}) MATCH (n:Person {{uri: r.n}}) CREATE (m)-[:{rel}]->(n) "
                           f"DELETE x", {"rows": rows}))
    return statements


@dataclass(frozen=True)
class _Target:
    """A decision of the rules as the store takes it: the person's identifier, the rule and reason, and the
    (name, key) the person goes by."""

    person: str
    decided: tuple[str, str]
    named: tuple[str, str]


@dataclass
class _Profile:
    """Mentions of one name that offer the same evidence, with the person and rule the store gives them."""

    evidence: Evidence
    names: dict[str, str] = field(default_factory=dict)  # article key -> the name as written there
    first: str = ""
    person: str | None = None  # the person every mention not fresh refers to in the store
    decided: tuple[str, str] | None = None  # and the rule and reason recorded on them
    fresh: set[str] = field(default_factory=set)  # articles of mentions read in this batch, not yet in the store
    stored: dict[str, tuple[str, str, str]] | None = None  # mentions whose store state differs from the rest
    target: _Target | None = None  # what the rules last decided for it

    def add(self, article: str, name: str) -> None:
        self.names[article] = sys.intern(name)
        if not self.first or article < self.first:
            self.first = article

    def remove(self, article: str) -> None:
        del self.names[article]
        self.fresh.discard(article)
        if self.stored:
            self.stored.pop(article, None)
        if article == self.first:
            self.first = min(self.names, default="")


@dataclass
class _Name:
    """What the run knows of the mentions of one name.

    `changed` says whether the rules must look at the name again: a profile came or
    went, or one's smallest mention or its being alone changed. Otherwise the new
    mentions only join profiles whose decisions stand (what a name's mentions offer
    soon repeats itself, so most batches leave most names unchanged).
    """

    key: str
    judged: set[str] = field(default_factory=set)  # articles whose mention a judgement names
    profiles: dict[tuple[Evidence, str], _Profile] = field(default_factory=dict)
    changed: bool = True

    def add(self, found: Evidence, article: str, name: str) -> _Profile:
        """Add a mention to the profile of its evidence, or to its own when a judgement names it."""
        pid = (found, article if article in self.judged else "")
        p = self.profiles.get(pid)
        if p is None:
            p = self.profiles[pid] = _Profile(found)
        before = (p.first, len(p.names) > 1)
        p.add(article, name)
        self.changed |= before != (p.first, len(p.names) > 1)
        return p

    def remove(self, article: str) -> None:
        for pid, p in list(self.profiles.items()):
            if article in p.names:
                p.remove(article)
                if not p.names:
                    del self.profiles[pid]
                self.changed = True
                return


@dataclass
class Plan:
    """What resolving a batch decided: for the mentions just read, and as statements for those already stored."""

    mentions: dict[tuple[str, str], tuple[str, str, str]] = field(default_factory=dict)  # (key, article) -> uri, rule, reason
    persons: dict[str, tuple[str, str]] = field(default_factory=dict)  # person uri -> (name, key) it is named with
    statements: list[Statement] = field(default_factory=list)
    emptied: set[str] = field(default_factory=set)  # persons that may be named by no mention now
    moved: int = 0

    def cleanup(self) -> Statement:
        """The statement that removes the persons this plan left without a mention (run it last)."""
        return REMOVE_UNNAMED_PERSONS, {"uris": sorted(self.emptied)}


class Resolver:
    """Decides the persons of the mentions a run reads, and of those it moves, against the store."""

    def __init__(self, store: Store):
        self.store = store
        self.names: dict[str, _Name] = {}
        self.judgements: dict[str, set[Judgement]] = defaultdict(set)  # name key -> the judgements naming it
        self._batch: set[str] = set()  # the articles being read again: what the store holds of them is stale
        self.named: dict[str, tuple[str, str]] = {}  # person uri -> the (name, key) the store gives it

    # ---------------------------------------------------------------- reading

    def _load(self, keys: Iterable[str], skip_articles: set[str]) -> None:
        """Read from the store the names the run has not met, with their judgements and the names those join."""
        missing = sorted(set(keys) - set(self.names))
        while missing:
            for row in self.store.read(ABOUT, {"keys": missing}):
                j = Judgement.from_row(row)
                for k, _ in (j.left, j.right):
                    self.judgements[k].add(j)
            for k in missing:
                self.names[k] = _Name(k, {a for j in self.judgements[k] for kk, a in (j.left, j.right) if kk == k})
            self._read_mentions(missing, skip_articles)
            missing = sorted({kk for k in missing for j in self.judgements[k] for kk, _ in (j.left, j.right)}
                             - set(self.names))

    def _read_mentions(self, keys: list[str], skip_articles: set[str]) -> None:
        rows = [r for r in self.store.read(STORED_MENTIONS, {"keys": keys}) if r["article"] not in skip_articles]
        if not rows:
            return
        posts: dict[tuple[str, str], set[tuple[str, str]]] = defaultdict(set)
        pairs = [{"a": a, "p": p} for a, p in sorted({(r["article_uri"], r["person"]) for r in rows})]
        for r in self.store.read(STORED_POSTS, {"rows": pairs}):
            posts[(r["article"], r["person"])].add((r["title"] or "", r["body"] or ""))
        articles = {"articles": sorted({r["article_uri"] for r in rows})}
        bodies = {r["article"]: r["bodies"] or () for r in self.store.read(STORED_BODIES, articles)}
        settings = {r["article"]: setting_of(bodies.get(r["article"], ()), r["sentences"] or ())
                    for r in self.store.read(STORED_SENTENCES, articles)}
        for r in rows:
            self.named[r["person"]] = (r["person_name"], r["person_key"])
            found = evidence(posts.get((r["article_uri"], r["person"]), ()), settings.get(r["article_uri"], ()))
            p = self.names[r["key"]].add(found, r["article"], r["name"])
            state = (r["person"], r["rule"] or "", r["reason"] or "")
            if p.person is None and len(p.names) == 1:
                p.person, p.decided = state[0], state[1:]
            elif (p.person, *(p.decided or ())) != state:
                p.stored = p.stored or {}
                p.stored[r["article"]] = state

    def _group(self, k: str) -> set[str]:
        """The names that judgements of `same` join to `k` (usually `k` alone)."""
        group, todo = {k}, [k]
        while todo:
            for j in self.judgements[todo.pop()]:
                if j.verdict == "same":
                    for other, _ in (j.left, j.right):
                        if other not in group:
                            group.add(other)
                            todo.append(other)
        return group

    # --------------------------------------------------------------- deciding

    def plan(self, articles: Sequence[ArticleMentions]) -> Plan:
        """Decide the persons of these articles' mentions, and of the stored mentions of the same names."""
        uris = [a.uri for a in articles]
        batch = {a.key for a in articles}
        before = self.store.read(MENTIONS_OF_ARTICLES, {"uris": uris}) if uris else []
        touched = {m.key for a in articles for m in a.mentions} | {r["key"] for r in before if r["key"]}
        self._batch = batch
        self._load(touched, batch)
        for r in before:  # what these articles said before, read again now
            if r["key"] in self.names:
                self.names[r["key"]].remove(r["article"])
        plan = Plan(emptied={r["person"] for r in before})
        for a in articles:
            for m in a.mentions:
                self.names[m.key].add(m.evidence, a.key, m.name).fresh.add(a.key)
        self._decide(touched, plan)
        return plan

    def refresh(self, keys: Iterable[str]) -> Plan:
        """Decide again every mention of these names (after a judgement), as statements for the store."""
        keys = set(keys)
        self._load(keys, set())
        plan = Plan()
        self._decide(keys, plan)
        return plan

    def _decide(self, touched: set[str], plan: Plan) -> None:
        done: set[str] = set()
        moves: list[dict[str, str]] = []
        updates: list[dict[str, str]] = []
        for k in sorted(touched):
            if k in done:
                continue
            group = self._group(k)
            done |= group
            for name in group:
                if name not in self.names:
                    self._load([name], self._batch)
            states = [(name, p) for name in sorted(group) for p in self.names[name].profiles.values() if p.names]
            if any(self.names[name].changed for name in group) or any(p.target is None for _, p in states):
                self._resolve(group, states)
            for name, p in states:
                self._apply(name, p, plan, moves, updates)
        renamed = [{"uri": uri, "name": name, "key": k} for uri, (name, k) in sorted(plan.persons.items())
                   if self.named.get(uri) != (name, k)]
        if renamed:  # persons new, or going by another name: before the facts that move to them
            plan.statements.append((NAME_PERSONS, {"rows": renamed}))
            self.named.update((r["uri"], (r["name"], r["key"])) for r in renamed)
        if moves:
            plan.statements += move_statements(moves)
            plan.emptied |= {m["o"] for m in moves}
            plan.moved += len(moves)
        for uri in plan.emptied - plan.persons.keys():  # removed, unless another name's mention still names it
            self.named.pop(uri, None)
        if updates:
            plan.statements.append((UPDATE_MENTIONS, {"rows": updates}))

    def _resolve(self, group: set[str], states: list[tuple[str, _Profile]]) -> None:
        """Decide the profiles of a group of names again, with the rules: each profile's person and why."""
        profiles = [Profile(name, p.evidence, p.first, len(p.names)) for name, p in states]
        verdicts = in_force({j for name in group for j in self.judgements[name]})
        written = {name: p.names[p.first] for name, p in sorted(states, key=lambda s: s[1].first, reverse=True)}
        for (_, p), d in zip(states, resolve(profiles, verdicts), strict=True):
            p.target = _Target(str(person_uri(*d.person)), (d.rule, d.reason), (written[d.name], d.name))
        for name in group:
            self.names[name].changed = False

    def _apply(self, name: str, p: _Profile, plan: Plan, moves: list, updates: list) -> None:
        """Record a profile's decision: the fresh mentions in the plan, changes to stored ones as moves and updates."""
        assert p.target is not None
        uri, decided = p.target.person, p.target.decided
        if not p.fresh and p.person == uri and p.decided == decided and not p.stored:
            return  # nothing new, nothing changed
        plan.persons.setdefault(uri, p.target.named)
        for article in p.fresh:
            plan.mentions[(name, article)] = (uri, *decided)
        if p.person != uri or p.decided != decided or p.stored:
            for article in p.names.keys() - p.fresh:
                person, rule, reason = (p.stored or {}).get(article) or (p.person, *(p.decided or ("", "")))
                row = {"a": str(article_uri(article)), "k": name}
                if person != uri:
                    moves.append({**row, "o": person, "n": uri})
                if person != uri or (rule, reason) != decided:
                    updates.append({**row, "rule": decided[0], "reason": decided[1]})
        p.person, p.decided, p.stored = uri, decided, None
        p.fresh.clear()
