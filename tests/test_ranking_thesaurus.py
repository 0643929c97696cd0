"""A typed word the reports seldom write, read as its exact synonyms in 同义词词林 (search/thesaurus.py): a user types
回乡创业 where most reports write 返乡创业. The reports holding a synonym, and not the query as typed, form a tier of
their own below the strings as typed (and their shipped synonyms), above the typed words found apart; the page and
``understood`` say which word was read for which. Hand-written reports, a real index."""
from __future__ import annotations

import pytest

from conftest import service_of_texts, titles_found

REPORTS = {
    # the typed string as written
    "乙园区2022年工作总结.txt": "乙园区2022年工作总结\n一、工作成效\n园区引导回乡创业人员兴办企业三家，带动就业一百二十人。\n",
    # its Cilin synonym (返乡 = 回乡), twice: no 回乡 anywhere
    "甲县2021年政府工作报告.txt": "甲县2021年政府工作报告\n一、今年重点工作\n支持农民工返乡创业，建设返乡创业园，"
    "对返乡创业人员给予贷款贴息。\n",
    # 创业 alone: a looser match at most
    "丙园区2022年工作计划.txt": "丙园区2022年工作计划\n一、主要任务\n建设创业孵化基地，为创业团队提供场地和服务。\n",
    # neither
    "丁园区2022年工作总结.txt": "丁园区2022年工作总结\n一、工作成效\n完成道路硬化四公里，新建标准厂房两栋。\n",
}


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    return service_of_texts(tmp_path_factory, "thesaurus", REPORTS)


def test_a_word_the_reports_seldom_write_also_finds_its_cilin_synonym_below_the_typed_one(service):
    found, answer = titles_found(service, "回乡创业")
    matches = {r["title"]: r["match"] for r in answer["results"]}
    assert found[:2] == ["乙园区2022年工作总结", "甲县2021年政府工作报告"], found
    assert matches["乙园区2022年工作总结"] == "exact" and matches["甲县2021年政府工作报告"] == "thesaurus"
    assert "《同义词词林》" in answer["understood"] and "回乡→返乡" in answer["understood"]
    assert "丁园区2022年工作总结" not in found
    if "丙园区2022年工作计划" in found:  # the typed words apart rank below the synonym
        assert found.index("丙园区2022年工作计划") > 1 and matches["丙园区2022年工作计划"] != "thesaurus"


def test_a_quoted_string_is_not_read_as_its_synonyms(service):
    found, answer = titles_found(service, '"回乡创业"')
    assert found == ["乙园区2022年工作总结"]
    assert "同义词词林" not in answer["understood"]


def test_the_page_and_the_cli_say_where_the_synonyms_matches_begin(service, capsys):
    from indexer.cli import main
    from webui import create_app

    app = create_app({"INDEX_DIR": str(service.index_dir), "CORPUS_DIR": str(service.index_dir), "TESTING": True})
    html = app.test_client().get("/?q=回乡创业&collapse=0").get_data(as_text=True)
    note = "只有报告少写的查询词在同义词词典（《同义词词林》、cnsyn）中的同义词"
    assert html.count(note) == 1
    assert html.index("乙园区2022年工作总结") < html.index(note) < html.index("甲县2021年政府工作报告")
    assert main(["search", "回乡创业", "--index", str(service.index_dir)]) == 0
    out = capsys.readouterr().out
    assert out.index("乙园区2022年工作总结") < out.index(note) < out.index("甲县2021年政府工作报告")


# ---- what is never read as a synonym (the data and the rule, without an index)

def _rewrites(value, df):
    from indexer.analysis import bundled_vocabulary
    from indexer.search import thesaurus

    return thesaurus.rewrites(value, bundled_vocabulary(), df)


def test_a_word_many_reports_hold_is_not_replaced():
    assert [word for word, _ in _rewrites("回乡创业", lambda w: 1 if w == "回乡" else 50)] == ["回乡"]
    assert _rewrites("回乡创业", lambda w: 50) == []  # (回乡 in 50 reports: the reports already write it)


def test_a_synonym_no_report_holds_is_not_searched():
    assert _rewrites("回乡创业", lambda w: 1 if w == "回乡" else 0) == []


def test_a_word_naming_a_part_of_a_report_is_left_to_the_section_reading():
    # 打算 has Cilin synonyms (计划, 规划 …), but names the plans part of a report (roles.py)
    assert all(word != "打算" for word, _ in _rewrites("下半年工作打算", lambda w: 1))


def test_only_exact_synonym_groups_of_content_words_are_kept():
    from indexer.search import thesaurus

    table = thesaurus.cilin_groups()  # (cnsyn's pairs: tests/test_ranking_thesaurus_cnsyn.py)
    assert "种粮" in table["种地"] and "返乡" in table["回乡"]
    assert "修路" not in table  # only in a '#' group (修路 养路 筑路: works on roads, not one word)
    assert "招引" not in table  # class J (关联): 招引 beside 抓住, 掀起, 引发
    assert all(len(w) >= 2 for words in table.values() for w in words)
