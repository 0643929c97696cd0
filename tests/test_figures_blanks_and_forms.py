"""Key figures a reader sees that the reader missed (session 9, recall): placeholders templates and sites put where
the digits were, numbers written with 万 and 千 inside them, firms counted before the verb of settling in a park, and
names written with 投入 for 投资 or as a park's people are counted. The sentences are our own
(tests/gold/indicators_sentences.json, ids s9r-…); each test below failed before the change it guards.
"""
import pytest

from conftest import figure_rows
from indexer.reading.indicators import parse_cn_number, read_number

M = None  # a masked value


@pytest.mark.parametrize("text, expected", [
    # the ideographic zero as a placeholder, like ○○: never the number 0
    ("上半年，园区完成工业总产值〇〇亿元，新开工项目〇个。",
     [("新开工项目数", M, "个", "实际"), ("工业总产值", M, "亿元", "实际")]),
    # an empty bracket where a template's figure goes
    ("1-9月，开发区完成固定资产投资（  ）亿元，实现税收（　）万元。",
     [("固定资产投资", M, "亿元", "实际"), ("税收", M, "万元", "实际")]),
    # the digits cut out, the unit left right after the name, the clause going on
    ("全年园区完成工业总产值亿元，同比增长%；实现税收万元。",
     [("工业总产值", M, "亿元", "实际"), ("税收", M, "万元", "实际")]),
    # other glyphs templates put in place of digits (as ○○ and □□)
    ("上半年园区完成工业总产值▲▲亿元，实现税收■■万元。",
     [("工业总产值", M, "亿元", "实际"), ("税收", M, "万元", "实际")]),
    ("力争明年园区新签约项目个，招商引资到位资金亿元。",
     [("招商引资到位资金", M, "亿元", "目标"), ("签约项目数", M, "个", "目标")]),
])
def test_a_blank_where_the_digits_were_is_a_masked_figure(text, expected):
    assert figure_rows(text) == sorted(expected, key=lambda r: (r[0], r[1] or 0, r[2], r[3]))


@pytest.mark.parametrize("text", [
    "园区加快培育固定资产投资亿元以上项目，扶持税收万元以上企业。",  # a class of projects and firms, not a blank
    "园区着力打造工业总产值亿元级企业。",
    "二〇二三年，园区建设稳步推进。",  # 〇 inside a year
])
def test_a_unit_that_names_a_class_is_no_blank(text):
    assert figure_rows(text) == []


def test_numbers_with_wan_and_qian_inside():
    assert parse_cn_number("一万二千") == 12000
    assert parse_cn_number("八十亿五千") == 8000005000
    assert read_number("〇〇") == (None, True)
    assert read_number("()") == (None, True)
    assert figure_rows("截至年底，园区入驻企业一百二十家，从业人员一万二千人，员工数较上年增加2千人。") == [
        ("从业人员", 12000, "人", "实际"), ("入园企业数", 120, "家", "实际")]
    assert figure_rows("园区员工数达8万6千人。全年完成工业总产值八十亿五千万元，实现税收三亿多元。") == [
        ("从业人员", 86000, "人", "实际"), ("工业总产值", 805000, "万元", "实际"), ("税收", 3, "亿元", "实际")]


@pytest.mark.parametrize("text, expected", [
    ("截至目前，園區已吸引86家國內外企業進駐投資，帶動就業人口3200人。",
     [("从业人员", 3200, "人", "实际"), ("入园企业数", 86, "家", "实际")]),
    ("示范园目前有64家农业企业进驻设厂。", [("入园企业数", 64, "家", "实际")]),
    ("园区累计已有57家国内、外企业投资、进驻。", [("入园企业数", 57, "家", "累计")]),
    # those that came in a period are how many came, not how many the park holds
    ("今年以来新增9家企业进驻园区，迄今共计75家企业进驻。", [("入园企业数", 75, "家", "实际")]),
    ("近三年，园区吸引12家企业进驻，带动投资18亿元。", []),
])
def test_firms_counted_before_the_verb_of_settling(text, expected):
    assert figure_rows(text) == expected


