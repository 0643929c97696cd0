"""Heads the national statistics code's zones end with, beyond the catalogue's: an area word other areas share (集聚区,
聚集区, 示范区, 试验区, 合作区, 经济区) is a park's head only with what the zone is built for right before it (工业聚集区,
产业示范区, 经济开发试验区, 合作特别试验区, 经济合作区, 临空经济区, 飞地经济区), and needs a place or a proper name
before that as every head does; two provinces' one-character names as one word (粤桂) are such a name. A park named
once past the first sentence, not opening its clause, is not the report's park; places listed before a head name a
park each."""
import pytest

from indexer.reading.catalogue import listed
from indexer.reading.parks import choose_park, find_park_mentions, park_key
from indexer.reading.pipeline import read_file
from indexer.text import AREA_PARK_HEADS, PARK_HEADS, STRONG_PARK_HEADS


def names(text):
    return [m.name for m in find_park_mentions(text)]


@pytest.mark.parametrize("text, name", [
    # 集聚区 and 聚集区 (the code writes both orders) after 工业 or 产业
    ("近日，隆化县工业聚集区新入驻企业7家。", "隆化县工业聚集区"),
    ("宽城县工业集聚区上半年实现产值12亿元。", "宽城县工业集聚区"),
    ("豫东综合物流产业聚集区管委会召开会议。", "豫东综合物流产业聚集区"),
    # 示范区 after 工业 or 产业
    ("秦安县工业示范区今年新开工项目6个。", "秦安县工业示范区"),
    ("东营农业高新技术产业示范区实现营业收入80亿元。", "东营农业高新技术产业示范区"),
    # 试验区 after 开发 (经济开发试验区) or 特别 (a zone two provinces run)
    ("揭阳（惠来）沿海经济开发试验区签约项目3个。", "揭阳（惠来）沿海经济开发试验区"),
    ("12月13日，我县及粤桂合作特别试验区集中开工建设四项目。", "粤桂合作特别试验区"),
    # 合作区 after 经济 or 特别
    ("满洲里市经济合作区完成固定资产投资5亿元。", "满洲里市经济合作区"),
    ("深汕特别合作区管委会召开招商工作会议。", "深汕特别合作区"),
    # 经济区 after what the zone is built around: an airport, an enclave
    ("天津空港经济区今年新增企业120家。", "天津空港经济区"),
    ("连山飞地经济区新建标准厂房3万平方米。", "连山飞地经济区"),
    # 产业集中区, as 工业集中区 (the code lists 安徽省江北产业集中区, 皖江江南新兴产业集中区)
    ("代表团来到精河化工产业集中区考察。", "精河化工产业集中区"),
])
def test_an_area_word_after_what_the_zone_is_for_is_a_head(text, name):
    assert name in names(text)


@pytest.mark.parametrize("text", [
    "南阳市城乡一体化示范区召开年度工作会议。",  # a region's programme: 一体化 says no zone's purpose
    # (session 29: 山西转型综合改革示范区, which held this place, is a zone — every blind page naming it, 3 of 3 hosts, labels
    # it a park: tests/test_parks_s29.py)
    # (session 24: a pilot free-trade zone named by its province, 中国（上海）自由贸易试验区, is a zone the text names, as every
    # labelled page naming one counts it: tests/test_parks_s24.py; the class, 自贸区 with no place, still names none)
    "推进自由贸易试验区制度创新成果复制推广。",
    "鄂尔多斯市生态示范区建设稳步推进。",  # an environmental programme
    "推进长三角经济区协同发展。",  # a macro-region
    "前海合作区出台新政策。",  # the area word alone
    "要推动产业聚集区高质量发展。",  # no place before it
    "加快产业集中区基础设施建设。",
    "建设工业示范区是今年的重点。",
    "争取到攀西国家战略资源创新开发试验区科技攻关资金。",  # 创新开发: no 经济开发 (资源 is also a county's name)
    "深化湘赣合作，共建产业园。",  # two provinces, no head
])
def test_the_same_words_without_a_zones_purpose_or_a_place_name_no_park(text):
    assert names(text) == []


