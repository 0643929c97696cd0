"""Key figures read in session 31 (issue 16). Own sentences, own names and numbers."""
import pytest

from indexer.reading.indicators import find_indicators


def figures(sentence: str, park: str = "青棠湾科学园区", doc_type: str = "简报", title: str = ""):
    return [(f.name, f.value, f.unit, f.status, f.scope)
            for f in find_indicators(sentence, doc_type=doc_type, park=park, title=title)]


def named(sentence: str, name: str, **kw):
    return [f[1:4] for f in figures(sentence, **kw) if f[0] == name]


def in_yi(value, unit):
    return value * {"亿元": 1.0, "万元": 1e-4, "万亿元": 1e4}[unit]


# ------------------------------------------------------------------ a zone's approved investment (Taiwan's way)
# what a zone brought in, stated as the investment of the firms or cases approved: 投资(总)金额 and 投资额 where the
# sentence counts the firms brought in (厂商) or the cases (投资案, 增资案), 计画投资额 of the firms brought in so far,
# and the investment said with the capital increases as one (投增资额, 投、增资额, 投资及增资额): 签约资金

@pytest.mark.parametrize("sentence, value", [
    ("青棠灣科學園區今年引進高科技廠商9家，投資總金額36.8億元。", 36.8),
    ("青棠灣科學園區去年共核准投資案12件，投資額達新台幣58.3億元。", 58.3),
    ("截至去年底，園區已引進167家廠商，計畫投資額逾7,420億元。", 7420),
    ("青棠灣加工區去年招商成績亮眼，全年投、增資額達新台幣131億2000萬元。", 131.2),
    ("園區上半年新投資及增資案合計14家，投資及增資額共計新台幣412.6億元。", 412.6),
    ("青棠灣科學園區再加計增資案9.4億元，合計投增資總額達45.1億元。", 45.1),
])
def test_a_zones_approved_investment_is_its_signed_money(sentence, value):
    got = named(sentence, "签约资金")
    assert [round(in_yi(v, u), 4) for v, u, _ in got] == [value]
    assert all(s in ("实际", "累计") for _, _, s in got)  # (计画 names the firms' plan, approved: no plan of the zone's)


# must not: investment done, a project's or a firm's own, and an investment with no firms or cases brought in
@pytest.mark.parametrize("sentence", [
    "青棠湾产业园全年完成投资额36.8亿元。",  # (investment done: 固定资产投资, never signed)
    "青棠湾产业园一期项目投资总金额36.8亿元，已完成厂房建设。",
    "青棠湾产业园计划投资额36.8亿元的污水处理厂开工建设。",
    "青棠湾科学园区全年投资额达36.8亿元。",
])
def test_investment_done_or_owned_or_not_brought_in_is_no_signed_money(sentence):
    assert named(sentence, "签约资金") == []


# ------------------------------------------------------------------ a headline's bound of a running total
# the headline's "…逾131亿" rounds the text's "全年累计投、增资额达…131亿2000万元": one figure, though the text says 累计

def test_a_headline_bound_rounds_the_texts_running_total():
    text = ("青棠灣加工區去年招商亮眼 投增資額逾131億\n"
            "青棠灣加工區去年招商成績亮眼，全年累計投、增資額達新台幣131億2000萬元，超越招商目標。\n")
    got = named(text, "签约资金", title="青棠灣加工區去年招商亮眼 投增資額逾131億")
    assert len(got) == 1 and round(in_yi(got[0][0], got[0][1]), 4) == 131.2


# must not: a headline's bound of another status or of a larger amount stays its own
def test_a_headline_bound_over_the_texts_figure_stays():
    text = ("青棠湾产业园营业收入突破140亿元\n"
            "青棠湾产业园全年累计实现营业收入131.2亿元。\n")
    got = named(text, "营业收入", title="青棠湾产业园营业收入突破140亿元")
    assert (131.2, "亿元", "累计") in got and (140, "亿元", "实际") in got


# ------------------------------------------------------------------ a whole split by 其中 among its units
# each unit told with its value alone, the whole named with no value of its own before the 其中 (…营收创新高，其中…),
# or stated in the sentence before with only a speaker between (…营业额为…。某某表示，其中…); Taiwan's first science park
# called by its city (新竹), and an item whose unit opens a remark before its value (南科则一枝独秀，达…)

