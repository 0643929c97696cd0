"""Session 41: a zone's area, and its parts' — two ways of writing counted on several hosts of the labelled study pages.

A zone named right before its land is the subject of the land's clause, whatever its head (a bare 园, 专业区, a free-trade
port zone) or however an entry labels it (a colon or a space between: 某科学园区 面积:653公顷); its land is its own, the
report's park's or another's as the name says. A bracket right after the zone's area listing its parts with theirs
(总规划面积近30平方公里（一期6.96平方公里、二期约23平方公里）) gives each part's land, scope 其他. A phase numbered with 第
(第1期) is a phase as 一期 is.

Sentences are the session's own (parks invented), Simplified and Traditional, each with its guard.
"""
from pathlib import Path

import pytest

from indexer.reading.pipeline import read_file


def areas(tmp_path: Path, text: str, title: str = "青岚经济开发区简介") -> set:
    page = tmp_path / "page.txt"
    page.write_text(title + "\n" + text + "\n", encoding="utf-8")
    (report,) = read_file(page, tmp_path).reports
    return {(f.value, f.unit, f.status, f.scope) for f in report.indicators if f.name == "面积"}


@pytest.mark.parametrize("text, want", [
    # a sub-zone with a bare 园 as its head, measured right after its name: a part's land
    ("青岚经济开发区规划面积30平方公里，分为东园和西园。东园占地6.4平方公里，主导产业为铝加工。", (6.4, "平方公里", "实际", "其他")),
    ("青嵐經濟開發區規劃面積30平方公里。東園佔地6.4平方公里，西園佔地8平方公里。", (8, "平方公里", "实际", "其他")),
    # a free-trade port zone is a zone, not a port's area
    ("目前青岚自由贸易港区面积45公顷，未来将扩大。", (45, "公顷", "实际", "园区")),
    # an entry's label, a colon or a space between the name and the land
    ("青岚经济开发区:占地面积12平方公里，以装备制造为主。", (12, "平方公里", "实际", "园区")),
    ("青嵐經濟開發區 面積:653公頃", (653, "公顷", "实际", "园区")),
    # a phase numbered with 第, placed first: the phase's land
    ("青岚经济开发区规划面积30平方公里。金属表面处理专业区第1期位于东3区，面积21.1公顷，已全数租售完毕。",
     (21.1, "公顷", "实际", "其他")),
])
def test_a_zone_named_right_before_its_land_owns_it(tmp_path, text, want):
    assert want in areas(tmp_path, text)


@pytest.mark.parametrize("text, unwanted", [
    ("青岚经济开发区规划面积30平方公里。全镇茶园面积3万亩。", 3),  # a farm's garden, no zone
    ("青岚经济开发区规划面积30平方公里。星河电子项目占地120亩。", 120),  # a project's land
    ("青岚经济开发区规划面积30平方公里。园区物流中心占地50亩。", 50),  # a building's land
    ("青岚经济开发区规划面积30平方公里。东疆港区面积10平方公里。", 10),  # a port's area
])
def test_land_of_no_zone_named_before_it_stays_none(tmp_path, text, unwanted):
    assert not any(value == unwanted for value, *_ in areas(tmp_path, text))


def test_a_zones_parts_in_a_bracket_after_its_area(tmp_path):
    got = areas(tmp_path, "青岚科技工业园总规划面积近30平方公里（一期6.96平方公里、二期约23平方公里）。", "青岚科技工业园简介")
    assert {(30, "平方公里", "实际", "园区"), (6.96, "平方公里", "实际", "其他"), (23, "平方公里", "实际", "其他")} <= got


@pytest.mark.parametrize("text, unwanted", [
    ("青岚科技工业园总规划面积30平方公里（其中项目一期用地300亩）。", 300),  # a project's phase in the bracket
    ("青岚科技工业园入驻企业120家（一期占地80亩）。", 80),  # a bracket after another figure stays a remark
])
def test_a_bracket_of_no_zones_parts_stays_a_remark(tmp_path, text, unwanted):
    assert not any(value == unwanted for value, *_ in areas(tmp_path, text, "青岚科技工业园简介"))


@pytest.mark.parametrize("text, want", [
    # after 包括, each part's area before its name, a place's words before an item's amount
    ("青岚产业园规划面积50平方公里，空间布局包括青岚经济技术开发区的42平方公里产城融合核心区和东港8平方公里临港产业区。",
     {(42, "平方公里", "实际", "其他"), (8, "平方公里", "实际", "其他")}),
    # in a bracket after the layout's name, the zone's area before it
    ("青岚产业园规划面积10平方公里，已初步形成“三区一中心”（“三区”：1平方公里农副产品及食品加工区、2平方公里核心区、"
     "7平方公里辐射带动区；“一中心”：综合服务中心）。",
     {(1, "平方公里", "实际", "其他"), (2, "平方公里", "实际", "其他"), (7, "平方公里", "实际", "其他")}),
    ("青嵐產業園規劃面積12平方公里，包括4平方公里物流區和8平方公里加工區。",
     {(4, "平方公里", "实际", "其他"), (8, "平方公里", "实际", "其他")}),
])
def test_a_zones_parts_measured_first_after_its_area(tmp_path, text, want):
    assert want <= areas(tmp_path, text, "青岚产业园简介")


@pytest.mark.parametrize("text, unwanted", [
    ("青岚产业园规划面积10平方公里，建有5万平方米标准厂房和3万平方米仓储区。", {5, 3}),  # floor space, not land
    ("青岚产业园规划面积10平方公里，另有300亩的物流区。", {300}),  # one item is no list of parts
    ("全县有4平方公里物流区和8平方公里加工区。", {4, 8}),  # no zone's area before the list
    ("青岚产业园规划面积10平方公里，建成标准厂房（共5万平方米，其中一期3万平方米）。", {5, 3}),  # a bracket of buildings
])
def test_no_list_of_parts_after_the_zones_area_gives_none(tmp_path, text, unwanted):
    assert not any(value in unwanted for value, *_ in areas(tmp_path, text, "青岚产业园简介"))
