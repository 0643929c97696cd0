"""A segment's term table read from memory (whoosh_ext/terms.py) answers exactly what Whoosh's reader answers.

Each segment of an index is opened twice: by Whoosh's own reader (the reference) and
through ``remember_terms`` (the term's info remembered, the table mapped). Every term of
every field, and terms the segment lacks, must give the same info bytes, frequencies,
membership and postings; then the same again, from what was remembered. On the seed
pages' index and on generated reports in many segments after an incremental build that
deleted and merged. Search answers are the same with the remembering on and off.
"""
from __future__ import annotations

import shutil
import sys

import pytest
from whoosh import index as whoosh_index
from whoosh.codec.whoosh3 import W3TermsReader
from whoosh.reading import TermNotFound

from conftest import REPO, build_in_segments

sys.path.insert(0, str(REPO / "bench"))
import generate  # noqa: E402

from indexer import generations  # noqa: E402
from indexer.search import SearchRequest, SearchService  # noqa: E402
from indexer.whoosh_ext import terms  # noqa: E402
from indexer.whoosh_ext.remember import SegmentMemory  # noqa: E402


@pytest.fixture(scope="module")
def grown(tmp_path_factory):
    """Generated reports in many small segments, then an incremental build that changes,
    removes and adds files and merges: segments with deleted reports."""
    root = tmp_path_factory.mktemp("terms-grown")
    corpus, index = root / "corpus", root / "index"
    paths = generate.generate(corpus, reports=30, seed=31, chars=600)
    build_in_segments(corpus, index, segment_chars=5000, merge_factor=1000)
    for path in paths[:2]:
        path.write_text(path.read_text(encoding="utf-8") + "\n新增：招商引资存在的问题。\n", encoding="utf-8")
    paths[2].unlink()
    build_in_segments(corpus, index, segment_chars=5000, merge_factor=3)
    return index


@pytest.fixture(params=["seed", "grown"])
def index(request, index_dir, grown):
    return {"seed": index_dir, "grown": grown}[request.param]


def open_current(index):
    return whoosh_index.open_dir(str(generations.current_generation(index)))


def absent_terms(present: set) -> list:
    """Terms near the present ones that the segment does not have (same field)."""
    out = []
    for fieldname, tbytes in sorted(present)[::7]:
        for other in (tbytes + b"\xe7\x9a\x84", b"\xe4\xb8\x80" + tbytes, tbytes[:-1] or b"zz"):
            if (fieldname, other) not in present:
                out.append((fieldname, other))
    return out + [("text", b"no-such-term"), ("park", "不存在的园区".encode())]


def test_every_term_of_every_segment_as_whoosh_reads_it(index, monkeypatch):
    monkeypatch.setattr(terms, "_infos", SegmentMemory(terms.INFO_BYTES, terms._infos.size_of))
    plain_ix, ix = open_current(index), open_current(index)
    with plain_ix.searcher() as plain, ix.searcher() as remembered:
        terms.remember_terms(remembered)
        pairs = list(zip(plain.leaf_searchers(), remembered.leaf_searchers()))
        assert pairs
        mapped = 0
        for (p_sub, _), (r_sub, _) in pairs:
            p, r = p_sub.reader(), r_sub.reader()
            assert type(p._terms) is W3TermsReader and isinstance(r._terms, terms.RememberedTerms)
            mapped += r._terms._table is not None
            present = set(p.all_terms())
            assert present
            for _round in range(2):  # read, then remembered
                for fieldname, tbytes in present:
                    want = p._terms._tindex[p._terms._keycoder(fieldname, tbytes)]
                    assert r._terms._info_bytes(fieldname, tbytes) == want  # byte for byte
                    assert vars(r.term_info(fieldname, tbytes)) == vars(p.term_info(fieldname, tbytes))
                    assert r.doc_frequency(fieldname, tbytes) == p.doc_frequency(fieldname, tbytes)
                    assert r.frequency(fieldname, tbytes) == p.frequency(fieldname, tbytes)
                    assert (fieldname, tbytes) in r
                for fieldname, tbytes in absent_terms(present):
                    assert (fieldname, tbytes) not in r and (fieldname, tbytes) not in p
                    assert r.doc_frequency(fieldname, tbytes) == 0 == p.doc_frequency(fieldname, tbytes)
                    assert r.frequency(fieldname, tbytes) == 0 == p.frequency(fieldname, tbytes)
                    for reader in (r, p):
                        with pytest.raises(TermNotFound):
                            reader.term_info(fieldname, tbytes)
                        with pytest.raises(TermNotFound):
                            reader.postings(fieldname, tbytes)
            for fieldname, tbytes in sorted(present)[::11]:
                assert list(r.postings(fieldname, tbytes).all_ids()) == list(p.postings(fieldname, tbytes).all_ids())
            assert list(r.lexicon("park")) == list(p.lexicon("park"))
            assert terms.field_terms(r, "park") == tuple(sorted(p.field_terms("park")))
        assert mapped == len(pairs), "each segment's table is mapped"
        assert terms.field_terms(remembered.reader(), "park") == tuple(sorted(plain.reader().field_terms("park")))
    assert len(terms._infos) > 0
    plain_ix.close()
    ix.close()


QUERIES = ["招商引资", "园区 -绿化", "招商*", "的", "污水处理 土地", "park:金岭", "金岭工业园 污水处理",
           "2023年 基础设施建设", "\"标准厂房\"", "建设 OR 发展"]


def test_search_answers_are_the_same_without_the_memory(index, monkeypatch):
    def answers():
        service = SearchService(index)
        out = []
        for q in QUERIES:
            for params in ({"q": [q]}, {"q": [q], "section": ["存在问题"]}):
                found = service.search(SearchRequest.from_params(params))
                found.pop("took_ms")
                out.append(found)
        return out

    with_memory = answers()
    monkeypatch.setattr(terms, "remember_terms", lambda searcher: None)
    assert answers() == with_memory


def test_a_generation_no_longer_served_is_forgotten(grown, tmp_path, monkeypatch):
    monkeypatch.setattr(terms, "_infos", SegmentMemory(terms.INFO_BYTES, terms._infos.size_of))
    copy = tmp_path / "index"
    shutil.copytree(grown, copy)
    service = SearchService(copy)
    service.search(SearchRequest.from_params({"q": ["招商引资"]}))
    folder = str(generations.current_generation(copy))
    assert any(k[0] == folder for k in terms._infos._entries)
    terms.forget_folder(folder)
    assert not any(k[0] == folder for k in terms._infos._entries)
    assert not any(k[0] == folder for k in terms._field_terms)
