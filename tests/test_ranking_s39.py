"""Session 39: a verb-object phrase nothing finds is read by its object's characters (fallback.object_characters).

A user names a thing by an everyday verb acting on it (请保姆, 开网店, 坐公交, 卖假货); no report writes the phrase, so the
last tier lists the reports holding its characters. The verb's one character is in every report in another sense (开 of
开展 / 开工, 请 of 提请, 坐 of 坐标, 抓 of 抓好) and outweighed the thing's: the reports about the thing write the object's
characters, never the verb. Measured on the study queries that reach this tier (30 of 748): 4 up (卖假货 0.64 → 1.00,
坐公交 0.44 → 0.84, 请保姆 0.18 → 0.50, 开网店 0.39 → 0.41), 1 down (抓贪官 0.78 → 0.57).

Hand-written reports (invented counties), a real index.
"""
from __future__ import annotations

import pytest

from conftest import service_of_texts, titles_found
from indexer.analysis import bundled_vocabulary

REPORTS = {
    # the thing asked (online shops) in official words: 网 and 店 apart (网络平台 … 店铺), never 网店 or 开
    "甲县2021年政府工作报告.txt": "甲县2021年政府工作报告\n一、电子商务\n支持农户在网络平台设立店铺120家，销售土特产。\n",
    # the verb's character in its other senses, often, and one 店 (a shop): nothing about online shops
    "乙县2020年政府工作报告.txt": "乙县2020年政府工作报告\n一、项目建设\n开展招商引资，新开工项目12个，开通公交线路3条，"
    "召开现场会5次，开发新区一片，开放口岸一处，新建便民商店一家。\n",
    # none of the characters
    "丙园区2022年工作计划.txt": "丙园区2022年工作计划\n一、主要任务\n新建标准厂房两栋，完成污水管网改造。\n",
}


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    return service_of_texts(tmp_path_factory, "verb-object-characters", REPORTS)


def test_a_verb_object_phrase_lists_the_reports_holding_the_objects_characters_first(service):
    found, answer = titles_found(service, "开网店")
    matches = {r["title"]: r["match"] for r in answer["results"]}
    assert found[:1] == ["甲县2021年政府工作报告"] and matches[found[0]] == "chars", (found, matches)
    assert "单字（网、店）" in answer["understood"], answer["understood"]


def test_which_characters_a_verb_object_phrase_is_read_by():
    from indexer.search.fallback import object_characters, phrase_characters, query_characters

    vocabulary = bundled_vocabulary()
    assert phrase_characters("开网店", vocabulary) == ("网", "店")
    assert phrase_characters("请保姆", vocabulary) == ("保", "姆")
    assert phrase_characters("坐公交", vocabulary) == ("公", "交")
    # one word, the verb inside it (打鱼, 堵车, 挖煤): every character
    for value in ("打鱼", "堵车", "挖煤", "太空站"):
        assert phrase_characters(value, vocabulary) == tuple(value), value
    # a verb of two characters keeps them (吃饱饭: 饱 of 温饱 is the thing's); a complaint still goes (药太贵)
    assert phrase_characters("吃饱饭", vocabulary) == tuple("吃饱饭")
    assert phrase_characters("药太贵", vocabulary) == ("药",)
    # two characters are never cut to one
    assert object_characters("存钱", query_characters("存钱"), vocabulary) == ("存", "钱")


def test_a_quoted_verb_object_phrase_stays_exact(service):
    found, answer = titles_found(service, '"开网店"')
    assert found == [] and "单字" not in answer["understood"]
