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
  decode its postings blocks (ids, weights, encoded positions), renumber the ids
  and write the concatenation as new blocks with ``segment._write_postings``;
* write the positions sidecar (positions.py) from the segments' sidecars, each
  array renumbered (only when every segment has one: otherwise the new segment
  is searched by decoding its postings, as the old ones were).

The result is the segment ``SegmentBuilder`` would write for the same live
documents in that order (tests/test_scale.py reads them back posting by
posting), except that each field's total length (BM25's average) is the sum of
the segments' exact totals minus the deleted documents' one-byte lengths.
Uses Whoosh 2.7.5 internals (term table, postings matcher, column writers): safe
only with the pinned Whoosh-Reloaded.
"""
from __future__ import annotations

import heapq
from functools import partial
from itertools import accumulate, repeat
from operator import add

from whoosh import columns
from whoosh.codec.whoosh3 import LENGTHS_COLUMN, STORED_COLUMN, W3TermInfo, _lenfield
from whoosh.reading import SegmentReader
from whoosh.util.numeric import byte_to_length

import numpy as np

from . import positions as sidecar
from .segment import _CODEC as CODEC
from .segment import _pack_ushort as pack_field_id
from .segment import _write_postings as write_postings

_LENGTH_OF_BYTE = [byte_to_length(b) for b in range(256)]
_STORED = "_stored"


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
            add_term = fieldwriter._tindex.add
            fixed = field.format.fixed_value_size()
            field_lengths = lengths.get(name, {})
            with_arrays = arrays is not None and all(source.has_field(name) for source in arrays.sources)
            term, postings, parts = None, [], []
            for btext, i, info in heapq.merge(*sources):
                if btext != term:
                    if postings:
                        if with_arrays:
                            arrays.add_term(name, postfile.file.tell(), parts)
                        add_term(key + term, write_postings(postfile, postings, field_lengths, fixed))
                    term, postings, parts = btext, [], []
                postings.extend(_postings(readers[i], info, field.format, maps[i]))
                parts.append((i, info))
            if postings:
                if with_arrays:
                    arrays.add_term(name, postfile.file.tell(), parts)
                add_term(key + term, write_postings(postfile, postings, field_lengths, fixed))
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
