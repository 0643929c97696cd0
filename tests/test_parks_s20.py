"""Session 20's park refusals and name forms: each test shows one way official writing names (or does not name) a
park, in our own words."""
from pathlib import Path

import pytest

from indexer.reading.parks import choose_park, find_park_mentions
from indexer.reading.pipeline import read_file

AUTHORED = Path(__file__).resolve().parent / "gold" / "authored"


def names(text):
    return [m.name for m in find_park_mentions(text)]


def test_a_rank_and_a_head_after_words_that_are_no_place_are_a_class_of_parks():
    # 晋级国家级开发区行列 / 新一轮国家级开发区: the class of parks of a rank, whatever words stand before it
    assert names("园区综合实力稳步提升，成功晋级国家级开发区行列。") == []
    assert names("推动我县在新一轮国家级开发区竞争中抢占先机。") == []
    # a place before the rank is a description of one park (某区国家级开发区——…), and the place's park stays
    assert "萧山区国家级开发区" in names("萧山区国家级开发区——萧山经济技术开发区成立于1990年。")
    assert names("苏州国家级高新区今年新增企业120家。") == ["苏州国家级高新区"]


def test_a_name_given_to_a_park_or_aimed_at_names_no_other_park():
    title = "永昌工业园区简介"
    body = ("永昌工业园区位于永昌县城以东，2011年被永昌县创建工作领导小组命名为永昌县中小企业创业园，"
            "2017年有关协会授予园区“中国（永昌）新材料产业园”招牌。今后，园区将打造成为河西走廊承接产业转移示范园区。"
            "园区现有企业56家，其中规模以上工业企业12家。")
    park, mentioned, _ = choose_park(title, body)
    assert park == "永昌工业园区"
    assert mentioned == ["永昌工业园区"]
    # the same names standing as parks of their own are named
    _, mentioned, _ = choose_park("永昌县中小企业创业园新入驻企业8家", "永昌县中小企业创业园今年新入驻企业8家，带动就业300人。")
    assert mentioned == ["永昌县中小企业创业园"]


def test_places_listed_before_one_head_in_a_headline_are_two_parks_the_news_is_about():
    # 喀什、霍尔果斯经济开发区…: a park each; the lead then naming the second first does not single it out
    title = "喀什、霍尔果斯经济开发区兵团分区建设提速"
    body = ("记者从有关部门获悉，2023年霍尔果斯经济开发区兵团分区围绕项目兴区目标，新开工项目12个。"
            "同期喀什经济开发区兵团分区完成固定资产投资15亿元。")
    park, mentioned, why = choose_park(title, body)
    assert park is None, why
    assert "喀什经济开发区" in mentioned and "霍尔果斯经济开发区" in mentioned


def test_a_province_or_a_city_before_the_parks_place_is_one_park_with_the_name_alone():
    from indexer.reading.parks import park_key
    from indexer.search.parknames import ParkNames
    # 江苏省 + 丹阳…: the province is stripped from the key, as it is from 安徽舒城
    assert park_key("江苏省丹阳现代农业产业园区") == park_key("丹阳现代农业产业园区")
    assert park_key("山东省寿光市经济开发区") == park_key("寿光经济开发区")
    # what the park is still tells two parks apart
    assert park_key("江苏省丹阳现代农业产业园区") != park_key("丹阳经济开发区")
    # 台中 + 潭子加工出口区: the city stays in the key's place, and the facet joins it to the name alone
    names = ParkNames(["台中潭子加工出口区", "潭子加工出口区"])
    assert names.canonical("潭子加工出口区") == names.canonical("台中潭子加工出口区")


def test_a_phase_of_a_park_is_its_works_no_park_of_its_own():
    # 中科台中二期園區擴建案: the second phase of a science park's site, opening the first sentence
    title = "中部科學園區管理局舉辦成立週年慶祝活動"
    body = "中科管理局局長表示，攸關晶圓廠設廠的中科台中二期園區擴建案已於6月交地，年底動土。中部科學園區今年營業額可望成長。"
    _, mentioned, _ = choose_park(title, body)
    assert not any("二期" in n for n in mentioned), mentioned
    # a weak-headed zone's first phase in a list of works (某某产业园一期、某某氢能项目): a project
    # (东风 is a county the gazetteer knows: the name is vouched, and only its phase refuses it)
    body = "全年新开工项目62个，东风新能源汽车产业园一期、雄韬氢燃料电池、众和氢能等项目加快建设。"
    _, mentioned, _ = choose_park("2024年政府工作报告", body)
    assert "东风新能源汽车产业园" not in mentioned, mentioned


