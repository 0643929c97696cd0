"""Key figures read in session 32's second round (issue 16). Own sentences, own names and numbers."""
from pathlib import Path

import pytest

from indexer.reading.indicators import find_indicators
from indexer.reading.pipeline import read_file


def figures(sentence: str, park: str = "青棠湾科学园区", doc_type: str = "简报", title: str = ""):
    return [(f.name, f.value, f.unit, f.status, f.scope)
            for f in find_indicators(sentence, doc_type=doc_type, park=park, title=title)]


def named(sentence: str, name: str, **kw):
    return [f[1:] for f in figures(sentence, **kw) if f[0] == name]


def page_figures(tmp_path: Path, text: str) -> list[tuple]:
    page = tmp_path / "page.txt"
    page.write_text(text, encoding="utf-8")
    (report,) = read_file(page, tmp_path).reports
    return [(f.name, f.value, f.unit, f.status, f.scope) for f in report.indicators]


# ------------------------------------------------------------------ a park's profile: its land said bare
# an encyclopedia's entry or a directory's profile titled with the park's name alone describes that park: its 面积 and
# 占地 said bare, a zone's measure right after (面积达…公顷, 面积共计…, 占地…公顷, 面积:…), are the park's area, whatever
# town it covers or old name it had; another owner named first in the clause (a project, a building, a phase, a site)
# keeps its own

@pytest.mark.parametrize("sentence, value, unit", [
    ("设立于1971年5月，面积达52.48公顷，为本省第二个加工出口区。", 52.48, "公顷"),
    ("園區範圍涵蓋東坑鄉與西坑鎮，面積共計318.6公頃，鄰近高鐵站。", 318.6, "公顷"),
    ("位於青棠灣北岸的填海土地上，距離市中心約3公里，佔地64公頃。", 64, "公顷"),
    ("面积:1.2平方公里", 1.2, "平方公里"),
])
def test_a_profiles_bare_land_is_the_parks_area(sentence, value, unit):
    park = "青棠湾科技产业园区"
    assert named(sentence, "面积", park=park, title="青棠灣科技產業園區", doc_type="其他") == [(value, unit, "实际", "园区")]


def test_a_profile_page_reads_its_area(tmp_path):
    text = ("青棠灣科技產業園區\n"
            "青棠灣科技產業園區，舊名青棠加工出口區，為經濟部管理的加工出口區，位於青棠市南部。設立於1971年5月，"
            "面積達52.48公頃，為本省第二個加工出口區。\n")
    assert ("面积", 52.48, "公顷", "实际", "园区") in page_figures(tmp_path, text)


# must not: the same sentences on a page whose title is no park's name alone, and on a profile another owner's land
# (a project, a building's floor space, a site of the park, a phase)
@pytest.mark.parametrize("sentence, title", [
    ("设立于1971年5月，面积达52.48公顷，为本省第二个加工出口区。", "青棠湾园区五十年回顾"),
    ("園區內物流項目佔地12公頃，預計明年完工。", "青棠灣科技產業園區"),
    ("園內設有5座工業大廈，總樓面面積為19.6萬平方米。", "青棠灣科技產業園區"),
    ("第3園區去年底已獲核准，面積約3.5公頃。", "青棠灣科技產業園區"),
    ("二期工程面積約40公頃，預計2027年完工。", "青棠灣科技產業園區"),
])
def test_no_parks_area_off_a_profile_or_of_another_owner(sentence, title):
    got = named(sentence, "面积", park="青棠湾科技产业园区", title=title, doc_type="其他")
    assert ("园区" not in [g[3] for g in got])


# ------------------------------------------------------------------ a ranked breakdown by trade
# a breakdown ranks its trades (以光电产业营业额最高，约为…；半导体产业其次，约为…；5家精密机械产业次之…; 精密机械产业营业额
# 约为…): each trade's share of the same quantity — listed as a part (scope 其他) until session 40, no figure since, as a
# park's investment split by industry and its firms by trade are none (docs/labelling.md: 11 such figures the reader gave
# on session 40's 432 labelled pages, none listed by any of 8 labellers); the firms counted before a trade change nothing

def test_a_ranked_breakdown_by_trade_gives_no_trades_share():
    sentence = ("今年1至6月以光電產業營業額最高，約為新台幣512.4億元，佔最高比重80.2%，半導體產業其次，約為新台幣96.3億元，"
                "比重約佔15.1%，生物科技產業約為新台幣30.1億元，比重約佔4.7%。")
    assert named(sentence, "营业收入") == []  # (no trade's share since session 40: see the note above)


def test_a_ranked_breakdown_with_the_trades_firms_counted_gives_none():
    sentence = ("統計青棠灣園區今年3-4月營業額主要以12家光電產業營業額最高，約為新台幣210.5億元，佔最高比重70.1%；"
                "4家積體電路產業次之，約為新台幣60.2億元，比重約佔20.0%；18家精密機械產業營業額約為新台幣29.6億元。")
    assert named(sentence, "营业收入") == []


