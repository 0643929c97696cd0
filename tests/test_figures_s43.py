"""Figures decided in session 43: a span of years up to now (五年来，10年来，三十年来) opening a sentence says its figures
are the span's totals (累计), as 建区以来 does — the whole sentence, across its semicolons. Never 一年来 (the year's own
results), 多年来 or 几年来 (as vague as 多年来最低), a record's measure (34年来新高), a series told one a year (分别完成A、B、C)
or a yearly rate (年产值). Own sentences."""
import pytest

from conftest import figure_rows


@pytest.mark.parametrize("text, rows", [
    ("10年来累计实现工业总产值104亿元，年均递增30%；完成综合财政收入15亿元，年均递增36%；完成全社会固定资产投资145亿元，年均递增33%。",
     [("固定资产投资", 145, "亿元", "累计"), ("工业总产值", 104, "亿元", "累计"), ("财政收入", 15, "亿元", "累计")]),
    ("五年来，园区累计完成固定资产投资145亿元，实现财政收入15亿元。",
     [("固定资产投资", 145, "亿元", "累计"), ("财政收入", 15, "亿元", "累计")]),
    ("三十年来，青禾经济开发区完成固定资产投资320亿元，实现税收86亿元。",
     [("固定资产投资", 320, "亿元", "累计"), ("税收", 86, "亿元", "累计")]),
])
def test_a_span_of_years_up_to_now_totals_its_sentence(text, rows):
    assert figure_rows(text) == sorted(rows)


@pytest.mark.parametrize("text, rows", [
    ("一年来，园区完成固定资产投资45亿元，实现财政收入5亿元。",
     [("固定资产投资", 45, "亿元", "实际"), ("财政收入", 5, "亿元", "实际")]),
    ("失业率为多年来最低；园区实现财政收入5亿元。", [("财政收入", 5, "亿元", "实际")]),
    ("园区员工总数创下34年来新高；7月出口额达17.88亿美元。", [("出口额", 17.88, "亿美元", "实际")]),
    ("五年来，2016年至2018年园区分别完成工业投资70.3亿元、93.8亿元、106亿元。",
     [("工业投资", 70.3, "亿元", "实际"), ("工业投资", 93.8, "亿元", "实际"), ("工业投资", 106, "亿元", "实际")]),
    ("16年来，园区从一片甘蔗园发展到现在年产值800亿元。", [("工业总产值", 800, "亿元", "实际")]),
])
def test_what_a_span_does_not_total(text, rows):
    assert figure_rows(text) == sorted(rows)
