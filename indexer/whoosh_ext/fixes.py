"""Fixes to Whoosh bugs that change search results.

Whoosh (and Whoosh-Reloaded, pinned exactly in pyproject.toml) is frozen, so a
fix cannot go upstream; each one here is small, replaces one method, and has a
regression test in tests/test_whoosh_fixes.py that fails without it.
"""
from __future__ import annotations

from whoosh import query as Q
from whoosh.matching import WrappingMatcher
from whoosh.matching.binary import AndNotMatcher
from whoosh.matching.mcore import NullMatcherClass
from whoosh.query.compound import BinaryQuery
from whoosh.query.qcore import NullQuery


def _and_not_find_first(self):
    # Whoosh only skipped excluded documents when both sides *start* on the same
    # one. When the excluded side starts earlier and skips onto the first wanted
    # document, that document was returned although the query excludes it
    # (园区 -扶贫 listed a report containing 扶贫). _find_next handles every case.
    if self.a.is_active() and self.b.is_active():
        self._find_next()


AndNotMatcher._find_first = _and_not_find_first


# -- a boost on a binary query ---------------------------------------------------
# Whoosh's And and Or wrap their matcher in a WrappingMatcher when boosted; its binary
# queries (AndMaybe, AndNot, Require, Otherwise) keep a ``boost`` attribute but never
# apply it, and their ``apply`` and ``normalize`` build a new query without it. So a
# synonym's weight (an AndMaybe of its characters and its words), a near match's and a
# section reading's did nothing. Here a boosted binary query scores ``boost`` times its
# unboosted score, as a boosted And does, kept through ``apply`` and ``normalize``, and
# two queries that differ only in their boost are not equal (a boost changes the scores).

def _boost_applied(matcher_method):
    def matcher(self, searcher, context=None):
        m = matcher_method(self, searcher, context)
        if self.boost != 1.0 and not isinstance(m, NullMatcherClass):
            m = WrappingMatcher(m, self.boost)
        return m
    return matcher


def _boost_kept(method):
    def kept(self, *args, **kwargs):
        out = method(self, *args, **kwargs)
        if self.boost == 1.0 or out is self or out is NullQuery:
            return out
        if isinstance(out, BinaryQuery) and type(out) is type(self):
            out.boost = self.boost  # a query built just now by ``method``
            return out
        return out.with_boost(out.boost * self.boost)  # one side left alone (the other was empty)
    return kept


def _binary_eq(self, other):
    return (other and self.__class__ is other.__class__ and self.a == other.a and self.b == other.b
            and self.boost == other.boost)


def _binary_hash(self):
    return hash(self.__class__.__name__) ^ hash(self.a) ^ hash(self.b) ^ hash(self.boost)


for _cls in (Q.AndMaybe, Q.AndNot, Q.Require, Q.Otherwise):
    _cls.matcher = _boost_applied(_cls.matcher)
    _cls.normalize = _boost_kept(_cls.normalize)
    _cls.apply = _boost_kept(_cls.apply)
BinaryQuery.__eq__ = _binary_eq
BinaryQuery.__hash__ = _binary_hash
