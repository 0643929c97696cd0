"""How a query is read, second round (issue 13): a question's topic keeps its head word and is
apart from the role and time words at its ends (search/questions.py, roles.py); a year or a
park typed with a topic puts that year's or park's reports first (search/preferences.py).
On small reports written for it."""
from __future__ import annotations

import pytest

from conftest import service_of_texts, titles_found

from indexer.analysis import bundled_vocabulary
from indexer.search.questions import question_strings
from indexer.search.roles import role_of

REPORTS = {
    # the park's projects in its progress section, and a plan for investment in its plan section
    "甲园区2023年工作总结.txt": "甲园区2023年工作总结\n"
    "一、工作进展\n园区项目建设加快推进，五个重点项目开工，园区项目建设进度超过预期。\n"
    "二、下一步打算\n继续加大招商引资力度，盯紧在谈项目。\n",
    # a government's report: projects in its progress section, more often, and never 园区
    "庚市2023年政府工作报告.txt": "庚市2023年政府工作报告\n"
    "一、工作进展\n项目建设投资增长，重大项目建设加快，项目建设用地得到保障。\n",
    # 建设进展 written together, about roads; investment only as an achievement
    "乙园区2023年工作总结.txt": "乙园区2023年工作总结\n"
    "一、主要成效\n道路建设进展顺利，基础设施建设进展明显。招商引资成效明显，招商引资签约八个。\n",
    # the topic more often than the year's own report, and 2023 only as a plan's date
    "丙园区2022年工作总结.txt": "丙园区2022年工作总结\n"
    "污水处理厂扩建完成，污水处理能力提升，污水处理率达到九成。2023年将新建污水处理管网。\n",
    # the year's own report: the topic once
    "丁园区2023年工作总结.txt": "丁园区2023年工作总结\n园区污水处理厂建成投用。基础设施不断完善，加快建设道路。\n",
    # another year, never writing 2023
    "戊园区2021年工作总结.txt": "戊园区2021年工作总结\n污水处理能力提升，污水处理厂改造，污水处理设施完善。\n",
    # a park named in its title, and a report naming that park only in passing
    "金河工业园区2020年工作总结.txt": "金河工业园区2020年工作总结\n金河工业园区建成雨水管网，排水管网改造。\n",
    "青石工业园区2020年工作总结.txt": "青石工业园区2020年工作总结\n"
    "排水管网改造完成，排水管网延伸，排水管网巡查常态化，学习金河工业园区的做法。\n",
    "白沙工业园区2020年工作总结.txt": "白沙工业园区2020年工作总结\n排水管网新建两公里，排水管网清淤。\n",
}


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    return service_of_texts(tmp_path_factory, "reading2", REPORTS)


titles = titles_found


# -- a question's topic and the part of a report it asks for ----------------------------------

@pytest.mark.parametrize("typed, strings", [
    # three report words (今年, 园区, 项目) were popped, leaving 建设进展: 项目 heads the topic
    ("今年园区项目建设进展情况", ("项目建设", "进展")),
    ("上半年园区项目建设完成情况", ("项目建设", "完成情况")),
    # the plan word opening the question was glued to the topic
    ("下一步招商引资有什么打算", ("下一步", "招商引资", "打算")),
    # a plan asked for with another role word closing it: the plan decides the part
    ("下一步园区道路建设有什么措施", ("下一步", "道路建设")),
    ("今年环境保护工作存在哪些问题", ("环境保护", "问题")),
    ("PPP项目进展如何", ("PPP项目", "进展")),
    # kept as before: one report word before a topic of its own, framing words with the role
    ("园区招商引资有哪些问题", ("招商引资", "问题")),
    ("下半年有什么工作打算", ("下半年", "工作打算")),
    ("怎样提高企业自主创新能力", ("提高企业自主创新能力",)),
])
def test_a_question_keeps_its_topic_apart_from_its_role_words(typed, strings):
    assert question_strings(typed, bundled_vocabulary()) == strings


