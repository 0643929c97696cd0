"""Normalisation: one form of the text for the index, the query and the highlighter.

It removes what only gets in the way of matching (zero-width characters, and the
pinyin that some sites print after a character, 業(yè)), folds full-width ASCII,
Kangxi radicals and compatibility ideographs to the ordinary characters,
lowercases, and converts Traditional to Simplified with OpenCC. Only the
deletions change the length, so the map from normalised to original offsets is
built from them alone: the steps after them are checked to be 1:1. That map is
what lets a highlight computed on the normalised text land on the characters the
user reads (工業園區 marked for the query 工业园区).
"""
from __future__ import annotations

import functools
import heapq
import re
import unicodedata
from array import array
from collections.abc import Iterable, Iterator

import numpy
import opencc

from ..text import CJK, CJK_RE, QUOTE_MARKS

_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
# Deleted before anything else (these are the only length-changing steps):
# - zero-width characters and soft hyphens, which split words invisibly;
# - a pinyin reading in parentheses right after a character, "業(yè)", which
#   some sites print to defeat copying. It must carry a tone mark, so "(a)" or
#   "(ab)" in real text is never touched.
_DELETE_RE = re.compile(
    r"[\u200b-\u200d\u2060\ufeff\u00ad]"
    rf"|(?<=[{CJK}A-Za-z])[(（][a-zü]*[{_TONED}][a-zü]*[)）]"
)
# The same two kinds, looked for apart (``_deletions``).
_ZERO_WIDTH_RE = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")
_PINYIN_RE = re.compile(rf"(?<=[{CJK}A-Za-z])[(（][a-zü]*[{_TONED}][a-zü]*[)）]")


def _build_char_table() -> dict[int, str]:
    """A 1:1 str.translate table: every entry maps one character to one character."""
    table: dict[int, str] = {}
    # Full-width ASCII (！ … ～) and the ideographic space fold to ASCII.
    for cp in range(0xFF01, 0xFF5F):
        table[cp] = chr(cp - 0xFEE0)
    table[0x3000] = " "
    # Kangxi radicals and compatibility ideographs that PDF extraction produces
    # instead of the ordinary character (⼯业 for 工业).
    for lo, hi in ((0x2E80, 0x2FE0), (0xF900, 0xFB00)):
        for cp in range(lo, hi):
            folded = unicodedata.normalize("NFKC", chr(cp))
            if len(folded) == 1 and folded != chr(cp):
                table[cp] = folded
    # Case folding where it keeps one character (not ß → ss, not İ → i̇).
    for cp in list(range(0x0000, 0x2000)) + list(table):
        ch = table.get(cp, chr(cp))
        low = ch.lower()
        if len(low) == 1 and low != ch:
            table[cp] = low
    return table


_CHAR_TABLE = _build_char_table()
# str.translate looks every character up in the table; in Chinese text only a few
# (full-width punctuation, capitals) are in it, so replacing just those is ~10x faster.
_CHAR_RE = re.compile("[" + "".join(re.escape(chr(cp)) for cp in sorted(_CHAR_TABLE)) + "]")
_CHAR_STR = {chr(cp): ch for cp, ch in _CHAR_TABLE.items()}


def _fold_chars(text: str) -> str:
    """``text.translate(_CHAR_TABLE)``, replacing only the characters that change."""
    return _CHAR_RE.sub(lambda m: _CHAR_STR[m.group()], text)
_T2S = opencc.OpenCC("t2s")
_LINE_RE = re.compile(r"[^\n]*\n|[^\n]+")


def _t2s(text: str) -> str:
    """OpenCC Traditional → Simplified, guaranteed to keep the length.

    OpenCC converts by phrase (乾隆 stays 乾隆, 乾燥 → 干燥), and every phrase in
    its t2s dictionary is as long as its conversion; should a future dictionary
    break that, the affected lines fall back to character-by-character.
    """
    converted = _T2S.convert(text)
    if len(converted) == len(text):
        return converted
    out = []
    for line in _LINE_RE.findall(text):
        conv = _T2S.convert(line)
        if len(conv) != len(line):
            conv = "".join(c if len(c) == 1 else ch for ch, c in ((ch, _T2S.convert(ch)) for ch in line))
        out.append(conv)
    return "".join(out)


