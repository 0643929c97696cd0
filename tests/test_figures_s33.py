"""Key figures read in session 33 (issue 16). Own sentences, own names and numbers."""
from pathlib import Path

import pytest

from indexer.reading.indicators import find_indicators
from indexer.reading.pipeline import read_file


def figures(sentence: str, park: str = "青棠湾科学园区", doc_type: str = "简报", title: str = ""):
    return [(f.name, f.value, f.unit, f.status, f.scope)
            for f in find_indicators(sentence, doc_type=doc_type, park=park, title=title)]


def named(sentence: str, name: str, **kw):
    return [f[1:4] for f in figures(sentence, **kw) if f[0] == name]


def page_figures(tmp_path: Path, text: str) -> list[tuple]:
    page = tmp_path / "page.txt"
    page.write_text(text, encoding="utf-8")
    (report,) = read_file(page, tmp_path).reports
    return [(f.name, f.value, f.status, f.scope) for f in report.indicators]


# ------------------------------------------------------------------ started and completed projects counted by a class
# the verb, the class of size or rank, the count after the noun (竣工重大项目35个, 新开工亿元以上项目7个); the class with the
# verb and the count after it (省市重点项目开工16个，竣工13个); the count before the key projects with their verb right
# after them (35个重大项目竣工): the verb's count, as the signed counted by a class are (docs/labelling.md)

@pytest.mark.parametrize("sentence, name, value, status", [
    ("青棠湾科学园区全年竣工重大项目35个，总投资80亿元。", "竣工投产项目数", 35, "实际"),
    ("青棠湾科学园区全年新开工重点项目18个。", "新开工项目数", 18, "实际"),
    ("园区新签约项目9个，新开工亿元以上项目6个，新竣工项目8个。", "新开工项目数", 6, "实际"),
    ("园区开工建设省级重点项目11个。", "新开工项目数", 11, "实际"),
    ("新增规上工业企业12户；省市重点项目开工15个，竣工9个。", "新开工项目数", 15, "实际"),
    ("新增规上工业企业12户；省市重点项目开工15个，竣工9个。", "竣工投产项目数", 9, "实际"),
    ("青棠湾科学园区今年27个重大项目竣工投产。", "竣工投产项目数", 27, "实际"),
    ("园区有14个重点项目开工建设。", "新开工项目数", 14, "实际"),
    # (a floor of the class aimed at: the target's count)
    ("力争新开工亿元以上产业项目不少于25个，竣工亿元以上产业项目不少于20个。", "新开工项目数", 25, "目标"),
    ("力争新开工亿元以上产业项目不少于25个，竣工亿元以上产业项目不少于20个。", "竣工投产项目数", 20, "目标"),
    ("力争新签约亿元以上产业项目不少于45个。", "签约项目数", 45, "目标"),
])
def test_started_and_completed_projects_counted_by_a_class(sentence, name, value, status):
    assert (value, "个", status) in named(sentence, name)


# must not: starts and completions together (开竣工), a plan's own list (计划开工), the key projects counted out of a list
# named before (35个重点项目中，已开工20个), the key projects doing something else, a class with no verb
@pytest.mark.parametrize("sentence, name", [
    ("全市一季度集中开竣工重大项目64个。", "竣工投产项目数"),
    ("全市一季度集中开竣工重大项目64个。", "新开工项目数"),
    ("园区计划开工重点项目20个。", "新开工项目数"),
    ("园区35个重点项目中，已开工20个。", "新开工项目数"),
    ("园区35个重点项目未开工。", "新开工项目数"),
    ("园区35个重点项目开工率达80%。", "新开工项目数"),
    ("园区8个重点项目开工前准备工作就绪。", "新开工项目数"),
    ("园区35个重点项目完成投资25亿元。", "新开工项目数"),
    ("园区共有重点项目35个。", "新开工项目数"),
    ("园区共有重点项目35个。", "竣工投产项目数"),
])
def test_no_start_or_completion_count_where_the_class_is_not_moved(sentence, name):
    assert named(sentence, name) == []


# ------------------------------------------------------------------ 来到 a year: a story's step, no horizon
# "来到2021年，本地投资总额为…": the year the account comes to, told of the past — what was, not a target (到2021年 stays one)

def test_coming_to_a_year_tells_what_was():
    got = named("部长说，来到2021年，本州投资总额为12亿3000万令吉；2022年投资总额为15亿令吉。", "签约资金",
                park="青棠湾工业园")
    assert got and all(status == "实际" for _, _, status in got)


