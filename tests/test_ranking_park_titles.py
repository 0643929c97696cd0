"""A question about a park (园区 dropped from its topic: questions.park_first) puts parks' reports first in each tier,
a park's report known by its title (a park's name or its committee), not by writing 园区 somewhere: a government's
report writes 产业园区 in passing, and a 开发区's report may never write 园区."""
from __future__ import annotations

import pytest

from conftest import service_of_texts, titles_found

REPORTS = {
    "乙市2023年政府工作报告.txt": "乙市2023年政府工作报告\n项目建设加快推进，项目建设提速增效，重点项目建设全面铺开，产业园区扩容。\n",
    "丁经济开发区2023年工作总结.txt": "丁经济开发区2023年工作总结\n开发区推进项目建设，新开工项目五个。\n",
    "戊县2022年政府工作报告.txt": "戊县2022年政府工作报告\n民生事业发展，教育投入增加。\n",
}


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    return service_of_texts(tmp_path_factory, "park_titles", REPORTS)


@pytest.mark.parametrize("q", ["园区项目建设进展如何", "今年园区项目建设进展情况"])
def test_a_parks_report_comes_first_for_a_question_about_a_park(service, q):
    found, answer = titles_found(service, q)
    assert found == ["丁经济开发区2023年工作总结", "乙市2023年政府工作报告"]
    assert "园区只用于排序" in answer["understood"]


def test_without_a_park_word_the_score_decides(service):
    found, _ = titles_found(service, "项目建设进展如何")
    assert found == ["乙市2023年政府工作报告", "丁经济开发区2023年工作总结"]  # it writes 项目建设 three times


def test_a_parks_report_holding_the_topic_comes_before_a_governments_holding_it_in_the_part_named(tmp_path_factory):
    """园区企业服务有哪些措施: the government's report writes 企业服务 in a section headed 主要措施 (the part named,
    which leads), the park's report writes it and, far from it, 措施 (a tier below). The question is about a park:
    the park's report comes first (session 14; parks' reports were first only within each tier)."""
    reports = {
        "甲县2023年政府工作报告.txt": "甲县2023年政府工作报告\n一、主要措施\n（一）优化企业服务，企业服务体系更加健全。\n"
        "二、民生\n教育投入增加，企业服务中心投入使用。\n",
        "丙工业园区2023年工作总结.txt": "丙工业园区2023年工作总结\n园区加强企业服务，全年走访企业一百二十家，"
        "协调解决用地、用电、融资等难题三十余个，企业满意度明显提升。\n下半年将出台支持中小企业发展的十条措施。\n",
    }
    service = service_of_texts(tmp_path_factory, "park_tiers", reports)
    found, answer = titles_found(service, "园区企业服务有哪些措施")
    assert found[0] == "丙工业园区2023年工作总结"
    assert "甲县2023年政府工作报告" in found
    found, _ = titles_found(service, "企业服务有哪些措施")  # no park word: the part named leads
    assert found[0] == "甲县2023年政府工作报告"
