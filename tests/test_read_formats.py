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


@pytest.mark.parametrize("name", ["report.docx", "gbk.html"])
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
