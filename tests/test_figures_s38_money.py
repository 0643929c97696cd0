"""Session 38: the money a park reports (issue 16: 招商引资 said bare with its sum; the signed projects' 总投资金额;
收入 bare with its owner).

Each shape was counted over every spent labelled set before coding (the labelled figures it would add right, and those
it would add that no labeller listed), and kept only where it is right on three hosts or more with none wrong:

- 招商引资 with its sum right after it, the name bare — an item of a list of the year's figures (…固定资产投资16.5亿元，
  增长46.1%；招商引资15.6亿元，增长54.4%) or the object of the verb before it (力争完成招商引资431亿元, 完成招商引资3000
  万元): the money brought in, 招商引资到位资金, as when 招商引资 is the subject of 完成/实现/到位 (招商引资完成17.3亿元).
  +4 right on 4 hosts (eval49 twice, eval57, eval64), none listed otherwise, none lost, over every spent labelled set.
- the signed projects' cost after their count named by the fuller noun of its sum, 总投资金额 or 投资总金额 (累计签约项目
  23个，总投资金额195亿元; 已促成166件投资案，总投资金额达1745亿元), or by the projects brought in, (招商引资)项目总投资
  (签约项目18个，招商引资项目总投资12亿元): 签约资金, as 总投资 and 投资金额 after the count already were, in the clause
  after it, joined by 、 or glued. +3 right on 3 hosts (study8, eval51, eval64), no extra, none lost.
- 收入 bare with the park or its firms right before it as its owner (园区收入近4000亿元, 规上服务业企业实现收入1619.1亿元,
  园区文化企业实现收入总计7828.14亿元): their turnover, 营业收入, as 总收入 and 营业额 with an owner are. +3 right on 3
  hosts (study10, eval51, study11), none wrong; the owner must stand right before it (a turnover named earlier in the
  sentence gave a fund's 管理收入 an owner on eval50: no), so 管理收入, 旅游收入, income with no owner stay none.

Left out by the count: 招商引资总额 (listed as 到位资金 once, left out once), 招商引资总计 and 招商引资总投资 said bare with no count
before (listed as 签约资金 on 2 hosts; 总计 is the same word as 总额, read both ways), 实际进资 (2 hosts),
投资完成N said inverted (2 hosts), 形成产值 (1 host), 签署了N个项目 and 洽谈签约项目N个 (1 host each), a year's
planned investment of a list of key projects, 年度计划投资 (listed on 3 pages, left out on 12 others).
"""
from pathlib import Path

import pytest

from indexer.reading.pipeline import read_file


def figures(tmp_path: Path, text: str, title: str = "青岚经济开发区工作总结") -> set:
    page = tmp_path / "page.txt"
    page.write_text(title + "\n" + text + "\n", encoding="utf-8")
    (report,) = read_file(page, tmp_path).reports
    return {(f.name, f.value, f.unit, f.status) for f in report.indicators}


def named(tmp_path: Path, text: str, name: str) -> set:
    return {f for f in figures(tmp_path, text) if f[0] == name}


# ------------------------------------------------------------------ 招商引资 bare, its sum right after it

@pytest.mark.parametrize("sentence, want", [
    # an item of a list of the year's figures
    ("全年实现财政收入2.46亿元，增长12.1%；规模以上固定资产投资9.8亿元，增长30.2%；招商引资11.4亿元，增长25.7%。",
     ("招商引资到位资金", 11.4, "亿元", "实际")),
    # the object of the verb before it, aimed at
    ("2025年青岚经济开发区力争完成招商引资286亿元。", ("招商引资到位资金", 286, "亿元", "目标")),
    ("年内确保引进2个过亿元项目，完成招商引资4500万元。", ("招商引资到位资金", 4500, "万元", "目标")),
    # a plan's list with 努力实现 before it
    ("努力实现大口径财政收入5320万元，招商引资6亿元，使开发区生产总值增长18%。", ("招商引资到位资金", 6, "亿元", "目标")),
    # a headline's space between the name and its sum
    ("青岚新区：今年力争完成招商引资 512亿元", ("招商引资到位资金", 512, "亿元", "目标")),
])
def test_investment_brought_in_said_bare(tmp_path, sentence, want):
    assert want in figures(tmp_path, sentence)


