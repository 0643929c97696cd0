"""A report as the index holds it: its stored document and its terms with positions."""
from __future__ import annotations

from dataclasses import asdict

from ..analysis import Vocabulary, normalize, term_positions
from ..analysis.dedupe import signature
from ..model import INDICATOR_NAMES, SECTION_KINDS, Report
from ..text import UNKNOWN
from .schema import LITERAL, report_id

def report_document(source: str, report: Report, spans: dict | None = None) -> dict:
    """The Whoosh document for one report (``spans``: from ``report_terms``)."""
    kinds = {section.category for section in report.sections}
    meta = {
        "id": report_id(source, report.n),
        "source": source,
        "n": report.n,
        "title": report.title,
        "park": report.park,
        "parks_mentioned": report.parks_mentioned,
        "year": report.year,
        "doc_type": report.doc_type,
        "period": report.period,
        "text": report.text,
        "sections": [
            {"heading": s.heading, "level": s.level, "category": s.category, "start": s.start, "end": s.end}
            for s in report.sections
        ],
        "indicators": [asdict(i) for i in report.indicators],
    }
    doc = {
        "id": meta["id"],
        "source": source,
        "title": report.title,
        "headings": "\n".join(s.heading for s in report.sections if s.heading),
        "text": report.text,
        "park": report.park or UNKNOWN,
        "year": str(report.year) if report.year else UNKNOWN,
        "doc_type": report.doc_type,
        "period": report.period,
        "section_kinds": " ".join(k for k in SECTION_KINDS if k in kinds),
        "indicators": " ".join(n for n in INDICATOR_NAMES if any(i.name == n for i in report.indicators)),
        "meta": meta,
    }
    if report.year:
        doc["year_num"] = report.year
    for name in ("title", "headings", "text"):
        doc[name + LITERAL] = doc[name]
    if report.park:
        doc["park_lit"] = report.park
    if report.parks_mentioned:
        doc["parks_mentioned_lit"] = "\n".join(report.parks_mentioned)
    doc["dup_sig"] = signature(report.text)
    if spans:
        doc["section_spans"] = spans
    return doc


def report_terms(report: Report, vocabulary: Vocabulary | None = None) -> tuple[dict[str, dict[str, list[int]]], dict]:
    """The analysed fields of ``report_document(…, report)`` as ``{field: {term: [positions]}}``,
    and the report's section spans (see ``SectionSpans``).

    The body is analysed chunk by chunk (the title line, then each section),
    which gives the positions the whole text would have (sections start on a new
    line), and records which positions each section kind covers.
    """
    terms: dict[str, dict[str, list[int]]] = {}

    def analyse(name: str, text: str) -> None:
        terms[name] = term_positions(text, "words", vocabulary=vocabulary)[0]
        terms[name + LITERAL] = term_positions(text, "bigrams")[0]

    analyse("title", report.title)
    analyse("headings", "\n".join(s.heading for s in report.sections if s.heading))
    if report.park:
        terms["park_lit"] = term_positions(report.park, "bigrams")[0]
    if report.parks_mentioned:
        terms["parks_mentioned_lit"] = term_positions("\n".join(report.parks_mentioned), "bigrams")[0]

    chunks, at = [], 0
    for section in report.sections:
        if section.start > at:
            chunks.append((None, at, section.start))
        chunks.append((section.category, section.start, section.end))
        at = max(at, section.end)
    if at < len(report.text):
        chunks.append((None, at, len(report.text)))
    words = terms["text"] = {}
    bigrams = terms["text" + LITERAL] = {}
    spans: dict[str, tuple[list, list]] = {}
    next_word = next_bigram = 0
    for kind, start, end in chunks:
        chunk = normalize(report.text[start:end])
        first_word, first_bigram = next_word, next_bigram
        next_word = term_positions(chunk, "words", first_word, into=words, normalized=True,
                                   vocabulary=vocabulary)[1]
        next_bigram = term_positions(chunk, "bigrams", first_bigram, into=bigrams, normalized=True)[1]
        if kind:
            word_ranges, bigram_ranges = spans.setdefault(kind, ([], []))
            _add_range(word_ranges, first_word, next_word)
            _add_range(bigram_ranges, first_bigram, next_bigram)
    return terms, {kind: (tuple(w), tuple(b)) for kind, (w, b) in spans.items()}


def _add_range(ranges: list, start: int, end: int) -> None:
    if start >= end:
        return
    if ranges and ranges[-1][1] == start:  # touches the previous section of the same kind
        ranges[-1] = (ranges[-1][0], end)
    else:
        ranges.append((start, end))
