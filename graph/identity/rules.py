"""Which mentions of a name are one person: the rules, as a pure function of what the mentions offer.

A careful reader does not decide mention by mention in the order the articles came;
they look at every mention of a name at once. So does `resolve`: given all the
mentions of a name (gathered into profiles: mentions that offer the same evidence
are decided together) and the users' verdicts, it returns the partition, with the
rule and reason of each decision. The same mentions give the same partition in
whatever order they were read, and each person is named after its smallest mention
(by article key), so a graph built from the same articles names it the same.

What a mention offers is its own posts (title and body) and, when none of them names
a body precise enough to tell namesakes apart, the provinces its article names (its
setting). The rules, in the order they weigh:

1. judgement          a user's verdict: `same` joins two mentions, `different` keeps them apart
                      whatever the evidence says; `unsure` is recorded and changes nothing
2. shared-body        both hold posts in the same specific body ("Ban Tuyên giáo Quận ủy Gò Vấp",
                      "Bộ Chính trị"), or in bodies within it ("Văn phòng Hội Luật gia Việt Nam" is in
                      "Hội Luật gia Việt Nam"): a Phó Bí thư who becomes Bí thư of that committee is one person
3. shared-place       their bodies name the same province (a district counts for its province)
4. both-national      both hold posts in the national leadership (Trung ương, Bộ Chính trị, Chính
                      phủ, Quốc hội): namesakes at that level are not known to the genre
5. rare-name          a name so rare that fewer than one official in ten thousand would bear it
                      (name_parts.tsv) is one person, whatever posts it is read with
   Of a common name, mentions with specific bodies that none of these join stay apart
   (no-shared-context).
6. same-title         the mention's posts name no specific body ("Bí thư", "Chủ nhiệm Ủy ban"): it
                      joins the one person of the name holding that title (in a body that extends its
                      own) whom its article does not speak against; failing that, the one person
                      local to the provinces its article is set in (same-place, below)
7. sole-candidate     the mention has no post: it joins the one person of the name its article does
                      not speak against. An article speaks against a person whose posts are all local
                      when it is set in other provinces only.
   same-place         of several such persons, the one local to the article's provinces
   several-candidates two or more fit: the mention stays apart
8. same-setting       mentions of a name that no person with a specific body fits are one person when
                      their articles share a province; those set nowhere join them when they are one
                      person only, and are one person among themselves otherwise
"""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache

from ...loaders.gazetteer import gazetteer, rows
from ...loaders.text import key

#: Words of a body's key that put it in the national leadership, when it names no province.
NATIONAL = ("trung ương", "bộ chính trị", "ban bí thư", "chính phủ", "quốc hội", "nhà nước",
            "mặt trận tổ quốc việt nam")
#: Words that say at which level a body is but not which one it is ("Ủy ban nhân dân thành phố").
_LEVEL_WORDS = frozenset("thành phố tỉnh quận huyện thị xã phường trấn cấp các".split())
#: A name is rare when fewer than this many of OFFICIALS would bear it.
RARE = 0.1
OFFICIALS = 10_000

MentionRef = tuple[str, str]  # (name key, article key): an article names a person once


# ------------------------------------------------------------ what things tell


@dataclass(frozen=True)
class BodyFacts:
    """What a body tells about the persons holding posts in it."""

    specific: bool  # precise enough to tell two namesakes apart
    national: bool  # in the national leadership
    provinces: frozenset[str]  # the provinces it names (a district's, when the district's name is unambiguous)
    within: frozenset[str] = frozenset()  # the body itself and the specific bodies its name puts it in


def _provinces_named(words: list[str]) -> frozenset[str]:
    gaz = gazetteer()
    found = set()
    i = 0
    while i < len(words):
        for j in range(min(len(words), i + 4), i + 1, -1):
            name = " ".join(words[i:j])
            parents = {name} if name in gaz.provinces else \
                {key(p.parent) for p in gaz.district_list.get(name, ()) if not p.name.isdigit()}
            if len(parents) == 1:
                found |= parents
                i = j - 1
                break
        i += 1
    return frozenset(found)


