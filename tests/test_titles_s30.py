"""Titles read in session 30: a headline run straight into its lead's day, and a site's <title> with its slogan over a
text. Own pages."""
import pytest

from conftest import read_page


def test_a_headline_glued_to_its_leads_day_is_cut_there(tmp_path):
    page = ("王涛副市长调研鹤溪食品产业园项目建设情况11月8日上午，副市长王涛在市发改委、市商务局负责人陪同下，深入鹤溪"
            "食品产业园，现场调研重点项目推进情况。\n王涛先后察看了冷链物流中心和中央厨房项目，听取了园区负责人的汇报。\n")
    (report,) = read_page(tmp_path, page)
    assert report.title == "王涛副市长调研鹤溪食品产业园项目建设情况", report.evidence["title"]
    assert "11月8日上午，副市长王涛" in report.text


@pytest.mark.parametrize("line", [
    # a day in a sentence: after its preposition, after its year, after a verb ending a clause
    "鹤溪食品产业园招商推介会于11月8日上午，在市会展中心举行，共签约项目12个，总投资36亿元，涉及冷链物流、预制菜等领域。",
    "鹤溪食品产业园管委会定于2024年11月8日上午，召开全体干部职工大会，总结全年工作，部署明年招商引资和项目建设任务。",
    "鹤溪食品产业园全体干部职工加班加点奋战11月8日上午，冷链物流中心主体结构顺利封顶，比计划工期提前了整整二十天。",
])
def test_a_day_inside_a_sentence_is_not_cut(tmp_path, line):
    (report,) = read_page(tmp_path, "鹤溪食品产业园动态\n" + line + "\n")
    assert line in report.text


@pytest.mark.parametrize("row", ["书香网_书友最值得收藏!", "园区资讯网｜服务园区发展"])
def test_a_sites_title_with_its_slogan_is_no_title(tmp_path, row):
    page = (row + "\n前言\n化工园区是以发展化工产业为导向、地理边界和管理主体明确的工业区域。截至2017年年底，全国重点化工园区"
            "共有601家。\n园区化是当今全球石油和化学工业发展的主要趋势。\n")
    (report,) = read_page(tmp_path, page)
    assert report.title != row and row not in report.text, report.evidence["title"]


def test_a_headline_naming_a_website_stays(tmp_path):
    page = ("智慧园区网上线运行\n3月2日，青禾工业园区“智慧园区网”正式上线，企业可在线办理入园、用地等36项业务。\n")
    (report,) = read_page(tmp_path, page)
    assert report.title == "智慧园区网上线运行"


def test_a_yearbook_entrys_label_and_time_run_on_to_what_is_told(tmp_path):
    page = ("【园区基础设施】截至2015年，青禾产业园累计完成基础设施投资36.2亿元。主干道路、供水管网基本建成。\n"
            "【园区招商引资】2015年，青禾产业园新引进项目18个，合同利用资金42亿元。\n")
    (report,) = read_page(tmp_path, page)
    assert report.title == "【园区基础设施】截至2015年，青禾产业园累计完成基础设施投资36.2亿元", report.evidence["title"]


def test_a_column_label_before_a_day_still_ends_at_the_event(tmp_path):
    page = ("【园区动态】3月5日，青禾产业园召开2024年招商引资工作推进会，会议总结了去年工作并部署了今年的重点任务，"
            "园区各部门负责人参加会议。\n会上，园区与6家企业签订了入园协议。\n")
    (report,) = read_page(tmp_path, page)
    assert "推进会" in report.title and "部署" not in report.title, report.title


def test_a_short_line_the_text_never_echoes_is_no_lead(tmp_path):
    # (a slogan of the site, unknown to any list: none of its words recurs in the text under it)
    page = ("书友最爱 好书常伴!\n"
            "化工园区是以发展化工产业为导向、地理边界和管理主体明确的工业区域。经过近30年的发展，化工园区已成为我国"
            "石油和化学工业可持续发展的重要载体。截至2017年年底，全国重点化工园区共有601家。\n")
    (report,) = read_page(tmp_path, page)
    assert "书友" not in report.title, report.evidence["title"]
    assert report.title.startswith("化工园区是以发展化工产业为导向"), report.title


