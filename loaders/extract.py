"""Read one article into facts: persons and their posts, directives, events.

Two passes over the body's sentences. The first finds full names and the posts
written around them ("T A", "A – T1, T2", "A, T; B, T"). The second resolves
short forms ("đồng chí Nguyên", "Bí thư Thăng", "Phó Bí thư Thường trực Quận
ủy") to those names, finds the events (a sentence with a date and an event
word), and gives each person the part the verbs of their clause say: chủ trì
(chair), dự (participant), phát biểu … (speaker), kết luận (chair when no one
else chairs).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from . import dates
from .article import parse_article
from .directives import DirectiveFinder, unify
from .facts import Article, Directive, Event, Evidence, Extraction, Person, Post
from .gazetteer import Gazetteer, gazetteer
from .locality import Localities
from .names import BylineFinder, NameFinder, NameSpan
from .posts import PostReader
from .text import LOWER, UPPER, Sentence, fold, key, sentences

_CLAUSE_END = re.compile(r"[.;:!?]")
# One capitalised word not followed by another: a given name after a title ("Bí thư Nguyên").
_GIVEN_NAME_AFTER = re.compile(r"\s*(" + UPPER + LOWER + r"*)(?!\s?" + UPPER + r")")
_SHORT_CUE = re.compile(r"(?<!\w)(?:[Đđ]ồng chí|[Ôô]ng|[Bb]à)\s+(" + UPPER + LOWER + r"*(?:\s" + UPPER + LOWER
                        + r"*)?)(?!\s?" + UPPER + r")(?!\w)")
_ORGANISE = re.compile(r"(?<!\w)(?:đã\s+)?(?:phối hợp\s+|long trọng\s+|trang trọng\s+)?tổ chức(?!\w)", re.IGNORECASE)
# A year in running text that is not a target, a term, a range or a date of birth or death.
_EVENT_YEAR = re.compile(
    r"(?<!đến năm )(?<!đến )(?<!tới năm )(?<!kỳ )(?<![\d/.\-])((?:19|20)\d\d)(?!\s?[\-/]\s?\d)(?!\d)", re.IGNORECASE)
_PARTNER = re.compile(r"\s(?:đã\s+)?phối hợp(?:\s+(?:với|cùng))?\s", re.IGNORECASE)
# "Tham dự có các đồng chí: …", "Cùng dự buổi làm việc có …", "Dự đại hội có …": a list of those present.
_LIST_OPENER = re.compile(r"[^.;:,]{0,40}?\s(?:có|gồm)(?!\w)|[^.;:,]{0,40}?:", re.IGNORECASE)


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
        self._document_dates = re.compile(self.directives.numbered.pattern + r"(?:\s+ngày\s+[\d/.\-]+)?", re.IGNORECASE)
        self._not_event_dates = re.compile(
            r"(?:thành lập|ra đời|sinh|qua đời|mất|từ trần)\s+(?:vào\s+)?(?:ngày\s+|năm\s+)?[\d/.\-]+", re.IGNORECASE)
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
                found.append((s, d))
        unified = {key(d.label): d for d in unify([d for _, d in found])}
        directive_sentences: dict[str, _Sentence] = {}
        for s, d in found:
            label = _label_in(unified, d)
            directive_sentences.setdefault(label, s)
        for d in unified.values():
            s = directive_sentences[d.label]
            result.directives.append(Directive(
                d.label, d.kind, Evidence(s.source.start, s.source.end, s.source.text), d.number, d.code,
                localities.complete(d.issuer) if d.issuer else None, d.issued))

        # pass 2: short forms, events and parts
        real = _Holders(list(persons.values()))
        for s in sents:
            s.refs.extend(self._short_refs(s, real))
            s.refs.sort(key=lambda r: r.start)
        result.events = self._events(article, sents, localities, directive_sentences)
        result.persons = list(persons.values())
        return result

    # ------------------------------------------------------------- helpers
    def _expand(self, text: str) -> str:
        return self.gaz.expand(text.replace("\n", " "))

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

    # -------------------------------------------------------------- events
    def _events(self, article: Article, sents: list[_Sentence], localities: Localities,
                directive_sentences: dict[str, _Sentence]) -> list[Event]:
        anchors: list[tuple[int, Event]] = []
        seen_dates: set[str] = set()
        event_years = self._event_years(sents)
        for s in sents:
            kinds = list(self.gaz.event_re.finditer(s.work))
            if not kinds:
                continue
            masked = self._mask_directives(s.work)
            found = dates.dates_in(masked)
            if not found:
                continue
            value = found[0][2]
            if value.startswith("--"):
                year = event_years.get(value) or event_years.get("")
                value = dates.in_year(value, year) if year else dates.with_year(value, article.published)
            if value in seen_dates:
                continue
            seen_dates.add(value)
            kind_match = min(kinds, key=lambda k: abs(k.start() - found[0][1]))
            kind = self.gaz.event_kinds[key(kind_match.group(0))]
            name = _clause(s.work, kind_match.start())
            event = Event(kind, name, value, Evidence(s.source.start, s.source.end, s.source.text))
            event.organizers = [localities.complete(b) for b in self._organizers(s.work, kind_match.start())]
            anchors.append((s.index, event))
        if not anchors:
            return []

        def event_of(index: int) -> Event:
            chosen = anchors[0][1]
            for i, e in anchors:
                if i <= index:
                    chosen = e
            return chosen

        concluders: dict[int, list[str]] = {}
        for s in sents:
            event = event_of(s.index)
            evidence = Evidence(s.source.start, s.source.end, s.source.text)
            for name, part in self._parts(s):
                bucket = {"chair": event.chairs, "speaker": event.speakers, "participant": event.participants}
                if part == "conclude":
                    concluders.setdefault(id(event), []).append(name)
                    event.speakers.append(name)
                    event.parts.setdefault((name, "speaker"), evidence)
                    continue
                bucket[part].append(name)
                event.parts.setdefault((name, part), evidence)
        for _, event in anchors:
            if not event.chairs and concluders.get(id(event)):
                event.chairs.append(concluders[id(event)][0])
            for name in event.chairs + event.speakers:
                event.participants.append(name)
            event.chairs = list(dict.fromkeys(event.chairs))
            event.speakers = list(dict.fromkeys(event.speakers))
            event.participants = list(dict.fromkeys(event.participants))
        for label, s in directive_sentences.items():
            event_of(s.index).directives.append(label)
        return [e for _, e in anchors]

    def _event_years(self, sents: list[_Sentence]) -> dict[str, str]:
        """Years the article ties to its events, for days written without one.

        A day written in full elsewhere ("22-5-2017" beside "sáng 22-5") gives its
        year to that day (key "--05-22"); a year named where the article names an
        event ("Hội nghị tri ân khách hàng năm 2018") gives its year to every day
        (key ""), when it is the only such year. Years of documents, births,
        deaths, terms and targets ("đến năm 2020", "nhiệm kỳ 2015-2020") say
        nothing about the event.
        """
        out: dict[str, str] = {}
        named: set[str] = set()
        for s in sents:
            masked = self._mask_directives(s.work)
            for _, _, value in dates.dates_in(masked, cued=False):
                if not value.startswith("--"):
                    out["--" + value[5:]] = max(out.get("--" + value[5:], ""), value[:4])
            if self.gaz.event_re.search(masked):
                named.update(m.group(1) for m in _EVENT_YEAR.finditer(masked))
        if len(named) == 1:
            out[""] = named.pop()
        return out

    def _mask_directives(self, text: str) -> str:
        """Blank out document numbers and their dates so "ngày 30.3.2007" of a directive is no event date."""
        def blank(m: re.Match) -> str:
            return " " * len(m.group(0))
        return self._not_event_dates.sub(blank, self._document_dates.sub(blank, text))

    def _organizers(self, text: str, kind_start: int) -> list[str]:
        """Bodies written just before "tổ chức" (or after "do … tổ chức") in the event's sentence."""
        reader = PostReader(self.gaz, text, set())
        for m in _ORGANISE.finditer(text):
            if m.start() > kind_start + 60:
                break
            clause_start = max(text.rfind(x, 0, m.start()) for x in (";", ":", ". ")) + 1
            bodies: list[tuple[int, int, str]] = []
            i = clause_start
            for b in self.gaz.body_kind_re.finditer(text, clause_start, m.start()):
                if b.start() < i or not b.group(0)[0].isupper():
                    continue
                found = reader.body_at(b.start())
                if found:
                    bodies.append((b.start(), found[1], found[0]))
                    i = found[1]
            chosen: list[str] = []
            end = m.start()
            partner = _PARTNER.search(text, clause_start, m.start())
            if partner:  # "UBND tỉnh Quảng Nam phối hợp các cơ quan chức năng tổ chức …"
                end = partner.start()
                bodies = [b for b in bodies if b[1] <= end]
            for start, stop, name in reversed(bodies):
                gap = text[stop:end]
                if not re.fullmatch(r"\s*(?:\([^()]{1,40}\))?\s*(?:,|và|cùng|cùng với|đã)?\s*", gap, re.IGNORECASE):
                    break
                chosen.insert(0, name)
                end = start
            if chosen:
                return chosen
            by = re.search(r"\bdo\s+", text[clause_start:m.start()])  # "Lễ … do UBND tỉnh Quảng Nam tổ chức"
            if by:
                found = reader.body_at(clause_start + by.end())
                if found:
                    return [found[0]]
        return []

    def _parts(self, s: _Sentence) -> list[tuple[str, str]]:
        """(name, part) for each person the verbs of the sentence give a part."""
        out: list[tuple[str, str]] = []
        text = s.work
        refs = s.refs
        for v in self.gaz.verb_re.finditer(text):
            part = self.gaz.verbs[key(v.group(0))]
            clause_start = max([text.rfind(x, 0, v.start()) for x in (";", ":", ". ")]) + 1
            before = [r for r in refs if clause_start <= r.start and r.end <= v.start()]
            previous = [w for w in self.gaz.verb_re.finditer(text, clause_start, v.start())]
            if previous and not any(r.start > previous[-1].end() for r in before) and re.fullmatch(
                    r"\s*(?:,|và|,\s*và)\s*", text[previous[-1].end():v.start()]):
                previous.pop()  # "dự và chủ trì": the verbs share their subject
            previous_verb = previous[-1].end() if previous else -1
            before = [r for r in before if r.start > previous_verb] or ([before[-1]] if before and previous_verb < 0 else [])
            after = [r for r in refs if r.start >= v.end()]
            opener = _LIST_OPENER.match(text, v.end())
            if part == "participant" and opener and after:
                list_end = _CLAUSE_END.search(text, opener.end())
                stop = list_end.start() if list_end and list_end.group(0) != ":" else len(text)
                if list_end and list_end.group(0) == ";":
                    stop = len(text)
                out += [(r.name, part) for r in after if r.start < stop]
            elif before and (part != "speaker" or before[-1].end > v.start() - 200):
                names = [r.name for r in before] if part in ("chair", "participant") else [before[0].name]
                out += [(n, part) for n in names]
            elif after and (re.match(r"[^,.;]{0,80},", text[v.end():after[0].start]) or
                            re.match(r"\s*(?:của|là)\s", text[v.end():])):
                out.append((after[0].name, part))
        return out


def _clause(text: str, start: int) -> str:
    m = re.compile(r"[.;:]|\s-\s|,\s(?=" + UPPER + ")").search(text, start)
    return text[start:m.start() if m else len(text)].strip()[:200]


def _label_in(unified: dict, d) -> str:
    """The unified label a found directive ended up under."""
    k = key(d.label)
    if k in unified:
        return unified[k].label
    for u in unified.values():
        if u.kind == d.kind and u.number and d.number and u.number.lstrip("0") == d.number.lstrip("0") and u.code:
            return u.label
    return d.label


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
