"""Reading real files of every format and encoding, and skipping broken ones with a reason."""
from pathlib import Path

import pytest

from indexer.reading.pipeline import read_file
from indexer.reading.formats import read_path

FILES = Path(__file__).parent / "fixtures" / "files"


@pytest.mark.parametrize(
    "name, fmt, encoding, first_line",
    [
        ("utf8.txt", "txt", "utf-8", "金岭工业园2023年工作总结"),
        ("utf8_bom.txt", "txt", "utf-8", "金岭工业园2023年工作总结"),
        ("utf16_bom.txt", "txt", "utf-16", "金岭工业园2023年工作总结"),
        ("utf16le_nobom.txt", "txt", "utf-16", "金岭工业园2023年工作总结"),
        ("gbk.txt", "txt", "gb18030", "金岭工业园2023年工作总结"),
        ("gb18030.txt", "txt", "gb18030", "金岭工业园2023年工作总结"),
        ("big5.txt", "txt", "big5", "金嶺工業園2023年工作總結"),
        ("gbk.html", "html", "gb18030", "金岭工业园2023年工作总结"),
        ("utf8_nometa.htm", "html", "utf-8", "金岭工业园2023年工作总结"),
        ("report.docx", "docx", None, "金岭工业园2023年工作总结"),
        ("report.pdf", "pdf", None, "金岭工业园2023年工作总结"),
        ("report.doc", "doc", None, "金岭工业园2023年工作总结"),
        ("report.wps", "doc", None, "金岭工业园2023年工作总结"),
        ("docx_named.doc", "docx", None, "金岭工业园2023年工作总结"),
        ("saved_page.mhtml", "mhtml", "gb18030", "金岭工业园2023年工作总结"),
    ],
)
def test_readable_files(name, fmt, encoding, first_line):
    r = read_path(FILES / name)
    assert (r.format, r.encoding, r.skipped) == (fmt, encoding, None)
    assert r.text.split("\n")[0] == first_line


@pytest.mark.parametrize(
    "name, reason",
    [
        ("empty.txt", "文件为空"),
        ("blank.txt", "文件为空"),
        ("binary.txt", "不是文本文件（含二进制内容）"),
        ("truncated.docx", "docx 文件已损坏，无法解压"),
        ("not_a_zip.docx", "docx 文件已损坏，无法解压"),
        ("corrupt.pdf", "PDF 文件已损坏，无法读取"),
        ("fake.pdf", "PDF 文件已损坏，缺少 PDF 文件头"),
        ("empty_text.pdf", "PDF 没有文字层（可能是扫描件），无法提取文字"),
        ("sheet.xls", "不支持的文件类型 .xls（Excel 文件，请另存为 .docx、.pdf 或 .txt）"),
        ("rtf.doc", "这是 RTF 格式的文件（扩展名为 .doc），请在 Word 或 WPS 中另存为 .docx"),
        ("truncated.doc", "文件已损坏，无法按 Word 97–2003 格式读取"),
        ("no_page.mht", "网页存档（.mht）中没有找到网页正文"),
    ],
)
def test_unreadable_files_are_skipped_with_a_reason(name, reason):
    fr = read_file(FILES / name, FILES)
    assert fr.skipped == reason
    assert fr.reports == []
    assert fr.source == name


def test_html_drops_page_furniture_and_keeps_blocks():
    text = read_path(FILES / "gbk.html").text
    for noise in ("脚本里的字", "网站页头", "首页", "相关推荐", "别的范文", "侧栏广告", "版权所有", "站点标题", "color"):
        assert noise not in text
    assert text.split("\n") == ["金岭工业园2023年工作总结", "今年以来，金岭工业园完成投资2850万元。", "园区建设成效",
                                "园区道路全面竣工。", "一、存在的问题", "一是技术人员不足。"]


def test_a_saved_page_is_read_as_its_page():
    """A browser's single-file page (.mhtml): the page part, its charset from the MIME header
    (the page itself declares none), page furniture dropped as for any HTML page."""
    assert read_path(FILES / "saved_page.mhtml").text == read_path(FILES / "gbk.html").text


@pytest.mark.parametrize("name", ["report.docx", "gbk.html", "saved_page.mhtml"])
def test_format_headings_become_sections(name):
    fr = read_file(FILES / name, FILES)
    (report,) = fr.reports
    assert report.title == "金岭工业园2023年工作总结"
    heads = [(s.heading, s.level, s.category) for s in report.sections if s.heading]
    assert heads[0] == ("园区建设成效", 1, "成效进展")
    assert report.park == "金岭工业园" and report.year == 2023 and report.doc_type == "工作总结"


def test_docx_heading_styles():
    r = read_path(FILES / "report.docx")
    assert r.headings == [(0, "金岭工业园2023年工作总结"), (1, "园区建设成效"), (1, "下一步工作打算")]


def test_traditional_text_stays_traditional():
    (report,) = read_file(FILES / "big5.txt", FILES).reports
    assert report.title == "金嶺工業園2023年工作總結"
    # the park is a facet value: one park, one (Simplified) name, whichever script the page uses
    assert report.park == "金岭工业园"
    assert [s.category for s in report.sections if s.level == 1] == ["成效进展", "存在问题"]


# -- Word 97–2003 (.doc) and WPS (.wps) ----------------------------------------------------

def test_a_doc_reads_as_its_reader_sees_it():
    """The main text in order: a link field shows its text, not its code; a table row is a
    line of tab-separated cells; the footnote (and its reference mark) is not body text."""
    text = read_path(FILES / "report.doc").text
    assert text.split("\n") == [
        "金岭工业园2023年工作总结", "一、园区建设情况", "今年以来，金岭工业园完成投资2850万元，详见园区网站。",
        "指标\t完成数", "固定资产投资\t2850万元", "二、存在的问题", "一是技术人员不足。"]
    assert "HYPERLINK" not in text and "脚注" not in text


