"""Titles read in session 29 (reading version 110). Own pages, own names.

Each case is a form of page, not a page: what a document site appends to a title (its word count), an official
title the page prints twice (once broken at a space), a speech's subtitle over its speaker's name, a paged site's
carried-over mark, a lead opening on a time frame alone, a briefing told as numbered paragraphs, an outlet named on
the date row, a society's name over its pages, and the organ whose site it is over a headline."""
import pytest

from conftest import read_page

_LEAD = ("今年以来，青禾工业园区坚持项目为王，全年新签约项目23个，完成固定资产投资41亿元，同比增长9.6%，园区主导产业"
         "集聚效应进一步显现，一批重点企业相继投产达效。\n")


def test_a_document_sites_word_count_after_the_genre_word_is_no_part_of_the_title(tmp_path):
    page = ("青禾工业园区运行情况报告五篇\n\n发布时间:2023-08-02 热度:57\n\n第一篇 青禾工业园区运行情况报告2380字\n\n"
            "青禾工业园区运行情况报告\n\n" + _LEAD)
    (report, *_rest) = read_page(tmp_path, page)
    assert report.title == "青禾工业园区运行情况报告", report.evidence["title"]


def test_a_title_that_counts_something_of_its_own_keeps_it(tmp_path):
    (report,) = read_page(tmp_path, "青禾工业园区新增标准厂房12万平方米\n" + _LEAD)
    assert report.title == "青禾工业园区新增标准厂房12万平方米", report.evidence["title"]


def test_an_official_title_printed_twice_once_broken_at_a_space_is_whole(tmp_path):
    # (the two lines share 关于印发 and go on differently only by the space: the shared part leaves the title open)
    page = ("名称: 青禾市人民政府办公室关于印发 青禾市2024年开发区建设工作要点的通知\n"
            "索引号: 11000-2024-00031\n"
            "青禾市人民政府办公室关于印发 青禾市2024年开发区建设工作要点的通知\n"
            "各县（区）人民政府，市直各单位：\n"
            "现将《青禾市2024年开发区建设工作要点》印发给你们，请认真贯彻执行。\n"
            "青禾市人民政府办公室关于印发青禾市2024年开发区建设工作要点的通知\n"
            + _LEAD)
    (report,) = read_page(tmp_path, page)
    assert report.title.replace(" ", "") == "青禾市人民政府办公室关于印发青禾市2024年开发区建设工作要点的通知", \
        report.evidence["title"]


def test_a_speech_printed_from_its_subtitle_is_titled_by_its_occasion_without_its_speaker(tmp_path):
    page = ("──2024年1月9日在青禾市第三届人民代表大会第四次会议上\n市长 林远舟\n各位代表：\n"
            "现在，我代表市人民政府，向大会报告政府工作，请予审议，并请市政协委员和其他列席人员提出意见。\n"
            "一、2023年工作回顾\n" + _LEAD)
    (report,) = read_page(tmp_path, page)
    assert report.title == "2024年1月9日在青禾市第三届人民代表大会第四次会议上", report.evidence["title"]
    assert report.doc_type == "工作报告", report.evidence["doc_type"]


def test_a_paged_sites_carried_over_mark_is_no_word_of_the_text(tmp_path):
    page = ("[接上页] 到2027年，全市开发区综合实力明显增强，成为支撑工业经济发展的主阵地。工业总产值力争达到900亿元，"
            "实现税收60亿元。\n四、主要任务\n（一）优化开发区布局。按照集约发展的要求，推动各开发区错位发展。\n")
    (report,) = read_page(tmp_path, page)
    assert report.title == "到2027年，全市开发区综合实力明显增强", report.evidence["title"]
    assert "接上页" not in report.text


@pytest.mark.parametrize("opening, title", [
    ("2022年度，全省各开发区认真落实省委省政府部署，不断推进园区高质量发展，涌现出一批成效显著的园区。",
     "2022年度，全省各开发区认真落实省委省政府部署"),
    ("到2030年，青禾高新区将建成千亿级新材料产业集群，带动就业5万人以上。", "到2030年，青禾高新区将建成千亿级新材料产业集群"),
])
def test_a_lead_opening_on_a_time_frame_alone_runs_on_to_what_happens(tmp_path, opening, title):
    (report,) = read_page(tmp_path, "各市州工信局、有关园区：\n" + opening + "\n" + _LEAD)
    assert report.title == title, report.evidence["title"]


def test_a_briefing_told_as_numbered_paragraphs_is_titled_by_its_first_points_first_words(tmp_path):
    page = ("Resource:驻某国代表处经济组\n\n"
            "一、某国投资局于本月12日公布，明年将在南部港区兴建占地80公顷的绿色能源产业园，为新能源企业提供集聚发展的平台，"
            "希望吸引储能、氢能等企业进驻。\n\n"
            "二、该园区基础设施预计耗资6000万美元，分两期建设，首期将于2027年竣工，预计可提供1.5万个就业机会。\n")
    (report,) = read_page(tmp_path, page, name="25.txt")
    # (its first clause only says who released it; what was released, the next clause, goes with it — session 34: the
    # labellers ran on past 公布/宣布 4 of 4, as past 获悉)
    assert report.title == "某国投资局于本月12日公布，明年将在南部港区兴建占地80公顷的绿色能源产业园", report.evidence["title"]


