"""Names formed like a park's that name none, and a partner-built park's edge (session 16, from the misses of session
15's study pages):

- a count closing what stands before a head (台湾三大科学园区, 榆川三大产业园区) is the place's parks counted, as a
  count alone is (三大科学园区): never one park;
- 合作 after two parties (中新合作开发区, 川港（广安）合作产业园) says what the park is, as 示范 does: it is never the
  city of 合作 (合作市, which keeps its level when a park is named after it); with the parties and the city in
  brackets the whole is the park's name, and a verb before the parties (加快…) is the sentence's;
- the world or a continent before a head (亚洲科学园区协会, 亚洲地区科学园区) is parks of many countries;
- a garden's one word (公园, 花园) closing a name a tour visits is a garden, not a zone named outside the heads;
- a word of the sentence between a Taiwan science park's short name and 园区 (竹科下辖园区: "the parks under 竹科")
  is no site of it (竹科龙潭园区 is);
- a company's name starts at one of the words of the run before 公司 (另辖属 + 第一邮联运股份有限公司), and a
  headline's shortening of it from there makes the weak-headed park after it the company's own;
- in Hong Kong's writing 科學園公司 is the corporation that runs its science parks, not the one park 科學園 alone
  stands for; and firms settling (落户) in a zone named by a place noun (某某科技城) say it is a zone, as 入驻 does;
- a headline naming a park beside another or a party (数码港与科学园的未来, 甲科技园与乙工业园的十年) is about both:
  a later mention of one alone in the body does not single it out;
- a Taiwan science park's news quoting its bureau (該管理局表示，南科…) speaks of the park by its short name, as a page
  naming 科學園區 does; and Hong Kong's 创科 is its 创新及科技 in every name (港深创科园 = 港深创新及科技园: one facet value);
- a zone of a weak head named only as a project (招引落地某某数字经济产业园项目) is a park to be built, no park named; a
  works on a phase of one (某某科技产业园三期项目) names the park it extends.
The sentences are our own."""
from __future__ import annotations

from pathlib import Path

import pytest

from indexer.reading.parks import choose_park, find_park_mentions, park_key
from indexer.search.parknames import ParkNames
from indexer.reading.pipeline import read_file

AUTHORED = Path(__file__).resolve().parent / "gold" / "authored"


@pytest.mark.parametrize("text, names", [
    # a count of a place's parks
    ("2024年台灣三大科學園區營業額正式出爐，合計達新台幣4.76兆元。", []),
    ("今年前三季度，榆川三大产业园区合计实现营业收入860亿元。", []),
    ("全市两个省级开发区共完成投资40亿元。", []),
    # 合作 after the parties
    ("苏州工业园区中新合作开发区规划面积70平方公里。", ["苏州工业园区"]),
    ("成功创建省级绿色工业园区、川港(广安)合作产业园。", ["川港（广安）合作产业园"]),
    ("加快浙川(广元)合作产业园二期建设。", ["浙川（广元）合作产业园"]),
    # (a verb before partners whose name holds a common word stays out, the name whole)
    ("召开上合组织（临沂）国际物流园推进会。", ["上合组织（临沂）国际物流园"]),
    ("推进中德（沈阳）高端装备制造产业园建设。", ["中德（沈阳）高端装备制造产业园"]),
    # the city of 合作 with its level still names its park
    ("甘肃合作市经济开发区新引进企业5家。", ["甘肃合作市经济开发区"]),
    # the world or a continent
    ("协会致力于推动亚洲地区科学园区的交流与合作。", []),
    ("青禾科学园区管委会主任当选亚洲科学园区协会副理事长。", ["青禾科学园区"]),
    # a word of the sentence after a science park's short name; a site after it
    ("竹科下轄園區中，以生醫產業為主的園區成長最多。", []),
    ("中科二林園區、竹科龍潭園區今年新引進廠商6家。", ["中科二林园区", "竹科龙潭园区"]),
])
def test_names_formed_like_a_parks(text, names):
    assert [m.name for m in find_park_mentions(text)] == names


def test_a_garden_on_a_tour_of_the_zone_is_no_park():
    body = ("3月8日下午，市政协原副主席王建平来园区考察，在园区党工委副书记、管委会副主任李明陪同下，"
            "先后参观了榆林公园、晨光科技、园区邻里中心等项目。")
    park, mentioned, _ = choose_park("", body)
    assert park is None and mentioned == []


def test_a_zone_named_outside_the_heads_still_names_the_page():
    # (the same route as the garden: a zone's 园 after the field it is for, a word of its own)
    body = "港深创科园首批企业已进驻，园区出租率约八成。\n管理公司表示，明年将再推出两座大楼。"
    assert choose_park("", body)[0] == "港深创科园"


