"""Doc types read in session 28 (reading version 109). Own pages, own names.

An account of a park by others that names no genre and has no news form (no date row, byline or outlet) is filed
with the news, as readers file it: not a document of the park's own (which speaks as 我们 / 我区 or is built of
numbered parts), not a profile titled by the park's name, not a plan, not an official document."""
import pytest

from conftest import read_page

_ACCOUNT = ("走进北岭工业园区，一排排新建的标准厂房整齐排列，多家新材料企业的生产线正满负荷运转。近年来，北岭工业园区围绕"
            "新材料主导产业延链补链，先后引进上下游企业21家，2023年实现工业总产值86亿元，同比增长12%，园区的产业生态"
            "日渐成形，周边县市的配套企业也纷纷前来洽谈合作，新材料产业集群的规模和影响力不断扩大。\n")


@pytest.mark.parametrize("page", [
    "北岭工业园区新材料产业加速集聚\n" + _ACCOUNT,
    # (a titleless page: its first words are the title, the same account under them)
    "位于澄江湾畔的澄江湾产业园，连续三年跻身全省开发区综合考评前十。" + _ACCOUNT.replace("北岭工业", "澄江湾产业"),
])
def test_an_account_of_a_park_in_the_third_person_is_filed_with_the_news(tmp_path, page):
    (report,) = read_page(tmp_path, page)
    assert report.doc_type == "简报", report.evidence["doc_type"]


def test_such_an_account_is_dated_by_what_it_tells_as_an_article_is(tmp_path):
    # (no date row, no dateline: the year of the results it tells, as for an undated article — not the rules for
    # dated news, which read a year's results as told in the year after)
    (report,) = read_page(tmp_path, "北岭工业园区新材料产业加速集聚\n" + _ACCOUNT)
    assert report.year == 2023, report.evidence["year"]


@pytest.mark.parametrize("page", [
    # a profile titled by the park's name
    "北岭工业园区\n" + _ACCOUNT,
    # a writer speaking as 我 (我省, 我们): the writing of a unit about its own work
    "新材料产业加速集聚\n" + _ACCOUNT.replace("近年来，北岭工业园区", "近年来，我省北岭工业园区"),
    # a document built of numbered parts
    "新材料产业加速集聚\n一、总体情况\n" + _ACCOUNT + "二、下一步打算\n继续完善园区配套设施，推动新材料产业集群扩量提质。\n",
    # a text saying what will be done
    "新材料产业加速集聚\n2025年，北岭工业园区将继续围绕新材料主导产业延链补链，力争引进上下游企业20家。" + _ACCOUNT,
    # an official document's title form
    "关于北岭工业园区新材料产业集聚情况的通报\n" + _ACCOUNT,
])
def test_no_account_by_others_is_filed_with_the_news(tmp_path, page):
    (report,) = read_page(tmp_path, page)
    assert report.doc_type != "简报", report.evidence["doc_type"]


def test_where_a_zone_lies_and_its_name_is_the_subject_whatever_the_tagger_calls_its_place(tmp_path):
    # (位于…的 + the zone: a noun phrase, its predicate the next clause; the tagger gives 湾 no noun's tag)
    (report,) = read_page(tmp_path, "位于澄江湾畔的澄江湾产业园，连续三年跻身全省开发区综合考评前十。"
                                    + _ACCOUNT.replace("北岭工业", "澄江湾产业"))
    assert report.title == "位于澄江湾畔的澄江湾产业园，连续三年跻身全省开发区综合考评前十", report.evidence["title"]


def test_a_text_opening_on_what_the_park_is_stays_a_profile(tmp_path):
    (report,) = read_page(tmp_path, "澄江湾产业园是全省唯一以海洋装备为主导产业的省级开发区，规划面积12平方公里。"
                                    + _ACCOUNT.replace("北岭工业", "澄江湾产业"))
    assert report.doc_type != "简报", report.evidence["doc_type"]


@pytest.mark.parametrize("page", [
    # (a title citing a document by its name: the name's 办法 / 标准 is not the title's own form)
    "根据省工信厅印发的《化工园区建设标准和认定管理办法》要求，青川县组织开展了化工园区认定复核工作\n" + _ACCOUNT,
    # (a news release numbering its paragraphs is no document of numbered headings)
    "北岭工业园区新材料产业加速集聚\n一、" + _ACCOUNT + "二、园区同时加快完善配套设施，新建标准厂房12万平方米，"
    "一批生活服务设施相继投用，园区承载能力显著提升，吸引了更多企业前来洽谈投资。\n",
    # (a past 确保 further on is no plan: 种植绿篱确保无裸露地表)
    "北岭工业园区新材料产业加速集聚\n" + _ACCOUNT + "园区还对道路两侧实施平整绿化，种植绿篱确保无裸露地表。\n",
])
def test_these_accounts_are_filed_with_the_news_too(tmp_path, page):
    (report,) = read_page(tmp_path, page)
    assert report.doc_type == "简报", report.evidence["doc_type"]


def test_a_studys_title_is_no_news(tmp_path):
    (report,) = read_page(tmp_path, "北岭县域工业园区空间格局演变研究\n" + _ACCOUNT)
    assert report.doc_type != "简报", report.evidence["doc_type"]


@pytest.mark.parametrize("clause, lacks", [
    ("截至2023年", True),  # (a cut-off told alone: when, the figures follow)
    ("每年举办国际兰展的青川兰花生物科技园区", True),  # (a relative clause, 的, the zone: a subject)
    ("青川工业园区是建于2001年的自治区级工业园区", False),  # (是: its predicate)
    ("由全市各部门负责人组成的观摩团莅临青川循环经济示范园区", False),
    ("青川软件园实现软件与信息产业总收入140亿元", False),  # (与 a conjunction after the verb)
])
def test_which_lead_clauses_have_no_predicate_of_their_own(clause, lacks):
    from indexer.reading.titles import _lacks_predicate
    assert _lacks_predicate(clause) is lacks


def test_a_lead_runs_past_its_cut_off_to_what_was_reached(tmp_path):
    (report,) = read_page(tmp_path, "记者在日前召开的青川软件园表彰会上获悉，截至2023年，青川软件园实现软件与信息产业总收入140亿元，"
                                    "认定软件企业超过全市六成。\n园区还新引进企业20家。\n")
    assert report.title == ("记者在日前召开的青川软件园表彰会上获悉，截至2023年，青川软件园实现软件与信息产业总收入140亿元"), \
        report.evidence["title"]
