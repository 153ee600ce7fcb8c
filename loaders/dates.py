"""Dates as Vietnamese news writes them, to ISO (xsd:date) or --MM-DD (xsd:gMonthDay)."""
from __future__ import annotations

import datetime as dt
import re

# "12/11/2018", "28-9", "31.10.2019", "ngày 25 tháng 10 năm 2019"
DAY_MONTH = re.compile(
    r"(?<![\d/.\-])(\d{1,2})\s?([/.\-])\s?(\d{1,2})(?:\2\s?(\d{4}))?(?![\d/\-]|\.\d)"
    r"|(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s+năm\s+(\d{4}))?",
    re.IGNORECASE,
)
# A day-month is a date in running text only after one of these words.
DATE_CUE = re.compile(
    r"(?:\b(?:ngày|sáng|chiều|tối|trưa|đêm|hôm|từ|đến|vào)\s+(?:nay,?\s+)?(?:hai\s+|ba\s+)?(?:ngày\s+)?|^\s*)$",
    re.IGNORECASE,
)


def iso(day: int, month: int, year: int | None) -> str | None:
    """ISO date, or --MM-DD without a year; None for an impossible day."""
    try:
        dt.date(year or 2000, month, day)
    except ValueError:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}" if year else f"--{month:02d}-{day:02d}"


def is_day(value: str) -> bool:
    """Whether an ISO date (YYYY-MM-DD) names a day of the years news is dated in: not 9999-99-99."""
    try:
        day = dt.date.fromisoformat(value)
    except ValueError:
        return False
    return len(value) == 10 and 1900 <= day.year <= 2100


def parse(match: re.Match) -> tuple[int, int, int | None]:
    if match.group(1):
        year = match.group(4)
        return int(match.group(1)), int(match.group(3)), int(year) if year else None
    year = match.group(7)
    return int(match.group(5)), int(match.group(6)), int(year) if year else None


# "hai ngày 20 và 21/8/2019", "ngày 22-26/9": a span of days; its first day stands for it.
DAY_SPAN = re.compile(r"(?<![\d/.\-])(\d{1,2})\s*(?:và|-|đến)\s*(?=\d{1,2}\s?[/.\-]\s?\d{1,2})", re.IGNORECASE)


def dates_in(text: str, cued: bool = True) -> list[tuple[int, int, str]]:
    """(start, end, ISO or --MM-DD) of each date in the text; with `cued`, only after a date word."""
    out = []
    for span in DAY_SPAN.finditer(text):
        if cued and not DATE_CUE.search(text[max(0, span.start() - 20):span.start()]):
            continue
        m = DAY_MONTH.match(text, span.end())
        if m and m.group(1):
            _, month, year = parse(m)
            value = iso(int(span.group(1)), month, year)
            if value:
                out.append((span.start(), m.end(), value))
    for m in DAY_MONTH.finditer(text):
        if any(a <= m.start() < b for a, b, _ in out):
            continue
        if cued and not DATE_CUE.search(text[max(0, m.start() - 20):m.start()]):
            continue
        day, month, year = parse(m)
        if year is not None and not 1900 <= year <= 2100:
            continue
        value = iso(day, month, year)
        if value:
            out.append((m.start(), m.end(), value))
    return sorted(out)


def with_year(value: str, published: str | None) -> str:
    """Give a --MM-DD the year of the article's own date line, when it has one.

    An event reported in January about "28-12" took place the year before.
    """
    if not value.startswith("--") or not published:
        return value
    year, month = int(published[:4]), int(published[5:7])
    if int(value[2:4]) > month:
        year -= 1
    return in_year(value, year)


def in_year(month_day: str, year: int | str) -> str:
    """A --MM-DD in a year, as YYYY-MM-DD; unchanged when that year has no such day (29 February)."""
    value = f"{int(year):04d}-{month_day[2:]}"
    return value if is_day(value) else month_day
