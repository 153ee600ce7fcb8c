"""Read one article into facts: persons and their posts, directives, events.

Two passes over the body's sentences. The first finds full names and gives them
the posts the sentence writes for them (holders.py: "T A", "A – T1, T2", "A được
bầu giữ chức T", lists, biographies), each body written in full: a kind written
alone is the body of that kind the article names, and a body is completed with
the places its sentence, the two before it or the article name; then the
directives. The second resolves short forms ("đồng chí Nguyên", "Bí thư Thăng",
"Phó Bí thư Thường trực Quận ủy") to those names; then events.py reads the
meetings and the part the verbs of each clause give each person.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field, replace

from .article import parse_article
from .directives import DirectiveFinder, FoundDirective, roman, roman_value, unify
from .events import EventReader
from .facts import Article, Directive, Evidence, Extraction, Person, Post
from .gazetteer import LOCALITY_WORDS, Gazetteer, gazetteer
from .holders import PRONOUN_SUBJECT, Holders, bare_board, past_board
from .locality import Localities
from .names import BylineFinder, NameFinder, NameSpan
from .posts import PARTY_TITLES, ParsedPost, PostReader, past_spaces
from .text import LOWER, UPPER, Sentence, fold, key, sentences

_CLAUSE_END = re.compile(r"[.;:!?]")
# An acronym or a trade name in brackets after a body: "Tổng công ty Điện lực TP. Hà Nội (EVN HANOI)", "… Việt Nam
# (PVN)", "Tổng công ty Lương thực miền Nam (Vinafood 2)"; a trade name is a word of seven letters or more without
# tone marks, which no Vietnamese syllable is.
_DEFINED = re.compile(r"(\s*)\(((?:" + UPPER + r"[A-ZĐ0-9&\-]+)(?: [A-ZĐ][A-ZĐ0-9]+)?|[A-Z][a-z]{6,}(?: \d{1,2})?)\)")
# An acronym an article defines inside a body's name, written out as the words before it: "Hội đồng nhân dân
# (HĐND) TP. Cần Thơ" reads "Hội đồng nhân dân (Hội đồng nhân dân) Thành phố Cần Thơ".
_REPEATED = re.compile(r"(?<=\w)\s\((" + UPPER + r"[^()]{1,40})\)(?=\s)")
_ON_THE_SIDE_OF = re.compile(r"(?:^|[,;:]\s*)(?i:về phía)\s+")
_PARTY_ORGAN = re.compile(r"(?i:đảng|chi bộ|ban cán sự|ban chấp hành|ban thường vụ|thường trực)(?!\w)")
# The resolution of a congress named by its number alone: the Party's, unless the article's congress says otherwise.
_NUMBERED_CONGRESS = re.compile(r"Nghị quyết Đại hội ([IVXLC]+)$")
_RESOLUTION_BEFORE = re.compile(r"(?i:nghị quyết)(?:\s+của)?\s+$")
_TERM_AFTER = re.compile(r"\s*,?\s*\(?(?i:nhiệm kỳ)\s+(\d{4})")
_SPACES = re.compile(r" {2,}")
_DEPUTY_OF = re.compile(r"^phó | thường trực$| chuyên trách$")  # "phó chủ tịch thường trực" is a deputy of the "chủ tịch"
_PROVINCIAL_PARTY = re.compile(r"(?i:đảng bộ tỉnh|đảng bộ thành phố|tỉnh ủy|thành ủy)(?!\w)")
# A document's number and code written with spaces: "339 / NQ - BCH - HLGVN", "08 / CT - TTg".
_SPACED_CODE = re.compile(r"(?<![\w/])\d{1,5}(?:\s*[/-]\s*(?=" + UPPER + LOWER + "?" + UPPER + ")" + r"\w+){1,4}(?!\w)")
_AT_MOST_A_UNIT = re.compile(r" (?:" + LOCALITY_WORDS + r")$")
# One capitalised word not followed by another: a given name after a title ("Bí thư Nguyên").
_GIVEN_NAME_AFTER = re.compile(r"\s*(" + UPPER + LOWER + r"*)(?!\s?" + UPPER + r")")
_WRITTEN_ON = re.compile(r" " + UPPER)  # a capitalised word right after a title
_HEADS = re.compile(r"[^;]*$|.*:", re.DOTALL)  # what a board heads: its clause, or a list after a colon
_LEADERSHIP = re.compile(r"(?<!\w)(?i:lãnh đạo)\s+")  # "lãnh đạo Công an tỉnh gồm: …"
_SHORT_CUE = re.compile(r"(?<!\w)(?:[Đđ]ồng chí|[Ôô]ng|[Bb]à)\s+(" + UPPER + LOWER + r"*(?:\s" + UPPER + LOWER
                        + r"*)?)(?!\s?" + UPPER + r")(?!\w)")


@dataclass
class _Ref:
    start: int
    end: int
    name: str


@dataclass
class _Sentence:
    index: int
    source: Sentence  # in the article's folded text
    work: str  # abbreviations written out
    names: list[NameSpan] = field(default_factory=list)
    refs: list[_Ref] = field(default_factory=list)
    masked: str = ""  # `work` with documents' numbers and days, births and deaths blanked out (see _masked)


class _Holders:
    """The persons of an article with their names and posts folded once, for resolving short forms."""

    def __init__(self, persons: list[Person]):
        self.ending: dict[str, set[str]] = {}  # the last one or two syllables of a full name -> the names
        for p in persons:
            words = key(p.name).split()
            for n in (1, 2):
                if len(words) > n:
                    self.ending.setdefault(" ".join(words[-n:]), set()).add(p.name)
        self.posts: dict[str, list[tuple[str, str]]] = {}  # folded title -> (folded body, name)
        for p in persons:
            for q in p.posts:
                self.posts.setdefault(key(q.title), []).append((key(q.body or ""), p.name))

    def by_given_name(self, given: str) -> str | None:
        """The one full name that ends with the given name ("Nguyên" -> "Đoàn Đình Nguyên")."""
        hits = self.ending.get(key(given), set())
        return next(iter(hits)) if len(hits) == 1 else None

    def holder(self, title: str, body: str) -> str | None:
        """The one person holding this title in this body (or a body that extends it)."""
        b = key(body)
        hits = {name for pb, name in self.posts.get(key(title), []) if pb.startswith(b)}
        return hits.pop() if len(hits) == 1 else None


class _NamedBodies:
    """The bodies an article names in full, by kind, for a kind it later writes alone.

    "Ủy ban Kiểm tra Trung ương đã họp … dưới sự chủ trì của ông A, Chủ nhiệm Ủy ban": a kind written
    alone ("Ủy ban", "Hội", "Quân khu") names the body of that kind the article named last before it
    (else first after it); a kind the article never names in full names no body. Read only when an
    article has such a post.
    """

    def __init__(self, gaz: Gazetteer, sents: list[_Sentence]):
        self.gaz = gaz
        self.sents = sents
        self._by_kind: dict[str, list[tuple[int, str]]] | None = None
        self._in_order: list[tuple[int, int, str]] | None = None  # (sentence, position, body) of every body named

    def resolve(self, body: str, index: int) -> str | None:
        """The body in full; None for a kind alone the article never names in full.

        An organ written alone ("Ban cán sự đảng", "Ban Thường vụ") is the one the article names in full,
        if it does; so is a kind that ends a body's name ("Chủ tịch HĐTV Tập đoàn" in an article about Tập
        đoàn Dầu khí Việt Nam).
        """
        k = key(body)
        words = body.split()
        head = self.gaz.body_kind_re.match(body)
        if head and self.gaz.ministry_re.fullmatch(body[head.end():].strip()):
            words = []  # "Bộ Công an": the words after the kind are the ministry's field, not a body
        for n in (3, 2, 1):  # "Đảng ủy Tập đoàn", "Văn phòng Trung ương Hội": a kind that ends the name is the one named
            tail = key(" ".join(words[-n:]))
            if k in self.gaz.body_kinds or len(words) <= n or tail not in self.gaz.body_kinds:
                continue
            if self.gaz.bare_bodies.get(tail) == "one" or self.gaz.body_kinds[tail].level or not words[-n][0].isupper():
                break
            named = self._named(tail, index)
            kind = self.gaz.body_kind_re.match(named) if named else None
            rest = named[kind.end():].split() if named and kind else []
            if named and kind and key(kind.group(0)) == tail and rest and (rest[0][0].isupper() or rest[0][0].isdigit()):
                return " ".join(words[:-n] + [named])  # of that kind, with a name or number ("Hội Luật gia …", "Quân khu 4")
        if k in self.gaz.body_kinds and self.gaz.bare_bodies.get(k) == "organ" \
                and not self.gaz.body_kinds[k].level:
            return self._named(k, index) or body
        if k not in self.gaz.body_kinds or k in self.gaz.bare_bodies:
            return body
        return self._named(k, index)

    def carried(self, title: str, index: int) -> str | None:
        """"Thay mặt lãnh đạo Bộ Xây dựng, Bộ trưởng Phạm Hồng Hà": a title that carries a kind and is written
        without a body is held in the body of that kind the sentence, or the two before it, name in full."""
        written = self.gaz.titles.get(key(title))
        kind = key(written.carries) if written and written.carries else ""
        if not kind or kind in self.gaz.bare_bodies:
            return None
        named = self._named(kind, index, since=index - 2)
        return named if named and key(named).startswith(kind + " ") else None

    def agency(self, body: str, index: int, pos: int, held: list[str]) -> str:
        """"Ông A, Phó Bí thư Đảng ủy cơ quan" in a list headed by "Các Phó ban Kinh tế Trung ương": the party
        organ of "the agency" is that of the body the person holds another post in (no party organ), else of
        the body named last before it, in its sentence or the two before."""
        own = [b for b in held if not _PARTY_ORGAN.match(b)]
        if own:
            return f"{body} {own[0]}"
        self._named("", index)  # the article's named bodies, read once
        assert self._in_order is not None
        for i, start, named in reversed(self._in_order):
            if (i < index or (i == index and start < pos)) and i >= index - 2 and not _PARTY_ORGAN.match(named):
                return f"{body} {named}"
        return body

    def _named(self, k: str, index: int, since: int | None = None) -> str | None:
        """The body of kind `k` the article named last before sentence `index`, else first after it."""
        if self._by_kind is None:
            self._by_kind = {}
            self._in_order = []
            for s in self.sents:
                reader = PostReader(self.gaz, s.work, {n.start for n in s.names})
                for m in self.gaz.body_kind_re.finditer(s.work):
                    if not m.group(0)[0].isupper():
                        continue  # "hội" of "Đại hội" is no body
                    found = reader.body_at(m.start())
                    if not found or key(found[0]) == key(m.group(0)):
                        continue
                    self._in_order.append((s.index, m.start(), found[0]))
                    words = key(m.group(0)).split()  # "Ủy ban Kiểm tra …" is an "Ủy ban" too
                    for n in range(1, len(words) + 1):
                        if " ".join(words[:n]) in self.gaz.body_kinds:
                            self._by_kind.setdefault(" ".join(words[:n]), []).append((s.index, found[0]))
        named = self._by_kind.get(k, [])
        before = [b for i, b in named if i <= index]
        if since is not None:
            before = [b for i, b in named if since <= i <= index]
            return before[-1] if before else None
        if before:
            return before[-1]
        return named[0][1] if named else None


class Extractor:
    """Rules over one gazetteer; cheap to call on many articles."""

    def __init__(self, gaz: Gazetteer | None = None):
        self.gaz = gaz or gazetteer()
        self.names = NameFinder(self.gaz)
        self.bylines = BylineFinder(self.gaz)
        self.directives = DirectiveFinder(self.gaz)
        self.events = EventReader(self.gaz, self.directives.numbered)
        self.holders = Holders(self.gaz)

    # ----------------------------------------------------------------- entry
    def extract(self, article: Article) -> Extraction:
        folded = fold(article.text)
        end = article.body_end if article.body_end is not None else len(folded)
        body = folded[article.body_start:end]
        localities = Localities.of(self.gaz, self._expand(body), article.site, self._expand(fold(article.title)))
        result = Extraction(article)
        persons: dict[str, Person] = {}

        bylines = self._bylines(article, folded, end)
        sents: list[_Sentence] = []
        for i, piece in enumerate(sentences(body)):
            source = Sentence(piece.start + article.body_start, piece.end + article.body_start, piece.text)
            sents.append(_Sentence(i, source, self._expand(piece.text)))
        self._written_out(sents)
        for s in sents:
            s.work = _REPEATED.sub(_without_repetition, s.work)

        # pass 1: names and posts
        named_bodies = _NamedBodies(self.gaz, sents)
        for s in sents:
            credited = [(a, b) for _, a, b in self.bylines.credits(s.work)]
            s.names = [n for n in self.names.find(s.work)
                       if n.name not in bylines and not any(a <= n.start < b for a, b in credited)]
        last_named: str | None = None
        given_names = frozenset(n.name.split()[-1] for s in sents for n in s.names)
        for s in sents:
            reader = PostReader(self.gaz, s.work, {n.start for n in s.names}, given_names)
            evidence = Evidence(s.source.start, s.source.end, s.source.text)
            holders = list(zip(s.names, self.holders.posts(s.work, s.names, reader), strict=True))
            if not s.names and last_named:  # "Ông từng giữ các chức vụ: …", "+ Tháng 7.1994 – 12.2005: …"
                subject = self._subject(s.work, persons, last_named)
                posts = self.holders.of_unnamed_subject(s.work, reader) if subject else []
                if subject and posts:
                    holders.append((NameSpan(0, 0, subject), posts))
            # the places this sentence names, else those of the two sentences before it, else the article's
            near = localities
            if holders:
                for before in sents[max(0, s.index - 2):s.index + 1]:
                    near = near.near(before.work)
            side = self._side(s.work, reader) if holders else None
            for n, posts in holders:
                person = persons.setdefault(n.name, Person(n.name))
                person.evidence.append(evidence)
                last_named = n.name
                for post in posts:
                    held = named_bodies.resolve(post.body, s.index) if post.body else None
                    if held is None and not post.body:
                        held = named_bodies.carried(post.title, s.index)
                    if held is None and not post.body and not side:
                        held = self._principal_body(post, posts, s.work, reader, sents[s.index - 1] if s.index else None)
                    if side and (held is None or bare_board(held, self.gaz)) \
                            and key(post.title) not in PARTY_TITLES and not key(post.title).startswith("ủy viên"):
                        held = f"{held} {side}" if held else side  # "Về phía Tập đoàn FLC có ông A - Tổng giám đốc"
                    if held is None and key(post.title) in PARTY_TITLES:
                        held = self._party_committee_in_context(sents, s.index, near)
                    if held and key(held).endswith(" cơ quan"):
                        held = named_bodies.agency(held, s.index, n.start, [q.body for q in posts if q.body])
                    body_name = near.complete(held) if held else None
                    person.posts.append(Post(post.title, body_name, evidence, post.former))
                if n.end > n.start:
                    s.refs.append(_Ref(n.start, n.end, n.name))
        for p in persons.values():
            p.posts = _distinct_posts(p.posts)
        result.authors = list(bylines)
        if article.author and not result.authors:
            result.authors = [article.author.strip()]

        # directives
        found = []
        own = self._own_congress(sents, localities, persons)
        for s in sents:
            reader = PostReader(self.gaz, s.work, {n.start for n in s.names})
            for d in self.directives.find(s.work, reader, own[2] if own else None):
                d = self._of_own_congress(d, own)
                if d.offset is not None:
                    continue  # "Nghị quyết Đại hội" of no congress the article reports
                if d.congress and d.issuer:
                    body = self._whole_body(d.issuer, localities, persons, sents)
                    if key(body) in self.gaz.body_kinds and " " not in key(body):
                        continue  # "Nghị quyết Đại hội … của Hội" of a Hội the article never names in full
                    d = d.of_body(body)
                found.append((s, d))
        unified, labels = unify([d for _, d in found])
        mentions: dict[str, list[tuple[_Sentence, int, int]]] = {}
        for (s, d), label in zip(found, labels, strict=True):
            mentions.setdefault(label, []).append((s, d.start, d.end))
        for d in unified:
            s = mentions[d.label][0][0]
            result.directives.append(Directive(
                d.label, d.kind, Evidence(s.source.start, s.source.end, s.source.text), d.number, d.code,
                localities.complete(d.issuer) if d.issuer else None, d.issued))

        # pass 2: short forms, events and parts
        real = _Holders(list(persons.values()))
        for s in sents:
            s.refs.extend(self._short_refs(s, real))
            s.refs.sort(key=lambda r: r.start)
        result.events = self.events.read(article, sents, self._title_sentence(article), localities, mentions)
        result.persons = list(persons.values())
        return result

    # ------------------------------------------------------------- helpers
    def _expand(self, text: str) -> str:
        """The text the rules read: abbreviations written out, one space between words ("Thường  trực"), and
        document codes written without spaces first ("số 339 / NQ - BCH - HLGVN" is "số 339/NQ-BCH-HLGVN": BCH
        there is a code, not Ban Chấp hành)."""
        text = _SPACED_CODE.sub(lambda m: re.sub(r"\s+", "", m.group(0)), text.replace("\n", " "))
        return self.gaz.expand(_SPACES.sub(" ", text))

    def _written_out(self, sents: list[_Sentence]) -> None:
        """Acronyms the article defines for a body, written out in its sentences.

        "Tổng công ty Điện lực TP. Hà Nội (EVN HANOI)" … "Phó Tổng Giám đốc EVN HANOI": an acronym in brackets
        right after a body names that body wherever the article writes it; the brackets go.
        """
        defined: dict[str, str] = {}
        for s in sents:
            if "(" not in s.work:
                continue
            reader = PostReader(self.gaz, s.work, set())
            for m in _DEFINED.finditer(s.work):
                # the innermost body that ends at the bracket: "Hội đồng thành viên Tập đoàn Dầu khí Việt Nam (PVN)"
                # defines the Tập đoàn; a kind and one word ("Ô tô Trường Hải (THACO)") is no body's whole name
                kinds = list(self.gaz.body_kind_re.finditer(s.work, max(0, m.start() - 150), m.start()))
                for kind in reversed(kinds):
                    found = reader.body_at(kind.start()) if kind.group(0)[0].isupper() else None
                    if found and found[1] == m.start() and len(found[0].split()) >= 3:
                        defined.setdefault(m.group(2), found[0])
                        break
        if not defined:
            return
        brackets = re.compile(r"\s*\((?:" + "|".join(re.escape(a) for a in defined) + r")\)")
        written = re.compile(r"(?<![\w/.\-])(?:" + "|".join(re.escape(a) for a in sorted(defined, key=len, reverse=True))
                             + r")(?![\w/\-])")
        for s in sents:
            s.work = written.sub(lambda m: defined[m.group(0)], brackets.sub("", s.work))

    def _whole_body(self, body: str, localities: Localities, persons: dict[str, Person],
                    sents: list[_Sentence]) -> str:
        """A body the article names in part ("Đảng bộ tỉnh", "Hội"), written in full: with the article's
        locality, else as the body that extends it the article's posts name most often, else its sentences
        ("Hội Luật gia Việt Nam")."""
        completed = localities.complete(body)
        kind = _AT_MOST_A_UNIT.sub("", key(body))
        if completed != body or kind not in self.gaz.body_kinds or self.gaz.bare_bodies.get(kind) == "one":
            return completed  # a body named in full is not extended ("Ủy ban Trung ương MTTQ Việt Nam")
        k = key(body) + " "
        longer = Counter(q.body for p in persons.values() for q in p.posts if q.body and key(q.body).startswith(k))
        if not longer:  # "Hội", "Đảng bộ tỉnh"
            written = re.compile(r"(?<!\w)" + re.escape(body) + r"\s+" + UPPER)
            for s in sents:
                reader = PostReader(self.gaz, s.work, set())
                for m in written.finditer(s.work):
                    found = reader.body_at(m.start())
                    if found and key(found[0]).startswith(k):
                        longer[found[0]] += 1
        return longer.most_common(1)[0][0] if longer else body

    def _own_congress(self, sents: list[_Sentence], localities: Localities,
                      persons: dict[str, Person]) -> tuple[str, int, str | None] | None:
        """The body whose congress the article reports, its number and the first year of its term: the first
        congress the sentences name with a body ("Đại hội đại biểu Hội Luật gia lần thứ V, nhiệm kỳ 2019 -
        2024" held by "Hội Luật gia Hà Tĩnh"), not a resolution's, not the Party's national one."""
        for s in sents:
            for m in self.directives.congress_named.finditer(s.work):
                if _RESOLUTION_BEFORE.search(s.work, max(0, m.start() - 20), m.start()):
                    continue
                body = self.directives.congress_body(m)
                said = self.events.organisers_said(s.work, m.start(), PostReader(self.gaz, s.work, set()))
                if said and isinstance(said, list) and (not body or key(said[0]).startswith(key(body))):
                    body = said[0]  # "Hội Luật gia Hà Tĩnh tổ chức Đại hội Đại biểu Hội Luật gia lần thứ V"
                if body and self.gaz.body_kind_re.match(body):
                    term = _TERM_AFTER.match(s.work, m.end())
                    number = roman_value(m.group("n") or m.group("bare"))
                    return self._whole_body(body, localities, persons, sents), number, term.group(1) if term else None
        return None

    @staticmethod
    def _of_own_congress(d: FoundDirective, own: tuple[str, int, str | None] | None) -> FoundDirective:
        """"Nghị quyết Đại hội IV" in an article on the fifth congress of Hội Luật gia Hà Tĩnh is that body's
        resolution (`Nghị quyết Đại hội Hội Luật gia Hà Tĩnh lần thứ IV`), not the Party's: a congress
        resolution named by its number alone, the number of the article's congress or of the one before it, is
        of the body that holds that congress; one named by no number is of the congress before, or of the
        article's when the congress adopts it (DirectiveFinder._congress_before)."""
        if not own:
            return d
        body, number, _ = own
        if d.offset is not None:
            return replace(d, label=f"Nghị quyết Đại hội {body} lần thứ {roman(str(number + d.offset))}", issuer=body,
                           number=roman(str(number + d.offset)), offset=None)
        m = _NUMBERED_CONGRESS.match(d.label)
        if m and roman_value(m.group(1)) in (number - 1, number):
            return replace(d, label=f"Nghị quyết Đại hội {body} lần thứ {m.group(1)}", issuer=body)
        return d

    def _title_sentence(self, article: Article) -> _Sentence | None:
        """The headline as a sentence of its own, for the meeting it names."""
        title = fold(article.title or "").strip()
        if not title:
            return None
        start = max(fold(article.text).find(title), 0)
        return _Sentence(-1, Sentence(start, start + len(title), title), self._expand(title))

    def _bylines(self, article: Article, folded: str, end: int) -> dict[str, Evidence]:
        """Pen names of the article (date-line author, lines of their own, last words, photo credits), each
        with the line it stands on."""
        found: dict[str, Evidence] = {}

        def add(name: str | None, start: int, stop: int) -> None:
            if name and name not in found:
                found[name] = Evidence(start, stop, article.text[start:stop].strip())

        if article.author:
            where = folded.find(article.author)
            add(self.bylines.line(article.author), max(where, 0), max(where, 0) + len(article.author))
        lines, pos = [], article.body_start
        for line in folded[article.body_start:end].split("\n"):
            if line.strip():
                lines.append((pos, pos + len(line), line))
            pos += len(line) + 1
        title = key(article.title or "")
        for start, stop, line in lines:  # the first line is the byline when a date line came before it
            if key(line) != title:
                add(self.bylines.line(line), start, stop)
        if lines:
            start, stop, line = lines[-1]
            add(self.bylines.tail(line), start, stop)
        for start, stop, line in lines:
            for name in self.bylines.photo_credits(line):
                add(name, start, stop)
        return found

    @staticmethod
    def _subject(text: str, persons: dict[str, Person], last_named: str) -> str | None:
        """Who a sentence without a full name is about: "Ông Hùng …" the one full name ending in Hùng, "Ông …"
        or a line of a biography the person named last."""
        m = PRONOUN_SUBJECT.match(text)
        if m and m.group(1):
            k = " " + key(m.group(1))
            hits = {name for name in persons if (" " + key(name)).endswith(k)}
            return hits.pop() if len(hits) == 1 else None
        return last_named

    def _side(self, text: str, reader: PostReader) -> str | None:
        """"Về phía Tập đoàn FLC có ông A - Tổng giám đốc; ông B - Phó tổng giám đốc": the body a sentence lists
        the people of, for the titles it writes without one."""
        m = _ON_THE_SIDE_OF.search(text)
        found = reader.body_at(m.end()) if m else None
        if not found or key(found[0]) in self.gaz.body_kinds:
            return None
        return found[0]

    def _principal_body(self, post: ParsedPost, own: list[ParsedPost], text: str, reader: PostReader,
                        before: _Sentence | None) -> str | None:
        """"… tái đắc cử Chủ tịch HĐND Hậu Giang; hai phó chủ tịch là ông A và B", "Chủ tịch Hội Luật gia tỉnh là
        ông C. Các Phó Chủ tịch gồm: …": a deputy's title written without a body is held in the body given last
        to the same title or its principal, before it in its sentence, else in the sentence before; not when
        the sentence gives the person a post of that title with a body ("… có hai Phó Chủ tịch gồm: A (Phó Chủ
        tịch Thường trực)": the two are one post)."""
        principal = _DEPUTY_OF.sub("", key(post.title))
        board = self._board_of(principal, text, post.start, post.end, reader)
        if board:
            return board
        if principal == key(post.title) or any(p.body and _DEPUTY_OF.sub("", key(p.title)) == principal for p in own):
            return None
        body = self._last_body_of(principal, text, post.start, reader)
        if body is None and before is not None:
            body = self._last_body_of(principal, before.work, len(before.work),
                                      PostReader(self.gaz, before.work, {n.start for n in before.names}))
        return body

    def _board_of(self, principal: str, text: str, end: int, end_of_title: int, reader: PostReader) -> str | None:
        """"các đồng chí trong Ban Giám đốc Công an tỉnh: A, B, Phó Giám đốc", "lãnh đạo Công an tỉnh gồm: A, Giám
        đốc; B, Phó Giám đốc": a title written without a body in a list headed by a board named by that title (a
        `board` kind, body_kinds.tsv) or by the leadership of a body is held in the organisation that board
        governs, or that body. The board heads the items of its own clause, or of its sentence after a colon; the
        leadership those after a colon."""
        if _WRITTEN_ON.match(text, end_of_title):
            return None  # "nguyên Giám đốc Cảnh sát PCCC thành phố": a body the title names, unread
        sentence = reader.clause_start(end, ".")
        found: list[tuple[int, str]] = []
        for m in self.gaz.body_kind_re.finditer(text, sentence, end):
            kind = self.gaz.body_kind_of(m.group(0))
            if kind.board and key(kind.canonical).endswith(" " + principal):
                board = reader.body_at(m.start())
                if board and not bare_board(board[0], self.gaz) and _HEADS.match(text, board[1], end):
                    found.append((m.start(), past_board(board[0], self.gaz)))
        for m in _LEADERSHIP.finditer(text, sentence, end):
            led = reader.body_at(m.end())
            if led and key(led[0]) not in self.gaz.body_kinds and ":" in text[led[1]:end]:
                found.append((m.start(), led[0]))
        return max(found)[1] if found else None

    def _last_body_of(self, principal: str, text: str, end: int, reader: PostReader) -> str | None:
        """The body of the last post before `end` whose title is `principal` or a deputy's of it."""
        body = None
        for m in self.gaz.title_re.finditer(text, 0, end):
            post = reader.post_at(m.start())
            if post and post.body and _DEPUTY_OF.sub("", key(post.title)) == principal:
                body = post.body
        return body

    @staticmethod
    def _party_committee_in_context(sents: list[_Sentence], index: int, near: Localities) -> str | None:
        """"Đại hội Đảng bộ tỉnh Thanh Hóa … Ông A, bà B được bầu giữ chức Phó Bí thư": a party title with no
        body, where the sentence or the two before it speak of a province's party organisation, is of that
        province's party committee."""
        if near.province is None:
            return None
        window = " ".join(s.work for s in sents[max(0, index - 2):index + 1])
        if not _PROVINCIAL_PARTY.search(window):
            return None
        return "Thành ủy" if near.province.type == "thành phố" else "Tỉnh ủy"

    def _short_refs(self, s: _Sentence, persons: _Holders) -> list[_Ref]:
        """Short forms in the sentence resolved to one full name of the article."""
        out = []
        full_starts = {n.start for n in s.names}
        starts = [n.start for n in s.names]  # names are in order and do not overlap

        def inside(a: int) -> bool:
            i = bisect_right(starts, a) - 1
            return i >= 0 and a < s.names[i].end

        by_given_name = persons.by_given_name

        for m in _SHORT_CUE.finditer(s.work):
            if m.start(1) in full_starts or inside(m.start(1)):
                continue
            name = by_given_name(m.group(1))
            if name:
                out.append(_Ref(m.start(1), m.end(1), name))
        reader = PostReader(self.gaz, s.work, full_starts)
        for m in self.gaz.title_re.finditer(s.work):
            if inside(m.start()):
                continue
            chain = reader.chain_at(m.start(), stop_before_names=False)
            if not chain:
                continue
            nxt = _GIVEN_NAME_AFTER.match(s.work, chain[-1].end)
            if nxt and nxt.start(1) not in full_starts:
                name = by_given_name(nxt.group(1))
                if name:
                    out.append(_Ref(m.start(), nxt.end(1), name))
                    continue
            if inside(past_spaces(s.work, chain[-1].end)):
                continue
            post = chain[0]
            holder = persons.holder(post.title, post.body) if post.body else None
            if holder:
                out.append(_Ref(m.start(), chain[-1].end, holder))
        return out


# The kind of a unit before its name: "Thành ủy Thành phố Hà Nội" is "Thành ủy Hà Nội", "Sở Nội vụ tỉnh Bình Định" is
# "Sở Nội vụ Bình Định".
_LOOSE = re.compile(r"(?<=\w) (?:thành phố|tỉnh|quận|huyện|thị xã|phường|xã|thị trấn)(?= \w)")


def _loose(body_key: str) -> str:
    """A body key that reads a unit with or without its kind alike."""
    return _LOOSE.sub("", body_key)


def _distinct_posts(posts: list[Post]) -> list[Post]:
    """One post per title and body; a body that another extends with more words gives way to it.

    A post without a body gives way to the person's post of the same title with one; and to a post whose title
    says more ("Phó Chủ tịch Lê Văn A" beside "Phó Chủ tịch Thường trực UBND tỉnh"), while one whose title says
    more than a post with a body is held in that body ("Phó Chủ tịch Thường trực" beside "Phó Chủ tịch UBND
    thành phố").
    """
    out = _one_per_title_and_body(posts)
    bodied = [(key(p.title), p.body) for p in out if p.body]
    kept = []
    for post in out:
        if not post.body:
            t = key(post.title)
            if any(title.startswith(t + " ") for title, _ in bodied):
                continue
            wider = [body for title, body in bodied if t == title + " thường trực"]
            if len(set(wider)) == 1:
                post = replace(post, body=wider[0])
        kept.append(post)
    return _one_per_title_and_body(kept)


def _one_per_title_and_body(posts: list[Post]) -> list[Post]:
    out: list[Post] = []
    for post in posts:
        k_title, k_body = key(post.title), _loose(key(post.body or ""))
        replaced = False
        for i, other in enumerate(out):
            if key(other.title) != k_title:
                continue
            o_body = _loose(key(other.body or ""))
            if o_body == k_body and len(post.body or "") < len(other.body or ""):
                out[i] = post
                replaced = True
                break
            if o_body == k_body or (k_body and o_body.startswith(k_body + " ")) or not k_body:
                replaced = True
                break
            if not o_body or k_body.startswith(o_body + " "):
                out[i] = post
                replaced = True
                break
        if not replaced:
            out.append(post)
    return out


def extract_text(key_: str, raw: str, **meta) -> Extraction:
    """Parse and extract one article given as text (the seed format)."""
    return Extractor().extract(parse_article(key_, raw, **meta))


def _without_repetition(m: re.Match) -> str:
    """A bracket that repeats the words right before it, gone: "Hội đồng nhân dân (Hội đồng nhân dân) Thành phố
    Cần Thơ" is one body, for its posts as for its meetings."""
    inner = key(m.group(1))
    before = key(m.string[max(0, m.start() - len(m.group(1)) - 2):m.start()])
    return "" if before.endswith(inner) else m.group(0)
