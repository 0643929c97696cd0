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

from bisect import bisect_right

from whoosh import query as Q
from whoosh.matching import NullMatcher, WrappingMatcher

SPANS_COLUMN = "section_spans"
UNITS = {"text": 0, "text_lit": 1}  # field → index of its ranges in a kind's entry


def restrict(query, kinds):
    """``query`` with each body leaf (a query on ``text`` or ``text_lit``) kept to ``kinds``."""
    kinds = tuple(kinds)
    if not kinds or query is None:
        return query
    field = _leaf_field(query)
    if field in UNITS:
        return WithinSections(query, kinds)
    if query.is_leaf() or isinstance(query, Q.Sequence):
        return query
    return query.apply(lambda child: restrict(child, kinds))


def _leaf_field(query):
    """The field of a leaf query (a term, a phrase, a prefix, a sequence of phrases in one field)."""
    if isinstance(query, Q.Sequence):
        fields = {getattr(q, "fieldname", None) for q in query.subqueries}
        return fields.pop() if len(fields) == 1 else None
    return getattr(query, "fieldname", None) if query.is_leaf() else None


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
            field = self.child.fieldname
            terms = [Q.Term(field, reader.schema[field].from_bytes(b)) for b in self.child._btexts(reader)]
            return Q.Or([WithinSections(t, self.kinds) for t in terms], boost=self.child.boost).matcher(
                searcher, context)
        child = self.child.matcher(searcher, context)
        if not child.is_active() or not reader.has_column(SPANS_COLUMN):
            return NullMatcher()
        column = reader.column_reader(SPANS_COLUMN)
        unit = UNITS[_leaf_field(self.child)]
        kinds = self.kinds

        def ranges_of(docnum):
            spans = column[docnum]
            if not spans:
                return ()
            found = [r for kind in kinds if kind in spans for r in spans[kind][unit]]
            return sorted(found) if len(kinds) > 1 else found

        return InRangesMatcher(child, ranges_of)


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
