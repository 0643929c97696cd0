"""Site furniture and a letter's form read in session 28 (reading version 109). Own pages, own names."""
from conftest import read_page


def test_a_law_databases_fields_are_the_sites_and_a_reply_letter_is_no_news(tmp_path):
    # (a law site prints each document under its fields, label and value glued: 发文机关…, 发文日期…, 时效性…; the letter
    # then opens on its addressee and 你署…收悉 — addressed to its reader, a reply, never news)
    page = ("发文机关省人民政府办公厅\n发文日期2019年04月12日\n时效性现行有效\n发文字号某政办函〔2019〕18号\n"
            "施行日期2019年04月12日\n效力级别地方规范性文件\n省商务厅：\n"
            "你厅《关于设立青川综合保税区的请示》（某商发〔2019〕52号）收悉。经省人民政府同意，现函复如下：\n"
            "一、同意在青川经济开发区内设立青川综合保税区，规划面积1.2平方公里。\n"
            "二、请你厅会同有关部门抓紧做好综合保税区的规划建设工作，按程序报批后方可开展业务。\n")
    (report,) = read_page(tmp_path, page)
    assert report.title.startswith("你厅《关于设立青川综合保税区的请示》"), report.evidence["title"]
    assert report.doc_type != "简报", report.evidence["doc_type"]
    for row in ("发文日期", "时效性", "施行日期", "效力级别", "发文字号"):
        assert row not in report.text


def test_a_statement_on_the_copy_glued_after_the_last_sentence_is_the_sites(tmp_path):
    page = ("青川经开区新材料产业园开工\n"
            "11月20日，青川经开区新材料产业园首批项目集中开工，总投资18亿元。开工仪式结束后，与会人员实地察看了项目建设情况。"
            " 免责声明：凡本公众号注明“来源：某某”的作品，均转载自其他媒体，版权归原作者所有，如有侵权请联系删除。\n")
    (report,) = read_page(tmp_path, page)
    assert "免责声明" not in report.text and "侵权" not in report.text
    assert report.text.rstrip().endswith("实地察看了项目建设情况。")


def test_a_link_to_another_article_under_the_sites_label_is_the_sites(tmp_path):
    page = ("青川經開區組團赴外招商\n"
            "更多新聞：某某名人嫁女 財經界冠蓋雲集\n"
            "青川經開區日前組團赴外地招商，拜訪企業12家，洽談項目8個，園區主任表示將持續優化投資環境。\n"
            "延伸閱讀：高速公路服務區便當搶翻\n")
    (report,) = read_page(tmp_path, page)
    assert "更多新聞" not in report.text and "嫁女" not in report.text and "便當" not in report.text
    assert "洽談項目8個" in report.text


def test_a_sentence_that_says_more_news_follows_stays(tmp_path):
    # (a report's own sentence with 更多 is no label row: it has its sentence's end)
    (report,) = read_page(tmp_path, "青川經開區組團赴外招商\n青川經開區日前組團赴外地招商，拜訪企業12家。\n"
                                    "更多新聞：園區將於下月舉辦投資說明會，歡迎企業報名參加。\n")
    assert "投資說明會" in report.text


def test_an_editors_note_over_a_feature_is_not_its_title(tmp_path):
    page = ("编者按：为全面展示全县工业发展成就，本报今起开设“园区巡礼”专栏，敬请关注。\n"
            "青川县工业园区建设成效显著\n"
            "如今，走进青川县工业园区，现代化的标准厂房鳞次栉比，一辆辆货车在宽敞的道路上来回穿梭。"
            "近年来，园区累计引进企业46家，成为全县经济发展的主引擎。\n")
    (report,) = read_page(tmp_path, page)
    assert report.title == "青川县工业园区建设成效显著", report.evidence["title"]


def test_the_sites_rows_of_links_notices_and_credits_are_not_titles(tmp_path):
    page = ("某某新闻网|某某电视台|网站地图 |\n"
            "您正在浏览[往事]频道，这篇文章记录了从5000天前开始的旅程。\n"
            "某某物流协会编辑整理\n"
            "Source: Trade Office\n"
            "本报讯（记者 某某）6月23日，青川软件园企业服务中心揭牌，首批12家软件企业签约入驻。"
            "软件园规划面积1.5平方公里，是青川县打造数字产业链条的重要载体。\n")
    (report,) = read_page(tmp_path, page)
    assert report.title.startswith("6月23日，青川软件园企业服务中心揭牌"), report.evidence["title"]
    for row in ("网站地图", "您正在浏览", "编辑整理", "Trade Office"):
        assert row not in report.text


def test_a_reports_own_line_with_a_bar_and_a_comma_stays(tmp_path):
    # (must not: cells with a sentence's comma are no row of links, whatever word they hold)
    from indexer.reading.clean import is_boilerplate_line
    assert not is_boilerplate_line("我们在园区|建设中取得了成绩，联系我们")


