"""Benchmark: end-to-end ingest of 1k, 10k, 100k articles into the embedded store (and over Bolt).

    python bench/ingest.py --sizes 1000 10000 [--stores embedded bolt] [--keep DIR]

Larger sets are the real corpus (../shared/corpus/news) replicated under new article
identities, with given names and years varied per copy so that identity resolution
still has work to do. Prints articles/s, relationships written/s, peak memory (this
process and its children together: the workers, and the Bolt server) and the store's
size. The Bolt server is the tests' ArcadeDB (bench/bolt.py); it keeps the last size
ingested, for bench/query.py --bolt. Run by hand; never a test.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

from canbo.graph.store import KgliteStore, Store
from canbo.ingest import ingest
from canbo.loaders.facts import Article
from canbo.loaders.sources import read_articles

from bolt import bolt_server

ROOT = Path(__file__).resolve().parent.parent
NEWS = ROOT.parent / "shared" / "corpus" / "news"
GIVEN = ["An", "Bình", "Cường", "Dũng", "Giang", "Hà", "Hải", "Hùng", "Khoa", "Lâm", "Long", "Minh", "Nam", "Phong",
         "Quang", "Sơn", "Tâm", "Thắng", "Trung", "Tuấn", "Việt", "Vinh"]
_YEAR = re.compile(r"\b(20[01]\d)\b")


def varied(text: str, copy: int) -> str:
    """A copy of an article: every third copy renames people's last syllables; years shift with the copy."""
    if copy % 3 == 1:
        swap = {g: GIVEN[(i + copy) % len(GIVEN)] for i, g in enumerate(GIVEN)}
        text = re.sub(r"(?<=\w )(" + "|".join(GIVEN) + r")\b", lambda m: swap[m.group(1)], text)
    return _YEAR.sub(lambda m: str(int(m.group(1)) + copy % 5), text)


def build(size: int, folder: Path) -> Path:
    articles = [a for a in read_articles([NEWS]) if isinstance(a, Article)]
    path = folder / f"articles-{size}.jsonl"
    with path.open("w", encoding="utf-8") as f:
        for i in range(size):
            a = articles[i % len(articles)]
            copy = i // len(articles)
            record = {"url": f"bench://{copy}/{a.key}", "title": a.title, "text": varied(a.text, copy)}
            f.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def _tree(pid: int) -> list[int]:
    """A process and its descendants (the ingest's workers; the Bolt server)."""
    found = [pid]
    for children in Path(f"/proc/{pid}/task").glob("*/children"):
        try:
            found += [p for child in children.read_text().split() for p in _tree(int(child))]
        except OSError:  # the task ended while we looked
            pass
    return found


def _rss_mb(pid: int) -> float:
    try:
        return int(Path(f"/proc/{pid}/status").read_text().split("VmRSS:")[1].split()[0]) / 1024
    except (OSError, IndexError):
        return 0.0


class PeakMemory:
    """The largest resident memory of this process and its workers together, sampled every 0.1 s.

    Summing each process's own peak would count a worker's peak and the writer's
    final checkpoint as if they coincided; the workers have ended by then.
    """

    def __init__(self) -> None:
        self.peak = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def _sample(self) -> None:
        me = os.getpid()
        while not self._stop.wait(0.1):
            self.peak = max(self.peak, sum(map(_rss_mb, _tree(me))))

    def __enter__(self) -> PeakMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()


def run(size: int, folder: Path, store: Store, label: str, server_mb: Callable[[], float] = lambda: 0.0) -> None:
    data = build(size, folder)
    with PeakMemory() as memory:
        start = time.perf_counter()
        report = ingest([data], store)
        store.close()
        elapsed = time.perf_counter() - start
    size_mb = sum(p.stat().st_size for p in folder.glob(f"g-{size}.kgl*")) / 2**20
    print(f"{label} {size:>7} articles: {report.articles / elapsed:7.1f} articles/s, "
          f"{report.relationships / elapsed:9.0f} relationships/s, {elapsed:7.1f} s, peak memory {memory.peak:6.0f} MB"
          + (f", store {size_mb:.0f} MB" if label == "embedded" else f", server peak {server_mb():.0f} MB"), flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    parser.add_argument("--stores", nargs="+", choices=["embedded", "bolt"], default=["embedded"],
                        help="embedded: a new kglite file per size; bolt: the ArcadeDB Bolt server the tests use")
    parser.add_argument("--keep", type=Path, help="keep the stores in this folder (for bench/query.py)")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="canbo-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    if "embedded" in args.stores:
        for size in args.sizes:
            for old in folder.glob(f"g-{size}.kgl*"):  # every run ingests into a new store
                old.unlink()
            run(size, folder, KgliteStore(folder / f"g-{size}.kgl", writable=True), "embedded")
    if "bolt" in args.stores:
        with bolt_server(folder) as server:
            for size in args.sizes:
                store = server.connect()
                store.write([("MATCH (n) DETACH DELETE n", {})])
                run(size, folder, store, "bolt    ", server.peak_mb)
    if not args.keep:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
