"""Session 40 furniture (issue 12): a page's date row in English (study pages of 2 hosts left it searchable: a blogspot
repost, uniteddaily.my; a bare day in Chinese words above the text, 2 more hosts, stays: the year reader reads it from
the text when page_credits cannot, a jammed row's, gold u14_01). Own small pages: the body kept, the row dropped; and a
report's own dates kept."""
import pytest

from indexer.reading.clean import clean_text

HEAD = "青岚经济开发区召开一季度项目推进会"
LEAD = "3月5日，青岚经济开发区召开一季度项目推进会，部署全年重点项目建设工作。"
MORE = "会议要求，各部门要加快项目落地，确保全年完成工业总产值150亿元。"
PAGE = HEAD + "\n" + LEAD + "\n" + MORE


@pytest.mark.parametrize("raw, expected", [
    # a date row in English, labelled or not, anywhere on the page
    ("Monday, July 9, 2031\n" + PAGE, PAGE),
    (HEAD + "\nPublished at Dec 01, 2031 02:56 pm\n" + LEAD + "\n" + MORE, PAGE),
    (PAGE + "\nUpdated: 3 March 2031", PAGE),
])
def test_a_bare_date_row_goes(raw, expected):
    assert clean_text(raw) == expected


@pytest.mark.parametrize("page", [
    # a speech's day in brackets under its title, and a document's signature day at its end, are the document's
    "在青岚经开区2031年工作会议上的讲话\n（2031年2月3日）\n同志们：\n今天我们召开全区工作会议，总结去年工作，部署今年任务。",
    PAGE + "\n青岚经济开发区管理委员会\n2031年4月8日",
    # a day as the start of a lead's sentence is the text's
    "2031年4月8日，青岚经济开发区召开一季度项目推进会，部署全年重点项目建设工作。\n" + MORE,
])
def test_report_dates_stay(page):
    assert clean_text(page) == page
