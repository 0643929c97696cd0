"""Rebuild ``indexer/data/cnsyn.txt``, the thesaurus tier's second source (search/thesaurus.py), from the PyPI package
``cnsyn`` 1.2.0 (Shang Fengrui, https://github.com/shangfr/Chinese-Synonyms, Apache License 2.0: a synonym
dictionary, ``chinese_dictionary/sim_words.txt``, 45,860 groups from a Chinese synonym dictionary and Wikipedia's
redirects, and 75-dimension word vectors from PaddleNLP's embeddings for 129,691 words, pickled in a scikit-learn
tree, ``query/words_tree_mini.m``).

Two steps, because the package's pickle loads only with scikit-learn 1.1.3 and numpy < 2 (and the search never
imports it):

    # in a scratch environment: pip install cnsyn==1.2.0 scikit-learn==1.1.3 'numpy<2'
    python bench/build_cnsyn.py --extract DIR   # writes DIR/sim_words.txt, DIR/words.json, DIR/vectors.npy
    # in the project's environment
    python bench/build_cnsyn.py DIR             # writes indexer/data/cnsyn.txt

Kept: the pairs of words of one group of at most ``MAX_GROUP`` words (a longer group lists words of one kind, 灯火 渔火
炉火 …, not synonyms) whose two vectors' cosine is at least ``MIN_COSINE`` (a group also joins words of one field,
抗洪 抗日, 招引 抓住: their vectors tell them apart), both jieba dictionary words (the bundled user dictionary
included) of two characters or more, normalised. Nothing is chosen by the queries: the two limits were measured on
the ranking benchmark's study queries (docs/benchmarks.md, "Session 26 ranking"). One line a word, then the words
it is paired with that sort after it (a pair is written once; the reader makes it both ways).
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
OUT = REPO / "indexer" / "data" / "cnsyn.txt"
MAX_GROUP = 10
MIN_COSINE = 0.5

HEADER = """\
# Synonym pairs from cnsyn 1.2.0 (Copyright 2021 Shang Fengrui, https://github.com/shangfr/Chinese-Synonyms), under the
# Apache License 2.0 (indexer/data/cnsyn-LICENSE.txt): its synonym dictionary (sim_words.txt) filtered by its word
# vectors (PaddleNLP embeddings). Kept for the thesaurus tier (indexer/search/thesaurus.py), rebuilt by
# bench/build_cnsyn.py (modified from the original: only pairs of one group of at most 10 words whose vectors' cosine
# is at least 0.5, both jieba dictionary words of two characters or more, normalised). One word a line, then the
# words paired with it that sort after it.
"""


def extract(folder: Path) -> int:
    """The package's dictionary, words and vectors as plain files (run where cnsyn and its pickle load)."""
    import importlib.util

    import joblib
    import numpy as np

    # (found, not imported: cnsyn's __init__ loads its pickle by a Windows path)
    root = Path(importlib.util.find_spec("cnsyn").submodule_search_locations[0]).resolve()
    folder.mkdir(parents=True, exist_ok=True)
    tree = joblib.load(root / "query" / "words_tree_mini.m")
    (folder / "words.json").write_text(json.dumps(list(tree["words"]), ensure_ascii=False), encoding="utf-8")
    np.save(folder / "vectors.npy", np.asarray(tree["model"].get_arrays()[0], dtype=np.float32))
    (folder / "sim_words.txt").write_bytes((root / "chinese_dictionary" / "sim_words.txt").read_bytes())
    return 0


def build(folder: Path) -> int:
    import numpy as np
    from indexer.analysis import bundled_vocabulary, normalize

    words = json.loads((folder / "words.json").read_text(encoding="utf-8"))
    vectors = np.load(folder / "vectors.npy").astype(np.float64)
    vectors /= np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)
    row = {w: i for i, w in enumerate(words)}
    has_word = bundled_vocabulary().segmenter.has_word
    pairs: dict[str, set[str]] = {}
    for line in (folder / "sim_words.txt").read_text(encoding="utf-8").splitlines():
        group = line.split()
        if len(group) > MAX_GROUP:
            continue
        kept = [(w, normalize(w)) for w in group if w in row]
        kept = [(w, n) for w, n in kept if len(n) >= 2 and has_word(n)]
        for i, (a, na) in enumerate(kept):
            for b, nb in kept[i + 1:]:
                if na != nb and float(vectors[row[a]] @ vectors[row[b]]) >= MIN_COSINE:
                    first, second = sorted((na, nb))
                    pairs.setdefault(first, set()).add(second)
    lines = [" ".join([w, *sorted(pairs[w])]) for w in sorted(pairs)]
    OUT.write_text(HEADER + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{sum(len(p) for p in pairs.values())} pairs, {len(lines)} lines -> {OUT} ({OUT.stat().st_size} bytes)",
          file=sys.stderr)
    return 0


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--extract"] and len(argv) == 2:
        return extract(Path(argv[1]))
    if len(argv) == 1:
        return build(Path(argv[0]))
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
