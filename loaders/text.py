"""Vietnamese text as it comes from news sites, made comparable without losing offsets.

`nfc` is the one transformation that may change the length of a text; everything
after it works on the NFC string and keeps its length, so an offset found in a
folded copy points at the same characters of the text the reader sees.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

# One character in, one character out: dashes, spaces, quotes and the Icelandic eth.
_SAME_LENGTH = str.maketrans({
    "\u2013": "-", "\u2014": "-", "\u2012": "-", "\u2011": "-", "\u2010": "-", "\u2212": "-",
    "\u00a0": " ", "\u2002": " ", "\u2003": " ", "\u2009": " ", "\u202f": " ", "\u200b": " ",
    "\u3000": " ", "\t": " ", "\ufeff": " ",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2018": "'", "\u2019": "'", "\u00b4": "'",
    "\u2026": ".",
    "\u00d0": "Đ", "\u00f0": "đ",
})

# Tone marks on the second vowel of oa, oe, uy (new style) moved to the first
# (old style, the one the seeds and the gold use): hoà -> hòa, thuỷ -> thủy.
_TONE_OF = {}
for _base, _marked in (("a", "áàảãạ"), ("e", "éèẻẽẹ"), ("y", "ýỳỷỹỵ")):
    for _mark, _char in zip("\u0301\u0300\u0309\u0303\u0323", _marked, strict=True):
        _TONE_OF[_char] = (_base, _mark)
        _TONE_OF[_char.upper()] = (_base.upper(), _mark)
_NEW_STYLE = re.compile(
    r"(?<![qQ])([oOuU])([áàảãạéèẻẽẹýỳỷỹỵÁÀẢÃẠÉÈẺẼẸÝỲỶỸỴ])(?![^\W\d_])"
)


def _old_style(match: re.Match) -> str:
    first, second = match.group(1), match.group(2)
    base, mark = _TONE_OF[second]
    if (first.lower(), base.lower()) not in {("o", "a"), ("o", "e"), ("u", "y")}:
        return match.group(0)
    return unicodedata.normalize("NFC", first + mark) + base


def nfc(text: str) -> str:
    """Compose the text (NFC) and drop the BOM; the text every offset refers to."""
    return unicodedata.normalize("NFC", text).lstrip("\ufeff")


def fold(text: str) -> str:
    """Same-length copy of NFC text with dashes, spaces, quotes and tone placement unified."""
    return _NEW_STYLE.sub(_old_style, text.translate(_SAME_LENGTH))


_PUNCT = re.compile(r"[^\w]+")


@lru_cache(maxsize=1 << 16)
def key(text: str) -> str:
    """Comparison key for a name: folded, lower case, punctuation and spaces collapsed.

    Cached: extraction asks for the keys of the same names, titles and bodies hundreds of times an article.
    """
    return " ".join(_PUNCT.sub(" ", fold(nfc(text)).lower()).split())


@dataclass(frozen=True)
class Sentence:
    """A sentence of an article: its text and where it stands in the article's NFC text."""

    start: int
    end: int
    text: str


def _letters(test) -> str:
    return "".join(c for c in map(chr, range(0x41, 0x1EFA)) if c.isalpha() and test(c))


#: Regex character classes of the Latin letters Vietnamese uses, by case.
UPPER = "[" + _letters(str.isupper) + "]"
LOWER = "[" + _letters(str.islower) + "]"

# "TP. HCM", "PGS. TS", "L. Tuyết": a full stop after these is no sentence end.
_NOT_ABBREVIATION = "".join(f"(?<!\\b{a})" for a in ("TP", "Tp", "TS", "GS", "ThS", "PGS", "Th", "St", "Mr", "Dr")) + (
    "(?<!\\b" + UPPER + ")")

# A sentence ends at . ! ? followed by space and a capital or an opening quote,
# at the "./." end mark, or at a line break unless the next line goes on in
# lower case or with a dash (a caption or a name broken across lines).
_SENTENCE_END = re.compile(
    r"(?:\./\.|(?=[.!?])" + _NOT_ABBREVIATION + r"[.!?]+[\"')\]]*)(?=\s+[\"'(]?(?:" + UPPER + r"|\d))"
    r"|\n(?:\s*\n)*(?![ ]*(?:" + LOWER + r"|-\s))"
)


def sentences(text: str) -> list[Sentence]:
    """Split folded text into sentences, keeping offsets into it."""
    out: list[Sentence] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        end = m.end() if m.group(0)[0] != "\n" else m.start()
        _add(out, text, start, end)
        start = m.end()
    _add(out, text, start, len(text))
    return out


def _add(out: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(start, end, text[start:end]))