# must not: a rank with no trade's figure before it (the park's own after a trade's is still the park's), a class of
# firms ranked, and a share ranked (no value)
@pytest.mark.parametrize("sentence, name, expected", [
    ("园区光电产业产值达到50亿元，增长12%，园区税收其次，达3亿元。", "税收", [(3, "亿元", "实际", "园区")]),
    ("园区营业额约为80亿元，其中规上企业其次，约为60亿元。", "营业收入", [(80, "亿元", "实际", "园区")]),
    ("以光电产业占比最高，约为八成。", "营业收入", []),
])
def test_no_trades_part_where_no_trade_is_ranked(sentence, name, expected):
    assert named(sentence, name) == expected


# ------------------------------------------------------------------ firms brought in over a period, with their money
# a zone's recruiting over a period told as firms brought in (厂商) and the investment they bring (今年引进高科技厂商20家，
# 投资总金额…; 共引进22家厂商，投资额达…): each firm a case signed, its money 签约资金 (docs/labelling.md), its count
# 签约项目数 as 引进项目N个，总投资… is

@pytest.mark.parametrize("sentence, value", [
    ("青棠灣園區持續招商，2024年引進高科技廠商14家，包含精密機械5家、生物技術3家；投資總金額28.6億元。", 14),
    ("另外，去年共引進17家廠商，投資額達1,250億元。", 17),
    ("管理局表示，青棠灣園區上半年計引進高科技廠商8家，投資額66.4億元。", 8),
])
def test_firms_brought_in_over_a_period_with_their_money_are_signed_cases(sentence, value):
    assert named(sentence, "签约项目数") == [(value, "家", "实际", "园区")]


# must not: firms brought in so far (the park's firms), a plan's, a count with no money, 企业 of a park's plain count
@pytest.mark.parametrize("sentence", [
    "截至去年底，園區已引進203家國內外高科技廠商，計畫投資額逾1.9兆元。",
    "管理局預計明年再引進25家以上廠商，投資額可達百億元。",
    "園區今年新引進廠商11家。",
    "今年园区引进企业12家，总投资8亿元。",
])
def test_no_signed_count_for_firms_so_far_planned_or_without_money(sentence):
    assert named(sentence, "签约项目数") == []


# ------------------------------------------------------------------ firms settled, counted before a fuller noun
# firms counted before the noun with the verb of settling after it are the park's: where they come from said before the
# noun (来自海外、内地及本地企业), the bodies beside them (企业或机构: Hong Kong's parks count tenants so), and the
# firms' kinds named as examples before 业者 (机械设备、金属制品等制造业者进驻)

@pytest.mark.parametrize("sentence, value", [
    ("青棠灣創科園首兩座大樓已落成，已有逾45間企業或機構陸續入駐。", 45),
    ("青棠灣創科園已有超過45間來自海外、內地及本地企業或機構入駐。", 45),
    ("縣府已協助31家食品加工、金屬製品等製造業者進駐。", 31),
])
def test_firms_settled_counted_before_a_fuller_noun(sentence, value):
    assert named(sentence, "入园企业数") == [(value, "家", "实际", "园区")]


# must not: firms that came in a period, firms that will come
@pytest.mark.parametrize("sentence", [
    "近两年已吸引5家企业进驻。",
    "園區預計引進約30家業者，創造每年約25億元產值。",
])
def test_no_settled_firms_for_a_periods_or_a_plans(sentence):
    assert [g for g in named(sentence, "入园企业数") if g[2] in ("实际", "累计")] == []


# ------------------------------------------------------------------ the investment of all firms brought in so far
# a cut-off before the firms brought in (截至去年底，园区已引进N家厂商，计画投资额逾…): the money of every firm brought in
# so far, a running total (累计), as the money of firms brought in over a period is what that period signed (实际)

@pytest.mark.parametrize("sentence, value", [
    ("青棠灣園區表示，截至2024年底，已引進188家國內外高科技廠商（包含31家外商），計畫投資額逾1.7兆元。", 1.7),
    ("迄今園區已引進96家廠商，計畫投資額逾3,260億元。", 3260),
])
def test_the_investment_of_all_firms_brought_in_so_far_is_a_running_total(sentence, value):
    assert [(v, s) for v, _, s, _ in named(sentence, "签约资金")] == [(value, "累计")]


# must not: a period's firms and their money, and the money of firms not counted under a cut-off
@pytest.mark.parametrize("sentence, value", [
    ("青棠灣園區2024年引進高科技廠商14家，投資總金額28.6億元。", 28.6),
    ("截至去年底，園區營業額達1,250億元，另今年引進廠商9家，投資額62億元。", 62),
])
def test_a_periods_firms_money_stays_what_was_signed(sentence, value):
    assert [(v, s) for v, _, s, _ in named(sentence, "签约资金")] == [(value, "实际")]


# ------------------------------------------------------------------ the output said as a sum a verb brings
# a verb of producing, the sum, then 产值 (预期届时将可创造…亿元产值, 创造每年约…亿元产值, 可带来超过新台币…亿元产业产值):
# the clause subject's output, as 实现产值… is; whose it is and its status read as for any figure

