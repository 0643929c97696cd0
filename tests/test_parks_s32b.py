"""Parks, session 32's second round: the shapes of the names the study sets' labellers list and the reader missed.

- A coast named by its side (东海岸, 西海岸) is a region's proper name: before a head it is the zone's place (某国东海岸
  经济特区, 某市西海岸出口加工区), though the dictionary files it as a place word of the sentence.
- A special economic zone abroad is written 经济特区, 经济发展特区 or, short, 特区 after its own name (某某经济发展特区,
  某某特区): one zone; after a division of China (香港特区, 澳门特区) the bare 特区 is the region, no zone.
- A place abroad written in characters for its sounds (a transliteration the segmenter cuts into a "name" and a "verb")
  is a place where the page writes it right after its country (某国 + 某某发展局): before a head it names the zone.
- A park named after a brand or a group of merchants (苏商, 海联) opens with the region or the province it is built for
  (长三角 + 苏商 + 产业园, 湖南 + 海联 + 某县 + 产业园): the walk stopped at the brand.
The sentences, zones and brands are our own; the countries, provinces, regions and counties are real places."""
import pytest

from indexer.reading.parks import choose_park, find_park_mentions


def _names(text):
    return [m.name for m in find_park_mentions(text)]


# --- a coast named by its side --------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, names", [
    ("截至去年底，马来西亚东海岸经济特区发展理事会已落实投资计划。", ["马来西亚东海岸经济特区"]),
    ("2010年设立青岛西海岸出口加工区。", ["青岛西海岸出口加工区"]),
    ("他说，西海岸物流园区明年动工。", ["西海岸物流园区"]),
])
def test_a_coast_named_by_its_side_is_the_zones_place(text, names):
    assert _names(text) == names


@pytest.mark.parametrize("text, names", [
    ("沿海岸工业园区布局了三个项目。", []),  # (a coast, no side: no name)
    ("海岸线附近的开发区将扩大。", []),
    ("东海岸地区的经济发展迅速。", []),  # (no head)
])
def test_must_not_a_coast_without_its_side_or_a_head(text, names):
    assert _names(text) == names


# --- a special economic zone abroad ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, names", [
    ("这对大马及北海岸经济发展特区的经济是好预兆。", ["北海岸经济发展特区"]),
    ("马来西亚甘榜特区今年首季总投资达200亿令吉。", ["马来西亚甘榜特区"]),
])
def test_a_special_economic_zone_abroad_is_a_zone(text, names):
    assert _names(text) == names


@pytest.mark.parametrize("text", [
    "香港特区政府今天公布施政报告。",
    "澳门特区行政长官出席了仪式。",
    "特区政府将继续支持创新科技发展。",
    "特区成立四十年来经济发展迅速。",
])
def test_must_not_a_special_administrative_region(text):
    assert _names(text) == []


def test_the_zones_spellings_are_one_park():
    from indexer.reading.parks import park_key
    assert park_key("北海岸经济发展特区") == park_key("北海岸经济特区")


# --- a place abroad written for its sounds ---------------------------------------------------------------------------

def test_a_transliterated_place_the_page_writes_after_its_country_names_the_zone():
    text = ("今年首季，依斯坎达特区累计总投资额达2000亿令吉。"
            "马来西亚依斯坎达发展局首席执行员表示，制造业投资比重上升。")
    assert "依斯坎达特区" in _names(text)
    title = "依斯坎达特区首季总投资超过2千亿令吉"
    park, _, _ = choose_park(title, text)
    assert park == "依斯坎达特区"


@pytest.mark.parametrize("text", [
    # (the same characters, never written after a country: the sentence's words)
    "今年首季，依斯坎达特区累计总投资额达2000亿令吉。",
    # (after a country, but a sentence's words before the head: 投资额达 + 经济特区)
    "马来西亚投资额达经济特区的三成。",
])
def test_must_not_the_characters_without_their_country(text):
    assert _names(text) == []


# --- a region or a province before a brand's park -------------------------------------------------------------------

@pytest.mark.parametrize("text, names", [
    ("近日，备受瞩目的长三角浙商产业园正式宣告投产。", ["长三角浙商产业园"]),
    ("江华瑶族自治县正加快建设湖南联海江华产业园。", ["湖南联海江华产业园"]),
    ("珠三角晋商科技园首期开园。", ["珠三角晋商科技园"]),
])
def test_a_region_or_province_before_a_brands_park_opens_its_name(text, names):
    assert _names(text) == names


@pytest.mark.parametrize("text, names", [
    ("湖南江华产业园今年新进企业10家。", ["湖南江华产业园"]),  # (a province before a county's park: as before)
    ("在长三角，苏商产业园发展迅速。", ["苏商产业园"]),  # (a break between)
    ("推动长三角一体化示范区建设。", []),
    ("广东的浙商产业园区已有企业30家。", ["浙商产业园区"]),  # (的 between)
])
def test_must_not_a_region_apart_from_the_name(text, names):
    assert _names(text) == names


def test_a_zone_abroad_by_its_sounds_keys_as_its_family():
    from indexer.reading.parks import park_key
    assert park_key("依斯坎达特区") == park_key("依斯坎达经济特区")
    assert park_key("香港特区") == "香港特区"  # (the region: no zone's key)


def test_the_facet_joins_a_zone_abroad_with_its_country_and_without():
    from indexer.search.parknames import ParkNames
    names = ParkNames(["马来西亚北海岸经济特区", "北海岸经济特区"])
    assert names.canonical("北海岸经济特区") == "马来西亚北海岸经济特区"
    # must not: a zone abroad whose place is China's too is another park than the Chinese place's
    names = ParkNames(["越南龙江工业园", "龙江工业园"])
    assert names.canonical("龙江工业园") == "龙江工业园"



# --- a zone named inside its park ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, names", [
    ("项目位于青岭经济技术开发区银匠工业园区，是集聚优质资源的平台。", ["青岭经济技术开发区银匠工业园区"]),
    ("其中：巴中经济开发区驷马园正式开工建设。", ["巴中经济开发区驷马园"]),
    ("青岭高新区直管园2023年工作总结", ["青岭高新区直管园"]),
])
def test_a_zone_named_after_its_park_and_its_own_name_is_named_whole(text, names):
    assert _names(text) == names


@pytest.mark.parametrize("text, names", [
    ("巴中经济开发区新建园区三个。", ["巴中经济开发区"]),  # (a verb: the park builds parks)
    ("巴中经济开发区重点园区建设加快。", ["巴中经济开发区"]),  # (a class of its parks)
    ("巴中经济开发区各园区负责人参会。", ["巴中经济开发区"]),
    ("巴中经济开发区科技园区建设加快。", ["巴中经济开发区"]),  # (what it is for alone: the park's own kind of zone)
    ("巴中经济开发区内园区道路全面贯通。", ["巴中经济开发区"]),
    ("巴中经济开发区植物园对外开放。", ["巴中经济开发区"]),  # (a garden's word)
    ("巴中经济开发区飞地产业园2023年工作总结", ["巴中经济开发区"]),  # (a kind of zone: named by the park it lies in)
    ("巴中经济开发区兵团分区发展提速。", ["巴中经济开发区"]),  # (a part word)
])
def test_must_not_a_verb_a_class_or_a_kind_after_the_park(text, names):
    assert _names(text) == names
