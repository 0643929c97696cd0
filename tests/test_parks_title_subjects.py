"""A headline's subject is the park it is about, named where a subject stands (opening the title, a part of it after a
dash or a colon, or what an official visits or attends); there a park's proper part may be words the dictionary files
as common ones (a side of a city, 西部; a place of a numeral, 东十里; a thing and a natural feature, 铜鼓湾), and it
counts when the text writes the name again, never as a class. Data the reader already holds mends two more forms: a
township the statistics code lists ends a name where the segmenter cut it (三|川口, 上|都), and a side of a county names
its park (永昌县东部工业园区); a county's name that is only the end of a dictionary word (再生资源: the county 资源) is no
place."""
import pytest

from indexer.reading.parks import TITLE_SUBJECT, TOWNSHIP, choose_park, find_park_mentions


def names(text):
    return [m.name for m in find_park_mentions(text)]


@pytest.mark.parametrize("title, body, park", [
    # opening the title, its place part a side of the city
    ("西部工业区召开安全生产工作会议", "3月2日，西部工业区召开安全生产工作会议。西部工业区管委会要求企业落实责任。", "西部工业区"),
    # after its date
    ("2024年西部工业区经济工作会议召开", "1月8日，2024年西部工业区经济工作会议召开。副市长、西部工业区党工委书记出席。",
     "西部工业区"),
    # what an official attends or visits
    ("市委常委出席西部工业区发展工作组会议", "6月2日，西部工业区发展工作组召开会议。会议听取了西部工业区项目进展汇报。",
     "西部工业区"),
    ("副市长到南五里工业园区调研", "5月9日，副市长到南五里工业园区调研。南五里工业园区管委会汇报了招商情况。",
     "南五里工业园区"),
    # a part of the title after a dash: a side word, then what the park is for
    ("华岳公司扩产项目——北部光电科技产业园开工", "华岳公司扩产项目在北部光电科技产业园开工，北部光电科技产业园负责人介绍…",
     "北部光电科技产业园"),
    # a thing's word closed by a natural feature (铜鼓 + 湾), a numeral in a place's name (东 + 十里)
    ("铜鼓湾产业园简介", "铜鼓湾产业园位于县城东南，现有入驻企业42家。", "铜鼓湾产业园"),
    ("东十里工业园区经济稳定增长", "2014年，东十里工业园区管委会以项目建设为重点，东十里工业园区产值增长19%。",
     "东十里工业园区"),
])
def test_a_park_the_title_names_as_its_subject(title, body, park):
    got, mentioned, why = choose_park(title, body)
    assert got == park, why
    assert park in mentioned
    assert "标题的主语" in why  # (inspect says why a name the gazetteer does not know was taken)


@pytest.mark.parametrize("title, body", [
    # the text never writes the name again
    ("市领导到金钹湾产业园调研", "8月12日，市领导一行到园区调研，察看了企业车间。"),
    # the text writes it as a class: 全市…, 各…, 一批…
    ("重点工业园区建设推进会召开", "会议要求，全市重点工业园区要补齐配套短板。"),
    ("龙头产业园提质增效座谈会举行", "会上，各龙头产业园负责人作了发言。"),
    # words of the sentence before the head: a verb, a count, a function word, an organ's name
    ("扩建产业园开工", "扩建产业园占地300亩，扩建产业园将引进企业20家。"),
    ("首个化工园区获批", "首个化工园区规划面积8平方公里，首个化工园区将…"),
    ("经济部产业园区管理局推动智慧园区", "经济部产业园区管理局表示，经济部产业园区…"),
    # a common noun alone says what kind of park, not which one (火炬 before a 开发区 or 高新区, the Torch Programme's
    # zone named after it, is a name since session 29: tests/test_parks_s29.py)
    ("核心产业园招商推介会举行", "核心产业园负责人介绍了核心产业园的配套。"),
    ("乡镇工业园区建设现场会召开", "与会人员察看了乡镇工业园区的标准厂房，乡镇工业园区…"),
    # what the park is for alone: qualifiers, no proper part
    ("现代农业产业园建设观摩会召开", "与会人员观摩了现代农业产业园，现代农业产业园负责人介绍…"),
    # a province names a class of parks
    ("陕西工业园区发展论坛举行", "论坛上，陕西工业园区代表作了交流发言。"),
])
def test_no_park_without_a_name_of_its_own_repeated_as_one(title, body):
    got, mentioned, why = choose_park(title, body)
    assert got is None, why
    assert not any(name.endswith(("产业园", "园区", "工业区")) and TITLE_SUBJECT in why for name in mentioned)


def test_the_rule_is_for_the_title_only():
    # (in the body a side word before a head with no place before it is still no name: 东部 is also the east of a country)
    assert names("要加快推进东部工业园区和西部工业园区建设。") == []


@pytest.mark.parametrize("text, name, vouched", [
    ("皋兰县三川口工业集中区新入驻企业3家。", "皋兰县三川口工业集中区", TOWNSHIP),  # 三 | 川口
    ("锡林郭勒盟正蓝旗上都工业园区完成投资5亿元。", "正蓝旗上都工业园区", TOWNSHIP),  # 上 | 都
    ("位于上都工业园区的企业", "上都工业园区", TOWNSHIP),
    ("七里塘工业园区一季度新开工项目5个。", "七里塘工业园区", TOWNSHIP),  # 七里 | 塘
])
def test_a_township_of_the_statistics_code_ends_a_name_the_segmenter_cut(text, name, vouched):
    found = {m.name: m.vouched for m in find_park_mentions(text)}
    assert found.get(name) == vouched, found


@pytest.mark.parametrize("text", [
    "中心工业园区",  # a word the dictionary knows, though a township bears it
    "推进新区工业园区建设",
    "火炬工业园区",
])
def test_a_dictionary_word_is_never_taken_for_a_township(text):
    assert names(text) == []


@pytest.mark.parametrize("text, name", [
    ("永昌县东部工业园区新签约项目5个。", "永昌县东部工业园区"),
    ("临泽县南部工业园区2023年工作总结", "临泽县南部工业园区"),  # (the side, though Sichuan has a county named 南部)
])
def test_a_side_of_a_county_names_its_park(text, name):
    assert names(text) == [name]


@pytest.mark.parametrize("text", ["我县东部工业园区", "全县东部工业园区", "位于东部工业园区"])
def test_a_side_without_a_named_place_is_no_name(text):
    assert names(text) == []


def test_a_county_cut_out_of_a_dictionary_word_is_no_place():
    # (not 资源产业园: 资源 is a county of Guangxi; since session 53 the province before a set phrase of a trade,
    # 再生资源, is the park's, as 广东 + 精密制造 is)
    assert names("接待陕西再生资源产业园管委会主任一行") == ["陕西再生资源产业园"]
    assert names("随州曾都工业孵化园") == ["随州曾都工业孵化园"]  # (a county the segmenter cut into pieces still is one)
    assert "城东工业集中区" in names("项目将落地我县城东工业集中区。")  # (我|县城|东: the county's word goes on past it)
