"""The gazetteers of loaders/data, loaded once and compiled into matchers.

Each data file is a plain list a reviewer can read and extend; this module only
turns them into lookups. Matching is on folded text (see text.fold), case-insensitive
for phrases and case-sensitive for abbreviations.
"""
from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from .text import fold, key


def rows(name: str) -> list[list[str]]:
    """The non-comment rows of a data file, split on tabs."""
    text = resources.files("canbo.loaders").joinpath("data", name).read_text("utf-8")
    out = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        out.append([cell.strip() for cell in line.split("\t")])
    return out


# The words that introduce a locality (localities.tsv: "tỉnh", "thị xã", "phường" …), as an alternation for the
# patterns of the readers that name places.
LOCALITY_WORDS = "|".join(re.escape(r[0]) for r in rows("localities.tsv"))


def _trie(items: list[list[str]]) -> str:
    """One regex for many sequences of regex fragments, as a trie: "Ban", "Ban Chấp hành" -> "Ban(?: Chấp
    hành)?". Python's regex engine tries an alternation one branch at a time; a trie lets it reject most
    positions at the first character, and its greedy optional tails still prefer the longest entry."""
    root: dict = {}
    for item in items:
        node = root
        for fragment in item:
            node = node.setdefault(fragment, {})
        node[""] = {}

    def render(node: dict) -> tuple[str, int]:
        """The node's pattern and the length of its longest entry."""
        end = "" in node
        branches = sorted(((f, *render(child)) for f, child in node.items() if f), key=lambda b: -b[2])
        if not branches:
            return "", 0
        depth = 1 + branches[0][2]
        if len(branches) == 1 and not end:
            return branches[0][0] + branches[0][1], depth
        return "(?:" + "|".join(f + tail for f, tail, _ in branches) + ")" + ("?" if end else ""), depth
    return render(root)[0]


def _phrase_regex(phrases: list[str]) -> re.Pattern:
    """Folded phrases, longest first, on word boundaries, ignoring case."""
    chars = {fold(p).lower() for p in phrases}
    return re.compile(r"(?<!\w)(?:" + _trie([[re.escape(c) for c in p] for p in chars]) + r")(?!\w)", re.IGNORECASE)


def _field_regex(phrases: list[str]) -> re.Pattern:
    """Phrases, longest first, ignoring case, written with or without the commas of the data ("Văn hóa, Thể
    thao và Du lịch"), with a dash where the data has a space ("Giao thông - Vận tải", "Lao động - Thương
    binh và Xã hội"), and "&" for "và"."""
    def fragments(phrase: str) -> list[str]:
        out = []
        for word, sep in re.findall(r"(\w+)([^\w]*)", fold(phrase).lower()):
            out += [r"(?:và|&)"] if word == "và" else [re.escape(c) for c in word]
            if sep:
                out.append(r"\s*,?\s*" if "," in sep else r"(?:\s+|\s*-\s*)")
        return out
    return re.compile(r"(?<!\w)(?:" + _trie([fragments(p) for p in set(phrases)]) + r")(?!\w)", re.IGNORECASE)


def loose_words(name: str) -> list[str]:
    """The words of a body's name that identify it: "và" and punctuation are separators ("Bộ Thông tin -
    Truyền thông" and "Bộ Thông tin và Truyền thông" are one name)."""
    return [w for w in key(name).split() if w != "và"]


# Between two words of an official name: a space, a dash, a comma, "&" or "và", as the press writes them.
_LOOSE_SEPARATOR = r"(?:\s*[,&\-]\s*(?:và\s+)?|\s+(?:và\s+|&\s*)?)"


def _official_regex(names: list[str]) -> re.Pattern:
    """Official names whatever separators stand between their words, longest first, ignoring case."""
    items = []
    for name in names:
        words = [w for w in re.findall(r"\w+", fold(name).lower()) if w != "và"]
        item: list[str] = []
        for i, word in enumerate(words):
            if i:
                item.append(_LOOSE_SEPARATOR)
            item += [re.escape(c) for c in word]
        items.append(item)
    return re.compile(r"(?<!\w)(?:" + _trie(items) + r")(?!\w)", re.IGNORECASE)


