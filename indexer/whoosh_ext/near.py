"""A string near any of several others, by position sets: one case of Whoosh's span matching, made cheap.

search/roles.py asks for the reports where a topic (招商引资) stands within a clause of
any word that marks a problem (难题, 瓶颈 … ten of them). As Whoosh's
``Sequence([topic, Or(markers)], slop, ordered=False)`` that builds a ``Span`` per
position of every marker in every report holding the topic (问题 is in nearly all of
them) and merges them through a binary tree of unions: 20–40 ms of a search on 100
reports. ``NearAny`` reads the start positions of the topic and of each marker from
the phrase cache (``phrase.cached_phrase``: a segment never changes) and checks each
topic start against each marker's sorted starts with a binary search.

It matches the reports that Sequence matches, with the same spans (what the section
filter reads), by Whoosh's rule (``SpanNear``): two spans are near when they do not
overlap and at most ``slop`` positions part them. Its score is a constant (``boost``):
it says which reports, the caller ranks them by words. Outside that path (a searcher
over several segments, a field without positions) it is the Sequence.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right

from whoosh import query as Q
from whoosh.matching import NullMatcher
from whoosh.query.spans import Span

from . import phrase
from .phrase import DocListMatcher, FoundPhrase, cached_phrase


class NearAny(Q.Query):
    """``words`` (a phrase of one field's terms) within ``slop`` positions of any of
    ``others`` (phrases of the same field), before or after it."""

    def __init__(self, fieldname, words, others, slop, boost=1.0):
        self.fieldname = fieldname
        self.words = tuple(words)
        self.others = tuple(tuple(o) for o in others)
        self.slop = slop
        self.boost = boost

    def __repr__(self):
        return f"{self.__class__.__name__}({self.fieldname!r}, {self.words!r}, {self.others!r}, slop={self.slop})"

    def __eq__(self, other):
        return (other.__class__ is self.__class__ and self.fieldname == other.fieldname
                and self.words == other.words and self.others == other.others
                and self.slop == other.slop and self.boost == other.boost)

    def __hash__(self):
        return hash((self.__class__, self.fieldname, self.words, self.others, self.slop, self.boost))

    def is_leaf(self):
        return True

    def estimate_size(self, ixreader):
        return ixreader.doc_count_all()

    def as_sequence(self):
        """The same query in Whoosh's own terms (the reference, and the fallback)."""
        def phrase(words):
            return Q.Term(self.fieldname, words[0]) if len(words) == 1 else Q.Phrase(self.fieldname, list(words))

        return Q.Sequence([phrase(self.words), Q.Or([phrase(o) for o in self.others])],
                          slop=self.slop, ordered=False, boost=self.boost)

    def matcher(self, searcher, context=None):
        field = searcher.schema[self.fieldname] if self.fieldname in searcher.schema else None
        if field is None or not searcher.is_atomic() or not field.format or not field.format.supports("positions"):
            return self.as_sequence().matcher(searcher, context)
        try:
            words = tuple(field.to_bytes(w) for w in self.words)
            others = [tuple(field.to_bytes(w) for w in o) for o in self.others]
        except ValueError:
            return NullMatcher()
        reader = searcher.reader()
        # remembered per segment with the found phrases: the result list, the tiers and each
        # kind of the section facet ask for the same reading
        key = phrase.segment_key(reader, self.fieldname, ("near-any", self.slop, words, *others))
        found = phrase._found.get(key, lambda: FoundPhrase(*_spans_found(
            near_spans(reader, self.fieldname, words, others, self.slop, field.format))))
        docs, spans = found.docs, found.starts
        if reader.has_deletions():
            keep = [i for i, d in enumerate(docs) if not reader.is_deleted(d)]
            docs, spans = [docs[i] for i in keep], [spans[i] for i in keep]
        return SpanListMatcher(docs, spans, self.boost) if docs else NullMatcher()


def _spans_found(found: tuple[list, list]) -> tuple[list, list, list]:
    docs, spans = found
    return docs, [()] * len(docs), spans


def near_spans(reader, fieldname, words, others, slop, fmt) -> tuple[list, list]:
    """The docnums (ascending) where ``words`` is near one of ``others`` in one segment,
    and per docnum the sorted spans Whoosh's SpanNear would give."""
    topic = cached_phrase(reader, fieldname, words, fmt)
    if not topic.docs:
        return [], []
    width = len(words) - 1
    found = [(cached_phrase(reader, fieldname, o, fmt), len(o) - 1) for o in others]
    index = [({d: i for i, d in enumerate(f.docs)}, f, w) for f, w in found if f.docs]
    docs, spans = [], []
    for k, doc in enumerate(topic.docs):
        near = set()
        for where, f, w in index:
            i = where.get(doc)
            if i is None:
                continue
            starts = sorted(f.starts[i])
            for s in topic.starts[k]:
                e = s + width
                # a marker [m, m + w] near [s, e]: m + w < s and s - (m + w) <= slop, or m > e and m - e <= slop
                lo = bisect_left(starts, s - slop - w)
                hi = bisect_right(starts, e + slop)
                for m in starts[lo:hi]:
                    if m + w < s or m > e:
                        near.add(Span(min(s, m), max(e, m + w)))
        if near:
            docs.append(doc)
            spans.append(sorted(near))
    return docs, spans


class SpanListMatcher(DocListMatcher):
    """Walks given docnums with their spans; every report scores ``boost``."""

    def __init__(self, docs, spans, boost=1.0, i=0):
        self._docs, self._spans, self._boost, self._i = docs, spans, boost, i

    def copy(self):
        return self.__class__(self._docs, self._spans, self._boost, self._i)

    def supports(self, astype):
        return False

    def spans(self):
        return self._spans[self._i]

    def weight(self):
        return self._boost

    def score(self):
        return self._boost

    def supports_block_quality(self):
        return False

    def max_quality(self):
        return self._boost
