"""A variable-length column read row by row from a mapping of its files.

Whoosh reads one value of a ``VarBytesColumn`` with a seek and a read through a
buffered file (``StructFile.get``). A CSV export reads the ``match_text`` column of
every row it lists (thousands: ~8 KB each), and those seeks and reads were a tenth of
the realistic mix's CPU at 10,000 reports (docs/benchmarks.md, "Session 9, speed").
``mapped_rows(searcher, fieldname)`` answers ``column_reader(fieldname)[docnum]``
(translated by the field's ``from_column_value``) from each segment's column file
mapped into memory: the same offsets and lengths Whoosh read, a slice instead of a
seek and a read. The mappings are file-backed (shared, reclaimable), one per file and
process (``mapped.py``, shared with the term tables' and sidecars' readers), released with
``close()``. Uses ``VarBytesColumn.Reader``'s private state: safe only with the pinned
Whoosh-Reloaded 2.7.5; a column of another kind, or a file that cannot be mapped, is
read through Whoosh's reader.
"""
from __future__ import annotations

from bisect import bisect_right

from whoosh.columns import VarBytesColumn

from . import mapped as mapped_files


class MappedRows:
    """``reader.column_reader(fieldname)`` of a searcher's whole index, for ``[docnum]`` only."""

    def __init__(self, searcher, fieldname: str):
        self._translate = searcher.schema[fieldname].from_column_value
        self._offsets: list[int] = []  # the first docnum of each segment that has the column
        self._rows: list = []  # per such segment: its raw value by the segment's docnum
        self._keys: list = []  # the mappings used (whoosh_ext/mapped.py: one per file and process)
        for sub, offset in searcher.leaf_searchers():
            reader = sub.reader()
            if not reader.has_column(fieldname):  # as Whoosh's MultiReader: left out
                continue
            self._offsets.append(offset)
            self._rows.append(self._segment_rows(reader.column_reader(fieldname, translate=False)))

    def _segment_rows(self, raw):
        dbfile = getattr(raw, "_dbfile", None)
        if type(raw) is not VarBytesColumn.Reader or not getattr(dbfile, "is_real", False):
            return raw.__getitem__
        try:
            key, mapped = mapped_files.map_open_file(dbfile.fileno())
        except (OSError, ValueError):  # an empty or unmappable file: Whoosh's way
            return raw.__getitem__
        self._keys.append(key)
        offsets, lengths, base = raw._offsets, raw._lengths, raw._basepos

        def row(docnum: int) -> bytes:
            length = lengths[docnum]
            if not length:
                return b""
            start = base + offsets[docnum]
            return mapped[start:start + length]

        return row

    def __getitem__(self, docnum: int):
        # Whoosh's MultiColumnReader: the segment by bisect over the first docnums
        i = max(0, bisect_right(self._offsets, docnum) - 1)
        return self._translate(self._rows[i](docnum - self._offsets[i]))

    def close(self) -> None:
        for key in self._keys:
            mapped_files.release(key)
        self._keys = []

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
