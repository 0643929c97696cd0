"""A request of a generic verb and a long topic (怎样提高企业自主创新能力), loosened: the reports
that write its topic together (自主创新) come before those holding its words scattered
(search/fallback.py, ``topic_words``), on small reports written for it."""
from __future__ import annotations

import pytest

from conftest import service_of_texts, titles_found

from indexer.analysis import bundled_vocabulary
from indexer.search.fallback import topic_words

REPORTS = {
    # the topic together, the verb of the question nowhere near it (增强, not 提高)
    "甲园区工作总结.txt": "甲园区工作总结\n"
    "园区着力增强自主创新能力，自主创新平台建设加快，支持企业研发。全年研发投入有所提高。\n",
    # every word of the question, scattered, and more often
    "乙园区工作总结.txt": "乙园区工作总结\n"
    "提高企业管理水平，企业自主经营，提高干部能力。推动管理创新，提高服务企业能力。"
    "企业创新活力增强，提高企业能力，企业自主决策。\n",
    "丙园区工作总结.txt": "丙园区工作总结\n园区道路按计划完工，排水管网改造完成。\n",
}


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    return service_of_texts(tmp_path_factory, "topics", REPORTS)


titles = titles_found


@pytest.mark.parametrize("q", ["怎样提高企业自主创新能力", "提高企业自主创新能力"])
def test_the_report_writing_the_topic_together_comes_first(service, q):
    found, answer = titles(service, q)
    assert found[:2] == ["甲园区工作总结", "乙园区工作总结"]
    assert "其中写有“自主创新”的在前" in answer["understood"]
    assert {r["match"] for r in answer["results"]} == {"words"}  # both still marked as looser matches


@pytest.mark.parametrize("value, topic", [
    ("提高企业自主创新能力", ("自主创新",)),  # the verb, and 企业 / 能力 (in every report) go
    ("做好安全生产工作", ("安全生产",)),
    ("推进新型城镇化建设", ("新型城镇化",)),
    ("加快发展现代服务业", ("现代服务业",)),
    ("招商引资存在问题", ()),  # no verb opens it: no topic tier
    ("扩大就业", ()),  # one word left, which the words anywhere require already
])
def test_the_topic_of_a_request(value, topic):
    from indexer.search.fallback import inner_words

    vocabulary = bundled_vocabulary()
    assert topic_words(value, tuple(inner_words(value, vocabulary)), vocabulary) == topic


def test_a_quoted_request_stays_literal(service):
    found, _ = titles(service, '"提高企业自主创新能力"')
    assert found == []
