"""Titles read in session 26 (reading version 105). Own pages, own names."""
from pathlib import Path

import pytest

from conftest import read_page

BODY = "\n\n2025-12-22 15:27\n创科局表示，东湾软件园区第一批次发展首三座大楼已落成，出租率近八成。\n园区将继续招商。\n"


@pytest.mark.parametrize("line", [
    "东湾软件园区首三座大楼落成 - RTHK",  # a paper abroad names itself in Latin letters after its headline
    "东湾软件园区首三座大楼落成 | CNA News",
])
def test_a_sites_latin_name_after_a_spaced_dash_is_not_the_title(tmp_path, line):
    (report,) = read_page(tmp_path, line + BODY)
    assert report.title == "东湾软件园区首三座大楼落成"


def test_a_latin_word_inside_the_headline_stays(tmp_path):
    (report,) = read_page(tmp_path, "东湾软件园区引进5G-A项目落地" + BODY)
    assert report.title == "东湾软件园区引进5G-A项目落地"
