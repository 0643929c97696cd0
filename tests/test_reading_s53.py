"""Reading decided in session 53 (reader 153): where the report's park was left unsaid though the labellers name one.
On the 1,002 labelled pages of sessions 47–50, 183 reports the labellers give a park got none; 92 of them because no
name was read at all, the rest by a rule that chose none. Own pages: each shows the form a rule reads, never a page's
words.

Names read:
- the dictionary files 零件 and 零部件 as a count ("zero pieces"); no count opens with zero, and the words are a trade's
  noun (某市汽车零部件产业园), so the walk reads them as it reads 装备 or 电子;
- a province before a set phrase of its trade (某省 + 再生资源 + 产业园), as before a trade's nouns;
- the Corps (兵团, a province-level unit the gazetteer lacks) before a trade it names its own zones by, written alike
  each time (兵团 + 新型建材 + 经济技术开发区);
- a headline's subject opening with a city before the park's own words (上海 + 某某 + 科技园): the place does not count
  against the six characters of a proper part; and 上 or 下 open a time only in its words (上午, 上半年): 上海… is a
  place;
- a headline's subject closed by a base, a free zone, an economic area, a trade's city, a valley of science or a
  cluster area (某某经济区, 某某自贸区, 某某工业城, 某某产业基地, 某某科技谷, 某某家具集聚区), written again in the text,
  which speaks of it as a zone (its committee, its firms, 园区); a region (长三角经济区) or a text that never does stays none.
Names refused: a rank inside the words a page repeats (某省首个 + 静脉产业园) is no name.
Choice: a title about a county or a city leaves the park unsaid only where the text speaks of the whole place (全县,
全区); otherwise the park up front is what the news is about.
Figures: 签约项目投资额 is the money of the signed projects (签约资金), as 签约项目总投资额 is.

Round 2 (from the misses of s53-b, graded blind first): a reporter narrating with a day between (记者近日走进…) types
news; an e-paper's page header with the day first (2024年11月1日《某某日报》第04版) is where the story ran, as the paper
first is; an e-mail address is contact furniture, never a title; 农科园 is an agricultural
science park's short head, one park with its 农业科技园区; a headline's short head (经开区, 综保区) with the text writing the
head whole gives the fullest form.

Round 3 (from s53-c and d, graded blind first): a park two states build in a Chinese city, named by the pair, the city
and what it is (中新 + 某市 + 知识城, 中法 + 某市 + 生态示范城, 中新 + 某省 + 食品区), as a headline's subject the text
writes again. Firms a park gathers (集聚, 聚集, 汇聚 各类企业N家) are its stock, as those it has (拥有) are; 共有企业N家
right after the park's name is its count of firms. What a park has already become (已发展成为年产值2000亿元的…) is done,
where what it is to become (将发展成为, 打造成为) is a goal; 规划 right before a figure's name (规划年产值) is the planned
figure, a goal, and so is what a speaker has 信心 to reach; a plan reached (规划目标基本建成) leaves the figures after it done.

Round 4 (from s53-e and f, graded blind first): parties joined by dashes before a place whose head is quoted (甲—乙—
丙“飞地”产业园) are the zone's; an airport the dictionary keeps whole (首都机场) is a place a headline's 临空经济区 is
named after.
"""
import pytest

from conftest import read_page
from indexer.reading import parks
from indexer.reading.parks import find_park_mentions, find_parks, park_key


def _names(text):
    return [n for n, _ in find_parks(text)]


def park_of(tmp_path, page: str):
    (report,) = read_page(tmp_path, page)
    return report.park


@pytest.mark.parametrize("text, name", [
    ("3月2日，岚溪汽车零部件产业园签约5个项目。", "岚溪汽车零部件产业园"),
    ("十堰汽车零件产业园二期开工。", "十堰汽车零件产业园"),
])
def test_parts_are_a_trade_not_a_count(text, name):
    assert name in _names(text)


