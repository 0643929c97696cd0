"""A phrase that finds under ten reports with every reading of it tried lists, after them, the reports holding some of
its words, ranked by those words' BM25 (fallback.SOME), as a BM25 search OR-ing the query's words lists them; and a
phrase of one three-character word no report writes (涨工资) is read as the dictionary word inside it and the character
left (涨 工资: fallback.short_word_parts). Session 23 (held-out-19): 涨工资 found nothing, 农民怎么多挣钱 two reports, where
the reports write 工资增长, 提高工资 and 农民增收; a BM25 search listed the reports about wages and farmers."""
from __future__ import annotations

import pytest

from conftest import service_of_texts, titles_found

from indexer.analysis.vocabulary import bundled_vocabulary
from indexer.search import SearchRequest
from indexer.search.fallback import LOOSE, SOME, relax, short_word_parts, some_words
from indexer.search.query import parse_expression

FILLER = "园区管委会按照年初部署，统筹推进各项工作，总体运行平稳，各项指标稳中有进。"
REPORTS = {
    # wages, in the reports' words (never the user's 涨工资)
    "甲园区2023年工作总结.txt": "甲园区2023年工作总结\n一、职工权益\n" + FILLER
    + "落实最低工资标准，职工工资水平稳步提高，工资增长机制逐步健全，全年提高一线职工工资两次。" + FILLER * 3,
    "乙园区2023年工作总结.txt": "乙园区2023年工作总结\n一、职工权益\n" + FILLER * 2 + "按时足额发放工资。" + FILLER * 2,
    # farmers: one writes the user's 挣钱, two write the reports' own words
    "丙县2022年政府工作报告.txt": "丙县2022年政府工作报告\n一、乡村振兴\n" + FILLER
    + "支持农民就近务工挣钱。" + FILLER * 3,
    "丁县2022年政府工作报告.txt": "丁县2022年政府工作报告\n一、乡村振兴\n" + FILLER
    + "多渠道促进农民增收，农民人均可支配收入增长百分之七，农民合作社发展到一百家，带动农民致富。" + FILLER * 3,
    "戊县2023年政府工作报告.txt": "戊县2023年政府工作报告\n一、乡村振兴\n" + FILLER * 3 + "农民收入稳定增长。" + FILLER,
    # neither
    **{f"{name}园区2023年工作简报.txt": f"{name}园区2023年工作简报\n一、工业经济\n" + FILLER * 4
       + "新建标准厂房两栋，引进项目三个。" for name in "己庚辛壬癸子丑"},
}


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    return service_of_texts(tmp_path_factory, "some_words", REPORTS)


def test_a_short_everyday_compound_no_report_writes_finds_the_reports_of_the_word_inside_it(service):
    found, answer = titles_found(service, "涨工资")
    # before: nothing (one word, no synonym, no looser reading)
    assert found[:2] == ["甲园区2023年工作总结", "乙园区2023年工作总结"], found
    assert all(r["match"] in LOOSE for r in answer["results"])
    assert "“涨”“工资”" in answer["understood"], answer["understood"]


def test_a_phrase_finding_few_lists_the_reports_holding_some_of_its_words_after_them(service):
    found, answer = titles_found(service, "农民怎么多挣钱")
    matches = [r["match"] for r in answer["results"]]
    assert found[0] == "丙县2022年政府工作报告" and matches[0] != SOME, (found, matches)
    # before: only 丙; the reports writing 农民 follow, the one writing it most first
    assert found[1:3] == ["丁县2022年政府工作报告", "戊县2023年政府工作报告"], found
    assert matches[1:3] == [SOME, SOME], matches
    assert SOME in LOOSE  # the page marks them as not a complete match
    assert "只含部分查询词（农民、挣钱）" in answer["understood"], answer["understood"]
    assert not any("园区2023年工作简报" in t for t in found), found


def test_the_page_and_the_cli_say_the_reports_hold_only_some_of_the_words(service, capsys):
    from webui import create_app

    app = create_app({"INDEX_DIR": str(service.index_dir), "CORPUS_DIR": str(service.index_dir), "TESTING": True})
    html = app.test_client().get("/?q=农民怎么多挣钱&collapse=0").get_data(as_text=True)
    assert "以下结果不完全匹配：只含查询中的部分词语" in html
    from indexer.cli import main

    main(["search", "农民怎么多挣钱", "--index", str(service.index_dir)])
    assert "以下结果不完全匹配：只含查询中的部分词语" in capsys.readouterr().out


# -- where it must not fire ---------------------------------------------------------------------------------------

def test_strings_typed_apart_are_each_asked_for(service):
    found, answer = titles_found(service, "农民 挣钱")
    assert found[0] == "丙县2022年政府工作报告", found
    assert "戊县2023年政府工作报告" not in found, found  # (丁 writes 致富, 挣钱's synonym in 同义词词林: the thesaurus tier)
    assert SOME not in {r["match"] for r in answer["results"]}


def test_a_quoted_phrase_stays_as_typed(service):
    found, _ = titles_found(service, '"农民挣钱"')
    assert found == [], found
    found, _ = titles_found(service, '"涨工资"')
    assert found == [], found


def test_a_phrase_finding_enough_gets_no_such_reports(service):
    answer = service.search(SearchRequest(q="园区", per_page=50, collapse=False))
    assert answer["total"] >= 10
    assert SOME not in {r["match"] for r in answer["results"]}


def test_a_name_or_abbreviation_and_a_word_beside_other_strings_are_not_split():
    vocabulary = bundled_vocabulary()
    assert short_word_parts(["冬奥会"], vocabulary) == ["冬奥会"]  # jieba's abbreviation (j): no compound
    assert short_word_parts(["涨工资"], vocabulary) == ["涨", "工资"]
    assert short_word_parts(["招商引资"], vocabulary) == ["招商引资"]  # (four characters: inner_words splits it)
    tree, _ = parse_expression("开发区 引进外资")
    relaxed = relax(tree, 3, vocabulary)
    assert relaxed is not None and "开发区" in relaxed.items[0].__repr__() and "'开发'" not in repr(relaxed), relaxed
    tree, _ = parse_expression("存在的困难")
    assert some_words(tree, vocabulary, lambda value: "") == ()  # a part named alone: none



def test_a_phrase_written_as_typed_gets_no_some_words_tier(service):
    """A phrase some report writes as typed is the answer: the reports holding one of its words are not listed after it
    (a lifecycle test counting a new report's unique phrase found 25 reports once the tier came, 1 before)."""
    found, answer = titles_found(service, "落实最低工资标准")
    assert found == ["甲园区2023年工作总结"], found
    assert SOME not in {r["match"] for r in answer["results"]}
