"""bench/label_agreement.py: a second labelling graded against the first by the blind sets' own rules — identical
labels agree in full, and each kind of disagreement costs exactly one of its measure, on both sides."""
from __future__ import annotations

import copy
import json
import sys

from conftest import REPO

sys.path.insert(0, str(REPO / "bench"))
import label_agreement  # noqa: E402
import reading_eval  # noqa: E402

FIXTURES = REPO / "tests" / "fixtures" / "reading_eval"
PAGES = FIXTURES / "pages"


def first():
    return json.loads((FIXTURES / "labels.json").read_text(encoding="utf-8"))["pages"]


def agreement(reference, other):
    _, park_key = reading_eval.load_reader(REPO)
    return label_agreement.grade(PAGES, reference, other, park_key)


def test_identical_labels_agree_in_full():
    s = agreement(first(), first())
    assert (s["titles"], s["doc_types"], s["years"]) == (2, 2, 2)
    assert s["figure_precision"][:2] == [9, 9] and s["figure_recall"][:2] == [9, 9]
    assert s["park_recall"][:2] == [2, 2]


def test_each_disagreement_costs_one():
    second = copy.deepcopy(first())
    page = second["a.txt"]
    page["title"] = page["title"] + "（摘要）"  # a title read one word longer
    page["year"] = page["year"] - 1
    dropped = page["figures"].pop(0)  # a figure the second labeller left out
    page["figures"].append({**dropped, "name": "营业收入"})  # …and named another way
    page["figures"][0] = {**page["figures"][0], "status": "目标" if page["figures"][0]["status"] != "目标" else "实际"}
    s = agreement(first(), second)
    assert (s["titles"], s["doc_types"], s["years"]) == (1, 2, 1)
    # 9 labelled by the first; the second gives 9: one left out (renamed), one with another status
    assert s["figure_recall"][:2] == [7, 9] and s["figure_precision"][:2] == [7, 9]
    back = agreement(second, first())  # the other way: the same pairs, the first labeller's output graded
    assert back["figure_recall"][:2] == [7, 9] and back["titles"] == 1


def test_a_page_the_second_left_unlabelled_is_not_read():
    second = {k: v for k, v in first().items() if k != "b.txt"}
    s = agreement(first(), second)
    assert (s["pages"], s["read"]) == (2, 1)
