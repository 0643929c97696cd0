"""Session 42 furniture: the text a reader reads is kept where the site's rules took it for a menu (a headline's kicker
set as a couplet under the post row, a list of short items a sentence introduces with its colon), and more of the
site's rows go (credits in forms not covered, list headers naming their topic). Own small pages: invented parks,
places and names, numbers of our own."""
import pytest

from conftest import read_page

from indexer.reading.clean import clean_text

HEAD = "白溪青岭共建产业园"
LEAD = ("5月16日，白溪县开发区赴青岭市开展产业协作调研，就两地共建产业园区与当地座谈交流，双方签署了合作框架协议，"
        "将推动两地产业链协同发展。")
MORE = "园区规划面积12平方公里，预计三年内完成基础设施建设，引进企业40家。"


# ------------------------------------------------------------ a kicker's couplet under the post row

@pytest.mark.parametrize("kicker", [
    ["打破行政界限", "实现互利共赢"],
    ["聚焦主导产业链", "打造千亿级园区"],
])
def test_a_kickers_couplet_under_the_post_row_stays(kicker):
    page = "\n".join([HEAD, "来源：白溪发布", "发布日期：2023-05-17 10:41", "分享：", *kicker, LEAD, MORE])
    assert clean_text(page) == "\n".join([HEAD, *kicker, LEAD, MORE])


@pytest.mark.parametrize("widgets", [
    ["朗读", "内容导航"],  # a post row's widgets: words of any length
    ["新闻内容"],
    ["手机移动端", "听新闻"],  # (phrases of different lengths are no couplet)
])
def test_the_widgets_under_the_post_row_still_go(widgets):
    page = "\n".join([HEAD, "来源：白溪发布", "发布日期：2023-05-17 10:41", *widgets, LEAD, MORE])
    assert clean_text(page) == "\n".join([HEAD, LEAD, MORE])


# ------------------------------------------------------------ a list a sentence introduces with its colon

def test_short_items_after_a_colon_stay():
    page = "\n".join(["白溪开发区2023年工作总结", LEAD, "今年工作重点：", "招商引资", "项目建设", "园区配套", MORE])
    assert clean_text(page) == "\n".join(["白溪开发区2023年工作总结", LEAD, "今年工作重点：", "招商引资", "项目建设",
                                          "园区配套", MORE])


def test_a_run_of_short_cells_with_no_colon_over_it_still_goes():
    # (a title the site cut into tags, a column's cells: no sentence introduces them)
    page = "\n".join([HEAD, "政策解读", "经济发展", "社会发展", "项目中心", LEAD, MORE])
    assert clean_text(page) == "\n".join([HEAD, LEAD, MORE])


# ------------------------------------------------------------ credits in forms not covered

NEWS_HEAD = "青岚科技产业园新厂房动工"
NEWS_LEAD = "青岚科技产业园今天举行新厂房动工典礼，预计投资12亿元，明年完工后可引进30家企业。"
NEWS_MORE = "园区管理局表示，今年园区营业额可望突破800亿元。"


def _news(tmp_path, *lines: str):
    return read_page(tmp_path, "\n".join(lines))[0]


@pytest.mark.parametrize("row", [
    # the reporter's name glued to the rank, read by its surname: one, two, an agency's
    "记者周文亮 童敏",
    "记者黄海峰",
    "新华社记者郑晓岚",
    # a craft's slash before the rank, the post's day and time before it
    "2026/03/14 11:55文/記者林雅婷",
    # an outlet and its app joined by a middle dot (某某日报·某某客户端记者 某某)
    "青岚日报·新青岚客户端记者 王泉生",
    # a paper's staff with no rank before the first name (the editor or correspondent): 某某 记者 某某
    "韩雅琴 记者 徐鹏飞",
])
def test_a_staff_row_in_more_forms_is_a_credit(tmp_path, row):
    for page in ((NEWS_HEAD, row, NEWS_LEAD, NEWS_MORE), (NEWS_HEAD, NEWS_LEAD, NEWS_MORE, row)):
        report = _news(tmp_path, *page)
        assert report.text == "\n".join((NEWS_HEAD, NEWS_LEAD, NEWS_MORE))
        assert row in report.evidence["credits"]


@pytest.mark.parametrize("line", [
    # a reporter's word glued to a noun is no name (记者招待会, 记者节), nor is 文 or 图 glued to a word
    "记者招待会",
    "记者节",
    "文史馆",
    "图书馆",
    # names with no rank at all, a place before a rank
    "王小明 李华",
    "园区 记者 张三",
])
def test_a_reporters_word_in_a_short_line_that_names_no_one_stays(line):
    from indexer.reading.titles import is_credit_row
    assert not is_credit_row(line)


@pytest.mark.parametrize("mark", ["青岚新闻网·大美青岚客户端讯 ", "大美青岚客户端讯："])
def test_an_outlets_app_opening_the_lead_is_a_credit(tmp_path, mark):
    report = _news(tmp_path, NEWS_HEAD, mark + NEWS_LEAD, NEWS_MORE)
    assert report.text == "\n".join((NEWS_HEAD, NEWS_LEAD, NEWS_MORE))
    assert mark.strip() in report.evidence["credits"]


# ------------------------------------------------------------ a list's header naming its topic, the edition switch

