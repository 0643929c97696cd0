"""A slogan quoted before its noun is found by the string typed without the marks.

Official documents quote a slogan before the noun it qualifies (“十三五”规划, “放管服”改革, “三农”工作) and
users type it plain (十三五规划). The literal field broke at the quotation mark, so no report writing the
slogan quoted was an exact match: they fell to the looser tiers. Quotation marks (“ ” ‘ ’ 「 」 『 』 " ' and
their full- and half-width forms) between two ideographs are now transparent to exact matching: the literal
field's bigrams bridge them, the highlighter marks the span as written, the marks inside it included. Any
other punctuation (，。、；：) still parts a string.

Hand-written reports (invented parks and slogans beside the common ones), real indexes.
"""
from __future__ import annotations

import re

import pytest

from conftest import service_of_texts, titles_found
from indexer.analysis import (BigramAnalyzer, bridge_quotes, count_written, find_matches, iter_matches, literal_groups,
                              normalize)
from indexer.search import SearchRequest

FILLER = "园区管委会统筹推进各项工作，总体运行平稳。"
REPORTS = {
    # the slogans quoted before their nouns, in several kinds of marks
    "青石园区2021年工作总结.txt": "青石园区2021年工作总结\n一、主要工作\n全面落实“十四五”规划，深化“放管服”改革，"
    "抓好‘三农’工作，推进「一带一路」建设，开展『双百』行动，打造\"双创\"基地。" + FILLER + "\n",
    # the same strings written plain
    "白沙园区2022年工作计划.txt": "白沙园区2022年工作计划\n一、主要目标\n编制十四五规划纲要，落实放管服改革措施，"
    "开展双百行动。" + FILLER + "\n",
    # the slogan and the noun parted by other punctuation: no exact match of the two together
    "红岭园区2021年工作总结.txt": "红岭园区2021年工作总结\n一、主要工作\n园区迈入“十四五”，规划建设新厂房三栋。"
    "启动十四五。规划修编同步推进。完成放管服、改革试点。开展双百；行动方案获批。" + FILLER + "\n",
    # none of it
    "绿洲园区2020年工作总结.txt": "绿洲园区2020年工作总结\n一、主要工作\n新建标准厂房两栋，完成污水管网改造。" + FILLER + "\n",
}
QUOTED = "青石园区2021年工作总结"
PLAIN = "白沙园区2022年工作计划"
PARTED = "红岭园区2021年工作总结"


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    return service_of_texts(tmp_path_factory, "quoted-slogans", REPORTS)


def exact_titles(service, q: str) -> set[str]:
    answer = service.search(SearchRequest(q=q, per_page=50, collapse=False))
    return {r["title"] for r in answer["results"] if r["match"] == "exact"}


def marked(service, q: str, title: str) -> list[str]:
    answer = service.search(SearchRequest(q=q, per_page=50, collapse=False))
    row = next(r for r in answer["results"] if r["title"] == title)
    return [m for s in row["snippets"] for m in re.findall(r"<mark>(.*?)</mark>", s["html"])]


@pytest.mark.parametrize("q", ["十四五规划", "放管服改革", "双百行动"])
def test_a_slogan_typed_plain_finds_it_quoted_and_plain_as_exact(service, q):
    exact = exact_titles(service, q)
    assert exact == {QUOTED, PLAIN}, exact  # before: the plain report only (红岭's parted ones never)


@pytest.mark.parametrize("q", ["三农工作", "一带一路建设", "双创基地"])
def test_each_kind_of_quotation_mark_is_bridged(service, q):
    # ‘ ’, 「 」 and the ASCII " as well as “ ”
    assert exact_titles(service, q) == {QUOTED}


@pytest.mark.parametrize("q", ['"十四五规划"', "“十四五规划”", "「放管服改革」"])
def test_a_quoted_query_finds_it_quoted_and_plain_and_nothing_looser(service, q):
    found, answer = titles_found(service, q)
    assert set(found) == {QUOTED, PLAIN}, found
    assert all(r["match"] == "exact" for r in answer["results"])


