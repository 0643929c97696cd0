"""Whoosh's preloaded OR, made lazy: its postings read only if someone steps it.

For an OR of three or more clauses in a segment under 5,000 reports, searched where
no matcher must stand on each hit (a query holding a prefix, a range or a lone
character: ``scoremap`` scores those as ``searcher.search`` does), and for every
prefix's words, Whoosh builds an ``ArrayUnionMatcher``: its constructor reads every
posting of every clause into an array of scores, in Python, one posting at a time
(``m.score()``, ``m.next()``): a third of a first search of ``招商*`` or of ``的``.

``DeferredArrayUnion`` is that matcher with the reading put off until it is first
stepped (where it stands and a skip are answered from its clauses); ``scoremap`` steps it not: it takes each clause's score
map (a term's scores read a block at a time, remembered per segment) and adds them
as the array did, clause after clause, ``0.0 + score × boost`` (unscored: 1.0 each),
keeping the reports whose sum is above 0 as its ``_find_next`` does. Equal floats, not
close (``tests/test_unions_deferred.py`` compares it with Whoosh's own matcher). Uses the
matcher's private state: safe only with the pinned Whoosh-Reloaded 2.7.5.
"""
from __future__ import annotations

from itertools import accumulate

from whoosh.codec.whoosh3 import W3LeafMatcher
from whoosh.matching import ArrayUnionMatcher, FilterMatcher
from whoosh.matching.combo import CombinationMatcher
from whoosh.query.compound import PreloadedOr


class DeferredArrayUnion(ArrayUnionMatcher):
    """An ``ArrayUnionMatcher`` that reads its clauses when first stepped, not when made."""

    def __init__(self, submatchers, doccount, boost=1.0, scored=True, partsize=2048):
        CombinationMatcher.__init__(self, submatchers, boost=boost)
        self._scored = scored
        self._doccount = doccount
        self._partsize = partsize or doccount
        self._started = False

    def _start(self):
        if not self._started:
            self._started = True
            ArrayUnionMatcher.__init__(self, self._submatchers, self._doccount, self._boost, self._scored,
                                       self._partsize)

    # Where it stands, before it is read: at its clauses' first report (as the array
    # starts), moved by moving the clauses (as its skip_to past the array does). A parent's
    # constructor asks this (AndMaybe skips its optional side to the first required report).
    def is_active(self):
        if not self._started:
            return any(m.is_active() for m in self._submatchers)
        return ArrayUnionMatcher.is_active(self)

    def id(self):
        if not self._started:
            return self._min_id()
        return ArrayUnionMatcher.id(self)

    def next(self):
        self._start()
        return ArrayUnionMatcher.next(self)

    def skip_to(self, docnum):
        if not self._started:
            for m in self._submatchers:
                if m.is_active():
                    m.skip_to(docnum)
            return None
        return ArrayUnionMatcher.skip_to(self, docnum)

    def skip_to_quality(self, minquality):
        self._start()
        return ArrayUnionMatcher.skip_to_quality(self, minquality)

    def block_quality(self):
        self._start()
        return ArrayUnionMatcher.block_quality(self)

    def score(self):
        self._start()
        return ArrayUnionMatcher.score(self)

    def all_ids(self):
        if not self._started and not self._scored:  # every report a clause matches (each scores 1)
            self._started = True
            found = set()
            for m in self._submatchers:
                found.update(matcher_ids(m))
            self._a, self._offset, self._limit = [], self._doccount, self._doccount
            self._docnum = self._doccount  # stepped to its end, as Whoosh's all_ids leaves it
            return iter(sorted(found))
        self._start()
        return ArrayUnionMatcher.all_ids(self)

    def unread_scores(self, scores_of) -> dict | None:
        """``{docnum: score}`` of every report, from the clauses' score maps (``scores_of(m)``),
        without reading the clauses into the array; None once the matcher was stepped."""
        if self._started:
            return None
        self._started = True  # its clauses are consumed: it is never stepped after this
        out: dict = {}
        if self._scored:
            boost = self._boost
            for m in self._submatchers:
                for d, s in scores_of(m).items():
                    out[d] = out.get(d, 0.0) + s * boost  # a[i] += m.score() * boost, a[i] from 0.0
        else:
            for m in self._submatchers:
                out.update(dict.fromkeys(matcher_ids(m), 1))  # a[i] = 1 (an int in an array of doubles)
            return {d: 1.0 for d in out}
        return {d: s for d, s in out.items() if s > 0}  # _find_next skips a sum of 0


def matcher_ids(m) -> list:
    """The docnums a fresh (or partly stepped) matcher still matches, a block at a time for a term."""
    if type(m) is W3LeafMatcher:
        out = []
        start = m._i
        while not m._atend:
            m._read_data()
            ids = m._data[0] if m._byteids else tuple(accumulate(m._data[0]))
            out.extend(ids[start:] if start else ids)
            start = 0
            m._next_block()
        return out
    if type(m) is FilterMatcher:
        ids, exclude = m._ids, m._exclude
        return [d for d in matcher_ids(m.child) if (d in ids) != exclude]
    return list(m.all_ids()) if m.is_active() else []


def _preloaded_matcher(self, subs, searcher, context):
    # PreloadedOr._matcher, with the deferred matcher in place of ArrayUnionMatcher
    scored = context.weighting is not None if context else True
    ms = [sub.matcher(searcher, context) for sub in subs]
    return DeferredArrayUnion(ms, searcher.doc_count_all(), boost=self.boost, scored=scored)


WHOOSH_PRELOADED_MATCHER = PreloadedOr._matcher
PreloadedOr._matcher = _preloaded_matcher
