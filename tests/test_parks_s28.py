"""Session 28's park names (issue 12: the parks a text names, recall without losing precision), each rule on invented
sentences (invented places where the rule needs no gazetteer; a real county where it does), with the cases that must stay
unfound: words that are no name (工作总结工业园区, 带领经开区, 重点产业园区, 综合性工业园区) and names cut by the segmenter.
"""
from __future__ import annotations

import pytest

from indexer.reading.parks import choose_park, find_park_mentions

TITLE = "关于全县园区建设情况的汇报"
FILL = "会议强调，要坚持项目为王，持续优化营商环境，抓好安全生产，确保全年目标任务圆满完成。\n"
# an opening long enough that what follows is deep in the text (past the opening the reader weighs)
OPENING = "今年以来，我县坚持工业强县战略，全力推进园区提质增效。\n" + FILL * 12
NOT_NAMES = "认真做好工作总结工业园区建设，带领经开区干部职工，打造重点产业园区和综合性工业园区。"


def _named(deep: str, title: str = TITLE) -> list[str]:
    return choose_park(title, OPENING + deep + "\n")[1]


@pytest.mark.parametrize("deep, names", [
    # a zone of a strong head (or an industrial district) named once deep in the text, by a name nobody vouches for,
    # standing whole: after a list's mark, a break, a preposition
    ("全年新增入园企业15户：禾家店工业园12户、柯赖工业区3户。", ["禾家店工业园", "柯赖工业区"]),
    ("一批企业设在柯赖工业区，带动就业800人。", ["柯赖工业区"]),
    ("项目建设方面，鹭坪开发区、龙头街道分别开工项目6个和4个。", ["鹭坪开发区"]),
])
def test_a_zone_named_whole_deep_in_the_text_is_named(deep, names):
    assert _named(deep) == names


@pytest.mark.parametrize("deep", [
    # names whose first characters the segmenter glued to the word before them: cut, no name
    "项目由泰中罗勇工业园承建。",
    "规划建设覃塘和炉山碧波工业园区。",
    # words that are no name
    NOT_NAMES,
])
def test_a_cut_name_or_words_are_no_zone_named(deep):
    assert _named(deep) == []


def test_a_county_opening_with_a_function_character_is_no_glued_preposition():
    # 如皋 (a county) + 港: the county's port, never 如 "for example" glued to 皋港
    assert _named("名单包括：如东县洋口化学工业园、如皋港化工新材料产业园。") == ["如东县洋口化学工业园", "如皋港化工新材料产业园"]


def test_classical_zhi_before_a_known_place_is_no_part_of_the_name():
    # 毗邻之 + 高雄: "adjoining", the place the gazetteer knows after it; 之江 stays a name of its own
    assert [m.name for m in find_park_mentions("企业可于毗邻之高雄加工出口区内寻找合作厂商。")] == ["高雄加工出口区"]
    assert _named("企业可于毗邻之高雄加工出口区内寻找合作厂商。") == ["高雄加工出口区"]


def test_places_listed_before_one_head_keep_the_earlier_rule():
    # 东岭、西岗、某某工业园: the last place's name with the head the places share; named once deep without its organs,
    # it is not taken on its own word (session 20's rule); an item numbered in a roll (2、) stands whole
    # (柯涧 is no township: 柯河, written here before session 39, is one, which the statistics code now vouches for)
    assert _named("东岭、西岗、柯涧工业园在建项目负责人参加会议。") == []
    assert _named("第一批名单如下：\n1、禾家店工业园\n2、柯赖工业区\n") == ["禾家店工业园", "柯赖工业区"]


SETTLING = ("3月5日，管理局召开入区投资审查会，核准3家公司进驻泗洪软件园区，投资金额共计1.2亿元。\n"
            "其中，青禾科技公司投资3000万元，进驻泗洪软件园区，从事软件研发。\n"
            "溪川网络公司投资2000万元，进驻泗洪软件园区，从事平台运营。\n"
            "白石数据公司投资800万元，进驻泗洪软件园区，从事数据服务。\n")