@pytest.mark.parametrize("page, park, named", [
    ("p16_01_partner_park_cooperation_word.txt", "榆川经济开发区", ["榆川经济开发区", "浙川（广元）合作产业园"]),
    ("p16_02_count_of_a_citys_parks_in_headline.txt", None, ["青禾经济开发区", "白溪工业园区", "东湾物流园区"]),
    ("p16_03_garden_on_a_tour_of_the_zone.txt", None, []),
    # (its sites by the township alone are named since session 32, as the study sets' labellers list them, 7 pages of 7)
    ("p16_04_science_park_sites_under_its_short_name.txt", "中部科学园区", ["中部科学园区", "后里园区", "二林园区"]),
    ("p16_05_continents_class_of_science_parks.txt", "青禾科学园区", ["青禾科学园区"]),
    ("p16_06_hong_kong_science_city_run_by_the_corporation.txt", "沙岭科技城", ["沙岭科技城"]),
    ("p16_07_two_zones_paired_in_the_headline.txt", None, ["榆林科技园", "白沙工业园"]),
    ("p16_08_bureau_by_deixis_science_park_short_name.txt", "中部科学园区", ["中部科学园区", "后里园区"]),
    ("p16_09_park_to_be_built_named_as_a_project.txt", None, ["常州科技产业园"]),
])
def test_authored_pages(page, park, named):
    (report,) = read_file(AUTHORED / page, AUTHORED).reports
    assert report.park == park, report.evidence
    assert report.parks_mentioned == named


def test_a_companys_shortening_from_a_word_inside_the_run_before_its_name():
    # (the run before 股份有限公司 holds the sentence's words, 交由旗下; the company's name starts at one of its words,
    # and the headline shortens it so: the park after it is the company's warehouse)
    title = "青港联运白沙综合物流园区举行动土仪式"
    body = ("10月30日，青港联运白沙综合物流园区举行动土仪式。\n该项目由青港集团投资建设，"
            "园区建成后将交由旗下青港联运股份有限公司经营，新建仓库4万平方米。")
    park, mentioned, _ = choose_park(title, body)
    assert park is None and mentioned == []
    # (without the company on the page the same headline names the park)
    assert choose_park(title, body.split("\n")[0])[0] == "白沙综合物流园区"


def test_the_corporation_by_its_parks_word_is_no_park_in_hong_kong():
    body = "本港創科局昨日公布新一年的創科資助計劃。\n科學園公司主席表示，明年將加強對初創企業的支援。"
    park, mentioned, _ = choose_park("", body)
    assert park is None and mentioned == []
    # (the park's word alone still names it)
    body = "本港創科局昨日表示，科學園出租率維持九成。\n科學園公司主席表示，明年將加強對初創企業的支援。"
    assert choose_park("", body)[0] == "香港科学园"


def test_firms_settling_in_a_science_city_make_it_a_zone():
    body = "青禾科技城今年新落户科技企业42家，引进研发机构6个。\n科技城党工委表示，将继续优化营商环境。"
    assert choose_park("", body)[0] == "青禾科技城"
    body = "青禾科技城今年新落户科技企业42家。\n科技城将继续优化营商环境。"
    assert choose_park("", body)[0] == "青禾科技城"


@pytest.mark.parametrize("title, park", [
    ("榆林科技园与白沙工业园的十年", None),
    ("榆林科技园、白沙工业园的十年", None),
    # (the same body under a headline of one park is that park's)
    ("白沙工业园的十年", "白沙工业园"),
])
def test_a_headline_pairing_a_park_is_about_both(title, park):
    body = (title + "\n十年前，它们几乎同时起步，功能相近，却走出了不同的路。\n"
            "白沙工业园侧重装备制造，近年引进了一批配套企业，出租率保持在九成以上。")
    assert choose_park(title, body)[0] == park


@pytest.mark.parametrize("body, park", [
    ("該管理局表示，南科今年營業額可望突破兆元，並推動橋頭園區擴建。", "南部科学园区"),
    ("園區管理局表示，南科今年營業額可望突破兆元。", "南部科学园区"),
    ("南科管理局表示，南科今年營業額可望突破兆元。", "南部科学园区"),
    # (no bureau and no science park on the page: 中科 is something else, a company's or an academy's short name)
    ("中科今年營業額成長三成，新產品將於明年上市。", None),
    ("該管理局表示，中科院今年將擴大招生。", None),
    # (any bureau is not the park's: a market regulator beside a company of that short name)
    ("市场监督管理局昨日表示，中科今年营业额增长三成，新产品将于明年上市。", None),
])
def test_a_science_parks_short_name_on_a_page_quoting_a_bureau(body, park):
    assert choose_park("", body)[0] == park


def test_hong_kongs_innovation_and_technology_shortened_is_one_park():
    assert park_key("港深创新及科技园") == park_key("港深创科园") == park_key("港深創新及科技園")
    assert sorted(ParkNames(["港深创科园", "港深創新及科技園"]).spellings("港深创科园")) == ["港深创科园", "港深創新及科技園"]


def test_a_park_named_only_as_a_project_is_not_named():
    body = "今年，县里谋划招引落地苏南数字经济产业园项目，目前已形成投资合作协议初稿。"
    assert choose_park("县经济运行情况", body)[1] == []
    body += "苏南数字经济产业园规划面积3平方公里。"
    assert choose_park("县经济运行情况", body)[1] == ["苏南数字经济产业园"]


def test_a_company_beside_a_zone_in_the_headline_leaves_it_the_zones_news():
    title = "华辰集团与榆林经济开发区签约"
    body = title + "\n3月5日，榆林经济开发区与华辰集团签订新能源电池项目投资协议，总投资30亿元。\n榆林经济开发区管委会主任出席签约仪式。"
    assert choose_park(title, body)[0] == "榆林经济开发区"
