"""Titles and document types by how Chinese documents, news and pages are written (session 13, issue 12): each rule
is stated as a careful reader would state it without having seen the page, shown on a page of our own
(tests/gold/authored/t13_*.txt, labelled in tests/gold/authored.json), and held by cases where it must not fire."""
from pathlib import Path

import pytest

from indexer.reading import titles
from indexer.reading.describe import choose_doc_type, type_from
from indexer.reading.pipeline import read_file

GOLD = Path(__file__).parent / "gold" / "authored"


@pytest.mark.parametrize("name, title, doc_type", [
    # a page <title>'s keywords joined by "_" and ending in the site's name, glued before a profile's first words
    ("t13_01_keyword_title_glued_before_profile.txt", "青溪现代农业示范园系近年规划新建的省级园区", "其他"),
    # a feature lead opening on someone's words, then the event it reports, dated
    ("t13_02_quote_then_dated_event.txt", "9日，松林高新区召开重点项目攻坚月度推进会", "简报"),
    # the event named whole, then its purpose clause: the headline ends with the event
    ("t13_03_event_then_purpose_clause.txt",
     "3月8日，青港经济开发区召开2024年“项目攻坚年”动员会暨招商引资和营商环境优化推进大会", "简报"),
    # a column's mark (丨) and a speaker before the headline; the lead's credit names its outlet before the reporter
    ("t13_04_column_mark_headline_over_credited_lead.txt", "代表访谈丨李明：松林综合保税区去年完成营业收入520亿元同比增长12%", "简报"),
    # characters the page's encoding lost, one "?" each: no question in a headline
    ("t13_05_headline_with_lost_characters.txt", "松??高新區去年新簽約項目42個 總投資超過300億元", "简报"),
    # a feature's kicker naming a park with its part in brackets, before two phrases side by side
    ("t13_06_kicker_with_part_in_brackets_over_abstract.txt", "青禾经开区(东区)新材料产业园:延链补链强集群 抢抓机遇拓市场", "简报"),
    # an official's signed article: headline, date, post and name, then the text in the first person
    ("t13_07_official_signed_article.txt", "創新園區 十年有成", "其他"),
    # a web item's teaser asking its reader, then the dated lead
    ("t13_08_teaser_questions_before_dated_lead.txt", "2024年青港新区发展目标定了", "简报"),
    # a masked summary without a title: 今年来，… then 一、经济运行情况
    ("t13_09_masked_summary_opening_economic_operation.txt", "今年来，**园区深入贯彻落实市委市政府决策部署", "工作总结"),
    # who went along is named after the visit, never in its headline
    ("t13_10_escort_clause_after_visit.txt", "6月12日上午，县人大常委会副主任陈立新率县人大视察组一行来松林经开区视察重点项目建设情况", "简报"),
    # the subject alone before the comma, its day and deed after it
    ("t13_11_subject_clause_then_day_and_event.txt", "金溪科學園區第二期標準廠房暨員工宿舍大樓,5日舉行動土典禮", "简报"),
    # posts listed before the name, a comma between two of them
    ("t13_12_lead_lists_posts_before_the_name.txt",
     "4月9日上午,青州市政府党组成员,青港现代物流园区党工委书记、管委会主任赵国平一行来松林高新区考察", "简报"),
    # an author's credit (文丨某某) between a headline and its text
    ("t13_13_comma_headline_over_author_credit.txt", "不拼补贴拼服务,这座中部园区三年引来一百多家科技企业", "简报"),
    # an essay whose first line is its first part's heading (引言：…)
    # (its lead's frame, 在…的背景下, runs on to the clause with the predicate since session 40: the study labels 2 of 2)
    ("t13_14_part_label_opens_an_essay.txt", "在土地红利逐渐减弱的背景下,产业园区正从“招商建园”转向“运营兴园”", "其他"),
    # a paper's abstract label before its first words
    ("t13_15_abstract_label_before_text.txt", "产业园区是产业集聚和创新发展的重要空间载体", "其他"),
    # a long site header and a list of other headlines; the headline sits right above the lead's credit
    ("t13_16_headline_below_a_list_of_other_headlines.txt", "松林科技園擴建 騰出土地引先進製造", "简报"),
    # a post's headline, its date row and its text on one line (a post dated by its row is news since session 35, when
    # that row was first read: the fresh labeller of the real page this mirrors typed it 简报, dated by the row; until
    # then the row went unread and this said 其他)
    ("t13_17_post_headline_date_row_and_text_on_one_line.txt", "陳志遠:「青禾科技園」是本地創科界的一份大禮", "简报"),
    # a page <title>: the title ended on its genre word, then a spaced dash and the site's name
    ("t13_18_page_title_site_name_after_spaced_dash.txt", "在青禾经开区项目集中开工仪式上的讲话", "讲话"),
    # a press conference's statement (发布词), its title run into whom it calls
    ("t13_19_press_statement_title_run_into_audience.txt", "区委副书记、区长在青禾高新区设立二十周年专场新闻发布会上的发布词", "讲话"),
    # the headline printed with the site's column, author and number after it, and again run into its text
    ("t13_20_headline_with_site_additions_and_run_into_text.txt", "松林综保区一季度进出口值同比增长两成", "简报"),
    # a lead that opens by telling the moment (…之际) before its subject and deed
    ("t13_21_lead_opens_with_the_year_of_something.txt", "建区三十周年之际,青港经济技术开发区正式获批国家级绿色园区", "简报"),
    # a metadata row (column, posting time, web address) between the headline and the lead
    ("t13_22_metadata_row_with_time_and_address.txt", "加快物流园区提档升级 打造区域物流枢纽", "简报"),
])
def test_authored_page_title_and_type(tmp_path, name, title, doc_type):
    page = tmp_path / name
    page.write_bytes((GOLD / name).read_bytes())
    report = read_file(page, tmp_path).reports[0]
    assert (report.title, report.doc_type) == (title, doc_type)
    assert report.evidence["title"] and report.evidence["doc_type"]  # inspect says why


