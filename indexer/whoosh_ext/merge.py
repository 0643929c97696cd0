"""Merging Whoosh segments into one, by rewriting postings blocks (renumbered), not re-indexing.

Whoosh's own merge (``SegmentWriter.add_reader``) replays every posting of every
segment through its posting pool one tuple at a time, sorts the pool, reads each
document's field length back from disk per posting and writes the result one
call per posting: 43 ms per report, a whole-index re-merge of 10,000 reports in
minutes. A segment's postings are already sorted by term and by document, and
live documents keep their order, so a merge only has to:

* give each live document its new number (segment after segment, deleted ones
  dropped);
* copy every per-document column (stored fields, lengths, facet columns, section
  spans) value by value in its stored form: nothing is unpickled or recompressed;
* walk the segments' term tables together in term order and, for each term,
  read its postings blocks as they lie in the files (not through Whoosh's
  matcher): a term with a full block or more per segment has its blocks copied,
  each block's ids moved by its segment's offset (only the block's first id and
  its header's last id change: the others are deltas); a smaller term is
  decoded and written again as full blocks with ``segment._write_blocks``;
  a segment with deleted reports is read through the matcher and renumbered;
* write the positions sidecar (positions.py) from the segments' sidecars, each
  array renumbered (only when every segment has one: otherwise the new segment
  is searched by decoding its postings, as the old ones were).

The result holds the postings ``SegmentBuilder`` would write for the same live
documents in that order (tests/test_scale.py reads them back posting by posting,
with each term's statistics), except that each field's total length (BM25's
average) is the sum of the segments' exact totals minus the deleted documents'
one-byte lengths, and that a copied term keeps its segments' block boundaries
(at most one short block per segment; a block's compression as it was). Copying
cut a 30,000-report merge's CPU by ~40 % (docs/benchmarks.md, session 17): the
zlib calls that remain are for the blocks whose ids move.
Uses Whoosh 2.7.5 internals (term table, postings matcher, column writers): safe
only with the pinned Whoosh-Reloaded.
"""
from __future__ import annotations

import heapq
import struct
import zlib
from array import array
from functools import partial
from itertools import accumulate, islice, repeat
from operator import add
from pickle import dumps, loads

from whoosh import columns
from whoosh.codec.whoosh3 import LENGTHS_COLUMN, STORED_COLUMN, WHOOSH3_HEADER_MAGIC, W3TermInfo, _lenfield
from whoosh.reading import SegmentReader
from whoosh.util.numeric import byte_to_length

import numpy as np

from . import positions as sidecar
from .segment import _BLOCK as BLOCK
from .segment import _CODEC as CODEC
from .segment import _TERMINFO as TERMINFO
from .segment import BLOCK_PROTOCOL
from .segment import _pack_int as pack_int
from .segment import _pack_long as pack_long
from .segment import _pack_ushort as pack_field_id
from .segment import _term_adder as term_adder
from .segment import _unpack_int as unpack_int
from .segment import _write_blocks as write_blocks
from .segment import _write_one_posting as write_one_posting
from .segment import _write_postings as write_postings

_LENGTH_OF_BYTE = [byte_to_length(b) for b in range(256)]
_STORED = "_stored"
# Postings per part (on average) from which a merged term's blocks are copied, not re-cut:
# then at most one block per part is short, and most are full already.
COPY_MIN = BLOCK
_EXTENT = struct.Struct("!qi")  # a term info's postings offset and length (W3TermInfo.to_bytes)


def merge_segments(storage, schema, indexname: str, segments: list):
    """Write the live documents of ``segments`` (in that order) as one new segment of
    the index in ``storage``; returns it (None when no document is live). The source
    segments' files are only read: the caller drops them from the table of contents."""
    readers = [SegmentReader(storage, schema, seg) for seg in segments]
    try:
        maps, total = _doc_maps(readers)
        if not total:
            return None
        segment = CODEC.new_segment(storage, indexname)
        lengths = _copy_columns(storage, schema, segment, readers, maps, total)
        arrays = _sidecar_writer(storage, segment, segments, maps)
        try:
            _merge_postings(storage, schema, segment, readers, maps, lengths, arrays)
            if arrays is not None:
                arrays.finish()
        except BaseException:
            if arrays is not None:
                arrays.writer.cancel()
            raise
        segment.set_doc_count(total)
        return segment
    finally:
        for reader in readers:
            reader.close()


