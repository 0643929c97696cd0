"""What a founding, a target and a report's own visit say of the year (session 20, from the misses of the spent blind sets).

A year that opens a clause telling a founding with its actor (2011年6月，经省政府批准成为…; 民國85年協調工業局設置…)
or a zone's opening (2006年開園的…) is the zone's history, not the year a text is about; a headline telling when a
building will be done (最快2027年落成) names a target's year; a dateless news item's figures framed by 数据显示 date it as
those framed by 据统计; a year after 於 dating the report's own visit is its year in the ROC calendar as in the common
era. None of it may take the year from a text that is about the year it names (2023年，园区成立招商专班，…).
The sentences are our own."""
import pytest

from indexer.reading.describe import choose_year


@pytest.mark.parametrize("body", [
    # an approval told with its actor after the month and a comma
    "3月16日上午，白溪经济开发区召开推进会。园区规划面积24平方公里，2012年5月，经省人民政府批准成为全省循环经济示范园区。",
    # a zone's opening as an attribute of the zone
    "3月16日上午，园区举行扩区动工仪式。2009年开园的青禾农业科技园区，是全省第一个以农业科技为主的园区。",
    # a body founded after the purpose it serves, in the year's own sentence
    "2015年9月，为发挥党组织的作用，加快推进园区建设，组建成立了园区党总支。",
])
def test_a_founding_in_the_years_own_clause_is_history(body):
    year, why = choose_year("白溪经济开发区召开推进会", body, 2016, news=True, doc_type="简报")
    assert year == 2016 and "成立、获批或获评的年份" in why


@pytest.mark.parametrize("title", [
    "雲林縣政府民國83年協調工業局在麥寮工業區設置石化專區",  # an authority's act founding a zone
    "南灣科學園區籌備處於民國八十四年二月奉行政院決議設置「南灣科學園區」",  # a month in numerals, then the act
])
def test_a_titleless_leads_roc_founding_gives_no_year(title):
    body = title + "，負責園區規劃與開發業務。\n園區目前已引進廠商56家。"
    year, why = choose_year(title, body, None, news=True, from_lead=True)
    assert year is None and "不是报告的年份" in why


@pytest.mark.parametrize("body, year", [
    ("2023年，园区成立招商专班，全年实现规上工业总产值108亿元。", 2023),  # a body the park sets up: the year's work
    # (… also with an authority's act or a founding compound, when the sentence goes on to the year's results)
    ("2023年，经市政府批准，园区成立了招商专班，全年引进项目20个。", 2023),
    ("2023年，园区坚持项目为王，推动产业升级，正式成立了园区企业服务中心，全年实现产值108亿元。", 2023),
    ("2023年，全区新设立企业86家，实现营业收入20亿元。", 2023),  # a count of what was newly set up
    ("2024年是新中国成立75周年，做好今年工作意义重大。", 2024),  # a year characterised, an anniversary in it
    ("2023年，高新区认真执行区人大批准的年度计划，经济运行稳中有进。", 2023),  # an approval as an attribute
])
def test_a_year_whose_clause_founds_nothing_of_its_own_stays(body, year):
    assert choose_year("园区工作总结", body, None, doc_type="工作总结")[0] == year


def test_an_event_named_after_an_opening_keeps_its_year():
    assert choose_year("园区召开2018年开园大会", "园区召开2018年开园大会。", None, news=True)[0] == 2018


@pytest.mark.parametrize("title", ["北湾物流园多层仓储大楼 最快2028年落成", "北湾物流园二期有望2027年建成",
                                   "北湾物流园力争2026年前建成投用"])
def test_a_headlines_target_year_is_not_the_reports(title):
    year, why = choose_year(title, "区发展局负责人表示，首批大楼将陆续招标。", 2023, news=True, doc_type="简报")
    assert year == 2023 and "预期完成或目标的年份" in why


def test_a_headline_stating_a_years_results_keeps_its_year():
    assert choose_year("北湾物流园2023年营业收入突破百亿", "北湾物流园全年营业收入达到102亿元。", 2024, news=True)[0] == 2023


def test_figures_framed_by_what_the_data_show_date_a_dateless_news_item():
    body = ("在8日开幕的白沙湾市人大会议上，白沙湾台商投资区管委会主任表示，投资区将深化两岸产业合作，支持台商发展壮大，"
            "加强两地产业园区对接，承接石化、精密机械、现代农业等产业转移，推动投资区建设成为两岸产业合作的示范平台。\n"
            "白沙湾是台胞的重要祖籍地和台商投资的密集地。统计数据显示，2015年1至10月，白沙湾台商投资区累计批准台资项目46个。")
    year, why = choose_year("白沙湾台商投资区深化两岸产业合作", body, None, news=True, doc_type="简报")
    assert year == 2015 and "最晚的年份" in why


