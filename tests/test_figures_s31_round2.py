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
