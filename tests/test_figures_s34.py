"""Key figures read in session 34 (issue 16): forms counted across sites before a rule was written. Own sentences, own
names and numbers."""
import pytest

from indexer.reading.indicators import find_indicators


def figures(text: str, park: str | None = "青棠湾经济开发区", title: str = "", doc_type: str = "简报"):
    return [(f.name, f.value, f.unit, f.status, f.scope)
            for f in find_indicators(text, doc_type=doc_type, park=park, title=title)]


def named(text: str, name: str, **kw):
    return [f[1:] for f in figures(text, **kw) if f[0] == name]


# ------------------------------------------------------------------ 其中 + a size class, 项目 left unsaid
# (新签约项目60个，其中亿元以上18个; 其中50亿元1个、10亿元3个): each class's count of the whole's kind, scope 其他

@pytest.mark.parametrize("sentence, name, parts", [
    ("2023年，园区新签约项目48个，其中亿元以上15个；重点在谈项目12个。", "签约项目数", [15]),
    ("园区新签约亿元以上项目21个，其中50亿元以上2个、10亿元以上5个、5亿元以上6个。", "签约项目数", [2, 5, 6]),
    ("园区新签约亿元以上项目21个，其中30亿元1个、10亿元4个。", "签约项目数", [1, 4]),
    ("全年新开工项目37个，其中亿元以上19个。", "新开工项目数", [19]),
])
def test_size_class_with_its_noun_unsaid_after_qizhong(sentence, name, parts):
    got = named(sentence, name)
    assert [v for v, _, status, scope in got if scope == "其他"] == parts
    assert all(status == "实际" for _, _, status, _ in got)


# must not: no money in the bound, firms (家) split by size, a split with no project count before it
@pytest.mark.parametrize("sentence, name, values", [
    ("园区新签约项目30个，其中12个已开工。", "签约项目数", [30]),
    ("园区现有规上工业企业60家，其中亿元以上18家。", "签约项目数", []),
    ("园区实现工业总产值120亿元，其中亿元以上企业18个。", "签约项目数", []),
    ("园区新签约项目30个，其中亿元以上项目9个。", "签约项目数", [30, 9]),  # (with the noun: read before as now)
])
def test_size_class_unsaid_must_not(sentence, name, values):
    assert [v for v, *_ in named(sentence, name)] == values


# ------------------------------------------------------------------ the park that is itself a project being built
# (某物流园项目开工; 该项目位于…，占地209亩; 项目整体占地135亩): the project's land is the park's area

@pytest.mark.parametrize("title, park, text, value, unit", [
    ("青棠湾快递物流园项目开工", "青棠湾快递物流园",
     "青棠湾快递物流园项目举行开工仪式。该项目位于某市工业园区东南部，占地186亩，规划建筑面积12万平方米。", 186, "亩"),
    ("青棠湾冷链物流园区项目整体完工", None,
     "据青棠物流集团相关负责人介绍，该项目总投资3.2亿元，占地154亩，总建筑面积5.1万平方米。", 154, "亩"),
    ("青棠湾电商产业园一期落成", "青棠湾电商产业园",
     "青棠湾电商产业园一期项目落成典礼举行。项目整体占地128亩，总建筑面积61000平方米。", 128, "亩"),
    ("青棠湾智慧物流园项目开工仪式举行", "青棠湾智慧物流园",
     "据了解，青棠湾智慧物流园项目占地31公顷，规划建筑面积约28万平方米。", 31, "公顷"),
])
def test_land_of_the_project_the_park_is(title, park, text, value, unit):
    assert named(text, "面积", park=park, title=title) == [(value, unit, "实际", "园区")]


# must not: a firm's or another project's land in a park's news, the park's projects spoken of together, a phase's
@pytest.mark.parametrize("title, park, text", [
    ("青棠湾工业园区项目建设提速", "青棠湾工业园区",
     "青棠湾工业园区项目建设提速。园区签约年产5万吨电池材料项目。该项目占地120亩，总投资5亿元。"),
    ("青棠湾工业园区签约", "青棠湾工业园区", "园区签约年产5万吨电池材料项目。该项目占地120亩，总投资5亿元。"),
    ("青棠湾物流园项目开工", "青棠湾物流园", "青棠湾物流园项目开工。园区内某新材料公司项目占地120亩。"),
    ("青棠湾物流园项目开工", "青棠湾物流园", "青棠湾物流园项目开工。园区内冷链仓储项目占地80亩。"),
    ("某市重点项目集中开工", None, "该项目总投资3.2亿元，占地154亩，总建筑面积5.1万平方米。"),
])
def test_land_of_the_project_the_park_is_must_not(title, park, text):
    assert named(text, "面积", park=park, title=title) == []


def test_land_of_a_phase_of_the_park_project_stays_the_phases():
    text = "青棠湾物流园项目开工。其中一期项目占地300亩。"
    assert (300, "亩", "实际", "园区") not in named(text, "面积", park="青棠湾物流园", title="青棠湾物流园项目开工")
