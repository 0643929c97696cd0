"""A title that opens with 有关 (有关开发区上半年工作总结及下半年计划: "concerning the zone's …") is the title its author
wrote: 有关 is a word of the title's own grammar, as 关于 is, not a document site's addition, and it is no place, so
有关开发区 names no park. An earlier rule cut it off as a site's prefix; the label of a page nobody here wrote keeps it,
and so does our own page a05 now."""
from pathlib import Path

import pytest

from indexer.reading.parks import find_park_mentions
from indexer.reading.pipeline import read_file
from indexer.reading.titles import strip_decoration

AUTHORED = Path(__file__).resolve().parent / "gold" / "authored"


@pytest.mark.parametrize("title", ["有关开发区上半年工作总结及下半年计划", "有關經濟開發區上半年工作總結及下半年計劃",
                                   "有关园区安全生产情况的报告"])
def test_a_title_opening_with_youguan_keeps_it(title):
    assert strip_decoration(title) == title


def test_youguan_before_a_zones_head_names_no_park():
    assert find_park_mentions("有關開發區上半年工作總結及下半年計劃") == []


def test_a_page_titled_so_keeps_its_title_and_takes_its_park_from_the_body(tmp_path):
    page = tmp_path / "report.txt"
    page.write_text("有關開發區上半年工作總結及下半年計劃\n上半年，青岚經濟開發區實現工業總產值42.6億元，同比增長15.3%。\n"
                    "一、項目建設\n新開工項目12個。\n", encoding="utf-8")
    (report,) = read_file(page, tmp_path).reports
    assert (report.title, report.park) == ("有關開發區上半年工作總結及下半年計劃", "青岚经济开发区")


def test_our_page_with_such_a_title():
    (report,) = read_file(AUTHORED / "a05_traditional_crumb.txt", AUTHORED).reports
    assert report.title == "有關經濟開發區上半年工作總結及下半年計劃"
