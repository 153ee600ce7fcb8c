"""Where a body sits: the body it belongs to (org:subOrganizationOf), read from its name and the places gazetteer.

"Ban Tuyên giáo Quận ủy Gò Vấp" is part of "Quận ủy Gò Vấp" (a body named inside another's
name belongs to it); the Quận ủy of a district is under the Thành ủy or Tỉnh ủy of its
province; a Thành ủy or Tỉnh ủy is under the Central Committee. A party committee named
without its locality ("Quận ủy") cannot be placed and is marked unresolved.
"""
from __future__ import annotations

import re

from .gazetteer import Gazetteer, gazetteer
from .text import key

CENTRAL_COMMITTEE = "Ban Chấp hành Trung ương Đảng"
_LOCAL_COMMITTEE = re.compile(r"^(Quận ủy|Huyện ủy|Thị ủy) (.+)$", re.IGNORECASE)
_PROVINCIAL_COMMITTEE = re.compile(r"^(Tỉnh ủy|Thành ủy) (.+)$", re.IGNORECASE)
_BARE_COMMITTEE = re.compile(r"(?:^|\s)(?:Quận ủy|Huyện ủy|Thị ủy|Tỉnh ủy|Thành ủy)$", re.IGNORECASE)


def provincial_committee(province: str) -> str:
    """The party committee of a province or centrally-run city, as the genre names it."""
    place = gazetteer().provinces.get(key(province))
    if place is None:
        return f"Tỉnh ủy {province}"
    if place.type == "thành phố":
        return f"Thành ủy Thành phố {place.name}" if key(place.name) == "hồ chí minh" else f"Thành ủy {place.name}"
    return f"Tỉnh ủy {place.name}"


def parent_of(name: str, gaz: Gazetteer | None = None) -> str | None:
    """The body `name` belongs to, or None when its name does not say."""
    gaz = gaz or gazetteer()
    first = gaz.body_kind_re.match(name)
    start = first.end() if first else 0
    for m in re.finditer(r"(?<=\s)\S", name[start:]):
        at = start + m.start()
        inner = gaz.body_kind_re.match(name, at)
        if not inner or not name[at].isupper() or len(name[at:].split()) < 2:
            continue
        # "Báo chí" in "Khoa Báo chí" is a name, not the newspaper kind "Báo" with a name after it
        if " " not in inner.group(0) and not name[inner.end():].lstrip()[:1].isupper():
            continue
        return name[at:]
    committee = _LOCAL_COMMITTEE.match(name)
    if committee:
        district = committee.group(2)
        if district.lower().startswith(("quận ", "huyện ", "thị xã ")):
            district = district.split(" ", 1)[1]
        hits = {p.parent for p in gaz.district_list.get(key(district), [])}
        return provincial_committee(hits.pop()) if len(hits) == 1 else None
    if _PROVINCIAL_COMMITTEE.match(name):
        return CENTRAL_COMMITTEE
    if first and key(first.group(0)).startswith(("đảng ủy", "đảng bộ", "chi bộ")):
        return _district_committee(name, gaz)
    return None


def _district_committee(name: str, gaz: Gazetteer) -> str | None:
    """The Quận ủy or Huyện ủy of the district a party organ's name ends with ("… đoàn thể Quận 1")."""
    words = name.split()
    for n in (3, 2, 1):
        tail = " ".join(words[-n:])
        number = re.fullmatch(r"(Quận|Huyện) (\d+)", tail)
        if number:
            return f"{number.group(1)} ủy {tail}"
        hits = [p for p in gaz.district_list.get(key(tail), []) if not p.name.isdigit()]
        if len(hits) == 1 and hits[0].type in ("quận", "huyện", "thị xã"):
            kind = {"quận": "Quận ủy", "huyện": "Huyện ủy", "thị xã": "Thị ủy"}[hits[0].type]
            return f"{kind} {hits[0].name}"
    return None


def unresolved(name: str) -> bool:
    """A body that ends in a party committee named without its locality."""
    return bool(_BARE_COMMITTEE.search(name))
