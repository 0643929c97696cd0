"""Session 39 furniture (issue 12): a page's controls run together on one row, a counter whose figure the page's script
never filled, and the site's rows glued after the text's last sentence. Own small pages: the body kept, the furniture
dropped, exactly; and the report's own lines that look alike kept."""
import pytest

from indexer.reading.clean import clean_text, page_credits

HEAD = "青岚经济开发区召开一季度项目推进会"
LEAD = "3月5日，青岚经济开发区召开一季度项目推进会，部署全年重点项目建设工作。"
MORE = "会议要求，各部门要加快项目落地，确保全年完成工业总产值150亿元。"
PAGE = HEAD + "\n" + LEAD + "\n" + MORE


@pytest.mark.parametrize("raw, expected", [
    # a row of controls run together, glued to their counts and arrows: the steps to the last and the next article and
    # the text's size
    (PAGE + "\n3上一篇  下一篇4放大 缩小 默认", PAGE),
    (PAGE + "\n上一篇 下一篇", PAGE),
    # …an e-paper's steps between its pages, with the day among the controls, over the headline
    ("上一版3  4下一版 2016年4月12日 星期二 放大 缩小 默认\n" + PAGE, PAGE),
    # …a login and a call to comment
    (PAGE + "\n登录 评论一下", PAGE),
    # a counter's label and unit with the figure the page's script never filled in
    (HEAD + "\n浏览:次\n" + LEAD + "\n" + MORE, PAGE),
    # a template's field labels whose values its script never filled
    (HEAD + "\n出版:更新:\n" + LEAD + "\n" + MORE, PAGE),
    # a post's day and its column alone on a line, in figures or in words
    (HEAD + "\n2016.04.12 投資\n" + LEAD + "\n" + MORE, PAGE),
    (HEAD + "\n2016年04月12日财经\n" + LEAD + "\n" + MORE, PAGE),
    # the site's rows glued after the text's last sentence: the editor's and the reviewer's, a share widget, a control
    (PAGE + "责任编辑：周某 审核：吴某", PAGE),
    (PAGE + "分享到：微信 微博", PAGE),
    (PAGE + " 返回顶部", PAGE),
    (PAGE + "本文来源：青岚日报", PAGE),
])
def test_furniture_goes(raw, expected):
    assert clean_text(raw) == expected
    assert clean_text(expected) == expected


@pytest.mark.parametrize("page", [
    # a speech's address and a heading closing on a colon stay
    HEAD + "\n各位代表：\n" + LEAD + "\n" + MORE,
    # a day that runs on as a text's, or a document's record of what was done that day, stays
    PAGE + "\n青岚经济开发区管委会\n2016年4月12日印发",
    PAGE + "\n本办法自\n2016年5月1日起施行",
    # a heading or a sentence naming a control's word is no row of controls
    PAGE + "\n一、上一篇报告提出的目标\n园区去年提出的12个项目已全部开工。",
    # what a paragraph closes on in its own right stays glued: a notice's contact, a photographer's credit, an aside in
    # brackets, a picture's caption, a reporter's credit
    PAGE + "\n请各单位于3月10日前报送。联系电话：0571-5550123",
    PAGE + "（全文共分三个部分）",
    PAGE + "（记者 周某）",
    PAGE + "\n园区一期厂房已竣工。园区大门前的招商看板。周某摄",
])
def test_report_lines_stay(page):
    assert clean_text(page) == page


def test_epaper_controls_date_the_page():
    """An e-paper's controls over its page set the issue's day among them: dropped from the text, the day still dates
    the page (a day beside a portal's size controls alone may be the visit's, and is not read so)."""
    page = "第05版:园区 上一版3  4下一版\n上一版3  4下一版 2016年4月12日 星期 放大 缩小 默认\n" + PAGE
    assert clean_text(page) == PAGE
    assert page_credits(page).published == 2016
