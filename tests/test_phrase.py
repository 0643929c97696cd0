"""Query-side speed-ups against Whoosh itself as the oracle.

``ConsecutivePhrase`` (indexer/phrase.py) must match the reports Whoosh's ``Phrase``
matches, with the same scores, in literal (bigram) and word fields, inside a
``Sequence``, with deleted documents and from the phrase cache; ``doc_set``
(indexer/docsets.py) must give the set ``docs_for_query`` gives; the service's filtered
result lists (one scored pass, filtered by document set) must be Whoosh's filtered
searches. All on a real index of the seed pages.
"""
from __future__ import annotations

import random
import re
import shutil

import pytest
from whoosh import index as whoosh_index
from whoosh import query as Q
from whoosh import sorting

from indexer import generations
from indexer.whoosh_ext import phrase
from indexer.analysis import literal_groups, normalize
from indexer.search.docsets import doc_set
from indexer.whoosh_ext.phrase import ConsecutivePhrase, PhraseMatcher
from indexer.search.compile import parse_query
from indexer.search import SearchRequest
from indexer.model import SECTION_KINDS

LITERAL_STRINGS = [
    "园区", "招商引资", "基础设施建设", "污水处理", "安全生产", "工业园区", "标准厂房", "的的",
    "一棵一棵",  # a repeated bigram: 一棵 棵一 一棵
    "不存在的字符串组合",
]


def open_generation(index_dir):
    return whoosh_index.open_dir(str(generations.current_generation(index_dir)))


@pytest.fixture(scope="module")
def searcher(index_dir):
    with open_generation(index_dir).searcher() as s:
        yield s


@pytest.fixture(scope="module")
def strings(searcher):
    """The fixed strings plus 60 substrings of the indexed reports (seeded)."""
    rng = random.Random(7)
    texts = [normalize(fields["meta"]["text"]) for fields in searcher.all_stored_fields()]
    found = list(LITERAL_STRINGS)
    while len(found) < len(LITERAL_STRINGS) + 60:
        text = rng.choice(texts)
        start = rng.randrange(len(text))
        piece = text[start:start + rng.randrange(2, 9)]
        if re.fullmatch(r"[\u4e00-\u9fff]{2,}", piece):
            found.append(piece)
    return found


def ranked(searcher, query, **kwargs):
    return [(hit.docnum, hit.score) for hit in searcher.search(query, **kwargs)]


def test_the_repeated_bigram_string_is_in_the_corpus(searcher):
    # the case the first version of ConsecutivePhrase missed: keep it a real test
    assert searcher.search(Q.Phrase("text_lit", ["一棵", "棵一", "一棵"]), limit=None).scored_length() >= 1


@pytest.mark.parametrize("fieldname", ["text_lit", "title_lit", "headings_lit"])
def test_literal_phrases_match_and_score_as_whoosh_phrase(searcher, strings, fieldname):
    for s in strings:
        for group in literal_groups(s):
            if len(group) < 2:
                continue
            for boost in (1.0, 0.5):
                whoosh, ours = Q.Phrase(fieldname, group, boost=boost), ConsecutivePhrase(fieldname, group, boost=boost)
                assert ranked(searcher, ours, limit=None) == ranked(searcher, whoosh, limit=None), s
                assert ranked(searcher, ours, limit=3) == ranked(searcher, whoosh, limit=3), s
                assert list(searcher.docs_for_query(ours)) == list(searcher.docs_for_query(whoosh)), s


def test_word_phrases_match_and_score_as_whoosh_phrase(searcher, strings):
    field = searcher.schema["text"]
    for s in strings:
        words = list(field.process_text(s, mode="query"))
        if len(words) < 2:
            continue
        whoosh, ours = Q.Phrase("text", words), ConsecutivePhrase("text", words)
        assert ranked(searcher, ours, limit=None) == ranked(searcher, whoosh, limit=None), s


