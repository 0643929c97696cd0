"""Tables of figures by year in a report's text: a header of years and rows of a label and its values.

A statistics table (主要经济指标, 历年发展概况) reaches the reader in one of two forms. A row a line, its cells
parted by tabs or bars, as the Word and web readers (formats.py, msword.py) and most scraped text leave it::

    指标\t2021年\t2022年
    工业总产值（亿元）\t120.5\t135.2

or one cell a line, each closed by a bar, as some scraped pages print a table column after column::

    2021 |
    2022 |
    工业总产值(亿元) |
    120.5 |
    135.2 |

``year_tables`` finds both: the years in a run (consecutive, rising, two at least) head the columns, and each row is a
label that is no number followed by as many cells as there are years. What the labels name and what the values are
worth is the key figures' business (indicators.py); this module only says where the cells are.
"""
from __future__ import annotations

from . import scripts as re  # (the re module, each pattern matching either script: scripts.py)
from dataclasses import dataclass

from ..text import CJK

# a cell's border: a tab, a bar (ASCII or full width), or a box-drawing bar
_BORDER = re.compile(r"[\t|｜│]")
# a year heading a column: 2021, 2021年, 2021年度, with the kind of figure it holds after it (2023年预计, 2024年(目标))
YEAR_CELL = re.compile(r"^(?P<year>(?:19|20)\d{2})\s*(?:年度?)?\s*[（(]?\s*(?P<word>预计|预测|目标|计划|实际|完成|预期)?"
                       r"\s*(?:数|值)?\s*[)）]?$")
# a value: digits with a decimal point and thousands' commas, a sign
NUMBER_CELL = re.compile(r"^[-+]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^[-+]?\d+(?:\.\d+)?$")


@dataclass(frozen=True)
class Cell:
    text: str
    start: int  # where the cell's text starts in the report's text
    end: int


@dataclass(frozen=True)
class YearRow:
    label: Cell
    values: tuple[tuple[int, str | None, Cell | None], ...]  # (year, the kind its heading says, the cell) per column
    unit: str | None = None  # the row's cell under a 单位 heading, where the table has one


@dataclass(frozen=True)
class YearTable:
    start: int  # from the header's first year to the last row's last cell
    end: int
    rows: tuple[YearRow, ...]


def _cells_of(line: str, at: int) -> list[Cell]:
    """The cells of one line, empty ones kept (a row's alignment counts them), without the bars that only open or
    close the row (| a | b |)."""
    cells, start = [], 0
    for m in _BORDER.finditer(line):
        cells.append((start, m.start()))
        start = m.end()
    cells.append((start, len(line)))
    out = []
    for a, b in cells:
        raw = line[a:b]
        lead = len(raw) - len(raw.lstrip())
        text = raw.strip()
        out.append(Cell(text, at + a + lead, at + a + lead + len(text)))
    if len(out) >= 2 and not out[0].text:
        out = out[1:]
    if len(out) >= 2 and not out[-1].text:
        out = out[:-1]
    return out


def _years(cells: list[Cell]) -> list[tuple[int, int, str | None]] | None:
    """(index, year, word) of the cells that head a table's columns: two years or more in a row, each one after the
    one before (a table's years rise, or fall, by one or by the same step)."""
    found = [(i, YEAR_CELL.match(c.text)) for i, c in enumerate(cells)]
    run = [(i, int(m.group("year")), m.group("word")) for i, m in found if m]
    if len(run) < 2 or any(b[0] != a[0] + 1 for a, b in zip(run, run[1:])):
        return None
    steps = {b[1] - a[1] for a, b in zip(run, run[1:])}
    if len(steps) != 1 or steps.pop() not in (1, -1, 5, -5):
        return None  # (5: a plan's years, 2015 2020 2025)
    return run


def _label(cell: Cell | None) -> bool:
    return cell is not None and bool(re.search(f"[{CJK}]", cell.text)) and not NUMBER_CELL.match(cell.text) \
        and not YEAR_CELL.match(cell.text)


def _row_tables(lines: list[tuple[int, str]]) -> list[YearTable]:
    """Tables kept a row a line: a header line of years, then lines with a label and one cell per column."""
    tables, i = [], 0
    while i < len(lines):
        at, line = lines[i]
        cells = _cells_of(line, at) if _BORDER.search(line) else []
        years = _years(cells) if len(cells) >= 3 else None
        if not years:
            i += 1
            continue
        rows, j = [], i + 1
        unit_at = next((k for k, c in enumerate(cells[:years[0][0]]) if re.fullmatch(r"(?:计量)?单位", c.text)), None)
        while j < len(lines):
            row_at, row_line = lines[j]
            if not _BORDER.search(row_line):
                break
            row = _cells_of(row_line, row_at)
            label = next((c for c in row if c.text), None)
            if len(row) == len(cells) and _label(label) and row.index(label) < years[0][0]:
                rows.append(YearRow(label, tuple((year, word, row[k] if row[k].text else None)
                                                 for k, year, word in years),
                                    row[unit_at].text if unit_at is not None and unit_at != row.index(label) else None))
            elif len(row) == len(cells) - 1 and years[0][0] >= 1 and _label(row[0]):
                # (the header's first cell, 指标 or 年份, stands over no column of values: a row one cell short)
                rows.append(YearRow(row[0], tuple((year, word, row[k - 1] if row[k - 1].text else None)
                                                  for k, year, word in years)))
            elif any(c.text for c in row):
                break
            j += 1
        if rows:
            tables.append(YearTable(cells[years[0][0]].start, max(c.end for r in rows for _, _, c in r.values if c)
                                    if any(c for r in rows for _, _, c in r.values) else rows[-1].label.end,
                                    tuple(rows)))
        i = j
    return tables


