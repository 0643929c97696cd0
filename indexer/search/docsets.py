"""Which reports a query matches, as a set of document numbers: counting without matchers.

A facet count needs neither scores nor order, only the set. Whoosh's
``docs_for_query`` steps a matcher tree one document at a time in Python, and an
``AndMaybe`` there still advances its optional, ranking side. For the shapes
``query.py`` compiles, set algebra in C does the same work for less: ``And`` is an
intersection, ``Or`` a union, ``AndNot`` a difference, ``AndMaybe`` its required
side; a term's set comes from its postings, block by block; a ``ConsecutivePhrase``'s
from its own matcher (and the phrase cache). Any other query is asked of Whoosh.

``memo`` lets several counts share their leaves: each section kind's query of
``year:2010-2015 园区`` holds the same year range.
"""
from __future__ import annotations

import numpy as np
from whoosh import query as Q
from whoosh.reading import TermNotFound

from ..whoosh_ext.phrase import ConsecutivePhrase, term_docs
from ..whoosh_ext.sections import WithinSections


def doc_set(searcher, query, memo: dict | None = None) -> set:
    """The docnums (of the whole index) ``query`` matches, deleted documents excluded."""
    memo = {} if memo is None else memo
    out: set = set()
    for sub, offset in searcher.leaf_searchers():
        found = _segment_set(sub, query, memo)
        out.update(found if not offset else (d + offset for d in found))
    return out


def doc_array(searcher, query, memo: dict | None = None):
    """``doc_set`` as a sorted int64 array (no Python int per report for the offsets)."""
    memo = {} if memo is None else memo
    parts = [np.zeros(0, dtype=np.int64)]
    for sub, offset in searcher.leaf_searchers():
        found = _segment_set(sub, query, memo)
        if found:
            part = np.fromiter(found, dtype=np.int64, count=len(found))
            part.sort()
            parts.append(part + offset if offset else part)
    return np.concatenate(parts)


def _segment_set(searcher, q, memo) -> set:
    kind = type(q)
    if kind is Q.And:
        result = None
        for child in q.subqueries:
            found = _segment_set(searcher, child, memo)
            result = set(found) if result is None else result & found
            if not result:
                break
        return result or set()
    if kind is Q.Or and not q.minmatch:
        result = set()
        for child in q.subqueries:
            result |= _segment_set(searcher, child, memo)
        return result
    if kind is Q.AndNot:
        found = _segment_set(searcher, q.a, memo)
        return found - _segment_set(searcher, q.b, memo) if found else found
    if kind is Q.AndMaybe:
        return _segment_set(searcher, q.a, memo)
    if q is Q.NullQuery:
        return set()
    try:
        key = (id(searcher), q)
        found = memo.get(key)
    except TypeError:  # a query Whoosh made unhashable
        return _leaf_set(searcher, q, memo)
    if found is None:
        found = memo[key] = _leaf_set(searcher, q, memo)
    return found


def _leaf_set(searcher, q, memo: dict) -> set:
    reader = searcher.reader()
    if type(q) is Q.Term and q.fieldname in searcher.schema:
        try:
            text = searcher.schema[q.fieldname].to_bytes(q.text)
        except ValueError:
            return set()
        found = set(term_docs(reader, q.fieldname, text))
        if reader.has_deletions():
            found = {d for d in found if not reader.is_deleted(d)}
        return found
    if isinstance(q, ConsecutivePhrase):
        return set(q.matcher(searcher, searcher.boolean_context()).all_ids())
    if isinstance(q, WithinSections):
        return q.doc_set(searcher, memo)
    try:
        return set(q.docs(searcher))
    except TermNotFound:
        return set()
