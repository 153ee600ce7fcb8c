"""Where articles come from: text files, web pages, JSON documents and JSON lines, and folders of them.

Each source yields Articles ready for extraction (or, for an ingest's workers to
parse, RawArticles), or a Skipped with a one-line reason; nothing here raises on
bad input. What reading had to repair (stray bytes, control characters) is noted
on the Article for a warning.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from . import dates
from .article import parse_article
from .decoding import decode, readable
from .facts import Article
from .html import article_text, looks_like_html

TEXT_SUFFIXES = {".txt", ".text", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSON_SUFFIXES = {".json"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
#: A folder's files of other kinds (images, spreadsheets) are not articles.
ARTICLE_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES | JSONL_SUFFIXES
#: No single article is larger than this: a text or HTML file, a JSON document or one JSON line.
MAX_ARTICLE_BYTES = 20 * 1024 * 1024
#: How many lines that are not blank tell JSON lines from a JSON document.
SNIFF_LINES = 10
#: The fields of a JSON article, besides "text".
JSON_FIELDS = ("title", "published", "author", "url")


@dataclass(frozen=True)
class Skipped:
    source: str
    reason: str


def files_under(paths: Iterable[str | Path]) -> Iterator[Path | Skipped]:
    """The files named, and those found recursively in the folders named, in a stable order.

    A folder inside that cannot be read is skipped with its reason, not in silence.
    """
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found, unreadable = _walk(path)
            yield from unreadable
            yield from (_a_file(child) for child in sorted(found))
        else:
            yield _a_file(path)


def _a_file(path: Path) -> Path | Skipped:
    """The path of a regular file, else why it is none: the same whether it was named or found in a folder."""
    if path.is_file():
        return path
    if path.exists():
        return Skipped(str(path), "not a regular file (a device, a pipe or a socket)")
    return Skipped(str(path), "a link to nothing" if path.is_symlink() else "no such file or folder")


def _walk(folder: Path) -> tuple[list[Path], list[Skipped]]:
    """The article files under a folder, and the folders inside it that could not be read."""
    found: list[Path] = []
    unreadable: list[Skipped] = []

    def refused(error: OSError) -> None:
        unreadable.append(Skipped(str(error.filename), f"cannot read this folder: {error.strerror or error}"))

    for parent, _, names in os.walk(folder, onerror=refused):
        found += [Path(parent, name) for name in names
                  if not name.startswith(".") and name != "MANIFEST.tsv" and Path(name).suffix.lower() in ARTICLE_SUFFIXES]
    return found, unreadable


def count_articles(paths: Iterable[str | Path]) -> int:
    """How many articles (and skips) `raw_articles` will yield, near enough for a progress bar."""
    total = 0
    for item in files_under(paths):
        try:
            kind = _kind(item) if isinstance(item, Path) else None
            if isinstance(item, Path) and kind == "json lines":
                with item.open("rb") as f:
                    total += sum(1 for _, line in _lines(f) if isinstance(line, int) or line.strip())
                continue
            if isinstance(item, Path) and kind == "json list" and item.stat().st_size > MAX_ARTICLE_BYTES:
                with item.open("rb") as f:
                    total += sum(1 for _ in _elements(f))
                continue
        except OSError:
            pass
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
    line: int | None = None  # its line in a JSON lines file, or its place in a JSON document's list
    json: bool = False  # a JSON object with "text", not the text itself

    @property
    def source(self) -> str:
        """Where it was read: the file, and the line of a JSON lines file."""
        return str(self.path) if self.line is None else f"{self.path}:{self.line}"

    def parse(self) -> Article | Skipped:
        return _json_article(self) if self.json else _article(self.path, self.data)


def raw_articles(paths: Iterable[str | Path]) -> Iterator[RawArticle | Skipped]:
    """The articles of text files, web pages, JSON files and folders (recursively), as read.

    A JSON document or JSON lines file is known by its content, whatever its name.
    """
    for item in files_under(paths):
        if isinstance(item, Skipped):
            yield item
            continue
        try:
            kind = _kind(item)
            if kind == "json lines":
                yield from _json_lines(item)
                continue
            size = item.stat().st_size
            if kind == "json list" and size > MAX_ARTICLE_BYTES:
                yield from _json_list(item)
                continue
            if size > MAX_ARTICLE_BYTES:
                yield Skipped(str(item), _too_large(size))
                continue
            data = item.read_bytes()
        except OSError as e:
            yield Skipped(str(item), f"cannot read: {e.strerror or e}")
            continue
        if kind in ("json", "json list"):
            yield from _json_document(item, data)
        else:
            yield RawArticle(item, data)


def read_articles(paths: Iterable[str | Path]) -> Iterator[Article | Skipped]:
    """Articles from text files, web pages, JSON files and folders (recursively)."""
    for item in raw_articles(paths):
        yield item if isinstance(item, Skipped) else item.parse()


def _too_large(size: int) -> str:
    return (f"{size / 2**20:.0f} MB is too large for one article (limit {MAX_ARTICLE_BYTES / 2**20:.0f} MB; "
            f"give many articles as JSON lines)")


def _kind(path: Path) -> str:
    """"json lines", "json list" (a document that is a list), "json" (a document) or "text", by the file's name or
    else by what it holds.

    JSON lines are objects one to a line: a file that begins with "{" is JSON lines
    when one of its first SNIFF_LINES lines that are not blank is a whole object and
    the file goes on past it, unless the whole file is one JSON document (an object
    written over several lines, one of them an inner object). A broken or blank first
    line does not make JSON lines a single article. Lines are read one at a time, each
    up to the size of one article.
    """
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        return "json lines"
    with path.open("rb") as f:
        head = f.read(4096).lstrip(b"\xef\xbb\xbf \t\r\n")
        if head.startswith(b"["):
            return "json list"
        if head.startswith(b"{"):
            f.seek(0)
            seen = 0
            for _, line in _lines(f):
                if isinstance(line, int) or not line.strip():
                    continue
                seen += 1
                if _an_object(line):
                    if seen > 1:
                        return "json" if _one_document(path) else "json lines"
                    return "json lines" if f.read(4096).strip() else "json"
                if seen >= SNIFF_LINES:
                    break
            return "json"
    return "json" if suffix in JSON_SUFFIXES else "text"


def _one_document(path: Path) -> bool:
    """Whether the whole file is one JSON document (no larger than one article)."""
    if path.stat().st_size > MAX_ARTICLE_BYTES:
        return False
    text = decode(path.read_bytes()).text
    try:
        return text is not None and isinstance(json.loads(text), dict)
    except (ValueError, RecursionError):
        return False


def _an_object(line: bytes) -> bool:
    try:
        return isinstance(json.loads(line.decode("utf-8-sig")), dict)
    except (UnicodeDecodeError, json.JSONDecodeError):
        return False


def _lines(f: BinaryIO) -> Iterator[tuple[int, bytes | int]]:
    """(number, line) of each line of a file, or (number, size) of a line larger than one article.

    A line too large is skipped over, never held whole in memory.
    """
    number = 0
    while line := f.readline(MAX_ARTICLE_BYTES + 1):
        number += 1
        if len(line) <= MAX_ARTICLE_BYTES or line.endswith(b"\n"):
            yield number, line
            continue
        size = len(line)
        while line and not line.endswith(b"\n"):
            line = f.readline(1 << 20)
            size += len(line)
        yield number, size


def _json_lines(path: Path) -> Iterator[RawArticle | Skipped]:
    """One article per line, read line by line so that a file of any size streams."""
    with path.open("rb") as f:
        for number, line in _lines(f):
            if isinstance(line, int):
                yield Skipped(f"{path}:{number}", _too_large(line))
            elif line.strip():
                yield RawArticle(path, line, number, json=True)


# What ends or opens a value in JSON outside a string, and what matters inside one.
_STRUCTURE = re.compile(rb'["\[\]{},]')
_IN_STRING = re.compile(rb'["\\]')


def _elements(f: BinaryIO) -> Iterator[bytes | int]:
    """The elements of the JSON list a file holds, as bytes, one at a time; the size of one larger than one article.

    The list is cut at the commas between its elements, read as a lexer would
    (strings, escapes, nesting), not parsed: a broken element is yielded as it is,
    for its parser to refuse, and costs no other. A list that is not closed ends
    with the file. An element too large is skipped over, never held whole in memory.
    The encoding must keep ASCII as ASCII (UTF-8, Windows-1258, TCVN3, VNI).
    """
    depth, in_string, escaped = 0, False, False
    element, size = bytearray(), 0

    def take(piece: bytes) -> None:
        nonlocal size
        size += len(piece)
        if size <= MAX_ARTICLE_BYTES:
            element.extend(piece)
        else:
            element.clear()

    def done() -> Iterator[bytes | int]:
        nonlocal size
        if size > MAX_ARTICLE_BYTES:
            yield size
        elif element.strip():
            yield bytes(element).strip()
        element.clear()
        size = 0

    while chunk := f.read(1 << 20):
        i = start = 0
        while i < len(chunk):
            if escaped:
                escaped, i = False, i + 1
                continue
            found = (_IN_STRING if in_string else _STRUCTURE).search(chunk, i)
            if found is None:
                break
            c, i = found.group(), found.end()
            if in_string:
                escaped, in_string = c == b"\\", c == b"\\"
            elif c == b'"':
                in_string = True
            elif c in b"[{":
                depth += 1
                if depth == 1:
                    start = i
            elif depth == 1 and c in b",]}":
                take(chunk[start:found.start()])
                yield from done()
                start = i
                if c != b",":
                    return
            elif c in b"]}":
                depth -= 1
        if depth:
            take(chunk[start:])
    yield from done()


def _json_list(path: Path) -> Iterator[RawArticle | Skipped]:
    """The articles of a JSON list larger than one article, read element by element (_elements)."""
    with path.open("rb") as f:
        for number, element in enumerate(_elements(f), 1):
            if isinstance(element, int):
                yield Skipped(f"{path}:{number}", _too_large(element))
            else:
                yield RawArticle(path, element, number, json=True)


def _json_document(path: Path, data: bytes) -> Iterator[RawArticle | Skipped]:
    """The article of a JSON object, or the articles of a list of them; a text that only looked like JSON."""
    decoded = decode(data)
    try:
        if decoded.text is None:
            raise ValueError(decoded.how)
        document = json.loads(decoded.text)
    except (ValueError, RecursionError) as e:
        if path.suffix.lower() in JSON_SUFFIXES:
            yield Skipped(str(path), f"not JSON ({getattr(e, 'msg', e)})")
        else:
            yield RawArticle(path, data)
        return
    if isinstance(document, dict):
        yield RawArticle(path, data, json=True)
    elif isinstance(document, list):
        for number, record in enumerate(document, 1):
            yield RawArticle(path, json.dumps(record).encode("ascii"), number, json=True)
    else:
        yield Skipped(str(path), 'a JSON file holds an article (an object with "text") or a list of them')


def _name(path: Path) -> str:
    """A file's name as text: bytes of it that are not UTF-8 (a name made on another system) written out as \\xff,
    as `ls -b` shows them, so that the name can be stored, exported and printed."""
    return os.fsencode(path.name).decode("utf-8", errors="backslashreplace")


def _article(path: Path, data: bytes) -> Article | Skipped:
    text, how, repairs = decode(data)
    if text is None:
        return Skipped(str(path), how)
    if not text.strip():
        return Skipped(str(path), "empty file")
    if path.suffix.lower() in HTML_SUFFIXES or looks_like_html(text):
        body, title, published = article_text(text)
        if not body.strip():
            return Skipped(str(path), "web page with no article text")
        article = parse_article(_name(path), body, title=title, published=published)
    else:
        article = parse_article(_name(path), text)
    article.notes = list(repairs)
    return article


# A date in a feed's date field: "2017-05-27", "2017-05-27T08:00:00Z"; "27/05/2017", "27-5-2017", "27.5.2017".
_ISO_DATE = re.compile(r"\s*(\d{4})-(\d{2})-(\d{2})(?!\d)")
_DAY_FIRST = re.compile(r"\s*(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?!\d)")


def _published(value: str) -> tuple[str | None, str | None]:
    """A feed's date field read: (ISO date, None); (None, why no article can have it), for a date that is no day
    of the calendar or not of the years news is dated in, whatever its form; (None, None) for no date canbo reads.
    """
    iso, day_first = _ISO_DATE.match(value), _DAY_FIRST.match(value)
    if iso:
        year, month, day = map(int, iso.groups())
    elif day_first:
        day, month, year = int(day_first.group(1)), int(day_first.group(3)), int(day_first.group(4))
    else:
        found = [d for _, _, d in dates.dates_in(value, cued=False) if not d.startswith("--")]
        return (found[0] if found else None), None
    try:
        found_day = dt.date(year, month, day).isoformat()
    except ValueError:
        return None, "no day of the calendar"
    return (found_day, None) if dates.is_day(found_day) else (None, "outside the years canbo reads (1900–2100)")


_KINDS = {list: "a list", dict: "an object", bool: "true or false", int: "a number", float: "a number"}


_SURROGATE = re.compile("[\ud800-\udfff]")


def _json_article(item: RawArticle) -> Article | Skipped:
    """The article of one JSON object: "text", and "title", "published", "author", "url" when given."""
    where = item.source
    text, how, repairs = decode(item.data)
    if text is None:
        return Skipped(where, how)
    try:
        record = json.loads(text)
    except json.JSONDecodeError as e:
        return Skipped(where, f"not JSON ({e.msg})")
    except RecursionError:
        return Skipped(where, "not JSON (nested too deep)")
    if not isinstance(record, dict) or not isinstance(record.get("text"), str) or not record["text"].strip():
        return Skipped(where, "no \"text\" field")
    fields: dict[str, Any] = {k: record[k] if isinstance(record.get(k), str) else None for k in ("text", *JSON_FIELDS)}
    notes = list(repairs)
    notes += [f"\"{k}\" is {_KINDS.get(type(record[k]), 'not text')}, not text: left out"
              for k in JSON_FIELDS if record.get(k) is not None and not isinstance(record[k], str)]
    for name, value in fields.items():
        if value is None:
            continue
        bad = _SURROGATE.search(value)
        if bad:
            return Skipped(where, f"\"{name}\" holds \\u{ord(bad.group(0)):04x}, half of a UTF-16 pair, which is "
                                  f"no character")
        fields[name], removed = readable(value)
        if removed:
            notes.append(f"\"{name}\": {removed}")
            if name == "text" and not fields[name].strip():
                return Skipped(where, f"\"text\" holds no text ({removed})")
    given, fields["published"] = fields["published"], None
    if given and given.strip():
        fields["published"], refused = _published(given)
        if refused:
            return Skipped(where, f"\"published\" is {refused}: {given!r}")
        if fields["published"] is None:
            notes.append(f"\"published\" is no date canbo reads ({given!r}); the article has no date")
    text = fields.pop("text")
    if looks_like_html(text):
        text, found_title, found_date = article_text(text)
        fields["title"] = fields["title"] or found_title
        fields["published"] = fields["published"] or found_date
    if fields["title"]:
        text = fields["title"] + "\n\n" + text
    key = fields["url"] or (_name(item.path) if item.line is None else f"{_name(item.path)}#{item.line}")
    article = parse_article(key, text, **fields, headed=bool(fields["title"]))
    article.notes = notes
    return article