@pytest.mark.parametrize("lead, year", [
    ("行政院長於97年5月8日前往經濟部加工出口區管理處高雄軟體園區視察,聽取園區招商簡報。", 2008),  # the visit told
    ("高雄軟體園區於97年5月設立,目前已引進廠商42家。", None),  # a founding after 於: no year of the text
])
def test_an_roc_year_after_yu_dates_the_reports_own_visit_only(lead, year):
    assert choose_year("高雄軟體園區招商成果豐碩", lead, None, news=True, doc_type="简报")[0] == year


@pytest.mark.parametrize("time, year", [(" 10:20", 2019), ("", None)])
def test_a_reposts_headline_and_dateline_with_its_time_date_it(time, year):
    # a blog keeps the story's own headline and its dateline run into the lead; the date with its time of day is the
    # dateline (without the time, two words and a date are no dateline the reader trusts)
    body = (f"北灣科技園區 擴建招商2019-03-05{time}北灣晚報 記者林文/北灣報導北灣科技園區今舉行擴建區動土儀式,預計投入12億元。"
            "2008年開園的北灣科技園區,是南部第一個以生技為主的園區。")
    assert choose_year("北灣科技園區: 帶動投資52億元", body, None, news=True, doc_type="简报")[0] == year


@pytest.mark.parametrize("title, body, from_lead", [
    ("白溪工业园揭牌成立", "2023年5月12日，白溪工业园正式揭牌成立。市领导出席揭牌仪式。", False),
    ("白溪经开区获批省级开发区", "2023年5月，经省政府批准，白溪经开区正式升格为省级经济开发区。", False),
    # (the latest founding is the news: the first one told is the zone's history)
    ("白溪经开区获批国家级开发区", "2006年4月，白溪经开区经省政府批准设立。2023年5月，经国务院批准，白溪经开区升级为国家级经济技术开发区。", False),
    # (a lead taken for the title, dated to the day)
    ("2023年5月12日，白溪工业园正式揭牌成立", "2023年5月12日，白溪工业园正式揭牌成立。市领导出席揭牌仪式。", True),
])
def test_news_of_a_founding_itself_is_of_the_founding_year(title, body, from_lead):
    year, why = choose_year(title, body, None, news=True, doc_type="简报", from_lead=from_lead)
    assert year == 2023 and "标题讲的就是这次成立" in why


@pytest.mark.parametrize("title, body, published, from_lead", [
    ("白溪经开区庆祝成立30周年", "1993年5月，经省政府批准设立白溪经开区。三十年来，园区累计引进企业600家。", 2023, False),
    ("2006年，白溪工业园经省政府批准设立", "2006年，白溪工业园经省政府批准设立。园区规划面积20平方公里。", None, True),
])
def test_an_anniversary_or_a_history_is_no_founding_news(title, body, published, from_lead):
    assert choose_year(title, body, published, news=True, doc_type="简报", from_lead=from_lead)[0] == published


@pytest.mark.parametrize("lead, published, year", [
    # a project's due date in the lead: the date row dates the news, or nothing does
    ("白溪物流公司今(18)日举行仓储园区动土典礼，该园区占地8万平方米，预计2021年第三季完工。", None, None),
    ("城北园区加快推进四期项目建设，区内20家企业中已有6家进入设备安装阶段，其余可在2018年上半年建成投产。", 2018, 2018),
    # … but a forecast of a year's figures is that year's
    ("白溪物流园加快发展，预计2023年完成营业收入50亿元。", None, 2023),
])
def test_a_projects_due_date_is_not_the_reports_year(lead, published, year):
    got, why = choose_year("白溪物流园区建设加紧推进", lead, published, news=True, doc_type="简报")
    assert got == year and ("预期完成的年份" in why) == (year != 2023)


def test_a_headlines_due_date_is_not_the_reports_year():
    year, why = choose_year("白溪物流园预计2025年底建成投用", "区发展局表示，项目进展顺利。", 2023, news=True, doc_type="简报")
    assert year == 2023 and "预期完成或目标的年份" in why


@pytest.mark.parametrize("rows", ["設置單位 | 北灣科學園區管理局 |\n成立 | 1980年 |", "成立时间：2006年5月\n规划面积：20平方公里"])
def test_a_profiles_founding_row_is_no_year_of_the_text(rows):
    year, why = choose_year("北灣科學園區", rows + "\n北灣科學園區是全省第一座科学园区，园区内厂商以集成电路产业为主。", None,
                            doc_type="其他")
    assert year is None and "成立、获批或获评的年份" in why
