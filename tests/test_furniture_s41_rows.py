"""Session 41, second round of furniture (issue 12): the site's rows still searchable on the study pages, read by how
such rows are written — a post's hashtags over its text (lifted after the describing has read the park in them), a
"more" link between the marks that point to it, a teaser's 更多 after its ellipsis, the call to download the site's app,
and the site naming itself as what the copy does not stand for. Own small pages (invented parks and names); a sentence
that speaks of more, of an app or of a site stays."""
import pytest

from conftest import read_page

from indexer.reading import furniture, titles
from indexer.reading.credits import find_tag_rows

HEAD = "青岚科技园区招商说明会吸引两百家厂商"
LEAD = "青岚县政府与园区管理局昨天举办招商说明会，吸引近两百位厂商代表参加，园区今年已引进12家企业。"
MORE = "园区管理局表示，园区标准厂房进驻率已达七成，明年将再开发5公顷用地。"


def _read(tmp_path, text: str):
    return read_page(tmp_path, text)[0]


@pytest.mark.parametrize("tags", [
    ["#拼经济 #青岚科技园区"],
    ["#地方 #青岚科技园区 #招商", "#青岚县 #人气"],
])
def test_a_posts_hashtag_rows_are_read_then_lifted(tmp_path, tags):
    report = _read(tmp_path, "\n".join([HEAD, *tags, LEAD, MORE]))
    assert report.text == "\n".join((HEAD, LEAD, MORE))
    assert all(row in report.evidence["tags"] for row in tags)


def test_a_hashtag_row_still_names_the_park_it_is_about(tmp_path):
    # (the post names its park only in its tags: the describing reads them before they are lifted)
    report = _read(tmp_path, "\n".join(("招商说明会圆满成功", "#青岚科技园区 #招商",
                                        "县政府昨天举办招商说明会，吸引近两百位厂商代表参加，今年已引进12家企业。")))
    assert "#" not in report.text
    assert report.park == "青岚科技园区"


@pytest.mark.parametrize("text", [
    "#青岚科技园区是本县第一座科技园区。",  # a sentence opening with a mark
    "#1 青岚科技园区",  # one number, no row of tags
])
def test_a_line_with_one_mark_is_no_tag_row(text):
    assert find_tag_rows("\n".join((HEAD, text))) == []


@pytest.mark.parametrize("row", [
    "↓↓更多新闻↓↓",
    "↓↓更多新聞↓↓",
    "▼更多内容",
    "更多精彩 →",
    "更多精采内容请下载官方APP: 苹果(iPhone)安卓(Android)",
    "點我下載APP",
    "内容来自网络,不代表本站同意文中的说法。",
])
def test_the_sites_rows_are_furniture(row):
    assert furniture.is_furniture_line(row)


@pytest.mark.parametrize("line", [
    "园区将吸引更多企业进驻。",
    "吸引更多外资",
    "更多企业入驻园区",
    "企业可下载园区APP办理入园手续。",
    "园区推出APP，企业可下载使用",
    "本站消息：青岚科技园区今年引进12家企业。",
])
def test_a_sentence_of_more_of_an_app_or_of_a_site_stays(line):
    assert not furniture.is_furniture_line(line)


def test_the_more_link_rows_leave_the_text(tmp_path):
    report = _read(tmp_path, "\n".join((HEAD, LEAD, "↓↓更多新闻↓↓", MORE, "更多精采内容请下载官方APP: 苹果(iPhone)安卓(Android)")))
    assert "更多" not in report.text and "APP" not in report.text
    assert LEAD in report.text and MORE in report.text


def test_a_teasers_more_after_its_ellipsis_is_the_sites():
    teaser = "科技部今日发布园区营运成效报告，营业额创下新高，达2,615亿元，较去年成长3.5%…"
    assert furniture.strip_glued(teaser + " 更多", lambda _: False) == teaser
    # (…and the ellipsis after the teaser's last stop goes with the link: the cut's mark, no word of the text)
    whole = "科技部今日发布园区营运成效报告，营业额创下新高。"
    assert furniture.strip_glued(whole + "… 更多", lambda _: False) == whole
    # (more said in a sentence's end, no ellipsis before it, is the sentence's)
    assert furniture.strip_glued("今年引进的企业比去年更多", lambda _: False) == "今年引进的企业比去年更多"


@pytest.mark.parametrize("line, title", [
    # a channel's or a column's name joined by a bar after the headline, or before it, spaced or not
    ("青岚县科技园区产值增至320亿元 新引进企业18家|青岚热点评", "青岚县科技园区产值增至320亿元 新引进企业18家"),
    ("青岚县|青岚县决定进一步优化科技园区布局和定位", "青岚县决定进一步优化科技园区布局和定位"),
    ("青岚州议会|青岚工业区获批12亿投资 创造3000个工作", "青岚工业区获批12亿投资 创造3000个工作"),
    ("高质量发展看青岚 | 5个项目签约28亿元 青岚经济开发区完成全年招商任务", "5个项目签约28亿元 青岚经济开发区完成全年招商任务"),
])
def test_a_name_joined_by_a_bar_leaves_the_title(line, title):
    assert titles.strip_decoration(line) == title


@pytest.mark.parametrize("line", [
    "青岚酒旅示范 筑品质高地|2026青岚白酒产业发展大会举行",  # a headline's clause, a blank inside it, before the bar
    "工作报告|2026年青岚科技园区工作报告",  # the document's genre word before the bar
    "青岚园区|短讯",  # too short a headline to be one
    "青岚創科園｜陳某：首批企業進駐率約七成 三分一來自外地",  # a zone's name before the bar: the headline's topic (s33)
    "青岚高新区|青岚高新区新引进企业18家 全年产值增至320亿元",  # the same, a zone's head 区 ending the name
])
def test_a_headlines_own_part_before_a_bar_stays(line):
    assert titles.strip_decoration(line) == line


def test_a_teasers_more_leaves_no_ellipsis_in_the_text(tmp_path):
    teaser = "科技部今日发布园区营运成效报告，营业额创下新高，达2,615亿元。"
    report = _read(tmp_path, "\n".join((HEAD, teaser + "… 更多", MORE)))
    assert report.text == "\n".join((HEAD, teaser, MORE))
