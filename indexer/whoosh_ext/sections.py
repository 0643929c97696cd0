"""Restricting a query to sections of some kinds (the section filter and facet).

A report's body is indexed once, in ``text`` and ``text_lit``. Where each kind
of section lies is a column of position ranges per report (``section_spans``,
written by write.report_terms): ``{kind: (word ranges, bigram ranges)}``.

``restrict(query, kinds)`` wraps every leaf of a compiled query that searches
the body in ``WithinSections``, whose matcher keeps a report only when one of
the leaf's matches (a word, a phrase, a bigram sequence: its spans) lies
inside a section of one of ``kinds``. A leaf is restricted on its own, so
``土地 污水`` within 存在问题 needs each string in some 存在问题 section of the
report, not both in the same one: the meaning the former per-kind copy of
the body had. Leaves in other fields (title:, park:, year:) are left alone.

Where a segment has a positions sidecar (positions.py), a word's or a phrase's
reports by kind of section come from arrays: its match starts (keys ``report <<
32 | position``) against the sections' bounds kept beside them, one
``searchsorted`` per kind, instead of a binary search per section and report in
Python (``_kinds_from_arrays``).
"""
from __future__ import annotations

from array import array
from bisect import bisect_left

from whoosh import query as Q
from whoosh.matching import FilterMatcher, NullMatcher
from whoosh.reading import TermNotFound

import numpy as np

from . import phrase, positions
from ..lru import SHARED
from .remember import SegmentMemory, SegmentStore

SPANS_COLUMN = "section_spans"
UNITS = {"text": 0, "text_lit": 1}  # field → index of its ranges in a kind's entry


def restrict(query, kinds):
    """``query`` with each body leaf (a query on ``text`` or ``text_lit``) kept to ``kinds``."""
    kinds = tuple(kinds)
    if not kinds or query is None:
        return query
    if isinstance(query, WithinSections):  # kept to sections twice (a query's own section reading
        both = tuple(k for k in query.kinds if k in kinds)  # under the section filter): both at once
        return WithinSections(query.child, both, query.boost) if both else Q.NullQuery
    field = _leaf_field(query)
    if field in UNITS and hasattr(query, "within"):  # a query that keeps to sections itself (chars.py)
        if getattr(query, "kinds", None):
            both = tuple(k for k in query.kinds if k in kinds)
            return query.within(both) if both else Q.NullQuery
        return query.within(kinds)
    if field in UNITS:
        return WithinSections(query, kinds)
    if query.is_leaf() or isinstance(query, Q.Sequence):
        return query
    return query.apply(lambda child: restrict(child, kinds))


def _leaf_field(query):
    """The field of a leaf query (a term, a phrase, a prefix, a sequence of phrases in one
    field, where a part may be an OR of phrases: 招商引资 near any of 难题 / 瓶颈 …)."""
    if isinstance(query, Q.Sequence):
        fields = {_part_field(q) for q in query.subqueries}
        return fields.pop() if len(fields) == 1 else None
    return getattr(query, "fieldname", None) if query.is_leaf() else None


def _part_field(query):
    if isinstance(query, Q.Or):
        fields = {getattr(q, "fieldname", None) for q in query.subqueries}
        return fields.pop() if len(fields) == 1 else None
    return getattr(query, "fieldname", None)


def _expanded(multiterm, reader) -> list:
    """The terms of one segment a prefix (or other multi-term query) stands for."""
    field = multiterm.fieldname
    return [Q.Term(field, reader.schema[field].from_bytes(b)) for b in multiterm._btexts(reader)]


class WithinSections(Q.WrappingQuery):
    """``child`` (a query on one body field), matching only inside sections of ``kinds``."""

    def __init__(self, child, kinds, boost=1.0):
        super().__init__(child)
        self.kinds = tuple(kinds)
        self.boost = boost  # (Whoosh's wrapping queries have none: a boost set on one did nothing)

    def __repr__(self):
        return f"{self.__class__.__name__}({self.child!r}, {self.kinds!r}, boost={self.boost})"

    def __eq__(self, other):
        return (other.__class__ is self.__class__ and other.child == self.child
                and other.kinds == self.kinds and other.boost == self.boost)

    def __hash__(self):
        return hash((self.__class__, self.child, self.kinds, self.boost))

    def _rewrap(self, child):
        return self.__class__(child, self.kinds, self.boost)

    def estimate_size(self, ixreader):
        return self.child.estimate_size(ixreader)

    def matcher(self, searcher, context=None):
        reader = searcher.reader()
        if isinstance(self.child, Q.MultiTerm):
            # a prefix's matcher may merge its terms' postings without their positions:
            # restrict each term it expands to instead
            terms = _expanded(self.child, reader)
            return Q.Or([WithinSections(t, self.kinds) for t in terms], boost=self.child.boost * self.boost).matcher(
                searcher, context)
        child = self.child.matcher(searcher, context)
        if not child.is_active() or not reader.has_column(SPANS_COLUMN):
            return NullMatcher()
        # the reports where the leaf matches inside one of the kinds: from where it
        # matches by kind, found once per segment (leaf_kinds), not from its spans per report
        inside = self.doc_set(searcher, {})
        return FilterMatcher(child, inside, boost=self.boost) if inside else NullMatcher()

    def doc_set(self, searcher, memo: dict) -> set:
        """The reports of one segment this query matches, for counting (docsets.py)."""
        found = leaf_kinds(searcher, self.child, memo)
        return set().union(*(found[kind] for kind in self.kinds if kind in found))


