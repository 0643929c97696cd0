"""Turning what a user typed into a Whoosh query, and saying how it was understood.

The query language (README, "Query language") is small, and Chinese makes
Whoosh's own parser a poor fit: it splits and analyses words before we can say
what a string *means*. So parsing happens in two steps, kept apart so the CLI
and the UI can show how a query was read:

``parse_expression``
    Reads the text into a tiny tree (``Text``, ``Prefix``, ``Meta``, ``And``,
    ``Or``, ``Not``). It never raises: an unbalanced quote or bracket, a
    dangling operator or an unknown field becomes a best-effort tree plus a
    Chinese ``warning``.

``compile_query``
    Turns the tree into Whoosh queries. A string means that string, literally:
    it must occur as typed (after normalisation: Traditional → Simplified,
    full-width → ASCII) in the field, which is checked with a phrase over the
    character-bigram field (``<field>_lit``), so recall does not depend on how
    jieba cut the text. The word field (jieba words) only adds to the score
    (``AndMaybe``): ranking from words, matching from characters. Synonyms
    widen an unquoted string to its synonyms; a "quoted phrase" is exact.
    Phrases are ``phrase.ConsecutivePhrase``: Whoosh's ``Phrase``, matched by
    document and position sets instead of spans. Compiled with ``ranked=False``
    the word side is left out: the same reports, for counting (facets).

``ParsedQuery.terms`` are the strings to highlight: every positive string (and
its synonyms), never one under NOT; a phrase is one term, so it is marked whole.
"""
from __future__ import annotations

import functools
import re
import threading
import unicodedata
import weakref
from dataclasses import dataclass, field
from pathlib import Path

from whoosh import query as Q

from .analyze import literal_groups, load_synonyms, normalize
from .sections import restrict
from .phrase import ConsecutivePhrase

# Word fields a bare string searches (and their literal twins, "<name>_lit").
DEFAULT_FIELDS = ("title", "headings", "text")
LITERAL_SUFFIX = "_lit"
FIELD_LABELS = {"title": "标题", "headings": "小标题", "park": "园区", "year": "年份", "doc_type": "类型"}
# What a user may type before ":" → the field it means.
FIELD_NAMES = {
    "park": "park", "园区": "park",
    "year": "year", "年份": "year",
    "title": "title", "标题": "title",
    "heading": "headings", "headings": "headings", "小标题": "headings",
    "type": "doc_type", "doc_type": "doc_type", "类型": "doc_type",
}
KNOWN_FIELDS_HINT = "park、year、title、heading、type"
SYNONYM_BOOST = 0.5  # a report that says what was typed ranks above one that says a synonym
MAX_VARIANTS = 12
PARK_MENTIONED_BOOST = 0.3  # park:X also finds reports that only mention X, lower


@dataclass
class ParsedQuery:
    text: str
    query: Q.Query | None  # None: an empty query browses everything
    terms: list[str] = field(default_factory=list)  # strings to highlight (normalised)
    understood: str = ""
    warning: str | None = None


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


# --------------------------------------------------------------------------
# Reading the text
# --------------------------------------------------------------------------

# Quotes people type: ASCII, curly, corner brackets.
_QUOTES = {'"': '"', "“": "”", "”": "”", "「": "」", "『": "』"}
_OPERATORS = {"OR": "OR", "或": "OR", "|": "OR", "AND": "AND", "且": "AND", "&": "AND", "NOT": "NOT", "非": "NOT"}
_YEAR_RANGE = re.compile(r"^(\d{4})?\s*[-~至到]\s*(\d{4})?$")
_FIELD_RE = re.compile(r"^([A-Za-z_]+|园区|年份|标题|小标题|类型):")
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
                    self._warn("查询中的引号不成对，已忽略这个引号，其后的内容按普通词语检索。")
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
                    self._warn(f"不认识的字段“{m.group(1)}:”，已把“{word}”当作普通词语。可用的字段：{KNOWN_FIELDS_HINT}。")
                    out.append(("WORD", word))
                else:
                    out.append(("WORD", word))
                i = j
        return out

    def _warn(self, message: str) -> None:
        if message not in self.warnings:
            self.warnings.append(message)


