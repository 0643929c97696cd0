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


import pytest


@pytest.mark.parametrize("text", [
    "1992年，青川江畔的一片滩涂上，青川经济技术开发区挂牌成立。三十年后，这里已成长为全省规模最大的开发区之一，聚集企业3000余家。",
    "青川新型工业示范园成立于2008年10月，现管辖面积21.9平方公里，辖4个行政村，人口1.3万。园区位于青川市西南，交通便利。",
    "青川科學工業園區開發籌備處於民國八十四年二月奉行政院決議設置，負責園區的規劃與開發。園區目前有廠商120家，從業人員6萬人。",
])
def test_a_text_opening_on_when_its_park_was_founded_is_a_history_or_profile(tmp_path, text):
    more = ("园区坚持以产业为根本，先后引进了一批龙头企业，形成了装备制造、电子信息和新材料三大主导产业。"
            "近年来，园区不断完善基础设施，建成标准厂房120万平方米，配套建设了污水处理厂和人才公寓。")
    (report,) = read_page(tmp_path, "2024-05-06 10:20\n" + text + more + "\n" + more + "\n")
    assert report.doc_type == "其他", report.evidence["doc_type"]


def test_news_of_a_founding_told_by_its_day_is_news(tmp_path):
    # must-not: a lead telling the founding by its day is news of it
    page = ("2024-05-13 10:20\n2024年5月12日，青川经济技术开发区在市行政中心挂牌成立，市委书记出席揭牌仪式并讲话。"
            "开发区规划面积32平方公里，首批签约项目12个。\n")
    (report,) = read_page(tmp_path, page)
    assert report.doc_type == "简报", report.evidence["doc_type"]
