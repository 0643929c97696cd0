"""The index's schema: one Whoosh document per report.

The words a user searches live in analysed fields (title, headings, text, each
with a character-bigram twin); where each kind of section lies in the text is a
column of position ranges (``section_spans``), which the section filter uses to
restrict *where* a query matches (whoosh_ext/sections.py) without a second copy
of every body; the facets live in sortable ID columns so counting them never
walks stored documents; everything the JSON shows is stored once, in ``meta``
(the report's key figures too; their names are also indexed, for 指标:税收).
"""
from __future__ import annotations

import hashlib
import pickle

from whoosh import columns
from whoosh.fields import ID, KEYWORD, NUMERIC, STORED, TEXT, FieldType, Schema

from ..analysis import BigramAnalyzer, ChineseAnalyzer

LITERAL = "_lit"  # suffix of a field's character-bigram twin (query.LITERAL_SUFFIX)


class SectionSpans(FieldType):
    """A column (neither indexed nor stored) holding, per report, where each kind of
    section lies: ``{kind: (word ranges, bigram ranges)}``, each a sorted tuple of
    ``(start, end)`` positions in the ``text`` and ``text_lit`` fields."""

    indexed = False
    stored = False

    def __init__(self):
        self.column_type = columns.PickleColumn(columns.VarBytesColumn())

    def to_column_value(self, value):
        return value

    def from_column_value(self, value):
        return value


class KeyTerms(SectionSpans):
    """A column (neither indexed nor stored) holding, per report, its candidate key terms
    with their counts: ``[((word, …), count)]`` (analysis/keyterms.py). The report page
    ranks them with the index's statistics; the search box's suggestions count them."""


class Card(SectionSpans):
    """A column holding, per report, what a list of reports shows of it (id, source, n,
    title, park, year, type, period): lists of related reports read it without loading
    the stored ``meta`` and its whole text."""


class Figures(SectionSpans):
    """A column holding, per report, its key figures (``meta["indicators"]``): a series over
    every report (/api/indicators without a park) reads them with the cards, never loading
    any report's stored ``meta`` and its whole text."""


class MatchText(FieldType):
    """A column (neither indexed nor stored) holding, per report, what a CSV export needs to
    find its first match and cut its snippet: ``(analysis.matching_form(text), sections)``:
    the normalised text with the few characters the original differs by, and the sections as
    ``meta`` has them. An export of thousands of rows reads it instead of the stored ``meta``
    (zlib and pickle of the whole document) and never normalises a text (OpenCC and all).
    Pickled with the newest protocol (Whoosh's PickleColumn uses protocol 2, whose bytes and
    small dicts load 2–3× slower); a report without a value reads as None."""

    indexed = False
    stored = False

    def __init__(self):
        self.column_type = columns.VarBytesColumn()

    def to_column_value(self, value):
        return pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)

    def from_column_value(self, value):
        if not isinstance(value, bytes):  # read through an older schema's PickleColumn: loaded already
            return value
        return pickle.loads(value) if value else None


def make_schema() -> Schema:
    analyzer = ChineseAnalyzer()
    bigrams = BigramAnalyzer()

    def text_field(boost=1.0):
        # multitoken_query="phrase": a Chinese string typed without spaces means
        # that string, its words in order, not its words anywhere.
        return TEXT(analyzer=analyzer, field_boost=boost, multitoken_query="phrase")

    def literal_field():
        # Character bigrams decide *whether* a string occurs (exactly, however
        # jieba cut it); the word field beside it ranks. No norms needed for that.
        return TEXT(analyzer=bigrams, phrase=True, multitoken_query="phrase")

    schema = Schema(
        id=ID(stored=True, unique=True),
        source=ID(stored=True),
        title=text_field(3.0),
        headings=text_field(1.5),
        text=text_field(),
        park=ID(sortable=True),
        year=ID(sortable=True),
        year_num=NUMERIC(sortable=True, signed=False),
        doc_type=ID(sortable=True),
        period=ID(sortable=True),
        section_kinds=KEYWORD(),  # one token per kind present (kinds are space-free words)
        section_spans=SectionSpans(),
        key_terms=KeyTerms(),
        card=Card(),
        figures=Figures(),
        match_text=MatchText(),
        # 指标:税收 in a query: one token per key figure the report states (names are space-free words)
        indicators=KEYWORD(),
        # park:X in a query: the park's name, or a park the report mentions (bigrams: any part of a name)
        park_lit=literal_field(),
        parks_mentioned_lit=literal_field(),
        # near-duplicate sketch (dedupe.signature), read per hit from its column when collapsing
        dup_sig=ID(sortable=True),
        # a copy inside a longer report of its page (dedupe.page_families): folded under it
        dup_family=ID(sortable=True),
        meta=STORED,
    )
    for name in ("title", "headings", "text"):
        schema.add(name + LITERAL, literal_field())
    return schema


def report_id(source: str, n: int) -> str:
    """A short stable id for a report: safe in URLs, independent of the file system."""
    return hashlib.sha1(f"{source}\n{n}".encode("utf-8")).hexdigest()[:16]


def schema_fingerprint(schema: Schema) -> str:
    """Field names, types and the flags that shape what is written: a new field means a rebuild."""
    parts = []
    for name, fld in sorted(schema.items()):
        fmt = getattr(fld, "format", None)
        parts.append(f"{name}:{type(fld).__name__}:{type(fmt).__name__ if fmt else ''}:"
                     f"{fld.stored}:{fld.unique}:{fld.sortable_typecode if fld.sortable_typecode else ''}:"
                     f"{getattr(fld, 'field_boost', 1.0)}")
    return hashlib.sha1("\n".join(parts).encode()).hexdigest()