def test_by_a_year_stays_a_horizon():
    assert named("到2027年，园区工业总产值达到500亿元。", "工业总产值") == [(500, "亿元", "目标")]


# ------------------------------------------------------------------ 月份 with its verb before a bare 产值
def test_output_of_a_period_in_months_with_its_verb():
    assert named("园区现有规模以上企业60家。1-9月份完成产值88.6亿元，同比增长9.1%。", "工业总产值") == [(88.6, "亿元", "实际")]


def test_a_projects_output_of_a_period_stays_none():
    assert named("该项目1-9月份完成产值2亿元。", "工业总产值") == []


# ------------------------------------------------------------------ exports said as the trade they make
def test_exports_said_as_export_trade():
    assert named("园区实现出口贸易4.2亿美元，同比增长21%。", "出口额") == [(4.2, "亿美元", "实际")]


@pytest.mark.parametrize("sentence", ["园区进出口贸易额12亿美元。", "园区实施出口贸易3年行动。"])
def test_trade_both_ways_or_no_sum_is_no_export(sentence):
    assert named(sentence, "出口额") == []


# ------------------------------------------------------------------ a stock risen to its level
# a stock's name, the verb of rising with 到/至 right before the value (就业人数也增加到…人): the level reached, not an
# increment (增加3000人, 比上年增加… stay none)
@pytest.mark.parametrize("sentence, name, value, unit", [
    ("青棠湾科学园区就业人数也增加到21万4,360人，较上年成长5.2%。", "从业人员", 214360, "人"),
    ("园区从业人员进一步增长至3.6万人。", "从业人员", 3.6, "万人"),
    ("园区入驻企业增至128家。", "入园企业数", 128, "家"),
])
def test_a_stock_risen_to_its_level(sentence, name, value, unit):
    assert named(sentence, name) == [(value, unit, "实际")]


@pytest.mark.parametrize("sentence", ["园区从业人员比上年增加3000人。", "园区就业人数增加了3000人。"])
def test_a_stocks_increment_stays_none(sentence):
    assert named(sentence, "从业人员") == []


# ------------------------------------------------------------------ 总体, the whole, owns a turnover as 整体 does
def test_the_whole_said_with_zongti_owns_the_turnover():
    assert named("两个科学园区总体的营业额达1兆2345亿元，比前年成长8.1%。", "营业收入") == [(12345, "亿元", "实际")]
    assert named("青棠湾科学园区总体营业额达4210亿元。", "营业收入") == [(4210, "亿元", "实际")]


# ------------------------------------------------------------------ a headline's figure written in a larger unit
# the headline's rounded figure (营业收入突破1.59万亿元, 营收1.59万亿元) beside the text's exact one (15855亿元) is one
# figure, the text's; a headline that differs by more than its last digit stays its own

def test_a_headlines_figure_in_a_larger_unit_rounds_the_texts(tmp_path):
    for head in ("青棠湾高新区去年营业收入突破1.23万亿元", "青棠湾高新区去年营收1.23万亿元"):
        got = page_figures(tmp_path, f"{head}\n\n2023年，青棠湾高新区实现营业收入12284亿元，同比增长6.1%。\n")
        assert [g for g in got if g[0] == "营业收入"] == [("营业收入", 12284, "实际", "园区")]


def test_a_headlines_figure_beyond_its_last_digit_stays(tmp_path):
    got = page_figures(tmp_path, "青棠湾高新区去年营收1.3万亿元\n\n2023年，青棠湾高新区实现营业收入12284亿元。\n")
    assert sorted(g[1] for g in got if g[0] == "营业收入") == [1.3, 12284]


# ------------------------------------------------------------------ a market's or commerce's turnover
# a market, a trading place or commerce as the subject of a turnover (某批发市场实现营业额…, 跨境电商实现营业收入…, 限上商贸
# 企业实现销售额…, 某商贸城实现营业收入…): the trade's own, scope 其他 — not the park's
@pytest.mark.parametrize("sentence, value", [
    ("青棠湾科学园区跨境电商实现营业收入6.5亿元。", 6.5),
    ("园区限上商贸企业实现销售额19亿元。", 19),
    ("青棠湾五金商贸城实现营业收入11亿元。", 11),
])
def test_a_markets_or_commerces_turnover_is_its_own(sentence, value):
    assert [f for f in figures(sentence) if f[0] == "营业收入"] == [("营业收入", value, "亿元", "实际", "其他")]


