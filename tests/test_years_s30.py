"""Years read in session 30. Own pages, own names.

A Taiwanese news item naming next year in brackets (明(113)年) is told the year before it, however far into the story it
says so; a news item with no date anywhere that states its figures as of a cut-off (截至2016年5月底，…) is of that
year: the cut-off is reached already, no target's 至."""
from conftest import read_page

_FILLER = "縣府表示，園區周邊道路、汙水處理及公共設施均已完成，交通便利，生活機能完善，歡迎各界廠商前來洽詢投資。" * 9


def test_next_year_named_in_brackets_far_into_a_story_dates_it(tmp_path):
    page = ("溪北科技園區招商說明會 逾百家廠商與會\n"
            "【記者某某/溪北報導】溪北科技園區今(14)日舉辦招商說明會，吸引逾百家廠商參加。" + _FILLER + "\n"
            "園區目前已核准入區廠商18家，第二期標準廠房預計明(113)年6月完工，可再提供30個單元。\n")
    (report,) = read_page(tmp_path, page)
    assert report.year == 2023, report.evidence["year"]


def test_a_cut_off_of_stated_figures_dates_an_undated_news_item(tmp_path):
    page = ("中國將在周邊國家再建三個經貿合作區\n"
            "商務部官員表示，未來三年將在周邊國家再建設三個境外經貿合作區。\n"
            "境外經貿合作區是企業集群式走出去的重要平臺。\n"
            "截至2016年5月底，已建成的合作區協議入區企業達52家，協議投資8.6億美元。\n")
    (report,) = read_page(tmp_path, page)
    assert report.year == 2016, report.evidence["year"]


def test_a_target_reached_by_a_year_is_still_no_year_of_the_news(tmp_path):
    page = ("中國將在周邊國家再建三個經貿合作區\n"
            "商務部官員表示，未來三年將在周邊國家再建設三個境外經貿合作區。\n"
            "境外經貿合作區是企業集群式走出去的重要平臺。\n"
            "到2030年，合作區協議入區企業力爭達到200家。\n")
    (report,) = read_page(tmp_path, page)
    assert report.year is None, report.evidence["year"]


def test_a_speech_posted_on_the_organs_site_is_dated_by_its_row(tmp_path):
    page = ("县长在园区建设推进会上的讲话\n时间：2023-03-18  来源：县政府办公室\n"
            "同志们：\n今天召开全县园区建设推进会，主要任务是总结去年工作，部署今年任务。本世纪头20年特别是近几年，"
            "我县园区从无到有、从小到大。\n一、认清形势\n园区发展面临新的机遇。\n")
    (report,) = read_page(tmp_path, page)
    assert report.doc_type == "讲话"
    assert report.year == 2023, report.evidence["year"]
    assert "发布日期" in report.evidence["year"]


def test_a_document_sites_copy_of_a_speech_keeps_no_year(tmp_path):
    page = ("县长在园区建设推进会上的讲话\n时间：2023-03-18  讲话稿 我要投稿\n"
            "同志们：\n今天召开全县园区建设推进会，主要任务是总结去年工作，部署今年任务。\n一、认清形势\n园区发展面临新的机遇。\n")
    (report,) = read_page(tmp_path, page)
    assert report.year is None, report.evidence["year"]


def test_a_partly_masked_year_is_no_year(tmp_path):
    page = ("第一篇:青禾园林局200X年工作总结\n今年以来，我局紧紧围绕全年目标任务，扎实推进各项工作。\n"
            "第二篇:青禾园林局200X年工作计划\n明年我局将继续推进园区绿化工作。\n")
    reports = read_page(tmp_path, page)
    assert reports[0].year is None, reports[0].evidence["year"]


def test_a_span_since_a_year_gives_way_to_the_year_the_sentence_tells_of(tmp_path):
    page = ("全国产业园区调查报告\n"
            "为全面掌握园区发展情况，某联合会在2008年以来四次调查的基础上，于2021年组织开展了第五次全国产业园区调查，"
            "本报告是调查的主要成果。\n一、园区数量\n全国产业园区总数达2120家。\n")
    (report,) = read_page(tmp_path, page)
    assert report.year == 2021, report.evidence["year"]


def test_a_span_since_a_year_with_only_a_target_after_it_keeps_no_later_year(tmp_path):
    page = ("全国产业园区调查报告\n"
            "2008年以来，某联合会开展了四次全国产业园区调查，力争2030年建成覆盖全国的园区数据库。\n"
            "一、园区数量\n全国产业园区总数达2120家。\n")
    (report,) = read_page(tmp_path, page)
    assert report.year != 2030, report.evidence["year"]


def test_a_date_row_glued_after_a_dumps_headline_dates_the_news(tmp_path):
    # (found on eval44 once read, spent: 标题 更新時間:… 瀏覽量:… text on one line)
    page = ("某國政府計劃建立中國工業園區 更新時間:2021-03-02 10:15:20 瀏覽量:88 某國投資局主席日前在接受記者採訪時說,"
            "該國政府正在考慮一項建立中國工業園區的計劃,工業園區內企業將主要生產汽車、紡織品以及輕工機械等。\n")
    (report,) = read_page(tmp_path, page)
    assert report.year == 2021, report.evidence["year"]


def test_an_english_post_row_with_its_clock_dates_the_news(tmp_path):
    page = ("砂州工业区出口额今年增长一成\n\nPublished at Nov 02, 2023 10:15 am\n"
            "(本报古晋1日讯)州贸工部长表示,今年1月到9月,砂州自由工业区的出口总额为150亿令吉,比去年同期增长10%。\n")
    (report,) = read_page(tmp_path, page)
    assert report.year == 2023, report.evidence["year"]
