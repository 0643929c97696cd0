"""Phrase matching by document sets and position sets: Whoosh's Phrase, made cheap.

Every string a user types is matched as a phrase of character bigrams in a
literal field (``query._Compiler.literal_query``), and a string of several
words is ranked by a phrase of words. Whoosh answers a phrase with its span
machinery: an intersection matcher per pair of words, a ``Span`` object per
position of every word in every candidate report, and a binary search per span.
On 1000 reports that cost tens of milliseconds per phrase and field, and the
first search of a string runs it once for the result list and once per section
kind for the section facet.

``ConsecutivePhrase`` is a ``whoosh.query.Phrase`` (slop 1: the words at
consecutive positions) that matches the same reports with the same scores by a
shorter road, in one segment at a time:

1. each distinct word is looked up once in the term dictionary, and its postings
   are read block by block, rarest word first; a block that cannot hold a report
   still in the running is not decoded;
2. the reports are the intersection of the words' report sets (``dict`` keys);
3. in each of them the positions are decoded once per word and the phrase's
   start positions are ``{p} & {p - 1} & {p - 2} …`` over the words, set
   operations done in C;
4. scores are Whoosh's: each word's scorer (BM25F) on its weight in the report,
   summed in the binary-tree order Whoosh's intersection matcher adds them,
   times the boost, and only computed when a collector asks (counting asks
   nothing);
5. what a phrase matched in a segment is remembered (``cached_phrase``, bounded):
   a segment never changes, and a facet that drops its own filter, or the next
   search with the same string, asks again.

Anything outside that path (a slop other than 1, a field without positions, a
searcher over several segments) falls back to Whoosh's own Phrase matcher.

Where the segment has a positions sidecar for the field (positions.py: the body
fields), steps 1–3 read no postings at all (``find_phrase_arrays``): each word's
keys ``report << 32 | position`` are a sorted array, the phrase's starts the
intersection of the arrays shifted by each word's place, a word's weight in a
report (its frequency) two ``searchsorted`` calls, and the scores of every report
are computed at once (``PhraseMatcher.all_scores``) with Whoosh's BM25F formula
applied to arrays, operation for operation. ``find_phrase_decoded`` (the postings
read and decoded in Python) stays for other fields and older segments, and is the
reference the array path is tested against.
"""
from __future__ import annotations

import os
import pickle
from array import array
from bisect import bisect_left, bisect_right
from itertools import accumulate, repeat
from operator import add

from whoosh import formats
from whoosh import query as Q
from whoosh.codec.whoosh3 import LENGTHS_COLUMN, W3LeafMatcher, _lenfield
from whoosh.matching import FilterMatcher, Matcher, NullMatcher, ReadTooFar
from whoosh.query.spans import Span
from whoosh.reading import TermNotFound
from whoosh.scoring import BM25FScorer, WeightLengthScorer
from whoosh.system import _INT_SIZE
from whoosh.util.numeric import byte_to_length

import numpy as np

from . import positions
from ..lru import SHARED
from .remember import SegmentMemory


class ConsecutivePhrase(Q.Phrase):
    """A ``Phrase`` (words at consecutive positions) matched by doc sets and position sets."""

    def __eq__(self, other):
        # the same query as Whoosh's Phrase of the same words: only the road differs
        return (isinstance(other, Q.Phrase) and type(other) in (Q.Phrase, ConsecutivePhrase)
                and self.fieldname == other.fieldname and self.words == other.words
                and self.slop == other.slop and self.boost == other.boost)

    __hash__ = Q.Phrase.__hash__

    def matcher(self, searcher, context=None):
        fieldname = self.fieldname
        schema = searcher.schema
        if (self.slop != 1 or len(self.words) < 2 or fieldname not in schema
                or not searcher.is_atomic()):
            return super().matcher(searcher, context)
        field = schema[fieldname]
        if not field.format or not field.format.supports("positions"):
            return super().matcher(searcher, context)
        try:
            words = tuple(field.to_bytes(w) for w in self.words)
        except ValueError:
            return NullMatcher()
        reader = searcher.reader()
        found = cached_phrase(reader, fieldname, words, field.format)
        if reader.has_deletions():
            found = found.without(reader.is_deleted)
        if not found.docs:
            return NullMatcher()
        weighting = (context.weighting if context is not None else None) or searcher.weighting

        def scorers():
            return [weighting.scorer(searcher, fieldname, w, qf=1) for w in words]

        lengths = _field_lengths(reader, fieldname)
        if lengths is None:
            def length(docnum):  # what Whoosh's WeightLengthScorer.dfl reads
                return searcher.doc_field_length(docnum, fieldname, 1)
        else:
            def length(docnum):  # the same, from the column read whole
                return lengths[docnum] or None

        # a segment's postings never change, its deletions may: remember scores without them only
        remembered_as = None if reader.has_deletions() else (fieldname, words)
        return PhraseMatcher(found, scorers, length, self.boost, remembered_as=remembered_as, lengths=lengths)


