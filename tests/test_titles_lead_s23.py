"""Titles of titleless news read from the lead (session 23, lead, after eval30's titles were scored): a paper's or an
agency's dateline glued to the first word, a months range with its year as a time-only clause.
Own sentences."""
from pathlib import Path

import pytest

from conftest import read_page


def title(tmp_path: Path, text: str) -> str:
    return read_page(tmp_path, text + "\n")[0].title


@pytest.mark.parametrize("lead, want", [
    ("本报南宁9月3日电青禾经济开发区今年前8个月实现工业总产值86亿元，同比增长7%。园区发展良好。",
     "青禾经济开发区今年前8个月实现工业总产值86亿元"),
    ("新华社昆明4月2日电东岭综合保税区一季度进出口额突破百亿元。这是该区设立以来首次。",
     "东岭综合保税区一季度进出口额突破百亿元"),
])
def test_a_dateline_glued_to_the_lead_is_no_title(tmp_path, lead, want):
    assert title(tmp_path, lead) == want


def test_a_months_range_with_its_year_is_only_a_time(tmp_path):
    got = title(tmp_path, "2019年1-5月，青禾全省工业园区实现工业增加值912.4亿元，同比增长8.1%。其中…")
    assert got == "2019年1-5月，青禾全省工业园区实现工业增加值912.4亿元"


@pytest.mark.parametrize("lead, want", [
    # a sender's word inside a name is no dateline: a park's own name opening the lead stays
    ("青禾电子信息产业园5月6日电子产品出口增长12%。园区发展良好。", "青禾电子信息产业园5月6日电子产品出口增长12%"),
])
def test_no_dateline_where_none_is(tmp_path, lead, want):
    assert title(tmp_path, lead) == want


def test_a_dateline_glued_to_the_lead_makes_the_page_news(tmp_path):
    reports = read_page(tmp_path, "本报南宁9月3日电作为全区唯一的国家级开发区，青禾经济开发区今年满20岁。园区发展良好。\n")
    assert reports[0].doc_type == "简报"


def test_an_agencys_picture_credit_dates_a_caption_that_is_the_title(tmp_path):
    reports = read_page(tmp_path, "新华社照片，青州（山东），2013年5月8日\n在建的青禾化工循环经济园区（摄于5月8日）。\n"
                                  "当日，一个年产30万吨项目在园区奠基开工。\n")
    report = reports[0]
    assert (report.title, report.doc_type) == ("在建的青禾化工循环经济园区", "简报")


def test_a_disclosure_report_published_in_its_first_sentence_is_titled_by_it(tmp_path):
    reports = read_page(tmp_path, "根据《中华人民共和国政府信息公开条例》要求，现发布青禾经济技术开发区2023年政府信息公开工作年度报告。"
                                  "报告内容包括总体情况等。\n一、总体情况\n2023年，青禾经济技术开发区深入推进政务公开。\n")
    assert reports[0].title == "青禾经济技术开发区2023年政府信息公开工作年度报告"


def test_a_headline_with_a_projects_planned_sum_is_no_plan(tmp_path):
    """计划总投资 in a news headline is the planned cost of projects signed, not a 工作计划 (found on a real page read
    after the session's rules: the page was typed a plan and its signed projects shown as targets)."""
    reports = read_page(tmp_path, "青川第二季度12个项目签约 计划总投资31.5亿元\n青川日报 2021-07-09 08:30\n"
                                  "第二季度，青川全县共签约招商项目12个，计划总投资31.5亿元，涉及食品加工等领域。\n")
    report = reports[0]
    assert report.doc_type != "工作计划"
    assert {f.status for f in report.indicators} == {"实际"}
