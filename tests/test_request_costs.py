"""What a request reads, counted: work that grows with the corpus and is not needed for the answer is not done.

At 10,000 reports the CPU of the realistic mix (bench/load.py --mix) is what decides how
many people one process serves at once; these tests pin the costs found in its profile
(docs/benchmarks.md, "Session 9, speed") by counting calls, not by timing them.
"""
from __future__ import annotations

from indexer import generations


def test_search_page_does_not_read_the_manifest(client, monkeypatch):
    """The search page shows a box for an index with no report; whether it holds any is a
    count, not the generation's manifest (one entry per file, in 256 shards: a third of a
    search page's CPU at 10,000 files). An empty index still reads it (test_first_day.py)."""
    calls = []
    real = generations.read_manifest
    monkeypatch.setattr(generations, "read_manifest", lambda *a, **k: calls.append(a) or real(*a, **k))
    for q in ("招商引资", "", "园区 -绿化"):
        response = client.get("/", query_string={"q": q, "page": "1"})
        assert response.status_code == 200
    assert calls == []


def test_matches_found_one_by_one_are_find_matches():
    """An export's snippet takes the first match or two from ``iter_matches``: the same spans in
    the same order as ``find_matches`` (merged, Traditional and full-width text, overlapping and
    repeated terms, texts whose normal form deletes characters), only found lazily."""
    import random

    from indexer.analysis import find_matches, iter_matches, normalize_for_matching

    rng = random.Random(5)
    alphabet = list("园区工業區招商引资的年发展建设，。、 ABab") + ["\u200b", "（yuán）"]
    terms_pool = ["园区", "工业", "工业园区", "的", "招商", "商引", "引资", "园", "发展建设", "区工", "ab", "年年", "建设"]
    for _ in range(400):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 120)))
        terms = rng.sample(terms_pool, rng.randint(1, 4))
        expected = find_matches(text, terms)
        assert list(iter_matches(text, terms)) == expected
        assert list(iter_matches(text, terms, normalize_for_matching(text))) == expected
    assert list(iter_matches("园区园区", [])) == []


def test_export_snippets_do_not_find_every_match(monkeypatch):
    """A row's snippet asks for the matches up to its window's end, not all of them."""
    from indexer.analysis import normalize_for_matching
    from indexer.search import highlight

    text = "一、总体情况\n" + "园区建设的成效，" * 400
    sections = [{"heading": "一、总体情况", "level": 1, "category": "其他", "start": 0, "end": len(text)}]
    found = []
    real = highlight.iter_matches

    def counted(*args):
        for span in real(*args):
            found.append(span)
            yield span

    monkeypatch.setattr(highlight, "iter_matches", counted)
    section, words = highlight.first_snippet_text(text, sections, ["的"], normalized=normalize_for_matching(text))
    assert section == "一、总体情况" and "的" in words
    assert len(found) < 20  # of 400


def test_mapped_rows_are_whoosh_column_values(tmp_path):
    """An export reads each row's ``match_text`` from the column files mapped: every report's
    value equals Whoosh's column reader's, on an index of many segments after an incremental
    build that deleted and changed reports; and no row is read with a seek."""
    import shutil
    import sys

    from whoosh.filedb.structfile import StructFile

    from conftest import REPO, build_in_segments
    from indexer.build import build_index
    from indexer.search import SearchService
    from indexer.whoosh_ext.columns import MappedRows

    sys.path.insert(0, str(REPO / "bench"))
    import generate

    corpus, index = tmp_path / "corpus", tmp_path / "index"
    generate.generate(corpus, 60, seed=3)
    build_in_segments(corpus, index)
    files = sorted(corpus.iterdir())
    files[0].unlink()
    files[1].write_text(files[1].read_text(encoding="utf-8") + "\n补充：园区新增标准厂房。", encoding="utf-8")
    build_index(corpus, index)
    searcher = SearchService(index).searcher()
    assert len(searcher.leaf_searchers()) > 1
    expected = searcher.reader().column_reader("match_text")
    reads = []
    real_get = StructFile.get
    with MappedRows(searcher, "match_text") as rows:
        # (only the column's own file: other threads of the session may be reading term tables)
        StructFile.get = lambda self, *a: (reads.append(a) if "match_text" in str(self) else None) or real_get(self, *a)
        try:
            got = [rows[d] for d in range(searcher.reader().doc_count_all())]
        finally:
            StructFile.get = real_get
    assert reads == []
    assert got == [expected[d] for d in range(searcher.reader().doc_count_all())]
    assert any(isinstance(v, tuple) for v in got)
    # two exports at once share each file's one mapping, and give it back when done (whoosh_ext/mapped.py)
    from indexer.whoosh_ext import mapped
    before = mapped.mapped_files()
    with MappedRows(searcher, "match_text") as one, MappedRows(searcher, "match_text") as two:
        assert one[0] == two[0] == expected[0]
        opened = mapped.mapped_files() - before
        assert 0 < opened <= len(searcher.leaf_searchers())
    assert mapped.mapped_files() == before
    shutil.rmtree(index)


def test_reading_a_query_does_not_walk_the_period_lexicon(service, monkeypatch):
    """Which periods the index holds (上半年 typed with a topic is a preference) is read once per
    segment, not walked through Whoosh's merged lexicon for each reading of each query."""
    from whoosh.reading import IndexReader, MultiReader, SegmentReader

    from indexer.search import SearchRequest

    service.search(SearchRequest.from_params({"q": ["下半年 园区"]}))  # each segment's list read once
    walked = []
    for cls in (IndexReader, MultiReader, SegmentReader):
        real = cls.field_terms
        monkeypatch.setattr(cls, "field_terms", lambda self, name, _real=real: walked.append(name) or _real(self, name))
    answer = service.search(SearchRequest.from_params({"q": ["上半年 招商引资 存在问题"]}))
    service.search(SearchRequest.from_params({"q": ["安全生产 问题"], "section": ["存在问题"]}))
    assert answer["total"] > 0
    assert "period" not in walked
