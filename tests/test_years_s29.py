"""Years read in session 29 (reading version 110). Own pages, own names.

An entry or a profile that opens on its history told year by year (1996年…开始规划建设，2003年首批企业入驻，2010年…贯通) names no
year of its own: every year it names is the history's (docs/labelling.md: a year in a history is not the report's).
When it goes on to state figures as of a later year (截至2023年底…), that year is its year."""
from conftest import read_page

_HISTORY = ("青禾工业园区\n"
            "1996年在县城东郊划出的轻工业区内开始规划建设，2003年首批企业入驻，2010年园区道路管网全面贯通，"
            "2018年园区划归青禾新区管辖，产业以食品加工和纺织为主。\n"
            "园区位于县城东部，距高速公路出口3公里，交通便利。\n")


def test_a_profile_told_as_a_chronicle_has_no_year(tmp_path):
    (report,) = read_page(tmp_path, _HISTORY)
    assert report.year is None, report.evidence["year"]
    assert "沿革" in report.evidence["year"]


def test_a_chronicle_that_goes_on_to_state_figures_is_of_their_year(tmp_path):
    (report,) = read_page(tmp_path, _HISTORY + "截至2023年底，园区入驻企业86家，实现工业总产值42亿元。\n")
    assert report.year == 2023, report.evidence["year"]


def test_a_summary_opening_on_its_years_keeps_its_own(tmp_path):
    # (a review of the year is no chronicle: its genre reports a period, whatever years it names)
    page = ("青禾工业园区2023年工作总结\n2021年以来，园区累计引进项目58个；2022年完成投资30亿元；2023年，园区实现工业总产值"
            "42亿元，同比增长8%。\n一、主要成效\n全年新签约项目21个。\n")
    (report,) = read_page(tmp_path, page)
    assert report.year == 2023, report.evidence["year"]
