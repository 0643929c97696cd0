"""Analysis: turn report text and query text into index terms, the same way both times.

Three pieces, in the order text flows through them:

``normalize`` / ``normalize_with_map``
    One normalisation for the index, the query and the highlighter. It removes
    what only gets in the way of matching (zero-width characters, and the pinyin
    that some sites print after a character, 業(yè)), folds full-width ASCII,
    Kangxi radicals and compatibility ideographs to the ordinary characters,
    lowercases, and converts Traditional to Simplified with OpenCC. Only the
    deletions change the length, so the map from normalised to original offsets
    is built from them alone: the steps after them are checked to be 1:1.

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
    never matches across it.

The jieba tokenizer is a lazy module global: Whoosh pickles the schema (and with
it our analyzers), and jieba's dictionary must neither be pickled nor loaded more
than once per process. ``load_dictionaries`` chooses which user dictionaries it
uses; call it at start-up with the corpus's ``parksearch-userdict.txt`` before
indexing or searching, in every process (worker processes included).
"""
from __future__ import annotations

import hashlib
import logging
import re
import threading
import unicodedata
from collections.abc import Iterable, Iterator
from pathlib import Path

import opencc

try:  # jieba-rs: jieba's dictionary and algorithm in Rust, ~15x faster (see Segmenter)
    import rjieba
except ImportError:  # pragma: no cover - a platform without its wheel falls back to jieba
    rjieba = None
from whoosh.analysis import CompositeAnalyzer, Filter, Token, Tokenizer

from .errors import CorpusError

# Bump when a change here changes the terms a text is analysed into: the index
# stores analysis_fingerprint() and rebuilds itself when it no longer matches.
ANALYZER_VERSION = "1"

DATA_DIR = Path(__file__).parent / "data"
BUNDLED_USERDICT = DATA_DIR / "userdict.txt"
BUNDLED_SYNONYMS = DATA_DIR / "synonyms.txt"
CORPUS_USERDICT_NAME = "parksearch-userdict.txt"

# Function words a ChineseAnalyzer(stoplist=CHINESE_STOP_WORDS) would drop. The
# default analyzer keeps them: a phrase must match the words as written, and
# BM25's idf already makes 的 worth almost nothing.
CHINESE_STOP_WORDS = frozenset(
    "的 了 着 和 与 及 或 等 是 在 对 把 被 之 其 也 都 而 并 为 以 于 从 这 那 个 地 得".split()
)

# --------------------------------------------------------------------------
# Normalisation
# --------------------------------------------------------------------------

_CJK = "\u3007\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
# Deleted before anything else (these are the only length-changing steps):
# - zero-width characters and soft hyphens, which split words invisibly;
# - a pinyin reading in parentheses right after a character, "業(yè)", which
#   some sites print to defeat copying. It must carry a tone mark, so "(a)" or
#   "(ab)" in real text is never touched.
_DELETE_RE = re.compile(
    r"[\u200b-\u200d\u2060\ufeff\u00ad]"
    rf"|(?<=[{_CJK}A-Za-z])[(（][a-zü]*[{_TONED}][a-zü]*[)）]"
)


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


def _normalize(text: str) -> tuple[str, list[int] | None]:
    """Normalised text and its offset map, or None for the map when it is the identity."""
    offsets: list[int] | None = None
    if _DELETE_RE.search(text):
        kept, offsets, prev = [], [], 0
        for m in _DELETE_RE.finditer(text):
            kept.append(text[prev : m.start()])
            offsets.extend(range(prev, m.start()))
            prev = m.end()
        kept.append(text[prev:])
        offsets.extend(range(prev, len(text)))
        text = "".join(kept)
    return _t2s(_fold_chars(text)), offsets


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


def find_matches(original_text: str, terms: Iterable[str]) -> list[tuple[int, int]]:
    """Original-text spans ``(start, end)`` where any of ``terms`` occurs.

    Terms (query words or phrases) are normalised like the text and looked up as
    literal substrings of the normalised text, so 工业园区 marks 工業園區 in a
    Traditional page. Spans are sorted; overlapping spans are merged, so they can
    be wrapped in <mark> without nesting.
    """
    norm, offsets = _normalize(original_text)
    found: list[tuple[int, int]] = []
    for term in {normalize(t).strip() for t in terms}:
        if not term:
            continue
        i = norm.find(term)
        while i != -1:
            found.append(_span(offsets, i, i + len(term)))
            i = norm.find(term, i + 1)
    found.sort()
    merged: list[tuple[int, int]] = []
    for start, end in found:
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


# --------------------------------------------------------------------------
# Dictionaries
# --------------------------------------------------------------------------

