"""Corrections: ``parksearch-meta.csv`` in the corpus folder fixes what the reader got wrong.

One row per file (or per report of a file, by its number ``n``): an empty cell keeps
what was read, ``null`` sets the value to unknown. A row the reader cannot use is
reported (in Chinese, with its line number) and skipped; the rest still apply.
"""
from __future__ import annotations

import csv
import os
from dataclasses import dataclass, field
from pathlib import Path

from ..model import DOC_TYPES, Report
from ..text import CORRECTIONS_FILE

@dataclass
class Correction:
    park: str | None = None  # None = keep; "" never stored
    year: str | None = None
    doc_type: str | None = None


@dataclass
class Corrections:
    """Rows of ``parksearch-meta.csv``: (file, n or None for every report) → values."""

    rows: dict[tuple[str, int | None], Correction] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

    def for_report(self, source: str, n: int) -> list[Correction]:
        return [c for key in ((source, None), (source, n)) if (c := self.rows.get(key))]


def load_corrections(corpus_root: Path) -> Corrections:
    """Read ``parksearch-meta.csv`` from the corpus folder (absent → no corrections).
    A bad row is reported in ``problems`` and ignored, never raised."""
    corr = Corrections()
    path = Path(corpus_root) / CORRECTIONS_FILE
    if not path.is_file():
        return corr
    if not Path(os.path.realpath(path)).is_relative_to(os.path.realpath(corpus_root)):
        corr.problems.append(f"{CORRECTIONS_FILE} 是指向语料文件夹之外的链接，为安全起见未读取")
        return corr
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        corr.problems.append(f"{CORRECTIONS_FILE} 无法读取（需要 UTF-8 编码）：{exc}")
        return corr
    for lineno, row in enumerate(csv.DictReader(text.splitlines()), start=2):
        if None in row:  # DictReader puts the cells past the header's under None, as a list
            corr.problems.append(f"{CORRECTIONS_FILE} 第 {lineno} 行比表头多出 {len(row[None])} 个单元格，已忽略该行"
                                 "（含逗号的值请加英文双引号）")
            continue
        row = {(k or "").strip().lower(): (v or "").strip() for k, v in row.items()}
        file = row.get("file", "").replace("\\", "/")
        if not file:
            corr.problems.append(f"{CORRECTIONS_FILE} 第 {lineno} 行没有 file 列，已忽略")
            continue
        n_raw = row.get("n", "")
        if n_raw and not n_raw.isdigit():
            corr.problems.append(f"{CORRECTIONS_FILE} 第 {lineno} 行的 n「{n_raw}」不是数字，已忽略")
            continue
        year = row.get("year") or None
        if year and year.lower() != "null" and not (year.isdigit() and len(year) == 4):
            corr.problems.append(f"{CORRECTIONS_FILE} 第 {lineno} 行的 year「{year}」不是四位年份或 null，已忽略该值")
            year = None
        dt = row.get("doc_type") or None
        if dt and dt.lower() != "null" and dt not in DOC_TYPES:
            corr.problems.append(f"{CORRECTIONS_FILE} 第 {lineno} 行的 doc_type「{dt}」不在 {'、'.join(DOC_TYPES)} 之中，已忽略该值")
            dt = None
        corr.rows[(file, int(n_raw) if n_raw else None)] = Correction(row.get("park") or None, year, dt)
    return corr


def apply_corrections(report: Report, source: str, corrections: Corrections | None) -> None:
    if not corrections:
        return
    for c in corrections.for_report(source, report.n):
        why = f"{CORRECTIONS_FILE} 中的更正"
        if c.park:
            report.park = None if c.park.lower() == "null" else c.park
            report.evidence["park"] = why
            if report.park and report.park not in report.parks_mentioned:
                report.parks_mentioned.append(report.park)
        if c.year:
            report.year = None if c.year.lower() == "null" else int(c.year)
            report.evidence["year"] = why
        if c.doc_type:
            report.doc_type = "其他" if c.doc_type.lower() == "null" else c.doc_type
            report.evidence["doc_type"] = why


