"""A goal said reached, the verb after it (session 38): "全年目标任务全面完成，实现工业总产值50亿元" says the year's goals
were met and then what was done; the goal is the clause's subject, no word of how sure the figures after it are. The
reader took 目标 there as the target marker and gave every figure after it as a target (a target shown for a done
figure is as wrong as the other way). The order with the verb first (实现倍增目标，…) was read since session 33. A word of
striving or of time before the goal still governs (确保全年目标任务全面完成，…; 力争…), as does a plan word before the
figure itself (计划完成…). Counted on every spent labelled set: +2 right figures on 1 page, none lost."""
import pytest

from indexer.reading.indicators import find_indicators


def _figures(text, doc_type="工作总结"):
    return [(f.name, f.value, f.status) for f in find_indicators(text, doc_type=doc_type)]


@pytest.mark.parametrize("text, expected", [
    ("2023年，园区全年目标任务全面完成，实现工业总产值50亿元，税收2.1亿元。",
     [("工业总产值", 50, "实际"), ("税收", 2.1, "实际")]),
    ("青禾工业园一期规划目标基本建成，入驻企业44家，实现产值20亿元。",
     [("入园企业数", 44, "实际"), ("工业总产值", 20, "实际")]),
    ("年度招商计划顺利完成，全年签约项目18个。", [("签约项目数", 18, "实际")]),
])
def test_a_goal_reached_leaves_the_figures_done(text, expected):
    assert _figures(text) == expected


@pytest.mark.parametrize("text, expected", [
    # must-not: striving before the goal, or a plan word before the figure, still make a target
    ("确保全年目标任务全面完成，实现工业总产值50亿元。", [("工业总产值", 50, "目标")]),
    ("力争各项目标任务圆满完成，工业总产值达到60亿元。", [("工业总产值", 60, "目标")]),
    ("计划完成工业总产值50亿元。", [("工业总产值", 50, "目标")]),
    ("全年目标为工业总产值50亿元。", [("工业总产值", 50, "目标")]),
])
def test_a_goal_still_to_reach_stays_a_target(text, expected):
    assert _figures(text) == expected


def test_a_name_saying_it_is_done_ends_a_plan_before_it():
    """已开发 / 已建成 as the figure's own name says what is done, as 已 before a name does (the plan word of the clause
    before governed it: 二区计划开发8平方公里，首期已开发4平方公里 gave the 4 as a target)."""
    text = "青禾工业园总体规划面积20平方公里，二区计划开发8平方公里，首期已开发4平方公里。"
    assert [(f.value, f.status) for f in find_indicators(text, doc_type="简报") if f.name == "面积"] == [
        (20, "实际"), (8, "目标"), (4, "实际")]
