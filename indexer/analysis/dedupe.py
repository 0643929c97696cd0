"""Near-duplicate reports: one signature per report at index time, grouping at search time.

Scraping sites repeat articles with small changes (20__ for 20xx, a heading
dropped, a "来自" line added). Each report gets a signature computed from its own
text alone, so incremental indexing never has to revisit other reports:

* the text is normalised (Traditional → Simplified) and reduced to its Chinese
  characters, so digits, masked years (20xx, 20__, ××) and punctuation do not
  count;
* its 5-character shingles are hashed once each and spread over ``BINS`` bins
  by hash ("one permutation hashing"); the minimum per bin is a MinHash
  sketch, so the share of equal bins estimates the Jaccard similarity of two
  reports' shingle sets;
* ``signature`` writes the bins as one string stored in a column.

At search time ``group_duplicates`` finds candidate pairs through bands of
``ROWS`` bins (two reports share a band key only if those bins are all equal),
keeps the pairs whose estimated similarity is at least ``THRESHOLD``, and
groups the hits with union-find, in rank order: the best hit of a group stands
for it. Work is linear in the number of hits.

A shorter copy inside a longer report of the same page (an abridged repeat) is
found at index time instead (``page_families``: containment, not similarity) and
folded under the longer one at search time (``fold_families``).
"""
from __future__ import annotations

import functools
import re
import zlib

import numpy as np

from ..text import CJK
from .normalizer import normalize

SHINGLE = 5
BINS = 64
ROWS = 4  # bins per band: 16 bands
THRESHOLD = 0.7  # estimated Jaccard of shingle sets; copies on the seeds score ~0.86, distinct templated texts <0.4
BAND_CHECKED = 200  # reports sharing one band key searched for a copy once per generation (without_lonely)
MIN_SHINGLES = 40  # shorter texts say too little to call two of them copies
_NOT_HAN = re.compile(f"[^{CJK}]+")
_EMPTY = "-"


