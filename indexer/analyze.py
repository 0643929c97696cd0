"""Chinese analysis for index and query time (walking-skeleton version).

A jieba tokenizer that gives each word a consecutive position (so phrase
queries work, unlike jieba's bundled ChineseAnalyzer, which stores character
offsets as positions). The search-quality issue adds normalisation
(Traditional → Simplified), a bigram field and dictionaries.
"""
from __future__ import annotations

import re

import jieba
from whoosh.analysis import LowercaseFilter, Token, Tokenizer

jieba.setLogLevel(60)

_SKIP = re.compile(r"^[\W_]+$")


def normalize(text: str) -> str:
    return text.lower()


class ChineseTokenizer(Tokenizer):
    def __call__(self, value, positions=False, chars=False, keeporiginal=False,
                 removestops=True, start_pos=0, start_char=0, tokenize=True,
                 mode="", **kwargs):
        token = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        pos = start_pos
        for word, start, end in jieba.tokenize(value):
            if _SKIP.match(word):
                continue
            token.text = word
            token.boost = 1.0
            token.stopped = False
            if keeporiginal:
                token.original = word
            if positions:
                token.pos = pos
            pos += 1
            if chars:
                token.startchar = start_char + start
                token.endchar = start_char + end
            yield token


def ChineseAnalyzer():
    return ChineseTokenizer() | LowercaseFilter()


def find_matches(text: str, terms) -> list[tuple[int, int]]:
    """Spans of ``text`` where any of ``terms`` occurs literally, longest first, not overlapping."""
    spans = []
    taken = [False] * len(text)
    for term in sorted({t for t in terms if t}, key=len, reverse=True):
        for m in re.finditer(re.escape(term), text, flags=re.I):
            if not any(taken[m.start():m.end()]):
                spans.append((m.start(), m.end()))
                for i in range(m.start(), m.end()):
                    taken[i] = True
    return sorted(spans)
