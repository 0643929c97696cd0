"""Tables of figures by year (session 37): "税收 of our parks, year by year" is what a bureau asks, and a park's
statistics table (主要经济指标, 历年发展概况) answers it — a header of years, rows of a label with its unit and a value
per year. The Word and web readers keep such a table a row a line (cells parted by tabs); a scraped page printing it
one cell a line has its rows set back; the key figures read each cell with its column's year (its heading's word for
its status: 2023年预计 → 预计), and the report's kind, year and period are read from its prose, not from a table's
columns. Until then a table's row gave its first value only, a target (its header's years read as a plan's), or
nothing (its lone numbers dropped as a page's counters). All pages here are our own."""
import zipfile

import pytest

from indexer.reading.formats import read_docx, read_html
from indexer.reading.tables import rows_from_column_cells, without_table_rows, year_tables
from tests.conftest import figures_in, read_page

PIPES = ("青禾经开区主要经济指标\n"
         "| 指标 | 2021年 | 2022年 | 2023年预计 |\n"
         "| 工业总产值（亿元） | 120.5 | 135.2 | 150 |\n"
         "| 税收（亿元） | 5.1 | 6.3 | 7 |\n"
         "| 工业总产值增长（%） | 8.1 | 12.2 | 11 |\n"
         "| 企业数（家） | 56 | 61 | 70 |\n")

TABS = "\n".join("\t".join(c.strip() for c in line.strip("| ").split("|")) if "|" in line else line
                 for line in PIPES.split("\n"))

COLUMN = ("青禾高新区历年发展概况\n"
          "|\n" + "".join(f"{y} |\n" for y in (2018, 2019, 2020)) +
          "年末从业人员数(万人) |\n3.4 |\n3.9 |\n4.4 |\n"
          "工业总产值(亿元) |\n129.3 |\n172.5 |\n226.3 |\n"
          "上缴税额(亿元) |\n1.2 |\n1-5 |\n2.2 |\n")


def _rows(figures):
    return sorted((f.name, f.year, f.value, f.unit, f.status) for f in figures)


@pytest.mark.parametrize("text", [PIPES, TABS])
def test_a_table_kept_a_row_a_line_gives_a_figure_per_year(text):
    got = _rows(figures_in(text))
    assert got == sorted([
        ("工业总产值", 2021, 120.5, "亿元", "实际"), ("工业总产值", 2022, 135.2, "亿元", "实际"),
        ("工业总产值", 2023, 150, "亿元", "预计"),
        ("税收", 2021, 5.1, "亿元", "实际"), ("税收", 2022, 6.3, "亿元", "实际"), ("税收", 2023, 7, "亿元", "预计"),
        ("入园企业数", 2021, 56, "家", "实际"), ("入园企业数", 2022, 61, "家", "实际"), ("入园企业数", 2023, 70, "家", "预计"),
    ])  # (the growth row is no figure)


def test_a_table_printed_one_cell_a_line_is_read_by_its_rows(tmp_path):
    report = read_page(tmp_path, "青禾高新区发展情况\n青禾高新区近年发展较快，主要指标见下表。\n" + COLUMN)[0]
    assert _rows(f for f in report.indicators) == sorted([
        ("从业人员", 2018, 3.4, "万人", "实际"), ("从业人员", 2019, 3.9, "万人", "实际"), ("从业人员", 2020, 4.4, "万人", "实际"),
        ("工业总产值", 2018, 129.3, "亿元", "实际"), ("工业总产值", 2019, 172.5, "亿元", "实际"),
        ("工业总产值", 2020, 226.3, "亿元", "实际"),
        ("税收", 2018, 1.2, "亿元", "实际"), ("税收", 2020, 2.2, "亿元", "实际"),  # (1-5: a garbled cell, left)
    ])
    assert "工业总产值(亿元)\t129.3\t172.5\t226.3" in report.text  # (the row as the user reads it)