def signature(text: str, normalized: str | None = None) -> str:
    """The report's sketch as ``BINS`` space-separated hex values ("" for a very short text).
    ``normalized``: ``normalize(text)``, when the caller has it (the build normalises a
    report's text once for this and for its ``match_text``)."""
    han = _NOT_HAN.sub("", normalize(text) if normalized is None else normalized)
    if len(han) - SHINGLE + 1 < MIN_SHINGLES:
        return ""
    hashes = _shingle_hashes(han)
    # A hash h falls in bin h % BINS with value h // BINS, so a bin's smallest value
    # belongs to its smallest hash (BINS is a power of two: the bin is the low bits)
    bins = (hashes & np.uint32(BINS - 1)).astype(np.intp)
    smallest = np.full(BINS, 0xFFFFFFFF, dtype=np.uint32)
    np.minimum.at(smallest, bins, hashes)
    present = np.bincount(bins, minlength=BINS) > 0
    return " ".join(format(v, "x") if here else _EMPTY
                    for v, here in zip((smallest // np.uint32(BINS)).tolist(), present.tolist()))


def shingle_hashes(han: str) -> list[int]:
    """The distinct ``zlib.crc32`` of the UTF-8 of every ``SHINGLE`` characters of ``han``, ascending.

    Ideographs below U+10000 are three bytes each, so the shingles are fixed-width rows
    of the encoded text and their CRCs can be run as whole columns, one byte of every
    shingle at a time (a report has ~2,000 shingles; hashing them one call each was a
    fifth of the analysis). A text with an ideograph of the supplementary planes (four
    bytes) hashes its shingles one by one; both give zlib's values."""
    return _shingle_hashes(han).tolist()


def _shingle_hashes(han: str) -> "np.ndarray":
    """``shingle_hashes`` as a uint32 array. CRC-32 is affine in its message's bits: the CRC
    of a 15-byte shingle is a constant XOR one table value per byte and place
    (``_place_tables``), so the columns cost one look-up and one XOR per byte of a shingle
    (they ran zlib's byte-at-a-time recurrence, six array steps per byte)."""
    raw = han.encode()
    n = len(han) - SHINGLE + 1
    if n <= 0:
        return np.zeros(0, dtype=np.uint32)
    if len(raw) != 3 * len(han):
        return np.array(sorted(set(map(zlib.crc32, map(str.encode, (han[i:i + SHINGLE] for i in range(n)))))),
                        dtype=np.uint32)
    data = np.frombuffer(raw, dtype=np.uint8)
    constant, tables = _place_tables()
    crc = np.full(n, constant, dtype=np.uint32)
    for k in range(3 * SHINGLE):
        crc ^= tables[k][data[k:k + 3 * n:3]]
    return _distinct(crc)


def _distinct(values: "np.ndarray") -> "np.ndarray":
    """``np.unique(values)`` for a short array: sorted, then kept where it changes (numpy 2's
    ``unique`` goes through a hash table first, ~8x slower on a report's ~2,000 hashes)."""
    ordered = np.sort(values)
    keep = np.ones(len(ordered), dtype=bool)
    np.not_equal(ordered[1:], ordered[:-1], out=keep[1:])
    return ordered[keep]


@functools.lru_cache(maxsize=None)
def _place_tables() -> tuple[int, "np.ndarray"]:
    """``zlib.crc32`` of a ``3 * SHINGLE``-byte message as ``constant ^ XOR of tables[k][byte k]``:
    the constant is the CRC of zero bytes, ``tables[k][b]`` what byte ``b`` at place ``k``
    changes of it (3,840 CRCs, once per process)."""
    size = 3 * SHINGLE
    message = bytearray(size)
    constant = zlib.crc32(message)
    tables = np.empty((size, 256), dtype=np.uint32)
    for k in range(size):
        for b in range(256):
            message[k] = b
            tables[k, b] = zlib.crc32(message) ^ constant
        message[k] = 0
    return constant, tables


def similarity(a: str, b: str) -> float:
    """Estimated Jaccard similarity of two signatures (0.0 when either is empty)."""
    if not a or not b:
        return 0.0
    pa, pb = a.split(), b.split()
    both = [(x, y) for x, y in zip(pa, pb) if x != _EMPTY or y != _EMPTY]
    if not both:
        return 0.0
    return sum(1 for x, y in both if x == y) / len(both)


def band_keys_of(sig: str) -> tuple:
    """The band keys of a signature: (band, its rows' minima) for each band not all empty."""
    parts = sig.split()
    keys = []
    for band in range(0, BINS, ROWS):
        key = (band, *parts[band:band + ROWS])
        if not all(p == _EMPTY for p in key[1:]):
            keys.append(key)
    return tuple(keys)


# Cached for grouping a search's hits (every facet count groups the same hits again), which
# after ``without_lonely`` only meets the few reports that have copies. Bounded well below an
# index's size: ``without_lonely`` reads every report's keys once, uncached, since keeping
# them all held ~100 MB at 30,000 reports (a tuple of tuples of strings per report).
_band_keys = functools.lru_cache(maxsize=4096)(band_keys_of)


def _root(parent, i: int) -> int:
    """The root of ``i`` in a union-find forest (with path halving)."""
    while parent[i] != i:
        parent[i] = parent[parent[i]]
        i = parent[i]
    return i


def group_duplicates(items, sig_of) -> list[list]:
    """Group ``items`` (in rank order) into near-duplicate groups, each in rank order.

    ``sig_of(item)`` gives an item's signature. Groups are ordered by their best
    (first) item, so the result reads like the ranked list with copies folded in.
    An item with a blank signature (most of them, after ``without_lonely``) is a group
    of its own and costs one call; only signed items are compared.
    """
    items = list(items)
    signed = [(i, sig) for i, sig in enumerate(map(sig_of, items)) if sig]
    if not signed:
        return [[item] for item in items]
    parent = {i: i for i, _ in signed}  # a union-find forest over the signed items only
    sigs = dict(signed)
    find = functools.partial(_root, parent)

    bands: dict[tuple, list[int]] = {}
    for i, sig in signed:
        root = i  # i's root: i until it is joined to an earlier item
        for key in _band_keys(sig):
            seen = bands.get(key)
            if seen is None:
                bands[key] = [i]
                continue
            for j in seen[:8]:  # a few earlier members suffice: groups are joined transitively
                other = find(j)
                if other != root and similarity(sig, sigs[j]) >= THRESHOLD:
                    parent[max(root, other)] = root = min(root, other)
            seen.append(i)
    groups: list[list] = []
    place: dict[int, list] = {}  # root -> its group; a group stands where its best item ranks
    for i, item in enumerate(items):
        if i not in parent:
            groups.append([item])
            continue
        group = place.get(find(i))
        if group is None:
            group = place[find(i)] = []
            groups.append(group)
        group.append(item)
    return groups


def without_lonely(sigs: list[str]) -> list[str]:
    """``sigs`` with every signature that has no near-duplicate to join blanked.

    ``group_duplicates`` only ever joins two reports that share a band key and are
    similar (``THRESHOLD``), so a report with no such partner in the whole index stays
    a group of one in any hit list: over the signatures of a whole index (computed once
    per generation) the groups of any hit list are the same, and most reports then cost
    nothing to group. A band shared by more than ``BAND_CHECKED`` reports (a template)
    is not searched for partners: its members keep their signatures, to be compared per
    search as before.
    """
    members: dict[tuple, list[int]] = {}
    for i, sig in enumerate(sigs):
        if sig:
            for key in band_keys_of(sig):
                members.setdefault(key, []).append(i)
    keep = set()
    for group in members.values():
        if len(group) < 2:
            continue
        if len(group) > BAND_CHECKED:
            keep.update(group)
            continue
        for k, i in enumerate(group):
            for j in group[k + 1:]:
                if (i not in keep or j not in keep) and similarity(sigs[i], sigs[j]) >= THRESHOLD:
                    keep.update((i, j))
    return [sig if i in keep else "" for i, sig in enumerate(sigs)]


# -- containment: a shorter copy inside a longer report of the same page ------------

CONTAINED = 0.95  # share of a report's shingles found in a longer report of its page
CONTAINER_MARK = "*"  # ends the family key of the report the others fold under


def page_families(texts: list[str], ids: list[str], labels: list | None = None) -> list[str]:
    """Per report of one page, its containment family key ("" for none).

    A site that repeats an article on one page (an abridged copy, one without its
    figures) leaves a report whose 5-character shingles are almost all (``CONTAINED``)
    in a longer one. Jaccard similarity misses it (the longer report has much more), so
    such reports are grouped here, at index time, page by page: each family is keyed by
    its longest report's id, and that report's key carries ``CONTAINER_MARK``.
    ``labels`` (per report, e.g. its park, year and type): only reports with equal labels
    fold together, so that a facet counts the same with its filter set as without.
    """
    labels = labels if labels is not None else [None] * len(texts)
    if len(texts) < 2:
        return [""] * len(texts)
    shingles = []
    for text in texts:
        han = _NOT_HAN.sub("", normalize(text))
        count = len(han) - SHINGLE + 1
        shingles.append({han[i:i + SHINGLE] for i in range(count)} if count >= MIN_SHINGLES else set())
    parent = list(range(len(texts)))

    find = functools.partial(_root, parent)

    longest_first = sorted(range(len(texts)), key=lambda i: -len(shingles[i]))
    for k, big in enumerate(longest_first):
        for small in longest_first[k + 1:]:
            inner = shingles[small]
            if (inner and labels[small] == labels[big] and find(small) != find(big)
                    and len(inner & shingles[big]) >= CONTAINED * len(inner)):
                parent[find(small)] = find(big)
    members: dict[int, list[int]] = {}
    for i in range(len(texts)):
        members.setdefault(find(i), []).append(i)
    keys = [""] * len(texts)
    for group in members.values():
        if len(group) > 1:
            head = max(group, key=lambda i: (len(shingles[i]), -i))
            for i in group:
                keys[i] = ids[head] + (CONTAINER_MARK if i == head else "")
    return keys


def fold_families(groups: list[list], family_of) -> list[list]:
    """``groups`` (as ``group_duplicates`` gives them) with the groups that share a
    containment family merged at the better one's place, the family's longest report first.
    A group whose items have no family (most) is passed on as it is."""
    place: dict[str, int] = {}
    merged: list[list] = []
    folded: list[int] = []  # where the groups with a family went
    for group in groups:
        families = [family_of(item) for item in group]
        if not any(families):
            merged.append(group)
            continue
        keys = {f.rstrip(CONTAINER_MARK) for f in families} - {""}
        target = next((place[k] for k in keys if k in place), None)
        if target is None:
            merged.append(list(group))
            target = len(merged) - 1
            folded.append(target)
        else:
            merged[target].extend(group)
        for k in keys:
            place.setdefault(k, target)
    for k in folded:
        group = merged[k]
        heads = [i for i, item in enumerate(group) if family_of(item).endswith(CONTAINER_MARK)]
        if heads and heads[0]:
            group.insert(0, group.pop(heads[0]))
    return merged
