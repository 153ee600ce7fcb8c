"""Dates as Vietnamese news writes them, to ISO (xsd:date) or --MM-DD (xsd:gMonthDay)."""
from __future__ import annotations

import datetime as dt
import re

# "12/11/2018", "28-9", "31.10.2019", "ngày 25 tháng 10 năm 2019"
_DAY_MONTH = (r"(\d{1,2})\s?([/.\-])\s?(\d{1,2})(?:\2\s?(\d{4}))?(?![\d/\-]|\.\d)"
              r"|(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s+năm\s+(\d{4}))?")
DAY_MONTH = re.compile(r"(?<![\d/.\-])(?:" + _DAY_MONTH + ")", re.IGNORECASE)
# The last day of a span, right after its first: "27-28/11", "20 và 21/8/2019", "21 và sáng ngày 22 tháng 12".
_SPAN_END = re.compile(_DAY_MONTH, re.IGNORECASE)
# A day-month is a date in running text only after one of these words.
# "Sáng nay (7/7)", "chiều qua, 15/3", "Sau 2 ngày (27-28/11)", "sau 2 ngày làm việc (12 - 13/9)": the day in brackets
# (or after a comma) after the cue.
DATE_CUE = re.compile(
    r"(?:\b(?:ngày|sáng|chiều|tối|trưa|đêm|hôm|từ|đến|vào)\s*(?:(?:nay|qua),?\s+|(?:nay|qua)\s*)?(?:hai\s+|ba\s+)?(?:ngày\s+)?"
    r"(?:làm việc\s*(?=\())?(?:\(\s*)?|^\s*)$",
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


# "hai ngày 20 và 21/8/2019", "ngày 22-26/9", "chiều ngày 21 và sáng ngày 22 tháng 12 năm 2022": a span of days;
# its first day stands for it.
DAY_SPAN = re.compile(r"(?<![\d/.\-])(\d{1,2})\s*(?:và|-|đến)\s*(?:(?:sáng|chiều|tối)\s+)?(?:ngày\s+)?"
                      r"(?=\d{1,2}\s?[/.\-]\s?\d{1,2}|\d{1,2}\s+tháng\s+\d)", re.IGNORECASE)


def span_end(text: str, start: int) -> str | None:
    """The last day (--MM-DD) of the span of days written at `start` ("9 đến ngày 13-6"), or None."""
    span = DAY_SPAN.match(text, start)
    m = _SPAN_END.match(text, span.end()) if span else None
    if not m:
        return None
    last, month, _ = parse(m)
    return iso(last, month, None)


def dates_in(text: str, cued: bool = True) -> list[tuple[int, int, str]]:
    """(start, end, ISO or --MM-DD) of each date in the text; with `cued`, only after a date word."""
    out = []
    for span in DAY_SPAN.finditer(text):
        if cued and not DATE_CUE.search(text[max(0, span.start() - 20):span.start()]):
            continue
        m = _SPAN_END.match(text, span.end())
        if m:
            last, month, year = parse(m)
            first = int(span.group(1))
            if first > last:  # "từ ngày 29 đến 1/10" begins in the month before
                month, year = (month - 1, year) if month > 1 else (12, year - 1 if year else None)
            value = iso(first, month, year)
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
    return _years_of_ranges(text, sorted(out))


# "từ ngày 5-5 đến 10-5-2017": the year written at the end of a range is the year of its start too.
_RANGE_TO = re.compile(r"\s*(?:-|đến|tới|và)\s*(?:(?:sáng|chiều|tối)\s+)?(?:ngày\s+)?", re.IGNORECASE)


def _years_of_ranges(text: str, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    out = list(found)
    for i in range(len(out) - 2, -1, -1):
        start, end, value = out[i]
        nxt = out[i + 1][2]
        if value.startswith("--") and not nxt.startswith("--") and _RANGE_TO.fullmatch(text, end, out[i + 1][0]):
            year = int(nxt[:4]) - (1 if value[2:] > nxt[5:] else 0)
            out[i] = (start, end, f"{year:04d}-{value[2:]}")
    return out


# Years that name a term, a period, a range or a target, never the time of a day: "nhiệm kỳ 2021 - 2026",
# "giai đoạn 2017-2020", "(1945 - 2015)", "đến năm 2030", "khóa 2016".
PERIOD = re.compile(
    r"(?<![\d/.\-])(?:19|20)\d\d\s*[-/]\s*(?:(?:19|20)\d\d|\d\d)(?![\d/\-])"
    r"|(?<!\w)(?:nhiệm kỳ|giai đoạn|thời kỳ|khóa|đến|tới|trước|từ|sau)\s+(?:năm\s+|tháng\s+\d{1,2}\s?[/.\-]\s?)?"
    r"(?:19|20)\d\d(?:\s*[-/]\s*(?:(?:19|20)\d\d|\d\d))?(?!\d)",
    re.IGNORECASE,
)
# An anniversary names the year of what it remembers: "kỷ niệm 50 năm … Mậu Thân 1968".
_ANNIVERSARY = re.compile(r"(?<!\w)k[ỷỉ] niệm\s[^,;:]*", re.IGNORECASE)
# A year in running text ("năm 2018", "Diễn đàn đầu tư 2017", "tháng 6-2017"), not part of a full date.
_NAMED_YEAR = re.compile(r"(?:(?<![\d/.\-])|(?<=tháng \d[/.\-])|(?<=tháng \d\d[/.\-]))((?:19|20)\d\d)(?![\d/\-])",
                         re.IGNORECASE)
# A meeting that reviews a year ("tổng kết công tác năm 2018") may sit early in the next one.
_REVIEW = re.compile(r"(?<!\w)(?:tổng kết|năm qua)(?!\w)", re.IGNORECASE)


def _blank(m: re.Match) -> str:
    return " " * len(m.group(0))


def without_anniversaries(text: str) -> str:
    """The text with what an anniversary remembers blanked out: "(3/2/1930 - 3/2/2020)" dates no meeting."""
    return _ANNIVERSARY.sub(_blank, text)


def years_named(text: str) -> list[str]:
    """The years the text names that may date a day written without one (terms, periods and
    anniversaries left out)."""
    masked = without_anniversaries(PERIOD.sub(_blank, text))
    return [m.group(1) for m in _NAMED_YEAR.finditer(masked)]


def year_around(text: str, day: str) -> str | None:
    """The year the sentence of a day written without one ("--02-06") makes certain, or None.

    "Sáng 6-2, … đánh giá tình hình tháng 1-2017" is 2017. A meeting that reviews one year and plans
    the next ("tổng kết năm 2018, triển khai năm 2019") sits at the turn of the year: the first year in
    its second half, the next in its first. A review of one year held in the first quarter ("chiều
    19/2, … tổng kết năm 2018") may belong to the next year, so it gives none.
    """
    years = sorted({int(y) for y in years_named(text)})
    month = int(day[2:4])
    if len(years) == 2 and years[1] == years[0] + 1:
        return str(years[0] if month >= 7 else years[1])
    if len(years) != 1 or (month <= 3 and _REVIEW.search(text)):
        return None
    return str(years[0])


def with_year(value: str, published: str | None) -> str:
    """Give a --MM-DD the year of the article's own date line, when it has one.

    An event reported in January about "28-12" took place the year before; so did one reported on
    3 June about "5-6": an article reports no day after its own.
    """
    if not value.startswith("--") or not published:
        return value
    year = int(published[:4])
    if value[2:] > published[5:]:
        year -= 1
    return in_year(value, year)


def in_year(month_day: str, year: int | str) -> str:
    """A --MM-DD in a year, as YYYY-MM-DD; unchanged when that year has no such day (29 February)."""
    value = f"{int(year):04d}-{month_day[2:]}"
    return value if is_day(value) else month_day
