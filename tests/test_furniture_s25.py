"""Site furniture by form, session 25: a site's statement on reposting and a font-size widget. Own lines; the text around
them is kept whole. (Hashtags over a post and a reporter's own credit stay, as the house decided: tests/test_furniture.py.)"""
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
