"""Reading decided in session 47. Own pages.

- A disclosure catalogue's field 内容概述 (what the document is) names the page's title where no row labels a title, its
  value a title's phrase (no comma, no sentence end): the label is the catalogue's, never part of the title.
"""
import pytest

from conftest import read_page


BODY = "2023年，某某高新区管委会在市委、市政府的坚强领导下，全面完成年度目标任务。全年实现工业总产值120亿元，同比增长8%。\n"


@pytest.mark.parametrize("rows", [
    "内容概述：某某高新区2023年工作总结和2024年工作计划\n",
    "索引号：1150-2024-00012  发布日期：2024-03-06\n内容概述：某某高新区2023年工作总结和2024年工作计划\n\n",
    "索引号 | 1150-2024-00012 |\n內容概述 | 某某高新區2023年工作總結和2024年工作計劃 |\n",
])
def test_a_catalogues_summary_field_names_the_title_without_its_label(tmp_path, rows):
    (report,) = read_page(tmp_path, rows + BODY)
    assert report.title.replace("區", "区").replace("總結", "总结").replace("計劃", "计划") \
        == "某某高新区2023年工作总结和2024年工作计划", report.evidence["title"]
    assert "内容概述" in report.evidence["title"] or "內容概述" in report.evidence["title"]


def test_a_summary_field_holding_a_sentence_names_no_title(tmp_path):
    # (the guard: a field summing the text up in a sentence of its own is no title)
    page = ("某某高新区2023年工作总结\n内容概述：本文总结了高新区一年来的工作，提出了下一步打算。\n" + BODY)
    (report,) = read_page(tmp_path, page)
    assert report.title == "某某高新区2023年工作总结", report.evidence["title"]


def test_a_title_field_wins_over_the_summary_field(tmp_path):
    page = ("标题：某某高新区2023年工作总结\n内容概述：某某高新区年度工作情况\n" + BODY)
    (report,) = read_page(tmp_path, page)
    assert report.title == "某某高新区2023年工作总结", report.evidence["title"]
