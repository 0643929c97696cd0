"""A question no reading of which finds a report is offered the words of what it asks about, not its question words:
园区火箭发射有哪些问题 → 火箭 / 发射 / 问题, never 有 or 哪些 (search/suggest.py ``alternatives``). (Since session 36 it
also lists the reports holding some of those words, ``partial_only``: the lead's decision, README.)"""
import pytest

from conftest import service_of_texts

from indexer.search import SearchRequest
from indexer.search import suggest
from indexer.text import QUESTION_WORDS

REPORTS = {
    "甲园区2023年工作总结.txt": "甲园区2023年工作总结\n三、存在的问题\n资金问题突出。\n",
    "乙园区2023年工作总结.txt": "乙园区2023年工作总结\n一、主要成效\n火箭展览馆建成开放。\n",
}


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    return service_of_texts(tmp_path_factory, "suggest-questions", REPORTS)


@pytest.mark.parametrize("q", ["园区火箭发射有哪些问题", "火箭发射存在哪些问题？"])
def test_a_question_with_no_result_is_offered_the_words_it_asks_about(service, q):
    data = service.search(SearchRequest(q=q))
    assert data["partial_only"] and {r["match"] for r in data["results"]} == {"some"}
    offered = suggest.alternatives(service, SearchRequest(q=q))
    assert offered and offered[0]["count"] >= 1
    words = offered[0]["q"].replace(" OR ", " ").split()
    assert "问题" in words and not set(words) & QUESTION_WORDS and "有" not in words


def test_a_plain_string_is_still_split_into_its_words(service):
    offered = suggest.alternatives(service, SearchRequest(q="火箭资金"))
    assert offered and set(offered[0]["q"].replace(" OR ", " ").split()) == {"火箭", "资金"}