def test_a_verb_written_before_every_mention_of_the_place_is_no_part_of_it():
    # 进驻 + 泗洪 each time: the verb the dictionary knows, never the first characters of the place (大 + 柴旦 still is)
    park, named, _ = choose_park("", SETTLING)
    assert "进驻泗洪软件园区" not in named and "泗洪软件园区" in named


def test_the_one_zone_firm_after_firm_moves_into_is_the_news_park():
    park, _, why = choose_park("", SETTLING)
    assert park == "泗洪软件园区", why
    # a project landing once in a zone, beside the county's other news, is no park's news
    once = ("3月5日，我县召开重点项目推进会，通报一季度项目建设情况。\n" + FILL * 12
            + "会议提出，青禾科技项目将落户泗洪软件园区。\n")
    assert choose_park("", once)[0] is None


def _found(text: str) -> list[str]:
    return [m.name for m in find_park_mentions(text)]


@pytest.mark.parametrize("text, names", [
    # zones two parties build, named after what they cooperate in: a place or the parties' names, then the head
    ("推进溪港科技创新合作区建设。", ["溪港科技创新合作区"]),
    ("加快推动琼港科创合作区建设。", ["琼港科创合作区"]),
    # a township the statistics code lists before two provinces' one-character names (沙溪: a real township)
    ("全力支持服务沙溪粤澳深度合作区建设。", ["沙溪粤澳深度合作区"]),
    # a class or a kind before the head names none
    ("推动境外产业合作区建设。", []),
    ("加快重点产业合作区建设。", []),
    ("打造重点产业园区和综合性工业园区。", []),
])
def test_cooperation_zones_are_named_by_their_parties(text, names):
    assert _found(text) == names


def test_the_short_form_of_a_cooperation_zone_keys_with_its_full_name():
    (full,), (short,) = find_park_mentions("溪港科技创新合作区"), find_park_mentions("溪港科创合作区")
    assert full.key == short.key


@pytest.mark.parametrize("text, names", [
    # parties joined by dashes before the zone's place: nations, a bloc, places (柳州: a real city)
    ("排名提升3位的中泰—柳州产业园区。", ["中泰—柳州产业园区"]),
    ("中国越南青岭—白溪经济合作区全貌。", ["中国越南青岭—白溪经济合作区"]),
    # a verb before a dash, or a span of years, is no party
    ("努力推动—溪川工业园区建设。", ["溪川工业园区"]),
    ("2019—2023年溪川工业园区建设成效明显。", []),
])
def test_parties_joined_by_dashes_open_the_zones_name(text, names):
    assert _found(text) == names


def test_a_zone_of_parties_in_the_title_names_the_park_inside_it_whole():
    title = "中国—东盟产业合作区白溪产业园建设提速"
    body = ("10月17日，记者获悉，今年以来，该市把中国—东盟产业合作区白溪产业园（下称：白溪产业园）建设作为头等大事。\n"
            "白溪产业园新签约项目12个，白溪产业园完成投资20亿元。\n")
    park, named, _ = choose_park(title, body)
    assert park == "中国—东盟产业合作区白溪产业园"
    assert "区白溪产业园" not in named  # (a name never starts inside the head before it)


def test_a_place_of_parties_is_no_bare_place_of_a_counted_roll():
    # 参与排名的4家经开区…中泰—柳州产业园区排名提升3位: the parties say which park; a roll's count does not take it
    body = ("近日，商务部公布了考核排名结果，参与排名的4家国家级经开区有3家实现提档晋位，其中，溪川经开区首次进入全国百强，"
            "中泰—柳州产业园区排名提升3位。\n溪川经开区在参评的经开区中排名第96位。\n")
    assert "中泰—柳州产业园区" in choose_park("", body)[1]


