"""Facts a careful reader would doubt, read back out of the graph: `canbo check`.

Each check is one kind of doubt with the Cypher that gathers its candidates and a
test in the language's own terms (gazetteers of loaders/data): a body that is a bare
kind ("Phòng") or runs into the clause after it ("Tập đoàn FLC khẳng"), a person
whose name is a place, a lunar year or the article's own byline, an event dated
after its article. Kinds marked `error` are wrong whenever they occur; the others
are worth a look (a post whose body the article does not give can be right).
"""
from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass

from ..loaders.gazetteer import Gazetteer, gazetteer
from ..loaders.text import key
from .store import Store


@dataclass(frozen=True)
class Doubt:
    """One fact doubted: its kind, the value doubted, and where the graph read it."""

    kind: str
    value: str
    article: str
    sentence: str

    def as_row(self) -> dict[str, str]:
        return asdict(self)


@dataclass(frozen=True)
class Reader:
    """What the checks judge by: the gazetteers, and the day that counts as today."""

    gaz: Gazetteer
    today: dt.date


@dataclass(frozen=True)
class Check:
    kind: str
    error: bool  # a plain error wherever it occurs, not only a doubt
    meaning: str
    find: Callable[[Store, Reader], Iterator[Doubt]]


BODIES = (
    "MATCH (x:Post)-[:IN_BODY]->(b:Body), (x)-[:DERIVED_FROM]->(a:Article) "
    "RETURN b.name AS body, a.article AS article, x.sentence AS sentence"
)
ORGANIZERS = (
    "MATCH (e:Event)-[:ORGANIZED_BY]->(b:Body), (e)-[:DERIVED_FROM]->(a:Article) "
    "RETURN b.name AS body, a.article AS article, e.sentence AS sentence"
)
ISSUERS = (
    "MATCH (m:Mention)-[:REFERS_TO]->(:Directive), (m)-[:DERIVED_FROM]->(a:Article) WHERE m.issuer <> '' "
    "RETURN m.issuer AS body, a.article AS article, m.sentence AS sentence"
)
PERSONS = (
    "MATCH (m:Mention)-[:REFERS_TO]->(p:Person), (m)-[:DERIVED_FROM]->(a:Article) "
    "OPTIONAL MATCH (p)-[:HOLDS]->(x:Post)-[:DERIVED_FROM]->(a) "
    "RETURN m.text AS name, a.article AS article, a.authors AS authors, m.sentence AS sentence, "
    "count(x) AS posts"
)
POSTS_WITHOUT_BODY = (
    "MATCH (p:Person)-[:HOLDS]->(x:Post)-[:DERIVED_FROM]->(a:Article) WHERE NOT (x)-[:IN_BODY]->(:Body) "
    "RETURN p.name + ': ' + x.title AS value, a.article AS article, x.sentence AS sentence"
)
EVENT_DATES = (
    "MATCH (e:Event)-[:DERIVED_FROM]->(a:Article) WHERE e.date <> '' "
    "RETURN e.name AS name, e.date AS date, a.published AS published, a.article AS article, e.sentence AS sentence"
)
EVENTS_WITHOUT_PARTICIPANT = (
    "MATCH (e:Event)-[:DERIVED_FROM]->(a:Article) WHERE NOT (e)<-[:IN_EVENT]-(:Participation) "
    "RETURN e.name AS value, a.article AS article, e.sentence AS sentence"
)
EVENT_DIRECTIVES = (
    "MATCH (e:Event)-[:DERIVED_FROM]->(a:Article) OPTIONAL MATCH (e)-[:IMPLEMENTS]->(d:Directive) "
    "RETURN a.article AS article, e.uri AS event, e.sentence AS sentence, d.name AS directive"
)


def _bodies(store: Store) -> Iterator[dict]:
    for query in (BODIES, ORGANIZERS, ISSUERS):
        yield from store.read(query)


def bare_kind(body: str, gaz: Gazetteer) -> bool:
    """A body that is nothing but a kind naming no body on its own ("Phòng", "Bộ", "Ban"), or empty."""
    k = key(body)
    return not k or (k in gaz.body_kinds and k not in gaz.bare_bodies)


def runs_into_clause(body: str, gaz: Gazetteer) -> bool:
    """A body whose words run on into a verb, an auxiliary or a preposition ("… đã", "… khẳng").

    Words of the body's own vocabulary ("thông tin", "nhân dân"), capitalised
    words ("Báo Nhân Dân") and the words of an official name ("Ủy ban Quản lý vốn
    nhà nước tại doanh nghiệp") are never taken for the clause, nor "của" before
    the body or the locality that owns this one ("Ủy ban Kinh tế của Quốc hội",
    "Tổ công tác … của tỉnh").
    """
    spans = [m.span() for m in gaz.official_re.finditer(body)]
    found = list(re.finditer(r"\S+", body))
    official = {i for i, w in enumerate(found) if any(a <= w.start() < b for a, b in spans)}
    words = [w.group(0) for w in found]
    i = 0
    while i < len(words):
        if i in official:
            i += 1
            continue
        if key(words[i]) == "của" and i + 1 < len(words) and (
                (words[i + 1][:1].isupper() and gaz.body_kind_re.match(" ".join(words[i + 1:])))
                or any(key(" ".join(words[i + 1:i + 1 + n])) in gaz.localities for n in (1, 2))):  # "… của tỉnh"
            i += 1
            continue
        for n in (4, 3, 2, 1):  # "tổ chức tài chính"
            phrase = key(" ".join(words[i:i + n]))
            if len(words[i:i + n]) == n and (phrase in gaz.body_words or phrase in gaz.body_kinds):
                i += n
                break
        else:
            for n in (2, 1):
                chunk = words[i:i + n]
                if len(chunk) == n and chunk[0][:1].islower() and key(" ".join(chunk)) in gaz.clause_words:
                    return True
            i += 1
    return False


