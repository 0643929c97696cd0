"""A document site's counts after a title — its word count (全文3346字) and a bracketed count of
versions (【精简3篇】) — are no part of the title, and must not hide the genre word the title ends in
(…调研报告 is a 工作汇报 — a report on a study to the leadership, docs/labelling.md — not news because 调研 is also
an event verb)."""
import pytest

from indexer.reading.describe import type_from
from indexer.reading.pipeline import read_file
from indexer.reading.titles import strip_decoration


@pytest.mark.parametrize("decorated, title", [
    ("关于加快青石高新区发展的调研报告(全文3346字)", "关于加快青石高新区发展的调研报告"),
    ("园区上半年工作总结（全文共1200字）", "园区上半年工作总结"),
    ("关于赴省内开发区考察有关情况的报告【精简3篇】", "关于赴省内开发区考察有关情况的报告"),
    ("工业园区年度工作计划【精选五篇】", "工业园区年度工作计划"),
])
def test_a_sites_counts_leave_the_title(decorated, title):
    assert strip_decoration(decorated) == title
    assert type_from(strip_decoration(decorated)) == type_from(title) is not None


def test_a_study_report_with_a_word_count_is_a_report_not_news(tmp_path):
    page = tmp_path / "page.txt"
    page.write_text("关于加快青石高新区发展的调研报告(全文3346字)\n为推动高新区高质量发展，近期我们深入园区企业开展调研，"
                    "现将有关情况报告如下。\n一、基本情况\n高新区规划面积12平方公里。\n二、存在的问题\n土地要素紧张。\n",
                    encoding="utf-8")
    (report,) = read_file(page, tmp_path).reports
    assert (report.title, report.doc_type) == ("关于加快青石高新区发展的调研报告", "工作汇报")
