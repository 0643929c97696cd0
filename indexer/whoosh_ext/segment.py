"""Writing analysed reports straight into a Whoosh segment.

Whoosh's own ``SegmentWriter`` runs every field value through its analyzer one
``Token`` object at a time, puts each posting as a tuple into a pool, sorts the
pool, reads every document's field length back from disk for every posting and
finally hands the postings to its codec one call at a time. On a 1000-report
build that bookkeeping cost more than the analysis itself (docs/benchmarks.md).

``SegmentBuilder`` writes the same segment files through the same codec, fed
differently: the build gives it each report's analysed terms as
``{term: [positions]}`` per field (analyze.py computes them once per chunk of
text and the write stage shares them between the ``text`` field and the section
fields), it keeps the postings grouped by term in memory, and at the end writes
each term's postings as whole blocks. Fields it is not given terms for (ids,
facet columns, stored data) go through Whoosh's field objects as usual.

What lands on disk is what ``SegmentWriter`` would write for the same terms:
``tests/test_segment.py`` compares the two posting by posting. Two differences,
both read back by Whoosh's own reader: a rare term's postings are written
uncompressed (``COMPRESS_MIN``: the reader honours the per-block flag), and blocks
are pickled with a newer protocol (``BLOCK_PROTOCOL``). (Whoosh's own
option for rare terms, inlining them into the term table, crashes in 2.7.5's
writer.) This module uses Whoosh internals (codec writer attributes) and is
safe only with the pinned Whoosh-Reloaded 2.7.5.
"""
from __future__ import annotations

import struct
import zlib
from collections import deque
from array import array
from hashlib import md5
from itertools import chain, count, repeat
from operator import add, getitem, sub
from pickle import dumps

import numpy as np

from whoosh.codec.whoosh3 import WHOOSH3_HEADER_MAGIC, W3Codec, W3TermInfo
from whoosh.filedb.filetables import OrderedHashWriter
from whoosh.filedb.filetables import _lengths as _HASH_LENGTHS
from whoosh.filedb.structfile import StructFile
from whoosh.formats import Positions
from whoosh.system import emptybytes
from whoosh.util.numeric import byte_to_length, length_to_byte

from . import positions as sidecar
from .sections import SPANS_COLUMN, UNITS

# A term with fewer postings than this is written uncompressed: zlib saves little on
# a few dozen bytes and costs a call per block. Measured on 1000 reports with
# BLOCK_PROTOCOL: compressing every term 33 MB, from 16 postings 36 MB, from a full
# block (128) 60 MB; build time and first searches the same within noise (±3 %).
COMPRESS_MIN = 16
_CODEC = W3Codec()
_COMPRESSION = _CODEC._compression  # Whoosh's zlib level, kept for the other terms
_BLOCK = _CODEC._blocklimit  # postings per block
# Whoosh pickles a block with protocol 2, which writes each posting's bytes as a call
# to _codecs.encode: 10x slower to write and to read back and twice the size of
# protocol 4 (5 µs instead of 53 µs per block of 128). Whoosh's reader loads either.
BLOCK_PROTOCOL = 4
_pack_uint = struct.Struct("!I").pack
_pack_ushort = struct.Struct("!H").pack
_pack_int = struct.Struct("!i").pack
_pack_long = struct.Struct("!q").pack
_unpack_int = struct.Struct("!i").unpack_from
_POSTINGS_AT_ONCE = 100_000  # postings whose Python values a segment's writing holds at once
_TERMINFO = W3TermInfo._struct  # flags, weight, doc freq, min/max length bytes, max weight, first/last id


_ONE_POSITION: dict[int, bytes] = {}  # most terms occur once in a field of a report


def encode_positions(positions: list[int]) -> bytes:
    """Whoosh's ``Positions.encode``, byte for byte, without its per-position Python loop."""
    if len(positions) == 1:
        pos = positions[0]
        encoded = _ONE_POSITION.get(pos)
        if encoded is None:
            encoded = _ONE_POSITION[pos] = _pack_uint(1) + dumps(positions, 2)
        return encoded
    return _pack_uint(len(positions)) + dumps(list(map(sub, positions, [0, *positions[:-1]])), 2)


