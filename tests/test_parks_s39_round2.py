"""Zones abroad named as the State's class names them, and the parties joined before them (session 39, round 2).

- An overseas economic and trade cooperation zone (the State's class 境外经贸合作区, 经济贸易合作区 in full) is named by
  its place abroad, and often by the two states that build it before it (中埃 + 某某经贸合作区): a place or the parties'
  names before 经贸合作区 name a zone, as they do before 产业合作区. The class alone, after 境外 or a rank, names none.
  (Study pages of 4 hosts write such a zone: eastday, ce.cn, jxxfw, hamasdt.)
- The parties of a zone's name are joined by a dash (中马—钦州产业园区) or, as press and official writing also joins
  them, by a middle dot (中国·某国经贸合作区: 2 hosts of the study pages): the parties before the dot are the name's.
  A dot after a number or a column's word (2023·, 专题·) joins no party. The ASCII hyphen joins them too (惠山-贾汪
  工业园: 2 hosts of the study pages; the dashes' class had read it as a range and left it out).
- The provinces' pairing programmes name their parks by the pair or the county, the programme and the head (龙泉-萧山 +
  山海协作 + 产业园, 某县 + 山海协作 + 产业园): 协作 says what kind of park it is as 合作 does, and 山海 is no place. The
  programme's parks as a class (共建山海协作产业园) name none.
- An autonomous prefecture or county is written by its place and its level's last character, its peoples left out
  (恩施州, 湘西州, 北川县, 长阳县): the gazetteer knows it so, and the zone named after it is vouched for. The place of a
  division named with its peoples is cut where the State's list of peoples begins (黔东南 + 苗族侗族, 西双版纳 + 傣族,
  龙胜 + 各族), never inside the place (黔东, 西双).
- A place abroad written for its sounds is one name however the segmenter cuts it into transliterated words (莫罗 +
  瓦利 + 工业园区); one the segmenter knows as a transliteration (西哈努克 + 港) before a head names a zone on a page
  naming a country abroad, not on a page that names none (3 hosts of the study pages name 西哈努克港经济特区).
- A special economic zone abroad is named by its city, whose Chinese name may be a common word (金边, "gilded edge")
  or a township's of Taiwan (西港): on a page naming a country abroad, the words the page repeats before 经济特区 or
  特区 name the zone. The region or city of China before 特区 (香港特区, 深圳特区) and a verb before it name none.
Places abroad and the numbers are invented or real divisions; the sentences are our own.
"""
import pytest

from indexer.reading.parks import find_park_mentions, is_division
from tests.conftest import read_page


def _names(text):
    return [m.name for m in find_park_mentions(text)]


@pytest.mark.parametrize("text, name", [
    ("这座新城就是2010年动工的中埃苏伊士经贸合作区。", "中埃苏伊士经贸合作区"),
    ("项目落户中国·印尼经贸合作区，总投资3亿美元。", "中国·印尼经贸合作区"),
    ("赞比亚谦比希经济贸易合作区新入驻企业8家。", "赞比亚谦比希经济贸易合作区"),
])
def test_a_place_or_parties_before_the_trade_cooperation_head_name_a_zone(text, name):
    assert name in _names(text)


@pytest.mark.parametrize("text", [
    "我国在海外建设了多个境外经贸合作区。",  # (the class, counted)
    "推进境外经贸合作区高质量发展。",  # (the class, after a verb)
    "该园区被确认为国家级境外经贸合作区。",  # (the class of a rank)
    "中白工业园是首批境外经贸合作区之一。",  # (the class as what a named park is)
])
def test_the_class_of_trade_cooperation_zones_names_none(text):
    assert not any(n.endswith("经贸合作区") for n in _names(text))


@pytest.mark.parametrize("text", [
    "2023·青岭县经济开发区工作要点",  # (a year before the dot: no party)
    "专题·高新区建设",  # (a column's word)
])
def test_a_middle_dot_after_a_number_or_a_column_joins_no_party(text):
    assert not any("·" in n for n in _names(text))


def test_a_trade_cooperation_zone_in_the_title_is_the_reports_park(tmp_path):
    title = "走进中埃苏伊士经贸合作区"
    lead = "截至去年底，中埃苏伊士经贸合作区累计吸引企业70家，实际投资额9亿美元。"
    assert read_page(tmp_path, f"{title}\n{lead}\n")[0].park == "中埃苏伊士经贸合作区"


