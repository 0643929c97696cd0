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
"""
from __future__ import annotations

import os
import threading
from collections import OrderedDict
from bisect import bisect_left, bisect_right

from whoosh import query as Q
from whoosh.matching import FilterMatcher, NullMatcher, WrappingMatcher
from whoosh.reading import TermNotFound

from . import phrase

SPANS_COLUMN = "section_spans"
UNITS = {"text": 0, "text_lit": 1}  # field → index of its ranges in a kind's entry


def restrict(query, kinds):
    """``query`` with each body leaf (a query on ``text`` or ``text_lit``) kept to ``kinds``."""
    kinds = tuple(kinds)
    if not kinds or query is None:
        return query
    if isinstance(query, WithinSections):  # kept to sections twice (a query's own section reading
        both = tuple(k for k in query.kinds if k in kinds)  # under the section filter): both at once
        return WithinSections(query.child, both) if both else Q.NullQuery
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

    def __init__(self, child, kinds):
        super().__init__(child)
        self.kinds = tuple(kinds)

    def __repr__(self):
        return f"{self.__class__.__name__}({self.child!r}, {self.kinds!r})"

    def __eq__(self, other):
        return (other.__class__ is self.__class__ and other.child == self.child
                and other.kinds == self.kinds)

    def __hash__(self):
        return hash((self.__class__, self.child, self.kinds))

    def _rewrap(self, child):
        return self.__class__(child, self.kinds)

    def estimate_size(self, ixreader):
        return self.child.estimate_size(ixreader)

    def matcher(self, searcher, context=None):
        reader = searcher.reader()
        if isinstance(self.child, Q.MultiTerm):
            # a prefix's matcher may merge its terms' postings without their positions:
            # restrict each term it expands to instead
            terms = _expanded(self.child, reader)
            return Q.Or([WithinSections(t, self.kinds) for t in terms], boost=self.child.boost).matcher(
                searcher, context)
        child = self.child.matcher(searcher, context)
        column = spans_column(reader)
        if not child.is_active() or column is None:
            return NullMatcher()
        if _from_postings(self.child):
            # which reports hold a match inside such a section, read from the decoded
            # postings at once (as the section facet counts them), instead of the child's
            # spans report by report: the scores stay the child's (tests/test_sections_fast.py)
            inside = _inside(searcher, self.child, self.kinds)
            return FilterMatcher(child, inside) if inside else NullMatcher()
        unit = UNITS[_leaf_field(self.child)]
        kinds = self.kinds

        def ranges_of(docnum):
            spans = column[docnum]
            if not spans:
                return ()
            found = [r for kind in kinds if kind in spans for r in spans[kind][unit]]
            return sorted(found) if len(kinds) > 1 else found

        return InRangesMatcher(child, ranges_of)

    def doc_set(self, searcher, memo: dict) -> set:
        """The reports of one segment this query matches, for counting (docsets.py)."""
        wanted = set(self.kinds)
        return {d for d, kinds in leaf_kinds(searcher, self.child, memo).items() if kinds & wanted}


# -- where a leaf matches, by section kind (for counting) ---------------------------

_columns: dict = {}  # (folder, segment id, column) -> the spans column as a list
_columns_lock = threading.Lock()


def spans_column(reader):
    """One segment's ``section_spans`` column as a list by docnum (None: no such column).

    Whoosh's column reader unpickles a report's entry on every lookup; the list is
    read once per segment and kept (a segment never changes) until its folder is forgotten."""
    if not reader.has_column(SPANS_COLUMN):
        return None
    key = phrase.segment_key(reader, SPANS_COLUMN)
    with _columns_lock:
        column = _columns.get(key) if key is not None else None
    if column is None:
        reading = reader.column_reader(SPANS_COLUMN)
        column = list(reading)
        if len(column) != reader.doc_count_all():
            column = [reading[d] for d in range(reader.doc_count_all())]
        if key is not None:
            with _columns_lock:
                _columns[key] = column
    return column


def forget_folder(folder, moved_to=None, keep=frozenset()) -> None:
    """Forget the columns read from one index folder (a generation no longer served),
    but those of the segments in ``keep``, shared with the generation in ``moved_to``."""
    folder = os.path.abspath(folder)
    moved_to = os.path.abspath(moved_to) if moved_to is not None else None
    with _columns_lock:
        for key in [k for k in _columns if k[0] == folder]:
            column = _columns.pop(key)
            if moved_to is not None and key[1] in keep:
                _columns.setdefault((moved_to, *key[1:]), column)
        for key in [k for k in _inside_memo if k[0][0] == folder]:
            del _inside_memo[key]


def leaf_kinds(searcher, leaf, memo: dict) -> dict:
    """``{docnum: frozenset of kinds}``: the reports of one segment where ``leaf`` (a
    query on a body field) matches, with the kinds of section it matches inside.
    One pass serves all five counts of the section facet (they share ``memo``)."""
    key = (id(searcher), "kinds", leaf)
    found = memo.get(key)
    if found is None:
        found = memo[key] = _leaf_kinds(searcher, leaf)
    return found


_inside_memo: OrderedDict = OrderedDict()  # (segment, leaf, kinds) -> its reports inside such sections
INSIDE_MEMO = 64  # entries: a search asks for the same restricted leaf several times (list, tiers, facets)


def _inside(searcher, leaf, kinds) -> frozenset:
    """The reports of one segment where ``leaf`` matches inside a section of ``kinds``
    (a segment never changes, so the answer is kept for the next request)."""
    segment = phrase.segment_key(searcher.reader(), SPANS_COLUMN)
    key = (segment, leaf, kinds) if segment is not None else None
    with _columns_lock:
        found = _inside_memo.get(key) if key is not None else None
        if found is not None:
            _inside_memo.move_to_end(key)
            return found
    found = frozenset(_leaf_kinds(searcher, leaf, only=kinds))
    if key is not None:
        with _columns_lock:
            _inside_memo[key] = found
            while len(_inside_memo) > INSIDE_MEMO:
                _inside_memo.popitem(last=False)
    return found


def _from_postings(leaf) -> bool:
    """Whether ``_leaf_kinds`` reads ``leaf``'s matches from its postings (a word, or a
    phrase of consecutive words) rather than by stepping a matcher through its spans."""
    return type(leaf) is Q.Term or (type(leaf) is phrase.ConsecutivePhrase and leaf.slop == 1
                                    and len(leaf.words) > 1)


def _leaf_kinds(searcher, leaf, only=None) -> dict:
    """(``leaf_kinds`` unmemoised; ``only``: look for these kinds alone, a report's first
    one found being enough: which reports, not which kinds)"""
    reader = searcher.reader()
    column = spans_column(reader)
    if column is None:
        return {}
    field = _leaf_field(leaf)
    unit = UNITS[field]
    fieldobj = searcher.schema[field]
    deleted = reader.is_deleted if reader.has_deletions() else None
    out = {}

    def record(docnum, spans):  # spans: (first, last) positions of each match
        if deleted is not None and deleted(docnum):
            return
        entry = column[docnum]
        if not entry:
            return
        kinds = [kind for kind, ranges in entry.items()
                 if any(start <= a and b < end for start, end in ranges[unit] for a, b in spans)]
        if kinds:
            out[docnum] = frozenset(kinds)

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
        kinds = []
        for kind, ranges in (entry.items() if only is None else ((k, entry[k]) for k in only if k in entry)):
            for start, end in ranges[unit]:
                i = bisect_left(starts, start)
                if i < count and starts[i] + width < end:
                    kinds.append(kind)
                    break
            if kinds and only is not None:
                break
        if kinds:
            out[docnum] = frozenset(kinds)

    if type(leaf) is Q.Term:
        try:
            word = fieldobj.to_bytes(leaf.text)
            info = reader.term_info(field, word)
        except (TermNotFound, ValueError):
            return out
        decode = phrase.posting_decoder(fieldobj.format)
        postings = phrase.read_postings(phrase.open_postings(reader, field, word, info, fieldobj.format))
        for docnum, (_, value) in postings.items():
            record_starts(docnum, list(decode(value)), 0)  # positions ascend
        return out
    if type(leaf) is phrase.ConsecutivePhrase and leaf.slop == 1 and len(leaf.words) > 1:
        try:
            words = tuple(fieldobj.to_bytes(w) for w in leaf.words)
        except ValueError:
            return out
        if all((field, w) in reader for w in words):
            found = phrase.cached_phrase(reader, field, words, fieldobj.format)
            width = len(words) - 1
            for docnum, starts in zip(found.docs, found.starts):
                record_starts(docnum, sorted(starts), width)
        return out
    if isinstance(leaf, Q.MultiTerm):
        for term in _expanded(leaf, reader):
            for docnum, kinds in _leaf_kinds(searcher, term).items():
                out[docnum] = out.get(docnum, frozenset()) | kinds
        return out
    matcher = leaf.matcher(searcher, searcher.boolean_context())
    while matcher.is_active():
        record(matcher.id(), [(span.start, span.end) for span in matcher.spans()])
        matcher.next()
    return out


class InRangesMatcher(WrappingMatcher):
    """Passes on the child's documents that have a span inside one of ``ranges_of(docnum)``
    (sorted ``(start, end)`` position ranges, end exclusive)."""

    def __init__(self, child, ranges_of, boost=1.0):
        super().__init__(child, boost)
        self._ranges_of = ranges_of
        self._find()

    def _replacement(self, newchild):
        return self.__class__(newchild, self._ranges_of, self.boost)

    def copy(self):
        return self.__class__(self.child.copy(), self._ranges_of, self.boost)

    def _inside(self) -> bool:
        ranges = self._ranges_of(self.child.id())
        if not ranges:
            return False
        starts = [start for start, _ in ranges]
        for span in self.child.spans():
            i = bisect_right(starts, span.start) - 1
            if i >= 0 and span.end < ranges[i][1]:
                return True
        return False

    def _find(self) -> None:
        child = self.child
        while child.is_active() and not self._inside():
            child.next()

    def is_active(self):
        return self.child.is_active()

    def next(self):
        self.child.next()
        self._find()

    def skip_to(self, id):
        self.child.skip_to(id)
        self._find()

    def all_ids(self):
        while self.is_active():
            yield self.id()
            self.next()

    def supports_block_quality(self):
        return False  # a block's best score may belong to a report the ranges drop
