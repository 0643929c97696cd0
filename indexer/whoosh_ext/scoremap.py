"""Scoring every hit of a query at once: Whoosh's matcher tree, evaluated as score maps.

Whoosh's collector steps the matcher tree one document at a time: for each hit
a chain of Python calls (``is_active``, ``id``, ``next``, ``score``) through
every union, intersection and wrapper, and a scorer call per leaf. For a broad
query (园区: most reports) that is most of a search's time. The scores
themselves are simple: a union adds its two sides where both match, an
intersection adds them, ``AndMaybe`` adds its optional side where it matches,
``AndNot`` keeps its left side's, a wrapper multiplies by its boost, and a term
leaf is its scorer on (weight, field length).

``scored_hits(searcher, query)`` is ``searcher.search(query, limit=None)``: for
each segment it asks the query for the same matcher tree Whoosh's collector
would, and evaluates it node by node into ``{docnum: score}`` with dict
operations in C and one scorer call per posting, adding the same two numbers in
the same order as the matcher would: the scores are equal, not merely close
(tests/test_scale.py compares them). A node it does not know (a phrase, a
section restriction, a preloaded union, a range) is stepped through as the
collector steps it, so every query Whoosh answers is answered here, the same.
"""
from __future__ import annotations

from array import array
from bisect import bisect_left
from itertools import accumulate

from whoosh.codec.whoosh3 import W3LeafMatcher
from whoosh.matching import binary, wrappers
from whoosh.matching.mcore import NullMatcherClass
from whoosh.query import MultiTerm
from whoosh.scoring import BM25FScorer, WeightLengthScorer

import numpy as np

from .phrase import PhraseMatcher, _bm25, _field_lengths, segment_key
from ..lru import SHARED
from .remember import SegmentMemory
from .unions import DeferredArrayUnion


def scored_hits(searcher, query, sorted_by_score=True) -> list[tuple[int, float]]:
    """``(docnum, score)`` of every hit, best first, ties by docnum (``sorted_by_score=False``:
    unsorted), scored as Whoosh's collector scores them when its matchers must stand on
    each hit (``needs_current``, as when sorting by a facet and the score).

    That context makes Whoosh build an ``Or`` as a lazy tree of unions; without it, a
    segment under 5,000 reports gets an ``ArrayUnionMatcher``, which scores every
    posting of every clause in Python while it is built. The two add the same scores in
    another order, so they differ in the last digits, never in which reports match
    (tests/test_scale.py compares both). A prefix is the exception: unscored
    (constant), the array gives each report 1 and the tree the sum of the words' counts,
    so a query with a prefix is scored in the plain context, as ``searcher.search``."""
    if searcher.weighting.use_final:  # a final() pass per hit: leave it to Whoosh's collector
        return list(searcher.search(query, limit=None).items())
    plain = sorted_by_score and _has_prefix(query)
    context = searcher.context() if plain else searcher.context(needs_current=True)
    hits: list[tuple[int, float]] = []
    for sub, offset in searcher.leaf_searchers():
        reader = sub.reader()
        matcher = query.matcher(sub, context)
        scores = segment_scores(matcher, lambda fieldname: _field_lengths(reader, fieldname), segment_key(reader))
        hits.extend(zip(map(offset.__add__, scores), scores.values()) if offset else scores.items())
    if sorted_by_score:
        hits.sort(key=_rank)
    return hits


def scored_arrays(searcher, query, sorted_by_score=True) -> tuple:
    """``scored_hits`` as two arrays, docnums (int64) and scores (float64), in no order: the
    same hits and the same floats (the context chosen as there, by ``sorted_by_score``), for
    a caller that orders them itself without a Python object per hit."""
    if searcher.weighting.use_final:
        pairs = scored_hits(searcher, query, sorted_by_score)
        return (np.fromiter((d for d, _ in pairs), np.int64, len(pairs)),
                np.fromiter((s for _, s in pairs), np.float64, len(pairs)))
    plain = sorted_by_score and _has_prefix(query)
    context = searcher.context() if plain else searcher.context(needs_current=True)
    docs, scores = [np.zeros(0, dtype=np.int64)], [np.zeros(0)]
    for sub, offset in searcher.leaf_searchers():
        reader = sub.reader()
        matcher = query.matcher(sub, context)
        found = segment_scores(matcher, lambda fieldname: _field_lengths(reader, fieldname), segment_key(reader))
        if found:
            docs.append(np.fromiter(found.keys(), np.int64, len(found)) + offset)
            scores.append(np.fromiter(found.values(), np.float64, len(found)))
    return np.concatenate(docs), np.concatenate(scores)


