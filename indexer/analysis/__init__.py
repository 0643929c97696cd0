"""Analysis: turn report text and query text into index terms, the same way both times.

The text flows through ``normalize`` (one form for index, query and highlighter),
the ``Segmenter`` of a ``Vocabulary`` (jieba's words, the index's own dictionary),
and then either the Whoosh analyzers of ``tokenizers`` (query time, Whoosh's
writer) or the build's fast path ``terms.term_positions``. ``dedupe`` computes the
near-duplicate sketch of a report's text.
"""
from .normalizer import (bridge_quotes, count_written, find_matches, from_matching_form, iter_matches, matching_form,
                         normalize, normalize_for_matching, normalize_with_map)
from .segmenter import BACKEND, TOKENIZER, Segmenter
from .terms import term_positions
from .tokenizers import BigramAnalyzer, ChineseAnalyzer, literal_groups, use_vocabulary
from .vocabulary import Vocabulary, analysis_fingerprint, bundled_vocabulary, load_synonyms

__all__ = [
    "BACKEND", "TOKENIZER", "BigramAnalyzer", "ChineseAnalyzer", "Segmenter", "Vocabulary",
    "analysis_fingerprint", "bridge_quotes", "bundled_vocabulary", "count_written", "find_matches", "from_matching_form",
    "iter_matches", "literal_groups", "load_synonyms", "matching_form",
    "normalize", "normalize_for_matching", "normalize_with_map", "term_positions", "use_vocabulary",
]