def _doc_maps(readers) -> tuple[list, int]:
    """Per segment its new numbering: an int offset (no deletions) or a list old → new
    (-1: deleted); and the number of live documents."""
    maps, base = [], 0
    for reader in readers:
        count = reader.doc_count_all()
        if not reader.has_deletions():
            maps.append(base)
            base += count
            continue
        deleted = set(reader.segment().deleted_docs())
        numbering = []
        for docnum in range(count):
            if docnum in deleted:
                numbering.append(-1)
            else:
                numbering.append(base)
                base += 1
        maps.append(numbering)
    return maps, base


def _renumbered(values: list, numbering):
    """``(new docnum, value)`` for each document of one segment's column (new < 0: deleted)."""
    if isinstance(numbering, int):
        return zip(range(numbering, numbering + len(values)), values)
    return zip(numbering, values)


def _stored_form(column):
    """The column that reads and writes ``column``'s values as they lie in the file
    (a pickling or compressing wrapper left out: the merge copies bytes)."""
    while isinstance(column, columns.WrappedColumn):
        column = column._child
    if isinstance(column, columns.CompressedBytesColumn):
        return columns.VarBytesColumn()
    return column


def _raw_writer(perdoc, name, column):
    """A column writer of the new segment that takes values in their stored form."""
    if name not in perdoc._colwriters:
        perdoc._create_column(name, _stored_form(column))
    writer = perdoc._colwriters[name]
    while isinstance(writer, columns.WrappedColumnWriter):
        writer = writer._child
    if isinstance(writer, columns.CompressedBytesColumn.Writer):
        return partial(columns.VarBytesColumn.Writer.add, writer)  # already compressed
    return writer.add


def _copy_columns(storage, schema, segment, readers, maps, total) -> dict:
    """Copy every column; returns the new segment's field lengths ``{field: {docnum: length}}``."""
    perdoc = CODEC.per_document_writer(storage, segment)
    wanted = {_STORED: STORED_COLUMN}
    for name, field in schema.items():
        if field.column_type:
            wanted[name] = field.column_type
        if field.scorable:
            wanted[_lenfield(name)] = LENGTHS_COLUMN
    lengths: dict[str, dict[int, int]] = {}
    totals: dict[str, int] = {}
    length_columns = {_lenfield(name): name for name, field in schema.items() if field.scorable}
    for colname in sorted(wanted):
        column = wanted[colname]
        add_value = None
        field = length_columns.get(colname)
        for reader, numbering in zip(readers, maps):
            source = reader._perdoc
            if not source.has_column(colname):
                continue
            if add_value is None:
                add_value = _raw_writer(perdoc, colname, column)
            values = list(source.column_reader(colname, _stored_form(column)))
            for new, value in _renumbered(values, numbering):
                if new >= 0:
                    add_value(new, value)
            if field is not None:
                kept = lengths.setdefault(field, {})
                totals[field] = totals.get(field, 0) + reader._segment._fieldlengths.get(field, 0)
                for new, byte in _renumbered(values, numbering):
                    if not byte:
                        continue
                    if new >= 0:
                        kept[new] = _LENGTH_OF_BYTE[byte]
                    else:  # a deleted document's length leaves the total (as one byte tells it)
                        totals[field] -= _LENGTH_OF_BYTE[byte]
    perdoc._doccount = total
    perdoc._fieldlengths = {field: n for field, n in totals.items() if n > 0}
    perdoc.close()
    return lengths


class _MergedArrays:
    """The merged segment's sidecar, from the source segments' (``sources``, mapped)."""

    def __init__(self, writer, sources, maps):
        self.writer, self.sources, self.maps = writer, sources, maps

    def add_term(self, field, postings_offset, parts) -> None:
        """``parts``: ``(i, term info bytes)`` of the term in each source segment holding it."""
        keys = []
        for i, infobytes in parts:
            found = self.sources[i].keys(field, W3TermInfo.from_bytes(infobytes)._offset)
            if found is None:
                raise ValueError(f"positions sidecar of segment {i} misses a term of {field}")
            keys.append(renumber(found, self.maps[i]))
        self.writer.add_term(field, postings_offset, np.concatenate(keys) if len(keys) > 1 else keys[0])

    def finish(self) -> None:
        names = sorted({name for source in self.sources for name in source.names()})
        for name in names:
            parts = [renumber(source.array(name), numbering) for source, numbering in zip(self.sources, self.maps)
                     if source.array(name) is not None]
            self.writer.add_array(name, np.concatenate(parts) if parts else sidecar.EMPTY)
        self.writer.close()


