"""Directives, resolutions and other documents, under the canonical labels of FACTS.md.

"Chỉ thị số 05-CT/TW" and "Chỉ thị 05 của Bộ Chính trị" are both
`Chỉ thị 05-CT/TW`; "Nghị quyết Hội nghị lần thứ tư Ban Chấp hành Trung ương
Đảng (khóa XII)" is `Nghị quyết Trung ương 4 khóa XII`; congress resolutions and
documents named by a quoted title keep their own forms.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from . import dates
from .gazetteer import Gazetteer
from .posts import PostReader
from .text import UPPER, key

ORDINALS = {
    "nhất": 1, "một": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7,
    "tám": 8, "chín": 9, "mười": 10, "mười một": 11, "mười hai": 12, "mười ba": 13, "mười bốn": 14,
    "mười lăm": 15,
}
_ROMAN = r"[IVXLC]+"
_ORDINAL = "|".join(sorted(ORDINALS, key=len, reverse=True))
_CODE = r"(?:\s?[-/]\s?" + UPPER + r"[\wĐđ]*(?:\s?[-/]\s?[\wĐđ]+)*)"
_TERM = re.compile(r"\(?\s*[,\-]?\s*khóa\s+(" + _ROMAN + r")((?:\s*(?:,|và)\s*(?:khóa\s+)?" + _ROMAN + r")*)\s*\)?",
                   re.IGNORECASE)


@dataclass(frozen=True)
class FoundDirective:
    start: int
    end: int
    label: str
    kind: str
    number: str | None = None
    code: str | None = None
    issuer: str | None = None
    issued: str | None = None


class DirectiveFinder:
    def __init__(self, gaz: Gazetteer):
        self.gaz = gaz
        kinds = "|".join(sorted(gaz.directive_kinds, key=len, reverse=True))
        self.numbered = re.compile(
            r"(?<!\w)(" + kinds + r")\s+(?:số\s?)?(\d{1,4}[a-z]?)(" + _CODE + r")?(?![\w/])", re.IGNORECASE)
        self.plenum = re.compile(
            r"(?<!\w)Nghị quyết\s+(?:Hội nghị\s+)?(?:Trung ương|TW|Ban Chấp hành Trung ương(?: Đảng)?)\s+"
            r"(?:lần thứ\s+)?(\d{1,2}|" + _ORDINAL + r")(?!\w)"
            r"|(?<!\w)Nghị quyết\s+Hội nghị\s+lần thứ\s+(" + _ORDINAL + r"|\d{1,2})"
            r"((?:\s*(?:,|và)\s*(?:Nghị quyết\s+)?(?:Hội nghị\s+)?(?:lần thứ\s+)?(?:" + _ORDINAL + r"|\d{1,2})(?!\w))*)",
            re.IGNORECASE)
        self.congress = re.compile(
            r"(?<!\w)Nghị quyết\s+Đại hội\s+(?:đại biểu\s+)?(?:(Đảng bộ\s+.{2,40}?)\s+)?(?:toàn quốc\s+)?"
            r"(?:lần thứ\s+)?(" + _ROMAN + r")(?!\w)(?:\s+(?:của\s+)?(Đảng bộ\s+[^,.;()]{2,40}?)(?=[,.;()]|\s+nhiệm kỳ|$))?",
            re.IGNORECASE)
        self.quoted = re.compile(r"(?<!\w)(" + kinds + r")\s+\"([^\"]{5,200})\"")
        self.law = re.compile(r"(?<!\w)((?:Bộ )?[Ll]uật)\s+(" + UPPER + r"[^\s,.;:()\"]*(?:\s+(?!(?:và|năm|số|đã|được|có|"
                              r"của|sẽ|cho|để|trong|với|thì|là|ngày|tại|theo|này|đó|mới)\b)[^\s,.;:()\"]+){0,7})"
                              r"(\s*\(sửa đổi\))?")
        self.issuer = re.compile(r"\s*(?:\(.*?\)\s*)?(?:ngày\s+[\d/.\-]+\s+)?(?:của|do)\s+")

    def find(self, text: str, reader: PostReader) -> list[FoundDirective]:
        out: list[FoundDirective] = []
        taken: list[tuple[int, int]] = []

        def free(a: int, b: int) -> bool:
            return all(b <= s or a >= e for s, e in taken)

        for m in self.plenum.finditer(text):
            numbers = [m.group(1) or m.group(2)]
            if m.group(3):
                numbers += re.findall(_ORDINAL + r"|\d{1,2}", m.group(3), re.IGNORECASE)
            numbers = [str(ORDINALS.get(n.lower(), n)) for n in numbers]
            terms, end = self._terms(text, m.end())
            for number in numbers:
                for term in terms or [""]:
                    label = f"Nghị quyết Trung ương {number}" + (f" khóa {term}" if term else "")
                    out.append(FoundDirective(m.start(), end, label, "Nghị quyết", number=number,
                                              issuer="Ban Chấp hành Trung ương Đảng"))
            taken.append((m.start(), end))
        for m in self.congress.finditer(text):
            if not free(m.start(), m.end()):
                continue
            body = m.group(1) or m.group(3)
            roman = m.group(2).upper()
            if body:
                label = f"Nghị quyết Đại hội {body.strip()} lần thứ {roman}"
            else:
                label = f"Nghị quyết Đại hội {roman}"
            out.append(FoundDirective(m.start(), m.end(), label, "Nghị quyết", number=roman))
            taken.append((m.start(), m.end()))
        for m in self.numbered.finditer(text):
            if not free(m.start(), m.end()):
                continue
            kind = next(k for k in self.gaz.directive_kinds if key(k) == key(m.group(1)))
            number, code = m.group(2), re.sub(r"\s", "", m.group(3) or "")
            if not code and int(re.sub(r"\D", "", number)) >= 1900:
                continue
            issuer, issued, end = self._issuer_and_date(text, m.end(), reader)
            if not code and issuer:
                issuer_code = self.gaz.issuers.get(key(issuer))
                if issuer_code:
                    code = f"-{self.gaz.directive_kinds[kind]}/{issuer_code}"
            label = f"{kind} {number}{code}"
            out.append(FoundDirective(m.start(), end, label, kind, number=number, code=code.lstrip("-/") or None,
                                      issuer=issuer, issued=issued))
            taken.append((m.start(), m.end()))
        for m in self.quoted.finditer(text):
            if not free(m.start(), m.end()):
                continue
            kind = next(k for k in self.gaz.directive_kinds if key(k) == key(m.group(1)))
            out.append(FoundDirective(m.start(), m.end(), f"{kind} “{m.group(2).strip()}”", kind))
            taken.append((m.start(), m.end()))
        for m in self.law.finditer(text):
            if not free(m.start(), m.end()):
                continue
            kind = "Bộ luật" if m.group(1).lower().startswith("bộ") else "Luật"
            label = f"{kind} {m.group(2)}" + (" (sửa đổi)" if m.group(3) else "")
            out.append(FoundDirective(m.start(), m.end(), label, kind))
            taken.append((m.start(), m.end()))
        return sorted(out, key=lambda d: d.start)

    def _terms(self, text: str, pos: int) -> tuple[list[str], int]:
        """The terms (khóa) written after a plenum resolution, within its clause."""
        window = text[pos:pos + 90]
        cut = re.search(r"[.;:]|\bvề\b|\bnhằm\b", window)
        window = window[:cut.start()] if cut else window
        m = _TERM.search(window)
        if not m or re.search(r"Nghị quyết", window[:m.start()]):
            return [], pos
        terms = [m.group(1).upper()] + [t.upper() for t in re.findall(_ROMAN, m.group(2) or "")]
        return terms, pos + m.end()

    def _issuer_and_date(self, text: str, pos: int, reader: PostReader) -> tuple[str | None, str | None, int]:
        issued = None
        window = text[pos:pos + 40]
        found = dates.dates_in(window, cued=True)
        if found and found[0][0] < 12:
            issued = found[0][2]
        m = self.issuer.match(text, pos)
        if m:
            body = reader.body_at(m.end())
            if body:
                return body[0], issued, body[1]
        return None, issued, pos


def unify(found: list[FoundDirective]) -> list[FoundDirective]:
    """One entry per label; "Chỉ thị 05" joins "Chỉ thị 05-CT/TW" of the same article."""
    coded = {(d.kind, d.number.lstrip("0")): d for d in found if d.code and d.number}
    by_label: dict[str, FoundDirective] = {}
    for d in found:
        if not d.code and d.number and (d.kind, d.number.lstrip("0")) in coded:
            full = coded[(d.kind, d.number.lstrip("0"))]
            d = FoundDirective(d.start, d.end, full.label, d.kind, full.number, full.code,
                               d.issuer or full.issuer, d.issued or full.issued)
        k = key(d.label)
        if k in by_label:
            old = by_label[k]
            by_label[k] = FoundDirective(old.start, old.end, old.label, old.kind, old.number, old.code,
                                         old.issuer or d.issuer, old.issued or d.issued)
        else:
            by_label[k] = d
    return list(by_label.values())
