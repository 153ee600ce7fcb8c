"""Who holds the posts a sentence writes.

A chain of posts ("Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy") belongs to the name it is
written against: after it ("A, Bí thư Thành ủy"), before it ("Bí thư Thành ủy A"), or across a verb of
appointment ("A được bầu giữ chức Bí thư Tỉnh ủy", "A, Phó Bí thư, tái đắc cử Bí thư"). A chain may be
shared by a list of names ("Các ông A, B được bầu giữ chức Phó Bí thư", "các Phó Chủ tịch HĐND tỉnh A, B",
"các đồng chí Ủy viên Ban Thường vụ, Phó Chủ tịch …: A, B, C", "UBND huyện có 2 Phó Chủ tịch gồm: A và B"),
and a chain may be given to a name written after it by "là", "thay" or "đối với" ("Bí thư Tỉnh ủy là ông
A", "… Bí thư Tỉnh ủy thay ông B", "miễn nhiệm chức danh Chủ tịch HĐND tỉnh … đối với ông C").

Then the bodies a chain writes once are shared among its titles (`shared_bodies`).
"""
from __future__ import annotations

import re
from dataclasses import replace

from .gazetteer import LOCALITY_WORDS, Gazetteer, rows
from .names import NameSpan
from .posts import LEVEL_COMMITTEE, PARTY_TITLES, ParsedPost, PostReader
from .text import LOWER, UPPER, key

_CLAUSE_END = re.compile(r"[.;:!?]")
_PERSON_CUE = r"(?:(?:các\s+)?(?:ông|bà|đồng chí|anh|chị)\s+)"
# What may stand between a name and its verb besides its posts: "(54 tuổi)", "khoá 15", "nhiệm kỳ 2010-2015".
_FILLER = re.compile(r"\s*(?:\([^()]{0,40}\)|(?:khóa|khoá|nhiệm kỳ)\s+[\w]+(?:\s*[-–]\s*\d+)?)", re.IGNORECASE)
_APPOSITION = re.compile(r"\s*(?:,|-|\()\s*")
_ITEM_START = re.compile(r"(?:[\s,;+]|rồi\s|sau đó\s)*")  # "… Chủ tịch HĐQT PVN rồi Bí thư Đảng ủy …"
_ITEM_END = re.compile(r"[,;+]")
_NEGATED = re.compile(r"(?:không|chưa)\s+(?:\w+\s+){0,3}$", re.IGNORECASE)
_WAS = re.compile(r"\s*\(\s*(?:(?:trước đây|trước đó|hiện|hiện nay|nay)\s+)?(?:là|từng là|nguyên là)\s+",
                  re.IGNORECASE)
_PRONOUN_WORD = re.compile(r"(?:Ông|Bà|Anh|Chị|Đồng chí|ông|bà)(?!\w)")
# A sentence whose subject is a pronoun, maybe after a time or a birth: "Ông từng …", "Đầu tháng 2/2016, ông được …",
# "Sinh năm 1958, quê huyện Quỳnh Phụ (Thái Bình), ông Sinh từng …", "Năm 2013 ông Tân được …".
PRONOUN_SUBJECT = re.compile(r"(?:[^,.;:]{0,40},\s*){0,3}(?:(?:[Nn]ăm|[Tt]háng)\s+[\d/.]*\d\s+)?"
                             r"(?:Ông|Bà|Anh|Chị|Đồng chí|ông|bà)(?:\s+(" + UPPER + LOWER + r"*)(?!\s?" + UPPER + r"))?(?!\w)")
# The period a line of a biography begins with: "+ Tháng 7.1979 – 6.1994:", "Từ 15.4.2011 – 9.2015:",
# "Từ tháng 10.2016 đến nay:", "1995-2000:".
_PERIOD = re.compile(
    r"(?:(?:[Tt]háng|[Tt]ừ)\s+(?:tháng\s+)?[\d./]*\d{4}(?:\s*(?:[-–]|đến)\s*(?:tháng\s+)?(?:[\d./]*\d{4}|nay))?"
    r"|[\d./]*\d{4}\s*[-–]\s*(?:[\d./]*\d{4}|nay))\s*:\s*(?=\S)")
_PLURAL = re.compile(r"(?:các|những|hai|ba|bốn|năm|\d+)\s+(?:đồng chí\s+|ông\s+|bà\s+)?(?:nguyên\s+|cựu\s+)?$",
                     re.IGNORECASE)
_COUNTED = re.compile(r"(?:^|có\s+|\W)(?:\d+|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+$", re.IGNORECASE)
_OBJECT_OF_VERB = re.compile(r"(?<!\w)(?:chức vụ|chức danh|chức|nhiệm vụ|cương vị|giữ|làm|bầu|cử)\s+$", re.IGNORECASE)
# "… có 2 Phó Chủ tịch gồm:", "Các Phó ban … chuyên trách, gồm các ông:", "Hai Phó Chủ tịch … là ông"
_GOM = re.compile(r"\s*(?:(?:chuyên trách|kiêm nhiệm)\s*)?,?\s*(?:gồm(?:\s+có)?|là)(?:\s+các\s+(?:ông|bà|đồng chí))?"
                  r"\s*:?\s*" + _PERSON_CUE + "?", re.IGNORECASE)
