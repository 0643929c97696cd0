"""Key figures read in session 31's second round (issue 16). Own sentences, own names and numbers."""
import pytest

from indexer.reading.indicators import find_indicators
from indexer.text import parse_cn_number


def figures(sentence: str, park: str = "青棠湾科学园区", doc_type: str = "简报", title: str = ""):
    return [(f.name, f.value, f.unit, f.status, f.scope)
            for f in find_indicators(sentence, doc_type=doc_type, park=park, title=title)]


def named(sentence: str, name: str, **kw):
    return [f[1:4] for f in figures(sentence, **kw) if f[0] == name]


# ------------------------------------------------------------------ numerals written digit by digit
# a number written one numeral a place, as a year is (二〇二三) and as Taiwan's releases write counts and sums
# (一二八件, 一三〇七亿元): every numeral is a digit; the positional form (一百二十八) reads as before

@pytest.mark.parametrize("numeral, value", [
    ("一二八", 128), ("一三〇七", 1307), ("二〇二三", 2023), ("一〇一", 101), ("九〇", 90),
    ("一三〇七亿", 130700000000),
])
def test_numerals_digit_by_digit(numeral, value):
    assert parse_cn_number(numeral) == value


@pytest.mark.parametrize("numeral, value", [  # must not: the positional form, and two neighbours as an estimate
    ("一百二十八", 128), ("一千三百零七", 1307), ("十二", 12), ("九十一", 91), ("两百", 200), ("一万二千", 12000),
    ("三四", 4), ("五六", 6),
])
def test_positional_numerals_read_as_before(numeral, value):
    assert parse_cn_number(numeral) == value


def test_a_count_and_a_sum_written_digit_by_digit():
    got = figures("經濟部加工出口區管理處今日於招商說明會宣布，今年已促成一二八件投資案，投資金額達一三〇七億元。")
    assert ("签约项目数", 128, "件", "实际", "园区") in got
    assert ("签约资金", 1307, "亿元", "实际", "园区") in got
    assert figures("园区全年完成工业总产值一百六十六亿元，入驻企业一百零六家。") == [
        ("工业总产值", 166, "亿元", "实际", "园区"), ("入园企业数", 106, "家", "实际", "园区")]


# ------------------------------------------------------------------ 其中 + a class of size or rank + a count
# the projects just counted split by 其中 by a class of size or rank: each class's count of the whole's kind and the money
# said right after it, scope 其他, the status of the sentence (docs/labelling.md: convention changed in session 31)

@pytest.mark.parametrize("sentence, parts", [
    ("截至目前，新引进落户白塔河经开区项目52个，协议总投资198.4亿元，其中亿元以上项目37个，协议投资总额181亿元。",
     [("签约项目数", 37, "个", "实际", "其他"), ("签约资金", 181, "亿元", "实际", "其他")]),
    ("白塔河产业园新签约项目33个，其中亿元以上项目12个，总投资52亿元。",
     [("签约项目数", 12, "个", "实际", "其他"), ("签约资金", 52, "亿元", "实际", "其他")]),
    ("签约仪式上，白塔河产业园共签约亿元以上项目12个，总投资166.2亿元。其中，10亿元以上项目5个，5亿元~10亿元项目4个。",
     [("签约项目数", 5, "个", "实际", "其他"), ("签约项目数", 4, "个", "实际", "其他")]),
    ("力争今年白塔河产业园工业项目引进协议投资总额达300亿元，其中50亿元或5亿美元以上工业项目3个、30~50亿元或3~5亿美元工业"
     "项目5个。", [("签约项目数", 3, "个", "目标", "其他"), ("签约项目数", 5, "个", "目标", "其他")]),
    ("白塔河产业园全年新开工项目40个，其中10亿元以上项目6个。", [("新开工项目数", 6, "个", "实际", "其他")]),
    ("白塔河产业园今年新签项目26个，其中新签过千万元项目11个，超亿元项目4个。",
     [("签约项目数", 11, "个", "实际", "其他"), ("签约项目数", 4, "个", "实际", "其他")]),
    ("全市新签约亿元以上工业项目210个，总投资1020亿元。其中来自长三角的新签约亿元以上工业项目61个，总投资340亿元。",
     [("签约项目数", 61, "个", "实际", "其他"), ("签约资金", 340, "亿元", "实际", "其他")]),
])
def test_a_class_of_size_split_by_qizhong_gives_its_count_and_money(sentence, parts):
    got = figures(sentence, park="白塔河产业园")
    assert [f for f in got if f[4] == "其他" and f[1] in [p[1] for p in parts]] == parts