def _deletions(text: str) -> list[tuple[int, int]]:
    """The spans ``_DELETE_RE`` finds, ~6x faster: a pattern that may start with almost
    any character is tried at every position of the text, so the pinyin readings are
    looked for only where a bracket is (``str.find``), the zero-width characters with a
    plain character class. It was half of normalising a report."""
    found = [m.span() for m in _ZERO_WIDTH_RE.finditer(text)]
    for bracket in "(（":
        i = text.find(bracket)
        while i != -1:
            m = _PINYIN_RE.match(text, i)
            if m:
                found.append(m.span())
            i = text.find(bracket, i + 1)
    return sorted(found)


def _normalize(text: str) -> tuple[str, list[int] | None]:
    """Normalised text and its offset map, or None for the map when it is the identity."""
    norm, offsets, _ = _normalize_whole(text)
    return norm, offsets


def _normalize_whole(text: str) -> tuple[str, list[int] | None, bool]:
    """``_normalize(text)`` and whether OpenCC converted it in one go (its length kept: ``_t2s``'s first step)."""
    offsets: list[int] | None = None
    deletions = _deletions(text)
    if deletions:
        kept, offsets, prev = [], [], 0
        for start, end in deletions:
            kept.append(text[prev:start])
            offsets.extend(range(prev, start))
            prev = end
        kept.append(text[prev:])
        offsets.extend(range(prev, len(text)))
        text = "".join(kept)
    folded = _fold_chars(text)
    converted = _T2S.convert(folded)
    if len(converted) == len(folded):
        return converted, offsets, True
    return _t2s(folded), offsets, False


def normalize_lines(text: str) -> tuple[tuple[str, list[int] | None], bool]:
    """``(normalize_for_matching(text), sliceable)``: ``sliceable`` when a part of ``text`` from a line's start
    to a line's start (or the text's ends) normalises to the same slice of the whole's normal form
    (``normalized_part``), so that a text analysed part by part (the build's sections) is normalised once.

    That holds when nothing was deleted (the offsets are the identity) and OpenCC converted the whole in one go:
    each step then maps a line on its own (characters one to one; OpenCC's phrases never hold a line break, so
    its longest matches stop at one, as a part's ends do), and a part's own conversion is the same slice."""
    norm, offsets, whole = _normalize_whole(text)
    return (norm, offsets), whole and offsets is None


def normalized_part(text: str, normalized: tuple[tuple[str, list[int] | None], bool], start: int, end: int) -> str:
    """``normalize(text[start:end])``, sliced from ``normalize_lines(text)`` (``normalized``) where it can be."""
    (norm, _), sliceable = normalized
    if sliceable and (start == 0 or text[start - 1] == "\n") and (end == len(text) or text[end - 1] == "\n"):
        return norm[start:end]
    return normalize(text[start:end])


def normalize(text: str) -> str:
    """The normalised form that is indexed and searched (see the module docstring)."""
    return _normalize(text)[0]


def normalize_with_map(text: str) -> tuple[str, list[int]]:
    """``(normalised, offsets)``: ``normalised[i]`` comes from ``text[offsets[i]]``.

    ``len(offsets) == len(normalised)``; a normalised span ``[s, e)`` is the
    original span ``[offsets[s], offsets[e - 1] + 1)``.
    """
    norm, offsets = _normalize(text)
    return norm, list(range(len(norm))) if offsets is None else offsets


def _span(offsets: list[int] | None, start: int, end: int) -> tuple[int, int]:
    if offsets is None:
        return start, end
    return offsets[start], offsets[end - 1] + 1


def normalize_for_matching(text: str) -> tuple[str, list[int] | None]:
    """What ``find_matches`` needs of a text: the normalised text and its offset map
    (None: the identity). A caller that marks the same text again keeps it."""
    return _normalize(text)


