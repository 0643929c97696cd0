"""Reading decided in session 44. Own pages.

- A prefecture city's name with 市 and a class of zone with no kind before it (某市开发区, 某市产业集聚区) is how its
  zones together are written, when the text speaks of all of them (全市开发区), of each (各开发区) or counts them
  (全市17个产业集聚区): the name of no park, as 某市工业园区 with 全市工业园区 already was. Without such words it stays
  the one zone a city's people call so (某市开发区 for 某某经济开发区).
- A document site's row giving the file's length (约 24页, 约2.27万字) or a compilation's count ((共5篇)) marks the
  page as a copy a site hosts: its date row is an upload's, no year of the report.
- A title naming a work and how it stands with its genre word left off (某园区近期工作开展情况, 某开发区垃圾治理推进情况)
  is the 情况汇报 a unit sends up (工作汇报), whatever the person of its text; an economy's 运行情况 stays a bulletin's.
"""
import pytest

from conftest import read_page

_ZONES_OF_A_CITY = (
    "关于进一步推动常德市开发区高质量发展的调研报告\n"
    "为了解{marker}发展现状，市人大常委会调研组于今年5月深入各县市区进行了专题调研。现将调研情况报告如下：\n"
    "一、基本情况\n近年来，开发区在集聚产业、推动创新、扩大开放等方面发挥了重要作用，成为全市经济发展的主引擎。\n"
    "二、存在的问题\n部分开发区主导产业不够突出，土地集约利用水平不高。\n"
)


@pytest.mark.parametrize("marker", ["全市开发区", "各开发区", "全市9个开发区"])
def test_a_citys_name_and_a_bare_class_is_its_zones_together(tmp_path, marker):
    (report,) = read_page(tmp_path, _ZONES_OF_A_CITY.format(marker=marker))
    assert report.park is None, report.evidence["park"]
    assert "合称" in report.evidence["park"]


def test_the_same_with_a_class_of_cluster_zones_counted(tmp_path):
    page = ("许昌市产业集聚区统计工作情况通报\n"
            "近期，我们对许昌市产业集聚区统计机构和人员情况进行了书面调查。全市8个产业集聚区均已设立统计机构，"
            "有2个产业集聚区统计人员不足。现将有关情况通报如下。\n")
    (report,) = read_page(tmp_path, page)
    assert report.park is None, report.evidence["park"]


def test_a_citys_one_zone_called_by_the_bare_class_stays_that_zone(tmp_path):
    # (the guard: no word for all the city's zones or each of them — the text speaks of one zone)
    page = ("常德市开发区一季度经济运行稳中向好\n"
            "今年一季度，常德市开发区完成固定资产投资12亿元，同比增长15%，增速高于全市平均水平。"
            "开发区新签约项目8个，主要经济指标实现首季开门红。\n")
    (report,) = read_page(tmp_path, page)
    assert report.park == "常德市开发区", report.evidence["park"]


_COPY = ("园区建设调研报告(共3篇)\n第1篇:青禾工业园建设调研报告\n青禾工业园建设调研报告\n"
         "根据县委安排，最近一段时间，我在县工信局同志的陪同下深入青禾工业园调研，了解了园区的基本情况和存在的问题。"
         "现将调研情况报告如下。\n一、园区基本情况\n园区规划面积12平方公里，现有入园企业46家。\n")


@pytest.mark.parametrize("rows", ["- 0\n- 约2.13万字\n- 约 21页\n", "约18页\n"])
def test_a_document_sites_length_row_leaves_its_upload_date_no_year(tmp_path, rows):
    page = rows + "- 2025-04-11 发布于湖南\n- 举报\n" + _COPY
    (report,) = read_page(tmp_path, page)
    assert report.year is None, report.evidence["year"]


def test_a_compilations_count_alone_marks_the_copy_too(tmp_path):
    page = "发布时间：2025-04-11\n" + _COPY
    (report,) = read_page(tmp_path, page)
    assert report.year is None, report.evidence["year"]


def test_an_organs_dated_page_stays_dated(tmp_path):
    # (the guard: no sign of a site hosting copies, the page's date row dates the report)
    page = "发布时间：2025-04-11\n" + _COPY.replace("园区建设调研报告(共3篇)\n第1篇:青禾工业园建设调研报告\n", "")
    (report,) = read_page(tmp_path, page)
    assert report.year == 2025, report.evidence["year"]


_ACCOUNT = ("今年以来，园区围绕“清垃圾、治污水、美环境”目标，组织开展了环境卫生集中整治，共清运垃圾320吨，"
            "整治企业周边环境问题46处。园区还建立了网格化保洁制度，明确了各企业门前责任区。"
            "下一步，园区将继续巩固整治成果，推动环境卫生长效管理。\n")


@pytest.mark.parametrize("title", ["2024年青禾开发区垃圾治理推进情况", "青禾工業園區近期工作開展情況",
                                   "青禾园区环保整改落实情况"])
def test_a_works_account_titled_by_how_it_stands_is_a_report_sent_up(tmp_path, title):
    (report,) = read_page(tmp_path, title + "\n" + _ACCOUNT)
    assert report.doc_type == "工作汇报", report.evidence["doc_type"]


@pytest.mark.parametrize("title", ["1-9月园区工业经济运行情况", "青禾工业园区基本情况"])
def test_an_economys_run_or_a_parks_basics_is_no_such_report(tmp_path, title):
    (report,) = read_page(tmp_path, title + "\n" + _ACCOUNT)
    assert report.doc_type != "工作汇报", report.evidence["doc_type"]