@lru_cache(maxsize=1 << 16)
def body_facts(body_key: str) -> BodyFacts:
    """How specific a body is, whether it is national, and which provinces it names: from its key and the gazetteers.

    A body kind alone, or with only level words after it ("ủy ban nhân dân",
    "hội đồng nhân dân tỉnh"), or of two words, does not say which body it is.
    """
    words = body_key.split()
    provinces = _provinces_named(words)
    national = not provinces and any(n in body_key for n in NATIONAL)
    kind = gazetteer().body_kind_re.match(body_key)
    rest = [w for w in (body_key[kind.end():] if kind else body_key).split() if w not in _LEVEL_WORDS]
    specific = bool(provinces) or national or (bool(rest) and len(words) >= 3)
    # "và" comes and goes in how a body is written (Bộ Tài nguyên và Môi trường, Bộ Tài nguyên Môi trường)
    within = frozenset(_within([w for w in words if w != "và"])) if specific else frozenset()
    return BodyFacts(specific, national, provinces, within)


def _within(words: list[str]) -> Iterator[str]:
    """The body and those its name ends with, which it belongs to: "ban tuyên giáo quận ủy gò vấp" is in
    "quận ủy gò vấp", "văn phòng trung ương hội luật gia việt nam" in "hội luật gia việt nam".

    Every end of the name that begins with a body kind and is specific counts: the ends of a name are
    nested, so two bodies sharing a longer one share the shorter too.
    """
    kinds = gazetteer().body_kind_re
    for i in range(len(words)):
        tail = " ".join(words[i:])
        if not i or (kinds.match(tail) and body_facts(tail).specific):
            yield tail


@cache
def _name_parts() -> tuple[dict[str, dict[str, int]], int]:
    counts: dict[str, dict[str, int]] = defaultdict(dict)
    for place, syllable, names in rows("name_parts.tsv")[1:]:
        counts[place][syllable if syllable == "-" else key(syllable)] = int(names)
    return counts, sum(counts["surname"].values())


@lru_cache(maxsize=1 << 16)
def expected_bearers(name_key: str) -> float:
    """How many of OFFICIALS would bear this name, from how often its syllables stand where they do."""
    words = name_key.split()
    if len(words) < 2:
        return float(OFFICIALS)  # a single word is no full name
    counts, total = _name_parts()
    places = [("surname", words[0])] + [("middle", w) for w in words[1:-1] or ["-"]] + [("given", words[-1])]
    share = 1.0
    for place, syllable in places:
        share *= counts[place].get(syllable, 0.5) / total
    return OFFICIALS * share


def rare(name_key: str) -> bool:
    return expected_bearers(name_key) < RARE


# --------------------------------------------------------------- the input


@dataclass(frozen=True)
class Evidence:
    """What a mention offers for comparison.

    `posts` are (title, body key) pairs, body "" where the article names none.
    `setting` is the provinces the mention's article is set in (setting_of); it is
    kept only for a mention with no specific body, the one thing it is judged by.
    `bodies` are the specific bodies among the posts'.
    """

    posts: frozenset[tuple[str, str]] = frozenset()
    setting: frozenset[str] = frozenset()
    bodies: frozenset[str] = field(default=frozenset(), compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "bodies", frozenset(b for _, b in self.posts if b and body_facts(b).specific))


def evidence(posts: Iterable[tuple[str, str]], setting: Iterable[str]) -> Evidence:
    """A mention's evidence: its article's setting counts only when none of its posts is in a specific body."""
    found = Evidence(frozenset(posts))
    return found if found.bodies else Evidence(found.posts, frozenset(setting))


def setting_of(body_keys: Iterable[str], sentences: Iterable[str] = ()) -> frozenset[str]:
    """The provinces an article is set in: those its bodies name, and those its sentences name as one
    ("tỉnh Thanh Hoá", "Thành ủy Đà Nẵng", "TP HCM")."""
    named = frozenset().union(*(body_facts(b).provinces for b in body_keys))
    return named.union(*(_provinces_in(s) for s in sentences))


@lru_cache(maxsize=1 << 14)
def _provinces_in(sentence: str) -> frozenset[str]:
    gaz = gazetteer()
    return frozenset(m.group(1) for m in _cued_province().finditer(key(gaz.expand(sentence))))


@cache
def _cued_province() -> re.Pattern:
    names = "|".join(re.escape(p) for p in sorted(gazetteer().provinces, key=len, reverse=True))
    return re.compile(r"(?<!\w)(?:tỉnh ủy|thành ủy|tỉnh|thành phố) (" + names + r")(?!\w)")


