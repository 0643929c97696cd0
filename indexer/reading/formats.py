"""Reading: bytes → text.

The first stage of the pipeline. It decides what a corpus file is (txt, html,
docx, doc/wps, mhtml, pdf), how its text is encoded, and returns the text as lines with the
document's own block structure kept (one paragraph per line). It never raises for
a bad file: an empty, binary, corrupt or unsupported file comes back with
``skipped`` set to a Chinese sentence a user can act on.

Why it is shaped so:

- Encodings are decided by decoding *strictly* with each plausible candidate and
  scoring how much of the result is ordinary Chinese (``data/common_chars.txt``:
  the most frequent characters of real reports, simplified and traditional).
  GB18030 accepts almost any byte string, so "it decoded" proves nothing; the
  score is what tells Big5 from GBK. This avoids a detection dependency.
- HTML and DOCX are parsed with the standard library (html.parser, zipfile +
  ElementTree); PDF needs a third-party parser (pypdf), and Word 97–2003 / WPS
  files a reader of their compound-file container (olefile; msword.py reads the
  Word text inside it).
- Lines a format marks as headings (DOCX heading styles, HTML h1–h6) are
  returned in ``headings`` so the splitter can treat them as headings even when
  they carry no 一、/（一） numbering.
"""
from __future__ import annotations

import email
import email.policy
import io
import os
from . import scripts as re  # (the re module, each pattern matching either script: scripts.py)
import stat
import zipfile
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from xml.etree import ElementTree

from ..text import CJK, DATA_DIR
from .msword import DocError, doc_text

TEXT_SUFFIXES = {".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml"}
MHTML_SUFFIXES = {".mht", ".mhtml"}  # a page saved as one file, pictures and all
WORD_BINARY_SUFFIXES = {".doc", ".wps"}  # Word 97–2003; WPS 文字 saves .wps in the same format
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | MHTML_SUFFIXES | WORD_BINARY_SUFFIXES | {".docx", ".pdf"}

_COMMON = frozenset(
    (DATA_DIR / "common_chars.txt").read_text(encoding="utf-8").strip()
)


@dataclass
class ReadResult:
    """What reading one file gave: text (lines joined by "\\n") or a skip reason."""

    format: str | None
    encoding: str | None
    text: str = ""
    skipped: str | None = None
    # (level, text) of lines the format itself marks as headings
    headings: list[tuple[int, str]] = field(default_factory=list)


# ---------------------------------------------------------------- encodings

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig", "utf-8"),
    (b"\xff\xfe", "utf-16-le", "utf-16"),
    (b"\xfe\xff", "utf-16-be", "utf-16"),
)

# codec used to decode → name reported to the user
_CANDIDATES = (
    ("utf-8", "utf-8"),
    ("gb18030", "gb18030"),
    ("cp950", "big5"),  # cp950 is Big5 as Windows writes it (a superset)
    ("big5hkscs", "big5"),
)


def plausibility(text: str) -> float:
    """How much a decoded string looks like ordinary Chinese text (0..1).

    Common CJK characters and ASCII/CJK punctuation count for it; rare
    characters count half; private-use, control and replacement characters
    count against it.
    """
    if not text:
        return 0.0
    good = bad = 0.0
    for ch in text:
        o = ord(ch)
        if ch in _COMMON:
            good += 1
        elif ch in "\n\r\t" or 0x20 <= o < 0x7F or 0x3000 <= o <= 0x303F or 0xFF00 <= o <= 0xFFEF:
            good += 0.5
        elif 0x4E00 <= o <= 0x9FFF:
            good += 0.15  # a real but rare character: weak evidence
        elif o < 0x20 or ch == "\ufffd" or 0xE000 <= o <= 0xF8FF or 0xD800 <= o <= 0xDFFF:
            bad += 3
        else:
            good += 0.05
    return max(0.0, (good - bad) / len(text))


