"""A question's tiers ordered by what it asks about: the Okapi BM25 of its words beside the query's score.

A tier of results (fallback.py: the strings as typed, a synonym, the part named, near, anywhere) holds reports
that match alike; inside it they stand by the query's score. For a question (questions.py: 园区招商引资有哪些问题,
怎样扩大就业) that score also weighs what the question only carries: the report's own words dropped from its
topic and kept to rank (园区, 今年: ``questions.ranked_words``), the part it names (问题, 措施: roles.py) boosted,
each string scored on its own. Within a tier, what separates a report about the topic from one that names it is
how much it writes of the words asked about. So a question's first ``WINDOW`` hits are ordered, inside each tier
(and inside a count asked's two parts, questions.writes_count), by a linear mix of two measures: the query's
score relative to its tier's best (log), and the Okapi BM25 (k1 1.2, b 0.75) of the jieba words of the strings
asked about (their synonyms included), counted in each report's matching text, their idf from the index.

The mix is fitted, not set by hand: ``bench/fit_in_tier.py`` fits it (a pairwise logistic model over hits of one
tier whose judged grades differ) on the study queries of bench/ranking-queries.tsv, cross-validated by query, and
it was kept because neither the cross-validated study queries nor held-out-11, -12 or -13 fell on any kind of
query (docs/benchmarks.md, "Session 17 ranking"). A query that is not a question keeps the score's order: the
same features fitted for every query, or gated to the loosened tiers, lowered some kind (narrow, section).
"""
from __future__ import annotations

import math

import numpy as np

from ..analysis import normalize_for_matching
from ..whoosh_ext.columns import MappedRows

WINDOW = 100  # a question's first this many hits are ordered (ten pages of ten), as a count asked's (COUNT_WINDOW)
# bench/fit_in_tier.py --features score,bm25 --gate question, on the study queries (bench/in-tier-weights.json):
# (weight, mean, scale) of each measure standardised
WEIGHTS = {"score": (0.341069, -0.680591, 0.745384), "bm25": (1.42363, 0.675843, 1.712962)}
K1, B = 1.2, 0.75


def hit_texts(searcher, docs) -> list[str]:
    """The matching (normalised) text of each docnum of ``docs``: the ``match_text`` column, else the stored text."""
    texts: list = [None] * len(docs)
    if "match_text" in searcher.schema:
        rows = MappedRows(searcher, "match_text")
        try:
            texts = [rows[d] for d in docs.tolist()]
        finally:
            rows.close()
        texts = [value[0][0] if isinstance(value, tuple) else None for value in texts]
    return [text if text is not None else normalize_for_matching(searcher.stored_fields(d)["meta"]["text"])[0]
            for d, text in zip(docs.tolist(), texts)]


def asked_words(terms, segmenter) -> list[str]:
    """The jieba words of the strings asked about (``ParsedQuery.terms``: the strings and their synonyms), once each,
    lower-cased as the matching text is; punctuation and spaces left out."""
    words = (w for t in terms for w in segmenter.cut(t.lower()))
    return list(dict.fromkeys(w for w in words if any(ch.isalnum() for ch in w)))


def okapi(texts, idf: dict) -> np.ndarray:
    """Okapi BM25 of ``idf``'s words in each text (a word's count as a substring), the texts' length normalised
    by their mean."""
    texts = [t.lower() for t in texts]
    sizes = np.array([max(len(t), 1) for t in texts], dtype=np.float64)
    norm = K1 * (1 - B + B * sizes / sizes.mean()) if len(texts) else sizes
    out = np.zeros(len(texts))
    for word, weight in idf.items():
        tf = np.array([t.count(word) for t in texts], dtype=np.float64)
        out += weight * tf * (K1 + 1) / (tf + norm)
    return out


def idf_of(words, doc_frequency, n_docs: int) -> dict:
    """Okapi's idf of each word: ``doc_frequency(word)`` reports of ``n_docs`` hold it."""
    out = {}
    for w in words:
        df = doc_frequency(w)
        out[w] = math.log(1 + (n_docs - df + 0.5) / (df + 0.5))
    return out


def relative_scores(scores, tiers) -> np.ndarray:
    """Each hit's score relative to the best of its tier among these hits, as a log (0 for the best)."""
    scores = np.maximum(np.asarray(scores, dtype=np.float64), 1e-9)
    tiers = np.asarray(tiers)
    best = np.zeros(len(scores))
    for t in np.unique(tiers):
        inside = tiers == t
        best[inside] = scores[inside].max()
    return np.log(scores / best)


def in_tier_keys(scores, tiers, bm25) -> np.ndarray:
    """The fitted mix of the two measures: higher first inside a tier."""
    out = np.zeros(len(bm25))
    for name, values in (("score", relative_scores(scores, tiers)), ("bm25", np.asarray(bm25))):
        weight, mean, scale = WEIGHTS[name]
        out += weight * (values - mean) / scale
    return out
