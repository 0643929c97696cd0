"""Parks on session 32's study pages and the shapes the lead saw on unseen pages.

- A company named after a park is no mention of the park: its development or investment company (某开发区投资集团,
  某园区开发有限公司) and the corporation that runs it (某某科技园公司, 某某工业邨公司), and a short name declared for
  the company (某某科技园公司（简称某某科技园）). (Counted: of 7 labelled pages naming such a company, the labellers put
  the park in `parks` on none and made it the report's park on none; docs/labelling.md, "parks".)
- A park named as an event's venue (全省…推进会在某经开区召开) stays the venue when the account names it again as the
  event's host (某高新区管委会承办) or as what the attendees toured (与会人员观摩了某经开区的重点项目): the news is the
  event's, no park is the report's.
- A roll of places closed by its count before one head, with 等 or without (甲、乙、丙等3个工业园区; 甲、乙、丙等五大产业
  园区; 甲、乙、丙、丁四个工业园区), names a park for each place, as the roll closed by 等 alone did; a township of the
  statistics code is a place there, a place after a 、 may open with 向; none of them is the report's park.
- A frame's coverb glued to a name the segmenter does not know (以 + 金岭工业园区为龙头, 经 + 某开发区批准) is no part
  of the name.
- A page of one science park by its short name (竹科, 南科) names its sites by the township alone (某某园区): each is named
  as a site, never the report's park (the study sets' labellers list them on 7 pages of 7; until now left out).
- A county and a township of it before a head, written as an address is (城厢 + 华亭 + 工业园), are the name, though the
  township's name is a far county's too: the walk took the township alone.
- A list its count of parks closes (由甲工业园、乙工业园和丙工业园三个园区组成) names each item, though its place is a word
  the dictionary knows as a common one (大路: a road); the items must be as many as the count, and each one of the list.
- A headline counting parks (某市两个开发区…亮眼, 某地新四大园区招商…), none of them named as its own subject before the
  count, speaks of them together: no report's park (the labellers, 7 titles of 7); a count before a zone noun is no
  zone's name (某地新四大园区).
The sentences, parks and companies are our own; the counties and townships are the gazetteer's."""
import pytest

from indexer.reading.parks import choose_park, find_park_mentions


def _names(text):
    return [m.name for m in find_park_mentions(text)]


# --- a company named after a park ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "青湾科技园公司今天表示全力支持政府的新一期用地规划。",  # (the corporation that runs the park, bare 公司)
    "据南岭工业邨公司介绍，新大楼明年落成。",
    "青禾经济开发区投资集团与三家银行签订合作协议。",  # (集团 alone closes a company's name)
    "石岭工业园开发建设集团公司中标该项目。",
])
def test_a_company_named_after_a_park_names_no_park(text):
    assert _names(text) == []


def test_a_short_name_declared_for_the_company_names_no_park():
    text = "青湾科技园公司（简称青湾科技园）是政府设立的法定机构，负责规划及管理园区。"
    assert _names(text) == []


def test_a_page_about_the_corporation_has_no_park():
    title = "青湾科技园公司"
    body = ("青湾科技园公司(简称青湾科技园)是青湾市政府设立的法定机构,于2003年6月1日正式开始运作。"
            "青湾科技园公司负责规划及管理园区和创新中心,为科技企业提供支援服务。青湾科技园公司现有员工500人。")
    park, parks, _ = choose_park(title, body)
    assert park is None and parks == []


@pytest.mark.parametrize("text, names", [
    ("入驻青湾科技园的公司超过200家。", ["青湾科技园"]),  # (the park's firms: 的 between)
    ("青湾软件园公司化运营成效明显，青湾软件园今年新增企业30家。", ["青湾软件园", "青湾软件园"]),  # (公司化: run as a company)
    ("青禾经济开发区集团化招商，新签约项目12个。", ["青禾经济开发区"]),
    ("青禾经济开发区（以下简称“开发区”）今年完成投资20亿元。", ["青禾经济开发区"]),
])
def test_must_not_a_park_beside_firms_or_run_as_a_company(text, names):
    assert _names(text) == names