class FoundPhrase:
    """Where a phrase occurs in one segment: sorted docnums, and per report the
    words' weights (phrase order) and the set of the phrase's start positions."""

    __slots__ = ("docs", "weights", "starts")

    def __init__(self, docs, weights, starts):
        self.docs, self.weights, self.starts = docs, weights, starts

    def without(self, excluded) -> "FoundPhrase":
        keep = [i for i, d in enumerate(self.docs) if not excluded(d)]
        if len(keep) == len(self.docs):
            return self
        return FoundPhrase([self.docs[i] for i in keep], [self.weights[i] for i in keep],
                           [self.starts[i] for i in keep])

    def units(self) -> int:
        """Its size for the cache of found phrases: a report or a position ~40 bytes."""
        return len(self.docs) + sum(map(len, self.starts))


class FoundArrays(FoundPhrase):
    """A ``FoundPhrase`` read from the positions sidecar: ``keys`` are the phrase's starts
    (``report << 32 | position``, sorted), ``freqs`` the words' weights (one row per word
    of the phrase, one column per report). ``weights[i]`` and ``starts[i]`` are made
    when asked, for the callers that step report by report."""

    __slots__ = ("keys", "freqs")

    def __init__(self, keys, docs, freqs):
        self.keys, self.freqs = keys, freqs
        self.docs = docs.tolist()
        self.weights = _ArrayWeights(freqs)
        self.starts = _ArrayStarts(keys, docs)

    def without(self, excluded) -> "FoundPhrase":
        keep = [i for i, d in enumerate(self.docs) if not excluded(d)]
        if len(keep) == len(self.docs):
            return self
        docs = np.asarray(self.docs, dtype=np.int64)[keep]
        return FoundArrays(self.keys[np.isin(self.keys >> 32, docs)], docs, self.freqs[:, keep])

    def units(self) -> int:
        return len(self.docs) + (self.keys.nbytes + self.freqs.nbytes) // 40


class _ArrayWeights:
    """``weights[i]``: the words' weights in report ``i`` of a ``FoundArrays``, a tuple."""

    __slots__ = ("_freqs",)

    def __init__(self, freqs):
        self._freqs = freqs

    def __len__(self):
        return self._freqs.shape[1]

    def __getitem__(self, i):
        return tuple(self._freqs[:, i].tolist())

    def __iter__(self):
        return iter(list(zip(*self._freqs.tolist())))


class _ArrayStarts:
    """``starts[i]``: the set of the phrase's start positions in report ``i``."""

    __slots__ = ("_keys", "_docs", "_bounds")

    def __init__(self, keys, docs):
        self._keys, self._docs, self._bounds = keys, docs, None

    def __len__(self):
        return len(self._docs)

    def __getitem__(self, i):
        if self._bounds is None:
            lo, hi = positions.report_bounds(self._keys, self._docs)
            self._bounds = (lo.tolist(), hi.tolist())
        lo, hi = self._bounds
        return set((self._keys[lo[i]:hi[i]] & positions.LOW).tolist())

    def __iter__(self):
        return (self[i] for i in range(len(self)))


