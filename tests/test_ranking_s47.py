"""Session 47: how users ask (issue 13), read as what they ask about.

A park word opening a question's topic before one noun of its own (园区污水怎么处理的) is the asker's park, as 园区 of
园区招商引资有哪些问题 is (questions._pop_park): read as 园区污水 and 处理, the question found a government's report
writing 工业园区污水 first and the park's own report on treating its sewage only among the loose matches. It ranks
now, and the parks' reports come first (questions.park_first). Before a verb (园区入驻了多少家企业) or a report's own word
(园区发展) it stays: 入驻 or 发展 alone is no thing asked about.

A phrase the dictionary holds whole, a one-character verb and a noun (坐地铁, 坐火车), that nothing finds is read by the
noun's characters (fallback.object_characters): its loose readings had cut it 坐地 | 铁, and 地 was dropped as the
particle 地, so the reports writing 坐 and 铁 (钢铁) came first.

A verb and the report's own word asked after it which (园区今年引进了哪些项目: 引进 | 哪些 | 项目) are one string, as the
reports write the thing the verb makes (引进项目: questions._verb_and_object); read as 引进 and 项目, two strings every
park's report holds somewhere, the question listed first the reports writing the two words most. Not where a count is
asked: the answer writes it between them (入驻35家企业).

Who, when, how long and how large are asked as what and how many are (text.QUESTION_WORDS: 谁, 何时, 多久, 多长,
多大): 园区规划面积有多大 was searched as a phrase no report writes; and so is which step (进展到哪一步了, where 一步 was
left a string of its own to find). A modal verb inside a yes-no question (退休年龄要推迟吗) is its mood, not a word of
the thing (questions._modal).

Hand-written reports (invented counties and parks), a real index.
"""
from __future__ import annotations

import pytest

from conftest import service_of_texts, titles_found
from indexer.analysis import bundled_vocabulary
from indexer.search.fallback import phrase_characters
from indexer.search.questions import question_reading

FILLER = "园区管委会按照年初部署，统筹推进各项工作，总体运行平稳，各项指标稳中有进。"


@pytest.mark.parametrize("typed, strings, popped", [
    # a park word before one noun: the park is the asker's, the noun the topic
    ("园区污水怎么处理的", ("污水", "处理"), ("园区",)),
    # ... not before a verb (入驻 alone asks nothing), a report's own word (发展), or a word jieba tags a place (新建)
    ("园区入驻了多少家企业", ("园区入驻", "企业"), ()),
    ("园区发展面临哪些困难", ("园区发展", "困难"), ()),
    ("今年园区新建了多少平方米厂房", ("园区新建", "平方米厂房"), ("今年",)),
    # longer topics were read so before (_pop_generic), and still are
    ("园区招商引资有哪些问题", ("招商引资", "问题"), ("园区",)),
    ("园区怎样引进人才", ("引进人才",), ("园区",)),
])
def test_a_park_word_before_a_noun_is_the_askers_park(typed, strings, popped):
    assert question_reading(typed, bundled_vocabulary()) == (strings, popped)


