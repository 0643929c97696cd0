"""Key figures written the way news and statistics write them (#16, session 16), each with the same words where they
give no figure. Sentences are our own; the forms were seen on real pages (a study pool of session 15's labelled
pages): Taiwan's news writing 万亿 as 兆 and leaving out 元 as it does after 亿 (出口额约1.3兆), a name told first and
its value in the next clause after a total word (营业额正式出炉，合计达新台币4.76兆元), the contract sum of the projects
just counted as signed (签约…27个项目，合同额206亿元), industry's output with the verb between (规模以上工业实现产值…，
增加值…), and one value that 各 or 均 gives to each of two names joined before it.
"""
import pytest

from indexer.reading.indicators import _VALUE_RE, find_indicators


def read(sentence, park="银湾科学园区", doc_type="简报"):
    return [(i.name, i.value, i.unit, i.status, i.scope) for i in find_indicators(sentence, doc_type=doc_type, park=park)]


@pytest.mark.parametrize("sentence, figure", [
    ("园区出口额约1.3兆、年增21.6%，进口额超过5千亿。", ("出口额", 1.3, "万亿元", "实际", "园区")),
    ("園區營業額達2.1兆，年增8%。", ("营业收入", 2.1, "万亿元", "实际", "园区")),
])
def test_zhao_without_yuan_is_a_sum(sentence, figure):  # new
    assert figure in read(sentence)


@pytest.mark.parametrize("text", ["100兆瓦", "20兆帕", "5兆赫", "500兆字节", "1兆位"])
def test_zhao_of_a_measure_is_no_money(text):  # guard
    assert [m.group() for m in _VALUE_RE.finditer(text)] == []


def test_a_value_of_megawatts_is_no_turnover():  # guard
    assert read("园区营业额增长8%，光伏装机达100兆瓦。") == []


@pytest.mark.parametrize("sentence, figure", [
    ("2024年园区营业额正式出炉，合计达新台币4.76兆元，创下历年新高。", ("营业收入", 4.76, "万亿元", "实际", "园区")),
    ("园区税收收入已经公布，总计达3.2亿元。", ("税收", 3.2, "亿元", "实际", "园区")),
])
def test_a_name_told_first_then_its_total(sentence, figure):  # new
    assert figure in read(sentence)


def test_a_total_of_something_else_is_not_the_names():  # guard
    # (the clause between says what the name did; a clause with a noun of its own is another quantity)
    assert [f for f in read("园区营业额正式出炉，研发经费合计达新台币400亿元。") if f[1] == 400] == []


@pytest.mark.parametrize("sentence, figures", [
    ("一季度，园区签约智能装备、新型电池材料等18个项目，合同额126亿元。",
     [("签约项目数", 18, "个", "实际", "园区"), ("签约资金", 126, "亿元", "实际", "园区")]),
    ("园区新签约项目12个，合同额达到45亿元。",
     [("签约项目数", 12, "个", "实际", "园区"), ("签约资金", 45, "亿元", "实际", "园区")]),
])
def test_the_contract_sum_of_projects_just_signed(sentence, figures):  # new
    got = read(sentence, park="青禾经济开发区")
    assert all(f in got for f in figures), got


def test_signed_amount_said_short():  # new
    # (签约额: 额 for 金额, as 合同额 and 签约金额 say the same sum)
    got = read("至目前，园区新签约项目32个，签约额99.75亿元。", park="青禾经济开发区")
    assert ("签约资金", 99.75, "亿元", "实际", "园区") in got


def test_what_agreements_of_intent_are_worth_is_no_signed_money():  # guard
    # (意向 agreements counted before the sum, as a class of projects is: their worth, not what the park signed)
    got = read("在推介会上，园区签订意向性合作协议3个，签约额13.15亿元。", park="青禾经济开发区")
    assert [f for f in got if f[0] == "签约资金"] == []


