"""Key figures read in session 32 (issue 16). Own sentences, own names and numbers."""
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
    return [(f.name, f.value, f.status, f.masked) for f in report.indicators]


# ------------------------------------------------------------------ jobs a zone brings, counted as positions
# 提供/创造/带动/带来 N个就业机会 (就业岗位, 工作机会): 从业人员, a forecast (预计) unless the words aim at it (力争, 目标: 目标)
# or say it came (提供了, 已, 累计, 去年: 实际) — docs/labelling.md, figures, by session 32's count

@pytest.mark.parametrize("sentence, value, status", [
    ("青棠湾科学园区开发完成后，预估年产值达120亿元，将提供3200个就业机会。", 3200, "预计"),
    ("青棠灣科學園區擴區預估促進投資40億元、創造約860個在地就業機會。", 860, "预计"),
    ("青棠湾科学园区二期今年底动工，带动约3500个就业机会。", 3500, "预计"),  # (no word of time: still to come)
    ("预计2030年，该产业将为本地创造28亿元产值和1万6000个就业机会。", 16000, "预计"),
    ("青棠湾科学园区力争全年新增3000个就业岗位。", 3000, "目标"),
    ("据统计，上述投资项目提供了2268个就业机会。", 2268, "实际"),
    ("青棠湾科学园区去年共创造1800个就业岗位。", 1800, "实际"),
])
def test_jobs_a_zone_brings_counted_as_positions(sentence, value, status):
    assert named(sentence, "从业人员") == [(value, "个", status)]


def test_jobs_to_come_are_never_shown_as_achieved():
    got = named("青棠湾科学园区三期预计明年投产，可创造约2400个就业岗位。", "从业人员")
    assert got and all(s not in ("实际", "累计") for _, _, s in got)


# must not: people induced around a zone (N人就业, the house gold's reading), an increment said as a noun first, a
# position with no count, and one project's own jobs once built
@pytest.mark.parametrize("sentence", [
    "园区项目全部建成后，可带动周边3000人就业。",
    "青棠湾科学园区为当地居民创造了更多就业机会。",
    "该项目总投资12亿元，建成投产后可提供600个就业岗位。",
    "青棠湾新材料项目建成达产后，可带动就业500余人。",
])
def test_no_jobs_figure_for_induced_people_no_count_or_one_projects_jobs(sentence):
    assert named(sentence, "从业人员") == []


# ------------------------------------------------------------------ one project's own yield once built
# a completion (建成后, 达产后, 投产后) whose owner named last is one project (a work, a firm, a phase): its output,
# revenue, tax and jobs are its own, as its own investment is — no figure of the park's or anyone's

@pytest.mark.parametrize("sentence", [
    "该项目总投资12亿元，建成投产后预计年产值30亿元，年税收8000万元。",
    "青棠湾精密轴承项目计划总投资3亿元，预计达产后年产值超过6亿元，年税收超过1800万元。",
    "项目建成后，预计实现年产值52.6亿元，纳税2.1亿元。",
    "青棠湾智能装备项目采用数字化产线，建成达产后可实现年产值18亿元，税收6000多万元。",
])
def test_one_projects_yield_once_built_is_no_figure(sentence):
    assert [f for f in figures(sentence) if f[0] in ("工业总产值", "税收", "营业收入")] == []


# must not: a zone's own yield once developed, the park's projects as a whole, and a park's target in a plan (a group
# of projects counted, 园区新签约项目8个…达产后预计年产值…, is the projects' own: tests/test_figures_s35.py)
@pytest.mark.parametrize("sentence, name, value, status", [
    ("青棠湾科学园区开发完成后，预估年产值达120亿元。", "工业总产值", 120, "预计"),
    ("青棠湾物流园建成后，预计年税收超过1亿元。", "税收", 1, "预计"),
    ("园区项目全部建成后，预计年产值50亿元。", "工业总产值", 50, "预计"),
    ("青棠湾科学园区二期开发完成后，可创造年产值约800亿元。", "工业总产值", 800, "预计"),
    ("全力推进重点项目建设，力争全年实现工业总产值100亿元。", "工业总产值", 100, "目标"),
])
def test_a_zones_yield_its_projects_together_and_plans_stay(sentence, name, value, status):
    assert (value, "亿元", status) in named(sentence, name)


# ------------------------------------------------------------------ a heading of targets governs the list under it
# a sub-heading naming the targets or forecasts it lists (（二）年度目标预测, 主要预期目标, 全年预测), under a part that
# reviews what was done, keeps its list targets — masked or not, never shown as done

REVIEW_THEN_GOALS = ("青棠湾经济开发区2025年1-10月工作总结\n"
                     "一、1-10月主要经济指标完成情况\n"
                     "1-10月，开发区完成工业总产值96亿元，同比增长7%。\n"
                     "（二）{heading}\n"
                     "1.工业总产值{a}亿元；\n"
                     "2.税收{b}万元；\n"
                     "3.固定资产投资{c}亿元。\n"
                     "二、存在的问题\n"
                     "招商难度加大。\n")