# A list of several people: "các đồng chí", "các ông, bà", "hai ông", "3 đồng chí".
_PLURAL_CUE = re.compile(r"(?<!\w)(?:các|những|hai|ba|bốn|năm|\d+)\s+(?:đồng chí|ông(?:\s*,\s*bà)?|bà|vị)(?!\w)",
                         re.IGNORECASE)
_BARE_SEPARATOR = re.compile(r"\s*(?:,\s*và|,|và)\s+")
_ENDS_CLAUSE = re.compile(r"\s*(?:[.;]|$)")
_LA = re.compile(r"\s+là\s+" + _PERSON_CUE + r"?$", re.IGNORECASE)
# "… giữ chức Bí thư Tỉnh ủy, nhiệm kỳ 2015-2020 thay cho ông B", "… thay người tiền nhiệm B": what ends before B,
# and what may stand between the post given and "thay" (its term, "mới", a comma).
_UNTIL_THAY = re.compile(r"(?:\s*,|\s+mới(?!\w)|\s*\([^()]{0,40}\)|\s+(?:khóa|khoá|nhiệm kỳ)\s+\w+(?:\s*[-–]\s*\d+)?)*",
                         re.IGNORECASE)
_THAY = re.compile(r"(?:\s*,)?\s*thay\s+(?:cho\s+)?(?:người tiền nhiệm\s+)?" + _PERSON_CUE + "?$", re.IGNORECASE)
_DO = re.compile(r"(?<!\w)do\s+", re.IGNORECASE)
_DOI_VOI = re.compile(r"đối với\s+" + _PERSON_CUE + r"?$", re.IGNORECASE)
# A post that is the object of a preposition ("… của Bí thư Thành ủy, Trung tá A"): the name after a comma is
# another person's.
_OBJECT_OF_PREPOSITION = re.compile(r"(?<!\w)(?:của|với|cho)\s+(?:(?:đồng chí|ông|bà)\s+)?$", re.IGNORECASE)
_NAME_THEN_SEPARATOR = re.compile(r"(\S+(?:\s\S+){1,3})\s*[-,(]\s*$")
_CLOSE = re.compile(r"\s*\)")
_FORMER_BEFORE = re.compile(r"(?:nguyên|cựu)\s+$", re.IGNORECASE)
# How far before a name the rules look for the chain of posts a list or an act gives it: farther than any
# chain of posts is written (they are read in windows, so that a sentence without full stops, a whole
# article, is read in linear time).
_CHAIN_REACH = 400
# At most "các cương vị lãnh đạo tỉnh Hà Tĩnh như" between a verb of appointment and the first post it gives.
_ITEMS_REACH = 60
_SUCH_AS = re.compile(r"[^,;\"]*?(?:như|:)\s*")  # "các cương vị lãnh đạo tỉnh như …", "các chức vụ: …"
# Words before a chain that make it the post an act is about: "miễn nhiệm chức danh …", "bầu bổ sung …".
_ACT_ON_POST = re.compile(r"(?:chức vụ|chức danh|miễn nhiệm|bầu|bầu bổ sung|bổ nhiệm|cho thôi|thôi giữ|"
                          r"(?:cách|thôi|bãi nhiệm) chức|(?:thôi )?làm nhiệm vụ)\s+$",
                          re.IGNORECASE)