class _Parser:
    """Recursive descent: or_expr := and_expr (OR and_expr)*; and_expr := unary+; unary := (NOT|-)? atom.

    OR binds tighter than the implicit AND of a space ("污水 土地 OR 用地" is
    污水 and (土地 or 用地)), as in web search engines.
    """

    def __init__(self, tokens, warn):
        self.tokens, self.i, self.warn = tokens, 0, warn
        self.depth = 0

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
        kind, _ = self.peek()
        if kind == "-" or (kind == "OP" and self.peek()[1] == "NOT"):
            self.take()
            node = self.unary()
            if node is None:
                self.warn("“NOT / -”后面缺少查询词，已忽略。")
                return None
            return node.item if isinstance(node, Not) else Not(node)
        return self.atom()

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
        label = {"doc_type": "type", "headings": "heading"}.get(name, name)
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


def parse_expression(text: str) -> tuple[object | None, str | None]:
    """The query tree for ``text`` and a Chinese warning (None when the syntax was fine)."""
    lexer = _Lexer(text or "")
    tokens = lexer.tokens()
    parser = _Parser(tokens, lexer._warn)
    tree = parser.parse()
    return tree, (" ".join(lexer.warnings) or None)


# --------------------------------------------------------------------------
# Synonyms
# --------------------------------------------------------------------------

_extra_synonyms: Path | None = None


def use_synonyms(extra: Path | None) -> None:
    """Expand queries with the bundled synonyms plus ``extra`` (a corpus's own file,
    as copied into the index generation being served); None: the bundled ones only."""
    global _extra_synonyms
    _extra_synonyms = extra if extra is not None and extra.is_file() else None
    _synonyms.cache_clear()


@functools.lru_cache(maxsize=1)
def _synonyms() -> dict[str, list[str]]:
    table = load_synonyms()
    if _extra_synonyms is not None:
        for word, others in load_synonyms(_extra_synonyms).items():
            known = table.setdefault(word, [])
            known.extend(w for w in others if w not in known)
    return table


def variants(value: str) -> list[str]:
    """``value`` and the strings a synonym gives it, ``value`` first.

    A synonym replaces the whole string or a part of it (经开区建设 → 经济开发区建设).
    Longer words are tried first so 经济技术开发区 is not read as 经济 + ….
    """
    table = _synonyms()
    out = [value]
    for word in sorted(table, key=len, reverse=True):
        if word in value and not any(word in other and word != other and other in value for other in table):
            for syn in table[word]:
                candidate = value.replace(word, syn)
                if candidate not in out:
                    out.append(candidate)
    return out[:MAX_VARIANTS]


# --------------------------------------------------------------------------
# Compiling to Whoosh
# --------------------------------------------------------------------------

_ENDINGS: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()
_ENDINGS_LOCK = threading.Lock()


def _bigrams_ending_with(reader, fieldname, ch) -> list[str]:
    """The indexed bigrams of ``fieldname`` whose second character is ``ch``.

    A lone character searched literally is the first character of a bigram (a
    Prefix query finds those) or the last of a run; for the latter a ``?园``
    wildcard would scan the whole lexicon on every search, so the lexicon is
    indexed by last character once per reader instead.
    """
    with _ENDINGS_LOCK:
        per_field = _ENDINGS.setdefault(reader, {})
    table = per_field.get(fieldname)
    if table is None:
        table = {}
        for term in reader.lexicon(fieldname):
            text = term.decode("utf-8") if isinstance(term, bytes) else term
            if len(text) == 2:
                table.setdefault(text[1], []).append(text)
        per_field[fieldname] = table
    return table.get(ch, [])