class SegmentBuilder:
    """Collects documents in memory and writes them as one new segment of ``ix``.

    ``add_document(doc, terms)``: ``doc`` is a Whoosh document (field → value);
    ``terms`` gives, for analysed fields with positions, ``{term: [positions]}`` (or the
    occurrences ``(terms, positions)``: see ``_add_terms``) instead of text to analyse (the field's value in ``doc``, if any, is then
    only stored, never analysed). ``finish()`` writes the segment and returns it
    (None when no document was added); ``cancel()`` closes its files (the build
    removes the unfinished generation they are in).

    Beside the segment it writes the positions sidecar (positions.py): the keys
    ``docnum << 32 | position`` of each term of the body fields, gathered as the
    documents come (8 bytes a position), and the sections' bounds.
    """

    def __init__(self, ix):
        self.schema = ix.schema
        self.storage = ix.storage
        self.codec = _CODEC
        self.segment = self.codec.new_segment(self.storage, ix.indexname)
        self._perdoc = self.codec.per_document_writer(self.storage, self.segment)
        self.docnum = 0
        # field -> term (str, or bytes from Whoosh's own fields) -> [(docnum, weight, encoded value)]
        self._postings: dict[str, dict] = {}
        # field -> docnum -> the length Whoosh reads back for it (stored as one byte, so rounded)
        self._lengths: dict[str, dict[int, int]] = {}
        for name, fieldobj in self.schema.items():
            if fieldobj.indexed:
                self._postings[name] = {}
                self._lengths[name] = {}
        # field -> _Runs: the terms given with positions, kept as flat arrays until finish()
        self._runs: dict[str, _Runs] = {}
        self._sidecar = sidecar.sidecar_path(self.storage, self.segment)
        # field -> term (the postings' key) -> array of keys; spans: field -> kind -> (starts, ends)
        self._keys: dict[str, dict] = {}
        self._spans: dict[str, dict] = {}
        if self._sidecar is not None:
            self._keys = {name: {} for name in sidecar.FIELDS
                          if name in self.schema and isinstance(self.schema[name].format, Positions)}

    def add_document(self, doc: dict, terms: dict[str, dict[str, list[int]]] | None = None) -> None:
        terms = terms or {}
        schema = self.schema
        perdoc = self._perdoc
        docnum = self.docnum
        perdoc.start_doc(docnum)
        spans = doc.get(SPANS_COLUMN)
        if spans and self._sidecar is not None:
            self._add_spans(docnum, spans)
        try:
            for name in sorted(set(doc) | set(terms)):
                fieldobj = schema[name]
                value = doc.get(name)
                length = 0
                if name in terms:
                    length = self._add_terms(name, fieldobj, docnum, terms[name])
                elif value is not None and fieldobj.indexed:
                    length = self._add_value(name, fieldobj, docnum, value)
                elif value is None:
                    continue
                perdoc.add_field(name, fieldobj, value if fieldobj.stored else None, length)
                column = fieldobj.column_type
                if column and value is not None:
                    perdoc.add_column_value(name, column, fieldobj.to_column_value(value))
        except Exception:
            perdoc.cancel_doc()
            raise
        perdoc.finish_doc()
        self.docnum += 1

    def _add_terms(self, name, fieldobj, docnum, field_terms) -> int:
        """Keep one report's terms of one field: a few C-level extends of the field's runs
        (``_Runs``), no Python step per term; finish() groups them by term. ``field_terms``:
        ``{term: [positions]}``, or its occurrences in text order as two lists ``(terms,
        positions)`` (a term's positions ascending), which spares the analysis grouping them,
        optionally followed by two int64 arrays ``(codes, positions)``: two-character terms
        as integer codes (``analysis.terms.bigram_codes``), named once per segment."""
        fmt = fieldobj.format
        if not isinstance(fmt, Positions):
            raise TypeError(f"field {name!r} does not store positions; give it a value, not terms")
        runs = self._runs.get(name)
        if runs is None:
            runs = self._runs[name] = _Runs()
        if type(field_terms) is tuple:
            length = runs.add_occurrences(docnum, *field_terms)
        else:
            length = runs.add_lists(docnum, field_terms)
        if length and fieldobj.scorable:
            self._lengths[name][docnum] = byte_to_length(length_to_byte(length))
            return length
        return 0

    def _add_value(self, name, fieldobj, docnum, value) -> int:
        postings = self._postings[name]
        keys = self._keys.get(name)
        length = 0
        for btext, freq, weight, vbytes in fieldobj.index(value):
            length += freq
            if keys is not None:
                base = docnum << 32
                keys.setdefault(btext, array("q")).extend(base | p for p in fieldobj.format.decode_positions(vbytes))
            posting = (docnum, weight, vbytes or emptybytes)
            entry = postings.get(btext)
            if entry is None:
                postings[btext] = [posting]
            else:
                entry.append(posting)
        if not fieldobj.scorable:
            return 0
        if length:
            self._lengths[name][docnum] = byte_to_length(length_to_byte(length))
        return length

    def _add_spans(self, docnum, spans) -> None:
        """Keep where each kind of section lies in the body's units, as keys."""
        base = docnum << 32
        for kind, ranges in spans.items():
            for field, unit in UNITS.items():
                starts, ends = self._spans.setdefault(field, {}).setdefault(kind, (array("q"), array("q")))
                for start, end in ranges[unit]:
                    starts.append(base | start)
                    ends.append(base | end)

    def finish(self):
        """Write the postings and close the segment's files; returns the segment, or None."""
        self._perdoc.close()
        if not self.docnum:
            self._postings.clear()
            self._keys.clear()
            return None
        fieldwriter = self.codec.field_writer(self.storage, self.segment)
        arrays = sidecar.SidecarWriter(self._sidecar) if self._sidecar is not None else None
        try:
            for name in sorted(self._postings):
                postings = self._postings.pop(name)
                runs = self._runs.pop(name, None)
                if runs is not None:
                    runs.fold()
                if runs is not None and not runs.ids:
                    runs = None
                if runs is not None and postings:  # terms and values in one field (never in a build)
                    runs.into(postings, self.schema[name].format.field_boost, self._keys.get(name))
                    runs = None
                if not postings and runs is None:
                    continue
                fieldwriter.start_field(name, self.schema[name])
                key = _pack_ushort(fieldwriter._fieldid)
                lengths = self._lengths[name]
                add_term = _term_adder(fieldwriter._tindex)
                postfile = fieldwriter._postfile
                fixed = self.schema[name].format.fixed_value_size()
                keys = self._keys.pop(name, None) if arrays is not None else None
                if runs is not None:
                    runs.write(postfile, add_term, key, lengths, fixed, self.schema[name].format.field_boost,
                               (lambda offsets, counts, keys: arrays.add_terms(name, offsets, counts, keys))
                               if keys is not None else None)
                else:
                    # str keys (analysed terms) sort like their UTF-8 bytes
                    for term in sorted(postings):
                        btext = term.encode("utf-8") if isinstance(term, str) else term
                        if keys is not None:
                            arrays.add_term(name, postfile.file.tell(), keys.pop(term))
                        add_term(key + btext, _write_postings(postfile, postings[term], lengths, fixed))
                add_term(None, None)  # done: the table writer takes its state back
                fieldwriter.finish_field()
            if arrays is not None:
                for name, values in sidecar.section_arrays(self._spans).items():
                    arrays.add_array(name, values)
                arrays.close()
        except BaseException:
            if arrays is not None:
                arrays.cancel()
            raise
        finally:
            fieldwriter.close()
        self.segment.set_doc_count(self.docnum)
        return self.segment

    def cancel(self) -> None:
        """Close the files; the build removes the unfinished generation they are in."""
        if not self._perdoc.is_closed:
            self._perdoc.close()
        self._postings.clear()
        self._runs.clear()
        self._keys.clear()


