"""Parks, session 33, second round: names formed as parks' names that the reader did not read as parks.

- A science city (科技城, 科学城, 科创城: a state's or a city's new zone for research and its industries, run by its own
  committee) is named as a park is, by a place or a proper name before it, and a titleless page whose lead opens with one
  is about it; a bare 科技城, one after a verb (打造科技城) or a description (现代化的科技城), a market (商贸城) names none.
- The side of the country a zone is built for, then its city in brackets (西部（某市）科学城), opens the zone's name as a
  province does (广西（北流）…); the sentence's verbs before it are no part of the name, and a common word before the
  brackets (中心（城区）) names none still.
The sentences, zones and counties are our own unless a real place is needed for the gazetteer."""
import pytest

from indexer.reading.parks import choose_park, find_park_mentions, park_key


def _names(text):
    return [m.name for m in find_park_mentions(text)]


# --- a science city ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("青禾科技城管委会召开2024年工作会议。", "青禾科技城"),
    ("今年，眉山科学城新增入驻企业36家。", "眉山科学城"),
    ("會議提出，青禾科創城要加快引進研發機構。", "青禾科创城"),
])
def test_a_science_city_after_its_place_or_name_is_a_park(text, name):
    assert name in _names(text)


def test_a_lead_opening_with_a_science_city_names_the_report():
    body = ("眉山市科学城不属于任何一个行政区，它是眉山市设立的高新技术产业开发区。科学城管委会负责统一管理。\n"
            "科学城概况\n眉山科学城成立于2009年，规划面积达80平方公里。")
    park, mentioned, why = choose_park("", body)
    assert park is not None and park_key(park) == park_key("眉山科学城"), why


@pytest.mark.parametrize("text", [
    "县里要打造科技城，吸引人才落户。",
    "一座现代化的科技城拔地而起。",
    "新建的汽车城和商贸城本月开业。",
    "科技城范围涵盖两个区的部分区域。",
])
def test_must_not_a_bare_or_described_city_is_no_park(text):
    assert _names(text) == []


# --- a country's side with its city in brackets ----------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("会议提出，高标准建设东部（泉港）科创城。", "东部（泉港）科创城"),
    ("代表们到西部（涪陵）科学城调研。", "西部（涪陵）科学城"),
    ("会议要求高标准建设西部（涪陵）产业园。", "西部（涪陵）产业园"),
])
def test_a_side_of_the_country_before_a_bracketed_city_opens_the_name(text, name):
    assert _names(text) == [name]


def test_must_not_a_common_word_before_brackets_opens_a_name():
    assert _names("推进中心（城区）产业园建设。") == []


# --- places listed and counted before where their parks lie and one head -----------------------------------------------

@pytest.mark.parametrize("text, names", [
    ("加快凭祥、东兴、龙州3个沿边产业园建设。", ["凭祥沿边产业园", "东兴沿边产业园", "龙州沿边产业园"]),
    ("做好江阴、靖江等两个临港工业园区的规划。", ["江阴临港工业园区", "靖江临港工业园区"]),
])
def test_places_counted_before_a_beside_word_and_a_head_each_name_a_park(text, names):
    assert _names(text) == names


@pytest.mark.parametrize("text", [
    "建设、发展等临港产业园区。",          # (words of the sentence, no places)
    "江苏、浙江等沿海开发区。",            # (provinces: a class of zones)
    "凭祥、东兴、龙州3个沿边口岸要加快建设。",  # (no head after the beside word)
])
def test_must_not_a_roll_before_a_beside_word_without_places_or_a_head(text):
    assert _names(text) == []


# --- a verb and 新 run together before a head -------------------------------------------------------------------------

def test_must_not_a_verb_and_new_run_together_name_a_park():
    # (the dictionary files 开发新 whole and tags it a name: "develop new industrial zones")
    assert _names("州政府采取措施，推动开发新工业区，已选定8个新工业园。") == []


def test_a_park_whose_name_ends_in_new_is_still_named():
    assert "宝新工业区" in _names("宝新工业区今年新增企业12家。")
