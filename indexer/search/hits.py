"""A search's hits as arrays, and its groups of near-duplicates worked out only where a report has a copy.

Every hit of a query (10,000 at 10,000 reports for 园区) was a ``Found`` object in a
list, moved into tiers, filtered, grouped into near-duplicates and folded into page
families one object at a time, then walked again for the total and each facet count:
a third of a first search's CPU went to per-hit Python. Here the hits are two arrays
in result order (docnums; scores, or none when sorted by year) and a third for tiers;
ordering, tiers and filters are array operations, and ``Found`` objects are made only
for the groups a page shows.

Grouping touches only the hits that can join another: a report with a near-duplicate
signature left after ``dedupe.without_lonely`` (one that has a copy somewhere in the
index) or with a page family (``dedupe.page_families``). Any other hit is a group of
its own in any hit list, wherever it ranks. ``group_duplicates`` and ``fold_families``
run on the subsequence of those hits, in rank order, exactly as they ran on the whole
list (they compare and merge only such hits, by their relative order), and each group
stands where its best-ranked member ranks (its ``place``). So the total, the count of
folded copies, the facet counts (by each group's first report) and the page are what
grouping every hit gave; ``tests/test_search_pages_only.py`` compares whole answers with
the every-hit way on several indexes.
"""
from __future__ import annotations

import numpy as np

from ..analysis.dedupe import fold_families, group_duplicates
from .cache import Found

_EMPTY_INT = np.zeros(0, dtype=np.int64)


class Hits:
    """Hits in result order: ``docs`` (int64), ``scores`` (float64, or None: sorted by year,
    no score shown), ``tiers`` (int8, the first of the query's tiers each matches; None: all 0)."""

    __slots__ = ("docs", "scores", "tiers")

    def __init__(self, docs, scores=None, tiers=None):
        self.docs, self.scores, self.tiers = docs, scores, tiers

    def __len__(self) -> int:
        return len(self.docs)

    def found(self, i: int) -> Found:
        """Hit ``i`` as a ``Found``."""
        score = None if self.scores is None else float(self.scores[i])
        return Found(int(self.docs[i]), score, 0 if self.tiers is None else int(self.tiers[i]))

    def __iter__(self):
        return (self.found(i) for i in range(len(self.docs)))

    def take(self, keep) -> "Hits":
        """The hits at ``keep`` (a mask or positions), in that order."""
        return Hits(self.docs[keep], None if self.scores is None else self.scores[keep],
                    None if self.tiers is None else self.tiers[keep])

    def approximate_bytes(self) -> int:
        return 128 + sum(a.nbytes for a in (self.docs, self.scores, self.tiers) if a is not None)


def by_score(docs, scores) -> Hits:
    """Best score first, ties by docnum (as ``scoremap._rank`` sorts)."""
    order = np.lexsort((docs, -scores))
    return Hits(docs[order], scores[order])


def in_tiers(hits: Hits, tier_sets) -> Hits:
    """``hits`` moved into tiers, as ``fallback.order_by_tier``: a hit's tier is the first of
    ``tier_sets`` (arrays of docnums) that holds it, else the last; order kept within a tier."""
    if not tier_sets:
        return hits
    tiers = np.full(len(hits), len(tier_sets), dtype=np.int8)
    unplaced = np.ones(len(hits), dtype=bool)
    for k, docs in enumerate(tier_sets):
        inside = unplaced & np.isin(hits.docs, docs)
        tiers[inside] = k
        unplaced &= ~inside
    order = np.argsort(tiers, kind="stable")
    return Hits(hits.docs[order], None if hits.scores is None else hits.scores[order], tiers[order])


def first_in_tier(hits: Hits, first) -> Hits:
    """``hits`` with, in each tier, the hits ``first`` marks (a mask over the first ``len(first)`` hits)
    before the others of the tier, each part in its order; hits after the mask keep their place
    (a question's count asked: questions.writes_count)."""
    n = len(first)
    if n == 0 or not first.any():
        return hits
    tiers = np.zeros(n, dtype=np.int64) if hits.tiers is None else hits.tiers[:n].astype(np.int64)
    head = np.lexsort((np.arange(n), ~first, tiers))
    order = np.concatenate([head, np.arange(n, len(hits), dtype=np.int64)])
    return Hits(hits.docs[order], None if hits.scores is None else hits.scores[order],
                None if hits.tiers is None else hits.tiers[order])


def by_keys_in_tier(hits: Hits, first, keys) -> Hits:
    """``hits`` with, in each tier, the hits ``first`` marks first (as ``first_in_tier``), and each part
    ordered by ``keys`` (higher first; over the first ``len(keys)`` hits, ties in their order); hits after
    them keep their place (a question's tiers: intier.py)."""
    n = len(keys)
    if n == 0:
        return hits
    tiers = np.zeros(n, dtype=np.int64) if hits.tiers is None else hits.tiers[:n].astype(np.int64)
    first = np.zeros(n, dtype=bool) if first is None else np.asarray(first[:n], dtype=bool)
    head = np.lexsort((np.arange(n), -np.asarray(keys, dtype=np.float64), ~first, tiers))
    order = np.concatenate([head, np.arange(n, len(hits), dtype=np.int64)])
    return Hits(hits.docs[order], None if hits.scores is None else hits.scores[order],
                None if hits.tiers is None else hits.tiers[order])


