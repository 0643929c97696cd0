"""Session 41 furniture (issue 12): a news item's credits — a reporter's byline, an outlet's mark opening the lead, an
agency alone in brackets, the writers credited closing the text, a picture's or a quotation's source after a caption —
are not searchable, yet still make the page news and still show in ``parksearch inspect``'s evidence. Own small pages
(invented parks, places and names); the text a reporter is mentioned in stays."""
import pytest

from conftest import read_page

from indexer.reading.clean import clean_text
from indexer.reading.credits import find_credits

HEAD = "青岚科技产业园区新厂房动工"
LEAD = "青岚科技产业园区今天举行新厂房动工典礼，预计投资12亿元，明年完工后可引进30家企业。"
MORE = "园区管理局表示，今年园区营业额可望突破800亿元。"


def _read(tmp_path, text: str):
    return read_page(tmp_path, text)[0]


@pytest.mark.parametrize("credit, lead", [
    # a byline on a row of its own: a reporter and the place, the paper before, a date and time before
    ("記者周文亮/屏東報導", LEAD),
    ("联合报记者陈国栋/苗栗报导", LEAD),
    ("2026/03/14 08:20 記者林雅婷／嘉義報導", LEAD),
    # a credit in brackets opening the lead: a reporter's, an outlet's with its desk
    ("", "〔記者張志明／宜蘭報導〕" + LEAD),
    ("", "【青岚房产网/综合报导】" + LEAD),
    # an outlet's mark opening the lead unbracketed: 某某网讯：, 某某网报道 and a blank
    ("", "青岚招商网讯：" + LEAD),
    ("", "青岚决策网报道 " + LEAD),
    # the paper's own credit naming its place, the byline after it
    ("", "本报青岚讯 (记者 周敏) " + LEAD),
    # an agency alone in brackets
    ("(中央社)", LEAD),
])
def test_an_opening_credit_is_not_searchable(tmp_path, credit, lead):
    report = _read(tmp_path, "\n".join(x for x in (HEAD, credit, lead, MORE) if x))
    assert report.text == "\n".join((HEAD, LEAD, MORE))
    assert report.doc_type == "简报"


@pytest.mark.parametrize("closing", [
    # the writers credited in brackets closing the text: a reporter, a unit and its writer, a unit, a name spaced out
    "（记者 王海涛）",
    "(开发区招商局 赵晓峰)",
    "（青岚街道办事处）",
    "(苗 钢)",
])
def test_a_closing_credit_is_not_searchable(tmp_path, closing):
    report = _read(tmp_path, "\n".join((HEAD, LEAD, MORE, closing)))
    assert report.text == "\n".join((HEAD, LEAD, MORE))


@pytest.mark.parametrize("note", [
    # a picture's or a quotation's source in brackets after a caption's stop: who gave it, who took it, where from
    "（青岚管理局提供/周文亮青岚傳真）",
    "（記者林雅婷/攝影）",
    "（取材自青岚管理局網誌）",
    "（擷取自青岚管理局簡報）",
])
def test_a_source_after_a_caption_is_not_searchable(tmp_path, note):
    caption = "青岚科技产业园区新厂房动工典礼现场。"
    report = _read(tmp_path, "\n".join((HEAD, LEAD, caption + note, MORE)))
    assert report.text == "\n".join((HEAD, LEAD, caption, MORE))


def test_a_credit_still_makes_the_page_news_and_inspect_shows_it(tmp_path):
    # a text with no dated lead, no headline verb of an event: its only sign of news is the byline
    head = "青岚科技产业园区概况"
    body = "青岚科技产业园区位于青岚市东部，规划面积12平方公里，主导产业为电子信息和新材料。"
    report = _read(tmp_path, "\n".join((head, "〔記者張志明／青岚報導〕" + body)))
    assert report.doc_type == "简报"
    assert "記者張志明" in report.evidence["doc_type"] + report.evidence["credits"]
    assert "記者" not in report.text
    report = _read(tmp_path, "\n".join((head, body)))
    assert "credits" not in report.evidence


def test_sections_keep_their_places(tmp_path):
    text = "\n".join((HEAD, "記者周文亮/屏東報導", LEAD, "一、项目进展", MORE, "（记者 王海涛）"))
    report = _read(tmp_path, text)
    assert report.sections and all(0 < s.start < s.end <= len(report.text) for s in report.sections)
    # (a stretch before the first heading that held only the byline holds nothing now, and goes)
    bare = _read(tmp_path, "\n".join((HEAD, "記者周文亮/屏東報導", "一、项目进展", LEAD, MORE)))
    assert all(s.start < s.end for s in bare.sections)
    for section in report.sections:
        if section.heading:
            assert report.text[section.start:].startswith(section.heading)
    assert report.text.endswith(MORE)


