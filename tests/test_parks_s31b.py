"""Park names and report parks the reader missed on session 31's study pages, second round.

- A qualifier that ends a longer field word the dictionary knows (中 + 医药: 中医药) takes the word's first character
  with it: the name before it is the place's, with no stray character (某某中医药科技产业园, not 某某中 + …).
- A zone inside a new area is named after it as after a park (某某新区 + 临空 + 产业园); a new area the State names after
  the part of a province it lies in (the province's one-character name and a side, 滇中) is named so before 新区.
- A 政府工作报告 whose head speaks for the new area's committee (我代表新区管委会向大会报告工作) is the new area's own:
  the new area is the report's park, as a committee's other reports are.
- A text that names one new area where it opens and then calls it by the bare 新区 again and again is about that new
  area (记者将全市的指标与某某新区的对比。…新区实现…).
The sentences, parks and figures are our own; the counties are the gazetteer's."""
import pytest

from indexer.reading.parks import find_park_mentions
from indexer.reading.subject import decide_subject


def _names(text):
    return [m.name for m in find_park_mentions(text)]


# --- a field word the qualifier ends -------------------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("青禾中医药科技产业园今年新增企业6家。", "青禾中医药科技产业园"),
    ("粤桂合作中医药科技产业园今年新签约项目5个。", "粤桂合作中医药科技产业园"),
    ("樟树市中医药产业园今年新增企业6家。", "樟树市中医药产业园"),  # (the level closes the county: 市中 is no word here)
])
def test_a_field_word_a_qualifier_ends_stays_whole_before_the_head(text, name):
    assert _names(text) == [name]


@pytest.mark.parametrize("text, name", [
    ("樟树市医药产业园今年新增企业6家。", "樟树市医药产业园"),  # (the qualifier alone, as before)
    ("青禾生物医药科技产业园今年新增企业6家。", "青禾生物医药科技产业园"),
])
def test_a_qualifier_standing_alone_is_read_as_before(text, name):
    assert _names(text) == [name]


# --- a zone inside a new area --------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("青禾新区智能制造产业园今年新增企业5家。", "青禾新区智能制造产业园"),
    ("记者从皖北新区临空产业园推介会上获悉，园区今年新签约项目8个。", "皖北新区临空产业园"),
])
def test_a_zone_inside_a_new_area_is_named_after_it(text, name):
    assert name in _names(text)


@pytest.mark.parametrize("text", [
    "推进新区智能制造产业园建设。",  # (a verb before 新区: the sentence's words)
    "加快城市新区产业园建设。",  # (a class of new areas)
    "江苏北新区产业园今年新增企业5家。",  # (the province's last character and a side: no part of a province)
    "新区智能制造产业园今年新增企业5家。",  # (the bare 新区: no name)
])
def test_no_new_area_is_made_up_from_the_words_before_a_zone(text):
    assert _names(text) == []


# --- a committee's government report -------------------------------------------------------------------------------

def test_a_government_report_the_committee_gives_is_the_new_areas():
    title = "青禾新区2023年政府工作报告"
    body = ("同志们：\n根据会议安排，我代表新区管委会向大会报告工作。\n"
            "2022年，青禾新区管委会在市委市政府的正确领导下，完成地区生产总值320亿元。")
    subject, mentioned = decide_subject(title, title + "\n" + body)
    assert (subject.kind, subject.park) == ("园区", "青禾新区") and "管委会" in subject.why


@pytest.mark.parametrize("body", [
    # a district's government speaking, the zone's committee only entrusting it
    "各位代表：\n我代表区人民政府，同时受开发区管委会的委托，向大会报告工作。\n2022年，青禾新区完成地区生产总值320亿元。",
    # a government's head: the place's report
    "各位代表：\n现在，我代表区人民政府，向大会报告工作。\n2022年，青禾新区完成地区生产总值320亿元。",
])
def test_a_government_speaking_gives_a_places_report(body):
    title = "青禾新区2023年政府工作报告"
    subject, _ = decide_subject(title, title + "\n" + body)
    assert subject.park is None


# --- the bare 新区 referring back ----------------------------------------------------------------------------------

_REFERRED = ("（记者 某某）昨日，记者将全市主要经济指标与青禾新区的主要经济指标进行了对比。结果显示，新区大部分指标增幅"
             "高于全市。新区预计实现地区生产总值300亿元，增长7%；新区固定资产投资120亿元；新区实际利用外资4.2亿美元。")


def test_a_new_area_named_once_and_then_called_the_new_area_is_the_texts_subject():
    title = "今年预计实现地区生产总值约占全市两成"
    subject, mentioned = decide_subject(title, title + "\n" + _REFERRED)
    assert (subject.kind, subject.park) == ("园区", "青禾新区") and "青禾新区" in mentioned
    assert "单称「新区」" in subject.why


@pytest.mark.parametrize("body", [
    _REFERRED.replace("新区预计", "全市预计").replace("新区固定", "全市固定"),  # (the bare word twice: no subject)
    _REFERRED.replace("结果显示", "东溪新区也参与了对比。结果显示"),  # (two new areas named: which?)
    _REFERRED + "青禾新区人民政府表示，将继续推进。",  # (a new area with a government: a place)
])
def test_no_new_area_is_the_subject_where_the_text_does_not_refer_back_to_one(body):
    title = "今年预计实现地区生产总值约占全市两成"
    subject, _ = decide_subject(title, title + "\n" + body)
    assert subject.park is None


