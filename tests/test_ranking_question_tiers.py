"""A question's tiers ordered by what it asks about (indexer/search/intier.py): inside each tier of results, the
first hits by a fitted mix of the query's score relative to the tier's best and the Okapi BM25 of the words asked
about. A report that writes the park's own word (园区, dropped from the question's topic and kept to rank) many
times and the topic once no longer leads one that writes of the topic throughout. The tiers stay (typed string
above its words), a count asked's reports stay first in their tier, and a query that is no question keeps the
score's order in its exact tiers (its loosened ones: tests/test_ranking_loose_tiers.py). Hand-written reports, a
real index; the weights are the ones bench/fit_in_tier.py wrote."""
from __future__ import annotations

import json

import numpy as np
import pytest

from conftest import REPO, service_of_texts, titles_found
from indexer.search import hits as hitlists
from indexer.search import intier

REPORTS = {
    # the park's own word throughout, the topic once
    "甲园区2023年工作总结.txt": "甲园区2023年工作总结\n一、园区建设\n园区管委会统筹园区规划，园区道路、园区供水、园区绿化同步推进，"
    "园区形象提升，园区服务优化，园区管理规范，园区环境改善，园区企业增加。园区积极扩大就业，园区各项工作稳步推进。\n",
    # the topic throughout
    "乙园区2023年工作总结.txt": "乙园区2023年工作总结\n一、民生保障\n全年扩大就业成效明显，新增就业岗位1200个，开展就业培训15期，"
    "就业服务站覆盖全部企业，高校毕业生就业、返乡人员就业、困难人员就业得到保障，就业形势稳定。\n",
    "丙园区2023年工作总结.txt": "丙园区2023年工作总结\n一、经济运行\n园区经济平稳运行，工业产值增长8%。园区注重扩大就业。\n",
    # the words only, not the string as typed: a looser tier
    "丁园区2023年工作总结.txt": "丁园区2023年工作总结\n一、民生保障\n就业岗位增加，就业培训扩大到全部企业，就业服务持续加强，"
    "就业形势总体稳定，扩大了就业。\n",
}


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    return service_of_texts(tmp_path_factory, "question_tiers", REPORTS)


@pytest.mark.parametrize("q", ["园区怎样扩大就业", "园区扩大就业情况怎么样"])
def test_a_question_puts_the_report_about_its_topic_first_in_the_tier(service, q):
    found, answer = titles_found(service, q)
    assert answer["understood"].startswith("按问题理解：扩大就业"), answer["understood"]
    assert "同一档中所问词语写得多的报告靠前" in answer["understood"]
    assert found[0] == "乙园区2023年工作总结", found
    # the tier stays: the reports writing 扩大就业 as typed before the one writing only its words
    assert found.index("丁园区2023年工作总结") == 3, found


def test_the_same_string_typed_keeps_the_scores_order(service):
    from indexer.search import SearchRequest

    answer = service.search(SearchRequest(q="园区 扩大就业", per_page=50, collapse=False))
    scores = [r["score"] for r in answer["results"][:3]]
    assert scores == sorted(scores, reverse=True), answer["results"]


def test_the_order_stays_inside_each_tier_and_a_counts_reports_first():
    hits = hitlists.Hits(np.array([5, 6, 7, 8, 9]), np.array([5.0, 4.0, 3.0, 2.0, 1.0]),
                         np.array([0, 0, 0, 1, 1], dtype=np.int8))
    keys = np.array([0.1, 0.9, 0.5, 0.2, 0.8])
    assert hitlists.by_keys_in_tier(hits, None, keys).docs.tolist() == [6, 7, 5, 9, 8]
    # a count asked marks 5: it stays first in its tier, the others by their keys
    marked = np.array([True, False, False, False, False])
    moved = hitlists.by_keys_in_tier(hits, marked, keys)
    assert moved.docs.tolist() == [5, 6, 7, 9, 8]
    assert moved.tiers.tolist() == [0, 0, 0, 1, 1]
    assert moved.scores.tolist() == [5.0, 4.0, 3.0, 1.0, 2.0]
    # keys over the first hits only: the rest keep their places
    assert hitlists.by_keys_in_tier(hits, None, keys[:2]).docs.tolist() == [6, 5, 7, 8, 9]


def test_okapi_counts_the_words_and_weighs_a_long_report_down():
    idf = {"就业": 1.0}
    short, often, long_ = "就业培训。", "就业就业就业。", "就业培训。" + "其他工作。" * 40
    values = intier.okapi([short, often, long_], idf)
    assert values[1] > values[0] > values[2] > 0
    assert intier.okapi(["没有这个词"], idf).tolist() == [0.0]


def test_the_words_asked_are_jiebas_words_of_the_strings():
    from indexer.analysis import bundled_vocabulary

    assert intier.asked_words(["扩大就业", "就业"], bundled_vocabulary().segmenter) == ["扩大", "就业"]


def test_the_weights_are_the_ones_the_fitting_script_wrote():
    fitted = json.loads((REPO / "bench" / "in-tier-weights.json").read_text(encoding="utf-8"))
    assert fitted["features"] == list(intier.WEIGHTS)
    for name, weight, mean, scale in zip(fitted["features"], fitted["weights"], fitted["mean"], fitted["scale"]):
        assert intier.WEIGHTS[name] == (weight, mean, scale)


def test_a_question_naming_a_part_keeps_the_scores_order(service):
    # 有哪些问题 names a part of a report (roles.py): its tiers hold the topic inside that part, which the
    # score carries and counting words cannot see
    from indexer.search import SearchRequest

    parsed = service.parse("园区扩大就业存在哪些问题", (), service.searcher())
    assert parsed.question and intier.names_part(parsed)
    assert "所问词语" not in parsed.understood
    hits = service._groups(service.searcher(), parsed, SearchRequest(q="园区扩大就业存在哪些问题", collapse=False),
                           None).hits
    assert len(hits) >= 2
    for tier in set(hits.tiers.tolist()):
        scores = hits.scores[hits.tiers == tier].tolist()
        assert scores == sorted(scores, reverse=True), (tier, scores)
