"""Session 29's park rules (issue 12), each on sentences of our own (other places, numbers and wording than the pages
they were seen on).

Two conventions, decided by counting what the blind sets' labellers wrote (docs/labelling.md's park bullet):
- a new area (新区) run by its own committee whose name opens the title, a part of it or the lead is the report's park
  (a district the gazetteer lists by that name, 浦东新区, stays a place unless its committee is named);
- a zone of the Torch Programme named after it (火炬开发区, 火炬高新区, 某某火炬高技术产业开发区) is a park's name.
"""
import pytest

from indexer.reading.parks import choose_park, find_park_mentions
from indexer.reading.subject import decide_subject


def names(text):
    return [m.name for m in find_park_mentions(text)]


def subject(title, body):
    found, mentioned = decide_subject(title, f"{title}\n{body}" if title else body)
    return found.kind, found.park, mentioned


# ------------------------------------------------------------ a new area opening the title or the lead

@pytest.mark.parametrize("title, body, park", [
    # the name opens the headline
    ("岳阳东部新区一季度新签约项目21个", "4月6日，岳阳东部新区召开招商工作调度会，一季度新签约项目21个。", "岳阳东部新区"),
    # …or a part of it, after a space
    ("签约项目12个 总投资86亿元 宁乡东部新区加快建设先进制造业基地", "5月8日，宁乡东部新区举行项目集中签约仪式。",
     "宁乡东部新区"),
    # …or the lead's first clause, after its time (a summary titled by its genre alone)
    ("2024年工作总结", "2024年，抚远新区坚持项目为王，全年新开工项目32个。抚远新区管委会将继续优化营商环境。", "抚远新区"),
    # a district the gazetteer lists by the name, whose committee the text names: run as a zone
    ("两江新区一季度新签约项目45个", "两江新区管委会负责人介绍，一季度新签约项目45个。", "两江新区"),
])
def test_a_new_area_opening_the_title_or_the_lead_is_the_reports_park(title, body, park):
    kind, got, mentioned = subject(title, body)
    assert (kind, got) == ("园区", park)
    assert park in mentioned


def test_a_zone_the_new_area_names_is_one_of_its_parts():
    kind, got, mentioned = subject("临湘新区2024年工作总结", "2024年，临湘新区党工委团结带领干部群众，推进各项工作。"
                                   "新区下辖的滨江工业园区新入驻企业12家。")
    assert (kind, got) == ("园区", "临湘新区")
    assert "滨江工业园区" in mentioned


@pytest.mark.parametrize("title, body", [
    # a district of the gazetteer with no committee named: a place's government
    ("浦东新区一季度经济运行平稳", "一季度，浦东新区完成地区生产总值3600亿元。"),
    ("沈北新区一季度新签约项目30个", "一季度，沈北新区新签约项目30个。"),
    # a government's report, or the text naming the area's government
    ("遂川新区人民政府2024年工作报告", "各位代表：现在，我代表遂川新区人民政府向大会报告工作。"),
    ("遂川新区一季度经济运行平稳", "一季度，遂川新区完成地区生产总值80亿元。遂川新区区委召开常委会。"),
    # words of the sentence before 新区, a district's name ending in 新 (清新区)
    ("城市新区建设推进会召开", "会议要求加快城市新区建设。"),
    ("清新区一季度经济运行", "一季度，清远市清新区完成工业总产值120亿元。"),
    # a person of the new area opening the headline
    ("西咸新区党工委副书记到某企业调研", "3月5日，西咸新区党工委副书记某某到某公司调研。"),
])
def test_no_new_area_park_for_a_place_or_words_of_the_sentence(title, body):
    kind, got, _ = subject(title, body)
    assert got is None


def test_a_park_the_title_names_inside_the_new_area_stays_the_park():
    # (the title is about the park in the new area: its whole name, as before)
    kind, got, _ = subject("衡东新区智能制造产业园一季度新签约项目8个",
                           "一季度，衡东新区智能制造产业园新签约项目8个，衡东新区智能制造产业园…")
    assert got == "衡东新区智能制造产业园"


# ------------------------------------------------------------ the Torch Programme's zones

@pytest.mark.parametrize("text, name", [
    ("项目落户火炬高技术产业开发区。", "火炬高技术产业开发区"),
    ("5月在火炬开发区举办人才招聘会。", "火炬开发区"),
    ("推动火炬高新区企业上市。", "火炬高新区"),
])
def test_a_torch_programme_zone_named_after_it(text, name):
    assert names(text) == [name]


@pytest.mark.parametrize("title, body, park", [
    ("2025年火炬高新区项目建设推进会召开", "3月2日，火炬高新区召开项目建设推进会。火炬高新区管委会要求加快进度。",
     "火炬高新区"),
    # (tests/test_parks_title_subjects.py held this one as no park until the convention was decided)
    ("2024年火炬开发区经济工作会议召开", "1月8日，2024年火炬开发区经济工作会议召开。副市长、火炬开发区党工委书记出席。",
     "火炬开发区"),
])
def test_a_torch_zone_opening_the_title_is_the_reports_park(title, body, park):
    got, mentioned, why = choose_park(title, body)
    assert got == park, why


