"""Parks, session 34: names formed as parks' names on fresh pages that the reader cut or did not read.

- Taiwan's city or county written right before a township of its own and a zone (台中 + 潭子 + 加工出口区: an address,
  the postal table's county and district) opens the zone's name, as a mainland county and its township do (城厢 + 华亭 +
  工业园) — the segmenter cuts some cities' names into a measure word and a localizer (台|中) or a verb (彰化), and the
  walk stopped at the township or took the city's last character into it (中 + 大里). A city before a township of another
  city, or a township written alone, is as before.
- A place of Malaysia written for its sounds (督峇里, 峇六拜, 山打根: words the segmenter cuts into single characters
  and guesses) names the industrial zone or park after it (工业区, 工业园, 科学园, 科技园) on a page about Malaysia,
  where the name stands whole: after a mark, an item's number, a line's start or a preposition, a conjunction, 的 or
  包括, two to five characters of no common word. On a page that does not speak of Malaysia, or before a head after
  common words (新, 现有, 绿色, 重型; 开发新工业区), it names none.
The sentences, zones and townships are our own unless a real place is needed for the gazetteer."""
import pytest

from indexer.reading.parks import choose_park, find_park_mentions


def _names(text):
    return [m.name for m in find_park_mentions(text)]


# --- Taiwan's city before a township of its own -----------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("今年臺中潭子加工出口區新增廠商12家。", "台中潭子加工出口区"),
    ("經濟部將在台中太平產業園區增設標準廠房。", "台中太平产业园区"),
    ("經濟部在臺中大里產業園區設廠。", "台中大里产业园区"),
    ("以高雄前鎮、楠梓及臺中北屯科技產業園區為主軸。", "台中北屯科技产业园区"),
    ("業者位於彰化芬園工業區的新廠落成。", "彰化芬园工业区"),
])
def test_a_taiwan_city_before_its_own_township_opens_the_name(text, name):
    assert name in _names(text)


@pytest.mark.parametrize("text, name", [
    # a township of another city after a city: two places, the township's zone alone
    ("台中、潭子加工出口區今年新增廠商12家。", "潭子加工出口区"),
    # a township written alone and a city with its own zone are as before
    ("潭子加工出口區今年新增廠商12家。", "潭子加工出口区"),
    ("屏東內埔產業園區今年開發完成。", "屏东内埔产业园区"),
])
def test_must_not_a_city_that_is_not_the_townships_is_kept(text, name):
    names = _names(text)
    assert name in names and not any(n != name and n.endswith(name) for n in names)


def test_the_citys_zone_is_the_reports_park():
    title = "臺中潭子加工出口區擴建完成"
    body = "經濟部表示，臺中潭子加工出口區擴建工程已完成，可新增廠商30家。"
    park, _, why = choose_park(title, body)
    assert park == "台中潭子加工出口区", why


# --- a place of Malaysia written for its sounds ---------------------------------------------------------------------

_MALAYSIA = "马来西亚投资发展局表示，吉兰丹州今年批准的制造业投资达12亿令吉。"


@pytest.mark.parametrize("text, name", [
    (_MALAYSIA + "重点项目包括督峇里工业园、巴都丁宜工业区的扩建。", "督峇里工业园"),
    (_MALAYSIA + "继峇六拜工业区之后，州政府将开发第二个园区。", "峇六拜工业区"),
    (_MALAYSIA + "\n（一）根地咬工业区\n该工业区占地200英亩。", "根地咬工业区"),
    (_MALAYSIA + "多家厂商在山打根工业区设厂。", "山打根工业区"),
    ("柔佛州务大臣说，才都工业区已有15家厂商进驻。", "才都工业区"),
])
def test_a_malaysian_place_written_for_its_sounds_names_its_zone(text, name):
    assert name in _names(text)


