"""An official's career as a picture: posts as bars over time, events as marks, each report's source on hover.

A post in the graph is evidence that the official held it on the day an article reported it,
not a term of office; a bar runs from the first report of a title in a body to the last,
with a tick for each report. A day without a year (--MM-DD) cannot be placed on the axis:
such reports are drawn in a column of their own at the right, never dropped. The picture is
plain SVG; each mark carries a <title>, which browsers show on hover, with the sentence and
the article it was read from.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from itertools import groupby
from xml.sax.saxutils import escape, quoteattr

from .lookup import matching_officials
from .store import Store

POSTS = """
MATCH (p:Person {key: $name})-[:HOLDS]->(x:Post)-[:DERIVED_FROM]->(a:Article)
OPTIONAL MATCH (x)-[:IN_BODY]->(b:Body)
RETURN p.uri AS person, p.name AS official, x.title AS title, x.former AS former, b.name AS body,
       x.date AS date, x.sentence AS sentence, a.article AS article, a.title AS headline
ORDER BY person, date, title
"""
PARTS = """
MATCH (p:Person {key: $name})-[]->(x:Participation)-[:IN_EVENT]->(e:Event)
OPTIONAL MATCH (e)-[:DERIVED_FROM]->(a:Article)
RETURN p.uri AS person, p.name AS official, x.part AS part, e.name AS event, e.date AS date, x.sentence AS sentence,
       a.article AS article, a.title AS headline