# must not: a park named with such a word, every firm of a place (市场主体), a market in another clause, and the park
# that is itself a trading town
@pytest.mark.parametrize("sentence, park", [
    ("青棠湾商贸物流园区实现营业收入36亿元。", "青棠湾科学园区"),
    ("青棠湾电商产业园实现营业收入15亿元。", "青棠湾科学园区"),
    ("园区市场主体实现营业收入90亿元。", "青棠湾科学园区"),
    ("园区企业积极开拓海外市场，实现营业收入50亿元。", "青棠湾科学园区"),
    ("青棠湾商贸城实现营业收入12亿元。", "青棠湾商贸城"),
])
def test_the_parks_turnover_stays_the_parks(sentence, park):
    assert [f[4] for f in figures(sentence, park=park) if f[0] == "营业收入"] == ["园区"]


# ------------------------------------------------------------------ an industry's projects and their investment
# the projects split by 其中 by their industry, each counted with its investment right after (其中先进制造业项目21个、完成投资
# 45亿元；现代服务业项目9个、完成投资12亿元): an industry's share, no fixed-asset investment
@pytest.mark.parametrize("sentence", [
    "其中，先进制造业项目17个、完成投资38亿元；现代服务业项目6个、完成投资9亿元。",
    "今年园区共实施项目52个，其中新能源产业项目23个，完成投资41亿元。",
])
def test_an_industrys_projects_investment_is_no_fixed_asset_investment(sentence):
    assert named(sentence, "固定资产投资") == []


@pytest.mark.parametrize("sentence, value", [
    ("今年园区共实施项目52个，完成投资41亿元，其中新能源产业项目23个。", 41),
    ("园区18个重点项目完成投资25亿元。", 25),
    ("园区实施工业项目28个，完成投资46亿元。", 46),
])
def test_the_projects_investment_done_stays(sentence, value):
    assert named(sentence, "固定资产投资") == [(value, "亿元", "实际")]


# ------------------------------------------------------------------ a hope (期望) is no result
def test_a_hope_is_never_shown_as_achieved():
    got = figures("科技园公司期望青棠湾分园可以吸引120间企业进驻。")
    assert got and all(f[3] not in ("实际", "累计") for f in got)


# ------------------------------------------------------------------ 累计 carried onto money paid in said as 到帐
def test_running_total_carried_onto_money_arrived():
    got = figures("截至2010年底，累计引进外资项目860个，合同外资72亿美元，实际到帐资金41亿美元。")
    assert ("实际利用外资", 41, "亿美元", "累计", "园区") in got


# ------------------------------------------------------------------ the speaker's certainty is still a forecast
# 一定会/肯定会/必然会 + a verb of growing or reaching (营业额今年一定会再成长，突破6兆元), as 还会 is: never achieved
@pytest.mark.parametrize("sentence", [
    "主委表示，科学园区营业额今年一定会再成长，突破4兆元。",
    "园区负责人说，明年工业总产值肯定会突破300亿元。",
])
def test_certainty_of_the_future_is_a_forecast(sentence):
    got = figures(sentence)
    assert got and all(f[3] == "预计" for f in got)


def test_a_fixed_degree_is_no_future():
    # (一定程度 is no 一定会: nothing to read as a forecast here)
    assert all(f[3] != "预计" for f in figures("园区营业额去年一定程度上有所增长，全年实现营业收入500亿元。"))


# ------------------------------------------------------------------ a park's land in acres before its name
def test_land_in_acres_before_the_parks_name():
    assert named("占地 720 英亩的青棠湾科技园，基础设施首期竣工。", "面积") == [(720, "英亩", "实际")]


def test_a_projects_land_in_acres_stays_none():
    assert named("该项目占地720英亩的土地上将建设厂房。", "面积") == []


