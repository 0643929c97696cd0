"""Cleaning: exact outputs for the kinds of mess the seeds hold, and idempotence."""
from pathlib import Path

import pytest

from indexer.reading.clean import clean_text

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


@pytest.mark.parametrize(
    "raw, expected",
    [
        # pinyin after characters goes; real parenthesised text stays
        ("工業(yè)園區(qū)上半年工作總結", "工業園區上半年工作總結"),
        ("打造省級硅(玻璃)產業園，法國(snc)集團", "打造省級硅(玻璃)產業園，法國(snc)集團"),
        # full-width digits/letters → half-width; stray spaces between Chinese and numbers go
        ("１９５５年完成ＧＤＰ目标", "1955年完成GDP目标"),
        ("2007 年工业园区完成 15 个标段", "2007年工业园区完成15个标段"),
        ("园区除草活动简报 园区工作总结篇一", "园区除草活动简报 园区工作总结篇一"),
        # site furniture
        ("首页 > 工作范文 > 工作计划 >\n正文。", "正文。"),
        ("- 6\n- 0\n- 约5.78千字\n- 约 8页\n- 2024-03-10 发布于四川\n- 举报\n正文。", "正文。"),
        ("网友发表时间 2464752\n正文。", "正文。"),
        # the blurb goes; the title it names stays when no line of the page gives it
        ("以下是小编帮大家整理的工业园区上半年工作总结，仅供参考。\n正文。", "工业园区上半年工作总结\n正文。"),
        ("工业园区上半年工作总结\n以下是小编帮大家整理的工业园区上半年工作总结，仅供参考。\n正文。",
         "工业园区上半年工作总结\n正文。"),
        ("【写作参考】一篇好的范文往往能让您的写作事半功倍,下面是由网友为您分享的范例。\n正文。", "正文。"),
        ("正文。\n相关推荐\n热门文档\n40 2464752", "正文。"),
        ("正文。\n【工業園區上半年工作總結】相關文章:\n工業園區安全生產工作總結12-13\n工業園區調研報告07-03", "正文。"),
        ("正文。\n您可能关注的文档\n- 宿舍文明守则.docx\n最近下载\n- 腕关节解剖课件.ppt VIP\n原创力文档\n文档评论(0)", "正文。"),
        ("正文。\n《精心建设一流工业园区》来源于免费公文之家。欢迎阅读精心建设一流工业园区。", "正文。"),
        ("正文。\n来自\n下文。", "正文。\n下文。"),
        ("破損的'樹池，建設的`意見", "破損的樹池，建設的意見"),
        # a long line cut mid-sentence is re-joined; a short heading is not
        ("二是以招商引资手段合理开发东基集团40余万平方米闲置的\n国有土地为突破口。", "二是以招商引资手段合理开发东基集团40余万平方米闲置的国有土地为突破口。"),
        ("一、工作进展\n1、基础设施建设进展顺利。", "一、工作进展\n1、基础设施建设进展顺利。"),
        ("下面将汇报如下：\n一、工作进展", "下面将汇报如下：\n一、工作进展"),
    ],
)
def test_clean_table(raw, expected):
    assert clean_text(raw) == expected


def test_numbered_chunks_of_a_cut_page_are_rejoined():
    raw = (CORPUS / "004_b31896b464007f3c.txt").read_text(encoding="utf-8")
    lines = clean_text(raw).split("\n")
    assert lines[0] == "2007年工业园区工作总结"
    assert any(line.endswith("6月完成金岭工业园管理中心大楼和广场修建性详细规划。") for line in lines)
    assert "一、园区建设情况" in lines and "二、招商引资情况" in lines and "五、2008年工作思路" in lines
    assert not any(line.startswith(("2、", "3、", "4、", "5、", "6、")) for line in lines)


@pytest.mark.parametrize("path", sorted(CORPUS.glob("*.txt")), ids=lambda p: p.name)
def test_cleaning_is_idempotent(path):
    once = clean_text(path.read_text(encoding="utf-8"))
    assert clean_text(once) == once


def test_traditional_characters_are_kept():
    raw = (CORPUS / "001_3fc3fe54cb8be69b.txt").read_text(encoding="utf-8")
    text = clean_text(raw)
    assert "工業園區上半年工作總結" in text and "工业园区" not in text