def _looks_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM: ASCII-range characters leave NULs on one side."""
    if len(data) < 4 or len(data) % 2:
        return None
    even, odd = data[0::2], data[1::2]
    nul_even, nul_odd = even.count(0), odd.count(0)
    half = len(data) / 2
    if nul_odd > 0.2 * half and nul_even < 0.02 * half:
        return "utf-16-le"
    if nul_even > 0.2 * half and nul_odd < 0.02 * half:
        return "utf-16-be"
    return None


# every byte but the control characters a text file does not hold (tab, newline, form feed, return and escape
# are text): deleting these from a sample leaves its controls, counted by C instead of a Python step per byte
_NOT_CONTROL = bytes(b for b in range(256) if not (b < 0x20 and b not in (9, 10, 12, 13, 27)))


def _is_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = len(sample.translate(None, _NOT_CONTROL))
    return controls > 0.05 * len(sample)


def decode_text(data: bytes, declared: str | None = None) -> tuple[str | None, str | None]:
    """Decode bytes of a text file: (text, encoding name) or (None, None) when it is
    not text. ``declared`` (e.g. an HTML meta charset) is tried first but must still
    decode strictly and read as plausible Chinese."""
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec).lstrip("\ufeff"), name
            except UnicodeDecodeError:
                break
    utf16 = _looks_utf16(data)
    if utf16:
        try:
            return data.decode(utf16), "utf-16"
        except UnicodeDecodeError:
            pass
    candidates = list(_CANDIDATES)
    if len(data) % 2 == 0:
        # UTF-16 of pure CJK has no NULs to give it away: let the score decide
        candidates += [("utf-16-le", "utf-16"), ("utf-16-be", "utf-16")]
    if _is_binary(data):
        candidates = candidates[-2:] if len(data) % 2 == 0 else []
    if declared:
        codec = _codec_for(declared)
        if codec:
            candidates.insert(0, (codec, _name_for(codec)))
    best: tuple[float, str, str] | None = None
    for codec, name in candidates:
        try:
            text = data.decode(codec)
        except (UnicodeDecodeError, LookupError):
            continue
        if codec == "utf-8":  # strict UTF-8 success on non-ASCII is near-certain
            return text, name
        score = plausibility(text)
        if best is None or score > best[0] + 1e-9:
            best = (score, text, name)
    if best is None or best[0] < (0.5 if best[2] == "utf-16" else 0.2):
        return None, None
    return best[1], best[2]


_CODEC_ALIASES = {
    "gb2312": "gb18030", "gbk": "gb18030", "gb18030": "gb18030", "x-gbk": "gb18030",
    "cp936": "gb18030", "big5": "cp950", "big-5": "cp950", "cp950": "cp950",
    "big5-hkscs": "big5hkscs", "utf-8": "utf-8", "utf8": "utf-8",
    "utf-16": "utf-16", "unicode": "utf-16",
}


def _codec_for(declared: str) -> str | None:
    return _CODEC_ALIASES.get(declared.strip().lower())


def _name_for(codec: str) -> str:
    return {"cp950": "big5", "big5hkscs": "big5", "utf-8": "utf-8", "gb18030": "gb18030"}.get(codec, codec)


# ---------------------------------------------------------------- html

_SKIP_TAGS = {"script", "style", "nav", "header", "footer", "aside", "noscript", "iframe",
              "form", "select", "button", "template", "svg", "head", "title"}
_BLOCK_TAGS = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr",
               "table", "section", "article", "blockquote", "pre", "dd", "dt", "dl", "hr",
               "main", "center", "td", "th"}
_VOID_TAGS = {"br", "hr", "img", "meta", "link", "input", "wbr", "area", "base", "col", "source"}
# class/id words of page furniture: breadcrumbs, related lists, share bars, comments
_NOISE_ATTR = re.compile(
    r"(^|[\s_-])(related|relate|recommend|recom|breadcrumb|crumbs?|sidebar|side-bar|"
    r"comment|comments|share|footer|header|nav|navbar|menu|advert|ads?|hot|download|tags?|"
    r"pager|pagination|copyright|xgtj|xgwz|tuijian)([\s_-]|\d|$)",
    re.I,
)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_-]+)""", re.I)


# the longest cell a row of a table of figures holds (a label with its unit, a figure, a year): longer, it is a page's
# layout (its columns in cells), whose cells stay lines of their own
_ROW_CELL_MAX = 40
# …and one of its cells at least a figure or a year (120.5, 1,234, 2021年, 2023年预计): a row of a table of figures
_FIGURE_CELL = re.compile(r"[-+]?\d[\d,]*(?:\.\d+)?\s*%?|(?:19|20)\d{2}\s*年度?\S{0,4}")


