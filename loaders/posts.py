"""Titles and bodies: "Ủy viên Ban Thường vụ Quận ủy, Trưởng Ban Tuyên giáo Quận ủy" read as posts.

A post is a title from titles.tsv followed by the body it is held in. A body
starts with a kind from body_kinds.tsv (or the kind the title carries: "Trưởng
ban Tuyên giáo" is a post in "Ban Tuyên giáo") and goes on through capitalised
words, localities and the lower-case words of body_words.txt, up to punctuation,
a verb or a person's name.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace

from .gazetteer import LOCALITY_WORDS, BodyKind, Gazetteer, loose_words
from .text import LOWER, UPPER, key

_WORD = re.compile(r"[\w&]+(?:[.'][\w]+)*")
_SPACE = re.compile(r"[ ]*")


def past_spaces(text: str, pos: int) -> int:
    """Where the spaces at `pos` end."""
    m = _SPACE.match(text, pos)
    return m.end() if m else pos  # [ ]* always matches
# Separators between the posts of one person.
POST_SEPARATOR = re.compile(r"\s*(?:[,\-]\s*)?kiêm\s+|\s*(?:,|-|kiêm)\s*", re.IGNORECASE)
_UPPER_START = re.compile(UPPER)
_LOWER_WORD = re.compile(LOWER + r"\w*")
_MAX_BODY_WORDS = 14
# Words that end a body's name whatever their case: "Hội Luật gia tỉnh khóa III", "… nhiệm kỳ 2015 - 2020".
_STOP_WORDS = {"khóa", "nhiệm", "lần", "năm", "ngày", "tháng"}
# Party committees are proper names: "quận ủy" inside a body's name is written "Quận ủy".
_COMMITTEE_CASE = re.compile(r"(?<!\w)(?:quận|huyện|tỉnh|thành|thị|đảng) ủy(?!\w)")
_FORMER = re.compile(r"(?:nguyên|cựu)\s+", re.IGNORECASE)
_NEW = re.compile(r"tân\s+")  # "ông A, tân Chủ tịch UBND tỉnh": newly in the post; lower case, "Tân" starts places
PARTY_TITLES = {"bí thư", "phó bí thư", "phó bí thư thường trực", "quyền bí thư"}
GOVERNMENT_TITLES = {"chủ tịch", "phó chủ tịch", "phó chủ tịch thường trực", "quyền chủ tịch"}
# The party committee that leads each level of local government.
LEVEL_COMMITTEE = {"tỉnh": "Tỉnh ủy", "thành phố": "Thành ủy", "quận": "Quận ủy", "huyện": "Huyện ủy",
                   "thị xã": "Thị ủy", "xã": "Đảng ủy xã", "phường": "Đảng ủy phường", "thị trấn": "Đảng ủy thị trấn"}
_LOCALITY_AT = re.compile(r"(" + LOCALITY_WORDS + r")(?!\w)", re.IGNORECASE)
_CAPITALISED = re.compile(UPPER + r"\w*")
# A ministry or department that ends a body's name ("… Bộ Tài nguyên").
_WHOLE_MINISTRY = re.compile(r"(?:(?<=\s)|^)(Bộ|Sở) (" + UPPER + r"\w*(?: \w+)?)$")
_LAST_WORD = re.compile(r"(\w+) $")
# A term after a post: "khóa XII", "nhiệm kỳ 2010-2015", "các khóa IX, X, XI".
_TERM = re.compile(r"\s+(?:các\s+)?(?:khóa|khoá|nhiệm kỳ)\s+[\w]+(?:\s*[-–]\s*\d+)?(?:\s*,\s*[IVXL]+(?!\w))*(?=\s*,)",
                   re.IGNORECASE)
_FIELD_SEPARATOR = re.compile(r"\s*[,\-]\s*")
# A unit's number, not a year: "Quân khu 7", "Vụ 1A", "Đoàn kiểm tra số 471".
_NUMBER = re.compile(r"(?:số\s+)?(?!(?:19|20)\d\d(?!\d))\d{1,4}[A-Z]?(?!\w)(?![.,/\-]\d)", re.IGNORECASE)
_OF = re.compile(r"\s+của\s+")
# One capitalised syllable alone: a given name, when the article names a person with it ("Bí thư Thăng nói").
_GIVEN_NAME = re.compile(UPPER + LOWER + r"*(?!\w)(?!\s?" + UPPER + r")")
_STANDING = re.compile(r"\s+(?i:thường trực)(?!\w)")
# "Phó Giám đốc phụ trách Sở …": in charge of it, passed over; "Phó Trưởng đoàn chuyên trách Đoàn ĐBQH tỉnh": the
# full-time deputy, a post of its own
_IN_CHARGE = re.compile(r"\s+(?i:(chuyên trách)|phụ trách)(?!\w)")
_DEPUTY = ("phó ", "thứ trưởng")  # titles of a deputy, of which one is the standing deputy
_ECHO = re.compile(r"\s*\(([^()]{1,40})\)")
_COMMA_OR_BRACKET = re.compile(r"\s*,\s*|\s*\(\s*")
_CLOSE_BRACKET = re.compile(r"\s*\)")
_NEXT_WORD = re.compile(r" (?=[\w&])")  # one space, then the next word
_LOWER_WORD_NEXT = re.compile(r"\s+[^\W\d_]")
_UPPER_WORD_NEXT = re.compile(r"\s+" + UPPER)
_UNIT_NUMBER = re.compile(r" (\d{1,2})(?![\w/.,\-]\d|\w)")
_UNIT_NAMED = re.compile(r"((?i:tỉnh|thành phố|quận|huyện|thị xã)) (" + UPPER + r".*)$")


def _of_committee(kind: BodyKind, rest: str) -> str:
    """"Trưởng ban Tuyên giáo TP. Cần Thơ": a commission of a party committee (a `committee` kind) named with a
    unit belongs to that unit's party committee ("Ban Tuyên giáo Thành ủy Cần Thơ")."""
    m = _UNIT_NAMED.match(rest) if kind.level == "committee" else None
    return f"{LEVEL_COMMITTEE[m.group(1).lower()]} {m.group(2)}" if m else rest


