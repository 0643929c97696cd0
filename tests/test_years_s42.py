"""Years read in session 42: a year whose clause tells a founding, however the founding is said, is the history's.

Official profiles and news write a zone's or a firm's beginning as one clause of the year: who founded what (某公司…，
创办了某工业园), where a firm was set up (某实业总部设立于某地), the thing the sentence is about started then (某园区是…
项目，1994年5月启动，), its development begun at scale (开始规模性开发), Taiwan's cabinet approving a zone or its land
(奉行政院核定为科学园区用地, 4月及9月再分别核定某园区). Such a year is the history's, not the report's: 7 study pages of
6 hosts (suzhou.gov.cn, jstec, a Xinhua copy, udn, idbpark ×2, …) were dated by it. The year is then passed over, as the
house reads a founding (docs/labelling.md, year): the page's date row, a later year of results, or none.
Guards: a park's own deed in its year of work (园区成立招商专班, 启动…建设，全年完成…), a sum approved (核定预算…), a
count of firms set up (新设立企业120家) stay the year's.
Own pages: invented parks, places and figures."""
import pytest

from conftest import read_page

_RESULTS = "2031年，园区坚持项目为王，全年实现地区生产总值512亿元，新增实际利用外资3.6亿美元。\n"


def test_a_profile_whose_zone_started_in_a_year_is_dated_by_its_results(tmp_path):
    page = ("青禾湾工业园区\n\n青禾湾工业园区是两省合作共建的重点项目，2003年5月启动，规划面积60平方公里，常住人口21.5万。\n\n"
            + _RESULTS)
    (report,) = read_page(tmp_path, page)
    assert report.year == 2031, report.evidence["year"]
    assert "2003年" in report.evidence["year"], report.evidence["year"]


def test_a_year_a_firm_founded_the_zone_is_history_and_the_date_row_dates_the_news(tmp_path):
    page = ("松林产业园：从零起步助力当地工业化\n\n2032-06-23 来源：青禾发布\n\n"
            "青禾投资有限公司是一家主要从事投资管理和进出口贸易的企业。\n\n"
            "2021年，青禾投资在素有“高原明珠”之称的某国，创办了松林产业园，成为当地首个工业园区。今年4月，松林产业园"
            "迎来了建园纪念日。园区管委会负责人说，园区已成为当地工业发展的示范项目。\n")
    (report,) = read_page(tmp_path, page)
    assert report.year == 2032, report.evidence["year"]


def test_a_zone_whose_development_began_in_a_year_is_dated_by_the_date_row(tmp_path):
    page = ("松林工业园助力当地工业化进程\n\n时间：2032-03-21 14:19\n\n"
            "在某国首都东南约50公里的松林工业园，一辆又一辆货车穿梭往来。\n"
            "这座由民营企业投资的工业园位于某市，2019年开始规模性开发并招商运营，2024年4月正式成为国家级境外经贸合作区。\n"
            "园区负责人说，园区已吸引企业40余家入驻。\n")
    (report,) = read_page(tmp_path, page)
    assert report.year == 2032, report.evidence["year"]


def test_the_year_a_firm_was_set_up_somewhere_is_no_year_of_the_news(tmp_path):
    page = ("青禾縣松林產業園區再傳喜訊，食品大廠禾豐實業今天舉辦新廠動土典禮，縣長等人前往祝賀。禾豐實業預計投入3億元，"
            "在園區建置食品加工廠及物流中心。\n\n"
            "2001年禾豐實業總部設立於台北，從各地引進優質雜糧。為提升產能，在縣府招商下購入園區土地約3000平方公尺。\n")
    (report,) = read_page(tmp_path, page)
    assert report.year is None, report.evidence["year"]


@pytest.mark.parametrize("profile", [
    "松林科學園區位於青禾縣某鎮,86年7月奉行政院核定為科學園區用地,於88年7月開始動工,土地面積120公頃。",
    "南部某某科學園區(以下簡稱某科)範圍包括兩個基地,為行政院於80年「六年計畫」中確立的構想,於84年5月核定第一期籌設計畫。"
    "90 年4月及9月再分別核定松林園區及第二期基地。",
])
def test_the_cabinets_approval_of_a_zone_is_its_history(tmp_path, profile):
    page = profile + "\n園區聯外交通便捷，鄰近國道與台鐵車站，歡迎廠商進駐。\n"
    (report,) = read_page(tmp_path, page)
    assert report.year is None, report.evidence["year"]


@pytest.mark.parametrize("opening", [
    "2031年，园区成立招商专班，全年引进项目20个，完成固定资产投资48亿元。",
    "2031年，园区启动智慧园区建设，全年完成投资12亿元，新增规上企业15家。",
    "2031年，园区核定预算资金3.2亿元，用于基础设施建设和企业服务。",
    "2031年，园区新设立企业120家，实现营业收入860亿元。",
])
def test_a_parks_own_deed_in_its_year_of_work_stays_the_years(tmp_path, opening):
    (report,) = read_page(tmp_path, "松林经开区工作情况\n\n" + opening + "\n下一步，园区将持续优化营商环境。\n")
    assert report.year == 2031, report.evidence["year"]


