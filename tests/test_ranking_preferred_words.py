"""A period, year or park typed with a topic none of its reports holds (上半年园区经济运行情况怎么样):
its reports holding the topic's words but one come first (search/preferences.py, the service decides
when). A park's first-half summary states its economy as 主要经济指标 and its output, never 经济运行;
the reports writing 经济运行 are the year's reports of a city, which the user did not ask for."""
from __future__ import annotations

import pytest

from conftest import service_of_texts, titles_found

REPORTS = {
    "甲园区2023年上半年工作总结.txt": "甲园区2023年上半年工作总结\n"
    "一、上半年工作成效\n主要经济指标稳中有升。1-6月，园区完成工业总产值42亿元，经济总量继续扩大。\n",
    "丁园区上半年工作汇报.txt": "丁园区上半年工作汇报\n上半年，园区经济保持平稳，规上企业产值增长8%。\n",
    "乙市2023年政府工作报告.txt": "乙市2023年政府工作报告\n经济运行总体平稳，经济运行稳中向好，上半年经济运行开局良好。\n",
    "丙市2022年政府工作报告.txt": "丙市2022年政府工作报告\n全市经济运行保持在合理区间，基础设施建设加快。\n",
    "戊市2023年工作要点.txt": "戊市2023年工作要点\n加快建设，推进城市更新。\n",
    "己园区2022年工作总结.txt": "己园区2022年工作总结\n基础设施建设完成投资3亿元。\n",
}


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    return service_of_texts(tmp_path_factory, "preferred_words", REPORTS)


@pytest.mark.parametrize("q", ["上半年园区经济运行情况怎么样", "上半年 经济运行"])
def test_the_periods_reports_holding_a_word_of_the_topic_come_first_when_none_holds_it(service, q):
    found, answer = titles_found(service, q)
    # before: the first-half summaries were not found at all (neither writes 运行)
    assert sorted(found[:2]) == ["丁园区上半年工作汇报", "甲园区2023年上半年工作总结"]
    assert found[2:] == ["乙市2023年政府工作报告", "丙市2022年政府工作报告"]
    assert "按时段理解：上半年的报告在前（其中词语都出现的也列出，都不出现时列出含其部分词语的）" in answer["understood"]
    assert {r["match"] for r in answer["results"][:2]} == {"words"}


def test_a_years_reports_are_not_widened_to_a_word_of_the_topic(service):
    # no report of 2023 holds 基础设施建设; 戊's 加快建设 is no infrastructure: a year's reports are many and
    # of every kind, so one holding a word of the topic is not lifted (nor found)
    found, answer = titles_found(service, "2023年 基础设施建设")
    assert sorted(found) == ["丙市2022年政府工作报告", "己园区2022年工作总结"]
    assert "都不出现时" not in answer["understood"]


def test_a_period_whose_reports_hold_the_topic_is_not_widened(service):
    found, answer = titles_found(service, "上半年 经济总量")
    assert found[0] == "甲园区2023年上半年工作总结"  # (the others are the fallback's, below)
    assert "都不出现时" not in answer["understood"]


PART = {
    # a first-half summary on the topic, never writing the part's words (完成情况)
    "庚园区上半年工作总结.txt": "庚园区上半年工作总结\n上半年，园区项目建设加快，新开工项目五个。\n",
    "辛市2023年政府工作报告.txt": "辛市2023年政府工作报告\n一、工作回顾\n重点项目建设完成情况良好，项目建设完成情况通报。\n",
    "壬园区2023年工作总结.txt": "壬园区2023年工作总结\n项目建设完成情况：竣工两个。\n",
}


@pytest.fixture(scope="module")
def part(tmp_path_factory):
    return service_of_texts(tmp_path_factory, "preferred_part", PART)


def test_the_periods_reports_holding_the_topic_need_not_write_the_part_it_names(part):
    found, answer = titles_found(part, "上半年园区项目建设完成情况")
    # before: 庚 was no first-half report "holding the topic" (no 完成情况), and came after the others
    assert found[0] == "庚园区上半年工作总结"
    assert answer["results"][0]["match"] == "words"
    assert sorted(found[1:]) == ["壬园区2023年工作总结", "辛市2023年政府工作报告"]


PARKS = {
    # the park named holds no report on 项目建设; its plan is about the works it builds (工程建设)
    "青川园区2024年工作计划.txt": "青川工业园区2024年工作计划\n一、排水工程建设\n计划建设排水管网16公里，完成投资2300万元。\n",
    "旺苍园区2024年工作总结.txt": "旺苍工业园区2024年工作总结\n项目建设加快推进，新开工项目8个。\n",
    "剑阁园区2024年工作总结.txt": "剑阁工业园区2024年工作总结\n重点项目建设顺利，竣工项目3个。\n",
}


@pytest.fixture(scope="module")
def parks(tmp_path_factory):
    return service_of_texts(tmp_path_factory, "preferred_parks", PARKS)


def test_a_parks_reports_holding_a_word_of_the_topic_come_first_when_none_holds_it(parks):
    """The park was named: its own report on 工程建设 is what 某园区 项目建设 asks for, before other parks'
    reports on 项目建设 (it was not found at all; BM25's OR lists it first)."""
    found, answer = titles_found(parks, "青川工业园区 项目建设")
    assert found[0] == "青川工业园区2024年工作计划"
    assert sorted(found[1:]) == ["剑阁工业园区2024年工作总结", "旺苍工业园区2024年工作总结"]
    assert "按园区理解：青川工业园区的报告在前（其中词语都出现的也列出，都不出现时列出含其部分词语的）" in answer["understood"]


def test_a_park_whose_reports_hold_the_topic_is_not_widened(parks):
    found, answer = titles_found(parks, "旺苍工业园区 项目建设")
    # (the fallback lists 青川's plan last, below the reports holding 项目建设: too few were found)
    assert found[:2] == ["旺苍工业园区2024年工作总结", "剑阁工业园区2024年工作总结"]
    assert "都不出现时" not in answer["understood"]


def test_the_page_says_where_exact_results_resume_after_a_widened_tier(parks):
    """The park's own report holding a word of the topic is listed first under 以下结果不完全匹配; the exact results
    after it say so, or they would read as loose too."""
    from webui import create_app

    app = create_app({"INDEX_DIR": str(parks.index_dir), "CORPUS_DIR": str(parks.index_dir), "TESTING": True})
    html = app.test_client().get("/?q=青川工业园区 项目建设&collapse=0").get_data(as_text=True)
    loose, exact = html.index("以下结果不完全匹配"), html.index("以下结果含有原样的查询词")
    assert loose < html.index("青川工业园区2024年工作计划") < exact < html.index("旺苍工业园区2024年工作总结")
    html = app.test_client().get("/?q=旺苍工业园区 项目建设&collapse=0").get_data(as_text=True)
    assert "以下结果含有原样的查询词" not in html  # (exact results first: nothing resumes)
