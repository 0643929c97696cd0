"""A question's tiers ordered by what it asks about: the Okapi BM25 of its words beside the query's score.

A tier of results (fallback.py: the strings as typed, a synonym, near, anywhere) holds reports that match alike;
inside it they stand by the query's score. For a question (questions.py: 园区怎样扩大就业, 如何优化营商环境) that
score also weighs what the question only carries: the report's own words dropped from its topic and kept to rank
(园区, 今年: ``questions.ranked_words``), each string scored on its own. Within a tier, what separates a report
about the topic from one that names it is how much it writes of the words asked about. So a question's first
``WINDOW`` hits are ordered, inside each tier (and inside a count asked's two parts, questions.writes_count), by
a linear mix of two measures: the query's score relative to its tier's best (log), and the Okapi BM25 (k1 1.2,
b 0.75) of the jieba words of the strings asked about (their synonyms included), counted in each report's
matching text, their idf from the index. A question naming a part of a report (有哪些问题, 有什么措施: roles.py)
keeps the score's order: there the score carries the topic inside that part, which counting words cannot see.

The mix is fitted, not set by hand: ``bench/fit_in_tier.py`` fits it (a pairwise logistic model over hits of one
tier whose judged grades differ) on the study queries of bench/ranking-queries.tsv, cross-validated by query, and
it was kept because neither the cross-validated study queries nor held-out-11, -12 or -13 fell on any kind of
query (docs/benchmarks.md, "Session 17 ranking"). For other queries the same measures fitted for every query, or
for the loosened tiers only, lowered some kind (narrow, section, phrasing); session 18 found the gate that does not
(below).

Session 18: a query that is no question, loosened (its typed string finds under ten reports) and naming no part
of a report has its loosened tiers (the words near each other, anywhere) ordered by the same two measures, fitted
apart (``LOOSE_WEIGHTS``, gate ``loose_statement_no_part``): the phrasing of its string is the user's, not the
reports', and the reports about its words write them often. Its exact and synonym tiers keep the score's order.

Session 19: a query of "quoted" strings only asks for each string as written, so its first ``WINDOW`` hits are
ordered by the Okapi BM25 of the strings themselves (``written_okapi``: each string's count in the report's
matching text, its idf from the reports holding it, the report's length in the literal field's units against the
index's mean, k1 1.2): nothing fitted. The score adds each field's BM25 apart (title, headings, text, each
saturated on its own), so a short plan heading one part 加快重点项目建设 outranked reports writing 重点项目 three
times. Here a title or heading line holding the string counts as one occurrence of it, as written; ties keep the
score's order.

Session 22: the strings' length normalisation is b 0.3 (``B_WRITTEN``), not the index's 0.75. The reports are of
very different lengths for their scope, not for wordiness: a 300-character resolution and a 20,000-character work
report covering a year's every field (Robertson's scope hypothesis, against verbosity). At b 0.75 a resolution
writing 科学发展观 once weighed as much as a report writing it nine times, and a report's length counted against a
string it writes three times as much as a wordy page's would. Measured on the 27 quoted queries of twelve splits
(docs/benchmarks.md, "Session 22 ranking"): 7 up, none down.
"""
from __future__ import annotations

import math
import re

import numpy as np

from ..analysis import bridge_quotes, count_written, normalize_for_matching
from ..whoosh_ext.columns import MappedRows
from .fallback import LOOSE, THESAURUS
from .query import And, Not, Or, Text, walk
from .questions import COUNT_WINDOW

WINDOW = COUNT_WINDOW  # a question's first this many hits are ordered (ten pages of ten), as a count asked's
# bench/fit_in_tier.py --features score,bm25 --gate question_no_part, on the study queries
# (bench/in-tier-weights.json): (weight, mean, scale) of each measure standardised
WEIGHTS = {"score": (0.345809, -0.680591, 0.745384), "bm25": (1.946152, 0.418946, 1.461764)}
# bench/fit_in_tier.py --features score,bm25 --gate loose_statement_no_part, on the study queries
# (bench/in-tier-weights-loose.json): a query that is no question, loosened, naming no part: its loosened tiers
LOOSE_WEIGHTS = {"score": (0.476457, -0.885792, 0.882309), "bm25": (0.896582, 0.443129, 1.249393)}
K1, B = 1.2, 0.75
B_WRITTEN = 0.3  # a quoted string's length normalisation (written_okapi): the reports' lengths follow their scope
PAIR_SPAN = 5  # proximity: two of a query's characters at most this far apart count as a pair (Rasolofo & Savoy)
PAIR_READ = 100  # proximity: the first this many reports by their Okapi are ordered again with it (the CPU it costs)
# closeness: how near a report's found words of the query stand, best first (each report's best place)
SIDE_BY_SIDE, SAME_SENTENCE, SAME_SECTION, ANYWHERE = 3, 2, 1, 0
JOINERS = "的和与及、之"  # side by side: two words written together, or with one of these between (工地的噪声)
SENTENCE_END = re.compile(r"[。！？；!?;\n]")
# a section's heading opens a line: 一、 第二部分 第三章 （四） (the parts of a report, and their first subparts; one
# written inside a line, 主要有：（一）…, is a list, not a heading)
SECTION_HEAD = re.compile(r"\n[ \t　]*(?:[一二三四五六七八九十]+、|第[一二三四五六七八九十]+[部分章节]|[(（][一二三四五六七八九十]+[)）])")