@pytest.mark.parametrize("heading", ["年度目标预测", "全年主要预期目标", "2025年全年预测"])
@pytest.mark.parametrize("a, b, c", [("**", "**", "**"), ("118", "4200", "31")])
def test_a_subheading_of_targets_under_a_review_governs_its_list(tmp_path, heading, a, b, c):
    got = page_figures(tmp_path, REVIEW_THEN_GOALS.format(heading=heading, a=a, b=b, c=c))
    assert ("工业总产值", 96, "实际", False) in got
    listed = [f for f in got if f[1] != 96]
    assert len(listed) == 3 and all(f[2] in ("目标", "预计") for f in listed)


# must not: a sub-heading of a task toward a goal (落实…目标, 围绕…目标) or of a target met keeps its parent's review
@pytest.mark.parametrize("heading", ["落实年度目标", "目标任务全面完成"])
def test_a_task_toward_a_goal_or_a_goal_met_stays_a_review(tmp_path, heading):
    got = page_figures(tmp_path, REVIEW_THEN_GOALS.format(heading=heading, a="118", b="4200", c="31"))
    assert ("工业总产值", 118, "实际", False) in got


# ------------------------------------------------------------------ a count restated in one report
# a headline's count and the text's, the text singling the park out of its city's (其中某开发区…), or a table row and the
# prose: one statement, listed once, the park's (docs/labelling.md: a figure printed twice is listed once)

def test_a_headlines_count_restated_as_a_part_of_a_city_is_listed_once(tmp_path):
    got = page_figures(tmp_path, "青棠湾开发区新签约项目32个 总投资86亿元\n"
                                 "今年以来，全市招商引资成效明显，其中青棠湾开发区新签约项目32个，总投资86亿元。\n")
    assert [f for f in got if f[0] == "签约项目数"] == [("签约项目数", 32, "实际", False)]
    assert [f for f in got if f[0] == "签约资金"] == [("签约资金", 86, "实际", False)]


def test_a_table_rows_count_restating_the_text_is_listed_once(tmp_path):
    text = ("青棠湾经济开发区2025年工作总结\n全年新签约项目32个，入驻企业达到146家。\n"
            "全县工业经济平稳。\n| 指标 | 数值 |\n| 全县入驻企业 | 146家 |\n")
    assert [f for f in page_figures(tmp_path, text) if f[0] == "入园企业数"] == [("入园企业数", 146, "实际", False)]


# must not: two sentences of the text with equal counts of two owners stay two; small counts are never merged
def test_equal_counts_of_two_owners_in_the_text_stay_two(tmp_path):
    text = ("青棠湾经济开发区2025年招商情况\n青棠湾经济开发区全年新签约项目26个，总投资40亿元。\n"
            "全县其他乡镇新签约项目26个，总投资12亿元。\n")
    assert len([f for f in page_figures(tmp_path, text) if f[0] == "签约项目数"]) == 2


# ------------------------------------------------------------------ 会 of the future before a verb of growing
# (还会再成长，突破…; 将会达到; 应会超过): a forecast, never shown as achieved; 会议, 大会, 会上 are no future

@pytest.mark.parametrize("sentence, value", [
    ("青棠灣科學園區去年營業額5.1兆元，今年營業額還會再成長，突破5.5兆元。", 5.5),
    ("今年青棠湾园区营业收入将会达到150亿元。", 150),
    ("业界看好园区前景，全年营业额应会超过820亿元。", 820),
])
def test_hui_of_the_future_before_growing_is_a_forecast(sentence, value):
    got = [(v, s) for v, _, s in named(sentence, "营业收入") if v == value]
    assert got == [(value, "预计")]


@pytest.mark.parametrize("sentence", [
    "青棠湾园区召开大会，会上宣布全年实现营业收入120亿元。",
    "青棠湾园区年度总结会议通报，全年营业收入120亿元。",
])
def test_a_meeting_is_no_future(sentence):
    assert named(sentence, "营业收入") == [(120, "亿元", "实际")]


# ------------------------------------------------------------------ the land of an estate or a zone of another head
# 工业邨 (Hong Kong's estates), 创科园, 科学园, 科学城, 加工区, 保税区 right before 占地 / 占地面积: the zone's area, as
# 园区占地 is the park's; a project's land stays none

@pytest.mark.parametrize("sentence, value, unit", [
    ("青棠工業邨佔地67公頃。", 67, "公顷"),
    ("位於青棠的3個工業邨共佔地217公頃，以長期契約租用。", 217, "公顷"),
    ("正在興建的青棠創科園佔地87公頃。", 87, "公顷"),
    ("青棠综合保税区占地面积3.2平方公里。", 3.2, "平方公里"),
])
def test_the_land_an_estate_or_a_zone_takes_is_its_area(sentence, value, unit):
    assert named(sentence, "面积") == [(value, unit, "实际")]


@pytest.mark.parametrize("sentence", ["该项目占地120亩。", "青棠加工厂新厂房占地35亩。"])
def test_a_projects_or_a_plants_land_stays_none(sentence):
    assert named(sentence, "面积") == []


