"""Fit and cross-validate a linear order inside each tier of results (run by hand), on bench/in_tier_features.py's dump.

    python bench/fit_in_tier.py feats.json [--write WEIGHTS.json] [--features score,cover,…] [--gate G] [--ascent]

The weights the service uses, again: ``python bench/in_tier_features.py INDEX feats.json`` (the index of
bench/ranking.py's corpus), then ``python bench/fit_in_tier.py feats.json --features score,bm25
--gate question_no_part --write bench/in-tier-weights.json`` (and intier.WEIGHTS copied from it: a test compares);
the loosened tiers of a query that is no question (session 18): ``--features score,bm25 --gate loose_statement_no_part
--write bench/in-tier-weights-loose.json`` (intier.LOOSE_WEIGHTS).

A hit's in-tier score is ``w · standardised features`` (bench/in_tier_features.py's NAMES; ``score`` is the words'
BM25F score relative to the tier's best, so w = (1, 0, …) is parksearch's own order). Inside each tier (and,
for a count asked, inside its counted and uncounted parts, which stay in that order) the hits are sorted by it.
Fitted as a pairwise logistic model with an L2 penalty: every pair of hits of one tier part whose judged grades
differ, on the study queries only (every split but held-out-11 … -14 and the blind one, ranking.BLIND). Measured:

1. cross-validated on the study queries, five folds by query (a query's hits are never in its own fold's fit);
2. fitted on all study queries, on held-out-11, -12, -13 and -14 per kind (not fitted on); the blind split
   (held-out-15 in session 18) is neither fitted on nor printed.

Each row: nDCG@10 of parksearch's own order and of the fitted order. ``--write`` writes the weights fitted on all
study queries (with their means and scales) for indexer/search/intier.py (bench/in-tier-weights.json holds
the ones it uses: ``--features score,bm25 --gate question_no_part``).
"""
from __future__ import annotations

import argparse
import json
import sys
import zlib
from collections import defaultdict
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from ranking import BLIND, ndcg, read_qrels, split_of  # noqa: E402

CHECKS = ("held-out-11", "held-out-12", "held-out-13", "held-out-14")
FOLDS = 5
L2 = 1.0


def load(path):
    dump = json.loads(Path(path).read_text(encoding="utf-8"))
    from indexer.search.fallback import LOOSE

    for row in dump.values():
        f = np.array(row["features"], dtype=np.float64).reshape(-1, len(BASE))
        loose = np.array([m in LOOSE for m in row["match"]], dtype=np.float64)
        fb = f[:, BASE.index("feedback")]
        # gated: the feedback only in the loosened tiers, or only when the query was loosened (its exact tiers small)
        row["features"] = np.hstack([f, (fb * loose)[:, None], (fb * (row["loosened"] > 0))[:, None]])
        if GATE:  # every feature but the score only where the gate holds (else 0: the score alone orders)
            gate = {"loose": loose, "loosened": np.full(len(loose), float(row["loosened"] > 0)),
                    "question": np.full(len(loose), float(row.get("question", False))),
                    "exact": 1 - loose,
                    # a question naming no part of a report (问题, 措施: its section tiers keep the role's boost)
                    "question_no_part": np.full(len(loose), float(row["question"] and not row["names_part"])),
                    # not a question: its loosened tiers only (near, words), or every tier of a loosened query
                    "loose_statement": loose * float(not row["question"]),
                    "loosened_statement": np.full(len(loose), float(row["loosened"] > 0 and not row["question"])),
                    # ... naming no part of a report either (a part's tier is ordered by the part's boost: roles.py)
                    "loosened_statement_no_part": np.full(len(loose), float(
                        row["loosened"] > 0 and not row["question"] and not row["names_part"])),
                    # ... and typed as two jieba words or more (one word's Okapi is its own count: the score has it)
                    "loose_statement_no_part": loose * float(not row["question"] and not row["names_part"]),
                    "loosened_statement_words": np.full(len(loose), float(
                        row["loosened"] > 0 and not row["question"] and not row["names_part"]
                        and row.get("typed_words", 2) >= 2))}[GATE]
            row["features"][:, 1:] *= gate[:, None]
        row["tiers"] = np.array(row["tiers"]); row["counted"] = np.array(row["counted"])
    return dump


def ordered(row, w, mean, scale, cols):
    """The window's keys sorted by (tier, counted first, −w·x, their place)."""
    x = (row["features"][:, cols] - mean) / scale
    s = x @ w
    n = len(row["keys"])
    order = np.lexsort((np.arange(n), -s, -row["counted"], row["tiers"]))
    return [row["keys"][i] for i in order]


def pairs(rows, qrels, cols):
    xs, ws = [], []
    for qid, row in rows.items():
        grades = qrels.get(qid, {})
        g = np.array([grades.get(k, 0) for k in row["keys"]])
        f = row["features"][:, cols]
        block = row["tiers"] * 2 + (1 - row["counted"])
        for b in set(block.tolist()):
            idx = np.flatnonzero(block == b)
            for a in idx:
                for c in idx:
                    if g[a] > g[c]:
                        xs.append(f[a] - f[c]); ws.append(2.0 ** g[a] - 2.0 ** g[c])
    return np.array(xs), np.array(ws)