def test_the_highlight_marks_the_written_span_marks_included(service):
    assert marked(service, "十四五规划", QUOTED) == ["十四五”规划"]
    assert marked(service, '"放管服改革"', QUOTED) == ["放管服”改革"]
    assert marked(service, "双创基地", QUOTED) == ["双创&#34;基地"]  # (the page escapes ")
    assert marked(service, "十四五规划", PLAIN) == ["十四五规划"]


@pytest.mark.parametrize("q", ["十四五规划", "放管服改革", "双百行动"])
def test_a_string_across_other_punctuation_is_no_exact_match(service, q):
    # 十四五”，规划 / 十四五。规划 / 放管服、改革 / 双百；行动: a comma, full stop, enumeration or semicolon parts it
    assert PARTED not in exact_titles(service, q)
    found, _ = titles_found(service, '"' + q + '"')
    assert PARTED not in found


def test_a_user_typing_the_marks_inside_a_word_finds_the_same(service):
    # ‘ ’ are no query syntax: ‘三农’工作 is one string, its marks bridged as in the reports
    assert exact_titles(service, "‘三农’工作") == {QUOTED}
    assert exact_titles(service, "抓好‘三农’工作") == {QUOTED}


# -- the analysis: one rule for the index, the query and the highlighter ------------------------------

@pytest.mark.parametrize("written, typed", [
    ("“十三五”规划", "十三五规划"),
    ("实施“十三五”规划", "实施十三五规划"),  # an opening mark after an ideograph too
    ("「放管服」改革", "放管服改革"),
    ("『一带一路』建设", "一带一路建设"),
    ("‘三农’工作", "三农工作"),
    ("\"双创\"基地", "双创基地"),
    ("＂双创＂基地", "双创基地"),  # full-width ASCII marks, folded to "
    ("｢双创｣基地", "双创基地"),  # half-width corner brackets
    ("“放管服”“最多跑一次”改革", "放管服最多跑一次改革"),  # marks after marks
])
def test_quotation_marks_between_ideographs_are_bridged(written, typed):
    assert literal_groups(written) == literal_groups(typed) == [[typed[i:i + 2] for i in range(len(typed) - 1)]]
    assert bridge_quotes(normalize("抓好" + written)) == "抓好" + typed
    # the analyser's tokens at consecutive positions, each pointing at the original characters
    tokens = [(t.text, t.pos) for t in BigramAnalyzer()(written, positions=True, mode="query")]
    assert tokens == [(typed[i:i + 2], i) for i in range(len(typed) - 1)]


@pytest.mark.parametrize("written", [
    "十三五，规划", "十三五。规划", "十三五、规划", "十三五；规划", "十三五：规划",
    "“十三五”，规划", "十三五” 规划",  # a mark with other punctuation or a space beside it
    "十三五（规划）",  # brackets are no quotation marks
    "2035“远景”", "“v2”版",  # a mark beside a letter or digit: only between two ideographs
])
def test_other_separators_still_part_a_string(written):
    assert len(literal_groups(written)) == 2, literal_groups(written)


@pytest.mark.parametrize("text, term, spans", [
    ("全面落实“十三五”规划。", "十三五规划", ["十三五”规划"]),
    ("全面落实“十三五”规划。", "落实十三五", ["落实“十三五"]),
    ("全面落实“十三五”规划。", "“十三五”规划", ["十三五”规划"]),  # a term's own marks: where the index finds it
    ("全面落实“十三五”规划。", "十三五", ["十三五"]),
    ("全面落实「十三五」規劃。", "十三五规划", ["十三五」規劃"]),  # Traditional, marked as written
    ("迈入“十三五”，规划新厂房。", "十三五规划", []),
    ("十三五规划与“十三五”规划", "十三五规划", ["十三五规划", "十三五”规划"]),
])
def test_the_highlighter_finds_a_term_across_marks_and_marks_the_written_span(text, term, spans):
    assert [text[s:e] for s, e in find_matches(text, [term])] == spans
    assert [text[s:e] for s, e in iter_matches(text, [term])] == spans


