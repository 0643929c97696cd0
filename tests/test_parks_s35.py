"""Parks, session 35: two ways a park's name is formed that the reader did not read on fresh pages.

- A park two states build, named by their one-character names alone, China's one of them, before what it is for and its
  head, with no place of its own between (中韩 + 产业园, 中日 + 产业园, 中新 + 国际合作食品 + 产业园), and the city that hosts
  it written right before the pair (某市 + 中日产业园). The labelled sets: 3 pages of 3 hosts name such a park (2 of them
  the report's park, which the reader missed, giving the new area or a zone the body names instead). The pair opens a
  word of its own and the segmenter cuts it off what follows: 中 + 新能源, 中以 ("in it, with"), 其中 + 德国 name no two
  states.
- A park two cities build, the host city in brackets after the builder, before a class of parks whose words hold a verb
  (深圳（汕尾）+ 产业转移 + 工业园: Guangdong's parks of industrial transfer, 承接产业转移 in Anhui's): what the park is for
  is read whole as a qualifier before it is read word by word (3 pages of 3 hosts, one labelled, missed by the reader).
- A developer's or a city's branded series of parks names each site by the brand, a middle dot, the site's place or what it
  is for, and a head (某某U谷·智能制造产业园, 某某智谷‧某镇园区, 某某港·产业创新示范园区): the brand a proper name ending in
  a place noun (港, 谷, 城, 湾, 岛). The labelled sets: 3 pages of 3 hosts, the labellers writing the whole with its dot;
  the reader read none. A dot between two common words or before a bare head (聚焦·产业园区, 某某新城·高新区: a column's
  subjects) and a masked site name none.
The sentences, the numbers and the pairings are our own; the places are real where the gazetteer must know them.
"""
import pytest

from indexer.reading.parks import choose_park, find_park_mentions


def _names(text):
    return [m.name for m in find_park_mentions(text)]


@pytest.mark.parametrize("text, name", [
    ("据悉，中韩产业园昨日开工建设，规划面积3平方公里。", "中韩产业园"),
    ("会议透露，宜昌中日产业园将选址城东。", "宜昌中日产业园"),
    ("我们将围绕中新国际合作食品产业园建设，加大招商力度。", "中新国际合作食品产业园"),
    ("中德智能制造产业园首批项目签约。", "中德智能制造产业园"),
])
def test_a_park_named_by_the_two_states_that_build_it(text, name):
    assert name in _names(text)


@pytest.mark.parametrize("text", [
    "园区中以电子信息产业园为主，其余为物流。",
    "开发区中新能源产业园的产值最高。",
    "在园区中新设产业园一个。",
    "中美签约产业园的消息传来。",
    "中外合作产业园正在规划。",
    "高新区中德合作产业园区的规划面积最大。",
    "巴中经济开发区科技园区建设加快。",
])
def test_words_that_only_look_like_two_states_name_no_such_park(text):
    assert not any(n.startswith(("中以", "中新", "中美", "中外")) for n in _names(text))


def test_a_headline_of_a_two_states_park_breaking_ground_is_that_parks_report():
    park, mentioned, why = choose_park("西宁新区首个中外合作项目中韩产业园开建",
                                       "这就是西宁新区的标志性项目——中韩产业园。记者从西宁新区管委会了解到，"
                                       "中韩产业园日前开工建设，总投资约80亿元。")
    assert park == "中韩产业园"
    assert "中韩产业园" in mentioned


def test_a_city_before_the_two_states_is_the_parks_name_in_full():
    park, _, _ = choose_park("宜昌中日产业园落户城东",
                             "为鼓励更多日本企业来宜昌发展，宜昌将在城东打造一个中日产业园。\n"
                             "会议透露，宜昌中日产业园将选址城东的猇亭工业园。")
    assert park == "宜昌中日产业园"


@pytest.mark.parametrize("text, name", [
    ("日前，广东东莞石碣(兴宁)产业转移工业园正在推进建设。", "广东东莞石碣（兴宁）产业转移工业园"),
    ("深圳（汕尾）产业转移工业园今年新引进项目12个。", "深圳（汕尾）产业转移工业园"),
    ("中山(河源)产业转移工业园在全省考评中排名第一。", "中山（河源）产业转移工业园"),
])
def test_a_partner_built_park_of_a_class_whose_words_hold_a_verb(text, name):
    assert name in _names(text)


@pytest.mark.parametrize("text", [
    "中德（沈阳）合作签约的产业园将于明年开工。",
    "青禾经开区（东区）产业转移工业园项目开工。",
])
def test_a_clause_or_a_parks_side_in_brackets_is_still_no_partners_name(text):
    assert not any("（沈阳）" in n or "（东区）产业转移" in n for n in _names(text))


def test_a_headline_naming_the_two_states_park_by_its_pair_alone_is_the_one_the_text_names_with_its_place():
    park, mentioned, why = choose_park("中德产业园再引进三个外资项目",
                                       "记者获悉，兴建中的中德（宜昌）产业园将再引进三个外资项目，总投资12亿元。")
    assert park == "中德（宜昌）产业园"
    assert mentioned == ["中德（宜昌）产业园"]
    assert "中德产业园" in why


def test_the_pair_alone_is_not_merged_when_the_page_names_two_parks_of_that_pair():
    _, mentioned, _ = choose_park("中德产业园再引进三个外资项目",
                                  "中德（宜昌）产业园引进三个外资项目。另有中德（襄阳）产业园引进两个。")
    assert "中德产业园" in mentioned


@pytest.mark.parametrize("text, name", [
    ("本季度完成青岚U谷·智能制造产业园第5批次招商。", "青岚U谷·智能制造产业园"),
    ("副区长考察了重点项目之一——沪杭云栖智谷‧赵巷园区。", "沪杭云栖智谷‧赵巷园区"),
    ("推进会暨南粤美妆港·产业创新示范园区（一期）项目开工仪式在新城举行。", "南粤美妆港·产业创新示范园区"),
])
def test_a_branded_sites_name_is_its_brand_a_dot_and_the_site(text, name):
    assert name in _names(text)


@pytest.mark.parametrize("text", [
    "聚焦·产业园区建设新进展",
    "科技城·高新区动态",
    "天府新城·高新区联合招商",
    "青岚U谷·XX智能制造产业园一期投产。",
])
def test_a_dot_between_common_words_a_column_or_a_mask_names_no_branded_site(text):
    assert not any(ch in n for n in _names(text) for ch in "·‧")


def test_a_lead_opening_on_a_branded_sites_groundbreaking_is_its_report():
    park, _, _ = choose_park("4月10日上午，新城举行重大项目推进会暨南粤美妆港·产业创新示范园区（一期）项目开工仪式。",
                             "4月10日上午，新城举行重大项目推进会暨南粤美妆港·产业创新示范园区（一期）项目开工仪式。\n"
                             "据悉，该项目总投资10亿元，用地面积100亩。")
    assert park == "南粤美妆港·产业创新示范园区"
