"""Zones whose head is beyond the catalogue's heads, named as official writing forms them (session 39).

- A zone designated to take in the trades leaving the coast: the place, its level, the verb 承接 and the trade it takes
  in, and 产业转移示范区 (某县省级承接卫浴产业转移示范区). The verb and its object are the zone's own words; a region's
  programme named by a common noun (某某城市带承接…) or the class counted (两批省级承接…) names none.
- The sectors of the national classification named with 业 (制造业, 服务业) say what a zone is for as 工业 and 产业 do:
  before a park's head (某镇装备制造业生态园区, 某县先进制造业产业园) and before the area word 集聚区 (某区现代服务业集聚区).
  A province before it, a word for all of a place's zones or a verb still names none.
- A zone two provinces run, named by their one-character names and a proper name (川渝高竹新区): the segmenter glues the
  pair's second name to the name's first character (川渝高 + 竹); the pair is cut off again.
- A township the statistics code lists, which the segmenter keeps as one word it does not know (、发耳 + 工业园区), vouches
  for the name as a township it cut apart does: named once, in a list deep in the text, it is a park named. A township's
  name the dictionary knows as a word (红果, hawthorn) is the sentence's word, as before.
- A base named by a county or a city and 基地 (某某石化产业基地, 某县初级产品加工基地) standing whole as an item of a roll
  of parks, beside a park the text names, is a zone as the parks beside it are; a farm's base (猕猴桃产业基地), a
  province's or a base beside no park names none.
- A zone two states build, named by their one-character names, its city and a place noun (中新天津生态城), keeps the
  pair, as it does before a catalogue's head (中韩盐城产业园): the segmenter cuts the pair into a direction and an
  adjective, and the name was read from the city on (天津生态城).
- Xinjiang's stem is 新疆 as Guangxi's is 广西 (its region's name carries 维吾尔 without 族): 新疆 + a bare head is the
  region's parks together, a class, as 广西工业园区 is.
Places are real divisions (the gazetteer vouches for them); the sentences and numbers are invented.
"""
import pytest

from indexer.reading.parks import find_park_mentions, park_key
from tests.conftest import read_page


def _names(text):
    return [m.name for m in find_park_mentions(text)]


@pytest.mark.parametrize("title, lead, park", [
    ("竹山县省级承接卫浴产业转移示范区建设情况汇报",
     "今年以来，竹山县省级承接卫浴产业转移示范区新入驻企业12家，实现营业收入31亿元。", "竹山县省级承接卫浴产业转移示范区"),
    ("宣恩县承接纺织产业转移示范区2023年工作总结",
     "2023年，宣恩县承接纺织产业转移示范区坚持项目为王，新签约项目9个。", "宣恩县承接纺织产业转移示范区"),
])
def test_a_transfer_zone_named_with_what_it_takes_in_is_the_reports_park(tmp_path, title, lead, park):
    assert read_page(tmp_path, f"{title}\n{lead}\n")[0].park == park


@pytest.mark.parametrize("text", [
    "国家发展改革委印发皖江城市带承接产业转移示范区规划。",  # (a region's programme: a belt of cities, no place of its own)
    "湘南湘西承接产业转移示范区建设提速。",  # (the State's programme for a region of several cities: no trade taken in)
    "荆州承接产业转移示范区建设加快推进。",
    "湖北省已认定两批省级承接产业转移示范区。",  # (the class counted)
    "加快推进承接产业转移示范区建设。",  # (the class, after a verb)
    "积极争创国家级承接产业转移示范区。",
])
def test_the_class_or_a_regions_programme_of_transfer_zones_names_none(text):
    assert _names(text) == []


@pytest.mark.parametrize("text, name", [
    ("兰州高新区和彭家坪装备制造业生态园区建设加快。", "彭家坪装备制造业生态园区"),
    ("项目位于阜宁县先进制造业产业园。", "阜宁县先进制造业产业园"),
    ("目前，黄陂区先进制造业集聚区建设加快。", "黄陂区先进制造业集聚区"),
    ("鼓楼区现代服务业集聚区新入驻企业20家。", "鼓楼区现代服务业集聚区"),
])
def test_a_sector_named_with_ye_says_what_the_zone_is_for(text, name):
    mention = next(m for m in find_park_mentions(text) if m.name == name)
    assert mention.vouched  # (the place before the sector is the gazetteer's: a name worth naming once)


@pytest.mark.parametrize("text", [
    "浙江省先进制造业集聚区建设有序推进。",  # (a province's: a class)
    "全市现代服务业集聚区实现营业收入80亿元。",  # (a word for all of a place's zones)
    "推进先进制造业集聚区建设。",  # (a verb before the sector)
    "加快发展现代服务业产业园。",
])
def test_a_sector_zone_without_a_place_of_its_own_names_none(text):
    assert _names(text) == []