class _Runs:
    """One field's terms with positions, as the reports gave them, in flat arrays: per
    occurrence of a term its id (``table``: term → id), its report and its position.
    ``write`` groups them by term with one stable sort (numpy), cuts them into postings
    (a term in a report) and computes what Whoosh writes per posting (weight, encoded
    positions) and the sidecar's keys as whole arrays, in C, not per posting in Python:
    adding a report's terms one dictionary look-up at a time was a quarter of a build
    (docs/benchmarks.md). Reports are added in docnum order."""

    __slots__ = ("table", "counter", "ids", "docs", "flat", "codes", "code_positions", "code_docs")

    def __init__(self):
        self.table: dict[str, int] = {}
        self.counter = count()  # a new term takes the next number (numbers are unique, not dense)
        self.ids, self.docs, self.flat = array("q"), array("q"), array("q")
        # two-character terms given as codes (first << 21 | second): per report its arrays and
        # (docnum, count), named and added to the arrays above by fold()
        self.codes: list = []
        self.code_positions: list = []
        self.code_docs: list = []

    def add_lists(self, docnum: int, field_terms: dict) -> int:
        """Add ``{term: [positions]}``; returns the number of occurrences."""
        lists = field_terms.values()
        # (fromlist: one resize of the array per report, where extend grows it item by item)
        self.ids.fromlist(list(chain.from_iterable(map(repeat, map(self.table.setdefault, field_terms, self.counter),
                                                       map(len, lists)))))
        before = len(self.flat)
        self.flat.fromlist(list(chain.from_iterable(lists)))
        added = len(self.flat) - before
        self.docs.fromlist([docnum] * added)
        return added

    def add_occurrences(self, docnum: int, terms: list, positions: list, codes=None, code_positions=None) -> int:
        """Add the occurrences ``terms[i]`` at ``positions[i]`` (and, given, the two-character
        terms ``codes[i]`` at ``code_positions[i]``: see ``fold``); returns their number."""
        self.ids.fromlist(list(map(self.table.setdefault, terms, self.counter)))
        self.flat.fromlist(positions if type(positions) is list else list(positions))
        self.docs.fromlist([docnum] * len(positions))
        if codes is None or not len(codes):
            return len(positions)
        self.codes.append(codes)
        self.code_positions.append(code_positions)
        self.code_docs.append((docnum, len(codes)))
        return len(positions) + len(codes)

    def fold(self) -> None:
        """Name the terms given as codes and add their occurrences to the arrays: one sort
        of the segment's codes, a string made per distinct term (not per
        occurrence: a report's body has ~2,000 bigrams, a segment's distinct ones are
        ~100 a report), an id from the same table as the other terms."""
        if not self.codes:
            return
        from ..analysis.terms import bigram_names  # (the analysis's encoding, read back here)

        codes = np.concatenate(self.codes)
        positions = np.concatenate(self.code_positions)
        docnums, counts = zip(*self.code_docs)
        docs = np.repeat(np.array(docnums, dtype=np.int64), np.array(counts, dtype=np.int64))
        self.codes, self.code_positions, self.code_docs = [], [], []
        # distinct codes and each occurrence's index among them, by one sort (numpy 2's
        # unique(return_inverse=True) hashes first: ~4x slower on a segment's codes)
        order = np.argsort(codes, kind="stable")  # (3x faster than the default on so many repeats)
        ordered = codes[order]
        new = np.ones(len(ordered), dtype=bool)
        np.not_equal(ordered[1:], ordered[:-1], out=new[1:])
        distinct = ordered[new]
        which = np.empty(len(ordered), dtype=np.int64)
        which[order] = np.cumsum(new) - 1
        before = len(self.table)
        ids = np.fromiter(map(self.table.setdefault, bigram_names(distinct), self.counter), dtype=np.int64,
                          count=len(distinct))
        self.ids.frombytes(ids[which].tobytes())
        self.docs.frombytes(docs.tobytes())
        self.flat.frombytes(positions.astype(np.int64, copy=False).tobytes())
        if len(self.table) != before + len(distinct):
            # a term also given as a string (never by the build: its strings are one character
            # or not Chinese): the occurrences back in report and position order, which the
            # stable sort by term keeps within each term
            all_ids, all_docs, all_flat = (np.frombuffer(a, dtype=np.int64) for a in (self.ids, self.docs, self.flat))
            order = np.lexsort((all_flat, all_docs))
            self.ids, self.docs, self.flat = (array("q", a[order].tobytes()) for a in (all_ids, all_docs, all_flat))

    def _grouped(self):
        """Terms in order; the occurrences in term order (reports ascending within a term,
        a report's in the order given): their reports and positions; per posting its first
        and end index into them; where each term's postings begin; occurrences per term."""
        table = self.table
        terms = sorted(table)  # str terms sort like their UTF-8 bytes
        ids = np.frombuffer(self.ids, dtype=np.int64)
        rank = np.empty(int(ids.max()) + 1, dtype=np.int64)
        rank[np.fromiter(map(table.__getitem__, terms), dtype=np.int64, count=len(terms))] = np.arange(len(terms))
        ranks = rank[ids]
        order = np.argsort(ranks, kind="stable")
        ranks_s = ranks[order]
        docs_s = np.frombuffer(self.docs, dtype=np.int64)[order]
        flat_s = np.frombuffer(self.flat, dtype=np.int64)[order]
        n = len(order)
        new = np.ones(n, dtype=bool)
        new[1:] = (ranks_s[1:] != ranks_s[:-1]) | (docs_s[1:] != docs_s[:-1])
        firsts = np.flatnonzero(new)
        ends = np.empty_like(firsts)
        ends[:-1] = firsts[1:]
        ends[-1:] = n
        posting_ranks = ranks_s[firsts]
        bounds = np.empty(len(terms) + 1, dtype=np.int64)
        bounds[0], bounds[-1] = 0, len(firsts)
        bounds[1:-1] = np.flatnonzero(posting_ranks[1:] != posting_ranks[:-1]) + 1
        return terms, docs_s, flat_s, firsts, ends, bounds, np.bincount(ranks, minlength=len(terms))

    def write(self, postfile, add_term, key, lengths, fixed, boost, add_keys) -> None:
        """Write the field's terms (``add_term``: the term table) and, with ``add_keys``, their
        sidecar keys; the same bytes as adding each term's postings one by one."""
        if type(boost) is not float:  # (the weights below are floats, as len(positions) * boost is)
            self.write_each(postfile, add_term, key, lengths, fixed, boost, add_keys)
            return
        terms, docs_s, flat_s, firsts, ends, bounds, per_term = self._grouped()
        self.ids = self.docs = self.flat = array("q")  # what is grouped is all that is needed now
        deltas = np.empty_like(flat_s)
        deltas[1:] = flat_s[1:] - flat_s[:-1]
        deltas[firsts] = flat_s[firsts]
        offsets = []
        at = postfile.file.tell()  # then counted: only these writes go to the postings file
        edges = bounds.tolist()
        # the postings' Python values (bytes, floats, ints) are made a slice of terms at a time:
        # made for a whole field at once they held ~75 bytes per character of a segment's text
        done = 0
        while done < len(terms):
            upto = min(len(terms), max(done + 1, int(np.searchsorted(bounds, edges[done] + _POSTINGS_AT_ONCE,
                                                                     side="right")) - 1))
            docs, weights, values = self._values(docs_s, flat_s, deltas, firsts, ends, edges[done], edges[upto],
                                                 boost)
            base = edges[done]
            for r in range(done, upto):
                a, b = edges[r] - base, edges[r + 1] - base
                offsets.append(at)
                if b - a == 1:
                    entry = _write_one_posting(postfile, (docs[a], weights[a], values[a]), lengths, fixed, at)
                else:
                    entry = _write_blocks(postfile, docs[a:b], weights[a:b], values[a:b], lengths, fixed, at)
                at += _unpack_int(entry, len(entry) - 4)[0]  # the entry ends with the bytes written
                add_term(key + terms[r].encode("utf-8"), entry)
            done = upto
        if add_keys is not None:
            add_keys(offsets, per_term, (docs_s << 32) | flat_s)

    @staticmethod
    def _values(docs_s, flat_s, deltas, firsts, ends, low: int, high: int, boost) -> tuple[list, list, list]:
        """Postings ``low``…``high - 1`` (in term order): their reports, weights and encoded positions."""
        firsts, ends = firsts[low:high], ends[low:high]
        lens = ends - firsts
        values = [None] * (high - low)
        single = lens == 1
        # a position alone is encoded once per process (_ONE_POSITION) and the same bytes object
        # is every posting's value: pickle writes a repeated object as a reference, so sharing it
        # is part of the bytes written
        ones = flat_s[firsts[single]].tolist()
        cache = _ONE_POSITION
        for pos in set(ones).difference(cache):
            cache[pos] = _pack_uint(1) + dumps([pos], 2)
        if all(pos in cache for pos in ones[:1]):
            one_values = map(cache.__getitem__, ones)
        else:  # a cache that keeps nothing (a test's): a new object per posting, as encode_positions gives
            one_values = map(encode_positions, map(_listed, ones))
        _consume(map(values.__setitem__, np.flatnonzero(single).tolist(), one_values))
        many = ~single
        if many.any():
            origin = int(firsts[0])
            near = deltas[origin: int(ends[-1])].tolist()
            encoded = map(add, map(_pack_uint, lens[many].tolist()),
                          map(dumps, map(near.__getitem__, map(slice, (firsts[many] - origin).tolist(),
                                                               (ends[many] - origin).tolist())), repeat(2)))
            _consume(map(values.__setitem__, np.flatnonzero(many).tolist(), encoded))
        return docs_s[firsts].tolist(), (lens * boost).tolist(), values

    def write_each(self, postfile, add_term, key, lengths, fixed, boost, add_keys) -> None:
        """``write`` term by term, posting by posting in Python (tests/test_segment.py holds the
        two to the same bytes)."""
        postings, keys = {}, ({} if add_keys is not None else None)
        self.into(postings, boost, keys)
        for term in sorted(postings):
            if keys is not None:
                add_keys([postfile.file.tell()], [len(keys[term])], keys[term])
            add_term(key + term.encode("utf-8"), _write_postings(postfile, postings[term], lengths, fixed))

    def into(self, postings: dict, boost, keys: dict | None) -> None:
        """Add the runs to ``postings`` (term → [(docnum, weight, encoded positions)]) and, with
        ``keys``, to the sidecar's keys (term → array of keys) the way values are added."""
        names = {i: t for t, i in self.table.items()}
        found: dict[str, dict[int, list]] = {}
        for i, docnum, pos in zip(self.ids, self.docs, self.flat):
            found.setdefault(names[i], {}).setdefault(docnum, []).append(pos)
        for term, by_doc in found.items():
            for docnum, positions in by_doc.items():
                n = len(positions)
                postings.setdefault(term, []).append((docnum, boost if n == 1 else n * boost,
                                                      encode_positions(positions)))
                if keys is not None:
                    keys.setdefault(term, array("q")).extend((docnum << 32) | p for p in positions)