@dataclass(frozen=True)
class ParsedPost:
    start: int
    end: int
    title: str
    body: str | None
    former: bool


class PostReader:
    """Reads posts and bodies in a sentence, knowing where its person names stand."""

    def __init__(self, gaz: Gazetteer, text: str, name_starts: set[int], given_names: frozenset[str] = frozenset()):
        self.gaz = gaz
        self.text = text
        self.name_starts = name_starts
        self.given_names = given_names  # the last syllables of the article's full names ("Thăng" of Đinh La Thăng)
        self._names = sorted(name_starts)
        self._marks: dict[str, list[int]] = {}
        self._chains: dict[tuple[int, bool], list[ParsedPost]] = {}
        self._kinds: list[tuple[int, int]] | None = None  # where the kinds of several words stand

    # ------------------------------------------------------------- where things stand
    # A sentence may be a whole article without a full stop: these answer in log time, so that the rules
    # that ask them for every name and title stay linear in the sentence.
    def names_in(self, start: int, end: int) -> bool:
        """Whether a person's name starts in [start, end)."""
        i = bisect_left(self._names, start)
        return i < len(self._names) and self._names[i] < end

    def next_name_start(self, pos: int) -> int | None:
        """Where the first name starting at or after `pos` starts, or None."""
        i = bisect_left(self._names, pos)
        return self._names[i] if i < len(self._names) else None

    def last_name_start(self, start: int, end: int) -> int | None:
        """Where the last name starting in [start, end) starts, or None."""
        i = bisect_left(self._names, end) - 1
        return self._names[i] if i >= 0 and self._names[i] >= start else None

    def clause_start(self, pos: int, marks: str = ".;") -> int:
        """Where the clause `pos` stands in begins: after the last of `marks` before it, else 0."""
        found = self._marks.get(marks)
        if found is None:
            found = self._marks[marks] = [i for i, c in enumerate(self.text) if c in marks]
        i = bisect_left(found, pos)
        return found[i - 1] + 1 if i else 0

    def inside_a_kind(self, start: int, end: int) -> bool:
        """Whether [start, end) ends a body's kind that begins before it: "Giám đốc" of "Ban Giám đốc Công an
        tỉnh", "Chủ tịch" of "Đoàn Chủ tịch" name a board, no one's title ("Đoàn Chủ tịch nước" still has one)."""
        if self._kinds is None:
            self._kinds = [(m.start(), m.end()) for m in self.gaz.body_kind_re.finditer(self.text)
                           if " " in m.group(0)]
        i = bisect_left(self._kinds, (start, 0)) - 1
        return i >= 0 and self._kinds[i][0] < start and end == self._kinds[i][1]

    # ------------------------------------------------------------- posts
    def post_at(self, pos: int) -> ParsedPost | None:
        """The post written at `pos`, or None."""
        text = self.text
        start = pos
        former = False
        m = _FORMER.match(text, pos)
        if m:
            former, pos = True, m.end()
        else:
            m = _NEW.match(text, pos)
            pos = m.end() if m else pos
        m = self.gaz.title_re.match(text, pos)
        if not m or pos in self.name_starts or self.inside_a_kind(m.start(), m.end()):
            return None
        title = self.gaz.title_of(m.group(0))
        end = m.end()
        standing = _STANDING.match(text, end)
        if standing and key(title.title).startswith(_DEPUTY) and "thường trực" not in key(title.title):
            # "Phó Giám đốc Thường trực", "Phó ban Thường trực Ban Dân vận", "Thứ trưởng Thường trực": the
            # standing deputy
            title, end = replace(title, title=f"{title.title} Thường trực"), standing.end()
        echo = _ECHO.match(text, end)
        if echo and key(echo.group(1)) == key(m.group(0)):
            end = echo.end()  # "Tổng Giám đốc (TGĐ) Thông tấn xã Việt Nam": the title's acronym, defined in brackets
        modifier = _IN_CHARGE.match(text, end)
        if modifier:
            end = modifier.end()
            if modifier.group(1):
                title = replace(title, title=f"{title.title} chuyên trách")
        body, body_end = None, end
        after = past_spaces(text, end)
        if title.carries:
            carried = self.gaz.body_kind_of(title.carries)
            explicit = self.body_at(after)
            # "Trưởng đoàn công tác …": the carried kind and the words after it make a longer kind
            longer = self.gaz.body_kind_re.match(carried.canonical + " " + text[after:after + 40])
            if explicit and key(explicit[0]).startswith(key(carried.canonical)):
                body, body_end = explicit
            elif longer and longer.end() > len(carried.canonical) + 1 and after not in self.name_starts:
                kind = self.gaz.body_kind_of(longer.group(0))
                kind_end = after + longer.end() - len(carried.canonical) - 1
                rest, rest_end = self._rest(past_spaces(text, kind_end), require=False, topic=kind.topic)
                rest = _of_committee(kind, rest) if rest else rest
                body, body_end = kind.canonical + (" " + rest if rest else ""), (rest_end if rest else kind_end)
            else:
                require = not title.default_body and (carried.carried or title.carries in (
                    "Ban", "Khoa", "Phòng", "Đoàn", "Bộ", "Cục", "Vụ", "Viện", "Văn phòng", "Thanh tra"))
                rest, rest_end = self._rest(after, require=require, joint=carried.joint, sentence=carried.sentence)
                if rest is not None:
                    rest = self._full_field(carried.canonical, rest) if rest else rest
                    body, body_end = (carried.canonical + (" " + rest if rest else "")), (rest_end if rest else end)
        else:
            found = self.body_at(after) or self.locality_body(after, title.title)
            # A title held in one body only ("Tổng Bí thư") takes a short capitalised phrase after it for
            # a name, not a body: "nguyên Tổng Bí thư Trường Chinh"; but its own body it takes ("Phó Thủ
            # tướng Thường trực Chính phủ Trương Hòa Bình").
            if found and not (title.default_body and len(found[0].split()) <= 2
                              and key(found[0]) != key(title.default_body)):
                body, body_end = found
        if body is None and title.default_body:
            body = title.default_body
        if body and body_end > end:
            body, body_end = self._with_parent(body, body_end)
        return ParsedPost(start, body_end, title.title, self.gaz.official(body) if body else body, former)

    def _with_parent(self, body: str, end: int) -> tuple[str, int]:
        """"Vụ trưởng Vụ Địa phương I, Ban Tổ chức Trung ương": a department (a `part` kind, body_kinds.tsv) with
        the body it belongs to written after a comma (or in brackets: "Vụ … (Bộ Tài chính)") is held in "Vụ Địa
        phương I Ban Tổ chức Trung ương"."""
        kind = self.gaz.body_kind_re.match(body)
        if not kind or not self.gaz.body_kind_of(kind.group(0)).part:
            return body, end
        comma = _COMMA_OR_BRACKET.match(self.text, end)
        if not comma or not _UPPER_START.match(self.text, comma.end()) or self._starts_title(comma.end()):
            return body, end
        parent = self.body_at(comma.end())
        if not parent or key(parent[0]) in self.gaz.body_kinds:
            return body, end
        if "(" in comma.group(0):
            close = _CLOSE_BRACKET.match(self.text, parent[1])
            return (f"{body} {parent[0]}", close.end()) if close else (body, end)
        return f"{body} {parent[0]}", parent[1]

    def chain_at(self, pos: int, stop_before_names: bool = True) -> list[ParsedPost]:
        """Posts written one after another from `pos`, separated by commas, dashes or "kiêm".

        A post that runs straight into a person's name belongs to that name, so the chain ends before it: in
        "A – T1, T2 B" T1 is A's and T2 is B's ("…, Bí thư Thành ủy Hà Nội Hoàng Trung Hải").
        """
        return list(self._chain(pos, stop_before_names))

    def _chain(self, pos: int, stop_before_names: bool) -> list[ParsedPost]:
        """The chain from `pos`, remembered by where it starts, since a chain is asked for from each of its
        titles (a chain of k posts costs k, not k²)."""
        k = (pos, stop_before_names)
        if k in self._chains:
            return self._chains[k]
        out: list[ParsedPost] = []
        starts = []
        while True:
            if out and (pos, stop_before_names) in self._chains:
                out += self._chains[(pos, stop_before_names)]
                break
            post = self.post_at(pos)
            if post is None:
                break
            after = past_spaces(self.text, post.end)
            given = _GIVEN_NAME.match(self.text, after) if post.body is None else None
            if stop_before_names and after > post.end and (
                    after in self.name_starts or (given and given.group(0) in self.given_names)):
                break  # "A, T1, T2 B": T2 runs into B and is B's; "A, Trưởng phòng X, Bí thư Thăng nói": Thăng's
            starts.append(pos)
            out.append(post)
            term = _TERM.match(self.text, post.end)  # "Bí thư Tỉnh ủy nhiệm kỳ 2010-2015, Chủ tịch HĐND tỉnh"
            sep = POST_SEPARATOR.match(self.text, term.end() if term else post.end)
            if sep:
                pos = sep.end()
            elif post.body is None and self._starts_title(after):
                pos = after  # "Phó Chủ tịch Tổng Thư ký Hội Luật gia Việt Nam": titles written side by side
            else:
                break
        for i, start in enumerate(starts):
            self._chains[(start, stop_before_names)] = out[i:]
        if not starts:
            self._chains[k] = []
        return self._chains[k]

    def locality_body(self, pos: int, title: str) -> tuple[str, int] | None:
        """The body a chairman's or a party secretary's title means before a locality, and where it ends.

        "Chủ tịch tỉnh Đinh Văn Thu", "Phó chủ tịch tỉnh Thanh Hóa Ngô Văn Tuấn": the people's committee of
        the locality; "Bí thư quận Huỳnh Thanh Nhân", "nguyên Bí thư Quảng Nam Lê Phước Thanh": its party
        committee. None for other titles, or when no locality follows.
        """
        t = key(title)
        if t not in GOVERNMENT_TITLES and t not in PARTY_TITLES:
            return None
        m = _LOCALITY_AT.match(self.text, pos)
        cursor = m.end(1) if m else pos
        words: list[str] = []
        while len(words) < 4:  # the place's name: capitalised words, up to a person's name
            start = cursor + 1 if (m or words) else cursor
            if (m or words) and self.text[cursor:start] != " ":
                break
            w = _CAPITALISED.match(self.text, start)
            if not w or start in self.name_starts:
                break
            words.append(w.group(0))
            cursor = w.end()
        if m and not words:  # "Bí thư quận 2", "Chủ tịch phường 15": a unit named by its number
            number = _UNIT_NUMBER.match(self.text, cursor)
            if number:
                words.append(number.group(1))
                cursor = number.end()
        end = cursor
        name = " ".join(words)
        if m:
            level = m.group(1).lower()
            if level == "xã" and not name and _LOWER_WORD_NEXT.match(self.text, end) \
                    and not _UPPER_WORD_NEXT.match(self.text, end):
                return None  # "xã hội"
            if t in GOVERNMENT_TITLES:
                return f"Ủy ban nhân dân {level}" + (f" {name}" if name else ""), end
            committee = LEVEL_COMMITTEE[level]
            if name.isdigit() and not committee.endswith(level):
                name = f"{level.capitalize()} {name}"  # "Bí thư quận 2": "Quận ủy Quận 2"
            return committee + (f" {name}" if name else ""), end
        province = self.gaz.provinces.get(key(name)) if name else None
        if province is None:
            return None
        if t in GOVERNMENT_TITLES:
            return f"Ủy ban nhân dân {province.type} {name}", end
        return f"{'Thành ủy' if province.type == 'thành phố' else 'Tỉnh ủy'} {name}", end

    # ------------------------------------------------------------- bodies
    def body_at(self, pos: int) -> tuple[str, int] | None:
        """The body written at `pos` and where it ends, or None.

        A central body is read to the end of its official name however its words are parted ("Ủy ban Tài
        chính – Ngân sách của Quốc hội") and written under that name (official_bodies.tsv).
        """
        if pos in self.name_starts:
            return None
        found = self._read_body(pos)
        whole = self.gaz.official_re.match(self.text, pos)
        if whole and (found is None or found[1] < whole.end()):
            found = (whole.group(0), whole.end())
            of = _OF.match(self.text, whole.end())
            owner = self._owner(of.end()) if of else None
            if owner:  # "… của Quốc hội"
                found = (self.text[pos:owner], owner)
        if found is None:
            return None
        return self.gaz.official(found[0]), found[1]

    def _read_body(self, pos: int) -> tuple[str, int] | None:
        """The body a kind at `pos` begins, as written, and where it ends, or None."""
        m = self.gaz.body_kind_re.match(self.text, pos)
        if not m:
            return None
        event = self.gaz.event_re.match(self.text, pos)
        if event and event.end() > m.end():
            return None  # "Hội nghị", "Hội thảo": a meeting, not a "Hội"
        before = _LAST_WORD.search(self.text, max(0, pos - 12), pos)
        if before and key(before.group(1) + " " + m.group(0).split()[0]) in self.gaz.place_keys:
            return None  # "Phòng" of "Hải Phòng" is no body
        kind = self.gaz.body_kind_of(m.group(0))
        rest, end = self._rest(past_spaces(self.text, m.end()), require=False, topic=kind.topic, joint=kind.joint,
                               sentence=kind.sentence)
        if rest:
            canonical = kind.canonical
            if canonical == "Đoàn" and _LOCALITY_AT.match(rest):  # "Bí thư Đoàn phường": the Youth Union's unit
                canonical = "Đoàn Thanh niên Cộng sản Hồ Chí Minh"
            rest = _of_committee(kind, rest)
            return canonical + " " + _WHOLE_MINISTRY.sub(self._full_ministry, self._full_field(canonical, rest)), end
        return kind.canonical, m.end()

    def _full_ministry(self, m: re.Match) -> str:
        """"Ban cán sự đảng Bộ Tài nguyên": a ministry inside a body's name, with its whole field."""
        return m.group(1) + " " + self._full_field(m.group(1), m.group(2))

    def _full_field(self, kind: str, rest: str) -> str:
        """"Bộ Tài nguyên", "Sở Giao thông": a ministry or department named by the first words of its field
        is written with the whole field, when those words begin one field only (ministries.txt); "Sở Kế
        hoạch - Đầu tư": one named by its whole field with other separators is written as the field is."""
        if kind not in ("Bộ", "Sở"):
            return rest
        whole = self.gaz.ministry_re.match(rest)
        if whole:  # "Sở Kế hoạch - Đầu tư": the whole field, however its words are parted
            return self.gaz.ministries[" ".join(loose_words(whole.group(0)))] + rest[whole.end():]
        k = " ".join(loose_words(rest))
        fields = [full for f, full in self.gaz.ministries.items() if f.startswith(k + " ")]
        return fields[0] if len(fields) == 1 and k not in self.gaz.ministries else rest

    def _rest(self, pos: int, require: bool, topic: bool = False, joint: bool = False,
              sentence: bool = False) -> tuple[str | None, int]:
        """The words of a body after its kind.

        Capitalised words go in; so do the words and fields of body_words.txt in any case and with the
        punctuation they are written with ("Lao động - Thương binh và Xã hội", "Văn hóa, Thể thao và Du
        lịch", "Tài nguyên và môi trường"); another lower-case word goes in as the second syllable of a
        capitalised one ("Tuyên giáo", "Quận ủy"), but not after a place name of two capitals ("tỉnh Quảng
        Nam tổ chức") or a number, and never a word of clause_words.txt ("… nhấn mạnh", "Ban Bí đã").
        A verb ends the body even when capitalised ("UBND phường Báo cáo kết quả …"). A number goes on
        the kind it follows ("Quân khu 7", "Vụ 1A", "Đoàn kiểm tra số 471"); a central organ after "của"
        owns the body ("Đoàn công tác của Bộ Chính trị", "Ủy ban Kinh tế của Quốc hội"), and so does a locality
        after a `topic` kind's words ("Tổ công tác triển khai Đề án 06 của tỉnh"); after a kind
        that takes a `topic` (body_kinds.tsv) lower-case words go on too ("Ban Chỉ đạo thi"); after a `joint`
        kind a body after "và" goes on ("Văn phòng Đoàn ĐBQH và HĐND tỉnh"); the name of a department of a `sentence`
        kind is written in sentence case, and lower-case words after its first capitalised one go on up to a
        place ("Cục Quản lý giá", "Vụ Tài chính các ngân hàng và tổ chức tài chính", "tổ chức" there a noun).
        """
        text = self.text
        words: list[tuple[int, int]] = []
        i = pos
        capitals = 0  # capitalised words since the last lower-case one
        capitalised = False
        after_kind = True
        placed = False  # a locality, a place or another body has been named: a department's name has ended
        previous = ""
        lead = _FIELD_SEPARATOR.match(text, pos)  # "Ban Tổ chức – cán bộ"
        if lead and "-" in lead.group(0) and self.gaz.body_word_re.match(text, lead.end()):
            i = lead.end()
        while len(words) < _MAX_BODY_WORDS:
            if i in self.name_starts:
                break
            m = _WORD.match(text, i)
            if not m:
                break
            word = m.group(0)
            if key(word) in _STOP_WORDS:
                break
            whole = self.gaz.official_re.match(text, i) if _UPPER_START.match(word) else None
            if whole:  # "Ban Thường vụ Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương": an official name inside
                words.append((i, whole.end()))
                capitals, after_kind, capitalised, placed = 2, False, True, True
                if not _NEXT_WORD.match(text, whole.end()):
                    break
                i = whole.end() + 1
                continue
            number = _NUMBER.match(text, i) if after_kind else None
            if number:
                words.append((i, number.end()))
                m, capitals, after_kind = number, 2, False
                if not _NEXT_WORD.match(text, m.end()):
                    break
                i = m.end() + 1
                continue
            if key(word) == "của" and words and topic and _LOCALITY_AT.match(text, past_spaces(text, m.end())):
                words.append((i, m.end()))  # "Tổ công tác triển khai Đề án 06 của tỉnh": the locality's own
                i = past_spaces(text, m.end())
                capitals = 0
                continue
            if key(word) == "của" and (words or topic):
                owner = self._owner(past_spaces(text, m.end()))
                if owner:
                    words.append((i, owner))
                break
            field = self.gaz.body_word_re.match(text, i)
            verb = self.gaz.clause_re.match(text, i)
            if verb and _UPPER_START.match(word) and " " not in verb.group(0):
                verb = None  # "Từ Liêm", "Đông Hòa": one capitalised syllable is a name's, "Báo cáo" a verb
            before, previous = previous, key(word)
            if verb and sentence and before in ("và", "các") and key(verb.group(0)) == "tổ chức":
                verb = None  # "… các ngân hàng và tổ chức tài chính": the noun
            in_sentence = sentence and capitalised and not placed
            if words and verb and not after_kind and not (field and field.end() >= verb.end()):
                break
            if field and (words or not _UPPER_START.match(word) or field.end() > m.end()):
                words.append((i, field.end()))
                m, capitals, after_kind = field, 0, False
                placed = placed or key(field.group(0)) in self.gaz.localities
                capitalised = capitalised or (sentence and bool(_UPPER_START.match(word)))
            elif _UPPER_START.match(word) or (word[0].isdigit() and words):
                nested = self.gaz.body_kind_re.match(text, i)
                if nested and nested.end() > m.end():  # "Đảng ủy Bộ Tư lệnh Thủ đô": a kind inside the name
                    words.append((i, nested.end()))
                    m, capitals, after_kind, capitalised = nested, 2, True, True
                    placed = placed or before != "các"  # "… các Ngân hàng và tổ chức tài chính": no body of its own
                    if not _NEXT_WORD.match(text, m.end()):
                        break
                    i = m.end() + 1
                    continue
                if words and self._starts_title(i):
                    break
                capitalised = True  # a topic is written before the name: "Trung tâm điều dưỡng … Sầm Sơn"
                words.append((m.start(), m.end()))
                run = text[words[max(0, len(words) - 3)][0]:m.end()].split()
                if word[0].isdigit() or key(word) in self.gaz.place_keys \
                        or any(key(" ".join(run[-n:])) in self.gaz.place_keys for n in (2, 3) if len(run) >= n):
                    capitals, placed = 2, True  # after a place ("… Hải Phòng bày tỏ") no second syllable follows
                elif self.gaz.body_kind_re.fullmatch(word):
                    capitals = 1  # a nested kind: "Thanh tra Sở Khoa học", "Học viện Báo chí"
                else:
                    capitals = 1 if after_kind else capitals + 1
                after_kind = bool(self.gaz.body_kind_re.fullmatch(word))
            elif key(word) == "và":
                nxt = past_spaces(text, m.end())
                lower = _LOWER_WORD.match(text, nxt)
                clause = self.gaz.clause_re.match(text, nxt)
                noun = lower is not None and (not clause or key(clause.group(0)) == "tổ chức") \
                    and not self.gaz.cues.get(key(lower.group(0)))  # "… và ông A" is no body's

                if not ((_UPPER_START.match(text, nxt) or self.gaz.body_word_re.match(text, nxt) or (in_sentence and noun))
                        and nxt not in self.name_starts
                        and not self.gaz.person_cue_re.match(text, nxt)  # "… xã Tân Phú và Trung tá A": A's rank
                        and (joint or not self.gaz.body_kind_re.match(text, nxt))
                        and not self.gaz.title_re.match(text, nxt)
                        and not self.gaz.directive_re.match(text, nxt)):
                    break
                words.append((m.start(), m.end()))
                capitals = 0
            elif (capitals == 1 or (topic and not capitalised) or in_sentence) and not verb:
                words.append((m.start(), m.end()))
                capitals = 0
            else:
                break
            nxt = m.end()
            if not _NEXT_WORD.match(text, nxt):
                # "Ủy ban Văn hóa, Giáo dục", "Sở Quy hoạch - Kiến trúc", "Phòng Tài chính - Kế hoạch": a field
                # after a comma or a dash goes on the body's name
                sep = _FIELD_SEPARATOR.match(text, nxt)
                if not sep:
                    break
                field = self.gaz.body_word_re.match(text, sep.end())
                if not field or (sep.group(0).strip() == "," and not _UPPER_START.match(text, sep.end())) \
                        or key(field.group(0)) in self.gaz.localities \
                        or self.gaz.body_kind_re.match(text, sep.end()) or self._starts_title(sep.end()):
                    break
                i = sep.end()
                continue
            i = nxt + 1
        if not words:
            return (None, pos) if require else ("", pos)
        return _COMMITTEE_CASE.sub(lambda c: c.group(0).capitalize(), text[words[0][0]:words[-1][1]]), words[-1][1]

    def _owner(self, pos: int) -> int | None:
        """End of a central organ written at `pos` (the one a delegation or committee belongs to), or None."""
        found = self.body_at(pos)
        if not found:
            return None
        k = key(found[0])
        owner = self.gaz.bare_bodies.get(k) == "one" or k.endswith(("trung ương", "trung ương đảng", "quốc hội"))
        return found[1] if owner else None

    def _starts_title(self, pos: int) -> bool:
        m = self.gaz.title_re.match(self.text, pos)
        return bool(m) and not self.gaz.body_kind_re.match(self.text, pos)
