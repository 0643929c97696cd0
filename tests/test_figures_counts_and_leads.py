"""Key figures as official and statistical writing states them (session 9): whose count a count is, the money of
the projects counted, a 其中 part whose whole is no key figure, a figure restated on the same basis, and the
lead-in that makes a list a forecast. Every case marked "new" fails on the reader of main 6e1a950; the guards pass
before and after. The sentences are our own (tests/gold/indicators_sentences.json, ids s9f-…).

The status convention for a report delivered before its year's statistics close (a government's work report to
its congress, a zone's year-end meeting): a 预计 that opens the sentence, or a lead-in line (…预计如下, 主要指标
（预计数）：), governs every figure of the list after it, items with their own 完成 too — "预计到年末，…固定资产
投资完成38.1亿元；一般公共预算收入完成7.86亿元" is a forecast of the year, shown as 预计, never as achieved.
"""
import pytest

from conftest import figure_rows

PLAN = "二、2024年工作计划"


def read(text, doc_type="工作总结"):
    return figure_rows(text, doc_type, PLAN if doc_type == "工作计划" else "一、主要经济指标完成情况")


# ------------------------------------------------------------------ whose count a count is

@pytest.mark.parametrize("text, doc_type, expected", [
    # a count that is the object of a visit names the projects seen, not how many started
    ("3月28日，区领导观摩检查了青岚新材料、东岭食品等12个新开工项目。", "工作总结", []),  # new
    ("今年以来，园区新开工项目18个；区人大代表视察了其中的星河电子等6个新开工项目。", "工作总结",  # new
     [("新开工项目数", 18, "个", "实际")]),
    # projects urged on by a plan are a pool signed or started before
    ("重点督促9个在建项目尽快达产，4个签约项目尽快开工建设，力争全年新开工项目12个。", "工作计划",  # new
     [("新开工项目数", 12, "个", "目标")]),
    ("全年新签约项目15个；园区推动5个签约项目早日落地。", "工作总结", [("签约项目数", 15, "个", "实际")]),  # new
    # guards: the count's own verb, after the projects' names; 按期 says when it was done, not an urging
    ("推动臻园、鑫华等19个项目开工建设。", "工作总结", [("新开工项目数", 19, "个", "实际")]),
    ("推行项目代办制度，36个项目按期开工。", "工作总结", [("新开工项目数", 36, "个", "实际")]),
    ("园区集中签约项目8个，总投资36亿元。", "工作总结", [("签约资金", 36, "亿元", "实际"), ("签约项目数", 8, "个", "实际")]),
])
def test_whose_count_a_count_is(text, doc_type, expected):
    assert read(text, doc_type) == sorted(expected)


# ------------------------------------------------------------------ projects that enter the park, and their money

@pytest.mark.parametrize("text, doc_type, expected", [
    ("2023年，园区新入园项目11个，总投资额21.05亿元。", "工作总结",  # new
     [("签约资金", 21.05, "亿元", "实际"), ("签约项目数", 11, "个", "实际")]),
    ("今年以来，园区新进驻项目7个，总投资16.5亿元；入园项目开工建设5个。", "工作总结",  # new
     [("新开工项目数", 5, "个", "实际"), ("签约资金", 16.5, "亿元", "实际"), ("签约项目数", 7, "个", "实际")]),
    # guards: projects booked or arranged to enter are not in yet
    ("目前，园区已有甲乙、丙丁等8个项目预约入园，总投资5.8亿元。", "工作总结", []),
    ("1-9月，初步安排入园项目12个，园区规上企业达16家。", "工作总结", [("规上企业数", 16, "家", "实际")]),
    ("力争全年工业项目引进协议投资总额达到120亿元。", "工作计划", [("签约资金", 120, "亿元", "目标")]),  # new
    ("一季度，园区签约项目9个，协议投资总额52.6亿元。", "工作总结",
     [("签约资金", 52.6, "亿元", "实际"), ("签约项目数", 9, "个", "实际")]),
    # the money of the projects counted is counted as they are
    ("截至6月底，园区累计签约项目7个，协议总投资额达38亿元。", "工作总结",  # new
     [("签约资金", 38, "亿元", "累计"), ("签约项目数", 7, "个", "累计")]),
    # a running total split by time: this year's part is this year's, and its money with it
    ("园区累计签约项目30个，其中今年签约项目8个，总投资12亿元。", "工作总结",  # new
     [("签约资金", 12, "亿元", "实际"), ("签约项目数", 8, "个", "实际"), ("签约项目数", 30, "个", "累计")]),
    # guard: a status of its own stays its own
    ("预计全年签约项目12个，签约资金60亿元。", "工作总结",
     [("签约资金", 60, "亿元", "预计"), ("签约项目数", 12, "个", "预计")]),
])
def test_projects_entering_and_their_money(text, doc_type, expected):
    assert read(text, doc_type) == sorted(expected)


# ------------------------------------------------------------------ 其中 parts

@pytest.mark.parametrize("text, expected", [
    # the whole is no key figure (建设总投入): the part is the only such figure stated
    ("1-6月，园区建设总投入8600万元，其中企业固定资产投入5200万元，政府性投资3400万元。",  # new
     [("固定资产投资", 5200, "万元", "实际")]),
    # a running total split by time: the part is that year's figure
    ("建园以来园区累计实现税收4.2亿元，其中2023年实现税收9600万元。",  # new
     [("税收", 4.2, "亿元", "累计"), ("税收", 9600, "万元", "实际")]),
    # a part of a key figure is read as a part (scope 其他: see test_a_part_is_listed_as_a_part), not as the whole
    ("全年完成固定资产投资18亿元，其中企业固定资产投入12亿元。",
     [("固定资产投资", 18, "亿元", "实际"), ("固定资产投资", 12, "亿元", "实际")]),
    ("全年实现营业收入860亿元，其中高技术领域营业收入720亿元。", [("营业收入", 860, "亿元", "实际")]),
    ("1-9月，实现营业收入6亿元。其中13家加工企业完成营业收入4亿元。",
     [("营业收入", 6, "亿元", "实际"), ("营业收入", 4, "亿元", "实际")]),
    ("全年实现利税1.6亿元，其中税收9800万元。", [("税收", 9800, "万元", "实际")]),
])
def test_a_part_under_qizhong(text, expected):
    assert read(text) == sorted(expected)


