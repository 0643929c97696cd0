"""Key figures read in session 33, second round (issue 16). Own sentences, own names and numbers."""
import pytest

from indexer.reading.indicators import find_indicators


def figures(sentence: str, park: str = "青棠湾科学园区", doc_type: str = "简报", title: str = ""):
    return [(f.name, f.value, f.unit, f.status, f.scope)
            for f in find_indicators(sentence, doc_type=doc_type, park=park, title=title)]


def named(sentence: str, name: str, **kw):
    return [f[1:4] for f in figures(sentence, **kw) if f[0] == name]


# ------------------------------------------------------------------ a name quoted in corner brackets
# Taiwan, Hong Kong and Malaysia quote a seminar's, a forum's or a programme's name in 「」: the name's own words (將,
# 预计, 未來) are not the tense of a figure said after the closing bracket

@pytest.mark.parametrize("sentence, name, value, status", [
    ("投資局總監於研討會「新能源將帶動東岸州的經濟成長」表示，本年上半年，東岸州共吸引投資額為21.4億馬幣。",
     "签约资金", 21.4, "实际"),
    ("管理處在論壇『園區將邁向淨零』中指出，去年園區營業額達3,180億元。", "营业收入", 3180, "实际"),
])
def test_future_words_inside_a_corner_quoted_name_are_the_names(sentence, name, value, status):
    assert [(v, s) for v, _, s in named(sentence, name)] == [(value, status)]


# must not: a quote still open before the figure holds the figure's own words; a future word outside the quote governs
@pytest.mark.parametrize("sentence, name, statuses", [
    ("局長表示：「明年園區營業額將達到3,500億元」。", "营业收入", ("预计", "目标")),
    ("管理處表示「園區轉型有成」，明年園區營業額將達到3,500億元。", "营业收入", ("预计", "目标")),
    ("實施《青棠湾園區將來三年行動計畫》，今年園區營業額達到3,500億元。", "营业收入", ("实际",)),
])
def test_quoted_name_must_not(sentence, name, statuses):
    got = [s for _, _, s in named(sentence, name)]
    assert len(got) == 1 and got[0] in statuses


# ------------------------------------------------------------------ 未来 qualifying a noun of development
# (是某州未来发展的重要一环，而某州两年内共吸引…: the future as a thing spoken of, no horizon of the figure)

def test_future_as_a_noun_of_development_is_no_horizon():
    sentence = "“启动第三工业园，是东岸州未来发展的重要一环，而东岸州在两年内，总共吸引超过250亿令吉制造业批准投资额。”"
    assert [(v, s) for v, _, s in named(sentence, "签约资金")] == [(250, "实际")]


@pytest.mark.parametrize("sentence, name, value", [
    ("东岸州未来三年，总共吸引超过250亿令吉投资额。", "签约资金", 250),
    ("未来，园区营业收入达到500亿元。", "营业收入", 500),
])
def test_future_as_a_horizon_still_governs(sentence, name, value):
    assert [(v, s) for v, _, s in named(sentence, name)] == [(value, "目标")]


# ------------------------------------------------------------------ Malaysia's manufacturing investment plans counted
# the plans an authority approved counted before their noun with the trade or 投资 between (共核准8项制造业投资计画, the
# Taiwanese spelling 计画 as 计划), in a sentence stating their ringgit investment: the approved projects, 签约项目数

@pytest.mark.parametrize("sentence, value", [
    ("上半年，东岸州共核准12項製造業投資計畫，累積投資額為9.6億馬幣。", 12),
    ("上半年，东岸州共核准12项制造业投资计划，投资额为9.6亿令吉。", 12),
])
def test_ringgit_manufacturing_investment_plans_counted(sentence, value):
    assert [(v, s) for v, _, s in named(sentence, "签约项目数")] == [(value, "实际")]


# must not: plans with no ringgit sum, a plot that will bring plans
@pytest.mark.parametrize("sentence", [
    ("园区今年引进制造业投资计划12项。"),
    ("预计有关地段将带来12项制造业投资计划，投资额为9.6亿令吉。"),
])
def test_ringgit_plans_counted_must_not(sentence):
    assert named(sentence, "签约项目数") == []


# ------------------------------------------------------------------ a named trade's income said with 收入 alone
# (信息技术产业实现收入…, 软件行业完成收入…: statistics' line for one trade, its 营业收入, a part — scope 其他 — as
# 光伏产业实现产值… is)

@pytest.mark.parametrize("sentence, value", [
    ("产业结构持续优化。数字创意产业实现收入318.6亿元，增长21.4%。", 318.6),
    ("园区实现营业收入900亿元，其中软件行业完成收入120亿元。", 120),
])
def test_a_named_trades_income_is_its_turnover(sentence, value):
    assert (value, "亿元", "实际", "其他") in [f[1:] for f in figures(sentence) if f[0] == "营业收入"]


# must not: 收入 alone after anything else (a firm's, the budget's, people's)
@pytest.mark.parametrize("sentence", [
    "今年以来，农民人均收入2.1万元。",
    "青棠湾公司实现收入8亿元。",
    "园区产业实现了收入和利润双增长，增长12%。",
])
def test_income_alone_elsewhere_is_no_turnover(sentence):
    assert named(sentence, "营业收入") == []


# ------------------------------------------------------------------ the people counted working in the park
# the count before them and where they work after (接近N名科技专才在园内工作, 吸引N万人才在此工作居住): the park's
# 从业人员, as 园区从业人员N人 is

@pytest.mark.parametrize("sentence, value, unit", [
    ("截至去年底，青棠湾科学园共有420间企业进驻，接近9,600名科研人员在园内工作。", 9600, "名"),
    ("科学城配套建设人才公寓，吸引12多万人才在此工作居住。", 12, "万人"),
    ("园区内有3200名员工在此工作。", 3200, "名"),
])
def test_people_working_in_the_park(sentence, value, unit):
    assert (value, unit, "实际") in named(sentence, "从业人员")


# must not: people visiting or training there; people who will work there are not shown as working
@pytest.mark.parametrize("sentence", [
    "园区组织300名员工在此参观学习。",
    "300名学员在园区内培训。",
])
def test_people_in_the_park_not_at_work(sentence):
    assert named(sentence, "从业人员") == []


def test_people_to_work_in_the_park_are_not_achieved():
    assert all(s not in ("实际", "累计") for _, _, s in named("预计明年将有5000名员工在园内工作。", "从业人员"))