@pytest.mark.parametrize("text", [
    "依托国家火炬计划产业园开展合作。",  # the programme's name, not a zone's
    "该园被认定为国家火炬软件产业基地。",
    "科技部火炬中心公布评价结果。",
    "火炬工业园区",  # (a head of another family: the dictionary's word stays a word)
    "火炬创业园",
])
def test_the_torch_programmes_other_things_name_no_zone(text):
    assert names(text) == []


def test_a_place_before_a_torch_zone_stays_in_its_name():
    assert names("威海火炬高技术产业开发区新签约项目9个。") == ["威海火炬高技术产业开发区"]
    assert names("厦门火炬高新区管委会") == ["厦门火炬高新区"]


# ------------------------------------------------------------ a park whose building the headline reports

@pytest.mark.parametrize("title, body, park", [
    # a company's park, a phase of its works opened
    ("鸿远集团大有物流园一期工程开业", "8月2日，鸿远集团大有物流园一期工程开业仪式在某经开区举行。大有物流园占地300亩。",
     "鸿远集团大有物流园"),
    # a company's shortened name, a township and what the park is for, its groundbreaking
    ("瑞丰储运龙潭仓储物流园区动土", "瑞丰国际储运公司今日举行龙潭仓储物流园区动土典礼，该园区占地2万余坪。",
     "瑞丰储运龙潭仓储物流园区"),
    ("中天储运大园仓储物流园区动土", "中天国际储运公司今日举行大园仓储物流园区动土典礼，该园区占地2万余坪。",
     "中天储运大园仓储物流园区"),  # (中天: words the segmenter cuts, the page's company's shortening)
    # a brand and what the park is, after a site's label
    ("最新消息：远东物流高端国际物流园区动土", "远东物流斥资20亿元，将原有货柜场打造为高端国际物流园区，18日动土。",
     "远东物流高端国际物流园区"),
    # a lead's subject after where the reporter learnt it, 园区 after a place, its project completed
    ("近日获悉，顺达物流宜宾园区项目全面完成建设任务",
     "近日获悉，顺达物流宜宾园区项目全面完成建设任务，预计于9月底正式运营。据介绍，顺达物流宜宾园区占地120亩。",
     "顺达物流宜宾园区"),
])
def test_a_park_whose_building_the_headline_reports_is_the_pages_park(title, body, park):
    got, mentioned, why = choose_park(title, body)
    assert got == park, why


@pytest.mark.parametrize("title, body", [
    # words of the sentence before the head: a superlative, a deictic place
    ("鲁东南最大物流园开园", "4月9日，鲁东南最大物流园开园，鲁东南最大物流园占地500亩。"),
    ("我县物流园开园", "4月9日，我县物流园开园，物流园占地500亩。"),
    # what the park is for alone (qualifiers, a common noun)
    ("智能制造产业园项目开工", "3月1日，智能制造产业园项目开工，智能制造产业园总投资10亿元。"),
    ("绿色食品产业园区动土", "绿色食品产业园区今日动土，绿色食品产业园区占地80公顷。"),
    # no event of its building after it: a company's warehouse park, as before
    ("中天储运大园仓储物流园区招聘启事", "中天国际储运公司大园仓储物流园区招聘叉车司机10名，大园仓储物流园区提供住宿。"),
])
def test_no_milestone_park_from_words_of_the_sentence_or_without_its_building(title, body):
    got, _, why = choose_park(title, body)
    assert got is None, why


# ------------------------------------------------------------ a province's reform zone run as a development zone

@pytest.mark.parametrize("text, name", [
    ("山西综改示范区上半年新签约项目15个。", "山西综改示范区"),
    ("山西转型综合改革示范区管委会召开招商大会。", "山西转型综合改革示范区"),
    ("山西綜改示範區一季度規上工業增加值增長9%。", "山西综改示范区"),  # (Traditional, 範 as written)
])
def test_a_provinces_reform_zone_is_a_park(text, name):
    assert names(text) == [name]


def test_a_reform_zone_opening_the_title_is_the_reports_park():
    got, _, why = choose_park("山西转型综改示范区前三季度经济稳中有进", "前三季度，山西转型综改示范区规上工业增加值增长8%。")
    assert got == "山西转型综改示范区", why


@pytest.mark.parametrize("text", [
    "深化综合改革示范区建设。",  # words of the sentence, no place
    "开展综改示范区建设经验交流。",
    "全国综合改革示范区工作会议召开。",  # the country: a class
    "陕西工业园区发展论坛举行。",  # (a province before any other head is still a class of its parks)
])
def test_no_reform_zone_without_a_place(text):
    assert names(text) == []