class _Compiler:
    def __init__(self, schema, fields, reader=None, ranked=True):
        self.schema = schema
        self.fields = tuple(fields)
        self.reader = reader
        self.ranked = ranked  # False: only which reports match counts (facets), so no word queries

    def places(self, fieldname):
        """(word fields, literal fields) a string in ``fieldname`` is searched in."""
        words = (fieldname,) if fieldname else self.fields
        if not fieldname and "text" in words:
            # the text holds the title line and the headings: its literal field decides
            literal = ("text" + LITERAL_SUFFIX,)
        else:
            literal = tuple(f + LITERAL_SUFFIX for f in words)
        literal = tuple(f for f in literal if f in self.schema)
        return [f for f in words if f in self.schema], literal

    def compile(self, node):
        if isinstance(node, And):
            positive = [self.compile(n) for n in node.items if not isinstance(n, Not)]
            negative = [self.compile(n.item) for n in node.items if isinstance(n, Not)]
            base = Q.And(positive) if len(positive) > 1 else (positive[0] if positive else Q.Every())
            if negative:
                return Q.AndNot(base, negative[0] if len(negative) == 1 else Q.Or(negative))
            return base
        if isinstance(node, Or):
            return Q.Or([self.compile(n) for n in node.items])
        if isinstance(node, Not):
            return Q.AndNot(Q.Every(), self.compile(node.item))
        if isinstance(node, Text):
            strings = [node.value] if node.quoted else variants(node.value)
            parts = [self.string(s, node.field, boost=1.0 if k == 0 else SYNONYM_BOOST)
                     for k, s in enumerate(strings)]
            return parts[0] if len(parts) == 1 else Q.Or(parts)
        if isinstance(node, Prefix):
            words, _ = self.places(node.field)
            return _or([Q.Prefix(f, node.value) for f in words])
        if isinstance(node, Meta):
            return self.meta(node)
        raise TypeError(node)

    def string(self, value, fieldname, boost=1.0):
        words, literal = self.places(fieldname)
        if literal and not self.ranked:
            return _or([self.literal_query(f, value) for f in literal])
        ranking = _or([q for q in (self.word_query(f, value) for f in words) if q is not None])
        if not literal:  # an index without literal fields: words alone
            return _boosted(ranking or Q.NullQuery, boost)
        matching = _or([self.literal_query(f, value) for f in literal])
        return _boosted(Q.AndMaybe(matching, ranking) if ranking is not None else matching, boost)

    def word_query(self, fieldname, value):
        texts = list(self.schema[fieldname].process_text(value, mode="query"))
        if not texts:
            return None
        return Q.Term(fieldname, texts[0]) if len(texts) == 1 else ConsecutivePhrase(fieldname, texts)

    def literal_query(self, fieldname, value):
        """Exactly the reports whose ``fieldname`` holds ``value`` (separators split it into parts)."""
        parts = []
        for group in literal_groups(value):
            if len(group) > 1:
                parts.append(ConsecutivePhrase(fieldname, group))
            elif len(group[0]) == 1 and _is_cjk(group[0]):
                # a lone character: the bigrams that start or end with it, or itself
                ch = group[0]
                if self.reader is not None:
                    endings = [Q.Term(fieldname, b) for b in _bigrams_ending_with(self.reader, fieldname, ch)]
                else:
                    endings = [Q.Wildcard(fieldname, "?" + ch)]
                parts.append(Q.Or([Q.Term(fieldname, ch), Q.Prefix(fieldname, ch), *endings]))
            else:
                parts.append(Q.Term(fieldname, group[0]))
        if not parts:
            return Q.NullQuery
        if len(parts) == 1:
            return parts[0]
        if all(isinstance(p, (Q.Phrase, Q.Term)) for p in parts):  # ConsecutivePhrase is a Phrase
            # A separator leaves one empty position, so slop 2 lets the parts touch or be
            # parted by punctuation and spaces, nothing else: 安全、生产 finds 安全，生产 and 安全生产.
            return Q.Sequence(parts, slop=2)
        return Q.And(parts)

    def meta(self, node):
        if node.field == "year":
            if isinstance(node.value, tuple):
                return Q.NumericRange("year_num", node.value[0], node.value[1])
            return Q.Term("year", node.value)
        if node.field == "park":
            options = [Q.Term("park", node.value, boost=2.0)]
            for f, boost in (("park" + LITERAL_SUFFIX, 1.0), ("parks_mentioned" + LITERAL_SUFFIX, PARK_MENTIONED_BOOST)):
                if f in self.schema:
                    options.append(_boosted(self.literal_query(f, node.value), boost))
            return _or(options)
        return Q.Term(node.field, node.value)