def _column_tables(lines: list[tuple[int, str]]) -> list[YearTable]:
    """Tables printed one cell a line, each closed by a bar: the years in a run, then a label and a cell per year."""
    stream: list[Cell] = []  # the cells of consecutive one-cell lines
    runs: list[list[Cell]] = []
    for at, line in lines:
        cells = _cells_of(line, at) if _BORDER.search(line) else []
        if _BORDER.search(line) and sum(1 for c in cells if c.text) <= 1:
            stream.append(next((c for c in cells if c.text), Cell("", at, at)))
            continue
        if len(stream) >= 6:
            runs.append(stream)
        stream = []
    if len(stream) >= 6:
        runs.append(stream)
    tables = []
    for cells in runs:
        texts = [c for c in cells if c.text]
        start = next((i for i in range(len(texts) - 1) if len(_years(texts[i:i + 2]) or ()) == 2), None)
        if start is None:
            continue
        k = 2
        while start + k < len(texts) and YEAR_CELL.match(texts[start + k].text) \
                and len(_years(texts[start:start + k + 1]) or ()) == k + 1:
            k += 1
        years = [(int(m.group("year")), m.group("word")) for m in (YEAR_CELL.match(c.text) for c in texts[start:start + k])]
        rows, j = [], start + k
        while j + k < len(texts) + 1 and _label(texts[j]):
            values = texts[j + 1:j + 1 + k]
            if len(values) < k or any(_label(v) for v in values):
                break
            rows.append(YearRow(texts[j], tuple((year, word, v) for (year, word), v in zip(years, values))))
            j += k + 1
        if rows:
            tables.append(YearTable(texts[start].start, rows[-1].values[-1][2].end, tuple(rows)))
    return tables


# What a column of a table of figures holds, as its heading says (指标名称 | 单位 | 全年目标 | 1-11月完成 | 同比增长%):
# the unit, a target, a forecast, what was done (so far: 累计), the growth of what was done; a base (去年同期, 上年) or a
# rate (完成率, 占比) is no figure of the period
_COLUMN_UNIT = re.compile(r"^(?:计量)?单位$")
_COLUMN_GROWTH = re.compile(r"增长|增速|增幅|同比|比上年|[±]")
_COLUMN_SKIP = re.compile(r"去年|上年|同期|完成率|进度|占比|比重|排名|位次|备注|序号|差距")
_COLUMN_STATUS = (("目标", re.compile(r"目标|计划|任务|预期")), ("预计", re.compile(r"预计|预测|预估")),
                  ("累计", re.compile(r"累计")), ("实际", re.compile(r"完成|实际|实绩|实现|本期|本年|当年|累计|数值|总量|总额")))
_COLUMN_PERIOD = re.compile(r"(?:(?:19|20)\d{2}年)?(?P<p>(?:1[0-2]|[1-9])\s*[-—–~～至到]\s*(?:1[0-2]|[1-9])\s*月|上半年|下半年|前三季度|"
                            r"[一二三四1-4]季度|全年)")


@dataclass(frozen=True)
class Column:
    index: int
    role: str  # 单位 | 增长 | a status (目标, 预计, 累计, 实际)
    period: str | None  # the period its heading names (1-11月, 上半年, 全年)
    heading: str


@dataclass(frozen=True)
class StatusRow:
    label: Cell
    unit: str | None  # from the 单位 column
    values: tuple[tuple[Column, Cell], ...]  # the figures' cells, by their columns
    growth: Cell | None


@dataclass(frozen=True)
class StatusTable:
    start: int
    end: int
    rows: tuple[StatusRow, ...]


def _columns(cells: list[Cell]) -> list[Column] | None:
    """The columns a header row of words names, or None when it is no header of a table of figures (no column of
    figures, or years in a run: ``_years``)."""
    if len(cells) < 3 or _years(cells) or any(NUMBER_CELL.match(c.text) for c in cells):
        return None
    out = []
    for i, c in enumerate(cells[1:], 1):
        text = re.sub(r"\s+", "", c.text)
        period = _COLUMN_PERIOD.search(text)
        if _COLUMN_UNIT.match(text):
            out.append(Column(i, "单位", None, text))
        elif _COLUMN_GROWTH.search(text) and not _COLUMN_STATUS[0][1].search(text):
            out.append(Column(i, "增长", None, text))
        elif _COLUMN_SKIP.search(text):
            continue
        elif status := next((s for s, rx in _COLUMN_STATUS if rx.search(text)), None):
            out.append(Column(i, status, period.group("p").replace(" ", "") if period else None, text))
        elif period:
            out.append(Column(i, "实际", period.group("p").replace(" ", ""), text))  # (1-11月 alone: what was done)
    return out if any(c.role not in ("单位", "增长") for c in out) else None


