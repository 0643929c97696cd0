"""下半年 typed with a topic (下半年 项目建设, 下半年 项目建设 计划): 下半年 names a part of a report (a first-half
summary's plans, 下半年工作打算) and a time. The section reading (roles.py) took it for the plan part alone, so a
yearly plan's plan sections on the topic led, though they plan no second half; the reports it lists now write
下半年 too, as the strings as typed do (a period typed stays a condition when no report is of it: preferences.py)."""
from __future__ import annotations

import pytest

from conftest import service_of_texts, titles_found

REPORTS = {
    "甲园区2023年上半年工作总结.txt": "甲园区2023年上半年工作总结\n一、上半年工作成效\n招商引资签约两个项目。\n"
    "二、下半年工作打算\n（一）加快项目建设，推动签约项目开工。\n",
    "乙园区2024年工作计划.txt": "乙园区2024年工作计划\n一、主要目标\n工业总产值增长8%。\n"
    "二、重点工作\n（一）抓好项目建设，全年新开工项目十个，项目建设提速。\n（二）计划完成道路建设。\n",
    "丙市2023年政府工作报告.txt": "丙市2023年政府工作报告\n一、过去一年工作回顾\n下半年经济回升，项目建设加快。\n"
    "二、今年工作安排\n（一）推进城市更新。\n",
}


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    return service_of_texts(tmp_path_factory, "second_half", REPORTS)


@pytest.mark.parametrize("q", ["下半年 项目建设", "下半年 项目建设 计划"])
def test_the_second_halfs_plans_lead_not_a_yearly_plans(service, q):
    found, _ = titles_found(service, q)
    assert found[0] == "甲园区2023年上半年工作总结"
    assert "乙园区2024年工作计划" not in found  # it plans a year and never writes 下半年


def test_the_plans_alone_of_a_second_half(service):
    found, _ = titles_found(service, "下半年工作打算")
    assert found[0] == "甲园区2023年上半年工作总结"
    assert "乙园区2024年工作计划" not in found
