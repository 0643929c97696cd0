"""Key figures read in session 30 by two conventions the lead decided by counting the blind labels (docs/labelling.md,
figures). Own sentences, own names and numbers."""
import pytest

from indexer.reading.indicators import find_indicators


def figures(sentence: str, park: str = "青棠湾产业园", doc_type: str = "工作总结"):
    return [(f.name, f.value, f.unit, f.status, f.scope) for f in find_indicators(sentence, doc_type=doc_type, park=park)]


# ------------------------------------------------------------------ (b) a count with its rate after it
# "…等64个项目开工建设，开工率81%": how many started, as any count is; the rate says nothing against it (labelled 4 of 4)

@pytest.mark.parametrize("sentence, want", [
    ("2025年，青棠湾产业园甲乙科技园、丙丁装备基地等64个项目开工建设，开工率81%。",
     ("新开工项目数", 64, "个", "实际", "园区")),
    ("2025年，青棠湾产业园甲乙科技园等64个项目开工建设，开工率81%；戊己材料等37个项目竣工，竣工率68.5%。",
     ("竣工投产项目数", 37, "个", "实际", "园区")),
    ("青棠湾产业园全年新开工项目27个，开工率达96%。", ("新开工项目数", 27, "个", "实际", "园区")),
    ("全县安排重点项目52个，其中19个项目开工，11个项目竣工，开竣工率均达95%。", ("竣工投产项目数", 11, "个", "实际", "其他")),
])
def test_a_count_with_its_rate_after_it_is_the_verbs_count(sentence, want):
    assert want in figures(sentence)


# must not: a count out of a list named before it is still that list's progress, no count
@pytest.mark.parametrize("sentence", [
    "全县39个新开工重点项目中，25个项目已开工建设，开工率64.1%。",
    "一季度全县58个计划开工项目已有21个开工建设，开工率36.2%。",
])
def test_a_count_out_of_a_list_with_its_rate_stays_out(sentence):
    assert [f for f in figures(sentence) if f[0] == "新开工项目数"] == []


# ------------------------------------------------------------------ (b) a place's list of key projects
# "安排县重点项目318个…计划开工项目121个…计划竣工项目74个": the place's planned counts, 目标, scope 其他 (labelled 4 times)

@pytest.mark.parametrize("sentence, want", [
    ("2025年全县安排县重点项目318个，年度计划投资210亿元。其中，续建项目150个；计划开工项目121个，年度计划投资98亿元；"
     "计划竣工项目74个。", [("新开工项目数", 121, "个", "目标", "其他"), ("竣工投产项目数", 74, "个", "目标", "其他")]),
    ("今年安排全县重点建设项目296项，本年度计划开工项目143项，目前实际已开工118项。",
     [("新开工项目数", 143, "项", "目标", "其他")]),
    ("今年列入省级重点项目的共有86个，其中计划新开工项目40个。", [("新开工项目数", 40, "个", "目标", "其他")]),
])
def test_a_places_key_project_list_plans_are_its_targets(sentence, want):
    got = figures(sentence)
    assert all(w in got for w in want), got


# must not: the park's own place on a list (园区列入市级重点项目) keeps its planned count out; a list without one
@pytest.mark.parametrize("sentence, value", [
    ("青棠湾产业园列入市级重点项目17个，其中计划新开工项目8个。", 8),
    ("园区列入市级重点项目22个，其中计划新开工项目9个；1-6月，新开工项目6个。", 9),
])
def test_the_parks_own_key_project_plan_stays_out(sentence, value):
    assert [f for f in figures(sentence) if f[1] == value] == []


# ------------------------------------------------------------------ (h) 累计 opening a run of flows
# "累计签约项目214个、总投资986亿元，落地开工项目171个，到位资金263亿元": the later flows of investment and signing are
# running totals too (labelled 5 carried : 1 not; flows 5 : 0)

@pytest.mark.parametrize("sentence, want", [
    ("截至2025年底，青棠湾产业园累计签约项目214个、总投资986亿元，落地开工项目171个，到位资金263亿元。",
     [("新开工项目数", 171, "个", "累计", "园区"), ("招商引资到位资金", 263, "亿元", "累计", "园区")]),
    ("青棠湾产业园已累计批办外资项目1300多个，实际利用外资46亿美元。", [("实际利用外资", 46, "亿美元", "累计", "园区")]),
    ("青棠湾产业园累计引进项目88个，签约资金312亿元，到位资金97亿元。",
     [("招商引资到位资金", 97, "亿元", "累计", "园区")]),
    ("青棠湾产业园累计上缴各类税收260多亿元，实际利用外资近39亿美元。", [("实际利用外资", 39, "亿美元", "累计", "园区")]),
])
def test_a_running_total_carries_over_the_later_flows(sentence, want):
    got = figures(sentence)
    assert all(w in got for w in want), got


# must not: a year's running total, a stock item, a stop, a new time or status word, or no flow
@pytest.mark.parametrize("sentence, name, value", [
    ("全年累计签约项目40个，实际利用外资3100万美元。", "实际利用外资", 3100),
    ("青棠湾产业园累计孵化企业95家，在孵企业41家，到位资金2.3亿元。", "招商引资到位资金", 2.3),
    ("青棠湾产业园累计签约项目60个；到位资金18亿元。", "招商引资到位资金", 18),
    ("青棠湾产业园累计签约项目60个，今年到位资金18亿元。", "招商引资到位资金", 18),
    ("青棠湾产业园累计签约项目60个，目前已到位资金18亿元。", "招商引资到位资金", 18),
    ("青棠湾产业园累计完成投资45亿元，园区工业总产值达19.6亿元。", "工业总产值", 19.6),
    ("青棠湾产业园累计完成基础设施投资3.2亿元，建成面积620亩，引进项目41个。", "签约项目数", 41),
])
def test_a_running_total_stops_where_the_run_does(sentence, name, value):
    got = [f for f in figures(sentence) if f[0] == name and f[1] == value]
    assert got and all(f[3] == "实际" for f in got), figures(sentence)
