"""How news and speeches tell a figure as a record or a change, and names said short (#16, session 11). News says a figure set a record
first and then what it came to (就业人数也同步突破历年同期纪录，来到26万3,649人; 营收再创历史新高，达到…); 历年
before 同期/新高/纪录 is that record, not a running total (历年累计 still is). A speech tells how far the park came
(从财政收入几十万元增长到今天的50多亿元): the figure is where it went, and the value it started from is a base, never
a figure of its own. Paid-in foreign capital follows the signed amount said short (合同外资额为…，实际到位…), and an
approval's words may stand before the area (核准通过的面积为…). Sentences are our own (tests/gold/indicators_sentences.json, ids s11f-…); tests marked new
failed before the change.
"""
import pytest

from conftest import figure_rows


@pytest.mark.parametrize("text, expected", [
    ("云峰科學園區就業人數也同步突破歷年同期紀錄，來到15萬2,408人。", [("从业人员", 152408, "人", "实际")]),  # new
    ("园区就业人数突破历年同期纪录，达4.2万人。", [("从业人员", 4.2, "万人", "实际")]),  # new: 历年同期 no 累计
    ("园区营业收入再创历史新高，达到520亿元。", [("营业收入", 520, "亿元", "实际")]),  # guard
    ("园区历年累计引进项目126个。", [("签约项目数", 126, "个", "累计")]),  # guard: 历年累计 a running total
    # 将首破 / 将首度超过: what the year will come to, a forecast like 将突破 (new)
    ("南屏加工區今年全年營業額將首破新台幣3000億元。", [("营业收入", 3000, "亿元", "预计")]),
])
def test_a_record_set_then_the_figure(text, expected):
    assert figure_rows(text, "简报", "园区营运概况") == expected


@pytest.mark.parametrize("text, expected", [
    ("十年来，开发区从财政收入不足千万元增长到今天的12亿多元。", [("财政收入", 12, "亿元", "实际")]),  # new
    ("园区工业总产值从不足5亿元发展到现在的86.4亿元。", [("工业总产值", 86.4, "亿元", "实际")]),  # new: 5 a base
    ("园区工业总产值由1121亿元增加到2220亿元。", [("工业总产值", 2220, "亿元", "实际")]),  # guard
    ("园区规上企业由建区之初的3家增加到目前的41家。", [("规上企业数", 41, "家", "实际")]),  # guard
])
def test_a_change_told_from_where_it_started(text, expected):
    assert figure_rows(text, "讲话", "在开发区建区十周年大会上的讲话") == expected


# ------------------------------------------------------------------ names said short after the one before (new)

@pytest.mark.parametrize("text, expected", [
    # paid-in foreign capital said short after the signed amount, with its growth between (new)
    ("全年园区合同外资额为2.36亿美元，增长42%，实际到位1.18亿美元。", [("实际利用外资", 1.18, "亿美元", "实际")]),
    # after 注册外资, a plan's (new)
    ("今年，園區將完成註冊外資5200萬美元，實際到賬3100萬美元。", [("实际利用外资", 3100, "万美元", "目标")]),
    # after domestic projects: no foreign capital said (guard)
    ("园区引进内资项目6个，实际到位2.4亿元。", [("签约项目数", 6, "个", "实际")]),
])
def test_foreign_capital_paid_in_said_short_after_the_signed(text, expected):
    assert figure_rows(text) == expected


def test_an_approved_area_with_its_approval_words():  # new
    assert figure_rows("1994年，开发区经省政府批准设立，核准通过的面积为4.5平方公里。", "工作汇报", "一、开发区基本情况") == [
        ("面积", 4.5, "平方公里", "实际")]


@pytest.mark.parametrize("text, expected", [
    ("全年园区企业安排2.36万人就业，同比增长6.1%。", [("从业人员", 2.36, "万人", "实际")]),  # new
    ("示范园建成投产以来解决了260人的就业问题。", [("从业人员", 260, "人", "实际")]),  # new
    ("园区项目全部建成后，可带动周边3000人就业。", []),  # guard: jobs induced around it, and a condition
    ("园区新增就业1200人。", []),  # guard: an increment
])
def test_the_people_given_work_counted_before_the_word(text, expected):
    """How official writing states the jobs a park holds: 安排/吸纳/解决 + the count + 就业 (the count first)."""
    assert figure_rows(text) == expected