def test_a_sequence_of_phrases_uses_their_spans_as_whoosh_does(searcher):
    # "X、Y" compiles to Sequence([phrase X, phrase Y], slop=2): the spans must line up
    texts = [normalize(f["meta"]["text"]) for f in searcher.all_stored_fields()]
    pairs = sorted({m.group() for t in texts for m in re.finditer(r"[\u4e00-\u9fff]{3}、[\u4e00-\u9fff]{3}", t)})
    assert len(pairs) >= 5
    for s in pairs[:40]:
        groups = literal_groups(s)
        whoosh = Q.Sequence([Q.Phrase("text_lit", g) for g in groups], slop=2)
        ours = Q.Sequence([ConsecutivePhrase("text_lit", g) for g in groups], slop=2)
        assert ranked(searcher, ours, limit=None) == ranked(searcher, whoosh, limit=None) != [], s


def _near_cases(searcher, count=60):
    """Pieces of the seed texts a few characters apart: (parts as bigram lists) per case,
    two and three parts, one-bigram parts (a Term) among them; seeded."""
    rng = random.Random(11)
    texts = [normalize(f["meta"]["text"]) for f in searcher.all_stored_fields()]
    cases = []
    while len(cases) < count:
        text = rng.choice(texts)
        at = rng.randrange(max(1, len(text) - 40))
        parts, pos = [], at
        for _ in range(rng.choice((2, 2, 3))):
            size = rng.choice((2, 2, 3, 4))
            piece = text[pos:pos + size]
            if not re.fullmatch(r"[\u4e00-\u9fff]{2,}", piece):
                break
            parts.append(literal_groups(piece)[0])
            pos += size + rng.choice((0, 0, 1, 1, 3, 8))  # mostly close enough for slop 2
        if len(parts) >= 2:
            cases.append(parts)
    return cases


@pytest.mark.parametrize("slop", [2, 12])
def test_near_sequences_match_span_and_score_as_whooshs_sequence(searcher, slop):
    from indexer.whoosh_ext.sequence import NearMatcher, NearSequence

    def part(fieldname, bigrams, ours):
        if len(bigrams) == 1:
            return Q.Term(fieldname, bigrams[0])
        return ConsecutivePhrase(fieldname, bigrams) if ours else Q.Phrase(fieldname, bigrams)

    matched = 0
    for parts in _near_cases(searcher):
        for order in (parts, parts[::-1]):
            whoosh = Q.Sequence([part("text_lit", p, False) for p in order], slop=slop)
            ours = NearSequence([part("text_lit", p, True) for p in order], slop=slop)
            expected = ranked(searcher, whoosh, limit=None)
            assert ranked(searcher, ours, limit=None) == expected, order
            matched += bool(expected) and order is parts
            for sub, _ in searcher.leaf_searchers():
                context = sub.boolean_context()
                m_ours, m_whoosh = ours.matcher(sub, context), whoosh.matcher(sub, context)
                assert isinstance(m_ours, NearMatcher) or not m_ours.is_active()
                while m_whoosh.is_active():
                    assert m_ours.id() == m_whoosh.id()
                    assert [(x.start, x.end) for x in m_ours.spans()] == \
                        sorted((x.start, x.end) for x in m_whoosh.spans())
                    m_ours.next()
                    m_whoosh.next()
                assert not m_ours.is_active()
    assert matched >= 20  # many cases are found: the comparison is not between two empty lists


def test_deleted_reports_are_not_found_also_from_the_cache(index_dir, tmp_path):
    copy = tmp_path / "gen"
    shutil.copytree(generations.current_generation(index_dir), copy)
    ix = whoosh_index.open_dir(str(copy))
    words = literal_groups("招商引资")[0]
    with ix.searcher() as s:
        before = ranked(s, ConsecutivePhrase("text_lit", words), limit=None)  # fills the phrase cache
        victim = s.stored_fields(before[0][0])["id"]
    assert len(before) >= 2
    writer = ix.writer()
    writer.delete_by_term("id", victim)
    writer.commit(merge=False)  # keep the segment, with a deletion in it
    with ix.searcher() as s:
        assert s.reader().has_deletions()
        ours = ranked(s, ConsecutivePhrase("text_lit", words), limit=None)
        assert ours == ranked(s, Q.Phrase("text_lit", words), limit=None)
        assert len(ours) == len(before) - 1