def _has_prefix(query) -> bool:
    if isinstance(query, MultiTerm):
        return True
    return any(_has_prefix(child) for child in query.children())


def _rank(hit):
    return (-hit[1], hit[0])


def segment_scores(matcher, lengths_of, segment=None) -> dict:
    """``{docnum: score}`` of every document ``matcher`` (a fresh matcher of one
    segment) matches. ``lengths_of(fieldname)`` gives that segment's field lengths
    by docnum (a sequence, 0 for none) or None; ``segment``: the segment's key, under
    which a term's and a phrase's scores are remembered (None: not remembered).
    The maps returned are never changed in place (a remembered one is shared)."""
    kind = type(matcher)
    if kind is DeferredArrayUnion:  # (before is_active, which would read it)
        found = matcher.unread_scores(lambda m: segment_scores(m, lengths_of, segment))
        if found is not None:
            return found
    if kind is NullMatcherClass or not matcher.is_active():
        return {}
    if kind is binary.UnionMatcher:
        a, b = segment_scores(matcher.a, lengths_of, segment), segment_scores(matcher.b, lengths_of, segment)
        if len(a) < len(b):
            out = dict(b)
            for d, s in a.items():
                t = out.get(d)
                out[d] = s if t is None else s + t
        else:
            out = dict(a)
            for d, s in b.items():
                t = out.get(d)
                out[d] = s if t is None else t + s
        return out
    if kind is binary.IntersectionMatcher:
        a = segment_scores(matcher.a, lengths_of, segment)
        if not a:
            return {}
        b = segment_scores(matcher.b, lengths_of, segment)
        return {d: a[d] + b[d] for d in (a.keys() & b.keys())}
    if kind is binary.AndMaybeMatcher:
        a = segment_scores(matcher.a, lengths_of, segment)
        if not a:
            return {}
        b = segment_scores(matcher.b, lengths_of, segment)
        return {d: (s + b[d] if d in b else s) for d, s in a.items()}
    if kind is binary.AndNotMatcher:
        a = segment_scores(matcher.a, lengths_of, segment)
        if not a:
            return {}
        excluded = set(matcher.b.all_ids()) if matcher.b.is_active() else ()
        return {d: s for d, s in a.items() if d not in excluded}
    if kind is wrappers.WrappingMatcher:
        boost = matcher.boost
        return {d: s * boost for d, s in segment_scores(matcher.child, lengths_of, segment).items()}
    if kind is wrappers.FilterMatcher:
        ids, exclude = matcher._ids, matcher._exclude
        child = segment_scores(matcher.child, lengths_of, segment)
        boost = matcher.boost
        kept = {d: s for d, s in child.items() if (d in ids) != exclude}
        return kept if boost == 1.0 else {d: s * boost for d, s in kept.items()}
    if kind is W3LeafMatcher:
        found = _remembered_leaf_scores(matcher, lengths_of, segment)
        if found is not None:
            return found
    if kind is PhraseMatcher:
        found = _remembered_phrase_scores(matcher, segment)
        if found is not None:
            return found
        found = matcher.all_scores()
        if found is not None:
            return dict(zip(found[0], found[1].tolist()))
    return _stepped(matcher)


# A term's or a phrase's scores in one segment, remembered: the next search with the
# same word (alone, with another, under a filter) combines them instead of scoring every
# posting again. The key holds the global statistics the scorer used (idf, average
# length), so a generation that shares the segment but not the statistics asks anew.
# 12 bytes a report (a docnum and a float, in arrays).
SCORES_BYTES = 24 * 2**20
_scores = SegmentMemory(SCORES_BYTES, lambda found: 128 + 12 * len(found[0]), "scores", SHARED)


