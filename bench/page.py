"""Benchmark: the whole news corpus as one page — export time, page size, first paint in headless Chromium.

    python bench/page.py                       # ingests ../shared/corpus/news into a new store first
    python bench/page.py --db graph.kgl        # or pages a graph you have

Timed are `canbo export html --all` as a user runs it (a new process: start-up, reading the
store, communities, layout, writing), and the page opened in headless Chromium with no
other host reachable (tests/browser.py): first contentful paint (the browser's Paint
Timing) and the graph's first frame drawn with the overview's names (vis-network's
first afterDrawing), in ms from the start of navigation. Medians over --runs.
Targets (issue #17): export under 10 s, page under 5 MB, first paint under 3 s.
Run by hand; never a test.
"""
from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
from browser import WHY_NOT, Browser  # noqa: E402  (the tests' browser driver, not a package)

CANBO = Path(sys.executable).with_name("canbo")
NEWS = ROOT.parent / "shared" / "corpus" / "news"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="A graph to page (default: ingest the news corpus into a new one)")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    if WHY_NOT:
        sys.exit(f"bench/page.py: {WHY_NOT}")
    with tempfile.TemporaryDirectory(prefix="canbo-bench-page-") as tmp:
        db = args.db
        if db is None:
            db = Path(tmp) / "news.kgl"
            subprocess.run([CANBO, "ingest", NEWS, "--db", db], check=True, capture_output=True)
        page = Path(tmp) / "all.html"
        exports = []
        for _ in range(args.runs):
            started = time.perf_counter()
            done = subprocess.run([CANBO, "export", "html", "--all", "--db", db, "-o", page],
                                  check=True, capture_output=True, text=True)
            exports.append(time.perf_counter() - started)
        print(done.stdout.strip())
        size = page.stat().st_size
        paints, frames = [], []
        for _ in range(args.runs):
            with Browser() as browser:
                browser.open(page.as_uri(), "document.body.dataset.ready === 'overview'")
                paints.append(browser.js("performance.getEntriesByName('first-contentful-paint')[0].startTime"))
                frames.append(int(browser.js("document.body.dataset.drawn")))
                others = [u for u in browser.requests if not u.startswith(("file:", "data:", "about:"))]
                if others:
                    sys.exit(f"bench/page.py: the page asked another host: {others[:3]}")
    print(f"export html --all: {statistics.median(exports):.2f} s (runs: {', '.join(f'{t:.2f}' for t in exports)}; "
          "target < 10 s)")
    print(f"page size: {size / 1e6:.2f} MB (target < 5 MB)")
    print(f"first contentful paint: {statistics.median(paints):.0f} ms; graph's first frame: "
          f"{statistics.median(frames):.0f} ms (runs: {', '.join(str(f) for f in frames)}; target < 3000 ms)")


if __name__ == "__main__":
    main()
