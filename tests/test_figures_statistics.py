"""Key figures as statistical reporting states them (session 8, found on unseen real pages; every case fails
on the reader of session 7): table rows with several number columns, "分别" lists naming quantities that are
no key figure, an industry's output, the tax office's invoiced sales, parks named after their city or county,
the parks of a place named together, the money of a class of projects, Taiwan's science parks' 营业额, and
capital "进资". The sentences are our own (tests/gold/indicators_sentences.json, ids s8f-…).
"""
from pathlib import Path

import pytest

from conftest import figure_rows, figures_in
from indexer.reading.indicators import squeeze
from indexer.reading.pipeline import read_file

figures, read = figures_in, figure_rows  # one sentence or table set under 一、主要经济指标完成情况


# ------------------------------------------------------------------ a table row's columns

@pytest.mark.parametrize("row, expected", [
    ("税收收入（万元） 8450 7630 10.7", [("税收", 8450, "万元", "实际")]),  # this year, last year, growth
    ("规上工业总产值（亿元） 142.6 128.3 11.1", [("工业总产值", 142.6, "亿元", "实际")]),
    ("固定资产投资（亿元）  56.2  49.8  12.9；新开工项目（个） 14 11",
     [("固定资产投资", 56.2, "亿元", "实际"), ("新开工项目数", 14, "个", "实际")]),
])
def test_the_columns_of_a_table_row_are_never_one_number(row, expected):
    assert read(row) == sorted(expected)


@pytest.mark.parametrize("text, value", [
    ("实现税收收入 6 925万元。", 6925),  # a thousands group
    ("完成固定资产投资24. 3 亿元。", 24.3),  # a PDF's break after the decimal point
])
def test_a_number_broken_by_a_blank_is_still_one_number(text, value):
    assert [f.value for f in figures(text)] == [value]


def test_squeeze_keeps_a_rule_between_columns_and_its_offsets():
    text = "税收（万元） 6925 5870"
    out, offsets = squeeze(text)
    assert out == "税收（万元）6925|5870"
    assert text[offsets[out.index("|")]] == " " and len(offsets) == len(out)


# ------------------------------------------------------------------ lists under 分别

def test_a_list_with_quantities_that_are_no_key_figure_aligns_its_items():
    got = figures("全年园区企业实现营业收入、利润总额、上缴税金和出口交货值分别为236.5亿元、18.2亿元、9.6亿元和41.3亿元。")
    # (出口交货值 is industry's export delivery value, not customs' 出口额: no key figure, and its value goes to no other name)
    assert sorted((f.name, f.value) for f in got) == [("税收", 9.6), ("营业收入", 236.5)]
    assert all(f.why["name"] == "“分别”前列出的名称" for f in got)  # inspect says which rule named each


def test_a_list_that_names_no_key_figure_gives_none_not_the_nearest_name():
    assert read("园区全年研发投入、净利润分别为6.3亿元、11亿元。") == []


def test_a_name_is_no_word_of_the_next_one():
    # (the 增加 of 增加值 once made 税收收入 an increment, and the list gave nothing)
    assert read("1-6月，园区完成规上工业总产值、工业增加值、税收收入分别为64亿元、15.8亿元、2.7亿元。") == [
        ("工业增加值", 15.8, "亿元", "实际"), ("工业总产值", 64, "亿元", "实际"), ("税收", 2.7, "亿元", "实际")]
    assert read("园区新增规上企业5家。") == []  # an increment is still one


# ------------------------------------------------------------------ names: whose quantity it is

@pytest.mark.parametrize("text, expected", [
    ("园区实现工业总产值118亿元，建筑业总产值9.6亿元。", [("工业总产值", 118, "亿元", "实际")]),
    ("全年实现农林牧渔业总产值46.2亿元，同比增长3.9%。", []),  # an industry of the national classification
    ("园区完成国税开票销售收入86亿元，实现营业收入102亿元。", [("营业收入", 102, "亿元", "实际")]),  # the tax base
    ("园区企业总产值达50亿元。", [("工业总产值", 50, "亿元", "实际")]),  # 企业 is no industry
])
def test_an_industrys_output_and_the_tax_base_are_not_the_parks_figures(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text, scope", [
    ("1-9月，天台县工业园区完成规上工业总产值41.3亿元。", "园区"),  # a park named after its county
    ("前三季度，永康市经济开发区完成固定资产投资38亿元。", "园区"),
    ("青山县完成工业总产值120亿元。", "其他"),  # the county itself
    ("一季度，全市工业园区和高新区完成工业总产值310亿元。", "其他"),  # the city's parks together
])
def test_whose_figure_a_named_place_makes_it(text, scope):
    assert [f.scope for f in figures(text)] == [scope]


