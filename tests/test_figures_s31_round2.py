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
