"""Park names as official writing shortens them, and words that only look like names.

- A development zone has organs a government does not: the Party's working committee (党工委) and the administrative
  committee (管委会). The name right before them is a zone's, and official writing uses its short name there: the place
  part alone (鑑湖黨工委), with 园区 (旌德园区党工委) or with 园 (涇川園黨工委). A short name counts where the report
  writes it (a headline 鑑湖：…, 推动涇川園…) when the report speaks of a park; it is the short form of a park the same
  report names in full. A place's organs (区党工委, 街道党工委, 新区党工委) and a scenic area's (某某山管委会 in a text
  that never speaks of a park) name none.
- A word the dictionary tags as a person's name but that is a verb (弘扬: 弘 + 扬) is no place: 园区上下弘扬开发区…精神
  names no park.
- A word that describes after 的 or a count (…的新兴工业集中区, 一个新兴工业区) is no place, though a county bears it.
- The nation's literary names (神州, 华夏) are a class of parks, like 中国 and 全国.
- A study trip whose title names the park that went and the one park it went to is about the park visited; a
  delegation (考察团, 考察组) going somewhere is a study trip, and one going to places one after another (先后到A…，到B…)
  a tour, about none of them.
Pages s10p01-s10p06 are our own, each showing a pattern seen on real pages nobody here wrote."""
from pathlib import Path

import pytest

from indexer.reading.parks import choose_park, find_park_mentions, find_short_names
from indexer.reading.pipeline import read_file
from indexer.reading.subject import decide_subject

AUTHORED = Path(__file__).resolve().parent / "gold" / "authored"


@pytest.mark.parametrize("text, name", [
    ("旌德园区党工委书记李立新主持召开会议", "旌德园区"),
    ("市委常委、鑑湖黨工委書記王明遠出席會議", "鉴湖"),
    ("3月6日上午，涇川園黨工委書記、管委會主任趙志剛主持召開會議", "泾川园"),
    ("泾川园区管委会主任赵志刚介绍了园区情况", "泾川园区"),
    ("泾川县园区管委会主任赵志刚介绍了园区情况", "泾川园区"),  # the place part, without the county's level
])
def test_a_short_name_before_the_zones_organs(text, name):
    assert [m.name for m in find_short_names(text)] == [name]


@pytest.mark.parametrize("text", [
    "区党工委书记主持召开领导班子会议",  # the district's own organ, no name
    "城关街道党工委书记主持召开会议",  # a street office's
    "西咸新区党工委委员、管委会副主任调研",  # a 新区's: a place
    "开发区党工委书记出席会议",  # a head without a name
    "高新园区党工委召开会议",  # a qualifier, no name
    "园区管委会各部门负责人参加会议",
    "经开区管委会与乡镇签订协议",
    "东兴试验区管委会组织活动",  # an area's
    "全国开发区管委会主任培训班",
    "世博园管委会组织游园活动",  # a garden's name says what it shows; a park's where it is
    "南区园区管委会负责南区企业服务",  # a park's side by its direction
    "市直机关党工委书记出席会议",
])
def test_no_short_name_before_a_places_organs(text):
    assert find_short_names(text) == []


def test_a_short_name_is_the_parks_in_a_report_about_a_park():
    body = "4月8日，鑑湖召開一季度經濟運行分析會。市委常委、鑑湖黨工委書記王明遠出席會議。園區規上工業產值增長8%，園區新簽約項目6個。"
    park, _, why = choose_park("鑑湖：園區一季度規上工業產值增長8%", body)
    assert park == "鉴湖"
    assert "鉴湖党工委" in why  # inspect says which organ made it a park's short name


def test_a_bare_short_name_needs_a_report_about_a_park():
    body = "5月3日，三清山管委会召开旅游旺季工作部署会，要求各景点做好游客疏导和森林防火工作。"
    assert choose_park("三清山管委会部署旅游旺季工作", body)[0] is None


def test_the_short_name_of_a_park_named_in_full_counts_for_it():
    body = ("旌德经济开发区召开一季度工作会议。旌德园区党工委书记李立新主持会议，要求园区加快项目建设。"
            "会后，旌德园区党工委组织干部到企业走访。")
    park, mentioned, _ = choose_park("一季度工作会议召开", body)
    assert park == "旌德经济开发区"
    assert mentioned == ["旌德经济开发区"]


@pytest.mark.parametrize("text", [
    "園區上下弘揚開發區艱苦創業精神，攻堅克難",
    "园区上下弘扬开发区艰苦创业精神，攻坚克难",
    "园区由一片荒滩变成为规划面积3.2平方公里的新兴工业集中区",
    "园区已建成一个新兴工业区的基本框架",
    "把园区建成神州产业园区的一面旗帜",
    "打造华夏第一开发区",
])
def test_words_that_only_look_like_names(text):
    assert find_park_mentions(text) == []


@pytest.mark.parametrize("text, name", [
    ("白石工业区召开年度总结会", "白石工业区"),  # a place the dictionary tags as a name (白 + 石: no verbs)
    ("鹤鸣高新区召开年度总结会", "鹤鸣高新区"),
    ("新兴工业园区召开年度总结会", "新兴工业园区"),  # 新兴 the county, opening a name
    ("金山第二工业区召开年度总结会", "金山第二工业区"),
])
def test_names_that_stay_names(text, name):
    assert [m.name for m in find_park_mentions(text)] == [name]


def test_a_study_trip_in_a_titleless_lead_is_about_the_park_visited():
    lead = ("本报讯（记者 郑华）日前，柳川经开区管委会、柳川海关等单位组成考察组赴旌德经济开发区学习考察，"
            "为推动柳川经开区高质量发展取经问道。")
    text = "日前，柳川经开区管委会、柳川海关等单位组成考察组赴旌德经济开发区\n" + lead  # a title cut from the lead
    subject, _ = decide_subject(text.split("\n")[0], text)
    assert subject.park == "旌德经济开发区"


def test_a_parks_own_trip_report_stays_its_own():
    text = "柳川经开区2023年赴外地学习考察报告\n今年以来，柳川经开区组织干部赴长三角地区学习考察，学习先进地区招商经验。"
    subject, _ = decide_subject(text.split("\n")[0], text)
    assert subject.park == "柳川经开区"  # (it went to places, no one park: the park that went is what it is about)


@pytest.mark.parametrize("lead, park", [
    ("6月3日，柳川考察团到旌德经济开发区学习考察，交流招商经验。", "旌德经济开发区"),
    ("6月3日至5日，柳川考察团先后到旌德经济开发区学习园区运营经验，到白溪市政务服务中心观摩。", None),
])
def test_a_delegation_going_somewhere_is_a_study_trip(lead, park):
    text = lead + "\n" + lead + "考察团表示，要推动柳川经开区高质量发展。"
    subject, _ = decide_subject(lead, text)
    assert subject.park == park, subject.why


@pytest.mark.parametrize("page, park", [
    ("s10p01_short_name_with_organs.txt", "旌德园区"),
    ("s10p02_bare_short_name_headline.txt", "鉴湖"),
    ("s10p03_short_name_and_a_verb.txt", "泾川园"),
    ("s10p04_description_not_a_name.txt", None),
    ("s10p05_study_trip_host_in_the_title.txt", "旌德经济开发区"),
    ("s10p06_delegation_in_turn.txt", None),
])
def test_our_pages(page, park):
    (report,) = read_file(AUTHORED / page, AUTHORED).reports
    assert report.park == park, report.evidence["park"]
    assert "弘扬开发区" not in report.parks_mentioned and "新兴工业集中区" not in report.parks_mentioned
