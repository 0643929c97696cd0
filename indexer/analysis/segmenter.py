"""The word segmenter: jieba's cuts from rjieba (jieba-rs) or jieba, with its dictionary.

A ``Segmenter`` is built from dictionary entries (the bundled user dictionary and a
corpus's own); it is owned by a ``Vocabulary`` (see vocabulary.py), never by the
module, so two indexes in one process each cut with their own words.
"""
from __future__ import annotations

import logging
import os
import re
from collections.abc import Iterable
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

try:  # jieba-rs: jieba's dictionary and algorithm in Rust, ~15x faster (see Segmenter)
    import rjieba
except ImportError:  # pragma: no cover - a platform without its wheel falls back to jieba
    rjieba = None

from ..errors import CorpusError
from .normalizer import normalize

def _package_version(name: str) -> str:
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
        self.parts_seen = self._parts  # word → word_parts(word) so far: a caller's fast path looks here first
        self.terms_seen: dict = {}  # word → word_terms(word) so far (the same kind of fast path)
        self._tags: dict = {}
        self._pos = None  # jieba's part-of-speech tokenizer (the jieba backend only), built when first asked
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

    def word_terms(self, word: str):
        """None for a word that is not indexed, else the terms it is indexed as: the word,
        then its sub-words (``word_parts``) as strings, remembered per word: slicing them
        out of each use made new strings to hash again."""
        terms = self.terms_seen.get(word, False)
        if terms is False:
            parts = self.word_parts(word)
            if len(self.terms_seen) >= 1_000_000:
                self.terms_seen.clear()
            terms = self.terms_seen[word] = None if parts is None else (word, *(word[i:j] for i, j in parts))
        return terms

    def word_tag(self, word: str) -> str:
        """The part of speech jieba's dictionary gives ``word`` (``n``, ``vn``, ``v``, ``ns`` …), or
        ``x`` when the dictionary does not have it as one word (四是 → 四 + 是). Remembered per word."""
        tag = self._tags.get(word)
        if tag is None:
            if self.backend == "rjieba":
                pairs = self._tk.tag(word, False)
            else:
                if self._pos is None:
                    import jieba.posseg

                    self._pos = jieba.posseg.POSTokenizer(self._tk)
                pairs = [(p.word, p.flag) for p in self._pos.lcut(word, HMM=False)]
            tag = pairs[0][1] if len(pairs) == 1 else "x"
            if len(self._tags) >= 1_000_000:
                self._tags.clear()
            self._tags[word] = tag
        return tag

    def tokenize(self, text: str, mode: str = "default") -> list[tuple[str, int, int]]:
        """``(word, start, end)`` in jieba's ``default`` or ``search`` mode."""
        if self.backend == "rjieba":
            return self._tk.tokenize(text, mode, True)
        return list(self._tk.tokenize(text, mode=mode, HMM=True))


def _choose_backend() -> str:
    wanted = os.environ.get("PARKSEARCH_TOKENIZER", "").strip().lower()
    if wanted == "jieba" or rjieba is None:
        return "jieba"
    return "rjieba"


BACKEND = _choose_backend()
TOKENIZER = f"{BACKEND} {_package_version(BACKEND)}"  # e.g. "rjieba 0.2.2": recorded in each index

def read_userdict(path: Path, data: bytes | None = None) -> list[tuple[str, int | None, str | None]]:
    """Entries of a jieba-format dictionary ("词语 [词频] [词性]" per line; # comments): the file
    at ``path``, or its bytes ``data`` read before (``path`` then only names it in a message)."""
    entries = []
    try:
        lines = (path.read_bytes() if data is None else data).decode("utf-8-sig").splitlines()
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


_WORDLIKE_RE = re.compile(r"[^\W_]")  # a token must contain a letter, digit or ideograph
_ALNUM_RE = re.compile(r"[^\W_]+")


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
