"""Figure forms read in session 23, from the misses of the spent blind sets (eval26–28) grouped by how reports write
them. Own sentences: other parks, places and numbers."""
from pathlib import Path

import pytest

from conftest import read_page


def figures(tmp_path: Path, text: str, title: str = "青禾经济开发区2023年工作总结") -> list:
    (report,) = read_page(tmp_path, title + "\n" + text + "\n")
    return [(f.name, f.value, f.status, f.measure) for f in report.indicators]


# ------------------------------------------------------------------ built area: 面积, measure 建成

@pytest.mark.parametrize("sentence, want", [
    ("园区规划面积为18平方公里，已开发利用7.4平方公里。", [("面积", 18, "实际", None), ("面积", 7.4, "实际", "建成")]),
    ("截至年底，园区已开发建成面积达到5.6平方公里，占总规划面积的31%。", [("面积", 5.6, "实际", "建成")]),
    ("园区建成区面积9.2平方公里。", [("面积", 9.2, "实际", "建成")]),
    ("园区封关验收面积1.2平方公里。", [("面积", 1.2, "实际", None)]),
    ("园区总开发面积460公顷。", [("面积", 460, "实际", None)]),  # (the area to develop, not built)
    ("青禾现代农业产业园幅员面积186平方公里。", [("面积", 186, "实际", None)]),
    ("园区总规划占地3600亩，总投资约48亿元。", [("面积", 3600, "实际", None)]),
])
def test_the_parks_area_planned_and_built(tmp_path, sentence, want):
    assert figures(tmp_path, sentence) == want


@pytest.mark.parametrize("sentence", [
    "全市建成区面积达到85平方公里。",  # a city's
    "园区完成绿化面积3万平方米。",  # what a work covered
    "该项目总规划占地300亩。",  # a project's land
    "园区尚有可开发面积约150亩。",  # land still to develop
    "园区待开发面积2.3平方公里。",
])
def test_no_area_of_the_park(tmp_path, sentence):
    assert all(f[0] != "面积" for f in figures(tmp_path, sentence))


def test_the_planned_area_ranks_before_the_built_one_on_the_park_page():
    from indexer.search.figures import cell_rank
    base = {"scope": "园区", "masked": False, "status": "实际", "period": "全年"}
    assert cell_rank(dict(base, measure=None)) < cell_rank(dict(base, measure="建成"))


def test_the_label_says_built():
    from webui.present import figure_label
    assert figure_label({"value": 7.4, "unit": "平方公里", "status": "实际", "period": "全年", "measure": "建成",
                         "masked": False}) == "7.4平方公里（建成）"


# ------------------------------------------------------------------ firms that settled in the park

@pytest.mark.parametrize("sentence, want", [
    ("目前，开发区首期600亩用地已全部招满，40多家台资企业已陆续入驻。", ("入园企业数", 40, "实际", None)),
    ("标准厂房已有6万平方米投入使用，入住企业27家。", ("入园企业数", 27, "实际", None)),
    ("首批12家企业集中签约并入驻园区。", ("入园企业数", 12, "实际", None)),
    ("目前已有25家外资企业先后落户。", ("入园企业数", 25, "实际", None)),
])
def test_firms_settled(tmp_path, sentence, want):
    assert want in figures(tmp_path, sentence)


@pytest.mark.parametrize("sentence", [
    "今年以来，新入住企业12家。",  # an increment
    "园区入住率达到90%，入住职工3000人。",  # people, not firms
])
def test_no_firm_count(tmp_path, sentence):
    assert all(f[0] != "入园企业数" for f in figures(tmp_path, sentence))


# ------------------------------------------------------------------ projects and money

@pytest.mark.parametrize("sentence, want", [
    ("园区启动建设项目26个，总投资41.3亿元。", [("新开工项目数", 26, "实际", None)]),
    ("全区动工项目17个，投资额55.2亿元。", [("新开工项目数", 17, "实际", None)]),
    ("今年园区“四新”项目新开工6个、竣工11个。", [("新开工项目数", 6, "实际", None), ("竣工投产项目数", 11, "实际", None)]),
])
def test_projects_started_in_other_words(tmp_path, sentence, want):
    assert figures(tmp_path, sentence) == want


def test_a_class_of_projects_counted_after_the_verb_stays_none(tmp_path):
    assert figures(tmp_path, "园区签约6个亿元以上项目。") == []


def test_the_money_of_projects_just_signed_said_with_gao_da(tmp_path):
    found = figures(tmp_path, "当天共有7个项目签约落地，总投资额高达31.5亿元。", title="青禾经济开发区举行项目集中签约活动")
    assert ("签约资金", 31.5, "实际", None) in found and ("签约项目数", 7, "实际", None) in found


