"""Site furniture told by its form (indexer/reading/furniture.py, used by clean.py): each form goes, and a report's
own short lines that look like it (headings, 一、…, table rows, signatures, dates at the end) stay.

Exact outputs of ``clean_text`` on small pages of our own words; then the search side: furniture words on authored
pages are found by no search of a real index built from them, while the text's words are.
"""
from pathlib import Path

import pytest

from conftest import service_of_texts
from indexer.reading import furniture
from indexer.reading.clean import clean_text
from indexer.search import SearchRequest

AUTHORED = Path(__file__).resolve().parent / "gold" / "authored"
LEAD = "3月2日，白川工业园区召开一季度项目推进会，部署全年重点项目建设工作。"
MORE = "会议要求，各部门要紧盯目标任务，确保项目按期开工。"


@pytest.mark.parametrize("raw, expected", [
    # a menu row of the site's functions (the text's size, a feed, a search, a guide, the language switch)
    ("預設字體大小 較大的字體 最大的字體 訂閱RSS 進階搜尋 網站導覽 English 繁體 简体\n" + LEAD, LEAD),
    # five or more short words side by side above the text: a menu or a row of tags
    ("今日要闻 园区动态 政策法规 招商引资 关于本站 回首页\n" + LEAD, LEAD),
    ("」 园区 招商 项目 环保 人才\n" + LEAD, LEAD),
    # a size button alone, a print button alone
    ("小字號\n" + LEAD, LEAD),
    ("友善列印\n" + LEAD, LEAD),
    # a site's name repeated around its logo's alternative text, a site's name with the word logo, a site's name alone
    ("白川工业园区管委会logo 白川工业园区管委会logotype白川工业园区管委会\n" + LEAD, LEAD),
    ("白川新闻网 logo\n" + LEAD, LEAD),
    ("白川新闻网\n" + LEAD, LEAD),
    # the site's hotline, a counter, a labelled machine timestamp, a post's row of who and when, above the text
    ("服务热线 400-800-1234\n" + LEAD, LEAD),
    ("新闻热线:0571-8888888\n" + LEAD, LEAD),
    ("浏览:1024\n" + LEAD, LEAD),
    ("发表日期 2024-03-02T10:12:00+08:00\n" + LEAD, LEAD),
    ("拾穗  2024-03-02  拾穗园区公众号\n" + LEAD, LEAD),
    # an account prompt: two of a site's account words
    ("手机号码,快捷登录\n" + LEAD, LEAD),
    # a page <title> of keywords joined by underscores, ending in a site's name, that the page never repeats
    ("真人娱乐在线_电竞比分直播_彩金天天送_乐享综合网\n" + LEAD, LEAD),
    # …and one glued before the text, naming a gambling site's entry
    ("金沙城中心_足球即时比分网-【投注官网平台】" + LEAD, LEAD),
    # a catalogue's label whose value is the title printed below it; labels spaced to one width
    ("内容概述 白川工业园区2024年工作计划\n白川工业园区2024年工作计划\n" + LEAD, "白川工业园区2024年工作计划\n" + LEAD),
    ("索   引   号 330100-2024-00123 分        类 计划总结\n" + LEAD, LEAD),
    # image file names, an inserted copy credit, a watermark of site names, a site's name and address after the text
    ("image.pngimage.png" + LEAD, LEAD),
    ("会议要求，各部门要紧盯目标任务，确保项目按文章转载于蓝笺范文网期开工。", MORE),
    (LEAD + "\n蓝笺汇,公文素材文库\n" + MORE, LEAD + "\n" + MORE),
    ("一、项目建设 蓝笺汇,公文素材文库\n" + LEAD, "一、项目建设\n" + LEAD),
    (LEAD + " 蓝笺汇 www.lanjianhui.com", LEAD),
    # a paper's bracketed keywords and class codes; a picture credit in brackets; an e-paper's page code
    ("【关键词】园区 招商 项目 【中图分类号】F299.2 【文献标识码】A\n" + LEAD, LEAD),
    (LEAD + "\n（资料图片）\n" + MORE, LEAD + "\n" + MORE),
    (LEAD + "\nG02", LEAD),
    # more-links glued to a teaser; a promotion with a contact handle glued to a line
    (LEAD + "\n白川工业园区举办招聘会…… 阅读全文>> |", LEAD + "\n白川工业园区举办招聘会……"),
    (MORE + "【更多公文素材,微信:abc123】", MORE),
    # the tail: after the last sentence, once the site's furniture starts, the short lines after it go
    (LEAD + "\n关闭】【顶部\n>>最新信息\n园区风采\n精彩回顾", LEAD),
    (LEAD + "\n上一篇：白川工业园区召开安全生产会\n下一篇：白川工业园区开展消防演练\n关于我们| 联系我们| 网站地图", LEAD),
    (LEAD + "\n页:\n[1]", LEAD),
    (LEAD + "\n© 2001-2024 白川网\nLanguage\n~END~", LEAD),
    (LEAD + "\n登录查看完整内容\n累计阅读再享好礼11抽!\n系列文章", LEAD),
    (LEAD + "\n版权所有白川网。 未经许可,不得转载。", LEAD),
    # a page's markup left as text; a prompt before leaving the site
    ('<div id="nav"><ol id="nav"></ol></div>\n1. <em id="nav"></em>\n' + LEAD, LEAD),
    (LEAD + "\n您访问的链接即将离开“白川网”门户网站 是否继续?", LEAD),
])
def test_furniture_goes(raw, expected):
    assert clean_text(raw) == expected
    assert clean_text(expected) == expected