def _status_tables(lines: list[tuple[int, str]]) -> list[StatusTable]:
    """Tables kept a row a line whose header names what each column holds (单位, 全年目标, 1-11月完成, 同比增长%)."""
    tables, i = [], 0
    while i < len(lines):
        at, line = lines[i]
        header = _cells_of(line, at) if _BORDER.search(line) else []
        columns = _columns(header)
        if not columns:
            i += 1
            continue
        rows, j = [], i + 1
        unit_col = next((c for c in columns if c.role == "单位"), None)
        growth_col = next((c for c in columns if c.role == "增长"), None)
        while j < len(lines):
            row_at, row_line = lines[j]
            if not _BORDER.search(row_line):
                break
            row = _cells_of(row_line, row_at)
            if 2 <= len(row) < len(header):  # (the row's last cells empty: the bars or tabs that closed them dropped)
                row += [Cell("", row[-1].end, row[-1].end)] * (len(header) - len(row))
            if len(row) != len(header) or not _label(row[0]):
                if any(c.text for c in row):
                    break
                j += 1
                continue
            values = tuple((c, row[c.index]) for c in columns if c.role not in ("单位", "增长")
                           and NUMBER_CELL.match(row[c.index].text.replace(" ", "")))
            rows.append(StatusRow(row[0], row[unit_col.index].text if unit_col else None, values,
                                  row[growth_col.index] if growth_col and row[growth_col.index].text else None))
            j += 1
        if rows:
            ends = [c.end for r in rows for _, c in r.values] + [r.label.end for r in rows]
            tables.append(StatusTable(header[0].start, max(ends), tuple(rows)))
        i = j
    return tables


def year_tables(text: str) -> list[YearTable | StatusTable]:
    """The tables of figures in ``text``, in the order they stand: by year (see the module's docstring), and those
    whose header says what each column holds (``_status_tables``)."""
    if not _BORDER.search(text):
        return []
    lines, at = [], 0
    for line in text.split("\n"):
        lines.append((at, line))
        at += len(line) + 1
    tables = _row_tables(lines)
    taken = [(t.start, t.end) for t in tables]
    tables += [t for t in _column_tables(lines) if not any(a <= t.start < b for a, b in taken)]
    taken = [(t.start, t.end) for t in tables]
    tables += [t for t in _status_tables(lines) if not any(a <= t.start < b or t.start <= a < t.end for a, b in taken)]
    return sorted(tables, key=lambda t: t.start)


def rows_from_column_cells(lines: list[str]) -> list[str]:
    """``lines`` with each table printed one cell a line (``_column_tables``) set back a row a line, its cells parted by
    tabs (年份 2004 2005…, 工业总产值(亿元) 129.3 172.5…), as the Word and web readers leave a table: the cleaner would
    take its lone numbers for a page's counters, and a row holds a label and its values together."""
    if not any("|" in line or "｜" in line for line in lines):
        return lines
    at, offsets = 0, []
    for line in lines:
        offsets.append((at, line))
        at += len(line) + 1
    tables = _column_tables(offsets)
    if not tables:
        return lines
    out, i = [], 0
    for table in tables:
        first = next(k for k, (a, line) in enumerate(offsets) if a <= table.start <= a + len(line))
        last = next(k for k, (a, line) in enumerate(offsets) if a <= table.end <= a + len(line))
        while first > i and re.fullmatch(r"\s*[|｜]\s*", offsets[first - 1][1]):
            first -= 1  # (the table's empty corner cells over its first column: its bars alone)
        out += [line for _, line in offsets[i:first]]
        out.append("\t".join(["年份"] + [f"{year}{word or ''}" for year, word, _ in table.rows[0].values]))  # (as printed)
        out += ["\t".join([row.label.text] + [cell.text if cell else "" for _, _, cell in row.values]) for row in table.rows]
        i = last + 1
    return out + [line for _, line in offsets[i:]]


def without_table_rows(text: str) -> str:
    """``text`` less the lines of a table of figures (a row of cells parted by tabs or bars, two of them numbers or
    years at least): what reads a text's kind, year and period reads its prose, not its tables' columns."""
    if not _BORDER.search(text):
        return text
    def row(line: str) -> bool:
        cells = [c.text for c in _cells_of(line, 0)] if _BORDER.search(line) else []
        return sum(1 for c in cells if NUMBER_CELL.match(c) or YEAR_CELL.match(c)) >= 2
    return "\n".join(line for line in text.split("\n") if not row(line))