class Holders:
    """Reads the holders of posts in sentences; cheap to call on many sentences."""

    def __init__(self, gaz: Gazetteer):
        self.gaz = gaz
        ranks = sorted((k for k, v in gaz.cues.items() if v == "rank"), key=len, reverse=True)
        self.rank_tail = re.compile(
            r"(?:\s*,?\s*(?:đồng chí|ông|bà|" + "|".join(re.escape(r) for r in ranks) + r"))*\s*$", re.IGNORECASE)
        self.cue_before = re.compile(r"(?<!\w)(?:đồng chí|ông|bà|anh|chị|" + "|".join(re.escape(r) for r in ranks)
                                     + r")\s+$", re.IGNORECASE)
        # What may stand before each name of a list: "A, B", "ông A và bà B", "các đồng chí A và Trung tướng B",
        # "các Thứ trưởng: Thượng tướng A, Trung tướng B".
        cue = r"(?:(?:các\s+)?(?:ông|bà|đồng chí|anh|chị|" + "|".join(re.escape(r) for r in ranks) + r")\s+)?"
        # Between the names of a list: "A, B và C", "ông A và bà B", "A cùng B".
        self.list_separator = re.compile(r"\s*(?:,\s*và|,|và|cùng)\s+" + cue, re.IGNORECASE)
        # Between the items of a list after a colon, which may be parted by semicolons.
        self.item_separator = re.compile(r"\s*(?:;|,\s*và|,|và)\s+" + cue, re.IGNORECASE)
        self.colon_list = re.compile(r"\s*:\s*" + cue, re.IGNORECASE)
        verbs: dict[str, str] = {}
        for row in rows("appointments.tsv"):
            verbs[row[0]] = row[1] if len(row) > 1 else ""
        self.former_verbs = {key(v) for v, kind in verbs.items() if kind in ("former", "career")}
        self.career_verbs = {key(v) for v, kind in verbs.items() if kind == "career"}
        alternatives = "|".join(re.escape(v) for v in sorted(verbs, key=len, reverse=True))
        # What makes the chain after it the post an act gives: "được bổ nhiệm làm", "bầu", "giữ chức vụ".
        self.appointed_to = re.compile(r"(?<!\w)(?:" + alternatives + r"|chức vụ|chức danh|chức|cương vị|vị trí)\s+$",
                                       re.IGNORECASE)
        # "được tín nhiệm bầu tiếp tục giữ chức vụ", "tái đắc cử chức", "vừa được bổ nhiệm giữ chức", "là"
        self.verb = re.compile(
            r"\s*,?\s*(?:(?:đã|vừa|mới|cũng|đều|sẽ|chính thức|hiện|nay|tiếp tục|lại|trong thời gian|khi|lần lượt)\s+)*"
            r"(?:(?:từng\s+)?được\s+)?"
            r"(?:(?:tín nhiệm|hiệp thương|Trung ương|Bộ Chính trị|Ban Bí thư)\s+)?(?:tiếp tục\s+)?"
            r"(" + alternatives + r")(?:\s+(?:tiếp tục|lại))?(?:\s+về)?(?:\s+(?:giữ|làm))?"
            r"\s+(?:(?:các\s+)?(?:chức vụ|chức danh|chức|cương vị|vị trí|nhiệm vụ)(?:\s*:\s*|\s+))?", re.IGNORECASE)

    def posts(self, text: str, names: list[NameSpan], reader: PostReader) -> list[list[ParsedPost]]:
        """The posts of each name of a sentence, in the order of `names`.

        Each chain shares its bodies among its own titles only: "A, Phó Bí thư Tỉnh ủy, được bầu làm Trưởng
        đoàn" does not put the Trưởng đoàn in the Tỉnh ủy.
        """
        before = [self._before(text, n, reader) for n in names]
        out = [[shared_bodies(self._after(text, n, reader) + b, self.gaz)] for n, b in zip(names, before, strict=True)]
        self._after_verbs(text, names, reader, out)
        self._shared_by_lists(text, names, reader, out)
        self._shared_by_a_plural(text, names, reader, out)
        self._given_backwards(text, names, reader, out)
        self._replaced(text, names, reader, out)
        self._shared_by_bare_names(text, names, before, reader, out)
        return [with_committee([p for chain in chains for p in chain]) for chains in out]

    # ------------------------------------------------------ around a name
    def _after(self, text: str, name: NameSpan, reader: PostReader) -> list[ParsedPost]:
        """Posts written after the name ("A, Bí thư Thành ủy"); not a chain that heads a list after a colon
        ("Tổng Bí thư A, nguyên Tổng Bí thư: B, C")."""
        out = []
        sep = _APPOSITION.match(text, name.end)
        if sep:
            chain = reader.chain_at(sep.end())
            colon = self.colon_list.match(text, chain[-1].end) if chain else None
            into_next = chain and len(reader.chain_at(sep.end(), stop_before_names=False)) > len(chain)
            if into_next and sep.group(0).strip() == "," and not self.cue_before.search(
                    text, max(0, name.start - 24), name.start):
                chain = []  # "T A, T1, T2 B": a list of names after their posts; T1, T2 are B's
            if not (colon and reader.names_in(colon.end(), colon.end() + 1)):
                out += chain
        elif text.startswith(" ", name.end) and self.cue_before.search(text, max(0, name.start - 24), name.start) \
                and not self.verb.match(text, name.end):
            out += reader.chain_at(name.end + 1)  # "bà A Phó Chủ tịch Hội Luật gia tỉnh trình bày": no separator
        was = _WAS.match(text, name.end)
        if was:  # "A (trước đây là Bí thư Huyện ủy Củ Chi)", "A (hiện là Bí thư Tỉnh ủy)"
            ended = not re.search(r"hiện|nay", was.group(0), re.IGNORECASE)
            out += [replace(p, former=ended or p.former) for p in reader.chain_at(was.end())]
        return out

    def _before(self, text: str, name: NameSpan, reader: PostReader) -> list[ParsedPost]:
        """Posts written before the name ("Bí thư Thành ủy A", "còn Bí thư Tỉnh ủy là ông A")."""
        out: list[ParsedPost] = []
        window_start = max(0, name.start - _CHAIN_REACH)
        owned = 0  # the end of a chain that belongs to a name before it: titles inside it are that name's
        for m in self.gaz.title_re.finditer(text, window_start, name.start):
            start = m.start()
            if start < owned:
                continue
            former = _FORMER_BEFORE.search(text, max(0, start - 8), start)
            if former:
                start -= len(former.group(0))
            chain = reader.chain_at(start, stop_before_names=False)
            if not chain or _OBJECT_OF_VERB.search(text, max(0, start - 24), start):
                continue  # "… tái giữ chức Bí thư Tỉnh ủy, ông B": the post is the verb's subject's
            gap = text[chain[-1].end:name.start]
            if self._follows_a_name(text, start, reader):
                if "," in gap:
                    owned = chain[-1].end
                    continue  # "A – T1, T2, ông B": T1, T2 are A's; "A, T1 B": T1 runs into B and is B's
                if self._name_first(text, start, reader):
                    chain = chain[-1:]  # "ông A – T1, T2 B": T2 runs into B and is B's, T1 is A's
            if "," in gap and _OBJECT_OF_PREPOSITION.search(text, max(0, start - 24), start):
                continue  # "Báo cáo với Bí thư Thành ủy, bà A cho biết": the post is another's, A speaks
            if self.rank_tail.fullmatch(gap) and not _CLAUSE_END.search(text[start:name.start]):
                out += chain
                break
            if _LA.fullmatch(gap) and not _CLAUSE_END.search(text[start:name.start]) \
                    and not self._named_before(text, start, reader):
                out += chain  # "còn Bí thư Tỉnh ủy là ông A"
                break
        return out

    @staticmethod
    def _follows_a_name(text: str, pos: int, reader: PostReader) -> bool:
        """Whether `pos` comes right after a name and a separator ("A – T1, T2, ông B": T1, T2 are A's)."""
        m = _NAME_THEN_SEPARATOR.search(text[max(0, pos - 60):pos])
        if not m:
            return False
        return reader.names_in(pos - len(m.group(0)), pos)

    def _name_first(self, text: str, pos: int, reader: PostReader) -> bool:
        """Whether the name right before `pos` is written before its posts ("ông A – T1, T2 B", "A (T1), T2 B"),
        not after them as the names of a list of "T A, T B" are."""
        m = _NAME_THEN_SEPARATOR.search(text[max(0, pos - 60):pos])
        if not m:
            return False
        if m.group(0).rstrip()[-1] in "-(":
            return True
        start = reader.last_name_start(pos - len(m.group(0)), pos)
        return start is not None and bool(self.cue_before.search(text, max(0, start - 24), start))

    @staticmethod
    def _named_before(text: str, pos: int, reader: PostReader) -> bool:
        """Whether a name stands earlier in the clause that `pos` is in (that name is its subject)."""
        return reader.names_in(reader.clause_start(pos, ".;:"), pos)

    # ------------------------------------------------------ a subject that is not written as a name
    def of_unnamed_subject(self, text: str, reader: PostReader) -> list[ParsedPost]:
        """Posts a sentence gives its subject when it names no one: after a verb of appointment when the
        subject is a pronoun ("Ông từng giữ các chức vụ: Phó Chánh Văn phòng UBND tỉnh; Giám đốc Sở Tài
        chính …"), and the items of a biography's periods ("+ Tháng 7.1994 – 12.2005: Ủy viên UBND tỉnh,
        Chánh Văn phòng UBND tỉnh; Bí thư Quận ủy Bình Thủy")."""
        out: list[ParsedPost] = []
        if ":" not in text and not _PRONOUN_WORD.search(text):
            return out  # neither a period of a biography nor a pronoun: the common case, read at once
        if PRONOUN_SUBJECT.match(text):
            for verb in self.verb.finditer(text):
                if _NEGATED.search(text, max(0, verb.start(1) - 30), verb.start(1)):
                    continue  # "ông A không được đề cử bầu làm Phó Chủ tịch"
                out += self._listed_after(text, verb, reader, len(text))
        for period in _PERIOD.finditer(text):
            out += self._items(text, period.end(), reader)
        return out

    def _listed_after(self, text: str, verb: re.Match, reader: PostReader, stop: int) -> list[ParsedPost]:
        """The posts listed after a verb of appointment, up to `stop`: "từng giữ các chức vụ: Phó Chánh Văn
        phòng UBND tỉnh; Giám đốc Sở Tài chính", "từng kinh qua nhiều chức vụ tại Bộ X như: Cục trưởng …"."""
        first = self.gaz.title_re.search(text, verb.end(), stop)
        if not first or first.start() - verb.end() > _ITEMS_REACH or '"' in text[verb.end():first.start()]:
            return []  # 'ở đâu là xử ngay …: "… thì bí thư, chủ tịch phường phải lo"': no post follows the verb
        # "từng giữ các cương vị lãnh đạo tỉnh như Phó Chủ tịch UBND tỉnh, …": the list starts at its first post
        begin = first.start() if _SUCH_AS.fullmatch(text, verb.end(), first.start()) else verb.end()
        posts = self._items(text, begin, reader, stop)
        if key(verb.group(1)) in self.former_verbs:
            return [replace(p, former=True) for p in posts]
        return posts

    def _items(self, text: str, pos: int, reader: PostReader, limit: int | None = None) -> list[ParsedPost]:
        """The posts of a list of items parted by commas and semicolons, up to the next period, `limit` or the
        sentence end; items that are no post ("Cán bộ Huyện đoàn") are passed over."""
        end = _PERIOD.search(text, pos)
        stop = min(end.start() if end else len(text), len(text) if limit is None else limit)
        out: list[ParsedPost] = []
        while pos < stop:
            item = _ITEM_START.match(text, pos)
            start = item.end() if item else pos
            chain = [p for p in reader.chain_at(start) if p.start < stop]
            if chain:
                out += shared_bodies(chain, self.gaz)
                pos = chain[-1].end
                continue
            after = _ITEM_END.search(text, start, stop)
            if not after:
                break
            pos = after.end()
        return out

    # ------------------------------------------------------ verbs of appointment
    def _after_verbs(self, text: str, names: list[NameSpan], reader: PostReader, out: list[list]) -> None:
        """"A, Phó Bí thư Tỉnh ủy khoá 15, được bầu giữ chức Bí thư Tỉnh ủy": the chain after a verb of
        appointment is held by the name (or the list of names) before the verb."""
        by_start = {n.start: i for i, n in enumerate(names)}
        i = 0
        while i < len(names):
            members = [i]
            pos = self._past_apposition(text, names[i].end, reader)
            while True:
                sep = self.list_separator.match(text, pos)
                if sep and sep.end() in by_start and by_start[sep.end()] > members[-1]:
                    members.append(by_start[sep.end()])
                    pos = self._past_apposition(text, names[members[-1]].end, reader)
                    continue
                break
            verb = self.verb.match(text, pos)
            chain = reader.chain_at(verb.end()) if verb and not _NEGATED.search(text, pos, verb.start(1)) else []
            if verb and key(verb.group(1)) in self.career_verbs:
                # "A từng giữ các chức vụ: T1; T2, T3": each item up to the next name
                career = self._listed_after(text, verb, reader, reader.next_name_start(verb.end()) or len(text))
                if len(career) > len(chain):
                    for m in members:
                        out[m].append(career)
                    i = members[-1] + 1
                    continue
            if verb and chain:
                chain = shared_bodies(self._led_by(text, names[members[0]].start, chain, reader), self.gaz)
                former = key(verb.group(1)) in self.former_verbs
                posts = [replace(p, former=True) for p in chain] if former else chain
                for m in members:
                    out[m].append(self._same_kind_as_held(posts, out[m][0]))
            i = members[-1] + 1

    def _same_kind_as_held(self, chain: list[ParsedPost], held: list[ParsedPost]) -> list[ParsedPost]:
        """"A, Phó Trưởng Ban Văn hóa - Xã hội HĐND thành phố, được bầu giữ chức Trưởng ban": a title that
        carries a kind and names no body is held in the body of that kind the person already holds a post in."""
        out = []
        for post in chain:
            carried = self.gaz.titles.get(key(post.title))
            kind = key(carried.carries) if carried and carried.carries else ""
            if kind and key(post.body or kind) == kind:
                bodies = [p.body for p in held if p.body and key(p.body).startswith(kind + " ")]
                if bodies:
                    post = replace(post, body=bodies[0])
            out.append(post)
        return out

    def _led_by(self, text: str, pos: int, chain: list[ParsedPost], reader: PostReader) -> list[ParsedPost]:
        """"Đoàn công tác của Bộ Chính trị do đồng chí A … làm Trưởng đoàn": a title that carries a kind and
        names no body is held in the body of that kind the clause named before "do"."""
        clause = reader.clause_start(pos)
        dos = list(_DO.finditer(text, max(clause, pos - 160), pos))
        if not dos:
            return chain
        by = dos[-1]
        out = []
        for post in chain:
            carried = self.gaz.titles.get(key(post.title))
            kind = carried.carries if carried else ""
            if kind and key(post.body or kind) == key(kind):
                found = [reader.body_at(m.start()) for m in self.gaz.body_kind_re.finditer(text, clause, by.start())
                         if key(m.group(0)).startswith(key(kind))]
                bodies = [b for b in found if b is not None and b[1] <= by.start() + 1]
                if bodies:
                    post = replace(post, body=bodies[-1][0])
            out.append(post)
        return out

    def _past_apposition(self, text: str, pos: int, reader: PostReader) -> int:
        """Where what is said of a name right after it ends: its posts, its age, its term."""
        while True:
            filler = _FILLER.match(text, pos)
            if filler:
                pos = filler.end()
                continue
            sep = _APPOSITION.match(text, pos)
            chain = reader.chain_at(sep.end()) if sep else []
            if sep is None or not chain:
                return pos
            pos = chain[-1].end
            if sep.group(0).strip() == "(":
                close = _CLOSE.match(text, pos)
                if not close:
                    return pos
                pos = close.end()

    # ------------------------------------------------------ lists
    def _shared_by_lists(self, text: str, names: list[NameSpan], reader: PostReader, out: list[list]) -> None:
        """"các Phó Chủ tịch HĐND tỉnh A, B", "các đồng chí Ủy viên BTV, Phó Chủ tịch …: A, B, C", "UBND
        huyện có 2 Phó Chủ tịch gồm: A và B": a chain written once for a list of names is each one's."""
        i = 0
        while i < len(names):
            shared, items = self._list_head(text, names[i], reader)
            j = i
            if shared:
                shared = shared_bodies(shared, self.gaz)
                while j + 1 < len(names):
                    sep = items.match(text, self._past_apposition(text, names[j].end, reader))
                    if not (sep and sep.end() == names[j + 1].start):
                        break
                    j += 1
                for m in range(i, j + 1):
                    have = {(p.title, p.body) for chain in out[m] for p in chain}
                    out[m].append([p for p in shared if (p.title, p.body) not in have])
            i = j + 1

    def _shared_by_a_plural(self, text: str, names: list[NameSpan], reader: PostReader, out: list[list]) -> None:
        """"các đồng chí A, B, Phó Chủ tịch UBND tỉnh", "các đồng chí trong Ban Giám đốc Công an tỉnh: A, B, Phó Giám
        đốc; C, D, Trưởng phòng …": names listed bare after a plural cue (or after a semicolon of its list) hold the
        chain written once after the last of them, when that chain ends their item."""
        i = 0
        while i < len(names):
            j = i
            while j + 1 < len(names) and not any(out[j]):
                sep = self.list_separator.match(text, names[j].end)
                if not (sep and sep.end() == names[j + 1].start):
                    break
                j += 1
            if j > i and self._after_a_plural(text, names[i], reader):
                sep = _APPOSITION.match(text, names[j].end)
                chain = reader.chain_at(sep.end()) if sep and sep.group(0).strip() == "," else []
                nxt = self.list_separator.match(text, chain[-1].end) if chain else None
                if chain and not (nxt and reader.names_in(nxt.end(), nxt.end() + 1)):
                    for m in range(i, j):
                        out[m].append(shared_bodies(chain, self.gaz))
            i = j + 1

    def _after_a_plural(self, text: str, name: NameSpan, reader: PostReader) -> bool:
        """Whether `name` begins an item of a list of people that a plural cue opens ("các đồng chí A", "các
        đồng chí trong Ban Giám đốc …: A", "…; B"), with no title between the cue and it."""
        clause = reader.clause_start(name.start, ".")
        cues = list(_PLURAL_CUE.finditer(text, max(clause, name.start - _CHAIN_REACH), name.start))
        if not cues:
            return False
        gap = text[cues[-1].end():name.start]
        if self.rank_tail.fullmatch(gap):
            return True  # "các đồng chí A, B, T"
        mark = max(gap.rfind(":"), gap.rfind(";"))
        if mark < 0 or not self.rank_tail.fullmatch(gap, mark + 1):
            return False
        if gap[mark] == ";":
            return True  # a later item of the list: "…; B, C, T"
        return not any(reader.post_at(m.start()) for m in self.gaz.title_re.finditer(text, cues[-1].end(), name.start))

    def _list_head(self, text: str, name: NameSpan, reader: PostReader) -> tuple[list[ParsedPost], re.Pattern]:
        """The chain a list that starts with `name` shares, and what parts the list's items; ([], _) if none.

        After a colon the items may be parted by semicolons ("các đồng chí Ủy viên T.Ư Đảng: A, Tổng Giám
        đốc …; B, …").
        """
        clause = reader.clause_start(name.start)
        for m in self.gaz.title_re.finditer(text, max(clause, name.start - _CHAIN_REACH), name.start):
            before = text[max(0, m.start() - 30):m.start()]
            plural, counted = _PLURAL.search(before), _COUNTED.search(before)
            if not (plural or counted or text.find(":", m.start(), name.start) >= 0):
                continue
            chain = reader.chain_at(m.start(), stop_before_names=False)
            if not chain:
                continue
            gap = text[chain[-1].end:name.start]
            if plural and self.rank_tail.fullmatch(gap):
                return chain, self.list_separator  # "các Phó Chủ tịch HĐND tỉnh A, B"
            if self.colon_list.fullmatch(gap):  # "các đồng chí T1, T2: A, B; C", "nguyên Tổng Bí thư: A, B"
                return chain, self.item_separator if plural else self.list_separator
            gom = _GOM.match(text, chain[-1].end)
            if (counted or plural) and gom and gom.end() == name.start:
                # "UBND huyện có 2 Phó Chủ tịch gồm: A; B", "Các Phó ban Kinh tế Trung ương, gồm: ông A, …; ông B"
                items = self.item_separator if ":" in gom.group(0) else self.list_separator
                return (self._of_subject(text, clause, m.start(), chain, reader) if counted else chain), items
        return [], self.list_separator

    def _of_subject(self, text: str, clause: int, pos: int, chain: list[ParsedPost],
                    reader: PostReader) -> list[ParsedPost]:
        """Titles counted after a body ("UBND huyện có 2 Phó Chủ tịch") are held in that body."""
        clause = max(clause, pos - _CHAIN_REACH)
        start = max(clause, text.rfind(",", clause, pos) + 1)  # "Như vậy, hiện tại, Thành ủy … có 3 Phó Bí thư"
        start += len(text[start:pos]) - len(text[start:pos].lstrip())
        body = reader.body_at(start) or reader.locality_body(start, chain[0].title)
        if not body:  # "… là Chủ tịch UBND TP A và 2 Phó Chủ tịch gồm …": the body the clause named last
            named = [reader.body_at(m.start()) for m in self.gaz.body_kind_re.finditer(text, clause, pos)
                     if m.group(0)[0].isupper()]
            body = next((b for b in reversed(named) if b is not None), None)
        if not body:
            return chain
        return [replace(p, body=p.body or body[0]) for p in chain]

    def _shared_by_bare_names(self, text: str, names: list[NameSpan], before: list[list[ParsedPost]],
                              reader: PostReader, out: list[list]) -> None:
        """"Phó Chánh án TANDTC Nguyễn Sơn, Nguyễn Văn Thuân, Nguyễn Văn Hạnh; …", "nguyên Chủ tịch nước A, B.":
        names listed bare after a name whose post is written before it hold that post too, when the list ends
        its clause and none of them is given a post of its own."""
        i = 0
        while i < len(names):
            j = i
            while before[i] and j + 1 < len(names):
                sep = _BARE_SEPARATOR.match(text, names[j].end)
                if not (sep and sep.end() == names[j + 1].start) or any(out[j + 1]):
                    break
                j += 1
            if j > i and _ENDS_CLAUSE.match(text, names[j].end):
                for m in range(i + 1, j + 1):
                    out[m].append(shared_bodies(before[i], self.gaz))
            i = j + 1

    # ------------------------------------------------------ posts given to a name after them
    def _given_backwards(self, text: str, names: list[NameSpan], reader: PostReader, out: list[list]) -> None:
        """"miễn nhiệm chức danh Chủ tịch HĐND tỉnh Bình Dương khoá IX … đối với ông A": the post an act is
        about is held (or was) by the name after "đối với", and by the names listed with it."""
        by_start = {n.start: i for i, n in enumerate(names)}
        for i, n in enumerate(names):
            if not _DOI_VOI.search(text, max(0, n.start - 30), n.start):
                continue
            clause = reader.clause_start(n.start)
            chain: list[ParsedPost] = []
            for m in self.gaz.title_re.finditer(text, max(clause, n.start - _CHAIN_REACH), n.start):
                if _ACT_ON_POST.search(text, max(0, m.start() - 24), m.start()):
                    chain = reader.chain_at(m.start(), stop_before_names=False) or chain
            if not chain:
                continue
            chain = shared_bodies(chain, self.gaz)
            j = i
            while True:
                out[j].append(chain)
                sep = self.list_separator.match(text, self._past_apposition(text, names[j].end, reader))
                if not (sep and sep.end() in by_start):
                    break
                j = by_start[sep.end()]

    def _replaced(self, text: str, names: list[NameSpan], reader: PostReader, out: list[list]) -> None:
        """"… được bầu giữ chức Bí thư Tỉnh ủy, nhiệm kỳ 2015-2020, thay cho ông B", "bầu Bí thư Thành đoàn mới
        thay ông B": the post an act gives, written right before "thay", was B's. Not a post that is no act's
        object ("Bà A, Phó trưởng ban Tuyên giáo Trung ương về thay ông B": A's own post)."""
        for i, n in enumerate(names):
            thay = _THAY.search(text, max(0, n.start - 40), n.start)
            if not thay:
                continue
            clause = reader.clause_start(n.start)
            for m in self.gaz.title_re.finditer(text, max(clause, thay.start() - _CHAIN_REACH), thay.start()):
                chain = reader.chain_at(m.start(), stop_before_names=False)
                if not chain or not self.appointed_to.search(text, max(0, m.start() - 40), m.start()):
                    continue
                if _UNTIL_THAY.fullmatch(text, chain[-1].end, thay.start()):
                    out[i].append([replace(p, former=True) for p in shared_bodies(chain, self.gaz)])
                    break


