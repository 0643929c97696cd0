"""The query language: what a user typed, read into a small tree, and said back in Chinese.

The language (README, "Query language") is small, and Chinese makes Whoosh's own
parser a poor fit: it splits and analyses words before we can say what a string
*means*. So ``parse_expression`` reads the text into a tiny tree (``Text``,
``Prefix``, ``Meta``, ``And``, ``Or``, ``Not``; fallback.py adds ``Relaxed``) and ``explain`` says how it was
understood; compile.py turns the tree into Whoosh queries. Parsing never raises:
an unbalanced quote or bracket, a dangling operator or an unknown field becomes a
best-effort tree plus a Chinese ``warning``.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from ..analysis import Vocabulary, bundled_vocabulary, normalize
from ..model import INDICATOR_NAMES
from ..reading.indicators import canonical_indicator
from ..reading.describe import heading_category

FIELD_LABELS = {"title": "标题", "headings": "小标题", "park": "园区", "year": "年份", "doc_type": "类型",
                "indicators": "指标"}
# What a user may type before ":" → the field it means.
FIELD_NAMES = {
    "park": "park", "园区": "park",
    "year": "year", "年份": "year",
    "title": "title", "标题": "title",
    "heading": "headings", "headings": "headings", "小标题": "headings",
    "type": "doc_type", "doc_type": "doc_type", "类型": "doc_type",
    "indicator": "indicators", "指标": "indicators",
}
KNOWN_FIELDS_HINT = "park、year、title、heading、type、indicator（指标）"


# --------------------------------------------------------------------------
# The tree
# --------------------------------------------------------------------------

@dataclass(frozen=True)
class Text:
    """A string that must occur as written; ``field`` None means the report's text."""
    value: str
    field: str | None = None
    quoted: bool = False


@dataclass(frozen=True)
class Prefix:
    value: str
    field: str | None = None


@dataclass(frozen=True)
class Meta:
    """park / year / doc_type; ``value`` is a string, or (low, high) for a year range."""
    field: str
    value: object


@dataclass(frozen=True)
class And:
    items: tuple


@dataclass(frozen=True)
class Or:
    items: tuple


@dataclass(frozen=True)
class Not:
    item: object


@dataclass(frozen=True)
class Relaxed:
    """An unquoted ``Text`` searched more loosely (search/fallback.py): ``level`` 1 also
    finds its ``words`` near each other, 2 also finds them anywhere in the report, 3 also
    all of them but one."""
    text: Text
    words: tuple
    level: int
    topic: tuple = ()  # at level 2 and above, its topic's words (fallback.topic_words): near, they score
    others: tuple = ()  # its synonyms' words, each synonym's near each other (fallback.synonym_words), ranked lower


@dataclass(frozen=True)
class InSections:
    """The reports where ``topic`` (a tree, or None) occurs inside a section of ``kind``;
    with no topic, the reports that have such a section, ranked by ``words`` inside it
    (search/roles.py: a query string that names a part of a report)."""
    topic: object | None
    kind: str
    words: tuple
    markers: bool = True  # the topic near a word marking the kind in running text counts too
    apart: bool = False  # the role typed as a string of its own beside the topic (招商引资 存在问题)


@dataclass(frozen=True)
class NearWords:
    """The reports where ``topic`` (one string) occurs within a clause of any of ``words``
    (search/roles.py: 下半年's plans, where a report writes the topic with 下半年)."""
    topic: Text
    words: tuple


@dataclass(frozen=True)
class InHeading:
    """The reports with ``value`` in a section heading as written (no kind of section read from it, as
    ``heading:`` does): a condition that does not rank (search/roles.py: a part headed 下半年)."""
    value: str


# --------------------------------------------------------------------------
# Reading the text
# --------------------------------------------------------------------------

# Quotes people type: ASCII, curly, corner brackets.
_QUOTES = {'"': '"', "“": "”", "”": "”", "「": "」", "『": "』"}
_OPERATORS = {"OR": "OR", "或": "OR", "|": "OR", "AND": "AND", "且": "AND", "&": "AND", "NOT": "NOT", "非": "NOT"}
_YEAR_RANGE = re.compile(r"^(\d{4})?\s*[-~至到]\s*(\d{4})?$")
_FIELD_RE = re.compile(r"^([A-Za-z_]+|园区|年份|标题|小标题|类型|指标):")
_WORD_SEP = re.compile(r"[^\w]+")


