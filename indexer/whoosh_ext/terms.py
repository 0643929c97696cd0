"""A segment's term table, read from memory: its terms' infos remembered, its lookups mapped.

Whoosh looks a term up in a segment's term table (``<segment>.trm``, an on-disk
hash table) with a seek and a read for each slot, key and value, through a
buffered file in Python: ~15 µs a look-up. A first search at 10,000 reports looks
its terms up ~165 times across 8 segments (parsing, loosening, document sets,
scorers, the same term several times), and a lone character inside a section
~750 bigrams a segment: a quarter of its time went to those reads.

A segment never changes once written, so what a term's look-up gave is right for
every reader of the segment, in any thread, until the segment is no longer served:

* ``remember_terms(searcher)`` gives each segment reader of a searcher a
  ``RememberedTerms`` in place of its term table reader (Whoosh's
  ``W3TermsReader``): ``term_info``, ``frequency``, ``doc_frequency``, ``in`` and
  ``matcher`` answer from the term's info bytes, remembered per segment and term
  within a byte budget (``INFO_BYTES``: a term costs ~250 bytes, key included;
  never the whole table), and a term not remembered is read from the table
  mapped into memory (``mmap``: file-backed pages, shared and reclaimable, so
  memory does not grow with the corpus), by Whoosh's own hashing and slot layout,
  with no seek;
* ``field_terms(reader, field)`` lists a small field's terms (the parks), read once
  per segment: a query with a park in it used to walk the park lexicon of every
  segment, merged in Python, for each reading of the query (a quarter of the 20
  first searches' time).

Everything else (prefix walks, the lexicon) is Whoosh's own reader. The answers
are Whoosh's, byte for byte: ``tests/test_terms_remembered.py`` compares every
term of every segment, and absent ones, with Whoosh's reader, and search answers
with and without. Uses ``W3TermsReader``'s and ``HashReader``'s private state:
safe only with the pinned Whoosh-Reloaded 2.7.5.
"""
from __future__ import annotations

import os
import struct

from whoosh.codec.whoosh3 import W3TermInfo, W3TermsReader
from whoosh.reading import TermNotFound

from . import mapped
from .phrase import segment_key
from ..lru import SHARED
from .remember import SegmentMemory, SegmentStore

# What the remembered term infos may hold over all segments, in bytes: a term's entry
# (its key tuple, its info bytes, the LRU's slot) ~250 bytes, so ~32,000 terms; the
# first searches' and the mix's terms fit many times over, a prefix or a lone
# character (hundreds of bigrams a segment) fits too.
INFO_BYTES = 8 * 2**20
_ENTRY = 200  # a remembered entry's fixed cost beyond its key and value bytes

_POINTER = struct.Struct("!Iq")  # a hash table slot: the key's hash, where the key is
_LENGTHS = struct.Struct("!ii")  # before each key: the key's and the value's lengths
_ABSENT = b""  # remembered for a term the segment does not have (no real info is empty)


def _size(key_and_value) -> int:
    return _ENTRY + len(key_and_value)


_infos = SegmentMemory(INFO_BYTES, _size, "term infos", SHARED)


class MappedTable:
    """Whoosh's on-disk hash table (``filetables.HashReader``) looked up in a mapping of
    its file: the same hash function, slot order and key comparison, read with
    ``unpack_from`` and slices instead of seeks and reads."""

    def __init__(self, path: str, hashreader):
        self._key, self._map = mapped.open_mapped(path)  # one mapping per file and process
        self._tables = list(hashreader.tables)
        self._hash = hashreader.hashfn

    def get(self, key: bytes):
        """The value stored for ``key``, or None."""
        keyhash = self._hash(key)
        tablestart, numslots = self._tables[keyhash & 255]
        if not numslots:
            return None
        m = self._map
        size = _POINTER.size
        end = tablestart + numslots * size
        slotpos = tablestart + ((keyhash >> 8) % numslots) * size
        for _ in range(numslots):
            slothash, itempos = _POINTER.unpack_from(m, slotpos)
            if not itempos:
                return None
            if slothash == keyhash:
                keylen, datalen = _LENGTHS.unpack_from(m, itempos)
                if keylen == len(key):
                    start = itempos + _LENGTHS.size
                    if m[start:start + keylen] == key:
                        return m[start + keylen:start + keylen + datalen]
            slotpos += size
            if slotpos == end:
                slotpos = tablestart
        return None

    def close(self) -> None:
        if self._map is not None:
            self._map = None
            mapped.release(self._key)