@pytest.mark.parametrize("page", [
    # a report's signature and date after its last sentence, and after the site's furniture too
    LEAD + "\n白川工业园区管委会\n2024年3月2日",
    LEAD + "\n白川工业园区管委会\n二〇二四年三月二日",
    # a table's rows after the last sentence, its header without figures
    LEAD + "\n项目名称 总投资 年度计划\n智能装备产业园 12.5 4.2\n新材料产业园 8.6 3.1",
    # headings and attachments closing a page cut short, a closing sentence
    LEAD + "\n二、下一步工作打算",
    LEAD + "\n附件：1.重点项目清单",
    LEAD + "\n特此报告。",
    # short headings and numbered items in the body
    "一、主要成效\n" + LEAD + "\n（一）项目建设\n" + MORE + "\n1.招商引资\n" + MORE,
    # a headline of two phrases, a byline, a date line above a lead
    "白川园区 春潮涌动\n记者 王晓 通讯员 李明\n2024年3月2日\n" + LEAD,
    # a title ending in its genre word, printed once, above the text; a bare park name above its title
    "白川工业园区\n2024年工作计划\n" + LEAD,
    # a sentence naming a registered design and copyright together: no account prompt, no site's words
    "園區企業共創造知識產權四百五十項，包括版權、商標及註冊設計，並贏得二百項設計獎項。\n" + LEAD,
    # a report's title in English words under its Chinese one, a reporter's credit with place and date
    "白川科学园年度报告\nBaichuan Science Park Annual Report\n" + LEAD,
    "白川新闻网记者王晓 白川2024-03-02 17:15\n" + LEAD,
    # a comparison written with < and > is no markup
    "园区企业用地效率分级：亩均税收<5万元的企业列为C类，>30万元的列为A类。",
    # a report's own contact row at its end (its hotline belongs to it there)
    LEAD + "\n招商热线：0571-86001234",
    # a heading list of a plan's parts, set short
    "白川工业园区2024年工作计划\n一、目标任务\n" + LEAD + "\n二、重点工作\n" + MORE,
])
def test_report_lines_stay(page):
    assert clean_text(page) == page.replace(" 12.5", "12.5").replace(" 8.6", "8.6")  # (a blank before a figure is normalised)


@pytest.mark.parametrize("line", ["一、项目建设 蓝笺汇,公文素材文库", "蓝笺汇,公文素材文库"])
def test_watermark_is_site_names_side_by_side(line):
    assert furniture.strip_glued(line, lambda _: False) in ("一、项目建设", "")


@pytest.mark.parametrize("line", [
    "白川园区 春潮涌动", "记者 王晓 通讯员 李明", "项目名称 总投资 年度计划",
    "稳增长 促改革 调结构 惠民生", "白川工业园区管委会", "2024年3月2日在白川工业园区工作会议上的讲话",
])
def test_a_report_line_is_no_head_furniture(line):
    assert not furniture.is_head_furniture(line)


# ------------------------------------------------------------ the search side

U13 = sorted(AUTHORED.glob("u13_*.txt"))
FURNITURE_WORDS = ["订阅", "进阶搜寻", "顶部", "最新信息", "蓝笺汇", "公文素材文库", "转载", "网站地图", "上一篇",
                   "真人娱乐", "彩金", "服务热线", "索引号", "内容概述", "公众号", "阅读全文", "马上注册", "港湾新闻网",
                   "发表日期", "资料图片"]


@pytest.fixture(scope="module")
def u13_service(tmp_path_factory):
    return service_of_texts(tmp_path_factory, "u13", {p.name: p.read_text(encoding="utf-8") for p in U13})


@pytest.mark.parametrize("word", FURNITURE_WORDS)
def test_furniture_words_are_found_nowhere(u13_service, word):
    answer = u13_service.search(SearchRequest(q=f'"{word}"', per_page=50, collapse=False))
    assert answer["total"] == 0, (word, [r["title"] for r in answer["results"]])


@pytest.mark.parametrize("word, title", [
    ("研发企业", "雲嶺科技園區去年新增研發企業四十二家"),
    ("青禾经济开发区管委会", "青禾经济开发区2023年工作总结"),
    ("智能装备产业园", "桐溪经济开发区2024年工作计划"),
    ("冷链专线", "栖霞湾物流园区一季度货运量增长两成"),
])
def test_the_texts_words_are_found(u13_service, word, title):
    answer = u13_service.search(SearchRequest(q=f'"{word}"', per_page=50, collapse=False))
    assert title in [r["title"] for r in answer["results"]]