# -- quotation marks inside Chinese text ---------------------------------------------------
#
# Official documents quote a slogan before its noun (“十三五”规划, “放管服”改革) and users type it
# without the marks (十三五规划). Between two ideographs a run of quotation marks is transparent
# to exact matching: the literal field's bigrams bridge it (tokenizers.py), and the highlighter
# looks a term up allowing such marks between its ideographs, marking the span as written, the
# marks inside it included. Any other punctuation (，。、；：) still parts a string.

QUOTE_RUN_RE = re.compile(f"[{QUOTE_MARKS}]+")  # (the literal field's units use it too)


def quote_bridges(norm: str) -> list[tuple[int, int]]:
    """The spans ``(start, end)`` of the runs of quotation marks in ``norm`` that stand between two
    ideographs (十三五”规划, 实施“十三五: bridged; ，“十三五: not), in text order."""
    out = []
    match = CJK_RE.match
    end_of_text = len(norm)
    for m in QUOTE_RUN_RE.finditer(norm):
        start, end = m.span()
        if start and end < end_of_text and match(norm, start - 1) and match(norm, end):
            out.append((start, end))
    return out


def bridge_quotes(text: str) -> str:
    """``text`` without the quotation marks between ideographs (十三五”规划 → 十三五规划)."""
    bridges = quote_bridges(text)
    if not bridges:
        return text
    kept, prev = [], 0
    for start, end in bridges:
        kept.append(text[prev:start])
        prev = end
    kept.append(text[prev:])
    return "".join(kept)


@functools.lru_cache(maxsize=4096)
def _normalized_term(term: str) -> tuple[str, re.Pattern | None]:
    """``(term, pattern)``: a query's term in its matching form and, when two of its ideographs stand side by side,
    the pattern finding it written with quotation marks between them (None: ``str.find`` finds it). A mark between
    ideographs is no part of what is looked up, nor one at an end: the literal field finds “十三五” wherever 十三五
    is written (quotation marks part no string there). A query's few terms are looked up in every report shown or
    exported: they are normalised once."""
    term = bridge_quotes(normalize(term).strip().strip(QUOTE_MARKS).strip())
    parts, bridged = [re.escape(term[:1])], False
    for a, b in zip(term, term[1:]):
        if CJK_RE.match(a) and CJK_RE.match(b):
            parts.append(f"[{QUOTE_MARKS}]*")
            bridged = True
        parts.append(re.escape(b))
    # (a pattern opening with a character: the regex engine scans for it as str.find scans for the term)
    return term, re.compile("".join(parts)) if bridged else None


def _occurrences(norm: str, term: str, pattern: re.Pattern | None, start: int = 0) -> Iterator[tuple[int, int]]:
    """Every span of ``norm`` where ``term`` is written (overlapping ones too), from ``start`` on, in text order."""
    if pattern is None:
        i = norm.find(term, start)
        while i != -1:
            yield i, i + len(term)
            i = norm.find(term, i + 1)
        return
    m = pattern.search(norm, start)
    while m is not None:
        yield m.span()
        m = pattern.search(norm, m.start() + 1)


def count_written(norm: str, term: str) -> int:
    """How often ``term`` is written in ``norm`` (both normalised; ``str.count``'s occurrences, not overlapping),
    quotation marks between ideographs not counting: 十三五规划 twice in “十三五”规划…十三五规划."""
    term, pattern = _normalized_term(term)
    if not term:
        return 0
    return norm.count(term) if pattern is None else sum(1 for _ in pattern.finditer(norm))


