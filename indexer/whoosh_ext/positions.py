"""Word positions kept as arrays: one sidecar file beside each segment.

Whoosh keeps a posting's positions as a pickled list of deltas, so finding a
phrase, or where a word lies by kind of section, decodes every matching
posting in Python (~5 µs each: most of a first search at 10,000 reports).
The sidecar keeps, for the body fields (``FIELDS``), each term's positions in
one segment as a sorted int64 array of ``report << 32 | position``; a phrase
is then an intersection of shifted arrays, a word's frequency per report two
``searchsorted`` calls, and where matches lie by kind of section a
``searchsorted`` against the sections' bounds, which the sidecar keeps too
(``spans/<field>/<kind>/start|end``, keys of the same form).

The file (``<segment id>.pos``, so Whoosh's own clean-up removes it with its
segment, and generations share it by hard link like the segment's other files)::

    MAGIC (8 bytes)
    int64 little-endian: every term's keys, term after term; then the tables
    footer: JSON {"fields": {field: [terms offset, starts offset, n]},
                  "arrays": {name: [offset, n]}}        (offsets in int64s from byte 8)
    footer length (8 bytes, little-endian)

A term is found by where its postings start in the segment's postings file
(``terms``: sorted, one per term; ``starts``: n + 1 bounds into the keys), the
number the term table gives for it: no second term dictionary to parse. The
file is read through one ``mmap`` per segment; arrays are views into it.

Written by ``SegmentBuilder`` (segment.py) and the merger (merge.py), before the
table of contents names the segment. A segment without one (written by Whoosh's
own writer) is searched the old way, decoding its postings. Uses Whoosh's term
info (``_offset``): safe only with the pinned Whoosh-Reloaded 2.7.5.
"""
from __future__ import annotations

import json
import os

import numpy as np

from . import mapped

EXTENSION = ".pos"
MAGIC = b"PSPOS01\n"
FIELDS = ("text", "text_lit")  # the body, where phrases are found and sections lie
SPANS = "spans"  # arrays named spans/<field>/<kind>/start and …/end
LOW = 0xFFFFFFFF  # a key's position bits
EMPTY = np.zeros(0, dtype=np.int64)


def sidecar_path(storage, segment) -> str | None:
    folder = getattr(storage, "folder", None)
    return None if folder is None else os.path.join(folder, segment.make_filename(EXTENSION))


class SidecarWriter:
    """Writes one segment's sidecar: ``add_term`` in the order the postings file gets
    the terms (so their offsets ascend), ``add_array`` for named arrays, ``close``."""

    def __init__(self, path: str):
        self.path = path
        self._file = open(path, "wb")
        self._file.write(MAGIC)
        self._count = 0  # int64s written after MAGIC
        self._fields: dict[str, tuple[list, list]] = {}  # field -> (postings offsets, key starts)
        self._arrays: dict[str, list] = {}

    def _write(self, keys) -> int:
        data = np.asarray(keys, dtype="<i8")
        at = self._count
        self._file.write(data.tobytes())
        self._count += len(data)
        return at

    def add_term(self, field: str, postings_offset: int, keys) -> None:
        offsets, starts = self._fields.setdefault(field, ([], [self._count]))
        if offsets and postings_offset <= offsets[-1]:
            raise ValueError("terms must be added in the order of their postings")
        self._write(keys)
        offsets.append(postings_offset)
        starts.append(self._count)

    def add_terms(self, field: str, postings_offsets: list, counts, keys) -> None:
        """``add_term`` for many terms at once: ``keys`` holds their keys one term after
        another, ``counts`` how many each has (the same file as one call per term)."""
        offsets, starts = self._fields.setdefault(field, ([], [self._count]))
        if postings_offsets and offsets and postings_offsets[0] <= offsets[-1]:
            raise ValueError("terms must be added in the order of their postings")
        at = self._write(keys)
        offsets.extend(postings_offsets)
        starts.extend((at + np.cumsum(counts, dtype=np.int64)).tolist())

    def add_array(self, name: str, values) -> None:
        self._arrays[name] = [self._write(values), len(values)]

    def close(self) -> None:
        fields = {}
        for field, (offsets, starts) in self._fields.items():
            fields[field] = [self._write(offsets), self._write(starts), len(offsets)]
        footer = json.dumps({"fields": fields, "arrays": self._arrays}, ensure_ascii=False).encode("utf-8")
        self._file.write(footer + len(footer).to_bytes(8, "little"))
        self._file.close()

    def cancel(self) -> None:
        self._file.close()
        try:
            os.unlink(self.path)
        except OSError:
            pass