# must not: a class by sector, counts of two kinds before the 其中 (whose part is unsaid), projects sought, and a whole
# counted with no 其中 (共引进…: a part, as before)
@pytest.mark.parametrize("sentence, kept", [
    ("白塔河产业园今年签约项目20个，其中工业项目15个。", [20]),
    ("白塔河产业园全年签约项目12个，开工8个，竣工投产5个，其中亿元以上项目3个。", [12, 8, 5]),
    ("白塔河产业园在谈亿元以上项目9个，其中10亿元以上项目3个。", []),
    ("白塔河产业园新引进项目35个，共引进亿元以上项目12个。", [35]),
])
def test_no_class_of_size_no_whole_or_two_wholes_gives_no_part(sentence, kept):
    assert [f[1] for f in figures(sentence, park="白塔河产业园") if f[2] == "个"] == kept


# ------------------------------------------------------------------ Malaysia's ringgit as 马币, said before its name
# the ringgit as Malaysia's press also names it (马币, 馬幣) is money as 令吉 is; the investment's sum said before its name
# (带来…令吉投资额, 获得…令吉的总投资额, 制定…马币(约…美元)投资额目标: the target's), the worth of plans put in place (落实总值…
# 马币…投资计划), and a sum with both 亿 and 万 inside (5亿2871万3695令吉) read whole; the dollars in brackets are a remark

@pytest.mark.parametrize("sentence, want", [
    ("截至本年3月，東海岸某經濟特區發展理事會已在某州落實總值18億馬幣(約3.8億美元)製造業投資計畫。", (18, "亿马币", "实际")),
    ("截至本年3月份，理事會吸引8.4億馬幣(約1.8億美元)之新投資。", (8.4, "亿马币", "实际")),
    ("理事會為該州本年制定36億馬幣(約7.6億美元)投資額目標。", (36, "亿马币", "目标")),
    ("州政府一共批准了1220项计划，带来381亿令吉投资额。", (381, "亿令吉", "实际")),
    ("该局一共批准了37项计划，总投资额为5亿2871万3695令吉。", (528713695, "令吉", "实际")),
])
def test_ringgit_as_mabi_and_said_before_its_name_is_signed_money(sentence, want):
    assert named(sentence, "签约资金", park="某产业园") == [want]


@pytest.mark.parametrize("sentence, want", [  # must not: one plant's or one firm's, and sums of other currencies as before
    ("该厂的投资价值约为10亿令吉，预计将制造1000个就业机会。", []),
    ("某公司将投资18亿令吉发展灯饰行业。", []),
])
def test_one_firms_ringgit_stays_none(sentence, want):
    assert named(sentence, "签约资金", park="某产业园") == want


def test_compound_sums_read_as_before():
    assert figures("园区共签约项目12个，总投资12亿3000万元。", park="某产业园") == [
        ("签约项目数", 12, "个", "实际", "园区"), ("签约资金", 123000, "万元", "实际", "园区")]
    assert named("园区入驻企业1万2千家，从业人员3万2418人。", "从业人员", park="某产业园") == [(32418, "人", "实际")]


def test_a_body_expecting_a_sum_forecasts_it():  # 看好 + 在 + a time + a verb of reaching: what it expects
    assert named("某州政府看好在2014年中，在制造业获得60亿令吉的总投资额。", "签约资金", park="某产业园") == [
        (60, "亿令吉", "预计")]
    # must not: a view of prospects, and a plot's forecast (no investment approved)
    assert named("园区看好新能源产业发展前景，全年实现产值50亿元。", "工业总产值", park="某产业园") == [(50, "亿元", "实际")]
    assert named("预计有关地段将带来3亿6000万令吉的投资额。", "签约资金", park="某产业园") == []


# ------------------------------------------------------------------ classes of size after a verb of entering, and listed on
# projects that entered the park counted by a class of size (新入园2000万元以上工业项目35个) are the signed, as 入园 is a
# verb of signing for a count (_PROJECT_VERBS); the next class listed after the verb's, the verb unsaid (…外资项目14个，亿元
# 以上内资项目21个), is counted the same

@pytest.mark.parametrize("sentence, counts", [
    ("今年新入园2000万元以上工业项目35个，超额完成市政府下达的考核指标。", [35]),
    ("白塔河产业园全年新入驻亿元以上项目9个。", [9]),
    ("今年引进1000万美元以上外资项目14个，亿元以上内资项目21个。", [14, 21]),
])
def test_classes_of_size_entered_or_listed_on_are_signed(sentence, counts):
    assert [f[0] for f in named(sentence, "签约项目数", park="白塔河产业园")] == counts


@pytest.mark.parametrize("sentence, counts", [  # must not: a class by sector after it, and firms
    ("今年引进亿元以上项目14个，工业项目21个。", [14]),
    ("今年引进亿元以上项目14个，规上企业21家。", [14]),
    ("园区内现有入驻企业86家。", []),
])
def test_a_sector_or_firms_after_a_class_are_no_class(sentence, counts):
    assert [f[0] for f in named(sentence, "签约项目数", park="白塔河产业园")] == counts


