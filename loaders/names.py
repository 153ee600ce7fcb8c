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
_UNIT = re.compile(r"(?i:thành phố|thị xã|thị trấn)(?!\w)")
# A person introduced right after: "…, ông Huỳnh Khánh Toàn".
_PERSON_NEXT = re.compile(r"\s*,\s*(?:ông|bà|đồng chí)\s+" + UPPER)
_APPOSED = re.compile(r"\s*[,\-–]\s*")  # what parts a name from the post written after it
_RUN_SYLLABLE = re.compile(_SYLLABLE + r"(?!\w)")
_WORDS_BEFORE = re.compile(r"(?:(\w+) )?(\w+) $")
# A time word that begins the next clause right after a name: "Ngày 25.5", "Sáng nay", "Chiều 5/6".
_TIME_AFTER = re.compile(r"(?:Ngày|Sáng|Chiều|Tối|Trưa|Hôm|Tháng)\s+(?:\d|nay|qua|mai)")
_PREVIOUS_WORDS = re.compile(r"(\S+)\s+(\S+)\s*$|(\S+)\s*$")
# A house number before a street named after a person: "số 5 Trần Thánh Tông", "(98 Tô Ngọc Vân", "nhà 8B Lê
# Trực"; not a ward's number after its name ("phường Mỹ Đình 2 Lưu Chí Dưỡng").
_HOUSE_NUMBER = re.compile(r"(?:^|[(\s](?:số|nhà|tại|ở)\s|\()\d{1,3}[A-Za-z]?(?:/\d{1,3})?\s$", re.IGNORECASE)


@dataclass(frozen=True)
class NameSpan:
    start: int
    end: int
    name: str


