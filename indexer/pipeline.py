"""Reading a corpus file into reports: read → clean → split → describe.

Walking-skeleton version: UTF-8 / GB18030 text, one report per file, sections at
一、 headings. The reading issue replaces this with the full stage modules while
keeping ``read_file`` and ``iter_corpus_files`` as the interface.
"""
from __future__ import annotations

import re
from pathlib import Path

from .model import FileReading, Report, Section

SUPPORTED_SUFFIXES = (".txt",)
CORRECTIONS_FILE = "parksearch-meta.csv"

_HEADING = re.compile(r"^[一二三四五六七八九十]+、.{1,40}$", re.M)
_YEAR = re.compile(r"(19|20)\d\d(?=年)")
_PARK = re.compile(r"[\u4e00-\u9fff]{2,6}工业园区?")


def iter_corpus_files(corpus_root: Path):
    """Every candidate file under the corpus folder, sorted, hidden files left out."""
    for path in sorted(corpus_root.rglob("*")):
        rel = path.relative_to(corpus_root)
        if any(part.startswith(".") for part in rel.parts) or not path.is_file():
            continue
        if path.name == CORRECTIONS_FILE:
            continue
        yield path


def load_corrections(corpus_root: Path):
    return None


def read_file(path: Path, corpus_root: Path, corrections=None) -> FileReading:
    source = path.relative_to(corpus_root).as_posix()
    if path.suffix.lower() not in SUPPORTED_SUFFIXES:
        return FileReading(source, None, None, f"不支持的文件类型 {path.suffix}")
    data = path.read_bytes()
    if not data.strip():
        return FileReading(source, "txt", None, "文件为空")
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        return FileReading(source, "txt", None, "无法识别文件编码")
    text = "\n".join(line.strip() for line in text.splitlines() if line.strip())
    title = text.split("\n", 1)[0][:60]
    year = _YEAR.search(title) or _YEAR.search(text)
    parks = sorted(set(_PARK.findall(text)))
    report = Report(
        n=1,
        title=title,
        text=text,
        park=parks[0] if parks else None,
        parks_mentioned=parks,
        year=int(year.group(0)) if year else None,
        sections=_sections(text),
    )
    return FileReading(source, "txt", encoding.replace("-sig", ""), None, [report])


def _sections(text: str) -> list[Section]:
    starts = [m.start() for m in _HEADING.finditer(text)]
    sections = []
    first_line_end = text.find("\n") + 1 if "\n" in text else len(text)
    if not starts or starts[0] > first_line_end:
        sections.append(Section(None, 0, "其他", first_line_end, starts[0] if starts else len(text)))
    for i, start in enumerate(starts):
        end = starts[i + 1] if i + 1 < len(starts) else len(text)
        heading = text[start:text.find("\n", start) if "\n" in text[start:end] else end]
        sections.append(Section(heading, 1, "其他", start, end))
    return sections