ORDER BY person, date, event
"""
ROLES = {"chair": "chaired", "speaker": "spoke at", "participant": "attended"}


@dataclass
class Career:
    """What the graph says one official did: post reports and parts in events, each a row with its source."""

    name: str
    posts: list[dict] = field(default_factory=list)
    parts: list[dict] = field(default_factory=list)


def careers(store: Store, name: str) -> list[Career]:
    """The career of each official the name matches (namesakes are different officials)."""
    out: dict[str, Career] = {}
    for folded in matching_officials(store, name):
        for rows, attr in ((store.read(POSTS, {"name": folded}), "posts"), (store.read(PARTS, {"name": folded}), "parts")):
            for person, grouped in groupby(rows, key=lambda r: r["person"]):
                group = list(grouped)
                career = out.setdefault(person, Career(group[0]["official"]))
                getattr(career, attr).extend(group)
    return sorted(out.values(), key=lambda c: (c.name, -len(c.posts)))


def _when(value: str | None) -> float | None:
    """A date as a fractional year, or None when it has no year."""
    if not value or value.startswith("--"):
        return None
    try:
        day = date.fromisoformat(value[:10])
    except ValueError:
        return None
    return day.year + (day.timetuple().tm_yday - 1) / 366


def _source(row: dict) -> str:
    lines = []
    if row.get("sentence"):
        lines.append(f"“{row['sentence']}”")
    lines.append(f"source: {row.get('headline') or ''} ({row.get('article') or 'no article'})")
    return "\n".join(lines)


WIDTH, LEFT, RIGHT, UNDATED, ROW = 1140, 370, 960, 70, 24
KIND = {"chair": ("#6a3d9a", "M0,-6 L6,0 L0,6 L-6,0 Z"), "speaker": ("#9467bd", "circle"), "participant": ("#b59ccf", "circle")}


def draw(found: list[Career]) -> str:
    """One SVG with a section per official: a row per post (title in body) and a row of events."""
    sections, height = [], 10
    for career in found:
        part, height = _section(career, height)
        sections.append(part)
    legend = (f'<g font-size="12" fill="#444" transform="translate({LEFT},{height + 8})">'
              '<rect x="0" y="-9" width="22" height="10" fill="#c0392b" opacity="0.8"/>'
              '<text x="28" y="0">a post, from its first report to its last (a tick per report)</text>'
              f'<path d="{KIND["chair"][1]}" transform="translate(370,-4)" fill="{KIND["chair"][0]}"/>'
              '<text x="382" y="0">chaired</text>'
              f'<circle cx="450" cy="-4" r="5" fill="{KIND["speaker"][0]}"/><text x="460" y="0">spoke at</text>'
              f'<circle cx="530" cy="-4" r="5" fill="{KIND["participant"][0]}"/><text x="540" y="0">attended</text>'
              '<text x="0" y="18">Hover over any mark for the sentence and the article it was read from.</text></g>')
    height += 40
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" viewBox="0 0 {WIDTH} {height}" '
            'font-family="system-ui, sans-serif">\n<rect width="100%" height="100%" fill="#fff"/>\n'
            + "\n".join(sections) + "\n" + legend + "\n</svg>\n")


def _section(career: Career, top: int) -> tuple[str, int]:
    groups: dict[tuple, list[dict]] = {}
    for row in career.posts:
        groups.setdefault((bool(row.get("former")), row["title"], row.get("body") or "body not known"), []).append(row)
    rows = sorted(groups.items(), key=lambda kv: min((_when(r["date"]) or 9999) for r in kv[1]))
    years = [y for r in career.posts + career.parts if (y := _when(r["date"])) is not None]
    first, last = (min(years), max(years)) if years else (2000.0, 2000.0)  # no axis is drawn without years
    first, last = int(first), int(last) + 1
    if last - first < 2:
        first, last = first - 1, last + 1

    def x(year: float) -> float:
        return LEFT + (RIGHT - LEFT) * (year - first) / (last - first)

    out = [f'<g class="career"><text x="10" y="{top + 20}" font-size="17" font-weight="600">{escape(career.name)}</text>',
           f'<text x="10" y="{top + 38}" font-size="12" fill="#555">{len(career.posts)} post reports, '
           f'{len(career.parts)} parts in events; a day without a year is drawn under “year unknown”'
           f'{"" if years else " (no report here has a known year)"}</text>']
    axis = top + 52
    body_top = axis + 8
    bottom = body_top + ROW * (len(rows) + 1) + 4
    step = next(s for s in (1, 2, 5, 10, 20, 50) if (last - first) / s <= 12)
    for year in range(first - first % step, last + 1, step) if years else ():
        if year < first:
            continue
        out.append(f'<line x1="{x(year):.1f}" y1="{axis}" x2="{x(year):.1f}" y2="{bottom}" stroke="#e3e3e3"/>'
                   f'<text x="{x(year):.1f}" y="{axis - 2}" font-size="11" fill="#666" text-anchor="middle">{year}</text>')
    out.append(f'<text x="{RIGHT + 36 + UNDATED / 2}" y="{axis - 2}" font-size="11" fill="#666" text-anchor="middle">'
               f'year unknown</text><line x1="{RIGHT + 32}" y1="{axis}" x2="{RIGHT + 32}" y2="{bottom}" stroke="#bbb" '
               'stroke-dasharray="3,3"/>')
    undated_slots: dict[int, int] = {}

    def undated_x(y: int) -> float:
        undated_slots[y] = undated_slots.get(y, 0) + 1
        return RIGHT + 42 + (undated_slots[y] - 1) % 6 * 10

    for i, ((former, title, body), reports) in enumerate(rows):
        y = body_top + ROW * i + ROW // 2
        label = ("nguyên " if former else "") + f"{title} · {body}"
        shown = label if len(label) <= 50 else label[:49] + "…"
        out.append(f'<text x="{LEFT - 8}" y="{y + 4}" font-size="12" text-anchor="end">{escape(shown)}'
                   f'<title>{escape(label)}</title></text>')
        placed = sorted(w for r in reports if (w := _when(r["date"])) is not None)
        if placed:
            x0, x1 = x(placed[0]), max(x(placed[-1]), x(placed[0]) + 6)
            days = sorted({r["date"] for r in reports if _when(r["date"]) is not None})
            span = days[0] if len(days) == 1 else f"{days[0]} … {days[-1]}"
            out.append(f'<rect x="{x0 - 3:.1f}" y="{y - 7}" width="{x1 - x0 + 6:.1f}" height="14" rx="3" fill="#c0392b" '
                       f'opacity="0.75"><title>{escape(label)}: {len(reports)} report(s), {escape(span)}</title></rect>')
        for r in reports:
            w = _when(r["date"])
            cx = x(w) if w is not None else undated_x(y)
            tip = f"{label} · {r['date'] or 'no date'}\n{_source(r)}"
            out.append(f'<line x1="{cx:.1f}" y1="{y - 9}" x2="{cx:.1f}" y2="{y + 9}" stroke="#5a0f08" stroke-width="2">'
                       f'<title>{escape(tip)}</title></line>')
    y = body_top + ROW * len(rows) + ROW // 2
    out.append(f'<text x="{LEFT - 8}" y="{y + 4}" font-size="12" text-anchor="end" fill="#4b3b6b">events</text>')
    for r in sorted(career.parts, key=lambda r: list(ROLES).index(r["part"]) if r["part"] in ROLES else 9, reverse=True):
        w = _when(r["date"])
        cx = x(w) if w is not None else undated_x(y)
        colour, shape = KIND.get(r["part"], KIND["participant"])
        tip = escape(f"{ROLES.get(r['part'], r['part'])} · {r['event']} · {r['date'] or 'no date'}\n{_source(r)}")
        if shape == "circle":
            out.append(f'<circle cx="{cx:.1f}" cy="{y}" r="5" fill={quoteattr(colour)} stroke="#fff">'
                       f'<title>{tip}</title></circle>')
        else:
            out.append(f'<path d="{shape}" transform="translate({cx:.1f},{y})" fill={quoteattr(colour)} stroke="#fff">'
                       f'<title>{tip}</title></path>')
    out.append("</g>")
    return "\n".join(out), bottom + 20