# ---------------------------------------------------------------- bodies a chain writes once

# A party committee, not "Ban cán sự đảng Ủy ban nhân dân …".
_COMMITTEE = re.compile(r"(?<!\w)(?:quận|huyện|tỉnh|thành|thị|đảng) ủy(?!\w)(?!\s+ban(?!\w)).*$", re.IGNORECASE)
_NEEDS_COMMITTEE = {"ban thường vụ", "thường trực", "ban chấp hành"}


# The organs of a level of local government whose heads sit on the standing committee of its party committee.
_LEVEL_ORGAN = re.compile(r"^(?:Ủy ban nhân dân|Hội đồng nhân dân|Công an|(?:Bộ|Ban) Chỉ huy Quân sự)\s+("
                          + LOCALITY_WORDS + r")(?!\w)(.*)$", re.IGNORECASE)


def with_committee(posts: list) -> list:
    """Complete "Ban Thường vụ" (from UVTV) with the committee the person's other posts name.

    "UVTV, Trưởng Ban Tuyên giáo Quận ủy" is a member of the Quận ủy's standing committee; "UVBTV, Trưởng Công
    an phường", "Ủy viên Ban Thường vụ, Chủ tịch UBND tỉnh" of the party committee of the level that organ serves
    (not "Ủy viên Ban Thường vụ, Phó Chủ tịch Hội Nông dân tỉnh": the association has a standing committee of its own).
    """
    committees = [m.group(0) for p in posts if p.body for m in [_COMMITTEE.search(p.body)] if m]
    if not committees:
        committees = [f"{LEVEL_COMMITTEE[m.group(1).lower()]}{m.group(2)}" for p in posts if p.body
                      for m in [_LEVEL_ORGAN.match(p.body)] if m]
    if not committees:
        return posts
    return [replace(p, body=f"{p.body} {committees[0]}") if p.body and key(p.body) in _NEEDS_COMMITTEE else p
            for p in posts]


