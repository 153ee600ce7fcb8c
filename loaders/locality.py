"""The locality an article is about, and bodies completed with it.

"Quận ủy" in an article about Quận 1 is "Quận ủy Quận 1". The locality is read
from what the article itself writes ("Quận ủy Hai Bà Trưng", "quận Gò Vấp",
"Tỉnh ủy Nam Định"), checked against the places gazetteer, or from its site tag
("WEBGOVAP"). When the article names no single locality of a level, bodies of
that level stay as written.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

from .gazetteer import Gazetteer, Place
from .text import key

_NAME = r"((?:\d{1,2}(?!\d))|(?:[^\W\d_][\w]*(?:\s+[^\W\d_][\w]*){0,3}))"
_DISTRICT_CUE = re.compile(r"(?<!\w)(quận ủy|huyện ủy|thị ủy|quận|huyện|thị xã)\s+" + _NAME, re.IGNORECASE)
_PROVINCE_CUE = re.compile(r"(?<!\w)(tỉnh ủy|thành ủy|tỉnh|thành phố)\s+" + _NAME, re.IGNORECASE)
_COMMITTEE_LEVEL = {"quận ủy": "quận", "huyện ủy": "huyện", "thị ủy": "thị xã", "quận": "quận", "huyện": "huyện",
                    "thị xã": "thị xã", "tỉnh ủy": "tỉnh", "thành ủy": "thành phố", "tỉnh": "tỉnh",
                    "thành phố": "thành phố"}
_DISTRICT_TAIL = re.compile(r"(?<!\w)(quận ủy|huyện ủy|thị ủy|cơ quan đảng, đoàn thể|quận|huyện|thị xã)$", re.IGNORECASE)
_PROVINCE_TAIL = re.compile(r"(?<!\w)(tỉnh ủy|thành ủy|tỉnh|thành phố)$", re.IGNORECASE)


def _ascii(text: str) -> str:
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in text if c.isalnum() and ord(c) < 128).upper()


_LOCALITY_WORD = re.compile(r"(?<!\w)(?:tỉnh|thành phố|quận|huyện|thị xã|xã|phường|thị trấn)(?!\w)", re.IGNORECASE)


@dataclass
class Localities:
    gaz: Gazetteer
    district: Place | None = None
    province: Place | None = None

    def _names_a_place(self, body: str) -> bool:
        words = key(body).split()
        return any(" ".join(words[i:j]) in self.gaz.place_keys
                   for i in range(len(words)) for j in range(i + 1, min(len(words), i + 4) + 1))

    @classmethod
    def of(cls, gaz: Gazetteer, text: str, site: str | None = None) -> Localities:
        """The district and province the article names most, or its site tag names."""
        districts, provinces = gaz.districts, gaz.provinces
        found_d: Counter = Counter()
        found_p: Counter = Counter()
        for regex, table, counter in ((_DISTRICT_CUE, districts, found_d), (_PROVINCE_CUE, provinces, found_p)):
            for m in regex.finditer(text):
                words = m.group(2).split()
                for n in range(len(words), 0, -1):
                    place = table.get(key(" ".join(words[:n])))
                    if place and (not place.name.isdigit() or m.group(1).lower().startswith(place.type)):
                        if place.type == _COMMITTEE_LEVEL[m.group(1).lower()] or table is provinces:
                            counter[(place.name, place.type, place.parent)] += 1
                        break
        out = cls(gaz)
        if found_d:
            (name, typ, parent), _ = found_d.most_common(1)[0]
            out.district = next(p for p in gaz.places if (p.name, p.type, p.parent) == (name, typ, parent))
        elif site:
            tag = _ascii(re.sub(r"^WEB", "", site.upper()))
            hits = [p for p in gaz.places if p.level == "district" and not p.name.isdigit() and _ascii(p.name) == tag]
            if len(hits) == 1:
                out.district = hits[0]
        if found_p:
            (name, _, _), _ = found_p.most_common(1)[0]
            out.province = provinces[key(name)]
        elif out.district is not None:
            out.province = provinces.get(key(out.district.parent))
        return out

    def complete(self, body: str) -> str:
        """The body with the article's locality added where the body leaves it out."""
        if not body or "trung ương" in key(body):
            return body
        kind = self.gaz.body_kind_re.match(body)
        if kind and self.province is not None and self.gaz.body_kind_of(kind.group(0)).level == "province" \
                and not _LOCALITY_WORD.search(body) and not self._names_a_place(body):
            return f"{body} {self._province_name('')}"  # "Sở Thông tin và Truyền thông" of the article's city
        m = _DISTRICT_TAIL.search(body)
        if m and self.district is not None:
            level = _COMMITTEE_LEVEL.get(m.group(1).lower())
            if level is None or level == self.district.type:
                return f"{body} {self._district_name(m.group(1))}"
            return body
        m = _PROVINCE_TAIL.search(body)
        if m and self.province is not None:
            if _COMMITTEE_LEVEL[m.group(1).lower()] == self.province.type:
                return f"{body} {self._province_name(m.group(1))}"
        return body

    def _district_name(self, tail: str) -> str:
        assert self.district is not None
        name = self.district.name
        if name.isdigit() and tail.lower() not in ("quận", "huyện", "thị xã"):
            return f"{self.district.type.capitalize()} {name}"
        return name

    def _province_name(self, tail: str) -> str:
        assert self.province is not None
        name = self.province.name
        # A city named after a person is written with its type ("Thành phố Hồ Chí Minh").
        if key(tail) != "thành phố" and key(name) == "hồ chí minh":
            return f"Thành phố {name}"
        return name