@pytest.mark.parametrize("lines, title", [
    # the quotation stays the news when the dated clause after it only says who said it
    (["“今年我们要把服务送到企业车间里，让企业安心搞生产。”3月2日上午，园区企业服务中心负责人在全体干部会上发言时说。"],
     "“今年我们要把服务送到企业车间里"),
    # a "_" in the text, with no site's name closing the run, is left alone
    (["园区_厂房_出租信息汇总如下，今年青禾经开区新建标准厂房12万平方米，已出租8万平方米。"], "园区_厂房_出租信息汇总如下"),
    # a lead whose first clause only says when: the comma after a period is no cut (之际 as 以来)
    (["在全省开发区工作会议召开之际,青禾高新区发布了2023年度营商环境报告,园区企业满意度达到96%。"],
     "在全省开发区工作会议召开之际,青禾高新区发布了2023年度营商环境报告"),
    # a comma after a post goes on to the next post; a comma after a deed still ends the first words
    (["5月6日,松林经开区党工委书记、管委会主任刘洋主持召开项目推进会,研究解决项目建设中的困难和问题,会议要求各部门加强协同。"],
     "5月6日,松林经开区党工委书记、管委会主任刘洋主持召开项目推进会"),
    # who attended, named after the event in the sentence's last clause, is cut off however far the comma lies
    (["6月1日,青禾高新区2024年度新材料产业招商推介会在上海国际会展中心举行,市委书记张华、市长李明等出席。"],
     "6月1日,青禾高新区2024年度新材料产业招商推介会在上海国际会展中心举行"),
])
def test_lead_words_rules_do_not_overreach(lines, title):
    assert titles.title_from_lead(lines) == title


@pytest.mark.parametrize("lines, expected", [
    # two-part headline under which a caption repeats its first words: the headline stays whole
    (["台南招商成績亮眼 再奪全國第一", "台南招商成績亮眼，副市長18日代表出席頒獎典禮。(市府提供)"], None),
    # the site's column path and number after the headline, the headline run into its text on another line
    (["青禾园区四月签约项目12个 园区动态-青禾新闻 王五 3120457", "青禾园区四月签约项目12个今年4月，青禾园区新签约项目12个，总投资46亿元。"],
     "青禾园区四月签约项目12个"),
])
def test_shared_headline(lines, expected):
    assert titles.shared_headline(lines, 0) == expected


@pytest.mark.parametrize("line, scored", [
    ("园区资讯 2023-06-18 10:45 www.example.com", False),  # metadata row: a clock time, an address
    ("某某文库www.example.com青禾工业园区2023年工作总结", True),  # a dump's address before the title it holds
    ("引言:产业园区运营转型的现实需要", False),  # a part's heading
    ("文丨周明远", False),  # an author's credit
    ("松林高新區??科技園去年營收成長兩成", True),  # lost characters ask no question
])
def test_title_score_of_page_rows(line, scored):
    assert bool(titles.title_score(line)) == scored


@pytest.mark.parametrize("title, body, doc_type", [
    # an official's post and name under the headline, the text in the first person: an article
    ("創新園區 十年有成", "2019年06月12日\n發展局局長王志明\n我日前到園區參加慶祝活動，對創新科技的前景更有信心。", "其他"),
    # the same signature over a speech that calls its audience is a speech
    ("在园区建设推进会上的讲话", "区委书记 王志明\n同志们：\n今天我们召开园区建设推进会，我讲三点意见。", "讲话"),
    # news quoting someone's "我" (in quotation marks) is no first-person article
    ("园区企业服务再升级", "2023年05月06日\n管委会主任王志明\n“我们要把服务送到车间。”5月5日，青禾高新区召开企业服务推进会。",
     "简报"),
])
def test_signed_article(title, body, doc_type):
    assert choose_doc_type(title, None, body)[0] == doc_type


def test_teaser_needs_a_dated_lead_after_it():
    # a summary may ask itself a question; without a dated news lead after it, it is no teaser
    body = ("今年以来，园区发展的短板在哪里呢？我们认真查找问题。\n一、主要工作成效\n园区完成规上工业总产值120亿元。\n"
            "二、存在的问题\n企业规模偏小。\n三、下一步工作打算\n加快项目建设。")
    assert choose_doc_type("今年以来，园区发展的短板在哪里呢", None, body, from_lead=True)[0] == "工作总结"


def test_press_statement_is_a_speech():
    assert type_from("某某市新闻发布会发布词") == "讲话"
