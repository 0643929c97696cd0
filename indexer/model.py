"""The data that flows through the pipeline.

A corpus file is read into a ``FileReading``: its format, encoding, the reason it
was skipped (if it was) and the reports found in it. Each ``Report`` carries its
clean text, its metadata and its sections as offsets into that text, so that
later stages (analysis, the index, snippets) can point back at the exact
characters the user will read.
"""
from __future__ import annotations

from dataclasses import dataclass, field

DOC_TYPES = ("工作计划", "工作总结", "工作汇报", "工作报告", "简报", "讲话", "其他")
SECTION_KINDS = ("成效进展", "做法措施", "存在问题", "计划安排", "其他")


@dataclass
class Section:
    """A stretch of a report that starts at a heading line.

    ``start``/``end`` are offsets into ``Report.text`` ([start, end)), the heading
    line included. The text before a report's first heading (after its title) is a
    section with ``heading=None`` and ``level=0``. Sections are flat and in order:
    a level-2 section ends where the next heading of any level begins. A section
    whose own heading says nothing about its kind inherits its parent's category.
    """

    heading: str | None
    level: int
    category: str
    start: int
    end: int


@dataclass
class Report:
    """One report found in a file. ``n`` is its 1-based position in the file."""

    n: int
    title: str
    text: str  # clean text as the user reads it; the title line is its first line
    park: str | None = None
    parks_mentioned: list[str] = field(default_factory=list)
    year: int | None = None
    doc_type: str = "其他"
    period: str = "不明"
    sections: list[Section] = field(default_factory=list)
    # why a field got its value, for `parksearch inspect` (e.g. {"park": "标题"})
    evidence: dict[str, str] = field(default_factory=dict)


@dataclass
class FileReading:
    """How one corpus file was read."""

    source: str  # path relative to the corpus folder, with "/" separators
    format: str | None  # txt | html | docx | pdf, None when unknown
    encoding: str | None  # None for formats that carry their own (docx, pdf)
    skipped: str | None = None  # a sentence saying why the file could not be read
    reports: list[Report] = field(default_factory=list)
    # what the reader left out and why (e.g. an off-topic article on the page), in Chinese
    notes: list[str] = field(default_factory=list)
