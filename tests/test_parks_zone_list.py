"""Park names from well-kept data: the zones the national statistics code lists (indexer/data/zones.tsv, built by
bench/build_zone_list.py), Taiwan's science parks as their statute names them, and a township before a zone's own name
(indexer/data/towns.txt) in the key of a park's spellings and the facet's joins."""
from __future__ import annotations

import pytest

from indexer.reading import catalogue
from indexer.reading.parks import LISTED, choose_park, find_park_mentions, park_key, proper_start
from indexer.search.parknames import ParkNames


def test_the_list_is_keyed_as_the_reader_keys_today():
    # the file stores each name's key (the reader then needs no segmenter to look one up): a change of how names are
    # keyed fails here until bench/build_zone_list.py is run again
    listed = catalogue.listed()
    assert len(listed) > 600
    stale = {name: (key, park_key(name)) for name, key in listed.items() if park_key(name) != key}
    assert not stale


def test_every_listed_name_is_found_whole_where_it_stands_in_a_sentence():
    # whatever the segmenter makes of its words (松林 + 店, 长春 + 净 + 月), a name the list holds is read whole
    missed = []
    for name in catalogue.listed():
        found = [m.name for m in find_park_mentions(f"会议要求加快推进{name}建设。")]
        if name not in found:
            missed.append((name, found))
    assert not missed


@pytest.mark.parametrize("text, name, vouched", [
    # the reader's left edge stopped short or found nothing: the list's name, whole, vouched by the list
    ("近日，松林店经济开发区召开项目推进会。", "松林店经济开发区", LISTED),
    ("漕河泾新兴技术开发区今年新增入驻企业。", "漕河泾新兴技术开发区", LISTED),
    ("长春净月高新技术产业开发区举行签约仪式。", "长春净月高新技术产业开发区", LISTED),
    # a name the list does not hold is read as before (the list vouches, it never rules out; 金垄 is no township either:
    # session 39 vouches for a township the segmenter keeps whole, and 金岭, written here before, is one)
    ("金垄工业园区召开项目推进会。", "金垄工业园区", ""),
    ("樟树市工业园区召开项目推进会。", "樟树市工业园区", "行政区划"),
])
def test_a_listed_name_is_a_parks_whole_name(text, name, vouched):
    found = {m.name: m.vouched for m in find_park_mentions(text)}
    assert name in found and found[name] == vouched


@pytest.mark.parametrize("part, proper", [
    ("松林店", True), ("漕河泾新兴", True), ("明阳", True),  # (a word the dictionary does not know is a name)
    ("外向型", False), ("先进制造业", False), ("新材料", False), ("西", False),
])
def test_what_the_list_keeps_opens_with_a_proper_part(part, proper):
    # the build keeps a listed name when it names one park by a proper part of its own: not what a zone is for, which on
    # a page follows the county's name the list leaves out
    assert proper_start(part) is proper


def test_inspect_says_the_list_vouches_for_the_park():
    title = "松林店经济开发区2023年工作总结"
    body = "2023年，开发区全年新签约项目9个，完成固定资产投资18.6亿元。"
    park, _, why = choose_park(title, body)
    assert park == "松林店经济开发区" and "统计用区划代码" in why


@pytest.mark.parametrize("spellings", [
    # Taiwan's science parks: the statute's 科學工業園區 and every other page's 科學園區, either script
    ["中部科学工业园区", "中部科学园区", "中部科學工業園區", "中部科學園區", "中科园区"],
    ["南部科学工业园区", "南部科学园区"],
    ["新竹科学工业园区", "新竹科学园区", "新竹科學工業園區"],
])
def test_a_science_park_by_its_statutes_name_is_one_key(spellings):
    assert len({park_key(s) for s in spellings}) == 1


@pytest.mark.parametrize("value, key", [
    # a township before a zone's own name: the key's place keeps it, for the facet to join (below)
    ("禄口华商科技园", "禄口华商||科技园区"),
    ("华商科技园", "华商||科技园区"),
    # a word that is no township's name before a park is no part of a key (the value is no park's name)
    ("推进华商科技园", "推进华商科技园"),
])
def test_a_township_before_a_zones_own_name_is_kept_in_the_key(value, key):
    assert park_key(value) == key