@dataclass(frozen=True)
class Title:
    written: str
    title: str
    carries: str  # body kind the title carries ("Trưởng ban" carries "Ban"), or ""
    default_body: str


@dataclass(frozen=True)
class BodyKind:
    written: str
    canonical: str
    level: str
    topic: bool = False  # lower-case words after it go on its name ("Ban Chỉ đạo thi")
    joint: bool = False  # it may serve two bodies joined by "và" ("Văn phòng HĐND và UBND huyện")
    part: bool = False  # a department of a larger body, which may follow after a comma ("Vụ Địa phương I, Ban Tổ chức …")
    sentence: bool = False  # its names are written in sentence case ("Cục Quản lý giá")
    board: bool = False  # the board of an organisation, whose party organ is the organisation's ("Hội đồng thành viên")
    carried: bool = False  # a body only a title names ("Phó Chủ nhiệm Chính trị Quân khu 2"), never found alone


@dataclass(frozen=True)
class Place:
    level: str  # province, district
    type: str  # tỉnh, thành phố, quận, huyện, thị xã
    name: str
    parent: str


@dataclass(frozen=True)
class IssuerFormat:
    number: str  # "{n}-{k}/TW"; "" for an issuer whose numbers do not follow from it
    kinds: frozenset[str] = frozenset()  # the codes of the kinds it issues (HD, TB …); empty for any kind


@dataclass
class Gazetteer:
    """Every list extraction consults."""

    surnames: frozenset[str]
    cued_surnames: frozenset[str]  # family names or markers that also begin ordinary words ("Y", "Nay")
    titles: dict[str, Title]
    title_re: re.Pattern
    body_kinds: dict[str, BodyKind]
    body_kind_re: re.Pattern
    body_words: frozenset[str]
    body_word_re: re.Pattern  # a body word or field, in any case, with the punctuation it is written with
    ministries: dict[str, str]  # loose words of a ministry's or department's field -> the field written in full
    ministry_re: re.Pattern  # those fields whatever separators part their words ("Kế hoạch - Đầu tư")
    localities: dict[str, str]
    abbreviations: re.Pattern  # every abbreviation, longest first
    expansions: dict[str, str]
    directive_kinds: dict[str, str]  # kind as written -> its code in a number (05-CT/TW)
    directive_labels: dict[str, str]  # kind as written -> the kind its label says ("Thông báo kết luận" -> "Thông báo")
    directive_re: re.Pattern
    issuers: dict[str, IssuerFormat]  # folded issuer -> how its documents are numbered
    issuer_re: re.Pattern  # the issuers of issuers.tsv, longest first
    law_names: dict[str, re.Pattern]  # "Luật", "Bộ luật" -> the names of laws.tsv of that kind, longest first
    event_kinds: dict[str, str]
    event_hosts: dict[str, str]  # folded event word -> "named" or the body that holds such events
    event_re: re.Pattern
    cues: dict[str, str]
    person_cue_re: re.Pattern  # the cues of cues.tsv that stand before a person's name ("ông", "Trung tá")
    verbs: dict[str, str]
    verb_re: re.Pattern
    places: list[Place]
    resolutions: dict[str, dict[str, str]]  # folded label or number -> the row of resolutions.tsv
    bare_bodies: dict[str, str] = field(default_factory=dict)  # folded kind -> what it names alone: one, organ
    clause_words: frozenset[str] = field(default_factory=frozenset)  # folded words no name runs through
    clause_re: re.Pattern = re.compile(r"(?!)")  # the same words and phrases, as a regex that ignores case
    lunar_years: frozenset[str] = field(default_factory=frozenset)  # folded "đinh dậu", "mậu tuất" ...
    official_re: re.Pattern = re.compile(r"(?!)")  # official names of central bodies and their other names
    officials: dict[str, str] = field(default_factory=dict)  # the loose words of a name -> the official name
    official_variants: frozenset[str] = field(default_factory=frozenset)  # loose words of names in other words
    place_keys: frozenset[str] = field(default_factory=frozenset)
    all_place_keys: frozenset[str] = field(default_factory=frozenset)  # place_keys with wards and communes
    districts: dict[str, Place] = field(default_factory=dict)  # folded name -> the last district of that name
    district_list: dict[str, list[Place]] = field(default_factory=dict)  # folded name -> every district of that name
    provinces: dict[str, Place] = field(default_factory=dict)
    communes: dict[str, list[Place]] = field(default_factory=dict)  # folded name -> wards and communes of that name

    def expand(self, text: str) -> str:
        """Abbreviations written out (UBND -> Ủy ban nhân dân), in one pass."""
        return self.abbreviations.sub(lambda m: self.expansions[m.group(0)], text)

    def official(self, body: str) -> str:
        """The body with the central bodies it names written under their official names ("Ban cán sự đảng Bộ
        Tài nguyên - Môi trường" -> "Ban cán sự đảng Bộ Tài nguyên và Môi trường"). A name in other words
        ("Ngân hàng Nhà nước") is written out only when it is the whole body: inside a longer name it may
        name a branch that the official name would misname; a name begun in lower case inside a body is
        part of its words ("Đảng bộ Công an")."""
        def one(m: re.Match) -> str:
            loose = " ".join(loose_words(m.group(0)))
            if m.start() and m.group(0)[0].islower():
                return m.group(0)  # "Đảng bộ Công an": "bộ" is no ministry
            if loose in self.official_variants and (m.start() or m.end() < len(body)):
                return m.group(0)
            return self.officials.get(loose, m.group(0))
        return self.official_re.sub(one, body)

    def title_of(self, written: str) -> Title:
        return self.titles[key(written)]

    def body_kind_of(self, written: str) -> BodyKind:
        return self.body_kinds[key(written)]



