"""Articles -> facts -> RDF -> store: the main job, as a library call."""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .graph.identity import Resolver
from .graph.store import Store
from .graph.writer import write_articles
from .loaders.extract import Extractor
from .loaders.facts import Article, Extraction
from .loaders.rdf import article_uri, to_rdf
from .loaders.sources import Skipped, read_articles

BATCH_ARTICLES = 50


@dataclass
class IngestReport:
    articles: int = 0
    persons: int = 0
    posts: int = 0
    directives: int = 0
    events: int = 0
    nodes: int = 0
    relationships: int = 0
    skipped: list[Skipped] = field(default_factory=list)

    def count(self, x: Extraction) -> None:
        self.articles += 1
        self.persons += len(x.persons)
        self.posts += sum(len(p.posts) for p in x.persons)
        self.directives += len(x.directives)
        self.events += len(x.events)

    def summary(self) -> str:
        line = (f"{self.articles} articles, {self.persons} persons, {self.posts} posts, "
                f"{self.directives} directives, {self.events} events")
        if self.skipped:
            line += f"; {len(self.skipped)} skipped"
        return line


def ingest(paths: Iterable[str | Path], store: Store, on_article: Callable[[Article | Skipped], None] | None = None,
           batch_articles: int = BATCH_ARTICLES) -> IngestReport:
    """Read every article under `paths` into `store`; bad inputs are skipped with a reason."""
    report = IngestReport()
    extractor = Extractor()
    store.ensure_schema()
    resolver = Resolver(store)
    batch: list[tuple[str, object]] = []

    def flush() -> None:
        if batch:
            rows = write_articles(store, batch, resolver)
            report.nodes += rows.node_count
            report.relationships += rows.rel_count
            batch.clear()

    for item in read_articles(paths):
        if isinstance(item, Skipped):
            report.skipped.append(item)
        else:
            try:
                extraction = extractor.extract(item)
                graph = to_rdf(extraction)
            except Exception as e:  # a defect of ours must not cost the rest of the run
                report.skipped.append(Skipped(item.key, f"could not be read ({type(e).__name__}: {e})"))
            else:
                batch.append((str(article_uri(item.key)), graph))
                report.count(extraction)
                if len(batch) >= batch_articles:
                    flush()
        if on_article:
            on_article(item)
    flush()
    return report
