"""Benchmark: p50 and p95 latency of every query module on a built graph, embedded and over Bolt.

    python bench/ingest.py --sizes 100000 --keep /tmp/canbo-bench   # builds /tmp/canbo-bench/g-100000.kgl
    python bench/query.py /tmp/canbo-bench/g-100000.kgl
    python bench/ingest.py --sizes 100000 --stores bolt --keep /tmp/canbo-bench   # fills the Bolt server's folder
    python bench/query.py --bolt /tmp/canbo-bench     # the Bolt server over that folder

A module's latency is measured over the arguments its users ask it: --sample
arguments drawn at random (fixed seed) from the graph's own facts, one per fact
reported, so an official, directive, body or event name comes up as often as the
articles report it. Each is timed once, after the module has run once; p50, p95
and the slowest are over the arguments. The heaviest argument (the most frequent:
Nguyễn Phú Trọng, 05-CT/TW, every "hội nghị") is then timed --runs times on its
own, as the tail. Timed are the first page, as `canbo query` shows it, and the
whole answer. Run by hand; never a test.
"""
from __future__ import annotations

import argparse
import random
import statistics
import time
from contextlib import ExitStack
from pathlib import Path

from canbo.cli import QUERY_PAGE
from canbo.graph.store import KgliteStore, Neo4jStore, Store
from canbo.queries import Query, all_queries

from bolt import bolt_server

# One row per fact that names a module's argument: what the module is drawn from.
DRAWN_FROM = {
    "body-events": "MATCH (:Event)-[:ORGANIZED_BY]->(b:Body) RETURN b.name AS body",
    "chairs-by-directive": "MATCH (:Event)-[:IMPLEMENTS]->(d:Directive) RETURN d.name AS directive",
    "co-attendees": "MATCH (p:Person)-[:ATTENDED]->(:Participation) RETURN p.name AS name",
    "directive-links": "MATCH (:Event)-[:IMPLEMENTS]->(d:Directive) RETURN d.name AS directive",
    "directive-reach": "MATCH (:Event)-[:IMPLEMENTS]->(d:Directive) RETURN d.name AS directive",
    "event-directives": "MATCH (e:Event)-[:IMPLEMENTS]->(:Directive) RETURN e.name AS event",
    "official-posts": "MATCH (p:Person)-[:HOLDS]->(:Post) RETURN p.name AS name",
}
HEAVIEST = {
    "body-events": {"body": "Thành ủy Hà Nội"},
    "chairs-by-directive": {"directive": "05-CT/TW"},
    "co-attendees": {"name": "Nguyễn Phú Trọng"},
    "directive-links": {"directive": "05-CT/TW"},
    "directive-reach": {"directive": "NQ/TW"},
    "event-directives": {"event": "hội nghị"},
    "official-posts": {"name": "Nguyễn Phú Trọng"},
}


def elapsed_ms(store: Store, cypher: str, params: dict) -> tuple[int, float]:
    start = time.perf_counter()
    rows = len(store.read(cypher, params))
    return rows, (time.perf_counter() - start) * 1000


def p95(times: list[float]) -> float:
    ordered = sorted(times)
    return ordered[max(0, int(len(ordered) * 0.95) - 1)]


def drawn(store: Store, size: int, seed: int) -> dict[str, list[dict]]:
    """`size` arguments for each module, drawn from the facts that name them."""
    rng = random.Random(seed)
    facts: dict[str, list[dict]] = {}
    out = {}
    for name, cypher in sorted(DRAWN_FROM.items()):
        rows = facts.get(cypher) or facts.setdefault(cypher, store.read(cypher))
        out[name] = [rng.choice(rows) for _ in range(size)] if rows else []
    return out


def sampled(store: Store, query: Query, arguments: list[dict]) -> str:
    """rows p50, then page and whole-answer p50 / p95 / slowest over the arguments."""
    if not arguments:
        return "no facts to draw arguments from"
    store.read(query.page(QUERY_PAGE), query.bind(arguments[0]))
    pages, answers, rows = [], [], []
    for values in arguments:
        params = query.bind(values)
        pages.append(elapsed_ms(store, query.page(QUERY_PAGE), params)[1])
        n, ms = elapsed_ms(store, query.cypher, params)
        answers.append(ms)
        rows.append(n)
    return (f"{statistics.median(rows):>7.0f}  {statistics.median(pages):>6.1f} {p95(pages):>6.1f} {max(pages):>7.1f}"
            f"  {statistics.median(answers):>6.1f} {p95(answers):>6.1f} {max(answers):>7.1f}")


def heaviest(store: Store, query: Query, values: dict, runs: int) -> str:
    """rows, then page and whole-answer p50 / p95 over `runs` runs of one argument."""
    params = query.bind(values)
    rows, _ = elapsed_ms(store, query.cypher, params)
    pages = [elapsed_ms(store, query.page(QUERY_PAGE), params)[1] for _ in range(runs)]
    answers = [elapsed_ms(store, query.cypher, params)[1] for _ in range(runs)]
    return (f"{rows:>7}  {statistics.median(pages):>6.1f} {p95(pages):>6.1f}"
            f"  {statistics.median(answers):>6.1f} {p95(answers):>6.1f}")


def report(store: Store, size: int, runs: int, seed: int) -> None:
    queries = all_queries()
    arguments = drawn(store, size, seed)
    print(f"{size} drawn arguments a module (ms): rows p50, first page p50 / p95 / slowest, whole answer p50 / p95 / slowest")
    for name, query in queries.items():
        print(f"  {name:<20} {sampled(store, query, arguments[name])}")
    print(f"heaviest argument, {runs} runs (ms): rows, first page p50 / p95, whole answer p50 / p95")
    for name, query in queries.items():
        print(f"  {name:<20} {heaviest(store, query, HEAVIEST[name], runs)}   {HEAVIEST[name]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", nargs="?", help="a kglite file (bench/ingest.py --keep)")
    parser.add_argument("--sample", type=int, default=200, help="arguments drawn for each module")
    parser.add_argument("--runs", type=int, default=20, help="runs of the heaviest argument")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--bolt", type=Path, metavar="FOLDER",
                        help="query the ArcadeDB Bolt server over FOLDER (bench/ingest.py --stores bolt --keep FOLDER)")
    parser.add_argument("--neo4j", help="query this Bolt server instead (user/password from the environment)")
    args = parser.parse_args()
    if not (args.db or args.bolt or args.neo4j):
        parser.error("give a kglite file, --bolt FOLDER or --neo4j URI")
    with ExitStack() as stack:
        if args.bolt:
            store = stack.enter_context(bolt_server(args.bolt)).connect()
        else:
            store = Neo4jStore(args.neo4j) if args.neo4j else KgliteStore(args.db, writable=False)
        report(store, args.sample, args.runs, args.seed)
        store.close()


if __name__ == "__main__":
    main()
