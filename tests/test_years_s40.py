"""Years read in session 40 (docs/labelling.md: a founding year or a year in a history is not the report's). Own pages.

- An ROC year (94年, 民國88年) is read as a year of the common era is: what it is when it is not the report's — a
  founding, a compared year, a step of a history its sentence tells year by year (宜蘭某園區在94年經行政院核定設立,
  102年完成各項基礎建設,105年7月標準廠房啟用) — is told by the same rules. Until now only a founding right after it
  and a few words before it were. A chronicle's sentence gives each year its own clause, up to the next year's;
  a year's own month dates it and is no figure, and a visit or an inquiry the report itself makes stays its year."""
import pytest

from conftest import read_page


def test_a_chronicle_told_in_roc_years_gives_no_year(tmp_path):
    page = ("竹科溪口園區招商遇瓶頸 縣府提解方\n"
            "聯合報 記者林某某╱溪口報導\n"
            "竹科溪口園區在95年經行政院核定設立,103年完成各項基礎建設,106年8月標準廠房啟用,但招商產業類別受限,"
            "進駐廠商不多,縣府希望開放更多產業進駐。\n"
            "縣府表示,將持續與管理局溝通,爭取放寬限制。\n")
    (report,) = read_page(tmp_path, page)
    assert report.year is None, report.evidence["year"]


@pytest.mark.parametrize("page, year", [
    # (a count made to a year's end is that year's: 截至 is no span's start, whatever era names the year)
    ("溪口加工出口區概況\n溪口加工出口區民國60年設立，截至民國89年底，區內廠商共計74家，營業額達新台幣318億元。\n", 2000),
    # (a year whose clause tells a figure is a year's work, told after its history)
    ("溪口科學園區在95年經行政院核定設立,112年園區營業額達新台幣412億元,較上年增長8%。\n", 2023),
])
def test_a_roc_year_of_counts_or_results_stays_the_reports(tmp_path, page, year):
    (report,) = read_page(tmp_path, page)
    assert report.year == year, report.evidence["year"]


def test_the_reports_own_inquiry_after_a_founding_is_its_year(tmp_path):
    # (the guard of the chronicle: a history's first step, then the inquiry the report is of, in the text's year)
    page = "某某园区发展情况的调研报告\n园区始建于2009年。市政协经济委于2023年10月组织委员到园区视察调研。\n"
    (report,) = read_page(tmp_path, page)
    assert report.year == 2023, report.evidence["year"]