# --- a venue named again in the event's account ---------------------------------------------------------------------

@pytest.mark.parametrize("title, body", [
    ("全省开发区工作推进会在青禾经开区召开",
     "6月3日，全省开发区工作推进会在青禾经开区召开。副省长出席会议并讲话。会议要求，各地要狠抓项目建设。"
     "与会人员观摩了青禾经开区的重点项目。"),
    ("全省园区招商推介会举行",
     "4月10日，全省园区招商推介会在青禾高新区举行。本次推介会由省商务厅主办，青禾高新区管委会承办。"
     "共签约项目22个，总投资180亿元。"),
    ("全市重点项目观摩会举行",
     "9月1日，全市重点项目观摩会于石岭工业园区举行。與會代表實地參觀了石岭工业园区的智能工厂。"),
])
def test_a_venue_named_again_as_host_or_toured_is_still_the_venue(title, body):
    park, parks, _ = choose_park(title, body)
    assert park is None and len(parks) == 1


@pytest.mark.parametrize("title, body, expected", [
    # (the park's own event held elsewhere, its committee the host: the park's news)
    ("青禾高新区举办招商推介会", "4月10日，青禾高新区招商推介会在上海举行。本次推介会由青禾高新区管委会承办。共签约项目22个。",
     "青禾高新区"),
    # (a leader's tour of the park, no event held there: the park's news)
    ("省领导调研青禾经开区", "6月3日，副省长到青禾经开区调研。副省长一行参观了青禾经开区的重点项目。", "青禾经开区"),
])
def test_must_not_a_parks_own_event_or_a_tour_of_it(title, body, expected):
    assert choose_park(title, body)[0] == expected


# --- a roll of places closed by a count -----------------------------------------------------------------------------

@pytest.mark.parametrize("text, names", [
    ("重点推进龙泉、金堂、新津等3个工业园区建设。", ["龙泉工业园区", "金堂工业园区", "新津工业园区"]),
    ("目前包括中埔、水上、褒忠等三大产业园区皆已进入开发阶段。", ["中埔产业园区", "水上产业园区", "褒忠产业园区"]),
    ("统筹做好连界、严陵、镇西、向义四个工业园区的发展规划。",
     ["连界工业园区", "严陵工业园区", "镇西工业园区", "向义工业园区"]),
])
def test_a_roll_closed_by_its_count_names_each_place_s_park(text, names):
    assert sorted(_names(text)) == sorted(names)
    park, parks, _ = choose_park("全市园区建设推进情况", text)
    assert park is None and sorted(parks) == sorted(names)


@pytest.mark.parametrize("text", [
    "全县建设、城南等三大工业园区行动全面启动。",  # (建设: a word of the sentence, though a township's name too)
    "对标江苏、浙江等10个省级开发区。",  # (provinces: a class of parks)
    "推进建设、发展、改革等三大园区行动。",
])
def test_must_not_a_roll_of_words_or_provinces(text):
    assert _names(text) == []


# --- a frame's coverb glued to a name -------------------------------------------------------------------------------

@pytest.mark.parametrize("text, names", [
    ("全县以金岭工业园区为主阵地，新引进项目20个。", ["金岭工业园区"]),
    ("项目经青禾经济开发区管委会批准备案。", ["青禾经济开发区"]),
    ("全县以青禾经济开发区、石岭工业园区等4个省级园区为载体。", ["青禾经济开发区", "石岭工业园区"]),
])
def test_a_frames_coverb_is_no_part_of_the_name(text, names):
    assert _names(text) == names


@pytest.mark.parametrize("text, names", [
    ("经棚工业园区今年新增企业5家。", ["经棚工业园区"]),  # (a township that opens with the character)
    ("以樟树经济开发区为载体。", ["樟树经济开发区"]),
])
def test_must_not_a_place_that_opens_with_the_character(text, names):
    assert _names(text) == names


