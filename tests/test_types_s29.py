"""Doc types decided in session 29 by counting what the blind labellers wrote (docs/labelling.md). Own titles.

- A report on a study, a visit or an inspection (调研报告, 考察报告, 视察报告) and on how something stands (情况报告,
  关于…情况的报告) is written to the leadership: a 工作汇报 (the labellers typed all six they met so). A report on how a
  plan or a budget was carried out goes to a congress: a 工作报告.
- A development plan for a period (“十四五”发展规划, 产业发展规划(2021-2025年), 规划纲要) is a plan: 工作计划 (all five).
  A plan's map, an assessment of a plan, news of one and a headline whose subject supports one are not."""
import pytest

from conftest import read_page
from indexer.reading.describe import choose_doc_type

_BODY = "为全面掌握园区发展现状，调研组深入企业走访，召开座谈会听取意见建议。园区现有入驻企业126家。"


@pytest.mark.parametrize("title, doc_type", [
    ("关于青禾高新区科技创新平台建设的调研报告", "工作汇报"),
    ("赴长三角开发区学习考察报告", "工作汇报"),
    ("青禾农业科技园区建设情况的视察报告", "工作汇报"),
    ("关于青禾经开区2023年招商引资工作情况的报告", "工作汇报"),
    ("青禾工业园区上半年运行情况报告", "工作汇报"),
    ("青禾高新区“十四五”发展规划", "工作计划"),
    ("青禾经济开发区产业发展规划(2021-2025年)", "工作计划"),
    ("青禾市开发区“十三五”期间发展规划纲要", "工作计划"),
])
def test_reports_to_the_leadership_and_development_plans(title, doc_type):
    assert choose_doc_type(title, None, _BODY)[0] == doc_type


@pytest.mark.parametrize("title, doc_type", [
    # a report to a congress on how the plan was carried out, a work report, an analysis
    ("关于2023年国民经济和社会发展计划执行情况的报告", "工作报告"),
    ("青禾高新区2023年工作报告", "工作报告"),
])
def test_reports_to_a_congress_stay_work_reports(title, doc_type):
    assert choose_doc_type(title, None, _BODY)[0] == doc_type


@pytest.mark.parametrize("title", [
    "青禾工业园区建设规划图及空间布局",  # a map
    "青禾高新区总体规划环境影响报告书",  # an assessment
    "青湾科技园公司支持政府新一期创科用地整体规划",  # a headline: its subject supports a plan
])
def test_what_only_names_a_plan_is_no_plan(title):
    assert choose_doc_type(title, None, _BODY)[0] != "工作计划"


def test_a_study_report_read_from_its_page_is_a_work_report_to_the_leadership(tmp_path):
    page = ("青禾县化工园区调研报告\n为推动化工园区安全发展，县政协组织部分委员开展专题调研。现将调研情况报告如下：\n"
            "一、基本情况\n园区现有化工企业38家，2023年实现产值61亿元。\n二、存在的问题\n安全监管力量薄弱。\n")
    (report,) = read_page(tmp_path, page)
    assert report.doc_type == "工作汇报", report.evidence["doc_type"]


def test_a_headline_of_clauses_ending_on_a_plan_is_no_plan():
    assert choose_doc_type("重磅！某省公布首批18个化工园区名单，附园区产业规划", None, _BODY)[0] != "工作计划"


def test_a_development_plans_review_of_where_it_starts_states_what_was_done(tmp_path):
    # (a plan's first part reviews its base: 发展基础 / 现状 — progress, and its figures are actual, not targets)
    page = ("青禾市开发区“十四五”发展规划\n"
            "一、“十三五”时期开发区发展的基础\n"
            "（一）经济总量持续扩大。“十三五”期间，全市开发区累计实现工业增加值86.4亿元，实现税收7.2亿元。\n"
            "二、“十四五”时期发展目标\n"
            "（一）经济规模。到2025年，全市开发区工业增加值力争达到150亿元。\n"
            "（二）夯实产业基础。加快培育新材料和装备制造两大主导产业。\n")
    (report,) = read_page(tmp_path, page)
    assert report.doc_type == "工作计划", report.evidence["doc_type"]
    kinds = {s.heading: s.category for s in report.sections}
    assert kinds["一、“十三五”时期开发区发展的基础"] == "成效进展"
    assert kinds["二、“十四五”时期发展目标"] == "计划安排"
    task = next(h for h in kinds if h.startswith("（二）夯实产业基础"))
    assert kinds[task] == "计划安排"  # (a task to strengthen the base is a plan's, never a review)
    status = {(i.name, i.value): i.status for i in report.indicators}
    assert status[("工业增加值", 86.4)] != "目标" and status[("工业增加值", 150.0)] == "目标", status


_FIGURES = ("上半年，青禾高新区实现地区生产总值612.4亿元，按可比价格计算，同比增长7.2%，拉动全市经济增长1.8个百分点。"
            "规上工业增加值增长9.1%，固定资产投资增长6.5%，社会消费品零售总额增长5.3%，一般公共预算收入增长4.1%。\n")


@pytest.mark.parametrize("page", [
    "7月26日，青禾高新区经济“半年报”出炉。" + _FIGURES,  # a day it tells of: news
    "逆势增长7%\n今年以来，青禾高新区经济复苏响应迅速。据悉，" + _FIGURES,  # what was learnt: news
])
def test_news_of_a_periods_figures_is_news_not_a_statistics_analysis(tmp_path, page):
    (report,) = read_page(tmp_path, page)
    assert report.doc_type == "简报", report.evidence["doc_type"]


def test_a_statistics_offices_analysis_stays_a_work_report(tmp_path):
    (report,) = read_page(tmp_path, "青禾高新区上半年经济运行情况分析\n" + _FIGURES)
    assert report.doc_type == "工作报告", report.evidence["doc_type"]


def test_a_units_line_of_work_opening_the_figures_is_no_statistics_analysis(tmp_path):
    page = ("今年以来，青禾新区坚持以高质量发展为统领，深入贯彻全省产业发展大会部署。" + _FIGURES)
    (report,) = read_page(tmp_path, page)
    assert report.doc_type != "工作报告", report.evidence["doc_type"]
