"""Where articles come from: text files, folders of them, and JSON lines.

Each source yields Articles ready for extraction, or a Skipped with a one-line
reason; nothing here raises on bad input.
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from . import dates
from .article import parse_article
from .facts import Article

TEXT_SUFFIXES = {".txt", ".text", ""}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}


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
                if child.suffix.lower() in TEXT_SUFFIXES | JSONL_SUFFIXES and not child.name.startswith("."):
                    if child.name != "MANIFEST.tsv":
                        yield child
        elif path.is_file():
            yield path
        else:
            yield Skipped(str(path), "no such file or folder")


def decode(data: bytes) -> str | None:
    """The text of a file: UTF-8 with or without BOM; None when it is not text."""
    if b"\x00" in data[:4096]:
        return None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None


def read_articles(paths: Iterable[str | Path]) -> Iterator[Article | Skipped]:
    """Articles from files, folders (recursively) and JSON lines files."""
    for item in files_under(paths):
        if isinstance(item, Skipped):
            yield item
            continue
        try:
            data = item.read_bytes()
        except OSError as e:
            yield Skipped(str(item), f"cannot read: {e.strerror}")
            continue
        text = decode(data)
        if text is None:
            yield Skipped(str(item), "not UTF-8 text")
        elif item.suffix.lower() in JSONL_SUFFIXES:
            yield from _json_lines(item, text)
        elif not text.strip():
            yield Skipped(str(item), "empty file")
        else:
            yield parse_article(item.name, text)


def _iso_date(value: str | None) -> str | None:
    """An ISO date from a feed's date field ("2017-05-27", "2017-05-27T08:00:00Z", "27/05/2017"), or None."""
    if not value:
        return None
    m = re.match(r"\s*(\d{4}-\d{2}-\d{2})", value)
    if m:
        return m.group(1)
    found = [d for _, _, d in dates.dates_in(value, cued=False) if not d.startswith("--")]
    return found[0] if found else None


def _json_lines(path: Path, text: str) -> Iterator[Article | Skipped]:
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as e:
            yield Skipped(where, f"not JSON ({e.msg})")
            continue
        if not isinstance(record, dict) or not isinstance(record.get("text"), str) or not record["text"].strip():
            yield Skipped(where, "no \"text\" field")
            continue
        meta = {k: record.get(k) if isinstance(record.get(k), str) else None for k in ("title", "published", "author", "url")}
        meta["published"] = _iso_date(meta["published"])
        article_key = meta["url"] or f"{path.name}#{number}"
        text = record["text"]
        if meta["title"]:
            text = meta["title"] + "\n\n" + text
        yield parse_article(article_key, text, **meta)