def test_a_part_under_its_heading_is_still_no_lead(tmp_path):
    # (一、总体情况 is a heading: the numbered-paragraph rule takes only a paragraph whose first clause runs long)
    page = "一、总体情况\n" + _LEAD + "二、存在问题\n园区土地指标紧张，配套设施仍不完善，高层次人才引进难度较大。\n"
    (report,) = read_page(tmp_path, page)
    assert report.title != "总体情况。今年以来" and not report.title.startswith("今年以来，青禾工业园区坚持项目为王，全年"), \
        report.evidence["title"]


def test_an_outlet_named_on_the_date_row_is_no_headline(tmp_path):
    page = ("当前位置主页 > 本地新闻 >\n\n青禾经开区：冲刺四季度 决战全年红\n\n青禾在线     发布时间:2023-10-12\n"
            "记者 林某 通讯员 王某\n\n近日，青禾经开区召开主要经济指标推进会，要求全力冲刺四季度。\n" + _LEAD)
    (report,) = read_page(tmp_path, page)
    assert report.title == "青禾经开区：冲刺四季度 决战全年红", report.evidence["title"]


def test_a_societys_name_printed_over_its_pages_is_no_headline(tmp_path):
    page = ("某省物流与供应链协会\n\n某省物流与供应链协会\n您现在的位置: 首页 > 资讯 > 行业资讯 > 正文\n\n"
            "青禾最大多式联运物流园开园\n\n时间:2019-06-11 10:06:24 点击:\n来源:某某日报 作者:\n\n条评论打印收藏\n\n"
            "6月8日11时，首趟货运班列从园区发出，标志着青禾最大的多式联运物流园——青禾铁路物流园正式投入使用。当天，百余家"
            "物流商户参加了招商推介会。\n据悉，该物流园由铁路部门与青禾市人民政府联合打造，园区占地2600亩，总投资32亿元。\n")
    (report,) = read_page(tmp_path, page)
    assert report.title == "青禾最大多式联运物流园开园", report.evidence["title"]


def test_the_organ_whose_site_it_is_is_no_first_line_of_a_headline(tmp_path):
    page = ("青禾高新技术产业园区管理委员会\n政府信息公开\n当前位置:首页 > 青禾高新技术产业园区管理委员会 > 统计信息\n"
            "高新区防疫和发展两手抓、两促进\n发布时间:2020-03-05   录入:青禾高新技术产业园区管理委员会\n\n"
            "疫情发生以来，高新区一手抓疫情防控，一手抓复工复产，截至目前，园区规上企业复工率达到96%，重点项目全部复工。\n")
    (report,) = read_page(tmp_path, page)
    assert report.title == "高新区防疫和发展两手抓、两促进", report.evidence["title"]


def test_an_official_title_set_on_two_lines_from_its_organ_is_still_one(tmp_path):
    page = ("青禾经济技术开发区管理委员会\n关于2023年工作情况的报告\n市政府：\n"
            "2023年，在市委、市政府的坚强领导下，我区坚持项目为王，全年完成固定资产投资41亿元，同比增长9.6%。现将有关情况报告如下。\n")
    (report,) = read_page(tmp_path, page)
    assert report.title == "青禾经济技术开发区管理委员会关于2023年工作情况的报告", report.evidence["title"]


@pytest.mark.parametrize("lead, title", [
    # where it happens, 在 and a place, is a frame: the title runs on to what happens there
    ("国庆过后，在青禾再生资源产业园林泉环保科技有限公司分拣车间，记者看到了这样一幕生产场景：工人操控设备将废料分类。"
     "今年以来，该公司产值同比增长21%。",
     "国庆过后，在青禾再生资源产业园林泉环保科技有限公司分拣车间，记者看到了这样一幕生产场景"),
    # a subject and what it stands as (作为 and a noun phrase): the predicate is the next clause
    ("青禾循环经济试验区作为全省循环经济发展的主战场，在推动绿色转型中承担着重要使命。2023年，试验区完成工业总产值320亿元。",
     "青禾循环经济试验区作为全省循环经济发展的主战场，在推动绿色转型中承担着重要使命"),
])
def test_a_lead_clause_of_place_or_of_role_runs_on_to_its_predicate(tmp_path, lead, title):
    (report,) = read_page(tmp_path, lead + "\n" + _LEAD)
    assert report.title == title, report.evidence["title"]


def test_a_lead_clause_with_its_own_predicate_ends_the_title(tmp_path):
    (report,) = read_page(tmp_path, "近日，在青禾工业园区召开了全区招商引资推进会，会议总结了上半年工作。\n" + _LEAD)
    assert report.title == "近日，在青禾工业园区召开了全区招商引资推进会", report.evidence["title"]