def find_phrase(reader, fieldname, words, fmt) -> FoundPhrase:
    """Where ``words`` (bytes) occur at consecutive positions in ``fieldname`` of one
    segment's ``reader``, deleted documents included (their postings are still there):
    from the positions sidecar where the segment has one for the field."""
    found = find_phrase_arrays(reader, fieldname, words, fmt)
    return find_phrase_decoded(reader, fieldname, words, fmt) if found is None else found


def term_keys(reader, fieldname, word):
    """A term's sorted keys ``report << 32 | position`` in one segment (deleted reports
    included; an empty array for a term the segment lacks), or None when the segment has
    no sidecar for the field."""
    arrays = positions.segment_arrays(reader)
    if arrays is None or not arrays.has_field(fieldname):
        return None
    try:
        info = reader.term_info(fieldname, word)
    except TermNotFound:
        return positions.EMPTY
    return arrays.keys(fieldname, getattr(info, "_offset", None))


def find_phrase_arrays(reader, fieldname, words, fmt):
    """``find_phrase`` from the positions sidecar; None when the segment has none for the field."""
    keys = {}
    for word in set(words):
        found = term_keys(reader, fieldname, word)
        if found is None:
            return None
        if not len(found):
            return FoundPhrase([], [], [])
        keys[word] = found
    starts = positions.phrase_starts([keys[w] for w in words])
    if not len(starts):
        return FoundPhrase([], [], [])
    docs = positions.reports(starts)
    counted = {w: positions.frequencies(keys[w], docs) for w in keys}
    # a posting's weight is its positions counted times the field's boost (Positions.word_values)
    freqs = np.array([counted[w] for w in words], dtype=np.float64) * fmt.field_boost
    return FoundArrays(starts, docs, freqs)


def find_phrase_decoded(reader, fieldname, words, fmt) -> FoundPhrase:
    """``find_phrase`` by reading the words' postings and decoding their positions."""
    infos = {}  # one look-up in the term dictionary per word: its statistics and postings
    for word in set(words):
        try:
            infos[word] = reader.term_info(fieldname, word)
        except TermNotFound:
            return FoundPhrase([], [], [])
    distinct = sorted(infos, key=lambda w: infos[w].doc_frequency())
    tables = {}
    candidates = None  # sorted docnums every word read so far occurs in
    for word in distinct:
        table = read_postings(open_postings(reader, fieldname, word, infos[word], fmt), candidates)
        tables[word] = table
        candidates = list(table) if candidates is None else [d for d in candidates if d in table]
        if not candidates:
            return FoundPhrase([], [], [])
    # the rarest word's positions first: the set of start positions shrinks fastest
    plan = sorted(((words[k], -k) for k in range(len(words))), key=lambda ws: distinct.index(ws[0]))
    repeated = len(distinct) < len(words)  # 一棵一棵: 一棵 twice, decoded once
    decode = posting_decoder(fmt)
    docs, weights, starts = [], [], []
    for doc in candidates:
        decoded = {}
        common = None
        for word, shift in plan:
            if repeated:
                positions = decoded.get(word)
                if positions is None:
                    positions = decoded[word] = tuple(decode(tables[word][doc][1]))
            else:
                positions = decode(tables[word][doc][1])
            shifted = map(add, positions, repeat(shift)) if shift else positions
            common = set(shifted) if common is None else common.intersection(shifted)
            if not common:
                break
        if common:
            docs.append(doc)
            weights.append(tuple(tables[w][doc][0] for w in words))
            starts.append(common)
    return FoundPhrase(docs, weights, starts)


def open_postings(reader, fieldname, word, info, fmt):
    """The postings matcher of a term whose TermInfo is at hand (``reader.postings``
    would look the term up again), deleted documents included."""
    terms = getattr(reader, "_terms", None)
    codec, postfile = getattr(terms, "_codec", None), getattr(terms, "_postfile", None)
    if codec is not None and postfile is not None:
        return codec.postings_reader(postfile, info, fmt, term=(fieldname, word))
    m = reader.postings(fieldname, word)
    return m.child if isinstance(m, FilterMatcher) else m  # deletions: the matcher drops them


