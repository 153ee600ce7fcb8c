"""An article's page furniture: title, date line, byline, site tag, and where the body ends.

Sites wrap the text in section labels, "Ngày đăng … | View count", "Lượt xem",
comment boxes and "POWERED BY" footers. The facts come from the body only; the
furniture gives the title, the publication date and the author.
"""
from __future__ import annotations

import re

from . import dates
from .facts import Article
from .text import fold, nfc

_FURNITURE = re.compile(
    r"^\s*(?:\(\d+\)\s*)?(?:Lượt xem|View count|Bình luận|POWERED BY|Bản in|Tin mới hơn|Tin đã đưa|Nổi bật|"
    r"Đừng bỏ lỡ|Ý kiến bạn đọc|imageUser|Thông tin cá nhân|Gửi bình luận|Chia sẻ|In bài|Tags?:)"
    # a sentence that opens with the same words is body: "Chia sẻ với các đại biểu, Bộ trưởng …", "Chia sẻ thêm về …"
    r"(?!\s+(?:với|về|thêm|rằng|của|cho|tại|trong)(?!\w))",
    re.IGNORECASE,
)
_SITE_TAG = re.compile(r"^\s*\(([A-Z][A-Z0-9.\-]{2,})\)\s*-")
_HEADER_LINES = 8


def parse_article(key: str, raw: str, title: str | None = None, published: str | None = None,
                  author: str | None = None, url: str | None = None, headed: bool = True) -> Article:
    """Read the furniture of a plain-text article (the seed format) into an Article.

    Values the source gives (JSON lines carry title and date) win over what the
    text suggests. A text that is not `headed` (a JSON article's "text" without a
    "title") is all body: its first line is read for facts like the others, and
    names the article, shortened, only for want of a title.
    """
    text = nfc(raw).replace("\r\n", "\n").replace("\r", "\n")
    folded = fold(text)
    lines = _lines(folded)
    header = [ln for ln in lines if ln[2].strip()][:_HEADER_LINES] if headed else []
    if not headed and not title:
        title = _headline(text)

    date_line = next((ln for ln in header[1:] if _is_date_line(ln[2])), None)
    found_title, body_start = "", 0
    if header:
        if date_line is not None:
            before = [ln for ln in header if ln[0] < date_line[0]]
            found_title = text[before[-1][0]:before[-1][1]].strip() if before else ""
            body_start = date_line[1]
        else:
            found_title = text[header[0][0]:header[0][1]].strip()
            body_start = header[0][1]
    if date_line is not None and published is None:
        found = dates.dates_in(date_line[2], cued=False)
        published = next((d for _, _, d in found if not d.startswith("--")), None)
        if author is None and "|" in date_line[2]:
            candidate = date_line[2].split("|")[0].strip()
            if candidate and not dates.dates_in(candidate, cued=False) and len(candidate.split()) <= 4:
                author = candidate

    body_end = len(text)
    for start, _, line in lines:
        if start > body_start and _FURNITURE.match(line):
            body_end = start
            break

    site = None
    for start, _, line in lines:
        if body_start <= start < body_end and line.strip():
            m = _SITE_TAG.match(line)
            site = m.group(1) if m else None
            break
    return Article(key=key, text=text, title=title or found_title, published=published, author=author,
                   url=url, site=site, body_start=body_start, body_end=body_end)


def _headline(text: str, size: int = 120) -> str:
    """The first line of a text, cut at a word with "…" when longer than `size`."""
    first = next((line.strip() for line in text.split("\n") if line.strip()), "")
    if len(first) <= size:
        return first
    cut = first[:size].rsplit(" ", 1)[0] if " " in first[:size] else first[:size - 1]
    return cut.rstrip(" ,;:–-") + "…"


def _lines(text: str) -> list[tuple[int, int, str]]:
    out, start = [], 0
    for line in text.split("\n"):
        out.append((start, start + len(line), line))
        start += len(line) + 1
    return out


_DATE_LINE_WORDS = re.compile(
    r"\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:SA|CH|AM|PM|GMT\+?\d*))?|\b(?:thứ\s+\w+|chủ nhật|ngày đăng|ngày|cập nhật|"
    r"đăng lúc|view count|lượt xem|cỡ chữ|màu chữ|image|bản in|in bài)\b|[|,:\d]+",
    re.IGNORECASE,
)


def _is_date_line(line: str) -> bool:
    """A line that gives a full date and little else (a byline at most): "Ngày đăng 06/10/2017 | 10:41"."""
    if len(line) > 120:
        return False
    found = [(a, b) for a, b, d in dates.dates_in(line, cued=False) if not d.startswith("--")]
    if not found:
        return False
    rest = line
    for a, b in reversed(found):
        rest = rest[:a] + " " + rest[b:]
    return len(_DATE_LINE_WORDS.sub(" ", rest).split()) <= 4
