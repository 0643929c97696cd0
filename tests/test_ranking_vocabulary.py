"""Policy vocabulary (indexer/data/synonyms.txt): a need named in the words of another campaign
(招才引智 / 人才引进, 用工难 / 招工难, 生态文明 / 绿色发展, 污染防治 / 环境治理) finds the reports
writing the other words, ranked below those writing the words typed (README: a synonym's
matches rank below the words typed). On small reports written for it."""
from __future__ import annotations

import pytest

from conftest import service_of_texts, titles_found

REPORTS = {
    "甲园区2023年工作总结.txt": "甲园区2023年工作总结\n深入实施招才引智工程，园区新增博士两名。\n",
    # the other words, written more often: still below the words typed
    "乙园区2023年工作总结.txt": "乙园区2023年工作总结\n"
    "出台人才引进办法，人才引进补贴到位，人才引进成效明显。企业招工难问题突出，招工难影响投产。\n",
    "丙园区2022年工作总结.txt": "丙园区2022年工作总结\n园区企业用工难，用工短缺两千人。坚持绿色发展，绿色发展理念深入人心。\n",
    "丁市2021年政府工作报告.txt": "丁市2021年政府工作报告\n推进生态文明建设。加强环境治理，环境治理投入增加。\n",
    "戊园区2020年工作总结.txt": "戊园区2020年工作总结\n打好污染防治攻坚战。\n",
    # a synonym's words near each other, not as written (人才引进: 引进 … 人才)
    "己市2010年政府工作报告.txt": "己市2010年政府工作报告\n积极引进海外高层次人才。降低企业生产成本。\n",
}


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    return service_of_texts(tmp_path_factory, "vocabulary", REPORTS)


@pytest.mark.parametrize("q, typed, other", [
    ("招才引智", ["甲园区2023年工作总结"], ["乙园区2023年工作总结"]),
    ("用工难", ["丙园区2022年工作总结"], ["乙园区2023年工作总结"]),
    ("生态文明", ["丁市2021年政府工作报告"], ["丙园区2022年工作总结"]),
    ("污染防治", ["戊园区2020年工作总结"], ["丁市2021年政府工作报告"]),
])
def test_the_other_words_of_a_need_are_found_below_the_words_typed(service, q, typed, other):
    _, answer = titles_found(service, q)
    found = [(r["title"], r["match"]) for r in answer["results"] if r["match"] in ("exact", "synonym")]
    assert found[:len(typed)] == [(t, "exact") for t in typed]
    assert sorted(found[len(typed):]) == sorted((t, "synonym") for t in other)


def test_one_word_no_report_writes_loosens_to_its_synonyms_words_near_each_other(service):
    found, answer = titles_found(service, "招才引智")
    assert found == ["甲园区2023年工作总结", "乙园区2023年工作总结", "己市2010年政府工作报告"]
    assert [r["match"] for r in answer["results"]] == ["exact", "synonym", "near"]
    assert "同义词的词语相近：“人才”“引进”" in answer["understood"]


def test_a_string_of_several_words_loosens_to_its_own_words_only(service):
    # 企业减负's synonym 降低企业成本 has its words near each other in 己, but 减负 is nowhere there:
    # 己 is found by the typed string's own loosening (企业), never as a synonym's near match
    _, answer = titles_found(service, "企业减负")
    assert "同义词的词语相近" not in answer["understood"]
    from indexer.analysis import bundled_vocabulary
    from indexer.search.fallback import relax
    from indexer.search.query import Text
    assert relax(Text("企业减负"), 1, bundled_vocabulary()).others == ()
    assert relax(Text("招才引智"), 1, bundled_vocabulary()).others == (("人才", "引进"),)


def test_a_quoted_word_has_no_other_words(service):
    found, _ = titles_found(service, '"招才引智"')
    assert found == ["甲园区2023年工作总结"]


TOWN_AND_HOUSING = {
    "庚县2008年政府工作报告.txt": "庚县2008年政府工作报告\n推进城乡统筹，城乡统筹试点扩大。\n",
    # the same policy in the words of other congresses, written more often: still below the words typed
    "辛县2012年政府工作报告.txt": "辛县2012年政府工作报告\n统筹城乡发展，推进城乡一体化，城乡一体化示范区建成。\n",
    "壬县2019年政府工作报告.txt": "壬县2019年政府工作报告\n建立健全城乡融合发展体制机制，城乡融合步伐加快。\n",
    "癸县2010年政府工作报告.txt": "癸县2010年政府工作报告\n完善住房保障制度。\n",
    "子县2011年政府工作报告.txt": "子县2011年政府工作报告\n新开工保障性住房三千套，保障性安居工程完成投资，保障房分配公开。\n",
}


@pytest.fixture(scope="module")
def town_and_housing(tmp_path_factory):
    return service_of_texts(tmp_path_factory, "vocabulary9", TOWN_AND_HOUSING)


@pytest.mark.parametrize("q, typed, other", [
    ("城乡统筹", ["庚县2008年政府工作报告"], ["辛县2012年政府工作报告", "壬县2019年政府工作报告"]),
    ("城乡融合", ["壬县2019年政府工作报告"], ["庚县2008年政府工作报告", "辛县2012年政府工作报告"]),
    ("住房保障", ["癸县2010年政府工作报告"], ["子县2011年政府工作报告"]),
])
def test_one_policy_in_the_words_of_other_congresses_is_found_below_the_words_typed(town_and_housing, q, typed, other):
    _, answer = titles_found(town_and_housing, q)
    found = [(r["title"], r["match"]) for r in answer["results"] if r["match"] in ("exact", "synonym")]
    assert found[:len(typed)] == [(t, "exact") for t in typed]
    assert sorted(found[len(typed):]) == sorted((t, "synonym") for t in other)


def test_serving_firms_is_found_in_either_word_order_below_the_words_typed(tmp_path_factory):
    """企业服务 (the noun users type) is written 服务企业 (serve firms: the verb first) or 涉企服务 as often (session 14)."""
    reports = {"庚园区2023年工作总结.txt": "庚园区2023年工作总结\n优化企业服务，设立代办窗口。\n",
               "辛园区2023年工作总结.txt": "辛园区2023年工作总结\n深入开展服务企业活动，服务企业三百家次。\n",
               "壬园区2023年工作总结.txt": "壬园区2023年工作总结\n园区道路全面完工。\n"}
    service = service_of_texts(tmp_path_factory, "serving-firms", reports)
    _, answer = titles_found(service, "企业服务")
    assert [(r["title"], r["match"]) for r in answer["results"]][:2] == [
        ("庚园区2023年工作总结", "exact"), ("辛园区2023年工作总结", "synonym")]