class NameFinder:
    """Finds full personal names in a sentence (after abbreviations are written out)."""

    def __init__(self, gaz: Gazetteer):
        self.gaz = gaz
        family = sorted((re.escape(s) for s in gaz.surnames if not s.endswith("'")), key=len, reverse=True)
        # "H'Hen Niê", "K' Mák": a marker with an apostrophe may be written against the syllable it starts
        marked = [re.escape(s) for s in gaz.surnames if s.endswith("'")]
        # a syllable after the family name may carry the marker too: "Ksor H’Bơ Khăp"
        pattern = r"(?:" + "|".join(family) + r")(?:[ ](?:[HK]['’])?" + _SYLLABLE + r"){1,3}"
        if marked:
            pattern += r"|(?:" + "|".join(marked) + r")[ ]?" + _SYLLABLE + r"(?:[ ]" + _SYLLABLE + r"){0,3}"
        self.full = re.compile(r"(?<![\w.'])(?:" + pattern + r")(?![\w])")
        self.body_kind_last = re.compile(r"(?:" + gaz.body_kind_re.pattern + r")\s*$", re.IGNORECASE)
        self.title_last = re.compile(r"(?:" + gaz.title_re.pattern + r")\s*$", re.IGNORECASE)
        self.body_word_last = re.compile(r"(?:" + gaz.body_word_re.pattern + r")\s*$", re.IGNORECASE)

    def find(self, text: str) -> list[NameSpan]:
        out: list[NameSpan] = []
        pos = 0
        while True:
            m = self.full.search(text, pos)
            if not m:
                return out
            place_end = self._place_prefix(text, m.start(), m.end()) or self._last_name_of_run(text, m.start())
            if place_end:  # "Thành ủy Hà Nội Hoàng Trung Hải": the name starts after the place
                pos = place_end
                continue
            first_end = text.find(" ", m.start())
            kind = self.gaz.body_kind_re.match(text, m.start())
            if kind and kind.end() > first_end:
                pos = kind.end()  # "Đoàn Thanh niên", "Đoàn Chủ tịch": a body, not "Đoàn" the family name
                continue
            before = _WORDS_BEFORE.search(text, max(0, m.start() - 24), m.start())
            kinds = [self.gaz.body_kind_re.match(text, before.start(g)) for g in (1, 2) if before and before.group(g)]
            ends = [k.end() for k in kinds if k and k.end() >= first_end]
            if ends:
                pos = max(ends)  # "Thành đoàn Hà Nội", "Trung ương Đoàn Lê Quốc Phong": "Đoàn" ends a body
                continue
            span = self._trimmed(text, m.start(), m.end())
            if span and self._is_person(text, span):
                out.append(span)
            pos = m.end()

    def _last_name_of_run(self, text: str, start: int) -> int:
        """Where the name starts in a run of more capitalised syllables than a name has, else 0.

        "Ban Quản lý Khu kinh tế mở Chu Lai Lê Văn Hoài An", "Đảng ủy phường Lý Thái Tổ Nguyễn Văn Hoài Nam":
        five or more capitalised syllables are a place (or a body's name) and then a name, which is the
        longest run of two to four syllables at the end that begins with a family name.
        """
        run: list[re.Match] = []
        for w in _RUN_SYLLABLE.finditer(text, start):
            if w.start() != start and (text[w.start() - 1] != " " or self.gaz.title_re.match(text, w.start())
                                       or _TIME_AFTER.match(text, w.start())):
                break
            if run and w.start() != run[-1].end() + 1:
                break
            run.append(w)
            if len(run) > 8:
                break
        if len(run) <= 4:
            return 0
        cue = _PREVIOUS_WORDS.search(text, max(0, start - 30), start)
        if cue and ({self.gaz.cues.get(key(cue.group(2) or cue.group(3) or "")),
                     self.gaz.cues.get(key(f"{cue.group(1)} {cue.group(2)}") if cue.group(1) else "")} & {"person", "rank"}):
            return 0  # "TS Trần Công Hoàng Quốc Trang": a person cue starts the name
        for k in range(max(1, len(run) - 4), len(run) - 1):
            if run[k].group(0) in self.gaz.surnames:
                return run[k].start()
        return 0

    def _place_prefix(self, text: str, start: int, end: int) -> int:
        """End of a place name the candidate begins with, when a name follows it; else 0.

        "Thành ủy Hà Nội Hoàng Trung Hải": the name starts after the place. The place may also begin one
        word earlier, with a syllable that is no family name: "tỉnh Bình Dương Võ Văn Minh". A place of
        two syllables followed by one more is a person ("ông Vũ Quang Thắng", not huyện Vũ Quang) unless
        a full name follows.
        """
        syllables = list(re.finditer(r"\S+", text[start:end]))
        before = re.search(r"(" + _SYLLABLE + r") $", text[max(0, start - 12):start])
        for n in (3, 2, 1):
            if len(syllables) <= n:
                continue
            stop = start + syllables[n - 1].end()
            place = n > 1 and key(text[start:stop]) in self.gaz.place_keys
            joined = before is not None and key(before.group(1) + " " + text[start:stop]) in self.gaz.place_keys
            if not (place or joined):
                continue
            if n == 3 or len(syllables) > n + 1 or self.full.match(text, stop + 1):
                return stop
        return 0

    def _trimmed(self, text: str, start: int, end: int) -> NameSpan | None:
        """Drop trailing syllables that begin a title, a body or a unit ("… Hải Bí thư", "Đoàn Thành phố Hồ Chí
        Minh")."""
        syllables = [(m.start() + start, m.end() + start) for m in re.finditer(r"\S+", text[start:end])]
        keep = len(syllables)
        if _TIME_AFTER.match(text, syllables[-1][0]) and len(syllables) > 2:
            keep -= 1  # "… Nguyễn Văn Thiện Ngày 25.5": a time word after a name is not part of it
        elif len(syllables) == 4 and key(text[syllables[-1][0]:syllables[-1][1]]) in self.gaz.clause_words:
            keep -= 1  # "… Nguyễn Văn Trân Cùng dự có …": a caption ran into the next sentence
        for i in range(1, len(syllables)):
            s = syllables[i][0]
            kind = self.gaz.body_kind_re.match(text, s)
            if self.gaz.title_re.match(text, s) or kind and kind.end() > end or _UNIT.match(text, s):
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
        cues = {self.gaz.cues.get(two, "")} if tight else set()
        if tight and two not in self.gaz.body_words:  # "trường" is a school, but "Môi trường" a field of a body
            cues.add(self.gaz.cues.get(one, ""))
        name_key = key(span.name)
        if "not-person" in cues and not self._titled_after_locality(text, span, two if two in self.gaz.localities
                                                                       else one, name_key) \
                and not (self.body_kind_last.search(before) and self._titled_clause(before)):
            return False  # "Ủy viên Bộ Chính trị Nguyễn Văn A": the cue word ends the body of a title
        if _PERSON_NEXT.match(text, span.end) and self.body_word_last.search(before):
            return False  # "Trưởng Ban Quản lý Khu kinh tế mở Chu Lai, ông A": the name ends the body, A holds it
        if _HOUSE_NUMBER.search(before):  # "98 Tô Ngọc Vân, Tây Hồ": an address
            return False
        written_two = (m.group(1) or "") + " " + (m.group(2) or "") if m and m.group(1) else ""
        if tight and written_two.islower() and two in self.gaz.body_words and not self.body_kind_last.search(before) \
                and not self._titled_clause(before):  # "Phó Chánh án Tòa án nhân dân tối cao Nguyễn Sơn" is a person
            return False
        titled = self.title_last.search(before)
        if "rank" in cues and self._rank_in_a_body_name(before):
            cues.discard("rank")  # "Hội Luật gia Hà Giang": the rank word is part of a body's name
        first = span.name.split()[0]
        if (first in self.gaz.cued_surnames or first[:2] in self.gaz.cued_surnames) \
                and not ({"person", "rank"} & cues) and not titled and not self._titled_clause(before) \
                and not self._post_after(text, span):
            return False
        # "Bí thư Hà Nội" is the party secretary of Hà Nội; "Chủ tịch Hồ Chí Minh" is a person.
        if name_key in self.gaz.place_keys and not ({"person", "rank"} & cues) \
                and not (titled and len(name_key.split()) >= 3):
            return False
        if len(name_key.split()) == 2 and name_key in self.gaz.lunar_years:  # "Xuân Đinh Dậu"
            return False
        # "Hà Tây", "Kim Hỷ", "Mai Dịch": a name of two syllables that is a place's (a ward's or a former
        # province's too) is a person only after a person cue, a rank or a title
        if len(name_key.split()) == 2 and name_key in self.gaz.all_place_keys \
                and not ({"person", "rank"} & cues) and not titled:
            return False
        return True

    def _post_after(self, text: str, span: NameSpan) -> bool:
        """Whether a post is written right after the name ("…; Y Khuê Niê, Ủy viên Ủy ban Pháp luật"): a name of
        the uplands in a list is a person's without a cue of its own."""
        sep = _APPOSED.match(text, span.end)
        return bool(sep and sep.end() > span.end and self.gaz.title_re.match(text, sep.end()))

    def _titled_after_locality(self, text: str, span: NameSpan, cue: str, name_key: str) -> bool:
        """Whether a locality word before the name ends a post rather than naming a place.

        "Chủ tịch UBND tỉnh Lê Trí Thanh": the word "tỉnh" completes the body of a title, and what
        follows is the holder's name, unless it is the name of a place.
        """
        return cue in self.gaz.localities and name_key not in self.gaz.all_place_keys \
            and self._titled_clause(text[max(0, span.start - 120):span.start])

    def _titled_clause(self, before: str) -> bool:
        """Whether the clause that runs into the name holds a title ("…, Chủ tịch HĐND tỉnh ")."""
        clause = re.split(r"[,;:.()]|\s-\s", before)[-1]
        return bool(self.gaz.title_re.search(clause))

    def _rank_in_a_body_name(self, before: str) -> bool:
        words = before.split()
        for n in (1, 2, 3):
            if len(words) > n and self.body_kind_last.search(" ".join(words[:-n]) + " ") \
                    and key(" ".join(words[-n:])) in self.gaz.cues:
                return True
        return False