def _fold_width(text: str) -> str:
    """Full-width ASCII and the ideographic space to ASCII, so （）：－ work as syntax."""
    return "".join(
        unicodedata.normalize("NFKC", ch) if "\uff01" <= ch <= "\uff5e" else (" " if ch == "\u3000" else ch)
        for ch in text
    )


class _Lexer:
    """Splits the text into ("(", ")", "OP", "-", "FIELD", "PHRASE", "WORD") tokens."""

    def __init__(self, text: str):
        self.text = _fold_width(text)
        self.warnings: list[str] = []

    def tokens(self) -> list[tuple[str, str]]:
        s, i, out = self.text, 0, []
        while i < len(s):
            ch = s[i]
            if ch.isspace():
                i += 1
            elif ch in "()":
                out.append((ch, ch))
                i += 1
            elif ch in _QUOTES:
                close = s.find(_QUOTES[ch], i + 1) if ch != "”" else -1
                if close == -1:
                    self.warn("查询中的引号不成对，已忽略这个引号，其后的内容按普通词语检索。")
                    i += 1
                    continue
                out.append(("PHRASE", s[i + 1:close]))
                i = close + 1
            elif ch == "-" and (not out or out[-1][0] in ("(", "OP", "-", "FIELD")
                                or s[i - 1].isspace()) and i + 1 < len(s) and not s[i + 1].isspace():
                out.append(("-", "-"))
                i += 1
            else:
                j = i
                while j < len(s) and not s[j].isspace() and s[j] not in '()"“”「」『』':
                    j += 1
                if j == i:
                    # a closing quote with no opening one (」, 』): no word starts here; without this step the
                    # lexer would stand still on it, adding empty words until memory ran out
                    self.warn("查询中的引号不成对，已忽略这个引号，其后的内容按普通词语检索。")
                    i += 1
                    continue
                word = s[i:j]
                m = _FIELD_RE.match(word)
                if word in _OPERATORS:
                    out.append(("OP", _OPERATORS[word]))
                elif m and m.group(1) in FIELD_NAMES:
                    out.append(("FIELD", FIELD_NAMES[m.group(1)]))
                    rest = word[m.end():]
                    if rest:
                        out.append(("WORD", rest))
                elif m and m.group(1).lower() in FIELD_NAMES:
                    out.append(("FIELD", FIELD_NAMES[m.group(1).lower()]))
                    if word[m.end():]:
                        out.append(("WORD", word[m.end():]))
                elif m and word[m.end():]:
                    self.warn(f"不认识的字段“{m.group(1)}:”，已把“{word}”当作普通词语。可用的字段：{KNOWN_FIELDS_HINT}。")
                    out.append(("WORD", word))
                else:
                    out.append(("WORD", word))
                i = j
        return out

    def warn(self, message: str) -> None:
        if message not in self.warnings:
            self.warnings.append(message)