@pytest.mark.parametrize("sentence", [
    "园区企业对外承包工程新签合同额4.5亿元。",  # (a trade's contracts abroad: no projects signed in the park)
    "园区开工项目18个，合同额126亿元。",  # (the projects started, not signed: the sum is no 签约资金)
])
def test_a_contract_sum_not_after_a_signing_count_is_no_signed_money(sentence):  # guard
    assert [f for f in read(sentence, park="青禾经济开发区") if f[0] == "签约资金"] == []


def test_industrys_output_with_its_verb_between():  # new
    got = read("开发区规模以上工业实现产值58.6亿元，增加值14.2亿元，同比分别增长9.1%和7.5%。", park="青禾经济开发区")
    assert ("工业总产值", 58.6, "亿元", "实际", "园区") in got
    assert ("工业增加值", 14.2, "亿元", "实际", "园区") in got
    got = read("1-6月，开发区规上工业完成产值31亿元。", park="青禾经济开发区")
    assert [f[:3] for f in got] == [("工业总产值", 31, "亿元")]


def test_a_part_split_by_qizhong_stays_a_part():  # guard
    # (the county's whole and its part above the size line: the part is the figure before it split, as before)
    got = read("全县完成工业总产值60.5亿元，增加值16亿元；其中规模以上工业实现产值22.1亿元，增加值6.9亿元。", park=None)
    # (session 24: a part is listed, with scope 其他 — never the park's)
    assert {f[4] for f in got if f[1] in (22.1, 6.9)} <= {"其他"}


@pytest.mark.parametrize("sentence, figures", [
    ("2012年全区营业额与出口额各约新台币4000亿，进口额达2700亿元。",
     [("营业收入", 4000, "亿元", "实际", "园区"), ("出口额", 4000, "亿元", "实际", "园区")]),
    ("园区工业总产值和营业收入均达到120亿元。",
     [("工业总产值", 120, "亿元", "实际", "园区"), ("营业收入", 120, "亿元", "实际", "园区")]),
    ("力争全年工业总产值和营业收入各达到260亿元。",
     [("工业总产值", 260, "亿元", "目标", "园区"), ("营业收入", 260, "亿元", "目标", "园区")]),
])
def test_one_value_each_of_two_names(sentence, figures):  # new
    got = read(sentence, park="青禾经济开发区")
    assert sorted(got) == sorted(figures)


@pytest.mark.parametrize("sentence, value", [
    ("园区工业总产值和营业收入均增长12%，税收达到5亿元。", 5),  # (均 before a rate: no value shared)
    ("园区营业收入与税收分别为120亿元和5亿元。", 120),  # (分别: each its own value, as before)
    ("园区引进各类企业达到120家。", 120),  # (各类: a class, no sharing)
])
def test_no_sharing_without_a_shared_value(sentence, value):  # guard
    got = read(sentence, park="青禾经济开发区")
    assert len([f for f in got if f[1] == value]) <= 1


def test_turnover_dated_by_yu_is_the_parks():  # new
    # (the time marked by 于 between the parks and their turnover: "3大园区于2022年的营业额", as Taiwan's news writes it)
    got = read("3大园区于2022年的营业额加总为4兆2,664亿元，较2021年成长14.75%。")
    assert [f[:4] for f in got] == [("营业收入", 42664, "亿元", "实际")]


def test_a_headlines_bound_in_zhao_rounds_the_stated_figure():  # guard
    # (with 兆 read bare, a headline's "超过4兆" is a bound that rounds the text's 4兆2,664亿元: no second figure)
    title = "3大科学园区2022年营业额超过4兆"
    text = title + "\n国科会日前说明，3大园区于2022年的营业额加总为4兆2,664亿元，成长14.75%。"
    got = [(i.name, i.value, i.unit) for i in find_indicators(text, doc_type="简报", title=title)]
    assert got == [("营业收入", 42664, "亿元")]


def test_turnover_of_no_park_stays_out():  # guard
    assert read("该店于2022年的营业额为3200万元。", park=None) == []
