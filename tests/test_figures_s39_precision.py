"""Session 39: figures' precision (issue 16) — what the modifiers of an indicator's noun and the subject of its clause
say about whose figure it is.

- A tax noun naming a relief: its 税 the object of a relief verb glued before it (免税金额, 退税额) or a relief word after it
  as the phrase's head (税收减免, 税收优惠, 税收返还) is the tax spared or given back, never the tax paid (税收).
- A class of firms as the subject of a figure firms own — a designation (高新技术, 龙头, 专精特新, 上市, 外资, a size floor or
  a ranking) or a programme (a quoted name, …工程) before 企业 — is the class's share, not the park's whole: a part, scope
  其他, as the house reads a breakdown by kind (分企业类型看，内资企业实现税收…) and a class told as its share of the park's;
  its bare output (实现产值) none, as the house gold reads a class's (园区高新技术企业实现产值…). The park's own firms
  (园区企业, 高新区企业, 入驻企业, 规上企业, “规上”企业, and a class after a size floor, the statistics' coverage) stay the
  park's; a class singled out by 其中 keeps its reading.
- 涉 + a product or trade before a name (涉茶总产值, 涉农收入) is that trade's whole, never the park's industry.

Sentences are the session's own (parks invented), each shape shown with its guard.
"""
from pathlib import Path

import pytest

from indexer.reading.pipeline import read_file


def figures(tmp_path: Path, text: str, title: str = "青岚经济开发区2023年工作总结") -> set:
    page = tmp_path / "page.txt"
    page.write_text(title + "\n" + text + "\n", encoding="utf-8")
    (report,) = read_file(page, tmp_path).reports
    return {(f.name, f.value, f.unit, f.status, f.scope) for f in report.indicators}


@pytest.mark.parametrize("text", [
    "2023年，青岚经济开发区为入驻企业办理免税金额2.4亿元，同比增长12%。",
    "全年园区企业享受出口退税额3.1亿元。",
    "全年园区退税金额1.6亿元，惠及企业85家。",
    "全年园区落实税收减免1.8亿元，惠及企业120家。",
    "全年园区企业享受税收优惠2.2亿元。",
    "青岚经济开发区全年兑现税收返还4300万元。",
])
def test_a_tax_relief_is_no_tax_paid(tmp_path, text):
    assert {f for f in figures(tmp_path, text) if f[0] == "税收"} == set()


@pytest.mark.parametrize("text, figure", [
    ("全年园区实现税收收入5.6亿元，同比增长9%。", ("税收", 5.6, "亿元", "实际", "园区")),
    ("园区入驻企业上缴税金3.2亿元，同比增长8%。", ("税收", 3.2, "亿元", "实际", "园区")),
    ("全年青岚经济开发区纳税总额4.1亿元，减税降费1.2亿元。", ("税收", 4.1, "亿元", "实际", "园区")),
])
def test_taxes_paid_stay(tmp_path, text, figure):
    assert figure in figures(tmp_path, text)


@pytest.mark.parametrize("text, figure", [
    ("全年园区高新技术企业实现营业收入52亿元，同比增长15%。", ("营业收入", 52, "亿元", "实际", "其他")),
    ("园区12家龙头企业实现税收2.3亿元。", ("税收", 2.3, "亿元", "实际", "其他")),
    ("园区“专精特新”企业实现主营业务收入18.6亿元。", ("营业收入", 18.6, "亿元", "实际", "其他")),
    ("园区“百千万”工程企业完成工业总产值31亿元。", ("工业总产值", 31, "亿元", "实际", "其他")),
    ("园区外资企业实现出口额2.6亿美元。", ("出口额", 2.6, "亿美元", "实际", "其他")),
    ("园区上市企业实现营业收入75亿元。", ("营业收入", 75, "亿元", "实际", "其他")),
])
def test_a_class_of_firms_is_a_part(tmp_path, text, figure):
    assert figures(tmp_path, text) == {figure}


def test_a_class_of_firms_bare_output_is_none(tmp_path):
    assert figures(tmp_path, "园区“百千万”工程企业实现产值31亿元。") == set()


def test_a_class_of_firms_says_why(tmp_path):
    page = tmp_path / "page.txt"
    page.write_text("青岚经济开发区2023年工作总结\n园区“专精特新”企业实现营业收入18.6亿元。\n", encoding="utf-8")
    (report,) = read_file(page, tmp_path).reports
    (figure,) = report.indicators
    assert "“专精特新”企业" in figure.why["name"]