class RememberedTerms:
    """A segment's ``W3TermsReader`` whose look-ups of one term answer from memory (see the
    module doc); anything else is the wrapped reader's."""

    def __init__(self, inner: W3TermsReader, key: tuple, table: MappedTable | None):
        self._inner = inner
        self._key = key  # (folder, segment id)
        self._table = table

    def __getattr__(self, name):
        return getattr(self._inner, name)

    def _info_bytes(self, fieldname, tbytes) -> bytes:
        """The term's info as the table stores it; ``_ABSENT`` when the segment lacks it."""
        inner = self._inner
        coded = inner._keycoder(fieldname, tbytes)

        def read():
            if self._table is not None:
                found = self._table.get(coded)
            else:
                found = inner._tindex.get(coded)
            return _ABSENT if found is None else found

        return _infos.get((*self._key, coded), read)

    def __contains__(self, term):
        return bool(self._info_bytes(*term))

    def term_info(self, fieldname, tbytes):
        found = self._info_bytes(fieldname, tbytes)
        if not found:
            raise TermNotFound("No term %s:%r" % (fieldname, tbytes))
        return W3TermInfo.from_bytes(found)

    def frequency(self, fieldname, tbytes):
        found = self._info_bytes(fieldname, tbytes)
        if not found:
            raise KeyError((fieldname, tbytes))  # as the table's range_for_key: the reader answers 0
        return _WEIGHT.unpack_from(found, 1)[0]

    def doc_frequency(self, fieldname, tbytes):
        found = self._info_bytes(fieldname, tbytes)
        if not found:
            raise KeyError((fieldname, tbytes))
        return _DOC_FREQ.unpack_from(found, 1 + _WEIGHT.size)[0]

    def matcher(self, fieldname, tbytes, format_, scorer=None):
        terminfo = self.term_info(fieldname, tbytes)
        inner = self._inner
        return inner._codec.postings_reader(inner._postfile, terminfo, format_, term=(fieldname, tbytes),
                                            scorer=scorer)

    def close(self):
        if self._table is not None:
            self._table.close()
        self._inner.close()


# W3TermInfo.read_weight / read_doc_freq: the weight after the flags byte, then the doc frequency
_WEIGHT = struct.Struct("!f")
_DOC_FREQ = struct.Struct("!I")


def remember_terms(searcher) -> None:
    """Give each segment reader of ``searcher`` a ``RememberedTerms`` (once; a reader whose
    term table is not Whoosh 3's, or not in a folder, keeps its own)."""
    for sub, _ in searcher.leaf_searchers():
        reader = sub.reader()
        inner = getattr(reader, "_terms", None)
        if type(inner) is not W3TermsReader:
            continue
        key = segment_key(reader)
        if key is None:
            continue
        reader._terms = RememberedTerms(inner, key, _mapped(reader, inner))


def _mapped(reader, inner) -> MappedTable | None:
    """The segment's term table mapped, when it is a file of its own (not inside a compound file)."""
    storage, segment = getattr(reader, "_storage", None), getattr(reader, "_segment", None)
    folder = getattr(storage, "folder", None)
    tindex = inner._tindex
    if folder is None or segment is None or tindex.startoffset != 0:
        return None
    path = os.path.join(folder, segment.make_filename(reader._codec.TERMS_EXT))
    try:
        return MappedTable(path, tindex)
    except (OSError, ValueError):  # (an empty file cannot be mapped: Whoosh's reader reads it)
        return None


# -- a small field's terms, once per segment ------------------------------------------

_field_terms = SegmentStore()  # (folder, segment id, field) -> tuple of the field's terms (decoded)


def _terms_of(leaf, fieldname) -> tuple:
    try:
        return tuple(leaf.field_terms(fieldname))
    except TermNotFound:  # a field the schema lacks
        return ()


def field_terms(reader, fieldname) -> tuple:
    """The terms of ``fieldname`` in every segment of ``reader`` (decoded, sorted, each once),
    each segment's read once. For small fields (parks): a segment's list is kept whole."""
    found: set = set()
    for leaf, _ in reader.leaf_readers():
        found.update(_field_terms.get(segment_key(leaf, fieldname, "terms"), lambda: _terms_of(leaf, fieldname)))
    return tuple(sorted(found))


def forget_folder(folder, moved_to=None, keep=frozenset()) -> None:
    """Forget what was remembered of one index folder's segments (a generation no longer
    served), but those in ``keep``, shared with the generation in ``moved_to``."""
    _infos.forget(folder, moved_to, keep)
    _field_terms.forget(folder, moved_to, keep)