@dataclass(frozen=True)
class Profile:
    """Mentions of one name that offer the same evidence: the rules decide them together.

    `first` is the article of the smallest of them, `size` how many they are. A
    mention a verdict names is a profile of its own.
    """

    key: str
    evidence: Evidence
    first: str
    size: int = 1

    @property
    def ref(self) -> MentionRef:
        return self.key, self.first


@dataclass(frozen=True)
class Verdict:
    """A user's judgement on two mentions: same, different or unsure."""

    left: MentionRef
    right: MentionRef
    verdict: str


@dataclass(frozen=True)
class Decision:
    """The person a profile's mentions are, and why.

    The person is identified by its smallest mention, and goes by the name of its
    mentions; when a user joined mentions of several names, by the name of the
    first mention of a `same` verdict (merge KEEP OTHER keeps KEEP's name).
    """

    person: MentionRef
    rule: str
    reason: str
    name: str = ""  # the key of the name the person goes by


# ------------------------------------------------------------------- rules


class _Partition:
    """Union-find over profiles that never joins two parts a user judged different."""

    def __init__(self, n: int, apart: set[frozenset[int]]):
        self.parent = list(range(n))
        self.members = {i: [i] for i in range(n)}
        self.apart = apart

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def join(self, a: int, b: int) -> bool:
        """Join the parts of a and b, unless a verdict keeps them apart; whether they are one part now."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        if self.apart and any(frozenset((x, y)) in self.apart for x in self.members[ra] for y in self.members[rb]):
            return False
        if rb < ra:
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.members[ra] += self.members.pop(rb)
        return True

    def alone(self, i: int) -> bool:
        return len(self.members[self.find(i)]) == 1


@dataclass
class _Person:
    """A part holding specific bodies, with what its profiles hold together."""

    root: int
    key: str
    first: str
    posts: set[tuple[str, str]] = field(default_factory=set)
    provinces: set[str] = field(default_factory=set)
    national: bool = False
    local_only: bool = True  # every specific body of it names a province

    def spoken_against(self, setting: frozenset[str]) -> bool:
        """An article set only in provinces where this person, who holds only local posts, is not."""
        return bool(setting and self.provinces) and self.local_only and not self.national \
            and not (self.provinces & setting)

    def holds_title(self, posts: Iterable[tuple[str, str]]) -> bool:
        """One of these (title, vague body) posts is held by this person, in that body or one that extends it."""
        return any(t == title and (not b or body == b or body.startswith(b + " "))
                   for t, b in posts for title, body in self.posts)


_EVIDENCE = ("shared-body", "shared-place", "both-national")
_REASONS = {
    "shared-body": "holds a post in {what!r}, as other mentions of this person do",
    "shared-place": "holds a post in {what!r}, where other mentions of this person do",
    "both-national": "holds a post in the national leadership, as other mentions of this person do",
}


def _links(profiles: Sequence[Profile]) -> list[tuple[int, str, int, int]]:
    """(strength, what, i, j): pairs of profiles of one name that shared evidence joins, strongest first."""
    index: dict[tuple[int, str, str], list[int]] = defaultdict(list)
    for i, p in enumerate(profiles):
        bodies = p.evidence.bodies
        for within in set().union(*(body_facts(b).within for b in bodies)):
            index[(0, p.key, within)].append(i)
        for province in setting_of(bodies):
            index[(1, p.key, province)].append(i)
        if any(body_facts(b).national for b in bodies):
            index[(2, p.key, "")].append(i)
    return [(strength, what, found[0], j) for (strength, _, what), found in sorted(index.items()) for j in found[1:]]


def _shortened(profiles: Sequence[Profile], specific: list[int], parts: _Partition) -> list[tuple[int, int, str]]:
    """(profile, part, body): a profile's body that the bodies of exactly one other part extend by more words."""
    extending: dict[tuple[str, str], set[int]] = defaultdict(set)  # (name, a body's first words) -> holders
    for i in specific:
        for b in profiles[i].evidence.bodies:
            words = b.split()
            for n in range(3, len(words)):
                extending[(profiles[i].key, " ".join(words[:n]))].add(i)
    found = []
    for i in specific:
        for b in sorted(profiles[i].evidence.bodies):
            others = {parts.find(j) for j in extending.get((profiles[i].key, b), ())} - {parts.find(i)}
            if len(others) == 1:
                found.append((i, others.pop(), b))
                break
    return found