@pytest.mark.parametrize("text, name", [
    ("由两地共建的“临安-遂昌工业园”今年新开工项目6个。", "临安-遂昌工业园"),
    ("鄞州-景宁工业园建设加快推进。", "鄞州-景宁工业园"),
    ("2019年以来，江山-柯城山海协作产业园累计引进项目14个。", "江山-柯城山海协作产业园"),
    ("泰顺山海协作产业园新签约项目5个。", "泰顺山海协作产业园"),
])
def test_a_pair_joined_by_a_hyphen_or_a_pairing_programme_names_the_park(text, name):
    assert name in _names(text)


@pytest.mark.parametrize("text", [
    "两地合作共建山海协作产业园。",  # (the programme's parks as a class)
    "项目选择落户山海协作产业园。",
    "推进东西部协作产业园建设。",
    "推动-遂昌工业园",  # (a verb before the hyphen: no party)
])
def test_the_programmes_class_or_a_verb_before_a_hyphen_names_no_pair(text):
    assert not any("协作" in n or "-" in n for n in _names(text))


@pytest.mark.parametrize("text, name", [
    ("北川县香泉石材工业区项目集中开工。", "北川县香泉石材工业区"),
    ("长阳县龙舟坪工业园区新入驻企业6家。", "长阳县龙舟坪工业园区"),
    ("石柱县临港工业园区建设提速。", "石柱县临港工业园区"),
])
def test_an_autonomous_county_written_short_with_its_level_vouches_for_its_park(text, name):
    assert name in _names(text)


@pytest.mark.parametrize("word, is_place", [
    ("恩施州", True), ("湘西州", True), ("北川县", True), ("黔东南", True), ("黔西南州", True), ("西双版纳", True),
    ("伊犁州", True), ("张家川县", True), ("龙胜", True),
    ("黔东", False), ("西双", False), ("龙胜各族", False), ("张家", False),
])
def test_the_place_of_an_autonomous_division_is_cut_where_its_peoples_begin(word, is_place):
    assert is_division(word) is is_place


@pytest.mark.parametrize("text, name", [
    ("印尼莫罗瓦利工业园区新投产项目3个。", "印尼莫罗瓦利工业园区"),
    ("由中国、柬埔寨两国企业共同开发的西哈努克港经济特区已入驻企业170家。", "西哈努克港经济特区"),
    ("据柬埔寨海关统计，西哈努克港经济特区进出口总额增长20%。", "西哈努克港经济特区"),
])
def test_a_place_abroad_written_for_its_sounds_names_the_zone(text, name):
    assert name in _names(text)


def test_a_transliteration_before_a_head_on_a_page_naming_no_country_abroad_names_none():
    assert "西哈努克港经济特区" not in _names("西哈努克港经济特区进出口总额增长20%。")


@pytest.mark.parametrize("text, name", [
    ("金边经济特区积极招商。随着外资进驻，金边经济特区所需劳工将翻倍。柬埔寨技术劳工不足。", "金边经济特区"),
    ("西港特区位于柬埔寨西哈努克省。至今年底，西港特区已入驻企业160家。", "西港特区"),
])
def test_a_special_zone_abroad_named_by_its_city_the_page_repeats(text, name):
    assert name in _names(text)


@pytest.mark.parametrize("text", [
    "香港特区政府与柬埔寨签署协议。香港特区将推动两地合作。",  # (a region of China)
    "深圳特区与柬埔寨交流经验。在深圳特区工作多年。",  # (a city of China)
    "柬埔寨计划设立经济特区。各国纷纷设立经济特区。",  # (a verb before the head)
    "金边经济特区积极招商。随着外资进驻，金边经济特区所需劳工将翻倍。",  # (no country abroad named)
    # (a distinguishing word, what exists or all, on a page naming countries abroad: the 1988 government report)
    "发挥现有经济特区的作用，实行比现有经济特区更加优惠的政策，欢迎新加坡、柬埔寨商人来投资。",
    "所有经济特区都要扩大开放。所有经济特区都同新加坡、马来西亚加强合作。",
])
def test_a_chinese_region_a_verb_or_a_page_naming_no_country_abroad_names_no_zone_abroad(text):
    assert not any(n.endswith("特区") for n in _names(text))