def test_the_rows_set_back_keep_the_lines_around_them():
    lines = ["表一", "|", "2020 |", "2021 |", "产值(亿元) |", "1 |", "2 |", "完。"]
    assert rows_from_column_cells(lines) == ["表一", "年份\t2020\t2021", "产值(亿元)\t1\t2", "完。"]


@pytest.mark.parametrize("text", [
    # years in prose, a list of them, an archive's menu of years with no rows under it
    "2019年、2020年、2021年，园区工业总产值分别为80亿元、90亿元和100亿元。",
    "往年回顾 | 2021年 | 2022年 | 2023年\n青禾经开区召开年度总结大会。",
    # years not in a run (2015, 2019: no table's columns) and a row without a unit
    "| 指标 | 2015年 | 2019年 |\n| 工业总产值（亿元） | 50 | 80 |",
    "| 指标 | 2021年 | 2022年 |\n| 工业总产值 | 120.5 | 135.2 |",
])
def test_no_table_of_figures_by_year(text):
    assert not any(f.quote.startswith(("工业总产值（亿元）：", "工业总产值：")) for f in figures_in(text))
    assert year_tables(text) == [] or all(f.value != 50 for f in figures_in(text))


def test_a_reports_kind_and_year_come_from_its_prose_not_its_tables_columns(tmp_path):
    page = ("青禾经开区工作总结\n"
            "2023年，青禾经开区坚持项目为王，全年完成工业总产值150亿元，同比增长11%。\n" + TABS)
    report = read_page(tmp_path, page)[0]
    assert report.year == 2023 and report.doc_type == "工作总结"
    assert "2019" not in without_table_rows("2019年，园区成立。\n指标\t2019年\t2020年\n产值（亿元）\t1\t2")[8:]


def test_a_web_pages_table_of_figures_is_read_a_row_a_line_and_its_layout_stays():
    page = ("<html><body><h1>青禾经开区2022年工作总结</h1><p>全年工作顺利。</p><table>"
            "<tr><th>指标</th><th>2021年</th><th>2022年</th></tr>"
            "<tr><td>工业总产值（亿元）</td><td>120.5</td><td>135.2</td></tr>"
            "<tr><td>税收（亿元）</td><td></td><td>6.3</td></tr></table>"
            "<table><tr><td><p>正文一段。</p></td><td>侧栏</td></tr><tr><td>首页</td><td>新闻</td></tr></table>"
            "</body></html>").encode("utf-8")
    lines = read_html(page).text.split("\n")
    assert "指标\t2021年\t2022年" in lines and "工业总产值（亿元）\t120.5\t135.2" in lines and "税收（亿元）\t\t6.3" in lines
    assert "正文一段。" in lines and "侧栏" in lines and "首页" in lines  # (a layout's cells and a menu: lines as before)
    pager = "<html><body><p>正文。</p><table><tr><td>首页</td><td>2</td><td>3</td><td>下一页</td></tr></table></body></html>"
    assert read_html(pager.encode("utf-8")).text.split("\n") == ["正文。", "首页", "2", "3", "下一页"]  # (one row: no table)


def _docx(tmp_path, rows):
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    cell = "<w:tc><w:p><w:r><w:t>{}</w:t></w:r></w:p></w:tc>"
    body = "<w:p><w:r><w:t>青禾经开区2022年工作总结</w:t></w:r></w:p><w:tbl>" + "".join(
        "<w:tr>" + "".join(cell.format(c) for c in row) + "</w:tr>" for row in rows) + "</w:tbl>"
    path = tmp_path / "a.docx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", f"<w:document {w}><w:body>{body}</w:body></w:document>")
    return path.read_bytes()


def test_a_word_tables_rows_are_lines_of_cells(tmp_path):
    text = read_docx(_docx(tmp_path, [["指标", "2021年", "2022年"], ["工业总产值（亿元）", "120.5", "135.2"]])).text
    assert text.split("\n")[1:] == ["指标\t2021年\t2022年", "工业总产值（亿元）\t120.5\t135.2"]
    # (a table of words, a form's labels and their answers, keeps its cells' lines)
    text = read_docx(_docx(tmp_path, [["单位名称", "青禾经开区管委会"], ["联系人", "王某某"]])).text
    assert text.split("\n")[1:] == ["单位名称", "青禾经开区管委会", "联系人", "王某某"]


