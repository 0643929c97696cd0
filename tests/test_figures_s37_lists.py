"""Key figures read in session 37 (issue 16, recall): a name said once and carried through a list of places or parts,
each told with its value alone, as Chinese enumerations leave the noun out after the first item — a ranking of parks
(其中甲开发区主营业务收入N亿元，全省第六位；乙开发区M亿元，全省第十位，…), two parts joined by 与/和/及 (已开发甲园区约N公顷
与乙园区约M公顷), a whole's parts after 其中 (其中，甲片区N亿元，增长x%，乙片区M亿元). The value takes the name of the figure
just before it in its sentence (its status too), when only separators, growth clauses, ranks and shares stand between
and its own item is a place or a part (a noun phrase ending in 区/园/县/镇/片区/基地/…期); another place's or park's value
is scope 其他 (the report's own park keeps its scope).

Counted on every spent labelled set (30 sets) before keeping it: +7 labelled figures right on 4 pages of 4 hosts
(a city's ranking of its parks' income, 4 values; a science park's two parks' land 与-joined, the same text on 2 hosts;
an overseas park's two zones' land after 其中), none lost; +1 extra (a part of another park on a page listing many
parks, whose parts the labellers left out; its sibling part was already read). Counts listed by place (种植基地3个、
养殖基地7个) count the places themselves and are left out: the rule made 3 extras with them on one page.
Tests with invented sentences, names and numbers."""
import pytest

from indexer.reading.indicators import find_indicators


def figures(text: str, park: str | None = "青棠湾经济开发区"):
    return {(f.name, f.value): f for f in find_indicators(text, doc_type="简报", park=park)}


def test_a_ranking_of_parks_carries_the_first_items_name():
    got = figures("1-9月，全市工业园区完成主营业务收入980亿元，同比增长7.5%。其中青川经济开发区主营业务收入310.5亿元，"
                  "在全省80个工业园区中排位第六位；白溪经济开发区205.3亿元，全省第十位，比8月份前进2位；云岭工业园区98.6亿元，"
                  "全省第三十一位。", park=None)
    for value in (205.3, 98.6):
        f = got[("营业收入", value)]
        assert f.status == "实际" and f.scope == "其他"
    assert ("签约项目数", 80) not in got and ("入园企业数", 80) not in got  # (the parks ranked among, no figure)


def test_two_parts_joined_by_yu_share_the_name():
    got = figures("青棠湾经济开发区目前已开发北岗园区约520公顷与南湾园区约130公顷，约有8万人在园区工作。")
    assert got[("面积", 130)].scope == "其他"
    assert ("面积", 520) in got


def test_the_parts_after_qizhong_carry_the_wholes_name_with_their_growth_between():
    got = figures("全区完成固定资产投资88.2亿元，同比增长12.1%，其中，青岭园区27.8亿元，增长20.5%，白沙园区19.6亿元，增长8.2%。",
                  park=None)
    for value in (27.8, 19.6):
        f = got[("固定资产投资", value)]
        assert f.status == "实际" and f.scope == "其他"


def test_a_parks_zones_area_listed_after_its_whole():
    got = figures("青棠湾经济开发区总体规划面积30平方公里，其中一区18平方公里，二区12平方公里。")
    assert got[("面积", 18)].scope == "其他"
    assert got[("面积", 12)].scope == "其他"


def test_the_status_of_the_sentence_is_carried():
    # (片区 parts after 其中 were read before, by the 其中 list; the list rule must leave them and their status as they were)
    got = figures("力争全年实现工业总产值150亿元，其中东岭片区90亿元，西岭片区60亿元。")
    assert got[("工业总产值", 90)].status == "目标"
    assert got[("工业总产值", 60)].status == "目标"


def test_staff_listed_by_park():
    got = figures("甲岭园区从业人员1.2万人，乙湾园区8000人。", park=None)
    assert got[("从业人员", 8000)].scope == "其他"


@pytest.mark.parametrize("text, value, unit", [
    # must-not: a count after a place word counts those places (the bases are counted, not the projects)
    ("园区已入驻企业项目59个，建设种植基地3个、畜禽养殖基地7个。", 3, "个"),
    # a different unit kind: land after money is no money
    ("园区完成固定资产投资12亿元，南湾园区占地3平方公里。", 3, "平方公里"),
    # a new verb naming another quantity between (引进资金 is a name of its own)
    ("青岭园区实现工业总产值60亿元，白沙园区引进资金5亿元。", 5, "亿元"),
    # a new sentence: the name does not cross the stop
    ("全区完成工业总产值320亿元。白沙园区项目建设加快，共投入9亿元。", 9, "亿元"),
    # a group of projects or firms is no place (their counts and money split by state or trade as often)
    ("新签约项目42个，投资额380亿元；续建项目17个，投资额126亿元。", 17, "个"),
    # the park's own figure, then a town's: no list of the park's parts (a town after 其中 is one)
    ("园区完成营业收入52亿元，增长6%，白溪镇30亿元。", 30, "亿元"),
    # a target said before its value keeps the list out (the year's task, then what a zone did)
    ("全年目标任务100亿元，青岭园区48亿元。", 48, "亿元"),
])
def test_no_name_carried_across_another_kind_a_verb_a_stop_or_a_group(text, value, unit):
    got = figures(text)
    carried = [f for (name, v), f in got.items() if v == value and f.unit == unit and "承前列举" in (f.why or {}).get("name", "")]
    assert not carried


def test_the_respective_list_reads_as_before():
    # (营业收入、工业总产值…分别为 was read before this rule: the rule leaves it to 分别)
    got = figures("园区营业收入、工业总产值分别为320亿元、280亿元。")
    assert ("营业收入", 320) in got and ("工业总产值", 280) in got
    assert "分别" in got[("工业总产值", 280)].why["name"]