# ------------------------------------------------------------------ bylines

_NAME_WORD = r"(?:" + _SYLLABLE + r"|" + _CAPS_WORD + r")"
_INITIAL = UPPER + r"\."
_PEN_NAME = r"(?:" + _INITIAL + r"\s?)?" + _NAME_WORD + r"(?:[ ]" + _NAME_WORD + r"){0,3}"
# The outlet a byline may name after a dash: "Phan Long - Cổng TTĐT tỉnh", "Minh Anh – TTXVN".
_OUTLET = r"(?:Báo|Cổng|Đài|Tạp chí|Trang|Thông tấn xã|TTXVN|VOV|VTV|VNA|Trung tâm|Ban Tuyên giáo)(?!\w)[^\n]{0,40}"
_BYLINE_LINE = re.compile(
    r"^\s*(?:Theo\s+)?(" + _PEN_NAME + r")\s*(?:\(([^()]{1,40})\)|[-–]\s+" + _OUTLET + r")?\s*$"
)
_BYLINE_TAIL = re.compile(
    r"[.!?\"')]\s+(?:Theo\s+)?(" + _PEN_NAME + r")\s*(?:\(([^()]{1,40})\))?\s*$"
)
# "Ảnh: Ngọc Tiến", "(ảnh: Ngân Tuyền)"; not a caption's "Trong ảnh: ông X …" (in the photo).
_PHOTO_CREDIT = re.compile(r"(?<!\w)(?<![Tt]rong )[Ảả]nh\s*:\s*(" + _PEN_NAME + r")")


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
        kind = self.gaz.body_kind_re.match(name)
        if self.gaz.title_re.search(name) or kind and not (kind.group(0) in self.gaz.surnames and " " in name):
            return False  # "Đoàn Nguyên" may sign a photo: "Đoàn" is a family name too
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
        return [name for name, _, _ in self.credits(text)]

    def credits(self, text: str) -> list[tuple[str, int, int]]:
        """Photo credits with where their name starts and ends ("Ảnh: Thanh Lê Báo cáo …": "Thanh Lê")."""
        out: list[tuple[str, int, int]] = []
        if ":" not in text:
            return out
        for m in _PHOTO_CREDIT.finditer(text):
            words = list(re.finditer(r"\S+", m.group(1)))
            if any(w.group(0).isupper() and len(w.group(0)) > 1 for w in words):
                words = [w for w in words if w.group(0).isupper() or w.group(0).endswith(".")]
            else:
                limit = 3 if words[0].group(0) in self.gaz.surnames else 2
                words = words[:limit]
            name = pen_name(" ".join(w.group(0) for w in words))
            if name and self._plausible(name):
                out.append((name, m.start(1), m.start(1) + words[-1].end()))
        return out