def read_postings(m, wanted=None) -> dict:
    """``{docnum: (weight, encoded value)}`` of one term's postings matcher ``m``; with
    ``wanted`` (sorted docnums) only the blocks that may hold one of them are decoded."""
    if isinstance(m, W3LeafMatcher):
        table = {}
        previous_max = -1
        while not m._atend:
            block_max = m._maxid
            if wanted is None or bisect_right(wanted, block_max) > bisect_right(wanted, previous_max):
                # W3LeafMatcher._read_ids, with the ids' running sum done by accumulate in C
                m._read_data()
                ids = m._data[0] if m._byteids else accumulate(m._data[0])
                m._read_weights()
                m._read_values()
                table.update(zip(ids, zip(m._weights, m._values)))
            previous_max = block_max
            m._next_block()
        return table
    table = {}
    while m.is_active():  # postings inlined in the term info, or another codec
        table[m.id()] = (m.weight(), m.value())
        m.next()
    return table


def term_docs(reader, fieldname, word) -> list:
    """The docnums of one term's postings in one segment, deleted documents included."""
    try:
        info = reader.term_info(fieldname, word)
    except TermNotFound:
        return []
    m = open_postings(reader, fieldname, word, info, reader.schema[fieldname].format)
    if isinstance(m, W3LeafMatcher):
        docs = []
        while not m._atend:
            m._read_data()
            docs.extend(m._data[0] if m._byteids else accumulate(m._data[0]))
            m._next_block()
        return docs
    return list(m.all_ids())


def posting_decoder(fmt):
    if type(fmt) is formats.Positions:
        # Positions.decode_positions, with the running sum done by accumulate in C
        def decode(value):
            return accumulate(pickle.loads(value[_INT_SIZE:]))
        return decode
    return fmt.decode_positions


# -- a cache of found phrases, per segment -------------------------------------

# What the cache of found phrases may hold, in units of one report or one position
# (each ~40 bytes in Python: an int, a slot in a set or list), counted in bytes: the
# memories share one budget in bytes (indexer/lru.py). Counting reports alone let a
# frequent phrase's sets of positions (dozens per report) hold hundreds of MB.
CACHE_UNITS = 800_000  # ~32 MB
UNIT_BYTES = 40


def _units(found) -> int:
    return found.units()


_found = SegmentMemory(CACHE_UNITS * UNIT_BYTES, lambda found: found.units() * UNIT_BYTES, "phrases", SHARED)


def cached_phrase(reader, fieldname, words, fmt) -> FoundPhrase:
    """``find_phrase``, remembered per segment."""
    return _found.get(segment_key(reader, fieldname, words),
                      lambda: find_phrase(reader, fieldname, words, fmt))


def forget_folder(folder, moved_to=None, keep=frozenset()) -> None:
    """Forget what was cached for the segments of one index folder (a generation no longer
    served); other folders' entries, another service's included, stay. The segments in
    ``keep`` (ids) are shared with the generation in ``moved_to`` (hard links: the same
    files), so what was read of them is kept, for that folder."""
    folder = os.path.abspath(folder)
    moved_to = os.path.abspath(moved_to) if moved_to is not None else None
    _found.forget(folder, moved_to, keep)
    for key in [k for k in list(_lengths) if k[0] == folder]:
        value = _lengths.pop(key, None)
        if moved_to is not None and key[1] in keep and value is not None:
            _lengths.setdefault((moved_to, *key[1:]), value)


_lengths: dict = {}  # (folder, segment id, field, kind) -> a length column read whole
_LENGTH_OF_BYTE = [byte_to_length(b) for b in range(256)]


