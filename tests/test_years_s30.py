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