@pytest.mark.parametrize("text, figure", [
    ("园区规上工业企业实现营业收入86亿元，同比增长10%。", ("营业收入", 86, "亿元", "实际", "园区")),
    ("园区“规上”企业实现营业收入86亿元。", ("营业收入", 86, "亿元", "实际", "园区")),
    ("园区入驻企业实现营业收入86亿元。", ("营业收入", 86, "亿元", "实际", "园区")),
    # the zone's firms (高新 is the zone's name here, 区 between), and a class after a size floor: the statistics'
    # coverage a zone reports its whole by
    ("青岚高新区企业实现营业收入860亿元。", ("营业收入", 860, "亿元", "实际", "园区")),
    ("青岚科技城规模以上高新技术企业实现总收入2836亿元。", ("营业收入", 2836, "亿元", "实际", "园区")),
    # a class singled out by 其中: a part, as the house reads parts
    ("园区实现营业收入86亿元，其中高新技术企业实现营业收入52亿元。", ("营业收入", 52, "亿元", "实际", "其他")),
])
def test_the_parks_own_firms_stay(tmp_path, text, figure):
    assert figure in figures(tmp_path, text)


def test_the_whole_beside_a_class_stays(tmp_path):
    found = figures(tmp_path, "园区实现营业收入86亿元，其中高新技术企业实现营业收入52亿元。")
    assert ("营业收入", 86, "亿元", "实际", "园区") in found


@pytest.mark.parametrize("text", [
    "全年园区实现涉茶总产值12.5亿元，同比增长8%。",
    "青岚经济开发区涉农企业实现涉农总产值6亿元。",
])
def test_a_trade_made_by_she_is_no_industrial_output(tmp_path, text):
    assert {f for f in figures(tmp_path, text) if f[0] == "工业总产值"} == set()


@pytest.mark.parametrize("text, figure", [
    ("全年园区实现总产值12.5亿元，同比增长8%。", ("工业总产值", 12.5, "亿元", "实际", "园区")),
    # 涉及 is the verb "to involve", no 涉 + a trade
    ("园区涉及工业总产值50亿元。", ("工业总产值", 50, "亿元", "实际", "园区")),
])
def test_the_parks_bare_output_stays(tmp_path, text, figure):
    assert figure in figures(tmp_path, text)


def test_a_class_told_as_its_share_of_the_park_is_a_part(tmp_path):
    found = figures(tmp_path, "全年园区实现营业收入86亿元。龙头企业实现营业收入52亿元，占园区比重60.5%。")
    assert ("营业收入", 52, "亿元", "实际", "其他") in found


# 预计 takes the clause after it as its object: a 将 inside that clause is its tense, never a plan of its own (预计明年园区将
# 完成…, 预计全年…将顺利完成…, Taiwan's 預計…營業額將可順利達成…); 将 with no 预计 before it stays a target
@pytest.mark.parametrize("text, figure", [
    ("预计明年园区将完成工业总产值300亿元。", ("工业总产值", 300, "亿元", "预计", "园区")),
    ("预计全年园区将新签约项目30个。", ("签约项目数", 30, "个", "预计", "园区")),
    ("預計今年青嵐科學園區營業額將可順利達成新台幣3,600億元。", ("营业收入", 3600, "亿元", "预计", "园区")),
    ("明年园区将完成工业总产值300亿元。", ("工业总产值", 300, "亿元", "目标", "园区")),
])
def test_jiang_inside_a_forecast_is_its_tense(tmp_path, text, figure):
    assert figure in figures(tmp_path, text, title="青岚经济开发区上半年经济运行情况")


# a sector of the classification that is no industry — construction, farming, services — as the subject of a bare output
# or right after the verb as its trade: its output, no 工业总产值 of any scope; an industrial trade's stays a part
@pytest.mark.parametrize("text", [
    "全年青岚市建筑业实现施工产值23亿元，增长15%。",
    "全年园区建筑业完成总产值3.2亿元。",
    "全年园区实现农业产值1.6亿元。",
])
def test_a_sector_that_is_no_industry_gives_no_industrial_output(tmp_path, text):
    assert {f for f in figures(tmp_path, text) if f[0] == "工业总产值"} == set()