def names_part(parsed) -> bool:
    """Whether the query names a part of a report (roles.py: 问题, 措施, 下一步), found as a tier of its own: there
    the score carries the part's boost (the topic inside that part), which the words' counts cannot see."""
    return part_named(parsed.tiers, parsed.rest)


def part_named(tiers, rest) -> bool:
    """``names_part`` from a query's tiers and its last tier's match (as compile.py has them)."""
    return rest == "section" or any(match == "section" for match, _ in tiers)


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
    """Okapi BM25 of ``idf``'s words in each text (matching form: lower-cased already; a word's count as a
    substring), the texts' length normalised by their mean."""
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


def in_tier_keys(scores, tiers, bm25, weights=None) -> np.ndarray:
    """The fitted mix of the two measures (``weights``: ``WEIGHTS`` unless given): higher first inside a tier."""
    weights = weights or WEIGHTS
    out = np.zeros(len(bm25))
    for name, values in (("score", relative_scores(scores, tiers)), ("bm25", np.asarray(bm25))):
        weight, mean, scale = weights[name]
        out += weight * (values - mean) / scale
    return out


def loose_tiers(parsed) -> tuple:
    """The tiers (their numbers in the service's hits) of a query that is no question, loosened and naming no part
    of a report, whose hits only hold its words (fallback.LOOSE: near each other, anywhere): empty for any other
    query. There the typed string is not what the reports write (工业用地供应, 环境卫生整治), and the score of its
    words found apart weighs a long report's scattered words as much as a short one about them."""
    if parsed.question or not parsed.loosened or names_part(parsed):
        return ()
    names = [match for match, _ in parsed.tiers] + [parsed.rest]
    # (the thesaurus tier keeps the score's order: its reports hold a synonym, the typed words' counts say little)
    return tuple(k for k, match in enumerate(names) if match in LOOSE and match != THESAURUS)


def loose_keys(scores, tiers, bm25, loose) -> np.ndarray:
    """In-tier keys ordering the hits of the ``loose`` tiers by ``LOOSE_WEIGHTS``' mix and leaving every other
    tier's hits in their order (one key: ties keep their places)."""
    tiers = np.asarray(tiers)
    inside = np.isin(tiers, np.asarray(loose, dtype=tiers.dtype if len(tiers) else np.int64))
    return np.where(inside, in_tier_keys(scores, tiers, bm25, LOOSE_WEIGHTS), 0.0)


def quoted_strings(tree) -> tuple:
    """The strings of a query made only of "quoted" strings searched in a report's text (AND, OR and NOT among
    them; what is under NOT left out), in their matching form; () for any other query (an unquoted string, a
    prefix, a field or a condition in it)."""
    leaves = [n for n in walk(tree, into_not=False) if not isinstance(n, (And, Or, Not))]
    if not leaves or not all(isinstance(n, Text) and n.quoted and n.field is None for n in leaves):
        return ()
    return tuple(dict.fromkeys(bridge_quotes(normalize_for_matching(n.value)[0]) for n in leaves))


def written_okapi(texts, lengths, mean_length: float, idf: dict) -> np.ndarray:
    """Okapi BM25 of each string of ``idf`` as written (its count as a substring of each matching text, quotation
    marks between ideographs not counting, as in the literal field: 十三五规划 is written “十三五”规划), each text's
    ``lengths`` against ``mean_length`` (the literal field's units: one per character pair), normalised at
    ``B_WRITTEN``."""
    sizes = np.maximum(np.asarray(lengths, dtype=np.float64), 1.0)
    norm = K1 * (1 - B_WRITTEN + B_WRITTEN * sizes / max(mean_length, 1.0))
    out = np.zeros(len(texts))
    for string, weight in idf.items():
        tf = np.array([count_written(t, string) for t in texts], dtype=np.float64)
        out += weight * tf * (K1 + 1) / (tf + norm)
    return out