def _listed(value) -> list:
    return [value]


def _consume(iterator) -> None:
    deque(iterator, maxlen=0)  # runs a map of C calls to its end, no Python step per item


def _write_postings(postfile, postings, lengths, fixed_size) -> bytes:
    """Write one term's postings ``[(docnum, weight, value)]`` as Whoosh's W3
    postings writer would (blocks of pickled ids, weights and values behind a
    small pickled header) and return its term-table entry.

    The same bytes as ``W3PostingsWriter.add_posting`` once per posting, then
    ``finish_postings`` (tests/test_segment.py), except that a rare term's
    blocks are not compressed (COMPRESS_MIN) and the blocks are pickled with
    BLOCK_PROTOCOL. The term's bytes are joined and written with one call.
    """
    if len(postings) == 1:
        return _write_one_posting(postfile, postings[0], lengths, fixed_size)
    docs, weights, values = zip(*postings)
    return _write_blocks(postfile, docs, weights, values, lengths, fixed_size)


def _write_blocks(postfile, docs, weights, values, lengths, fixed_size, start=None) -> bytes:
    """``_write_postings`` block by block, for any number of postings, given as three
    sequences (lists or tuples): the postings' reports, weights and encoded values.
    ``start``: where the postings file is (its ``tell()``), when the caller knows."""
    count = len(docs)
    compression = _COMPRESSION if count >= COMPRESS_MIN else 0
    out = postfile.file  # the StructFile's own file: no wrapper call per write
    if start is None:
        start = out.tell()
    parts = [WHOOSH3_HEADER_MAGIC]
    size_of = len
    total_weight = 0.0
    minlength, maxlength, maxweight = None, 0, 0
    length_byte = _LENGTH_BYTES.get
    length_of = lengths.__getitem__
    for first in range(0, count, _BLOCK):
        if count > _BLOCK:
            block_docs = tuple(docs[first: first + _BLOCK])
            block_weights = tuple(weights[first: first + _BLOCK])
            block_values = tuple(values[first: first + _BLOCK])
        else:
            block_docs, block_weights, block_values = tuple(docs), tuple(weights), tuple(values)
        n = len(block_docs)
        try:  # every report with a posting has a length (when the field has lengths at all)
            block_lengths = list(map(length_of, block_docs)) if lengths else []
        except KeyError:
            block_lengths = [lengths[d] for d in block_docs if d in lengths]
        if block_lengths:
            block_min, block_max = min(block_lengths), max(block_lengths)
            if minlength is None or block_min < minlength:
                minlength = block_min
            if block_max > maxlength:
                maxlength = block_max
        else:
            block_min, block_max = None, 0
        block_maxweight = max(block_weights)
        if block_maxweight < 0:
            block_maxweight = 0
        if block_maxweight > maxweight:
            maxweight = block_maxweight
        total_weight += sum(block_weights)

        deltas = (block_docs[0], *map(sub, block_docs[1:], block_docs[:-1])) if n > 1 else block_docs
        if block_weights.count(1.0) == n:
            mini_weights = None
        elif block_weights.count(block_weights[0]) == n:
            mini_weights = block_weights[0]
        else:
            mini_weights = block_weights
        if fixed_size is None or fixed_size < 0:
            mini_values = block_values
        elif fixed_size == 0:
            mini_values = None
        else:
            mini_values = emptybytes.join(block_values)
        data = dumps((deltas, mini_weights, mini_values), BLOCK_PROTOCOL)
        if compression:
            data = zlib.compress(data, compression)
        low = 0 if block_min is None else (length_byte(block_min) or _length_byte(block_min))
        high = length_byte(block_max) or _length_byte(block_max)
        header = dumps((n, block_docs[-1], block_maxweight, compression, low, high), 2)
        size = size_of(header) + size_of(data)
        parts += (_pack_int(-size if first + _BLOCK >= count else size), header, data)  # negative: the last block
    written = out.write(emptybytes.join(parts))
    # W3TermInfo.to_bytes for postings kept in the postings file
    return _TERMINFO.pack(0, total_weight, count, _length_byte(minlength), _length_byte(maxlength),
                          maxweight, docs[0], docs[-1]) + _pack_long(start) + _pack_int(written)