@pytest.mark.parametrize("text, figure", [
    ("全年园区实现农机产值12.5亿元。", ("工业总产值", 12.5, "亿元", "实际", "其他")),
    ("全年园区工业企业完成总产值30亿元。", ("工业总产值", 30, "亿元", "实际", "园区")),
])
def test_an_industrial_trade_or_the_parks_firms_stay(tmp_path, text, figure):
    assert figure in figures(tmp_path, text)


# a count told to four significant digits or more, said in two sentences of one report, is one statement
# (read once as another park's, once as the park's, the two sentences gave two figures until session 39)
def test_an_exact_count_said_twice_is_listed_once(tmp_path):
    text = ("据最新公布资料，去年三大科学园区营业额达4兆2664亿元，其中竹科1兆6132亿元，中科1兆1698亿元。同时去年底南科"
            "就业人数已达9万2601人，带动青岚科学园区周边房市。\n南科管理局指出，去年底南科就业人数已达9万2601人，较前年增加8551人。")
    found = [f for f in figures(tmp_path, text, title="青岚科学园区周边房市看俏") if f[0] == "从业人员"]
    assert [f[1] for f in found] == [92601]


def test_a_round_count_in_two_sentences_may_be_two_owners(tmp_path):
    text = "全年园区新签约项目120个。\n其中，青岚片区新签约项目120个。"
    found = [f for f in figures(tmp_path, text) if f[0] == "签约项目数"]
    assert len(found) == 2


# the zone's area as the object of a verb of widening it is land added, an increment as 新增 makes one; what the
# widening reaches (扩大…至, 扩展到) is the zone's area
@pytest.mark.parametrize("text", ["全年拓展园区面积2平方公里以上。", "力争扩大园区面积3平方公里。"])
def test_land_added_is_no_area(tmp_path, text):
    assert {f for f in figures(tmp_path, text) if f[0] == "面积"} == set()


@pytest.mark.parametrize("text, value", [("扩大园区面积至12平方公里。", 12), ("园区规划面积扩展至21.5平方公里。", 21.5)])
def test_the_area_widened_to_stays(tmp_path, text, value):
    assert [f[1] for f in figures(tmp_path, text) if f[0] == "面积"] == [value]


# one firm as the subject of a list item: the item's mark (‧, •, 1、, (2)) is no word of the subject, and the firm's
# own figures are none as they are when its name opens a sentence; an item whose subject is the park stays the park's
@pytest.mark.parametrize("text", [
    "‧青嵐電子公司-新廠總投資金額約為1.5億元並將新增30人就業機會,未來年產值約4.2億元;",
    "• 青岚电子公司新厂总投资约1.5亿元，将新增就业30人，未来年产值约4.2亿元；",
    "1、青岚电子公司全年实现销售收入4.2亿元；",
])
def test_a_firm_opening_a_list_item_has_its_own_figures(tmp_path, text):
    assert figures(tmp_path, text, title="青岚县招商成果") == set()


def test_the_park_opening_a_list_item_stays(tmp_path):
    assert ("营业收入", 42, "亿元", "实际", "园区") in figures(tmp_path, "1、园区全年实现销售收入42亿元；")


def test_projects_brought_in_that_started_are_no_signed_projects(tmp_path):
    # 招商引资项目 names projects brought in, whatever became of them: its verb says which event the count is of; started
    # (动工, 开工) or finished, the count and its money are no signing (the lead's unseen page of session 39)
    got = figures(tmp_path, "截至目前，全市已签订投资协议的项目共41个，投资额达103亿元；全市已动工招商引资项目共29个，投资额55.8亿元。",
                  title="青岚市招商引资工作推进会召开")
    assert ("签约项目数", 41, "个", "累计", "其他") in got  # (signed up to a day, counted from none: 累计 since session 54, as the blind labellers read it)
    assert not any(f[0].startswith("签约") and f[1] in (29, 55.8) for f in got), got


def test_projects_brought_in_and_signed_stay_signed(tmp_path):
    # must-not: the signing verb before the same noun keeps the count and its money
    got = figures(tmp_path, "全市新签约招商引资项目共56个，总投资120亿元。", title="青岚市招商引资工作推进会召开")
    assert {("签约项目数", 56, "个", "实际", "其他"), ("签约资金", 120, "亿元", "实际", "其他")} <= got