def proximity(texts, idf: dict, span: int = PAIR_SPAN) -> np.ndarray:
    """The term-proximity part of Rasolofo and Savoy's BM25TP (ECIR 2003) for single characters: for each pair of
    different characters of ``idf`` written at most ``span`` apart (d characters), each of the two accumulates 1/d²;
    a character's accumulated weight is saturated as Okapi saturates a count (k1, b, the texts' mean length) and
    weighted by its idf capped at 1. Added to the characters' Okapi (``okapi``), it puts first the reports writing
    the characters together, inside the reports' own words (饮水难 and 吃水困难 for 吃水难, 网上商店 for 开网店),
    above those writing each of them often, apart."""
    chars = [ch for ch in idf if len(ch) == 1]
    out = np.zeros(len(texts))
    if len(chars) < 2 or not len(texts):
        return out
    sizes = np.array([max(len(t), 1) for t in texts], dtype=np.float64)
    norm = K1 * (1 - B + B * sizes / sizes.mean())
    codes = np.array([ord(ch) for ch in chars], dtype=np.uint32)
    cap = np.array([min(1.0, idf[ch]) for ch in chars])
    for i, text in enumerate(texts):
        if sum(ch in text for ch in chars) < 2:
            continue
        points = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
        mark = np.full(len(points), -1, dtype=np.int8)  # the index in ``chars`` of each position's character
        for c, code in enumerate(codes.tolist()):
            mark[points == code] = c
        where = np.flatnonzero(mark >= 0)
        which = mark[where]
        acc = np.zeros(len(chars))
        for k in range(1, span + 1):  # the k-th next position of a query character
            if len(where) <= k:
                break
            gap = where[k:] - where[:-k]
            pair = (gap <= span) & (which[k:] != which[:-k])
            if not pair.any():
                if (gap > span).all():
                    break
                continue
            weight = 1.0 / gap[pair] ** 2
            np.add.at(acc, which[k:][pair], weight)
            np.add.at(acc, which[:-k][pair], weight)
        out[i] = float((cap * acc * (K1 + 1) / (acc + norm[i])).sum())
    return out


def closeness(texts, words) -> np.ndarray:
    """How near the words of ``words`` that each text holds stand to each other, at their nearest (the text's best
    place): two of them that follow each other in ``words`` (the typed order) written so, side by side (together, or
    with a joining character between: 工地噪声, 工地的噪声: a piece of the phrase typed) ``SIDE_BY_SIDE``, two different
    ones in one sentence (no 。！？； or line break between) ``SAME_SENTENCE``, in one section (no line opening with a
    part's or subpart's number between: 一、, 第二部分, （三）) ``SAME_SECTION``, else (or one word alone)
    ``ANYWHERE``. ``words``: in matching form (the texts' normalised, lower-cased form); counted as substrings.
    (Two different words share a sentence or a section exactly when two occurrences next to each other in text
    order, of different words, do: only those gaps are read.)"""
    words = [w for w in dict.fromkeys(words) if w]
    out = np.full(len(texts), ANYWHERE, dtype=np.int8)
    pairs = list(zip(words, words[1:]))
    beside = [re.compile(f"{re.escape(w)}[{JOINERS}]?{re.escape(v)}") for w, v in pairs]
    for i, text in enumerate(texts):
        held = [w for w in words if w in text]
        if len(held) < 2:
            continue
        if any(beside[k].search(text) for k, (w, v) in enumerate(pairs) if w in held and v in held):
            out[i] = SIDE_BY_SIDE
            continue
        places = {}
        for w in held:
            found, at = [], text.find(w)
            while at >= 0:
                found.append(at)
                at = text.find(w, at + 1)
            places[w] = found
        order = sorted((at, w) for w, found in places.items() for at in found)
        gaps = [text[a + len(w):b] for (a, w), (b, v) in zip(order, order[1:]) if v != w]
        if any(not SENTENCE_END.search(gap) for gap in gaps):
            out[i] = SAME_SENTENCE
        elif any(not SECTION_HEAD.search(gap) for gap in gaps):
            out[i] = SAME_SECTION if SECTION_HEAD.search(text) else ANYWHERE
    return out