def _write_one_posting(postfile, posting, lengths, fixed_size, start=None) -> bytes:
    """``_write_postings`` for a term in one report (most terms of a segment): the same
    bytes, without the block loop's zips, slices and sums."""
    docnum, weight, value = posting
    length = lengths.get(docnum)  # None: a field without lengths (a report's is never 0)
    compression = _COMPRESSION if 1 >= COMPRESS_MIN else 0
    maxweight = weight if weight > 0 else 0
    if fixed_size is None or fixed_size < 0:
        values = (value,)
    elif fixed_size == 0:
        values = None
    else:
        values = emptybytes.join((value,))
    data = dumps(((docnum,), None if weight == 1.0 else weight, values), BLOCK_PROTOCOL)
    if compression:
        data = zlib.compress(data, compression)
    length_byte = _length_byte(length)
    header = dumps((1, docnum, weight if weight >= 0 else 0, compression, length_byte,
                    length_byte if length is not None else 0), 2)
    out = postfile.file
    if start is None:
        start = out.tell()
    written = out.write(WHOOSH3_HEADER_MAGIC + _pack_int(-(len(header) + len(data))) + header + data)
    return _TERMINFO.pack(0, 0.0 + weight, 1, length_byte, length_byte if length is not None else 0,
                          maxweight, docnum, docnum) + _pack_long(start) + _pack_int(written)