def test_the_report_page_shows_a_table_as_a_table_with_its_figure_marked(tmp_path):
    from indexer.build import build_index
    from webui import create_app

    corpus, index = tmp_path / "corpus", tmp_path / "index"
    corpus.mkdir()
    (corpus / "a.txt").write_text("青禾经开区2022年工作总结\n全年工作顺利，主要指标如下。\n" + TABS, encoding="utf-8")
    build_index(corpus, index)
    client = create_app({"INDEX_DIR": str(index), "CORPUS_DIR": str(corpus), "TESTING": True}).test_client()
    report = client.get("/api/indicators?park=青禾经开区&name=税收").get_json()["series"]
    figure = next(f for f in report if f["year"] == 2022)
    html = client.get(figure["href"]).get_data(as_text=True)
    assert '<table class="cells">' in html and "<td>税收（亿元）</td>" in html
    assert html.count("<tr>") >= 5 and "\t" not in html.split('<table class="cells">')[1].split("</table>")[0]
    assert 'id="figure"' in html.split('<table class="cells">')[1].split("</table>")[0]  # (the figure marked in its cell)


STATUS = ("青禾经开区1-11月主要经济指标完成情况\n"
          "指标名称\t单位\t全年目标\t1-11月完成\t去年同期\t同比增长（%）\n"
          "工业总产值\t亿元\t150\t128.6\t114.5\t12.3\n"
          "税收\t万元\t52000\t46120\t42120\t9.5\n"
          "新签约项目\t个\t30\t27\t25\n"
          "完成率（%）\t\t\t85.7\t\t\n")


def test_a_table_whose_header_says_what_each_column_holds_gives_targets_apart_from_what_was_done():
    got = sorted((f.name, f.value, f.unit, f.status, f.period, f.growth_pct) for f in figures_in(STATUS))
    assert got == sorted([
        ("工业总产值", 150, "亿元", "目标", "全年", None), ("工业总产值", 128.6, "亿元", "实际", "1-11月", 12.3),
        ("税收", 52000, "万元", "目标", "全年", None), ("税收", 46120, "万元", "实际", "1-11月", 9.5),
        ("签约项目数", 30, "个", "目标", "全年", None), ("签约项目数", 27, "个", "实际", "1-11月", None),
    ])  # (last year's column is a base and the rate no figure; until now the target, 150, was read as done)


def test_a_years_table_with_a_unit_column_reads_the_unit_from_it():
    text = "主要指标\n| 指标 | 单位 | 2023年完成 | 2024年预计 |\n| 工业总产值 | 亿元 | 110.3 | 125 |\n"
    assert _rows(figures_in(text)) == [("工业总产值", 2023, 110.3, "亿元", "实际"), ("工业总产值", 2024, 125, "亿元", "预计")]


def test_a_web_tables_header_of_words_stays_with_its_rows_of_figures():
    rows = [r.split("\t") for r in STATUS.strip().split("\n")[1:]]
    page = ("<html><body><h1>青禾经开区1-11月工作总结</h1><p>园区经济运行平稳。</p><table>" + "".join(
        "<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows) + "</table></body></html>").encode()
    lines = read_html(page).text.split("\n")
    assert "指标名称\t单位\t全年目标\t1-11月完成\t去年同期\t同比增长（%）" in lines
    assert "工业总产值\t亿元\t150\t128.6\t114.5\t12.3" in lines


def test_a_word_tables_header_of_words_stays_with_its_rows_of_figures(tmp_path):
    text = read_docx(_docx(tmp_path, [["指标名称", "单位", "全年目标", "1-11月完成"], ["工业总产值", "亿元", "150", "128.6"]])).text
    assert text.split("\n")[1:] == ["指标名称\t单位\t全年目标\t1-11月完成", "工业总产值\t亿元\t150\t128.6"]
