"""A lone character searched literally: the reports that hold it, as a document set.

The literal field indexes character bigrams, so one character is inside every
bigram that starts or ends with it (and is a term of its own where it stands
alone). Searching it as an OR of those terms made a common character (的) a
query of ~2,000 terms at 10,000 reports, each scored by Whoosh in Python:
10 s and more. ``LoneCharacter`` finds the same reports as a set: the terms'
postings are read most frequent first, and the union stops as soon as it holds
every report of the segment (a common character is settled by a handful of
terms). The set is remembered per segment and character (a segment never
changes). The matched reports score a constant: the word field ranks them
(the compiler's ``AndMaybe``).

The bigrams that *end* with a character are found in a table built once per
segment by one walk of its lexicon (``prepare``, run in the background when a
generation is opened, so no user's request pays for it).

Kept to sections (``within(kinds)``, what ``sections.restrict`` asks for), a
lone character needs positions. They are read term by term, most frequent
first; a report is settled once the character was seen in every kind of
section the report has, and the reading stops when all are settled. The section
filter reads every term (exact; the request's CPU allowance bounds it). The
section *facet* (``counting``) stops after ``SECTION_POSTINGS`` postings per
segment: a very common character's counts then come from its commonest pairings
and may be somewhat low; choosing the facet runs the exact filter.

Where the segment has a positions sidecar (positions.py), none of that stepping is
needed: the keys of every term holding the character are put together and placed
against the sections' bounds at once, exactly, for the filter and the facet alike
(``_kinds_from_arrays``).
"""
from __future__ import annotations

import os
import threading
from array import array

from whoosh import query as Q
from whoosh.matching import ListMatcher, NullMatcher
from whoosh.reading import TermNotFound

import numpy as np

from . import positions as arrays_of
from ..lru import SHARED
from .remember import SegmentMemory
from .phrase import open_postings, posting_decoder, read_postings, segment_key, term_docs, term_keys
from .sections import UNITS, spans_column

SECTION_POSTINGS = 8_000  # per segment, for counting only (the section facet); a filter reads them all  # postings (with positions) read per segment to place a character in sections
# What is remembered over all characters and segments, in bytes: a report set costs 4
# bytes a report (an array), a report's section kinds 5 (``KindsFound``: its docnum and a
# byte of kinds). Counting entries alone let the kinds of a few dozen common characters
# hold hundreds of MB at 10,000 reports.
CACHE_BYTES = 24 * 2**20
ARRAY_SLOT, DICT_SLOT = 4, 100  # (a dict value, e.g. a test's, counted as ~100 bytes a report)

_lock = threading.Lock()
_endings: dict = {}  # (folder, segment, field) -> {char: the first characters of the bigrams ending with it}
_walks: dict = {}  # the same key -> the lock of the walk building it


# -- which terms hold a character -------------------------------------------------

def _walk_lexicon(reader, fieldname) -> dict:
    table: dict = {}
    for term in reader.lexicon(fieldname):
        text = term.decode("utf-8")
        if len(text) == 2:
            table.setdefault(text[1], []).append(text[0])
    return {ch: "".join(firsts) for ch, firsts in table.items()}


def _endings_of(reader, fieldname) -> dict:
    key = segment_key(reader, fieldname)
    if key is None:
        return _walk_lexicon(reader, fieldname)
    with _lock:
        table = _endings.get(key)
        if table is not None:
            return table
        walk = _walks.setdefault(key, threading.Lock())
    with walk:  # one walk per segment; a request arriving meanwhile waits for it
        with _lock:
            table = _endings.get(key)
        if table is None:
            table = _walk_lexicon(reader, fieldname)
            with _lock:
                _endings[key] = table
    return table


def prepare(ix, fieldname: str = "text_lit") -> threading.Thread:
    """Build the endings tables of ``ix``'s segments in a background thread (its own searcher)."""

    def run():
        try:
            with ix.searcher() as searcher:
                for sub, _ in searcher.leaf_searchers():
                    if fieldname in sub.schema:
                        _endings_of(sub.reader(), fieldname)
        except Exception:  # noqa: BLE001 - a request builds what is missing itself
            pass

    thread = threading.Thread(target=run, name="parksearch-chars", daemon=True)
    thread.start()
    return thread


def char_term_texts(reader, fieldname, ch) -> set:
    """Every term of one segment's ``fieldname`` holding ``ch`` (bytes), in no order."""
    terms = set(reader.expand_prefix(fieldname, ch))
    terms.update((first + ch).encode("utf-8") for first in _endings_of(reader, fieldname).get(ch, ""))
    return terms