# ------------------------------------------------------------------ Malaysia's investment ranked by state
# 在…投资额中，某州取得N令吉; 投资额是N令吉; 外来投资是N令吉: the investment each got (签约资金), as the press ranks it;
# 取得 with no investment in its sentence, or a loan, stays none

@pytest.mark.parametrize("sentence, values", [
    ("在今年首4個月投資額中，青州取得23億令吉，排名全國第一。", [23]),
    ("第三名的白州取得31億令吉，外來投資是15億8千萬令吉。", [31, 15.8]),
    ("丹州的投資額是889萬令吉。", [0.0889]),
])
def test_a_states_share_of_investment_in_ringgit_is_signed_money(sentence, values):
    got = named(sentence, "签约资金")
    yi = [round(v * {"亿令吉": 1, "万令吉": 1e-4}[u], 4) for v, u, _ in got]
    assert yi == values


@pytest.mark.parametrize("sentence", [
    "青州今年取得好成绩，出口额达到120亿令吉。",
    "该公司取得5000万令吉贷款，用于投资新厂。",
])
def test_got_with_no_investment_ranked_is_no_signed_money(sentence):
    assert named(sentence, "签约资金") == []


# ------------------------------------------------------------------ a named trade's turnover
# 某产业营业额 (光电产业营业额为…): the trade's share of the park's turnover — no figure since session 40, as a park's
# investment split by industry and its firms by trade are none (docs/labelling.md: 11 such figures the reader gave on
# the 432 labelled pages of session 40, none listed by any of 8 labellers; sessions 32–39 listed them, scope 其他); the
# park's industries together (主导产业, 高新技术产业) stay none too

@pytest.mark.parametrize("sentence", [
    "光電產業營業額為812.5億元。",
    "园区电子信息产业营业额达到46.2亿元，同比增长12%。",
])
def test_a_named_trades_turnover_is_no_figure(sentence):
    assert [f for f in figures(sentence) if f[0] == "营业收入"] == []


@pytest.mark.parametrize("sentence", ["园区主导产业营业额120亿元。", "高新技术产业营业额120亿元。", "月销售额3万元。"])
def test_industries_together_or_no_owner_give_no_turnover(sentence):
    assert named(sentence, "营业收入") == []


# ------------------------------------------------------------------ a floor of a count of firms; 间 for firms
# 超过/逾 + N家 + 企业: a floor of the count (the firms counted), never a class's bound as 超过10亿元的企业 is; 间, the
# measure word Hong Kong and Macao count firms with (进驻的企业共119间), counts firms as 家 does

@pytest.mark.parametrize("sentence, value", [
    ("园区已有逾60家企业进驻。", 60),
    ("园区共有超过75家企业。", 75),
    ("目前已注册准备进驻园区的企业共119间。", 119),
])
def test_a_floor_of_firms_counted_and_firms_counted_by_jian(sentence, value):
    assert [v for v, _, _ in named(sentence, "入园企业数")] == [value]


@pytest.mark.parametrize("sentence", ["园区营业收入超过1亿元企业达到12家。", "园区建成3间标准厂房。"])
def test_a_class_of_firms_by_a_sum_or_rooms_are_no_firms_held(sentence):
    assert [v for v, _, _ in named(sentence, "入园企业数") if v in (1, 3)] == []


# ------------------------------------------------------------------ starts and completions
# N个项目开竣工 (started and finished together) is no count of either kind; the split after it, or any verb with its count
# right after (其中新开工44项，竣工37项; 园区新开工12项), gives each verb's kind

def test_starts_and_completions_together_are_no_kind_and_their_split_is_each():
    got = figures("白城市有锂电池项目等81个项目开竣工，总投资约480亿元。其中新开工44项，竣工37项。")
    assert [f[:4] for f in got if f[0] in ("新开工项目数", "竣工投产项目数")] == [
        ("新开工项目数", 44, "项", "实际"), ("竣工投产项目数", 37, "项", "实际")]


@pytest.mark.parametrize("sentence", ["青州市此次集中开竣工项目69个，总投资490亿元。", "园区开竣工项目26个。",
                                      "白城市有锂电池项目、物流园项目等81个项目开竣工，总投资约480亿元。"])
def test_projects_started_and_finished_together_give_no_count(sentence):
    assert [f for f in figures(sentence) if f[0] in ("新开工项目数", "竣工投产项目数")] == []


# must not: a verb before a count of something else, or a rate
@pytest.mark.parametrize("sentence", ["今年园区计划开工12个月。", "园区开工率达到95个百分点。", "园区竣工验收4个批次。"])
def test_a_verb_before_another_count_is_no_projects(sentence):
    assert [f for f in figures(sentence) if f[0] in ("新开工项目数", "竣工投产项目数")] == []


# must not: a zone's phase built (二期项目建成后) yields the zone's
def test_a_zones_phase_built_yields_the_zones():
    assert named("青棠湾科学园区三期项目建成后，可创造年产值180亿元。", "工业总产值") == [(180, "亿元", "预计")]