def test_the_area_heads_are_strong_heads_of_their_own_families():
    assert set(AREA_PARK_HEADS) <= set(PARK_HEADS) and set(AREA_PARK_HEADS) <= STRONG_PARK_HEADS
    # (one park under both orders of the two characters)
    assert park_key("沽源县工业聚集区") == park_key("沽源县工业集聚区") == park_key("沽源工业聚集区")
    assert park_key("新乡市食品产业聚集区") == park_key("新乡食品产业集聚区")
    assert park_key("满洲里市经济合作区") != park_key("满洲里市经济开发区")


def test_the_code_lists_zones_of_these_heads_and_vouches_for_them():
    for name in ("满洲里市经济合作区", "连山飞地经济区", "新乡市食品工业聚集区"):
        assert name in listed()
        (m,) = [m for m in find_park_mentions(f"近日，{name}召开会议。") if m.name == name]
        assert m.vouched in ("目录", "行政区划"), name


@pytest.mark.parametrize("title, park", [
    ("张家口沽源县工业聚集区创业辅导基地内9个项目集中开工", "张家口沽源县工业聚集区"),
    ("粤桂合作特别试验区一季度签约项目5个", "粤桂合作特别试验区"),
])
def test_a_headline_naming_such_a_zone_names_the_report(tmp_path, title, park):
    page = tmp_path / "news.txt"
    page.write_text(f"{title}\n近日，园区管委会组织项目集中开工，入驻企业负责人参加活动。\n", encoding="utf-8")
    (report,) = read_file(page, tmp_path).reports
    assert report.park == park


@pytest.mark.parametrize("body", [
    # a name after a preposition inside a clause: a thing thanked for
    "12月30日，某省工业园区协会会员大会在广州召开。\n市商务局负责人致辞，感谢协会一直以来的支持，对花都经济技术开发区创建"
    "国家级经开区的关注。\n会议审议通过了协会年度工作报告。",
    # where a company stands: 在某工业集中区的某公司
    "废旧电器如何回收再利用？\n近日，记者走访了几家回收企业。废旧电器拆解后，大部分材料可以再利用。"
    "在皋兰县三川口工业集中区的一家环保公司，记者看到拆解线正在运转。这家公司去年入驻园区。",
    # the object of a verb of an inspection
    "近日，专家组赴某县督导化工园区安全整治工作。\n督导组一行实地查勘了安义县高新技术产业园区，听取了情况汇报。",
])
def test_a_park_named_once_inside_a_clause_past_the_first_sentence_is_not_the_reports(body):
    park, _, why = choose_park(body.split("\n")[0], body)
    assert park is None
    assert "不是句子的主语" in why


def test_a_park_named_once_opening_a_later_sentence_still_is():
    body = ("近日，县委书记带队到园区调研项目建设，察看了多家企业的生产情况。\n"
            "精河工业园区管理委员会将坚持联合走访机制，帮助企业解决困难。")
    park, _, why = choose_park("县委书记调研项目建设", body)
    assert park == "精河工业园区"


@pytest.mark.parametrize("text, listed", [
    ("江苏省表现强劲，苏州工业园区以及昆山、江宁、南京、镇江、连云港、淮安经济技术开发区等7家国家级经开区入选。",
     {"昆山经济技术开发区", "江宁经济技术开发区", "南京经济技术开发区", "镇江经济技术开发区", "连云港经济技术开发区",
      "淮安经济技术开发区"}),
    ("2017年，喀什、霍尔果斯经济开发区兵团分区发展提速。", {"喀什经济开发区", "霍尔果斯经济开发区"}),
    ("經濟部指出，嘉義縣中埔及水上產業園區以傳統產業升級吸引企業進駐。", {"中埔产业园区", "水上产业园区"}),
])
def test_places_listed_before_one_head_name_a_park_each(text, listed):
    _, mentioned, _ = choose_park("园区动态", text)
    assert listed <= set(mentioned)


