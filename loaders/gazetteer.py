"""The gazetteers of loaders/data, loaded once and compiled into matchers.

Each data file is a plain list a reviewer can read and extend; this module only
turns them into lookups. Matching is on folded text (see text.fold), case-insensitive
for phrases and case-sensitive for abbreviations.
"""
from __future__ import annotations

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


def _phrase_regex(phrases: list[str]) -> re.Pattern:
    """Longest-first alternation of folded phrases, on word boundaries, ignoring case."""
    alternatives = sorted({re.escape(fold(p)) for p in phrases}, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)", re.IGNORECASE)


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


@dataclass(frozen=True)
class Place:
    level: str  # province, district
    type: str  # tỉnh, thành phố, quận, huyện, thị xã
    name: str
    parent: str


@dataclass
class Gazetteer:
    """Every list extraction consults."""

    surnames: frozenset[str]
    titles: dict[str, Title]
    title_re: re.Pattern
    body_kinds: dict[str, BodyKind]
    body_kind_re: re.Pattern
    body_words: frozenset[str]
    localities: dict[str, str]
    abbreviations: re.Pattern  # every abbreviation, longest first
    expansions: dict[str, str]
    directive_kinds: dict[str, str]  # kind as written -> its code in a number (05-CT/TW)
    directive_labels: dict[str, str]  # kind as written -> the kind its label says ("Thông báo kết luận" -> "Thông báo")
    directive_re: re.Pattern
    issuers: dict[str, str]
    event_kinds: dict[str, str]
    event_hosts: dict[str, str]  # folded event word -> "named" or the body that holds such events
    event_re: re.Pattern
    cues: dict[str, str]
    verbs: dict[str, str]
    verb_re: re.Pattern
    places: list[Place]
    resolutions: dict[str, dict[str, str]]  # folded label or number -> the row of resolutions.tsv
    bare_bodies: dict[str, str] = field(default_factory=dict)  # folded kind -> what it names alone: one, organ
    clause_words: frozenset[str] = field(default_factory=frozenset)  # folded words no name runs through
    lunar_years: frozenset[str] = field(default_factory=frozenset)  # folded "đinh dậu", "mậu tuất" ...
    place_keys: frozenset[str] = field(default_factory=frozenset)
    districts: dict[str, Place] = field(default_factory=dict)  # folded name -> the last district of that name
    district_list: dict[str, list[Place]] = field(default_factory=dict)  # folded name -> every district of that name
    provinces: dict[str, Place] = field(default_factory=dict)

    def expand(self, text: str) -> str:
        """Abbreviations written out (UBND -> Ủy ban nhân dân), in one pass."""
        return self.abbreviations.sub(lambda m: self.expansions[m.group(0)], text)

    def title_of(self, written: str) -> Title:
        return self.titles[key(written)]

    def body_kind_of(self, written: str) -> BodyKind:
        return self.body_kinds[key(written)]



@cache
def gazetteer() -> Gazetteer:
    """The gazetteer built from loaders/data (cached for the process)."""
    titles = {key(r[0]): Title(r[0], r[1], _cell(r, 2), _cell(r, 3)) for r in rows("titles.tsv")}
    kinds = {key(r[0]): BodyKind(r[0], r[1], _cell(r, 2)) for r in rows("body_kinds.tsv")}
    expansions = {written: expansion for written, expansion in rows("abbreviations.tsv")}
    abbreviations = re.compile(r"(?<![\w/.\-])(?:" + "|".join(
        re.escape(w) for w in sorted(expansions, key=len, reverse=True)) + r")(?![\w/\-]|\.\w)")
    events = {key(r[0]): r[1] for r in rows("event_kinds.tsv")}
    verbs = {key(r[0]): r[1] for r in rows("verbs.tsv")}
    places = [Place(r[0], r[1], r[2], _cell(r, 3)) for r in rows("places.tsv")[1:]]
    return Gazetteer(
        surnames=frozenset(r[0] for r in rows("surnames.txt")),
        titles=titles,
        title_re=_phrase_regex([t.written for t in titles.values()]),
        body_kinds=kinds,
        body_kind_re=_phrase_regex([k.written for k in kinds.values()]),
        body_words=frozenset(key(r[0]) for r in rows("body_words.txt")),
        localities={key(r[0]): r[1] for r in rows("localities.tsv")},
        abbreviations=abbreviations,
        expansions=expansions,
        directive_kinds={r[0]: r[1] for r in rows("directive_kinds.tsv")},
        directive_labels={r[0]: _cell(r, 2) or r[0] for r in rows("directive_kinds.tsv")},
        directive_re=_phrase_regex([r[0] for r in rows("directive_kinds.tsv")] + ["Luật", "Bộ luật"]),
        issuers={key(r[0]): r[1] for r in rows("issuers.tsv")},
        event_kinds=events,
        event_hosts={key(r[0]): r[2] for r in rows("event_kinds.tsv") if _cell(r, 2)},
        event_re=_phrase_regex([r[0] for r in rows("event_kinds.tsv")]),
        cues={key(r[0]): r[1] for r in rows("cues.tsv")},
        verbs=verbs,
        verb_re=_phrase_regex([r[0] for r in rows("verbs.tsv")]),
        places=places,
        resolutions=_resolutions(),
        bare_bodies={key(r[0]): r[1] for r in rows("bare_bodies.tsv")},
        clause_words=frozenset([key(r[0]) for r in rows("clause_words.txt")] + [v for v, p in verbs.items() if p != "none"]),
        lunar_years=_lunar_years(),
        # wards and communes are too many, and too often named after people, to veto a person's name
        place_keys=frozenset([key(p.name) for p in places if not p.name.isdigit() and p.level != "commune"]
                             + [key(r[0]) for r in rows("countries.txt")]),
        districts={key(p.name): p for p in places if p.level == "district"},
        district_list=_by_name(p for p in places if p.level == "district"),
        provinces={key(p.name): p for p in places if p.level == "province"},
    )


def _lunar_years() -> frozenset[str]:
    cycle = {r[0]: r[1:] for r in rows("lunar_years.tsv")}
    return frozenset(key(f"{stem} {branch}") for stem in cycle["stem"] for branch in cycle["branch"])


def _by_name(places) -> dict[str, list[Place]]:
    out: dict[str, list[Place]] = {}
    for p in places:
        out.setdefault(key(p.name), []).append(p)
    return out


def _resolutions() -> dict[str, dict[str, str]]:
    out = {}
    for row in rows("resolutions.tsv"):
        entry = dict(zip(("label", "numbered", "issued", "issuer", "term", "source"), row, strict=True))
        out[key(entry["label"])] = entry
        out[key(entry["numbered"])] = entry
    return out


def _cell(row: list[str], i: int) -> str:
    return row[i] if len(row) > i else ""
