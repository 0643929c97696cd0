"""The thesaurus tier's second source (search/thesaurus.py, session 26): a typed everyday word 同义词词林 does not hold
(种树, 堵车, 高铁) is also read as the words cnsyn pairs it with (indexer/data/cnsyn.txt, bench/build_cnsyn.py): a user
types 种树 where the reports write 植树. Same tier as Cilin's synonyms, below the word as typed; a quoted string stays
literal; the data keeps only the pairs of small groups whose vectors agree. Hand-written reports, a real index."""
from __future__ import annotations

import pytest

from conftest import service_of_texts, titles_found

REPORTS = {
    # the official word, often: no 种树 anywhere
    "甲县2021年政府工作报告.txt": "甲县2021年政府工作报告\n一、生态建设\n深入开展全民义务植树，完成植树造林十万亩，"
    "全年植树四百万株。\n",
    # the everyday word as typed, once
    "乙园区2022年工作总结.txt": "乙园区2022年工作总结\n一、工作成效\n组织干部职工种树五百株，完成道路绿化两公里。\n",
    # neither
    "丙园区2022年工作计划.txt": "丙园区2022年工作计划\n一、主要任务\n新建标准厂房两栋，完成污水管网改造。\n",
    # floods in official words: no 大水, no 发大水
    "丁县2020年政府工作报告.txt": "丁县2020年政府工作报告\n一、防灾减灾\n战胜特大洪水，做好防汛抗洪，灾后重建有序推进。\n",
    # a depth: Cilin's synonym of 吃水 (a ship's draught), which cnsyn's vectors do not confirm
    "戊园区2022年工作总结.txt": "戊园区2022年工作总结\n一、港口建设\n航道疏浚完成，航道深度达到十二米。\n",
}


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    return service_of_texts(tmp_path_factory, "cnsyn", REPORTS)


def test_an_everyday_word_cilin_lacks_finds_the_reports_official_word_below_the_typed_one(service):
    found, answer = titles_found(service, "种树")
    matches = {r["title"]: r["match"] for r in answer["results"]}
    assert found[:2] == ["乙园区2022年工作总结", "甲县2021年政府工作报告"], found
    assert matches["乙园区2022年工作总结"] == "exact" and matches["甲县2021年政府工作报告"] == "thesaurus"
    assert "cnsyn" in answer["understood"] and "种树→植树" in answer["understood"]
    assert "丙园区2022年工作计划" not in found


def test_a_quoted_everyday_word_is_not_read_as_its_synonyms(service):
    found, answer = titles_found(service, '"种树"')
    assert found == ["乙园区2022年工作总结"]
    assert "cnsyn" not in answer["understood"]


def test_a_short_everyday_compound_no_report_writes_is_read_as_its_inner_words_synonyms(service):
    found, answer = titles_found(service, "发大水")
    matches = {r["title"]: r["match"] for r in answer["results"]}
    assert found[:1] == ["丁县2020年政府工作报告"] and matches["丁县2020年政府工作报告"] == "thesaurus", found
    assert "发大水→洪水" in answer["understood"]


def test_a_compounds_inner_word_is_read_only_by_synonyms_the_vectors_confirm(service):
    # 吃水难: 吃水 (drinking water; in Cilin only a ship's draught: 深度, 纵深) is not read as 深度
    found, answer = titles_found(service, "吃水难")
    assert "戊园区2022年工作总结" not in found
    assert "深度" not in answer["understood"]


# ---- the data's rule, without an index

def test_cnsyn_pairs_are_read_both_ways_after_cilins_synonyms():
    from indexer.search import thesaurus

    pairs, table = thesaurus.cnsyn_pairs(), thesaurus.groups()
    assert "植树" in pairs["种树"] and "种树" in pairs["植树"]
    assert "交通拥堵" in table["堵车"] and "高速铁路" in table["高铁"]
    assert table["种地"][0] in thesaurus.cilin_groups()["种地"]  # Cilin's exact synonyms come first


def test_group_mates_the_vectors_tell_apart_and_long_groups_are_not_paired():
    from indexer.search import thesaurus

    pairs = thesaurus.cnsyn_pairs()
    assert "抗日" not in pairs.get("抗洪", ()) and "抗震" not in pairs.get("抗洪", ())  # one group, cosine < 0.5
    assert "抓住" not in pairs.get("招引", ())
    assert "渔火" not in pairs.get("灯火", ())  # a group of 20 kinds of fire, not synonyms
    assert all(len(w) >= 2 for words in pairs.values() for w in words)
