"""Years from the right date, site numbering and questions, and a titleless review (session 8, #12).

- A year typed with a digit zero for 〇 (二0一九年) is that year, not the one the text names later.
- A year followed by what happened in it (成立于2003年, 2006年4月被批准为…, 被评为…) is the park's background,
  also when a page without a title line lends its first words to the title.
- A summary joined with the next year's plan, only the plan naming its year (工作总结及2024年工作安排), sums up the
  year before; a half-year's summary and its second half's plan are the same year.
- A collection's numbering in brackets (【篇1】) and a document site's question (…调研报告怎么写?( 二 )) are the
  site's, not the title's; the genre word before them types the report.
- A page without a title line whose first paragraph reviews a period by what it achieved (2023年，园区…完成…同比增长…)
  is a 工作总结; a park's profile (位于…, 成立于…) and a plan (将…, 力争…) are not.
Each positive case failed before its rule.
"""
import pytest

from indexer.reading.describe import choose_doc_type, choose_year
from indexer.reading.titles import clean_title, title_score


def read_page(tmp_path, body):
    from indexer.reading.pipeline import read_file

    path = tmp_path / "page.txt"
    path.write_text(body, encoding="utf-8")
    return read_file(path, tmp_path).reports


def test_a_year_typed_with_digit_zeros():
    assert choose_year("二0一九年青山工业园区工作总结", "2023年园区的工作紧紧围绕县委的部署。")[0] == 2019


@pytest.mark.parametrize("title,year", [("经开区工作总结及2024年工作安排", 2023), ("開發區工作總結及2024年工作計劃", 2023),
                                        ("XX经济开发区2023年工作总结和2024年工作思路", 2023),
                                        ("上半年工作总结及2024年下半年工作计划", 2024)])
def test_a_summary_with_the_next_year_s_plan_is_of_the_year_before(title, year):
    assert choose_year(title, "")[0] == year


@pytest.mark.parametrize("opening", ["红石工业园区成立于2008年5月，2012年3月被批准为省级开发区，规划面积18平方公里。",
                                     "园区2016年被评为国家级生态工业示范园区，现有企业143家。"])
def test_a_year_of_the_park_s_background_is_not_the_report_s(tmp_path, opening):
    r = read_page(tmp_path, opening + "\n园区重点发展装备制造、新型建材两大产业，水、电、气、通讯等基础设施配套齐全。\n")[0]
    assert r.year is None, r.evidence


@pytest.mark.parametrize("line,title", [("园区管理中心负责人述职报告【篇1】", "园区管理中心负责人述职报告"),
                                        ("开发区招商引资工作调研报告怎么写?( 二 )", "开发区招商引资工作调研报告")])
def test_the_site_s_numbering_and_question_leave_the_title(line, title):
    assert clean_title(line) == title
    assert title_score(line) >= 5  # (a site's question mark ends no sentence of the title)


def test_a_titleless_review_of_a_period_is_a_summary():
    body = ("2023年，石埠工业园区坚持以项目建设为中心，全年完成规上工业总产值142亿元，同比增长10.3%；新引进项目27个。\n"
            "（一）项目建设提质提速\n全年实施重点项目35个。\n")
    t, why = choose_doc_type("2023年，石埠工业园区坚持以项目建设为中心", None, body, from_lead=True)
    assert t == "工作总结" and "回顾一个时期" in why


@pytest.mark.parametrize("body", ["金园工业区位于县城北二环路以外，首期开发面积1平方公里，已引进项目20多个。\n",
                                  "今年以来，园区将全力推进项目建设，力争完成投资50亿元。\n",
                                  "2023年，园区规划面积18平方公里，重点发展装备制造产业。\n"])
def test_a_profile_or_a_plan_without_a_title_is_no_summary(body):
    assert choose_doc_type(body[:12], None, body, from_lead=True)[0] != "工作总结"
