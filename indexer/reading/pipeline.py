"""The reading stage as one call: file → ``FileReading``.

``read_file`` composes read → clean → split → describe → key figures and never raises for a bad
file: whatever goes wrong comes back as ``skipped`` with a Chinese sentence.
It imports nothing from the index or the web layer: reading is pure.
"""
from __future__ import annotations

import codecs
import os
from pathlib import Path

from ..model import FileReading, Report
from ..text import CORRECTIONS_FILE
from .clean import clean_text, normalize_line, page_credits, strip_tools_after
from .corrections import Corrections, apply_corrections, load_corrections
from .credits import lift_credits
from .describe import apply_folder_hints, describe_report
from .formats import OUTSIDE, SUPPORTED_SUFFIXES, read_path
from .indicators import extract_indicators
from . import scripts, titles
from .split import is_off_topic, split_reports, split_sections

__all__ = ["CORRECTIONS_FILE", "PIPELINE_VERSION", "SUPPORTED_SUFFIXES", "iter_corpus_files", "load_corrections",
           "read_file"]

# Bump when a change to reading, cleaning, splitting or describing changes what is
# indexed: the build fingerprint includes it, so the next `parksearch index` rebuilds.
PIPELINE_VERSION = "154"  # moves with every change to what is read; what each changed: docs/reading-versions.md

INDEX_DIR_NAMES = {"index"}


def iter_corpus_files(corpus_root: Path) -> list[Path]:
    """Files of the corpus, sorted; hidden files, the corrections file and the index
    folder are not part of it. Unsupported files are listed (they get skipped with a
    reason), so a user learns why a file did not make it into the index."""
    root = Path(corpus_root)
    out = []
    # os.walk does not follow symlinked folders (no loops) and reports unreadable
    # folders through onerror instead of raising.
    for folder, dirs, files in os.walk(root, onerror=lambda error: None):
        rel_folder = Path(folder).relative_to(root)
        dirs[:] = sorted(d for d in dirs if not d.startswith(".")
                         and not (rel_folder == Path(".") and d in INDEX_DIR_NAMES))
        for name in files:
            if name.startswith(".") or name == CORRECTIONS_FILE or name.startswith("~$"):
                continue
            out.append(Path(folder) / name)
    return sorted(out, key=lambda p: p.relative_to(root).as_posix())


def source_name(path: Path, corpus_root: Path) -> str:
    """The file's path relative to the corpus, "/"-separated, always valid UTF-8.

    Not resolved: a file reached through a symlink keeps the name it has in the
    corpus. A name that is not UTF-8 on disk (a zip from a Chinese Windows PC
    unpacked on Linux) is read as GB18030 when that decodes, else its bad bytes are
    shown as \\xNN, so the index never holds an unencodable string.
    """
    try:
        rel = path.relative_to(corpus_root).as_posix()
    except ValueError:
        try:
            rel = path.resolve().relative_to(corpus_root.resolve()).as_posix()
        except ValueError:
            rel = path.name
    try:
        rel.encode("utf-8")
        return rel
    except UnicodeEncodeError:
        raw = rel.encode("utf-8", "surrogateescape")
        try:
            return raw.decode("gb18030")
        except UnicodeDecodeError:
            return raw.decode("utf-8", "backslashreplace")




def outside_corpus(path: Path, corpus_root: Path) -> str | None:
    """Why ``path`` must not be read, or None: the corpus folder is a boundary, and a file
    (or a link, or a link to a folder on the way) that resolves outside it is never read."""
    try:
        real = Path(os.path.realpath(path))
        root = Path(os.path.realpath(corpus_root))
    except (OSError, ValueError):
        return OUTSIDE
    return None if real != root and real.is_relative_to(root) else OUTSIDE


def source_path(corpus_root: Path, source: str) -> Path | None:
    """The file inside ``corpus_root`` whose ``source_name`` is ``source`` (its inverse), or None.

    A name that was not UTF-8 on disk was shown as GB18030 or with \\xNN escapes: the
    bytes are rebuilt both ways and only a candidate that names ``source`` again counts.
    """
    root = Path(corpus_root)
    candidates = [source]
    for to_bytes in (lambda s: s.encode("gb18030"), lambda s: codecs.escape_decode(s.encode("utf-8"))[0]):
        try:
            candidates.append(os.fsdecode(to_bytes(source)))
        except (UnicodeError, ValueError):
            continue
    for name in dict.fromkeys(candidates):
        path = root / name
        try:
            if source_name(path, root) == source and path.is_file() and outside_corpus(path, root) is None:
                return path
        except (OSError, ValueError):
            continue
    return None


