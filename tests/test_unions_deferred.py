"""Whoosh's preloaded OR made lazy (whoosh_ext/unions.py) scores and matches as Whoosh's own.

The reference is Whoosh's ``PreloadedOr`` matcher as shipped (its ``ArrayUnionMatcher``
reading every posting when made). For queries that build one (prefixes, lone
characters, year ranges, ORs of three or more words, in the plain context and
unscored), ``scored_hits`` and the document sets must be equal, floats included, on the
seed index and on generated reports in several segments with deleted reports; and the
deferred matcher stepped by Whoosh's own collector gives Whoosh's answer too.
"""
from __future__ import annotations

import sys

import pytest
from whoosh import query as Q
from whoosh.query.compound import PreloadedOr

from conftest import REPO, build_in_segments

sys.path.insert(0, str(REPO / "bench"))
import generate  # noqa: E402

from indexer.search import SearchService  # noqa: E402
from indexer.search.docsets import doc_set  # noqa: E402
from indexer.whoosh_ext import scoremap, unions  # noqa: E402
from indexer.whoosh_ext.remember import SegmentMemory  # noqa: E402
from indexer.whoosh_ext.scoremap import scored_hits  # noqa: E402


@pytest.fixture(scope="module")
def grown(tmp_path_factory):
    root = tmp_path_factory.mktemp("unions")
    corpus, index = root / "corpus", root / "index"
    paths = generate.generate(corpus, reports=30, seed=37, chars=700)
    build_in_segments(corpus, index, segment_chars=5000, merge_factor=1000)
    for path in paths[:3]:
        path.write_text(path.read_text(encoding="utf-8") + "\n新增：招商引资和建设项目。\n", encoding="utf-8")
    build_in_segments(corpus, index, segment_chars=5000, merge_factor=1000)
    return index


@pytest.fixture(params=["seed", "grown"])
def service(request, index_dir, grown):
    return SearchService({"seed": index_dir, "grown": grown}[request.param])


QUERIES = ["招商*", "建设*", "园区*", "的", "园", "year:2005-2020 园区", "招商 OR 引资 OR 土地", "的 经济发展",
           "发展*", "招商* -绿化", "项目 资金 OR 投资 OR 融资"]


def answers(service, monkeypatch=None):
    searcher = service.searcher()
    out = []
    for q in QUERIES:
        for sections in ((), ("存在问题",)):
            query = service.parse(q, sections, searcher).query
            if query is None:
                continue
            counting = service.parse(q, sections, searcher, ranked=False).query
            collector = list(searcher.search(query, limit=None).items())
            out.append((q, sections, scored_hits(searcher, query), scored_hits(searcher, query, sorted_by_score=False),
                        collector, sorted(doc_set(searcher, counting)), sorted(doc_set(searcher, query))))
    return out


def test_scores_and_sets_equal_whooshs_preloaded_or(service, monkeypatch):
    monkeypatch.setattr(scoremap, "_scores", SegmentMemory(scoremap.SCORES_BYTES, scoremap._scores.size_of))
    deferred = answers(service)
    built = []
    real = unions.DeferredArrayUnion.__init__

    def counting(self, *args, **kwargs):
        built.append(self)
        real(self, *args, **kwargs)

    monkeypatch.setattr(unions.DeferredArrayUnion, "__init__", counting)
    again = answers(service)  # from remembered term scores, through the deferred matcher
    assert built, "the queries build preloaded ORs"
    monkeypatch.setattr(PreloadedOr, "_matcher", unions.WHOOSH_PRELOADED_MATCHER)
    monkeypatch.setattr(scoremap, "_scores", SegmentMemory(scoremap.SCORES_BYTES, scoremap._scores.size_of))
    whoosh = answers(service)
    assert len(whoosh) >= 15
    for got, still, want in zip(deferred, again, whoosh):
        assert got == want, got[:2]  # equal floats, same order, same sets
        assert still == want, got[:2]
        assert got[4] == want[4]  # Whoosh's collector stepping the deferred matcher


def test_a_deferred_union_stepped_by_whoosh_reads_as_whooshs(service):
    searcher = service.searcher()
    for sub, _ in searcher.leaf_searchers():
        for scored in (True, False):
            terms = [Q.Term("text", w) for w in ("建设", "发展", "园区", "项目")]
            context = searcher.context() if scored else searcher.context(weighting=None)
            lazy = unions._preloaded_matcher(PreloadedOr(terms), terms, sub, context)
            eager = unions.WHOOSH_PRELOADED_MATCHER(PreloadedOr(terms), terms, sub, context)
            assert isinstance(lazy, unions.DeferredArrayUnion)
            steps = []
            while eager.is_active():
                assert lazy.is_active() and lazy.id() == eager.id() and lazy.score() == eager.score()
                steps.append(eager.id())
                eager.next()
                lazy.next()
            assert not lazy.is_active()
            again = unions._preloaded_matcher(PreloadedOr(terms), terms, sub, context)
            assert list(again.all_ids()) == steps


def test_a_boosted_union_scored_from_its_clauses_maps(service):
    from indexer.whoosh_ext.phrase import _field_lengths

    searcher = service.searcher()
    terms = [Q.Term("text", w) for w in ("建设", "发展", "园区", "项目", "招商")]
    for sub, _ in searcher.leaf_searchers():
        reader = sub.reader()
        for boost, context in ((0.5, searcher.context()), (3.0, searcher.context()), (0.25, searcher.context(weighting=None))):
            lazy = unions._preloaded_matcher(PreloadedOr(terms, boost=boost), terms, sub, context)
            eager = unions.WHOOSH_PRELOADED_MATCHER(PreloadedOr(terms, boost=boost), terms, sub, context)
            want = {}
            while eager.is_active():
                want[eager.id()] = eager.score()
                eager.next()
            got = scoremap.segment_scores(lazy, lambda f: _field_lengths(reader, f), None)
            assert got == want


def test_a_deferred_union_skipped_before_it_is_read_stands_where_whooshs_does(service):
    # AndMaybe's constructor skips its optional side to the first required report
    searcher = service.searcher()
    terms = [Q.Term("text", w) for w in ("建设", "发展", "园区", "项目")]
    for sub, _ in searcher.leaf_searchers():
        docs = list(unions.WHOOSH_PRELOADED_MATCHER(PreloadedOr(terms), terms, sub, searcher.context()).all_ids())
        for target in sorted({0, 1, 2, 5} | set(docs[:3]) | set(docs[-2:]) | {max(docs or [0]) + 1}):
            lazy = unions._preloaded_matcher(PreloadedOr(terms), terms, sub, searcher.context())
            eager = unions.WHOOSH_PRELOADED_MATCHER(PreloadedOr(terms), terms, sub, searcher.context())
            lazy.skip_to(target)
            eager.skip_to(target)
            assert not lazy._started
            while eager.is_active():
                assert lazy.is_active() and (lazy.id(), lazy.score()) == (eager.id(), eager.score())
                eager.next()
                lazy.next()
            assert not lazy.is_active()