@pytest.mark.parametrize("sentence", [
    # a class of projects bounded by their investment, no sum brought in
    "全区招商引资1000万元以上项目达到38个。",
    # a year after the name, no sum
    "园区招商引资2024年取得新突破，签约项目数创历史新高。",
    # 总额 said after the name: read both ways by the labellers, left out
    "一般公共预算收入87亿元，增长9.3%；招商引资总额315亿元，增长16.2%。",
    # the work of bringing in, no sum
    "园区招商引资工作扎实推进，引进了一批龙头企业。",
])
def test_no_money_brought_in(tmp_path, sentence):
    assert not named(tmp_path, sentence, "招商引资到位资金")


@pytest.mark.parametrize("sentence, want", [
    # the subject of 完成, read before as after
    ("一季度，全区全口径招商引资完成21.6亿元，同比增长18%。", ("招商引资到位资金", 21.6, "亿元", "实际")),
    ("2024年，园区招商引资到位资金36.2亿元。", ("招商引资到位资金", 36.2, "亿元", "实际")),
])
def test_investment_brought_in_as_before(tmp_path, sentence, want):
    assert want in figures(tmp_path, sentence)


# ------------------------------------------------------------------ the signed projects' cost, its fuller nouns

@pytest.mark.parametrize("sentence, want", [
    ("截至目前，青岚高新区累计签约项目15个，总投资金额86亿元。", ("签约资金", 86, "亿元", "累计")),
    ("1-6月，园区洽谈项目30个，签约项目12个，招商引资项目总投资9.5亿元，实际到位资金3.1亿元。", ("签约资金", 9.5, "亿元", "实际")),
    ("今年以来，园区签约7个产业项目、投资总金额38亿元。", ("签约资金", 38, "亿元", "实际")),
    ("园区签约项目40个投资总金额203.8亿元。", ("签约资金", 203.8, "亿元", "实际")),
])
def test_signed_cost_by_its_fuller_noun(tmp_path, sentence, want):
    assert want in figures(tmp_path, sentence)


@pytest.mark.parametrize("sentence", [
    # projects to be signed, started: not the signed ones' money
    "园区拟签约项目12个，总投资金额40亿元。",
    "上半年，园区新开工项目8个，总投资金额20亿元。",
    "园区新开工项目8个，招商引资项目总投资20亿元。",
])
def test_no_signed_cost(tmp_path, sentence):
    assert not named(tmp_path, sentence, "签约资金")


# ------------------------------------------------------------------ 收入 bare, the park or its firms right before it

@pytest.mark.parametrize("sentence, want", [
    ("目前，园区拥有高新技术企业1200家，园区收入近2600亿元。", ("营业收入", 2600, "亿元", "实际")),
    ("一季度，区内规上服务业企业实现收入86.4亿元，增长12.5%。", ("营业收入", 86.4, "亿元", "实际")),
    ("2023年，园区文化企业实现收入总计315.2亿元，缴纳税收总计12.6亿元。", ("营业收入", 315.2, "亿元", "实际")),
])
def test_income_said_bare_with_its_owner(tmp_path, sentence, want):
    assert want in figures(tmp_path, sentence)


@pytest.mark.parametrize("sentence, value", [
    # no owner: income of people, of tourism, of a fund (a turnover named before it is no owner of 管理收入)
    ("全年累计输出劳务3万余人，实现收入2.8亿元。", 2.8),
    ("全年接待游客860万人次、旅游收入75亿元。", 75),
    ("今年青岚加工区各园区营业额合计3,200亿元，为近年新高，惟本年度管理收入决算数5亿8,120万3千元高于预算数。", 581203000),
    ("园区营业额合计3200亿元，管理收入5.8亿元。", 5.8),
    ("全区农村居民人均可支配收入2.3万元，增长7%。", 2.3),
])
def test_income_with_no_owner(tmp_path, sentence, value):
    assert not {f for f in named(tmp_path, sentence, "营业收入") if f[1] == value}


def test_the_state_enterprises_income_in_a_budget_is_no_turnover():
    """must-not: a government's budget report naming what the state's enterprises brought in (国营工业企业收入为…元) states
    a sector's remittance to the budget, not a park's firms' 营业收入 (a state-owned firm of a park says 营业收入 in full)."""
    from indexer.reading.indicators import find_indicators
    text = "1956年国营企业收入为14，328，144，000元，占本年预算收入的48.19%；其中国营工业企业收入为6，688，587，000元。"
    assert [f.name for f in find_indicators(text, doc_type="工作报告") if f.name == "营业收入"] == []
