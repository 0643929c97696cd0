"""Park names formed in ways the reader missed on session 31's study pages (42 pages of spent hosts and two study sets).

- A park two states build names them first by their one-character names, China's one of them, and then its place,
  with no dash or bracket between (马中 + 关丹产业园, 中马 + 钦州产业园区): the place alone is another park's name.
- A township the statistics code lists, a name the dictionary does not know, before what the park is for and its head
  (某镇 + 台商 + 工业园区) names the park as a county's name does.
- A bay named after a division (杭州湾, 东山 + 湾) before the place a zone is named after opens the zone's name.
- A headline's clause whose subject is an institution (某某学院 + 退场转型半导体 + 园区) names no zone, however the
  segmenter tags its verbs.
- A headline that keeps a park's place before its short name (某县 + 生物园区) names the park the text writes in full with
  that place (某县农业生物科技园区): one park, one value in the facet.
The sentences, parks and firms are our own; the townships are the code's, the divisions the gazetteer's."""
import pytest

from indexer.reading.parks import choose_park, find_park_mentions


def _names(text):
    return [m.name for m in find_park_mentions(text)]


# --- two states' park: their one-character names before its place -------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("马中云岭产业园再获三家企业投资，总额达12亿令吉。", "马中云岭产业园"),
    ("中马钦州产业园区今年新签约项目8个。", "中马钦州产业园区"),
    ("中泰崇左产业园举行招商推介会。", "中泰崇左产业园"),
])
def test_two_states_one_character_names_open_their_parks_name(text, name):
    assert name in _names(text)


def test_the_two_states_park_is_the_reports_park_under_its_whole_name():
    title = "马中云岭产业园再获两家企业投资"
    body = ("（南宁8日讯）马中云岭产业园再获两家企业投资，总额达9亿令吉。\n"
            "特区理事会表示，截至目前，云岭产业园的投资总额已达60亿令吉，马中云岭产业园具备竞争力。")
    park, mentioned, _ = choose_park(title, body)
    assert park == "马中云岭产业园" and mentioned == ["马中云岭产业园"]  # (云岭产业园 written alone is the same park)


@pytest.mark.parametrize("text, name", [
    ("其中马鞍山经开区完成投资20亿元。", "马鞍山经开区"),  # (其中: "among them"; 其 names no state)
    ("其中泰州经开区完成投资20亿元。", "泰州经开区"),
    ("9月中德州经开区签约项目5个。", "德州经开区"),  # (月中: mid-month)
    ("中马—钦州产业园区今年新签约项目8个。", "中马—钦州产业园区"),  # (with a dash, as before)
    ("中德（沈阳）高端装备制造产业园今年新增企业30家。", "中德（沈阳）高端装备制造产业园"),
    ("三个科学园区中，其中以中科成长率最高。", "中部科学园区"),  # (其中以: "among them, by"; a short name)
])
def test_no_pair_of_states_is_read_where_the_characters_say_something_else(text, name):
    assert _names(text) == [name]


# --- a township the code lists before what the park is for ---------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("荫田台商工业园区作为全市重点发展的产业集聚区，已汇集台资企业三十家。", "荫田台商工业园区"),
    ("姜楼陶瓷产业园今年新入驻企业6家。", "姜楼陶瓷产业园"),
])
def test_a_listed_township_before_what_the_park_is_for_names_the_park(text, name):
    assert name in _names(text)


def test_the_townships_park_opening_a_titleless_lead_is_the_reports_park():
    body = "荫田台商工业园区作为全市重点发展的产业集聚区，凭借成熟的制造业基础，已汇集台资企业三十家，园区年产值12亿元。"
    park, _, _ = choose_park("", body)
    assert park == "荫田台商工业园区"


@pytest.mark.parametrize("text", [
    "新区台商工业园今年投资增长。",  # (新区: a word of the dictionary, though a township bears it)
    "工作总结工业园区",  # (words of a document)
    "综合性工业园区建设加快。",  # (what the park is like)
    "中心食品产业园建设加快。",  # (中心: a common word a township bears)
])
def test_no_name_is_invented_from_words_before_a_head(text):
    assert _names(text) == []


