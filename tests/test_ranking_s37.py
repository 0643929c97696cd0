"""Session 37: inside the tier of the reports holding only some of a phrase's words (``"match": "some"``), a report
holding the found words together ranks above one holding them far apart: two words side by side as they stand in
the phrase typed (a piece of it) first, then in one sentence, then in one section, then anywhere (one word alone too), and within each of
those by the words' BM25, as before. (Before: by BM25 alone, so a long report writing each word often, in different
parts, came above a short one writing them together.)

And a year typed with a topic few reports hold keeps the topic's related words (the related tier, read beside the
topic, not beside the year typed).

Hand-written reports (invented counties and parks), a real index. Every report holds 工地 or 噪声, none 半夜 or 扰民:
a report holding two of the four words is in the some tier (three would be the words tier's: all but one).
"""
from __future__ import annotations

import numpy as np
import pytest

from conftest import service_of_texts, titles_found
from indexer.search import intier

REPORTS = {
    # the two found words side by side, once each
    "甲县2021年政府工作报告.txt": "甲县2021年政府工作报告\n一、城市管理\n严查工地噪声，夜间施工须经批准。新建公园两处。\n"
    "二、农业农村\n粮食总产稳定，新建高标准农田两万亩。\n",
    # both in one sentence, apart
    "乙县2022年政府工作报告.txt": "乙县2022年政府工作报告\n一、城市管理\n对全县工地开展巡查，严格控制夜间作业产生的噪声。"
    "新建公园一处。\n二、社会事业\n新建幼儿园三所。\n",
    # both in one section, in different sentences
    "丙园区2022年工作总结.txt": "丙园区2022年工作总结\n一、环境整治\n园区工地新开五处。全年受理噪声投诉十二件，已全部办结。\n"
    "二、招商引资\n引进企业八家。\n",
    # each word written three times, every time in a different part of the report: the highest BM25
    "丁园区2023年工作总结.txt": "丁园区2023年工作总结\n一、项目建设\n项目工地全部开工。三个工地进度过半。工地安全检查十次。\n"
    "二、环境保护\n噪声监测点位增至六个。噪声达标率百分之九十。交通噪声下降。\n三、招商引资\n引进企业五家。\n",
    # one word only
    "戊园区2023年工作计划.txt": "戊园区2023年工作计划\n一、主要任务\n新建标准厂房两栋，加强噪声管理。\n",
    # neither word
    "己园区2023年工作计划.txt": "己园区2023年工作计划\n一、主要任务\n引进企业十家，新建道路三条。\n",
}
Q = "半夜工地噪声扰民"


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    return service_of_texts(tmp_path_factory, "some-words-together", REPORTS)


def test_the_some_tier_lists_the_found_words_together_first(service):
    found, answer = titles_found(service, Q)
    assert {r["match"] for r in answer["results"]} == {"some"}, answer["understood"]
    # side by side > one sentence > one section > apart (the highest BM25) > one word
    assert found == ["甲县2021年政府工作报告", "乙县2022年政府工作报告", "丙园区2022年工作总结", "丁园区2023年工作总结",
                     "戊园区2023年工作计划"], found


def test_a_question_nothing_finds_lists_them_in_that_order_too(service):
    found, answer = titles_found(service, "半夜工地噪声扰民怎么办")
    assert found[:3] == ["甲县2021年政府工作报告", "乙县2022年政府工作报告", "丙园区2022年工作总结"], (found,
                                                                                          answer["understood"])


def test_how_close_the_words_stand(service):
    texts = ["严查工地噪声。", "工地的噪声。", "工地开工，夜间的噪声。", "某县报告\n一、甲\n工地开工。噪声下降。",
             "某县报告\n一、甲\n工地开工。\n二、乙\n噪声下降。",
             "工地开工。", "无关。"]
    levels = intier.closeness(texts, ("半夜", "工地", "噪声")).tolist()
    assert levels == [intier.SIDE_BY_SIDE, intier.SIDE_BY_SIDE, intier.SAME_SENTENCE, intier.SAME_SECTION,
                      intier.ANYWHERE, intier.ANYWHERE, intier.ANYWHERE], levels
    # a list written inside a line (（一）…；（二）…) is one section's, not a heading's
    assert intier.closeness(["某县报告\n一、甲\n主要有：（一）工地开工；（二）噪声下降。\n二、乙\n无关。"],
                            ("工地", "噪声")).tolist() == [intier.SAME_SECTION]
    # side by side is a piece of the phrase typed: its words in the typed order, next to each other there (半夜 and 噪声
    # are not); one word written twice is no pair
    assert intier.closeness(["噪声工地。", "半夜噪声。", "工地工地。"], ("半夜", "工地", "噪声")).tolist() == [
        intier.SAME_SENTENCE, intier.SAME_SENTENCE, intier.ANYWHERE]
    assert intier.closeness([], ("工地",)).shape == (0,) and isinstance(intier.closeness(["x"], ()), np.ndarray)