def _figures_row(cells: list[str]) -> bool:
    """A row of a table of figures: a label in Chinese opening it, a figure or a year among the cells after it."""
    return bool(cells) and bool(re.search(f"[{CJK}]", cells[0])) and any(_FIGURE_CELL.fullmatch(c.strip()) for c in cells[1:])


def _table_of_figures(rows: list[list[str]]) -> bool:
    """Whether a table's rows of short cells make a table of figures: two rows of figures, or one under a header of three
    cells or more (a pager, 首页 | 2 | 3 | 下一页, or a footer's row with a year is one row alone)."""
    figures = sum(1 for cells in rows if _figures_row(cells))
    return figures >= 2 or figures == 1 and sum(1 for cells in rows if len(cells) >= 3) >= 2


class _HTMLTextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.headings: list[tuple[int, str]] = []
        self._buf: list[str] = []
        self._stack: list[tuple[str, bool]] = []  # (tag, skipping)
        self._heading: int | None = None
        self._row: list[str] | None = None  # the cells of the table row being read (<tr>)
        self._row_from = 0  # where the row's lines start in ``lines``
        self._cell_from: int | None = None  # where the cell's lines start
        self._rows: list[tuple[int, int, list[str]]] | None = None  # the table's rows read: (from, to, cells)

    def _skipping(self) -> bool:
        return any(skip for _, skip in self._stack)

    def _flush(self) -> None:
        line = " ".join("".join(self._buf).split())
        self._buf = []
        if line:
            self.lines.append(line)
            if self._heading is not None:
                self.headings.append((self._heading, line))

    def _row_done(self) -> None:
        row, self._row = self._row, None
        if row is not None and self._rows is not None:
            self._rows.append((self._row_from, len(self.lines), row))

    def _table_done(self) -> None:
        """A table read: a table of figures (one row at least of short cells, a figure or a year among them:
        工业总产值（亿元） | 120.5 | 135.2) has each row of short cells as one line, its cells parted by tabs, as a Word
        table's row is (the figure reader reads tables by their rows; its header of words, 指标名称 | 单位 | 全年目标, with
        them); any other table (a page's layout, a cell holding paragraphs; a form of words) keeps its cells' lines."""
        rows, self._rows = self._rows or [], None
        short = [len(cells) >= 2 and sum(1 for c in cells if c) >= 2
                 and all(len(c) <= _ROW_CELL_MAX and "\n" not in c for c in cells) for _, _, cells in rows]
        if not _table_of_figures([cells for ok, (_, _, cells) in zip(short, rows) if ok]):
            return
        for ok, (a, b, cells) in reversed(list(zip(short, rows))):
            if ok:
                self.lines[a:b] = ["\t".join(cells)]

    def handle_starttag(self, tag, attrs):
        tag = tag.lower()
        if tag == "table" and not self._skipping():
            self._flush()
            # (a table inside a cell is a layout's: the outer table is read line by line, the inner one as a table)
            self._row, self._rows = None, []
        elif tag == "tr" and self._rows is not None and not self._skipping():
            self._flush()
            if self._row is not None:
                self._row_done()
            self._row, self._row_from = [], len(self.lines)
        elif tag in ("td", "th") and self._row is not None:
            self._flush()
            self._cell_from = len(self.lines)
        if tag in _BLOCK_TAGS:
            self._flush()
        if tag in _VOID_TAGS:
            return
        attr = " ".join(v or "" for k, v in attrs if k in ("class", "id"))
        skip = tag in _SKIP_TAGS or bool(attr and _NOISE_ATTR.search(attr))
        self._stack.append((tag, skip))
        if tag in ("h1", "h2", "h3", "h4", "h5", "h6") and not self._skipping():
            self._heading = int(tag[1]) - 1  # h1 is the page title (0), h2 a level-1 heading

    def handle_endtag(self, tag):
        tag = tag.lower()
        if tag in _VOID_TAGS:
            return
        if any(t == tag for t, _ in self._stack):
            while self._stack:
                t, _ = self._stack.pop()
                if t == tag:
                    break
        if tag in _BLOCK_TAGS:
            self._flush()
            if tag.startswith("h") and len(tag) == 2:
                self._heading = None
        if tag in ("td", "th") and self._row is not None and self._cell_from is not None:
            self._row.append("\n".join(self.lines[self._cell_from:]))
            self._cell_from = None
        elif tag == "tr" and self._row is not None:
            self._row_done()
        elif tag == "table" and self._rows is not None:
            if self._row is not None:
                self._row_done()
            self._table_done()

    def handle_data(self, data):
        if not self._skipping():
            self._buf.append(data)

    def close(self):
        super().close()
        self._flush()


