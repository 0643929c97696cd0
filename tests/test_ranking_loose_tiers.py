"""A query that is no question, loosened (its typed string finds under ten reports) and naming no part of a report:
its loosened tiers (the words near each other, anywhere, and all of them but one, found in the same tier as the words
anywhere: fallback.merges_most) ordered by the fitted mix of the score relative to the
tier's best and the Okapi BM25 of jieba's words of the string (indexer/search/intier.py, ``LOOSE_WEIGHTS``).
工业用地供应 is the user's phrasing: no report writes it, and its words loosened (工业, 用地, 供应) score a report
writing 工业 everywhere above one about 工业用地 itself; jieba's words of the string (工业用地, 供应) see the
difference. The exact and synonym tiers keep the score's order, a question keeps its own mix, a query naming a part
keeps the part's boost. Hand-written reports, a real index; the weights are the ones bench/fit_in_tier.py wrote."""
from __future__ import annotations

import json

import numpy as np
import pytest

from conftest import REPO, service_of_texts, titles_found
from indexer.search import SearchRequest
from indexer.search import intier

REPORTS = {
    # about industrial land (工业用地 twice), 供应 of water and power far from it: the words anywhere
    "甲园区2023年工作总结.txt": "甲园区2023年工作总结\n一、土地保障\n园区新增工业用地80亩，盘活低效工业用地20亩。\n二、企业服务\n"
    "走访企业60家，解决企业反映的问题35个。\n三、要素保障\n水电气供应稳定。\n",
    # 工业 throughout, 用地 and 供应 once each, never 工业用地: the words anywhere
    "乙市2023年政府工作报告.txt": "乙市2023年政府工作报告\n一、经济运行\n工业经济平稳，工业增加值增长7%，工业投资扩大，工业企业增加，"
    "工业效益提升，工业结构优化。\n二、城市建设\n城市建设用地有序保障。\n三、民生\n粮油供应充足。\n",
    # the string as typed: the exact tier, above both whatever the words' counts
    "丙园区2023年工作总结.txt": "丙园区2023年工作总结\n一、要素保障\n工业用地供应及时。\n",
    "丁园区2023年工作总结.txt": "丁园区2023年工作总结\n一、项目建设\n新开工项目8个。\n",
    # about industrial land, never writing 供应: all the words but one, found in the same tier as the words anywhere
    "戊园区2023年工作总结.txt": "戊园区2023年工作总结\n一、土地保障\n新增工业用地50亩，工业用地亩均税收提高，闲置工业用地全部盘活。\n",
}


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    return service_of_texts(tmp_path_factory, "loose_tiers", REPORTS)


def test_a_loosened_tier_puts_the_report_writing_the_strings_words_first(service):
    found, answer = titles_found(service, "工业用地供应")
    assert found[0] == "丙园区2023年工作总结"  # the string as typed: its tier first
    assert answer["results"][0]["match"] == "exact"
    # before: 乙 (工业 six times) above 甲, whose score is lower though it is the one about 工业用地
    assert found.index("甲园区2023年工作总结") < found.index("乙市2023年政府工作报告"), found
    at = {r["title"]: r for r in answer["results"]}
    assert at["甲园区2023年工作总结"]["score"] < at["乙市2023年政府工作报告"]["score"]  # the mix, not the score, orders them
    assert answer["understood"].endswith("，其中查询词写得多的靠前"), answer["understood"]


CITIES = "甲乙丙丁戊己庚辛壬癸子"
MANY = {
    # eleven long reports holding the string's words apart: the words anywhere find enough (the fallback's level 2)
    **{f"{c}市2023年政府工作报告.txt": f"{c}市2023年政府工作报告\n一、经济运行\n工业经济平稳，工业投资扩大。\n二、城市建设\n"
       f"城市建设用地有序保障。\n三、民生\n粮油供应充足。\n" for c in CITIES},
    # about industrial land, never writing 供应: all the words but one
    "丑园区2023年工作总结.txt": "丑园区2023年工作总结\n一、土地保障\n新增工业用地50亩，工业用地亩均税收提高，闲置工业用地全部盘活。\n",
    "寅园区2023年工作总结.txt": "寅园区2023年工作总结\n一、项目建设\n新开工项目8个。\n",
}


