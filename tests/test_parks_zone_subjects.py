"""Which park a page is about, by three mechanisms a careful reader uses, each with cases where it must not fire:

- a titleless page's lead counts as its title (a headline's park names the page; so does the lead's first words),
  and a headline's tour stop (先后到…) or a visitor's post (甲园区党工委书记…一行来乙高新区) is no park of the title;
- a zone named by a place noun outside the catalogue's heads (信息港, 软体园区, 工业集聚区, 创科园) names the page where
  it opens the title or the first sentence and the text treats it as a zone (firms settle or rent in it, its organs,
  园区 said of it); a garden, a seaport, a class of parks or a description names none;
- a park written with its city before its own name and without it is one park, named in its most complete form.
"""
from __future__ import annotations

import pytest

from indexer.reading import parks
from indexer.reading.pipeline import read_file

REST = "\n会议要求，各部门要紧盯全年目标，抓项目、稳运行、优服务。\n"


@pytest.mark.parametrize("text, park", [
    # the lead's own subject, though another zone recurs below it
    ("4月2日，溪川高新区召开一季度经济运行分析会。\n会上，从青港经济开发区迁入的三家企业作了交流发言。"
     "三家企业表示，青港经济开发区的配套企业也将陆续跟进。", "溪川高新区"),
    # the zone where an event was held: not what the page is about
    ("5月8日，全市开发区工作推进会在溪川高新区召开。\n会议通报了一季度全市开发区主要经济指标完成情况。", None),
    # a tour of several places in the lead
    ("6月3日，柳川考察团先后到青岭经济开发区、白溪市政务服务中心学习考察。\n考察团表示，要把学到的经验用起来。", None),
])
def test_a_titleless_pages_lead_counts_as_its_title(tmp_path, text, park):
    page = tmp_path / "lead.txt"
    page.write_text(text + REST, encoding="utf-8")
    (report,) = read_file(page, tmp_path).reports
    # no title line: the lead's first words, past its dateline (4月2日，: session 17's convention for news)
    assert 0 <= text.find(report.title[:8]) <= 12
    assert report.park == park, report.evidence


@pytest.mark.parametrize("title, park", [
    ("柳川考察团先后到青岭经济开发区学习取经", None),  # a tour stop
    ("青港现代物流园区党工委书记赵国平一行来松林高新区考察", "松林高新区"),  # the visitors' post, then where they went
    ("通辽开发区管委会主任：集中力量建设亮丽开发区", "通辽开发区"),  # a post, and no park gone to: the post's park
    ("赵国平一行到松林高新区考察", "松林高新区"),
])
def test_a_headlines_tour_stop_and_a_visitors_post_name_no_park(title, park):
    body = "考察团一行实地察看了园区企业服务中心和人才公寓，座谈交流了园区运营管理经验。"
    assert parks.choose_park(title, body)[0] == park


FIRMS = "今年以来新入驻企业42家，园区入驻企业总数达到516家，出租率超过九成。"


@pytest.mark.parametrize("title, body, park", [
    # a zone's name outside the catalogue's heads, opening the title, firms settling in it
    ("青岭信息港一季度新入驻企业42家", "今年一季度，青岭信息港新入驻企业42家。" + FIRMS, "青岭信息港"),
    ("數碼港擴建計劃 明年動工", "政府預留55億元擴建數碼港。數碼港現有租戶98個，出租率超過九成。", "数码港"),
    ("溪湖軟體園區年底完工", "經濟部開發的溪湖軟體園區，已有60家廠商簽約進駐。", "溪湖软体园区"),
    ("青阳县柳塘工业集聚区", "青阳县柳塘工业集聚区位于县城东南，由四个园区组成，已入驻企业46家。", "青阳县柳塘工业集聚区"),
    # (the title's short form and the lead's full name: one zone, named in full)
    ("港深創科園｜首批企業進駐率約八成", "位於河套的港深創新及科技園，第一期首3座大樓落成，企業進駐率約八成。", "港深创新及科技园"),
    # two places sharing one head are two parks, no zone's name
    ("嘉禾县石门及龙泉产业园区同日动工", "嘉禾县石门及龙泉产业园区开发工程同日动工，预计可供40余家企业进驻。", None),
    ("临沂创科园开园", "4月8日，临沂创科园正式开园，首批32家企业签约入驻。", "临沂创科园"),  # (one head: 开园 is the news)
    ("青岭新能源产业基地一季度新入驻企业12家", "今年一季度，青岭新能源产业基地新入驻企业12家。", "青岭新能源产业基地"),
    # the first sentence's subject after a clause describing it, when the title names no park
    ("瞄準5產業 年底前竣工", "由經濟部加工區管理處開發的台中軟體園區，成功吸引149家廠商進駐投資，促進園區及地方產業發展。",
     "台中软体园区"),
    # where the same form is no zone's: a wetland park visitors enter, a seaport, a class of parks, a description
    ("青林湿地公园五一假期接待游客8.2万人次", "五一假期公园共接待游客8.2万人次。园区内新增两处观鸟点，游客有序入园。", None),
    ("宁波舟山港一季度集装箱吞吐量增长8%", "一季度宁波舟山港完成集装箱吞吐量906万标准箱，另有12家航运企业入驻港区。", None),
    ("黄圃港集装箱吞吐量增长8倍", "黄圃港是该镇现代物流发展的重要平台，多家物流企业入驻。", None),
    ("柳州市特色园区建设提速", "今年以来，柳州市特色园区建设全面提速，全市特色园区新入驻企业86家。", None),
    ("临港重点园区去年营业收入增长三成", "2022年临港重点园区累计完成固定资产投资326.5亿元。2022年，重点园区实现税收收入92.4亿元。", None),
    ("创新园区 十年有成", "青禾科技园成立十周年了，园区有三百多家科技公司入驻，出租率接近九成。", "青禾科技园"),
    # a zone's form named in passing, in no title and no opening
    ("全市经济运行平稳", "一季度全市规上工业增加值增长6.1%。另据了解，青岭信息港新入驻企业42家。", None),
    # a zone's form with no sign of a zone: a text about a building
    ("青岭信息港大楼封顶", "青岭信息港大楼主体结构今天封顶，预计明年交付使用。", None),
])
def test_a_zone_outside_the_catalogue_heads_names_the_page_it_opens(title, body, park):
    assert parks.choose_park(title, body)[0] == park


