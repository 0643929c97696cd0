"""whoosh_ext/near.py against Whoosh's own Sequence: the same reports, the same spans.

NearAny answers one case of ``Sequence([topic, Or(markers)], slop, ordered=False)``
(search/roles.py: a topic within a clause of a problem marker) from cached position
sets; the reference is Whoosh's span machinery on the same index (the seed pages).
"""
from __future__ import annotations

import pytest
from whoosh import query as Q

from indexer.analysis import BigramAnalyzer
from indexer.text import PROBLEM_MARKERS
from indexer.whoosh_ext.near import NearAny


def bigrams(text: str) -> tuple:
    return tuple(t.text for t in BigramAnalyzer()(text))


CASES = [  # topic, markers, slop
    ("招商引资", PROBLEM_MARKERS, 30),
    ("土地", PROBLEM_MARKERS, 30),
    ("污水处理", ("问题", "不足", "滞后"), 12),
    ("企业", ("困难",), 3),
    ("园区", ("园区",), 5),  # a marker that is the topic itself: only other occurrences are near
    ("招商", ("招商引资",), 10),  # a marker that overlaps the topic: not near there
    ("没有这个词", PROBLEM_MARKERS, 30),
]


def run(searcher, query):
    out = {}
    for sub, offset in searcher.leaf_searchers():
        m = query.matcher(sub, sub.boolean_context())
        while m.is_active():
            out[m.id() + offset] = sorted((s.start, s.end) for s in m.spans())
            m.next()
    return out


@pytest.mark.parametrize("topic, markers, slop", CASES)
def test_near_any_finds_what_the_sequence_finds(service, topic, markers, slop):
    searcher = service.searcher()
    near = NearAny("text_lit", bigrams(topic), [bigrams(m) for m in markers], slop)
    ours, theirs = run(searcher, near), run(searcher, near.as_sequence())
    assert ours == theirs
    assert isinstance(near.as_sequence(), Q.Sequence)


def test_the_case_has_reports_to_compare(service):
    searcher = service.searcher()
    near = NearAny("text_lit", bigrams("招商引资"), [bigrams(m) for m in PROBLEM_MARKERS], 30)
    assert len(run(searcher, near)) >= 2  # a comparison of two empty answers proves nothing