@pytest.fixture(scope="module")
def many(tmp_path_factory):
    return service_of_texts(tmp_path_factory, "loose_tiers_many", MANY)


def test_all_the_words_but_one_are_found_in_the_same_tier_as_the_words_anywhere(many):
    found, answer = titles_found(many, "工业用地供应")
    # before: 丑 (工业用地 three times, never 供应) was not found at all, the words anywhere being enough
    assert "丑园区2023年工作总结" in found, answer["understood"]
    assert {r["match"] for r in answer["results"]} == {"words"}
    assert found.index("丑园区2023年工作总结") < 5, found  # by the words it writes, not after every report of all three
    assert "只缺其中一个词" in answer["understood"]
    assert "寅园区2023年工作总结" not in found  # (no word of the string)


def test_a_question_keeps_all_but_one_out_while_the_words_anywhere_find_enough(many):
    found, _ = titles_found(many, "怎样保障工业用地供应")
    assert "丑园区2023年工作总结" not in found


@pytest.mark.parametrize("level, question, part, merged", [(2, False, False, True), (2, True, False, False),
                                                           (2, False, True, False), (1, False, False, False),
                                                           (3, False, False, False)])
def test_only_a_statement_naming_no_part_loosened_to_its_words_anywhere_merges(level, question, part, merged):
    from indexer.search import fallback

    assert fallback.merges_most(level, question, part) is merged


def test_a_quoted_string_is_not_loosened_nor_reordered(service):
    found, answer = titles_found(service, '"工业用地供应"')
    assert found == ["丙园区2023年工作总结"]
    assert "查询词写得多" not in answer["understood"]


def test_a_query_sorted_by_year_keeps_the_year_order(service):
    answer = service.search(SearchRequest(q="工业用地供应", per_page=50, collapse=False, sort="year"))
    assert "查询词写得多" not in answer["understood"]


def test_a_query_naming_a_part_of_a_report_is_not_reordered(service):
    parsed = service.parse("工业用地 存在问题", (), service.searcher())
    assert intier.names_part(parsed)
    assert intier.loose_tiers(parsed) == ()


def test_a_question_keeps_its_own_mix(service):
    parsed = service.parse("怎样保障工业用地供应", (), service.searcher())
    assert parsed.question
    assert intier.loose_tiers(parsed) == ()


def test_only_the_loose_tiers_are_keyed_and_the_others_keep_their_order():
    scores = np.array([9.0, 8.0, 3.0, 2.0, 1.0])
    tiers = np.array([0, 0, 2, 2, 3])
    bm25 = np.array([0.0, 5.0, 0.1, 4.0, 1.0])
    keys = intier.loose_keys(scores, tiers, bm25, (2, 3))
    assert keys[:2].tolist() == [0.0, 0.0]  # tier 0 (exact) untouched: one key, ties keep their places
    assert keys[3] > keys[2]  # tier 2: the report writing the words often first
    from indexer.search import hits as hitlists

    moved = hitlists.by_keys_in_tier(hitlists.Hits(np.arange(5), scores, tiers.astype(np.int8)), None, keys)
    assert moved.docs.tolist() == [0, 1, 3, 2, 4]


def test_the_loose_weights_are_the_ones_the_fitting_script_wrote():
    fitted = json.loads((REPO / "bench" / "in-tier-weights-loose.json").read_text(encoding="utf-8"))
    assert fitted["features"] == list(intier.LOOSE_WEIGHTS)
    for name, weight, mean, scale in zip(fitted["features"], fitted["weights"], fitted["mean"], fitted["scale"]):
        assert intier.LOOSE_WEIGHTS[name] == (weight, mean, scale)