def test_a_headline_spaced_out_for_its_layout_names_its_park():
    # 台中 工業 區: a title whose words a page set apart with spaces is read as the name it spells
    park, _, why = choose_park("台中 工業 區", "園區內廠商超過九百家，是中部重要的產業聚落，去年營業額成長一成。")
    assert park == "台中工业区", why
    # a place set apart from its zone's head in an opening line (遂宁 经开区传达…) is one name
    park, _, why = choose_park("遂宁 经开区召开党工委扩大会议", "本报讯 5日，经开区召开党工委扩大会议，安排部署下一步工作。")
    assert park == "遂宁经开区", why
    # a space between a headline's two phrases stays: the park is the second phrase's, not one glued to the first
    park, _, _ = choose_park("笃行不怠开新局 广安经开区召开新春第一会", "2月1日，广安经开区召开新春第一会，部署全年工作。")
    assert park == "广安经开区"


def test_high_tech_is_what_a_park_is_for_not_a_piece_of_its_place():
    # 鲁南 + 高科技 + 化工园区: 高科技 qualifies the park as 高新技术 does; the place is not cut at 科技 (鲁南高)
    assert names("鲁南高科技化工园区扩区工作现场推进会议召开") == ["鲁南高科技化工园区"]


@pytest.mark.parametrize("page, park, named", [
    ("p20_01_names_given_to_the_park.txt", "青岭县工业园区", ["青岭县工业园区"]),
    ("p20_02_rank_class_and_phase.txt", "萧山经济技术开发区", ["萧山经济技术开发区"]),
    ("p20_03_two_places_one_head_headline.txt", None, ["霍尔果斯经济开发区", "喀什经济开发区"]),
    ("p20_04_headline_spaced_out.txt", "台中工业区", ["台中工业区"]),
])
def test_authored_pages(page, park, named):
    (report,) = read_file(AUTHORED / page, AUTHORED).reports
    assert report.park == park, report.evidence
    assert report.parks_mentioned == named


def test_a_name_followed_by_its_parks_organs_is_a_park_named_once():
    # 东柯河工业园管委会, 甘眉工业园区南区招商局: only a park has a 管委会 or its own 招商局; named once in a list of those present,
    # far past the opening, it is a park all the same
    body = ("1月10日，经开区召开2024年工作会议，总结2023年工作，安排部署2024年重点任务。" + "会议指出，过去一年全区上下攻坚克难，各项工作取得新成效。" * 12
            + "开发区管委会机关全体干部，东十里、下曲、东柯河工业园管委会领导班子成员参加会议。")
    _, mentioned, _ = choose_park("经开区召开2024年工作会议", body)
    assert "东柯河工业园" in mentioned, mentioned
    # named once there without its organs, the same name is not taken on its own word
    body = body.replace("东柯河工业园管委会领导班子成员", "东柯河工业园在建项目负责人")
    _, mentioned, _ = choose_park("经开区召开2024年工作会议", body)
    assert "东柯河工业园" not in mentioned, mentioned


def test_a_park_opening_a_sentence_that_says_when_it_was_set_up_is_a_park_named_once():
    # …。仙桃台商工业园于2009年经省发改委批准成立: the sentence is about the park, whatever the page's subject
    body = ("12月5日，全省对台招商引资现场会在我市召开。" + "会议总结了今年的工作，交流了各地的经验做法。" * 24
            + "会前，与会人员参观了市台商工业园。仙桃台商工业园于2009年11月经省发改委、省台办批准成立，是全省6个台商工业园之一。")
    _, mentioned, _ = choose_park("全省对台招商引资现场会在我市召开", body)
    assert "仙桃台商工业园" in mentioned, mentioned
    # the same form inside a sentence, not described by it, is not taken on its own word when nobody vouches for its
    # place (董岗: no division the gazetteer knows)
    # (session 24: with 仙桃, a city the gazetteer knows, before what the zone is for, the text names a zone all the same:
    # the labelling convention's ``parks`` is every zone the text names as one, so it is mentioned, not the report's park)
    body = body.replace("仙桃台商工业园于2009年11月经省发改委、省台办批准成立，是全省6个台商工业园之一",
                        "各地代表对仙桃台商工业园的建设给予好评")
    park, mentioned, _ = choose_park("全省对台招商引资现场会在我市召开", body)
    assert "仙桃台商工业园" in mentioned and park is None, (park, mentioned)
    body = body.replace("仙桃台商工业园", "董岗台商工业园")
    _, mentioned, _ = choose_park("全省对台招商引资现场会在我市召开", body)
    assert "董岗台商工业园" not in mentioned, mentioned