def test_a_plan_word_opening_a_string_is_part_of_the_plan_not_of_the_topic():
    assert role_of("下一步安全生产工作打算", bundled_vocabulary(), mixed=True) == ("计划安排", ("下一步", "打算"), "安全生产")
    assert role_of("计划生育工作计划", bundled_vocabulary(), mixed=True) == ("计划安排", ("计划",), "计划生育")


def test_a_question_about_projects_finds_the_projects_in_the_progress_section(service):
    found, answer = titles(service, "今年园区项目建设进展情况")
    assert answer["understood"].startswith("按问题理解：项目建设 进展")
    assert found[0] == "甲园区2023年工作总结"  # not the report writing 建设进展 about roads


def test_the_report_words_a_question_drops_still_rank(service):
    """园区 no longer decides what is found (every park report says it), but the asker's park
    report ranks above a government report saying 项目建设 more often and never 园区."""
    found, answer = titles(service, "今年园区项目建设进展情况")
    assert "今年、园区只用于排序" in answer["understood"]
    assert found.index("甲园区2023年工作总结") < found.index("庚市2023年政府工作报告")


def test_a_question_about_next_steps_finds_the_plan_for_its_topic_first(service):
    found, answer = titles(service, "下一步招商引资有什么打算")
    assert answer["understood"].startswith("按问题理解：下一步 招商引资 打算")
    assert found[0] == "甲园区2023年工作总结"  # its plan section names 招商引资


# -- a year or a park typed with the topic ------------------------------------------------------

@pytest.mark.parametrize("q", ["2023年 污水处理", "2023 污水处理"])
def test_a_year_typed_puts_that_years_reports_first_then_those_naming_it(service, q):
    found, answer = titles(service, q)
    assert found == ["丁园区2023年工作总结", "丙园区2022年工作总结", "戊园区2021年工作总结"]
    assert answer["understood"].startswith("按年份理解：2023 年的报告在前")


def test_a_year_typed_also_finds_that_years_report_holding_the_topics_words(service):
    found, answer = titles(service, "2023年 基础设施建设")
    # the year's report writing the string first, then the one writing 基础设施不断完善 … 建设
    assert found[:2] == ["乙园区2023年工作总结", "丁园区2023年工作总结"]
    assert [r["match"] for r in answer["results"][:2]] == ["exact", "words"]


def test_a_park_typed_puts_its_reports_first_then_those_naming_it(service):
    found, answer = titles(service, "金河工业园区 排水管网")
    assert found[:3] == ["金河工业园区2020年工作总结", "青石工业园区2020年工作总结", "白沙工业园区2020年工作总结"]
    assert answer["understood"].startswith("按园区理解：金河工业园区的报告在前")


@pytest.mark.parametrize("q", ["2023年 污水处理", "金河工业园区 排水管网"])
def test_a_preferred_report_keeps_an_ordinary_score(service, q):
    # the year's or park's reports come first by result tier, as exact matches do: the API's
    # score stays the topic's (a field boost once added 1000 to it)
    _, answer = titles(service, q)
    top = max(r["score"] for r in titles(service, q.split()[1])[1]["results"])
    assert all(r["score"] < 10 * top for r in answer["results"]), [r["score"] for r in answer["results"]]


@pytest.mark.parametrize("q, expected", [
    ("year:2023 污水处理", ["丁园区2023年工作总结"]),  # the filter syntax stays a filter
    ('"2023年" 污水处理', ["丙园区2022年工作总结", "丁园区2023年工作总结"]),  # quoted: the string, literally
    ("2023年", None),  # nothing else typed: the string is the query, as before
])
def test_filters_quoted_strings_and_a_lone_year_stay_as_typed(service, q, expected):
    found, answer = titles(service, q)
    assert "按年份理解" not in answer["understood"]
    if expected is not None:
        assert sorted(found) == sorted(expected)
