"""Whoosh tokenizers and analyzers: the word field and the literal (bigram) field.

``ChineseTokenizer`` / ``ChineseAnalyzer`` (the word field)
    jieba's default-mode words get consecutive positions, so a phrase query for
    a word sequence matches. At index time the dictionary words inside a longer
    word (jieba's "search mode" sub-words: 工业园区 → 工业, 园区, 工业园) are
    emitted at the *same* position as the word that contains them, so 园区 alone
    finds 达道湾工业园区 and the phrase 达道湾工业园区 建设 still lines up. At query
    time only the default-mode words are emitted, so a query phrase has one token
    per position. Character offsets always point into the ORIGINAL text.

``BigramTokenizer`` / ``BigramAnalyzer`` (the literal field)
    Overlapping character bigrams of the normalised text: a phrase over the
    bigrams of any string of two or more Chinese characters finds exactly the
    reports containing that string, however jieba happened to cut it. A
    separator (space, punctuation) leaves a one-position gap so that a phrase
    never matches across it, except quotation marks between two Chinese
    characters, which the bigrams bridge: official documents quote a slogan
    before its noun (“十三五”规划) and users type it without the marks.

Whoosh pickles the schema and with it these analyzers; the word tokenizer's
vocabulary is not pickled with it: whoever opens an index hands the tokenizer
that index's ``Vocabulary`` (``use_vocabulary``), and a tokenizer without one
uses the bundled dictionary.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from whoosh.analysis import CompositeAnalyzer, Token, Tokenizer

from ..text import CJK, QUOTE_MARKS
from .normalizer import _normalize, _span, normalize
from .segmenter import Segmenter
from .vocabulary import Vocabulary, bundled_vocabulary

def _segment(norm: str, subwords: bool, segmenter: Segmenter) -> Iterator[tuple[int, str, int, int]]:
    """``(position offset, word, start, end)`` over normalised text.

    Default-mode words take positions 0, 1, 2 …; whitespace and punctuation
    take none. With ``subwords`` each word longer than two characters is followed
    by every dictionary word strictly inside it (jieba's search mode gives the 2-
    and 3-character ones; we take all lengths, so 工业园区 is found inside
    达道湾工业园区), at the same position as the word, and so is each run of
    letters and digits inside a word that holds other characters (3000-4000kva).
    """
    tk = segmenter
    parts_of = tk.word_parts
    pos = 0
    start = 0
    for word in tk.cut(norm):
        end = start + len(word)
        parts = parts_of(word)
        if parts is not None:
            yield pos, word, start, end
            if subwords:
                for i, j in parts:
                    yield pos, word[i:j], start + i, start + j
            pos += 1
        start = end


class _NormalizedTokenizer(Tokenizer):
    """A Whoosh tokenizer over the normalised text whose tokens point back into the original.

    Subclasses say what the units are (``units``); this class honours Whoosh's
    tokenizer arguments (positions, chars, start_pos, start_char, mode,
    tokenize, keeporiginal) the way Whoosh's own tokenizers do.
    """

    def __eq__(self, other):
        return self.__class__ is other.__class__

    def __hash__(self):
        return hash(self.__class__)

    def __call__(
        self,
        value,
        positions=False,
        chars=False,
        keeporiginal=False,
        removestops=True,
        start_pos=0,
        start_char=0,
        tokenize=True,
        mode="",
        **kwargs,
    ):
        assert isinstance(value, str), f"{value!r} is not str"
        t = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        norm, offsets = _normalize(value)
        if not tokenize:
            t.original = t.text = norm
            t.boost = 1.0
            if positions:
                t.pos = start_pos
            if chars:
                t.startchar = start_char
                t.endchar = start_char + len(value)
            yield t
            return
        for pos, word, start, end in self.units(norm, mode):
            t.text = word
            t.boost = 1.0
            t.stopped = False
            if keeporiginal:
                t.original = word
            if positions:
                t.pos = start_pos + pos
            if chars:
                s, e = _span(offsets, start, end)
                t.startchar = start_char + s
                t.endchar = start_char + e
            yield t
    def units(self, norm: str, mode: str):
        """(position, text, start, end) of each unit of ``norm``; offsets in ``norm``."""
        raise NotImplementedError


class ChineseTokenizer(_NormalizedTokenizer):
    """jieba words with phrase-ready positions and original-text offsets.

    ``mode="query"`` emits only default-mode words; any other mode (index,
    highlighting) adds the sub-words at their word's position. The words come from
    ``self.vocabulary`` (see ``use_vocabulary``), else the bundled dictionary.
    """

    vocabulary = None  # not pickled with the schema: the index's opener sets it

    def __getstate__(self):
        return {k: v for k, v in self.__dict__.items() if k != "vocabulary"}

    def units(self, norm, mode):
        vocabulary = self.vocabulary or bundled_vocabulary()
        return _segment(norm, mode != "query", vocabulary.segmenter)


def ChineseAnalyzer() -> CompositeAnalyzer:
    """The analyzer for the word field: ``ChineseTokenizer()``. Nothing is dropped, so a
    phrase matches exactly the words written (punctuation aside); BM25's idf already
    makes 的 worth almost nothing."""
    return CompositeAnalyzer(ChineseTokenizer())


def use_vocabulary(schema, vocabulary: Vocabulary) -> None:
    """Make every word field of ``schema`` (an index's own, unpickled copy) cut with ``vocabulary``."""
    for name in schema.names():
        analyzer = getattr(schema[name], "analyzer", None)
        for item in getattr(analyzer, "items", ()):
            if isinstance(item, ChineseTokenizer):
                item.vocabulary = vocabulary


# A unit: a run of Chinese characters (quotation marks between two of them are inside the run:
# “十三五”规划 is one run, 十三五规划 written with its marks) or of letters and digits. Its
# ``lastgroup`` is "cjk" for a run without marks (almost every run), "bridged" for one with marks
# inside (the part from the first mark on matched that group), "aln" for letters and digits.
UNIT_RE = re.compile(
    rf"(?P<cjk>[{CJK}]+)(?P<bridged>(?:[{QUOTE_MARKS}]+[{CJK}]+)+)?|(?P<aln>[^\W_{CJK}]+(?:\.[^\W_{CJK}]+)*)"
)


def run_characters(m: re.Match) -> range | list[int]:
    """The offsets of the characters of a Chinese run (a ``UNIT_RE`` unit ``m`` but "aln"): its quotation
    marks left out."""
    start, end = m.span()
    if m.lastgroup != "bridged":
        return range(start, end)
    return [start + i for i, ch in enumerate(m.group()) if ch not in QUOTE_MARKS]


def _bigrams(norm: str, edges: bool = True) -> Iterator[tuple[int, str, int, int]]:
    """``(position offset, token, start, end)``: see BigramTokenizer."""
    pos = -1
    prev_end = None
    prev_kind = None
    units = list(UNIT_RE.finditer(norm))
    for k, m in enumerate(units):
        start, end = m.span()
        # A separator between two units leaves an unused position, so a phrase
        # cannot run across it.
        pos += 1 if prev_end == start or prev_end is None else 2
        if m.lastgroup == "aln" or end - start == 1:
            yield pos, m.group(), start, end
        else:
            after = units[k + 1] if k + 1 < len(units) else None
            glued_before = edges and prev_end == start and prev_kind == "aln"
            glued_after = edges and after is not None and after.start() == end and after.lastgroup == "aln"
            at = run_characters(m)
            last = len(at) - 2
            for n in range(last + 1):
                i, j = at[n], at[n + 1]  # (j > i + 1: quotation marks between them, bridged)
                if n == 0 and glued_before:
                    # "2.0版建设": the query "2.0版" needs 版 alone right after 2.0
                    yield pos, norm[i], i, i + 1
                yield pos, norm[i] + norm[j], i, j + 1
                if n == last and glued_after:
                    yield pos, norm[j], j, j + 1
                if n != last:
                    pos += 1
        prev_end, prev_kind = end, m.lastgroup


class BigramTokenizer(_NormalizedTokenizer):
    """Character bigrams of the normalised text, for literal (substring) search.

    A run of Chinese characters gives its overlapping bigrams at consecutive
    positions (工业园区 → 工业 业园 园区), a lone character gives itself, a run of
    letters/digits (2.0, 20xx, gdp) gives one token. Units that touch get
    consecutive positions; a separator between them leaves a gap. Where a
    Chinese run touches a letter/digit run, its edge character is also emitted
    alone at its bigram's position, so a mixed query such as 2.0版 matches
    inside 2.0版建设; ``mode="query"`` leaves those out, so that a query has
    one token per position.
    """

    def units(self, norm, mode):
        return _bigrams(norm, edges=mode != "query")


def BigramAnalyzer() -> CompositeAnalyzer:
    """The analyzer for the literal field: ``BigramTokenizer()``."""
    return CompositeAnalyzer(BigramTokenizer())


def literal_groups(text: str) -> list[list[str]]:
    """The bigram tokens of ``text`` split where a separator leaves a position gap.

    Whoosh's Phrase ignores query positions, so a literal query for text with a
    separator in it ("安全、生产") is an AND of one phrase per group.
    """
    groups: list[list[str]] = []
    last = None
    for pos, token, _, _ in _bigrams(normalize(text), edges=False):
        if last is None or pos > last + 1:
            groups.append([])
        groups[-1].append(token)
        last = pos
    return groups
