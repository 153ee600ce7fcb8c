"""The locality an article is about, and bodies completed with it.

"Quận ủy" in an article about Quận 1 is "Quận ủy Quận 1". The locality is read
from what the article itself writes ("Quận ủy Hai Bà Trưng", "quận Gò Vấp",
"Tỉnh ủy Nam Định"), checked against the places gazetteer, or from its site tag
("WEBGOVAP"). When the article names no single locality of a level, bodies of
that level stay as written.
"""
from __future__ import annotations

import itertools
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field, replace

from .bodies import provincial_committee
from .gazetteer import LOCALITY_WORDS, Gazetteer, Place
from .text import UPPER, key

# A place's name: a number ("Quận 1") or capitalised words, a dash allowed between them ("Thừa Thiên - Huế").
_NAME = r"((?:\d{1,2}(?!\d))|(?:" + UPPER + r"\w*(?:(?:\s+|\s*-\s*)" + UPPER + r"\w*){0,3}))"
# A city under a province ("thành phố Vinh", "Thành ủy Hải Dương") is a district of type thành phố.
_DISTRICT_CUE = re.compile(r"(?<!\w)((?i:quận ủy|huyện ủy|thị ủy|thành ủy|quận|huyện|thị xã|thành phố))\s+" + _NAME)
_PROVINCE_CUE = re.compile(r"(?<!\w)((?i:tỉnh ủy|thành ủy|tỉnh|thành phố))\s+" + _NAME)
_COMMITTEE_LEVEL = {"quận ủy": "quận", "huyện ủy": "huyện", "thị ủy": "thị xã", "quận": "quận", "huyện": "huyện",
                    "thị xã": "thị xã", "tỉnh ủy": "tỉnh", "thành ủy": "thành phố", "tỉnh": "tỉnh",
                    "thành phố": "thành phố"}
# A ward or commune is named with a capital ("xã Tống Trân", "phường Láng Hạ", "ĐẢNG ỦY XÃ TỐNG TRÂN") or a
# number ("Phường 12"); "xã hội" is a word, not a commune.
_COMMUNE_CUE = re.compile(r"(?<!\w)([Xx]ã|XÃ|[Pp]hường|PHƯỜNG|[Tt]hị trấn|THỊ TRẤN)\s+((?:\d{1,2}(?!\d))|(?:" + UPPER
                          + r"\w*(?:\s+" + UPPER + r"\w*){0,3}))")
# "Tại Ninh Thuận, ông A tái đắc cử Bí thư Tỉnh ủy": a sentence framed by the province it is about.
_AT_PLACE = re.compile(r"(?:^|[.;]\s+)((?i:tại|ở))\s+" + _NAME + r"\s*,")
_COMMUNE_TAIL = re.compile(r"(?<!\w)(?<!thị )(xã|phường|thị trấn)$", re.IGNORECASE)  # not "thị xã"
_DISTRICT_TAIL = re.compile(r"(?<!\w)(quận ủy|huyện ủy|thị ủy|cơ quan đảng, đoàn thể|quận|huyện|thị xã)$", re.IGNORECASE)
_PROVINCE_TAIL = re.compile(r"(?<!\w)(tỉnh ủy|thành ủy|tỉnh|thành phố)$", re.IGNORECASE)
_DISTRICT_OF_KIND = {"quận": "quận", "huyện": "huyện", "thị": "thị xã"}  # Quận đoàn, Huyện đoàn, Thị đoàn
# A people's council, committee or front committee written without its level ("Chủ tịch UBND;").
_UNLEVELLED = {"ủy ban nhân dân", "hội đồng nhân dân", "ủy ban mặt trận tổ quốc", "ủy ban mặt trận tổ quốc việt nam"}
# ... or an office or board of one ("Văn phòng HĐND", "Văn phòng Đoàn ĐBQH và HĐND"), matched on the key of the body
_UNLEVELLED_TAIL = re.compile(r"(?:^|\s)(?:" + "|".join(sorted(_UNLEVELLED, key=len, reverse=True)) + r")$")
_COUNCIL_LEVEL = re.compile(r"(?i:ủy ban nhân dân|hội đồng nhân dân)\s+((?i:xã|phường|thị trấn|huyện|quận|thị xã|tỉnh|thành phố))"
                            r"(?!\w)")
_CITY_TAIL = re.compile(r"(?<!\w)(thành ủy|thành phố)$", re.IGNORECASE)


def _ascii(text: str) -> str:
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in text if c.isalnum() and ord(c) < 128).upper()


_LOCALITY_WORD = re.compile(r"(?<!\w)(?:" + LOCALITY_WORDS + r")(?!\w)", re.IGNORECASE)