def test_a_pictures_caption_over_the_headline_is_not_the_title(tmp_path):
    page = ("县人大常委会原副主任某某某(左1)和县长某某某一同参观青川经开区规划展示馆内的智能制造产业园沙盘模型。(青川日报图)\n"
            "青川经开区专访(3)：智能制造产业园启动建设 赢得投资者关注\n"
            "（青川讯）青川经开区智能制造产业园已陆续启动建设，首批入园企业6家。"
            "经开区负责人表示，由于产业园配套完善，因此深受投资者青睐。\n")
    (report,) = read_page(tmp_path, page)
    assert report.title == "青川经开区专访(3)：智能制造产业园启动建设 赢得投资者关注", report.evidence["title"]


def test_a_caption_with_its_credit_is_passed_over_for_the_lead(tmp_path):
    page = ("青川经开区一景（某某网·青川 新闻图）\n"
            "位于园区东侧的青川软件园入口。 某某摄（某某视觉）\n"
            "6月上旬，青川经开区与长三角企业对接会在上海举行，现场签约项目9个，总投资42亿元。"
            "会上，园区推介了智能制造和新材料两大主导产业。\n")
    (report,) = read_page(tmp_path, page)
    assert report.title.startswith("6月上旬，青川经开区与长三角企业对接会在上海举行"), report.evidence["title"]


def test_a_report_pointing_at_its_figure_is_no_caption():
    from indexer.reading.titles import is_caption
    assert not is_caption("园区规划布局如下(见下图)")
    assert not is_caption("园区总体规划(附图)")


def test_a_qa_sites_counters_and_a_bare_byline_leave_the_lead_its_first_words(tmp_path):
    page = ("发布网友 发布时间:2023-12-21 09:59\n共1个回答\n热心网友 时间:2024-03-20 21:08\n"
            "青川讯 记者张某 通讯员程某某 昨日下午，记者从青川市政府获悉，青川高新区升级为国家级高新区已获国务院批准。"
            "升级后规划面积为9.2平方公里。\n")
    (report,) = read_page(tmp_path, page)
    assert report.title == "昨日下午，记者从青川市政府获悉，青川高新区升级为国家级高新区已获国务院批准", report.evidence["title"]
    assert "共1个回答" not in report.text


def test_a_lead_naming_its_reporter_as_its_subject_keeps_it():
    # (must not: 记者从…获悉 is the reporter's clause, no byline: no blank after a name)
    from indexer.reading.titles import _LEAD_RE
    assert not _LEAD_RE.match("记者从青川市政府获悉，青川高新区升级")


def test_a_pages_buttons_widgets_counters_end_mark_and_markup_are_the_sites(tmp_path):
    page = ("青川科學園區擴建案通過\n"
            "〔記者某某/青川報導〕行政院昨日核定青川科學園區擴建案，新增用地88公頃，預計引進廠商30家。\n"
            "園區管理局表示，擴建工程將分三期進行，第一期預計明年動工。\n（完）\n"
            "搜尋\n放大 缩小 默认\nViews: 19\n/p>\ncontent_35235.htm\n|www.example.com\n")
    (report,) = read_page(tmp_path, page)
    for row in ("搜尋", "缩小", "Views", "/p>", "content_", "example", "（完）"):
        assert row not in report.text, row


def test_a_forums_latin_brand_is_no_title(tmp_path):
    page = ("ABC 某某論壇\n\n某某 | 2021-9-6 09:16:11\n\n"
            "青川科學園區地點，就在青川農場旁。(青川縣政府提供)\n"
            "〔記者某某/青川報導〕行政院長去年12月19日宣布，將在青川縣設立科學園區，經科技部評估後選定青川農場。\n"
            "佔地約88公頃的青川科學園區，將朝智慧、永續園區規劃。\n")
    (report,) = read_page(tmp_path, page)
    assert "論壇" not in report.title, report.evidence["title"]


def test_a_reports_own_short_words_stay():
    from indexer.reading.clean import is_boilerplate_line
    for line in ("大中小企业融通发展", "查看原文件", "园区规模扩大", "APEC论坛在园区举行"):
        assert not is_boilerplate_line(line), line


def test_a_headline_may_ask_as_it_may_exclaim(tmp_path):
    page = ("青川新增3个省级开发区 它们的主导产业都是啥?\n类别:国内 发布时间:2024-07-01 07:53:00 来源:青川日报\n"
            "6月28日，省政府官网发布批复，同意青川工业园区等3个园区认定为省级经济技术开发区。\n"
            "3个新增省级开发区的主导产业各有侧重。\n")
    (report,) = read_page(tmp_path, page)
    assert report.title.startswith("青川新增3个省级开发区 它们的主导产业都是啥"), report.evidence["title"]


def test_a_question_with_a_comma_in_the_text_is_no_headline():
    from indexer.reading.titles import _ends_sentence
    assert _ends_sentence("园区为什么发展慢，原因在哪里?")


def test_a_papers_reporter_credited_before_a_colon_is_no_title(tmp_path):
    page = ("青川新闻讯 青川日报全媒体记者张某、李某报道：工业营收连续2年突破千亿元，园区营收在全省开发区中排名第一。"
            "作为全省工业主导型县域的标杆，青川县坚定不移实施工业强县战略。\n")
    (report,) = read_page(tmp_path, page)
    assert "记者" not in report.title and report.title.startswith("工业营收连续2年突破千亿元"), report.evidence["title"]


def test_a_headline_about_reporters_is_no_credit():
    from indexer.reading.titles import _LEAD_RE
    assert not _LEAD_RE.match("园区记者节活动报道")
