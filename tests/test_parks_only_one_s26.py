"""The one zone a news page names, up front or twice, is its park (reading version 105). Own pages, own names.

A page that names a single zone, in its title or first sentence or twice in its text, tells of something that happens
there (a project breaking ground in it, an incubator opening in it): a user filtering by the park looks for it. Before,
such a page had no park unless its words were about parks as such. Named once, deep in the body, the zone stays no
park of the page; a county's report, a roll of parks and the other cases told apart before keep their reading.
"""
from pathlib import Path

import pytest

from conftest import read_page


def park(tmp_path: Path, text: str):
    (report, *_) = read_page(tmp_path, text + "\n")
    return report.park


@pytest.mark.parametrize("text, want", [
    # the zone in the lead of a project's groundbreaking: the project starts there
    ("总投资36亿元 青禾新材料一体化项目开工\n"
     "3月18日上午，青禾新材料公司年产20万吨新材料一体化项目在临河经济开发区开工建设。市长宣布项目开工。"
     "项目建成后，预计年产值50亿元，带动就业800人。", "临河经济开发区"),
    # an incubator that stands in a science park opens: the park named in the first sentence
    ("新营育成中心揭牌 副市长：产业发展新起点\n"
     "座落在新营软件园区的新营育成中心，今日举行揭牌仪式，副市长出席致辞。副市长表示，育成中心将协助新创企业成长。"
     "目前已有12家新创企业申请进驻，涵盖数位内容与资讯软体。", "新营软件园区"),
    # named twice past the first sentence, as where the news happens
    ("州政府欢迎更多高科技投资\n"
     "州首长今日表示，州政府今年已吸引逾20亿元投资，将继续推动高科技产业发展。"
     "他是在出席武义科技园展厅开幕仪式时这么表示。他说，武义科技园主打技术导向的工业概念，已有多家企业进驻。", "武义科技园"),
])
def test_the_one_zone_a_news_page_names_up_front_or_twice_is_its_park(tmp_path, text, want):
    assert park(tmp_path, text) == want


@pytest.mark.parametrize("text", [
    # named once, deep in the body, as a place among others
    ("柏县物流业发展提速 今年瞄准50亿\n"
     "今年，柏县将加快物流业发展，力争物流业增加值突破50亿元。全县将完善物流网络，培育物流企业，提升服务水平。"
     "推进冷链物流体系建设，加快城乡配送网络布局，并推进柏东物流园区的选址与规划。"),
    # a town's own text, speaking of the town as a whole; its park is named up front as what its industry rests on
    ("溪桥镇新添一处滨水公园\n"
     "纺织业是溪桥镇的传统支柱产业。2023年，以武义纺织工业园为依托的纺织产业实现产值80亿元，占全镇工业产值一半以上。"
     "溪桥镇将依托龙头企业延链补链，做大做强纺织产业。"),
])
def test_a_zone_named_once_deep_in_the_body_is_no_park_of_the_page(tmp_path, text):
    assert park(tmp_path, text) is None


# the yearly disclosure report's template names the office to ask about the report (如对本报告有疑问，请与某某管委会办公室
# 联系): the report is that park's own; 如 there is "if", not "for example" (a sentence of examples opens on 如 too)
def test_the_disclosure_reports_own_office_names_its_park(tmp_path):
    text = ("根据《中华人民共和国政府信息公开条例》的规定和《政府信息公开工作年度报告》编制要求，编制本年度报告。"
            "报告中所列数据的统计期限自2022年1月1日起至2022年12月31日止。如对本报告有疑问，请与武义县高新技术产业园区管委会"
            "办公室联系（电话：0579-1234567）。\n一、总体情况\n2022年，园区认真贯彻落实政府信息公开工作要求，主动公开信息120条。")
    assert park(tmp_path, text) == "武义县高新技术产业园区"


def test_a_sentence_of_examples_opening_on_ru_still_names_no_park(tmp_path):
    text = ("物流园区的类型\n物流园区按功能可分为三类。如无锡物流园区以仓储为主，武义物流园区以配送为主，各有侧重。"
            "各地应因地制宜，合理规划。")
    assert park(tmp_path, text) is None


# a software park is a class of zones (the State's 国家软件产业基地; Taiwan writes 軟體 for 软件): its name is a place and
# the head 软件园区, and a headline's subject glued before it (某公司带旺…) is no part of the name
@pytest.mark.parametrize("text, want", [
    ("宁波软件园区上半年营业额增长两成\n宁波软件园区上半年实现营业额120亿元，同比增长20%。园区新引进企业35家。", "宁波软件园区"),
    ("輝達帶旺新營軟體園區1至4月營業額創新高\n新營軟體園區1至4月營業額達32.5億元，創近8年新高。園區廠商持續擴大投資。", "新营软体园区"),
])
def test_a_software_park_is_a_park(tmp_path, text, want):
    assert park(tmp_path, text) == want


# the State's zones on its borders are parks: a 重点开发开放试验区 and a 边民互市贸易区 after their place
@pytest.mark.parametrize("text, want", [
    ("今年上半年，满洲里边民互市贸易区交易额达2.1亿元\n满洲里边民互市贸易区今年上半年交易额达2.1亿元，同比增长30%。", "满洲里边民互市贸易区"),
    ("勐腊重点开发开放试验区建设提速\n勐腊重点开发开放试验区今年新引进项目12个，总投资36亿元。", "勐腊重点开发开放试验区"),
])
def test_a_border_zone_of_the_state_is_a_park(tmp_path, text, want):
    assert park(tmp_path, text) == want


# what the State builds parks for names a kind as 返乡 does (扶贫产业园: a place lifted out of poverty, 闽宁 the two
# provinces pairing up), and a port's zone is one as an airport's is (临港经济区 as 临空经济区)
@pytest.mark.parametrize("text, want", [
    ("截至目前，东西部协作重点项目——宁夏盐池县闽宁扶贫产业园已入驻40家企业\n园区今年新增就业岗位1200个，带动周边群众增收。",
     "宁夏盐池县闽宁扶贫产业园"),
    ("青岛临港经济区招商引资突破500亿元\n青岛临港经济区今年以来新签约项目36个，协议投资突破500亿元。", "青岛临港经济区"),
])
def test_a_poverty_relief_park_and_a_ports_zone_are_parks(tmp_path, text, want):
    assert park(tmp_path, text) == want