@pytest.mark.parametrize("text, term, count", [
    ("十三五规划与“十三五”规划，「十三五」规划", "十三五规划", 3),
    ("十三五规划与“十三五”，规划", "十三五规划", 1),
    ("园区园区园区", "园区园区", 1),  # str.count's occurrences: not overlapping
    ("2.0版与“2.0”版", "2.0版", 1),  # a mark beside a digit parts it
])
def test_a_string_is_counted_as_written_marks_between_ideographs_not_counting(text, term, count):
    assert count_written(normalize(text), term) == count


def test_a_quoted_query_lists_first_the_report_writing_it_most_often_marks_or_none(tmp_path_factory):
    # a query of quoted strings only orders its hits by how often each writes them (intier.written_okapi):
    # “十四五”规划 written three times counts three times
    service = service_of_texts(tmp_path_factory, "quoted-slogans-count", {
        "蓝湾园区2021年工作总结.txt": "蓝湾园区2021年工作总结\n一、主要工作\n编制“十四五”规划，“十四五”规划获批，"
        "按“十四五”规划推进建设。" + FILLER + "\n",
        "十四五规划编制情况.txt": "十四五规划编制情况\n园区完成十四五规划初稿。" + FILLER + "\n",
    })
    found, _ = titles_found(service, '"十四五规划"')
    assert found == ["蓝湾园区2021年工作总结", "十四五规划编制情况"], found


# -- the index: version 9; an older index still serves, and the next build rebuilds it ------------------

def test_an_index_of_the_old_analysis_serves_and_the_next_build_rebuilds_it(tmp_path, monkeypatch):
    from indexer.analysis import terms, tokenizers
    from indexer.build import build_index, builder
    from indexer.search import SearchService

    corpus, index = tmp_path / "corpus", tmp_path / "index"
    corpus.mkdir()
    for name in (QUOTED, PLAIN):
        (corpus / f"{name}.txt").write_text(REPORTS[f"{name}.txt"], encoding="utf-8")
    # INDEX_VERSION 8's analysis: a quotation mark parted a run of ideographs (built in this process: a
    # corpus this small is read without workers)
    old_units = re.compile(tokenizers.UNIT_RE.pattern.replace(
        f"(?P<bridged>(?:[{tokenizers.QUOTE_MARKS}]+[{tokenizers.CJK}]+)+)?", ""))
    assert old_units.pattern != tokenizers.UNIT_RE.pattern
    with monkeypatch.context() as m:
        m.setattr(builder, "INDEX_VERSION", "8")
        m.setattr(tokenizers, "UNIT_RE", old_units)
        m.setattr(terms, "UNIT_RE", old_units)
        build_index(corpus, index, workers=1)
    old = SearchService(index)
    assert exact_titles(old, "十四五规划") == {PLAIN}  # served as before: the quoted report is no exact match

    summary = build_index(corpus, index, workers=1)
    assert summary.full and "索引结构" in summary.full_reason, summary.full_reason
    assert exact_titles(SearchService(index), "十四五规划") == {QUOTED, PLAIN}

    # an incremental build analyses its new file the same way
    (corpus / "紫荆园区2023年工作总结.txt").write_text("紫荆园区2023年工作总结\n一、主要工作\n衔接“十四五”规划中期评估。"
                                                  + FILLER + "\n", encoding="utf-8")
    summary = build_index(corpus, index, workers=1)
    assert not summary.full and summary.added == 1
    assert exact_titles(SearchService(index), "十四五规划") == {QUOTED, PLAIN, "紫荆园区2023年工作总结"}
