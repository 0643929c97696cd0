"""Key figures through the index and the web: /api/report, /api/indicators, /indicators.csv,
the park page, 指标:税收 in a search, and a figure's link to its sentence.

A real index is built from the reports in tests/fixtures/indicators/ (two years of
青山工业园区, so the park has a series over years).
"""
from __future__ import annotations

import csv
import io
import json
import re
import shutil

import pytest

from indexer.build import build_index
from webui import create_app

from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
FIXTURES = REPO / "tests" / "fixtures" / "indicators"
PARK = "青山工业园区"


@pytest.fixture(scope="module")
def figures_app(tmp_path_factory):
    corpus = tmp_path_factory.mktemp("figures_corpus")
    for path in FIXTURES.glob("*.txt"):
        shutil.copy(path, corpus / path.name)
    index = tmp_path_factory.mktemp("figures_index")
    build_index(corpus, index)
    app = create_app({"INDEX_DIR": str(index), "CORPUS_DIR": str(corpus), "TESTING": True})
    return app


@pytest.fixture
def web(figures_app):
    return figures_app.test_client()


def search(web, **params):
    response = web.get("/api/search", query_string=params)
    assert response.status_code == 200, response.get_json()
    return response.get_json()


def test_the_report_api_lists_its_figures(web):
    data = search(web, q="", park=PARK, year="2022")
    report = web.get(f"/api/report/{data['results'][0]['id']}").get_json()
    figures = {(f["name"], f["value"], f["unit"], f["status"]) for f in report["indicators"]}
    assert ("工业总产值", 128.6, "亿元", "实际") in figures
    assert ("工业总产值", 145, "亿元", "目标") in figures
    first = report["indicators"][0]
    assert set(first) >= {"name", "value", "unit", "value_yi", "growth_pct", "status", "period", "scope", "masked",
                          "quote", "section"}
    assert report["text"][first["start"]:first["end"]] == first["quote"]


def test_an_indicator_query_finds_the_reports_that_state_it(web):
    data = search(web, q="指标:出口额")
    assert data["understood"] == "指标：出口额"
    titles = {r["title"] for r in data["results"]}
    assert titles == {"鳳陽工業園區2021年上半年工作總結", "云溪经济开发区2023年工作计划"}
    # results show the asked figures beside their snippets
    for row in data["results"]:
        assert row["indicators"] and {f["name"] for f in row["indicators"]} == {"出口额"}
    # the snippets show the sentences the asked figures came from, marked
    assert any("<mark>" in s["html"] and "出口" in s["html"] for row in data["results"] for s in row["snippets"])
    # the Traditional word and a synonym ask for the same indicator
    assert search(web, q="indicator:出口創匯")["total"] == 2
    # (four fixture reports state 税收: the two 青山 years, 鳳陽 and 鳳鳴; the plan states none)
    assert search(web, q="指标:税金")["total"] == search(web, q="指标:税收")["total"] == 4


def test_an_unknown_indicator_is_a_warning_not_an_error(web):
    data = search(web, q="指标:利润 园区")
    assert "不认识的指标“利润”" in data["warning"]


def test_the_series_api(web):
    data = web.get("/api/indicators", query_string={"park": PARK, "name": "工业总产值"}).get_json()
    got = [(r["year"], r["value"], r["status"]) for r in data["series"]]
    assert (2021, 116.5, "实际") in got and (2022, 128.6, "实际") in got
    # a target belongs to the year it is for: the 2021 report's plan for 2022, the 2022 report's for 2023
    assert (2022, 130, "目标") in got and (2023, 145, "目标") in got
    assert {r["report_year"] for r in data["series"] if r["value"] == 130} == {2021}
    assert all(r["park"] == PARK and r["name"] == "工业总产值" for r in data["series"])
    assert all(r["href"].endswith("#figure") for r in data["series"])
    # every park and every indicator without filters; a synonym names the indicator
    assert web.get("/api/indicators").get_json()["count"] > data["count"]
    assert web.get("/api/indicators", query_string={"name": "稅金"}).get_json()["name"] == "税收"