def test_a_lone_character_rejoins_the_line_it_was_cut_from():
    # 2021 government work report as scraped: the title's last character on a line of its own
    assert clean_text("政府工作报\n告\n——2021年3月5日").splitlines()[0] == "政府工作报告"
    # after a finished sentence a lone character stays where it is
    assert clean_text("今年完成了规划。\n甲").splitlines() == ["今年完成了规划。", "甲"]
    assert clean_text("一、主要成效\n甲").splitlines() == ["一、主要成效", "甲"]  # nor after a heading


@pytest.mark.parametrize(
    "furniture",
    ["时间:2022-06-30 22:03:05 工作总结 我要投稿", "学问君 人气:1.96W", "索引号: | 0010/2025-13776 | 发布机构: | 管委会 |",
     "发布时间：2024-04-08 来源：开发区管委会 浏览次数：356", "欢迎来到满分范文网!", "当前位置 首页 >工作总结 >",
     "科技园2023年工作总结_第1页", "第1页 / 共3页", "(未完,全文共2270字,当前显示592字)", "Produced By 大汉网络 大汉版通发布系统",
     "《X.docx》由会员分享，可在线阅读，更多相关《X.docx(21页珍藏版)》请在课桌文档上搜索。", "普通用户特权：8.8积分",
     "网站地图 | 联系我们 | 版权所有：某某管委会 | 备案号：浙ICP备00000000号", "标签：#工作总结 #园区"],
)
def test_site_furniture_lines_go(furniture):
    assert clean_text(f"{furniture}\n园区今年完成投资20亿元。") == "园区今年完成投资20亿元。"


def test_contents_outlines_hidden_markers_and_split_titles_go():
    text = ("目录\n园区工作总结篇一\n园区工作总结篇二\n园区工作总结篇一\n今年园区完成投资。……此处隐藏2846个字……\n"
            "园区工作总结篇二\n园区建成厂房。\n2023\n经济\n开发区\n重点\n工作")
    assert clean_text(text).split("\n") == ["园区工作总结篇一", "今年园区完成投资。", "园区工作总结篇二", "园区建成厂房。"]


def test_a_line_cannot_start_with_closing_punctuation():
    assert clean_text("会议听取了国务院总理所作的\n政府工作报告\n。会议高度评价过去五年的工作。") == \
        "会议听取了国务院总理所作的政府工作报告。会议高度评价过去五年的工作。"


def test_a_headline_is_not_glued_to_its_lead_nor_a_salutation_to_a_subtitle():
    text = ("珠海高新区召开规划编制专题研讨会 凝聚智慧共绘发展蓝图\n珠海高新区近日围绕规划编制工作召开专题座谈会，与会代表提出建设性意见。\n"
            "2020年12月24日在汉南区第九届人民代表大会第五次会议上\n各位代表：\n我代表区人民政府向大会作工作报告。")
    assert clean_text(text).split("\n") == [
        "珠海高新区召开规划编制专题研讨会 凝聚智慧共绘发展蓝图", "珠海高新区近日围绕规划编制工作召开专题座谈会，与会代表提出建设性意见。",
        "2020年12月24日在汉南区第九届人民代表大会第五次会议上", "各位代表：", "我代表区人民政府向大会作工作报告。"]


def test_a_font_size_switch_is_furniture():
    assert clean_text("某某开发区召开会议\n字体:[小]\n【字体：大 中 小】\n正文。") == "某某开发区召开会议\n正文。"


def test_a_font_size_button_a_popularity_counter_and_an_empty_tag_row_are_furniture():
    # a portal's 【字號】 whose size buttons the text lost sat right above the lead and was taken for its title
    text = "青禾科技园区营收创新高\n人氣: 3\n【字號】\n標籤: tags:\n【本报讯】青禾科技园区去年营收再创新高。"
    assert clean_text(text) == "青禾科技园区营收创新高\n【本报讯】青禾科技园区去年营收再创新高。"


def test_a_converted_word_files_field_codes_are_not_text():
    # a document site's text of a .docx keeps its list numbering's and page number's field codes: the headings under
    # them were no headings and a leaked code sat between a lead-in and its figures
    text = "经济运行情况分析\n—PAGEPage11—\n=1\\*CHINESENUM3一、第一季度经济运行基本情况\n(=1\\*CHINESENUM3一)经济总量稳步增长。\n" \
           "园区实现产值12亿元 \\* MERGEFORMAT 。"
    assert clean_text(text).split("\n") == ["经济运行情况分析", "一、第一季度经济运行基本情况", "(一)经济总量稳步增长。",
                                            "园区实现产值12亿元。"]