@pytest.mark.parametrize("text", [
    _MALAYSIA + "州政府将开发两个新工业园。",
    _MALAYSIA + "现有逾50个工业园，其中绿色工业园3个。",
    _MALAYSIA + "政府积极推动开发新工业区。",
    _MALAYSIA + "州内各区的经济适宜性规划轻重工业区。",
    _MALAYSIA + "他说工业区的水电供应充足。",
    _MALAYSIA + "该工业园的厂房已全部租出。",
])
def test_must_not_common_words_before_a_head_on_a_malaysian_page(text):
    assert _names(text) == []


@pytest.mark.parametrize("text", [
    "会议指出，要加快建设督峇里工业园。",
    "彭州市召开会议，要求加快建设督峇里工业园。",  # (a city of Sichuan, not Pahang written short)
])
def test_must_not_a_transliteration_like_run_on_a_page_not_about_malaysia(text):
    assert _names(text) == []


# --- a headline of a place's parks together -------------------------------------------------------------------------

_TWO_ZONES = ("今年以来，青禾县生态工业集中区完成产值52亿元，同比增长9%；石岭县新型材料工业集中区完成产值31亿元。"
              "全市工业集中区新入驻企业46家。")


@pytest.mark.parametrize("title", [
    "全市县域工业集中区发展迈上新台阶",
    "我县园区转型升级步伐加快",
    "各开发区一季度经济运行平稳",
    "某自治区新增三个自治区级“高新区”",
])
def test_a_headline_of_a_places_parks_together_names_no_reports_park(title):
    park, mentioned, why = choose_park(title, _TWO_ZONES)
    assert park is None, why
    assert "青禾县生态工业集中区" in mentioned


@pytest.mark.parametrize("title, park", [
    ("青禾县生态工业集中区一季度产值增长9%", "青禾县生态工业集中区"),
    ("全力推进各项工作在青禾县生态工业集中区落地", "青禾县生态工业集中区"),
])
def test_must_not_a_headline_naming_its_park_or_a_clause_keeps_it(title, park):
    assert choose_park(title, _TWO_ZONES)[0] == park


def test_must_not_a_rank_of_the_nation_is_no_parks_together():
    body = "2023年，青禾经济技术开发区完成地区生产总值210亿元，同比增长8%。开发区新引进项目31个。"
    assert choose_park("高起点 新跨越 建设全国一流开发区", body)[0] == "青禾经济技术开发区"


# --- a new area named with its city, then without it, again and again ----------------------------------------------

from indexer.reading.subject import decide_subject  # noqa: E402

_NEW_AREA_STORY = ("本报讯 这是一份来之不易的成绩单：2023年地区生产总值实现88.6亿元，同比增长12%。\n"
                   "2023年，锦州青禾湾新区聚焦项目建设、改革创新等重点工作，主要指标增速领先。\n"
                   "一年来，青禾湾新区坚持项目为王，推动工业提质增效。据统计，新区规模以上工业企业实现产值52亿元。\n"
                   "抢抓港口整合机遇，青禾湾新区积极推动港口纳入国际通道。")


def test_a_new_area_named_with_its_city_and_without_is_one_and_the_reports():
    subject, mentioned = decide_subject("这是一份来之不易的成绩单", "这是一份来之不易的成绩单\n" + _NEW_AREA_STORY)
    assert subject.park == "锦州青禾湾新区", subject.why
    assert "锦州青禾湾新区" in mentioned


def test_must_not_two_new_areas_or_one_named_once_is_no_reports_park():
    two = _NEW_AREA_STORY.replace("抢抓港口整合机遇，青禾湾新区", "抢抓港口整合机遇，与石岭新区一道")
    assert decide_subject("成绩单", "成绩单\n" + two)[0].park is None
    once = ("本报讯 这是一份来之不易的成绩单：2023年地区生产总值实现88.6亿元，同比增长12%。\n"
            "2023年，锦州青禾湾新区聚焦项目建设，主要指标增速领先。全市工业提质增效。")
    assert decide_subject("成绩单", "成绩单\n" + once)[0].park is None