@pytest.mark.parametrize("sentence, want", [
    ("500万以上固定资产投资完成36.2亿元。", ("固定资产投资", 36.2, "实际", None)),
    ("园区完成500万元以上固定资产投资9亿元。", ("固定资产投资", 9, "实际", None)),
    ("2012年园区实现经营总收入约176亿元。", ("营业收入", 176, "实际", None)),
])
def test_names_as_statistics_write_them(tmp_path, sentence, want):
    assert want in figures(tmp_path, sentence)


def test_a_size_class_of_investment_stays_none(tmp_path):
    assert all(f[0] != "工业投资" for f in figures(tmp_path, "园区5000万元以上工业投资完成8亿元。"))


# ------------------------------------------------------------------ more names

@pytest.mark.parametrize("sentence, want", [
    ("园区年上缴税额为2.7亿元。", ("税收", 2.7, "实际", None)),
    ("园区远期控制面积40平方公里。", ("面积", 40, "目标", None)),  # (远期: the plan's horizon)
])
def test_more_names_as_reports_write_them(tmp_path, sentence, want):
    assert want in figures(tmp_path, sentence)


# ------------------------------------------------------------------ currencies and acres

@pytest.mark.parametrize("sentence, want", [
    ("园区实现出口6亿港元。", ("出口额", 6, "亿港元")),
    ("園區實現出口6億港元。", ("出口额", 6, "亿港元")),
    ("双德产业园占地共120英亩。", ("面积", 120, "英亩")),
])
def test_a_sum_in_another_currency_or_acres_keeps_its_unit(tmp_path, sentence, want):
    (report,) = read_page(tmp_path, "青禾经济开发区2023年工作总结\n" + sentence + "\n")
    got = [(f.name, f.value, f.unit) for f in report.indicators]
    assert got == [want]
    assert all(f.value_yi is None for f in report.indicators)  # (no 人民币 sum: 港元 is not 元)


def test_acres_convert_for_the_park_page():
    from indexer.search.figures import base_value
    value, unit = base_value({"value": 100, "unit": "英亩"})
    assert unit == "平方公里" and abs(value - 0.4047) < 0.001


# ------------------------------------------------------------------ the projects of an event split by place

def test_the_projects_just_counted_split_by_place_are_each_places_part(tmp_path):
    text = ("本次集中开工的31个重大项目，总投资160亿元，其中：东岭区项目5个，总投资40亿元；西川县项目7个，总投资31亿元；"
            "青禾经开区项目7个，总投资22亿元。")
    found = figures(tmp_path, text, title="全市重大项目集中开工仪式举行")
    parts = [f for f in found if f[1] in (5, 7)]
    assert parts == [("新开工项目数", 5, "实际", None), ("新开工项目数", 7, "实际", None), ("新开工项目数", 7, "实际", None)]


@pytest.mark.parametrize("sentence, counts", [
    # a class by size: its own count (a part, scope 其他) since session 31 — no place either way
    ("今年签约项目20个，其中亿元以上项目8个。", [20, 8]),
    ("今年签约项目20个，其中工业项目15个。", [20]),  # a class by kind, no place
])
def test_a_class_of_the_projects_is_no_place(tmp_path, sentence, counts):
    found = figures(tmp_path, sentence)
    assert [f[1] for f in found] == counts


def test_a_zones_parts_listed_with_their_areas(tmp_path):
    text = "青禾化工产业园调整后总面积为8.6平方公里，包含2个片区，即青禾化工产业园主片区，面积5.1平方公里；东岭新材料片区，面积3.5平方公里。"
    found = figures(tmp_path, text, title="省级化工园区认定名单公布")
    assert [f[:2] for f in found] == [("面积", 8.6), ("面积", 5.1), ("面积", 3.5)]


def test_a_headlines_bound_in_taiwan_dollars_is_the_exact_figure_rounded(tmp_path):
    (report,) = read_page(tmp_path, "青禾科学园区上半年营业额破1800亿台币\n"
                                    "园区营业额连续增长12个月，今年上半年达1843.2亿元(新台币,下同)，年增6%。\n")
    assert [(f.name, f.value) for f in report.indicators] == [("营业收入", 1843.2)]


@pytest.mark.parametrize("sentence, want", [
    ("园区龙腾科技有限公司董事长介绍，2022年公司实现产值8000多万元。", ("工业总产值", 8000, "实际", None)),
    ("该集团完成产值3亿元。", ("工业总产值", 3, "实际", None)),
])
def test_a_companys_output_is_its_own(tmp_path, sentence, want):
    (report,) = read_page(tmp_path, "青禾经济开发区新闻\n" + sentence + "\n")
    got = [(f.name, f.value, f.status, f.measure, f.scope) for f in report.indicators]
    # (the company's, never the park's: read with scope 其他 until session 36, now no figure at all — the labellers listed
    # none of a firm's own figures on 3 hosts, tests/test_figures_s36.py)
    assert got == []