def read_file(path: Path, corpus_root: Path, corrections: Corrections | None = None) -> FileReading:
    """Read one corpus file into reports with sections and metadata."""
    path, corpus_root = Path(path), Path(corpus_root)
    source = source_name(path, corpus_root)
    outside = outside_corpus(path, corpus_root)
    if outside and os.path.exists(path):  # (a dangling link is the reader's to explain)
        return FileReading(source, None, None, skipped=outside)
    try:
        return _read(path, corpus_root, source, corrections)
    except Exception as exc:  # a reading bug must cost one file, not the whole index
        return FileReading(source, None, None, skipped=f"读取时出错，已跳过：{type(exc).__name__}: {exc}")


# a short report in the reader's own words, read by warm_up
_WARM_UP = ("青岭县工业园区2023年工作总结\n一、主要成效\n今年以来，园区完成工业总产值109.4亿元，同比增长8%。"
            "新签约项目12个，到位资金35亿元。\n二、下一步工作打算\n力争全年实现营业收入150亿元。")


def warm_up() -> None:
    """Build the reader's first-use tables (the gazetteer, the park heads in both scripts, the tagger) by reading a
    short report in memory: a build's forked workers then inherit them instead of each building its own."""
    credits = page_credits(_WARM_UP)
    raws, page_title = split_reports(clean_text(_WARM_UP), "", credits.title)
    for n, r in enumerate(raws, start=1):
        report = Report(n=n, title=r.title, text=r.text, sections=split_sections(r.text, {}))
        describe_report(report, page_title, credits)
        extract_indicators(report)


def _read(path: Path, corpus_root: Path, source: str, corrections: Corrections | None) -> FileReading:
    raw = read_path(path, corpus_root)  # checked again on the open file: a link swapped in late is refused
    fr = FileReading(source, raw.format, raw.encoding, skipped=raw.skipped)
    if raw.skipped:
        return fr
    with scripts.for_page(raw.text):  # (a page holding Traditional characters: the rules match every form)
        return _read_reports(fr, raw, path, source, corrections)


def _read_reports(fr: FileReading, raw, path: Path, source: str, corrections: Corrections | None) -> FileReading:
    text = clean_text(raw.text)
    credits = page_credits(raw.text)
    marked = {normalize_line(t): lv for lv, t in raw.headings}
    # (the rows read as the cleaning reads them, less the reader tools a printed page glues on: 标题: 某某 [打印本页])
    field = titles.field_title([strip_tools_after(normalize_line(x)) for x in raw.text.split("\n", 40)[:40] if x.strip()])
    # (a page in English: its headline read off its own rows, which the cleaning runs together as it joins a PDF's lines)
    english = titles.title_from_latin_headline([normalize_line(x) for x in raw.text.split("\n", 80)[:80] if x.strip()])
    raws, page_title = split_reports(text, normalize_line(path.stem), credits.title, field, english)
    kept = [r for r in raws if not (len(raws) > 1 and is_off_topic(r))]
    for r in kept:
        title, site = titles.strip_named_site(r.title, credits.sources)
        if site:  # 标题-强生搬场 / 来源:上海强生搬场运输有限公司: the site's name after a dash, as its source row names it
            r.title, r.why_title = title, f"{r.why_title}，去掉标题后网站的名称「{site}」（页面注明的来源中也有）"
    if len(kept) == 1 and credits.document_title and kept[0].title != credits.document_title:
        # (the one report of a document site's file, titled as the site names the file's page images: the text printed
        # under them may start behind a label, 精编范文 …, or lose the year its file title holds)
        r = kept[0]
        r.why_title = f"文档站给文件各页图片的说明注明文件标题「{credits.document_title}」，以它为标题（页面正文读出的是「{r.title}」）"
        r.text = "\n".join([credits.document_title] + r.text.split("\n")[1:])
        r.title = credits.document_title
    for r in raws:
        if r not in kept:
            fr.notes.append(f"「{r.line or r.title}」与园区无关（正文没有提到园区、开发区或管委会），已略去")
    for n, r in enumerate(kept, start=1):
        report = Report(n=n, title=r.title, text=r.text, sections=split_sections(r.text, marked))
        report.evidence["title"] = r.why_title
        describe_report(report, page_title, credits)
        apply_folder_hints(report, source)
        apply_corrections(report, source, corrections)
        lift_credits(report)  # (read as evidence of news above; not searchable)
        report.indicators = extract_indicators(report)  # after corrections: a plan's figures are targets
        fr.reports.append(report)
    if not fr.reports:
        fr.skipped = "文件中没有可读的报告正文"
    return fr