# --- a science park's sites by the township alone -------------------------------------------------------------------

def test_a_science_parks_sites_by_the_township_are_named_never_its_subject():
    title = "南科今年营业额可望再创新高"
    body = ("南部科学园区管理局表示，南科前十月营业额逾新台币9,000亿元，年增12%。"
            "南科将推动路竹园区扩建，桥头园区、台南园区今年新引进厂商8家。")
    park, parks, _ = choose_park(title, body)
    assert park == "南部科学园区"
    assert {"桥头园区", "路竹园区", "台南园区"} <= set(parks)


@pytest.mark.parametrize("text", [
    "嘉义园区周末游客人数大增，台南园区门票售罄。",  # (no science park, no bureau: a garden's or a fair's grounds)
])
def test_must_not_a_sites_words_on_a_page_of_no_park(text):
    assert _names(text) == []


# --- a county and a township of it ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, names", [
    ("城厢华亭工业园汽车配件厂忙碌不停。", ["城厢华亭工业园"]),
    ("涵江江口工业园今年新增企业5家。", ["涵江江口工业园"]),
])
def test_a_county_and_its_township_name_the_park(text, names):
    assert _names(text) == names


@pytest.mark.parametrize("text, names", [
    ("比如江口工业园今年新增企业5家。", ["江口工业园"]),  # (比如: "for example", though a county bears the word)
    ("江宁禄口工业园今年新增企业5家。", ["江宁禄口工业园"]),
])
def test_must_not_a_word_before_the_township(text, names):
    assert _names(text) == names


# --- a list its count of parks closes -------------------------------------------------------------------------------

@pytest.mark.parametrize("text, names", [
    ("开发区由青山工业园、大路工业园和新街工业园三个园区组成。", ["青山工业园", "大路工业园", "新街工业园"]),
    ("管委会下设准格尔产业园和大路产业园两个园区。", ["准格尔产业园", "大路产业园"]),
])
def test_a_list_its_count_closes_names_each_item(text, names):
    assert _names(text) == names
    park, parks, _ = choose_park("开发区概况", text)
    assert park is None and set(names) <= set(parks)


@pytest.mark.parametrize("text, names", [
    ("开发区由青山工业园、大路工业园和新街工业园两个园区组成。", ["青山工业园", "新街工业园"]),  # (three items, "two")
    ("全县建设青山工业园和发展工业园两个园区。", ["青山工业园"]),  # (a verb and a head: no name)
    ("修好大路工业园区面貌大变。", []),  # (no list, no count)
])
def test_must_not_a_list_the_count_does_not_close(text, names):
    assert _names(text) == names


# --- a headline counting parks --------------------------------------------------------------------------------------

@pytest.mark.parametrize("title, body", [
    ("青禾市两个开发区前三季度成绩单亮眼",
     "记者走进青禾经济开发区和石岭高新区，处处是繁忙景象。今年以来，青禾经济开发区完成投资30亿元，"
     "青禾经济开发区新签约项目12个，青禾经济开发区规上工业产值增长15%。"),
    ("南岭新四大园区招商达九成",
     "产业园区管理局表示，南岭新四大园区已有九成土地租出。其中青禾产业园区出租率100%，青禾产业园区今年新进驻厂商12家。"),
])
def test_a_headline_counting_parks_has_no_park(title, body):
    park, parks, _ = choose_park(title, body)
    assert park is None and "南岭新四大园区" not in parks


@pytest.mark.parametrize("title, body, expected", [
    # (the park named before the count, its parts counted: the park's own news)
    ("青禾经济开发区包括两个园区", "青禾经济开发区包括东区和西区两个园区，总规划面积22平方公里。", "青禾经济开发区"),
    ("青禾经济开发区今年完成投资30亿元", "今年以来，青禾经济开发区完成投资30亿元，新签约项目12个。", "青禾经济开发区"),
])
def test_must_not_a_park_the_headline_names_before_its_parts(title, body, expected):
    assert choose_park(title, body)[0] == expected
