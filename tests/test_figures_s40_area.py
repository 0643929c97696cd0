"""Session 40: a zone's land said bare in a later clause, the zone the topic of the sentence (issue 16).

Chinese says a topic once and lets the clauses after it predicate: 某科学园区位于某镇，于某年开始动工，土地面积123公顷.
The land said bare (面积, 土地面积, 占地) is the zone's where, walking back over the clauses without a subject of their own,
the first subject met is the zone — its name opening a clause with a verb of being or lying (位于, 位在, 是, 于…成立), or
the subject the segmenter finds — and no clause on the way names another owner of land (a project, a firm, a plant, a
phase: 园区新引进项目20个，总投资…，占地…). 土地面积 is the land's area as 面积 is, the zone's only so owned; 计划 inside a
noun (都市计划区) is no word of a target.

Sentences are the session's own (parks invented), each with its guard.
"""
from pathlib import Path

import pytest

from indexer.reading.pipeline import read_file


def areas(tmp_path: Path, text: str, title: str = "青岚科学园区简介") -> set:
    page = tmp_path / "page.txt"
    page.write_text(title + "\n" + text + "\n", encoding="utf-8")
    (report,) = read_file(page, tmp_path).reports
    return {(f.value, f.unit, f.status) for f in report.indicators if f.name == "面积"}


@pytest.mark.parametrize("text, want", [
    ("青岚科学园区位于某县东湖镇，1998年7月经批准设立，于1999年3月开始动工，土地面积136公顷。", (136, "公顷", "实际")),
    ("青岚绿色材料加值园区位在某电厂东南侧，紧邻某都市计划区，面积约182公顷。", (182, "公顷", "实际")),
    ("青岚物流园区于2015年正式运营，紧邻某高速出口，占地面积1650亩。", (1650, "亩", "实际")),
])
def test_the_zone_as_the_topic_owns_the_land_said_later(tmp_path, text, want):
    assert want in areas(tmp_path, text)


@pytest.mark.parametrize("text", [
    "青岚园区今年新引进项目20个，总投资50亿元，占地1000亩。",  # the projects' land
    "该项目位于青岚园区东侧，占地200亩。",  # a project the subject
    "青岚工业园区位于县城东侧，园内新建标准厂房5栋，占地120亩。",  # the plants' land
    "全县土地面积1200平方公里，青岚工业园区是其中的重点。",  # a county's land
    "青岚物流园区是省重点项目，2015年正式运营，占地面积1650亩。",  # the zone said to be a project: the house reads the
    # project's land (tests/test_figures_forecast_beside_done.py)
])
def test_land_of_another_owner_is_no_zone_area(tmp_path, text):
    assert areas(tmp_path, text) == set()


def test_a_part_singled_out_by_其中_is_not_the_zone(tmp_path):
    text = "青岚科技园区规划面积12平方公里。其中，生物医药园在区内西侧布局，占地面积201公顷。"
    assert (201, "公顷", "实际") not in areas(tmp_path, text)