def test_an_unknown_indicator_name_is_a_400_in_chinese(web):
    response = web.get("/api/indicators", query_string={"name": "利润"})
    assert response.status_code == 400
    assert "不认识的指标" in response.get_json()["error"]


def test_the_csv_opens_in_excel_and_cannot_run_formulas(web):
    response = web.get("/indicators.csv", query_string={"park": PARK})
    assert response.status_code == 200
    body = response.get_data(as_text=True)
    assert body.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(body[1:])))
    assert rows[0][:5] == ["园区", "年份", "指标", "数值", "单位"]
    assert any(r[2] == "工业总产值" and r[3] == "116.5" for r in rows[1:])
    assert "filename*=UTF-8''" in response.headers["Content-Disposition"]
    # numbers stay numbers (a fall is negative); no text cell begins with a formula character
    header = rows[0]
    growth = [r[header.index("同比增长(%)")] for r in rows[1:] if r[header.index("指标")] == "固定资产投资"]
    assert "-3.2" in growth
    text_columns = [header.index(h) for h in ("原文", "章节", "报告标题", "原始文件")]
    assert not any(r[i].startswith(("=", "+", "-", "@")) for r in rows[1:] for i in text_columns)


def test_csv_cells_are_neutralised():
    from webui.api import csv_cell

    assert csv_cell("=SUM(A1)", "quote") == "'=SUM(A1)"
    assert csv_cell("@cmd", "title") == "'@cmd"
    assert csv_cell("-5", "quote") == "'-5"
    assert csv_cell(-5.2, "growth_pct") == -5.2  # a number stays a number
    assert csv_cell(None, "year") == "不明"
    assert csv_cell(True, "masked") == "是"


def test_the_park_page(web):
    html = web.get(f"/park/{PARK}").get_data(as_text=True)
    assert f"<h1>{PARK}</h1>" in html
    # reports by year and type, the years it reported, its section kinds, a search within it
    assert "2022 年" in html and "2021 年" in html and "工作总结" in html
    assert 'name="park" value="青山工业园区"' in html
    assert "存在问题" in html and "计划安排" in html
    # the table: achieved figures plainly, the target marked as one
    table = html[html.index('<table class="figures">'):html.index("</table>")]
    assert ">128.6亿元<" in table and ">116.5亿元<" in table
    assert "目标 145亿元" in table
    assert not re.search(r'status-实际[^>]*>145亿元', table)
    # a figure links to its report with the sentence highlighted
    href = re.search(r'<a class="figure status-实际[^"]*" href="([^"]+)"', table).group(1)
    assert "fig=" in href and href.endswith("#figure")


def test_the_chart_draws_the_chosen_indicator_without_inline_script_or_style(web):
    response = web.get(f"/park/{PARK}", query_string={"indicator": "税收"})
    html = response.get_data(as_text=True)
    svg = html[html.index("<svg"):html.index("</svg>")]
    assert "税收" in svg and "<rect" in svg
    assert "2021 年 税收：4.41亿元" in svg and "2022 年 税收：4.72亿元" in svg
    assert "<script" not in html.replace('<script src="', "") and " style=" not in html
    assert "script-src" not in response.headers["Content-Security-Policy"] or "'unsafe-inline'" not in \
        response.headers["Content-Security-Policy"]


def test_a_park_is_found_in_either_script(web):
    for typed in ("鳳陽工業園區", "凤阳工业园区"):
        response = web.get(f"/park/{typed}")
        assert response.status_code == 200
        assert "56.8亿元" in response.get_data(as_text=True)


def test_an_unknown_park_is_a_404_page(web):
    response = web.get("/park/没有这个园区")
    assert response.status_code == 404
    assert "没有园区“没有这个园区”的报告" in response.get_data(as_text=True)
    assert web.get("/park/unknown").status_code == 404