def read_html(data: bytes, charset: str | None = None) -> ReadResult:
    """An HTML page's text; ``charset``: what a container declared (MHTML), else the meta tag."""
    m = _META_CHARSET.search(data[:4096])
    declared = m.group(1).decode("ascii", "replace") if m else charset
    text, enc = decode_text(data, declared)
    if text is None:
        return ReadResult("html", None, skipped="不是文本文件（含二进制内容）")
    parser = _HTMLTextExtractor()
    try:
        parser.feed(text)
        parser.close()
    except Exception:  # html.parser is lenient; this is a last resort
        return ReadResult("html", enc, skipped="HTML 文件无法解析")
    return ReadResult("html", enc, "\n".join(parser.lines), headings=parser.headings)


# ---------------------------------------------------------------- web archives

def read_mhtml(data: bytes) -> ReadResult:
    """A page saved as one file (.mht / .mhtml: a browser's "single file", Word's "web page,
    single file"): a MIME message whose first text/html part is the page."""
    try:
        message = email.message_from_bytes(data, policy=email.policy.compat32)
        parts = [message] if not message.is_multipart() else list(message.walk())
        page = next((p for p in parts if p.get_content_type() == "text/html"), None)
        body = page.get_payload(decode=True) if page is not None else None
    except (ValueError, TypeError, LookupError, IndexError):
        body = None
    if not body:
        return ReadResult("mhtml", None, skipped="网页存档（.mht）中没有找到网页正文")
    result = read_html(body, page.get_content_charset())
    result.format = "mhtml"
    return result


# ---------------------------------------------------------------- docx

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_HEADING_NAME = re.compile(r"^(heading|标题|標題)\s*(\d)$", re.I)


def _docx_styles(zf: zipfile.ZipFile) -> dict[str, int]:
    """styleId → heading level (0 = the document title) from styles.xml."""
    levels: dict[str, int] = {}
    try:
        root = ElementTree.fromstring(_docx_part(zf, "word/styles.xml"))
    except (KeyError, ElementTree.ParseError, _TooBig, zipfile.BadZipFile, OSError, ValueError):
        return levels
    for style in root.iter(f"{_W}style"):
        sid = style.get(f"{_W}styleId") or ""
        name_el = style.find(f"{_W}name")
        name = (name_el.get(f"{_W}val") if name_el is not None else "") or ""
        m = _HEADING_NAME.match(name.strip())
        if m:
            levels[sid] = int(m.group(2))
        elif name.strip().lower() in ("title", "标题", "標題"):
            levels[sid] = 0
        else:
            ol = style.find(f"{_W}pPr/{_W}outlineLvl")
            if ol is not None and (ol.get(f"{_W}val") or "").isdigit() and int(ol.get(f"{_W}val")) < 9:
                levels[sid] = int(ol.get(f"{_W}val")) + 1
    return levels


# What one part of a .docx may unpack to. A long report's document.xml is a few MB; a
# small zip that unpacks to gigabytes (a "zip bomb") would fill the memory of the build.
# zipfile stops at the size a part declares (and fails its checksum past it), so the
# declared size is checked before anything is unpacked.
MAX_DOCX_PART_BYTES = 64 * 1024 * 1024


def _docx_part(zf: zipfile.ZipFile, name: str) -> bytes:
    info = zf.getinfo(name)  # KeyError: no such part
    if info.file_size > MAX_DOCX_PART_BYTES:
        raise _TooBig(info.file_size)
    return zf.read(info)


class _TooBig(Exception):
    pass


def _docx_text(p) -> str:
    """A .docx paragraph's text: its runs, its tabs and its line breaks."""
    parts: list[str] = []
    for el in p.iter():
        if el.tag == f"{_W}t" and el.text:
            parts.append(el.text)
        elif el.tag == f"{_W}tab":
            parts.append("\t")
        elif el.tag in (f"{_W}br", f"{_W}cr"):
            parts.append("\n")
    return "".join(parts).strip()


