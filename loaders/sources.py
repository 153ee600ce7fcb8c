"""Where articles come from: text files, folders of them, and JSON lines.

Each source yields Articles ready for extraction (or, for an ingest's workers to
parse, RawArticles), or a Skipped with a one-line reason; nothing here raises on
bad input.
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from . import dates
from .article import parse_article
from .decoding import decode
from .html import article_text, looks_like_html
from .facts import Article

TEXT_SUFFIXES = {".txt", ".text", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
#: A text or HTML file larger than this is no single article (JSON lines files may be any size).
MAX_ARTICLE_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True)
class Skipped:
    source: str
    reason: str


def files_under(paths: Iterable[str | Path]) -> Iterator[Path | Skipped]:
    """The files named, and those found recursively in the folders named, in a stable order."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                if child.suffix.lower() in TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES and not child.name.startswith("."):
                    if child.name != "MANIFEST.tsv":
                        yield child
        elif path.is_file():
            yield path
        else:
            yield Skipped(str(path), "no such file or folder")


def count_articles(paths: Iterable[str | Path]) -> int:
    """How many articles (and skips) `read_articles` will yield: one per file, one per JSON line."""
    total = 0
    for item in files_under(paths):
        if isinstance(item, Path) and item.suffix.lower() in JSONL_SUFFIXES:
            try:
                with item.open("rb") as f:
                    total += sum(1 for line in f if line.strip())
            except OSError:
                total += 1
        else:
            total += 1
    return total


@dataclass(frozen=True)
class RawArticle:
    """An article as its file holds it, not yet decoded or parsed.

    Reading is cheap and sequential; decoding and parsing are left to whoever
    extracts the article, so that an ingest does them in its worker processes.
    """

    path: Path
    data: bytes
    line: int | None = None  # its number in a JSON lines file

    @property
    def source(self) -> str:
        """Where it was read: the file, and the line of a JSON lines file."""
        return str(self.path) if self.line is None else f"{self.path}:{self.line}"

    def parse(self) -> Article | Skipped:
        return _article(self.path, self.data) if self.line is None else _json_line(self)


def raw_articles(paths: Iterable[str | Path]) -> Iterator[RawArticle | Skipped]:
    """The articles of text files, web pages, folders (recursively) and JSON lines files, as read."""
    for item in files_under(paths):
        if isinstance(item, Skipped):
            yield item
            continue
        try:
            if item.suffix.lower() in JSONL_SUFFIXES:
                yield from _json_lines(item)
                continue
            size = item.stat().st_size
            if size > MAX_ARTICLE_BYTES:
                yield Skipped(str(item), f"{size / 2**20:.0f} MB is too large for one article (limit "
                                         f"{MAX_ARTICLE_BYTES / 2**20:.0f} MB; give many articles as JSON lines)")
                continue
            data = item.read_bytes()
        except OSError as e:
            yield Skipped(str(item), f"cannot read: {e.strerror or e}")
            continue
        yield RawArticle(item, data)


def read_articles(paths: Iterable[str | Path]) -> Iterator[Article | Skipped]:
    """Articles from text files, web pages, folders (recursively) and JSON lines files."""
    for item in raw_articles(paths):
        yield item if isinstance(item, Skipped) else item.parse()


def _article(path: Path, data: bytes) -> Article | Skipped:
    text, how = decode(data)
    if text is None:
        return Skipped(str(path), how)
    if not text.strip():
        return Skipped(str(path), "empty file")
    if path.suffix.lower() in HTML_SUFFIXES or looks_like_html(text):
        body, title, published = article_text(text)
        if not body.strip():
            return Skipped(str(path), "web page with no article text")
        return parse_article(path.name, body, title=title, published=published)
    return parse_article(path.name, text)


def _iso_date(value: str | None) -> str | None:
    """An ISO date from a feed's date field ("2017-05-27", "2017-05-27T08:00:00Z", "27/05/2017"), or None."""
    if not value:
        return None
    m = re.match(r"\s*(\d{4}-\d{2}-\d{2})", value)
    if m:
        return m.group(1)
    found = [d for _, _, d in dates.dates_in(value, cued=False) if not d.startswith("--")]
    return found[0] if found else None


def _json_lines(path: Path) -> Iterator[RawArticle]:
    """One article per line, read line by line so that a file of any size streams."""
    with path.open("rb") as f:
        for number, raw in enumerate(f, 1):
            if raw.strip():
                yield RawArticle(path, raw, number)


def _json_line(item: RawArticle) -> Article | Skipped:
    where = item.source
    line, how = decode(item.data)
    if line is None:
        return Skipped(where, how)
    try:
        record = json.loads(line)
    except json.JSONDecodeError as e:
        return Skipped(where, f"not JSON ({e.msg})")
    if not isinstance(record, dict) or not isinstance(record.get("text"), str) or not record["text"].strip():
        return Skipped(where, "no \"text\" field")
    meta = {k: record.get(k) if isinstance(record.get(k), str) else None for k in ("title", "published", "author", "url")}
    meta["published"] = _iso_date(meta["published"])
    article_key = meta["url"] or f"{item.path.name}#{item.line}"
    text = record["text"]
    if looks_like_html(text):
        text, found_title, found_date = article_text(text)
        meta["title"] = meta["title"] or found_title
        meta["published"] = meta["published"] or found_date
    if meta["title"]:
        text = meta["title"] + "\n\n" + text
    return parse_article(article_key, text, **meta)
