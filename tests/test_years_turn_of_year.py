"""The year a report is about where the text tells it relative to another year (issue #12, session 9):
news about a meeting or a release that reviews a year and plans the next, news told at the new year,
a stock counted from the last year-end, a study whose year is only in the results it tells, an
assessment's year, an article speaking of 去年 under its date, ROC years in Chinese numerals, a site's
title older than the summary's own heading, and the date rows a page is dated by. Convention: news is
dated by when it is told (its date, else the year its text says it is in), a report by the period it
reports; since session 17 a news item told the next year that only gives a year's results is of that year
(the year its results are about), and since session 34 one that reviews a year and plans the next too. Sentences are our own."""
import pytest

from indexer.reading.clean import clean_text, page_credits
from indexer.reading.describe import choose_year

PAD = "园区坚持项目为王，持续优化营商环境，推动产业链延链补链强链，各项工作取得新进展。" * 6


@pytest.mark.parametrize("title, body, published, year", [
    # a meeting that sums up a year and plans the next: the year it reviews (session 34: the labellers file such news by
    # the year reviewed, 5 of 5 primary since session 31 with a release of results; until then the house said the next)
    ("某某开发区召开2019年度工作总结表彰大会", "2月20日上午，某某开发区召开2019年度工作总结表彰大会。会议要求，作好2020年开发区各项工作。",
     None, 2019),
    ("经开区召开2025年工作总结汇报会", "1月8日，经开区召开2025年工作总结汇报会。会议强调，要研究制定具体的2026年工作举措。", None, 2025),
    # … a release of a year's results that looks ahead to the next
    ("科学园区营运记者会", "科学园区2025年营业额达5.8万亿元，再创新高。展望2026年，园区营业额可望稳健成长。", None, 2025),
    # … or that is dated the next year and deploys the work
    ("某某开发区召开2015年度工作总结大会", "某某开发区召开2015年度工作总结大会，听取各部门2015年工作报告，部署今年工作。", 2016, 2015),
    # … but one dated the next year that only hears the year's work is of that year (session 17's convention: the
    # year the results are about, as a summary told the next spring is)
    ("某某开发区召开2015年度工作总结大会", "某某开发区召开2015年度工作总结大会，听取各部门2015年工作报告。", 2016, 2015),
    # guards: held in the year's last months; dated the same year; a year planned without one reviewed
    ("某某开发区召开2023年工作总结大会", "12月28日，某某开发区召开2023年工作总结大会，部署2024年工作。", None, 2023),
    ("某某开发区召开2015年度工作总结大会", "某某开发区召开2015年度工作总结大会。", 2015, 2015),
    ("某某开发区召开2020年度工作大会", "3月26日，某某开发区召开2020年度工作大会，总结2019年度工作，部署2020年工作。", None, 2020),
])
def test_news_about_a_years_review_is_of_the_year_it_reviews(title, body, published, year):
    got, why = choose_year(title, body, published, news=True)
    assert got == year, why


def test_a_summary_with_the_next_years_plan_stays_the_year_it_reviews():
    # (not news: a summary reviews its year and plans the next in the same text)
    assert choose_year("某某园区2022年工作总结", "2022年，园区实现产值120亿元。作好2023年各项工作，要坚持项目为王。")[0] == 2022


@pytest.mark.parametrize("body, year", [
    ("“新年伊始，我们力争一季度签约项目5个以上。”日前，某某产业园召开招商工作会议。\n"
     "2022年，招商一组共签约项目21个，总投资48亿元；招商二组去年共签约项目17个。", 2023),
    # guard: no turn of the year told — a news item's results year alone dates nothing
    ("昨日，某某开发区召开干部大会，部署今年工作。\n会议指出，2023年某某开发区完成规模以上工业总产值860亿元。", None),
])
def test_news_told_at_the_new_year_is_of_the_year_after_its_results(body, year):
    assert choose_year("某某产业园召开招商会议", body, news=True)[0] == year