def read_docx(data: bytes) -> ReadResult:
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        xml = _docx_part(zf, "word/document.xml")
    except _TooBig as big:
        return ReadResult("docx", None, skipped=(
            f"docx 文件解压后过大（正文 {big.args[0] / 1024 / 1024:.0f} MB，超过 {MAX_DOCX_PART_BYTES // 1024 // 1024} MB 的上限），"
            "可能是恶意构造的压缩包，已跳过"))
    except (zipfile.BadZipFile, EOFError, OSError, ValueError, NotImplementedError):
        return ReadResult("docx", None, skipped="docx 文件已损坏，无法解压")
    except KeyError:
        return ReadResult("docx", None, skipped="docx 文件缺少正文（word/document.xml）")
    try:
        root = ElementTree.fromstring(xml)
    except ElementTree.ParseError:
        return ReadResult("docx", None, skipped="docx 文件已损坏，正文 XML 无法解析")
    styles = _docx_styles(zf)
    lines: list[str] = []
    headings: list[tuple[int, str]] = []
    # a table of figures (a row at least of short cells, one a figure or a year) has each row of short cells read as one
    # line of cells parted by tabs, its header of words with it, as the web reader and Word's binary reader give a row:
    # the figure reader reads a table by its rows; any other table keeps its paragraphs' lines
    in_row: set[int] = set()
    row_at: dict[int, str] = {}
    read: dict[int, str] = {}  # a table's paragraphs' text, read once
    for tbl in root.iter(f"{_W}tbl"):
        rows = []
        for tr in tbl.findall(f"{_W}tr"):
            cells = [[read.setdefault(id(p), _docx_text(p)) for p in tc.iter(f"{_W}p")] for tc in tr.findall(f"{_W}tc")]
            texts = [" ".join(t for t in cell if t) for cell in cells]
            paragraphs = [p for tc in tr.findall(f"{_W}tc") for p in tc.iter(f"{_W}p")]
            short = len(texts) >= 2 and sum(1 for t in texts if t) >= 2 and bool(paragraphs) \
                and all(len(t) <= _ROW_CELL_MAX and "\n" not in t for t in texts) \
                and all(sum(1 for t in cell if t) <= 1 for cell in cells)
            rows.append((short, texts, paragraphs))
        if _table_of_figures([texts for short, texts, _ in rows if short]):
            for short, texts, paragraphs in rows:
                if short:
                    in_row.update(id(p) for p in paragraphs)
                    row_at[id(paragraphs[0])] = "\t".join(texts)
    for p in root.iter(f"{_W}p"):
        if id(p) in in_row:
            if id(p) in row_at:
                lines.append(row_at[id(p)])
            continue
        text = read[id(p)] if id(p) in read else _docx_text(p)
        if not text:
            continue
        lines.append(text)
        level = None
        ps = p.find(f"{_W}pPr/{_W}pStyle")
        if ps is not None and ps.get(f"{_W}val") in styles:
            level = styles[ps.get(f"{_W}val")]
        ol = p.find(f"{_W}pPr/{_W}outlineLvl")
        if level is None and ol is not None and (ol.get(f"{_W}val") or "").isdigit():
            level = int(ol.get(f"{_W}val")) + 1
        if level is not None and level <= 8:
            headings.append((level, text))
    return ReadResult("docx", None, "\n".join(lines), headings=headings)


# ---------------------------------------------------------------- pdf

def read_pdf(data: bytes) -> ReadResult:
    try:
        from pypdf import PdfReader
        from pypdf.errors import PdfReadError
        import logging
        logging.getLogger("pypdf").setLevel(logging.ERROR)  # broken files are reported as skipped
    except ImportError:  # pragma: no cover - pypdf is a declared dependency
        return ReadResult("pdf", None, skipped="缺少 pypdf，无法读取 PDF 文件")
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            return ReadResult("pdf", None, skipped="PDF 文件已加密，无法读取")
        pages = [page.extract_text() or "" for page in reader.pages]
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, IndexError, OSError,
            RecursionError, AssertionError, NotImplementedError, ZeroDivisionError):
        return ReadResult("pdf", None, skipped="PDF 文件已损坏，无法读取")
    except Exception:  # pypdf raises a wide variety on broken files; a bad file must not stop indexing
        return ReadResult("pdf", None, skipped="PDF 文件已损坏，无法读取")
    text = "\n".join(pages)
    if not text.strip():
        return ReadResult("pdf", None, skipped="PDF 没有文字层（可能是扫描件），无法提取文字")
    return ReadResult("pdf", None, text)