def test_touru_is_investment_as_touzi():
    assert figure_rows("全年园区完成固定资产投入36亿元，其中工业投入28亿元。") == [
        ("固定资产投资", 36, "亿元", "实际"), ("工业投资", 28, "亿元", "实际")]
    assert figure_rows("园区全年完成工业性投入18亿元。") == [("工业投资", 18, "亿元", "实际")]


@pytest.mark.parametrize("text, expected", [
    # a table flattened to text with the unit in a column of its own (one blank, a tab, or many blanks between)
    ("指标名称 单位 完成数 增长%\n工业总产值 亿元 92.4 7.8\n税收收入 万元 28600 5.1\n规上企业 家 47",
     [("工业总产值", 92.4, "亿元", "实际"), ("税收", 28600, "万元", "实际"), ("规上企业数", 47, "家", "实际")]),
    ("指标\t单位\t完成值\n固定资产投资\t亿元\t33.6\n入园企业\t家\t152",
     [("入园企业数", 152, "家", "实际"), ("固定资产投资", 33.6, "亿元", "实际")]),
    ("指标名称    单位    本年    增长%\n营业收入    亿元    210.5    11.2",
     [("营业收入", 210.5, "亿元", "实际")]),
])
def test_a_unit_in_its_own_column_declares_the_number_after_it(text, expected):
    assert figure_rows(text) == expected


def test_a_template_blank_before_a_unit_stays_a_masked_figure():
    assert figure_rows("今年园区完成工业总产值    亿元，同比增长   %；实现税收    万元。") == [
        ("工业总产值", M, "亿元", "实际"), ("税收", M, "万元", "实际")]


def test_cheng_zhang_is_growth_and_a_respective_list_may_give_rates_before_values():
    from conftest import figures_in
    (turnover,) = figures_in("園區今年1至6月營業額約達1520.4億元，較去年同期成長9.6%。")
    assert (turnover.name, turnover.value, turnover.growth_pct) == ("营业收入", 1520.4, 9.6)
    assert figure_rows("去年園區營運穩健，全年進、出口額分別成長12.5%及8.3%，達到46.2億美元及71.9億美元。") == [
        ("出口额", 71.9, "亿美元", "实际")]  # (进口额 is no key figure: its value is nobody's)


@pytest.mark.parametrize("text, expected", [
    ("（一）工业总产值。全年完成74.8亿元，同比增长6.9%。\n（二）税收收入。全年完成2.46亿元，同比增长4.2%。",
     [("工业总产值", 74.8, "亿元", "实际"), ("税收", 2.46, "亿元", "实际")]),
    ("1.固定资产投资\n全年完成31.7亿元。\n2.招商引资到位资金方面\n预计全年完成18亿元。",
     [("固定资产投资", 31.7, "亿元", "实际"), ("招商引资到位资金", 18, "亿元", "预计")]),
])
def test_an_item_headed_by_its_indicators_name_alone_names_the_figures_under_it(text, expected):
    assert figure_rows(text) == expected


def test_a_heading_that_names_no_indicator_names_nothing():
    assert figure_rows("一、工业经济\n全年完成技术改造项目12个，园区环境持续改善。") == []


def test_firms_the_park_holds_said_otherwise():
    assert figure_rows("截至年底，园区拥有各类企业316家。") == [("入园企业数", 316, "家", "实际")]
    assert figure_rows("高新区入驻企业已达1.3万余家。") == [("入园企业数", 13000, "家", "实际")]


def test_a_processing_zones_companies_are_its_firms():
    assert figure_rows("去年加工區營業額達3,812億元，年增11%；公司家數首度突破600家，達642家，員工數亦增至7萬3千人。") == [
        ("从业人员", 73000, "人", "实际"), ("入园企业数", 642, "家", "实际"), ("营业收入", 3812, "亿元", "实际")]
    assert figure_rows("全省上市公司数达到58家，较上年增加6家。") == []  # companies of no park


def test_a_count_before_projects_takes_its_own_clauses_verb():
    # the 签约 of the next clause is not said of the projects finished
    assert figure_rows("全年园区新开工三个项目，竣工投产兩個項目，新签约项目十一个。") == [
        ("新开工项目数", 3, "个", "实际"), ("竣工投产项目数", 2, "个", "实际"), ("签约项目数", 11, "个", "实际")]