def _package_version(name: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(name)
    except PackageNotFoundError:
        return "?"


class Segmenter:
    """jieba's segmentation, from whichever implementation this process uses.

    ``rjieba`` (jieba-rs: jieba's dictionary, DAG and HMM ported to Rust) when it
    is installed, else jieba itself. The two cut Chinese the same way; they differ
    on some ASCII runs (rjieba keeps ``1-8`` whole). Index and query must use the
    same one, so its name is part of analysis_fingerprint() and is recorded in the
    index manifest; ``PARKSEARCH_TOKENIZER=jieba`` forces the Python one.
    """

    def __init__(self, entries: Iterable[tuple[str, int | None, str | None]], backend: str):
        self.backend = backend
        self._parts: dict = {}
        if backend == "rjieba":
            self._tk = rjieba.Jieba()
            for word, freq, tag in entries:
                self._tk.add_word(word, freq, tag)
            self.cut = lambda text: self._tk.cut(text, True)
            self.has_word = self._tk.has_word
        else:
            import jieba  # only here: importing it costs ~0.1 s of every command's start-up

            tk = jieba.Tokenizer()
            jieba.setLogLevel(logging.WARNING)  # jieba logs its dictionary build to stderr
            tk.initialize()
            for word, freq, tag in entries:
                tk.add_word(word, freq, tag)
            self._tk = tk
            self.cut = lambda text: tk.lcut(text, HMM=True)
            self.has_word = lambda word: bool(tk.FREQ.get(word))

    def word_parts(self, word: str):
        """None for a word that is not indexed (no letter, digit or ideograph), else the
        ``(start, end)`` spans of its sub-words (see ``_segment``), remembered per word:
        reports repeat their words, and each lookup crosses into the dictionary."""
        parts = self._parts.get(word, False)
        if parts is False:
            if len(self._parts) >= 1_000_000:  # a bound for a long-running server's query words
                self._parts.clear()
            parts = self._parts[word] = _sub_spans(word, self.has_word)
        return parts

    def tokenize(self, text: str, mode: str = "default") -> list[tuple[str, int, int]]:
        """``(word, start, end)`` in jieba's ``default`` or ``search`` mode."""
        if self.backend == "rjieba":
            return self._tk.tokenize(text, mode, True)
        return list(self._tk.tokenize(text, mode=mode, HMM=True))


def _choose_backend() -> str:
    import os

    wanted = os.environ.get("PARKSEARCH_TOKENIZER", "").strip().lower()
    if wanted == "jieba" or rjieba is None:
        return "jieba"
    return "rjieba"


BACKEND = _choose_backend()
TOKENIZER = f"{BACKEND} {_package_version(BACKEND)}"  # e.g. "rjieba 0.2.2": recorded in each index

_jieba_lock = threading.Lock()
_jieba: Segmenter | None = None
_extra_userdict: Path | None = None


def _read_userdict(path: Path) -> list[tuple[str, int | None, str | None]]:
    """Entries of a jieba-format dictionary ("词语 [词频] [词性]" per line; # comments)."""
    entries = []
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except UnicodeDecodeError as e:
        raise CorpusError(f"用户词典 {path} 不是 UTF-8 编码（{e.reason}）：请另存为 UTF-8 后重试。") from e
    except OSError as e:
        raise CorpusError(f"无法读取用户词典 {path}：{e.strerror}。") from e
    for n, line in enumerate(lines, 1):
        parts = line.split("#", 1)[0].split()
        if not parts:
            continue
        freq: int | None = None
        tag = None
        rest = parts[1:]
        if rest and rest[0].isdigit():
            freq = int(rest.pop(0))
        if rest:
            tag = rest.pop(0)
        if rest:
            raise CorpusError(
                f"用户词典 {path} 第 {n} 行格式不对：“{line.strip()}”。"
                "每行应为“词语 [词频] [词性]”，词语中不能有空格，例如“腾笼换鸟 2000 n”。"
            )
        entries.append((normalize(parts[0]), freq, tag))
    return entries


def load_dictionaries(extra_userdict: Path | None = None) -> None:
    """Use the bundled user dictionary, plus ``extra_userdict`` on top if given.

    ``extra_userdict`` is normally ``<corpus>/parksearch-userdict.txt``; a missing
    file is treated as empty, so a corpus without one needs nothing. Words may be
    written in Traditional characters (they are normalised). Calling this again
    with a different file starts from a fresh jieba dictionary, so words from a
    previous corpus do not linger.
    """
    global _jieba, _extra_userdict
    extra = Path(extra_userdict) if extra_userdict is not None else None
    entries = _read_userdict(BUNDLED_USERDICT)
    if extra is not None and extra.is_file():
        entries += _read_userdict(extra)
    tk = Segmenter(entries, BACKEND)
    with _jieba_lock:
        _jieba, _extra_userdict = tk, extra


def loaded_userdict() -> Path | None:
    """The extra user dictionary the analyzers currently use (None: bundled only)."""
    return _extra_userdict


def _get_jieba() -> Segmenter:
    if _jieba is None:
        # Two threads may both build it; the second simply replaces the first.
        load_dictionaries(_extra_userdict)
    return _jieba


def load_synonyms(path: Path = BUNDLED_SYNONYMS) -> dict[str, list[str]]:
    """``{word: [its synonyms]}`` from a file with one group of synonyms per line.

    Words in a line are separated by spaces and normalised; a word in several
    groups gets the union. Blank lines and # comments are ignored.
    """
    synonyms: dict[str, list[str]] = {}
    for line in Path(path).read_text(encoding="utf-8-sig").splitlines():
        group = list(dict.fromkeys(normalize(w) for w in line.split("#", 1)[0].split()))
        for word in group:
            known = synonyms.setdefault(word, [])
            known.extend(w for w in group if w != word and w not in known)
    return synonyms


def analysis_fingerprint(extra_paths: Iterable[Path | None] = ()) -> str:
    """A hash that changes whenever analysis would produce different terms.

    It covers ANALYZER_VERSION, the tokenizer (``TOKENIZER``: rjieba or jieba, with
    its version), the OpenCC version, the bundled user
    dictionary and synonyms, and each of ``extra_paths`` (a missing file counts
    as absent, not as an error). Store it with the index; rebuild when it differs.
    """
    h = hashlib.sha256()
    h.update(f"parksearch-analysis {ANALYZER_VERSION} {TOKENIZER} opencc {opencc.__version__}\n".encode())
    for path in (BUNDLED_USERDICT, BUNDLED_SYNONYMS, *extra_paths):
        if path is None:
            continue
        path = Path(path)
        h.update(f"\n{path.name}\n".encode())
        h.update(path.read_bytes() if path.is_file() else b"<absent>")
    return h.hexdigest()


# --------------------------------------------------------------------------
# Tokenizers and analyzers
# --------------------------------------------------------------------------

_WORDLIKE_RE = re.compile(r"[^\W_]")  # a token must contain a letter, digit or ideograph
_ALNUM_RE = re.compile(r"[^\W_]+")


def _segment(norm: str, subwords: bool) -> Iterator[tuple[int, str, int, int]]:
    """``(position offset, word, start, end)`` over normalised text.

    Default-mode words take positions 0, 1, 2 …; whitespace and punctuation
    take none. With ``subwords`` each word longer than two characters is followed
    by every dictionary word strictly inside it (jieba's search mode gives the 2-
    and 3-character ones; we take all lengths, so 工业园区 is found inside
    达道湾工业园区), at the same position as the word, and so is each run of
    letters and digits inside a word that holds other characters (3000-4000kva).
    """
    tk = _get_jieba()
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


def _sub_spans(word: str, has_word) -> tuple[tuple[int, int], ...] | None:
    """See ``Segmenter.word_parts``: the sub-words' spans in text order, each text once."""
    if not _WORDLIKE_RE.search(word):
        return None
    n = len(word)
    if n <= 2:
        return ()
    subs = {(i, i + size) for size in range(2, n) for i in range(n - size + 1) if has_word(word[i: i + size])}
    if not word.isalnum():  # rjieba keeps "3000-4000kva" whole: its parts are words too
        subs.update(m.span() for m in _ALNUM_RE.finditer(word))
    seen = {word}
    spans = []
    for i, j in sorted(subs):  # in text order, like the words
        if word[i:j] not in seen:
            seen.add(word[i:j])
            spans.append((i, j))
    return tuple(spans)


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
    highlighting) adds the sub-words at their word's position.
    """

    def units(self, norm, mode):
        return _segment(norm, subwords=mode != "query")



class ChineseStopFilter(Filter):
    """Drops stop words and closes the gaps they leave in the positions.

    Whoosh's StopFilter renumbers every surviving token consecutively, which
    would pull apart a word and the sub-words that share its position; this one
    removes a position only when every token at it was stopped, so a phrase
    query (whose stop words are dropped too) still lines up. With
    ``removestops=False`` stop words are kept and marked ``stopped``.
    """

    def __init__(self, stoplist: Iterable[str] = CHINESE_STOP_WORDS):
        self.stops = frozenset(stoplist)

    def __eq__(self, other):
        return self.__class__ is other.__class__ and self.stops == other.stops

    def __hash__(self):
        return hash((self.__class__, self.stops))

    def __call__(self, tokens):
        stops = self.stops
        removed = 0  # positions emptied so far
        group_pos = None  # original position of the current group
        group_kept = False
        for t in tokens:
            if t.positions:
                if t.pos != group_pos:
                    if group_pos is not None and not group_kept:
                        removed += 1
                    group_pos, group_kept = t.pos, False
            if t.text in stops:
                if not t.removestops:
                    t.stopped = True
                    group_kept = True
                    yield t
                continue
            group_kept = True
            t.stopped = False
            if t.positions:
                t.pos -= removed
            yield t


def ChineseAnalyzer(stoplist: Iterable[str] | None = None) -> CompositeAnalyzer:
    """The analyzer for the word field: ``ChineseTokenizer()`` (``| ChineseStopFilter``).

    Without a stoplist nothing is dropped, so a phrase matches exactly the words
    written (punctuation aside); with one, stop words are dropped on both sides
    and phrases ignore them.
    """
    if stoplist:
        return CompositeAnalyzer(ChineseTokenizer(), ChineseStopFilter(stoplist))
    return CompositeAnalyzer(ChineseTokenizer())


_UNIT_RE = re.compile(
    rf"(?P<cjk>[{_CJK}]+)|(?P<aln>[^\W_{_CJK}]+(?:\.[^\W_{_CJK}]+)*)"
)


def _bigrams(norm: str, edges: bool = True) -> Iterator[tuple[int, str, int, int]]:
    """``(position offset, token, start, end)``: see BigramTokenizer."""
    pos = -1
    prev_end = None
    prev_kind = None
    units = list(_UNIT_RE.finditer(norm))
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
            last = end - 2
            for i in range(start, end - 1):
                if i == start and glued_before:
                    # "2.0版建设": the query "2.0版" needs 版 alone right after 2.0
                    yield pos, norm[i], i, i + 1
                yield pos, norm[i : i + 2], i, i + 2
                if i == last and glued_after:
                    yield pos, norm[i + 1], i + 1, i + 2
                if i != last:
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


def term_positions(text: str, kind: str, first: int = 0, into: dict[str, list[int]] | None = None,
                   normalized: bool = False) -> tuple[dict[str, list[int]], int]:
    """The index terms of ``text`` as ``{term: [positions]}``, for the index writer.

    ``kind`` is ``"words"`` (what ChineseAnalyzer gives at index time) or
    ``"bigrams"`` (BigramAnalyzer); positions are numbered from ``first``.
    Returns the dict (``into`` when given: a text analysed in chunks collects
    into one) and the first position for a chunk that follows on a new line,
    so that chunk by chunk gives the positions the whole text would have.
    ``normalized``: ``text`` is already ``normalize``d (both kinds of one text).
    Equal to grouping the analyzers' tokens (tests/test_analyze.py), in one
    pass without a Token or tuple per term.
    """
    out = {} if into is None else into
    norm = text if normalized else normalize(text)
    if kind == "words":
        last = _add_words(norm, first, out)
        step = 1  # a new line leaves no gap between words ...
    else:
        last = _add_bigrams(norm, first, out)
        step = 2  # ... and a one-position gap between bigrams
    return out, first if last is None else last + step


def _add_words(norm: str, first: int, out: dict) -> int | None:
    """``_segment(norm, subwords=True)`` added to ``out``; returns the last position used."""
    tk = _get_jieba()
    parts_of = tk.word_parts
    get = out.get
    pos = first
    last = None
    for word in tk.cut(norm):
        parts = parts_of(word)
        if parts is None:
            continue
        found = get(word)
        if found is None:
            out[word] = [pos]
        else:
            found.append(pos)
        for i, j in parts:
            sub = word[i:j]
            found = get(sub)
            if found is None:
                out[sub] = [pos]
            else:
                found.append(pos)
        last = pos
        pos += 1
    return last


def _add_bigrams(norm: str, first: int, out: dict) -> int | None:
    """``_bigrams(norm, edges=True)`` added to ``out``; returns the last position used."""
    get = out.get

    def add(term, p):
        found = get(term)
        if found is None:
            out[term] = [p]
        else:
            found.append(p)

    pos = first - 1
    prev_end = prev_kind = None
    last = None
    units = list(_UNIT_RE.finditer(norm))
    for k, m in enumerate(units):
        start, end = m.span()
        pos += 1 if prev_end == start or prev_end is None else 2
        kind = m.lastgroup
        run = m.group()
        if kind == "aln" or end - start == 1:
            add(run, pos)
        else:
            if prev_end == start and prev_kind == "aln":
                add(run[0], pos)
            for i in range(len(run) - 1):
                bigram = run[i: i + 2]
                found = get(bigram)
                if found is None:
                    out[bigram] = [pos + i]
                else:
                    found.append(pos + i)
            pos += len(run) - 2
            after = units[k + 1] if k + 1 < len(units) else None
            if after is not None and after.start() == end and after.lastgroup == "aln":
                add(run[-1], pos)
        last = pos
        prev_end, prev_kind = end, kind
    return last


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
