"""Regression tests for indexer/whoosh_fixes.py: each fails on unpatched Whoosh 2.7.5."""
from whoosh import query as Q
from whoosh.fields import ID, KEYWORD, Schema
from whoosh.filedb.filestore import RamStorage

import indexer.whoosh_ext.fixes  # noqa: F401


def test_and_not_excludes_the_first_wanted_document_when_the_excluded_side_starts_earlier():
    ix = RamStorage().create_index(Schema(id=ID(stored=True), words=KEYWORD))
    with ix.writer() as writer:
        writer.add_document(id="a", words="扶贫")          # excluded side starts here
        writer.add_document(id="b", words="园区 扶贫")     # first wanted doc: must be excluded
        writer.add_document(id="c", words="园区")
    with ix.searcher() as searcher:
        query = Q.AndNot(Q.Term("words", "园区"), Q.Term("words", "扶贫"))
        assert [hit["id"] for hit in searcher.search(query)] == ["c"]


# -- a boost on AndMaybe / AndNot (Whoosh kept it and never applied it) -------------

import pytest  # noqa: E402
from whoosh import index  # noqa: E402
from whoosh.fields import TEXT  # noqa: E402

from indexer.whoosh_ext.scoremap import scored_hits  # noqa: E402
from indexer.whoosh_ext.sections import WithinSections  # noqa: E402

DOCS = ["园区 招商 引资 园区", "园区 土地", "招商 招商 土地 园区 规划", "规划 土地", "园区 园区 园区 引资", "其他"]


@pytest.fixture(scope="module")
def words_index(tmp_path_factory):
    ix = index.create_in(tmp_path_factory.mktemp("boost"), Schema(id=ID(stored=True), words=TEXT))
    with ix.writer() as writer:
        for n, text in enumerate(DOCS):
            writer.add_document(id=str(n), words=text)
    return ix


def T(word, boost=1.0):
    return Q.Term("words", word, boost=boost)


def scores(searcher, query):
    return {hit["id"]: hit.score for hit in searcher.search(query, limit=None)}


def boosted(query, boost):
    query.boost = boost
    return query


# each: (a binary query with a boost, the same query with Whoosh's own boost on its leaves, which
# Whoosh applies: the reference; AndNot's right side only excludes, so it keeps no boost)
CASES = [
    (lambda k: boosted(Q.AndMaybe(T("园区"), T("招商")), k), lambda k: Q.AndMaybe(T("园区", k), T("招商", k))),
    (lambda k: boosted(Q.AndNot(T("园区"), T("规划")), k), lambda k: Q.AndNot(T("园区", k), T("规划"))),
    (lambda k: boosted(Q.AndMaybe(Q.Or([T("土地"), T("引资")]), T("园区")), k),
     lambda k: Q.AndMaybe(Q.Or([T("土地", k), T("引资", k)]), T("园区", k))),
]


@pytest.mark.parametrize("case", range(len(CASES)))
@pytest.mark.parametrize("boost", [0.25, 0.5, 3.0])
def test_a_boosted_binary_query_scores_as_whoosh_scores_its_boosted_leaves(words_index, case, boost):
    made, reference = CASES[case]
    with words_index.searcher() as searcher:
        plain, want = scores(searcher, made(1.0)), scores(searcher, reference(boost))
        got = scores(searcher, made(boost))
        assert got.keys() == want.keys() == plain.keys() and got
        for doc in got:
            assert got[doc] == pytest.approx(want[doc], rel=1e-9)
            assert got[doc] == pytest.approx(plain[doc] * boost, rel=1e-12)
        # the score maps (scoremap.py) give the collector's scores
        mapped = dict(scored_hits(searcher, made(boost)))
        assert {searcher.stored_fields(d)["id"]: s for d, s in mapped.items()} == pytest.approx(got, rel=1e-12)


def test_a_boosted_binary_query_keeps_its_boost_when_rebuilt():
    query = boosted(Q.AndMaybe(T("园区"), T("招商")), 0.5)
    assert query.normalize().boost == 0.5
    assert query.apply(lambda q: q).boost == 0.5
    assert query != Q.AndMaybe(T("园区"), T("招商"))  # a boost changes the scores: not the same query
    alone = boosted(Q.AndMaybe(T("园区"), Q.NullQuery), 0.5).normalize()
    assert alone == T("园区", 0.5)
    inside = boosted(Q.AndNot(Q.Or([T("园区"), T("土地")]), Q.NullQuery), 0.25).normalize()
    assert inside.boost == 0.25
