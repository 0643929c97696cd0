"""Years decided in session 43. Own pages.

A document or essay site's copy is dated by its upload, which is no year of the report (docs/labelling.md). Such a site
offers the copy to its readers in a blurb whoever signs it — 下面是我们给大家推荐的…，供大家参阅, 以下是为您整理的… —
not only as 小编: that blurb marks the page as a document site's as 小编 does."""
import pytest

from conftest import read_page

_REPORT = ("近年来，随着我县工业化进程不断加快，工业园区规模不断扩大，园区的环境污染已成为全县环境保护工作的难点。\n"
           "一、基本情况\n园区现有企业86家，其中化工企业12家。\n"
           "二、存在的问题\n部分企业环保设施运行不正常，园区污水管网建设滞后。\n")


@pytest.mark.parametrize("blurb", [
    "下面是我们的给大家推荐的工业园区环境整治的调研报告供大家参阅!",
    "以下是为您整理的工业园区环境整治的调研报告，欢迎阅读。",
])
def test_a_sites_blurb_offering_the_copy_leaves_the_upload_date_no_year(tmp_path, blurb):
    page = ("当前您在: 首页 > 调研报告 >\n工业园区环境整治的调研报告\n作者:某某题库网\n2021-01-19 10:43\n"
            + blurb + "\n" + _REPORT)
    (report,) = read_page(tmp_path, page)
    assert report.year is None, report.evidence["year"]


def test_without_the_blurb_the_page_date_still_dates_it(tmp_path):
    # (the guard: an organ's page, its date row the only date, is dated by it)
    page = "工业园区环境整治的调研报告\n发布时间：2021-01-19 10:43\n" + _REPORT
    (report,) = read_page(tmp_path, page)
    assert report.year == 2021, report.evidence["year"]


def test_a_speech_telling_its_audience_what_follows_is_no_site_blurb(tmp_path):
    # (下面，我给大家讲三点意见: the speaker's words, a comma after 下面 — no site offering a copy)
    page = ("在全县工业园区环境整治工作会议上的讲话\n发布时间：2021-01-19 10:43\n同志们：\n"
            "今天召开全县工业园区环境整治工作会议，主要任务是部署环境整治工作。下面，我给大家讲三点意见。\n"
            "一、提高认识\n园区的环境污染已成为全县环境保护工作的难点，各单位要高度重视。\n")
    (report,) = read_page(tmp_path, page)
    assert report.year == 2021, report.evidence["year"]
