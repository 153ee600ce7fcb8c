"""Read one article into facts: persons and their posts, directives, events.

Two passes over the body's sentences. The first finds full names and the posts
written around them ("T A", "A – T1, T2", "A, T; B, T"), and the directives. The
second resolves short forms ("đồng chí Nguyên", "Bí thư Thăng", "Phó Bí thư
Thường trực Quận ủy") to those names; then events.py reads the meetings and the
part the verbs of each clause give each person.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace

from .article import parse_article
from .directives import DirectiveFinder, unify
from .events import EventReader
from .facts import Article, Directive, Evidence, Extraction, Person, Post
from .gazetteer import Gazetteer, gazetteer
from .locality import Localities
from .names import BylineFinder, NameFinder, NameSpan
from .posts import PostReader
from .text import LOWER, UPPER, Sentence, fold, key, sentences

_CLAUSE_END = re.compile(r"[.;:!?]")
# A document's number and code written with spaces: "339 / NQ - BCH - HLGVN", "08 / CT - TTg".
_SPACED_CODE = re.compile(r"(?<![\w/])\d{1,5}(?:\s*[/-]\s*(?=[A-ZĐ][a-zđ]?[A-ZĐ])[A-ZĐa-zđ]+){1,4}(?!\w)")
_AT_MOST_A_UNIT = re.compile(r" (?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)$")
# One capitalised word not followed by another: a given name after a title ("Bí thư Nguyên").
_GIVEN_NAME_AFTER = re.compile(r"\s*(" + UPPER + LOWER + r"*)(?!\s?" + UPPER + r")")
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
        self.names = [(key(p.name), p.name) for p in persons]
        self.posts = [(key(q.title), key(q.body or ""), p.name) for p in persons for q in p.posts]

    def by_given_name(self, given: str) -> str | None:
        """The one full name that ends with the given name ("Nguyên" -> "Đoàn Đình Nguyên")."""
        k = " " + key(given)
        hits = {name for folded, name in self.names if folded.endswith(k)}
        return hits.pop() if len(hits) == 1 else None

    def holder(self, title: str, body: str) -> str | None:
        """The one person holding this title in this body (or a body that extends it)."""
        t, b = key(title), key(body)
        hits = {name for pt, pb, name in self.posts if pt == t and pb.startswith(b)}
        return hits.pop() if len(hits) == 1 else None


class Extractor:
    """Rules over one gazetteer; cheap to call on many articles."""

    def __init__(self, gaz: Gazetteer | None = None):
        self.gaz = gaz or gazetteer()
        self.names = NameFinder(self.gaz)
        self.bylines = BylineFinder(self.gaz)
        self.directives = DirectiveFinder(self.gaz)
        self.events = EventReader(self.gaz, self.directives.numbered)
        ranks = sorted((k for k, v in self.gaz.cues.items() if v == "rank"), key=len, reverse=True)
        self.rank_tail = re.compile(
            r"(?:\s*,?\s*(?:đồng chí|ông|bà|" + "|".join(re.escape(r) for r in ranks) + r"))*\s*$", re.IGNORECASE)

    # ----------------------------------------------------------------- entry
    def extract(self, article: Article) -> Extraction:
        folded = fold(article.text)
        end = article.body_end if article.body_end is not None else len(folded)
        body = folded[article.body_start:end]
        localities = Localities.of(self.gaz, self._expand(body + "\n" + fold(article.title)), article.site)
        result = Extraction(article)
        persons: dict[str, Person] = {}

        bylines = self._bylines(article, folded, end)
        sents: list[_Sentence] = []
        for i, piece in enumerate(sentences(body)):
            source = Sentence(piece.start + article.body_start, piece.end + article.body_start, piece.text)
            sents.append(_Sentence(i, source, self._expand(piece.text)))

        # pass 1: names and posts
        for s in sents:
            s.names = [n for n in self.names.find(s.work) if n.name not in bylines]
            reader = PostReader(self.gaz, s.work, {n.start for n in s.names})
            evidence = Evidence(s.source.start, s.source.end, s.source.text)
            for n in s.names:
                person = persons.setdefault(n.name, Person(n.name))
                person.evidence.append(evidence)
                for post in self._posts_around(s.work, n, reader):
                    body_name = localities.complete(post.body) if post.body else None
                    person.posts.append(Post(post.title, body_name, evidence, post.former))
                s.refs.append(_Ref(n.start, n.end, n.name))
        for p in persons.values():
            p.posts = _distinct_posts(p.posts)
        result.authors = list(bylines)
        if article.author and not result.authors:
            result.authors = [article.author.strip()]

        # directives
        found = []
        for s in sents:
            reader = PostReader(self.gaz, s.work, {n.start for n in s.names})
            for d in self.directives.find(s.work, reader):
                if d.congress and d.issuer:
                    body = self._whole_body(d.issuer, localities, persons, sents)
                    if key(body) in self.gaz.body_kinds and " " not in key(body):
                        continue  # "Nghị quyết Đại hội … của Hội" of a Hội the article never names in full
                    d = d.of_body(body)
                found.append((s, d))
        unified, labels = unify([d for _, d in found])
        mentions: dict[str, list[tuple[_Sentence, int]]] = {}
        for (s, d), label in zip(found, labels, strict=True):
            mentions.setdefault(label, []).append((s, d.start))
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
        """The text with abbreviations written out, and document codes written without spaces first
        ("số 339 / NQ - BCH - HLGVN" is "số 339/NQ-BCH-HLGVN": BCH there is a code, not Ban Chấp hành)."""
        text = _SPACED_CODE.sub(lambda m: re.sub(r"\s+", "", m.group(0)), text.replace("\n", " "))
        return self.gaz.expand(text)

    def _whole_body(self, body: str, localities: Localities, persons: dict[str, Person],
                    sents: list[_Sentence]) -> str:
        """A body the article names in part ("Đảng bộ tỉnh", "Hội"), written in full: with the article's
        locality, else as the body that extends it the article's posts name most often, else its sentences
        ("Hội Luật gia Việt Nam")."""
        completed = localities.complete(body)
        if completed != body:
            return completed
        k = key(body) + " "
        longer = Counter(q.body for p in persons.values() for q in p.posts if q.body and key(q.body).startswith(k))
        if not longer and _AT_MOST_A_UNIT.sub("", key(body)) in self.gaz.body_kinds:  # "Hội", "Đảng bộ tỉnh"
            written = re.compile(r"(?<!\w)" + re.escape(body) + r"\s+" + UPPER)
            for s in sents:
                reader = PostReader(self.gaz, s.work, set())
                for m in written.finditer(s.work):
                    found = reader.body_at(m.start())
                    if found and key(found[0]).startswith(k):
                        longer[found[0]] += 1
        return longer.most_common(1)[0][0] if longer else body

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
        for start, stop, line in lines[1:]:
            add(self.bylines.line(line), start, stop)
        if lines:
            start, stop, line = lines[-1]
            add(self.bylines.tail(line), start, stop)
        for start, stop, line in lines:
            for name in self.bylines.photo_credits(line):
                add(name, start, stop)
        return found

    def _posts_around(self, text: str, name: NameSpan, reader: PostReader):
        """Posts written before the name ("Bí thư Thành ủy A") and after it ("A, Bí thư Thành ủy")."""
        out = []
        sep = re.compile(r"\s*(?:,|-|\()\s*").match(text, name.end)
        if sep:
            out += reader.chain_at(sep.end())
        window_start = max(0, name.start - 300)
        for m in self.gaz.title_re.finditer(text, window_start, name.start):
            start = m.start()
            former = re.search(r"(?:nguyên|cựu)\s+$", text[max(0, start - 8):start], re.IGNORECASE)
            if former:
                start -= len(former.group(0))
            chain = reader.chain_at(start, stop_before_names=False)
            if not chain or self._follows_a_name(text, start, reader):
                continue
            gap = text[chain[-1].end:name.start]
            if self.rank_tail.fullmatch(gap) and not _CLAUSE_END.search(text[start:name.start]):
                out += chain
                break
        return _with_committee(_shared_bodies(out))

    @staticmethod
    def _follows_a_name(text: str, pos: int, reader: PostReader) -> bool:
        """Whether `pos` comes right after a name and a separator ("A – T1, T2, ông B": T1, T2 are A's)."""
        m = re.search(r"(\S+(?:\s\S+){1,3})\s*[-,(]\s*$", text[max(0, pos - 60):pos])
        if not m:
            return False
        start = pos - len(m.group(0))
        return any(start <= s < pos for s in reader.name_starts)

    def _short_refs(self, s: _Sentence, persons: _Holders) -> list[_Ref]:
        """Short forms in the sentence resolved to one full name of the article."""
        out = []
        full_starts = {n.start for n in s.names}
        covered = [(n.start, n.end) for n in s.names]

        def inside(a: int) -> bool:
            return any(x <= a < y for x, y in covered)

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
            after = s.work[chain[-1].end:]
            nxt = _GIVEN_NAME_AFTER.match(after)
            if nxt and chain[-1].end + nxt.start(1) not in full_starts:
                name = by_given_name(nxt.group(1))
                if name:
                    out.append(_Ref(m.start(), chain[-1].end + nxt.end(1), name))
                    continue
            if any(x <= chain[-1].end + len(after) - len(after.lstrip()) < y for x, y in covered):
                continue
            post = chain[0]
            holder = persons.holder(post.title, post.body) if post.body else None
            if holder:
                out.append(_Ref(m.start(), chain[-1].end, holder))
        return out


_COMMITTEE = re.compile(r"(?<!\w)(?:quận|huyện|tỉnh|thành|thị|đảng) ủy(?!\w).*$", re.IGNORECASE)
_NEEDS_COMMITTEE = {"ban thường vụ", "thường trực", "ban chấp hành"}


def _with_committee(posts: list) -> list:
    """Complete "Ban Thường vụ" (from UVTV) with the committee the person's other posts name.

    "UVTV, Trưởng Ban Tuyên giáo Quận ủy" is a member of the Quận ủy's standing committee.
    """
    committees = [m.group(0) for p in posts if p.body for m in [_COMMITTEE.search(p.body)] if m]
    if not committees:
        return posts
    return [replace(p, body=f"{p.body} {committees[0]}") if p.body and key(p.body) in _NEEDS_COMMITTEE else p
            for p in posts]


_PARTY_ORGANS = ("đảng ủy", "đảng đoàn", "ban cán sự đảng", "đảng bộ", "chi bộ")


def _shared_bodies(posts: list) -> list:
    """Bodies a chain of posts writes once for several titles.

    "Phó Chủ tịch kiêm Tổng Thư ký Hội Luật gia Việt Nam": a title with no body
    is held in the next body of the chain (else the previous one). "Phó Bí thư
    Đảng đoàn, Phó Chủ tịch Hội Luật gia Việt Nam": a party organ named bare is
    the one of the organisation the chain names. "Tổng Thư ký Hội đồng Lý luận
    Trung ương, Ủy viên Thường trực Hội đồng": a bare kind is the body of that kind
    named before.
    """
    out = list(posts)
    for i, post in enumerate(out):
        if post.body is None:
            later = [p.body for p in out[i + 1:] if p.body]
            earlier = [p.body for p in out[:i] if p.body]
            body = later[0] if later else (earlier[-1] if earlier else None)
            if body:
                out[i] = replace(post, body=body)
    for i, post in enumerate(out):
        k = key(post.body or "")
        if not k:
            continue
        same_kind = [p.body for p in out if p.body and key(p.body).startswith(k + " ")]
        if same_kind:
            out[i] = replace(post, body=same_kind[0])
        elif k in _PARTY_ORGANS:
            organisations = [p.body for p in out if p.body and not key(p.body).startswith(_PARTY_ORGANS)
                             and not _COMMITTEE.match(p.body)]
            if organisations:
                out[i] = replace(post, body=f"{post.body} {organisations[0]}")
    return out


_LOOSE = re.compile(r"(?<= ủy) (?:thành phố|tỉnh)(?= )")


def _loose(body_key: str) -> str:
    """A body key that reads "Thành ủy Thành phố Hà Nội" and "Thành ủy Hà Nội" alike."""
    return _LOOSE.sub("", body_key)


def _distinct_posts(posts: list[Post]) -> list[Post]:
    """One post per title and body; a body that another extends with more words gives way to it."""
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