def _term_adder(tindex):
    """``tindex.add`` (Whoosh's ``OrderedHashWriter``: the term table), the same bytes and
    state without its per-call asserts, three writes and hex digest; ``add(None, None)``
    ends a run of adds. Any other table writer is called as it is."""
    if type(tindex) is not OrderedHashWriter or tindex.hashtype != 0 or type(tindex.dbfile) is not StructFile:
        return lambda key, value: None if key is None else tindex.add(key, value)
    out = tindex.dbfile.file
    tell, write = out.tell, out.write
    buckets = tindex.buckets
    index_append = tindex.index.append
    pack_lengths = _HASH_LENGTHS.pack
    from_bytes = int.from_bytes
    lastkey = tindex.lastkey
    pos = tell()  # then counted: only these adds write to the table's file until the run ends

    def add(key, value):
        nonlocal lastkey, pos
        if key is None:
            tindex.lastkey = lastkey
            return
        if key <= lastkey:
            raise ValueError("Keys must increase: %r..%r" % (lastkey, key))
        index_append(pos)
        record = pack_lengths(len(key), len(value)) + key + value
        write(record)
        # md5_hash: the digest's low 32 bits, as int(hexdigest, 16) & 0xFFFFFFFF gives them
        h = from_bytes(md5(key, usedforsecurity=False).digest()[12:], "big")
        buckets[h & 255].append((h, pos))
        pos += len(record)
        lastkey = key
    return add


_LENGTH_BYTES: dict = {}


def _length_byte(length) -> int:
    """Whoosh's ``length_to_byte`` (0 for no length), remembered: lengths repeat."""
    if length is None:
        return 0
    byte = _LENGTH_BYTES.get(length)
    if byte is None:
        byte = _LENGTH_BYTES[length] = length_to_byte(length)
    return byte
