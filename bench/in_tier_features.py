"""Dump, for every judged query, parksearch's first hits with their tier and in-tier features (run by hand).

    python bench/in_tier_features.py INDEX out.json

For each query of bench/ranking-queries.tsv: the search service's hits in result order (near-duplicates each
on its own, as bench/ranking.py asks), the first ``WINDOW``, each with its report key, tier, whether a count
asked marks it (the service's in-tier order for a count), and the features ``NAMES`` computed from the report's
matching text (the words' score relative to the tier's best; the share of the words present, the least-written
word's count, the sentences holding them all, the title and a heading holding them, the share of sentences
holding one, the length, the first occurrence, the strings' count; pseudo-relevance feedback: the cosine of the
report's key words with the first five hits' (``feedback``) or the first tier's (``feedback_tier``); ``bm25``
by indexer/search/intier.py's own functions, as the service computes it). bench/fit_in_tier.py fits and cross-validates on the dump. No grade is read here.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

import re  # noqa: E402

import numpy as np  # noqa: E402

from indexer.search.intier import asked_words, hit_texts, idf_of, okapi  # noqa: E402
from ranking import read_queries, report_key  # noqa: E402

WINDOW = 100  # as the service's (intier.WINDOW)

NAMES = ("score", "cover", "least", "together", "title", "share", "length", "first", "heading", "strings",
         "feedback", "feedback_tier", "bm25")
_SENTENCE = re.compile(r"[^。；;！!？?\n]+")
_HEADING_MAX = 30  # a line this short, not closed by a full stop, stands as a heading


def words_of(parsed) -> tuple[list[str], list[str]]:
    """(words, strings): the query's words as loosened (its strings' words), else its strings; and its strings
    (typed and synonyms), each normalised and lower-cased as the matching text is."""
    strings = [t.lower() for t in dict.fromkeys(parsed.terms) if t.strip()]
    words = [t.lower() for t in dict.fromkeys(parsed.loose_terms) if t.strip()] or strings
    return words, strings


def features(texts, parsed, scores, tiers, vectors=None, idf=None) -> np.ndarray:  # noqa: C901
    """One row of ``NAMES`` per text (in the hits' order): ``scores`` and ``tiers`` are the hits' own,
    ``vectors`` their key words (``key_vectors``; None: no feedback); ``idf``: {word: idf} of the query's
    jieba words (Okapi BM25 over the window's texts; None: none)."""
    words, strings = words_of(parsed)
    scores = np.asarray(scores, dtype=np.float64)
    tiers = np.asarray(tiers)
    top = {t: scores[tiers == t].max() for t in set(tiers.tolist())}
    out = np.zeros((len(texts), len(NAMES)))
    for i, text in enumerate(texts):
        text = text.lower()
        size = max(len(text), 1)
        counts = [text.count(w) for w in words]
        present = [w for w, c in zip(words, counts) if c]
        title, _, body = text.partition("\n")
        sentences = _SENTENCE.findall(text)
        holding = [s for s in sentences if any(w in s for w in present)] if present else []
        together = sum(1 for s in holding if all(w in s for w in present)) if len(present) > 1 else len(holding)
        firsts = [text.find(w) for w in present]
        heading = any(len(line) <= _HEADING_MAX and not line.endswith("。") and any(w in line for w in present)
                      for line in body.split("\n") if line.strip()) if present else False
        out[i] = (
            np.log(max(scores[i], 1e-9) / max(top[int(tiers[i])], 1e-9)),
            len(present) / max(len(words), 1),
            np.log1p(min(counts)) if counts else 0.0,
            np.log1p(together),
            sum(1 for w in present if w in title) / max(len(words), 1),
            len(holding) / max(len(sentences), 1),
            np.log(size / 10000),
            1 - min(firsts) / size if firsts else 0.0,
            float(heading),
            np.log1p(sum(text.count(s) for s in strings)),
            0.0, 0.0, 0.0,
        )
    if idf:
        out[:, NAMES.index("bm25")] = okapi(texts, idf)
    if vectors is not None:
        out[:, NAMES.index("feedback")] = feedback(vectors)
        out[:, NAMES.index("feedback_tier")] = feedback(vectors, tiers)
    return out


FEEDBACK_FIRST = 5  # the first hits whose key words say what the query is about (pseudo-relevance feedback)


def key_vectors(candidates_per_hit, doc_frequency, n_docs: int) -> list[dict]:
    """Each hit's key words (the build's ``key_terms`` candidates) as a tf·idf vector, unit length."""
    out = []
    idf: dict = {}
    for candidates in candidates_per_hit:
        vector: dict = {}
        for phrase, count in candidates or ():
            for w in phrase:
                if w not in idf:
                    idf[w] = np.log(1 + n_docs / max(1, doc_frequency(w)))
                vector[w] = max(vector.get(w, 0.0), (1 + np.log(count)) * idf[w])
        norm = np.sqrt(sum(v * v for v in vector.values())) or 1.0
        out.append({w: v / norm for w, v in vector.items()})
    return out


def feedback(vectors, tiers=None, first: int = FEEDBACK_FIRST) -> np.ndarray:
    """Per hit, the cosine of its key words with the mean of the first ``first`` hits' (itself left out of the
    mean): how much it is about what the best hits are about. ``tiers``: the first hits taken from the first
    tier only (the reports holding the strings as typed define the topic)."""
    head = list(range(min(first, len(vectors))))
    if tiers is not None and len(tiers):
        head = [i for i in range(len(vectors)) if tiers[i] == tiers[0]][:first]
    total: dict = {}
    for i in head:
        for w, v in vectors[i].items():
            total[w] = total.get(w, 0.0) + v
    out = np.zeros(len(vectors))
    for i, vector in enumerate(vectors):
        mean = total
        n = len(head)
        if i in head:
            n -= 1
            mean = {w: total[w] - vector.get(w, 0.0) for w in total}
        if n <= 0:
            continue
        norm = np.sqrt(sum(v * v for v in mean.values())) or 1.0
        out[i] = sum(v * mean.get(w, 0.0) for w, v in vector.items()) / norm
    return out




def main(argv) -> int:
    from indexer.search import SearchRequest, SearchService

    service = SearchService(Path(argv[1]))
    searcher = service.searcher()
    out = {}
    for query in read_queries():
        req = SearchRequest(q=query["q"], collapse=False)
        parsed = service.parse(req.q, req.sections, searcher)
        if parsed.query is None:
            continue
        flt = None
        # the hits as ordered before any in-tier order of a question (a count asked's first: it stays)
        groups = service._compute_groups(searcher, service._main_query(parsed, req), flt, False, False,
                                         [q for _, q in parsed.tiers], parsed.counts)
        hits = groups.hits
        n = min(WINDOW, len(hits))
        docs = hits.docs[:n]
        tiers = np.zeros(n, dtype=int) if hits.tiers is None else hits.tiers[:n].astype(int)
        counted = (service._writing_count(searcher, docs, parsed.counts) if parsed.counts
                   else np.zeros(n, dtype=bool))
        texts = hit_texts(searcher, docs)
        vectors = key_vectors([service.column_value(searcher, "key_terms", d) for d in docs.tolist()],
                              service.doc_frequency, searcher.doc_count())
        total = searcher.doc_count()
        idf = idf_of(asked_words(parsed.terms, service._local.vocabulary.segmenter), service.doc_frequency, total)
        feats = features(texts, parsed, hits.scores[:n] if hits.scores is not None else np.ones(n), tiers, vectors,
                         idf)
        keys = []
        for d in docs.tolist():
            meta = searcher.stored_fields(d)["meta"]
            keys.append(report_key(meta["source"], meta["n"]))
        names = [m for m, _ in parsed.tiers] + [parsed.rest]
        out[query["id"]] = {"kind": query["kind"], "keys": keys, "tiers": tiers.tolist(),
                            "match": [names[t] if t < len(names) else parsed.rest for t in tiers.tolist()],
                            "loosened": parsed.loosened, "question": parsed.question,
                            "names_part": "section" in names,
                            # the jieba words of the query as typed (one: a name or a term the score already counts)
                            "typed_words": len(asked_words([req.q], service._local.vocabulary.segmenter)),
                            "counted": counted.astype(int).tolist(), "features": feats.round(5).tolist()}
    Path(argv[2]).write_text(json.dumps(out, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