# ---------------------------------------------------------------- Word 97–2003 and WPS

_OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def read_doc(data: bytes) -> ReadResult:
    """A .doc or .wps file: the Word binary format (msword.py); a Word file saved under
    the name .doc in another format (a .docx, a web page, RTF) is read as what it is."""
    if data.startswith(_OLE_SIGNATURE):
        try:
            return ReadResult("doc", None, doc_text(data))
        except DocError as bad:
            return ReadResult("doc", None, skipped=str(bad))
    if data.startswith(b"PK"):
        return read_docx(data)
    head = data[:2048].lstrip().lower()
    if head.startswith(b"{\\rtf"):
        return ReadResult("doc", None, skipped="这是 RTF 格式的文件（扩展名为 .doc），请在 Word 或 WPS 中另存为 .docx")
    if head.startswith(b"mime-version"):
        return read_mhtml(data)  # Word's "single file web page" saved under .doc
    if head.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<html" in head:
        return read_html(data)
    return ReadResult("doc", None, skipped="不是 Word 97–2003 文档（文件头不对，可能已损坏或扩展名有误）")


# ---------------------------------------------------------------- dispatch

_OLD_OFFICE = {".xls": "Excel", ".xlsx": "Excel", ".ppt": "PowerPoint", ".pptx": "PowerPoint", ".et": "WPS 表格",
               ".dps": "WPS 演示"}


def read_bytes(data: bytes, suffix: str) -> ReadResult:
    """Turn a file's bytes into text; ``suffix`` is its lower-case extension."""
    suffix = suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        kind = _OLD_OFFICE.get(suffix)
        shown = suffix or "（无扩展名）"
        reason = f"不支持的文件类型 {shown}"
        if kind:
            reason += f"（{kind} 文件，请另存为 .docx、.pdf 或 .txt）"
        return ReadResult(None, None, skipped=reason)
    if not data.strip():
        fmt = {".docx": "docx", ".pdf": "pdf", ".doc": "doc", ".wps": "doc", ".mht": "mhtml", ".mhtml": "mhtml"}.get(
            suffix, "html" if suffix in HTML_SUFFIXES else "txt")
        return ReadResult(fmt, None, skipped="文件为空")
    # trust the content over the name when they disagree on the container
    if data.startswith(b"%PDF") or suffix == ".pdf":
        if not data.startswith(b"%PDF"):
            return ReadResult("pdf", None, skipped="PDF 文件已损坏，缺少 PDF 文件头")
        result = read_pdf(data)
    elif suffix == ".docx":
        result = read_docx(data)
    elif suffix in WORD_BINARY_SUFFIXES:
        result = read_doc(data)
    elif suffix in MHTML_SUFFIXES:
        result = read_mhtml(data)
    elif suffix in HTML_SUFFIXES:
        result = read_html(data)
    else:
        head = data[:512].lstrip().lower()
        if head.startswith((b"<!doctype html", b"<html")):
            result = read_html(data)
        else:
            text, enc = decode_text(data)
            if text is None:
                return ReadResult("txt", None, skipped="不是文本文件（含二进制内容）")
            result = ReadResult("txt", enc, text)
    if result.skipped is None and not result.text.strip():
        result.skipped = "文件中没有可读的文字"
    elif result.skipped is None and not looks_like_text(result.text):
        result.skipped = "解码后大多是乱码，不像是文字（可能是二进制文件或已损坏）"
    return result


# (every printable ASCII character is one: a scraped table's rules, |||| and ____, come out of no wrong decoding — bytes
# decoded in the wrong code page turn into characters above ASCII — and a page behind them is still a page)
_READABLE_CHARS = (f"{CJK}" r"\u3000-\u303f\uff01-\uff5e"
                   r"\x20-\x7e\s…—“”‘’、，。；：！？（）《》【】")
# counted the other way round: the few characters that are not readable, not the many that are
_UNREADABLE = re.compile(f"[^{_READABLE_CHARS}]")


def looks_like_text(text: str, sample: int = 20000) -> bool:
    """Whether decoded text is mostly what documents are made of (CJK, letters,
    digits, punctuation, spaces). A BOM followed by noise decodes "successfully";
    real reports, even with a few garbled lines, are well over half readable."""
    head = text[:sample]
    readable = len(head) - len(_UNREADABLE.findall(head))
    return readable >= 0.6 * len(head)


