"""Index terms of a text as ``{term: [positions]}``, without Token objects.

The build's fast path: equal to grouping what the Whoosh analyzers in
tokenizers.py yield at index time (a hypothesis test holds them equal), in one
pass over the text.
"""
from __future__ import annotations

from operator import add

import numpy as np

from .normalizer import QUOTE_RUN_RE, normalize
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


def bigram_occurrences(norm: str, first: int, terms: list, positions: list, runs: list | None = None,
                       at: int = 0, pairs: list | None = None) -> int:
    """The ``"bigrams"`` terms of ``norm`` (normalised) as occurrences in text order: each
    term appended to ``terms`` and its position to ``positions`` (numbered from ``first``),
    not grouped by term (the segment builder groups a whole segment's at once); returns
    what ``term_positions`` returns second. A run of Chinese characters gives its bigrams
    with one C-level step, not one Python step per bigram: the same terms at the same
    positions as the BigramAnalyzer (tests/test_analyze.py).

    With ``runs`` (a list), a run's bigrams are not made as strings here: the run is
    appended to ``runs`` as three numbers (where it starts in the text ``norm`` is part
    of, ``at`` being where ``norm`` starts there; how many bigrams; the first one's
    position) for ``bigram_codes``, and only the single characters at a run's edges go
    to ``terms``. Making ~2,000 two-character strings a report (and hashing each again
    in the segment builder) was most of the body's bigram cost; as numbers they are
    grouped by numpy and become strings once per distinct bigram of a segment.

    A run with quotation marks inside (“十三五”规划: the bigrams bridge them, as the
    BigramAnalyzer's do) is read as its stretches without marks, each a run of its own,
    and the bigram across each run of marks (五规) is appended to ``pairs`` (a list) as
    three numbers for ``bigram_codes`` (its two characters' places in the text, its
    position), or, without ``pairs``, to ``terms`` as a string."""
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
            if kind == "cjk":  # no quotation marks inside (almost every run)
                count = end - start - 1
                if runs is None:
                    terms += map(add, run[:-1], run[1:])
                    positions += range(pos, pos + count)
                else:
                    runs += (at + start, count, pos)
            else:
                count = _bridged_run(norm, start, end, pos, terms, positions, runs, at, pairs)
            pos += count - 1
            after = units[k + 1] if k + 1 < len(units) else None
            if after is not None and after.start() == end and after.lastgroup == "aln":
                terms.append(run[-1])
                positions.append(pos)
        last = pos
        prev_end, prev_kind = end, kind
    return first if last is None else last + 2


def _bridged_run(norm: str, start: int, end: int, pos: int, terms: list, positions: list, runs: list | None,
                 at: int, pairs: list | None) -> int:
    """The bigrams of the run ``norm[start:end]``, quotation marks inside, the first bigram at ``pos`` (see
    ``bigram_occurrences``); returns how many."""
    stretches, prev = [], start  # the stretches of characters written together
    for m in QUOTE_RUN_RE.finditer(norm, start, end):
        stretches.append((prev, m.start()))
        prev = m.end()
    stretches.append((prev, end))
    if runs is None:
        chars = "".join(norm[s:e] for s, e in stretches)
        terms += map(add, chars[:-1], chars[1:])
        positions += range(pos, pos + len(chars) - 1)
        return len(chars) - 1
    last = len(stretches) - 1
    for k, (s, e) in enumerate(stretches):
        if e - s > 1:  # a run of its own
            runs += (at + s, e - s - 1, pos)
        pos += e - s - 1  # the position of the bigram across the marks after it
        if k < last:
            following = stretches[k + 1][0]
            if pairs is None:
                terms.append(norm[e - 1] + norm[following])
                positions.append(pos)
            else:
                pairs += (at + e - 1, at + following, pos)
            pos += 1
    return sum(e - s for s, e in stretches) - 1


_LOW_21 = (1 << 21) - 1  # a code point fits in 21 bits: a bigram's code is first << 21 | second


def bigram_codes(text: str, runs: list, pairs: list | None = None) -> tuple[np.ndarray, np.ndarray]:
    """The bigrams of the ``runs`` (and ``pairs``: the bigrams across quotation marks) that
    ``bigram_occurrences(…, runs=…, pairs=…)`` left in ``text`` (the chunks it read, joined),
    as integer codes ``first << 21 | second`` (the two characters' code points) and their
    positions, in text order (int64 arrays). ``bigram_name`` turns a code back into its term."""
    if not runs and not pairs:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty
    points = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32).astype(np.int64)
    triples = np.array(runs, dtype=np.int64).reshape(-1, 3)
    starts, counts, firsts = triples[:, 0], triples[:, 1], triples[:, 2]
    # per bigram: how far it is into its run
    into = np.arange(int(counts.sum()), dtype=np.int64) - np.repeat(np.cumsum(counts) - counts, counts)
    chars = np.repeat(starts, counts) + into
    codes, positions = (points[chars] << 21) | points[chars + 1], np.repeat(firsts, counts) + into
    if not pairs:
        return codes, positions
    across = np.array(pairs, dtype=np.int64).reshape(-1, 3)
    codes = np.concatenate([codes, (points[across[:, 0]] << 21) | points[across[:, 1]]])
    positions = np.concatenate([positions, across[:, 2]])
    order = np.argsort(positions, kind="stable")  # (one bigram a position: back in text order)
    return codes[order], positions[order]


def bigram_names(codes: np.ndarray) -> list[str]:
    """The terms of bigram codes (``bigram_codes``), one two-character string each."""
    pairs = np.empty((len(codes), 2), dtype="<u4")
    pairs[:, 0] = codes >> 21
    pairs[:, 1] = codes & _LOW_21
    joined = pairs.tobytes().decode("utf-32-le", "surrogatepass")
    return [joined[i: i + 2] for i in range(0, len(joined), 2)]