def test_a_cached_phrase_answers_a_new_searcher_the_same(index_dir):
    words = literal_groups("基础设施建设")[0]
    with open_generation(index_dir).searcher() as s:
        first = ranked(s, ConsecutivePhrase("text_lit", words), limit=None)
    with open_generation(index_dir).searcher() as s:
        again = ranked(s, ConsecutivePhrase("text_lit", words), limit=None)
        phrase.forget_folder(generations.current_generation(index_dir))
        fresh = ranked(s, ConsecutivePhrase("text_lit", words), limit=None)
    assert first == again == fresh != []


def test_the_matcher_is_ours_and_falls_back_to_whoosh_where_it_does_not_apply(searcher):
    sub, _ = searcher.leaf_searchers()[0]
    assert isinstance(ConsecutivePhrase("text_lit", ["招商", "商引"]).matcher(sub), PhraseMatcher)
    sloppy = ConsecutivePhrase("text_lit", ["招商", "引资"], slop=2)
    assert not isinstance(sloppy.matcher(sub), PhraseMatcher)
    assert ranked(searcher, sloppy, limit=None) == ranked(searcher, Q.Phrase("text_lit", ["招商", "引资"], slop=2),
                                                          limit=None)


QUERIES = ["招商引资", "基础设施建设", "园区 -绿化", "招商 OR 引资", "year:2000-2015 园区", "park:金岭 污水",
           "(招商 OR 引资) 园区 NOT 扶贫", "招商*", "安全、生产", "title:总结", "heading:存在问题", "园", "-园区",
           "type:工作总结 土地", "year:unknown"]


@pytest.mark.parametrize("q", QUERIES)
def test_doc_sets_are_whooshs_and_ranking_never_changes_which_reports_match(searcher, q):
    reader = searcher.reader()
    for fields, sections in [(("title", "headings", "text"), ()), *[(("text",), (k,)) for k in SECTION_KINDS]]:
        scored = parse_query(q, searcher.schema, fields, reader=reader, sections=sections).query
        unranked = parse_query(q, searcher.schema, fields, reader=reader, ranked=False, sections=sections).query
        expected = set(searcher.docs_for_query(scored))
        assert set(searcher.docs_for_query(unranked)) == expected, sections
        assert doc_set(searcher, unranked) == expected == doc_set(searcher, scored), sections


@pytest.mark.parametrize("params", [
    {"q": "招商引资", "year": ["2015", "2016"]}, {"q": "土地", "type": ["工作总结"]}, {"q": "", "park": ["金岭工业园"]},
    {"q": "园区", "sort": ["year"], "type": ["工作计划"]}, {"q": "园区", "park": ["不存在的园区"]},
])
def test_a_filtered_result_list_is_whooshs_filtered_search(service, params):
    req = SearchRequest.from_params({k: v if isinstance(v, list) else [v] for k, v in params.items()})
    searcher = service.searcher()
    parsed = service.parse(req.q, req.sections, searcher)
    flt = Q.And([Q.Or([Q.Term(name, v) for v in values]) for name, values in
                 (("park", req.parks), ("year", req.years), ("doc_type", req.types)) if values])
    by_year = req.sort == "year" or parsed.query is None
    sortedby = [sorting.FieldFacet("year_num", reverse=True), sorting.ScoreFacet()] if by_year else None
    allowed = set(searcher.docs_for_query(flt))
    expected = [searcher.stored_fields(d)["meta"]["id"]
                for d, _ in searcher.search(service._main_query(parsed, req), filter=allowed, limit=None,
                                            sortedby=sortedby).items()] if allowed else []
    assert [row["id"] for row in service.export(req)] == expected


