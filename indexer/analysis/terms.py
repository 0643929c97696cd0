"""Index terms of a text as ``{term: [positions]}``, without Token objects.

The build's fast path: equal to grouping what the Whoosh analyzers in
tokenizers.py yield at index time (a hypothesis test holds them equal), in one
pass over the text.
"""
from __future__ import annotations

from operator import add

from .normalizer import normalize
from .segmenter import Segmenter
from .tokenizers import UNIT_RE
from .vocabulary import Vocabulary, bundled_vocabulary

def term_positions(text: str, kind: str, first: int = 0, into: dict[str, list[int]] | None = None,
                   normalized: bool = False, vocabulary: Vocabulary | None = None) -> tuple[dict[str, list[int]], int]:
    """The index terms of ``text`` as ``{term: [positions]}``, for the index writer.

    ``kind`` is ``"words"`` (what ChineseAnalyzer gives at index time) or
    ``"bigrams"`` (BigramAnalyzer); positions are numbered from ``first``.
    Returns the dict (``into`` when given: a text analysed in chunks collects
    into one) and the first position for a chunk that follows on a new line,
    so that chunk by chunk gives the positions the whole text would have.
    ``normalized``: ``text`` is already ``normalize``d (both kinds of one text).
    ``vocabulary``: whose words (default: the bundled dictionary).
    Equal to grouping the analyzers' tokens (tests/test_analyze.py), in one
    pass without a Token or tuple per term.
    """
    out = {} if into is None else into
    norm = text if normalized else normalize(text)
    if kind == "words":
        last = _add_words(norm, first, out, (vocabulary or bundled_vocabulary()).segmenter)
        step = 1  # a new line leaves no gap between words ...
    else:
        last = _add_bigrams(norm, first, out)
        step = 2  # ... and a one-position gap between bigrams
    return out, first if last is None else last + step


def _add_words(norm: str, first: int, out: dict, tk: Segmenter) -> int | None:
    """``_segment(norm, subwords=True)`` added to ``out``; returns the last position used."""
    terms_of = tk.word_terms
    known = tk.terms_seen.get  # most words were seen before: no call to word_terms
    get = out.get
    pos = first
    last = None
    for word in tk.cut(norm):
        terms = known(word, False)
        if terms is False:
            terms = terms_of(word)
        if terms is None:
            continue
        for term in terms:
            found = get(term)
            if found is None:
                out[term] = [pos]
            else:
                found.append(pos)
        last = pos
        pos += 1
    return last


def _add_bigrams(norm: str, first: int, out: dict) -> int | None:
    """``_bigrams(norm, edges=True)`` added to ``out``; returns the last position used. (The
    occurrences ``bigram_occurrences`` lists, grouped by term: one reading of the runs.)"""
    terms: list = []
    positions: list = []
    bigram_occurrences(norm, first, terms, positions)
    get = out.get
    for term, p in zip(terms, positions):
        found = get(term)
        if found is None:
            out[term] = [p]
        else:
            found.append(p)
    return positions[-1] if positions else None  # (the last term stands at the last position used)


def bigram_occurrences(norm: str, first: int, terms: list, positions: list) -> int:
    """The ``"bigrams"`` terms of ``norm`` (normalised) as occurrences in text order: each
    term appended to ``terms`` and its position to ``positions`` (numbered from ``first``),
    not grouped by term (the segment builder groups a whole segment's at once); returns
    what ``term_positions`` returns second. A run of Chinese characters gives its bigrams
    with one C-level step, not one Python step per bigram: the same terms at the same
    positions as the BigramAnalyzer (tests/test_analyze.py)."""
    pos = first - 1
    prev_end = prev_kind = None
    last = None
    units = list(UNIT_RE.finditer(norm))
    for k, m in enumerate(units):
        start, end = m.span()
        pos += 1 if prev_end == start or prev_end is None else 2
        kind = m.lastgroup
        run = m.group()
        if kind == "aln" or end - start == 1:
            terms.append(run)
            positions.append(pos)
        else:
            if prev_end == start and prev_kind == "aln":
                terms.append(run[0])
                positions.append(pos)
            count = end - start - 1
            terms += map(add, run[:-1], run[1:])
            positions += range(pos, pos + count)
            pos += count - 1
            after = units[k + 1] if k + 1 < len(units) else None
            if after is not None and after.start() == end and after.lastgroup == "aln":
                terms.append(run[-1])
                positions.append(pos)
        last = pos
        prev_end, prev_kind = end, kind
    return first if last is None else last + 2
