"""A picture's caption opens with the words news writing gives it, 图为… ("pictured is…"), 上图为…, 左图：…: a
caption, never a report's title or a section's heading, wherever the picture sits (under the headline, between
the byline and the lead). Page s9p03 is our own, showing a pattern seen on a real page nobody here wrote."""
from pathlib import Path

import pytest

from indexer.reading.pipeline import read_file
from indexer.reading.titles import is_caption

AUTHORED = Path(__file__).resolve().parent / "gold" / "authored"


@pytest.mark.parametrize("line", ["图为建成后的青岚工业区污水处理厂效果图", "圖為完工後的服務中心藍圖", "上图为园区新建的标准厂房",
                                  "左图：签约仪式现场"])
def test_a_line_opening_with_the_pictured_words_is_a_caption(line):
    assert is_caption(line)


@pytest.mark.parametrize("line", ["图书馆建设项目进展顺利", "上图书馆查阅资料", "图为青岚工业区在2023年的发展蓝图规划了三个片区，目标是到2025年实现工业总产值300亿元，并引进重点项目50个以上，形成三大主导产业集群"])
def test_other_lines_are_no_caption(line):
    assert not is_caption(line)


def test_a_caption_under_a_headline_is_neither_title_nor_heading():
    (report,) = read_file(AUTHORED / "s9p03_news_caption_under_headline.txt", AUTHORED).reports
    assert report.title == "建设局：青岚工业区污水处理厂二期开工建设"
    assert [s.heading for s in report.sections if s.heading] == []
    assert report.park == "青岚工业区"