def _as_arrays(scores: dict) -> tuple:
    return array("i", scores.keys()), array("d", scores.values())


def _from_current(found: tuple, current: int) -> dict:
    """The remembered scores from ``current`` on: what a matcher standing on ``current``
    (a constructor may have moved it: an intersection to its first common report) would
    give when stepped to its end."""
    docs, scores = found
    if not docs or docs[0] == current:
        return dict(zip(docs, scores))
    i = bisect_left(docs, current)
    return dict(zip(docs[i:], scores[i:]))


def _params(scorer) -> tuple:
    return scorer.idf, scorer.avgfl, scorer.B, scorer.K1


def _remembered_leaf_scores(m, lengths_of, segment):
    """``_leaf_scores``, remembered per segment, term and BM25F statistics."""
    scorer = m.scorer
    if (segment is None or type(scorer) is not BM25FScorer or not m._term or not m.is_active()
            or lengths_of(m._term[0]) is None):
        return _leaf_scores(m, lengths_of)

    def compute():
        fresh = W3LeafMatcher(m._postfile, m._startoffset, m._length, m.format, term=m._term,
                              byteids=m._byteids, scorer=scorer)
        return _as_arrays(_leaf_scores(fresh, lengths_of))

    return _from_current(_scores.get((*segment, "term", m._term, *_params(scorer)), compute), m.id())


def _remembered_phrase_scores(m, segment):
    """A phrase's scores (``_stepped``), remembered per segment, words, boost and the
    words' BM25F statistics; None when they cannot be (deletions, another scorer)."""
    if segment is None or m.remembered_as is None or not m.is_active():
        return None
    scorers = m._scorer_list()
    if any(type(s) is not BM25FScorer for s in scorers):
        return None
    key = (*segment, "phrase", *m.remembered_as, m._boost, *map(_params, scorers))
    found = _scores.get(key, lambda: _phrase_scores(m.copy_from_start()))
    return _from_current(found, m.id())


def _phrase_scores(m) -> tuple:
    """A phrase matcher's scores as arrays: at once where it can (``all_scores``), else stepped."""
    found = m.all_scores()
    if found is None:
        return _as_arrays(_stepped(m))
    docs, scores = found
    return array("i", docs), array("d", scores.tobytes())


def _leaf_scores(m, lengths_of):
    """A term's postings scored by its BM25-style scorer; None when the scorer is another kind."""
    scorer = m.scorer
    if scorer is None or type(scorer).score is not WeightLengthScorer.score or not hasattr(scorer, "_score"):
        return None
    fieldname = m._term[0] if m._term else None
    lengths = lengths_of(fieldname) if fieldname else None
    if lengths is None:
        return None
    score = scorer._score
    # BM25F over a block's arrays at once (phrase._bm25: Whoosh's formula, operation for
    # operation, so the floats are equal); a block holding a report of length 0 (None to
    # the scorer) is scored posting by posting, as before
    by_arrays = type(scorer) is BM25FScorer and type(lengths) is array
    all_lengths = np.frombuffer(lengths, dtype=f"u{lengths.itemsize}") if by_arrays else None
    out = {}
    start = m._i  # the matcher may have moved into its first block already
    while not m._atend:
        m._read_data()
        ids = m._data[0] if m._byteids else tuple(accumulate(m._data[0]))
        m._read_weights()
        weights = m._weights
        if start:
            ids, weights, start = ids[start:], weights[start:], 0
        if by_arrays:
            block_lengths = all_lengths[np.asarray(ids, dtype=np.int64)]
            if block_lengths.all():
                out.update(zip(ids, _bm25(scorer, np.asarray(weights, dtype=np.float64), block_lengths).tolist()))
                m._next_block()
                continue
        # WeightLengthScorer.score: _score(weight, dfl(docnum)); dfl reads the length byte (None for 0)
        out.update(zip(ids, map(score, weights, [lengths[d] or None for d in ids])))
        m._next_block()
    return out


def _stepped(matcher) -> dict:
    """Any other matcher, stepped through as a collector would."""
    out = {}
    while matcher.is_active():
        out[matcher.id()] = matcher.score()
        matcher.next()
    return out
