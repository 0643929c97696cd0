"""A CSV export reads each row from columns: no stored document unpickled, no text normalised.

An export of thousands of rows read every report's stored ``meta`` (zlib and pickle of the
whole document) and normalised its text (OpenCC and all) to find the first match: ~80 % of
its CPU. The index now keeps, per report, its card and its text in matching form
(``analysis.matching_form``: the normalised text and the few characters the original
differs by; schema.MatchText). The checks:

- the matching form gives back exactly the text and ``normalize_for_matching(text)``, on the
  repository's real reports and on any text (Traditional, full width, pinyin readings,
  zero-width characters, capitals);
- the first snippet found in the kept form is the one found by normalising line blocks;
- the CSV of an export is byte for byte the CSV of the old road (stored ``meta``, still used
  for an index built before the column), on hand-written reports of every kind;
- an export counts no stored-document read and no normalisation (the cost, counted).
"""
from __future__ import annotations

import csv
import io

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from whoosh.codec import whoosh3

from indexer.analysis import from_matching_form, matching_form, normalize_for_matching, normalizer
from indexer.search import SearchRequest, SearchService
from indexer.search.highlight import first_snippet_text

from conftest import CORPUS, service_of_texts
from test_snippets import PIECES, WORDS, real_reports


def kept(text: str):
    return from_matching_form(matching_form(text))


def test_matching_form_gives_back_the_text_and_its_normal_form_on_real_reports():
    checked = 0
    for param in real_reports():
        text, _ = param.values
        assert kept(text) == (text, normalize_for_matching(text)), param.id
        checked += 1
    assert checked > 50


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(PIECES + ["ß", "İ", "（ｘǔ）", "Ａ", "⼯业", "乾隆", "乾燥"]), max_size=60).map("".join))
def test_matching_form_gives_back_any_text(text):
    assert kept(text) == (text, normalize_for_matching(text))


def test_the_matching_form_keeps_only_what_differs():
    norm, patch, offsets = matching_form("园区招商引资取得新进展。")
    assert (patch, offsets) == (None, None)  # nothing differs: the normalised text is the text
    norm, patch, offsets = matching_form("園區招商，引資")
    assert norm == "园区招商,引资" and offsets is None and patch[1] == "園區，資"
    norm, patch, offsets = matching_form("工業(yè)園區")
    assert norm == "工业园区" and patch == "工業(yè)園區" and offsets is not None  # a deletion: the original kept


def test_first_snippet_from_the_kept_form_equals_the_line_blocks_on_real_reports():
    checked = 0
    for param in real_reports():
        text, sections = param.values
        normalized = kept(text)[1]
        for word in WORDS:
            terms = word.split()
            for kinds in (None, {"存在问题"}, {"成效进展", "计划安排"}):
                assert (first_snippet_text(text, sections, terms, kinds, normalized=normalized)
                        == first_snippet_text(text, sections, terms, kinds)), (param.id, word, kinds)
                checked += 1
    assert checked > 3000


REPORTS = {
    "001_金岭工业园区_2023.txt": "金岭工业园区2023年工作总结\n一、主要成效\n今年園區招商引資取得新進展，引进企业１２家，"
                           "完成固定资产投资３.５亿元。\n二、存在问题\n土地指标紧张，業(yè)务审批慢，企業融资难。\n"
                           "三、下步计划\n加快污水处理厂建设，推进招商引资。\n",
    "002_东湖工业园区_2022.txt": "东湖工业园区2022年上半年工作汇报\n一、工作进展\n标准厂房建设完成８万平方米。\u200b"
                           "招商引资签约项目１５个。\n二、困难和问题\n土地报批周期长，ABC 项目资金不足。\n",
    "003_临港产业园_2021.txt": "臨港產業園2021年工作計劃\n一、總體思路\n堅持招商引資第一要務，做好土地收儲。\n"
                          "二、重點工作\n（一）污水處理廠擴建\n（二）道路建設\n",
    "004_滨江工业园_2020.txt": "滨江工业园2020年工作总结\n今年园区经济平稳运行，没有分节的短报告，土地利用率提高。\n",
}
QUERIES = [{"q": "招商引资"}, {"q": "土地"}, {"q": "土地", "section": "存在问题"}, {"q": "园区 企业"}, {"q": ""},
           {"q": "污水处理"}, {"q": "abc"}, {"q": "\"工业园区\""}, {"q": "没有这个词"}, {"q": "招商*"},
           {"q": "土地", "section": "计划安排"}]


