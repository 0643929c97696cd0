"""Types read in session 31: a profile that opens on its title's name, glossed or with its predicate, keeps that name in its
first sentence (the title is its subject, not a repeat a document site glued on), and the founding day in its history
is no day of news. Own pages."""
from conftest import read_page


def test_a_profile_opening_on_its_titles_name_is_no_news(tmp_path):
    page = ("南岭科技园公司\n2020-05-14 10:20:00\n"
            "南岭科技园公司(简称南岭科技园)是南岭市政府设立的法定机构,于2003年6月1日正式开始运作,负责规划及管理科技园和创新中心。"
            "其主要工作是为科技企业提供一站式支援服务。\n"
            "南岭科技园公司是推动南岭创新发展的重要平台，园区现有科技企业320家。\n")
    (report,) = read_page(tmp_path, page)
    assert "南岭科技园公司(简称南岭科技园)是南岭市政府设立的法定机构" in report.text
    assert report.doc_type == "其他", report.evidence["doc_type"]


def test_news_opening_on_its_day_with_its_year_is_still_news(tmp_path):
    # must-not: the day an event was held, its year before it, is the news's day (no founding after it)
    page = ("南岭科技园举行招商推介会\n2020-05-14 10:20:00\n"
            "2020年5月13日，南岭科技园在南岭会展中心举行招商推介会，现场签约项目12个，总投资36亿元。\n"
            "推介会上，园区负责人介绍了园区的产业定位和扶持政策。\n")
    (report,) = read_page(tmp_path, page)
    assert report.doc_type == "简报", report.evidence["doc_type"]


def test_a_title_glued_to_its_text_on_a_document_site_is_still_taken_off(tmp_path):
    # must-not: a document site glues the title to the text's first words (标题 + 今年以来…): the repeat goes
    page = ("南岭科技园2023年工作总结\n南岭科技园2023年工作总结今年以来，南岭科技园紧紧围绕年度目标任务，全力抓项目、促招商。"
            "全年完成工业总产值86亿元。\n一、主要成效\n新引进企业28家。\n")
    (report,) = read_page(tmp_path, page)
    assert "总结今年以来" not in report.text and "今年以来，南岭科技园紧紧围绕" in report.text


def test_a_periods_operating_figures_of_a_park_are_an_information_item(tmp_path):
    page = ("南灣園區113年1-3月廠商營業額及營運概況\n113年1-3月南灣園區營業額合計達新台幣512.6億元，較去年同期成長12%。\n"
            "園區廠商家數計186家，從業員工4.2萬人。\n")
    (report,) = read_page(tmp_path, page)
    assert report.doc_type == "简报", report.evidence["doc_type"]


def test_a_parks_profile_titled_as_such_stays_other(tmp_path):
    # must-not: 园区概况 with no period and no operating figures named is a profile
    page = ("南灣園區概況\n南灣園區位於南灣市北部，成立於1996年，規劃面積800公頃，現有廠商186家。\n")
    (report,) = read_page(tmp_path, page)
    assert report.doc_type == "其他", report.evidence["doc_type"]