def renumber(keys, numbering):
    """Keys ``docnum << 32 | position`` of one source segment with its documents' new
    numbers (``_doc_maps``), the deleted documents' keys left out."""
    if isinstance(numbering, int):
        return keys + (numbering << 32) if numbering else np.array(keys)
    new = np.asarray(numbering, dtype=np.int64)[keys >> 32]
    live = new >= 0
    return (new[live] << 32) | (keys[live] & sidecar.LOW)


def _sidecar_writer(storage, segment, segments, maps):
    """A writer of the merged segment's sidecar, or None when a source has none."""
    path = sidecar.sidecar_path(storage, segment)
    if path is None:
        return None
    sources = []
    for source in segments:
        try:
            sources.append(sidecar.PositionArrays(sidecar.sidecar_path(storage, source)))
        except (OSError, ValueError):
            return None
    return _MergedArrays(sidecar.SidecarWriter(path), sources, maps)


def _merge_postings(storage, schema, segment, readers, maps, lengths, arrays=None) -> None:
    fieldwriter = CODEC.field_writer(storage, segment)
    postfile = fieldwriter._postfile
    try:
        for name in sorted(schema.names()):
            field = schema[name]
            if not field.indexed:
                continue
            sources = [_field_terms(reader, name, i) for i, reader in enumerate(readers)
                       if name in reader._terms._fieldmap]
            if not sources:
                continue
            fieldwriter.start_field(name, field)
            key = pack_field_id(fieldwriter._fieldid)
            add_term = term_adder(fieldwriter._tindex)
            fixed = field.format.fixed_value_size()
            field_lengths = lengths.get(name, {})
            with_arrays = arrays is not None and all(source.has_field(name) for source in arrays.sources)
            on_write = partial(arrays.add_term, name) if with_arrays else None
            write_term = _TermWriter(postfile, readers, maps, field.format, fixed, field_lengths, on_write)
            term, parts = None, []
            for btext, i, info in heapq.merge(*sources):
                if btext != term:
                    if parts:
                        entry = write_term(parts)
                        if entry is not None:
                            add_term(key + term, entry)
                    term, parts = btext, []
                parts.append((i, info))
            if parts:
                entry = write_term(parts)
                if entry is not None:
                    add_term(key + term, entry)
            add_term(None, None)  # done: the table writer takes its state back
            fieldwriter.finish_field()
    finally:
        fieldwriter.close()


def _field_terms(reader, fieldname, i):
    """``(term bytes, i, term info bytes)`` of one field of one segment, in term order."""
    terms = reader._terms
    prefix = pack_field_id(terms._fieldmap[fieldname])
    for key, info in terms._tindex.items_from(prefix):
        if key[:2] != prefix:
            return
        yield key[2:], i, info


def _postings(reader, infobytes, fmt, numbering) -> list:
    """One term's postings in one segment as ``(new docnum, weight, encoded value)``,
    deleted documents left out."""
    info = W3TermInfo.from_bytes(infobytes)
    if info.is_inlined():  # SegmentBuilder never inlines; Whoosh's writer can
        ids, weights, values = info.inlined_postings()
        return [(d + numbering if isinstance(numbering, int) else numbering[d], w, v)
                for d, w, v in zip(ids, weights, values)
                if isinstance(numbering, int) or numbering[d] >= 0]
    m = CODEC.postings_reader(reader._terms._postfile, info, fmt)
    out = []
    offset = numbering if isinstance(numbering, int) else None
    while not m._atend:
        m._read_data()
        ids = m._data[0] if m._byteids else accumulate(m._data[0])
        m._read_weights()
        m._read_values()
        if offset is not None:
            out.extend(zip(map(add, ids, repeat(offset)) if offset else ids, m._weights, m._values))
        else:
            out.extend((numbering[d], w, v) for d, w, v in zip(ids, m._weights, m._values)
                       if numbering[d] >= 0)
        m._next_block()
    return out