def char_terms(reader, fieldname, ch) -> list:
    """``(doc frequency, term)`` of every term of one segment's ``fieldname`` holding ``ch``, most frequent first."""
    out = []
    for btext in char_term_texts(reader, fieldname, ch):
        try:
            out.append((reader.doc_frequency(fieldname, btext), btext))
        except TermNotFound:
            continue
    out.sort(reverse=True)
    return out


# -- remembered answers -------------------------------------------------------------

class KindsFound:
    """Where a character occurs inside sections, for one segment: the reports (sorted docnums)
    and, for each, the kinds of section it occurs in as bits of ``names``. 5 bytes a report;
    as a dict of a frozenset per report it was ~100 (an int object and a dict slot each), and
    two rows of issue 17's attack table (8 and 16 common characters ANDed) kept ~10 MB of
    them at 10,000 reports (docs/benchmarks.md, Session 15, serve)."""

    __slots__ = ("names", "docs", "masks")

    def __init__(self, found: dict | None = None):
        found = found or {}
        self.names = tuple(sorted({kind for kinds in found.values() for kind in kinds}))
        bit = {kind: 1 << i for i, kind in enumerate(self.names)}
        docs = sorted(d for d, kinds in found.items() if kinds)
        self.docs = np.array(docs, dtype=np.int32)
        self.masks = np.array([sum(bit[k] for k in found[d]) for d in docs],
                              dtype=np.uint8 if len(self.names) <= 8 else np.uint32)

    def holding(self, wanted) -> array:
        """Sorted docnums of the reports where the character occurs in one of the kinds ``wanted``."""
        mask = sum(1 << i for i, kind in enumerate(self.names) if kind in wanted)
        out = array("i")
        out.frombytes(self.docs[(self.masks & mask) != 0].tobytes())
        return out

    def as_dict(self) -> dict:
        """``{docnum: frozenset of kinds}`` (for tests and ``inspect``-like reading)."""
        return {d: frozenset(k for i, k in enumerate(self.names) if m >> i & 1)
                for d, m in zip(self.docs.tolist(), self.masks.tolist())}

    def nbytes(self) -> int:
        return 64 + self.docs.nbytes + self.masks.nbytes

    def __len__(self) -> int:
        return len(self.docs)

    def __eq__(self, other) -> bool:
        return isinstance(other, KindsFound) and self.as_dict() == other.as_dict()

    def __repr__(self) -> str:
        return f"KindsFound({self.as_dict()!r})"


def _bytes(value) -> int:
    if isinstance(value, KindsFound):
        return value.nbytes()
    return 64 + len(value) * (DICT_SLOT if isinstance(value, dict) else ARRAY_SLOT)


# (folder, segment, field, char[, "kinds", limit]) -> docnums / KindsFound
_found = SegmentMemory(CACHE_BYTES, _bytes, "lone characters", SHARED)


def forget_folder(folder, moved_to=None, keep=frozenset()) -> None:
    """Forget what was remembered for one index folder (a generation no longer served), but
    the answers of the segments in ``keep``, shared with the generation in ``moved_to``."""
    _found.forget(folder, moved_to, keep)
    folder = os.path.abspath(folder)
    with _lock:
        for key in [k for k in _endings if k[0] == folder]:
            del _endings[key]
            _walks.pop(key, None)


def char_docs(reader, fieldname, ch) -> array:
    """Sorted docnums of one segment whose ``fieldname`` holds ``ch`` (deleted ones left out)."""

    def compute():
        everyone = reader.doc_count_all()
        found: set = set()
        for _, btext in char_terms(reader, fieldname, ch):
            found.update(term_docs(reader, fieldname, btext))
            if len(found) >= everyone:
                break
        if reader.has_deletions():
            found = {d for d in found if not reader.is_deleted(d)}
        return array("i", sorted(found))  # 4 bytes a report, not a Python int each

    return _found.get(segment_key(reader, fieldname, ch), compute)