# --- places listed before one head ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text, names", [
    # the last of the places, a name the segmenter guesses a verb, after places the gazetteer knows
    ("服务中心日后将服务凤山、五华和内立工业区厂商。", ["内立工业区"]),
    # a roll 等 closes before the head: each place names a park of that head
    ("园区分别为：以及永安、仁武、大社等产业园区，总产值创新高。", ["永安产业园区", "仁武产业园区", "大社产业园区"]),
    ("樟树、丰城等工业园区今年新增企业12家。", ["樟树工业园区", "丰城工业园区"]),
])
def test_places_listed_before_one_head_each_name_a_park(text, names):
    assert _names(text) == names


def test_the_places_before_the_last_one_name_parks_too():
    from indexer.reading.parks import choose_park
    body = "新竹县有凤山工业区。联合服务中心日后将服务凤山、五华和内立工业区厂商。"
    _, mentioned, _ = choose_park("工业区联合服务中心今启用", body)
    assert set(mentioned) == {"凤山工业区", "五华工业区", "内立工业区"}


@pytest.mark.parametrize("text", [
    "推动工业园区和产业园区建设。",  # (no places)
    "樟树、丰城和建设工业园区。",  # (a verb the dictionary knows after the places: the sentence's)
    "江苏、浙江等省级开发区加快转型。",  # (provinces: a class of their parks)
    "深耕深圳、北京、上海等产业集聚区。",  # (cities and their clusters: a class)
    "建设、发展等产业园区。",  # (words of the sentence)
    # (a roll closed by its count, 中埔、水上、新市等五大产业园区, named no park until session 32: the lead's unseen pages and
    # 5 of 7 labelled pages name each place's park; tests/test_parks_s32.py)
])
def test_no_park_is_read_from_a_list_of_words_or_of_classes(text):
    assert _names(text) == []


# --- a Taiwan site whose place ends in a level's character ----------------------------------------------------------

def test_a_district_whose_name_ends_in_a_levels_character_names_a_site():
    text = "加工出口區轉型為科技產業園區。推動楠梓園區行政場域更新、前鎮園區更新再造。"
    assert "前镇园区" in _names(text)


# --- two states' park written as a list of its parties, its place in brackets --------------------------------------

@pytest.mark.parametrize("text, name", [
    ("兴建中的马、中(云岭)产业园区将再引进4大领域外资。", "马中云岭产业园区"),
    ("兴建中的马、中（云岭）产业园区将再引进4大领域外资。", "马中云岭产业园区"),
])
def test_two_states_set_apart_and_the_place_in_brackets_name_their_park(text, name):
    assert _names(text) == [name]


@pytest.mark.parametrize("text", [
    "马、中(云岭)签约的产业园区将再引进外资。",  # (a clause between the brackets and the head)
    "甲、乙(云岭)产业园区将再引进外资。",  # (no two states' names)
])
def test_no_two_states_park_is_read_from_other_words_before_brackets(text):
    assert not any(n.startswith(("马中", "甲乙")) for n in _names(text))


# --- a headline's short name that keeps the field the park is for --------------------------------------------------

def test_a_headline_short_name_keeping_the_field_names_the_park_the_text_writes_in_full():
    from indexer.reading.parks import choose_park
    title = "议员考察粤桂中医药园"
    body = ("议员考察粤桂中医药园\n经济局局长和议员到青岭粤桂合作中医药科技产业园参观考察，听取园区规划介绍。"
            "局长表示，已进驻园区的中医药企业将得到进一步发展。议员随后参观粤桂合作中医药科技产业园的研发大楼。")
    park, _, _ = choose_park(title, body)
    assert park == "粤桂合作中医药科技产业园"


@pytest.mark.parametrize("title, body", [
    # the short name written again, no full name of it: none made up
    ("议员考察粤桂中医药园", "议员考察粤桂中医药园\n议员到粤桂中医药园参观，已进驻园区的企业12家。"),
    # the full name holds no such field: another park
    ("议员考察粤桂中医药园", "议员考察粤桂中医药园\n议员到青岭粤桂合作电子信息产业园参观，已进驻园区的企业12家。"),
])
def test_no_full_name_is_made_up_for_a_short_name_the_text_does_not_write_in_full(title, body):
    from indexer.reading.parks import title_short_names
    assert title_short_names(title, body) == []


def test_a_new_area_named_with_its_committee_as_news_shortens_it_is_a_park_named():
    title = "两地产业合作取得新进展"
    body = "截至去年底，在青岭注册的企业累计超过1000家。\n青禾新区管委员表示，今年的工作重点是全面实施开放战略。"
    _, mentioned = decide_subject(title, title + "\n" + body)
    assert "青禾新区" in mentioned


# --- a park's original name in brackets after the head -------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("集团将兴建占地50公顷的明亮科技园(Bright Park)，吸引环保企业进驻。", "明亮科技园"),
    ("集团将兴建洁净科技园区（CleanTech Park），吸引环保企业进驻。", "洁净科技园区"),
])
def test_a_parks_original_name_in_brackets_says_the_words_before_the_head_are_a_name(text, name):
    assert name in _names(text)


@pytest.mark.parametrize("text", [
    "推动建设科技园(Science Park)。",  # (a verb before the head: the sentence's)
    "在科技园（Science Park）工作。",  # (no words before the head)
    "集团将兴建洁净科技园，吸引环保企业进驻。",  # (no original name: the adjective alone names nothing)
])
def test_no_name_is_read_where_the_words_before_the_head_are_the_sentences(text):
    assert _names(text) == []
