"""Writing reports into a Whoosh index.

One Whoosh document per report. The words a user searches live in analysed
fields (title, headings, text, and one field per section kind so the section
filter can restrict *where* a query matches); the facets live in sortable ID
columns so counting them never walks stored documents; everything the JSON
shows is stored once, in ``meta``.
"""
from __future__ import annotations

import hashlib
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from whoosh import index as whoosh_index
from whoosh.fields import ID, KEYWORD, NUMERIC, STORED, TEXT, Schema

from . import pipeline
from .analyze import BigramAnalyzer, ChineseAnalyzer
from .dedupe import signature
from .errors import CorpusError, ParksearchError
from .model import SECTION_KINDS, FileReading, Report

# Section kinds are Chinese words; Whoosh field names are kept ASCII.
SECTION_FIELDS = {
    "成效进展": "sec_progress",
    "做法措施": "sec_measures",
    "存在问题": "sec_problems",
    "计划安排": "sec_plans",
    "其他": "sec_other",
}
UNKNOWN = "unknown"  # facet/filter value for a park or year the reader could not tell


LITERAL = "_lit"  # suffix of a field's character-bigram twin (query.LITERAL_SUFFIX)


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
        # park:X in a query: the park's name, or a park the report mentions (bigrams: any part of a name)
        park_lit=literal_field(),
        parks_mentioned_lit=literal_field(),
        # near-duplicate sketch (dedupe.signature), read per hit from its column when collapsing
        dup_sig=ID(sortable=True),
        meta=STORED,
    )
    for name in ("title", "headings", "text"):
        schema.add(name + LITERAL, literal_field())
    for name in SECTION_FIELDS.values():
        schema.add(name, text_field())
        schema.add(name + LITERAL, literal_field())
    return schema


def report_id(source: str, n: int) -> str:
    """A short stable id for a report: safe in URLs, independent of the file system."""
    return hashlib.sha1(f"{source}\n{n}".encode("utf-8")).hexdigest()[:16]


def report_document(source: str, report: Report) -> dict:
    """The Whoosh document for one report."""
    by_kind: dict[str, list[str]] = {kind: [] for kind in SECTION_KINDS}
    for section in report.sections:
        by_kind[section.category].append(report.text[section.start:section.end])
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
        "section_kinds": " ".join(k for k, parts in by_kind.items() if parts),
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
    for kind, parts in by_kind.items():
        if parts:
            doc[SECTION_FIELDS[kind]] = doc[SECTION_FIELDS[kind] + LITERAL] = "\n".join(parts)
    return doc


@dataclass
class BuildSummary:
    added: int = 0
    updated: int = 0
    removed: int = 0
    unchanged: int = 0
    skipped: list[dict] = field(default_factory=list)  # {"source", "reason"}
    reports: int = 0
    chars: int = 0
    seconds: float = 0.0

    def to_dict(self) -> dict:
        d = self.__dict__.copy()
        d["chars_per_second"] = round(self.chars / self.seconds) if self.seconds else None
        return d


def build_index(corpus_dir: Path, index_dir: Path, full: bool = True, progress=None) -> BuildSummary:
    """Rebuild the index at ``index_dir`` from every file in ``corpus_dir``."""
    corpus_dir, index_dir = Path(corpus_dir), Path(index_dir)
    if not corpus_dir.is_dir():
        raise CorpusError(f"找不到语料文件夹 {corpus_dir}。请用 --corpus 指定存放报告的文件夹。")
    try:
        index_dir.mkdir(parents=True, exist_ok=True)
        ix = whoosh_index.create_in(str(index_dir), make_schema())
    except OSError as error:
        raise ParksearchError(f"无法写入索引文件夹 {index_dir}：{error.strerror}。请换一个可写的 --index 位置。") from error
    started = time.perf_counter()
    summary = BuildSummary()
    files = list(pipeline.iter_corpus_files(corpus_dir))
    corrections = pipeline.load_corrections(corpus_dir)
    writer = ix.writer()
    try:
        for i, path in enumerate(files, 1):
            reading: FileReading = pipeline.read_file(path, corpus_dir, corrections)
            if reading.skipped:
                summary.skipped.append({"source": reading.source, "reason": reading.skipped})
            else:
                for report in reading.reports:
                    writer.add_document(**report_document(reading.source, report))
                    summary.reports += 1
                    summary.chars += len(report.text)
                summary.added += 1
            if progress:
                progress(i, len(files), reading)
        writer.commit()
    except BaseException:
        writer.cancel()
        raise
    summary.seconds = round(time.perf_counter() - started, 3)
    return summary


def print_progress(i: int, total: int, reading: FileReading, stream=sys.stderr) -> None:
    status = f"跳过：{reading.skipped}" if reading.skipped else f"{len(reading.reports)} 篇报告"
    print(f"[{i}/{total}] {reading.source}  {status}", file=stream, flush=True)
