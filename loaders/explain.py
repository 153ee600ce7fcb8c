"""Every extracted fact of one article beside the sentence it came from, for `canbo explain`."""
from __future__ import annotations

from typing import Any

from .facts import Extraction


def explain_rows(x: Extraction) -> list[dict[str, Any]]:
    """Facts in reading order: what was read, and the sentence that says it."""
    rows: list[tuple[int, dict[str, Any]]] = []

    def add(start: int, fact: str, value: str, sentence: str) -> None:
        rows.append((start, {"fact": fact, "value": value, "sentence": sentence}))

    for name in x.authors:
        add(len(x.article.text), "author", name, "")
    for p in x.persons:
        if p.evidence:
            add(p.evidence[0].start, "person", p.name, p.evidence[0].sentence)
        for post in p.posts:
            value = f"{p.name}: {'nguyên ' if post.former else ''}{post.title} @ {post.body or '?'}"
            add(post.evidence.start, "post", value, post.evidence.sentence)
    for d in x.directives:
        extra = ", ".join(v for v in (d.issuer and f"issued by {d.issuer}", d.issued and f"on {d.issued}") if v)
        add(d.evidence.start, "directive", d.label + (f" ({extra})" if extra else ""), d.evidence.sentence)
    for e in x.events:
        add(e.evidence.start, "event", f"{e.kind} on {e.date or '?'}: {e.name}", e.evidence.sentence)
        if e.organizers:
            add(e.evidence.start, "  organised by", "; ".join(e.organizers), "")
        for (name, part), ev in e.parts.items():
            add(ev.start, f"  {part}", name, ev.sentence)
        if e.chairs:
            add(e.evidence.start, "  chairs", ", ".join(e.chairs), "")
        if e.directives:
            add(e.evidence.start, "  implements", "; ".join(e.directives), "")
    return [row for _, row in sorted(rows, key=lambda r: r[0])]
