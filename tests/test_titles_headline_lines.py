"""A headline set on several lines is one title: its subject, the park, on a line of its own with the event it held
under it (某某工业园区 / 召开2017年工作会议), and a line opening with 暨 ("and also"), which joins a second name to a
meeting's or a document's and opens no sentence (…工作会议 / 暨党风廉政建设工作会议). Page s9p06 is our own, showing
a pattern seen on a real page nobody here wrote."""
from pathlib import Path

import pytest

from indexer.reading.pipeline import read_file
from indexer.reading.titles import join_broken_title

AUTHORED = Path(__file__).resolve().parent / "gold" / "authored"


@pytest.mark.parametrize("lines, title", [
    (["樟树工业园区", "召开2023年工作会议", "暨党风廉政建设工作会议", "2月20日，樟树工业园区召开会议。"],
     "樟树工业园区召开2023年工作会议暨党风廉政建设工作会议"),
    (["郯城经济开发区", "举行重点项目集中签约仪式", "3月2日，开发区举行签约仪式，签约项目12个。"],
     "郯城经济开发区举行重点项目集中签约仪式"),
    (["关于2023年计划执行情况", "暨2024年计划草案的报告", "各位代表："], "关于2023年计划执行情况暨2024年计划草案的报告"),
])
def test_a_headline_on_several_lines_is_one_title(lines, title):
    joined, k, why = join_broken_title(lines)
    assert joined[k] == title and "合为一行" in why


@pytest.mark.parametrize("lines", [
    ["2023-02-20", "暨党风廉政建设工作会议"],  # a date is no title to go on with
    ["各位领导：", "召开2023年工作会议"],
    ["园区", "召开2023年工作会议"],  # the park's bare word names no subject
])
def test_lines_that_are_no_parts_of_one_title_stay_apart(lines):
    assert join_broken_title(lines)[1] is None


def test_our_page_with_a_headline_on_three_lines():
    (report,) = read_file(AUTHORED / "s9p06_headline_on_three_lines.txt", AUTHORED).reports
    assert report.title == "白溪经济开发区召开2024年工作务虚会暨招商引资动员大会"
    assert [s.heading for s in report.sections if s.heading] == []
    assert report.park == "白溪经济开发区"
