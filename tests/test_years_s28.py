"""Years read in session 28 (reading version 109). Own pages, own names."""
from conftest import read_page


def test_a_lead_titles_founding_year_is_the_history_even_with_where_it_was_set_up_between(tmp_path):
    # (1992年在某某新区内设立的某某园区: the year the zone was set up, where between the year and the verb)
    (report,) = read_page(tmp_path, "1992年在青川县城东新区内设立的青川轻工业区，如今已聚集企业86家。"
                                    "园区以食品加工和纺织为主导产业，近年来不断完善配套设施。\n")
    assert report.year != 1992, report.evidence["year"]


def test_a_year_set_up_right_after_its_year_in_the_title_stays_its_year(tmp_path):
    # (must not: a headline telling what was done in its year, no founding)
    (report,) = read_page(tmp_path, "2023年青川经开区在省级开发区考评中位列第三\n2023年，青川经开区综合排名全省第三。\n")
    assert report.year == 2023, report.evidence["year"]


def test_a_text_titled_as_a_parks_history_has_no_year_of_its_own(tmp_path):
    page = ("青川工業區設立緣起與開發經過\n"
            "本工業區係政府為帶動沿海鄉鎮發展，於民國六十九年核定開發之工業區，民國七十二年完成第一期開發，"
            "民國八十年全區開發完竣，總面積310公頃。\n")
    (report,) = read_page(tmp_path, page)
    assert report.year is None, report.evidence["year"]


def test_a_history_in_a_report_titled_by_its_year_keeps_the_titles_year(tmp_path):
    (report,) = read_page(tmp_path, "青川工业区2022年发展历程回顾\n2022年，工业区新引进企业12家。\n")
    assert report.year == 2022, report.evidence["year"]


def test_a_zone_approved_and_set_up_in_a_year_批设_is_its_history(tmp_path):
    # (1992年9月经国务院批设: 批设, approved and set up, a founding as 批准设立 is; the year the figures stand at is the report's)
    page = ("青川边境经济合作区\n"
            "青川边境经济合作区位于青川市东南部，1992年9月经国务院批设，规划面积21.77平方公里。"
            "截至2013年底，合作区累计引进企业316家，实现工业总产值120亿元。\n")
    (report,) = read_page(tmp_path, page)
    assert report.year == 2013, report.evidence["year"]


def test_a_parks_history_with_a_dated_visit_is_no_news(tmp_path):
    # (民國六十九年三月五日專程蒞臨…: a dated event told in a history, no news lead)
    page = ("◎ 設立緣起與開發經過\n"
            "本工業區編訂係遵奉行政院前某院長為解決青川縣濱海四鄉所面臨難題,於民國六十九年十一月二十四日專程蒞臨實地考察所作之裁示,"
            "並為配合政府改善投資環境而開發之政策性工業區,於民國七十二年二月起分三期開發,至民國八十年十二月完成。"
            "開發總面積310公頃,係一綜合性工業區。\n◎ 工業區基本資料\n◎ 服務中心組織圖\n"
            "本中心組織設有主任一位、環保組與服務組。\n")
    (report,) = read_page(tmp_path, page)
    assert report.doc_type == "其他", report.evidence["doc_type"]
