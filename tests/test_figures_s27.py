"""Key figures read in session 27 (reading version 107). Own sentences, own names and numbers."""
import pytest

from indexer.reading.indicators import find_indicators


def figures(sentence: str, park: str = "青川产业园"):
    return [(f.name, f.value, f.unit) for f in find_indicators(sentence, doc_type="简报", park=park)]


# the land a park takes, said of the park described: after the news's own opener (据了解，该园区位于…，占地…), past an
# attribute that names a base only as a standard (按照…示范基地的标准建设), and before the park it measures
# (一个占地3平方公里的某产业园): how profiles and news give a park its size
@pytest.mark.parametrize("sentence, figure", [
    ("据了解，该园区位于青川县东部，占地面积约800亩，总投资约30亿元。", ("面积", 800, "亩")),
    ("青禾产业园位于城东新区，按照省级示范基地的标准建设，总用地面积120亩。", ("面积", 120, "亩")),
    ("一个占地3平方公里的青溪产业园在此奠基。", ("面积", 3, "平方公里")),
])
def test_the_land_of_a_park_described(sentence, figure):
    assert figure in figures(sentence)


# a project's, a building's or a centre's land stays no area of the park (占地 is said of everything built)
@pytest.mark.parametrize("sentence", [
    "据了解，该项目位于园区东部，占地面积约80亩。",
    "青禾产业园位于城东新区，园区物流中心占地面积30亩。",
    "园区内一个占地50亩的项目开工建设。",
])
def test_the_land_of_what_is_built_in_a_park_is_no_area(sentence):
    assert not any(name == "面积" for name, _v, _u in figures(sentence))


# the firms a park holds, said with a verb of holding (拥有, 现有) or gathering and a bound after 已 (集聚科技企业已达300余家):
# its firms, as 入驻 and 落户 say them; a class by a title the State awards (高新技术企业, 专精特新) is a statistic of its own
@pytest.mark.parametrize("sentence, value", [
    ("目前青川软件园集聚科技企业已达260余家。", 260),
    ("截至目前，青川产业园拥有中小企业315家。", 315),
])
def test_firms_held_by_the_park(sentence, value):
    assert ("入园企业数", value, "家") in figures(sentence)


@pytest.mark.parametrize("sentence", [
    "目前，青川产业园拥有高新技术企业23家，占全县的六成。",
    "青川产业园现有专精特新企业12家。",
])
def test_firms_of_an_awarded_class_are_no_count_of_the_parks_firms(sentence):
    assert not any(name == "入园企业数" for name, _v, _u in figures(sentence))


# a stock's total told after its increment with the measure inside (新增规上企业9户，总户数达到66户): the total of the
# class named before, as 总数 is; the statistics' units above their lines in four trades (四上企业) counted as 规上企业
@pytest.mark.parametrize("sentence, figure", [
    ("前三季度，青川产业园新增规模以上工业企业7户，总户数达到58户。", ("规上企业数", 58, "户")),
    ("青川产业园“四上企业”达到76家。", ("规上企业数", 76, "家")),
    ("青川产业园规划区面积18.5平方公里。", ("面积", 18.5, "平方公里")),
    ("青川产业园规划面积已达6000公顷，建成区1800公顷。", ("面积", 1800, "公顷")),
])
def test_a_stocks_total_and_the_areas_said_with_qu(sentence, figure):
    assert figure in figures(sentence)


@pytest.mark.parametrize("sentence", [
    "在建成区10平方公里内具备了完善的基础设施条件。",  # (where something is: no statement of the area)
    "城市建成区面积12平方公里。",  # (a town's built area)
])
def test_a_built_area_named_as_a_place_is_no_figure(sentence):
    assert not any(name == "面积" for name, _v, _u in figures(sentence))


# projects under contract (合同项目) are signed projects; 计划 opening the cost's noun after a signed count (签约项目147个，
# 计划投资额2037亿元) is what they are to cost, their signed money, no target — unless the count itself is planned
def test_contract_projects_and_their_planned_cost_are_signed():
    got = find_indicators("此次活动，青川产业园合同项目41个，总投资280亿元；签约项目14个，计划投资额203亿元。",
                          doc_type="简报", park="青川产业园")
    signed = [(f.name, f.value, f.status) for f in got if f.name in ("签约项目数", "签约资金")]
    assert signed == [("签约项目数", 41, "实际"), ("签约资金", 280, "实际"), ("签约项目数", 14, "实际"), ("签约资金", 203, "实际")]


def test_a_planned_signing_stays_a_target():
    got = find_indicators("园区计划签约项目20个，计划投资额50亿元。", doc_type="简报", park="青川产业园")
    assert [(f.name, f.status) for f in got] == [("签约项目数", "目标"), ("签约资金", "目标")]


# a zone's extent as plans and public notices give it: each block numbered and named (区块1:主体功能区，面积…) and the
# area right after the bounds on four sides (…南至某路，北至某河，面积…)
@pytest.mark.parametrize("sentence, value", [
    ("调整后的青川经济开发区共两个区块，区块1:主体功能区，面积716.4公顷；区块2:专用设备产业集聚区，面积89.5公顷。", 716.4),
    ("青川化工产业园主片区四至范围为:东至青川路,西至国道,南至城南路,北至清水河,面积18.1平方公里。", 18.1),
])
def test_the_area_of_a_block_or_of_what_bounds_enclose(sentence, value):
    assert ("面积", value, "公顷" if value > 100 else "平方公里") in figures(sentence)


def test_a_bound_before_no_figure_gives_none():
    assert figures("东至河边，西至山脚，面积很大的一片荒地。") == []


# a zone's layout listed part by part, each part's area right after its name (东片区24平方公里、西片区9平方公里; 规划核心区
# 11.2平方公里，拓展区22平方公里): the parts' areas (scope 其他); land worked on (核心区3000亩土地已完成征收) is none
def test_a_layouts_parts_and_their_areas():
    got = find_indicators("青川产业园按照一园多区布局，东片区24平方公里、西片区9平方公里；规划核心区11.2平方公里，拓展区22平方公里。",
                          doc_type="简报", park="青川产业园")
    assert [(f.name, f.value, f.scope) for f in got] == [("面积", 24, "其他"), ("面积", 9, "其他"), ("面积", 11.2, "其他"),
                                                         ("面积", 22, "其他")]


def test_land_worked_on_in_a_part_is_no_area():
    assert figures("核心区3000亩土地已完成征收。") == []