def _verdicts(profiles: Sequence[Profile], verdicts: Iterable[Verdict]) -> tuple[list, set, set, dict]:
    """(pairs judged the same, pairs judged different, the first mentions of those, why each mention is judged)."""
    index = {p.ref: i for i, p in enumerate(profiles)}
    same: list[tuple[int, int]] = []  # (kept, joined)
    apart: set[frozenset[int]] = set()
    set_apart: set[int] = set()
    judged: dict[int, str] = {}
    for v in sorted(verdicts, key=lambda v: (v.left, v.right, v.verdict)):
        a, b = index.get(v.left), index.get(v.right)
        if a is None or b is None or a == b or v.verdict not in ("same", "different"):
            continue
        if v.verdict == "same":
            same.append((a, b))
        else:
            apart.add(frozenset((a, b)))
            set_apart.add(a)
        word = "the same as" if v.verdict == "same" else "not the same as"
        judged.setdefault(a, f"a user judged it {word} the mention in {v.right[1]}")
        judged.setdefault(b, f"a user judged it {word} the mention in {v.left[1]}")
    return same, apart, set_apart, judged


def resolve(profiles: Sequence[Profile], verdicts: Iterable[Verdict] = ()) -> list[Decision]:
    """The decision for each profile, in the order given: which person its mentions are, by which rule, and why.

    Profiles of several names may be given together when verdicts join them;
    evidence only ever joins mentions of the same name. The profiles are decided in
    the order of their names and first mentions, whatever order they come in.
    """
    order = sorted(range(len(profiles)), key=lambda i: profiles[i].ref)
    decided = _resolve([profiles[i] for i in order], list(verdicts))
    out: list[Decision] = [None] * len(profiles)  # type: ignore[list-item]
    for i, d in zip(order, decided, strict=True):
        out[i] = d
    return out


