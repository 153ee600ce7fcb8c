"""Benchmark: end-to-end ingest of 1k, 10k, 100k articles into the embedded store (and over Bolt).

    python bench/ingest.py --sizes 1000 10000 [--bolt] [--keep DIR]

Larger sets are the real corpus (../shared/corpus/news) replicated under new article
identities, with given names and years varied per copy so that identity resolution
still has work to do. Prints articles/s, relationships written/s, peak memory
(this process and its workers) and the store's size. Run by hand; never a test.
"""
from __future__ import annotations

import argparse
import json
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from canbo.graph.store import KgliteStore, Neo4jStore
from canbo.ingest import ingest
from canbo.loaders.facts import Article
from canbo.loaders.sources import read_articles

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


def peak_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return (own + children) / 1024


def run(size: int, folder: Path, store_factory, label: str) -> None:
    data = build(size, folder)
    store = store_factory()
    start = time.perf_counter()
    report = ingest([data], store)
    store.close()
    elapsed = time.perf_counter() - start
    size_mb = sum(p.stat().st_size for p in folder.glob(f"g-{size}.kgl*")) / 2**20
    print(f"{label} {size:>7} articles: {report.articles / elapsed:7.1f} articles/s, "
          f"{report.relationships / elapsed:9.0f} relationships/s, {elapsed:7.1f} s, peak memory {peak_mb():6.0f} MB"
          + (f", store {size_mb:.0f} MB" if label == "embedded" else ""), flush=True)


def bolt_server(folder: Path, port: int = 7699, password: str = "bench-password"):
    proc = subprocess.Popen([sys.executable, str(ROOT / "tests" / "bolt_server.py"), str(folder / "arcade"),
                             str(port), password], stdin=subprocess.PIPE, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    while not (folder / "arcade" / "ready").exists():
        time.sleep(0.2)
    return proc, f"bolt://127.0.0.1:{port}", password


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    parser.add_argument("--bolt", action="store_true", help="also ingest into the ArcadeDB Bolt server the tests use")
    parser.add_argument("--keep", type=Path, help="keep the stores in this folder (for bench/query.py)")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="canbo-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    for size in args.sizes:
        for old in folder.glob(f"g-{size}.kgl*"):  # every run ingests into a new store
            old.unlink()
        run(size, folder, lambda s=size: KgliteStore(folder / f"g-{s}.kgl", writable=True), "embedded")
    if args.bolt:
        proc, uri, password = bolt_server(folder)
        try:
            for size in args.sizes:
                def fresh():
                    store = Neo4jStore(uri, "root", password, "canbo")
                    store.write([("MATCH (n) DETACH DELETE n", {})])
                    return store
                run(size, folder, fresh, "bolt    ")
        finally:
            proc.stdin.close()
            proc.wait()
    if not args.keep:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
