"""Articles -> facts -> RDF -> store: the main job, as a library call.

Parsing and extracting an article needs nothing but the article, so it runs in
worker processes (one per core by default); this process only reads the files,
and resolves persons and writes, which need the graph: one batch of articles
per transaction. A small input is read in this process: starting workers would
cost more than they save.
"""
from __future__ import annotations

import gc
import multiprocessing
import multiprocessing.connection
import os
import threading
from collections.abc import Callable, Generator, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import closing
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path

from .graph.store import Store
from .graph.writer import Prepared, Writer, prepare
from .loaders.extract import Extractor
from .loaders.facts import Extraction
from .loaders.rdf import to_rdf
from .loaders.sources import RawArticle, Skipped, raw_articles

BATCH_ARTICLES = 50
#: An input smaller than this is read in this process: starting the workers (3 s on two cores, each importing the
#: extractor) costs more than they save on it.
IN_PROCESS_BYTES = 2**20

Counts = tuple[int, int, int, int]
Read = tuple[Prepared, Counts, list[str]]


@dataclass
class IngestReport:
    articles: int = 0
    written: int = 0  # articles whose batch was written (committed) so far
    persons: int = 0
    posts: int = 0
    directives: int = 0
    events: int = 0
    nodes: int = 0
    relationships: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    warnings: list[tuple[str, str]] = field(default_factory=list)  # (source, what reading repaired)

    def count(self, counts: Counts) -> None:
        self.articles += 1
        self.persons += counts[0]
        self.posts += counts[1]
        self.directives += counts[2]
        self.events += counts[3]

    def progress(self) -> str:
        """What an ingest that stopped part way had written, for the line that says why it stopped."""
        if not self.written:
            return "nothing of this run was written; what the graph held before is kept"
        return (f"the {self.written} articles written before it are kept; the batch of articles under way was not "
                f"written")

    def summary(self) -> str:
        line = (f"{self.articles} articles, {self.persons} persons, {self.posts} posts, "
                f"{self.directives} directives, {self.events} events")
        if self.skipped:
            line += f"; {len(self.skipped)} skipped"
        return line


_EXTRACTOR: Extractor | None = None


def _counts(x: Extraction) -> Counts:
    return len(x.persons), sum(len(p.posts) for p in x.persons), len(x.directives), len(x.events)


def read_one(raw: RawArticle) -> Read | Skipped:
    """Parse and extract one article and map it to rows, with what reading repaired in it; a defect of ours
    costs this article only."""
    global _EXTRACTOR
    if _EXTRACTOR is None:
        _EXTRACTOR = Extractor()
    try:
        article = raw.parse()
        if isinstance(article, Skipped):
            return article
        extraction = _EXTRACTOR.extract(article)
        return prepare(to_rdf(extraction)), _counts(extraction), article.notes
    except Exception as e:
        return Skipped(raw.source, f"could not be read ({type(e).__name__}: {e})")


def _end_with_parent() -> None:
    """In each worker: exit when the ingest that started it is gone, even killed (-9) with no word to us.

    A spawned worker holds the read end of a pipe whose other end only its parent
    holds: it reads end-of-file the moment the parent dies. Without this, workers
    killed -9 their parent would wait on the task queue for good, and keep
    multiprocessing's resource tracker alive with them.
    """
    parent = multiprocessing.parent_process()
    if parent is None:
        return

    def watch() -> None:
        multiprocessing.connection.wait([parent.sentinel])
        os._exit(1)

    threading.Thread(target=watch, name="canbo-parent-watch", daemon=True).start()


def _small(items: Iterator[RawArticle | Skipped]) -> tuple[list[RawArticle | Skipped], bool]:
    """The first items of the input, up to IN_PROCESS_BYTES of articles; whether that was all of it."""
    head: list[RawArticle | Skipped] = []
    size = 0
    for item in items:
        head.append(item)
        size += len(item.data) if isinstance(item, RawArticle) else 0
        if size >= IN_PROCESS_BYTES:
            return head, False
    return head, True


def _read_all(items: Iterable[RawArticle | Skipped],
              workers: int) -> Generator[tuple[RawArticle | Skipped, Read | Skipped], None, None]:
    items = iter(items)
    head, everything = _small(items) if workers > 1 else ([], True)
    if everything:
        for item in chain(head, items):
            yield item, (item if isinstance(item, Skipped) else read_one(item))
        return
    # Workers are spawned, not forked: a forked worker would inherit the store's writer lock and
    # hold it after the ingest itself was killed.
    # However it ends (done, interrupted, a worker killed), the articles not yet begun are dropped and the
    # workers are waited for: none is left running, and multiprocessing leaks nothing.
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"),
                               initializer=_end_with_parent)
    try:
        window: list[tuple[RawArticle | Skipped, Future[Read | Skipped] | Skipped]] = []
        for item in chain(head, items):
            window.append((item, item if isinstance(item, Skipped) else pool.submit(read_one, item)))
            if len(window) >= workers * 16:
                first, future = window.pop(0)
                yield first, future if isinstance(future, Skipped) else future.result()
        for item, future in window:
            yield item, future if isinstance(future, Skipped) else future.result()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def ingest(paths: Iterable[str | Path], store: Store, on_article: Callable[[RawArticle | Skipped], None] | None = None,
           batch_articles: int = BATCH_ARTICLES, workers: int | None = None,
           report: IngestReport | None = None) -> IngestReport:
    """Read every article under `paths` into `store`; bad inputs are skipped with a reason.

    Each batch is one transaction. `report`, when given, is filled as the ingest goes,
    so that whoever called it can tell what was written if it stops part way (an
    interrupt, a full disk, a worker killed).
    """
    workers = workers if workers is not None else min(os.cpu_count() or 1, 8)
    report = report if report is not None else IngestReport()
    store.ensure_schema()
    writer = Writer(store)
    batch: list[Prepared] = []

    def flush() -> None:
        if batch:
            rows = writer.write(batch)
            report.written += len(batch)
            report.nodes += rows.node_count
            report.relationships += rows.rel_count
            batch.clear()
            # What outlives a batch is the writer's memory of the run (persons known, nodes sent), which only
            # grows: frozen, Python's full collections stop walking it again every few hundred articles (a
            # sixth of this process's time by 100k articles). Frozen objects are still freed when unused.
            gc.freeze()

    try:
        with closing(_read_all(raw_articles(paths), workers)) as read:
            for item, result in read:
                if isinstance(result, Skipped):
                    report.skipped.append(result)
                else:
                    prepared, counts, notes = result
                    report.warnings += [(item.source, note) for note in notes]
                    batch.append(prepared)
                    report.count(counts)
                    if len(batch) >= batch_articles:
                        flush()
                if on_article:
                    on_article(item)
        flush()
    finally:
        gc.unfreeze()
    return report