_PARTY_ORGAN_TAIL = re.compile(r"(?<!\w)(?:đảng ủy|đảng đoàn|ban cán sự đảng|đảng bộ|chi bộ)$", re.IGNORECASE)
_PARTY_BODY = re.compile(r"^(?:đảng|ban cán sự|chi bộ|ban thường vụ|ban chấp hành|thường trực|ban bí thư|bộ chính trị)"
                         r"|(?:quận|huyện|tỉnh|thành|thị|đảng|quân) ủy(?!\w)(?!\s+ban(?!\w))", re.IGNORECASE)
# The people's council or committee of a level, and the party committee that leads that level.
_LOCAL_GOVERNMENT = re.compile(r"^(?:Ủy ban nhân dân|Hội đồng nhân dân)\s+(" + LOCALITY_WORDS + r")(?!\w)(.*)$", re.IGNORECASE)
_COMMUNE_LEVELS = ("xã", "phường", "thị trấn")
# The party committee of a commune, or an organ of it: "Đảng ủy", "Ban Thường vụ Đảng ủy", "Ban Chấp hành Đảng bộ".
_COMMUNE_PARTY_ORGAN = re.compile(r"^(?:(?:Ban Thường vụ|Ban Chấp hành|Ủy ban Kiểm tra)\s+)?(?:Đảng ủy|Đảng bộ)$",
                                  re.IGNORECASE)