@pytest.mark.parametrize("lead, title", [
    # 把 + its object + 作为: a predicate (the title ends there, as the gold's disposal clauses do)
    ("青禾经开区党工委把招商引资作为“一号工程”，围绕新材料和装备制造两大主导产业开展精准招商。",
     "青禾经开区党工委把招商引资作为“一号工程”"),
])
def test_a_disposal_clause_with_zuowei_is_a_predicate(tmp_path, lead, title):
    (report,) = read_page(tmp_path, lead + "\n" + _LEAD)
    assert report.title == title, report.evidence["title"]


def test_a_portals_section_named_with_its_column_word_is_no_headline(tmp_path):
    page = ("新闻中心\n3月4日下午，青禾工业园区党工委书记林远舟会见某国际集团总裁一行，就深化合作展开交流。"
            "双方表示将在智能制造领域加强合作。\n" + _LEAD)
    (report,) = read_page(tmp_path, page)
    assert report.title.startswith("3月4日下午，青禾工业园区党工委书记林远舟会见某国际集团总裁一行"), report.evidence["title"]


@pytest.mark.parametrize("lead, title", [
    ("近日，省工信厅公布了2024年度省级特色产业园区名单，青禾新材料产业园成功入选。名单共有18家园区。",
     "近日，省工信厅公布了2024年度省级特色产业园区名单，青禾新材料产业园成功入选"),
    # (no one named on it: the list's release is the news)
    ("近日，省工信厅公布了2024年度省级特色产业园区名单，要求各地加强对入选园区的指导。名单共有18家园区。",
     "近日，省工信厅公布了2024年度省级特色产业园区名单"),
])
def test_a_list_released_then_who_is_on_it_is_one_headline(tmp_path, lead, title):
    (report,) = read_page(tmp_path, lead + "\n" + _LEAD)
    assert report.title == title, report.evidence["title"]


def test_a_latin_site_name_with_the_next_widgets_label_run_into_it_leaves_the_headline(tmp_path):
    page = ("青禾科创园首批三座大楼落成 出租率近八成 - QTV天氣\n"
            "青禾科创园首批三座大楼今日落成，其中两座实验室大楼的出租率已近八成，园区预计明年全面投入使用。\n" + _LEAD)
    (report,) = read_page(tmp_path, page)
    assert report.title == "青禾科创园首批三座大楼落成 出租率近八成", report.evidence["title"]


def test_a_date_rows_labels_glued_to_a_converted_headline_leave_it(tmp_path):
    # (a converted repost's pinyin noise inside the label, 發(fā)布單位: read as the cleaner reads it, then split)
    page = ("青禾縣經(jīng)科局加快產(chǎn)業(yè)園區(qū)發(fā)展發(fā)布單位:青禾縣經(jīng)濟(jì)信息和科技局"
            "發(fā)布時(shí)間:2024-07-19 15:44\n"
            "產業園區是推動工業化、城鎮化快速發展的重要載體。今年以來，青禾縣經科局加快園區基礎設施建設，園區新引進企業12家。\n")
    (report,) = read_page(tmp_path, page)
    assert report.title == "青禾縣經科局加快產業園區發展", report.evidence["title"]


def test_who_went_along_is_a_frame_of_the_visit_that_follows(tmp_path):
    lead = ("4月2日，省长林远舟在市委书记王某、市长李某的陪同下，深入青禾循环经济产业园调研。林远舟一行先后察看了园区"
            "再生资源分拣中心和污水处理厂。")
    (report,) = read_page(tmp_path, lead + "\n" + _LEAD)
    assert report.title == "4月2日，省长林远舟在市委书记王某、市长李某的陪同下，深入青禾循环经济产业园调研", report.evidence["title"]


def test_a_long_document_title_ending_in_its_genre_is_the_title(tmp_path):
    # (over a headline's 60 characters, no comma, ending in 纲要: a five-year plan's full title, its column in 【】 before it;
    # the text prints it again broken over two lines with its preface's heading glued)
    name = "青禾高新技术产业开发区 青禾生态产业示范区国民经济和社会发展第十四个五年规划和2035年远景目标纲要"
    page = ("【国民经济和社会发展规划纲要】" + name + "\n- 发布日期:2023-05-23 19:00\n"
            "青禾高新技术产业开发区 青禾生态产业示范区国民经济和社会发展\n第十四个五年规划和2035年远景目标纲要序言\n"
            "(2021年7月28日中共青禾高新技术产业开发区工作委员会第二十五次会议通过)\n"
            "会议审议了规划纲要草案，通过了规划纲要提出的奋斗目标和主要任务，同意规划纲要实施。“十四五”时期是高新区加快跃升的关键五年。\n")
    (report,) = read_page(tmp_path, page)
    assert report.title == name, report.evidence["title"]
    assert report.doc_type == "工作计划", report.evidence["doc_type"]
    assert report.year == 2021, report.evidence["year"]  # (2035 is the horizon it aims at; it was adopted in 2021)
