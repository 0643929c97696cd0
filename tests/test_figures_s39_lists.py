"""Key figures read in session 39 (issue 16, recall): figures given as lists and breakdowns.

A frame names the indicator a list breaks down (从签约项目总数来看，; 各平台中，; 在76个新签约项目中，; 分县区看，), then items
"part + value(+unit)" joined by ，、；: each value is its part's own figure of the whole's kind (scope 其他), and 各 gives one
value to every part listed before it (甲县、乙县各3个). Guards: a list of growth rates gives nothing; parts are words, never
years; a frame that names something other than an indicator (21个国家级经开区中) carries no name to its counts.
Tests with invented sentences, names and numbers."""
from collections import Counter

from indexer.reading.indicators import find_indicators


def figures(text: str, park: str | None = None):
    return find_indicators(text, doc_type="简报", park=park)


def listed(text: str, park: str | None = None) -> Counter:
    return Counter((f.name, f.value) for f in figures(text, park))


def test_a_frame_naming_the_signed_projects_lists_each_countys_count():
    got = figures("截至5月10日，全市新签约项目64个，总投资188亿元。从签约项目总数来看，青河县15个，白桥县11个，"
                  "云岭区9个。各平台中，市经开区7个，青河现代产业园4个。")
    parts = {f.value: f for f in got if f.name == "签约项目数" and f.value != 64}
    assert set(parts) == {15, 11, 9, 7, 4}
    assert all(f.scope == "其他" and f.status == "实际" for f in parts.values())


def test_each_gives_one_value_to_every_part_listed_before_it():
    got = listed("全市新开工项目29个。从开工项目总数上来看，青河县8个，白桥、云岭、石湾各3个，东塘2个。")
    assert got[("新开工项目数", 3)] == 3
    assert got[("新开工项目数", 8)] == 1 and got[("新开工项目数", 2)] == 1


def test_among_the_projects_counted_each_class_by_size_is_listed():
    got = listed("全市新签约项目64个，总投资188亿元。在64个新签约项目中，10亿元以上项目达到6个，5至10亿元项目有4个。")
    assert got[("签约项目数", 6)] == 1 and got[("签约项目数", 4)] == 1


def test_a_frame_cutting_a_sum_by_place_carries_the_wholes_name():
    got = {(f.name, f.value): f for f in figures("全市实现工业总产值520亿元。分县区看，青河县130亿元，白桥县96亿元。")}
    assert got[("工业总产值", 130)].scope == "其他" and got[("工业总产值", 96)].scope == "其他"


def test_a_frame_naming_no_indicator_carries_no_name_to_its_counts():
    got = listed("全省新签约项目80个。全省21个国家级经开区中，青河市3个，白桥市2个。")
    assert ("签约项目数", 3) not in got and ("签约项目数", 2) not in got


def test_a_list_of_growth_rates_gives_nothing():
    got = listed("全市工业总产值增长12%。从增速来看，青河县15%，白桥县11%。")
    assert not [k for k in got if k[1] in (15, 11)]


def test_parts_are_never_years():
    got = listed("全市签约项目30个。从签约项目的年份来看，2021年12个，2022年10个。")
    assert ("签约项目数", 12) not in got and ("签约项目数", 10) not in got


def test_fenbie_pairs_the_parks_listed_with_their_areas_in_order():
    got = {(f.name, f.value): f for f in figures(
        "同意青河经济开发区、白桥经济开发区、云岭经济开发区调区，调整后的总体规划用地面积分别不得突破860公顷、1420.5公顷、"
        "315.2公顷。")}
    for value in (860, 1420.5, 315.2):
        assert got[("面积", value)].scope == "园区"


def test_fenbie_pairs_each_run_of_a_change_with_the_parks():
    got = listed("同意青河经济开发区、白桥经济开发区扩区，总体规划用地面积分别由280.4公顷、350.6公顷扩大至612.8公顷、705.3公顷。")
    assert got[("面积", 612.8)] == 1 and got[("面积", 705.3)] == 1


def test_fenbie_pairs_nothing_when_the_lists_differ_in_length():
    got = listed("青河经济开发区、白桥工业园区的规划面积分别为12平方公里、8平方公里、5平方公里。")
    assert not [k for k in got if k[0] == "面积"]


def test_projects_of_a_verb_listed_then_counted_by_deng():
    got = {(f.name, f.value): f for f in figures(
        "青河空港经济区举行项目集中签约和动工活动。签约项目包括青河医疗器械华南区域总部、白桥生物医药分拨中心等14个，"
        "总投资约380亿元。动工项目包括东塘物流枢纽总部、云岭跨境电商运营总部等27个，总投资超90亿元。")}
    assert got[("签约项目数", 14)].status == "实际"
    assert ("签约资金", 380) in got
    assert got[("新开工项目数", 27)].status == "实际"


def test_projects_planned_and_listed_are_no_count():
    got = listed("计划开工项目包括青河中心、白桥总部等12个。拟签约项目有东塘中心、云岭总部等9个。")
    assert not got


def test_a_ranking_said_with_yici_lists_each_places_count_of_the_projects_named_first():
    got = listed("本周新开工亿元以上产业项目数量从高到低，第一类县（市、区）依次为：青河11个，白桥4个，东塘、云岭0个；"
                 "第二类县（市、区）依次为：石湾3个。")
    assert got[("新开工项目数", 11)] == 1 and got[("新开工项目数", 4)] == 1 and got[("新开工项目数", 3)] == 1
    assert ("新开工项目数", 0) not in got


def test_a_ranking_of_growth_rates_said_with_yici_gives_nothing():
    assert not listed("全市规上工业增加值增速从高到低依次为：青河县15%，白桥县11%。")


def test_a_frame_opening_the_sentence_before_goes_on_in_a_sentence_of_items():
    got = listed("全市新签约项目58个。从10亿元以上项目新签约情况来看，青河县2个，分别是总投资21亿元的甲项目和总投资12亿元的"
                 "乙项目；白桥县1个，为总投资16亿元的丙项目。东塘现代产业园3个，分别是丁项目、戊项目和己项目；云岭科教园区1个，"
                 "为总投资10亿元的庚项目。")
    assert got[("签约项目数", 2)] == 1 and got[("签约项目数", 3)] == 1 and got[("签约项目数", 1)] == 2


def test_a_growth_frame_before_carries_nothing_to_the_next_sentence():
    got = listed("园区实现工业总产值50亿元，从增速来看，增长12%。青河镇完成8亿元，比上年增长5%。")
    assert ("工业总产值", 8) not in got


def test_the_count_a_frame_draws_its_list_from_is_said_once():
    got = listed("全市新签约项目64个。在64个新签约项目中，10亿元以上项目达到6个。")
    assert got[("签约项目数", 64)] == 1