# ------------------------------------------------------------------ Malaysia's approved projects; Jiangsu's 工业实际投入;
# the square kilometre as a symbol
# the projects an authority approved, counted in the sentence that states their ringgit investment, are the signed projects
# (as that investment is the signed money); a count of approved plans with no ringgit in its sentence stays none

@pytest.mark.parametrize("sentence, want", [
    ("该局一共批准了37项计划，总投资额为5亿2871万3695令吉。", [37]),
    ("我国在2020年共批准了52项机械和设备(M&E)的项目，注入了14.2亿令吉的投资。", [52]),
    ("该局批准了37项计划，涉及多个领域。", []),
])
def test_projects_approved_with_their_ringgit_are_signed(sentence, want):
    assert [f[0] for f in named(sentence, "签约项目数", park="某产业园")] == want


def test_industrial_investment_made_is_industrial_investment():  # 工业实际投入: Jiangsu's statistic, 实际 inside its name
    assert named("2019年至2021年，园区分别完成工业实际投入40.3亿元、53.8亿元、66亿元。", "工业投资") == [
        (40.3, "亿元", "实际"), (53.8, "亿元", "实际"), (66, "亿元", "实际")]
    assert named("全年完成工业实际投入36亿元。", "工业投资") == [(36, "亿元", "实际")]


@pytest.mark.parametrize("sentence", ["规划范围：东至某路，南至某大道，总面积约12.6k㎡。", "青棠湾科学园区规划面积12.6㎢。",
                                      "青棠湾科学园区规划面积12.6km²。"])
def test_square_kilometres_written_as_symbols(sentence):
    assert named(sentence, "面积") == [(12.6, "平方公里", "实际")]


def test_square_metres_as_a_symbol_stay_buildings():  # must not: ㎡ measures floor space, no zone's area
    assert named("园区新建标准厂房12万㎡。", "面积") == []


# ------------------------------------------------------------------ a dated period opening a sentence ends the goals' list
# a sentence opening on a period with its year (今年1-8月，…; 2023年上半年，…) states what was done in it, as one opening
# on the period alone (1-8月，…) already did: the goals a sentence before set (确保全年目标任务圆满完成) end there

@pytest.mark.parametrize("opening", ["今年1-8月", "2023年1-8月", "今年上半年"])
def test_a_dated_period_with_its_year_ends_the_goals_before(opening):
    text = (f"会议强调，要持续加力发劲，确保全年目标任务圆满完成。{opening}，全区完成公共财政预算收入2.3亿元，"
            "同比增长18.79%；完成固定资产投资83亿元。\n")
    got = [(f.name, f.value, f.status) for f in find_indicators(text, doc_type="简报", park="某经开区")]
    assert got == [("财政收入", 2.3, "实际"), ("固定资产投资", 83, "实际")]


def test_a_plans_period_stays_planned():  # must not: a plan's own word in the dated sentence keeps it a target
    text = "力争全年完成固定资产投资100亿元。今年上半年，计划完成固定资产投资50亿元。\n"
    got = [(f.value, f.status) for f in find_indicators(text, doc_type="工作计划", park="某经开区")]
    assert got == [(100, "目标"), (50, "目标")]


# ------------------------------------------------------------------ a bound passed in Taiwan dollars, its growth after it
# a bound passed with the currency between the verb and the sum (首度突破新台币3,500亿元) is a bound as 突破3,500亿元 is,
# and its growth may follow it before the figure (…、年增12%，达到3,618亿元): the figure is the name's, the bound dropped

@pytest.mark.parametrize("line", [
    "青棠科學園區營業額更首度突破新臺幣3,500億元、年增12%，達到3,618億元。",
    "青棠科學園區營業額首度突破新臺幣3,500億元，達到3,618億元。",
    "青棠科學園區營業額更首度突破3,500億元、年增12%，達到3,618億元。",
])
def test_a_bound_in_taiwan_dollars_then_the_figure(tmp_path, line):
    from indexer.reading.pipeline import read_file
    (tmp_path / "a.txt").write_text("青棠科學園區上半年營運亮眼\n" + line + "\n", encoding="utf-8")
    got = [(f.name, f.value) for rep in read_file(tmp_path / "a.txt", tmp_path).reports for f in rep.indicators]
    assert got == [("营业收入", 3618)]


def test_a_bound_alone_stays_the_figure(tmp_path):  # must not: with no figure after it, the bound is what the text gives
    from indexer.reading.pipeline import read_file
    (tmp_path / "a.txt").write_text("青棠科學園區上半年營運亮眼\n青棠科學園區營業額首度突破新臺幣3,500億元、年增12%。\n",
                                    encoding="utf-8")
    got = [(f.name, f.value) for rep in read_file(tmp_path / "a.txt", tmp_path).reports for f in rep.indicators]
    assert got == [("营业收入", 3500)]
