"""The park page and key figures in a real browser (chromium via Playwright) against `parksearch serve`,
at 1366×768 and 390×844; screenshots of each page land in tests/artifacts/.

The server serves an index of tests/fixtures/indicators/ (two years of 青山工业园区 and
two other parks), so the park has figures over years. Every test fails on a console
error or a Content-Security-Policy violation (conftest.PageWatch).
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import ARTIFACTS, PageWatch, serving

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "indicators"
PARK = "青山工业园区"
SIZES = {"desktop": {"width": 1366, "height": 768}, "phone": {"width": 390, "height": 844}}


@pytest.fixture(scope="module")
def figures_server(tmp_path_factory):
    index = tmp_path_factory.mktemp("park_index")
    with serving(index, FIXTURES) as base:
        yield base


@pytest.fixture(params=sorted(SIZES))
def sized(request, browser, figures_server):
    """A watched page at one of the two sizes the issue names."""
    context = browser.new_context(viewport=SIZES[request.param], base_url=figures_server, locale="zh-CN",
                                  is_mobile=request.param == "phone", has_touch=request.param == "phone")
    page = context.new_page()
    watch = PageWatch(page)
    yield request.param, page
    context.close()
    assert watch.unexpected() == [], "the browser reported problems:\n" + "\n".join(watch.unexpected())


def test_the_park_page_table_chart_and_picking_an_indicator(sized):
    size, page = sized
    page.goto(f"/park/{PARK}")
    assert page.get_by_role("heading", level=1).inner_text() == PARK
    table = page.locator("table.figures")
    assert table.is_visible()
    row = table.locator("tr", has=page.locator("th", has_text="工业总产值"))
    assert "116.5亿元" in row.inner_text() and "128.6亿元" in row.inner_text()
    assert "目标 145亿元" in row.inner_text()  # the target is marked, in the year it is for
    page.screenshot(path=str(ARTIFACTS / f"park-{size}.png"), full_page=True)

    # pick another indicator with the form (no script needed) and see its bars
    page.get_by_label("指标", exact=True).select_option("税收")
    page.get_by_role("button", name="显示").click()
    page.wait_for_url(re.compile(r"indicator="))
    bars = page.locator("svg.chart g.bar")
    assert bars.count() >= 2
    titles = [bars.nth(i).locator("title").text_content() for i in range(bars.count())]
    assert "2021 年 税收：4.41亿元" in titles and "2022 年 税收：4.72亿元" in titles
    page.locator("#chart").screenshot(path=str(ARTIFACTS / f"park-chart-{size}.png"))


def test_a_figure_opens_its_sentence_highlighted(sized):
    size, page = sized
    page.goto(f"/park/{PARK}")
    page.locator("table.figures a.figure", has_text="4.72亿元").first.click()
    page.wait_for_url(re.compile(r"/report/.*fig=.*#figure"))
    marked = page.locator("mark#figure")
    assert marked.inner_text() == "实现税收4.72亿元，同比增长6.9%"
    assert marked.is_visible()
    page.screenshot(path=str(ARTIFACTS / f"report-figure-{size}.png"))


def test_search_by_indicator_then_go_to_the_park(sized):
    size, page = sized
    page.goto("/?q=" + "指标:税收")
    hit = page.locator("li.hit", has_text="青山工业园区2022年工作总结")
    assert "税收 4.72亿元" in hit.locator(".figures-line").inner_text()
    page.screenshot(path=str(ARTIFACTS / f"search-indicator-{size}.png"), full_page=True)
    hit.locator("a.tag-park").click()
    page.wait_for_url(re.compile(r"/park/"))
    assert page.get_by_role("heading", level=1).inner_text() == PARK
