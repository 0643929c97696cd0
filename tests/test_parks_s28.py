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
    "推进中国老挝磨憨—磨丁经济合作区建设。",
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
    assert _named("东岭、西岗、柯河工业园在建项目负责人参加会议。") == []
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