# -- where a leaf matches, by section kind (for counting) ---------------------------

_columns = SegmentStore()  # (folder, segment id, column) -> the spans column as a list


def spans_column(reader):
    """One segment's ``section_spans`` column as a list by docnum (None: no such column).

    Whoosh's column reader unpickles a report's entry on every lookup; the list is
    read once per segment and kept (a segment never changes) until its folder is forgotten."""
    if not reader.has_column(SPANS_COLUMN):
        return None
    return _columns.get(phrase.segment_key(reader, SPANS_COLUMN), lambda: _read_spans(reader))


def needs_spans(reader) -> bool:
    """Whether searches of this segment read its spans column decoded (``spans_column``): a
    segment whose positions sidecar holds no sections' bounds (an index from before it).
    A segment with them answers every word, phrase and prefix from the arrays; the decoded
    column (at 30,000 reports ~63 MB of Python objects, ~0.3 s to read) is then read only
    if a rarer query asks it (``_leaf_kinds_decoded``'s last branches), not when the
    generation is opened."""
    if not reader.has_column(SPANS_COLUMN):
        return False
    arrays = positions.segment_arrays(reader)
    return arrays is None or any(arrays.section_bounds(field) is None for field in UNITS)


def _read_spans(reader) -> list:
    reading = reader.column_reader(SPANS_COLUMN)
    column = list(reading)
    if len(column) != reader.doc_count_all():
        column = [reading[d] for d in range(reader.doc_count_all())]
    return column


def forget_folder(folder, moved_to=None, keep=frozenset()) -> None:
    """Forget the columns and kinds read from one index folder (a generation no longer served),
    but those of the segments in ``keep``, shared with the generation in ``moved_to``."""
    _kinds.forget(folder, moved_to, keep)
    _columns.forget(folder, moved_to, keep)


# What the kinds of section where leaves match may hold, in bytes: 4 a report and kind
# (sorted docnums in an array per kind).
KINDS_BYTES = 16 * 2**20
_kinds = SegmentMemory(KINDS_BYTES, lambda found: 64 + sum(64 + 4 * len(docs) for docs in found.values()),
                       "section kinds", SHARED)


def leaf_kinds(searcher, leaf, memo: dict) -> dict:
    """``{kind: sorted docnums (an array)}``: the reports of one segment where ``leaf`` (a
    query on a body field) matches inside a section of that kind.
    Remembered per segment (``_kinds``) and per request (``memo``): the section facet's
    counts, the section filter and the next search with the same word share one pass."""
    key = (id(searcher), "kinds", leaf)
    found = memo.get(key)
    if found is None:
        remembered = phrase.segment_key(searcher.reader(), "kinds", leaf)
        found = memo[key] = _kinds.get(remembered, lambda: _leaf_kinds(searcher, leaf))
    return found


def _leaf_kinds(searcher, leaf) -> dict:
    found = _kinds_from_arrays(searcher, leaf)
    return _leaf_kinds_decoded(searcher, leaf) if found is None else found


def _kinds_from_arrays(searcher, leaf):
    """``_leaf_kinds`` of a word or a phrase from the segment's positions sidecar; None
    when it has none (or the leaf is another kind of query)."""
    reader = searcher.reader()
    field = _leaf_field(leaf)
    if field not in UNITS or not reader.has_column(SPANS_COLUMN):
        return None
    arrays = positions.segment_arrays(reader)
    bounds = arrays.section_bounds(field) if arrays is not None else None
    if bounds is None:
        return None
    fieldobj = searcher.schema[field]
    if type(leaf) is Q.Term:
        try:
            word = fieldobj.to_bytes(leaf.text)
        except ValueError:
            return {}
        starts, width = phrase.term_keys(reader, field, word), 0
    elif type(leaf) is phrase.ConsecutivePhrase and leaf.slop == 1 and len(leaf.words) > 1:
        try:
            words = tuple(fieldobj.to_bytes(w) for w in leaf.words)
        except ValueError:
            return {}
        found = phrase.cached_phrase(reader, field, words, fieldobj.format)
        if type(found) is not phrase.FoundArrays:
            return {} if not found.docs else None
        starts, width = found.keys, len(words) - 1
    else:
        return None
    if starts is None:
        return None
    out = positions.kinds_of(bounds, starts, width)
    if reader.has_deletions():
        deleted = np.fromiter(reader.segment().deleted_docs(), dtype=np.int64)
        out = {kind: docs[~np.isin(docs, deleted)] for kind, docs in out.items()}
    return {kind: array("i", docs.astype(np.int32).tobytes()) for kind, docs in out.items() if len(docs)}