@pytest.mark.parametrize("body, year", [
    ("今年以来，某某高新区经济运行总体平稳。截至9月底，高新区共有市场主体2.1万户，较2022年末净增3200户。", 2023),
    ("1至6月，园区新增入驻企业35家，比2023年底增加12%。", 2024),
    # … and a part of a year compared with the same period of the year before (session 10: test_years_told_and_reviewed)
    ("一季度，园区实际利用内资比2022年同期增长18%。", 2023),
    # guard: no period of this year told
    ("园区共有市场主体2.1万户，较2022年末净增3200户。", None),
])
def test_a_stock_counted_from_the_last_year_end_is_of_the_next_year(body, year):
    assert choose_year("某某高新区经济运行情况", body)[0] == year


@pytest.mark.parametrize("body, year", [
    (PAD + "\n2020年全年，全市工业园区实现固定资产投资和工业总产值分别为120亿元、860亿元。", 2020),
    (PAD + "\n2019年某经开区、某高新区等6家工业园区实现工业总产值560亿元，同比增长7.3%。", 2019),
    # the last year whose results it tells
    (PAD + "\n2020年，园区实现产值100亿元；2021年，园区实现产值120亿元。", 2021),
    # guards: a target, a founding, a year in a quoted title are no results
    (PAD + "\n力争2025年实现工业总产值200亿元。", None),
    (PAD + "\n园区2008年成立以来，累计引进项目120个。", None),
    (PAD + "\n调研组学习了《2021年园区发展报告》，报告显示园区实现较快发展。", None),
])
def test_a_reports_year_only_in_the_results_it_tells(body, year):
    got, why = choose_year("关于全市工业园区产城融合发展的调研报告", body, doc_type="工作报告")
    assert got == year, why


@pytest.mark.parametrize("title, doc_type", [
    ("某某开发区工作要点", "工作计划"),  # a plan's results are the year before the one it plans
    ("在某某开发区工作会议上的讲话", "讲话"),  # a speech's are a year it looks back on
])
def test_results_further_on_date_no_plan_or_speech(title, doc_type):
    body = PAD + "\n2020年，园区实现工业总产值120亿元，同比增长8%。"
    assert choose_year(title, body, doc_type=doc_type)[0] is None


@pytest.mark.parametrize("body, year", [
    ("一年来，开发区克服不利影响。在2019年度省级以上开发区综合考核中，开发区排名上升25位。", None),
    ("一年来，开发区荣获2021年度全市目标任务考核优秀等次，新签约项目19个。", None),
    # an assessment's year passed over, the report's own year read after it
    ("在2021年度全省开发区综合考评中，开发区位列第8。2022年，开发区实现产值150亿元。", 2022),
])
def test_an_assessments_year_is_background(body, year):
    got, why = choose_year("某某经济开发区工作总结", body, doc_type="工作总结")
    assert got == year
    assert "考核评比的年度" in why


@pytest.mark.parametrize("body, published, year", [
    ("去年，某某工业园紧紧围绕高质量发展目标，荣获2018年度全县目标任务考核综合奖。", 2019, 2019),
    ("今年以来，园区新签约项目12个。", 2024, 2024),
    # guard: a year named before 今年 is read as before
    ("2023年，园区新签约项目12个，今年将继续加大招商力度。", 2024, 2023),
])
def test_an_article_speaking_relative_to_its_date_is_dated_by_it(body, published, year):
    got, why = choose_year("某某工业园发展再上新台阶", body, published)
    assert got == year, why


@pytest.mark.parametrize("body, year", [
    ("經濟部表示，「一一四年度某某產業園區招商說明會」日前舉行，吸引逾百家廠商參與。", 2025),
    ("園管局指出，一〇九年園區營業額達一千二百億元，創歷史新高。", 2020),
    # guard: Simplified text, a count, not a year of the ROC calendar
    ("园区历经一一四年的风雨，发展成为综合性园区。", None),
])
def test_an_roc_year_in_chinese_numerals(body, year):
    got, why = choose_year("某某園區招商說明會", body, news=True)
    assert got == year, why
    if year:
        assert "民国纪年" in why and body[body.index("一"):].startswith(why.split("「")[1].split("」")[0][:3])


