"""Article text out of a web page saved from a news site: the body, without navigation, comments or footers.

trafilatura does the boilerplate removal and reads the title and date from the
page's metadata; what it returns is laid out in the seed format (title line,
date line, paragraphs) so the same reader takes it from there. It is imported only
when a page is read: it pulls in lxml, jusText and dateparser, which plain text never needs.
"""
from __future__ import annotations

import re

from .decoding import readable

_HTML = re.compile(r"^\s*(?:<!doctype html|<html|<head|<body|<meta|<!--)", re.IGNORECASE)


def looks_like_html(text: str) -> bool:
    return bool(_HTML.match(text[:2000]))


def article_text(page: str) -> tuple[str, str | None, str | None]:
    """(text in the seed format, title, ISO date) of the article on a page; empty text when there is none.

    Character references to control characters (&#27;) are dropped, as reading drops the characters.
    """
    import trafilatura

    found = trafilatura.bare_extraction(page, with_metadata=True, include_comments=False, include_tables=False,
                                        favor_precision=True)
    if found is None:
        return "", None, None
    doc = found.as_dict() if hasattr(found, "as_dict") else dict(found)
    title = readable(doc.get("title") or "")[0].strip() or None
    date = doc.get("date") if re.fullmatch(r"\d{4}-\d{2}-\d{2}", doc.get("date") or "") else None
    body = readable(doc.get("text") or "")[0].strip()
    if not body:
        return "", title, date
    lines = body.splitlines()
    if title and lines and lines[0].strip() == title:
        lines = lines[1:]
    paragraphs = "\n\n".join(line.strip() for line in lines if line.strip())
    return f"{title or ''}\n\n{paragraphs}", title, date
