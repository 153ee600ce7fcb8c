"""Titles and bodies: "Ủy viên Ban Thường vụ Quận ủy, Trưởng Ban Tuyên giáo Quận ủy" read as posts.

A post is a title from titles.tsv followed by the body it is held in. A body
starts with a kind from body_kinds.tsv (or the kind the title carries: "Trưởng
ban Tuyên giáo" is a post in "Ban Tuyên giáo") and goes on through capitalised
words, localities and the lower-case words of body_words.txt, up to punctuation,
a verb or a person's name.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .gazetteer import Gazetteer
from .text import UPPER, key

_WORD = re.compile(r"[\w&]+(?:[.'][\w]+)*")
_SPACE = re.compile(r"[ ]*")


def _past_spaces(text: str, pos: int) -> int:
    """Where the spaces at `pos` end."""
    m = _SPACE.match(text, pos)
    return m.end() if m else pos  # [ ]* always matches
# Separators between the posts of one person.
POST_SEPARATOR = re.compile(r"\s*(?:,|-|kiêm)\s*|\s+kiêm\s+", re.IGNORECASE)
_UPPER_START = re.compile(UPPER)
_MAX_BODY_WORDS = 14
# Words that end a body's name whatever their case: "Hội Luật gia tỉnh khóa III", "… nhiệm kỳ 2015 - 2020".
_STOP_WORDS = {"khóa", "nhiệm", "lần", "năm", "ngày", "tháng"}
# Party committees are proper names: "quận ủy" inside a body's name is written "Quận ủy".
_COMMITTEE_CASE = re.compile(r"(?<!\w)(?:quận|huyện|tỉnh|thành|thị|đảng) ủy(?!\w)")
_FORMER = re.compile(r"(?:nguyên|cựu)\s+", re.IGNORECASE)


@dataclass(frozen=True)
class ParsedPost:
    start: int
    end: int
    title: str
    body: str | None
    former: bool


class PostReader:
    """Reads posts and bodies in a sentence, knowing where its person names stand."""

    def __init__(self, gaz: Gazetteer, text: str, name_starts: set[int]):
        self.gaz = gaz
        self.text = text
        self.name_starts = name_starts

    # ------------------------------------------------------------- posts
    def post_at(self, pos: int) -> ParsedPost | None:
        """The post written at `pos`, or None."""
        text = self.text
        start = pos
        former = False
        m = _FORMER.match(text, pos)
        if m:
            former, pos = True, m.end()
        m = self.gaz.title_re.match(text, pos)
        if not m or pos in self.name_starts:
            return None
        title = self.gaz.title_of(m.group(0))
        end = m.end()
        body, body_end = None, end
        after = _past_spaces(text, end)
        if title.carries:
            carried = self.gaz.body_kind_of(title.carries)
            explicit = self.body_at(after)
            if explicit and key(explicit[0]).startswith(key(carried.canonical)):
                body, body_end = explicit
            else:
                require = not title.default_body and title.carries in (
                    "Ban", "Khoa", "Phòng", "Đoàn", "Bộ", "Cục", "Vụ", "Viện", "Văn phòng", "Thanh tra")
                rest, rest_end = self._rest(after, require=require)
                if rest is not None:
                    body, body_end = (carried.canonical + (" " + rest if rest else "")), (rest_end if rest else end)
        else:
            found = self.body_at(after)
            # A title held in one body only ("Tổng Bí thư") takes a short capitalised phrase after it for
            # a name, not a body: "nguyên Tổng Bí thư Trường Chinh".
            if found and not (title.default_body and len(found[0].split()) <= 2):
                body, body_end = found
        if body is None and title.default_body:
            body = title.default_body
        return ParsedPost(start, body_end, title.title, body, former)

    def chain_at(self, pos: int, stop_before_names: bool = True) -> list[ParsedPost]:
        """Posts written one after another from `pos`, separated by commas, dashes or "kiêm".

        A post that runs straight into a person's name belongs to that name
        ("…, Bí thư Thành ủy Hà Nội Hoàng Trung Hải"), so the chain ends before it.
        """
        out: list[ParsedPost] = []
        while True:
            post = self.post_at(pos)
            if post is None:
                break
            after = _past_spaces(self.text, post.end)
            if stop_before_names and after in self.name_starts and after > post.end:
                return []  # "A, T1, T2 B": the titles run into B and are B's
            out.append(post)
            sep = POST_SEPARATOR.match(self.text, post.end)
            if not sep:
                break
            pos = sep.end()
        return out

    # ------------------------------------------------------------- bodies
    def body_at(self, pos: int) -> tuple[str, int] | None:
        """The body written at `pos` and where it ends, or None."""
        if pos in self.name_starts:
            return None
        m = self.gaz.body_kind_re.match(self.text, pos)
        if not m:
            return None
        kind = self.gaz.body_kind_of(m.group(0))
        rest, end = self._rest(_past_spaces(self.text, m.end()), require=False)
        if rest:
            return kind.canonical + " " + rest, end
        return kind.canonical, m.end()

    def _rest(self, pos: int, require: bool) -> tuple[str | None, int]:
        """The words of a body after its kind.

        Capitalised words go in; a lower-case word goes in when it is a body word
        (body_words.txt) or the second syllable of a capitalised one ("Tuyên
        giáo", "Quận ủy"), but not after a place name of two capitals ("tỉnh
        Quảng Nam tổ chức") or a number.
        """
        text = self.text
        words: list[tuple[int, int]] = []
        i = pos
        capitals = 0  # capitalised words since the last lower-case one
        after_kind = False
        while len(words) < _MAX_BODY_WORDS:
            if i in self.name_starts:
                break
            m = _WORD.match(text, i)
            if not m:
                break
            word = m.group(0)
            two = _WORD.match(text, _past_spaces(text, m.end()))
            pair = key(word + " " + two.group(0)) if two else ""
            three = _WORD.match(text, _past_spaces(text, two.end())) if two else None
            triple = key(pair + " " + three.group(0)) if three else ""
            if key(word) in _STOP_WORDS:
                break
            if _UPPER_START.match(word) or (word[0].isdigit() and words):
                if words and self._starts_title(i):
                    break
                words.append((m.start(), m.end()))
                if word[0].isdigit() or key(word) in self.gaz.place_keys:
                    capitals = 2
                elif self.gaz.body_kind_re.fullmatch(word):
                    capitals = 1  # a nested kind: "Thanh tra Sở Khoa học", "Học viện Báo chí"
                else:
                    capitals = 1 if after_kind else capitals + 1
                after_kind = bool(self.gaz.body_kind_re.fullmatch(word))
            elif three and triple in self.gaz.body_words:
                words.append((m.start(), three.end()))
                m, capitals, after_kind = three, 0, False
            elif two and pair in self.gaz.body_words:
                words.append((m.start(), two.end()))
                m, capitals = two, 0
            elif key(word) == "và":
                nxt = _past_spaces(text, m.end())
                if not (_UPPER_START.match(text, nxt) and nxt not in self.name_starts
                        and not self.gaz.body_kind_re.match(text, nxt)
                        and not self.gaz.title_re.match(text, nxt)
                        and not self.gaz.directive_re.match(text, nxt)):
                    break
                words.append((m.start(), m.end()))
                capitals = 0
            elif key(word) in self.gaz.body_words or capitals == 1:
                words.append((m.start(), m.end()))
                capitals = 0
            else:
                break
            nxt = m.end()
            if not re.match(r" (?=\S)", text[nxt:nxt + 2]):
                break
            i = nxt + 1
        if not words:
            return (None, pos) if require else ("", pos)
        return _COMMITTEE_CASE.sub(lambda c: c.group(0).capitalize(), text[words[0][0]:words[-1][1]]), words[-1][1]

    def _starts_title(self, pos: int) -> bool:
        m = self.gaz.title_re.match(self.text, pos)
        return bool(m) and not self.gaz.body_kind_re.match(self.text, pos)
