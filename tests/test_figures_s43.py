"""Figures decided in session 43: in a sentence opening on a span of years up to now (五年来，10年来，三十年来), a 累计
before its first value says the sentence's figures are the span's totals — the whole sentence, across its semicolons, as
建区以来 does (a labelled document page gave five such figures 实际). Never 一年来 (the year's own results), 多年来 or
几年来 (as vague as 多年来最低), a record's measure (34年来新高); and a span without 累计 leaves its figures as they read
(五年来，财政收入由1.2亿元增加到3.6亿元: where it stands now — session 2's tests). Own sentences."""
import pytest

from conftest import figure_rows


@pytest.mark.parametrize("text, rows", [
    ("10年来累计实现工业总产值104亿元，年均递增30%；完成综合财政收入15亿元，年均递增36%；完成全社会固定资产投资145亿元，年均递增33%。",
     [("固定资产投资", 145, "亿元", "累计"), ("工业总产值", 104, "亿元", "累计"), ("财政收入", 15, "亿元", "累计")]),
    ("五年来，园区累计完成固定资产投资145亿元，实现财政收入15亿元。",
     [("固定资产投资", 145, "亿元", "累计"), ("财政收入", 15, "亿元", "累计")]),
    ("三十年来，青禾经济开发区累计完成固定资产投资320亿元，实现税收86亿元。",
     [("固定资产投资", 320, "亿元", "累计"), ("税收", 86, "亿元", "累计")]),
])
def test_a_span_of_years_up_to_now_totals_its_sentence(text, rows):
    assert figure_rows(text) == sorted(rows)


@pytest.mark.parametrize("text, rows", [
    ("一年来，园区完成固定资产投资45亿元，实现财政收入5亿元。",
     [("固定资产投资", 45, "亿元", "实际"), ("财政收入", 5, "亿元", "实际")]),
    ("失业率为多年来最低；园区实现财政收入5亿元。", [("财政收入", 5, "亿元", "实际")]),
    ("园区员工总数创下34年来新高；7月累计出口额达17.88亿美元。", [("出口额", 17.88, "亿美元", "累计")]),
    ("园区员工总数累计4万人，创下34年来新高；7月出口额达17.88亿美元。", [("出口额", 17.88, "亿美元", "实际"),
                                                          ("从业人员", 4, "万人", "累计")]),
    ("五年来，园区累计完成固定资产投资145亿元，今年实现财政收入15亿元。",  # (a year named: that year's)
     [("固定资产投资", 145, "亿元", "累计"), ("财政收入", 15, "亿元", "实际")]),
])
def test_what_a_span_does_not_total(text, rows):
    assert figure_rows(text) == sorted(rows)