# must-nots (pass before and after): the found tiers keep their place above the some tier, and a phrase the reports
# write is no partial search


def test_a_report_holding_every_word_stays_above_the_some_tier(tmp_path_factory):
    reports = dict(REPORTS)
    reports["庚县2023年政府工作报告.txt"] = ("庚县2023年政府工作报告\n一、城市管理\n半夜巡查。\n二、建设\n工地检查。\n"
                                         "三、环境\n噪声监测。\n四、信访\n处理扰民投诉。\n")
    service = service_of_texts(tmp_path_factory, "some-words-with-words", reports)
    found, answer = titles_found(service, Q)
    assert found[0] == "庚县2023年政府工作报告" and answer["results"][0]["match"] in ("words", "near"), found
    assert [r["match"] for r in answer["results"][1:]] == ["some"] * 5


def test_a_phrase_written_as_typed_is_still_exact(service):
    found, answer = titles_found(service, "工地噪声")
    assert found[0] == "甲县2021年政府工作报告" and answer["results"][0]["match"] == "exact"
    assert answer["partial_only"] is False


# A year typed with a topic few reports hold: the words the reports write beside the topic are read beside the topic,
# not beside the year (they were anchored on the rarest typed string, 2022年, and none were found: the reports only
# writing those words, listed for the topic alone, were not listed for it typed with a year).

YEAR_REPORTS = {
    "子县2022年政府工作报告.txt": "子县2022年政府工作报告\n一、生态建设\n开展碳汇造林，建设湿地保护区。\n"
    "二、农业\n新建高标准农田一万亩，粮食总产稳定增长。\n三、教育\n新建学校三所，改造校舍两万平方米。\n"
    "四、卫生\n建成乡镇卫生院五所，村卫生室全覆盖。\n五、交通\n新修农村公路八十公里。\n",
    "丑县2021年政府工作报告.txt": "丑县2021年政府工作报告\n一、生态建设\n推进碳汇造林，扩大湿地保护区。\n"
    "二、交通\n新修道路五条，公交线路延伸到镇。\n三、文化\n建成文化广场两处，图书馆一座。\n"
    "四、就业\n新增城镇就业三千人，培训农民工两千人次。\n五、住房\n改造棚户区住房八百套。\n",
    # the words written beside the topic, never the topic
    "寅县2020年政府工作报告.txt": "寅县2020年政府工作报告\n一、生态建设\n发展林业经济，建成湿地保护区两处。\n"
    "二、教育\n新建学校两所。\n",
    "卯园区2022年工作总结.txt": "卯园区2022年工作总结\n一、招商引资\n引进企业八家。\n",
}


@pytest.fixture(scope="module")
def year_service(tmp_path_factory):
    return service_of_texts(tmp_path_factory, "year-typed-related", YEAR_REPORTS)


def test_a_year_typed_with_a_topic_keeps_the_topics_related_words(year_service):
    alone, answer = titles_found(year_service, "碳汇")
    assert "寅县2020年政府工作报告" in alone and answer["results"][alone.index("寅县2020年政府工作报告")]["match"] == "related", \
        (alone, answer["understood"])
    found, answer = titles_found(year_service, "2022年 碳汇")
    assert found[0] == "子县2022年政府工作报告", found  # the year's own report first, as before
    assert "寅县2020年政府工作报告" in found, (found, answer["understood"])
    assert answer["results"][found.index("寅县2020年政府工作报告")]["match"] == "related"
    assert "卯园区2022年工作总结" not in found  # a report of the year holding none of the words is no answer
