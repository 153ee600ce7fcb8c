"""Benchmark: extraction speed on one core over ../shared/corpus/news, beside underthesea's NER.

    python bench/extract.py [CORPUS_DIR] [--repeat N] [--no-underthesea]

Prints characters/s and articles/s of canbo's extraction (parse + rules, no
store), then of underthesea's offline CRF NER on the same texts in the same run
when underthesea is installed (`pip install underthesea`; it is not a
dependency of canbo). Run by hand; figures go in the closing note, never in a test.
"""
from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from canbo.loaders.extract import Extractor
from canbo.loaders.facts import Article
from canbo.loaders.sources import read_articles

DEFAULT = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "news"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--no-underthesea", action="store_true")
    parser.add_argument("--underthesea-chars", type=int, default=150_000,
                        help="characters of the corpus to give underthesea (about 1,700 chars/s: the whole corpus "
                             "takes some 15 minutes)")
    args = parser.parse_args()

    articles = [a for a in read_articles([args.corpus]) if isinstance(a, Article)]
    chars = sum(len(a.text) for a in articles)
    extractor = Extractor()
    extractor.extract(articles[0])  # gazetteers compiled outside the timing
    times = []
    for _ in range(args.repeat):
        start = time.perf_counter()
        for a in articles:
            extractor.extract(a)
        times.append(time.perf_counter() - start)
    best, median = min(times), statistics.median(times)
    print(f"corpus: {len(articles)} articles, {chars:,} characters")
    print(f"canbo extraction: median {chars / median:,.0f} chars/s ({len(articles) / median:,.1f} articles/s), "
          f"best {chars / best:,.0f} chars/s over {args.repeat} runs")

    if args.no_underthesea:
        return
    try:
        from underthesea import ner
    except ImportError:
        print("underthesea: not installed (pip install underthesea) — comparison skipped")
        return
    sample, done = [], 0
    for a in articles:
        if done >= args.underthesea_chars:
            break
        sample.append(a)
        done += len(a.text)
    ner("Khởi động.")  # model loaded outside the timing
    start = time.perf_counter()
    for a in sample:
        for line in a.text.splitlines():
            if line.strip():
                ner(line)
    elapsed = time.perf_counter() - start
    start = time.perf_counter()
    for a in sample:
        extractor.extract(a)
    ours = time.perf_counter() - start
    print(f"same {len(sample)} articles ({done:,} characters): underthesea ner {done / elapsed:,.0f} chars/s, "
          f"canbo extraction {done / ours:,.0f} chars/s ({elapsed / ours:,.0f}x)")


if __name__ == "__main__":
    main()
