"""Years read in session 31: a shared document's copy (its file size alone on a line, 侵权投诉, 下载券) is a document
site's, dated by its upload, which is no year of the report. Own pages."""
from conftest import read_page


def test_a_shared_documents_upload_row_is_no_year_of_a_speech(tmp_path):
    page = ("县委书记在青湾经济开发区成立20周年座谈会上的讲话\nVIP专免\n2024-05-11\n999+\n18.6KB\n12 页\n侵权投诉\n"
            "县委书记在青湾经济开发区成立20周年座谈会上的讲话\n同志们，朋友们：\n"
            "二十年风雨兼程，二十年砥砺奋进。今天，我们在这里隆重集会，回顾开发区走过的光辉历程。\n")
    (report,) = read_page(tmp_path, page)
    assert report.year is None, report.evidence["year"]


def test_a_speech_on_an_organs_site_keeps_its_date_rows_year(tmp_path):
    # must-not: the organ's own page with its date row (no upload's rows) dates the speech, as labelling.md says
    page = ("县委书记在青湾经济开发区成立20周年座谈会上的讲话\n发布时间：2024-05-11  来源：县委办公室\n"
            "同志们，朋友们：\n二十年风雨兼程，二十年砥砺奋进。今天，我们在这里隆重集会，回顾开发区走过的光辉历程。\n")
    (report,) = read_page(tmp_path, page)
    assert report.year == 2024, report.evidence["year"]


def test_an_essay_sites_date_row_filing_the_page_under_a_kind_of_writing_is_an_upload(tmp_path):
    page = ("项目集中开工仪式欢迎辞\n\n时间:2021-10-13 08:23:59 欢迎词\n\n各位领导、各位来宾，同志们：\n"
            "今天，我们在这里隆重举行青川经济开发区第二批重点项目集中开工仪式。首先，我谨代表开发区管委会向各位来宾表示热烈欢迎！\n")
    (report,) = read_page(tmp_path, page)
    assert report.year is None, report.evidence["year"]


def test_a_rank_a_zone_was_made_is_its_history(tmp_path):
    page = ("青川新区简介\n青川新区即原青川经济技术开发区，位于青川市西部。开发区是1993年经国务院批准设立的国家级经济技术开发区，"
            "2016年正式成为全国第十九个国家级新区，总面积约860平方公里。\n新区拥有两大港口。\n")
    (report,) = read_page(tmp_path, page)
    assert report.year is None, report.evidence["year"]


def test_a_date_row_over_the_text_below_many_menu_rows_dates_the_news(tmp_path):
    menu = "\n".join(f"選單項目{k}" for k in range(30))
    page = (menu + "\n新聞與公告\n本部新聞\n2022-09-19 14:00\n工業局\n南灣產業園區動土，園區開發正式啟動\n點閱數\n:\n3293\n"
            "為因應台商回台設廠用地需求，經濟部主動規劃設置產業園區，南灣產業園區今日動土，預計可引進廠商40家。\n")
    (report,) = read_page(tmp_path, page)
    assert report.year == 2022, report.evidence["year"]


def test_a_date_in_a_list_far_above_the_text_does_not_date_it(tmp_path):
    # must-not: a related-news list's date twenty rows above the text is no dateline of it
    menu = "\n".join(f"選單項目{k}" for k in range(20))
    rows = "\n".join(f"相關新聞{k}" for k in range(12))
    page = (menu + "\n2019-05-02 其他新聞\n" + rows + "\n南灣產業園區簡介\n"
            "南灣產業園區位於南灣縣北部，規劃面積120公頃，以精密機械與食品加工為主要產業，現有廠商52家。\n")
    (report,) = read_page(tmp_path, page)
    assert report.year is None, report.evidence["year"]


def test_this_year_named_in_the_roc_calendar_with_two_digits_dates_an_account(tmp_path):
    page = ("Resource:駐某地代表處經濟組\n"
            "一、某地工業集團和經濟發展局於本(99)年3月5日公佈，今年7月將興建占地40公頃的南港潔淨科技園，為有興趣的企業提供試驗場地。\n"
            "二、該園區預計可吸引約30家企業進駐。\n")
    (report,) = read_page(tmp_path, page)
    assert report.year == 2010, report.evidence["year"]


def test_last_year_in_the_roc_calendar_is_read_only_as_news_tells_it(tmp_path):
    # must-not: 去(110)年 in a page that is no news names no present year by itself
    page = ("南灣科技產業園區概況\n南灣科技產業園區位於南灣市，去(110)年區內廠商營業額達1,350億元，現有廠商92家。\n")
    (report,) = read_page(tmp_path, page)
    assert report.year != 2022, report.evidence["year"]


def test_a_todays_date_widget_over_a_labelled_date_row_is_not_the_pages_date(tmp_path):
    page = ("2023年10月10日 星期二\n\n市委常委出席青川工业区发展工作组第二次全体会议并讲话\n\n发布日期:2012-06-29\n\n信息来源:\n\n"
            "6月28日，青川工业区发展工作组第二次全体会议在市行政中心召开。市委常委、工作组组长出席会议并讲话。\n")
    (report,) = read_page(tmp_path, page)
    assert report.year == 2012, report.evidence["year"]


def test_a_dateline_with_its_weekday_alone_still_dates_the_news(tmp_path):
    # must-not: with no labelled row, the date and weekday over the story is its dateline
    page = ("青川工业区召开发展工作组会议\n2012年6月28日 星期四\n"
            "6月28日，青川工业区发展工作组第二次全体会议在市行政中心召开。市委常委、工作组组长出席会议并讲话。\n")
    (report,) = read_page(tmp_path, page)
    assert report.year == 2012, report.evidence["year"]
