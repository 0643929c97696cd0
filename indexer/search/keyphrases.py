"""A report's key phrases and its related reports, from the index's own statistics.

The build keeps each report's candidate key terms with their counts (the
``key_terms`` column, indexer/analysis/keyterms.py). Key phrases are those ranked
by tf·idf, each word's document frequency read from the generation's lexicon: a
term many reports use (园区, 建设) sinks, one this report dwells on and few others
use (污水处理厂, 标准厂房) rises. A phrase is at least as rare as its rarest word,
so it takes that word's idf.

Related reports are the ones whose key terms overlap this report's most (cosine
of tf·idf vectors over the key terms, ``KeyTermMap``), computed from a map of every
report's key terms built once per generation. No analysis and no posting list is
read in a request, and no second dictionary is loaded into the server.
"""
from __future__ import annotations

import math
from array import array
from collections import defaultdict

PHRASE_BOOST = 1.2  # a two-word phrase says more than either word
TELLING_WORDS = 25  # words of a report that find its related reports (MoreLikeThis uses 25 too)
COMMON_SHARE, COMMON_FLOOR = 20, 200  # a word in over 1/20 of the reports (and 200) is too common to look up


def ranked_terms(candidates, doc_frequency, n_docs: int) -> list[tuple[float, tuple[str, ...]]]:
    """``[(score, words)]`` best first; ``candidates`` are ``[(words, count)]`` from the build,
    ``doc_frequency(word)`` how many reports of the index use a word."""
    n_docs = max(1, n_docs)
    scored = []
    for words, count in candidates or ():
        words = tuple(words)
        idf = max(math.log(1 + n_docs / max(1, doc_frequency(w))) for w in words)
        boost = PHRASE_BOOST if len(words) > 1 else 1.0
        scored.append(((1 + math.log(count)) * idf * boost, words))
    scored.sort(key=lambda sw: (-sw[0], sw[1]))
    return scored


def key_phrases(candidates, doc_frequency, n_docs: int, top_k: int = 12) -> list[str]:
    """The report's key phrases, most telling first; a word inside an already chosen phrase is left out."""
    out: list[str] = []
    for _, words in ranked_terms(candidates, doc_frequency, n_docs):
        phrase = "".join(words)
        if any(phrase in chosen for chosen in out):
            continue
        out.append(phrase)
        if len(out) == top_k:
            break
    return out


class KeyTermMap:
    """Every report's key words as tf·idf vectors, and for each word the reports that have it.

    Built once per generation from the ``key_terms`` column, read through once (an
    iterable of candidate lists by docnum) and not kept: words are numbered, and each
    word's postings and each report's vector are arrays of numbers (about 25 bytes a
    report and word instead of a Python dict entry each). idf here counts the reports
    whose key terms hold the word.
    """

    def __init__(self, column):
        ids: dict[str, int] = {}
        doc_words: list[array] = []  # per docnum: its words' ids
        doc_counts: list[array] = []  # and their counts
        postings: list[array] = []  # per word id: the docnums having it
        for docnum, candidates in enumerate(column):
            words: dict[int, int] = {}
            for phrase, count in candidates or ():
                for w in phrase:
                    i = ids.get(w)
                    if i is None:
                        i = ids[w] = len(postings)
                        postings.append(array("I"))
                    words[i] = max(words.get(i, 0), count)
            doc_words.append(array("I", words))
            doc_counts.append(array("I", words.values()))
            for i in words:
                postings[i].append(docnum)
        n_docs = max(1, sum(1 for words in doc_words if words))
        self.idf = array("d", (math.log(1 + n_docs / len(docs)) for docs in postings))
        self.words = doc_words
        # per docnum, its words' tf·idf weights in the order of ``words``
        self.weights = [array("d", ((1 + math.log(c)) * self.idf[w] for w, c in zip(ws, cs)))
                        for ws, cs in zip(doc_words, doc_counts)]
        self.norms = array("d", (math.sqrt(sum(v * v for v in ws)) or 1.0 for ws in self.weights))
        self.postings = postings

    def weight(self, docnum: int, word: int) -> float:
        words = self.words[docnum]
        return self.weights[docnum][words.index(word)]

    def related(self, docnum: int, limit: int, skip=frozenset()) -> list[tuple[int, float]]:
        """``[(docnum, cosine)]`` of the reports most like ``docnum``, best first (not itself, nor ``skip``).

        As Lucene's MoreLikeThis does, only the report's ``TELLING_WORDS`` heaviest words
        are looked up, and none that more than one report in ``COMMON_SHARE`` has (unless
        all of them are that common): such a word costs the most (its postings are long)
        and says the least. The cosine is over the words looked up."""
        if not 0 <= docnum < len(self.words) or not self.words[docnum]:
            return []
        vector = dict(zip(self.words[docnum], self.weights[docnum]))
        common = max(COMMON_FLOOR, len(self.words) // COMMON_SHARE)
        rare_enough = [w for w in vector if len(self.postings[w]) <= common] or list(vector)
        telling = sorted(rare_enough, key=lambda w: (-vector[w], w))[:TELLING_WORDS]
        scores: dict[int, float] = defaultdict(float)
        for w in telling:
            weight = vector[w]
            for other in self.postings[w]:
                scores[other] += weight * self.weight(other, w)
        norm = math.sqrt(sum(vector[w] ** 2 for w in telling)) or 1.0
        ranked = sorted(((score / (norm * self.norms[d]), d) for d, score in scores.items()
                         if d != docnum and d not in skip), key=lambda sd: (-sd[0], sd[1]))
        return [(d, s) for s, d in ranked[:limit]]