# A work report is tens of KB; 50 MB of text would be ~17 million characters, which
# no report is. Reading such a file would hold the whole build for minutes.
MAX_FILE_BYTES = 50 * 1024 * 1024


class OutsideCorpus(OSError):
    """The file opened does not lie inside the corpus folder (a link, maybe swapped in late)."""


class NotRegularFile(OSError):
    """The name opened is a folder, a pipe or a device, not a file to read."""


def _within(path: str, root: str) -> bool:
    return path != root and Path(path).is_relative_to(root)


def _opened_inside(fd: int, opened: os.stat_result, path, root) -> bool:
    """Whether the file behind ``fd`` lies inside ``root``, decided on the open file.

    Linux names an open file's real location in /proc: nothing swapped after the open
    can change it. Elsewhere the name is resolved after the open and must still be the
    very file opened (same device and inode), so a link swapped between a check and
    the open is caught either way."""
    real_root = os.path.realpath(root)
    try:
        where = os.readlink(f"/proc/self/fd/{fd}")
    except OSError:
        where = None
    if where is not None and where.startswith("/"):
        return _within(where, real_root)
    real = os.path.realpath(path)
    try:
        named = os.stat(real)
    except OSError:
        return False
    return _within(real, real_root) and (named.st_dev, named.st_ino) == (opened.st_dev, opened.st_ino)


def open_inside(path, root=None):
    """Open a regular file for reading; with ``root``, only if the file opened lies inside it.

    The checks are made on the open descriptor, not on the name beforehand: a file
    replaced by a link to elsewhere (or by a pipe, which would block the reader) between
    a check and the open cannot lead outside the corpus. Raises ``OutsideCorpus``,
    ``NotRegularFile`` or the OSError of the open."""
    flags = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0)
    fd = os.open(path, flags)
    try:
        opened = os.fstat(fd)
        if not stat.S_ISREG(opened.st_mode):
            raise NotRegularFile(path)
        if root is not None and not _opened_inside(fd, opened, path, root):
            raise OutsideCorpus(path)
        if hasattr(os, "O_NONBLOCK"):
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


OUTSIDE = "链接指向语料文件夹之外的文件，为安全起见不读取、不编入索引（请把文件本身复制进语料文件夹）"


def read_path(path: Path, root: Path | None = None) -> ReadResult:
    """Read a file from disk; an unreadable file is skipped, never raised. With ``root``
    (the corpus folder), a file that turns out to lie outside it is skipped unread."""
    try:
        if not path.is_file():
            if path.is_symlink():
                return ReadResult(None, None, skipped="链接指向的文件不存在（损坏的快捷方式），已跳过")
            if not os.path.lexists(path):
                return ReadResult(None, None, skipped="文件在读取时已被删除或移走")
            return ReadResult(None, None, skipped="不是普通文件（可能是文件夹或设备），已跳过")
        with open_inside(path, root) as f:
            size = os.fstat(f.fileno()).st_size
            if size > MAX_FILE_BYTES:
                return ReadResult(None, None, skipped=(
                    f"文件过大（{size / 1024 / 1024:.0f} MB），超过 {MAX_FILE_BYTES // 1024 // 1024} MB 的上限；"
                    "如确是报告，请拆分成较小的文件"))
            # bounded even if the file grows while read; asked for its size first (a read of the bound
            # itself has the whole bound allocated, 50 MB, for every file), the rest only if it grew
            data = f.read(size + 1)
            if len(data) > size:
                data += f.read(MAX_FILE_BYTES + 1 - len(data))
        if len(data) > MAX_FILE_BYTES:
            return ReadResult(None, None, skipped=(
                f"文件在读取时变大，超过 {MAX_FILE_BYTES // 1024 // 1024} MB 的上限，已跳过"))
    except OutsideCorpus:
        return ReadResult(None, None, skipped=OUTSIDE)
    except NotRegularFile:
        return ReadResult(None, None, skipped="不是普通文件（可能是文件夹或设备），已跳过")
    except FileNotFoundError:
        return ReadResult(None, None, skipped="文件在读取时已被删除或移走")
    except PermissionError:
        return ReadResult(None, None, skipped="没有读取这个文件的权限；请检查文件权限")
    except OSError as exc:
        return ReadResult(None, None, skipped=f"无法打开文件：{exc.strerror or exc}")
    return read_bytes(data, path.suffix)
