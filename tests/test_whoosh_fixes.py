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