def _raw_lengths(reader, fieldname):
    """One segment's length column of ``fieldname`` as bytes, one per docnum (0: none),
    read whole once per segment; None where it is not Whoosh 3's one-byte column."""
    key = segment_key(reader, fieldname, "bytes")
    found = _lengths.get(key) if key is not None else None
    if found is not None:
        return found
    perdoc = getattr(reader, "_perdoc", None)
    try:
        if not perdoc.has_column(_lenfield(fieldname)):
            return None
        column = perdoc.column_reader(_lenfield(fieldname), LENGTHS_COLUMN)
        if column._typecode != "B":
            return None
        found = column._dbfile.get(column._basepos, column._count)
    except AttributeError:
        return None
    if len(found) != column._count:
        return None
    found += bytes(column._doccount - len(found))  # past the column: the default byte, 0
    if key is not None:
        _lengths[key] = found
    return found


def preload_field_lengths(searcher) -> None:
    """Give each segment reader of ``searcher`` its field-length columns in memory.

    BM25 reads a report's field length for every term it scores, and Whoosh reads it
    from the column file with a seek and a one-byte read each time, after opening
    that file in each new searcher (each server thread has its own). The bytes are
    read once per segment and shared; Whoosh's own ``doc_field_length`` then indexes
    them exactly as it indexed its column reader (same bytes, same default).
    """
    for sub, _ in searcher.leaf_searchers():
        reader = sub.reader()
        cached = getattr(getattr(reader, "_perdoc", None), "_readers", None)
        if not isinstance(cached, dict):
            continue
        for fieldname, field in searcher.schema.items():
            if field.scorable:
                raw = _raw_lengths(reader, fieldname)
                if raw is not None:
                    cached.setdefault(_lenfield(fieldname), raw)


def _field_lengths(reader, fieldname):
    """One segment's lengths of ``fieldname`` per docnum (0: none), for phrase scoring."""
    key = segment_key(reader, fieldname, "lengths")
    found = _lengths.get(key) if key is not None else None
    if found is None:
        raw = _raw_lengths(reader, fieldname)
        if raw is None:
            return None
        found = array("L", (_LENGTH_OF_BYTE[b] if b else 0 for b in raw))
        if key is not None:
            _lengths[key] = found
    return found


def segment_key(reader, *rest):
    """(folder, segment id, *rest), or None for a segment not in a folder (not cached).
    The (folder, segment id) pair is kept on the reader: a search asks it hundreds of times."""
    base = getattr(reader, "_parksearch_segment", None)
    if base is None:
        folder = getattr(getattr(reader, "_storage", None), "folder", None)
        segid = getattr(reader, "_segid", None)
        base = False if folder is None or segid is None else (os.path.abspath(folder), segid)
        try:
            reader._parksearch_segment = base
        except AttributeError:  # a reader that takes no attributes: asked again next time
            pass
    return (*base, *rest) if base else None


# -- the matcher ------------------------------------------------------------------

def _bm25(scorer, tf, fl):
    """``BM25FScorer._score`` (Whoosh's ``scoring.bm25``) over arrays, written as it is."""
    idf, avgfl, B, K1 = scorer.idf, scorer.avgfl, scorer.B, scorer.K1
    return idf * ((tf * (K1 + 1)) / (tf + K1 * ((1 - B) + B * fl / avgfl)))


def _tree_sum(values, lo, hi):
    """Sum as ``make_binary_tree(IntersectionMatcher, …)`` adds its children's scores."""
    if hi - lo == 1:
        return values[lo]
    half = (hi - lo) // 2
    return _tree_sum(values, lo, lo + half) + _tree_sum(values, lo + half, hi)


class _Posting:
    """What a Whoosh scorer reads of a term matcher: the current docnum and weight."""

    __slots__ = ("_id", "_weight")

    def id(self):
        return self._id

    def weight(self):
        return self._weight


class DocListMatcher(Matcher):
    """Walks a sorted list of docnums (``self._docs``, position ``self._i``): the stepping
    every matcher over precomputed documents shares; subclasses say what a report scores
    and where it matches."""

    def is_active(self):
        return self._i < len(self._docs)

    def reset(self):
        self._i = 0

    def replace(self, minquality=0):
        # like Whoosh's span matchers: never dropped for quality, only when done
        return self if self.is_active() else NullMatcher()

    def id(self):
        return self._docs[self._i]

    def next(self):
        if self._i >= len(self._docs):
            raise ReadTooFar
        self._i += 1
        return False

    def skip_to(self, id):
        if not self.is_active():
            raise ReadTooFar
        if id > self._docs[self._i]:
            self._i = bisect_left(self._docs, id, self._i)
        return False

    def all_ids(self):
        docs, self._i = self._docs[self._i:], len(self._docs)
        return iter(docs)