def find_matches(original_text: str, terms: Iterable[str],
                 normalized: tuple[str, list[int] | None] | None = None) -> list[tuple[int, int]]:
    """Original-text spans ``(start, end)`` where any of ``terms`` occurs.

    Terms (query words or phrases) are normalised like the text and looked up as
    literal substrings of the normalised text, so 工业园区 marks 工業園區 in a
    Traditional page. Spans are sorted; overlapping spans are merged, so they can
    be wrapped in <mark> without nesting. ``normalized``: the text's
    ``normalize_for_matching``, when the caller kept it.
    """
    norm, offsets = normalized if normalized is not None else _normalize(original_text)
    found: list[tuple[int, int]] = []
    for term, pattern in {_normalized_term(t) for t in terms}:
        if not term:
            continue
        found.extend(_span(offsets, i, j) for i, j in _occurrences(norm, term, pattern))
    found.sort()
    merged: list[tuple[int, int]] = []
    for start, end in found:
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def iter_matches(original_text: str, terms: Iterable[str],
                 normalized: tuple[str, list[int] | None] | None = None) -> Iterator[tuple[int, int]]:
    """``find_matches``'s spans one by one, in the same order, each found only when asked:
    the terms' next occurrences in a heap, overlapping spans merged as they come. A caller
    that needs the first match or two (an export's one snippet per row) no longer finds every
    occurrence of a common word (的: ~100 a report) and sorts them."""
    norm, offsets = normalized if normalized is not None else _normalize(original_text)
    heap = []
    for n, (term, pattern) in enumerate({_normalized_term(t) for t in terms}):
        if term:
            found = _occurrences(norm, term, pattern)
            first = next(found, None)
            if first is not None:
                heap.append((*first, n, found))
    heapq.heapify(heap)
    merged = None
    while heap:
        i, j, n, found = heap[0]
        following = next(found, None)
        if following is None:
            heapq.heappop(heap)
        else:
            heapq.heapreplace(heap, (*following, n, found))
        start, end = _span(offsets, i, j)
        if merged is not None and start < merged[1]:
            merged = (merged[0], max(end, merged[1]))
        else:
            if merged is not None:
                yield merged
            merged = (start, end)
    if merged is not None:
        yield merged


# -- a text kept in its matching form (the index's ``match_text`` column) -----------------

def matching_form(text: str, normalized: tuple[str, list[int] | None] | None = None) -> tuple:
    """``text`` kept as what ``find_matches`` needs, compactly: ``(normalised, patch,
    offsets)``. The normalised text is the matching form itself; the original is the same
    text but for a few characters (full-width punctuation, Traditional characters, capitals),
    so ``patch`` holds only those: ``(positions, characters)``, or None when there are none.
    Where something was deleted (zero-width characters, pinyin readings: rare) ``patch`` is
    the whole original and ``offsets`` the offset map as 32-bit integers.
    ``from_matching_form`` gives back exactly ``(text, normalize_for_matching(text))``.
    ``normalized``: ``normalize_for_matching(text)``, when the caller has it."""
    norm, offsets = _normalize(text) if normalized is None else normalized
    if offsets is not None:
        return norm, text, array("I", offsets).tobytes()
    if norm == text:
        return norm, None, None
    # the changed characters compared as 32-bit code points: a loop over a report's characters
    # in Python was a tenth of analysing it
    originals = numpy.frombuffer(text.encode("utf-32-le"), dtype=_U32)
    changed = numpy.flatnonzero(numpy.frombuffer(norm.encode("utf-32-le"), dtype=_U32) != originals)
    return norm, (changed.astype(_U32).tobytes(), originals[changed].tobytes().decode("utf-32-le")), None


def from_matching_form(form: tuple) -> tuple[str, tuple[str, list[int] | None]]:
    """``(text, normalize_for_matching(text))`` from ``matching_form(text)``: no normalising,
    the original rebuilt from the normalised text by its few changed characters."""
    norm, patch, offsets = form
    if offsets is not None:
        return patch, (norm, array("I", offsets).tolist())
    if patch is None:
        return norm, (norm, None)
    where, chars = patch
    # the characters as 32-bit code points, the changed ones put back: a few µs, where a
    # loop over a report's ~130 changed characters (its full-width commas) took ~60
    codes = numpy.frombuffer(norm.encode("utf-32-le"), dtype=_U32).copy()
    codes[numpy.frombuffer(where, dtype=_U32).astype(numpy.intp)] = numpy.frombuffer(chars.encode("utf-32-le"),
                                                                                    dtype=_U32)
    return codes.tobytes().decode("utf-32-le"), (norm, None)


_U32 = numpy.dtype("<u4")