def test_a_lead_opening_on_a_short_phrase_the_text_takes_up_stays(tmp_path):
    page = ("塔吊林立机器轰鸣\n"
            "青禾工业园区里塔吊林立、机器轰鸣，一派繁忙景象。今年以来，园区新开工项目18个，完成投资36亿元。\n")
    (report,) = read_page(tmp_path, page)
    assert report.title.startswith("塔吊林立"), report.evidence["title"]


def test_a_forums_repost_mark_is_no_part_of_the_title(tmp_path):
    page = ("转贴:南区园区1-4月厂商营业额及营运概况\n"
            "南区园区1-4月厂商营业额合计达1,265亿元，较去年同期成长8.2%，其中光电产业成长最多。\n")
    (report,) = read_page(tmp_path, page)
    assert report.title == "南区园区1-4月厂商营业额及营运概况", report.evidence["title"]



def test_a_leads_slogan_and_its_starting_day_run_on_to_the_event(tmp_path):
    page = ("抓项目、促投资、稳增长，从3月2日上午开始，青禾县各乡镇和县直单位2024年度项目观摩活动全面启动。当天，观摩团先后"
            "察看了青禾工业园区12个重点项目。\n")
    (report,) = read_page(tmp_path, page)
    assert report.title == "抓项目、促投资、稳增长，从3月2日上午开始，青禾县各乡镇和县直单位2024年度项目观摩活动全面启动", \
        report.title


def test_a_list_of_things_opening_a_sentence_is_no_slogan(tmp_path):
    # (a subject of listed names goes on to its predicate in the same clause: its first comma ends the headline's clause)
    page = ("3月2日，青禾县发改局、工信局、商务局负责人到青禾工业园区调研项目建设情况，并召开座谈会听取企业意见建议。\n")
    (report,) = read_page(tmp_path, page)
    assert report.title == "3月2日，青禾县发改局、工信局、商务局负责人到青禾工业园区调研项目建设情况", report.title


def test_a_leads_day_with_its_hour_runs_on_to_the_event(tmp_path):
    # (found on eval43 once read, spent: 7月22日9:00, — the hour told after the day is still when, no news)
    page = ("8月3日9:30,青禾大学“丝路行”实践调研团来到青禾边境经济合作区进行实地考察,了解合作区的建设和发展情况。"
            "调研团先后参观了保税物流中心和进出口加工园。\n")
    (report,) = read_page(tmp_path, page)
    assert report.title.startswith("8月3日9:30,青禾大学“丝路行”实践调研团来到青禾边境经济合作区"), report.title


def test_plans_to_before_a_verb_is_no_genre_and_a_dumps_update_row_is_split_off(tmp_path):
    # (found on eval44 once read, spent: a one-line dump, headline 更新時間:… 瀏覽量:… text)
    page = ("某國政府計劃建立中國工業園區 更新時間:2021-03-02 10:15:20 瀏覽量:88 某國投資局主席日前在接受記者採訪時說,"
            "該國政府正在考慮一項建立中國工業園區的計劃,工業園區內企業將主要生產汽車、紡織品以及輕工機械等。\n")
    (report,) = read_page(tmp_path, page)
    assert report.title == "某國政府計劃建立中國工業園區", report.evidence["title"]
    assert report.doc_type != "工作计划", report.evidence["doc_type"]
    assert "瀏覽量" not in report.text and "某國投資局主席日前" in report.text


def test_a_plan_document_titled_with_its_genre_stays_a_plan(tmp_path):
    page = ("青禾工业园区2024年工作计划 2024年，园区将围绕招商引资和项目建设两大重点，全力推进各项工作。一、工作目标"
            "全年力争签约项目30个。二、主要措施加强招商队伍建设。\n")
    (report,) = read_page(tmp_path, page)
    assert report.title == "青禾工业园区2024年工作计划" and report.doc_type == "工作计划", report.title
