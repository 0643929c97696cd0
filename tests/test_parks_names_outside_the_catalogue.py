"""Park names formed outside the catalogue's plain [place][qualifiers][head], and the names that only look like one.
Each mechanism follows how such names are built, with the cases where it must not fire:

- 城 ends a zone's name after science or what a science zone is built for (科技城, 科创城, 生态城), where the title or
  the first sentence is about it and the text treats it as a zone; after a trade's goods it is a market (商贸城), and
  a town (县城) is none;
- a topic label in brackets (【数码港】…) or a quotation opening the lead names what the text is about, as a title's
  part does;
- a township's name that ends in a zone's noun (大园, 桃园) is a place, not a zone's head (庆洲 + 大园 + 物流中心);
- a park built with partners names them and its city in brackets (中德（沈阳）高端装备制造产业园);
- a park of a weak head written right after a company's name or its shortening is the company's facility;
- a zone that needs no name speaking of itself up front (高新区党工委书记…) names its parts (某某产业园), not itself;
- Taiwan's science parks by their short names (竹科, 中科, 南科) on a page that speaks of science parks;
- the facet joins a city's form of a zone named outside the heads to the name alone (香港数码港 = 数码港).
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from indexer.reading import parks
from indexer.reading.pipeline import read_file
from indexer.search.parknames import ParkNames

AUTHORED = Path(__file__).parent / "gold" / "authored"
LABELS = json.loads((Path(__file__).parent / "gold" / "authored.json").read_text(encoding="utf-8"))["pages"]


def park_of(tmp_path, text: str) -> str | None:
    page = tmp_path / "page.txt"
    page.write_text(text, encoding="utf-8")
    (report,) = read_file(page, tmp_path).reports
    return report.park


@pytest.mark.parametrize("text, park", [
    # a science city with its organs: the zone, and 科技城 alone refers back to it
    ("青川科技城党工委召开专题会议\n5月9日，青川科技城党工委召开专题会议，研究科技城下半年招商工作。"
     "科技城管委会主任出席。会议指出，今年已有12家企业入驻科技城。\n", "青川科技城"),
    ("白溪生态城加快建设\n白溪生态城管委会介绍，今年生态城新引进企业8家，入驻率达到85%。\n", "白溪生态城"),
    # a market named after its goods: firms settle in it, no zone
    ("青川汽车城五一车展开幕\n4月30日，青川汽车城五一车展开幕，城内40余家经销商入驻参展。\n", None),
    ("临沂商贸城春节后开市\n2月18日，临沂商贸城开市，商户入驻率超过九成。\n", None),
    # a town: 县城, with the county's organs nowhere
    ("青川县城改造提速\n今年青川县城新建道路5条，老旧小区改造完成12个，入驻商户增加。\n", None),
])
def test_a_city_named_for_science_is_a_zone_and_a_market_is_none(tmp_path, text, park):
    assert park_of(tmp_path, text) == park


@pytest.mark.parametrize("text, park", [
    # a forum post whose byline is its first line: the bracketed topic label names the zone
    ("港科迷 發表於 2024-3-12 10:21:05\n【數碼港】擬擴建共用工作間，園區出租率已逾九成，初創企業輪候進駐。\n", "数码港"),
    # a lead opening with a quotation whose subject is the zone
    ("近五年企業數翻番\n“數碼港是初創企業的樂土。”局長日前指出，數碼港的落戶企業已有2000多家。\n", "数码港"),
    # the label names an event, not a zone: no name
    ("港科迷 發表於 2024-3-12 10:21:05\n【活動預告】本週六舉行創科講座，歡迎初創企業報名。\n", None),
])
def test_a_topic_label_or_an_opening_quotation_names_the_subject(tmp_path, text, park):
    assert park_of(tmp_path, text) == park


def test_a_townships_last_character_is_no_zones_head(tmp_path):
    # 大园 is a township the gazetteer knows; 庆洲 a company: its logistics centre is no zone
    text = ("慶洲大園物流中心動土\n市長表示，目前已有1600多家物流企業，市府將協助廠商解決投資問題。"
            "慶洲股份有限公司投入9億元設立慶洲大園物流中心。\n")
    assert park_of(tmp_path, text) is None


@pytest.mark.parametrize("text, names", [
    ("中德（沈阳）高端装备制造产业园", ["中德（沈阳）高端装备制造产业园"]),
    ("中韩(盐城)产业园", ["中韩（盐城）产业园"]),  # ASCII brackets: one name, one spelling
    ("中国—东盟（钦州）产业园", ["中国—东盟（钦州）产业园"]),
    ("记者从上合组织（临沂）国际物流园管委会获悉", ["上合组织（临沂）国际物流园"]),  # the sentence's words stay out
    ("召开中欧（晋江）数字经济产业园推进会", ["中欧（晋江）数字经济产业园"]),
    ("该项目位于中心（城区）产业园", []),  # a common word before the brackets
    ("某县（试行）工业园区", []),  # no city in the brackets
    ("中德（沈阳）合作签约的产业园", []),  # a clause between the brackets and the head
    ("青禾经开区（东区）新材料产业园", ["青禾经开区"]),  # a park's side in brackets, and a zone inside it
    # a pilot zone's province in brackets, and a city's block of it after: no partners' park (the rule once named
    # 中国（某省）自贸试验区某市片区高新区 a park); the pilot zone's part itself is a zone (session 24, test_parks_s24.py)
    ("中国（安徽）自贸试验区合肥片区高新区块举行签约", ["中国（安徽）自贸试验区合肥片区", "合肥高新区"]),
])
def test_a_park_built_with_partners_is_named_with_its_city_in_brackets(text, names):
    assert [n for n, _ in parks.find_parks(text)] == names


def test_a_partner_park_is_the_page_park_also_when_named_in_its_organs_title():
    park, _, why = parks.choose_park("跨境班列开行量创新高", "记者从上合组织（临沂）国际物流园管委会获悉，今年以来，"
                                     "物流园累计开行国际班列120列。园区新增入驻企业18家。")
    assert park == "上合组织（临沂）国际物流园", why


@pytest.mark.parametrize("title, body, park", [
    # a company's warehouse park: the headline shortens the company's name (华运国际储运 → 华运储运); since session 29
    # one whose groundbreaking the headline reports, and the text names again, is the page's park (the blind sets'
    # labellers: 4 such pages of 4 hosts, all labelled with the park; tests/test_parks_s29.py)
    ("华运储运观音仓储物流园区动土", "华运国际储运公司今日举行观音仓储物流园区动土典礼，该园区占地3万余坪。", "华运储运观音仓储物流园区"),
    # (the text never names it again: still none)
    ("远航物流高雄综合物流园区动土", "远航物流股份有限公司成立于2016年，园区完工后将引进跨境电商厂商进驻。", None),
    # a zone whose name a company's name does not open: the company is one of its firms
    ("观音工业区厂商联谊会成立", "华运国际储运公司等32家观音工业区厂商今日成立联谊会。", "观音工业区"),
    # a company developing a zone of a catalogue head: the zone keeps its name (招商局, an organisation, is no place)
    ("招商局漳州开发区2023年工作总结", "2023年，招商局漳州开发区完成工业总产值120亿元。招商局集团加大投入。",
     "漳州开发区"),
    # a common word before 公司 makes no company of the park's words (园区开发公司 … 园区内的青岭食品产业园)
    ("青岭食品产业园新增入驻企业12家", "园区开发公司今年推进园区内的青岭食品产业园建设，新增入驻企业12家。",
     "青岭食品产业园"),
])
def test_a_park_a_company_owns_is_its_facility_not_a_zone(title, body, park):
    assert parks.choose_park(title, body)[0] == park


@pytest.mark.parametrize("title, body, park", [
    # the zone's own news, its head going to one of its parts: no park is named as the report's
    ("高新区党工委书记到青山智能装备产业园调研", "11月24日，高新区党工委书记、管委会主任刘培国到青山智能装备产业园调研。"
     "刘培国强调，青山智能装备产业园要加快厂房建设，早日投产。", None),
    ("", "11月24日，高新区党工委书记、管委会主任刘培国到青山智能装备产业园调研。刘培国强调，青山智能装备产业园要加快"
     "厂房建设。青山智能装备产业园已入驻企业12家。", None),
    # a named zone's head going to the part: the named zone
    ("白溪高新区党工委书记到青山智能装备产业园调研", "11月24日，白溪高新区党工委书记刘培国到青山智能装备产业园调研。",
     "白溪高新区"),
    # the part's own headline: the part is what the page is about
    ("青山智能装备产业园加快建设", "11月24日，高新区党工委书记、管委会主任刘培国到青山智能装备产业园调研。", "青山智能装备产业园"),
])
def test_a_zone_speaking_of_itself_without_its_name_names_its_parts_not_itself(title, body, park):
    assert parks.choose_park(title, body)[0] == park


@pytest.mark.parametrize("text, names", [
    ("竹科384家廠商合計實收資本額1兆元，新竹科學工業園區管理局指出", ["新竹科学园区", "新竹科学工业园区"]),
    ("南科管理局今天公布，南科營業額成長21%", ["南部科学园区"]),  # the bureau speaks for it; 南科 is the park
    ("竹科、中科、南科等三個科學園區營業額創新高", ["新竹科学园区", "中部科学园区", "南部科学园区"]),
    ("竹科、中科及南科三個科學園區", ["新竹科学园区", "中部科学园区", "南部科学园区"]),  # 及南科, one word to the segmenter
    ("中科院在科学园区设立研究所", []),  # an academy
    ("中科曙光公司营业额增长，园区新增厂商", []),  # no science park spoken of: a company
    ("中科创新园区与南科管理局", []),  # a name built on it; an office alone
])
def test_a_taiwanese_science_parks_short_name_is_its_park(text, names):
    assert [n for n, _ in parks.find_parks(text)] == names


def test_a_page_of_a_science_park_by_its_short_name(tmp_path):
    text = ("南科營業額創同期新高\n南科管理局今天公布，今年前三季南科營業額達1.6兆元，較去年同期成長21%。"
            "園區今年新引進廠商15家。\n")
    assert park_of(tmp_path, text) == "南部科学园区"


@pytest.mark.parametrize("values, value, spellings", [
    (["数码港", "香港数码港"], "数码港", ["数码港", "香港数码港"]),
    (["数码港", "香港数码港"], "香港数码港", ["数码港", "香港数码港"]),
    # two cities' forms of one name: either could be meant, all stay apart
    (["科技城", "绵阳科技城", "遂宁科技城"], "科技城", ["科技城"]),
    # a name that is not the other with a city before it
    (["数码港", "香港数码城"], "数码港", ["数码港"]),
])
def test_the_facet_joins_a_citys_form_of_a_zone_named_outside_the_heads(values, value, spellings):
    assert ParkNames(values).spellings(value) == spellings


@pytest.mark.parametrize("page", sorted(p for p in LABELS if p.startswith("p15_")))
def test_each_authored_page_gets_the_park_a_person_gives_it(page):
    (gold,) = LABELS[page]
    (report,) = read_file(AUTHORED / page, AUTHORED).reports
    assert report.park == gold["park"], report.evidence.get("park")


@pytest.mark.parametrize("title, body, park", [
    # Taiwan's word for a project after a zone's name: the works, not the zone (as 项目 is)
    ("溪口運動用品產業園專案列入重點專案", "縣府表示，溪口運動用品產業園專案今年列入省級重點專案，預計年底動工。", None),
    ("溪口運動用品產業園新增廠商進駐", "縣府表示，溪口運動用品產業園今年新增廠商12家進駐。", "溪口运动用品产业园"),
])
def test_a_zone_named_before_taiwans_word_for_a_project_is_the_project(title, body, park):
    assert parks.choose_park(title, body)[0] == park
