"""A topic and a part of a report typed apart (工作成效 招商引资, 招商引资 存在问题): the reports whose
part of that kind is about the topic come first (README, "Query language"), and among them the one
that says more about the topic ranks higher, whether or not it also writes the part's name as typed
(search/compile.py, roles.APART_WEIGHT): a long report writing 工作成效 once in passing outranked a
park's short report whose results are all about 招商引资."""
from __future__ import annotations

import pytest

from conftest import service_of_texts, titles_found

FILLER = "推进农业结构调整，粮食生产稳定，农村道路改造完成，医疗卫生条件改善，文化事业繁荣发展。" * 4

REPORTS = {
    # a short park report: its results are about attracting investment; it never writes 工作成效 (nor 工作)
    "甲园区2023年总结.txt": "甲园区2023年总结\n"
    "一、主要成绩\n（一）招商引资取得新进展。全年新签约项目12个，招商引资到位资金8亿元，招商引资任务超额完成。\n"
    "二、存在的问题\n园区道路建设滞后，污水管网不足。\n",
    # a long report: one line on investment among its results, and 工作成效 written once, in passing
    "乙市2023年工作报告.txt": "乙市2023年工作报告\n"
    "一、主要成效\n" + FILLER + "招商引资稳步推进。" + FILLER + "\n"
    "二、存在的问题\n" + FILLER + "各项工作成效还不够明显，有的工作成效不巩固。\n",
    # investment among its problems, not its results
    "丙园区2023年工作总结.txt": "丙园区2023年工作总结\n"
    "一、主要成效\n园区道路建成通车，标准厂房竣工。\n"
    "二、存在的问题\n招商引资难度加大，工作成效不明显。\n",
}
# other reports, so that 工作成效 is a rare string, as in a real collection (its weight is high)
REPORTS.update({f"{name}园区工作简报.txt": f"{name}园区工作简报\n园区开展{topic}，{topic}进展顺利。\n"
                for name, topic in [("丁", "安全生产检查"), ("戊", "环境卫生整治"), ("己", "消防演练"),
                                    ("庚", "防汛检查"), ("辛", "企业走访"), ("壬", "职工培训")]})


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    return service_of_texts(tmp_path_factory, "apart", REPORTS)


@pytest.mark.parametrize("q", ["工作成效 招商引资", "招商引资 工作成效", "招商引资 主要成效"])
def test_the_report_whose_results_are_about_the_topic_comes_first(service, q):
    found, answer = titles_found(service, q)
    assert found[:2] == ["甲园区2023年总结", "乙市2023年工作报告"], found
    assert [r["match"] for r in answer["results"][:2]] == ["section", "section"]
    assert "先列“成效进展”类章节中的“招商引资”" in answer["understood"]


def test_the_part_typed_apart_still_decides_the_tier(service):
    # 丙 holds both strings, but investment is among its problems: below the two whose results hold it
    found, answer = titles_found(service, "工作成效 招商引资")
    assert found[2] == "丙园区2023年工作总结"
    assert answer["results"][2]["match"] != "section"


def test_a_quoted_part_stays_literal(service):
    found, _ = titles_found(service, '"工作成效" 招商引资')
    assert set(found) == {"乙市2023年工作报告", "丙园区2023年工作总结"}


ELSEWHERE = {
    # neither has 基础设施建设 among its problems; 甲 has a problems part and writes 问题 throughout it
    "甲县工作报告.txt": "甲县工作报告\n一、主要成效\n基础设施建设加快，新修道路20公里。" + FILLER[:120] + "\n"
    "二、存在的问题\n一是产业结构问题突出，二是财政收支矛盾问题较多，三是就业问题仍然存在，民生领域问题不少。\n",
    # 乙 is shorter and writes 问题 once, in passing
    "乙县工作报告.txt": "乙县工作报告\n一、主要成效\n基础设施建设加快。" + FILLER[:120] + "研究解决了一个问题。\n",
    # the one whose problems part is about infrastructure
    "丙县工作报告.txt": "丙县工作报告\n一、主要成效\n粮食增产。\n二、存在的问题\n基础设施建设滞后，资金不足。\n",
}


@pytest.fixture(scope="module")
def elsewhere(tmp_path_factory):
    return service_of_texts(tmp_path_factory, "elsewhere", ELSEWHERE)


def test_below_the_part_the_strings_keep_their_weights(elsewhere):
    # the reports holding both strings outside the part are ranked by both, as typed: the one
    # that writes of problems throughout ranks above the one naming a problem once
    found, answer = titles_found(elsewhere, "基础设施建设存在哪些问题")
    assert found == ["丙县工作报告", "甲县工作报告", "乙县工作报告"], found
    assert [r["match"] for r in answer["results"]] == ["section", "exact", "exact"]
