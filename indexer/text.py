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
# Every character that writes a Chinese number or an ordinal: a word that starts with one
# (四是, 三年, 第二, 两个, 百万) counts or enumerates, it never names a topic.
NUMERAL_START = CN_DIGITS + "零〇两百千万亿第几"

CJK_WORD_RE = re.compile(f"[{CJK}]{{2,}}")


def is_cjk_word(word: str) -> bool:
    """Whether ``word`` is two or more ideographs and nothing else."""
    return CJK_WORD_RE.fullmatch(word) is not None


# The function words of official documents that jieba's dictionary tags as nouns: they
# say how a report is written (工作, 情况, 方面, 同志), who writes it (我们, 领导, 全县) or
# when (今年, 上半年), never what it is about, so they are never key phrases. Verbs and
# adverbs of the same style (加快, 坚持, 更加) are left out by their part of speech.
DOCUMENT_FUNCTION_WORDS = frozenset("""
工作 方面 问题 情况 同志 我们 领导 任务 目标 措施 成效 成绩 水平 能力 力度 基础 重点 部门 单位 有关 时间 过程
作用 意识 形势 要求 体系 机制 格局 局面 氛围 环节 领域 层次 步伐 态势 效果 效益 质量 规模 总量 比重 力量 工程
全县 全市 全区 全省 全国 全镇 全乡 各级 各地 各类 各项 本地 当地 地方 我县 我市 我区 我省 我镇 我国
今年 明年 去年 全年 上半年 下半年 年度 年初 年底 年末 当前 目前 近年 期间 以来 同期 同比 环比
代表 人民 国家 社会 经济 发展 建设 管理 服务 企业 项目 园区 单位 群众 干部
""".split())

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