def test_a_doc_is_a_report_like_any_other():
    (report,) = read_file(FILES / "report.doc", FILES).reports
    assert (report.title, report.park, report.year, report.doc_type) == (
        "金岭工业园2023年工作总结", "金岭工业园", 2023, "工作总结")
    assert [s.heading for s in report.sections if s.heading][:2] == ["一、园区建设情况", "二、存在的问题"]


def _word_stream_offset(data: bytes) -> int:
    """Where the WordDocument stream (its FIB, 0xA5EC) starts in the fixture's sectors."""
    return next(at for at in range(512, len(data), 512) if data[at:at + 2] == b"\xec\xa5")


def test_a_password_protected_doc_is_skipped_with_the_fix():
    data = bytearray((FILES / "report.doc").read_bytes())
    fib = _word_stream_offset(data)
    data[fib + 0x0B] |= 0x01  # fEncrypted: bit 8 of the little-endian flags word at 0x0A
    from indexer.reading.formats import read_bytes
    r = read_bytes(bytes(data), ".doc")
    assert r.skipped == "Word 文档设有打开密码（已加密），无法读取；请去掉密码后另存为 .docx"


def test_a_word_95_doc_is_skipped_with_the_fix():
    data = bytearray((FILES / "report.doc").read_bytes())
    fib = _word_stream_offset(data)
    data[fib + 2:fib + 4] = (0x65 - 1).to_bytes(2, "little")  # nFib below Word 97's
    from indexer.reading.formats import read_bytes
    assert read_bytes(bytes(data), ".doc").skipped == "这是 Word 6.0/95 格式的旧文档，无法读取；请在 Word 或 WPS 中另存为 .docx"


def test_a_compound_file_that_is_not_a_word_document_is_skipped():
    data = (FILES / "report.doc").read_bytes()
    renamed = data.replace("WordDocument".encode("utf-16-le"), "WordDokument".encode("utf-16-le"))
    assert renamed != data
    from indexer.reading.formats import read_bytes
    assert read_bytes(renamed, ".doc").skipped == "不是 Word 文档（复合文件中没有 WordDocument 流），请另存为 .docx"


def test_one_byte_pieces_are_cp1252():
    """A piece table entry with bit 30 set ("compressed") is one byte a character at fc / 2."""
    import struct

    from indexer.reading.msword import _pieces
    word = bytearray(0x900)
    word[0x800:0x80A] = "caf\xe9 \x93ok\x94\r".encode("latin-1")  # cp1252: é and curly quotes
    word[0x880:0x884] = "园区".encode("utf-16-le")
    plc = struct.pack("<3i", 0, 10, 12)  # two pieces: 10 one-byte characters, then 2 UTF-16 ones
    plc += struct.pack("<HIH", 0, 0x40000000 | (0x800 * 2), 0) + struct.pack("<HIH", 0, 0x880, 0)
    clx = b"\x01" + struct.pack("<H", 2) + b"\x00\x00" + b"\x02" + struct.pack("<I", len(plc)) + plc
    assert "".join(_pieces(bytes(word), clx, 12)) == "café \u201cok\u201d\r园区"
    assert "".join(_pieces(bytes(word), clx, 4)) == "café"  # the main text ends at ccpText


def test_damaged_docs_are_skipped_never_raised():
    """Random damage anywhere in a real .doc: read or skipped with a reason, never an exception."""
    import random

    from indexer.reading.formats import read_bytes
    data = (FILES / "report.doc").read_bytes()
    rng = random.Random(7)
    reasons = set()
    for _ in range(300):
        damaged = bytearray(data)
        for _ in range(rng.choice((1, 5, 40))):
            damaged[rng.randrange(len(damaged))] = rng.randrange(256)
        result = read_bytes(bytes(damaged), ".doc")
        assert result.skipped or result.text
        reasons.add(result.skipped)
    assert len(reasons) > 3  # the damage reached the header, the directory and the piece table


def _stat_smaller(monkeypatch, by: int):
    """os.fstat as formats.py calls it, the size ``by`` bytes short: the file as it was when its size was taken,
    before it grew."""
    import os
    from indexer.reading import formats

    real = os.fstat

    def fstat(fd):
        st = real(fd)
        values = list(st)
        values[6] = max(0, st.st_size - by)
        return os.stat_result(values)

    monkeypatch.setattr(formats.os, "fstat", fstat)


def test_a_file_grown_since_its_size_was_taken_is_read_whole(tmp_path, monkeypatch):
    text = "金岭工业园2023年工作总结\n一、主要成效\n完成工业总产值109.4亿元。\n" * 20
    path = tmp_path / "grown.txt"
    path.write_text(text, encoding="utf-8")
    _stat_smaller(monkeypatch, 300)
    got = read_path(path)
    assert got.skipped is None
    assert got.text == text


def test_a_file_grown_past_the_bound_while_read_is_skipped(tmp_path, monkeypatch):
    from indexer.reading import formats

    path = tmp_path / "grown.txt"
    path.write_text("金岭工业园2023年工作总结\n" * 100, encoding="utf-8")
    monkeypatch.setattr(formats, "MAX_FILE_BYTES", 1000)
    _stat_smaller(monkeypatch, path.stat().st_size - 900)  # 900 bytes when measured, under the bound
    got = read_path(path)
    assert got.skipped and "变大" in got.skipped
    monkeypatch.undo()
    assert read_path(path).skipped is None