def test_a_figure_link_highlights_its_sentence(web):
    data = web.get("/api/indicators", query_string={"park": PARK, "name": "税收"}).get_json()
    row = next(r for r in data["series"] if r["year"] == 2022 and r["status"] == "实际")
    html = web.get(row["href"]).get_data(as_text=True)
    marked = re.search(r'<mark class="figure" id="figure">(.*?)</mark>', html).group(1)
    assert marked == row["quote"] == "实现税收4.72亿元，同比增长6.9%"


def test_a_bad_figure_span_is_ignored(web):
    data = search(web, q="", park=PARK, year="2022")
    report_id = data["results"][0]["id"]
    for bad in ("99999999-999999999", "abc", "5-2"):
        response = web.get(f"/report/{report_id}", query_string={"fig": bad})
        assert response.status_code == 200 and 'id="figure"' not in response.get_data(as_text=True)


def test_the_search_page_shows_figures_beside_snippets(web):
    html = web.get("/", query_string={"q": "指标:税收"}).get_data(as_text=True)
    assert 'class="figures-line"' in html and "4.72亿元" in html


def test_park_names_link_to_the_park_page(web):
    html = web.get("/", query_string={"q": "", "park": PARK}).get_data(as_text=True)
    assert f'href="/park/{PARK}"' in html or "/park/%E9%9D%92" in html


def test_inspect_json_lists_each_reports_figures():
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-m", "indexer.cli", "inspect", str(FIXTURES / "云溪经济开发区2023年工作计划.txt"),
                          "--json"], capture_output=True, text=True, check=True).stdout
    report = json.loads(out)["reports"][0]
    assert ("出口额", 1.5, "亿美元", "目标") in {(f["name"], f["value"], f["unit"], f["status"])
                                             for f in report["indicators"]}


def test_series_and_park_page_never_load_a_reports_stored_text(figures_app):
    """The figures of every report are a column of their own: the series over all parks
    (and the park page) read it with the report cards, not each report's stored meta
    (its whole text) — at thousands of reports that was most of the cost."""
    from whoosh.query import Every

    from indexer.search import figures as figures_module
    from webui import get_service

    with figures_app.app_context():
        service = get_service()
        searcher = service.searcher()
        expected = [row for docnum in searcher.docs_for_query(Every())
                    for row in figures_module.figure_rows(searcher.stored_fields(docnum)["meta"])]

        def refuse(docnum):
            raise AssertionError(f"stored fields of report {docnum} were loaded")

        loader = searcher.stored_fields  # Whoosh copies the reader's method onto the searcher
        searcher.stored_fields = refuse  # Whoosh's reader, not ours: every stored read now fails
        try:
            every = figures_module.indicator_rows(service)
            mine = figures_module.indicator_rows(service, PARK, "税收")
            page = figures_module.park_page(service, PARK)
        finally:
            searcher.stored_fields = loader  # (a del would leave the module's later tests without it)
    assert sorted(every, key=lambda r: (r["report_id"], r["start"])) == sorted(
        expected, key=lambda r: (r["report_id"], r["start"]))
    assert mine and {r["name"] for r in mine} == {"税收"} and {r["park"] for r in mine} == {PARK}
    assert page["reports"] >= 2 and page["section_kinds"] and page["table"]["rows"]


def test_a_bar_for_part_of_a_year_says_its_period_under_the_year(figures_app):
    from webui.present import figure_chart

    series = [
        {"year": 2022, "value": 96.3, "unit": "亿元", "status": "实际", "period": "1-9月", "report_id": "a", "start": 0,
         "end": 5, "name": "工业总产值"},
        {"year": 2023, "value": 130.0, "unit": "亿元", "status": "实际", "period": "全年", "report_id": "b", "start": 0,
         "end": 5, "name": "工业总产值"},
    ]
    with figures_app.test_request_context():
        chart = figure_chart(series, "工业总产值")
    assert [b["period"] for b in chart["bars"]] == ["1-9月", None]
    # the period line sits under the year line, inside the drawing
    bar = chart["bars"][0]
    assert bar["year_y"] < bar["period_y"] <= chart["height"]


