"""The figure learner's pure parts (bench/figure_learner.py runs by hand on labelled pages kept outside the repository):
slots read off a report's text, a slot's clause, values compared in one scale, and the regression it learns with."""
from __future__ import annotations

import sys

import numpy as np
import pytest

from conftest import REPO

sys.path.insert(0, str(REPO / "bench"))
import figure_learner as fl  # noqa: E402

TITLE = "青岭县工业园区2023年工作总结"
TEXT = (TITLE + "\n今年以来，园区完成工业总产值109.4亿元，同比增长8%。新签约项目12个，规上企业由2家增加到5家，"
        "入驻企业1.2万家。\n力争全年实现营业收入150亿元，占地3.5平方公里。")


def test_every_number_with_a_unit_is_a_slot_in_text_order():
    slots = fl.find_slots(TEXT, TITLE)
    assert [(s.value, s.unit, s.skipped) for s in slots] == [
        (109.4, "亿元", False), (12.0, "个", False),
        (2.0, "家", True),  # (a base the reader's finder passes by: still a slot, marked)
        (5.0, "家", False), (12000.0, "家", False), (150.0, "亿元", False), (3.5, "平方公里", False)]
    assert [TEXT[s.start:s.start + 5] for s in slots[:2]] == ["109.4", "12个，规"]


@pytest.mark.parametrize("sentence, at, want", [
    ("园区完成工业总产值109.4亿元", 9, (0, 0)),
    ("今年以来，园区完成工业总产值109.4亿元", 14, (5, 0)),
    ("甲，乙；预计全年实现营收150亿元", 12, (4, 2)),
])
def test_a_slots_clause_and_the_clause_before(sentence, at, want):
    assert fl.clause_bounds(sentence, at) == want


@pytest.mark.parametrize("a, b, same", [
    ((1.2, "亿元"), (12000, "万元"), True),
    ((12, "个"), (12, "亿元"), False),  # (one number, no figure of the same kind)
    ((3, "平方公里"), (300, "公顷"), True),
    ((12, "个"), (12, "家"), True),
    ((5, "亿元"), (5.1, "亿元"), False),
])
def test_values_compare_in_one_scale_and_one_kind(a, b, same):
    assert fl.same_figure_value(*a, *b) is same


def test_the_regression_learns_a_separable_rule_and_its_probabilities_sum_to_one():
    # feature 0 is the bias; feature 1 means class 1, feature 2 class 2, neither class 0
    rows = [[0], [0, 1], [0, 2]] * 20
    y = np.array([0, 1, 2] * 20)
    model = fl.SoftmaxRegression(l2=1e-4, steps=200).fit(rows, y, 3, 3)
    p = model.predict_proba([[0], [0, 1], [0, 2]])
    assert list(p.argmax(1)) == [0, 1, 2]
    assert np.allclose(p.sum(1), 1.0)
    assert p[1, 1] > 0.9


def test_features_name_the_unit_the_words_before_and_the_readers_figure():
    slot = fl.find_slots(TEXT, TITLE)[0]
    feats = fl.slot_features(slot, ("工业总产值", 109.4, "亿元", "实际", 0, 0), "工作总结", False, "成效进展")
    assert {"unit=亿元", "kind=money", "rname=工业总产值", "rstatus=实际", "b0=总产值", "form=工业总产值",
            "c:完成", "s:同比", "trad=False", "doc=工作总结"} <= set(feats)
    assert "rname=-" in fl.slot_features(slot, None, "工作总结", False, "-")
