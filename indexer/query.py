"""Turning what a user typed into a Whoosh query, and saying how it was understood.

Building a query is kept apart from running it (``search.py``) so the CLI and
the UI can show the user how the query was read. A query the parser cannot
read is searched as plain words, and ``warning`` says so.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from whoosh import query as Q
from whoosh.qparser import (FieldAliasPlugin, MultifieldParser, OperatorsPlugin,
                            PlusMinusPlugin)

from .analyze import normalize

# Fields a bare word searches, and the Chinese labels used in explanations.
DEFAULT_FIELDS = ("title", "headings", "text")
FIELD_LABELS = {"title": "标题", "headings": "小标题", "text": "正文", "park": "园区",
                "year": "年份", "year_num": "年份", "doc_type": "类型", "period": "时段"}
FIELD_ALIASES = {"headings": ["heading"], "doc_type": ["type"]}
_YEAR_RANGE = re.compile(r"\byear:(\d{4})\s*[-~～至到]\s*(\d{4})\b")


@dataclass
class ParsedQuery:
    text: str
    query: Q.Query | None  # None: an empty query browses everything
    terms: list[str] = field(default_factory=list)  # normalised strings to highlight
    understood: str = ""
    warning: str | None = None


def make_parser(schema, fields=DEFAULT_FIELDS) -> MultifieldParser:
    parser = MultifieldParser(list(fields), schema)
    parser.remove_plugin_class(OperatorsPlugin)
    # Chinese users type 且/或/非 as often as AND/OR/NOT.
    parser.add_plugin(OperatorsPlugin(And=r"(?<=\s)(AND|且)(?=\s)", Or=r"(?<=\s)(OR|或)(?=\s)",
                                      AndNot=r"(?<=\s)ANDNOT(?=\s)", Not=r"(^|(?<=(\s|[()])))(NOT|非)(?=\s)"))
    parser.add_plugin(PlusMinusPlugin())
    parser.add_plugin(FieldAliasPlugin(FIELD_ALIASES))
    return parser


def parse_query(text: str, schema, fields=DEFAULT_FIELDS) -> ParsedQuery:
    """Parse ``text`` searching ``fields`` by default (section filters pass section fields)."""
    text = (text or "").strip()
    if not text:
        return ParsedQuery(text, None, understood="全部报告")
    source = _YEAR_RANGE.sub(lambda m: f"year_num:[{m.group(1)} TO {m.group(2)}]", normalize(text))
    parser = make_parser(schema, fields)
    warning = None
    try:
        query = parser.parse(source)
    except Exception:  # Whoosh's parser raises a zoo of exception types on odd input
        query = None
    if query is None or query is Q.NullQuery or _has_error(query):
        plain = re.sub(r"[\"'()\[\]{}:*~^+\-]", " ", source)
        query = parser.parse(plain) if plain.strip() else Q.NullQuery
        warning = "查询语法有误（如引号或括号不成对），已按普通词语检索。"
    query = query.normalize()
    return ParsedQuery(text, query, highlight_terms(query), explain(query), warning)


def _has_error(query) -> bool:
    return any(isinstance(q, Q.Query) and type(q).__name__ == "ErrorQuery" for q in _walk(query))


def _walk(query):
    yield query
    for child in query.children():
        yield from _walk(child)


def highlight_terms(query) -> list[str]:
    """The strings to mark in results: words, and whole phrases (joined as typed)."""
    terms: list[str] = []

    def visit(q):
        if isinstance(q, Q.Not):
            return
        if isinstance(q, Q.Phrase):
            terms.append(_join_words(q.words))
        elif isinstance(q, (Q.Term, Q.Prefix, Q.Wildcard)) and not _is_metadata(q.fieldname):
            terms.append(str(q.text))
        for child in q.children():
            visit(child)

    visit(query)
    return list(dict.fromkeys(t for t in terms if t))


def _is_metadata(fieldname) -> bool:
    return fieldname in ("park", "year", "year_num", "doc_type", "period", "id", "source")


def _join_words(words) -> str:
    out = ""
    for word in words:
        if out and out[-1].isascii() and out[-1].isalnum() and word[:1].isascii() and word[:1].isalnum():
            out += " "
        out += word
    return out


def explain(query) -> str:
    """A short Chinese description of a parsed query."""
    if isinstance(query, Q.And):
        return " 并且 ".join(_group(explain(c), c) for c in query.subqueries)
    if isinstance(query, Q.Or):
        parts = list(dict.fromkeys(explain(c) for c in query.subqueries))
        return parts[0] if len(parts) == 1 else " 或 ".join(_group(p, c) for p, c in zip(parts, query.subqueries))
    if isinstance(query, Q.AndNot):
        return f"{explain(query.a)} 并且 不含 {explain(query.b)}"
    if isinstance(query, Q.Not):
        return f"不含 {explain(query.query)}"
    if isinstance(query, Q.Phrase):
        return f"“{_join_words(query.words)}”"
    if isinstance(query, Q.NumericRange):
        return f"年份 {query.start}–{query.end}"
    if isinstance(query, (Q.Prefix, Q.Wildcard)):
        return f"以“{query.text.rstrip('*')}”开头的词"
    if isinstance(query, Q.Term):
        if _is_metadata(query.fieldname):
            return f"{FIELD_LABELS.get(query.fieldname, query.fieldname)}：{query.text}"
        return f"“{query.text}”"
    if query is Q.NullQuery:
        return "（空）"
    return str(query)


def _group(text, q) -> str:
    return f"（{text}）" if isinstance(q, (Q.And, Q.Or)) and len(q.subqueries) > 1 else text