def test_the_park_chart_shows_a_partial_years_period(web):
    data = web.get("/api/indicators", query_string={"park": PARK, "name": "工业总产值"}).get_json()
    periods = {r["period"] for r in data["series"] if r["status"] == "实际"} - {None, "全年"}
    html = web.get(f"/park/{PARK}", query_string={"indicator": "工业总产值"}).get_data(as_text=True)
    svg = html[html.index("<svg"):html.index("</svg>")]
    for period in periods:
        assert f'class="period"' in svg and f">{period}</text>" in svg
    if not periods:
        assert 'class="period"' not in svg


def test_the_parks_list_names_each_park_once_with_its_reports_and_years(web):
    data = web.get("/api/parks").get_json()
    names = [p["park"] for p in data["parks"]]
    assert len(names) == len(set(names))
    assert "凤阳工业园区" in names and "鳳陽工業園區" not in names  # the facet's (Simplified) spelling
    qingshan = next(p for p in data["parks"] if p["park"] == PARK)
    assert qingshan["reports"] == 2 and qingshan["years"] == ["2021", "2022"]
    # the counts are the park pages' counts, most reports first, and every report is counted once
    for park in data["parks"]:
        html = web.get(f"/park/{park['park']}").get_data(as_text=True)
        assert f"共 <strong>{park['reports']}</strong> 篇报告" in html
    counts = [p["reports"] for p in data["parks"]]
    assert counts == sorted(counts, reverse=True)
    unknown = search(web, park="unknown", collapse=0, per_page=1)["total"]
    assert data["unknown"] == unknown
    assert sum(counts) + unknown == search(web, collapse=0, per_page=1)["total"]


def test_the_parks_page_links_each_park_and_finds_a_name_in_either_script(web):
    html = web.get("/parks").get_data(as_text=True)
    assert f'href="/park/{PARK}"' in html or "/park/%E9%9D%92" in html
    assert "全部园区" in html
    found = web.get("/parks", query_string={"q": "鳳陽"}).get_data(as_text=True)
    table = found[found.index('<table class="parks">'):found.index("</table>")]
    assert "凤阳工业园区" in table and PARK not in table
    none = web.get("/parks", query_string={"q": "没有这个"}).get_data(as_text=True)
    assert "没有名称含“没有这个”的园区" in none
    # every page's footer leads to the list
    assert 'href="/parks"' in web.get("/").get_data(as_text=True)


UNDATED = """石湾工业园区工作总结
一、主要经济指标
园区全年完成工业总产值52.3亿元，同比增长6.1%；实现税收2.8亿元，同比增长4.5%。
二、存在的问题
园区用地指标紧张，部分项目难以落地。
三、下一步工作打算
加快标准厂房建设，力争引进亿元以上项目5个。
"""


def test_a_parks_figures_of_no_known_year_are_shown_not_called_missing(tmp_path):
    """A report that states figures but no year: its park page lists them in a 年份不明 column
    (it said "no figures read" while the search results showed them)."""
    corpus, index = tmp_path / "corpus", tmp_path / "index"
    corpus.mkdir()
    (corpus / "石湾工业园区工作总结.txt").write_text(UNDATED, encoding="utf-8")
    build_index(corpus, index)
    app = create_app({"INDEX_DIR": str(index), "CORPUS_DIR": str(corpus), "TESTING": True})
    client = app.test_client()
    found = client.get("/api/search", query_string={"q": "工业总产值"}).get_json()["results"]
    assert found and found[0]["park"] == "石湾工业园区" and found[0]["year"] is None
    html = client.get("/park/石湾工业园区").get_data(as_text=True)
    assert "没有读出关键指标" not in html
    table = html[html.index('<table class="figures">'):html.index("</table>")]
    assert "<th scope=\"col\">年份不明</th>" in table
    assert ">52.3亿元<" in table and ">2.8亿元<" in table
    assert "<svg" not in html  # no year to draw a bar at: no chart of undated figures
