"""Key figures in forms that recurred on the spent blind sets (session 21; the sentences are our own): Taiwan's sums
written across 兆 and 亿, a year with 度 or in numerals before 营业额, projects resumed and started together, the
contracts' 总金额 after a signed count, and a bracket opening with 其中 after a whole that is no key figure.
Each form has its refusal beside it: a value wrong or a count not stated costs more than one not read.
"""
import pytest

from conftest import figure_rows, figures_in

figures, read = figures_in, figure_rows


@pytest.mark.parametrize("text, expected", [
    ("园区营业额达新台币2兆5,960亿元，年增5.47%。", [("营业收入", 25960, "亿元", "实际")]),
    ("园区营业额达新台币三兆零二百七十六亿元。", [("营业收入", 30276, "亿元", "实际")]),  # not 3万亿元
    ("园区出口额来到二兆四千亿元。", [("出口额", 24000, "亿元", "实际")]),
    ("园区营业额为1万755.14亿元。", [("营业收入", 10755.14, "亿元", "实际")]),
    ("园区营业额达1兆元。", [("营业收入", 1, "万亿元", "实际")]),  # 兆 alone is still 万亿
])
def test_a_sum_written_across_zhao_and_yi_is_read_whole(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text", [
    "科学园区2018年度营业额达2兆5,960亿元。",
    "科学园区二0二0年营业额达新台币三兆零二百七十六亿元。",
])
def test_a_year_with_du_or_in_numerals_keeps_the_park_the_owner_of_its_turnover(text):
    assert [f.name for f in figures(text)] == ["营业收入"]


def test_a_shop_turnover_without_the_park_is_still_none():
    assert read("该店2018年度营业额达20万元。") == []


@pytest.mark.parametrize("text", [
    "全市一季度重大项目集中复工开工仪式举行，4467个重大项目正式拉开复工开工序幕。",
    "该市一季度复工开工212个项目，总投资达3859.6亿元。",
    "当日，352个项目集中复工开工，项目总投资2550亿元。",
])
def test_projects_resumed_and_started_together_are_no_count_of_new_starts(text):
    assert [f for f in figures(text) if f.name == "新开工项目数"] == []


def test_a_count_of_projects_started_alone_is_still_read():
    assert read("园区一季度新开工项目25个。") == [("新开工项目数", 25, "个", "实际")]


def test_the_contracts_total_sum_after_a_signed_count_is_its_money():
    assert read("今年以来，园区共签订合同项目26个，总金额52.4亿元。") == [
        ("签约资金", 52.4, "亿元", "实际"), ("签约项目数", 26, "个", "实际")]


def test_a_total_sum_with_no_signed_count_before_it_is_no_signed_money():
    assert read("园区采购设备总金额3亿元。") == []


@pytest.mark.parametrize("text, expected", [
    ("园区进出口总额96.4亿元（其中，出口58.2亿元，进口38.2亿元），同比增长6.1%。", [("出口额", 58.2, "亿元", "实际")]),
    # a key figure before the bracket: what 其中 picks out of it is a part, as before
    ("园区完成工业总产值120亿元（其中，出口额30亿元）。", [("工业总产值", 120, "亿元", "实际")]),
    # a count in the bracket picks out of projects counted before: no count of its own
    ("新开工项目22个，新增投资31220万元（其中包括3个新签约项目）。", [("新开工项目数", 22, "个", "实际")]),
    # a bracket with no 其中 is a remark, as before
    ("园区进出口总额96.4亿元（出口58.2亿元），同比增长6.1%。", []),
])
def test_a_bracket_opening_with_qizhong_after_a_whole_that_is_no_figure(text, expected):
    assert read(text) == sorted(expected)


@pytest.mark.parametrize("text, parts", [
    ("科学园区营业额达2兆5,960亿元，年增5.47%；其中，竹科1万755.14亿元，年增5.56%，中科7,248.82亿元，成长28.56%。",
     [10755.14, 7248.82]),
    ("开发区完成工业总产值120亿元，其中，东区45亿元，西区38亿元。", [45, 38]),
])
def test_a_whole_split_by_qizhong_among_units_told_with_values_alone(text, parts):
    got = figures(text)
    assert [f.value for f in got[1:]] == parts and len({f.name for f in got}) == 1
    assert {f.scope for f in got[1:]} == {"其他"}  # each a part, not the park's whole


@pytest.mark.parametrize("text", [
    "园区实现营业收入200亿元，其中，规上企业150亿元。",  # a class of firms
    "园区完成工业总产值120亿元，其中，电子信息产业80亿元。",  # a trade (read only with its verb: a part by trade)
    "园区新签约项目12个，其中，东区5个。",  # a count: split by its verb only (其中，东区签约5个)
])
def test_a_qizhong_item_that_is_no_unit_gives_no_part(text):
    assert len(figures(text)) == 1


def test_a_bound_right_after_the_figure_in_its_clause_is_its_rounding_whoever_owns_it():
    text = "科技部指出，园区年营业额达三兆零二百七十六亿元，突破三兆元、年成长15%。"
    assert [(f.name, f.value, f.unit) for f in figures(text)] == [("营业收入", 30276, "亿元")]


def test_a_bound_with_no_figure_before_it_is_still_read():
    assert [(f.name, f.value) for f in figures("科技部指出，园区年营业额突破三兆元。")] == [("营业收入", 3)]
