"""A park named by another of its names, and parks named as one of a roll (session 13, issue 12: park names on real
pages).

Official writing names the park it is about by its name now; the same text may also give the park's former name
(原某某工业园区, the first of 甲更名为乙) or gloss it before a dash (某区国家级开发区——某某经济技术开发区): the same park,
never a second subject competing with it. A text may declare the short name it will use (（以下简称“经开区”）), which
then refers back to the park whatever other parks it names. A park that opens a roll a count closes (某高新区等12个园区)
is one of several, in a title as in a lead. Hong Kong names its science park 香港科學園 (科学园 is a head, and a special
administrative region names its park as a municipality does). Each rule that adds a park has its case where the same
form names none. Pages are our own (tests/gold/authored/p13_*), each showing a pattern seen on real pages nobody here
wrote."""
from pathlib import Path

import pytest

from indexer.reading.parks import choose_park, find_park_mentions
from indexer.reading.pipeline import read_file

AUTHORED = Path(__file__).resolve().parent / "gold" / "authored"


def park_of(text, title=""):
    return choose_park(title, text)[0]


def names(text):
    return [m.name for m in find_park_mentions(text)]


@pytest.mark.parametrize("text, park", [
    # a former name (原…), a renamed zone's old name: the park now is the subject
    ("近日，原青岭县工业集中区正式更名为“青岭经济开发区”，并举行揭牌仪式。开发区将加快产业集聚。", "青岭经济开发区"),
    ("泾县陶瓷工业园区位于县城东南，是在原琴溪工业园区的基础上组建的。园区企业达到58家。", "泾县陶瓷工业园区"),
    # a description before a dash, then the park's own name and its declared short name
    ("澄江区国家级开发区——青川经济技术开发区（以下简称“经开区”）召开大会。经开区全年产值突破500亿元，"
     "位居全市三大国家级经开区首位。经开区将继续努力。", "青川经济技术开发区"),
    # a short name the text declares counts for its park over another park named once further on
    ("2023年，溪口工业园区（下称「園區」）完成产值80亿元。今年，白沙高新区对标先进，園區企业增至120家，園區税收增长。",
     "溪口工业园区"),
    # Hong Kong's science park, Traditional
    ("香港科學園轉眼成立十五周年，園內現有公司四百家。科學園第三期已經落成。", "香港科学园"),
])
def test_a_park_named_also_by_another_name_is_the_subject(text, park):
    assert park_of(text) == park


@pytest.mark.parametrize("text, park", [
    # 原 opening a county's own name (原阳县) is no "former"
    ("原阳县工业园区今年新引进项目12个，园区实现工业总产值80亿元。", "原阳县工业园区"),
    # a zone raised to a class with no name of its own after it keeps its name
    ("溪川经济开发区日前升级为国家级经济技术开发区。溪川经济开发区将继续加快发展。", "溪川经济开发区"),
    # a dash before a description (no park after it): the park stays
    ("溪川高新区——全省唯一的国家级高新区，今年实现营业收入500亿元。", "溪川高新区"),
])
def test_the_same_forms_leave_a_park_that_has_no_other_name_beside_it(text, park):
    assert park_of(text) == park


@pytest.mark.parametrize("title, text", [
    ("关于白溪工业园区等9家工业园区更名的通知", "现将白溪工业园区等9家工业园区统一更名为经济开发区。"),
    ("", "近日，省政府办公厅认定溪岭高新技术产业开发区等10个园区为全省示范园区。\n附：名单\n溪岭高新技术产业开发区（电子信息）\n"
         "白沙经济技术开发区（装备制造）\n青岚经济技术开发区（新材料）"),
    ("", "近日，省委印发计划，四川雅安开发区大数据产业基地、四川芦山纺织产业园、四川汉源载能产业园区等五个产业园区列入培育名册。"),
])
def test_a_park_opening_a_roll_a_count_closes_is_one_of_several(title, text):
    assert park_of(text, title) is None


def test_a_count_of_a_parks_own_parts_leaves_it_the_subject():
    # 由…等六个园区组成: the park's parts counted, not a roll it belongs to
    text = "溪岭科学园区设立于1990年，目前由溪岭、白沙、青岚等六个园区组成，是高科技产业的重要聚落。园区营业额再创新高。"
    assert park_of(text) == "溪岭科学园区"


@pytest.mark.parametrize("text, expected", [
    ("香港科學園第三期已經落成", ["香港科学园"]),
    ("大埔工業邨新一幢多層大廈落成", ["大埔工业邨"]),  # Hong Kong's industrial estates (工業邨)
    ("南京大学科学园今年新增孵化企业30家", []),  # a university's 科学园 is no place's park
    ("杭州四大国家级经开区的主要指标", []),  # a count of a city's parks is no park
    ("比如烟台市开发区布局了很多大中企业", ["烟台市开发区"]),  # 比如 ("for example"), though a county bears the name
    ("市委书记王现坤到开发区调研在建项目", []),  # a person's name and the verb after it
    ("在原琴溪工业园区的基础上组建", ["琴溪工业园区"]),
    ("升级为国家级经济技术开发区，定名为溪川经济技术开发区", ["溪川经济技术开发区"]),  # (为 glued to an unknown name)
    ("和田县工业园区今年新建厂房", ["和田县工业园区"]),  # a county opening with 和 keeps it
    ("为民工业园区", []),  # 为 + 民: no name left
])
def test_names_around_these_forms(text, expected):
    assert names(text) == expected


