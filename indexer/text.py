"""Character classes, word lists and names that several stages share, defined once.

Everything that reads or matches Chinese text asks this module what a Chinese
character is, which numerals a heading may use, which words name a park or a
kind of document, and what the corpus's control files are called, so that the
reader, the analyzer, the query parser and the near-duplicate sketch can never
disagree (they once had five different ideas of "Chinese character", and the
query 〇 did not find 二〇二三).
"""
from __future__ import annotations

import re
from pathlib import Path

# Ideographs: 〇 (U+3007, the zero of 二〇二三), CJK Extension A, the Unified block, the
# compatibility ideographs, and the supplementary planes' extensions B–H. A character
# class body, for use inside [...] in a regular expression.
CJK = "\u3007\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
CJK_RE = re.compile(f"[{CJK}]")


def is_cjk(ch: str) -> bool:
    """Whether ``ch`` (one character) is an ideograph (see ``CJK``)."""
    return CJK_RE.match(ch) is not None


# Chinese numerals as they number headings and list items (一、 （二） 第三篇).
CN_DIGITS = "一二三四五六七八九十"

# The words a park's name ends in, Simplified and Traditional (the reader's topic test and
# the splitter's title test; the park-name grammar itself lives in reading/).
PARK_WORDS = ("园区", "園區", "工业园", "工業園", "产业园", "產業園", "开发区", "開發區", "高新区", "高新區",
              "集中区", "集中區", "管委会", "管委會")
PARK_WORD_RE = re.compile("|".join(PARK_WORDS))

# The facet and filter value for a park or year the reader could not tell.
UNKNOWN = "unknown"

# Bundled data (dictionary, synonyms) shipped inside the package.
DATA_DIR = Path(__file__).parent / "data"

# Control files a user may put in the corpus folder.
CORRECTIONS_FILE = "parksearch-meta.csv"
USERDICT_FILE = "parksearch-userdict.txt"
SYNONYMS_FILE = "parksearch-synonyms.txt"
VOCABULARY_FILES = (USERDICT_FILE, SYNONYMS_FILE)  # copied into each index generation
CONTROL_FILES = (CORRECTIONS_FILE, *VOCABULARY_FILES)

# Function words: when a query string is loosened into its words (search/fallback.py),
# these say nothing on their own and are left out.
FUNCTION_WORDS = frozenset("的 了 着 和 与 及 或 等 是 在 对 把 被 之 其 也 都 而 并 为 以 于 从 这 那 个 地 得".split())