@pytest.mark.parametrize("text", [
    "省领导在江苏、浙江开发区调研。",  # provinces and a bare head: their parks together
    "我县及粤桂合作特别试验区集中开工。",  # a deictic place: no park of its own
])
def test_no_park_from_a_list_of_provinces_or_a_deictic_place(text):
    _, mentioned, _ = choose_park("园区动态", text)
    assert not any(n.startswith(("江苏", "浙江", "我县")) for n in mentioned)


def test_a_zone_named_industry_city_opening_the_headline_is_a_park():
    # (the statistics code lists zones named X工业城, 高安市新世纪工业城; 城 after 工业 is an industrial zone, as after 科技)
    body = "近日，新世纪工业城举行项目集中开工仪式，8个项目开工。入驻企业负责人参加仪式。"
    park, _, _ = choose_park("高安市新世纪工业城8个项目集中开工", body)
    assert park == "高安市新世纪工业城"
    park, _, _ = choose_park("高安市商贸城8家商户开业", "近日，高安市商贸城8家商户开业，入驻商户增至120家。")
    assert park is None  # (a market)


@pytest.mark.parametrize("title, body, park", [
    # the title names the place whose event the zone took part in
    ("高新区参加荆门市一季度招商引资集中签约活动", "4月28日，荆门市举行一季度招商引资集中签约活动，共有18个项目签约。", "荆门高新区"),
    # the opening names the place's own organs
    ("高新区2024年工作规划", "2024年，高新区将紧紧围绕中共泰兴市委全会提出的目标，加快建设创新型园区。", "泰兴高新区"),
    # a headline set as the place, a space and the head
    ("遂宁 经开区召开党工委（扩大）会议", "本报讯 5日，经开区召开党工委（扩大）会议，安排部署近期工作。", "遂宁经开区"),
    # where the zone went, whom it met, or two places: no place of its own
    ("高新区赴深圳开展招商推介", "近日，高新区在深圳举行招商推介会，签约项目6个。", None),
    ("高新区召开党工委会议", "近日，高新区召开会议，传达中共南京市委和江宁区委全会精神。", None),
    ("经开区2023年工作总结", "2023年，在市委、市政府的坚强领导下，经开区各项工作稳步推进。", None),
    # a head a city has several of (开发区) is not read so
    ("开发区参加荆门市招商引资集中签约活动", "4月28日，荆门市举行招商引资集中签约活动。", None),
])
def test_a_bare_zone_head_opening_the_title_is_the_zone_of_the_page_s_own_place(title, body, park):
    got, _, why = choose_park(title, body)
    assert got == park, why


@pytest.mark.parametrize("text, found", [
    ("努力建设美丽经开区，打造宜居宜业新城。", []),  # a slogan's epithet, as 美丽中国
    ("2015年被确定为全国（首批）低碳工业园区试点。", []),  # the State's programme names a class of parks
    ("宿迁美丽经开区建设取得新成效。", ["宿迁美丽经开区"]),  # (the place before the epithet still names the park)
])
def test_a_programmes_epithet_before_a_head_is_no_place(text, found):
    assert names(text) == found


def test_this_park_pointing_back_names_none():
    # (该园, 本园: "this park", deixis as 我县 is; a name never ends in it)
    body = "近日，江苏禄口华商科技园正式开园，江苏省副省长王荣炳为该园的开园揭牌。入驻企业代表参加仪式。"
    _, mentioned, _ = choose_park("江苏禄口华商科技园正式开园", body)
    assert not any("该园" in n for n in mentioned)


def test_the_parks_own_city_before_it_is_no_other_park():
    _, mentioned, _ = choose_park("新竹市与新竹科学园区营利事业销售概况", "新竹市与新竹科学园区营利事业销售额均较上年成长。")
    assert "新竹市科学园区" not in mentioned