@pytest.mark.parametrize("text, names", [
    # a software park named 软件园 as often as 软件园区 (宿迁: a real city)
    ("宿迁软件园新入驻企业12家。", ["宿迁软件园"]),
    # the page writing a common noun before the city each time (软件基地 + 宿迁): no part of the name
    ("青禾软件基地宿迁软件园揭牌。青禾软件基地宿迁软件园首批入驻企业12家。", ["宿迁软件园", "宿迁软件园"]),
    # a determiner before a county's name that is also an adjective (各地 + 新兴): what the parks are like, no name
    ("全国各地新兴软件园发展迅速。", []),
    ("全国各地新兴工业园区发展迅速。", []),
    ("领导一行在软件园调研。", []),
])
def test_software_parks_are_named_by_their_place(text, names):
    assert _found(text) == names


def test_a_software_park_keys_with_its_long_form():
    (short,), (long,) = find_park_mentions("宿迁软件园"), find_park_mentions("宿迁软件园区")
    assert short.key == long.key


@pytest.mark.parametrize("text, names", [
    # on a page of science parks or export processing zones, a place of Taiwan's postal table right before 园区 is a site
    ("科学园区管理局表示，扩建计划包括苗栗铜锣园区与宜兰园区。", ["苗栗铜锣园区", "宜兰园区"]),
    # a page of one science park by its short name calls its sites by the township alone: its parts, named as sites
    # (session 32: the study sets' labellers list them on 7 pages of 7; until then left out), never the report's park
    ("南科管理局表示，南科前三季营业额创新高，其中路竹园区成长最多；另规划苗栗铜锣园区。", ["路竹园区", "苗栗铜锣园区"]),
    ("加工出口区管理处指出，楠梓园区今年新增投资30亿元。", ["楠梓园区"]),
    ("科學園區管理局表示，中科彰化園區進度順利。", ["中科彰化园区"]),
    # the same words on a page of no such park name nothing
    ("宜兰园区周末游客人数大增。", []),
])
def test_taiwans_park_sites_by_their_township(text, names):
    assert [n for n in _found(text) if n.endswith("园区") and "科学" not in n and "加工" not in n] == names


def test_a_site_alone_is_no_reports_park():
    body = "科学园区管理局表示，楠梓园区今年新增投资30亿元。\n楠梓园区新进驻企业5家，楠梓园区营业额创新高。\n"
    park, named, _ = choose_park("", body)
    assert "楠梓园区" in named and park != "楠梓园区"


@pytest.mark.parametrize("text, name", [
    # a township the statistics code lists, whose name ends in 市 (陬市) or the segmenter guesses a numeral (六峰)
    ("新建标准厂房落户陬市工业园，带动就业300人。", "陬市工业园"),
    ("全镇上下合力推进六峰工业园区扩区。", "六峰工业园区"),
])
def test_a_township_cut_at_its_market_or_read_as_a_numeral(text, name):
    assert name in _found(text)


@pytest.mark.parametrize("text", ["率省工业园区考核组一行到县检查。", "全县六个工业园区完成投资30亿元。", "五大工业园区齐头并进。"])
def test_a_level_or_a_count_stays_no_place(text):
    assert _found(text) == []


@pytest.mark.parametrize("text, name", [
    # a county and what the park is for, a qualifier the segmenter tags a time word among it (现代 + 制造)
    ("开工仪式在泾县现代制造产业园举行。", "泾县现代制造产业园"),
    # an industry named by its product and process (管件 + 铸造), as the national classification names them
    ("促成滑县管件铸造产业园、滑县食品加工产业园等一批园区建成投用。", "滑县管件铸造产业园"),
])
def test_a_county_and_what_its_park_is_for(text, name):
    assert name in _found(text)


@pytest.mark.parametrize("text", ["加快建设现代制造产业园。", "我县现代农业产业园建设提速。", "某县发展现代产业园。"])
def test_what_a_park_is_for_without_a_place_names_none(text):
    assert _found(text) == []


