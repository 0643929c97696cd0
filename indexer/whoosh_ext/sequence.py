"""Strings near each other, by position sets: Whoosh's ``Sequence`` of phrases, made cheap.

The graded fallback (search/fallback.py) looks for a string's words near each
other (``Sequence(..., slop=12)``), and a typed string with a separator in it
(安全、生产) is a ``Sequence`` of its parts with slop 2. Whoosh answers a
``Sequence`` with its span machinery: a tree of ``SpanNearMatcher`` over
intersection matchers, stepped one report at a time, a ``Span`` object per
position. At 10,000 reports two common words near each other cost seconds of CPU,
enough to push an ordinary query over its allowance.

``NearSequence`` matches the same reports with the same spans and scores, one
segment at a time, as ``phrase.ConsecutivePhrase`` does for a phrase:

1. each part (a phrase of bigrams, or one term) is found with the phrase cache
   (``phrase.cached_phrase``) or its postings, decoded once;
2. the reports are the intersection of the parts' report sets;
3. in each of them the parts' spans are joined as Whoosh's ``SpanNear`` joins
   them (ordered, ``mindist`` 1, ``slop``), over the same binary tree of parts;
4. the score of a report is what Whoosh's tree of intersection matchers sums:
   each part's score (a phrase's words summed as ``PhraseMatcher`` sums them),
   added up the same tree;
5. what a sequence matched in a segment is remembered with the found phrases.

A part of any other kind (a lone character, a prefix, a part in another field)
leaves the whole sequence to Whoosh.
"""
from __future__ import annotations

from whoosh import query as Q
from whoosh.matching import NullMatcher
from whoosh.query.spans import Span
from whoosh.reading import TermNotFound

from . import phrase
from .phrase import FoundPhrase, PhraseMatcher, _tree_sum


class NearSequence(Q.Sequence):
    """A ``Sequence`` of phrases and terms in one positional field, matched by position sets."""

    def __init__(self, subqueries, slop=1, ordered=True, boost=1.0):
        super().__init__(subqueries, slop=slop, ordered=ordered, boost=boost)

    def normalize(self):
        return self.__class__([q.normalize() for q in self.subqueries], self.slop, self.ordered, self.boost)

    def _parts(self, schema):
        """``(fieldname, [words (bytes) per part])``, or None when Whoosh must answer."""
        fields = {getattr(q, "fieldname", None) for q in self.subqueries}
        if len(fields) != 1 or not self.ordered or len(self.subqueries) < 2:
            return None
        fieldname = fields.pop()
        if fieldname not in schema:
            return None
        field = schema[fieldname]
        if not field.format or not field.format.supports("positions"):
            return None
        parts = []
        for q in self.subqueries:
            if type(q) is phrase.ConsecutivePhrase and q.slop == 1 and len(q.words) > 1 and q.boost == 1.0:
                words = q.words
            elif type(q) is Q.Term and q.boost == 1.0:
                words = [q.text]
            else:
                return None
            try:
                parts.append(tuple(field.to_bytes(w) for w in words))
            except ValueError:
                return None
        return fieldname, parts

    def matcher(self, searcher, context=None):
        planned = self._parts(searcher.schema) if searcher.is_atomic() else None
        if planned is None:
            return super().matcher(searcher, context)
        fieldname, parts = planned
        field = searcher.schema[fieldname]
        reader = searcher.reader()
        key = phrase.segment_key(reader, fieldname, ("near", self.slop, *parts))
        found = phrase._found.get(key, lambda: find_near(reader, fieldname, parts, self.slop, field.format))
        if reader.has_deletions():
            found = found.without(reader.is_deleted)
        if not found.docs:
            return NullMatcher()
        weighting = (context.weighting if context is not None else None) or searcher.weighting
        words = [w for part in parts for w in part]

        def scorers():
            return [weighting.scorer(searcher, fieldname, w, qf=1) for w in words]

        lengths = phrase._field_lengths(reader, fieldname)
        if lengths is None:
            def length(docnum):
                return searcher.doc_field_length(docnum, fieldname, 1)
        else:
            def length(docnum):
                return lengths[docnum] or None

        return NearMatcher(found, scorers, length, self.boost, sizes=tuple(len(p) for p in parts))


def _part_size(reader, fieldname, words, fmt) -> int:
    """How many reports of the segment hold the part (a phrase's are found and cached)."""
    if len(words) > 1:
        return len(phrase.cached_phrase(reader, fieldname, words, fmt).docs)
    try:
        return reader.term_info(fieldname, words[0]).doc_frequency()
    except TermNotFound:
        return 0