def _bare_bodies(store: Store, r: Reader) -> Iterator[Doubt]:
    for row in _bodies(store):
        if bare_kind(row["body"] or "", r.gaz):
            yield Doubt("bare-body", row["body"] or "", row["article"], row["sentence"])


def _clause_bodies(store: Store, r: Reader) -> Iterator[Doubt]:
    for row in _bodies(store):
        if row["body"] and runs_into_clause(row["body"], r.gaz):
            yield Doubt("body-runs-into-clause", row["body"], row["article"], row["sentence"])


def not_a_person(name: str, authors: list[str], has_post: bool, gaz: Gazetteer) -> str | None:
    """Why a person's name is something else: a lunar year, the article's byline, or a place named
    without any post that would make it a person's name. None when nothing speaks against it."""
    k = key(name)
    if k in gaz.lunar_years:
        return "a lunar year"
    if k in {key(a) for a in authors}:
        return "the article's byline"
    if k in gaz.place_keys and not has_post:
        return "a place"
    return None


def _non_persons(store: Store, r: Reader) -> Iterator[Doubt]:
    for row in store.read(PERSONS):
        why = not_a_person(row["name"], row["authors"] or [], row["posts"] > 0, r.gaz)
        if why:
            yield Doubt("non-person", f"{row['name']} ({why})", row["article"], row["sentence"])


def _posts_without_body(store: Store, r: Reader) -> Iterator[Doubt]:
    for row in store.read(POSTS_WITHOUT_BODY):
        yield Doubt("post-without-body", row["value"], row["article"], row["sentence"])


_ISO = re.compile(r"\d{4}-\d{2}-\d{2}")


def _future_events(store: Store, r: Reader) -> Iterator[Doubt]:
    today_iso = r.today.isoformat()
    for row in store.read(EVENT_DATES):
        date, published = row["date"] or "", row["published"] or ""
        if not _ISO.fullmatch(date):
            continue  # a day without its year (--MM-DD) is never after anything
        if date > today_iso:
            why = "in the future"
        elif _ISO.fullmatch(published) and date > published:
            why = f"after the article ({published})"
        else:
            continue
        yield Doubt("future-date", f"{row['name']} on {date}: {why}", row["article"], row["sentence"])


def _events_without_participant(store: Store, r: Reader) -> Iterator[Doubt]:
    for row in store.read(EVENTS_WITHOUT_PARTICIPANT):
        yield Doubt("event-without-participant", row["value"], row["article"], row["sentence"])


def _directives_on_every_event(store: Store, r: Reader) -> Iterator[Doubt]:
    """An article of several events that links one directive to each of them: it rarely discussed it at all."""
    events: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    sentences: dict[str, str] = {}
    for row in store.read(EVENT_DIRECTIVES):
        events[row["article"]][row["event"]]  # an event without directives still counts
        if row["directive"]:
            events[row["article"]][row["event"]].add(row["directive"])
        sentences.setdefault(row["article"], row["sentence"])
    for article, by_event in sorted(events.items()):
        if len(by_event) < 2:
            continue
        for directive in sorted(set.intersection(*by_event.values())):
            yield Doubt("directive-on-every-event", f"{directive} ({len(by_event)} events)", article,
                        sentences[article])


CHECKS: list[Check] = [
    Check("bare-body", True, "a body that is only a kind naming no body alone (Phòng, Bộ, Ban), or empty",
          _bare_bodies),
    Check("body-runs-into-clause", True, "a body whose name runs into a verb, auxiliary or preposition",
          _clause_bodies),
    Check("non-person", True, "a person whose name is a lunar year, the article's byline, or a place with no post",
          _non_persons),
    Check("future-date", True, "an event dated after its article or after today", _future_events),
    Check("post-without-body", False, "a post whose body the graph does not know", _posts_without_body),
    Check("event-without-participant", False, "an event with no one taking part", _events_without_participant),
    Check("directive-on-every-event", False, "one directive linked to every event of an article of several",
          _directives_on_every_event),
]


def check(store: Store, kinds: list[str] | None = None, today: dt.date | None = None) -> list[Doubt]:
    """Every doubted fact of the graph, by kind (in the order of CHECKS), then article."""
    reader = Reader(gazetteer(), today or dt.date.today())
    unknown = set(kinds or []) - {c.kind for c in CHECKS}
    if unknown:
        raise KeyError(f"no check named {sorted(unknown)[0]!r}; the checks are: " + ", ".join(c.kind for c in CHECKS))
    out: list[Doubt] = []
    for c in CHECKS:
        if kinds and c.kind not in kinds:
            continue
        found = set(c.find(store, reader))
        out += sorted(found, key=lambda d: (d.article, d.value, d.sentence))
    return out


def counts(doubts: list[Doubt]) -> list[dict[str, object]]:
    """One row per check: its kind, whether it is a plain error, how many facts it doubts, and what it means."""
    n: dict[str, int] = defaultdict(int)
    for d in doubts:
        n[d.kind] += 1
    return [{"kind": c.kind, "error": c.error, "facts": n[c.kind], "meaning": c.meaning} for c in CHECKS]
