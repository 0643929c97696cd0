"""Site furniture by form, session 25: a site's statement on reposting, a font-size widget, a row of buttons with their
counts, a post's header of poster and time, a template's rows run into the lead.
Own lines; the text around them is kept whole. (Hashtags over a post and a reporter's own credit stay, as the house decided: tests/test_furniture.py.)"""
from pathlib import Path

import pytest

from conftest import read_page

BODY = ("县府与管理局昨天再次携手为园区招商，吸引近200位产业及专业人士与会，席间有来自各地的企业代表。"
        "园区今年新签约项目12个，总投资30亿元。\n园区所在地点紧临县政中心，交通便利，配套完善。\n")


@pytest.mark.parametrize("row, where", [
    ("字体:【 默认 超大", "top"),
    ("字号：大 中 小", "top"),
    ("声明:转载此文是出于传递更多信息之目的。若有来源标注错误或侵犯了您的合法权益,请与本网联系,我们将及时更正", "end"),
    ("免责声明：本站部分内容来自网络，如有侵权请联系删除。", "end"),
    ("新闻字体调整: 转寄 (0) | 推荐 (0) | 书签 (0)", "top"),
    ("点赞(12) | 收藏(3) | 评论(0)", "end"),
    ("青川小编2023-05-06 09:12:45", "top"),
])
def test_the_row_is_not_searchable_and_the_text_is_whole(tmp_path, row, where):
    page = "青川园区招商会吸引两百人\n" + (row + "\n" + BODY if where == "top" else BODY + row + "\n")
    (report,) = read_page(tmp_path, page)
    assert row not in report.text
    assert BODY.strip() in report.text


@pytest.mark.parametrize("line", [
    "记者：园区今年的招商引资工作有哪些亮点？",  # an interview's question: a sentence, kept
    "声明签约的企业共有12家，总投资30亿元。",  # 声明 as a verb in a sentence, no label
    "园区实施“#1号工程”，今年完成投资5亿元。",
])
def test_a_sentence_that_looks_like_one_is_kept(tmp_path, line):
    (report,) = read_page(tmp_path, "青川园区工作简报\n" + line + "\n" + BODY)
    assert line in report.text


@pytest.mark.parametrize("line", [
    "园区新增企业(12) 项目(5)",  # counts in brackets with no bar between: a text's own list
    "青川工业园区2023-05-06 09:12:45 召开安全生产会议，部署节前检查。",  # a name and a time opening a sentence
])
def test_rows_like_buttons_or_post_headers_stay(tmp_path, line):
    (report,) = read_page(tmp_path, "青川园区工作简报\n" + BODY + line + "\n")
    assert line.replace(" ", "") in report.text.replace(" ", "")  # (the cleaner may join a time to the word after it)


def test_a_templates_rows_run_into_the_lead_go_and_the_lead_stays(tmp_path):
    lead = "站在附近的山顶，鸟瞰建设中的物流园区，记者不禁为之震撼。园区规划面积3平方公里，已入驻企业40家。"
    (report,) = read_page(tmp_path, "青川物流园区建设如火如荼\n发布于:2011/1/7 来源:青川物流 点击次数:" + lead + "\n" + BODY)
    assert "点击次数" not in report.text and lead in report.text
    # a row of labels whose values ran long stays a row (the site's, dropped whole), never cut to its last value
    (report,) = read_page(tmp_path, "青川物流园区建设如火如荼\n发布时间:2023-01-29 09:54 来源:青川县物流园区管理委员会办公室 字体:[ ]\n"
                          + lead + "\n" + BODY)
    assert "字体" not in report.text and report.title == "青川物流园区建设如火如荼"