def _part_table(reader, fieldname, words, fmt, wanted=None) -> dict:
    """``{docnum: (weights, sorted (start, end) spans)}`` of one part in one segment; with
    ``wanted`` (sorted docnums), of those reports only: a common word beside a rare one has
    its positions decoded in the rare one's reports, not in thousands (#17: 电子信息 + 安全生产)."""
    if len(words) > 1:
        found = phrase.cached_phrase(reader, fieldname, words, fmt)
        last = len(words) - 1
        keep = None if wanted is None else set(wanted)
        return {d: (w, [(p, p + last) for p in sorted(s)])
                for d, w, s in zip(found.docs, found.weights, found.starts) if keep is None or d in keep}
    try:
        info = reader.term_info(fieldname, words[0])
    except TermNotFound:
        return {}
    decode = phrase.posting_decoder(fmt)
    postings = phrase.read_postings(phrase.open_postings(reader, fieldname, words[0], info, fmt), wanted)
    found = postings.items() if wanted is None else ((d, postings[d]) for d in wanted if d in postings)
    return {d: ((weight,), [(p, p) for p in decode(value)]) for d, (weight, value) in found}


def _near(a: list, b: list, slop: int) -> list:
    """Whoosh's ``SpanNear._get_spans`` (ordered, mindist 1) on ``(start, end)`` tuples."""
    spans = set()
    for a_start, a_end in a:
        for b_start, b_end in b:
            if b_end < a_start - slop or a_start > b_start:
                continue
            if b_start > a_end + slop:
                break
            if a_end < b_start:
                dist = b_start - a_end
            elif b_end < a_start:
                dist = a_start - b_end
            else:  # they overlap
                continue
            if 1 <= dist <= slop:
                spans.add((min(a_start, b_start), max(a_end, b_end)))
    return sorted(spans)


def _joined(spans_of_parts: list, slop: int) -> list:
    """The spans of the parts joined over Whoosh's binary tree (``make_binary_tree``)."""
    if len(spans_of_parts) == 1:
        return spans_of_parts[0]
    half = len(spans_of_parts) // 2
    left = _joined(spans_of_parts[:half], slop)
    if not left:
        return left
    return _near(left, _joined(spans_of_parts[half:], slop), slop)


def find_near(reader, fieldname, parts, slop, fmt) -> FoundPhrase:
    """Where ``parts`` (each a tuple of words, bytes) occur near each other in one segment,
    deleted documents included. ``starts`` holds each report's joined spans."""
    # the rarest part first; each other part is read only in the reports that hold all before it
    by_words: dict = {}
    candidates = None
    for words in sorted(set(parts), key=lambda w: _part_size(reader, fieldname, w, fmt)):
        table = _part_table(reader, fieldname, words, fmt, candidates)
        candidates = sorted(table) if candidates is None else [d for d in candidates if d in table]
        if not candidates:
            return FoundPhrase([], [], [])
        by_words[words] = table
    docs, weights, spans = [], [], []
    for doc in candidates:
        joined = _joined([by_words[words][doc][1] for words in parts], slop)
        if joined:
            docs.append(doc)
            weights.append(tuple(w for words in parts for w in by_words[words][doc][0]))
            spans.append(joined)
    return FoundPhrase(docs, weights, spans)


class NearMatcher(PhraseMatcher):
    """Walks a ``FoundPhrase`` of a ``NearSequence``: its spans are the joined spans, and a
    report's score adds the parts' scores up the same tree as Whoosh's matchers do."""

    def __init__(self, found, make_scorers, length, boost=1.0, i=0, sizes=()):
        super().__init__(found, make_scorers, length, boost, i)
        self._sizes = sizes

    def copy(self):
        return self.__class__(self._found, self._make_scorers, self._length, self._boost, self._i, self._sizes)

    def spans(self):
        return [Span(start, end) for start, end in self._found.starts[self._i]]

    def weight(self):
        return sum(self._found.weights[self._i]) * self._boost

    def score(self):
        scores = self.word_scores()
        per_part, at = [], 0
        for size in self._sizes:
            per_part.append(_tree_sum(scores, at, at + size))
            at += size
        return _tree_sum(per_part, 0, len(per_part)) * self._boost

    def max_quality(self):
        qualities = [s.max_quality() for s in self._scorer_list()]
        return sum(qualities) * self._boost