@cache
def gazetteer() -> Gazetteer:
    """The gazetteer built from loaders/data (cached for the process)."""
    titles = {key(r[0]): Title(r[0], r[1], _cell(r, 2), _cell(r, 3)) for r in rows("titles.tsv")}
    flags = ("topic", "joint", "part", "sentence", "board", "carried")
    kinds = {key(r[0]): BodyKind(r[0], r[1], _cell(r, 2), *(flag in _cell(r, 3).split() for flag in flags))
             for r in rows("body_kinds.tsv")}
    expansions = {written: expansion for written, expansion in rows("abbreviations.tsv")}
    abbreviations = re.compile(r"(?<![\w/.\-])(?<!/ )(?:" + _trie([[re.escape(c) for c in w] for w in expansions])
                               + r")(?![\w/\-]|\.\w)")
    events = {key(r[0]): r[1] for r in rows("event_kinds.tsv")}
    verbs = {key(r[0]): r[1] for r in rows("verbs.tsv")}
    places = [Place(r[0], r[1], r[2], _cell(r, 3)) for r in rows("places.tsv")[1:]]
    return Gazetteer(
        surnames=frozenset(r[0] for r in rows("surnames.txt")),
        cued_surnames=frozenset(r[0] for r in rows("surnames.txt") if _cell(r, 1) == "cued"),
        titles=titles,
        title_re=_phrase_regex([t.written for t in titles.values()]),
        body_kinds=kinds,
        body_kind_re=_phrase_regex([k.written for k in kinds.values() if not k.carried]),
        body_words=frozenset(key(r[0]) for r in rows("body_words.txt")),
        body_word_re=_field_regex([r[0] for r in rows("body_words.txt")]),
        ministries={" ".join(loose_words(r[0])): r[0] for r in rows("ministries.txt")},
        ministry_re=_official_regex([r[0] for r in rows("ministries.txt")]),
        localities={key(r[0]): r[1] for r in rows("localities.tsv")},
        abbreviations=abbreviations,
        expansions=expansions,
        directive_kinds={r[0]: r[1] for r in rows("directive_kinds.tsv")},
        directive_labels={r[0]: _cell(r, 2) or r[0] for r in rows("directive_kinds.tsv")},
        directive_re=_phrase_regex([r[0] for r in rows("directive_kinds.tsv")] + ["Luật", "Bộ luật"]),
        issuers=_issuers(),
        issuer_re=_phrase_regex([r[0] for r in rows("issuers.tsv")]),
        law_names={kind: _field_regex([r[1] for r in rows("laws.tsv") if r[0] == kind]) for kind in ("Luật", "Bộ luật")},
        event_kinds=events,
        event_hosts={key(r[0]): r[2] for r in rows("event_kinds.tsv") if _cell(r, 2)},
        event_re=_phrase_regex([r[0] for r in rows("event_kinds.tsv")]),
        cues={key(r[0]): r[1] for r in rows("cues.tsv")},
        person_cue_re=_phrase_regex([r[0] for r in rows("cues.tsv") if r[1] in ("person", "rank")]),
        verbs=verbs,
        verb_re=_phrase_regex([r[0] for r in rows("verbs.tsv")]),
        places=places,
        resolutions=_resolutions(),
        bare_bodies={key(r[0]): r[1] for r in rows("bare_bodies.tsv")},
        clause_words=frozenset([key(r[0]) for r in rows("clause_words.txt")] + [v for v, p in verbs.items() if p != "none"]),
        clause_re=_phrase_regex([r[0] for r in rows("clause_words.txt")]
                                + [r[0] for r in rows("verbs.tsv") if _cell(r, 1) != "none"]),
        lunar_years=_lunar_years(),
        official_re=_official_regex([name for row in rows("official_bodies.tsv") for name in row]),
        officials={" ".join(loose_words(name)): row[0] for row in rows("official_bodies.tsv") for name in row},
        official_variants=frozenset(" ".join(loose_words(name)) for row in rows("official_bodies.tsv")
                                    for name in row[1:]),
        # wards and communes are too many, and too often named after people, to veto a person's name
        place_keys=frozenset([key(p.name) for p in places if not p.name.isdigit() and p.level != "commune"]
                             + [key(r[0]) for r in rows("countries.txt")])
        | _spellings(p for p in places if p.level != "commune"),
        all_place_keys=frozenset(key(p.name) for p in places if not p.name.isdigit()) | _spellings(places),
        districts=_with_spellings({key(p.name): p for p in places if p.level == "district"}),
        district_list=_by_name(p for p in places if p.level == "district"),
        provinces=_with_spellings({key(p.name): p for p in places if p.level == "province"}),
        communes=_by_name(p for p in places if p.level == "commune"),
    )


