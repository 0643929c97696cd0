"""Session 36: a search whose every reading finds nothing, while reports hold some of the typed words, lists those
reports (the some tier, ``"match": "some"``, by those words' BM25), says which words they hold, and keeps offering
the searches that find something above them (``"partial_only"``). A string no report holds a word of still finds
nothing. (Before: a phrase finding nothing listed nothing, the page only offered the words apart.)

Hand-written reports (invented counties and parks), a real index.
"""
from __future__ import annotations

import pytest

from conftest import service_of_texts, titles_found
from indexer.search import SearchRequest, suggest

REPORTS = {
    # power cuts, written three times; never 半夜 or 小区
    "甲县2021年政府工作报告.txt": "甲县2021年政府工作报告\n一、电网建设\n推进农村电网改造，全年停电时间缩短一半，计划停电提前公告，"
    "减少停电次数。\n二、农业农村\n粮食总产稳定，新建高标准农田两万亩。\n",
    # power cuts once, among other works
    "乙园区2022年工作总结.txt": "乙园区2022年工作总结\n一、基础设施\n园区供电线路入地，停电抢修时间缩短，污水管网延伸五公里。\n",
    # none of the typed words
    "丙园区2023年工作计划.txt": "丙园区2023年工作计划\n一、主要任务\n新建标准厂房两栋，引进企业十家。\n",
}
Q = "半夜小区停电怎么办"


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    return service_of_texts(tmp_path_factory, "nothing-found-some-words", REPORTS)


def test_a_question_nothing_finds_lists_the_reports_holding_some_of_its_words(service):
    found, answer = titles_found(service, Q)
    assert found == ["甲县2021年政府工作报告", "乙园区2022年工作总结"], (found, answer["understood"])
    assert {r["match"] for r in answer["results"]} == {"some"}
    assert answer["partial_only"] is True
    # the words the reports listed hold, not every typed word
    assert "没有报告含全部查询词，列出 2 篇只含部分查询词（停电）的报告" in answer["understood"], answer["understood"]


def test_a_phrase_nothing_finds_lists_them_too(service):
    found, answer = titles_found(service, "半夜小区停电")
    assert found[:2] == ["甲县2021年政府工作报告", "乙园区2022年工作总结"], found
    assert answer["partial_only"] is True and [r["match"] for r in answer["results"]] == ["some", "some"]


def test_the_searches_that_find_something_are_still_offered(service):
    offered = suggest.alternatives(service, SearchRequest(q=Q))
    # the words apart find nothing (each asked for): not offered, their OR is
    assert offered and offered[0]["q"] == "半夜 OR 小区 OR 停电" and offered[0]["count"] == 2, offered


def test_a_string_no_report_holds_a_word_of_still_finds_nothing(service):
    found, answer = titles_found(service, "火星探测器发射")
    assert found == [] and answer["total"] == 0 and answer["partial_only"] is False
    assert "部分查询词" not in answer["understood"]


def test_a_quoted_string_and_strings_typed_apart_stay_as_asked(service):
    for q in ('"半夜小区停电"', "半夜 小区 停电"):
        found, answer = titles_found(service, q)
        assert found == [] and answer["partial_only"] is False, (q, found)


def test_a_phrase_written_as_typed_is_not_partial(service):
    found, answer = titles_found(service, "计划停电")
    assert found[0] == "甲县2021年政府工作报告" and answer["results"][0]["match"] == "exact"
    assert answer["partial_only"] is False


def test_the_page_and_the_api_say_it(service, tmp_path_factory):
    from webui import create_app

    client = create_app({"INDEX_DIR": str(service.index_dir), "TESTING": True}).test_client()
    data = client.get("/api/search", query_string={"q": Q}).json
    assert data["partial_only"] is True and [r["match"] for r in data["results"]] == ["some", "some"]
    html = client.get("/", query_string={"q": Q}).get_data(as_text=True)
    notice, hits = html.index("没有报告含全部查询词"), html.index('id="results"')
    offer = html.index("任一词语：半夜 OR 小区 OR 停电")
    assert notice < offer < hits, "the searches to try come above the results"
    assert html.index("以下结果不完全匹配：只含查询中的部分词语") > hits
    assert "没有找到匹配的报告" not in html
