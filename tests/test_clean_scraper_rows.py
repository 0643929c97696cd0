"""Rows a scraper keeps that are no report's: a government portal's disclosure table with who issued the document and
under which class, a row naming the title with the label 名称, and the errors a site's own scripts printed into the page.
Each case was read wrong before (the table row or the error became the title); the texts are written here, in the forms
portals and PHP print them."""
from __future__ import annotations

import pytest

from indexer.reading.clean import clean_text, page_credits
from indexer.reading.pipeline import read_file

NOTICE = (
    "信息分类: | 通知 | 发文单位: | 青禾工业园区 |\n"
    "索引号: | 1153-2021-00012 | 成文日期: | 2021-03-02 |\n"
    "名称: | 青禾工业园区管理委员会关于成立招商服务中心的通知 |\n"
    "青禾工业园区管理委员会关于成立招商服务中心的通知\n"
    "各部门、各企业：\n"
    "为加快项目落地，经管委会研究，决定成立招商服务中心。\n"
)


def test_a_disclosure_tables_rows_are_the_portals(tmp_path):
    (tmp_path / "notice.txt").write_text(NOTICE, encoding="utf-8")
    (report,) = read_file(tmp_path / "notice.txt", tmp_path).reports
    assert report.title == "青禾工业园区管理委员会关于成立招商服务中心的通知"
    assert clean_text(NOTICE) == (
        "青禾工业园区管理委员会关于成立招商服务中心的通知\n"
        "各部门、各企业：\n"
        "为加快项目落地，经管委会研究，决定成立招商服务中心。"
    )


@pytest.mark.parametrize("label", ["名称", "名稱", "标题"])
def test_a_row_naming_the_title_gives_it_and_goes(tmp_path, label):
    page = f"{label}: 青禾开发区重抓项目建设\n发布时间: 2023-05-06\n近日，青禾开发区召开项目建设推进会，部署二季度重点项目。\n"
    assert page_credits(page).title == "青禾开发区重抓项目建设"
    assert clean_text(page) == "近日，青禾开发区召开项目建设推进会，部署二季度重点项目。"
    (tmp_path / "page.txt").write_text(page, encoding="utf-8")
    (report,) = read_file(tmp_path / "page.txt", tmp_path).reports
    assert report.title == "青禾开发区重抓项目建设"


@pytest.mark.parametrize("row", [
    "Deprecated: Function create_function() is deprecated in /www/wwwroot/site/inc/func.php on line 12",
    "Warning: Undefined variable $title in /var/www/html/news/show.php on line 88",
    "PHP Notice:  Undefined index: id in /home/site/public_html/article.php on line 5",
])
def test_a_sites_script_error_is_no_line_of_the_report(row):
    page = f"{row}\n青禾产业园区全数招商完成\n青禾产业园区管理处表示，园区厂房已全部出租。\n"
    assert clean_text(page) == "青禾产业园区全数招商完成\n青禾产业园区管理处表示，园区厂房已全部出租。"


def test_a_report_speaking_of_a_warning_keeps_its_line():
    page = "青禾产业园区安全生产简报\nWarning: 汛期将至，各企业要做好防汛准备。\n园区开展了安全检查。\n"
    assert "Warning: 汛期将至，各企业要做好防汛准备。" in clean_text(page)


@pytest.mark.parametrize("page, title", [
    # a source's tag before the lead's date, a blank between them, as a news site prints its lead (某某新闻网讯 5月11日，…)
    ("青禾新闻网讯 5月11日,开发区管委会组织召开全区工作汇报会,听取管委会领导班子成员汇报工作。 副市长出席汇报会。"
     " 会议指出,开发区要强化工作措施。\n", "5月11日,开发区管委会组织召开全区工作汇报会"),
    ("青禾日报讯 5月11日,青禾开发区召开项目推进会,部署二季度重点项目建设工作。 会议要求加快项目审批。"
     " 各部门负责人参加会议。\n", "5月11日,青禾开发区召开项目推进会"),
    # where the scrape cut into the page: a table's bar and a full stop before the lead's credit
    ("| 。(记者 王明 通讯员 李强)12月18日上午,青禾工业园区举行四季度重大项目集中开工仪式。市委常委出席。"
     " 此次同时开工的6个项目总投资20亿元。 |\n", "12月18日上午,青禾工业园区举行四季度重大项目集中开工仪式"),
    # …and a credit the cut took the opening bracket of
    ("。王 通讯员 李强)12月18日上午,青禾工业园区举行四季度重大项目集中开工仪式。市委常委出席。"
     " 此次同时开工的6个项目总投资20亿元。\n", "12月18日上午,青禾工业园区举行四季度重大项目集中开工仪式"),
])
def test_a_leads_source_tag_and_a_cut_page_start_are_no_title(tmp_path, page, title):
    (tmp_path / "page.txt").write_text(page, encoding="utf-8")
    (report,) = read_file(tmp_path / "page.txt", tmp_path).reports
    assert report.title == title
    assert not report.text.startswith(("|", "。", "王 通讯员"))


def test_a_source_tag_is_a_credit_and_a_parks_name_is_not():
    from indexer.reading.titles import is_credit_line
    assert [is_credit_line(x) for x in ("青禾新闻网讯", "青禾日报讯", "青禾电视台讯", "电子信息产业园", "青禾开发区召开会议")] \
        == [True, True, True, False, False]


def test_a_paper_credit_with_both_brackets_stays_for_the_lead_rules(tmp_path):
    page = "本报讯(记者 王明 通讯员 李强)12月18日上午,青禾工业园区举行四季度重大项目集中开工仪式。市委常委出席。\n"
    (tmp_path / "page.txt").write_text(page, encoding="utf-8")
    (report,) = read_file(tmp_path / "page.txt", tmp_path).reports
    assert report.title == "12月18日上午,青禾工业园区举行四季度重大项目集中开工仪式"
    assert clean_text(page).startswith("本报讯(记者 王明 通讯员 李强)")