@pytest.mark.parametrize("title, body, year", [
    ("某某园区2020年工作总结范文", "一、2021年工作总结\n2021年，园区实现工业总产值120亿元。\n二、2022年工作思路", 2021),
    # guards: a plan heading last year's review; the same year
    ("某某园区2021年工作计划", "一、2020年工作总结\n2020年，园区实现工业总产值120亿元。\n二、2021年工作计划", 2021),
    ("某某园区2021年工作总结", "一、2021年工作总结\n2021年，园区实现工业总产值120亿元。", 2021),
])
def test_a_summarys_own_heading_over_a_sites_older_title(title, body, year):
    got, why = choose_year(title, body)
    assert got == year, why


@pytest.mark.parametrize("text, year", [
    (" date 2023-03 國科會旗下三大科學園區去年營業額創新高，展望今年可望持平。\n正文。", 2023),
    ("【工作动态】某某开发区召开工作会议\n| 招商动态 |2016-09-22\n9月12日上午，开发区召开工作会议。", 2016),
    ("某某开发区召开工作会议\n| 招商动态 | 2016-09-22 |\n正文。", 2016),
    # a wire story's ROC filing code closing it: yyyMMdd
    ("中科前2月營業額創新高\n（中央社記者某某台中2日電）今年全年營業額可望再成長。\n今年可望上看8000億元。（編輯：某某）1080402", 2019),
    ("園區新聞\n正文一。\n正文二，營收成長。1130315", 2024),
    # guards: a table's row of figures is no date row; a big number ending a sentence is no code
    ("某某开发区经济指标\n| 工业总产值 | 120亿元 |\n正文。", None),
    ("園區新聞\n正文一。\n今年營業額達12345678億元。", None),
    ("園區新聞\n正文一。\n園區廠商共有1131345", None),
])
def test_date_rows_that_date_a_page(text, year):
    assert page_credits(text).published == year


def test_a_date_row_is_furniture_not_text():
    text = clean_text("某某开发区召开工作会议\n| 招商动态 |2016-09-22\n date 2023-03\n9月12日上午，开发区召开工作会议。")
    assert "2016-09-22" not in text and "date" not in text


@pytest.mark.parametrize("title, body, year", [
    ("某某科技工业园举行建区三十周年座谈会", "园区于1993年经省政府批准设立，如今已集聚规上企业210家。", 2023),
    ("加工出口區歡慶成立50週年", "政府陸續於民國55年、58年分別於高雄楠梓、台中潭子設置加工出口區。", 2016),
    ("某某开发区庆祝成立25周年", "开发区成立于1997年，25年来累计引进项目600个。", 2022),
    # guard: no founding year stated — nothing to count from
    ("某某开发区庆祝建区二十周年", "开发区从一片荒滩起步，如今已集聚规上企业210家。", None),
])
def test_a_parks_anniversary_counted_from_the_founding_it_states(title, body, year):
    got, why = choose_year(title, body)
    assert got == year, why


@pytest.mark.parametrize("body, year", [
    ("会议要求，要做好年末收官与明年开局工作的衔接，认真编制好开发区“十五五”发展规划。", 2025),
    ("会议要求，配合编制好“十四五”规划，谋划好明年的开局工作。", 2020),
    ("今年是“十四五”规划的收官之年，园区要全力冲刺全年目标。", 2025),
    ("今年是“十三五”开局之年，园区要开好局、起好步。", 2016),
    # guard: a period named, no time within it
    ("“十四五”期间，园区将重点发展新材料产业。", None),
])
def test_a_five_year_plan_period_dates_a_text(body, year):
    got, why = choose_year("某某开发区召开四季度工作推进会", body, news=True)
    assert got == year, why


@pytest.mark.parametrize("body, year", [
    # (the year whose results it releases, looking ahead or not: session 34, as above)
    ("國科會今日表示，科學園區113年營業額達4.9兆元，創歷史新高。展望114年，預估園區營業額可望穩健成長。", 2024),
    # guard: the results alone, no year ahead named
    ("國科會今日表示，科學園區113年營業額達4.9兆元，創歷史新高。", 2024),
])
def test_a_release_of_an_roc_years_results_looking_ahead(body, year):
    got, why = choose_year("科學園區營運記者會", body, news=True)
    assert got == year, why
