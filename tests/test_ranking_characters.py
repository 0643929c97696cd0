"""A short phrase nothing finds (session 30, fallback.CHARS): a user's everyday word of two to four characters (挖煤,
天旱) that no report writes, whose words no report holds either, lists the reports holding its characters, ranked by
their Okapi BM25 (a rare character weighs most), as the last tier, marked and explained. Never for a quoted string,
a longer phrase, a query that finds something, nor past the filters (a question asking about one such phrase gets its
characters since session 33: tests/test_ranking_s33.py). Hand-written reports, a real index."""
from __future__ import annotations

import pytest

from conftest import service_of_texts, titles_found
from indexer.search import SearchRequest
from indexer.search.fallback import query_characters

REPORTS = {
    # coal in official words: no 挖煤, no 挖
    "甲县2021年政府工作报告.txt": "甲县2021年政府工作报告\n一、能源工业\n煤炭产量稳定增长，煤矿安全生产形势好转，"
    "原煤产量三千万吨，煤炭外运通道建成。\n",
    # 挖 (digging a trench), no 煤
    "乙园区2022年工作总结.txt": "乙园区2022年工作总结\n一、工作成效\n开挖管沟两公里，完成道路建设和绿化。\n",
    # neither character
    "丙园区2022年工作计划.txt": "丙园区2022年工作计划\n一、主要任务\n新建标准厂房两栋，完成污水管网改造。\n",
    # drought in official words
    "丁县2020年政府工作报告.txt": "丁县2020年政府工作报告\n一、农业农村\n抗旱保苗取得成效，旱情全面缓解，粮食稳产。\n",
    # prices rising, in official words
    "戊县2019年政府工作报告.txt": "戊县2019年政府工作报告\n一、民生保障\n价格总水平基本稳定，居民消费价格上涨2%。\n",
}


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    return service_of_texts(tmp_path_factory, "chars", REPORTS)


def test_a_short_everyday_word_nothing_finds_lists_the_reports_of_its_characters_rarest_first(service):
    found, answer = titles_found(service, "挖煤")
    matches = {r["title"]: r["match"] for r in answer["results"]}
    assert found == ["甲县2021年政府工作报告", "乙园区2022年工作总结"], found  # 煤 three times above 挖 once
    assert set(matches.values()) == {"chars"}
    assert "单字（挖、煤）" in answer["understood"]
    first = answer["results"][0]["snippets"][0]["html"]
    assert "<mark>煤</mark>" in first


def test_a_drought_typed_as_a_user_says_it_finds_the_report_on_drought(service):
    found, answer = titles_found(service, "天旱")
    assert found[:1] == ["丁县2020年政府工作报告"], found


def test_a_short_phrase_whose_words_find_too_few_reports_lists_its_characters_reports_after_them(service):
    # 煤炭涨价: 煤炭 alone finds the coal report (its words' loosest reading); 涨价 is written nowhere
    found, answer = titles_found(service, "煤炭涨价")
    matches = {r["title"]: r["match"] for r in answer["results"]}
    assert found[0] == "甲县2021年政府工作报告" and matches[found[0]] == "words", found
    assert matches["戊县2019年政府工作报告"] == "chars"  # 价 (and 涨 nowhere): after every other tier
    assert all(m == "chars" for m in list(matches.values())[1:])


def test_a_phrase_a_report_writes_as_typed_gets_no_characters(service):
    found, answer = titles_found(service, "开挖")  # one report writes it: that is the answer
    assert found == ["乙园区2022年工作总结"] and "单字" not in answer["understood"]


# (a question asking about one short phrase, 怎么挖煤, gets that phrase's characters since session 33:
# tests/test_ranking_s33.py)
@pytest.mark.parametrize("q", ['"挖煤"', "火箭飞船发射基地", "挖煤 火箭"])
def test_a_quoted_string_a_longer_phrase_or_strings_typed_apart_get_no_characters(service, q):
    answer = service.search(SearchRequest(q=q, collapse=False))
    assert answer["total"] == 0, [(r["title"], r["match"]) for r in answer["results"]]
    assert "单字" not in answer["understood"]


def test_a_phrase_that_finds_something_gets_no_characters_tier(service):
    found, answer = titles_found(service, "煤炭")
    assert found == ["甲县2021年政府工作报告"]
    assert {r["match"] for r in answer["results"]} == {"exact"} and "单字" not in answer["understood"]


def test_the_filters_still_hold(service):
    answer = service.search(SearchRequest(q="挖煤", years=["2022"], collapse=False))
    assert [r["title"] for r in answer["results"]] == ["乙园区2022年工作总结"]
    assert service.search(SearchRequest(q="挖煤", years=["1999"]))["total"] == 0
    assert service.search(SearchRequest(q="挖煤", sections=["存在问题"]))["total"] == 0


def test_which_strings_have_characters():
    assert query_characters("挖煤") == ("挖", "煤")
    assert query_characters("開網店") == ("开", "网", "店")  # normalised
    assert query_characters("的煤") == ("煤",)  # a function word of one character left out
    assert query_characters("煤") == ()  # one character: the literal search is already it
    assert query_characters("火箭飞船发射") == ()  # longer than four
    assert query_characters("5G煤") == () and query_characters("煤 矿") == ()
