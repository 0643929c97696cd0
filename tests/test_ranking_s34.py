"""Session 34: a search that found nothing at all although the reports write what it asks about.

The length limit of the characters' tier is the thing's, not the complaint's (fallback.phrase_characters): a phrase
of two to four characters nothing finds is read by its characters, and one closing in a complaint by the thing's only
(药太贵 → 药, session 33). A thing of three characters with a complaint of two (上网费太贵) was five characters long, so
it got no characters at all, and as nothing else finds it the search listed nothing.

Hand-written reports (invented counties), a real index.
"""
from __future__ import annotations

import pytest

from conftest import service_of_texts, titles_found
from indexer.analysis import bundled_vocabulary
from indexer.search import SearchRequest

REPORTS = {
    # the price of internet access in official words: 网 and 费 written together (网络提速降费), never 上网费
    "甲县2019年政府工作报告.txt": "甲县2019年政府工作报告\n一、信息化建设\n推进宽带网络提速降费，全县网络资费下降两成，"
    "行政村光纤网络全覆盖。\n",
    # neither the thing's characters together nor apart (太 and 贵 only: a place, space)
    "乙县2018年政府工作报告.txt": "乙县2018年政府工作报告\n一、对外合作\n与贵州客商合作，太空育种基地落户，太阳能电站并网发电。\n",
    # none of the typed words
    "丁园区2022年工作计划.txt": "丁园区2022年工作计划\n一、主要任务\n新建标准厂房两栋，完成污水管网改造。\n",
}


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    return service_of_texts(tmp_path_factory, "complaint-thing-length", REPORTS)


def test_a_complaint_after_a_three_character_thing_lists_the_reports_holding_the_things_characters(service):
    found, answer = titles_found(service, "上网费太贵")
    matches = {r["title"]: r["match"] for r in answer["results"]}
    assert found[:1] == ["甲县2019年政府工作报告"] and matches[found[0]] == "chars", (found, matches)
    assert "单字（上、网、费）" in answer["understood"], answer["understood"]


def test_which_characters_a_phrase_is_read_by():
    from indexer.search.fallback import phrase_characters

    vocabulary = bundled_vocabulary()
    assert phrase_characters("上网费太贵", vocabulary) == ("上", "网", "费")
    assert phrase_characters("停车位太少", vocabulary) == ("停", "车", "位")
    # session 33's: a short phrase, less its complaint; every character without one
    assert phrase_characters("药太贵", vocabulary) == ("药",)
    assert phrase_characters("电费太贵", vocabulary) == ("电", "费")
    for value in ("太空站", "挖煤"):
        assert phrase_characters(value, vocabulary) == tuple(value), value
    # a verb of one character before its object goes too (session 39: fallback.object_characters)
    assert phrase_characters("开网店", vocabulary) == ("网", "店")


@pytest.mark.parametrize("value", [
    "上网收费标准",  # longer than four characters, no complaint: its words are loosened instead
    "农村居民上网费用太贵",  # a complaint after a thing of more than four characters
    "5g上网费太贵",  # a letter or digit in it
])
def test_a_longer_thing_gets_no_characters(service, value):
    answer = service.search(SearchRequest(q=value, collapse=False))
    assert "单字" not in answer["understood"], answer["understood"]
    assert all(r["match"] != "chars" for r in answer["results"])


def test_a_quoted_complaint_gets_no_characters(service):
    found, answer = titles_found(service, '"上网费太贵"')
    assert found == [] and "单字" not in answer["understood"]
