"""bench/reading_diff.py: two checkouts' readings of one folder compared. The same checkout twice changes nothing; a
reading that differs is reported field by field and figure by figure; the command runs end to end on the scorer's
fixture pages."""
from __future__ import annotations

import subprocess
import sys

from conftest import REPO

sys.path.insert(0, str(REPO / "bench"))
import reading_diff  # noqa: E402

PAGES = REPO / "tests" / "fixtures" / "reading_eval" / "pages"


def test_a_checkout_against_itself_changes_nothing():
    done = subprocess.run([sys.executable, str(REPO / "bench" / "reading_diff.py"), str(PAGES), "--base", str(REPO)],
                          capture_output=True, text=True, encoding="utf-8")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "读了 2 个网页，0 个有变化"


def test_each_changed_value_and_figure_is_reported():
    report = {"title": "甲园区2023年工作总结", "doc_type": "工作总结", "year": 2023, "park": None, "parks": [],
              "figures": [["税收", 5.0, "亿元", "实际", "园区", "实现税收5亿元"]]}
    changed = dict(report, park="甲园区", parks=["甲园区"],
                   figures=[["税收", 5.0, "亿元", "目标", "园区", "力争税收5亿元"], ["面积", 3.0, "平方公里", "实际", "园区", "面积3平方公里"]])
    changes, counts = reading_diff.differences({"a.txt": [report], "b.txt": [report], "c.txt": "ValueError: x"},
                                               {"a.txt": [changed], "b.txt": [report], "c.txt": [report]})
    assert {(page, what) for page, what, _, _ in changes} == {
        ("a.txt", "park"), ("a.txt", "parks"), ("a.txt", "figures-"), ("a.txt", "figures+"), ("c.txt", "error")}
    assert (counts["park"], counts["figures+"], counts["figures-"], counts["error"]) == (1, 2, 1, 1)
