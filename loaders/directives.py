"""Directives, resolutions and other documents, under the canonical labels of FACTS.md.

"Chỉ thị số 05-CT/TW" and "Chỉ thị 05 của Bộ Chính trị" are both
`Chỉ thị 05-CT/TW`; "Nghị quyết Hội nghị lần thứ tư Ban Chấp hành Trung ương
Đảng (khóa XII)" is `Nghị quyết Trung ương 4 khóa XII`; congress resolutions and
documents named by a quoted title keep their own forms.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from . import dates
from .gazetteer import Gazetteer
from .posts import PostReader
from .text import LOWER, UPPER, key

ORDINALS = {
    "nhất": 1, "một": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7,
    "tám": 8, "chín": 9, "mười": 10, "mười một": 11, "mười hai": 12, "mười ba": 13, "mười bốn": 14,
    "mười lăm": 15,
}
_ROMAN = r"[IVXLC]+"
_ORDINAL = "|".join(sorted(ORDINALS, key=len, reverse=True))
#: Ordinals written as words ("lần thứ tư", "kỳ họp thứ mười một"), longest first, for a regex.
ORDINAL_WORDS = _ORDINAL
# The rest of a document's number: "-CT/TW", "/CT-TTg", "/2018/NĐ-CP", "-QĐi/TW"; its first part is an abbreviation
# (two capitals at least, in any case of the text around it): not "- Ảnh: …", "- giao nhiệm vụ".
# The dash may be left out before a code with a slash ("kết luận số 19 KL/TW", "chỉ thị số 32 CT/TW").
_CODE = (r"(?:(?:\s?/\s?(?:19|20)\d\d)?(?:\s?[-/]\s?|\s(?=(?-i:" + UPPER + r"{2}[\wĐđ]*/" + UPPER + r")))"
         r"(?-i:" + UPPER + r"[\wĐđ]*?" + UPPER + r"[\wĐđ]*)(?:\s?[-/]\s?[\wĐđ]+)*)")
# A state document's number with its year and no code ("Nghị định 34/2011 của Chính phủ").
_YEAR_ONLY = r"/(?:19|20)\d\d(?![\w/])"
# After a number without a code, what makes it a quantity, not a document's: "kế hoạch 5 năm", "kế hoạch 9 tháng",
# "quy định 15 triệu", "quyết định 26 hộ dân" (not "Nghị quyết 16 năm 2012", "nghị quyết 120 ngày càng rõ",
# "Kế hoạch số 05 đồng thời …").
_QUANTITY = (r"(?!\s+(?:năm|tháng|quý|tuần)(?!\s+\d)(?!\w))"
             r"(?!\s*(?:%|triệu|tỷ|nghìn|ngàn|trăm|hộ|người|ha|km|đồng(?!\s+(?:ý|chí|thời|bộ|tình|loạt))|lần|tuổi)(?!\w))")
# The end of a number: no letter, digit or slash after it, but a number run into "của", "ngày" or "về" ("Quy định
# số 181của Bộ Chính trị") ends there.
_NUMBER_END = r"(?!(?!(?:của|ngày|về)(?!\w))[\w/])"
_TERM_NUMBER = r"(?:" + _ROMAN + r"|\d{1,2})(?!\w)"
# "(khóa XII)", ", khoá 11", "(Khóa XI và Khóa XII)"
_TERM = re.compile(r"\(?\s*[,\-]?\s*khóa\s+(" + _TERM_NUMBER + r")((?:\s*(?:,|và)\s*(?:khóa\s+)?" + _TERM_NUMBER
                   + r")*)\s*\)?", re.IGNORECASE)


# Words that end a body's name and begin a clause: "của Đảng vào trong cuộc sống", "của Đảng một cách …".
_NOT_IN_A_BODY = {"và", "của", "để", "vào", "trong", "một", "các", "những", "với", "đã", "đề", "cho", "theo", "tới"}


# Words a law's name never holds: they begin the clause after it ("Luật Đất đai vẫn chưa …", "Luật trình
# lần đầu", "cử nhân Luật trở lên").
_NOT_IN_A_LAW = {"và", "hoặc", "của", "để", "cho", "với", "trong", "tại", "theo", "về", "vào", "ra", "từ", "đến", "sau",
                 "trước", "năm", "số", "ngày", "này", "đó", "mới", "thì", "là", "có", "được", "bị", "phải", "sẽ", "đã",
                 "đang", "cũng", "vẫn", "chưa", "nhưng", "mà", "khi", "nếu", "như", "nằm", "trình", "quy", "trở", "lên",
                 "sửa", "cần", "nói", "gia", "sư", "học", "pháp", "lệ", "chơi", "định", "khác", "nhiều", "các", "những",
                 "một", "đây", "nay", "hay", "do", "bởi", "ở", "thuộc", "trên"}


_NOT_IN_A_LAW_PAIRS = {"quan trọng", "hiện hành", "liên quan", "cơ bản"}
# Words before "Luật" that make it no law's name: "pháp luật Nhà nước", "báo Pháp luật Đời sống", "Công ước Luật
# Biển … của Liên Hợp Quốc", "cử nhân Luật", "Hội Luật gia", "kỷ luật", "văn bản dưới Luật".
_NOT_A_LAW_BEFORE = re.compile(r"(?<!\w)(?:pháp|công ước|cử nhân|thạc sĩ|thạc sỹ|tiến sĩ|tiến sỹ|đại học|khoa|ngành|kỷ|hội"
                               r"|dưới)\s+$", re.IGNORECASE)
# The next word of a law's name the list does not hold.
_LAW_WORD = re.compile(r"\s*([^\s,.;:()\"“”]+|,\s*chống(?=\s))")
# After a law's name: its year ("năm 2015", "2005") and "(sửa đổi)".
_LAW_TAIL = re.compile(r"((?:\s+năm)?\s+(?:19|20)\d\d(?!\w))?(\s*\(sửa đổi(?:,\s*bổ sung)?\)|\s+sửa đổi(?!,? bổ sung))?",
                       re.IGNORECASE)
# "Hiến pháp năm 2013", "Hiến pháp 1992": the Constitution of a year.
_CONSTITUTION = re.compile(r"(?<!\w)Hiến pháp\s+((?:năm\s+)?(?:19|20)\d\d)(?!\w)")


def roman_value(numeral: str) -> int:
    """The value of a Roman numeral ("XIV" -> 14); of a number written in digits, that number."""
    if numeral.isdigit():
        return int(numeral)
    values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
    digits = [values[c] for c in numeral.upper()]
    return sum(-d if i + 1 < len(digits) and d < digits[i + 1] else d for i, d in enumerate(digits))


def roman(number: str) -> str:
    """A term or congress number in Roman numerals, as labels write it ("11" -> "XI", "xii" -> "XII")."""
    if not number.isdigit():
        return number.upper()
    n, out = int(number), ""
    for value, numeral in ((50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out += numeral
            n -= value
    return out


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
    # a congress resolution of a body the article may name more fully ("Đảng bộ tỉnh"): the label is
    # congress[0] + body + congress[1], body completed by the caller
    congress: tuple[str, str] | None = None
    # a congress resolution named by no number ("Nghị quyết Đại hội nhiệm kỳ 2014 - 2019"): of the congress
    # before the one the article reports (-1) or of that one (0); labelled by the caller, who knows it
    offset: int | None = None

    def of_body(self, body: str) -> FoundDirective:
        """This congress resolution with its body written in full."""
        if not self.congress:
            return self
        return replace(self, label=f"{self.congress[0]}{body}{self.congress[1]}", issuer=body)


class DirectiveFinder:
    def __init__(self, gaz: Gazetteer):
        self.gaz = gaz
        kinds = "|".join(sorted(gaz.directive_kinds, key=len, reverse=True))
        self.numbered = re.compile(
            r"(?<!\w)(" + kinds + r")\s+(?:số\s?)?(\d{1,4}[a-z]?)(?:(" + _CODE + r"|" + _YEAR_ONLY + r")" + _NUMBER_END
            + r"(?![.,]\d)|" + _NUMBER_END + r"(?![.,]\d)" + _QUANTITY + r")", re.IGNORECASE)
        self.plenum = re.compile(
            r"(?<!\w)Nghị quyết\s+(?:của\s+)?(?:Hội nghị\s+)?(?:Trung ương|TW|Ban Chấp hành Trung ương(?: Đảng)?)\s+"
            r"(?:lần thứ\s+)?(\d{1,2}|" + _ORDINAL + r")(?!\w)"
            r"((?:\s*(?:,|và)\s*(?:\d{1,2}|" + _ORDINAL + r")(?!\w)(?!\s*(?:năm|tháng|ngày|người|%|/|-)))*)"
            r"|(?<!\w)Nghị quyết\s+(?:của\s+)?Hội nghị\s+(?:lần thứ\s+)?(" + _ORDINAL + r"|\d{1,2})(?!\w)"
            r"((?:\s*(?:,|và)\s*(?:Nghị quyết\s+)?(?:Hội nghị\s+)?(?:lần thứ\s+)?(?:" + _ORDINAL + r"|\d{1,2})(?!\w))*)"
            # "Nghị quyết Hội nghị lần thứ năm Ban Chấp hành Trung ương khóa XII": the Central Committee's, not
            # "… lần thứ 15 Ban Chấp hành Đảng bộ tỉnh" (other_plenum)
            r"(?=\s*,?\s*(?:Ban Chấp hành Trung ương|Trung ương)|\s*\(?\s*khóa)",
            re.IGNORECASE)
        # "Nghị quyết Hội nghị Ủy ban Trung ương MTTQ Việt Nam lần thứ 7 (khóa VIII)", "Nghị quyết Hội nghị lần thứ
        # 15 Ban Chấp hành Đảng bộ tỉnh": a plenum of another body
        self.other_plenum = re.compile(
            r"(?<!\w)Nghị quyết\s+(?:của\s+)?Hội nghị\s+(?:(?P<body>(?-i:" + UPPER + r")[^,.;:()\d]{3,80}?)\s+)?lần thứ\s+"
            r"(?P<n>\d{1,2}|" + _ORDINAL + r")(?!\w)(?:\s*,?\s*(?P<after>(?-i:" + UPPER + r")))?", re.IGNORECASE)
        # "Nghị quyết Đại hội XII", "… Đại hội Đảng toàn quốc lần thứ XII", "… Đại hội lần thứ XII của Đảng",
        # "… Đại hội Đảng bộ tỉnh lần thứ 15", "… Đại hội Đoàn phường khóa XII", "… Đại hội lần thứ XII của Hội"
        congress = (
            r"Đại hội\s+(?P<delegates>đại biểu\s+)?"
            r"(?:(?P<body>(?-i:" + UPPER + r")(?:[^,.;:()\d]|(?<=[Pp]hường )\d{1,3}|(?<=[Qq]uận )\d{1,3}){1,60}?)\s+)??"
            r"(?:(?:Đảng\s+)?toàn quốc\s+)?"
            r"(?:(?P<how>lần thứ|khóa)\s+(?P<n>(?-i:" + _ROMAN + r")|\d{1,2})"
            r"|(?P<bare>(?-i:" + _ROMAN + r")|\d{1,2}(?=\s+của\s)))"
            r"(?!\w)(?:\s+(?:của\s+(?P<owner>(?-i:" + UPPER + r")[^,.;:()]{1,40}?)"
            r"|(?P<party>(?-i:" + UPPER + r")[^,.;:()]{1,40}?))"
            r"(?=[,.;:()]|\s+(?:nhiệm kỳ|đã|đề ra|về|và|mà|trong)\b|$))?")
        self.congress = re.compile(r"(?<!\w)Nghị quyết\s+(?:của\s+)?" + congress, re.IGNORECASE)
        # "Nghị quyết Đại hội … lần thứ XII và Đại hội Đảng bộ tỉnh lần thứ XVIII": one head, two resolutions
        self.congress_after = re.compile(r"\s*(?:,|và)\s*" + congress, re.IGNORECASE)
        self.congress_named = re.compile(r"(?<!\w)" + congress, re.IGNORECASE)
        self.more_numbers = re.compile(r"(?:,\s+|\s+và\s+)(?:số\s?)?(\d{1,4}[a-z]?)(" + _CODE + r")?(?![\w/])(?![.,]\d)"
                                       r"(?!\s*(?:năm|tháng|ngày|người|%))")
        # "văn bản số 10061-CV/VPTW": a document named only "văn bản" (a paper), its kind told by its code
        self.paper = re.compile(r"(?<!\w)văn bản\s+số\s?(\d{1,5})(" + _CODE + r")" + _NUMBER_END, re.IGNORECASE)
        by_code: dict[str, set[str]] = {}
        for written, code in gaz.directive_kinds.items():
            by_code.setdefault(code, set()).add(gaz.directive_labels[written])
        # the kind of each code that one kind alone uses (not QĐ: Quy định and Quyết định)
        self.kind_of_code = {code: next(iter(kinds)) for code, kinds in by_code.items() if len(kinds) == 1}
        self.quoted = re.compile(r"(?<!\w)(" + kinds + r")\s+\"([^\"]{5,200})\"")
        # "Luật Đất đai", "Luật phòng chống tham nhũng", "Bộ Luật tố tụng hình sự (sửa đổi)": a law is written
        # with a capital (not "kỷ luật", "Hội Luật gia", "Luật sư"); "Luật sửa đổi, bổ sung một số điều của Luật
        # Các tổ chức tín dụng" is one law
        self.law = re.compile(r"(?<!\w)((?:[Bb]ộ\s+)?[Ll]uật)"
                              r"(\s+sửa đổi,? bổ sung (?:một số điều của )?(?:các )?(?:[Bb]ộ )?[Ll]uật)?\s+")
        # the next document of a list, where the title of the one before ends: "Nghị quyết về A, Nghị quyết về B",
        # "… và Nghị quyết sửa đổi …", "…; nghị quyết về …"
        self._next_titled = re.compile(r"\s*(?:[,;]|\s+và)\s*(?=(?:" + kinds + r")\s+(?:về|của|số|\d|quy định|phê duyệt"
                                       r"|sửa đổi|điều chỉnh|bãi bỏ|thành lập|ban hành)(?!\w))", re.IGNORECASE)
        # a comma and the kind of the next document: where the issuer of the one before ends
        self._next_document = re.compile(r"\s*,\s*(?:và\s+)?(?=(?:" + kinds + r")(?!\w))", re.IGNORECASE)
        # "Nghị quyết về Chiến lược phát triển bền vững kinh tế biển", "quyết định của Ban Bí thư về công tác cán
        # bộ": a document named by what it is about
        self.described = re.compile(r"(?<!\w)(" + kinds + r")(?:\s+(của|do)\s+(?=\w))?(?=\s|\w)", re.IGNORECASE)

    def find(self, text: str, reader: PostReader, term: str | None = None) -> list[FoundDirective]:
        """The documents the text names, by their labels; `term` is the first year of the term of the congress
        the article reports, if any, for a congress resolution named by no number."""
        out: list[FoundDirective] = []
        taken: list[tuple[int, int]] = []

        def free(a: int, b: int) -> bool:
            return all(b <= s or a >= e for s, e in taken)

        for m in self.plenum.finditer(text):
            numbers = [m.group(1) or m.group(3)]  # "Nghị quyết Trung ương 5, 6 khóa XII": two resolutions
            more = m.group(2) or m.group(4)
            if more:
                numbers += re.findall(_ORDINAL + r"|\d{1,2}", more, re.IGNORECASE)
            numbers = [str(ORDINALS.get(n.lower(), n)) for n in numbers]
            terms, end = self._terms(text, m.end())
            for number in numbers:
                for term in terms or [""]:
                    label = f"Nghị quyết Trung ương {number}" + (f" khóa {term}" if term else "")
                    out.append(FoundDirective(m.start(), end, label, "Nghị quyết", number=number,
                                              issuer="Ban Chấp hành Trung ương Đảng"))
            taken.append((m.start(), end))
        for m in self.other_plenum.finditer(text):
            if free(m.start(), m.end()) and (plenum := self._other_plenum(text, m, reader)):
                out.append(plenum)
                taken.append((plenum.start, plenum.end))
        for m in self.congress.finditer(text):
            found: re.Match[str] | None = m
            while found and free(found.start(), found.end()):
                out.append(self._congress(found))
                taken.append((found.start(), found.end()))
                found = self.congress_after.match(text, found.end())
        for m in _UNNUMBERED_CONGRESS.finditer(text):
            if free(m.start(), m.end()) and (offset := self._congress_before(text, m, term)) is not None:
                out.append(FoundDirective(m.start(), m.end(), "", "Nghị quyết", offset=offset))
                taken.append((m.start(), m.end()))
        numbered: list[_Numbered] = []
        for m in self.numbered.finditer(text):
            if not free(m.start(), m.end()):
                continue
            written = m.group(1)
            if written.startswith("thông báo "):  # "thông báo Kết luận số 292": the verb, then the kind
                written = written[len("thông báo "):]
            kind = next(k for k in self.gaz.directive_kinds if key(k) == key(written))
            listed: list[tuple[str, str]] = [(m.group(2), _as_written(m.group(3)))]
            last = m.end()
            while more := self.more_numbers.match(text, last):  # "Nghị quyết số 18, 19-NQ/TW": two, one code
                listed.append((more.group(1), _as_written(more.group(2))))
                last = more.end()
            issuer, issued, end = self._issuer_and_date(text, last, reader)
            numbered.append(_Numbered(m.start(), last, end, kind, listed, issuer, issued))
            taken.append((m.start(), last))
        self._share_issuers(text, numbered)
        for n in numbered:
            shared = n.listed[-1][1] if len(n.listed) > 1 and re.match(r"-", n.listed[-1][1]) else ""
            for number, code in n.listed:
                if not code and int(re.sub(r"\D", "", number)) >= 1900:
                    continue
                if re.fullmatch(_YEAR_ONLY, code):  # "quy định 102/2017 của Ban Chấp hành Trung ương": its code
                    code = self._code_of(n.kind, number, n.issuer) or code
                code = code or shared or self._code_of(n.kind, number, n.issuer)
                label_kind = self.gaz.directive_labels[n.kind]
                out.append(FoundDirective(n.start, n.end, f"{label_kind} {number}{code}", label_kind, number=number,
                                          code=code.lstrip("-/") or None, issuer=n.issuer,
                                          issued=n.issued if len(n.listed) == 1 else None))
        for m in self.paper.finditer(text):
            code = _as_written(m.group(2))
            told = self.kind_of_code.get(re.split(r"[-/]", code.lstrip("-/"))[0])
            if told and free(m.start(), m.end()):
                issuer, issued, end = self._issuer_and_date(text, m.end(), reader)
                out.append(FoundDirective(m.start(), end, f"{told} {m.group(1)}{code}", told, number=m.group(1),
                                          code=code.lstrip("-/"), issuer=issuer, issued=issued))
                taken.append((m.start(), end))
        for m in self.quoted.finditer(text):
            if not free(m.start(), m.end()):
                continue
            kind = next(k for k in self.gaz.directive_kinds if key(k) == key(m.group(1)))
            out.append(FoundDirective(m.start(), m.end(), f"{kind} “{m.group(2).strip()}”", kind))
            taken.append((m.start(), m.end()))
        for m in self.law.finditer(text):
            if not free(m.start(), m.end()) or _NOT_A_LAW_BEFORE.search(text, max(0, m.start() - 16), m.start()):
                continue  # "pháp luật Nhà nước", "Công ước Luật Biển", "cử nhân Luật"
            law = self._law_name(text, m)
            if law:
                label, end = law
                out.append(FoundDirective(m.start(), end, label, "Bộ luật" if label.startswith("Bộ") else "Luật"))
                taken.append((m.start(), end))
        for m in _CONSTITUTION.finditer(text):
            if free(m.start(), m.end()):
                out.append(FoundDirective(m.start(), m.end(), "Hiến pháp " + m.group(1), "Hiến pháp"))
        # a title may hold other documents ("Nghị quyết … về lãnh đạo thực hiện Nghị quyết của Quốc hội về …"):
        # only its kind must stand outside the documents read so far
        for m in self.described.finditer(text):
            if free(m.start(), m.start() + 1) and (described := self._described(text, m, reader)):
                out.append(described)
        return sorted(out, key=lambda d: d.start)

    def _described(self, text: str, m: re.Match, reader: PostReader) -> FoundDirective | None:
        """A document named by its kind and what it is about, under the label `<Kind> về <title>` (FACTS.md:
        the kind and the title; the issuer is the issuer's): "Chỉ thị của Bộ Chính trị khóa XII về Đại hội Đảng
        bộ các cấp, tiến tới Đại hội đại biểu toàn quốc lần thứ XIII của Đảng" is `Chỉ thị về Đại hội Đảng bộ
        các cấp, …`, issued by Bộ Chính trị. Written in lower case it is a document only with its issuer
        ("quyết định của Ban Bí thư về công tác cán bộ") or where a session adopts it (`_adopted`), never a kind
        of several ("các nghị quyết về …") nor what a party or the law says in general ("quy định của pháp luật
        về …", "nghị quyết của Đảng về …", "chưa có quy định về …"). Where a session adopts it, a document is also
        named by what it does ("Nghị quyết quy định mức thu học phí …", "Nghị quyết phê duyệt …"): `<Kind>
        <title>`. A title ends where the next document of a list begins ("Nghị quyết về A, Nghị quyết về B")."""
        if _SEVERAL.search(text, max(0, m.start() - 12), m.start()):
            return None
        issuer, pos = None, m.end()
        adopted = self._adopted(text, m.start())
        if m.group(2):
            found = self._issuer_at(text, pos, reader)
            if not found or key(found[0]) in _NO_ISSUER:
                return None
            issuer, pos = found
            pos = _end_of_term(text, pos)  # "Bộ Chính trị khóa XII"
        elif m.group(1)[0].islower() and not adopted:
            return None
        about = _ABOUT.match(text, pos) or (_DOES.match(text, pos) if adopted and not m.group(2) else None)
        if not about:
            return None
        start = about.end() if about.re is _ABOUT else about.start(1)
        end = _TITLE_END.search(text, start)
        stop = end.start() if end else len(text)
        following = self._next_titled.search(text, start, stop)
        stop = following.start() if following else stop
        for comma in re.finditer(r",\s+", text[start:stop]):  # ", Ban Bí thư quyết định": the next clause
            body = reader.body_at(start + comma.end())
            if body and re.match(r"\s+(?:đã\s+|sẽ\s+|vừa\s+)?" + LOWER, text[body[1]:]) or self.gaz.title_re.match(
                    text, start + comma.end()):
                stop = start + comma.start()
                break
        title = text[start:stop].strip(" ,")
        if not 2 <= len(title.split()) <= 40:
            return None
        if _ABOUT_A_PERSON.search(title) or any(start <= s < stop for s in reader.name_starts):
            return None  # "quyết định về việc phân công ông X": an act done to a person, not a document
        kind = next(k for k in self.gaz.directive_kinds if key(k) == key(m.group(1)))
        label_kind = self.gaz.directive_labels[kind]
        label = f"{label_kind} về {title}" if about.re is _ABOUT else f"{label_kind} {title}"
        return FoundDirective(m.start(), stop, label, label_kind, issuer=issuer)

    @staticmethod
    def _adopted(text: str, pos: int) -> bool:
        """Whether the kind at `pos` names one document a session adopts or issues: right after the verb
        ("Quốc hội thông qua nghị quyết về …", "biểu quyết thông qua dự thảo Nghị quyết …"), or as an item of the
        list that follows it ("thông qua 15 nghị quyết, gồm: Nghị quyết …; nghị quyết về …"), also in a sentence
        of its own ("Trong đó có Nghị quyết quy định chính sách …")."""
        if _ADOPTS_ONE.search(text, max(0, pos - 30), pos) or _LISTED_AFTER.search(text, max(0, pos - 30), pos):
            return True
        verb = _ADOPTS_MANY.search(text, 0, pos)
        return bool(verb and _LIST_ITEM.search(text, max(0, pos - 6), pos)
                    and not re.search(r"[.!?]\s", text[verb.end():pos]))

    def _law_name(self, text: str, m: re.Match) -> tuple[str, int] | None:
        """A law's label and where its name ends: a name of laws.tsv read whole ("Luật Hôn nhân và gia đình"),
        else the words up to one that ends a name ("Luật Đặc khu nằm trong …"), with the year and "(sửa đổi)"
        written after it ("Bộ luật dân sự 2005 (sửa đổi)")."""
        written = m.group(1)
        kind = "Bộ luật" if written.lower().startswith("bộ") else "Luật"
        inner = m.group(2) or ""
        inner_kind = "Bộ luật" if re.search(r"Bộ\s+[Ll]uật$", inner, re.IGNORECASE) else "Luật"
        known = self.gaz.law_names[inner_kind if inner else kind].match(text, m.end()) or (
            self.gaz.law_names["Bộ luật"].match(text, m.end()) if not inner and kind == "Luật" else None)
        if known:  # "Luật dân sự" for the code is read as written
            name, end = known.group(0), known.end()
        else:
            words: list[tuple[str, int]] = []
            end = m.end()
            while len(words) < 8 and (w := _LAW_WORD.match(text, end)):
                word = w.group(1)
                if words and f"{words[-1][0]} {word}".lower() in _NOT_IN_A_LAW_PAIRS:
                    words.pop()  # "Luật quan trọng như"
                    break
                if word.lower() in _NOT_IN_A_LAW or key(word) in self.gaz.clause_words:
                    break
                words.append((word, w.end()))
                end = w.end()
            # a law the list lacks is written with a capital ("Luật Đặc khu"), or after "Luật" with one
            if not words or not (words[0][0][0].isupper() or written.split()[-1][0].isupper()):
                return None
            name, end = " ".join(w for w, _ in words), words[-1][1]
        tail = _LAW_TAIL.match(text, end)
        year, amended = (tail.group(1), tail.group(2)) if tail else (None, None)
        label = f"{kind} {inner.strip() + ' ' if inner else ''}{name[0].upper()}{name[1:]}"
        label = re.sub(r"\s+", " ", label) + (f" {year.strip()}" if year else "") + (" (sửa đổi)" if amended else "")
        return label, tail.end() if tail else end

    def _other_plenum(self, text: str, m: re.Match, reader: PostReader) -> FoundDirective | None:
        """The resolution of a plenum of a body other than the Party's Central Committee, under its body, number
        and term as written: `Nghị quyết Hội nghị Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam lần thứ 7 khóa VIII`;
        the body is completed by the caller (`congress`)."""
        body = None
        if m.group("body"):
            found = reader.body_at(m.start("body"))
            body = found[0] if found and found[1] >= m.end("body") - 1 else None
        elif m.group("after"):
            found = reader.body_at(m.start("after"))
            body = found[0] if found else None
        if not body or key(body) in ("ban chấp hành trung ương", "ban chấp hành trung ương đảng", "trung ương đảng"):
            return None
        number = str(ORDINALS.get(m.group("n").lower(), m.group("n")))
        end = m.end() if m.group("body") else found[1] if found else m.end()
        terms, end = self._terms(text, end)
        tail = f" lần thứ {number}" + (f" khóa {terms[0]}" if terms else "")
        return FoundDirective(m.start(), end, "", "Nghị quyết", number=number,
                              congress=("Nghị quyết Hội nghị ", tail)).of_body(body)

    def _congress(self, m: re.Match) -> FoundDirective:
        """The resolution of a national congress of the Party (`Nghị quyết Đại hội XII`) or of a body's
        congress (`Nghị quyết Đại hội Đảng bộ tỉnh X lần thứ XV`, written as the article writes it otherwise:
        "Nghị quyết Đại hội Đoàn phường X khóa XII")."""
        number = roman(m.group("n") or m.group("bare"))
        body = self.congress_body(m)
        if not body:
            return FoundDirective(m.start(), m.end(), f"Nghị quyết Đại hội {number}", "Nghị quyết", number=number)
        body = body.strip()
        if key(body).startswith("đảng bộ"):
            head, tail = "Nghị quyết Đại hội ", f" lần thứ {number}"
        else:
            head = "Nghị quyết Đại hội " + ("đại biểu " if m.group("delegates") else "")
            tail = f" {(m.group('how') or 'lần thứ').lower()} {number}"
        found = FoundDirective(m.start(), m.end(), "", "Nghị quyết", number=number, congress=(head, tail))
        return found.of_body(body)

    @staticmethod
    def _congress_before(text: str, m: re.Match, term: str | None) -> int | None:
        """Which congress "Nghị quyết Đại hội" without a number is of: the one before the article's where the
        sentence speaks of the term gone by ("chỉ tiêu của Nghị quyết Đại hội" after "nhiệm kỳ vừa qua", "Nghị
        quyết Đại hội nhiệm kỳ 2014 - 2019" beside a congress of 2019 - 2024), the article's own where the
        congress adopts it ("thông qua Nghị quyết Đại hội"); None where the text does not say."""
        written = _TERM_WRITTEN.match(text, m.end())
        if written:
            return -1 if term is None or written.group(1) == term else None
        if _ADOPTS.search(text, max(0, m.start() - 20), m.start()):
            return 0
        return -1 if _TERM_GONE_BY.search(text) else None

    def congress_body(self, m: re.Match) -> str | None:
        """The body whose congress a match of the congress pattern names, None for the Party's national one."""
        after = m.group("party")  # "Nghị quyết Đại hội XIII Hội Luật gia Việt Nam": a body, not a clause
        after = after if after and self.gaz.body_kind_re.match(after) else None
        body = next((b for b in (m.group("body"), m.group("owner"), after) if b and self._a_body(b)), None)
        return None if not body or key(body) in ("đảng", "đảng cộng sản việt nam") else body.strip()

    def _a_body(self, words: str) -> bool:
        """Whether words after "Đại hội" or "của" name a body ("Đảng bộ tỉnh", "Đoàn phường", "Phụ nữ Phường
        15", "Đảng"), not a clause ("Đảng vào trong cuộc sống")."""
        found = words.split()
        return len(found) <= 7 and not any(w.lower() in _NOT_IN_A_BODY for w in found) and (
            key(words) == "đảng" or not key(words).startswith("đảng ") or key(words).startswith("đảng bộ"))

    def _terms(self, text: str, pos: int) -> tuple[list[str], int]:
        """The terms (khóa) written after a plenum resolution, within its clause."""
        window = text[pos:pos + 90]
        cut = re.search(r"[.;:]|\bvề\b|\bnhằm\b", window)
        window = window[:cut.start()] if cut else window
        m = _TERM.search(window)
        if not m or re.search(r"Nghị quyết", window[:m.start()]):
            return [], pos
        terms = [roman(m.group(1))] + [roman(t) for t in re.findall(_TERM_NUMBER, m.group(2) or "", re.IGNORECASE)]
        return terms, pos + m.end()

    def _issuer_and_date(self, text: str, pos: int, reader: PostReader) -> tuple[str | None, str | None, int]:
        """The issuer written after a document's number ("… của Ban Bí thư", "…, ngày 23/5/2012 của Bộ Chính
        trị", "… do Thủ tướng Chính phủ ban hành"), the day of issue, and where the issuer ends."""
        issued = None
        window = text[pos:pos + 40]
        found = dates.dates_in(window, cued=True)
        if found and found[0][0] < 12:
            issued = found[0][2]
        m = _BEFORE_ISSUER.match(text, pos)
        if m:
            issuer = self._issuer_at(text, m.end(), reader)
            if issuer:
                return issuer[0], issued, issuer[1]
        details = _BEFORE_PLENUM.match(text, pos)
        plenum = _PLENUM_ISSUER.match(text, details.end() if details else pos)
        if plenum:
            return _CENTRAL_COMMITTEE, issued, plenum.end()
        return None, issued, pos

    def _issuer_at(self, text: str, pos: int, reader: PostReader) -> tuple[str, int] | None:
        """The body that issued a document, read at `pos`: a plenum of the Central Committee ("Hội nghị lần thứ
        sáu Ban Chấp hành Trung ương Đảng", whose resolutions are the Committee's), a body, or an issuer of
        issuers.tsv that is no body ("Thủ tướng Chính phủ"), whichever reads further; a body that runs on past a
        comma into the next document ("Ban Tổ chức Trung ương, Kế hoạch số 12") ends at the comma."""
        plenum = _PLENUM_ISSUER.match(text, pos)
        if plenum:
            return _CENTRAL_COMMITTEE, plenum.end()
        body = reader.body_at(pos)
        if body and (next_one := self._next_document.search(text, pos, body[1])):
            body = (text[pos:next_one.start()].strip(), next_one.start())
        known = self.gaz.issuer_re.match(text, pos)
        if known and (not body or body[1] < known.end()):
            return known.group(0), known.end()
        return body

    def _share_issuers(self, text: str, numbered: list[_Numbered]) -> None:
        """Documents named one after another share the issuer written once: after the last ("Quy định số 263
        và Quy định số 181 của Bộ Chính trị"), or before the first ("Thủ tướng Chính phủ đã ban hành Chỉ thị
        số 08 ngày 24/5/2013 và Chỉ thị số 21 ngày 30/8/2019"); an issuer that announces a list of documents
        is that of each, their titles between them ("Bộ Chính trị khóa IX đã ban hành hai Nghị quyết chuyên đề
        …, đó là Nghị quyết 42 về … và Nghị quyết số 11 về …")."""
        for chain in self._chains(text, numbered, _JOINED_DOCUMENTS):
            before = self._issued_before(text, chain[0].start, _ISSUED_BY, 30)
            issuer = None
            for n in reversed(chain):  # an issuer written after a document is also that of those before it
                if n.issuer:
                    issuer = n.issuer
                elif issuer or before:
                    n.issuer = issuer or before
        for chain in self._chains(text, numbered, _JOINED_TITLED):
            before = self._issued_before(text, chain[0].start, _ISSUED_LIST, 160)
            for n in chain:
                n.issuer = n.issuer or before

    @staticmethod
    def _chains(text: str, numbered: list[_Numbered], joined: re.Pattern) -> list[list[_Numbered]]:
        """The runs of documents one list names, each joined to the one before by what `joined` reads."""
        chains: list[list[_Numbered]] = []
        for n in numbered:
            if chains and chains[-1][-1].end == chains[-1][-1].last and joined.fullmatch(
                    text, chains[-1][-1].last, n.start):
                chains[-1].append(n)
            else:
                chains.append([n])
        return chains

    def _issued_before(self, text: str, start: int, verb_re: re.Pattern, window: int) -> str | None:
        """The issuer of issuers.tsv right before the verb that issued the documents from `start` on."""
        verb = verb_re.search(text, max(0, start - window), start)
        if not verb:
            return None
        return next((k.group(0) for k in self.gaz.issuer_re.finditer(text, max(0, verb.start() - 60), verb.start())
                     if k.end() == verb.start()), None)

    def _code_of(self, kind: str, number: str, issuer: str | None) -> str:
        """The rest of a document's number that follows from its issuer ("-CT/TW" of "Chỉ thị 05 của Bộ
        Chính trị"), or "" where it does not (a state document: see issuers.tsv)."""
        form = self.gaz.issuers.get(key(issuer or ""))
        if not form or not form.number or (form.kinds and self.gaz.directive_kinds[kind] not in form.kinds):
            return ""  # a state document, or a kind the issuer does not issue ("Kết luận" of a Party department)
        return form.number.format(n=number, k=self.gaz.directive_kinds[kind])[len(number):]


@dataclass
class _Numbered:
    """A run of numbers under one kind ("Nghị quyết số 18, 19-NQ/TW"), with the issuer and day written after it."""
    start: int
    last: int  # the end of its numbers
    end: int  # the end of its issuer, or `last`
    kind: str
    listed: list[tuple[str, str]]  # (number, code as written)
    issuer: str | None
    issued: str | None


# A kind of document after these names several or any: "các nghị quyết về …", "những quy định về …".
_SEVERAL = re.compile(r"(?<!\w)(?:các|những|một số|nhiều|mọi|hai|ba|bốn|năm|\d+)\s+$", re.IGNORECASE)
# A person the title of a decision is about ("về việc chỉ định đồng chí …"): the decision is an act (FACTS.md).
_ABOUT_A_PERSON = re.compile(r"(?<!\w)(?:ông|bà|đồng chí|anh|chị)\s+" + UPPER)
# A session adopting one document ("Quốc hội thông qua nghị quyết về …"), or several listed after it ("Kỳ họp đã
# thông qua 15 nghị quyết, gồm: …"); an item of that list begins after a colon, a semicolon, a comma or "và". Not
# _ADOPTS of congress resolutions: a draft alone ("cho ý kiến dự thảo Đề án phân bổ đại biểu …") is no document yet.
_ADOPTS_ONE = re.compile(r"(?<!\w)thông qua\s+(?:(?:dự thảo|toàn văn)\s+)?$", re.IGNORECASE)
_ADOPTS_MANY = re.compile(r"(?<!\w)(?:thông qua|biểu quyết)(?!\w)", re.IGNORECASE)
# What introduces the items of a list of documents told in the sentence before: "Trong đó có", "gồm", "cụ thể là"
# (not "như": "như Nghị quyết quy định" is "as the resolution lays down").
_LISTED_AFTER = re.compile(r"(?<!\w)(?:trong đó(?:\s+có)?|bao gồm|gồm(?:\s+có)?|cụ thể(?:\s+là)?|đó là)\s*:?\s*$",
                           re.IGNORECASE)
_LIST_ITEM = re.compile(r"(?:[:;,]|\svà)\s*(?:\+|-|–)?\s*$")
# What a document adopted by a session does, when it is named by that and not by "về …": "Nghị quyết quy định mức
# thu học phí", "Nghị quyết phê duyệt chủ trương đầu tư", "Nghị quyết sửa đổi, bổ sung …".
_DOES = re.compile(r"\s+((?:quy định|phê duyệt|sửa đổi|bổ sung|điều chỉnh|bãi bỏ|thành lập|giải thể|sáp nhập|sắp xếp"
                   r"|phân bổ|ban hành|thông qua|quyết định|giao|hỗ trợ),?\s+" + r"(?!(?:rõ|cụ thể|chặt chẽ)(?!\w))\w)",
                   re.IGNORECASE)
# Issuers whose "nghị quyết về …", "quy định về …" are what they say in general, not one document.
_NO_ISSUER = {"đảng", "nhà nước", "pháp luật", "trung ương", "chính phủ"}
_ABOUT = re.compile(r"\s*(?:\(?\s*khóa\s+[IVXLC\d]+\s*\)?\s*)?về\s+"
                    r"(?!(?:việc\s+)?(?:(?:vấn đề|nội dung)\s+)?(?:này|đó|trên)(?!\w))", re.IGNORECASE)
# Where the title of a document named by what it is about ends: the clause, a bracket or quote, or words that
# begin the rest of the sentence ("… vi phạm, Ban Bí thư quyết định" is cut at the comma by the caller).
_TITLE_END = re.compile(r"[.;:!?()\"“”]|\s-\s*Ảnh|(?<!\w)(?:trong việc|đã|sẽ|được (?:thông qua|ban hành|triển khai|trình|ký)"
                        r"|(?<!trước hết )là|nêu rõ|vừa|cho thấy|đồng thời|góp phần|nhất là|trong đó|và trao|và giới thiệu"
                        r"|và công bố|tại hội nghị|tại kỳ họp|để ban hành|gây (?:thiệt hại|ảnh hưởng|hậu quả))(?!\w)")
# "Nghị quyết Đại hội" with no number, body or term of its own after it.
_UNNUMBERED_CONGRESS = re.compile(r"(?<!\w)Nghị quyết\s+(?:của\s+)?Đại hội(?!\w)(?!\s*(?:đại biểu|lần thứ|khóa|toàn quốc|\d|"
                                  + UPPER + r"))")
_TERM_WRITTEN = re.compile(r"\s*,?\s*\(?nhiệm kỳ\s+\d{4}\s*[-–]\s*(\d{4})")
_ADOPTS = re.compile(r"(?<!\w)(?:thông qua|dự thảo|biểu quyết)\s+(?:toàn văn\s+)?$", re.IGNORECASE)
_TERM_GONE_BY = re.compile(r"(?<!\w)(?:nhiệm kỳ (?:vừa )?qua|nhiệm kỳ trước|(?:5|năm) năm qua)(?!\w)", re.IGNORECASE)
# What stands between a document's number and its issuer: "(khóa XI)", ", ngày 23/5/2012", "ban hành ngày …", the
# year of issue ("Nghị quyết 16 năm 2012 của Bộ Chính trị").
_ISSUE_DETAILS = (r"\s*(?:năm\s+(?:19|20)\d\d\s*)?(?:\([^()]{0,40}\)\s*)?,?\s*(?:(?:ban hành|ký)\s+)?"
                  r"(?:(?:vào\s+)?ngày\s+(?:\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}|[\d/.\-]+\d)\s*,?\s*)?")
_BEFORE_ISSUER = re.compile(_ISSUE_DETAILS + r"(?:của|do)\s+", re.IGNORECASE)
# The same before a plenum of the Central Committee, which may follow without "của" ("Nghị quyết số 18, ngày
# 25/10/2017, Hội nghị Trung ương 6 (khóa XII)", "Nghị quyết 36 Trung ương 8 khóa XII").
_BEFORE_PLENUM = re.compile(_ISSUE_DETAILS, re.IGNORECASE)
# Between two documents of one list: "và", ",", the day of the first ("… số 08 ngày 24/5/2013 và …").
_JOINED_DOCUMENTS = re.compile(r"\s*(?:,?\s*ngày\s+(?:\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}|[\d/.\-]+\d))?\s*"
                               r"(?:,|và|,\s*và|;)\s*(?:các\s+)?", re.IGNORECASE)
# Between two documents of one list that each carry their title: "Nghị quyết 42 về … và Nghị quyết số 11".
_JOINED_TITLED = re.compile(r"\s+về\s+[^.;:()\"“”]{3,160}?" + _JOINED_DOCUMENTS.pattern, re.IGNORECASE)
# An issuer before the verb that announces a list of documents: "Bộ Chính trị khóa IX đã ban hành hai Nghị quyết
# chuyên đề riêng về quy hoạch và luân chuyển cán bộ, đó là", "Ban Bí thư đã ban hành các quy định sau:".
_ISSUED_LIST = re.compile(r"(?:\s*\(?\s*khóa\s+[IVXLC\d]+\s*\)?)?\s+(?:đã\s+|vừa\s+|mới\s+|cũng\s+)?(?:ký\s+)?"
                          r"(?:ban hành|ra|thông qua)\s+(?:hai|ba|bốn|năm|các|\d+)\s+[^.;:]{0,100}?,?\s*"
                          r"(?:đó là|gồm có|gồm|là|sau)\s*:?\s*$", re.IGNORECASE)
# An issuer right before the verb that issued the documents after it: "Bộ Chính trị (khóa XII) ban hành",
# "Thủ tướng Chính phủ đã ký ban hành", "Bộ Chính trị khóa IX đã ra".
_ISSUED_BY = re.compile(r"(?:\s*\(?\s*khóa\s+[IVXLC\d]+\s*\)?)?\s+(?:đã\s+|vừa\s+|mới\s+|cũng\s+)?(?:ký\s+)?"
                        r"(?:ban hành|ra|thông qua)\s+(?:các\s+|hai\s+|ba\s+)?$", re.IGNORECASE)


_CENTRAL_COMMITTEE = "Ban Chấp hành Trung ương Đảng"
_PLENUM_NUMBER = r"(?:lần thứ\s+)?(?:" + _ORDINAL + r"|\d{1,2})(?!\w)"
# A plenum of the Central Committee as a document's issuer: "Hội nghị Trung ương 6", "Hội nghị lần thứ sáu Ban Chấp
# hành Trung ương Đảng", "Trung ương 8" (not "Hội nghị lần thứ 15 Ban Chấp hành Đảng bộ tỉnh").
_PLENUM_ISSUER = re.compile(
    r"Hội nghị\s+(?:Ban Chấp hành\s+)?Trung ương(?:\s+Đảng)?\s+" + _PLENUM_NUMBER
    + r"|Hội nghị\s+" + _PLENUM_NUMBER + r"\s*,?\s*Ban Chấp hành Trung ương(?:\s+Đảng)?"
    + r"|(?:Ban Chấp hành\s+)?Trung ương(?:\s+Đảng)?\s+" + _PLENUM_NUMBER, re.IGNORECASE)


def _as_written(code: str | None) -> str:
    """A document's code as written, without its spaces, "TƯ" (Trung ương) in its usual spelling "TW", with the
    dash a space stood for ("19 KL/TW" is 19-KL/TW)."""
    code = re.sub(r"(?<![^\W\d_])TƯ(?![^\W\d_])", "TW", re.sub(r"\s", "", code or ""))
    return code if not code or code[0] in "-/" else "-" + code


def _end_of_term(text: str, pos: int) -> int:
    """Past the term written after an issuer ("Bộ Chính trị khóa XII", "(khóa XI)")."""
    m = re.compile(r"\s*\(?\s*(?i:khóa)\s+[IVXLC\d]+\s*\)?").match(text, pos)
    return m.end() if m else pos


_PLENUM_LABEL = re.compile(r"Nghị quyết Trung ương (\d+)( khóa [IVXLC]+)?$")


def unify(found: list[FoundDirective]) -> tuple[list[FoundDirective], list[str]]:
    """One entry per label, and the label each found directive ended up under.

    "Chỉ thị 05" joins "Chỉ thị 05-CT/TW" of the same article, and "Nghị quyết Trung ương 10" the one
    plenum resolution of that number whose term the article gives ("Nghị quyết Trung ương 10, khóa XII").
    """
    coded = {(d.kind, d.number.lstrip("0")): d for d in found if d.code and d.number}
    termed: dict[str, set[str]] = {}
    for d in found:
        m = _PLENUM_LABEL.match(d.label)
        if m and m.group(2):
            termed.setdefault(m.group(1), set()).add(d.label)
    by_label: dict[str, FoundDirective] = {}
    labels = []
    for d in found:
        m = _PLENUM_LABEL.match(d.label)
        if m and not m.group(2) and len(termed.get(m.group(1), ())) == 1:
            d = replace(d, label=next(iter(termed[m.group(1)])))
        if not d.code and d.number and (d.kind, d.number.lstrip("0")) in coded:
            full = coded[(d.kind, d.number.lstrip("0"))]
            d = replace(d, label=full.label, number=full.number, code=full.code, issuer=d.issuer or full.issuer,
                        issued=d.issued or full.issued)
        k = key(d.label)
        if k in by_label:
            old = by_label[k]
            by_label[k] = replace(old, issuer=old.issuer or d.issuer, issued=old.issued or d.issued)
        else:
            by_label[k] = d
        labels.append(by_label[k].label)
    return list(by_label.values()), labels