class _Parser:
    """Recursive descent: or_expr := and_expr (OR and_expr)*; and_expr := unary+; unary := (NOT|-)? atom.

    OR binds tighter than the implicit AND of a space ("污水 土地 OR 用地" is
    污水 and (土地 or 用地)), as in web search engines.
    """

    def __init__(self, tokens, warn):
        self.tokens, self.i, self.warn = tokens, 0, warn

    def peek(self):
        return self.tokens[self.i] if self.i < len(self.tokens) else (None, None)

    def take(self):
        tok = self.peek()
        self.i += 1
        return tok

    def parse(self):
        items = []
        while self.i < len(self.tokens):
            node = self.and_expr()
            if node is not None:
                items.append(node)
            if self.peek()[0] == ")":
                self.take()
                self.warn("括号不成对，已忽略多余的右括号。")
        return _and(items)

    def and_expr(self):
        items = []
        while True:
            kind, value = self.peek()
            if kind is None or kind == ")":
                break
            if kind == "OP" and value == "AND":
                self.take()
                if not items:
                    self.warn("“AND / 且”前面缺少查询词，已忽略。")
                continue
            if kind == "OP" and value == "OR":
                self.take()
                if not items:
                    self.warn("“OR / 或”前面缺少查询词，已忽略。")
                    continue
                right = self.unary()
                if right is None:
                    self.warn("“OR / 或”后面缺少查询词，已忽略。")
                    continue
                left = items.pop()
                items.append(Or(_flat(Or, left) + _flat(Or, right)))
                continue
            node = self.unary()
            if node is not None:
                items.append(node)
        return _and(items)

    def unary(self):
        negations = 0  # counted, not recursed: "- - - … 园区" must not exhaust the stack
        while self.peek()[0] == "-" or self.peek() == ("OP", "NOT"):
            self.take()
            negations += 1
        node = self.atom()
        if negations and node is None:
            self.warn("“NOT / -”后面缺少查询词，已忽略。")
            return None
        if negations % 2 and node is not None:
            return node.item if isinstance(node, Not) else Not(node)
        return node

    def atom(self):
        kind, value = self.take()
        if kind == "(":
            inner = self.and_expr()
            if self.peek()[0] == ")":
                self.take()
            else:
                self.warn("括号不成对，已按补上右括号处理。")
            return inner
        if kind == "PHRASE":
            value = normalize(value).strip()
            return Text(value, quoted=True) if value else None
        if kind == "WORD":
            return _word(value)
        if kind == "FIELD":
            return self.field_value(value)
        if kind == "OP":  # an operator where a word should be: search it as a word
            return None
        return None

    def field_value(self, name):
        kind, value = self.peek()
        label = {"doc_type": "type", "headings": "heading", "indicators": "指标"}.get(name, name)
        if kind not in ("WORD", "PHRASE"):
            self.warn(f"“{label}:”后面缺少内容，已忽略。")
            return None
        self.take()
        value = value.strip()
        if name in ("title", "headings"):
            node = _word(value, name) if kind == "WORD" else Text(normalize(value).strip(), name, quoted=True)
            return node
        if name == "year":
            if value.lower() in ("unknown", "不明", "未知"):
                return Meta("year", "unknown")
            if re.fullmatch(r"\d{4}", value):
                return Meta("year", value)
            m = _YEAR_RANGE.match(value)
            if m and (m.group(1) or m.group(2)):
                low, high = m.group(1), m.group(2)
                low, high = int(low) if low else None, int(high) if high else None
                if low and high and low > high:
                    low, high = high, low
                return Meta("year", (low, high))
            self.warn(f"“year:{value}”不是有效的年份：请写四位年份或年份范围，例如 year:2023 或 year:2019-2023。已忽略。")
            return None
        if name == "park":
            value = normalize(value).strip().rstrip("*")
            return Meta("park", value) if value else None
        if name == "indicators":
            indicator = canonical_indicator(value)
            if indicator is None:
                self.warn(f"不认识的指标“{value}”，已忽略。可用的指标：{'、'.join(INDICATOR_NAMES)}。")
            return Meta(name, indicator) if indicator else None
        return Meta(name, value)


def _word(raw: str, field=None):
    value = normalize(raw).strip()
    if value.endswith("*"):
        stem = value.rstrip("*")
        return Prefix(stem, field) if stem else None
    return Text(value, field) if _WORD_SEP.sub("", value) else None


def _flat(kind, node):
    return node.items if isinstance(node, kind) else (node,)


def _and(items):
    items = [i for i in items if i is not None]
    if not items:
        return None
    flat = []
    for item in items:
        flat.extend(_flat(And, item))
    return flat[0] if len(flat) == 1 else And(tuple(flat))


# Brackets nested deeper than this are ignored (with a warning): nobody writes more, and
# each level costs the parser, the compiler and Whoosh a level of recursion.
MAX_DEPTH = 8


def _shallow(tokens, warn) -> list:
    """``tokens`` without the brackets (and their partners) nested deeper than MAX_DEPTH."""
    out, depth, dropped = [], 0, 0
    for token in tokens:
        if token[0] == "(":
            depth += 1
            if depth > MAX_DEPTH:
                dropped += 1
                continue
        elif token[0] == ")" and depth > 0:
            depth -= 1
            if depth >= MAX_DEPTH:
                continue
        out.append(token)
    if dropped:
        warn(f"括号嵌套超过 {MAX_DEPTH} 层，已忽略更深的 {dropped} 层括号。")
    return out


