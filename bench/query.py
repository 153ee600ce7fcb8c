"""Benchmark: p50 and p95 latency of every query module on a built graph, embedded and over Bolt.

    python bench/ingest.py --sizes 100000 --keep /tmp/canbo-bench   # builds /tmp/canbo-bench/g-100000.kgl
    python bench/query.py /tmp/canbo-bench/g-100000.kgl [--runs 50] [--neo4j URI]

Run by hand; never a test.
"""
from __future__ import annotations

import argparse
import statistics
import time

from canbo.graph.store import KgliteStore, Neo4jStore
from canbo.queries import all_queries

PARAMS = {
    "chairs-by-directive": {"directive": "05-CT/TW"},
    "official-posts": {"name": "Nguyễn Phú Trọng"},
    "body-events": {"body": "Thành ủy Hà Nội"},
    "event-directives": {"event": "hội nghị"},
    "directive-links": {"directive": "05-CT/TW"},
    "co-attendees": {"name": "Nguyễn Phú Trọng"},
    "directive-reach": {"directive": "NQ/TW"},
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db")
    parser.add_argument("--runs", type=int, default=50)
    parser.add_argument("--neo4j", help="query this Bolt server instead (user/password from the environment)")
    args = parser.parse_args()
    store = Neo4jStore(args.neo4j) if args.neo4j else KgliteStore(args.db, writable=False)
    for name, query in all_queries().items():
        params = query.bind(PARAMS.get(name, {}))
        rows = store.read(query.cypher, params)
        times = []
        for _ in range(args.runs):
            start = time.perf_counter()
            store.read(query.cypher, params)
            times.append((time.perf_counter() - start) * 1000)
        times.sort()
        p95 = times[max(0, int(len(times) * 0.95) - 1)]
        print(f"{name:<22} rows {len(rows):>6}  p50 {statistics.median(times):8.2f} ms  p95 {p95:8.2f} ms")
    store.close()


if __name__ == "__main__":
    main()