@pytest.mark.parametrize("text", [
    "零件加工产业园建设加快。",  # (the trade alone, with no place or name before it, names a class)
    "全市汽车零部件产业园要加快发展。",  # (all of a city's such parks)
])
def test_parts_alone_name_no_park(text):
    assert _names(text) == []


def test_a_province_before_a_set_phrase_of_its_trade(tmp_path):
    assert _names("甘肃再生资源产业园位于某县。") == ["甘肃再生资源产业园"]
    assert _names("甘肃产业园区发展论坛举行。") == []  # (a province before a bare head: its parks as a class)


def test_the_corps_names_its_zone_by_its_trade(tmp_path):
    page = ("近日，兵团新型建材经济技术开发区与3家企业签订投资协议，计划投资2亿元。\n"
            "今年以来，兵团新型建材经济技术开发区把招商引资作为头号工程，优化营商环境。\n")
    assert park_of(tmp_path, page) == "兵团新型建材经济技术开发区"


def test_common_words_repeated_alone_stay_no_name():
    text = "今年以来，新型建材产业园发展迅速。据介绍，新型建材产业园已入驻企业20家。"
    assert _names(text) == []


def test_a_rank_inside_repeated_words_is_no_name(tmp_path):
    page = ("3月5日，某省首个静脉产业园项目——岚溪区静脉产业园项目开工建设。\n"
            "岚溪区静脉产业园总投资约6亿元，是目前某省首个静脉产业园项目。\n")
    assert park_of(tmp_path, page) == "岚溪区静脉产业园"
    assert not any("首个" in m.name for m in find_park_mentions(page))


def test_a_city_before_a_parks_own_words_in_a_headline():
    # (the walk reads such a name itself where it can; a headline's subject is asked where it cannot, as where a firm's
    # name owns its words: the city before the park's own words does not count against their six characters)
    assert parks._title_name_part("上海启迪漕河泾")
    assert parks._title_name_part("上海星河锦岚湾")
    assert not parks._title_name_part("星河锦岚湾漕溪")  # (seven characters of no place)
    assert not parks._title_name_part("上海召开")  # (the place and the sentence's verb)


@pytest.mark.parametrize("title, end", [
    ("上海启迪漕河泾科技园二期开园", 0),
    ("上午星河科技园举行开园仪式", 2),
    ("2024年上半年某某科技园", 8),
    ("下旬，某某科技园", 3),
])
def test_a_headlines_time_opens_it_only_in_its_words(title, end):
    assert parks.TITLE_TIME.match(title).end() == end


@pytest.mark.parametrize("page, park", [
    ("北礁岛经济区举办银企对接会\n3月19日下午，北礁岛经济区管委会举办银企对接会，20家企业参加。\n", "北礁岛经济区"),
    ("岚溪纺织工业城新添3家企业\n今年以来，岚溪纺织工业城新入驻企业3家，园区纺纱产能增加。\n", "岚溪纺织工业城"),
    ("莫拉自贸区助推当地工业化\n莫拉自贸区由中国企业投资建设，目前已有60家企业入驻莫拉自贸区。\n", "莫拉自贸区"),
    ("岚溪家具集聚区建设走访记\n走进岚溪家具集聚区，一排排厂房整齐划一，园区内企业忙着赶订单。\n", "岚溪家具集聚区"),
    # (two provinces' one-character names before a head other than 经济区: the parties that build the zone)
    ("京冀科技谷新增企业20家\n今年，京冀科技谷新入驻企业20家，园区企业总数达300家。\n", "京冀科技谷"),
])
def test_a_headlines_zone_closed_by_a_zone_word(tmp_path, page, park):
    assert park_of(tmp_path, page) == park