def walk(node, into_not: bool = True):
    """Every node of a query tree, parents first; ``into_not=False`` leaves out what is
    under a NOT (strings there are never loosened or marked)."""
    if node is None:
        return
    yield node
    if isinstance(node, (And, Or)):
        for item in node.items:
            yield from walk(item, into_not)
    elif isinstance(node, Not) and into_not:
        yield from walk(node.item, into_not)


def count_strings(node) -> int:
    """How many strings, prefixes and field values a query tree holds (its leaves)."""
    if node is None:
        return 0
    if isinstance(node, (And, Or)):
        return sum(count_strings(item) for item in node.items)
    if isinstance(node, Not):
        return count_strings(node.item)
    return 1


def parse_expression(text: str) -> tuple[object | None, str | None]:
    """The query tree for ``text`` and a Chinese warning (None when the syntax was fine)."""
    lexer = _Lexer(text or "")
    tokens = _shallow(lexer.tokens(), lexer.warn)
    parser = _Parser(tokens, lexer.warn)
    tree = parser.parse()
    return tree, (" ".join(lexer.warnings) or None)


def heading_kind(value: str) -> str | None:
    """The kind of section a ``heading:`` value names, read the way the reader classifies
    headings (存在的问题, 问题与不足, 不足之处 → 存在问题); None when it names none.
    ``heading:`` then also finds the sections of that kind, whatever their headings say."""
    kind = heading_category(value)
    return kind if kind and kind != "其他" else None


def explain(node, vocabulary: Vocabulary | None = None) -> str:
    """How the query was understood, in Chinese: “安全生产” 并且 园区：金岭工业园.
    ``vocabulary`` says which synonyms an unquoted string also finds."""
    vocabulary = vocabulary or bundled_vocabulary()
    if node is None:
        return "全部报告"
    if isinstance(node, And):
        return " 并且 ".join(_group(n, vocabulary) for n in node.items)
    if isinstance(node, Or):
        return " 或 ".join(_group(n, vocabulary) for n in node.items)
    if isinstance(node, Not):
        return f"不含 {_group(node.item, vocabulary)}"
    if isinstance(node, Text):
        where = f"{FIELD_LABELS[node.field]}含" if node.field else ""
        out = f"{where}“{node.value}”"
        others = [] if node.quoted else vocabulary.variants(node.value)[1:]
        if others:
            out += f"（含同义词：{'、'.join(others)}）"
        kind = heading_kind(node.value) if node.field == "headings" else None
        if kind:
            out += f"（或“{kind}”类章节）"
        return out
    if isinstance(node, Relaxed):
        words = "”“".join(node.words)
        looser = f"“{words}”相近" + ("，或都出现" if node.level >= 2 else "") if len(node.words) > 1 else ""
        if node.others:
            others = "；".join("“" + "”“".join(w) + "”" for w in node.others)
            looser += ("，或" if looser else "") + f"同义词的词语相近：{others}"
        if node.topic and node.level >= 2:  # (fallback.topic_words)
            looser += f"，其中写有“{'”“'.join(node.topic)}”的在前"
        if node.level >= 3:
            looser += f"，或出现其中 {len(node.words) - 1} 个"
        return f"{explain(node.text, vocabulary)}（不足时放宽为：{looser}）"
    if isinstance(node, Prefix):
        where = f"{FIELD_LABELS[node.field]}中" if node.field else ""
        return f"{where}以“{node.value}”开头的词"
    if isinstance(node, Meta):
        label = FIELD_LABELS[node.field]
        if isinstance(node.value, tuple):
            low, high = node.value
            if low and high:
                return f"{label}：{low}–{high}"
            return f"{label}：{low} 年及以后" if low else f"{label}：{high} 年及以前"
        if node.value == "unknown":
            return f"{label}：不明"
        return f"{label}：{node.value}"
    return str(node)


def _group(node, vocabulary) -> str:
    text = explain(node, vocabulary)
    return f"（{text}）" if isinstance(node, (And, Or)) else text