class Grouped:
    """The hits of a search as groups of near-duplicates, in result order.

    ``places``: per group, the position (in ``hits``) of its best-ranked member, which
    orders the groups; ``heads``: per group, the position of the report that stands for
    it (its first member: the longest report of a page family may rank below a copy);
    ``members``: for the few groups of more than one report, their positions in group
    order, keyed by the group's place; ``widened``: the words reports write beside the typed ones that found
    the reports listed last when the query itself found too few (the service's ``_with_related``); ``partial_only``:
    no reading of the query found a report, and every report listed holds only part of it (some of its words, a
    rare word's synonym, its characters: the service's last tiers)."""

    __slots__ = ("hits", "places", "heads", "members", "widened", "partial_only")

    def __init__(self, hits: Hits, places, heads, members: dict):
        self.hits, self.places, self.heads, self.members = hits, places, heads, members
        self.widened: tuple = ()
        self.partial_only = False

    def __len__(self) -> int:
        return len(self.places)

    @property
    def collapsed(self) -> int:
        """How many reports are folded under another one."""
        return len(self.hits) - len(self.places)

    def head_docs(self):
        """The docnum of the report standing for each group, in group order."""
        return self.hits.docs[self.heads]

    def head_tiers(self):
        """The tier of each group's first report (all 0 when the query has no tiers)."""
        if self.hits.tiers is None:
            return np.zeros(len(self.heads), dtype=np.int8)
        return self.hits.tiers[self.heads]

    def page(self, start: int, stop: int) -> list[list[Found]]:
        """Groups ``start:stop`` as lists of ``Found``, the first standing for the group."""
        out = []
        for place in self.places[start:stop].tolist():
            members = self.members.get(place)
            out.append([self.hits.found(i) for i in members] if members else [self.hits.found(place)])
        return out

    def group_numbers(self, docnum_count: int):
        """Per docnum of the index, the number of the group holding it (-1: not a hit)."""
        numbers = np.full(docnum_count, -1, dtype=np.int64)
        by_position = np.empty(len(self.hits), dtype=np.int64)
        by_position[self.places] = np.arange(len(self.places))
        for place, members in self.members.items():
            by_position[members] = by_position[place]
        numbers[self.hits.docs] = by_position
        return numbers

    def approximate_bytes(self) -> int:
        return (self.hits.approximate_bytes() + self.places.nbytes + self.heads.nbytes
                + 100 * sum(len(m) + 1 for m in self.members.values()))


def with_copies(count: int, sigs=None, families=None):
    """Per docnum (``count`` of them), whether the report can join another: it has a
    near-duplicate signature (after ``without_lonely``) or a page family. Once per generation."""
    return np.fromiter(((sigs is not None and bool(sigs[d])) or (families is not None and bool(families[d]))
                        for d in range(count)), dtype=bool, count=count)


def group(hits: Hits, collapse: bool, sigs=None, families=None, copies=None) -> Grouped:
    """``hits`` in groups of near-duplicates (``dedupe.group_duplicates``) with page families
    folded (``dedupe.fold_families``), as grouping every hit gave them; ``sigs`` and
    ``families``: per docnum (sequences), blank where a report has none; None: no such column;
    ``copies``: ``with_copies`` of them (computed here when not given).
    Without ``collapse`` every hit is a group of its own."""
    n = len(hits)
    every = np.arange(n, dtype=np.int64)
    if not collapse or n == 0 or (sigs is None and families is None):
        return Grouped(hits, every, every, {})
    if copies is None:
        copies = with_copies(int(hits.docs.max()) + 1, sigs, families)
    special = np.flatnonzero(copies[hits.docs]).tolist()  # positions, in rank order
    if not special:
        return Grouped(hits, every, every, {})
    docs = dict(zip(special, hits.docs[special].tolist()))
    # the same two steps as over every hit: the others would each be a group of one, untouched
    groups = [[i] for i in special] if sigs is None else group_duplicates(special, lambda i: sigs[docs[i]])
    if families is not None:
        groups = fold_families(groups, lambda i: families[docs[i]] or "")
    hidden = np.zeros(n, dtype=bool)
    heads = every.copy()
    members = {}
    for members_of in groups:
        if len(members_of) < 2:
            continue
        place = min(members_of)
        hidden[members_of] = True
        hidden[place] = False
        heads[place] = members_of[0]
        members[place] = members_of
    places = np.flatnonzero(~hidden)
    return Grouped(hits, places, heads[places], members)


def doc_array(found) -> np.ndarray:
    """A set (or any iterable) of docnums as a sorted int64 array."""
    if isinstance(found, np.ndarray):
        return found
    out = np.fromiter(found, dtype=np.int64, count=len(found)) if hasattr(found, "__len__") else \
        np.fromiter(found, dtype=np.int64)
    out.sort()
    return out


EMPTY = Hits(_EMPTY_INT, np.zeros(0))
