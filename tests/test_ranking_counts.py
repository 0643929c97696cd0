"""A count asked (园区入驻了多少家企业, 园区今年新开工了几个项目): 多少 or 几, a classifier (量词), the thing counted. A report
answers it where it writes the thing with a number in that classifier near it (入驻企业120家, 新引进35家企业), not
where it only writes the words (多家企业, 企业家, 各个项目). Within each tier of results those reports come first
(questions.count_asked, questions.writes_count, hits.first_in_tier); the tiers themselves stay as they were (a
report holding the strings as typed above one holding only their words). 几 with its classifier asks as 多少个 does
where a predicate asks it (有几家, 开工了几个项目, 几个项目？); opening a noun phrase (园区几个重点项目的进展情况) it is "a few".
Hand-written reports, a real index."""
from __future__ import annotations

import numpy as np
import pytest

from conftest import service_of_texts, titles_found
from indexer.analysis import bundled_vocabulary
from indexer.search import hits as hitlists
from indexer.search.questions import count_asked, question_reading, writes_count

REPORTS = {
    # the strings often (园区入驻, 家企业 in 多家企业), no count: they outscore the others on the words alone
    "甲园区2023年工作总结.txt": "甲园区2023年工作总结\n一、招商引资\n园区入驻企业服务不断加强，多家企业反映园区入驻手续简便。"
    "园区为入驻企业提供一站式服务，组织企业家座谈会，帮助多家企业解决用工问题，园区入驻环境持续改善。\n"
    "二、项目建设\n各个项目推进顺利，重点项目新开工建设，园区项目服务持续优化，项目新开工手续加快办理。\n",
    "乙园区2023年工作总结.txt": "乙园区2023年工作总结\n一、企业服务\n园区入驻企业不断增加，各家企业生产经营平稳，"
    "企业家信心增强，园区入驻企业满意度提高，多家企业扩大生产。园区项目新开工准备扎实，项目储备充足。\n",
    # the count, after the thing and before it, the strings as typed written once
    "丙园区2023年工作总结.txt": "丙园区2023年工作总结\n一、招商引资\n园区入驻企业达到146家，其中多家企业为上市公司。\n"
    "二、项目建设\n全年新开工项目12个，完成投资8亿元。\n",
    "丁园区2023年工作总结.txt": "丁园区2023年工作总结\n一、招商引资\n全年园区入驻35家企业，签约资金20亿元。\n"
    "二、项目建设\n新开工建设3个项目。\n",
}
COUNTED = {"丙园区2023年工作总结", "丁园区2023年工作总结"}


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    return service_of_texts(tmp_path_factory, "counts", REPORTS)


@pytest.mark.parametrize("q", ["园区入驻了多少家企业", "园区今年新开工了几个项目", "园区有几家企业"])
def test_the_reports_writing_the_count_come_first(service, q):
    found, answer = titles_found(service, q)
    assert set(found[:2]) == COUNTED, found
    assert "问的是数目" in answer["understood"]


def test_a_count_asked_with_ji_reads_as_a_question(service):
    _, answer = titles_found(service, "园区今年新开工了几个项目")
    assert answer["understood"].startswith("按问题理解：新开工 项目"), answer["understood"]


def test_the_count_orders_inside_a_tier_never_across_tiers():
    # hits in tiers 0, 0, 1, 1: a counted hit of tier 1 stays below tier 0's
    hits = hitlists.Hits(np.array([5, 6, 7, 8]), np.array([4.0, 3.0, 2.0, 1.0]), np.array([0, 0, 1, 1], dtype=np.int8))
    moved = hitlists.first_in_tier(hits, np.array([False, True, False, True]))
    assert moved.docs.tolist() == [6, 5, 8, 7]
    assert moved.tiers.tolist() == [0, 0, 1, 1]
    assert moved.scores.tolist() == [3.0, 4.0, 1.0, 2.0]
    # a mask over the first hits only: the rest keep their places
    assert hitlists.first_in_tier(hits, np.array([False, True])).docs.tolist() == [6, 5, 7, 8]
    assert hitlists.first_in_tier(hits, np.zeros(4, dtype=bool)) is hits


