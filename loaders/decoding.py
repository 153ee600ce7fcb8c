"""Bytes to text: UTF-8 (with or without BOM), UTF-16, and the encodings older Vietnamese sites used.

Windows-1258 writes tone marks as combining characters (NFC composes them); TCVN3
(ABC) and VNI put Vietnamese letters in font-specific code points, which the
`vietnamese` package maps back to Unicode. When a file is not UTF-8, each reading
is tried and the one that reads most like Vietnamese wins.
"""
from __future__ import annotations

import re
import unicodedata

import vietnamese

# Frequent Vietnamese words: a reading that has them is Vietnamese.
_COMMON = re.compile(r"(?<!\w)(?:và|của|các|được|trong|những|đồng chí|cho|với|là|có|này|đã|không|người|năm|ngày)(?!\w)",
                     re.IGNORECASE)
# Control bytes that text does not hold (tab, newlines and form feed are text).
_CONTROL = bytes(b for b in range(32) if b not in b"\t\n\r\f")
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


def _readings(data: bytes):
    yield "Windows-1258", unicodedata.normalize("NFC", data.decode("cp1258", errors="replace"))
    latin = data.decode("latin-1")
    yield "TCVN3", _legacy(latin, "TCVN3")
    yield "VNI", _legacy(data.decode("cp1252", errors="replace"), "VNI_WIN")


def decode(data: bytes) -> tuple[str | None, str]:
    """(text, how it was read), or (None, why not) for data that is no Vietnamese text."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "UTF-16"
        except UnicodeDecodeError:
            return None, "broken UTF-16"
    head = data[:4096]
    if b"\x00" in head or len(head) - len(head.translate(None, _CONTROL)) > len(head) // 10:
        return None, "binary, not text"
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = None
    if text is not None:
        # Text converted to UTF-8 from TCVN3 or VNI still carries their letters ("Ñoàng chí").
        if not _VIETNAMESE_LETTER.search(text[:20000]):
            charset = _CONVERTER.detectCharset(text[:20000])
            if charset in ("TCVN3", "VNI_WIN"):
                converted = _legacy(text, charset)
                if _score(converted) > _score(text):
                    return converted, f"{charset} (in UTF-8)"
        return text, "UTF-8"
    best = max(_readings(data), key=lambda reading: _score(reading[1]))
    if _score(best[1]) == 0:
        return None, "not text in UTF-8, UTF-16, Windows-1258, TCVN3 or VNI"
    return best[1], best[0]