class PositionArrays:
    """One segment's sidecar, mapped: ``keys(field, postings_offset)`` and ``array(name)``."""

    def __init__(self, path: str):
        self._key, self._map = mapped.open_mapped(path)  # one mapping per file and process
        size = len(self._map)
        if size < 16 or self._map[:8] != MAGIC:
            mapped.release(self._key)
            raise ValueError(f"{path}: not a positions sidecar")
        try:
            footer_len = int.from_bytes(self._map[size - 8:], "little")
            footer = json.loads(self._map[size - 8 - footer_len: size - 8])
        except ValueError:
            mapped.release(self._key)
            raise
        self._all = np.frombuffer(self._map, dtype="<i8", count=(size - 16 - footer_len) // 8, offset=8)
        self._fields = {field: (self._all[t:t + n], self._all[s:s + n + 1])
                        for field, (t, s, n) in footer["fields"].items()}
        self._arrays = {name: self._all[at:at + n] for name, (at, n) in footer["arrays"].items()}
        self._bounds: dict = {}

    def release(self) -> None:
        """Drop the views and close the mapping (when no array handed out is still alive;
        otherwise it closes when they go)."""
        self._all, self._fields, self._arrays, self._bounds = None, {}, {}, {}
        if self._map is not None:
            self._map = None
            mapped.release(self._key)

    def has_field(self, field: str) -> bool:
        return field in self._fields

    def keys(self, field: str, postings_offset: int):
        """The sorted keys of the term whose postings start at ``postings_offset``, or
        None when the sidecar does not know it (the caller decodes the postings)."""
        table = self._fields.get(field)
        if table is None or postings_offset is None:
            return None
        offsets, starts = table
        i = int(offsets.searchsorted(postings_offset))
        if i == len(offsets) or offsets[i] != postings_offset:
            return None
        return self._all[starts[i]:starts[i + 1]]

    def array(self, name: str):
        return self._arrays.get(name)

    def names(self, prefix: str = "") -> list[str]:
        return [name for name in self._arrays if name.startswith(prefix)]

    def section_ranges(self, field: str):
        """``{kind: (starts, ends)}`` of the sections in ``field``'s units, as stored (sorted
        by start; a section is ``[start, end)``, both keys of its report), or None when the
        sidecar holds none."""
        if SPANS not in self._arrays:
            return None
        prefix = f"{SPANS}/{field}/"
        kinds = sorted({name[len(prefix):].rsplit("/", 1)[0] for name in self.names(prefix)})
        return {kind: (self._arrays[f"{prefix}{kind}/start"], self._arrays[f"{prefix}{kind}/end"]) for kind in kinds}

    def section_bounds(self, field: str):
        """``{kind: (starts, running max of ends)}`` of the sections in ``field``'s units,
        or None when the sidecar holds none: a match starting at key ``a`` and ``width``
        positions long lies in a section of that kind when the last section starting at
        or before ``a`` has, among all up to it, an end past ``a + width``."""
        found = self._bounds.get(field)
        if found is None:
            if SPANS not in self._arrays:  # (after release too: the caller decodes)
                return None
            prefix = f"{SPANS}/{field}/"
            kinds = sorted({name[len(prefix):].rsplit("/", 1)[0] for name in self.names(prefix)})
            found = {}
            for kind in kinds:
                starts = self._arrays[f"{prefix}{kind}/start"]
                ends = self._arrays[f"{prefix}{kind}/end"]
                found[kind] = (starts, np.concatenate(([-1], np.maximum.accumulate(ends))))
            self._bounds[field] = found
        return found


def section_arrays(field_kinds: dict) -> dict:
    """Named arrays for the sidecar from ``{field: {kind: (start keys, end keys)}}``."""
    out = {}
    for field, kinds in field_kinds.items():
        for kind, (starts, ends) in kinds.items():
            out[f"{SPANS}/{field}/{kind}/start"] = starts
            out[f"{SPANS}/{field}/{kind}/end"] = ends
    out.setdefault(SPANS, [])  # written even when no report has a section: "none", not "unknown"
    return out


# -- reading: one mapped sidecar per segment reader, closed with it --------------------

def segment_arrays(reader) -> PositionArrays | None:
    """The sidecar of a segment reader's segment, read once per reader; None when it has none.

    The file is mapped once per process (mapped.py: every thread's reader shares the
    mapping, so a page counts once in the RSS); each reader releases its use when it
    closes, and the last one closes the mapping: it holds the file open (mmap keeps a
    descriptor), so it must go, or a retired generation's files would stay held after
    their folder is removed. Mapping costs ~0.1 ms a segment."""
    found = getattr(reader, "_parksearch_positions", None)
    if found is not None:
        return found or None
    path = sidecar_path(getattr(reader, "_storage", None), getattr(reader, "_segment", None)) \
        if getattr(reader, "_segment", None) is not None else None
    try:
        found = PositionArrays(path) if path is not None else False
    except (OSError, ValueError):
        found = False
    reader._parksearch_positions = found
    if found:
        close = reader.close

        def close_with_positions():
            found.release()
            close()

        reader.close = close_with_positions
    return found or None


# -- what the arrays answer ---------------------------------------------------------

def phrase_starts(arrays: list) -> np.ndarray:
    """The sorted keys where word 0 of a phrase starts, given each word's keys in phrase
    order (word k must be at the start + k), rarest word first."""
    order = sorted(range(len(arrays)), key=lambda k: len(arrays[k]))
    first = order[0]
    found = np.asarray(arrays[first]) - first if first else np.array(arrays[first])
    for k in order[1:]:
        if not len(found):
            break
        keys = arrays[k]
        wanted = found + k if k else found
        i = keys.searchsorted(wanted)
        i[i == len(keys)] = 0  # past the end: compared with keys[0], which is smaller
        found = found[keys[i] == wanted] if len(keys) else found[:0]
    return found


def report_bounds(keys, docs) -> tuple:
    """Where each report of ``docs`` (sorted) begins and ends in sorted ``keys``."""
    docs = np.asarray(docs, dtype=np.int64)
    return keys.searchsorted(docs << 32), keys.searchsorted((docs + 1) << 32)


def frequencies(keys, docs) -> np.ndarray:
    """How many of ``keys`` (one term's, sorted) lie in each report of ``docs``."""
    lo, hi = report_bounds(keys, docs)
    return hi - lo


def reports(keys) -> np.ndarray:
    """The distinct reports of sorted ``keys``."""
    docs = keys >> 32
    if not len(docs):
        return docs
    keep = np.empty(len(docs), dtype=bool)
    keep[0] = True
    np.not_equal(docs[1:], docs[:-1], out=keep[1:])
    return docs[keep]


def kinds_of(bounds: dict, starts, width: int) -> dict:
    """``{kind: sorted reports}`` where a match starting at one of ``starts`` (sorted keys)
    and ``width`` positions long lies inside a section of that kind."""
    out = {}
    if not len(starts):
        return out
    ends = np.asarray(starts) + width
    for kind, (section_starts, max_ends) in bounds.items():
        i = section_starts.searchsorted(starts, side="right")  # sections starting at or before
        inside = ends < max_ends[i]
        if inside.any():
            out[kind] = reports(np.asarray(starts)[inside])
    return out
