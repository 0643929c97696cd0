"""A report as the index holds it: its stored document and its terms with positions."""
from __future__ import annotations

import os
from dataclasses import fields

from ..analysis import Vocabulary, bundled_vocabulary, matching_form, normalize, term_positions
from ..analysis.normalizer import normalize_for_matching, normalize_lines, normalized_part
from ..analysis.dedupe import page_families, signature
from ..analysis.keyterms import key_term_candidates
from ..analysis.terms import bigram_codes, bigram_occurrences
from ..model import INDICATOR_NAMES, SECTION_KINDS, Indicator, Report
from ..text import UNKNOWN
from .schema import LITERAL, report_id

# what a list of reports shows of each (the contract's result keys): the ``card`` column
CARD_FIELDS = ("id", "source", "n", "title", "park", "year", "doc_type", "period")


def page_documents(source: str, reports: list[Report], vocabulary: Vocabulary | None = None):
    """``(document, terms)`` for each report of one page (one corpus file), with what
    only the whole page tells: which part of a title all its reports share
    (``title_words``) and which report is a copy inside a longer one (``page_families``)."""
    families = page_families([r.text for r in reports], [report_id(source, r.n) for r in reports],
                             [(r.park, r.year, r.doc_type) for r in reports])
    titles = title_words([r.title for r in reports])
    for report, family, words in zip(reports, families, titles):
        normalized = normalize_lines(report.text)  # once, for the sections' words and the matching form
        terms, spans = report_terms(report, vocabulary, words, normalized)
        key_terms = key_term_candidates(terms["text"], (vocabulary or bundled_vocabulary()).segmenter)
        yield report_document(source, report, spans, family, words, key_terms, normalized[0]), terms


def title_words(titles: list[str]) -> list[str]:
    """Per report of one page, the part of its title that earns the title boost.

    Sites print their page title over every report of the page (园区除草活动简报 园区工作
    总结篇一, …篇二): what all of a page's titles share says nothing about any one
    report, so only what follows it counts as title words (``title:`` still finds the
    whole title, and the text holds the title line)."""
    if len(titles) < 2:
        return list(titles)
    shared = len(os.path.commonprefix(titles))
    return [t[shared:] for t in titles]


def report_document(source: str, report: Report, spans: dict | None = None, family: str = "",
                    title: str | None = None, key_terms: list | None = None,
                    normalized: tuple[str, list[int] | None] | None = None) -> dict:
    """The Whoosh document for one report (``spans``: from ``report_terms``; ``family``
    and ``title``, the title words: from ``page_documents``; ``key_terms``:
    ``analysis.keyterms.key_term_candidates`` of its text; ``normalized``: its text's
    ``normalize_for_matching``, when the caller has it)."""
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
        "indicators": [stored_indicator(i) for i in report.indicators],  # (why: inspect's)
    }
    doc = {
        "id": meta["id"],
        "source": source,
        "title": report.title if title is None else title,
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
    for name in ("headings", "text"):
        doc[name + LITERAL] = doc[name]
    doc["title" + LITERAL] = report.title
    doc["dup_family"] = family  # always a value, "" for none: a column needs one per report
    if report.park:
        doc["park_lit"] = report.park
    if report.parks_mentioned:
        doc["parks_mentioned_lit"] = "\n".join(report.parks_mentioned)
    # the text normalised once for the sketch and the matching form
    if normalized is None:
        normalized = normalize_for_matching(report.text)
    doc["dup_sig"] = signature(report.text, normalized[0])
    if spans:
        doc["section_spans"] = spans
    # always a value, even empty: a segment without the column cannot be read (Whoosh's
    # PickleColumn has no default)
    doc["key_terms"] = key_terms or []
    doc["card"] = {k: meta[k] for k in CARD_FIELDS}
    doc["figures"] = meta["indicators"]  # always a value, even empty (see key_terms)
    doc["match_text"] = (matching_form(report.text, normalized), meta["sections"])  # what an export reads (schema.MatchText)
    return doc


# an indicator's fields as the index stores them: all but ``why`` (inspect's), in the dataclass's order
_STORED_INDICATOR_FIELDS = tuple(f.name for f in fields(Indicator) if f.name != "why")


def stored_indicator(indicator: Indicator) -> dict:
    """``dataclasses.asdict(indicator)`` without ``why``: the fields are numbers, strings, flags and None, which
    ``asdict`` would return as they are, after deep-copying ``why`` only to drop it (a tenth of the stored
    document's CPU)."""
    return {name: getattr(indicator, name) for name in _STORED_INDICATOR_FIELDS}


def report_terms(report: Report, vocabulary: Vocabulary | None = None, title: str | None = None,
                 normalized: tuple | None = None) -> tuple[dict[str, dict[str, list[int]]], dict]:
    """The analysed fields of ``report_document(…, report)`` as ``{field: {term: [positions]}}``
    (the body's bigrams, ``text_lit``, as occurrences ``(terms, positions, codes,
    code_positions)`` in text order: strings, and a run's bigrams as integer codes; see
    ``SegmentBuilder``), and the report's section spans (see ``SectionSpans``).

    The body is analysed chunk by chunk (the title line, then each section),
    which gives the positions the whole text would have (sections start on a new
    line), and records which positions each section kind covers. ``title``: the title
    words, when not the whole title (``title_words``). ``normalized``: the text's
    ``analysis.normalizer.normalize_lines``, when the caller has it (each section is then its slice).
    """
    terms: dict[str, dict[str, list[int]]] = {}

    def analyse(name: str, text: str) -> None:
        norm = normalize(text)  # once for both kinds
        terms[name] = term_positions(norm, "words", normalized=True, vocabulary=vocabulary)[0]
        terms[name + LITERAL] = term_positions(norm, "bigrams", normalized=True)[0]

    analyse("title", report.title)
    if title is not None and title != report.title:
        terms["title"] = term_positions(title, "words", vocabulary=vocabulary)[0]
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
    # the body's bigrams as occurrences in text order: the segment builder groups them by
    # term, so the analysis does not (SegmentBuilder._add_terms); a run's bigrams as
    # integer codes (analysis.terms.bigram_codes; those across quotation marks too), the
    # characters at a run's edge and the letters and digits as strings
    bigram_terms, bigram_positions, runs, pairs, forms = [], [], [], [], []
    spans: dict[str, tuple[list, list]] = {}
    next_word = next_bigram = at = 0
    if normalized is None:
        normalized = normalize_lines(report.text)
    for kind, start, end in chunks:
        chunk = normalized_part(report.text, normalized, start, end)
        first_word, first_bigram = next_word, next_bigram
        next_word = term_positions(chunk, "words", first_word, into=words, normalized=True,
                                   vocabulary=vocabulary)[1]
        next_bigram = bigram_occurrences(chunk, first_bigram, bigram_terms, bigram_positions, runs, at, pairs)
        forms.append(chunk)
        at += len(chunk)
        if kind:
            word_ranges, bigram_ranges = spans.setdefault(kind, ([], []))
            _add_range(word_ranges, first_word, next_word)
            _add_range(bigram_ranges, first_bigram, next_bigram)
    terms["text" + LITERAL] = (bigram_terms, bigram_positions, *bigram_codes("".join(forms), runs, pairs))
    return terms, {kind: (tuple(w), tuple(b)) for kind, (w, b) in spans.items()}


def _add_range(ranges: list, start: int, end: int) -> None:
    if start >= end:
        return
    if ranges and ranges[-1][1] == start:  # touches the previous section of the same kind
        ranges[-1] = (ranges[-1][0], end)
    else:
        ranges.append((start, end))
