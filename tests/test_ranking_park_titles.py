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