def _spans_against_arrays(searcher, leaf, field):
    """``_leaf_kinds`` of any other leaf (``near.NearAny``, a sequence with gaps): each of its
    matcher's spans held against the sections' bounds of the segment's positions sidecar, as
    the phrases' starts are; None when the segment has no bounds (the decoded column decides)."""
    reader = searcher.reader()
    arrays = positions.segment_arrays(reader) if field in UNITS and reader.has_column(SPANS_COLUMN) else None
    bounds = arrays.section_bounds(field) if arrays is not None else None
    if bounds is None:
        return None
    deleted = reader.is_deleted if reader.has_deletions() else None
    keys, widths = array("q"), array("q")
    matcher = leaf.matcher(searcher, searcher.boolean_context())
    while matcher.is_active():
        docnum = matcher.id()
        if deleted is None or not deleted(docnum):
            for span in matcher.spans():
                keys.append(docnum << 32 | span.start)
                widths.append(span.end - span.start)
        matcher.next()
    keys, widths = np.frombuffer(keys, dtype=np.int64), np.frombuffer(widths, dtype=np.int64)
    order = np.argsort(keys, kind="stable")
    out = positions.kinds_of(bounds, keys[order], widths[order])
    return {kind: array("i", docs.astype(np.int32).tobytes()) for kind, docs in out.items() if len(docs)}


def _leaf_kinds_decoded(searcher, leaf) -> dict:
    """``_leaf_kinds`` by decoding the leaf's positions report by report."""
    reader = searcher.reader()
    if isinstance(leaf, Q.MultiTerm):  # each term its own way (from the arrays where the segment has them)
        union: dict = {}
        for term in _expanded(leaf, reader):
            for kind, docs in _leaf_kinds(searcher, term).items():
                union.setdefault(kind, set()).update(docs)
        return {kind: array("i", sorted(docs)) for kind, docs in union.items()}
    field = _leaf_field(leaf)
    if type(leaf) is not Q.Term and not (type(leaf) is phrase.ConsecutivePhrase and leaf.slop == 1
                                         and len(leaf.words) > 1):  # the generic matcher's leaves
        found = _spans_against_arrays(searcher, leaf, field)
        if found is not None:
            return found
    column = spans_column(reader)
    if column is None:
        return {}
    unit = UNITS[field]
    fieldobj = searcher.schema[field]
    deleted = reader.is_deleted if reader.has_deletions() else None
    out: dict = {}  # kind -> docnums, each appended once, in the order the reports are met

    def record(docnum, spans):  # spans: (first, last) positions of each match
        if deleted is not None and deleted(docnum):
            return
        entry = column[docnum]
        if not entry:
            return
        for kind, ranges in entry.items():
            if any(start <= a and b < end for start, end in ranges[unit] for a, b in spans):
                out.setdefault(kind, []).append(docnum)

    def record_starts(docnum, starts, width):
        """``record`` for matches of one width: ``starts`` are their sorted first positions.
        A section [start, end) holds one when the first start at or after ``start`` ends
        before ``end``; a binary search per section instead of a test per match."""
        if deleted is not None and deleted(docnum):
            return
        entry = column[docnum]
        if not entry:
            return
        count = len(starts)
        for kind, ranges in entry.items():
            for start, end in ranges[unit]:
                i = bisect_left(starts, start)
                if i < count and starts[i] + width < end:
                    out.setdefault(kind, []).append(docnum)
                    break

    if type(leaf) is Q.Term:
        try:
            word = fieldobj.to_bytes(leaf.text)
            info = reader.term_info(field, word)
        except (TermNotFound, ValueError):
            return {}
        decode = phrase.posting_decoder(fieldobj.format)
        postings = phrase.read_postings(phrase.open_postings(reader, field, word, info, fieldobj.format))
        for docnum, (_, value) in postings.items():
            record_starts(docnum, list(decode(value)), 0)  # positions ascend
    elif type(leaf) is phrase.ConsecutivePhrase and leaf.slop == 1 and len(leaf.words) > 1:
        try:
            words = tuple(fieldobj.to_bytes(w) for w in leaf.words)
        except ValueError:
            return {}
        if all((field, w) in reader for w in words):
            found = phrase.cached_phrase(reader, field, words, fieldobj.format)
            width = len(words) - 1
            for docnum, starts in zip(found.docs, found.starts):
                record_starts(docnum, sorted(starts), width)
    else:
        matcher = leaf.matcher(searcher, searcher.boolean_context())
        while matcher.is_active():
            record(matcher.id(), [(span.start, span.end) for span in matcher.spans()])
            matcher.next()
    return {kind: array("i", sorted(docs)) for kind, docs in out.items()}
