"""How news and speeches tell a figure as a record or a change (#16, session 11). News says a figure set a record
first and then what it came to (就业人数也同步突破历年同期纪录，来到26万3,649人; 营收再创历史新高，达到…); 历年
before 同期/新高/纪录 is that record, not a running total (历年累计 still is). A speech tells how far the park came
(从财政收入几十万元增长到今天的50多亿元): the figure is where it went, and the value it started from is a base, never
a figure of its own. Sentences are our own (tests/gold/indicators_sentences.json, ids s11f-…); tests marked new
failed before the change.
"""
import pytest

from conftest import figure_rows


@pytest.mark.parametrize("text, expected", [
    ("云峰科學園區就業人數也同步突破歷年同期紀錄，來到15萬2,408人。", [("从业人员", 152408, "人", "实际")]),  # new
    ("园区就业人数突破历年同期纪录，达4.2万人。", [("从业人员", 4.2, "万人", "实际")]),  # new: 历年同期 no 累计
    ("园区营业收入再创历史新高，达到520亿元。", [("营业收入", 520, "亿元", "实际")]),  # guard
    ("园区历年累计引进项目126个。", [("签约项目数", 126, "个", "累计")]),  # guard: 历年累计 a running total
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