@pytest.mark.parametrize("typed, strings, popped", [
    ("园区规划面积有多大", ("规划面积",), ("园区",)),  # jieba cuts 多 / 大
    ("老人失能了谁来照顾", ("老人失能", "照顾"), ()),  # ... and 谁 / 来
    ("污水管网何时建成", ("污水管网", "建成"), ()),
    ("项目审批要多久", ("项目审批",), ()),
    ("高速公路有多长", ("高速公路",), ()),
    # how far a thing has got: 哪一步 asks (jieba cuts 哪 / 一步), 到 carries it, 进展 names the part asked
    ("园区配套设施建设进展到哪一步了", ("配套设施建设", "进展"), ("园区",)),
    # a preposition opening what is asked about (有没有关于…的安排) frames it, as 有 does
    ("有没有关于棚户区改造的安排", ("棚户区改造的安排",), ()),
    # everyday speech's what and why, which one (哪 with a classifier), when, and an A-not-A word jieba holds whole
    ("园区有啥项目", ("项目",), ("园区",)),
    ("企业融资难咋办", ("融资难",), ("企业",)),
    ("啥时候开工", ("开工",), ()),
    ("高铁哪年通车", ("高铁", "通车"), ()),
    ("污水处理厂几时建成", ("污水处理厂", "建成"), ()),
    ("房价贵不贵", ("房价",), ()),
    # 哪怕 is "even if", no question
    ("哪怕困难再大", (), ()),
    # a modal verb inside a yes-no question is its mood (要, 会), not a word of the thing; before a verb of one
    # character it stays (a lone 卖 is in every report)
    ("退休年龄要推迟吗", ("退休年龄", "推迟"), ()),
    ("房价会下降吗", ("房价", "下降"), ()),
    ("农村宅基地能卖吗", ("农村宅基地能卖",), ()),
    # a spoken sentence's closing particle is its tone, no string to find (招商引资 and 啊, 企业呀 found nothing)
    ("园区招商引资怎么样啊", ("招商引资",), ("园区",)),
    ("园区有哪些企业呀", ("企业",), ("园区",)),
    ("今年GDP增长多少呀", ("GDP增长",), ("今年",)),
    # (every particle of the closed class, one set: 啦 and 嘛 were lost to a second set that shadowed the first)
    ("园区有哪些企业啦", ("企业",), ("园区",)),
    ("园区招商引资怎么样嘛", ("招商引资",), ("园区",)),
    # whether it can or will be (能 / 不能, 会不会), when (什么 / 时候), and 到底 only pressing the question
    ("农民工能不能落户", ("农民工", "落户"), ()),
    ("退休年龄会不会推迟", ("退休年龄", "推迟"), ()),
    ("可不可以减免房租", ("减免房租",), ()),
    ("什么时候发放补贴", ("发放补贴",), ()),
    ("园区到底有几家企业", ("企业",), ("园区",)),
    # how to regard a thing asks about it (看待 is a light verb after a manner word)
    ("如何看待房价上涨", ("房价上涨",), ("看待",)),
    # the asker's own words opening a question read as the question without them
    ("请问园区有哪些企业", ("企业",), ("园区",)),
    ("我想知道园区有多少企业", ("企业",), ("园区",)),
    ("请问园区怎样引进人才", ("引进人才",), ("园区",)),
    ("请问污水处理厂建成了吗", ("污水处理厂建成",), ()),
    # 还有 (jieba's one word of 还 and 有) carries 多少 as 有 does
    ("贫困人口还有多少", ("贫困人口",), ()),
])
def test_who_when_how_long_and_how_large_are_asked(typed, strings, popped):
    assert question_reading(typed, bundled_vocabulary()) == (strings, popped)


@pytest.mark.parametrize("typed, strings, popped", [
    ("园区今年引进了哪些项目", ("引进项目",), ("园区", "今年")),
    ("引进了哪些企业", ("引进企业",), ()),
    ("今年签约了哪些企业", ("签约企业",), ("今年",)),
    ("园区建成了哪些项目", ("建成项目",), ("园区",)),
    # a part of a report asked stays apart (roles.py)
    ("园区扩大就业存在哪些问题", ("扩大就业", "问题"), ("园区",)),
    # a count asked sits between them in the answer (入驻35家企业): apart
    ("园区去年签约了多少个项目", ("签约", "项目"), ("园区", "去年")),
    ("园区去年新增了多少家企业", ("新增", "企业"), ("园区", "去年")),
    # the thing asked is a word of its own: it is the topic, the verb ranks (session 40)
    ("园区为企业办了哪些实事", ("实事",), ("园区", "办", "企业")),
    ("园区解决了多少人就业", ("就业",), ("解决", "园区")),
    # a subject of its own with its verb, and a thing of its own counted: as they were
    ("政府投入了多少资金", ("政府投入", "资金"), ()),
])
def test_a_verb_and_the_reports_word_asked_after_it_are_one_string(typed, strings, popped):
    assert question_reading(typed, bundled_vocabulary()) == (strings, popped)