@pytest.mark.parametrize("text, part", [
    ("全年完成固定资产投资18亿元，其中企业固定资产投入12亿元。", 12),
    ("1-9月，实现营业收入6亿元。其中13家加工企业完成营业收入4亿元。", 4),
])
def test_a_part_is_listed_as_a_part(text, part):
    # (session 24: the issue and docs/labelling.md list a part 其中 singles out with scope 其他; the reader dropped it
    # before — the park's own figure, its table and chart, are unchanged: they show scope 园区 only)
    from conftest import figures_in
    assert {f.value: f.scope for f in figures_in(text)}[part] == "其他"


# ------------------------------------------------------------------ a figure restated on the same basis

def test_a_figure_restated_on_the_same_basis_keeps_its_name():  # new
    text = "全县完成地方一般公共预算收入3.5亿元，自然增幅2%，同口径完成3.67亿元，增幅6.1%。"
    assert read(text, "工作报告") == [("财政收入", 3.5, "亿元", "实际"), ("财政收入", 3.67, "亿元", "实际")]


# ------------------------------------------------------------------ the forecast convention

@pytest.mark.parametrize("text", [
    "全年主要经济指标预计如下。规上工业总产值860亿元，增长8%；一般公共预算收入21.5亿元。",  # new
    "主要经济指标（预计数）：规上工业总产值860亿元；一般公共预算收入21.5亿元。",  # new
])
def test_a_lead_in_that_says_forecast_governs_its_list(text):
    assert read(text, "工作报告") == [("工业总产值", 860, "亿元", "预计"), ("财政收入", 21.5, "亿元", "预计")]


@pytest.mark.parametrize("text, expected", [
    ("过去一年，全县地区生产总值预计完成391亿元，增长8.6%；规模以上工业总产值完成260亿元；一般公共预算收入完成18亿元。",
     [("工业总产值", 260, "亿元", "预计"), ("财政收入", 18, "亿元", "预计")]),
    ("预计到年末，全县固定资产投资完成38.1亿元，同比增长12%；一般公共预算收入完成7.86亿元。",
     [("固定资产投资", 38.1, "亿元", "预计"), ("财政收入", 7.86, "亿元", "预计")]),
    # guards: a forecast of one item, after a stated value, is that item's; a note after a value is that value's
    ("1-11月，园区完成工业总产值118.6亿元，预计全年可达130亿元；税收完成3.2亿元。",
     [("工业总产值", 118.6, "亿元", "实际"), ("工业总产值", 130, "亿元", "预计"), ("税收", 3.2, "亿元", "实际")]),
    ("实际利用外资完成5230万美元（预计数），出口创汇1.2亿美元。",
     [("出口额", 1.2, "亿美元", "实际"), ("实际利用外资", 5230, "万美元", "预计")]),
])
def test_a_report_delivered_before_the_year_closes_shows_its_forecasts_as_forecasts(text, expected):
    assert read(text, "工作报告") == sorted(expected)


# ------------------------------------------------------------------ the land a park described takes

@pytest.mark.parametrize("text, expected", [
    ("青岚智造产业园位于青山县城东，占地约500亩，总投资约50亿元。", [("面积", 500, "亩", "实际")]),  # new
    # guards: a project's land, even in a sentence that opens with the park
    ("青岚智造产业园位于青山县城东，星河电子项目占地120亩，总投资约5亿元。", []),
    ("该项目位于园区东侧，占地120亩。", []),
])
def test_the_land_of_a_park_the_sentence_describes(text, expected):
    assert read(text) == expected


def test_an_industry_chains_output_is_no_industrial_output():  # new
    assert read("产业园入园企业9家，实现贡柑全产业链总产值12亿元，占园区农业总产值60%以上。") == [
        ("入园企业数", 9, "家", "实际")]


def test_firms_signed_are_the_signed_count_with_their_money():  # new
    assert read("园区招商引资签约企业67家，投资总额达55亿元。") == [
        ("签约资金", 55, "亿元", "实际"), ("签约项目数", 67, "家", "实际")]


# ------------------------------------------------------------------ the built area, with the park word inside its name

def test_the_built_area_is_the_parks_area_built():  # new; session 23: built area is 面积 too, measured 建成
    # (docs/labelling.md: three evaluators labelled built area 面积 on their own, and a bureau compares how far each
    # park has built; it was left out before. The measure keeps it apart from the planned area.)
    assert sorted(read("园区规划面积12平方公里，已建成园区面积5平方公里。")) == [("面积", 5, "平方公里", "实际"),
                                                                       ("面积", 12, "平方公里", "实际")]
    assert sorted(read("目前，累计完成基础设施建设投资1.6亿元，建成园区面积385亩，引进工业项目35个。")) == [
        ("签约项目数", 35, "个", "实际"), ("面积", 385, "亩", "实际")]


# ------------------------------------------------------------------ Taiwan's 兆

def test_trillions_as_taiwan_writes_them():  # new
    text = "三个科学园区全年营业额达新台币2兆41亿元，预估明年营业额可达2.2兆元。"
    assert read(text) == [("营业收入", 2.2, "万亿元", "预计"), ("营业收入", 20041, "亿元", "实际")]
