"""Key-term candidates of one report, picked when it is indexed.

A report's key phrases are ranked when its page is shown, by how often a term is
used in the report and how few reports of the index use it (tf·idf from the
index's own statistics: indexer/search/keyphrases.py). Counting a report's words
needs its analysis, which only the build has at hand; so the build keeps, per
report, a short list of candidates with their counts (the ``key_terms`` column).

A candidate names a topic: a dictionary noun of two or more Chinese characters
(jieba's own part-of-speech tags: nouns, place and organisation names, fixed
expressions, abbreviations), or two such words that stand next to each other and
mostly appear together (污水 + 处理厂 → 污水处理厂). Verbs, adverbs and numerals
(加快, 更加, 四是) never are, nor the function words of official documents that
the dictionary tags as nouns (工作, 情况, 同志: ``text.DOCUMENT_FUNCTION_WORDS``).

What is picked here is stored in the index: a change to these rules (or to that word
list) must bump ``build.builder.INDEX_VERSION`` so that indexes are rebuilt.
"""
from __future__ import annotations

from collections import Counter

from ..text import DOCUMENT_FUNCTION_WORDS, NUMERAL_START, is_cjk_word
from .segmenter import Segmenter

KEPT = 40  # candidates kept per report (a page shows about 12)
WORDS_LOOKED_AT = 60  # the most frequent words whose part of speech is looked up
MAX_PHRASE_CHARS = 8
# jieba's tags for words that can name a topic ...
TOPIC_TAGS = frozenset("n nr ns nt nz nrt nrfg l j an".split())
# ... and, inside a two-word phrase, also nominal verbs (污水 处理, 安全 生产)
PHRASE_TAGS = TOPIC_TAGS | {"vn"}


def main_words(words: dict[str, list[int]]) -> dict[int, str]:
    """Position → the word written there. The analysis puts the dictionary words inside a
    long word at the long word's position (工业园区 → 工业, 园区): the longest is the one written."""
    main: dict[int, str] = {}
    for term, positions in words.items():
        for p in positions:
            here = main.get(p)
            if here is None or len(term) > len(here):
                main[p] = term
    return main


def _plain(word: str) -> bool:
    return is_cjk_word(word) and word[0] not in NUMERAL_START and word not in DOCUMENT_FUNCTION_WORDS


class _PlainWords(dict):
    """``_plain`` remembered per word (reports repeat their words): ``PLAIN[word]``."""

    def __missing__(self, word: str) -> bool:
        if len(self) >= 1_000_000:
            self.clear()
        plain = self[word] = _plain(word)
        return plain


_PLAIN = _PlainWords()


def key_term_candidates(words: dict[str, list[int]], segmenter: Segmenter) -> list[tuple[tuple[str, ...], int]]:
    """``[((word, …), count)]``, most frequent first: a report's candidate key terms.

    ``words`` is the report's ``text`` field as the build analysed it (``{term: [positions]}``).
    """
    main = main_words(words)
    # each word looked at once, not once per use; in order of first use, as before
    plain = _PLAIN
    counts = Counter({w: n for w, n in Counter(main.values()).items() if plain[w]})
    next_to = []  # counted at once below (a Counter's += is a Python call per pair)
    after = main.get
    for p, word in main.items():
        if word in counts:
            nxt = after(p + 1)
            if nxt in counts and len(word) + len(nxt) <= MAX_PHRASE_CHARS:
                next_to.append((word, nxt))
    pairs = Counter(next_to)
    tag = segmenter.word_tag
    out: Counter = Counter()
    for word, n in counts.most_common(WORDS_LOOKED_AT):
        if tag(word) in TOPIC_TAGS:
            out[(word,)] = n
    for pair, n in pairs.items():
        # a phrase, not two words that met: it repeats, and neither word is mostly used without the other
        # (污水 8, 处理厂 6, 污水处理厂 6: a phrase; 工贸 17, 磐安 4, 工贸磐安 2: two words that met)
        if n >= 2 and 3 * n >= max(counts[pair[0]], counts[pair[1]]) and all(tag(w) in PHRASE_TAGS for w in pair):
            out[pair] = n
    return sorted(out.items(), key=lambda item: (-item[1], item[0]))[:KEPT]