def _is_cjk(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff" or ch >= "\U00020000"


def _or(queries):
    queries = [q for q in queries if q is not None]
    if not queries:
        return None
    return queries[0] if len(queries) == 1 else Q.Or(queries)


def _boosted(q, boost):
    if boost != 1.0 and q is not Q.NullQuery:
        q = q.copy()
        q.boost = boost
    return q


# --------------------------------------------------------------------------
# Highlighting and explaining
# --------------------------------------------------------------------------

MAX_PREFIX_WORDS = 50


def highlight_terms(node, reader=None, fields=("text",)) -> list[str]:
    """Strings to mark: each positive string (whole, plus its separated parts) and its synonyms.

    A prefix marks the words it found (招商* marks 招商引资 whole) when ``reader`` is
    given, else the prefix itself.
    """
    terms: list[str] = []

    def visit(n):
        if isinstance(n, Not) or n is None:
            return
        if isinstance(n, (And, Or)):
            for item in n.items:
                visit(item)
        elif isinstance(n, Text):
            for s in ([n.value] if n.quoted else variants(n.value)):
                terms.append(s)
                terms.extend(p for p in _WORD_SEP.split(s) if p and p != s)
        elif isinstance(n, Prefix):
            terms.append(n.value)
            if reader is not None:
                words = set()
                for f in ([n.field] if n.field else fields):
                    if f in reader.schema:
                        words.update(reader.expand_prefix(f, n.value))
                        if len(words) > MAX_PREFIX_WORDS:
                            break
                words = sorted((w.decode("utf-8") if isinstance(w, bytes) else w for w in words), key=len)
                terms.extend(words[-MAX_PREFIX_WORDS:])

    visit(node)
    return list(dict.fromkeys(t for t in terms if t))


def explain(node) -> str:
    """How the query was understood, in Chinese: “安全生产” 并且 园区：金岭工业园."""
    if node is None:
        return "全部报告"
    if isinstance(node, And):
        return " 并且 ".join(_group(n) for n in node.items)
    if isinstance(node, Or):
        return " 或 ".join(_group(n) for n in node.items)
    if isinstance(node, Not):
        return f"不含 {_group(node.item)}"
    if isinstance(node, Text):
        where = f"{FIELD_LABELS[node.field]}含" if node.field else ""
        out = f"{where}“{node.value}”"
        others = [] if node.quoted else variants(node.value)[1:]
        if others:
            out += f"（含同义词：{'、'.join(others)}）"
        return out
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


def _group(node) -> str:
    text = explain(node)
    return f"（{text}）" if isinstance(node, (And, Or)) else text


# --------------------------------------------------------------------------
# The entry point
# --------------------------------------------------------------------------

def parse_query(text: str, schema, fields=DEFAULT_FIELDS, reader=None, ranked=True, sections=()) -> ParsedQuery:
    """Parse ``text``; bare strings search ``fields``, and with ``sections`` (kinds) they
    match only inside sections of those kinds (the section filter: pass ``("text",)``).

    Never raises on what a user typed: odd syntax gives a best-effort query and a warning.
    With ``reader`` a lone character's literal query is expanded against its lexicon.
    ``ranked=False`` compiles a query that matches the same reports without the word
    queries that only rank them (``AndMaybe``'s optional side): for counting, so it
    leaves ``terms`` empty (a prefix's highlight terms cost a lexicon walk per field).
    """
    text = (text or "").strip()
    tree, warning = parse_expression(text)
    if tree is None:
        if text and warning is None:
            warning = "查询中没有可检索的词语，已显示全部报告。"
        return ParsedQuery(text, None, understood="全部报告", warning=warning if text else None)
    query = restrict(_Compiler(schema, fields, reader, ranked).compile(tree), sections)
    terms = highlight_terms(tree, reader, fields) if ranked else []
    return ParsedQuery(text, query, terms, explain(tree), warning)