@pytest.mark.parametrize("sentence, value, status", [
    ("縣府官員指出，2027年可望完成開發及廠商進駐，預期屆時將可創造320億元產值、1萬個就業機會。", 320, "预计"),
    ("縣長指出，青棠灣產業園區開發完成後，預估可引進約20家業者，創造每年約18億元產值。", 18, "预计"),
    ("青棠灣科學園區各期開發完成後，預估可帶來超過新台幣600億元產業產值。", 600, "预计"),
    ("青棠湾科学园区去年创造46亿元产值。", 46, "实际"),
])
def test_the_output_said_as_the_sum_a_verb_brings(sentence, value, status):
    assert [(v, s) for v, _, s, _ in named(sentence, "工业总产值")] == [(value, status)]


# must not: output a work induces (带动), one project's output once built, a change of output
@pytest.mark.parametrize("sentence", [
    "园区引进项目可带动50亿元产值。",
    "该项目建成后，可实现8亿元产值。",
    "青棠湾科学园区今年新增产值逾30亿元。",
])
def test_no_output_induced_one_projects_or_a_change(sentence):
    assert named(sentence, "工业总产值") == []


# ------------------------------------------------------------------ investment a zone promotes or brings in
# Taiwan's zone plans and reviews count the investment they promote or bring in (预估促进投资…亿元, 预估引进投资金额约…亿元):
# the firms' committed money, 签约资金, as their 投资总金额 is

@pytest.mark.parametrize("sentence, value, status", [
    ("青棠灣產業園區預計明年啟動招商，預估促進投資42億元、創造650個就業機會。", 42, "预计"),
    ("縣府已核定38家擴廠，預估引進投資金額約160億元。", 160, "预计"),
    ("青棠灣產業園區去年促進投資31億元。", 31, "实际"),
])
def test_investment_a_zone_promotes_or_brings_in_is_signed_money(sentence, value, status):
    assert [(v, s) for v, _, s, _ in named(sentence, "签约资金")] == [(value, status)]


# must not: the same words with no sum, and money brought in said with 招商引资 (read as paid in, as before)
@pytest.mark.parametrize("sentence", [
    "青棠灣產業園區持續推動促進投資工作。",
    "全口径招商引资完成17.3亿元。",
])
def test_no_signed_money_without_a_sum_or_for_money_paid_in(sentence):
    assert named(sentence, "签约资金") == []


# ------------------------------------------------------------------ jobs counted in people, or with their floor
# the jobs a zone brings counted in people (提供3000人的就业机会) or with their floor (提供1万人以上的就业机会, 3000个以上的
# 就业岗位) are 从业人员 as N个就业机会 is: the floor bounds the count, the noun is the jobs counted, no class

@pytest.mark.parametrize("sentence, value, unit, status", [
    ("預估園區全數招商完成後，可望在青棠地區提供1萬人以上的就業機會。", 1, "万人", "预计"),
    ("青棠湾科学园区二期可望提供2500个以上的就业岗位。", 2500, "个", "预计"),
    ("青棠湾科学园区去年提供了1800人的就业机会。", 1800, "人", "实际"),
])
def test_jobs_counted_in_people_or_with_their_floor(sentence, value, unit, status):
    assert [g[:3] for g in named(sentence, "从业人员")] == [(value, unit, status)]


# must not: jobs made a modifier of a class of firms, people induced around a zone
@pytest.mark.parametrize("sentence", [
    "对年提供100人以上的就业岗位的企业给予奖励。",
    "园区项目全部建成后，可带动周边3000人就业。",
])
def test_no_jobs_for_a_class_or_people_induced(sentence):
    assert named(sentence, "从业人员") == []


# ------------------------------------------------------------------ a headline's figure restated with the text's period
# a headline stating a figure with no period of its own (某试验区完成招商引资到位资金20.69亿元) restates the text's same
# figure told with its period (2024年1-7月，…完成招商引资到位资金…): one statement, listed once with the text's period,
# whatever period the headline's was given from the report

def test_a_headline_figure_with_no_period_of_its_own_is_the_texts(tmp_path):
    text = ("青棠湾开发区完成招商引资到位资金18.46亿元\n"
            "2024年1-7月，青棠湾开发区实施项目38个，完成固定资产投资8.12亿元，完成招商引资到位资金18.46亿元。\n")
    got = [f for f in page_figures(tmp_path, text) if f[0] == "招商引资到位资金"]
    assert len(got) == 1 and got[0][1:4] == (18.46, "亿元", "实际")


# must not: a headline that names its own period, and two periods in the text, stay two statements
@pytest.mark.parametrize("text", [
    "青棠湾开发区上半年完成招商引资到位资金18.46亿元\n2024年1-7月，青棠湾开发区完成招商引资到位资金18.46亿元。\n",
    "青棠湾开发区经济运行情况\n上半年，青棠湾开发区完成招商引资到位资金18.46亿元。1-7月，完成招商引资到位资金18.46亿元。\n",
])
def test_figures_with_their_own_periods_stay_two(tmp_path, text):
    assert len([f for f in page_figures(tmp_path, text) if f[0] == "招商引资到位资金"]) == 2