APPROVED_BODY = ("所属行业：工业\n简介：青禾经济开发区原名青禾工业园区，2002年12月23日，经泾县人民政府批准设立，"
                 "2003年3月正式启动开发建设，是全省重点工业开发区之一。\n详情：青禾经济开发区现有企业120家，青禾经济开发区"
                 "规划面积30平方公里。\n")


def test_a_government_that_approved_the_zone_makes_no_government_report():
    park, _, why = choose_park("2002年12月23日，经泾县人民政府批准设立", APPROVED_BODY)
    assert park == "青禾经济开发区", why
    # a government's own report stays one
    assert choose_park("泾县人民政府2023年工作报告", APPROVED_BODY)[0] is None


@pytest.mark.parametrize("text", [
    # a person's name run into the verb after it ("made the report")
    "党工委副书记、常务副主任钱立峰作开发区2023年经济运行报告。",
    # an adjective the dictionary lacks, opening with an adverb of degree
    "全省产业带动能力较强高新区达到12家。",
    # a name run into the conjunction after it ("宜岗 and the industrial zones")
    "目前全县17处工业区中的宜岗及工业区已达饱和。",
    NOT_NAMES,
])
def test_words_of_the_sentence_before_a_head_are_no_name(text):
    assert [n for n in _found(text) if not n.startswith(("17处", "全县"))] == []


def test_the_customs_before_a_free_trade_zone_is_its_office():
    # 某关 + 自贸区: the customs' office for the zones (as before any head: 某某海关 + 综保区监管科), no zone's place
    assert _found("泾县海关自贸区和特殊区域发展处表示，综合保税区进出口增长。") == []
    assert _found("上海自贸区新增企业1200家。") == ["上海自贸区"]


@pytest.mark.parametrize("text, names", [
    # a verb of seeking a rank before the rank's word: the class sought, no park
    ("标志着我市申报国家农业科技园区进入最后阶段。", []),
    ("溪川工业园区成功晋升为国家高新技术产业开发区。", ["溪川工业园区"]),
    ("力争年内争创省级经济开发区。", []),
    # a place before the rank stays a park's name
    ("泾县国家农业科技园区新增企业12家。", ["泾县国家农业科技园区"]),
])
def test_a_rank_sought_is_a_class(text, names):
    assert _found(text) == names


@pytest.mark.parametrize("text, names", [
    # a place with its level, then a rank of that same level: the place's parks of its own rank, a class
    ("11月15日，溪川市市级文创产业园区授牌仪式举行。", []),
    ("泾县县级工业园区共有5个。", []),
    # a county's park of a higher rank is one park
    ("泾县省级农业园区新增企业8家。", ["泾县省级农业园区"]),
])
def test_a_places_own_rank_is_a_class(text, names):
    assert _found(text) == names


@pytest.mark.parametrize("place", ["泾县", "福建自贸港", "泾县经开区"])
def test_a_places_key_parks_are_a_class(place):
    body = (f"7月31日，省统计局发布数据显示，今年上半年，{place}重点园区实现营业收入1200亿元，同比增长8%。\n"
            "园区新增入驻企业300家。\n")
    park, named, _ = choose_park("", body)
    assert park != place + "重点园区" and place + "重点园区" not in named


def test_an_organ_inside_the_words_before_a_head_is_an_offices_name():
    # 某自贸区管委会 + 保税区管理局: the bonded zone's bureau under the committee, no zone named 某自贸区管委会保税区
    assert _found("记者日前从宁波自贸区管委会保税区管理局获悉，上半年进出口增长。") == ["宁波自贸区"]


@pytest.mark.parametrize("text, names", [
    # beside the airport (临 + 空港), as 临空 and 临港 are: a place before it, or opening a line
    ("昨日上午，宜昌临空港经济技术开发区召开招商引资工作会。", ["宜昌临空港经济技术开发区"]),
    ("临空港经开区部署推进招商引资工作", ["临空港经开区"]),
    # in a sentence, with no place, a class of parks
    ("加快临空港产业园建设。", []),
])
def test_a_zone_beside_the_airport(text, names):
    assert _found(text) == names
