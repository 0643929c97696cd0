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


def test_a_template_row_run_into_the_lead_dates_the_page(tmp_path):
    # (發布于:2011/1/7 來源:某某 點擊次數:站在…: the rows glued before the lead's first words are cut, and their date read)
    (report,) = read_page(tmp_path, "“愚公移山”打造物流园\n發布于:2011/1/7 來源:青川物流 點擊次數:站在附近的山顶，鸟瞰建设中的物流园区，"
                                    "记者不禁为之震撼。园区规划面积3平方公里，今年已入驻企业40家。\n园区将加快建设。\n")
    assert report.year == 2011 and "點擊次數" not in report.text


def test_an_outlets_dateline_without_its_ri_is_a_dateline():
    from indexer.reading.titles import NEWS_LEAD_RE
    assert NEWS_LEAD_RE.match("十堰网12月24讯(张三、李四):12月22日,青川工业园区道路硬化正加紧施工")
    assert not NEWS_LEAD_RE.match("青川工业园区12月24日召开推进会")