def test_a_plan_period_spelt_the_taiwanese_way_names_the_present(tmp_path):
    # (規畫, as Taiwan and Hong Kong spell 规划: 「十四五」規畫收官之年 is 2025, as “十四五”规划收官之年 is)
    page = ("松林創科園首三座大樓落成\n\n"
            "某局局長20日透露，規畫經年的松林創科園將於22日正式開園。目前已有超過40家企業與園區簽署租約並陸續進駐。\n"
            "首三座大樓已落成，如今正式開園，會是國家「十四五」規畫收官之年的重要成果。\n")
    (report,) = read_page(tmp_path, page)
    assert report.year == 2025, report.evidence["year"]


_RECOMMENDED = ("本报讯 青禾特区政府最近推荐包括旅游休闲、物流商贸、科教研发等行业的40个项目进入松林合作产业园。\n"
                "这是青禾特区政府继2029年4月份向松林新区管委会推荐首批25个项目进入松林合作产业园后，再次推荐有意入园发展的项目。\n")


def test_a_lead_told_lately_is_of_the_year_the_page_is_dated(tmp_path):
    # (最近, as 近日 and 日前: the time told from the day of telling; the year further on is an earlier step's)
    page = "青禾向松林合作产业园推荐40个项目\n\n2031-11-19 来源：青禾日报\n\n" + _RECOMMENDED
    (report,) = read_page(tmp_path, page)
    assert report.year == 2031, report.evidence["year"]
    assert "最近" in report.evidence["year"], report.evidence["year"]


def test_a_lead_told_lately_on_an_undated_page_gives_no_year_from_lately(tmp_path):
    (report,) = read_page(tmp_path, "青禾向松林合作产业园推荐40个项目\n\n" + _RECOMMENDED)
    assert "最近" not in report.evidence["year"], report.evidence["year"]


def test_a_document_sites_copy_read_as_an_article_is_not_dated_by_its_upload(tmp_path):
    # (the upload row of a shared document, 上传时间 with its 文档编号, 格式 and 大小: when a copy was put up, whatever kind
    # of text the copy is read as — docs/labelling.md, year)
    page = ("松林街道工业园区建设调查报告.doc\n\n"
            "上传人:青禾文档 文档编号:1234567 上传时间:2031-03-12 格式:DOC 页数:3 大小:13KB\n"
            "亲,该文档总共3页,全部预览完了,如果喜欢就下载吧!\n\n"
            "松林街道工业园区建设调查报告 近期，通过对街道工业园区的全面调查，找出了园区发展中存在的突出问题，"
            "并提出了相应的意见与建议。现将调研情况概述如下：\n"
            "一、园区建设的几个特点\n近年来，松林街道大力发展园区经济，全街投资建设的工业园区共有5个。\n")
    (report,) = read_page(tmp_path, page)
    assert report.year is None, report.evidence["year"]


def test_an_organs_article_keeps_its_date_row(tmp_path):
    page = ("松林工业园区建设情况简介\n\n发布时间：2031-03-12 来源：松林街道办事处\n\n"
            "近年来，松林街道大力发展园区经济，全街投资建设的工业园区共有5个，入驻企业120家。\n")
    (report,) = read_page(tmp_path, page)
    assert report.year == 2031, report.evidence["year"]


@pytest.mark.parametrize("forecast", [
    # (the forecast's subject between its word and the year; the next step of the same forecast listed after it)
    "某局表示，松林线将带动园区发展，预计会在松林捷运2033年通车至2035年进入高峰期。",
    "县府表示，某厂建照已进入最后审查，厂区面积约12公顷，预计2033年底完工，2035年生产，可创造3000个就业机会。",
])
def test_a_forecasts_due_years_are_not_the_news_year(tmp_path, forecast):
    page = "松林科学园区迎来首家大厂\n\n" + forecast + "\n园区负责人表示，将全力做好服务。\n"
    (report,) = read_page(tmp_path, page)
    assert report.year is None, report.evidence["year"]


@pytest.mark.parametrize("told, year", [
    # the guards: a forecast of a year's figures is that year's (预计2031年完成产值…), and a year opening its own clause
    # after a clause that forecasts none is the year told
    ("园区负责人说，预计2031年全年完成工业总产值320亿元，同比增长12%。", 2031),
    ("园区一期厂房预计年底完工，2031年园区实现工业总产值320亿元。", 2031),
])
def test_a_year_of_figures_after_a_forecast_word_stays_the_year(tmp_path, told, year):
    (report,) = read_page(tmp_path, "松林科学园区发展情况\n\n" + told + "\n园区负责人表示，将全力做好服务。\n")
    assert report.year == year, report.evidence["year"]
