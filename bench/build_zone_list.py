"""Build ``indexer/data/zones.tsv`` and ``towns.txt``: the development zones and parks, and the townships, the national
statistics code lists.

    python bench/build_zone_list.py SOURCE_DIR

The National Bureau of Statistics' 统计用区划代码 (statistical division codes; the 2023 edition, as of 2023-06-30)
gives every unit statistics are reported by a code. Besides the divisions it lists the zones that report as a unit of
their own: at county level the functional zones (a code whose fifth digit is 7: 承德高新技术产业开发区, 苏州工业园区),
at township level the units "like a township" (codes 400-599 of the last three digits: 郎溪经济开发区, 禄劝工业园区,
and farms, forests and stations, which are left out here). A zone in that list is one a government set up and counts;
the list is kept by the Bureau and republished every year, so it is evidence a name on a page is a park, and of the
county it lies in. Most parks of work reports are not in it (a county's 工业集中区, a town's park): it is evidence,
never a filter.

SOURCE_DIR is a checkout (or a bare clone: the files are read from its HEAD) of the public repository modood/Administrative-divisions-of-China (licence WTFPL), which
republishes the Bureau's tables as CSV: ``dist/areas.csv`` (county level) and ``dist/streets.csv`` (township level).
The file written keeps only what the reader uses: the county's code and the zone's name, one zone a line, with the
zone's key as ``reading.parks.park_key`` makes it (so the reader loads no segmenter to look a name up; a test checks
the keys against the checkout's ``park_key``: a change of how names are keyed rebuilds this file). The name is the
Bureau's (a few carry the office that runs them, 管委会, or the province before them: kept as written, the key folds
the province away).
"""
from __future__ import annotations

import csv
import re
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "indexer" / "data" / "zones.tsv"
TOWNS = REPO / "indexer" / "data" / "towns.txt"
SOURCE = "modood/Administrative-divisions-of-China"
# what a zone's name ends with, besides the reader's heads (the Bureau writes the office after some: 管委会)
_OFFICE = re.compile(r"(?:管理委员会|管委会|管委|办事处|管理办公室|管理处)$")


def _table(source: Path, name: str) -> list[dict]:
    path = source / "dist" / name
    if path.is_file():
        text = path.read_text(encoding="utf-8")
    else:  # (a bare clone)
        text = subprocess.run(["git", "-C", str(source), "show", f"HEAD:dist/{name}"], capture_output=True,
                              check=True).stdout.decode("utf-8")
    return list(csv.DictReader(text.splitlines()))


def zones(source: Path):
    """(county code, name) of every zone the two tables list, in code order."""
    sys.path.insert(0, str(REPO))
    from indexer.text import PARK_HEADS
    heads = tuple(sorted(PARK_HEADS, key=len, reverse=True))
    out = []
    for row in _table(source, "areas.csv"):
        if row["code"][4] == "7":
            out.append((row["code"], row["name"]))
    for row in _table(source, "streets.csv"):
        if 400 <= int(row["code"][-3:]) <= 599:
            out.append((row["areaCode"], row["name"]))
    from indexer.reading.parks import is_division, proper_start, to_simplified
    kept = []
    for code, name in out:
        name = to_simplified(_OFFICE.sub("", name.strip()))
        head = next((h for h in heads if name.endswith(h)), None)
        if head is None:
            continue
        # (a name is kept when it names one park by a proper part of its own: not a bare 经济开发区 or 新材料产业园,
        # the county's zone by what it is for; not a zone inside another, 无锡高新区综合保税区, 高新区汽车工业园, whose
        # name the reader takes from the park it lies in; not one opening with a common word, 外向型工业加工区,
        # 先进制造业开发区, which on a page follows the county's name the list leaves out)
        part = name[:-len(head)]
        if any(h in part for h in heads) or len(part) < 2:
            continue
        if proper_start(part) or is_division(part[:2]) or is_division(part[:3]):
            kept.append((code, name))
    return sorted(set(kept))


# a township's level, and the nationalities an ethnic township names before it (某某回族乡): the stem is the place's name
_TOWN_LEVEL = re.compile(r"(?:街道办事处|地区办事处|街道|办事处|民族乡|镇|乡|苏木)$")
_NATIONALITY = re.compile(r"(?:[\u4e00-\u9fff]{1,4}?族)+$")


def towns(source: Path) -> list[str]:
    """The stems of every township, town and street office the code lists (禄口 for 禄口街道, 花桥 for 花桥镇): the
    places one level below a county, which a headline writes before a zone's own name (禄口 + 华商科技园)."""
    from indexer.text import PARK_HEADS, PARK_QUALIFIERS
    stems = set()
    for row in _table(source, "streets.csv"):
        if int(row["code"][-3:]) >= 400:  # (the units "like a township": zones, farms)
            continue
        stem = _TOWN_LEVEL.sub("", row["name"].strip())
        stem = _NATIONALITY.sub("", stem) if row["name"].endswith("民族乡") or stem.endswith("族") else stem
        # (a street office named after a zone, 开发区街道, 高新区七里河街道, or after what a zone is for, 工业, 创业: no
        # place's name a park's could open with)
        if len(stem) >= 2 and re.fullmatch(r"[\u4e00-\u9fff]+", stem) and stem not in PARK_QUALIFIERS \
                and not any(h in stem for h in PARK_HEADS):
            stems.add(stem)
    return sorted(stems)


def _places_a_park(place: str) -> bool:
    from indexer.reading.parks import is_division, proper_start
    return any(is_division(place[:n]) for n in (2, 3, 4)) or is_division(place) or proper_start(place)


def main(argv=None):
    args = argv if argv is not None else sys.argv[1:]
    if len(args) != 1:
        sys.exit(__doc__.split("\n\n")[1])
    source = Path(args[0])
    sys.path.insert(0, str(REPO))
    from indexer.reading.parks import park_key
    try:
        commit = subprocess.run(["git", "-C", str(source), "rev-parse", "HEAD"], capture_output=True, text=True,
                                check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        commit = "unknown"
    rows = zones(source)
    # (the keys first: the reader looks names up in the file being replaced, which must not be empty meanwhile)
    rows = [(code, name, park_key(name)) for code, name in rows]
    # (and whose place, as the key reads it, is a division or a proper name: 台湾农民创业园 and 云南省花卉示范园区 are a
    # programme's class and a province's, 农民 and 花卉 no place)
    rows = [(code, name, key) for code, name, key in rows if "|" in key and _places_a_park(key.split("|")[0])]
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("# 统计用区划代码（国家统计局，2023年版，截至2023-06-30）所列的开发区、园区：县级区划代码、名称、park_key\n")
        f.write(f"# source: github.com/{SOURCE} commit {commit} (dist/areas.csv, dist/streets.csv), licence WTFPL\n")
        f.write("# built by bench/build_zone_list.py; do not edit by hand\n")
        for code, name, key in rows:
            f.write(f"{code}\t{name}\t{key}\n")
    print(f"{len(rows)} zones → {OUT.relative_to(REPO)}")
    stems = towns(source)
    with open(TOWNS, "w", encoding="utf-8", newline="\n") as f:
        f.write("# 统计用区划代码（国家统计局，2023年版）的乡级区划（乡、镇、街道）名称，去掉层级字：一行一个\n")
        f.write(f"# source: github.com/{SOURCE} commit {commit} (dist/streets.csv), licence WTFPL\n")
        f.write("# built by bench/build_zone_list.py; do not edit by hand\n")
        f.writelines(f"{stem}\n" for stem in stems)
    print(f"{len(stems)} townships → {TOWNS.relative_to(REPO)}")


if __name__ == "__main__":
    main()