# --- a bay named after a division before the zone's place ----------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("东山湾古岚经济技术开发区要确保符合用地规范。", "东山湾古岚经济技术开发区"),
    ("杭州湾岚屿经济技术开发区召开年度工作会议。", "杭州湾岚屿经济技术开发区"),
])
def test_a_bay_named_after_a_division_opens_the_zones_name(text, name):
    assert _names(text) == [name]


@pytest.mark.parametrize("text, name", [
    ("北部湾钦州港经济技术开发区今年新增企业12家。", "钦州港经济技术开发区"),  # (北部湾: a region, no division's bay)
    ("位于港湾青山工业园的企业复工。", "青山工业园"),  # (港湾: a common word)
])
def test_no_bay_is_read_from_a_region_or_a_common_word(text, name):
    assert _names(text) == [name]


# --- a headline's clause whose subject is an institution -----------------------------------------------------------

def test_an_institutions_clause_before_a_zones_noun_names_no_park():
    title = "青岚技术学院退场转型半导体园区 最新进度曝"
    body = ("〔记者某某／台南报导〕青岚技术学院退场多年，经济部将其校区纳编为岚屿科技产业园区，规划半导体产业聚落，"
            "园区面积7.35公顷，将在明年下半年招商。\n经济部产业园区管理局表示，岚屿科技产业园区预计引进厂商20家。")
    park, mentioned, _ = choose_park(title, body)
    assert park == "岚屿科技产业园区"
    assert not any("学院" in name for name in mentioned)


# --- a headline's short name with the park's place kept before it ---------------------------------------------------

@pytest.mark.parametrize("title, body, park", [
    ("宁海生物园区扩建完工 百公顷土地招商中",
     "宁海农业生物科技园区扩充区已完工，目前已有108家企业进驻，园区年产值12亿元。", "宁海农业生物科技园区"),
    ("丽水创科园区新增企业20家", "丽水创新科技产业园区今年新增入驻企业20家。", "丽水创新科技产业园区"),
    ("丽水光谷园区新增企业20家", "丽水光电谷产业园区今年新增入驻企业20家。", "丽水光电谷产业园区"),
])
def test_a_headline_keeping_the_place_before_a_short_name_is_the_full_name_the_text_writes(title, body, park):
    chosen, mentioned, why = choose_park(title, body)
    assert chosen == park and mentioned == [park]
    assert "保留地名" in why


def test_a_short_head_of_a_family_in_a_headline_is_the_full_name_the_text_writes():
    # (since session 53 农科园区 is a head of its own, one family with 农业科技园区, as 经开区 is with 经济技术开发区: the
    # headline's short head is read as a name, and the park is the fullest form the text gives)
    chosen, mentioned, _ = choose_park("丽水农科园区开园迎客", "记者从管委会获悉，丽水农业科技园区今天开园，已有30家企业入驻。")
    assert chosen == "丽水农业科技园区" and mentioned == ["丽水农业科技园区"]
    assert choose_park("丽水经开区开园迎客", "记者从管委会获悉，丽水经济技术开发区今天开园。")[0] == "丽水经济技术开发区"
    # (a text writing only the short form keeps it)
    assert choose_park("丽水经开区开园迎客", "记者从管委会获悉，丽水经开区今天开园。")[0] == "丽水经开区"


@pytest.mark.parametrize("title, body, park", [
    # (the text writes the full name of another place's park: the headline's own stays)
    ("宁海生物园区扩建完工", "丽水农业生物科技园区扩充区已完工，目前已有108家企业进驻，园区年产值12亿元。", "宁海生物园区"),
    # (the text writes the full name without a place: none is made up by joining the headline's place to it)
    ("宁海生物园区扩建完工", "农委会表示，农业生物科技园区扩充区已完工，目前已有108家企业进驻。", "宁海生物园区"),
])
def test_no_full_name_is_made_up_for_a_headlines_place(title, body, park):
    assert choose_park(title, body)[0] == park


def test_a_place_and_a_class_of_parks_in_a_headline_shorten_nothing():
    title = "柳州市特色园区建设提速"
    body = "今年以来，柳州市特色园区建设全面提速，全市特色园区新入驻企业86家。"
    assert choose_park(title, body)[0] is None