@pytest.mark.parametrize("page", [
    # a region of provinces, or one a province opens, however the text speaks of it
    "长三角经济区一体化发展加速\n长三角经济区各城市协同推进，长三角经济区内园区建设加快。\n",
    "广西北部湾经济区：沿海发展新一极\n广西北部湾经济区内，钦州保税港区等园区加快建设。广西北部湾经济区去年增长12%。\n",
    # a text that never speaks of it as a zone (no firms settling, no committee, no 园区)
    "北礁能源基地建设加快\n今年，北礁能源基地建设加快，北礁能源基地外送电量增长。\n",
    # named once
    "北礁岛经济区举办银企对接会\n3月19日下午，银企对接会举行，20家企业参加，园区负责人出席。\n",
])
def test_a_zone_word_names_no_region_or_plan(tmp_path, page):
    assert park_of(tmp_path, page) is None


def test_a_place_title_without_the_whole_place_is_the_parks_news(tmp_path):
    page = ("宁陵县荣获产业集群金星奖\n"
            "日前，在产业集群发展大会上，宁陵县高新区的电子信息产业集群荣获金星奖。宁陵县高新区现有企业120家。\n")
    assert park_of(tmp_path, page) == "宁陵县高新区"


def test_a_place_title_whose_text_speaks_of_the_whole_place_is_the_places(tmp_path):
    page = ("宁陵县重点项目建设全面铺开\n"
            "2月14日，宁陵县高新区某服饰二期工程开工建设。全县2月份9个重点项目相继开工。\n")
    (report,) = read_page(tmp_path, page)
    assert report.park is None
    assert "全县" in report.evidence["park"]


def test_the_money_of_signed_projects(tmp_path):
    (report,) = read_page(tmp_path, "岚溪工业园区招商情况\n2023年，岚溪工业园区26家企业签约，签约项目投资额达22.8亿元。\n")
    assert [(f.name, f.value, f.status) for f in report.indicators if f.name == "签约资金"] == [("签约资金", 22.8, "实际")]


def test_a_reporter_narrating_with_a_day_between_is_news(tmp_path):
    (report,) = read_page(tmp_path, "记者近日走进岚溪现代产业园，只见厂房林立，塔吊林立。\n园区负责人介绍，今年已有12家企业入驻。\n")
    assert report.doc_type == "简报"


def test_an_epapers_page_header_with_the_day_first(tmp_path):
    page = ("2024年3月5日《岚溪日报》第02版\n"
            "岚溪经济开发区招商再传捷报\n"
            "3月4日，岚溪经济开发区举行项目集中签约仪式，签约项目5个。\n")
    (report,) = read_page(tmp_path, page)
    assert report.title == "岚溪经济开发区招商再传捷报"
    assert report.year == 2024
    assert "《岚溪日报》" not in report.text


@pytest.mark.parametrize("row", ["邮箱:service@example.com", "E-mail：zsj@example.gov.cn"])
def test_contact_rows_are_no_title(tmp_path, row):
    page = (f"{row}\n"
            "10月25日，岚溪经济技术开发区一处露天矿里，运送土方的卡车来回穿梭。\n"
            "岚溪经济技术开发区负责人介绍，今年已有8家企业落户。\n")
    (report,) = read_page(tmp_path, page)
    assert "@" not in report.title


def test_an_agricultural_science_parks_short_head(tmp_path):
    assert _names("保定市金禾农科园是省级农业科技园区。") == ["保定市金禾农科园"]
    assert _names("推进农科园建设。") == []  # (no place or name before it)
    assert park_key("保定市金禾农科园") == park_key("保定金禾农业科技园区")


@pytest.mark.parametrize("page, park", [
    ("中新宁波知识城三年建成70个项目\n据悉，中新宁波知识城今年新签约项目12个，园区企业超过300家。\n", "中新宁波知识城"),
    ("中法成都生态示范城发布十年报告\n10月8日，中法成都生态示范城发布发展报告。中法成都生态示范城已落户企业80家。\n",
     "中法成都生态示范城"),
    ("中新吉林食品区：实干争先\n今年前三季度，中新吉林食品区实现产值40亿元，增长8%。\n", "中新吉林食品区"),
])
def test_a_park_two_states_build_in_a_city(tmp_path, page, park):
    assert park_of(tmp_path, page) == park


