"""Benchmark: p50 and p95 latency of every query module on a built graph, embedded and over Bolt.

    python bench/ingest.py --sizes 100000 --keep /tmp/canbo-bench   # builds /tmp/canbo-bench/g-100000.kgl
    python bench/query.py /tmp/canbo-bench/g-100000.kgl [--runs 50]
    python bench/ingest.py --sizes 100000 --stores bolt --keep /tmp/canbo-bench   # fills the Bolt server's folder
    python bench/query.py --bolt /tmp/canbo-bench     # the Bolt server over that folder

Each module runs with two arguments: a typical one (an official, directive or body
named in a few articles of the real corpus) and the heaviest (the most frequent:
Nguyễn Phú Trọng, every "hội nghị"). In the replicated graph every real-corpus
entity recurs once a copy, so both answers grow with the graph. Timed are the
first page, as `canbo query` shows it, and the whole answer. Run by hand; never a test.
"""
from __future__ import annotations

import argparse
import statistics
import time
from contextlib import ExitStack
from pathlib import Path

from bolt import bolt_server
from canbo.cli import QUERY_PAGE
from canbo.graph.store import KgliteStore, Neo4jStore, Store
from canbo.queries import all_queries

ARGUMENTS = {
    "body-events": ({"body": "Tập đoàn Dầu khí Việt Nam"}, {"body": "Thành ủy Hà Nội"}),
    "chairs-by-directive": ({"directive": "Luật Đất đai"}, {"directive": "05-CT/TW"}),
    "co-attendees": ({"name": "Lê Thanh Hải"}, {"name": "Nguyễn Phú Trọng"}),
    "directive-links": ({"directive": "26-NQ/TW"}, {"directive": "05-CT/TW"}),
    "directive-reach": ({"directive": "26-NQ/TW"}, {"directive": "NQ/TW"}),
    "event-directives": ({"event": "giao ban"}, {"event": "hội nghị"}),
    "official-posts": ({"name": "Lê Thanh Hải"}, {"name": "Nguyễn Phú Trọng"}),
}


def timed(store: Store, cypher: str, params: dict, runs: int) -> tuple[int, float, float]:
    """(rows, p50 ms, p95 ms) of a query, after one warm-up run."""
    rows = len(store.read(cypher, params))
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        store.read(cypher, params)
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return rows, statistics.median(times), times[max(0, int(len(times) * 0.95) - 1)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", nargs="?", help="a kglite file (bench/ingest.py --keep)")
    parser.add_argument("--runs", type=int, default=50)
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
        report(store, args.runs)
        store.close()


def report(store: Store, runs: int) -> None:
    print(f"{'module':<20} {'argument':<8} {'rows':>6}  {'page p50':>9} {'p95':>7}  {'all p50':>8} {'p95':>7}  (ms)")
    for name, query in all_queries().items():
        for label, values in zip(("typical", "heaviest"), ARGUMENTS[name], strict=True):
            params = query.bind(values)
            _, page50, page95 = timed(store, query.page(QUERY_PAGE), params, runs)
            rows, all50, all95 = timed(store, query.cypher, params, runs)
            print(f"{name:<20} {label:<8} {rows:>6}  {page50:>9.1f} {page95:>7.1f}  {all50:>8.1f} {all95:>7.1f}")


if __name__ == "__main__":
    main()