@pytest.mark.parametrize("text, expected", [
    # projects signed counted by a class of size, and what they will cost: the signed count and money, as the blind
    # labellers read them (session 29's convention)
    ("签约亿元以上项目8个，协议总投资42亿元。", [("签约资金", 42, "亿元", "实际"), ("签约项目数", 8, "个", "实际")]),
    ("园区新签约项目12个，协议总投资80亿元。", [("签约资金", 80, "亿元", "实际"), ("签约项目数", 12, "个", "实际")]),
])
def test_the_money_of_a_class_of_projects_is_the_classs(text, expected):
    assert read(text) == expected


# ------------------------------------------------------------------ Taiwan's science parks, 进资

@pytest.mark.parametrize("text, expected", [
    ("去年竹科營業額為1兆1200億元，成長3.5%；預估今年營業額可達1兆1800億元。",
     [("营业收入", 11200, "亿元", "实际"), ("营业收入", 11800, "亿元", "预计")]),
    ("南部科學工業園區今年1-6月累計營業額達新台幣2,150億元。", [("营业收入", 2150, "亿元", "累计")]),
    ("月销售额3万元。", []),  # turnover of nobody named stays no figure
])
def test_a_science_parks_turnover_is_its_revenue(text, expected):
    assert read(text) == sorted(expected)


def test_capital_come_in_is_paid_in():
    assert read("全年外资实际进资2300万美元，内资实际进资8.4亿元。") == [
        ("实际利用外资", 2300, "万美元", "实际"), ("招商引资到位资金", 8.4, "亿元", "实际")]


# ------------------------------------------------------------------ through the real reader

REPORT = """天台县工业园区2023年1-9月经济运行情况
一、主要指标
规上工业总产值（亿元） 96.4 88.1 9.4
税收收入（万元） 12650 11020 14.8
二、运行特点
1-9月，园区企业实现营业收入、利润总额和出口交货值分别为104.2亿元、6.1亿元和12.8亿元。
"""


def test_a_report_reads_its_table_and_its_list(tmp_path: Path):
    page = tmp_path / "天台县工业园区2023年1-9月经济运行情况.txt"
    page.write_text(REPORT, encoding="utf-8")
    report = read_file(page, tmp_path).reports[0]
    got = {(f.name, f.value, f.unit, f.status, f.scope) for f in report.indicators}
    assert got == {("工业总产值", 96.4, "亿元", "实际", "园区"), ("税收", 12650, "万元", "实际", "园区"),
                   ("营业收入", 104.2, "亿元", "实际", "园区")}  # (出口交货值 is no 出口额: see indicators._NEVER_A_FIGURE)
    tax = next(f for f in report.indicators if f.name == "税收")
    assert REPORT[tax.start:tax.end].startswith("税收收入（万元） 12650")


def test_digits_spaced_one_by_one_are_one_number():
    # (a scan that prints every digit apart, as some old government reports are kept: not columns)
    assert [(f.value, f.unit) for f in figures("外商直接投资实际金额五年累计1 8 5 8 亿美元。")] == [(1858, "亿美元")]


def test_the_money_of_an_events_key_projects_is_the_events():
    got = read("此次盛会，高新区与某某光电等8个重点项目签约，合计签约金额60亿元。", doc_type="简报")
    assert ("签约资金", 60, "亿元", "实际") in got


CLUSTER_ZONE_REPORT = """产业集聚区建设情况汇报
尊敬的各位领导：下面，我把县产业集聚区建设情况作简要汇报。
前三季度，集聚区实现营业收入86.4亿元，实现税收1.9亿元，完成固定资产投资32.5亿元，就业人数达1.2万人。
"""


def test_a_report_on_an_industrial_cluster_zone_is_a_parks(tmp_path: Path):
    # (产业集聚区, the name Henan's development zones bear in the State's catalogue, is a park though no other
    # park word is said)
    page = tmp_path / "产业集聚区建设情况汇报.txt"
    page.write_text(CLUSTER_ZONE_REPORT, encoding="utf-8")
    report = read_file(page, tmp_path).reports[0]
    assert {(f.name, f.value, f.scope) for f in report.indicators} == {
        ("营业收入", 86.4, "园区"), ("税收", 1.9, "园区"), ("固定资产投资", 32.5, "园区"), ("从业人员", 1.2, "园区")}
