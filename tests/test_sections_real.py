"""Headings, section kinds and site furniture as real pages print them (session 7).

Each case is our own text showing a pattern a batch of fresh real pages held: site furniture
recognised by what it is (a row of bracketed buttons, a login form, a table of contents with or
without a header, a document site's notices to its reader, labelled address rows, service links,
an ellipsed summary, a price badge, a genre word above the title) and a speech's parts headed by
parallel four-character phrases run into the text. Whole pages: tests/gold/authored/c40-c46.
"""
import json
from pathlib import Path

import pytest

from indexer.reading.clean import clean_text
from indexer.reading.pipeline import read_file

AUTHORED = Path(__file__).resolve().parent / "gold" / "authored"
GOLD = json.loads((AUTHORED.parent / "authored.json").read_text(encoding="utf-8"))["pages"]
PAGES = sorted(p for p in GOLD if p[:3] in {f"c4{i}" for i in range(10)})


def read(page):
    (report,) = read_file(AUTHORED / page, AUTHORED).reports
    return report


@pytest.mark.parametrize("raw, expected", [
    # a row of a site's buttons, each in brackets (the first cut at its opening bracket)
    ("推荐阅读】 【投稿有奖】 【查看全文】【需要:2积分】\n园区全年完成投资十亿元。", "园区全年完成投资十亿元。"),
    ("【相关文章】【打印本页】\n园区全年完成投资十亿元。", "园区全年完成投资十亿元。"),
    # a login form: field labels in a row, with the menu words around them
    ("园区全年完成投资十亿元。\n会员中心\n账  号:\n密  码:\n验证码:\n登录", "园区全年完成投资十亿元。"),
    # a document site speaking to its reader, and the end of its free preview
    ("整理资料很辛苦,点个收藏再走吧,谢谢您!\n园区全年完成投资十亿元。", "园区全年完成投资十亿元。"),
    ("免费预览已结束,点击下载阅读全文 ...\n园区全年完成投资十亿元。", "园区全年完成投资十亿元。"),
    ("阅读已结束,您可以下载文档离线阅读\n园区全年完成投资十亿元。", "园区全年完成投资十亿元。"),
    ("VIP专享\n园区全年完成投资十亿元。", "园区全年完成投资十亿元。"),
    # the page's address under any label; its service links
    ("园区全年完成投资十亿元。\n页面地址:http://www.example.cn/a/1.html", "园区全年完成投资十亿元。"),
    ("园区全年完成投资十亿元。\n关注公众号\n在线客服", "园区全年完成投资十亿元。"),
    # scan prompts set around a headline
    ("掃描二維碼訪問某某網移動版 某某:園區營收創新高 掃描二維碼訪問某某社微信\n園區全年營收創新高。",
     "某某:園區營收創新高\n園區全年營收創新高。"),
    # a site's excerpt of the page, cut off with an ellipsis
    ("内容摘要:各位代表:现在,我代表管委会报告工作。  一、工作回顾  过去一年......\n各位代表:", "各位代表:"),
])
def test_site_furniture_goes(raw, expected):
    assert clean_text(raw) == expected


@pytest.mark.parametrize("text", [
    "欢迎您来园区投资兴业",  # 您 without anything about the document
    "地址:青岚工业园区纬二路8号",  # a postal address stays
    "摘要:本文分析了园区土地利用中存在的问题。",  # a summary that is the text's own, not a cut excerpt
    "年工作重点:\n园区全年完成投资十亿元。",  # one label-like heading is no form
    "会员服务中心建设进展顺利,全年接待企业二百余家。",
    "【第一篇】",
    "扫描二维码即可报名参加园区招聘会。",  # a report's own sentence about a code
])
def test_report_text_that_looks_like_furniture_stays(text):
    assert clean_text(text) == text


def test_a_table_of_contents_without_a_header_goes_when_the_text_repeats_its_headings():
    r = read("c41_outline_repeated_below.txt")
    heads = [s.heading for s in r.sections if s.heading]
    assert heads == ["一、2023年工作完成情况", "（一）主要指标完成情况", "（二）重点工作推进情况", "二、存在的问题", "三、2024年工作打算"]


def test_a_run_of_headings_that_is_the_text_itself_stays():
    # numbered headings in a row are a plan's outline only when the text repeats them below
    text = "一、主要目标\n二、重点任务\n（一）招商引资\n（二）项目建设\n园区将全力推进招商引资和项目建设。"
    assert clean_text(text) == text


def test_an_outline_under_a_tigang_header_goes():
    r = read("c42_outline_under_a_tigang_header.txt")
    assert [s.heading for s in r.sections if s.level == 1] == ["一、2022年工作情况", "二、2023年工作计划"]
    assert "一是招商思路更加清晰" not in r.text


def test_a_genre_word_next_to_the_title_is_neither_title_nor_heading():
    # above the title, the site's column (工作报告); below it, the document's cover title (工 作 报 告)
    r = read("c46_summary_excerpt_and_column_word.txt")
    assert r.title == "白石经济开发区2024年工作报告"
    assert [s.heading for s in r.sections if s.heading] == [
        "一、2023年工作回顾", "二、2024年工作安排", "（一）全力抓好招商引资", "（二）加快基础设施建设"]


def test_a_genre_word_alone_far_from_a_title_ending_in_it_stays():
    text = "园区全年完成投资十亿元。\n工作总结\n今年园区各项工作稳步推进,全年完成投资十亿元。"
    assert clean_text(text) == text


def test_a_speech_part_headed_by_parallel_phrases_is_cut_where_the_phrases_end():
    r = read("c43_speech_parallel_phrase_headings.txt")
    assert [(s.heading, s.category) for s in r.sections if s.heading] == [
        ("一、统一思想,提高认识", "其他"), ("二、明确目标,狠抓落实", "计划安排")]
    assert "\n今年全区要确保" in r.text


def test_an_item_with_a_comma_after_four_characters_is_no_parallel_heading():
    line = ("园区上半年经济运行平稳。（一）经济指标,同比增长百分之九,其中工业投资增长较快,带动全区投资增长。" * 6)
    assert "（一）经济指标,同比增长" not in clean_text(line).split("\n")


@pytest.mark.parametrize("page", PAGES)
def test_each_page_gets_the_headings_and_kinds_a_person_gives_it(page):
    (gold,) = GOLD[page]
    r = read(page)
    got = {s.heading: s.category for s in r.sections if s.heading}
    assert {h: got.get(h) for h, _ in gold["kinds"]} == dict(gold["kinds"])
    assert r.title == gold["title"]