@pytest.mark.parametrize("values, joined", [
    # a township written before the zone's own name, and the name alone: one park, shown in the fullest form
    (["禄口华商科技园", "华商科技园"], {"华商科技园": "禄口华商科技园"}),
    # a county and its town before it (昆山花桥) or the town alone (花桥): one park
    (["昆山花桥经济开发区", "花桥经济开发区"], {"花桥经济开发区": "昆山花桥经济开发区"}),
    # two towns' zones of one name beside the name alone: either could be meant, all stay apart
    (["禄口华商科技园", "花桥华商科技园", "华商科技园"],
     {"华商科技园": "华商科技园", "禄口华商科技园": "禄口华商科技园", "花桥华商科技园": "花桥华商科技园"}),
    # the statute's name of a science park and the common one: one park
    (["中部科学工业园区", "中部科学园区"], {"中部科学园区": "中部科学工业园区"}),
])
def test_the_facet_shows_a_zone_with_and_without_its_town_as_one(values, joined):
    names = ParkNames(values)
    assert {v: names.canonical(v) for v in joined} == joined


@pytest.mark.parametrize("text, names", [
    # the Corps (新疆生产建设兵团, a province-level unit of the statistics code) names its parks in the region's cities with
    # its own name first: the Corps' park, apart from the city's
    ("兵团乌鲁木齐工业园区14个项目集中开工", ["兵团乌鲁木齐工业园区"]),
    ("新疆生产建设兵团乌鲁木齐工业园区举行项目签约", ["兵团乌鲁木齐工业园区"]),
    ("兵团草湖产业园新入驻企业5家", ["兵团草湖产业园"]),
    ("乌鲁木齐工业园区召开会议", ["乌鲁木齐工业园区"]),
])
def test_the_corps_before_a_city_names_its_own_park(text, names):
    assert [m.name for m in find_park_mentions(text)] == names


def test_the_corps_park_and_the_citys_are_two_facet_values():
    names = ParkNames(["兵团乌鲁木齐工业园区", "乌鲁木齐工业园区"])
    assert names.canonical("乌鲁木齐工业园区") == "乌鲁木齐工业园区"
    assert names.canonical("兵团乌鲁木齐工业园区") == "兵团乌鲁木齐工业园区"


@pytest.mark.parametrize("text, name", [
    # the divisions of agriculture (GB/T 4754 section A: 农业, 林业, 畜牧业, 渔业) say what a park is for, as 现代农业 does
    ("丹阳市皇塘现代渔业产业园区新增养殖基地", "丹阳市皇塘现代渔业产业园区"),
    ("推进长汀县现代畜牧业产业园建设", "长汀县现代畜牧业产业园"),
    ("长汀县现代林业产业园入选省级名单", "长汀县现代林业产业园"),
    # without a place it names no park
    ("大力发展现代渔业产业园", None),
])
def test_a_division_of_agriculture_says_what_a_park_is_for(text, name):
    assert [m.name for m in find_park_mentions(text)] == ([name] if name else [])


@pytest.mark.parametrize("text, name", [
    # the segmenter guesses the unknown 任集 a verb, and cuts 任 + 集镇 when 镇 follows: the statistics code lists the
    # township, so with its level before a head it is a place (a session-17 end-check page named its park only so)
    ("任集乡农业科技产业园作为其中的佼佼者。", "任集乡农业科技产业园"),
    ("任集镇工业园区今年完成产值。", "任集镇工业园区"),
    ("花桥镇工业园区完成产值。", "花桥镇工业园区"),
])
def test_a_listed_township_with_its_level_is_a_parks_place(text, name):
    assert [(m.name, m.vouched) for m in find_park_mentions(text)] == [(name, "行政区划")]


@pytest.mark.parametrize("text", ["统筹城乡工业园发展。", "各乡镇工业园区完成产值。", "全乡镇工业园区今年完成产值。"])
def test_townships_in_general_are_no_place(text):
    assert find_park_mentions(text) == []