# ------------------------------------------------------------------ Malaysia's manufacturing projects counted before 计划
# the plans counted before their noun in a sentence stating their ringgit investment (共批准463个工业计划，投资额为…令吉;
# 共有N个工业计划，获得政府批准，投资总额…; 即N项工业计划，高达…令吉): the approved projects, 签约项目数, 实际 — 计划 is the
# noun counted, no plan; a forecast's plans (预计将有…) and plans with no ringgit stay none
@pytest.mark.parametrize("sentence, value, unit", [
    ("今年1月至9月，政府共批准385个工业计划，投资额为241亿令吉。", 385, "个"),
    ("在2015年至2018年共有2210个工业计划，获得政府批准，投资总额达到1322亿令吉。", 2210, "个"),
    ("两年期间，柔佛录得最高的外来投资，即142项工业计划，高达128亿令吉。", 142, "项"),
])
def test_malaysias_plans_counted_before_their_noun(sentence, value, unit):
    got = figures(sentence, park="青棠湾工业园")
    assert ("签约项目数", value, unit, "实际") in [f[:4] for f in got]
    assert all(f[3] == "实际" for f in got)


@pytest.mark.parametrize("sentence", ["预计将有20项工业计划带来50亿令吉投资。", "州政府推出3项投资计划，鼓励外商投资。"])
def test_plans_to_come_or_with_no_ringgit_stay_none(sentence):
    assert named(sentence, "签约项目数", park="青棠湾工业园") == []


# ------------------------------------------------------------------ Malaysia's investment by state or trade in brackets
# each item's sum in brackets right after its name (以制造业(412.3亿马币，主要以…为主)居多；其次为物流业(51.2亿马币)、…;
# 依次为柔佛(288项工业计划的131亿令吉)；砂拉越(…)): the item's investment 签约资金 and its plans 签约项目数, scope 其他, the
# sentence's status (计划 there is the noun counted); a bracket after a sum (…美元(1,310亿马币)) stays a remark
def test_malaysias_investment_by_trade_in_brackets():
    got = figures("该特区投资项目以制造业(412.3亿马币,主要以电子与电机为主)居多,占总投资额22.5%;其次为物流业(51.2亿马币)、"
                  "旅游业(44.8亿马币)。", park="青棠湾工业园")
    assert [f for f in got if f[0] == "签约资金"] == [("签约资金", 412.3, "亿马币", "实际", "其他"),
                                                   ("签约资金", 51.2, "亿马币", "实际", "其他"),
                                                   ("签约资金", 44.8, "亿马币", "实际", "其他")]


def test_malaysias_investment_by_state_in_brackets():
    got = figures("两年期间，槟城录得最高的外来投资，依次为柔佛(288项工业计划的131亿令吉)；砂拉越(41项工业计划的96亿令吉)。",
                  park="青棠湾工业园")
    assert {f[:4] for f in got} >= {("签约项目数", 288, "项", "实际"), ("签约资金", 131, "亿令吉", "实际"),
                                    ("签约项目数", 41, "项", "实际"), ("签约资金", 96, "亿令吉", "实际")}
    assert all(f[3] == "实际" for f in got)


@pytest.mark.parametrize("sentence", [
    "截至9月共吸引承诺投资约520亿美元(1,310亿马币)。",
    "该州获得投资(包括外资)50亿令吉。",
])
def test_a_bracket_after_a_sum_or_with_no_item_stays_a_remark(sentence):
    assert [f for f in figures(sentence, park="青棠湾工业园") if f[4] == "其他" and f[0] == "签约资金"] == []


# ------------------------------------------------------------------ Hong Kong's 创科 firms, a unit's share said 的部分
def test_innovation_and_technology_firms_settled_are_the_parks():
    # (间 is read as 家, Hong Kong's measure word for firms)
    assert named("青棠湾科学园区启用，目前已有21间创科公司进驻。", "入园企业数") == [(21, "家", "实际")]


def test_a_units_share_said_de_bufen_is_its_part():
    got = figures("管理局公布园区的营业额，其中东区的部分，达8120亿元，比前年成长了2.1%，西区的部分达1935.6亿元。")
    assert ("营业收入", 1935.6, "亿元", "实际", "其他") in got


# ------------------------------------------------------------------ the park's whole output said 整体产值/总体产值
@pytest.mark.parametrize("sentence, value, unit, status", [
    ("管理局预估，今年科学园区全年整体产值可达1.86兆元。", 1.86, "万亿元", "预计"),
    ("园区整体产值达420亿元，同比增长9%。", 420, "亿元", "实际"),
])
def test_the_parks_whole_output(sentence, value, unit, status):
    assert named(sentence, "工业总产值") == [(value, unit, status)]


@pytest.mark.parametrize("sentence", ["全市整体产值达500亿元。", "行业整体产值达500亿元。"])
def test_a_place_or_a_trades_whole_output_stays_none(sentence):
    assert named(sentence, "工业总产值") == []