def test_a_citys_zones_counted_together_are_not_the_zones_spelling():
    # 宜宾市开发区 beside 共12家开发区参评: the city's zones; the zone ranked first is shown by its own name
    text = ("宜宾经开区在2023年度宜宾市开发区综合发展水平评价中位列第一。近日，市商务局公布了结果。"
            "本次评价共有12家开发区参评，宜宾经开区三项评估排名第一。")
    assert park_of(text) == "宜宾经开区"
    # without the zone's own name, a city's level and a bare 开发区 is still how a text names its one zone
    assert park_of("2023年，宜宾市开发区完成工业总产值300亿元，同比增长9%。开发区新增规上企业12家。") == "宜宾市开发区"


@pytest.mark.parametrize("page, park", [
    ("p13_01_hong_kong_science_park_news.txt", "香港科学园"),
    ("p13_02_zone_renamed_new_name.txt", "青岭经济开发区"),
    ("p13_03_park_built_on_former_park.txt", "泾县陶瓷工业园区"),
    ("p13_04_zone_glossed_before_a_dash.txt", "青川经济技术开发区"),
    ("p13_05_zone_ranked_among_the_citys_zones.txt", "宜宾经开区"),
    ("p13_06_notice_renaming_a_roll_of_parks.txt", None),
    ("p13_07_parks_named_by_the_province_as_models.txt", None),
    ("p13_08_hong_kong_science_park_bare_name.txt", "香港科学园"),
    ("p13_09_local_paper_bare_zone.txt", "宜兴高新区"),
])
def test_authored_pages_get_their_park_and_say_why(page, park):
    (report,) = read_file(AUTHORED / page, AUTHORED).reports
    assert report.park == park, report.evidence.get("park")
    assert report.evidence.get("park")  # inspect says why


def test_a_first_sentence_listing_three_parks_is_a_roll():
    text = ("1月8日，省政府批复认定宝鸡市凤县工业园区，咸阳市长武县工业集中区、淳化县工业园区为省级经济技术开发区。"
            "批复认定后，各园区享受省级经济技术开发区相关政策。")
    assert park_of(text) is None
    # the same sentence whose first park is its subject, the others its partners, keeps it
    text = ("1月8日，溪川高新区与白沙经济开发区、青岚工业园区签订合作共建协议。溪川高新区将发挥龙头作用。"
            "溪川高新区今年计划引进项目50个。")
    assert park_of(text) == "溪川高新区"


@pytest.mark.parametrize("title, text, park", [
    # Hong Kong writing of itself calls its one science park 科學園
    ("去年280家企業進駐科學園", "港府近年着重創科發展。局長指，科學園的科技企業在過去一年共籌得約6億元資金。", "香港科学园"),
    ("", "本港創科發展迅速。局長表示，科學園第三期已經落成，出租率達九成。科學園明年將展開第四期工程。", "香港科学园"),
    # the same word elsewhere: a university's science park, or no Hong Kong voice
    ("", "南京大学科学园今年新增孵化企业30家，科学园将继续扩建。", None),
    ("", "本港一所大學科學園今年新增企業，大學科學園將擴建。", None),
    ("", "溪川市科学园今年新增企业20家。科学园营业收入增长15%。", "溪川市科学园"),
])
def test_hong_kongs_science_park_by_its_bare_name(title, text, park):
    assert park_of(text, title) == park


_BARE_LEAD = "7月12日，高新区召开半年度工作会议。上半年，高新区主要经济指标实现稳健增长，高新区完成规上工业总产值268亿元。"


@pytest.mark.parametrize("sources, text, park", [
    (["宜兴日报"], _BARE_LEAD, "宜兴高新区"),  # a county's own paper: its zone
    (["昆山市融媒体中心"], _BARE_LEAD, "昆山高新区"),
    ([], "宜兴日报讯 " + _BARE_LEAD, "宜兴高新区"),  # the lead's own credit
    ([], "新华日报讯 " + _BARE_LEAD, None),
    # a province's or the nation's paper is no place's (one word to the dictionary)
    (["新华日报"], _BARE_LEAD, None),
    (["江南时报"], _BARE_LEAD, None),  # (a 时报 is no local medium here: 江南 is also a district)
    # the bare head once only: no zone the opening speaks of
    (["宜兴日报"], "7月12日，高新区召开半年度工作会议。会议传达了上级精神。", None),
    # a zone the text names in full is the one
    (["宜兴日报"], "7月12日，溪川经济开发区召开半年度工作会议。上半年，开发区经济稳健增长，开发区完成产值50亿元。",
     "溪川经济开发区"),
])
def test_a_local_papers_bare_zone_is_its_places(sources, text, park):
    assert choose_park("", text, None, sources)[0] == park