def test_preloaded_field_lengths_score_exactly_as_whooshs_column_reader(index_dir):
    ix = open_generation(index_dir)
    queries = [parse_query(q, ix.schema).query for q in ("土地", "招商 OR 引资", "园区 -绿化")]
    with ix.searcher() as plain, ix.searcher() as preloaded:
        phrase.preload_field_lengths(preloaded)
        sub = preloaded.leaf_searchers()[0][0].reader()
        assert any(isinstance(r, bytes) for r in sub._perdoc._readers.values())  # the path under test
        for query in queries:
            assert ranked(preloaded, query, limit=None) == ranked(plain, query, limit=None) != []
        for name in ("text", "title_lit", "headings"):
            assert preloaded.reader().min_field_length(name) == plain.reader().min_field_length(name)
            assert preloaded.reader().max_field_length(name) == plain.reader().max_field_length(name)


def test_the_found_phrase_cache_is_bounded_by_positions_not_only_reports():
    # a frequent phrase holds dozens of positions per report: counting reports alone let
    # the cache grow to hundreds of MB on a big index
    from indexer.whoosh_ext.phrase import FoundPhrase, _units
    from indexer.whoosh_ext.remember import SegmentMemory

    cache = SegmentMemory(1000, _units)
    frequent = FoundPhrase(list(range(10)), [(1.0,)] * 10, [set(range(100))] * 10)  # 10 reports, 1,000 positions
    assert cache.get(("folder", "seg", "frequent"), lambda: frequent) is frequent
    assert cache.used == 0  # bigger than a quarter of the budget: answered, not kept
    rare = FoundPhrase([1, 2], [(1.0,), (1.0,)], [{1}, {2}])
    for i in range(300):
        cache.get(("folder", "seg", i), lambda: rare)
    assert 0 < cache.used <= 1000
    assert len(cache) == 250  # 4 units each: two reports and their two positions


def test_near_sequences_over_many_blocks_of_postings_match_whooshs(tmp_path):
    """A common word's postings span many blocks, and beside a rarer part only the blocks
    holding the rarer part's reports are read (``sequence._part_table`` with ``wanted``): the
    reports, spans and scores stay Whoosh's. 400 generated reports: 园区 and 发展 are in nearly
    all of them, over several 128-posting blocks."""
    import sys

    from conftest import REPO
    from indexer.build import build_index
    from indexer.whoosh_ext.sequence import NearSequence

    sys.path.insert(0, str(REPO / "bench"))
    import generate

    corpus, index = tmp_path / "corpus", tmp_path / "index"
    generate.generate(corpus, 400, seed=5, chars=400)
    build_index(corpus, index, workers=1)
    with open_generation(index).searcher() as s:
        def part(text, ours):
            bigrams = literal_groups(text)[0]
            if len(bigrams) == 1:
                return Q.Term("text_lit", bigrams[0])
            return ConsecutivePhrase("text_lit", bigrams) if ours else Q.Phrase("text_lit", bigrams)

        common = s.doc_frequency("text_lit", literal_groups("园区")[0][0])
        assert common > 300  # a word in most reports: its postings fill several blocks
        found = 0
        for texts in [("园区", "发展"), ("招商引资", "园区"), ("污水处理", "园区", "建设"), ("园区", "安全生产"),
                      ("发展", "园区"), ("企业", "服务")]:
            for slop in (2, 12):
                whoosh = Q.Sequence([part(t, False) for t in texts], slop=slop)
                ours = NearSequence([part(t, True) for t in texts], slop=slop)
                expected = ranked(s, whoosh, limit=None)
                assert ranked(s, ours, limit=None) == expected, texts
                found += bool(expected)
        assert found >= 6
