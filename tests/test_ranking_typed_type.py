"""A report's type typed as a string with a topic (工作计划 招商引资, 工作总结 项目建设): the reports of that type (their
``doc_type``, read from the title) holding the topic come first, then those writing the type's name, then the rest
(search/preferences.py, as a year or a park typed). Before, 工作计划 named a part of a report (its plans): a year's
summary with a plans section on the topic came before the park's own plan for the year."""
from __future__ import annotations

import pytest

from conftest import service_of_texts, titles_found

REPORTS = {
    # a plan, by its title, about investment once
    "甲园区2024年工作计划.txt": "甲园区2024年工作计划\n一、主要目标\n全年招商引资到位资金10亿元。\n",
    # a summary whose plans part is all about investment
    "乙园区2023年工作总结.txt": "乙园区2023年工作总结\n一、工作成效\n项目建设加快，新开工项目6个。\n二、下一步工作计划\n"
    "加大招商引资力度，招商引资突出产业链，招商引资考核落实到人，招商引资签约项目20个。\n",
    # a report writing the type's name, not of that type
    "丙市2023年政府工作报告.txt": "丙市2023年政府工作报告\n各园区要按照年度工作计划推进招商引资。\n",
    "丁市2023年政府工作报告.txt": "丁市2023年政府工作报告\n全市招商引资成效明显。\n",
}


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    return service_of_texts(tmp_path_factory, "typed_type", REPORTS)


def test_a_plan_typed_with_a_topic_puts_the_plans_first(service):
    found, answer = titles_found(service, "工作计划 招商引资")
    assert found[0] == "甲园区2024年工作计划", found  # before: 乙's plans part, the part 工作计划 named, came first
    assert found[-1] == "丁市2023年政府工作报告", found  # the only one not writing 工作计划 (its topic as often as 丙)
    assert answer["understood"].startswith("按类型理解：工作计划在前"), answer["understood"]
    assert sorted(found) == sorted(REPORTS_TITLES)


def test_a_summary_typed_with_a_topic_puts_the_summaries_first(service):
    found, answer = titles_found(service, "工作总结 项目建设")
    assert found == ["乙园区2023年工作总结"]  # (the only report writing 项目建设)
    assert answer["understood"].startswith("按类型理解：工作总结在前"), answer["understood"]


def test_the_type_alone_is_searched_as_typed(service):
    found, answer = titles_found(service, "工作计划")
    assert "按类型理解" not in answer["understood"]
    assert "甲园区2024年工作计划" in found


def test_a_type_the_index_holds_no_report_of_is_a_string(service):
    _, answer = titles_found(service, "工作汇报 招商引资")
    assert "按类型理解" not in answer["understood"]


REPORTS_TITLES = [t.removesuffix(".txt") for t in REPORTS]