@pytest.fixture(scope="module")
def small_app(tmp_path_factory):
    from webui import create_app


    service = service_of_texts(tmp_path_factory, "export", REPORTS)
    corpus = tmp_path_factory.mktemp("export-corpus-unused")
    return create_app({"INDEX_DIR": str(service.index_dir), "CORPUS_DIR": str(corpus), "TESTING": True,
                       "ANSWER_CACHE_BYTES": 1})


def export(app, params) -> bytes:
    response = app.test_client().get("/export.csv", query_string=params)
    assert response.status_code == 200
    return response.get_data()


@pytest.mark.parametrize("params", QUERIES, ids=[str(q) for q in QUERIES])
def test_the_csv_is_the_old_roads_byte_for_byte(small_app, params, monkeypatch):
    from_columns = export(small_app, params)
    rows = list(csv.reader(io.StringIO(from_columns.decode("utf-8")[1:])))
    assert len(rows) >= 2 or params["q"] == "没有这个词"
    # the old road: every row from the stored meta (an index built before the column reads so)
    monkeypatch.setattr(SearchService, "_export_columns", lambda self, searcher: ([], None))
    assert export(small_app, params) == from_columns


def test_the_columns_are_read_and_what_they_hold_is_what_the_csv_shows(small_app):
    rows = list(csv.DictReader(io.StringIO(export(small_app, {"q": "土地", "section": "存在问题"}).decode()[1:])))
    assert {r["匹配章节"] for r in rows} == {"二、存在问题", "二、困难和问题"}
    assert any("紧张，業务审批慢，企業" in r["匹配内容"] for r in rows)  # the original characters, not the normal form


class Counted:
    """Counts calls to the stored-document read and to the normaliser while an export runs."""

    def __init__(self, monkeypatch):
        self.stored = self.normalised = 0
        # the codec's read of one stored document (a searcher holds its reader's bound methods)
        stored, normalise = whoosh3.W3PerDocReader.stored_fields, normalizer._normalize

        def counted_stored(reader, docnum):
            self.stored += 1
            return stored(reader, docnum)

        def counted_normalise(text):
            if len(text) > 200:  # a report's text, not a query's words
                self.normalised += 1
            return normalise(text)

        monkeypatch.setattr(whoosh3.W3PerDocReader, "stored_fields", counted_stored)
        monkeypatch.setattr(normalizer, "_normalize", counted_normalise)


def test_an_export_reads_no_stored_document_and_normalises_no_text(tmp_path, monkeypatch):
    """The seed pages' index: exporting every report that mentions 园区 (most of them)."""
    from indexer.build import build_index
    from webui import create_app

    build_index(CORPUS, tmp_path)
    app = create_app({"INDEX_DIR": str(tmp_path), "CORPUS_DIR": str(CORPUS), "TESTING": True,
                      "ANSWER_CACHE_BYTES": 1})
    client = app.test_client()
    client.get("/api/search", query_string={"q": "园区"})  # the searcher, its columns and the query's words ready
    counted = Counted(monkeypatch)
    response = client.get("/export.csv", query_string={"q": "园区"})
    assert response.status_code == 200
    rows = response.get_data(as_text=True).count("/report/")
    assert rows > 20
    assert (counted.stored, counted.normalised) == (0, 0), f"{rows} rows"


def test_an_index_without_the_column_still_exports(small_app, monkeypatch):
    monkeypatch.setattr(SearchService, "_export_columns", lambda self, searcher: ([], None))
    service = small_app.extensions["parksearch"]
    rows = service.export(SearchRequest(q="土地"))
    assert len(rows) == 4 and all(r["snippet"] for r in rows)