@pytest.mark.parametrize("page", [
    "中美贸易摩擦影响外贸\n中美贸易摩擦持续，中美贸易额下降。\n",  # (no city after the pair)
    "中新能源产业园开工\n中新能源产业园占地100亩。\n",  # (中 + 新能源: no Singapore)
    "中新宁波知识城三年建成70个项目\n据悉，宁波今年新签约项目12个。\n",  # (never written again)
])
def test_no_two_states_park_without_the_pair_the_city_and_a_repeat(tmp_path, page):
    assert park_of(tmp_path, page) is None


@pytest.mark.parametrize("sentence, value", [
    ("岚溪高新区形成了完整的产业体系。集聚各类企业106家，其中高新技术企业20家。", 106),
    ("岚溪高新区共有企业106家，从业人员1.2万人。", 106),
])
def test_the_firms_a_park_gathers_or_has(tmp_path, sentence, value):
    (report,) = read_page(tmp_path, "岚溪高新区概况\n" + sentence + "\n")
    assert [(f.name, f.value, f.status) for f in report.indicators if f.name == "入园企业数"] == [("入园企业数", value, "实际")]


def test_firms_gathered_in_a_year_are_no_stock(tmp_path):
    (report,) = read_page(tmp_path, "岚溪高新区招商\n今年新集聚企业20家。\n")
    assert not [f for f in report.indicators if f.name == "入园企业数"]


@pytest.mark.parametrize("sentence, status", [
    ("2023年，岚溪经济开发区已发展成为年产值2000亿元的产业集群。", "实际"),
    ("岚溪经济开发区将发展成为年产值2000亿元的产业集群。", "目标"),
])
def test_what_a_park_has_become_is_done(tmp_path, sentence, status):
    (report,) = read_page(tmp_path, "岚溪经济开发区概况\n" + sentence + "\n")
    assert [(f.name, f.value, f.status) for f in report.indicators] == [("工业总产值", 2000, status)]


def test_parties_before_a_quoted_head(tmp_path):
    assert _names("8月3日，嘉善—庆元—九寨沟“飞地”产业园揭牌。") == ["嘉善—庆元—九寨沟飞地产业园"]
    assert _names("要推动—九寨沟“飞地”产业园建设。") == ["九寨沟飞地产业园"]  # (a verb before the dash is no party)


def test_an_airports_economic_zone_in_a_headline(tmp_path):
    page = ("白云机场临空经济区货运量创新高\n"
            "今年前三季度，白云机场临空经济区货运量增长12%。白云机场临空经济区管委会负责人介绍，园区新增企业40家。\n")
    assert park_of(tmp_path, page) == "白云机场临空经济区"
    page = ("大型机场临空经济区建设指南\n大型机场临空经济区要统筹规划，大型机场临空经济区内园区布局合理。\n")
    assert park_of(tmp_path, page) is None  # (an airport of a kind: no place)


@pytest.mark.parametrize("sentence, status", [
    ("岚溪工业园区规划年产值超580亿元，已入驻企业50家。", "目标"),
    ("岚溪工业园区一期规划目标基本建成，实现年产值580亿元。", "实际"),
])
def test_a_planned_output_is_a_goal(tmp_path, sentence, status):
    (report,) = read_page(tmp_path, "岚溪工业园区概况\n" + sentence + "\n")
    assert [(f.name, f.value, f.status) for f in report.indicators if f.name == "工业总产值"] == [("工业总产值", 580, status)]


def test_what_a_speaker_has_confidence_to_reach_is_not_done(tmp_path):
    (report,) = read_page(tmp_path, "岚溪工业园区概况\n“我们有信心五年内在岚溪形成超过580亿产值的产业集群。”园区负责人说。\n")
    assert [(f.name, f.value) for f in report.indicators] == [("工业总产值", 580)]
    assert report.indicators[0].status in ("目标", "预计")
