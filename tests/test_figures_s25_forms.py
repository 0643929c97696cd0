"""Figure forms read in session 25. Own sentences: other parks and numbers than any page studied."""
from pathlib import Path

import pytest

from conftest import read_page


def figures(tmp_path: Path, text: str, title: str = "青禾经济开发区2023年工作总结") -> list:
    (report,) = read_page(tmp_path, title + "\n" + text + "\n")
    return [(f.name, f.value, f.status, f.scope) for f in report.indicators]


# 落地 (a project that has landed: 落地开工, 签约落地) is a verb of the projects, not 地 of a place (各地, 本地) before a name
@pytest.mark.parametrize("sentence, want", [
    ("今年以来，园区落地开工项目41个。", [("新开工项目数", 41, "实际", "园区")]),
    ("园区新增落地开工项目9个，竣工投产项目6个。", [("新开工项目数", 9, "实际", "园区"), ("竣工投产项目数", 6, "实际", "园区")]),
])
def test_landed_projects_started_are_counted(tmp_path, sentence, want):
    assert figures(tmp_path, sentence) == want


def test_the_places_projects_are_still_not_the_parks(tmp_path):
    assert figures(tmp_path, "全市各地开工项目120个，园区新开工项目15个。") == [("新开工项目数", 15, "实际", "园区")]
