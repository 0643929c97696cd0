"""Park names as Chinese forms them, session 11: a place, what the park is for, a head.

- What the park is for may be an industry named as the national classification of industries (GB/T 4754) names its
  classes, a product and its process: 食品 + 加工, 装备 + 制造, 有色金属精深 + 加工 (沭阳县食品加工产业园). The process
  describes the park as 生物医药 does; any other verb there is the sentence's (某县经济发展产业园 is no name).
- A prefecture before one of its own counties (和田策勒县, 常州武进, a headline's address) is the county's park: one key
  with the county's name alone (one park, one facet value); two places side by side that are not one inside the other
  (苏州宿迁工业园区, built by two cities) stay whole.
- A park two places build together is named by one character of each (沪滁产业园, 中新苏滁高新区, 锡沭工业园), single
  characters the segmenter tags as places or abbreviations: the two are one name, vouched by nobody. A prefecture's name may open with a character that is a function
  word elsewhere (和田): the gazetteer vouches for it.

Pages s11p01-s11p02 are our own, each showing a pattern seen on real pages nobody here wrote."""
from pathlib import Path

import pytest

from indexer.reading.parks import find_park_mentions, park_key

GOLD = Path(__file__).parent / "gold" / "authored"


def names(text):
    return [m.name for m in find_park_mentions(text)]


@pytest.mark.parametrize("text, name", [
    ("沭阳县食品加工产业园位于城南", "沭阳县食品加工产业园"),
    ("邵阳市五金制造产业园位于城南", "邵阳市五金制造产业园"),
    ("郴州市有色金属精深加工产业园位于城南", "郴州市有色金属精深加工产业园"),
    ("会同县竹木加工产业园位于城南", "会同县竹木加工产业园"),
    ("平原县农业食品创新产业园位于城南", "平原县农业食品创新产业园"),
    ("宜宾市装备制造产业园位于城南", "宜宾市装备制造产业园"),  # (found before: 制造 tagged v, a known word)
])
def test_an_industry_named_by_its_product_and_process_describes_the_park(text, name):
    assert names(text) == [name]


@pytest.mark.parametrize("text", [
    "要加快临沂市产业发展工业园区建设",  # 发展: the sentence's verb, no industry
    "实现临沂市经济发展产业园",
    "推进临沂市发展工业园区",  # a verb right after the place: never a name's
    "南漳县加工产业园",  # a process with no product before it describes nothing
])
def test_any_other_verb_there_is_the_sentences(text):
    assert names(text) == []


@pytest.mark.parametrize("a, b", [
    ("和田策勒县健康农业科技产业园", "策勒县健康农业科技产业园"),
    ("常州武进高新区", "武进高新区"),
    ("江苏常州武进经济开发区", "武进经开区"),
    ("邵阳隆回县中药材加工产业园", "隆回县中药材加工产业园"),
])
def test_a_prefecture_before_its_own_county_is_the_countys_park(a, b):
    assert names(a) == [a] or names(a)[0].endswith(b[-6:])
    assert park_key(a) == park_key(b)


@pytest.mark.parametrize("a, b", [
    ("苏州宿迁工业园区", "宿迁工业园区"),  # two cities build it: not one inside the other
    ("苏州宿迁工业园区", "苏州工业园区"),
    ("朝阳龙城工业园区", "朝阳工业园区"),  # the county's park is not the prefecture's
])
def test_places_side_by_side_stay_whole(a, b):
    assert park_key(a) != park_key(b)


@pytest.mark.parametrize("page, park", [
    ("s11p01_industry_process_in_the_name.txt", "会同县竹木加工产业园"),
    ("s11p02_prefecture_before_its_county.txt", "邵阳隆回县中药材加工产业园"),  # (not the 工业集中区 it lies in)
    ("s11p03_delegation_came_to_the_host.txt", "临湘高新区"),  # (not the visitors' park the title names first)
    ("s11p04_park_of_two_places.txt", "沪滁产业园"),  # (one character of each place, after 从)
])
def test_own_pages(page, park):
    from indexer.reading.pipeline import read_file

    (report,) = read_file(GOLD / page, GOLD).reports
    assert report.park == park


# ------------------------------------------------------------ a delegation that came (the host's news)

@pytest.mark.parametrize("title, body, park", [
    # the host's news of a visit: the visitors' park named first, the visited park after 来
    ("鹤山工业园区考察团来临湘高新区考察", "考察团一行参观了园区规划馆，了解了园区招商引资情况。鹤山工业园区考察团给予了好评。", "临湘高新区"),
    ("鹤山工业园区考察团莅临临湘高新区交流", "考察团一行参观了园区规划馆。鹤山工业园区考察团给予了好评。", "临湘高新区"),
    # a party counted in people (考察团一行4人来…)
    ("2月13日，鹤山工业园区副主任带领考察团一行4人来临湘高新区参观考察",
     "2月13日，鹤山工业园区副主任带领考察团一行4人来临湘高新区参观考察，园区管委会陪同考察。鹤山工业园区考察团给予了好评。",
     "临湘高新区"),
])
def test_a_delegation_that_came_is_about_the_park_it_came_to(title, body, park):
    from indexer.reading.subject import decide_subject

    text = body if body.startswith(title) else f"{title}\n{body}"
    subject, _ = decide_subject(title, text)
    assert subject.park == park, subject.why


@pytest.mark.parametrize("body", [
    "今年以来，鹤山工业园区考察团多次赴外地学习，园区招商成效明显。",  # 以来 is no coming
])
def test_since_is_no_coming(body):
    from indexer.reading.subject import _trip

    trip = _trip("", body)
    assert trip is None or "鹤山工业园区" not in trip[0]


@pytest.mark.parametrize("text, found", [
    ("鹤山市特色产业园中园正式启动", []),  # 园中园: parks inside the city's parks, a programme's word
    ("鹤山市特色产业园建设加快", ["鹤山市特色产业园"]),
    ("鹤山工业园中的企业", ["鹤山工业园"]),
])
def test_parks_inside_parks_are_no_park(text, found):
    assert names(text) == found


@pytest.mark.parametrize("text, name", [
    ("记者从沪滁产业园获悉", "沪滁产业园"),
    ("位于中新苏滁高新区的企业", "中新苏滁高新区"),
    ("在湘粤产业园举行", "湘粤产业园"),
])
def test_a_park_two_places_build_is_named_by_one_character_of_each(text, name):
    assert names(text) == [name]


@pytest.mark.parametrize("text, name", [
    ("在常州武进高新区", "常州武进高新区"),  # two whole places: the gazetteer's, as before
    ("到宿迁泗阳经济开发区", "宿迁泗阳经济开发区"),
    ("在苏州工业园区", "苏州工业园区"),
])
def test_whole_places_keep_their_names(text, name):
    assert names(text) == [name]