def _other_spellings(name: str) -> list[str]:
    """Keys of the spellings the press also uses for a place name ("Đăk Nông" for "Đắk Nông"), from
    place_spellings.tsv."""
    spellings = [[w] for w in key(name).split()]
    for official, other in _spelling_pairs():
        for options in spellings:
            if options[0] == official:
                options.append(other)
    out = [" ".join(combo) for combo in itertools.product(*spellings)]
    return out[1:]  # every combination of spellings but the official one ("Đăk Lăk", "Đắk Lăk", …)


@cache
def _spelling_pairs() -> list[tuple[str, str]]:
    return [(key(a), key(b)) for a, b in rows("place_spellings.tsv")]


def _spellings(places) -> frozenset[str]:
    return frozenset(k for p in places for k in _other_spellings(p.name))


def _with_spellings(table: dict[str, Place]) -> dict[str, Place]:
    """A table of places by key that also answers to the other spellings of their names."""
    extra = {k: p for p in table.values() for k in _other_spellings(p.name)}
    return {**extra, **table}


def _lunar_years() -> frozenset[str]:
    cycle = {r[0]: r[1:] for r in rows("lunar_years.tsv")}
    return frozenset(key(f"{stem} {branch}") for stem in cycle["stem"] for branch in cycle["branch"])


def _by_name(places) -> dict[str, list[Place]]:
    """Places by the keys of their name and its other spellings."""
    out: dict[str, list[Place]] = {}
    for p in places:
        for k in [key(p.name), *_other_spellings(p.name)]:
            out.setdefault(k, []).append(p)
    return out


def _issuers() -> dict[str, IssuerFormat]:
    return {key(row[0]): IssuerFormat(_cell(row, 1), frozenset(_cell(row, 2).split())) for row in rows("issuers.tsv")}


def _resolutions() -> dict[str, dict[str, str]]:
    out = {}
    for row in rows("resolutions.tsv"):
        entry = dict(zip(("label", "numbered", "issued", "issuer", "term", "source"), row, strict=True))
        out[key(entry["label"])] = entry
        out[key(entry["numbered"])] = entry
    return out


def _cell(row: list[str], i: int) -> str:
    return row[i] if len(row) > i else ""
