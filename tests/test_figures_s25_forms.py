"""Figure forms read in session 25. Own sentences: other parks and numbers than any page studied."""
from pathlib import Path

import pytest

from conftest import read_page


def figures(tmp_path: Path, text: str, title: str = "青禾经济开发区2023年工作总结") -> list:
    (report,) = read_page(tmp_path, title + "\n" + text + "\n")
    return [(f.name, f.value, f.status, f.scope) for f in report.indicators]


# 落地 (a project that has landed: 落地开工, 签约落地) is a verb of the projects, not 地 of a place (各地, 本地) before a name
@pytest.mark.parametrize("sentence, want", [
    ("今年以来，园区落地开工项目41个。", [("新开工项目数", 41, "实际", "园区")]),
    ("园区新增落地开工项目9个，竣工投产项目6个。", [("新开工项目数", 9, "实际", "园区"), ("竣工投产项目数", 6, "实际", "园区")]),
])
def test_landed_projects_started_are_counted(tmp_path, sentence, want):
    assert figures(tmp_path, sentence) == want


def test_the_places_projects_are_still_not_the_parks(tmp_path):
    assert figures(tmp_path, "全市各地开工项目120个，园区新开工项目15个。") == [("新开工项目数", 15, "实际", "园区")]


# a zone's territory (区域面积, 行政区划面积) is its 面积 right after its name, or in the sentence describing it (成立于/于 + a
# year: when it was set up); a county's 区域面积 is no zone's
@pytest.mark.parametrize("sentence, want", [
    ("青禾农开区（红石镇）区域面积41.6平方公里，下辖9个村。", [("面积", 41.6, "实际", "园区")]),
    ("青禾经济开发区于1996年经省政府批准设立，行政区划面积63平方公里。", [("面积", 63, "实际", "园区")]),
])
def test_a_zones_territory_is_its_area(tmp_path, sentence, want):
    assert figures(tmp_path, sentence) == want


@pytest.mark.parametrize("sentence", [
    "全县区域面积1200平方公里，总人口45万。",
    "青禾经济开发区于2019年引进甲公司，该项目占地120亩。",  # a project's land after the year the zone brought it in
])
def test_not_a_zones_territory(tmp_path, sentence):
    assert [f for f in figures(tmp_path, sentence) if f[0] == "面积" and f[3] == "园区"] == []


# 固定资产总投资 / 固定资产投资总额: the name with 总 inside it, the whole, as 营业总收入 is
@pytest.mark.parametrize("sentence, want", [
    ("今年以来，园区固定资产总投资完成7.2亿元，同比增长20%。", [("固定资产投资", 7.2, "实际", "园区")]),
    ("全年园区固定资产投资总额达到15亿元。", [("固定资产投资", 15, "实际", "园区")]),
])
def test_fixed_asset_investment_with_zong_inside_its_name(tmp_path, sentence, want):
    assert figures(tmp_path, sentence) == want


# a sentence of the year's plans opens their list: the paragraph's next figures, said with no word of what was done, are
# plans too — never shown as achieved (the aim: no target shown as an achieved figure)
def test_a_plan_sentence_governs_the_figures_after_it_in_its_paragraph(tmp_path):
    got = figures(tmp_path, "一是在镇东部建设工业园区，今年计划完成规划面积2平方公里，修建道路4公里。引进1个总投资5亿元以上的大项目，"
                            "年内开工建设产业项目3个。", title="青禾镇依托产业园区打造支柱产业")
    assert [f[:3] for f in got] == [("面积", 2, "目标"), ("签约项目数", 1, "目标"), ("新开工项目数", 3, "目标")]


@pytest.mark.parametrize("text, title", [
    ("园区今年计划引进项目10个。截至目前已引进项目6个。", "青禾园区招商情况"),  # what was done, said so: done (累计: so far)
    ("今年计划完成投资10亿元。园区实现工业总产值42亿元。", "青禾经济开发区2023年工作总结"),  # a summary's figures are done
])
def test_what_was_done_after_a_plan_stays_done(tmp_path, text, title):
    # (signed up to a day, counted from none, is all so far: 累计 since session 54, as the blind labellers read it)
    assert [f[2] for f in figures(tmp_path, text, title=title)][-1] == ("累计" if "截至" in text else "实际")