class _TermWriter:
    """Writes one merged term's postings from its parts ``[(segment index, term info bytes)]``
    (in segment order) and returns its term-table entry.

    A term whose segments lost no report is read from its postings blocks as they lie
    in the file, not through Whoosh's matcher: a term with at least a full block per part
    has its blocks copied, each moved by its segment's offset (the first id of a block and
    its header's last id: the rest of its ids are deltas), so nothing is re-cut; a smaller
    term has its postings decoded and written again in full blocks, as SegmentBuilder
    writes them. A term of a segment with deletions takes the matcher's way (``_postings``).
    """

    def __init__(self, postfile, readers, maps, fmt, fixed, lengths, on_write=None):
        self.postfile, self.readers, self.maps = postfile, readers, maps
        self.fmt, self.fixed, self.lengths = fmt, fixed, lengths
        self.sources = [reader._terms._postfile for reader in readers]
        self.on_write = on_write  # on_write(postings offset, parts): the positions sidecar's entry

    def __call__(self, parts) -> bytes | None:
        """The term's entry, or None when none of its postings is live (nothing written)."""
        maps = self.maps
        stats = [TERMINFO.unpack_from(info) for _, info in parts]
        if any(flags for flags, *_ in stats) or not all(isinstance(maps[i], int) for i, _ in parts):
            # inlined postings (Whoosh's writer can make them, ours never) or deleted reports
            postings = []
            for i, info in parts:
                postings.extend(_postings(self.readers[i], info, self.fmt, maps[i]))
            if not postings:
                return None
            self._starting(parts)
            return write_postings(self.postfile, postings, self.lengths, self.fixed)
        count = sum(s[2] for s in stats)
        blocks = [(maps[i], _raw_blocks(self.sources[i], info[TERMINFO.size:])) for i, info in parts]
        self._starting(parts)
        if count >= COPY_MIN * len(parts):
            return self._copy(blocks, stats, count)
        docs, weights, values = [], [], []
        for offset, part in blocks:
            for header, _, data in part:
                _decode_block(header, data, offset, self.fixed, docs, weights, values)
        if count == 1:
            return write_one_posting(self.postfile, (docs[0], weights[0], values[0]), self.lengths, self.fixed)
        return write_blocks(self.postfile, docs, weights, values, self.lengths, self.fixed)

    def _starting(self, parts) -> None:
        if self.on_write is not None:
            self.on_write(self.postfile.file.tell(), parts)

    def _copy(self, blocks, stats, count) -> bytes:
        out = self.postfile.file
        start = out.tell()
        written = [WHOOSH3_HEADER_MAGIC]
        last = blocks[-1][1][-1]
        for offset, part in blocks:
            for block in part:
                header, head, data = block
                if offset:
                    n, last_id, max_weight, compression, low, high = header
                    head = dumps((n, last_id + offset, max_weight, compression, low, high), 2)
                    raw = zlib.decompress(data) if compression else data
                    ids, block_weights, block_values = loads(raw)
                    raw = dumps(((ids[0] + offset, *ids[1:]), block_weights, block_values), BLOCK_PROTOCOL)
                    data = zlib.compress(raw, compression) if compression else raw
                size = len(head) + len(data)
                written += (pack_int(-size if block is last else size), head, data)
        size = out.write(b"".join(written))
        first, final = blocks[0][0] + stats[0][6], blocks[-1][0] + stats[-1][7]
        return TERMINFO.pack(0, sum(s[1] for s in stats), count, min(s[3] for s in stats),
                             max(s[4] for s in stats), max(s[5] for s in stats), first, final) \
            + pack_long(start) + pack_int(size)


def _raw_blocks(postfile, extent: bytes) -> list:
    """One term's postings blocks as they lie in ``postfile``: ``(header, header bytes, data)``
    each (Whoosh 3's layout: a signed length, a pickled header, the pickled, maybe
    compressed, ids, weights and values; ``extent``: the term info's offset and length)."""
    offset, length = _EXTENT.unpack(extent[:_EXTENT.size])
    raw = postfile.get(offset, length)
    if raw[:4] != WHOOSH3_HEADER_MAGIC:
        raise ValueError(f"postings at {offset} do not start with Whoosh 3's block tag")
    blocks, at, end = [], 4, len(raw)
    while at < end:
        size = abs(unpack_int(raw, at)[0])
        block = raw[at + 4: at + 4 + size]
        header = loads(block)  # the bytes after the header's pickle are ignored
        head = dumps(header, 2)
        if block[:len(head)] != head:
            raise ValueError(f"a postings block's header at {at} is not Whoosh 3's")
        blocks.append((header, head, block[len(head):]))
        at += 4 + size
    return blocks


def _decode_block(header, data, offset, fixed, docs, weights, values) -> None:
    """Append one block's postings (``offset`` added to its ids) as Whoosh's matcher reads them."""
    n, compression = header[0], header[3]
    ids, block_weights, block_values = loads(zlib.decompress(data) if compression else data)
    docs.extend(islice(accumulate(ids, initial=offset), 1, None))
    if block_weights is None:
        weights.extend(repeat(1.0, n))
    elif isinstance(block_weights, float):
        weights.extend(array("f", repeat(block_weights, n)))
    else:
        weights.extend(block_weights)
    if fixed is None or fixed < 0:
        values.extend(block_values)
    elif fixed == 0:
        values.extend(repeat(None, n))
    else:
        values.extend(block_values[k: k + fixed] for k in range(0, len(block_values), fixed))
