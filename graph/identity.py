"""One official, one node: deciding which mentions across articles are the same person.

Vietnamese names repeat, so a shared name is only a candidate. A mention joins an
existing person when the context agrees, by the first rule that applies:

1. judgement        a user said so (`canbo merge` / `canbo split`); it outlives re-ingesting
   (short of a judgement, reading an article again keeps the decision made when it was first read)
2. shared-body      both hold posts in the same specific body ("Ban Tuyên giáo Quận ủy Gò Vấp",
                    "Bộ Chính trị"; a bare "Quận ủy" is too common to tell)
3. shared-locality  their bodies name the same province or district
4. both-national    both hold posts in national bodies (Trung ương, Chính phủ, Quốc hội):
                    namesakes at that level are not known to the genre
5. public-namesake  the mention has no post to compare, and the one person of that name
                    the graph knows holds a national post ("Thủ tướng Nguyễn Xuân Phúc")
otherwise a new person: first-seen (no one had the name), no-context (the mention has
no post to compare: a byline, a passing mention) or no-shared-context.

Every decision is written to the graph on the mention it decides (its rule and reason),
so `canbo same NAME` can show it and a reviewer can overrule it.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Set as AbstractSet
from dataclasses import dataclass
from functools import lru_cache

from rdflib import RDF, Graph, URIRef

from ..loaders.gazetteer import gazetteer
from ..loaders.rdf import digest
from ..loaders.text import key
from ..vocab import CANBO, DATA, MODEL, SCHEMA
from .lookup import matching_keys
from .mapping import Rows
from .store import Store

_NATIONAL = ("trung ương", "bộ chính trị", "chính phủ", "quốc hội", "nhà nước", "ban bí thư")

CANDIDATES = (
    "MATCH (p:Person) WHERE p.key IN $keys "
    "OPTIONAL MATCH (p)-[:HOLDS]->(:Post)-[:IN_BODY]->(b:Body) "
    "RETURN p.uri AS uri, p.key AS key, collect(DISTINCT b.key) AS bodies"
)
PRIOR = (
    "UNWIND $articles AS u MATCH (a:Article {uri: u})<-[:DERIVED_FROM]-(m:Mention)-[:REFERS_TO]->(p:Person) "
    "WHERE m.rule IS NOT NULL "
    "RETURN m.text AS name, a.article AS article, p.uri AS person, m.rule AS rule, m.reason AS reason"
)
JUDGEMENTS = (
    "MATCH (j:Judgement)-[:CONCERNS]->(p:Person) WHERE j.key IN $keys "
    "RETURN j.key AS key, j.article AS article, j.verdict AS verdict, p.uri AS person"
)


def person_uri(name_key: str, article_key: str) -> URIRef:
    """The identifier of a person first seen in an article."""
    return DATA[f"person/{digest(name_key, article_key)}"]


# The rules below ask these of the same bodies for every namesake compared: answers are cached.
@lru_cache(maxsize=1 << 16)
def national(body_key: str) -> bool:
    """A body of the national party or state."""
    return any(n in body_key for n in _NATIONAL)


@lru_cache(maxsize=1 << 16)
def specific(body_key: str) -> bool:
    """A body precise enough to tell two namesakes apart."""
    return len(body_key.split()) >= 3 or national(body_key)


@lru_cache(maxsize=1 << 16)
def _places_of(body_key: str) -> frozenset[str]:
    places = gazetteer().place_keys
    words = body_key.split()
    return frozenset(" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 2, min(len(words), i + 4) + 1)
                     if " ".join(words[i:j]) in places)


def places_in(body_keys: AbstractSet[str]) -> set[str]:
    """The provinces and districts named in these bodies."""
    return set().union(*map(_places_of, body_keys))


def _word_prefixes(body_key: str) -> Iterator[str]:
    """"ban tuyên giáo quận ủy" -> "ban", "ban tuyên", "ban tuyên giáo", "ban tuyên giáo quận"."""
    words = body_key.split(" ")
    return (" ".join(words[:i]) for i in range(1, len(words)))


class Namesakes:
    """The persons known by one name, with their bodies indexed for the rules.

    A name that keeps coming without a context to tell its bearers apart gathers a
    new person each time; comparing a mention with every one of them made the
    resolver's work grow with the archive. The indexes answer each rule from the
    mention's own bodies: which persons hold the same specific body or one that
    extends or abbreviates it by whole words, which name the same places, which
    hold national posts.
    """

    def __init__(self) -> None:
        self.bodies: dict[str, set[str]] = {}  # person uri -> body keys, in the order persons were met
        self.holding: dict[str, set[str]] = defaultdict(set)  # specific body key -> persons holding it
        self.extending: dict[str, set[str]] = defaultdict(set)  # word-prefix of a specific body key -> its holders
        self.placed: dict[str, set[str]] = defaultdict(set)  # place key -> persons with a body naming it
        self.national: dict[str, set[str]] = {}  # person uri -> their national bodies

    def __len__(self) -> int:
        return len(self.bodies)

    def add(self, uri: str, bodies: Iterable[str]) -> None:
        """A person of this name, or more bodies of one already known."""
        held = self.bodies.setdefault(uri, set())
        for b in set(bodies) - held:
            held.add(b)
            if specific(b):
                self.holding[b].add(uri)
                for prefix in _word_prefixes(b):
                    self.extending[prefix].add(uri)
            for place in _places_of(b):
                self.placed[place].add(uri)
            if national(b):
                self.national.setdefault(uri, set()).add(b)

    def sharing_bodies(self, bodies: Iterable[str]) -> dict[str, set[str]]:
        """Person -> the mention's specific bodies that are the same as one of theirs.

        The same: equal, or one is the other followed by more words ("ban tuyên giáo
        quận ủy" and "ban tuyên giáo quận ủy gò vấp"; keys are single-spaced).
        """
        shared: dict[str, set[str]] = defaultdict(set)
        for m in bodies:
            if specific(m):
                holders = self.holding.get(m, set()) | self.extending.get(m, set())
                holders = holders.union(*(self.holding.get(p, ()) for p in _word_prefixes(m)))
                for uri in holders:
                    shared[uri].add(m)
        return shared

    def sharing_places(self, places: Iterable[str]) -> dict[str, set[str]]:
        """Person -> the places that their bodies and the mention's both name."""
        shared: dict[str, set[str]] = defaultdict(set)
        for place in places:
            for uri in self.placed.get(place, ()):
                shared[uri].add(place)
        return shared


@dataclass(frozen=True)
class Decision:
    mention: URIRef  # the article-scoped person of the RDF
    person: URIRef
    rule: str
    reason: str


class Resolver:
    """Resolves the persons of each article against the store and the articles of this run."""

    def __init__(self, store: Store):
        self.store = store
        self.known: dict[str, Namesakes] = {}
        self.judgements: dict[tuple[str, str], tuple[str, str]] = {}
        self.prior: dict[tuple[str, str], tuple[str, str, str]] = {}

    def load(self, keys: set[str], articles: list[str]) -> None:
        """Read, once per batch, the persons of these names and what earlier readings of these articles decided."""
        for row in self.store.read(PRIOR, {"articles": articles}):
            self.prior[(key(row["name"]), row["article"])] = (row["person"], row["rule"], row["reason"])
        missing = sorted(k for k in keys if k not in self.known)
        if not missing:
            return
        for k in missing:
            self.known[k] = Namesakes()
        for row in self.store.read(CANDIDATES, {"keys": missing}):
            self.known[row["key"]].add(row["uri"], (b for b in row["bodies"] or [] if b))
        for row in self.store.read(JUDGEMENTS, {"keys": missing}):
            self.judgements[(row["key"], row["article"])] = (row["verdict"], row["person"])

    def decide(self, key: str, article: str, bodies: AbstractSet[str]) -> tuple[str, str, str]:
        """(person uri, rule, reason) for a mention of the name `key` in `article` with posts in `bodies`."""
        namesakes = self.known.get(key) or Namesakes()
        verdict = self.judgements.get((key, article))
        if verdict and verdict[0] == "same":
            return verdict[1], "judgement", "a user judged this mention to be this person"
        if (key, article) in self.prior and not verdict:
            return self.prior[(key, article)]  # reading an article again decides as before
        if verdict and verdict[0] == "different":
            return str(split_uri(key, article)), "judgement", "a user judged this mention not to be the person it was taken for"
        own = str(person_uri(key, article))
        # This article's own person (from an earlier reading of it) is no evidence: decide as then.
        known = len(namesakes) - (own in namesakes.bodies)
        if not known:
            return own, "first-seen", "no one of this name was known"
        if not bodies:
            if known == 1:
                (only,) = (uri for uri in namesakes.bodies if uri != own)
                if only in namesakes.national:
                    return only, "public-namesake", "the only person of this name holds a national post"
            return own, "no-context", f"{known} known of this name, but the mention has no post to compare"
        rule, shared = "shared-body", namesakes.sharing_bodies(bodies)
        shared.pop(own, None)
        if not shared:
            rule, shared = "shared-locality", namesakes.sharing_places(places_in(bodies))
            shared.pop(own, None)
        if not shared and any(national(b) for b in bodies):
            rule, shared = "both-national", {uri: held for uri, held in namesakes.national.items() if uri != own}
        if not shared:
            return own, "no-shared-context", f"{known} known of this name; no body or locality in common"
        chosen = min(shared, key=lambda uri: (-len(shared[uri]), uri))
        others = f"; {known - 1} other(s) of this name" if known > 1 else ""
        return chosen, rule, f"both named with {sorted(shared[chosen])[0]!r}{others}"

    def decide_all(self, article_key: str, persons: list[PersonContext]) -> list[Decision]:
        """Decide every person of one article, in order; later articles of the run see these decisions.

        `load` must have been called for the article's batch.
        """
        decisions = []
        for p in persons:
            uri, rule, reason = self.decide(p.key, article_key, p.bodies)
            decisions.append(Decision(URIRef(p.uri), URIRef(uri), rule, reason))
            self.known.setdefault(p.key, Namesakes()).add(uri, p.bodies)
        return decisions


@dataclass(frozen=True)
class PersonContext:
    """What a mention offers for comparison: the name and the bodies of its posts."""

    uri: str  # the article-scoped identifier the loaders gave it
    key: str
    name: str
    bodies: frozenset[str]


def person_contexts(graph: Graph) -> tuple[str, str, list[PersonContext]]:
    """(article uri, article key, persons) of one article's graph, for the resolver."""
    article = next(graph.subjects(RDF.type, SCHEMA.NewsArticle))
    persons = []
    for p in sorted(graph.subjects(RDF.type, SCHEMA.Person), key=str):
        bodies = frozenset(str(graph.value(b, CANBO.key)) for post in graph.objects(p, CANBO.holds)
                           for b in graph.objects(post, CANBO.inBody))
        persons.append(PersonContext(str(p), str(graph.value(p, CANBO.key)), str(graph.value(p, SCHEMA.name)), bodies))
    return str(article), str(graph.value(article, CANBO.articleKey)), persons


def record_decisions(rows: Rows, decisions: list[Decision]) -> None:
    """Write each decision (its rule and reason) on the mention of the person it decides, in one article's rows.

    The rows must still name the article's own persons (before `Rows.rename`). A
    decision lives on its mention, not on a node of its own: it is a fact about that
    mention, and a node and two relationships more for every person of every article
    made up a fifth of a large graph.
    """
    keys = MODEL.keys
    refers = rows.rels[(MODEL.rel_types[CANBO.refersTo], MODEL.labels[CANBO.Mention], MODEL.labels[SCHEMA.Person])]
    mention_of = {r["o"]: r["s"] for r in refers}
    mentions = {row["uri"]: row["props"] for row in rows.nodes[MODEL.labels[CANBO.Mention]]}
    for d in decisions:
        mentions[mention_of[str(d.mention)]].update({keys[CANBO.rule]: d.rule, keys[CANBO.reason]: d.reason})


# ------------------------------------------------------------ review and overrule

SAME = (
    "MATCH (p:Person) WHERE p.key IN $keys "
    "MATCH (m:Mention)-[:REFERS_TO]->(p) WHERE m.rule IS NOT NULL MATCH (m)-[:DERIVED_FROM]->(a:Article) "
    "OPTIONAL MATCH (p)-[:HOLDS]->(x:Post)-[:DERIVED_FROM]->(a) OPTIONAL MATCH (x)-[:IN_BODY]->(b:Body) "
    "RETURN p.uri AS person, m.text AS name, a.article AS article, m.rule AS rule, m.reason AS reason, "
    "collect(DISTINCT x.title + ' @ ' + coalesce(b.name, '?')) AS posts "
    "ORDER BY name, person, article"
)
JUDGED = (
    "MATCH (j:Judgement)-[:CONCERNS]->(p:Person) WHERE j.key IN $keys "
    "RETURN p.uri AS person, j.name AS name, j.article AS article, j.verdict AS verdict ORDER BY article"
)


def short_id(uri: str) -> str:
    """The part of a person's identifier users type: the hash after person/."""
    return uri.rsplit("/", 1)[-1]


def find_person(store: Store, ident: str) -> dict:
    """A person by full URI or the hash users see in `canbo same`; one clear error otherwise."""
    rows = store.read("MATCH (p:Person) WHERE p.uri = $u OR p.uri ENDS WITH $tail RETURN p.uri AS uri, p.key AS key, "
                      "p.name AS name", {"u": ident, "tail": "/" + ident})
    if len(rows) != 1:
        from .store import StoreError

        raise StoreError(f"no person with id {ident!r}; see `canbo same NAME`" if not rows else
                         f"{len(rows)} persons match {ident!r}; give more of the id")
    return rows[0]


def same(store: Store, name: str) -> list[dict]:
    """Every decision about mentions of a name: which person each went to, by which rule, and why.

    The name is looked up as `canbo roles` looks it up (lookup.matching_keys).
    """
    rows = store.read(SAME, {"keys": matching_keys(store, name)})
    for row in rows:
        row["id"] = short_id(row.pop("person"))
        row["posts"] = "; ".join(sorted(p for p in row["posts"] if p))
    judged = store.read(JUDGED, {"keys": matching_keys(store, name, "Judgement")})
    for j in judged:
        rows.append({"name": j["name"], "article": j["article"], "rule": "judgement",
                     "reason": f"user: {j['verdict']}", "id": short_id(j["person"]), "posts": ""})
    return rows


def _incident(store: Store, uri: str, article_uri: str | None = None) -> list[tuple[str, str, str, str]]:
    """(direction, type, label, other uri) of the person's relationships, or only those of facts from one article."""
    from ..vocab import MODEL

    labels = set(MODEL.labels.values())
    scope = " MATCH (x)-[:DERIVED_FROM]->(:Article {uri: $a})" if article_uri else ""
    out = []
    for direction, pattern in (("out", "(p:Person {uri: $u})-[r]->(x)"), ("in", "(p:Person {uri: $u})<-[r]-(x)")):
        for row in store.read(f"MATCH {pattern}{scope} RETURN type(r) AS t, labels(x) AS l, x.uri AS o",
                              {"u": uri, "a": article_uri}):
            label = next(lb for lb in sorted(row["l"]) if lb in labels)
            out.append((direction, row["t"], label, row["o"]))
    return out


def _move(rels: list[tuple[str, str, str, str]], source: str, target: str) -> list[tuple[str, dict]]:
    from ..vocab import MODEL

    types = set(MODEL.rel_types.values())
    statements = []
    for direction, rel, label, other in rels:
        assert rel in types
        arrow = f"(t)-[:{rel}]->(x)" if direction == "out" else f"(x)-[:{rel}]->(t)"
        old = f"(s)-[r:{rel}]->(x)" if direction == "out" else f"(x)-[r:{rel}]->(s)"
        statements.append((
            f"MATCH {old.replace('(s)', '(s:Person {uri: $s})').replace('(x)', f'(x:{label} {{uri: $o}})')} "
            f"MATCH (t:Person {{uri: $t}}) MERGE {arrow} DELETE r",
            {"s": source, "t": target, "o": other}))
    return statements


def _judgement(person: str, name: str, name_key: str, article: str, verdict: str) -> list[tuple[str, dict]]:
    uri = str(DATA[f"judgement/{digest(name_key, article)}"])
    return [
        ("MERGE (j:Judgement {uri: $j}) SET j.key = $k, j.name = $n, j.article = $a, j.verdict = $v",
         {"j": uri, "k": name_key, "n": name, "a": article, "v": verdict}),
        ("MATCH (j:Judgement {uri: $j})-[r:CONCERNS]->() DELETE r", {"j": uri}),
        ("MATCH (j:Judgement {uri: $j}) MATCH (p:Person {uri: $p}) MERGE (j)-[:CONCERNS]->(p)", {"j": uri, "p": person}),
    ]


def merge(store: Store, keep: str, other: str) -> dict:
    """Judge two persons the same: `other`'s facts move to `keep`, and re-ingesting keeps it so."""
    a, b = find_person(store, keep), find_person(store, other)
    if a["uri"] == b["uri"]:
        return a
    articles = [r["a"] for r in store.read(
        "MATCH (:Person {uri: $u})<-[:REFERS_TO]-(:Mention)-[:DERIVED_FROM]->(x:Article) RETURN x.article AS a",
        {"u": b["uri"]})]
    statements = _move(_incident(store, b["uri"]), b["uri"], a["uri"])
    for art in articles:
        statements += _judgement(a["uri"], b["name"], b["key"], art, "same")
    statements.append(("MATCH (p:Person {uri: $u}) DETACH DELETE p", {"u": b["uri"]}))
    store.write(statements)
    return a


def split(store: Store, ident: str, article: str) -> str:
    """Judge a person's mention in one article to be someone else: it gets a person of its own."""
    p = find_person(store, ident)
    found = store.read("MATCH (a:Article) WHERE a.article = $k RETURN a.uri AS uri", {"k": article})
    if not found:
        from .store import StoreError

        raise StoreError(f"no article {article!r} in the graph")
    new = str(split_uri(p["key"], article))
    rels = _incident(store, p["uri"], found[0]["uri"])
    statements = [("MERGE (n:Person {uri: $u}) SET n.name = $n, n.key = $k", {"u": new, "n": p["name"], "k": p["key"]})]
    statements += _move(rels, p["uri"], new)
    statements += _judgement(p["uri"], p["name"], p["key"], article, "different")
    store.write(statements)
    return new


def split_uri(name_key: str, article_key: str) -> URIRef:
    return person_uri(name_key, article_key + "#split")
