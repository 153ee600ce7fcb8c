"""Personal names: full names in running text, short forms, and bylines.

A full name is a family name from surnames.txt followed by one to three
capitalised syllables. It is not a person when the words before it make it a
place, a street, a school or a doctrine ("tư tưởng Hồ Chí Minh", cues.tsv), or
when it is a place name from places.tsv and nothing marks it as a person.
Bylines and photo credits carry pen names ("BA MINH", "Ảnh: Ngọc Tiến"), which
need no family name.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .gazetteer import Gazetteer
from .text import LOWER, UPPER, key

_SYLLABLE = UPPER + LOWER + "*"
_CAPS_WORD = UPPER + "+"
_PREVIOUS_WORDS = re.compile(r"(\S+)\s+(\S+)\s*$|(\S+)\s*$")


@dataclass(frozen=True)
class NameSpan:
    start: int
    end: int
    name: str


class NameFinder:
    """Finds full personal names in a sentence (after abbreviations are written out)."""

    def __init__(self, gaz: Gazetteer):
        self.gaz = gaz
        surnames = "|".join(sorted(gaz.surnames, key=len, reverse=True))
        self.full = re.compile(
            r"(?<![\w.])(?:" + surnames + r")(?:[ ]" + _SYLLABLE + r"){1,3}(?![\w])"
        )
        self.body_kind_last = re.compile(r"(?:" + gaz.body_kind_re.pattern + r")\s*$", re.IGNORECASE)
        self.title_last = re.compile(r"(?:" + gaz.title_re.pattern + r")\s*$", re.IGNORECASE)

    def find(self, text: str) -> list[NameSpan]:
        out: list[NameSpan] = []
        pos = 0
        while True:
            m = self.full.search(text, pos)
            if not m:
                return out
            place_end = self._place_prefix(text, m.start(), m.end())
            if place_end:  # "Thành ủy Hà Nội Hoàng Trung Hải": the name starts after the place
                pos = place_end
                continue
            span = self._trimmed(text, m.start(), m.end())
            if span and self._is_person(text, span):
                out.append(span)
            pos = m.end()

    def _place_prefix(self, text: str, start: int, end: int) -> int:
        """End of a place name the candidate begins with, when a name follows it; else 0."""
        syllables = list(re.finditer(r"\S+", text[start:end]))
        for n in (3, 2):
            if len(syllables) > n and key(text[start:start + syllables[n - 1].end()]) in self.gaz.place_keys:
                return start + syllables[n - 1].end()
        return 0

    def _trimmed(self, text: str, start: int, end: int) -> NameSpan | None:
        """Drop trailing syllables that begin a title or a body ("… Hải Bí thư")."""
        syllables = [(m.start() + start, m.end() + start) for m in re.finditer(r"\S+", text[start:end])]
        keep = len(syllables)
        for i in range(1, len(syllables)):
            s = syllables[i][0]
            kind = self.gaz.body_kind_re.match(text, s)
            if self.gaz.title_re.match(text, s) or kind and kind.end() > end:
                keep = i
                break
        if keep < 2:
            return None
        end = syllables[keep - 1][1]
        return NameSpan(start, end, text[start:end])

    def _is_person(self, text: str, span: NameSpan) -> bool:
        before = text[max(0, span.start - 40):span.start]
        m = _PREVIOUS_WORDS.search(before)
        one = key(m.group(2) or m.group(3) or "") if m else ""
        two = key((m.group(1) or "") + " " + (m.group(2) or "")) if m and m.group(1) else ""
        tight = not re.search(r"[^\w\s]\s*$", before)  # punctuation parts a cue from the name
        cues = {self.gaz.cues.get(one, ""), self.gaz.cues.get(two, "")} if tight else set()
        if "not-person" in cues:
            return False
        written_two = (m.group(1) or "") + " " + (m.group(2) or "") if m and m.group(1) else ""
        if tight and written_two.islower() and two in self.gaz.body_words and not self.body_kind_last.search(before):
            return False
        titled = self.title_last.search(before)
        if key(span.name) in self.gaz.place_keys and not ({"person", "rank"} & cues) and not titled:
            return False
        return True


# ------------------------------------------------------------------ bylines

_NAME_WORD = r"(?:" + _SYLLABLE + r"|" + _CAPS_WORD + r")"
_INITIAL = UPPER + r"\."
_PEN_NAME = r"(?:" + _INITIAL + r"\s?)?" + _NAME_WORD + r"(?:[ ]" + _NAME_WORD + r"){0,3}"
_BYLINE_LINE = re.compile(
    r"^\s*(?:Theo\s+)?(" + _PEN_NAME + r")\s*(?:\(([^()]{1,40})\))?\s*$"
)
_BYLINE_TAIL = re.compile(
    r"[.!?\"')]\s+(?:Theo\s+)?(" + _PEN_NAME + r")\s*(?:\(([^()]{1,40})\))?\s*$"
)
_PHOTO_CREDIT = re.compile(r"Ảnh\s*:\s*(" + _PEN_NAME + r")")


def pen_name(written: str) -> str | None:
    """A byline written as a name ("BA MINH" -> "Ba Minh", "L.TUYẾT" -> "L. Tuyết"), or None.

    Initials alone ("T.H") are not a name.
    """
    written = re.sub(r"\.(?=\S)", ". ", written.strip())
    words = written.split()
    if not words or all(len(w.rstrip(".")) <= 1 for w in words):
        return None
    return " ".join(w if w.endswith(".") else w[0].upper() + w[1:].lower() for w in words)


class BylineFinder:
    """Pen names at the end of an article, on their own line, or after "Ảnh:"."""

    def __init__(self, gaz: Gazetteer):
        self.gaz = gaz

    def _plausible(self, name: str) -> bool:
        k = key(name)
        if k in self.gaz.place_keys or k in self.gaz.titles or k in self.gaz.body_kinds:
            return False
        if self.gaz.title_re.search(name) or self.gaz.body_kind_re.match(name):
            return False
        return len(name.split()) >= 2

    def line(self, line: str) -> str | None:
        m = _BYLINE_LINE.match(line)
        if not m:
            return None
        name = pen_name(m.group(1))
        return name if name and self._plausible(name) else None

    def tail(self, paragraph: str) -> str | None:
        m = _BYLINE_TAIL.search(paragraph)
        if not m:
            return None
        name = pen_name(m.group(1))
        return name if name and self._plausible(name) else None

    def photo_credits(self, text: str) -> list[str]:
        out = []
        for m in _PHOTO_CREDIT.finditer(text):
            words = m.group(1).split()
            if any(w.isupper() and len(w) > 1 for w in words):
                words = [w for w in words if w.isupper() or w.endswith(".")]
            else:
                limit = 3 if words[0] in self.gaz.surnames else 2
                words = words[:limit]
            name = pen_name(" ".join(words))
            if name and self._plausible(name):
                out.append(name)
        return out
