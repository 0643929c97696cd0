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
# The key figures a report's text is read for (reading/indicators.py), and what a figure can be.
INDICATOR_NAMES = (
    "工业总产值", "工业增加值", "营业收入", "税收", "财政收入", "固定资产投资", "工业投资", "招商引资到位资金",
    "签约项目数", "签约资金", "新开工项目数", "竣工投产项目数", "规上企业数", "入园企业数", "出口额",
    "实际利用外资", "从业人员", "面积",
)
INDICATOR_STATUSES = ("实际", "预计", "目标", "累计")  # achieved, forecast, target, cumulative
INDICATOR_SCOPES = ("园区", "其他")  # the park's own figure, or the county's, a company's, a project's
# who a report is by or about, decided once per report (reading/subject.py): a park, a place (a county, a
# district, a city, a province, a 新区), a company, an event only (a park only its venue), or not known
SUBJECT_KINDS = ("园区", "地方", "企业", "活动", "不明")
TOUR_RULE = "考察多个园区"  # the subject's rule for a study tour of several places: none of its parks is the report's


@dataclass
class Section:
    """A stretch of a report that starts at a heading line.

    ``start``/``end`` are offsets into ``Report.text`` ([start, end)), the heading
    line included. The text before a report's first heading (after its title) is a
    section with ``heading=None`` and ``level=0``. Sections are flat and in order:
    a level-2 section ends where the next heading of any level begins. A section
    whose own heading says nothing about its kind takes it from its parent and from
    the report (reading/kinds.py); ``why`` says which, for `parksearch inspect`.
    """

    heading: str | None
    level: int
    category: str
    start: int
    end: int
    why: str = ""


@dataclass
class Subject:
    """A report's subject, decided once from its title, its opening and its publisher rows; the park
    facet and the figures' scope both read it. ``rule`` names the rule that decided, ``line`` the line
    it read, ``why`` says it in Chinese for `parksearch inspect`."""

    kind: str  # one of SUBJECT_KINDS
    park: str | None = None
    rule: str = ""
    line: str = ""
    why: str = ""
    # for a place's report: "many" when it speaks for a province's or a city's parks together
    # (园区 alone then means those parks), "place" for a county's or a district's own report
    place_report: str | None = None


@dataclass
class Indicator:
    """One key figure a report states: "完成工业总产值109.4亿元，同比增长8%".

    ``value`` is the number as written in ``unit`` (None when the site masked it:
    X亿元, **万元, and then ``masked``); ``value_yi`` the money in 亿元 (None for
    dollars and for what is not money); ``growth_pct`` the year-on-year change in
    percent. ``quote`` is the clause it was read from, ``start``/``end`` where that
    clause lies in ``Report.text``; ``year`` the year it is about.
    """

    name: str  # one of INDICATOR_NAMES
    value: float | None
    unit: str | None
    value_yi: float | None
    growth_pct: float | None
    status: str  # one of INDICATOR_STATUSES
    period: str | None  # 全年, 上半年, 1-9月, 一季度 …; None when the text does not say
    scope: str  # one of INDICATOR_SCOPES
    masked: bool
    quote: str
    section: str | None  # the heading of the section it is in
    start: int
    end: int
    # the year the figure is about: the report's, or the one its sentence or section names
    # ("2021年，园区完成…", "到2025年力争…", "四、2023年工作打算", "明年…"); None when unknown
    year: int | None = None
    # of an area (面积): "建成" when the figure is how much of the park is built or developed (建成区面积, 已开发面积),
    # None for the area it was planned or approved for
    measure: str | None = None
    # which rule named it and which words decided its status ({"name": …, "status": …}), for
    # `parksearch inspect`; not stored in the index (like a section's ``why``)
    why: dict | None = None


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
    indicators: list[Indicator] = field(default_factory=list)
    subject: Subject | None = None  # who the report is by or about (reading/subject.py)


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