def test_the_two_forms_of_a_sector_zone_are_one_park():
    assert park_key("鼓楼区现代服务业集聚区") == park_key("鼓楼区服务业集聚区")


@pytest.mark.parametrize("title, lead", [
    ("川渝高竹新区2023年工作总结", "今年以来，川渝高竹新区新入驻企业12家，实现营业收入45亿元。"),
    ("川渝高竹新区党工委召开会议", "会议强调，高竹新区要加快项目建设。"),
])
def test_a_new_area_two_provinces_run_is_named_by_their_pair_and_its_name(tmp_path, title, lead):
    assert read_page(tmp_path, f"{title}\n{lead}\n")[0].park == "川渝高竹新区"


def test_a_pair_the_dictionary_knows_whole_is_left_as_it_is():
    # must-not: a region of three provinces the dictionary files whole (京津冀) opens no zone's name
    assert _names("京津冀产业园区协同发展。") == []


def test_xinjiang_and_a_bare_head_is_the_regions_parks_together(tmp_path):
    page = ("新疆今年新增13家自治区级园区\n"
            "本报讯 新疆工业园区提质升级获新突破，今年新增13家自治区级园区。其中，墨玉工业园区、柯坪工业园区入选。\n")
    report = read_page(tmp_path, page)[0]
    assert report.park is None
    assert "新疆工业园区" not in report.parks_mentioned
    assert {"墨玉工业园区", "柯坪工业园区"} <= set(report.parks_mentioned)


def test_a_zone_of_xinjiang_named_after_its_city_is_still_named():
    # must-not: the region's name before a city keeps the city's zone (the key folds the region away, as 江苏 + 海门)
    assert _names("新疆喀什经济开发区新签约项目12个。") == ["新疆喀什经济开发区"]
    assert park_key("新疆昌吉国家农业科技园区") == park_key("昌吉国家农业科技园区")


def test_a_township_kept_whole_vouches_for_its_zone():
    mention = next(m for m in find_park_mentions("全市共有11个工业园区，即保田工业园区、发耳工业园区。") if m.name == "发耳工业园区")
    assert mention.vouched == "乡镇名录"


def test_a_township_the_dictionary_knows_as_a_word_vouches_for_nothing():
    # must-not: 红果 is a township and a word (hawthorn); unvouched, as before
    assert all(m.vouched == "" for m in find_park_mentions("调研组到红果经济开发区调研。") if m.name == "红果经济开发区")



ROLL = ("2020化工园区榜单公布\n"
        "本报讯 榜单日前公布。\n"
        "潜力十强园区分别是：淄博东岳经济开发区、舟山绿色石化基地、天津南港工业区、青岛新河生态化工科技产业基地、"
        "辽阳芳烃及精细化工产业化基地。\n")


def test_bases_in_a_roll_of_parks_are_parks_named(tmp_path):
    named = read_page(tmp_path, ROLL)[0].parks_mentioned
    assert {"舟山绿色石化基地", "青岛新河生态化工科技产业基地", "辽阳芳烃及精细化工产业化基地"} <= set(named)


def test_a_base_opening_a_roll_is_named_by_the_park_after_it(tmp_path):
    page = ("调研报告\n调研组先后听取了汇报。\n调研组实地考察了固阳县初级产品加工基地、包头九原工业园区，听取了汇报。\n")
    assert "固阳县初级产品加工基地" in read_page(tmp_path, page)[0].parks_mentioned


@pytest.mark.parametrize("line", [
    "全县建成青禾工业园区、猕猴桃产业基地、茶叶产业基地。",  # (a farm's base: no place of its own)
    "全省建成淄博东岳经济开发区、浙江绿色石化基地。",  # (a province's: a class)
    "全县建成舟山绿色石化基地、茶叶产业基地。",  # (beside no park the text names)
])
def test_a_base_without_a_place_or_beside_no_park_names_none(tmp_path, line):
    named = read_page(tmp_path, f"情况通报\n本报讯 情况如下。\n{line}\n")[0].parks_mentioned
    assert not [n for n in named if n.endswith("基地")]


def test_a_science_city_two_states_build_keeps_their_pair(tmp_path):
    page = "中新天津生态城2023年工作总结\n今年以来，生态城新入驻企业120家，新签约项目30个。\n"
    assert read_page(tmp_path, page)[0].park == "中新天津生态城"


def test_a_city_after_a_direction_and_an_adjective_is_no_pair(tmp_path):
    # must-not: 中 + 新 opening a sentence's words (中新 is no pair before a word that is no city) names no zone
    page = "情况通报\n本报讯 中新网天津5月6日电，天津生态城新入驻企业120家。\n"
    assert "中新" not in (read_page(tmp_path, page)[0].park or "")
