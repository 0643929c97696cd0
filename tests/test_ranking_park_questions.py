"""A question about a park (今年园区项目建设进展情况): 园区 no longer decides which reports are found
(questions.py), but in each tier of results the reports writing it come first: a park's report writes
园区 in every paragraph, a national report once at most, so adding 园区's weight to a score left a
national report writing the topic more often above the park's. On small reports written for it."""
from __future__ import annotations

import pytest

from conftest import service_of_texts, titles_found

REPORTS = {
    "甲园区2023年工作总结.txt": "甲园区2023年工作总结\n一、工作进展\n园区项目建设加快。园区新开工厂房三栋，园区道路完工，"
    "园区供水管网铺设完成，园区污水处理厂试运行，园区绿化面积扩大，园区企业增加到四十家。\n",
    # a national report on the topic, written more often, never naming 园区
    "乙市2023年政府工作报告.txt": "乙市2023年政府工作报告\n一、工作进展\n"
    "项目建设提速，项目建设全面铺开，项目建设投资增长，项目建设完成，项目建设有序，项目建设见效。\n",
    # a park's report with the topic outside its progress part
    "丙园区2022年工作计划.txt": "丙园区2022年工作计划\n园区将抓好项目建设，园区服务企业。\n",
}


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    return service_of_texts(tmp_path_factory, "park_questions", REPORTS)


@pytest.mark.parametrize("q", ["今年园区项目建设进展情况", "园区项目建设进展怎么样"])
def test_a_question_about_a_park_lists_the_reports_writing_it_first_in_each_tier(service, q):
    found, answer = titles_found(service, q)
    # the progress part first (the tiers are kept), the park's report first inside it
    assert found[:2] == ["甲园区2023年工作总结", "乙市2023年政府工作报告"]
    assert "园区只用于排序" in answer["understood"]
    assert [r["match"] for r in answer["results"][:2]] == ["section", "section"]


def test_without_a_park_word_the_score_decides(service):
    found, _ = titles_found(service, "项目建设 进展")
    assert found[0] == "乙市2023年政府工作报告"
