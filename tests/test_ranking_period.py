"""A period typed with a topic (上半年 安全生产, 上半年招商引资完成情况): the reports of that period
first, like a year typed (search/preferences.py). On small reports written for it."""
from __future__ import annotations

import pytest

from conftest import service_of_texts, titles_found

REPORTS = {
    # a first-half summary (its period read from the title)
    "甲园区2023年上半年工作总结.txt": "甲园区2023年上半年工作总结\n"
    "一、上半年工作成效\n开展安全生产检查三次，消除安全隐患。招商引资签约两个项目。\n",
    # a first-half summary that never writes 上半年: its period is read from its opening (1-6月)
    "丁园区工作情况.txt": "丁园区工作情况\n1-6月，园区安全生产无事故，落实安全生产责任。\n",
    # a year's report naming 上半年 in passing, with the topic more often
    "乙市2023年政府工作报告.txt": "乙市2023年政府工作报告\n"
    "安全生产形势稳定，安全生产责任落实，上半年开展安全生产大检查，安全生产培训全覆盖。\n",
    # a year's report on the topic, never writing 上半年
    "丙园区2022年工作总结.txt": "丙园区2022年工作总结\n安全生产工作扎实，安全生产培训两次。招商引资成效明显。\n",
}


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    return service_of_texts(tmp_path_factory, "period", REPORTS)


def titles(service, q):
    return titles_found(service, q)


def test_a_period_typed_puts_that_periods_reports_first_then_those_naming_it(service):
    found, answer = titles(service, "上半年 安全生产")
    # as a condition, 上半年 lost 丁 (it writes 1-6月) and put the year's report first (more mentions)
    assert sorted(found[:2]) == ["丁园区工作情况", "甲园区2023年上半年工作总结"]
    assert found[2:] == ["乙市2023年政府工作报告", "丙园区2022年工作总结"]
    assert answer["understood"].startswith("按时段理解：上半年的报告在前")


def test_a_period_opening_a_string_is_a_period_and_a_topic(service):
    found, answer = titles(service, "上半年安全生产")
    assert sorted(found[:2]) == ["丁园区工作情况", "甲园区2023年上半年工作总结"]
    assert "按时段理解" in answer["understood"]


def test_a_period_a_question_drops_from_its_topic_puts_its_reports_first(service):
    # 上半年 was only a word to rank: the year's report, writing the topic four times, came first
    found, answer = titles(service, "上半年安全生产工作怎么样")
    assert sorted(found[:2]) == ["丁园区工作情况", "甲园区2023年上半年工作总结"]
    assert "按时段理解：上半年的报告在前" in answer["understood"]


@pytest.mark.parametrize("q, expected", [
    ('"上半年" 安全生产', ["甲园区2023年上半年工作总结", "乙市2023年政府工作报告"]),  # quoted: the string, literally
    ("下半年 安全生产", []),  # no second half's report in the index, and 下半年 names a part (its plans): as typed
    ("上半年", None),  # nothing else typed: the string is the query
    ("上半年度 安全生产", None),  # not a period word and a topic
])
def test_a_period_without_its_reports_or_quoted_stays_as_typed(service, q, expected):
    found, answer = titles(service, q)
    assert "按时段理解" not in answer["understood"]
    if expected is not None:
        assert sorted(found) == sorted(expected)


def test_the_period_preferred_is_said_and_marked(service):
    _, answer = titles(service, "上半年 招商引资")
    assert answer["understood"].startswith("按时段理解：上半年的报告在前（其中词语都出现的也列出），其次是写有“上半年”的报告")
    assert [r["title"] for r in answer["results"]][0] == "甲园区2023年上半年工作总结"


# A period no report is of (no quarter's report in the index): the reports writing it come first, then the
# topic's others. As a condition it listed two reports of the thirty on the topic (held-out-9's 一季度 招商引资).
QUARTERLESS = {
    "戊市2023年政府工作报告.txt": "戊市2023年政府工作报告\n一季度，全市开展安全生产检查。\n",
    "己园区2023年工作总结.txt": "己园区2023年工作总结\n安全生产责任落实，安全生产培训三次，安全生产无事故。\n",
    "庚园区2023年工作总结.txt": "庚园区2023年工作总结\n一季度招商引资签约两个项目。\n",
}


@pytest.fixture(scope="module")
def quarterless(tmp_path_factory):
    return service_of_texts(tmp_path_factory, "quarterless", QUARTERLESS)


@pytest.mark.parametrize("q", ["一季度 安全生产", "一季度安全生产", "一季度安全生产情况怎么样"])
def test_a_period_no_report_is_of_puts_the_reports_writing_it_first_then_the_topics_others(quarterless, q):
    found, answer = titles_found(quarterless, q)
    # 己 writes the topic three times and never 一季度; 戊 tells its first quarter's 安全生产; 庚 has no 安全生产
    assert found == ["戊市2023年政府工作报告", "己园区2023年工作总结"]
    assert "按时段理解：没有一季度的报告，写有“一季度”的报告在前，其次是其他报告" in answer["understood"]
