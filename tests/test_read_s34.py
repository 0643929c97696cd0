"""Reading in session 34 (titles), each pattern with our own sentences: what a lead says its subject faces (面对…，) is a
frame like its cause and what it answers, and the title runs on to the subject's clause, past a second thing faced
(…，疫情带来的考验，); a cut-off in this year's month (截至今年9月) and "up to now" (今年迄今为止, 到目前为止) are a time
alone; an outlet's credit in brackets (【某某晚报消息】) opens no title; a wiki's coordinates beside an article's title are
its template's."""
import pytest

from conftest import read_page


@pytest.mark.parametrize("lead, title", [
    ("2019年，面对复杂严峻的经济形势，青石工业园区坚持稳中求进，扎实推进各项工作，全年实现工业总产值56亿元。",
     "2019年，面对复杂严峻的经济形势，青石工业园区坚持稳中求进"),
    ("2021年，面對錯綜複雜的外部環境，全區上下深入落實各項部署，經濟運行總體平穩。",
     "2021年，面對錯綜複雜的外部環境，全區上下深入落實各項部署"),
    ("2020年，面临土地指标紧张的困难，溪口开发区盘活闲置厂房，新引进项目12个。",
     "2020年，面临土地指标紧张的困难，溪口开发区盘活闲置厂房"),
    # …past a second thing faced, a noun phrase after it (what the epidemic brought): the frame's second object
    ("2022年，面对错综复杂的国内外形势，疫情带来的严峻考验，青石园区全力稳住工业经济，产值增长6%。",
     "2022年，面对错综复杂的国内外形势，疫情带来的严峻考验，青石园区全力稳住工业经济"),
])
def test_what_a_lead_faces_is_a_frame_and_the_title_runs_on_to_its_subject(tmp_path, lead, title):
    (report,) = read_page(tmp_path, lead + "\n一、主要工作\n园区完成固定资产投资12亿元。\n")
    assert report.title == title, report.evidence["title"]


@pytest.mark.parametrize("lead, title", [
    # must-not: 面对面 is "face to face", an event's manner, no frame; an event with its own predicate before what
    # it faces ends the title as before
    ("3月5日，青石园区举办政企面对面座谈会，20家企业负责人参加。", "3月5日，青石园区举办政企面对面座谈会"),
    ("3月5日，面对面听取企业诉求，青石园区举办政企座谈会，20家企业负责人参加。", "3月5日，面对面听取企业诉求"),
])
def test_face_to_face_and_a_faced_thing_inside_the_event_change_nothing(tmp_path, lead, title):
    (report,) = read_page(tmp_path, lead + "\n会议要求各部门落实责任。\n")
    assert report.title == title, report.evidence["title"]


@pytest.mark.parametrize("lead, title", [
    ("园区主任林志远表示，截至今年9月，北湾经济特区的总投资已超过既定目标，达到120亿元。",
     "园区主任林志远表示，截至今年9月，北湾经济特区的总投资已超过既定目标"),
    ("今年迄今為止，北灣經濟特區取得涵蓋20個項目的50億令吉投資承諾，其中外資占六成。",
     "今年迄今為止，北灣經濟特區取得涵蓋20個項目的50億令吉投資承諾"),
    # (到目前为止 was a time alone before this session too)
    ("到目前为止，青石园区已引进企业86家，其中规上企业32家。", "到目前为止，青石园区已引进企业86家"),
])
def test_a_cut_off_this_year_and_up_to_now_are_a_time_alone(tmp_path, lead, title):
    (report,) = read_page(tmp_path, lead + "\n管理局指出，园区将继续优化营商环境。\n")
    assert report.title == title, report.evidence["title"]


def test_an_outlets_credit_in_brackets_opens_no_title(tmp_path):
    page = ("【北灣晚報消息】12月9日，北灣商會會長陳志明率領企業代表30人來訪北灣科技園，了解園區招商政策。\n"
            "雙方就產業合作進行了交流。\n")
    (report,) = read_page(tmp_path, page)
    assert report.title == "12月9日，北灣商會會長陳志明率領企業代表30人來訪北灣科技園", report.evidence["title"]


def test_a_wikis_coordinates_beside_the_title_are_the_templates(tmp_path):
    page = ("北灣科學園區23°06′05″N 120°16′56″E / 23.101282°N 120.282106°E\n"
            "北灣科學園區（簡稱北科），是設於北灣的科學園區，開發面積1,043公頃。\n"
            "園區於1996年動土。\n")
    (report,) = read_page(tmp_path, page)
    assert report.title == "北灣科學園區", report.evidence["title"]
    assert "°" not in report.text


def test_a_latitude_in_a_sentence_stays(tmp_path):
    # must-not: a report's sentence giving a place's latitude in words keeps it
    page = ("北灣科學園區概況\n園區位於北緯23°06′，東經120°16′之間，開發面積1,043公頃。\n園區於1996年動土。\n")
    (report,) = read_page(tmp_path, page)
    assert "北緯23°06′" in report.text


@pytest.mark.parametrize("line", [
    "mmexport1735465863920",
    "mmexport1735465860411 mmexport1735465870380",
    "微信图片_20240105093012",
    "IMG_20230612_101530.jpg",
    "扫描二维码推送至手机访问。",
    "掃一掃在手機打開當前頁",
    "放大圖片",
    "点击放大",
    "◎ 文、圖 / 投資組 林志遠",
    "文／北灣日報記者 陳志明",
    "北灣管理局提供",
    "（圖／青禾科技公司提供）",
    "《青禾產業月刊》整理",
    "資料來源：《北灣統計月報》整理",
])
def test_a_sites_picture_names_scan_calls_controls_and_credits_are_furniture(tmp_path, line):
    page = ("青禾科技园新厂房动工\n近日，青禾科技园新建标准厂房项目正式动工，总投资3亿元。\n"
            f"{line}\n项目计划2026年建成投产。\n")
    (report,) = read_page(tmp_path, page)
    assert line not in report.text and "项目计划2026年建成投产" in report.text


@pytest.mark.parametrize("line", [
    # must-not: a sentence that provides something, a heading on enlarging, a slash in a figure, a text's own words
    "园区为入驻企业免费提供",
    "放大招商引资效应",
    "文化旅游产业／现代服务业",
    "管委会提供全程代办服务。",
    "扫描二维码即可了解园区招商政策和入驻流程，欢迎企业咨询洽谈",
])
def test_a_reports_own_lines_like_them_stay(tmp_path, line):
    page = ("青禾科技园新厂房动工\n近日，青禾科技园新建标准厂房项目正式动工，总投资3亿元。\n"
            f"{line}\n项目计划2026年建成投产。\n")
    (report,) = read_page(tmp_path, page)
    assert line.rstrip("。") in report.text.replace("\n", "")