@pytest.mark.parametrize("q, counts", [
    ("园区入驻了多少家企业", (("家", "企业"),)),
    ("园区今年新开工了几个项目", (("个", "项目"),)),
    ("园区征用了多少亩土地", (("亩", "土地"),)),
    ("园区有多少家规模以上企业", (("家", "规模以上企业"),)),
    ("近几年工业发展", ()),
])
def test_the_count_asked(q, counts):
    strings, _ = question_reading(q, bundled_vocabulary())
    assert count_asked(q, bundled_vocabulary(), strings) == counts


@pytest.mark.parametrize("q, counts", [
    # 几 is what a predicate asks about: after 有/是, a verb's object closing the question, under a question mark
    ("园区有几家上市公司", (("家", "上市公司"),)),
    ("项目有几个", (("个", "项目"),)),
    ("引进几个项目", (("个", "项目"),)),
    ("今年新开工了几个项目呢", (("个", "项目"),)),
    ("几个项目？", (("个", "项目"),)),
    # 几 as the indefinite "a few": opening a noun phrase something else follows, a subject's, after a demonstrative,
    # or with another question word asking
    ("园区几个重点项目的进展情况", ()),
    ("几个重点项目", ()),
    ("园区几个重点项目", ()),
    ("这几个项目进展", ()),
    ("那几家企业怎么样", ()),
    ("园区几个重点项目进展怎么样？", ()),
])
def test_ji_asks_a_count_only_where_a_predicate_asks_it(q, counts):
    strings, _ = question_reading(q, bundled_vocabulary())
    assert count_asked(q, bundled_vocabulary(), strings) == counts


def test_ji_as_a_few_keeps_the_topic_and_asks_no_count(service):
    # 几个 says nothing of the topic: the strings are the question's others, and no count orders the tiers
    found, answer = titles_found(service, "园区几个项目的进展情况")
    assert answer["understood"].startswith("按问题理解：项目 进展"), answer["understood"]
    assert "问的是数目" not in answer["understood"]
    assert found  # the reports writing 项目 are found all the same


def test_a_figure_asked_with_no_unit_asks_it_of_what_the_question_is_about():
    # 多少 with no classifier: a figure of each string asked about, in no unit named; a classifier with nothing
    # after it counts what was asked about before it
    assert count_asked("园区营业收入是多少", bundled_vocabulary(), ("营业收入",)) == (("", "营业收入"),)
    assert count_asked("园区道路修了多少公里", bundled_vocabulary(), ("道路",)) == (("公里", "道路"),)


def test_a_word_opening_with_ji_that_is_no_count_asks_nothing():
    assert question_reading("近几年工业发展", bundled_vocabulary()) == ((), ())


@pytest.mark.parametrize("text, written", [
    ("全年新入驻企业28家。", True),
    ("园区新引进120余家企业。", True),
    ("园区累计入驻企业达到146家", True),
    ("共有一百二十家规模以上企业", True),
    ("多家企业反映手续简便", False),  # no number
    ("组织企业家座谈会", False),
    ("入驻企业不断增加。全年新增12家", False),  # the count in another sentence
    ("园区有企业，产值3亿元", False),  # a number in another unit
])
def test_a_count_is_written_as_a_number_in_its_classifier_near_the_thing(text, written):
    assert writes_count(text, (("家", "企业"),)) is written


@pytest.mark.parametrize("text, written", [
    ("全年实现营业收入12.5亿元", True),
    ("营业收入同比增长15%", True),
    ("营业收入稳步增长。全年12家企业", False),  # the number in another sentence
    ("努力提高营业收入", False),
])
def test_a_figure_is_written_as_the_thing_with_a_number_after_it(text, written):
    assert writes_count(text, (("", "营业收入"),)) is written


def test_a_figure_asked_puts_the_reports_writing_it_first(tmp_path_factory):
    reports = {
        "戊园区2023年工作总结.txt": "戊园区2023年工作总结\n一、经济运行\n园区营业收入稳步增长，企业营业收入结构优化，"
        "努力提高营业收入质量，营业收入持续向好。\n",
        "己园区2023年工作总结.txt": "己园区2023年工作总结\n一、经济运行\n全年实现营业收入42亿元，同比增长9%。\n",
    }
    found, answer = titles_found(service_of_texts(tmp_path_factory, "figures_asked", reports), "园区营业收入是多少")
    assert found[0] == "己园区2023年工作总结", found
    assert "“营业收入”后跟数字" in answer["understood"]