class PhraseMatcher(DocListMatcher):
    """Walks a ``FoundPhrase``; scores like Whoosh's phrase matcher."""

    def __init__(self, found: FoundPhrase, make_scorers, length, boost=1.0, i=0, remembered_as=None,
                 lengths=None):
        self.remembered_as = remembered_as  # (field, words) when its scores may be remembered (scoremap)
        self._lengths = lengths  # the field's lengths by docnum (0: none), for all_scores
        self._found = found
        self._docs = found.docs
        self._make_scorers = make_scorers
        self._length = length
        self._scorers = None
        self._by_length = False
        self._boost = boost
        self._i = i

    def __repr__(self):
        return f"{self.__class__.__name__}({len(self._docs)} docs)"

    def copy(self):
        return self.__class__(self._found, self._make_scorers, self._length, self._boost, self._i, self.remembered_as,
                              self._lengths)

    def copy_from_start(self):
        return self.__class__(self._found, self._make_scorers, self._length, self._boost, 0, self.remembered_as,
                              self._lengths)

    def supports(self, astype):
        return False  # a phrase has no posting value of its own; spans() says where it is

    def value(self):
        raise NotImplementedError("a phrase has no posting value")

    def value_as(self, astype):
        raise NotImplementedError("a phrase has no posting value")

    def spans(self):
        last = len(self._found.weights[self._i]) - 1
        return [Span(p, p + last) for p in sorted(self._found.starts[self._i])]

    def weight(self):
        weights = self._found.weights[self._i]
        return _tree_sum(weights, 0, len(weights)) * self._boost

    def _scorer_list(self):
        if self._scorers is None:
            self._scorers = self._make_scorers()
            # BM25F and its kin score (weight, field length): read the length once, not per word
            self._by_length = all(type(s).score is WeightLengthScorer.score and hasattr(s, "dfl")
                                  for s in self._scorers)
        return self._scorers

    def word_scores(self) -> list:
        """Each word's score in the current report, in phrase order."""
        scorers = self._scorer_list()
        doc = self._docs[self._i]
        weights = self._found.weights[self._i]
        if self._by_length:
            length = self._length(doc)
            return [s._score(w, length) for s, w in zip(scorers, weights)]
        posting = _Posting()
        posting._id = doc
        scores = []
        for scorer, weight in zip(scorers, weights):
            posting._weight = weight
            scores.append(scorer.score(posting))
        return scores

    def score(self):
        scores = self.word_scores()
        return _tree_sum(scores, 0, len(scores)) * self._boost

    def all_scores(self):
        """``(docnums, scores)`` of every report from the current one on, computed at once
        over arrays (a phrase found in the sidecar, BM25F scorers, lengths at hand): the
        numbers ``score()`` gives report by report, the same operations in the same order.
        None when that is not so (the caller steps)."""
        found = self._found
        if type(found) is not FoundArrays or self._lengths is None or type(self) is not PhraseMatcher:
            return None
        scorers = self._scorer_list()
        if not self._by_length or any(type(s) is not BM25FScorer for s in scorers):
            return None
        start = self._i
        docs = found.docs[start:]
        lengths = np.asarray(self._lengths)[np.asarray(docs, dtype=np.int64)]
        if not len(docs) or not lengths.all():  # a length of 0 is None to Whoosh's scorer: step
            return (docs, np.zeros(0)) if not len(docs) else None
        scores = [_bm25(s, found.freqs[k, start:], lengths) for k, s in enumerate(scorers)]
        return docs, _tree_sum(scores, 0, len(scores)) * self._boost

    def supports_block_quality(self):
        return False

    def max_quality(self):
        qualities = [s.max_quality() for s in self._scorer_list()]
        return _tree_sum(qualities, 0, len(qualities)) * self._boost