def _resolve(profiles: Sequence[Profile], verdicts: list[Verdict]) -> list[Decision]:
    same, apart, set_apart, judged = _verdicts(profiles, verdicts)
    parts = _Partition(len(profiles), apart)
    for a, b in same:
        parts.join(a, b)
    rules: dict[int, tuple[str, str]] = {}

    # 2-4: evidence between mentions with specific bodies. Links of a mention judged not to be another
    # come last, so that the others hold together and it is the one set apart.
    specific = [i for i, p in enumerate(profiles) if p.evidence.bodies]
    links = sorted(((s, what, specific[a], specific[b]) for s, what, a, b in _links([profiles[i] for i in specific])),
                   key=lambda x: (x[2] in set_apart or x[3] in set_apart, x[0], x[2], x[3]))
    for strength, what, a, b in links:
        if parts.join(a, b):
            for i in (a, b):
                rules.setdefault(i, (_EVIDENCE[strength], _REASONS[_EVIDENCE[strength]].format(what=what)))

    # 2, again: a body named short ("Hội Luật gia") is the one whose name it begins ("Hội Luật gia Việt Nam"),
    # when the person holding such a body is one.
    for i, root, body in _shortened(profiles, specific, parts):
        if parts.join(root, i):
            rules.setdefault(i, ("shared-body", f"holds a post in {body!r}, which other mentions of this person "
                                                "name in full"))

    # 5: a rare name is one person.
    by_key: dict[str, list[int]] = defaultdict(list)
    for i, p in enumerate(profiles):
        by_key[p.key].append(i)
    for name, found in by_key.items():
        if rare(name) and len(found) > 1:
            reason = f"a rare name (about {expected_bearers(name):.2g} in {OFFICIALS:,} officials would bear it)"
            for j in found[1:]:
                if parts.find(found[0]) != parts.find(j) and parts.join(found[0], j):
                    rules.setdefault(j, ("rare-name", reason))
                    rules.setdefault(found[0], ("rare-name", reason))

    persons: dict[int, _Person] = {}
    for i in specific:
        root = parts.find(i)
        p = profiles[i]
        person = persons.setdefault(root, _Person(root, p.key, p.first))
        person.first = min(person.first, p.first)
        person.posts |= p.evidence.posts
        for b in p.evidence.bodies:
            facts = body_facts(b)
            person.provinces |= facts.provinces
            person.national |= facts.national
            person.local_only &= bool(facts.provinces)
    candidates = sorted(persons.values(), key=lambda c: c.first)

    # 6-7: mentions with no specific body join the one person that fits.
    unplaced = []
    for i, p in enumerate(profiles):
        if p.evidence.bodies or not parts.alone(i):
            continue
        setting = p.evidence.setting
        fits = [c for c in candidates if c.key == p.key and not c.spoken_against(setting)
                and not any(frozenset((i, m)) in apart for m in parts.members[parts.find(c.root)])]
        titled = [c for c in fits if c.holds_title(p.evidence.posts)] if p.evidence.posts else fits
        local = [c for c in titled or fits if c.provinces & setting]
        if len(titled) == 1 and parts.join(titled[0].root, i):
            rules[i] = ("same-title", f"the one person of this name holding {sorted(p.evidence.posts)[0][0]!r} that "
                                      "its article does not speak against") if p.evidence.posts else \
                ("sole-candidate", "no post of its own; the one person of this name its article does not speak against")
        elif len(local) == 1 and parts.join(local[0].root, i):
            rules[i] = ("same-place", f"of {len(titled or fits)} persons of this name, the one local to "
                                      f"{sorted(local[0].provinces & setting)[0]!r}, where its article is set")
        elif titled:
            rules[i] = ("several-candidates", f"{len(titled)} persons of this name fit; kept apart from them")
        else:
            unplaced.append(i)

    # 8: the rest, by their articles' settings.
    placed: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i in unplaced:
        for province in sorted(profiles[i].evidence.setting):
            placed[(profiles[i].key, province)].append(i)
    for (_, province), found in sorted(placed.items()):
        for j in found[1:]:
            if parts.join(found[0], j):
                for i in (found[0], j):
                    rules.setdefault(i, ("same-setting", f"its article, like another of this name, is set in {province!r}"))
    unplaced_by_key: dict[str, list[int]] = defaultdict(list)
    for i in unplaced:
        unplaced_by_key[profiles[i].key].append(i)
    for found in unplaced_by_key.values():
        settled = {parts.find(i) for i in found if profiles[i].evidence.setting}
        nowhere = [i for i in found if not profiles[i].evidence.setting]
        if len(settled) > 1 or not nowhere:
            continue
        for i in nowhere:
            if parts.join(next(iter(settled), nowhere[0]), i) and len(parts.members[parts.find(i)]) > 1:
                rules[i] = ("same-setting", "its article is set nowhere; the one other person of this name no one fits")

    kept = {profiles[a].key for a, b in same if profiles[a].key != profiles[b].key}
    return [_decision(i, p, profiles, parts, rules, judged, by_key[p.key], kept) for i, p in enumerate(profiles)]


def _decision(i: int, p: Profile, profiles: Sequence[Profile], parts: _Partition, rules: dict, judged: dict,
              namesakes: list[int], kept: set[str]) -> Decision:
    group = parts.members[parts.find(i)]
    first, name = min((profiles[m].first, profiles[m].key) for m in group)
    names = sorted({profiles[m].key for m in group})
    goes_by = next((k for k in names if k in kept), names[0]) if len(names) > 1 else p.key
    return Decision((name, first), *_rule(i, p, profiles, rules, judged, namesakes), goes_by)


def _rule(i: int, p: Profile, profiles: Sequence[Profile], rules: dict, judged: dict,
          namesakes: list[int]) -> tuple[str, str]:
    """The rule that decided a profile, and why, in words a reviewer can check."""
    if i in judged:
        return "judgement", judged[i]
    if i in rules:
        return rules[i]
    if p.size > 1 and p.evidence.bodies:
        return "shared-body", _REASONS["shared-body"].format(what=sorted(p.evidence.bodies)[0])
    if p.size > 1:
        return "same-setting", "other mentions of this name offer the same and nothing more"
    if len(namesakes) == 1:
        return "only-mention", "no other mention of this name"
    if p.evidence.bodies and not any(profiles[j].evidence.bodies for j in namesakes if j != i):
        return "only-context", "the one mention of this name with a post in a specific body"
    if p.evidence.bodies:
        return "no-shared-context", "no body, province or national post in common with another person of this name"
    return "no-shared-context", "no person of this name fits it, and its article is set apart"