def party_committee_of(body: str) -> str | None:
    """The party committee of the level a people's council or committee belongs to ("UBND xã Phú Mỹ" ->
    "Đảng ủy xã Phú Mỹ", "HĐND tỉnh" -> "Tỉnh ủy"), or None for other bodies."""
    m = _LOCAL_GOVERNMENT.match(body)
    if not m:
        return None
    return f"{LEVEL_COMMITTEE[m.group(1).lower()]}{m.group(2)}".strip()


def shared_bodies(posts: list, gaz: Gazetteer) -> list:
    """Bodies a chain of posts writes once for several titles.

    "Phó Chủ tịch kiêm Tổng Thư ký Hội Luật gia Việt Nam": a title with no body
    is held in the next body of the chain (else the previous one); a party title
    with no body beside a people's committee or council is held in the party
    committee of that level ("Phó Bí thư, Chủ tịch UBND xã": "Đảng ủy xã").
    "Phó Bí thư Đảng đoàn, Phó Chủ tịch Hội Luật gia Việt Nam": a party organ named
    bare is the one of the organisation the chain names next (else before); that of
    a commune's council or committee is the commune's ("Bí thư Đảng ủy, Chủ tịch
    HĐND xã": "Đảng ủy xã"), that of a board is the board's organisation's ("Bí thư
    Đảng ủy, Chủ tịch HĐTV Tập đoàn X": "Đảng ủy Tập đoàn X"; `board` kinds).
    "Tổng Thư ký Hội đồng Lý luận Trung ương, Ủy viên Thường trực Hội đồng": a bare
    kind is the body of that kind named before; a board named bare is that of the
    organisation the chain names ("Phó Chủ tịch HĐTV, Tổng Giám đốc Công ty X").
    """
    out = list(posts)
    for i, post in enumerate(out):  # "Phó Chủ tịch HĐTV, Tổng Giám đốc Công ty X": the board of that company
        if post.body and bare_board(post.body, gaz):
            others = [p.body for p in out[i + 1:] + out[:i][::-1]
                      if p.body and not _PARTY_BODY.search(p.body) and not bare_board(p.body, gaz)]
            if others:
                out[i] = replace(post, body=f"{post.body} {others[0]}")
    for i, post in enumerate(out):
        if post.body is None:
            later = [p.body for p in out[i + 1:] if p.body]
            earlier = [p.body for p in out[:i] if p.body][::-1]
            if key(post.title) in PARTY_TITLES:
                committees = [c for c in map(party_committee_of, later + earlier) if c]
                if committees:
                    out[i] = replace(post, body=committees[0])
                    continue
            if key(post.title) not in PARTY_TITLES and not key(post.title).startswith("ủy viên"):
                # a state post is not held in a party organ: "Đại sứ, Bí thư Đảng ủy Phạm Cao Phong"
                earlier = [b for b in earlier if not _PARTY_BODY.search(b)]
                later = [b for b in later if not _PARTY_BODY.search(b)]
            body = later[0] if later else (earlier[0] if earlier else None)
            if body:
                out[i] = replace(post, body=body)
    for i, post in enumerate(out):
        k = key(post.body or "")
        if not k:
            continue
        same_kind = [p.body for p in out if p.body and key(p.body).startswith(k + " ")]
        if same_kind:
            out[i] = replace(post, body=same_kind[0])
        elif _PARTY_ORGAN_TAIL.search(post.body):
            later = [p.body for p in out[i + 1:] if p.body and not _PARTY_BODY.search(p.body)]
            earlier = [p.body for p in out[:i] if p.body and not _PARTY_BODY.search(p.body)][::-1]
            if not later + earlier:
                continue
            organisation = (later + earlier)[0]
            m = _LOCAL_GOVERNMENT.match(organisation)
            if m and m.group(1).lower() in _COMMUNE_LEVELS and _COMMUNE_PARTY_ORGAN.search(post.body):
                out[i] = replace(post, body=f"{post.body} {m.group(1)}{m.group(2)}")
            elif not bare_board(organisation, gaz):
                out[i] = replace(post, body=f"{post.body} {past_board(organisation, gaz)}")
    return out


def past_board(body: str, gaz: Gazetteer) -> str:
    """The organisation a board governs ("Hội đồng thành viên Tập đoàn X" -> "Tập đoàn X"), else the body. A board
    may begin the kind of a locality's organ (bare_bodies.tsv): "Bộ Chỉ huy Quân sự tỉnh X" -> "Quân sự tỉnh X"."""
    kind = gaz.body_kind_re.match(body)
    if not kind:
        return body
    k = key(kind.group(0))
    if gaz.body_kinds[k].board:
        boards = [k]
    elif gaz.bare_bodies.get(k) == "organ":
        boards = [b for b, other in gaz.body_kinds.items() if other.board and k.startswith(b + " ")]
    else:
        boards = []
    words = body.split()
    n = len(boards[0].split()) if boards else len(words)
    return " ".join(words[n:]) if len(words) > n else body


def bare_board(body: str, gaz: Gazetteer) -> bool:
    """A board named alone ("Chủ tịch HĐQT"): the party organ beside it is the company's, left unsaid."""
    k = key(body)
    return k in gaz.body_kinds and gaz.body_kinds[k].board
