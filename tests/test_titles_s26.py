"""Titles read in session 26 (reading version 105). Own pages, own names."""
from pathlib import Path

import pytest

from conftest import read_page

BODY = "\n\n2025-12-22 15:27\n创科局表示，东湾软件园区第一批次发展首三座大楼已落成，出租率近八成。\n园区将继续招商。\n"


@pytest.mark.parametrize("line", [
    "东湾软件园区首三座大楼落成 - RTHK",  # a paper abroad names itself in Latin letters after its headline
    "东湾软件园区首三座大楼落成 | CNA News",
])
def test_a_sites_latin_name_after_a_spaced_dash_is_not_the_title(tmp_path, line):
    (report,) = read_page(tmp_path, line + BODY)
    assert report.title == "东湾软件园区首三座大楼落成"


def test_a_latin_word_inside_the_headline_stays(tmp_path):
    (report,) = read_page(tmp_path, "东湾软件园区引进5G-A项目落地" + BODY)
    assert report.title == "东湾软件园区引进5G-A项目落地"


# a titleless lead's title runs to the first clause that has its own predicate (docs/labelling.md): a clause of time
# (…召开后, …实施前), a time alone (今后一个时期, 今年来), a subject set out alone (位于…的某开发区, 首个…的综合保税区——某某
# 综合保税区) and a phrase of means (借助…契机) have none, the event is the clause after them
@pytest.mark.parametrize("lead, title", [
    ("全省园区工作会议召开后，青川县抢抓政策机遇，加快推进产业园区建设，为新型工业化搭建平台。",
     "全省园区工作会议召开后，青川县抢抓政策机遇"),
    ("位于青川湾南岸的青川石化经济技术开发区，连续4年位居全国化工园区前三名，今年产值再创新高。",
     "位于青川湾南岸的青川石化经济技术开发区，连续4年位居全国化工园区前三名"),
    ("首个在青川边境线上设立的综合保税区——青川综合保税区，30日正式封关运营，首批10个项目入区。",
     "首个在青川边境线上设立的综合保税区——青川综合保税区，30日正式封关运营"),
    ("今年来，该县借助青川经济合作区建设契机，加大招商引资力度，签约项目12个。",
     "今年来，该县借助青川经济合作区建设契机，加大招商引资力度"),
])
def test_a_lead_title_runs_past_clauses_without_their_own_predicate(tmp_path, lead, title):
    (report,) = read_page(tmp_path, lead + "\n据介绍，园区将继续加快建设，力争年内再引进项目10个。\n")
    assert report.title == title


def test_a_lead_title_still_ends_at_its_first_clause_with_a_predicate(tmp_path):
    lead = "青川县园区工业总产值增长20%，税收增长15%，各项指标位居全市前列。"
    (report,) = read_page(tmp_path, lead + "\n据介绍，园区将继续加快建设，力争年内再引进项目10个。\n")
    assert report.title == "青川县园区工业总产值增长20%"


def test_a_located_subject_with_its_own_predicate_is_a_clause(tmp_path):
    lead = "9月3日，位于城东片区的青川新材料有限公司正在进行新生产线的设备调试，工人们在车间里忙着安装输送带。"
    (report,) = read_page(tmp_path, lead + "\n据介绍，园区将继续加快建设，力争年内再引进项目10个。\n")
    assert report.title == "9月3日，位于城东片区的青川新材料有限公司正在进行新生产线的设备调试"


# the site's rows over a headline are never the title: its greeting with its header row after it, where the reader is
# said with 所在 (您所在的位置:首页>>…), a county media centre's reporter credit (某某县融媒体中心记者 某某); a headline's mark
# that pictures go with it ((图), (组图)) is no part of it; a source's release (某市政府20日消息称) tells, the event is
# the next clause
@pytest.mark.parametrize("page, title", [
    ("您好,欢迎来到某某法治网! 投稿QQ:12345678 商务合作:028-12345678\n设为首页 加入收藏\n您当前的位置:首页 > 最新资讯\n"
     "落地一年多 青川飞地园区吸金超80亿元\n时间:2020-09-22 16:44:28  来源:\n"
     "记者从青川县获悉，青川飞地园区落地一年多来，已签约项目12个，总投资80亿元。\n园区将继续加快建设。\n",
     "落地一年多 青川飞地园区吸金超80亿元"),
    ("您所在的位置:首页>>新闻中心>>青川新闻>>正文\n青川县组织代表参观青川经济开发区(图)\n"
     "(2015-1-19 14:13:11)  来源:青川县新闻中心 作者:某某某  打印本页\n\n"
     "  1月18日，在市人代会闭幕后，青川县组织本辖区的市人大代表参观考察青川经济开发区。\n  考察团首先听取了开发区管委会负责人的介绍。\n",
     "青川县组织代表参观青川经济开发区"),
    ("强化工业经济主引擎 筑牢高质量发展硬支撑\n青川县融媒体中心记者 王某某\n"
     "今年以来，青川县坚持工业强县战略，全县规模以上工业增加值增长8%。园区新引进项目12个。\n园区将继续加快建设。\n",
     "强化工业经济主引擎 筑牢高质量发展硬支撑"),
    ("青川市政府20日消息称，当日青川首家综合保税区——青川综合保税区正式封关运营。\n"
     "据介绍，保税区规划面积1.5平方公里，首批10个项目入区。\n",
     "青川市政府20日消息称，当日青川首家综合保税区——青川综合保税区正式封关运营"),
])
def test_the_sites_rows_over_a_headline_are_not_its_title(tmp_path, page, title):
    (report, *_) = read_page(tmp_path, page)
    assert report.title == title
