"""Key figures read in session 36 (issue 16, a target never shown as achieved), own sentences: a task stated with a
list's first item governs the items joined to it by commas (工业总产值任务42亿元，销售收入40亿元，…), as a lead-in governs
its list; 保障 before what is to be done (重点保障N个项目完成…) aims as 确保 does."""
import pytest

from indexer.reading.indicators import find_indicators


def statuses(text: str, park: str | None = "青棠湾经济开发区"):
    return {(f.name, f.value): f.status for f in find_indicators(text, doc_type="工作总结", park=park)}


def test_a_task_stated_with_a_lists_first_item_governs_the_list():
    got = statuses("一、经济指标情况\n2023年全镇工业总产值任务36亿元，销售收入33亿元，利润总额2.1亿元，工业增加值11亿元。"
                   "全年累计完成产值31亿元，销售收入完成29.5亿元。")
    assert got[("工业总产值", 36)] == "目标"
    assert got[("营业收入", 33)] == "目标"
    assert got[("工业增加值", 11)] == "目标"
    # what was done, after the list's stop, stays done
    assert got[("营业收入", 29.5)] == "实际"


@pytest.mark.parametrize("text, name, value, status", [
    # must-not: a task said done (完成…任务N), a figure done after the task in its own clause, a target with no list
    ("完成工业性投资任务12.4亿元，入库项目61个；招商引资到位资金7.2亿元。", "工业投资", 12.4, "实际"),
    ("园区工业总产值任务36亿元，完成31亿元，销售收入33亿元。", "营业收入", 33, "实际"),
    ("全年目标任务96亿元，上半年完成工业总产值52亿元，销售收入48亿元。", "营业收入", 48, "实际"),
])
def test_a_task_governs_no_figure_told_as_done(text, name, value, status):
    assert statuses(text)[(name, value)] == status


def test_ensuring_what_is_to_be_done_is_a_target():
    got = statuses("坚持推进总投资560亿元的120个重点项目建设，重点保障38个先进制造业项目完成年度投资96亿元。")
    assert got[("固定资产投资", 96)] == "目标"


@pytest.mark.parametrize("text, value", [
    # must-not: 保障 as a noun (要素保障, 资金保障方面) before a clause of its own says nothing of the figure
    ("强化要素保障，园区完成固定资产投资41亿元，同比增长12%。", 41),
    ("在资金保障方面，全年完成固定资产投资27亿元。", 27),
])
def test_a_guarantee_named_as_a_thing_sets_no_target(text, value):
    assert statuses(text)[("固定资产投资", value)] == "实际"