@pytest.mark.parametrize("sentence, parts", [
    ("今年前三季三大科學園區營收再創新高，其中竹科0.91兆元，較去年同期成長8.2%；中科0.47兆元，成長3.1%；南科1.02兆元，成長21.5%。",
     [0.91, 0.47, 1.02]),
    ("三個科學園區上半年營業額為新台幣1兆320億元，年減2.3%。科技部次長王大同表示，其中新竹4,512億元，衰退5.5%，"
     "是近年來較低的營收表現；中科2,108億元，衰退1.1%；南科則表現亮眼，達3,700億元，成長6.8%。",
     [4512, 2108, 3700]),
])
def test_units_listed_after_qizhong_carry_the_wholes_name(sentence, parts):
    got = [(v, s) for n, v, u, s, scope in figures(sentence) if n == "营业收入" and scope == "其他" and v in parts]
    assert got == [(p, "实际") for p in parts]


def test_a_qizhong_paragraph_after_a_caption_splits_the_whole_before():
    text = ("三個科學園區上半年營業額為新台幣1兆320億元，年減2.3%。\n\n"
            "科技部次長王大同（中）公布科學園區上半年營業額。（記者攝影）\n\n"
            "科技部次長王大同表示，其中新竹4,512億元，衰退5.5%；中科2,108億元，衰退1.1%；南科3,700億元，成長6.8%。\n")
    got = [v for n, v, u, s, scope in figures(text) if n == "营业收入" and s == "实际"]
    assert [v for v in got if v in (4512, 2108, 3700)] == [4512, 2108, 3700]


# must not: a paragraph opening on 其中 with no figure stated before it carries nothing
def test_a_qizhong_paragraph_with_no_whole_before_carries_nothing():
    text = "科技部次長王大同公布科學園區上半年營運成果。\n\n王大同表示，其中新竹4,512億元，中科2,108億元。\n"
    assert [f for f in figures(text) if f[0] == "营业收入"] == []


# must not: a class split by 其中 (not a unit), a whole of another kind, and a list after a value-less clause of no name
@pytest.mark.parametrize("sentence", [
    "园区营业收入创新高，其中高新技术企业36.5亿元。",  # (a class of the firms: no unit)
    "园区入驻企业创新高，其中东区12.5亿元。",  # (a whole counted in firms: no money of its parts)
    "管委会主任表示，其中东区12.5亿元，西区8.1亿元。",  # (no whole stated before: nothing to carry)
])
def test_no_whole_no_part(sentence):
    assert [f for f in figures(sentence) if f[4] == "其他" and f[0] == "营业收入"] == []


# ------------------------------------------------------------------ a noun 项目 only modifies owns no investment
# "落实项目服务机制，46个重点项目完成投资…": the group counted owns it; 项目机制 is a way of working, no project

def test_a_mechanism_named_with_xiangmu_owns_no_investment():
    got = named("青棠湾产业园落实领导挂点服务项目机制，46个重点项目完成投资58.6亿元。", "固定资产投资")
    assert got == [(58.6, "亿元", "实际")]


# must not: one project named before its investment still owns it
@pytest.mark.parametrize("sentence", [
    "青棠湾产业园的污水处理项目已完成投资2.3亿元。",
    "青棠湾产业园一期项目，已完成投资2.3亿元。",
])
def test_one_projects_investment_stays_its_own(sentence):
    assert named(sentence, "固定资产投资") == []


# ------------------------------------------------------------------ a change from a start with a remark on it
# "由初期财政收入310万元全市倒数第一，攀升至2014年的15.2亿元": where it went is the figure (that year's, done), where it
# started with its remark is a base

def test_a_change_from_a_remarked_start_gives_where_it_went():
    got = named("青棠湾开发区由初期财政收入310万元全市倒数第一，攀升至2014年的15.2亿元，增长了490多倍。", "财政收入")
    assert got == [(15.2, "亿元", "实际")]


# must not: a plan's change to a horizon year stays a target, and a change with no start keeps its own reading
@pytest.mark.parametrize("sentence, want", [
    ("力争青棠湾开发区财政收入由15.2亿元增加到2027年的20亿元。", (20, "亿元", "目标")),
    ("青棠湾开发区财政收入由310万元增加到15.2亿元。", (15.2, "亿元", "实际")),
])
def test_changes_without_the_remark_read_as_before(sentence, want):
    got = named(sentence, "财政收入")
    assert want in got and not any(v == 310 for v, _, _ in got)