@pytest.mark.parametrize("title, body, park", [
    # the city's form once, the name alone more often: one park, the city's form its name
    ("加快打造全市新的增长极", "记者：宿州青湾经济开发区虽然是全市成立最晚的开发区，但发展变化很快。\n"
     "周立新：青湾经济开发区今年前三季度完成规上工业产值126亿元。下一步青湾经济开发区将抓好项目建设。", "宿州青湾经济开发区"),
    ("香港数码港三成以上入驻企业为内地项目", "数码港企业发展总监表示，数码港超过30%的入驻企业为内地项目。", "香港数码港"),
    # a province before the name is an address, no city's form (the key already drops it)
    ("安徽青湾经济开发区前三季度产值增长15%", "青湾经济开发区今年前三季度完成规上工业产值126亿元。", "安徽青湾经济开发区"),
])
def test_a_park_written_with_its_city_and_without_it_is_named_with_its_city(title, body, park):
    assert parks.choose_park(title, body)[0] == park


@pytest.mark.parametrize("longer, shorter, short", [
    ("港深创新及科技", "港深创科", True),  # the proper part kept, the rest cut to its words' first characters
    ("青岭新能源产业", "青岭新产", True),
    ("高雄软体", "高软", False),  # (the proper part cut too: not read)
    ("青林岭南", "青岭", False),  # two places' names, no shortening
    ("南京江宁", "南京", False),
    ("苏州工业", "苏州园", False),
])
def test_a_name_shortened_as_chinese_shortens_names(longer, shorter, short):
    assert parks._abbreviates(longer, shorter) is short


@pytest.mark.parametrize("longer, shorter, city", [
    ("临沂临港", "临港", "临沂"),
    ("宿州青湾", "青湾", "宿州"),
    ("安徽临港", "临港", ""),  # a province: an address, not the park's city
    ("青松临港", "临港", ""),  # no division the gazetteer knows
    ("临港", "临港", ""),
])
def test_the_city_before_a_parks_own_name(longer, shorter, city):
    assert parks._city_before(longer, shorter) == city


@pytest.mark.parametrize("body, park", [
    # the last of places sharing one head is an item of the list
    ("園管局表示，更新工作以溪口、柳塘及台中大雅科技產業園區為主軸，首波投入15億元。\n預估可釋出8萬平方公尺樓地板面積。", None),
    # one park named after its city alone is the first sentence's (with the city written before its own township, as
    # the blind sets' labellers name it since session 34: 台中潭子科技产业园区, 2 labelled pages of 2)
    ("園管局表示，更新工作以台中大雅科技產業園區為主軸，首波投入15億元。\n預估可釋出8萬平方公尺樓地板面積。", "台中大雅科技产业园区"),
])
def test_the_last_of_places_sharing_one_head_is_listed(body, park):
    assert parks.choose_park("", body)[0] == park


@pytest.mark.parametrize("page, park", [
    ("p14_01_titleless_lead_names_its_zone.txt", "溪川高新区"),
    ("p14_03_zone_with_its_city_then_without.txt", "宿州青湾经济开发区"),
    ("p14_04_information_port_headline.txt", "青岭信息港"),
    ("p14_05_taiwan_software_park_news.txt", "溪湖软体园区"),
    ("p14_06_county_zone_profile_new_head.txt", "青阳县柳塘工业集聚区"),
    ("p14_07_wetland_park_visitors.txt", None),
    ("p14_08_seaport_throughput.txt", None),
    ("p14_09_city_class_of_parks.txt", None),
    ("p14_10_bureau_renews_parks_sharing_a_head.txt", None),
    ("p14_11_headline_tour_stops.txt", None),
])
def test_authored_pages(page, park):
    from pathlib import Path
    folder = Path(__file__).resolve().parent / "gold" / "authored"
    (report,) = read_file(folder / page, folder).reports
    assert report.park == park, report.evidence
