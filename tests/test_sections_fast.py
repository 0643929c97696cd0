"""whoosh_ext/sections.py: a word or a phrase restricted to sections, read from its postings at
once (and remembered per segment), finds and scores exactly what stepping its matcher span by
span finds (the reference below: a report is kept when one of its spans lies inside a section
of the kinds), on the seed index, for each kind and for several kinds together.
"""
from __future__ import annotations

import itertools

import pytest
from whoosh import query as Q
from whoosh.matching import FilterMatcher

from indexer.whoosh_ext import sections
from indexer.whoosh_ext.phrase import ConsecutivePhrase
from indexer.whoosh_ext.scoremap import scored_hits

KINDS = ("存在问题", "计划安排", "成效进展", "做法措施", "其他")
LEAVES = [Q.Term("text", w) for w in ("问题", "困难", "招商引资", "土地", "项目", "建设", "没有这个词")] + [
    Q.Term("text_lit", w) for w in ("问题", "土地", "污水")] + [
    ConsecutivePhrase("text_lit", ["招商", "商引", "引资"]), ConsecutivePhrase("text_lit", ["存在", "在问", "问题"]),
    ConsecutivePhrase("text", ["污水", "处理"])]
KIND_SETS = [(k,) for k in KINDS] + list(itertools.combinations(KINDS[:4], 2)) + [KINDS]


def stepped(searcher, leaf, kinds):
    """The leaf's own scored hits, kept where a span of it lies inside a section of ``kinds``,
    found by stepping its matcher report by report."""
    inside = set()
    unit = sections.UNITS[leaf.fieldname]
    for sub, offset in searcher.leaf_searchers():
        column = sections.spans_column(sub.reader())
        matcher = leaf.matcher(sub, sub.boolean_context())
        while matcher.is_active():
            entry = column[matcher.id()] or {}
            ranges = [r for kind in kinds if kind in entry for r in entry[kind][unit]]
            if any(start <= span.start and span.end < end for span in matcher.spans() for start, end in ranges):
                inside.add(matcher.id() + offset)
            matcher.next()
    return [(d, s) for d, s in scored_hits(searcher, leaf) if d in inside]


@pytest.mark.parametrize("leaf", LEAVES, ids=repr)
def test_a_leaf_inside_sections_is_what_its_spans_say(service, leaf):
    searcher = service.searcher()
    for kinds in KIND_SETS:
        query = sections.WithinSections(leaf, kinds)
        expected = stepped(searcher, leaf, kinds)
        assert scored_hits(searcher, query) == expected, kinds
        assert scored_hits(searcher, query) == expected, kinds  # again, from what was remembered


def test_the_comparison_has_reports_to_compare(service):
    searcher = service.searcher()
    sub = searcher.leaf_searchers()[0][0]
    query = sections.WithinSections(Q.Term("text", "建设"), ("成效进展",))
    assert isinstance(query.matcher(sub, sub.context()), FilterMatcher)  # the postings path is taken
    # a comparison of two empty answers proves nothing, nor one where no report drops out
    assert 2 <= len(scored_hits(searcher, query)) < len(scored_hits(searcher, Q.Term("text", "建设")))


def test_a_forgotten_folder_forgets_its_answers(service):
    searcher = service.searcher()
    scored_hits(searcher, sections.WithinSections(Q.Term("text", "问题"), ("存在问题",)))
    folder = next(iter(sections._kinds._entries))[0]
    sections.forget_folder(folder)
    assert not any(key[0] == folder for key in sections._kinds._entries)


@pytest.mark.parametrize("leaf", [Q.Term("text", "建设"), Q.Prefix("text", "建设")], ids=repr)
def test_a_boosted_restriction_scores_its_boost(service, leaf):
    # a Whoosh WrappingQuery has no boost: one set on a restriction (a section reading's weight)
    # did nothing; it scales the scores, and is kept when the restriction is rebuilt
    searcher = service.searcher()
    plain = dict(scored_hits(searcher, sections.WithinSections(leaf, ("成效进展",))))
    query = sections.WithinSections(leaf, ("成效进展",), 0.25)
    assert dict(scored_hits(searcher, query)) == pytest.approx({d: s * 0.25 for d, s in plain.items()}) and plain
    assert {hit.docnum: hit.score for hit in searcher.search(query, limit=None)} == pytest.approx(
        {d: s * 0.25 for d, s in plain.items()})
    assert sections.restrict(query, ("成效进展", "其他")).boost == 0.25
    assert query._rewrap(Q.Term("text", "土地")).boost == 0.25