def fit(rows, qrels, cols):
    allf = np.vstack([r["features"][:, cols] for r in rows.values()])
    mean, scale = allf.mean(0), allf.std(0) + 1e-9
    x, weight = pairs(rows, qrels, cols)
    x = x / scale
    w = np.zeros(len(cols))
    for _ in range(50):  # Newton's method on the weighted logistic loss, L2 penalised
        z = x @ w
        p = 1 / (1 + np.exp(-z))
        grad = -(x * (weight * (1 - p))[:, None]).sum(0) + L2 * w
        hess = (x * (weight * p * (1 - p))[:, None]).T @ x + L2 * np.eye(len(cols))
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w, mean, scale


GRID = (-1.0, -0.5, -0.25, -0.1, 0.0, 0.1, 0.25, 0.5, 1.0)


def ascend(rows, qrels, cols):
    """Coordinate ascent on the mean nDCG@10 itself (the measure, not a surrogate): from parksearch's own order
    (the score alone), each other feature's weight in turn set to the grid's best value while the mean rises by
    more than ``GAIN``; two rounds."""
    allf = np.vstack([r["features"][:, cols] for r in rows.values()])
    mean, scale = allf.mean(0), allf.std(0) + 1e-9
    w = np.zeros(len(cols))
    first = cols.index(NAMES.index("score")) if NAMES.index("score") in cols else 0
    w[first] = 1.0

    def value(v):
        return np.mean(list(measure(rows, qrels, v, mean, scale, cols).values()))

    best = value(w)
    for _ in range(2):
        for c in range(len(cols)):
            if c == first:
                continue
            for g in GRID:
                trial = w.copy(); trial[c] = g
                got = value(trial)
                if got > best + GAIN:
                    best, w = got, trial
    return w, mean, scale


GAIN = 0.001


def measure(rows, qrels, w, mean, scale, cols):
    return {qid: ndcg(ordered(row, w, mean, scale, cols), qrels.get(qid, {})) for qid, row in rows.items()}


def baseline(rows, qrels):
    return {qid: ndcg(row["keys"], qrels.get(qid, {})) for qid, row in rows.items()}


def table(label, rows, before, after):
    kinds = defaultdict(list)
    for qid in rows:
        kinds["all"].append(qid); kinds[rows[qid]["kind"]].append(qid)
    for kind, qids in sorted(kinds.items(), key=lambda kv: (kv[0] != "all", kv[0])):
        b = np.mean([before[q] for q in qids]); a = np.mean([after[q] for q in qids])
        flag = "  DOWN" if a < b - 5e-4 else ""
        print(f"  {label:<12} {kind:<9} {len(qids):>3}  {b:.3f} → {a:.3f}{flag}")


NAMES: tuple = ()
BASE: tuple = ()
GATE = ""


def main(argv=None) -> int:
    global NAMES, BASE, GATE
    from in_tier_features import NAMES as names

    BASE = names
    NAMES = names + ("feedback_loose_tier", "feedback_loosened")
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("dump", type=Path)
    parser.add_argument("--features", default=",".join(NAMES))
    parser.add_argument("--write", type=Path)
    parser.add_argument("--ascent", action="store_true", help="fit by coordinate ascent on nDCG@10 (else pairwise)")
    parser.add_argument("--gate", default="",
                        help="loose | loosened | question | question_no_part | exact | loose_statement | loosened_statement: "
                             "the features only there")
    args = parser.parse_args(argv)
    GATE = args.gate
    cols = [NAMES.index(f) for f in args.features.split(",")]
    dump, qrels = load(args.dump), read_qrels()
    study = {q: r for q, r in dump.items() if split_of(q) not in CHECKS and split_of(q) not in BLIND}
    # 1. cross-validated on the study queries, folds by query
    fold = {q: zlib.crc32(q.encode()) % FOLDS for q in study}
    cv = {}
    for k in range(FOLDS):
        train = {q: r for q, r in study.items() if fold[q] != k}
        w, mean, scale = (ascend if args.ascent else fit)(train, qrels, cols)
        cv.update(measure({q: r for q, r in study.items() if fold[q] == k}, qrels, w, mean, scale, cols))
    print(f"features: {args.features}")
    print("cross-validated on the study queries (5 folds by query), nDCG@10 before → after:")
    table("study (CV)", study, baseline(study, qrels), cv)
    # 2. fitted on every study query; the checks
    w, mean, scale = (ascend if args.ascent else fit)(study, qrels, cols)
    print("weights (standardised):", {NAMES[c]: round(float(v), 3) for c, v in zip(cols, w)})
    for split in CHECKS:
        rows = {q: r for q, r in dump.items() if split_of(q) == split}
        before, after = baseline(rows, qrels), measure(rows, qrels, w, mean, scale, cols)
        table(split + (" (blind)" if split in BLIND else ""), rows, before, after)
    if args.write:
        args.write.write_text(json.dumps({
            "features": [NAMES[c] for c in cols], "weights": [round(float(v), 6) for v in w],
            "mean": [round(float(v), 6) for v in mean], "scale": [round(float(v), 6) for v in scale],
        }, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