@pytest.mark.parametrize("text", [
    # a reporter inside the text's own sentences: where the reporter learnt it, an interview
    HEAD + "\n记者从青岚科技产业园区获悉，" + LEAD,
    HEAD + "\n" + LEAD + "\n园区负责人接受记者采访时说，今年将新增就业2000人。",
    # the text's own notes in brackets closing a sentence or the text
    HEAD + "\n" + LEAD + "（单位：亿元）",
    HEAD + "\n" + LEAD + "\n（下同）",
    # a sentence's own bracket after its stop that names no giver
    HEAD + "\n" + LEAD + "（见附图）",
    # a column's word in brackets, no outlet's mark: 【最新资讯】 over a lead
    HEAD + "\n【最新资讯】" + LEAD,
    # a heading in brackets
    HEAD + "\n（一）项目建设\n" + LEAD,
    # a note in brackets closing the text that names what is attached, no writer
    HEAD + "\n" + LEAD + "\n（工作报告附后）",
])
def test_text_that_names_a_reporter_or_brackets_stays(text):
    assert find_credits(text) == []


@pytest.mark.parametrize("row", [
    # a count of readings labelled by the reading, no colon, the post's day before it or not
    "点击1574次",
    "2026.04.07点击1574次",
    "點閱 2635",
    "浏览量 356",
])
def test_a_reading_count_over_the_text_goes(row):
    assert clean_text("\n".join((HEAD, row, LEAD, MORE))) == "\n".join((HEAD, LEAD, MORE))


@pytest.mark.parametrize("row", [
    # a label and a number with no reading in it may be a table's cell; a sentence counting clicks is the text's
    "企业36",
    "点击量达到1574次",
])
def test_a_count_that_is_no_reading_count_stays(row):
    assert clean_text("\n".join((HEAD, row, LEAD, MORE))) == "\n".join((HEAD, row, LEAD, MORE))


def test_a_byline_row_with_the_posts_day_and_count_is_a_credit():
    row = "青岚快报記者 / 周文亮採訪報導2026-01-20 14:58點閱2635"
    text = "\n".join((HEAD, row, LEAD))
    assert [text[s:e] for s, e in find_credits(text)] == [row + "\n"]


def test_inspect_shows_the_credits_lifted(tmp_path):
    import subprocess
    import sys
    from pathlib import Path

    (tmp_path / "p.txt").write_text("\n".join((HEAD, "〔記者張志明／青岚報導〕" + LEAD, MORE)), encoding="utf-8")
    root = Path(__file__).resolve().parent.parent
    out = subprocess.run([sys.executable, "-m", "indexer.cli", "inspect", str(tmp_path / "p.txt")], cwd=root,
                         capture_output=True, text=True, check=True).stdout
    assert "署名与来源（不可检索）：「〔記者張志明／青岚報導〕」" in out
    assert "类型：简报" in out


def test_a_closing_credit_read_as_a_heading_joins_the_section_before(tmp_path):
    report = _read(tmp_path, "\n".join((HEAD, LEAD, "一、项目进展", MORE, "(周涛 王海)", "青岚新闻，天天有料。")))
    assert "(周涛 王海)" not in report.text
    assert all(0 < s.start < s.end <= len(report.text) for s in report.sections)
    assert all(report.text[s.start:].startswith(s.heading) for s in report.sections if s.heading)


@pytest.mark.parametrize("row", [
    # a paper's staff credited on a row of their own, the paper named as its company (日报社) and each reporter's rank
    # before the craft (全媒体首席记者): who sent it, as 某某日报记者 某某 is
    "青岚日报社全媒体首席记者 王立群 记者 李文涛",
    "青岚晚报社记者 周敏",
    # who gave the pictures, said as a sentence of its own without a stop (图片由…提供, 照片均由…拍摄)
    "图片由通讯员提供",
    "照片均由青岚工业园区管委会拍摄",
])
def test_a_staff_row_or_a_pictures_giver_is_not_searchable(tmp_path, row):
    report = _read(tmp_path, "\n".join((HEAD, row, LEAD, MORE)))
    assert row not in report.text and LEAD in report.text
    assert report.doc_type == "简报"


@pytest.mark.parametrize("text", [
    "图片由园区提供的数据显示，一季度产值增长8%。",  # a sentence that only opens like a giver's row
    "图片由通讯员提供后，园区又补拍了新厂房。",  # a giver inside a sentence going on
])
def test_a_sentence_about_who_gave_something_stays(tmp_path, text):
    report = _read(tmp_path, "\n".join((HEAD, LEAD, text, MORE)))
    assert text in report.text