@pytest.mark.parametrize("row", ["最新财经新闻", "人氣財經新聞", "人氣社區", "今日整点新闻", "最新消息", "行動版 電腦版", "手机版 | 电脑版"])
def test_a_lists_header_or_the_edition_switch_goes(row):
    from indexer.reading.clean import is_boilerplate_line
    assert is_boilerplate_line(row)
    page = "\n".join([HEAD, LEAD, row, MORE])
    assert clean_text(page) == "\n".join([HEAD, LEAD, MORE])


@pytest.mark.parametrize("line", [
    "人气旺盛的社区",  # a clause's 的: the text's phrase
    "园区最新消息",  # the list's word not first: a heading of the text
    "最新园区动态",
])
def test_a_heading_with_a_lists_words_stays(line):
    from indexer.reading.clean import is_boilerplate_line
    assert not is_boilerplate_line(line)


# ------------------------------------------------------------ a news site's teaser under its label

TEASER = "12月26日，白溪经开区生物医药产业园项目顺利封顶，标志着项目建设迈出关键一步。"


@pytest.mark.parametrize("label", ["摘要:", "核心提示：", "【内容提要】"])
def test_a_teaser_the_lead_repeats_goes(label):
    page = "\n".join([HEAD, label + TEASER, TEASER + "项目总投资6.5亿元，占地65亩。", MORE])
    assert clean_text(page) == "\n".join([HEAD, TEASER + "项目总投资6.5亿元，占地65亩。", MORE])


def test_a_teaser_the_lead_repeats_after_its_dateline_goes():
    page = "\n".join([HEAD, "核心提示：" + TEASER, "白溪（青岚财经网）--" + TEASER, MORE])
    assert clean_text(page) == "\n".join([HEAD, "白溪（青岚财经网）--" + TEASER, MORE])


def test_a_portals_label_over_words_the_text_does_not_repeat_is_cut():
    page = "\n".join([HEAD, "核心提示：" + TEASER, MORE])
    assert clean_text(page) == "\n".join([HEAD, TEASER, MORE])


def test_a_papers_abstract_stays_whole():
    abstract = "摘要：本文以白溪经济开发区为例，分析了产业园区转型升级的路径，提出了三条对策建议。"
    page = "\n".join(["产业园区转型升级路径研究", abstract, "关键词：产业园区；转型升级", "一、引言",
                      "产业园区是区域经济发展的重要载体，近年来各地园区加快转型升级，取得了明显成效。"])
    assert abstract in clean_text(page).split("\n")


# ------------------------------------------------------------ a comment box left under the text

@pytest.mark.parametrize("widget", [
    ["评论", "热心网友", "暂时没有留言"],
    ["暂无评论，快来抢沙发！"],
    ["评论", "写点什么吧~"],
    ["◎欢迎参与讨论，请在这里发表您的看法、交流您的观点。【所有评论需要人工审核后才能显示】"],
])
def test_a_comment_box_under_the_text_goes(widget):
    page = "\n".join([HEAD, LEAD, MORE, *widget])
    assert clean_text(page) == "\n".join([HEAD, LEAD, MORE])


@pytest.mark.parametrize("line", [
    "欢迎社会各界发表您的意见和建议，意见请于2026年12月30日前反馈至开发区管委会。",  # a notice seeking opinions
    "目前没有回复企业诉求的渠道，园区将建立企业服务热线。",
    "我来说两句园区发展的体会。",
])
def test_a_reports_sentence_with_a_comment_boxs_words_stays(line):
    page = "\n".join([HEAD, LEAD, line, MORE])
    assert line in clean_text(page).split("\n")


def test_inspect_tells_why_a_teasers_label_went():
    from indexer.reading.clean import dropped_furniture
    page = "\n".join([HEAD, "摘要:" + TEASER, TEASER + "项目总投资6.5亿元，占地65亩。", MORE])
    whys = {x["line"]: x["why"] for x in dropped_furniture(page)}
    assert "摘要" in "".join(whys) and any("摘要或核心提示" in w for w in whys.values())


def test_a_catalogue_label_with_its_colon_over_the_title_it_repeats_goes(tmp_path):
    # (a disclosure catalogue's row, 内容概述: and the title the page prints again under it: the label is the site's, as
    # it was written without the colon; session 42's unseen pages titled the report by the row)
    text = ("索引号: XM00000-03-02-2031-001\n发布机构: 青禾高新区\n内容概述:  青禾高新区2031年度工作总结和2032年度工作要点\n"
            "青禾高新区2031年度工作总结和2032年度工作要点\n一、2031年工作总结\n2031年，高新区完成规上工业总产值345亿元，同比增长13%。\n")
    (report,) = read_page(tmp_path, text)
    assert report.title == "青禾高新区2031年度工作总结和2032年度工作要点", report.evidence["title"]
    assert "内容概述" not in report.text


def test_a_labelled_line_whose_value_the_page_does_not_repeat_stays(tmp_path):
    # (guard: 目标：… with its own words is the report's, however short)
    text = ("青禾高新区2031年工作计划\n目标：全年完成工业总产值400亿元\n一、主要任务\n全年完成工业总产值400亿元，新签约项目30个。\n")
    (report,) = read_page(tmp_path, text)
    assert "目标：全年完成工业总产值400亿元" in report.text
