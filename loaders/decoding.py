"""Bytes to text: UTF-8 (with or without BOM), UTF-16, and the encodings older Vietnamese sites used.

Windows-1258 writes tone marks as combining characters (NFC composes them); TCVN3
(ABC) and VNI put Vietnamese letters in font-specific code points, which the
`vietnamese` package maps back to Unicode. When a file is not UTF-8, each reading
is tried and the one that reads most like Vietnamese wins; a file that is UTF-8 but
for a few stray bytes is read as UTF-8 with those bytes replaced.

Whatever the encoding, the text that comes out holds no control characters: a
terminal would act on them, and XML (GraphML, GEXF) cannot hold them.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from typing import NamedTuple

import vietnamese

# Frequent Vietnamese words: a reading that has them is Vietnamese.
_COMMON = re.compile(r"(?<!\w)(?:và|của|các|được|trong|những|đồng chí|cho|với|là|có|này|đã|không|người|năm|ngày)(?!\w)",
                     re.IGNORECASE)
# Control bytes that text does not hold (tab, newlines and form feed are text).
_CONTROL = bytes(b for b in range(32) if b not in b"\t\n\r\f")
# Characters text does not hold: C0 controls but tab and line ends, DEL, C1 controls, noncharacters.
_CONTROL_CHARS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\ufffe\uffff]")
# Line ends that are not \n or \r: vertical tab, form feed, next line (NEL).
_OTHER_LINE_ENDS = re.compile("[\x0b\x0c\x85]")
_VIETNAMESE_LETTER = re.compile(r"[ăđơưĂĐƠƯ\u1ea0-\u1ef9]")
_CONVERTER = vietnamese.Converter()


def _table(charset: str) -> tuple[re.Pattern, dict[str, str]]:
    """The package's code table for a charset, matched longest first ("öù" before "ö")."""
    pairs = {src: dst for src, dst in zip(getattr(_CONVERTER, charset), _CONVERTER.UNICODE, strict=True)
             if src and src != "."}
    return re.compile("|".join(re.escape(s) for s in sorted(pairs, key=len, reverse=True))), pairs


_TABLES = {charset: _table(charset) for charset in ("TCVN3", "VNI_WIN")}


def _score(text: str) -> int:
    return len(_COMMON.findall(text[:20000]))


def _legacy(text: str, charset: str) -> str:
    pattern, table = _TABLES[charset]
    return unicodedata.normalize("NFC", pattern.sub(lambda m: table[m.group(0)], text))


def _readings(data: bytes) -> Iterator[tuple[str, str]]:
    yield "Windows-1258", unicodedata.normalize("NFC", data.decode("cp1258", errors="replace"))
    latin = data.decode("latin-1")
    yield "TCVN3", _legacy(latin, "TCVN3")
    yield "VNI", _legacy(data.decode("cp1252", errors="replace"), "VNI_WIN")


class Decoded(NamedTuple):
    """Text read from bytes, or None and why it is no text."""

    text: str | None
    how: str  # the encoding it was read in, or why it is no text
    repairs: tuple[str, ...] = ()  # what reading replaced or removed, one line each, for a warning


def readable(text: str) -> tuple[str, str | None]:
    """The text without control characters (other line ends made \\n), and what was removed, if anything."""
    text = _OTHER_LINE_ENDS.sub("\n", text)
    text, removed = _CONTROL_CHARS.subn("", text)
    return text, (f"{removed} control character{'s' if removed > 1 else ''} removed" if removed else None)


def decode(data: bytes) -> Decoded:
    """The text of bytes that hold Vietnamese text, without control characters."""
    found = _decode(data)
    if found.text is None:
        return found
    text, removed = readable(found.text)
    return Decoded(text, found.how, found.repairs + ((removed,) if removed else ()))


def _decode(data: bytes) -> Decoded:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return Decoded(data.decode("utf-16"), "UTF-16")
        except UnicodeDecodeError:
            return Decoded(None, "broken UTF-16")
    head = data[:4096]
    if b"\x00" in head or len(head) - len(head.translate(None, _CONTROL)) > len(head) // 10:
        return Decoded(None, "binary, not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pasted = _utf8_but_punctuation(data)
        if pasted is not None:
            return pasted
        mostly = _mostly_utf8(data)
        if mostly is not None:
            return mostly
        best = max(_readings(data), key=lambda reading: _score(reading[1]))
        if _score(best[1]) == 0:
            return Decoded(None, "not text in UTF-8, UTF-16, Windows-1258, TCVN3 or VNI")
        return Decoded(best[1], best[0])
    # Text converted to UTF-8 from TCVN3 or VNI still carries their letters ("Ñoàng chí").
    if not _VIETNAMESE_LETTER.search(text[:20000]):
        charset = _CONVERTER.detectCharset(text[:20000])
        if charset in ("TCVN3", "VNI_WIN"):
            converted = _legacy(text, charset)
            if _score(converted) > _score(text):
                return Decoded(converted, f"{charset} (in UTF-8)")
    return Decoded(text, "UTF-8")


# Windows-1252's quotes, dashes and ellipsis, which a text pasted from a word processor brings as single bytes.
_CP1252_PUNCTUATION = {b: bytes([b]).decode("cp1252") for b in (0x85, 0x91, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97)}


def _utf8_but_punctuation(data: bytes) -> Decoded | None:
    """UTF-8 in which every byte that is not is a Windows-1252 quote, dash or ellipsis ("\\x93xin chào\\x94"):
    read as those characters, however short the text. None if any other byte is not UTF-8.

    A text in a legacy Vietnamese encoding has bytes that are not UTF-8 in its letters,
    not only in its punctuation, so it is never read so.
    """
    parts: list[str] = []
    pasted: list[str] = []
    read = 0
    while True:
        try:
            parts.append(data[read:].decode("utf-8"))
            break
        except UnicodeDecodeError as e:
            byte = data[read + e.start]
            if e.end - e.start != 1 or byte not in _CP1252_PUNCTUATION:
                return None
            pasted.append(_CP1252_PUNCTUATION[byte])
            parts += [data[read:read + e.start].decode("utf-8"), pasted[-1]]
            read += e.end
    many = len(pasted) > 1
    return Decoded("".join(parts), "UTF-8", (f"{len(pasted)} Windows-1252 punctuation byte{'s' if many else ''} in UTF-8 "
                                             f"read as {''.join(dict.fromkeys(pasted))}",))


_REPLACEMENT = "\ufffd"
_MULTIBYTE = re.compile("[^\x00-\x7f\ufffd]")


def _mostly_utf8(data: bytes) -> Decoded | None:
    """UTF-8 but for a few stray bytes (a lone \\xa0 or \\x93 pasted in): each replaced by U+FFFD.

    Text in a legacy encoding has a byte that is not UTF-8 in nearly every word
    with a tone mark; here the valid multi-byte letters outnumber the bad bytes
    many times, or the bad bytes are a handful in a long text. None otherwise.
    """
    text = data.decode("utf-8", errors="replace")
    bad = text.count(_REPLACEMENT) - data.count(_REPLACEMENT.encode("utf-8"))
    letters = len(_MULTIBYTE.findall(text))
    if letters < 4 * bad and bad * 100 > len(data):
        return None
    return Decoded(text, "UTF-8", (f"{bad} byte{'s' if bad > 1 else ''} that {'are' if bad > 1 else 'is'} not UTF-8 "
                                   f"replaced by \ufffd",))