PROJECT_REPORTS = {
    # the projects brought in, written as the reports write them
    "甲园区2022年工作总结.txt": "甲园区2022年工作总结\n一、招商引资\n全年引进项目12个，其中亿元以上项目5个。\n" + FILLER,
    # 引进 (talent) and 项目 (construction), each written often, never together
    "乙园区2022年工作总结.txt": "乙园区2022年工作总结\n一、人才\n引进人才30名，引进博士5名，引进团队两个。\n二、建设\n"
    "项目建设加快，重点项目顺利推进，项目开工率提高，项目管理规范。\n" + FILLER,
    "丙园区2023年工作计划.txt": "丙园区2023年工作计划\n一、主要任务\n新建标准厂房两栋，完成污水管网改造。\n" + FILLER,
}


@pytest.fixture(scope="module")
def project_service(tmp_path_factory):
    return service_of_texts(tmp_path_factory, "verb-object", PROJECT_REPORTS)


def test_a_question_of_the_projects_brought_in_lists_the_report_writing_them_first(project_service):
    found, answer = titles_found(project_service, "园区今年引进了哪些项目")
    assert found[:1] == ["甲园区2022年工作总结"], (found, answer["understood"])


@pytest.mark.parametrize("typed, chars", [
    # one dictionary word: a one-character verb and its noun, read by the noun's characters (地 of 地铁 too)
    ("坐地铁", ("地", "铁")),
    ("坐火车", ("火", "车")),
    ("打电话", ("电", "话")),
    # a word of two characters keeps them (the verb is the word), and so does a word not opening with a verb
    ("打鱼", ("打", "鱼")),
    ("沙尘暴", ("沙", "尘", "暴")),
    # a verb and its noun cut apart: as before (session 39)
    ("开网店", ("网", "店")),
    ("请保姆", ("保", "姆")),
])
def test_a_verb_and_noun_held_whole_is_read_by_the_nouns_characters(typed, chars):
    assert phrase_characters(typed, bundled_vocabulary()) == chars


PARK_REPORTS = {
    # the park's own report: its sewage treated, never the string 园区污水
    "甲园区2022年工作总结.txt": "甲园区2022年工作总结\n一、基础设施\n园区污水处理厂建成投运，日处理污水一万吨，"
    "企业污水全部纳管处理。\n" + FILLER,
    # a government's report writing 工业园区污水 once, beside 处理
    "乙省2022年政府工作报告.txt": "乙省2022年政府工作报告\n一、生态环境\n推进工业园区污水集中处理设施建设，"
    "加强大气污染防治。\n" + "全省经济运行总体平稳，民生持续改善。" * 3,
    # neither
    "丙园区2023年工作计划.txt": "丙园区2023年工作计划\n一、主要任务\n新建标准厂房两栋，引进项目三个。\n" + FILLER,
}


@pytest.fixture(scope="module")
def park_service(tmp_path_factory):
    return service_of_texts(tmp_path_factory, "park-noun", PARK_REPORTS)


def test_a_park_question_lists_the_parks_report_first(park_service):
    found, answer = titles_found(park_service, "园区污水怎么处理的")
    assert found[:1] == ["甲园区2022年工作总结"], (found, answer["understood"])
    assert "乙省2022年政府工作报告" in found, found
    assert "园区只用于排序" in answer["understood"], answer["understood"]


RAIL_REPORTS = {
    # the metro written, never 坐地铁
    "甲市2016年政府工作报告.txt": "甲市2016年政府工作报告\n一、城市建设\n地铁一号线开通运营，新增公交线路十条。\n"
    + "全市经济运行总体平稳，民生持续改善。" * 3,
    # steel and 坐 (坐落, 坐标) again and again, no metro
    **{f"{name}县{year}年政府工作报告.txt": f"{name}县{year}年政府工作报告\n一、工业\n钢铁产量增长，钢铁企业坐落在"
       f"县城东部，坐标清楚，钢铁工业稳步发展。\n" + "全县经济运行总体平稳，民生持续改善。" * 3
       for name, year in (("乙", 1958), ("丙", 1959), ("丁", 1960))},
}


@pytest.fixture(scope="module")
def rail_service(tmp_path_factory):
    return service_of_texts(tmp_path_factory, "verb-noun-word", RAIL_REPORTS)


def test_a_verb_and_noun_held_whole_finds_the_noun(rail_service):
    found, answer = titles_found(rail_service, "坐地铁")
    assert found[:1] == ["甲市2016年政府工作报告"], (found, answer["understood"])