# ------------------------------------------------------------ quotation marks inside a name; enclave parks

@pytest.mark.parametrize("text, name", [
    # a scheme's name between the place and the head
    ("目前，雅安“川浙合作”飞地园区已入驻企业12家。", "雅安川浙合作飞地园区"),
    # the parties of a park several counties build, quoted, the head broken onto the next line
    ("三县共建的“平阳—泰顺—景宁”\n飞地产业园在平阳县开园。", "平阳—泰顺—景宁飞地产业园"),
    # the head quoted after its place
    ("仅安宁“飞地园区”今年就落户企业8家。", "安宁飞地园区"),
    # an enclave park by its place
    ("宜宾飞地园区新签约项目6个。", "宜宾飞地园区"),
])
def test_a_name_read_without_its_quotation_marks(text, name):
    assert names(text) == [name]


@pytest.mark.parametrize("text", [
    "德阳“一区多园”工业园区建设提速。",  # how a place lays its parks out
    "我县“十大”产业园区全部开工。",  # no place before the quotation
    "加快中心城区“西翼”开发区发展组团建设。",  # 城区: a district's kind, a city's part here
    "全市“飞地园区”建设取得新进展。",
    "探索建设飞地园区。",
    "共建的“三方四地”飞地园区落地见效。",  # the scheme alone, no place
])
def test_no_quoted_name_without_a_place_before_it(text):
    assert names(text) == []


def test_a_quoted_name_opening_the_title_is_the_reports_park():
    got, _, why = choose_park("落地两年 雅安“川浙合作”飞地园区产值破50亿元",
                              "9月3日，雅安“川浙合作”飞地园区内，一批新项目加快建设。飞地园区已入驻企业12家。")
    assert got == "雅安川浙合作飞地园区", why


# ------------------------------------------------------------ a new area named with its committee, in passing

def test_a_new_area_named_with_its_committee_is_among_the_parks():
    _, _, mentioned = subject("青岭化工园区举行项目签约仪式", "5月6日，青岭化工园区与宜川化工新区管委会签订合作协议。"
                              "宜川化工新区管委会负责人介绍了合作内容。")
    assert "宜川化工新区" in mentioned


def test_one_new_area_under_two_spellings_is_named_once():
    _, _, mentioned = subject("共建飞地产业园", "近日，在衢州滨江新区，滨江新区管委会与某县政府签约。衢州滨江新区管委会负责人表示…")
    assert [n for n in mentioned if n.endswith("新区")] == ["衢州滨江新区"]


@pytest.mark.parametrize("body", [
    "会议要求，依托城市新区建设服务产业园区发展。",  # no committee, words of the sentence
    "5月6日，某某新区管委会召开会议。",  # a masked name
    "遂川新区管委会与遂川新区人民政府联合召开会议。",  # a government's district
])
def test_no_new_area_named_without_its_committee_or_as_a_place(body):
    _, _, mentioned = subject("青岭化工园区举行项目签约仪式", body)
    assert not [n for n in mentioned if n.endswith("新区")]


@pytest.mark.parametrize("title, body, park", [
    # a park the walk names, its project's works reported as done in part: the park built, no mere project
    ("计划年内投用!青禾智能装备产业园项目已完工七成", "记者近日获悉，青禾智能装备产业园项目已完工七成，预计年内投用。"
     "项目总投资8亿元。", "青禾智能装备产业园"),
])
def test_a_named_parks_project_whose_works_the_headline_reports_names_the_park(title, body, park):
    got, _, why = choose_park(title, body)
    assert got == park, why


@pytest.mark.parametrize("title, body", [
    ("青禾智能装备产业园项目签约仪式举行", "5月9日，某公司与青禾县政府签约，项目总投资20亿元。"),
    # a name nobody vouches for (the walk's cut of an unknown place), its project started: a project still
    ("松禾智造产业园项目开工", "10月8日，松禾智造产业园项目开工，总投资6亿元。"),
])
def test_a_parks_project_without_its_building_still_names_none(title, body):
    got, _, why = choose_park(title, body)
    assert got is None, why


# ------------------------------------------------------------ a zone abroad named with its country

@pytest.mark.parametrize("text, name", [
    ("合作区包括越南海阳工业园和老挝万象赛色塔综合开发区。", "越南海阳工业园"),
    ("广西东兴—越南芒街跨境经济合作区建设加快。", "广西东兴—越南芒街跨境经济合作区"),
])
def test_a_zone_abroad_is_named_with_its_country(text, name):
    assert name in names(text)


@pytest.mark.parametrize("text, name", [
    ("与越南客商签约后，青禾工业园新增企业3家。", "青禾工业园"),  # (the country in another clause)
    ("海阳工业园新签约项目5个。", "海阳工业园"),
])
def test_a_country_elsewhere_stays_out_of_the_name(text, name):
    assert names(text) == [name]