def char_kinds(reader, fieldname, ch, bounded: bool = False) -> KindsFound:
    """Where ``ch`` occurs inside sections, each report with its kinds of section (see the
    module doc); ``bounded``: read at most SECTION_POSTINGS postings (for counting)."""
    limit = SECTION_POSTINGS if bounded else None
    if _has_arrays(reader, fieldname):  # exact and cheap: the filter and the facet share one answer
        return _found.get(segment_key(reader, fieldname, ch, "kinds", None),
                          lambda: _kinds_from_arrays(reader, fieldname, ch) or KindsFound())

    def compute():
        column = spans_column(reader)
        if column is None:
            return KindsFound()
        unit = UNITS[fieldname]
        docs = char_docs(reader, fieldname, ch)
        unsettled = sum(1 for d in docs if column[d])
        todo: dict = {}  # docnum -> {kind: ranges} where ch has not been seen yet (made when first met)
        found: dict = {}
        fieldobj = reader.schema[fieldname]
        decode = posting_decoder(fieldobj.format)
        deleted = reader.is_deleted if reader.has_deletions() else None
        read = 0
        for df, btext in char_terms(reader, fieldname, ch):
            if not unsettled or (limit is not None and read >= limit):
                break
            read += df
            info = reader.term_info(fieldname, btext)
            for d, (_, value) in read_postings(open_postings(reader, fieldname, btext, info, fieldobj.format)).items():
                kinds = todo.get(d)
                if kinds is None:
                    if d in found or not column[d] or (deleted is not None and deleted(d)):
                        continue  # settled, a report without sections, or an old version of one
                    kinds = todo[d] = {k: r[unit] for k, r in column[d].items() if r[unit]}
                positions = list(decode(value))  # (an iterator: read it once)
                for kind, ranges in list(kinds.items()):
                    if any(start <= p < end for start, end in ranges for p in positions):
                        found.setdefault(d, set()).add(kind)
                        del kinds[kind]
                if not kinds:
                    del todo[d]
                    found.setdefault(d, set())
                    unsettled -= 1
        return KindsFound(found)

    return _found.get(segment_key(reader, fieldname, ch, "kinds", limit), compute)


def _has_arrays(reader, fieldname) -> bool:
    sidecar = arrays_of.segment_arrays(reader)
    return sidecar is not None and sidecar.has_field(fieldname) and sidecar.section_bounds(fieldname) is not None


def _kinds_from_arrays(reader, fieldname, ch):
    """``char_kinds`` (exact) from the segment's positions sidecar; None when it has none.

    The character's keys (every bigram holding it, ~100,000 a segment for 的) are sorted
    once, and each section asks whether a key lies in ``[start, end)``: two
    ``searchsorted`` calls per section, not one per key and kind. A report holds the
    character inside a kind of section exactly when one of its sections of that kind
    holds one of its keys (a section's bounds are keys of its own report)."""
    sidecar = arrays_of.segment_arrays(reader)
    ranges = sidecar.section_ranges(fieldname) if sidecar is not None else None
    if ranges is None:
        return None
    parts = []
    for btext in char_term_texts(reader, fieldname, ch):  # all of them: no order, no frequencies needed
        keys = term_keys(reader, fieldname, btext)
        if keys is None:
            return None
        parts.append(keys)
    if not parts:
        return KindsFound()
    keys = np.sort(np.concatenate(parts))
    deleted = (np.fromiter(reader.segment().deleted_docs(), dtype=np.int64) if reader.has_deletions() else None)
    found: dict = {}
    for kind, (starts, ends) in ranges.items():
        holding = keys.searchsorted(ends) > keys.searchsorted(starts)  # a key in [start, end)
        docs = np.unique(starts[holding] >> 32)
        if deleted is not None:
            docs = docs[~np.isin(docs, deleted)]
        for d in docs.tolist():
            found.setdefault(d, set()).add(kind)
    return KindsFound(found)


# -- the query ----------------------------------------------------------------------

class LoneCharacter(Q.MultiTerm):
    """The reports whose ``fieldname`` (a bigram field) holds the character ``text``;
    with ``kinds``, only inside sections of those kinds. ``counting``: for a count (the
    section facet), which may place a very common character from its commonest pairings."""

    def __init__(self, fieldname, text, boost=1.0, kinds=(), counting=False):
        self.fieldname, self.text, self.boost = fieldname, text, boost
        self.kinds, self.counting = tuple(kinds), counting

    def __repr__(self):
        return (f"{type(self).__name__}({self.fieldname!r}, {self.text!r}, boost={self.boost}, "
                f"kinds={self.kinds!r}, counting={self.counting})")

    def __eq__(self, other):
        return (type(other) is type(self) and other.fieldname == self.fieldname and other.text == self.text
                and other.boost == self.boost and other.kinds == self.kinds and other.counting == self.counting)

    def __hash__(self):
        return hash((type(self), self.fieldname, self.text, self.boost, self.kinds, self.counting))

    def within(self, kinds):
        """This character, matching only inside sections of ``kinds`` (for sections.restrict)."""
        return type(self)(self.fieldname, self.text, self.boost, kinds, self.counting)

    def _btexts(self, ixreader):
        return (btext for _, btext in char_terms(ixreader, self.fieldname, self.text))

    def estimate_size(self, ixreader):
        return ixreader.doc_count_all()

    def _docs(self, reader) -> array:
        if not self.kinds:
            return char_docs(reader, self.fieldname, self.text)
        return char_kinds(reader, self.fieldname, self.text, bounded=self.counting).holding(set(self.kinds))

    def docs(self, searcher):
        return iter(self._docs(searcher.reader()))

    def matcher(self, searcher, context=None):
        docs = self._docs(searcher.reader())
        if not docs:
            return NullMatcher()
        return ListMatcher(docs, all_weights=self.boost)