@dataclass
class Localities:
    """The places an article (or a sentence of it) is about, one per level and kind of unit.

    `district` is the district named most; `cities`, `districts_of_type` the one named most of each type
    (quận, huyện, thị xã, thành phố), for "Huyện ủy" and "Thành ủy" in an article that names both a huyện and
    the city of its province.
    """

    gaz: Gazetteer
    district: Place | None = None
    province: Place | None = None
    commune: Place | None = None
    of_type: dict[str, Place] = field(default_factory=dict)
    about_commune: bool = False  # the commune is the article's subject: named in the title or more than once
    about_district: bool = False  # the same of the district
    level: str = ""  # the level the article writes its councils and committees at ("HĐND huyện"), if one

    def _names_a_place(self, body: str) -> bool:
        words = key(body).split()
        return any(" ".join(words[i:j]) in self.gaz.place_keys
                   for i in range(len(words)) for j in range(i + 1, min(len(words), i + 4) + 1))

    @classmethod
    def of(cls, gaz: Gazetteer, text: str, site: str | None = None, title: str = "") -> Localities:
        """The district and province the article names most, or its site tag names.

        The title names the article's subject: a province it names, even without "tỉnh" ("Nguyên Bí thư
        Hải Phòng vi phạm …"), counts twice.
        """
        found_p, found_d, found_c = _named(gaz, text + "\n" + title)
        words = key(title).split()
        for n in (3, 2, 1):
            for i in range(len(words) - n + 1):
                place = gaz.provinces.get(" ".join(words[i:i + n]))
                if place:
                    found_p[place] += 2
        out = cls(gaz)
        if found_d:
            out.district, count = found_d.most_common(1)[0]
            out.about_district = count > 1 or out.district in _named(gaz, title)[1]
            for place, _ in found_d.most_common():
                out.of_type.setdefault(place.type, place)
        elif site:
            tag = _ascii(re.sub(r"^WEB", "", site.upper()))
            hits = [p for p in gaz.places if p.level == "district" and not p.name.isdigit() and _ascii(p.name) == tag]
            if len(hits) == 1:
                out.district = hits[0]
                out.of_type[hits[0].type] = hits[0]
        if found_p:
            out.province = found_p.most_common(1)[0][0]
        elif out.district is not None:
            out.province = gaz.provinces.get(key(out.district.parent))
        levels = Counter(m.group(1).lower() for m in _COUNCIL_LEVEL.finditer(text))
        if levels:
            out.level = levels.most_common(1)[0][0]
        if found_c:
            out.commune, count = found_c.most_common(1)[0]
            out.about_commune = count > 1 or out.commune in _communes(gaz, title)
        return out

    def near(self, text: str) -> Localities:
        """These localities, with each level the text names one place of taking that place instead.

        A sentence that says "Tại Đại hội Đảng bộ tỉnh Hà Nam, ông A, Bí thư Tỉnh ủy …" is about Hà Nam,
        whatever province the article names most.
        """
        provinces, districts, communes = _named_in(self.gaz, text)
        if not (provinces or districts or communes):
            return self
        out = Localities(self.gaz, self.district, self.province, self.commune, dict(self.of_type),
                         self.about_commune, self.about_district, self.level)
        if len(provinces) == 1:
            out.province = next(iter(provinces))
            if out.district is not None and key(out.district.parent) != key(out.province.name):
                # another province: the article's districts are not this sentence's
                out.district, out.about_district = None, False
                out.of_type = {t: d for t, d in out.of_type.items() if key(d.parent) == key(out.province.name)}
        if len(districts) == 1:
            out.district = next(iter(districts))
            out.of_type[out.district.type] = out.district
        if len(communes) == 1:
            out.commune = next(iter(communes))
        return out

    def complete(self, body: str) -> str:
        """The body with the article's locality added where the body leaves it out."""
        if not body or "trung ương" in key(body):
            return body
        kind = self.gaz.body_kind_re.match(body)
        if kind and self.province is not None and self.gaz.body_kind_of(kind.group(0)).level == "province" \
                and not _PROVINCE_TAIL.fullmatch(body) \
                and not _LOCALITY_WORD.search(body) and not self._names_a_place(body):
            return f"{body} {self._province_name('')}"  # "Sở Thông tin và Truyền thông" of the article's city
        if kind and self.province is not None and key(body) == key(kind.group(0)) \
                and self.gaz.body_kind_of(kind.group(0)).level == "committee":
            return f"{body} {provincial_committee(self.province.name)}"  # "Ban Nội chính" of the Tỉnh ủy
        level = _DISTRICT_OF_KIND.get(key(body).split()[0]) if kind and key(body) == key(kind.group(0)) else None
        if level and level in self.of_type:  # "Quận đoàn" of the district the article is about
            return f"{body} {self._district_name(self.of_type[level], '')}"
        # "Chủ tịch UBND", "Chánh Văn phòng HĐND": of the article's unit
        if _UNLEVELLED_TAIL.search(key(body)) and not self._names_a_place(body):
            if self.about_commune and self.commune is not None:
                return f"{body} {self.commune.type} {self.commune.name}"
            if self.about_district and self.district is not None:
                return f"{body} {self.district.type} {self._district_name(self.district, self.district.type)}"
            if self.province is not None:
                return f"{body} {self.province.type} {self._province_name(self.province.type)}"
            return f"{body} {self.level}" if self.level else body  # the level the article's councils are of
        if self.about_commune and self.commune is not None and key(body) in ("đảng ủy", "đảng bộ"):
            return f"{body} {self.commune.type} {self.commune.name}"  # the party committee of the commune
        m = _COMMUNE_TAIL.search(body)
        if m:
            if self.commune is not None and key(m.group(1)) == key(self.commune.type):
                return f"{body} {self.commune.name}"
            return body
        m = _CITY_TAIL.search(body)
        if m:  # the city the article is about: a centrally-run one, else a city under its province
            if self.province is not None and self.province.type == "thành phố":
                return f"{body} {self._province_name(m.group(1))}"
            if "thành phố" in self.of_type:
                return f"{body} {self.of_type['thành phố'].name}"
            return body
        m = _DISTRICT_TAIL.search(body)
        if m and self.district is not None:
            level = _COMMITTEE_LEVEL.get(m.group(1).lower())
            district = self.district if level is None else self.of_type.get(level)
            if district is not None:
                return f"{body} {self._district_name(district, m.group(1))}"
            return body
        m = _PROVINCE_TAIL.search(body)
        if m and self.province is not None:
            if _COMMITTEE_LEVEL[m.group(1).lower()] == self.province.type:
                return f"{body} {self._province_name(m.group(1))}"
        return body

    @staticmethod
    def _district_name(district: Place, tail: str) -> str:
        name = district.name
        if name.isdigit() and tail.lower() not in ("quận", "huyện", "thị xã"):
            return f"{district.type.capitalize()} {name}"
        return name

    def _province_name(self, tail: str) -> str:
        assert self.province is not None
        name = self.province.name
        # A city named after a person is written with its type ("Thành phố Hồ Chí Minh").
        if key(tail) != "thành phố" and key(name) == "hồ chí minh":
            return f"Thành phố {name}"
        return name


