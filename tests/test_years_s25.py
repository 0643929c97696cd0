"""Years read in session 25. Own pages: other names and numbers than any page studied."""
from pathlib import Path

import pytest

from conftest import read_page

LEAD = ("(吉隆坡3日讯)刘东说，全国已兴建14个清真工业园区，今年将再推动2个园区建设。\n"
        "他在国会下议院回答议员提问时说，上述园区累计吸引投资逾100亿令吉。\n")


@pytest.mark.parametrize("row", [
    "发布: 5:13pm 03/03/2025",  # a paper's row: the label alone, a time, the day first and the year last
    "发布：2025/03/03 17:13",
])
def test_a_papers_publish_row_dates_its_news(tmp_path, row):
    (report,) = read_page(tmp_path, "刘东：全国已兴建14个清真工业园区\n" + row + "\n\n" + LEAD)
    assert report.year == 2025


def test_publishing_said_in_a_sentence_is_no_date_row(tmp_path):
    # (发布 in the text, its object after the colon, dates nothing: the lead's 今年 has no year to count from)
    (report,) = read_page(tmp_path, "刘东：全国已兴建14个清真工业园区\n会议发布：园区名单12/03/2019版作废。\n\n" + LEAD)
    assert report.year is None