# A place named after a word of its kind or "tại"/"ở": a sentence without one names no place.
_ANY_CUE = re.compile(r"(?i:tỉnh|thành phố|ủy|quận|huyện|thị xã|xã|phường|thị trấn|tại|ở)\s+(?:" + UPPER + r"|\d)")
_NAMED: dict[tuple[int, str], tuple[Counter, Counter, Counter]] = {}


def _named_in(gaz: Gazetteer, text: str) -> tuple[Counter, Counter, Counter]:
    """`_named` of a sentence, remembered: each sentence is asked about as itself and as the one before."""
    if not _ANY_CUE.search(text):
        return Counter(), Counter(), Counter()
    k = (id(gaz), text)
    if k not in _NAMED:
        if len(_NAMED) > 4096:
            _NAMED.clear()
        _NAMED[k] = _named(gaz, text)
    return _NAMED[k]


def _named(gaz: Gazetteer, text: str) -> tuple[Counter, Counter, Counter]:
    """Provinces, districts and communes the text names after a word of their kind, with how often."""
    provinces: Counter = Counter()
    districts: Counter = Counter()
    for m in itertools.chain(_PROVINCE_CUE.finditer(text), _AT_PLACE.finditer(text)):
        words = m.group(2).split()
        for n in range(len(words), 0, -1):
            written = " ".join(words[:n])
            place = gaz.provinces.get(key(written))
            if place:
                provinces[_as_written(place, written)] += 1
                break
    named_provinces = {key(q.name) for q in provinces}
    for m in _DISTRICT_CUE.finditer(text):
        words = m.group(2).split()
        cue = m.group(1).lower()
        for n in range(len(words), 0, -1):
            name = key(" ".join(words[:n]))
            hits = [p for p in gaz.district_list.get(name, []) if p.type == _COMMITTEE_LEVEL[cue]
                    and (not p.name.isdigit() or cue.startswith(p.type))]
            if hits:
                in_province = [p for p in hits if key(p.parent) in named_provinces]
                districts[(in_province or hits)[-1]] += 1
                break
            if gaz.districts.get(name) or name.isdigit():
                break
    return provinces, districts, _communes(gaz, text)


def _as_written(place: Place, written: str) -> Place:
    """The place under the spelling the article uses ("Đăk Nông" for "Đắk Nông"), so bodies completed with
    it read as the article writes them."""
    if key(written) == key(place.name) or written.isupper():
        return place
    return replace(place, name=" ".join(w for w in written.split() if w != "-"))


def _communes(gaz: Gazetteer, text: str) -> Counter:
    """Wards and communes the text names, with how often: "xã Tống Trân", "phường Láng Hạ", "Phường 12"."""
    found: Counter = Counter()
    for m in _COMMUNE_CUE.finditer(text):
        kind = m.group(1).lower()
        if m.group(2).isdigit():
            found[Place("commune", kind, m.group(2).lstrip("0") or "0", "")] += 1
            continue
        words = m.group(2).split()
        for n in range(len(words), 0, -1):
            hits = [p for p in gaz.communes.get(key(" ".join(words[:n])), []) if p.type == kind]
            if hits:
                found[Place("commune", kind, _title_case(" ".join(words[:n])), "")] += 1
                break
    return found


def _title_case(name: str) -> str:
    """A name as the gazetteer writes it, from text that may be in capitals ("TỐNG TRÂN" -> "Tống Trân")."""
    return " ".join(w[0].upper() + w[1:].lower() if w.isupper() else w for w in name.split())
