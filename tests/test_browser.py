"""In a real browser (Debian's chromium via Playwright) against `parksearch serve`: what an official clicks.

Every test fails on a console error or a Content-Security-Policy violation (the ``page``
and ``phone`` fixtures watch for them). Screenshots land in tests/artifacts/.
"""
from __future__ import annotations

import csv
import io
import json
import re
import urllib.request
from urllib.parse import parse_qs, quote, urlsplit

import pytest

from conftest import ARTIFACTS, CORPUS

Q = "招商引资"


def api(server, path="/api/search", **query):
    parts = [f"{k}={quote(str(v))}" for k, values in query.items()
             for v in (values if isinstance(values, list) else [values])]
    with urllib.request.urlopen(server + path + ("?" + "&".join(parts) if parts else "")) as response:
        return json.load(response)


def query_of(url: str) -> dict:
    return parse_qs(urlsplit(url).query)


def shown_total(page) -> int:
    return int(page.locator(".summary .total").inner_text())


def test_search_choose_a_facet_then_remove_its_chip(page, server):
    page.goto("/")
    page.get_by_role("combobox", name="检索词").fill(Q)
    page.get_by_role("button", name="检索").click()
    page.wait_for_url(re.compile(r"\?q="))
    assert query_of(page.url) == {"q": [Q]}
    data = api(server, q=Q)
    assert shown_total(page) == data["total"]
    assert page.locator("li.hit").count() == len(data["results"])
    assert page.get_by_role("combobox", name="检索词").input_value() == Q
    page.screenshot(path=str(ARTIFACTS / "search-desktop.png"), full_page=True)

    park = next(f for f in data["facets"]["park"] if f["value"] is not None)
    page.locator('[data-facet="park"] a', has_text=park["value"]).click()
    page.wait_for_url(re.compile(r"park="))
    assert query_of(page.url) == {"q": [Q], "park": [park["value"]]}
    assert shown_total(page) == api(server, q=Q, park=park["value"])["total"] == park["count"]
    chip = page.locator("a.chip")
    assert chip.count() == 1 and park["value"] in chip.inner_text()
    page.screenshot(path=str(ARTIFACTS / "search-filtered.png"), full_page=True)

    chip.click()
    page.wait_for_url(lambda url: "park=" not in url)
    assert query_of(page.url) == {"q": [Q]}
    assert shown_total(page) == data["total"] and page.locator("a.chip").count() == 0


def test_year_bar_filters_by_its_year(page, server):
    data = api(server)
    year, count = next((f["value"], f["count"]) for f in data["facets"]["year"] if f["value"] is not None)
    page.goto("/")
    bar = page.locator(f'.yearchart a.bar[data-year="{year}"]')
    assert bar.get_attribute("aria-label") == f"{year} 年：{count} 篇"  # its accessible name
    bar.click()
    page.wait_for_url(re.compile(r"year="))
    assert query_of(page.url) == {"year": [str(year)]}
    assert shown_total(page) == count
    assert "chosen" in page.locator(f'.yearchart a.bar[data-year="{year}"]').get_attribute("class")
    assert all(str(year) in t for t in page.locator("li.hit .tag-year").all_inner_texts())


def test_year_chart_labels_are_legible(page, server):
    # the scale ("N 篇") and the years under the bars are drawn in SVG units scaled to the sidebar:
    # drawn at the wrong scale they shrank to a third of the page's small print (4-5 px)
    page.goto("/")
    labels = page.locator(".yearchart text")
    assert labels.count() >= 2
    small_print = page.evaluate("parseFloat(getComputedStyle(document.querySelector('.facet .count')).fontSize)")
    for i in range(labels.count()):
        box = labels.nth(i).bounding_box()
        assert box["height"] >= 0.75 * small_print, (labels.nth(i).text_content(), box, small_print)


def test_numbered_pages_and_sort(page, server):
    page.goto("/?per_page=2")
    assert page.locator(".pager strong.current").inner_text() == "1"
    page.locator(".pager a", has_text="3").click()
    page.wait_for_url(re.compile(r"page=3"))
    assert page.locator(".pager strong.current").inner_text() == "3"
    total = api(server)["total"]
    assert page.locator("li.hit").count() == min(2, total - 4)
    page.goto(f"/?q={Q}")
    page.locator('a[data-sort="year"]').click()
    page.wait_for_url(re.compile(r"sort=year"))
    expected = [r["title"] for r in api(server, q=Q, sort="year")["results"]]
    assert page.locator("li.hit h3").all_inner_texts() == [t or "（无标题）" for t in expected]


def test_open_a_report_and_step_through_hits(page, server):
    first = api(server, q=Q)["results"][0]
    page.goto(f"/?q={Q}")
    page.locator("li.hit h3 a").first.click()
    page.wait_for_url(re.compile(rf"/report/{first['id']}\?q="))
    marks = page.locator('mark[id^="hit-"]')
    total = marks.count()
    assert total >= 3
    assert page.locator(".hit-total").inner_text() == str(total)
    counter = page.locator(".hit-float .hit-counter")  # added by report.js: proves the script ran under the CSP
    assert counter.inner_text() == f"共 {total} 处"

    page.keyboard.press("n")
    assert counter.inner_text() == f"1 / {total}"
    assert page.evaluate("location.hash") == "#hit-1"
    assert page.locator("mark.current").get_attribute("id") == "hit-1"
    page.keyboard.press("n")
    assert counter.inner_text() == f"2 / {total}"
    assert page.locator("mark#hit-2").is_visible() and page.locator("mark.current").count() == 1
    page.screenshot(path=str(ARTIFACTS / "report-desktop.png"))
    page.keyboard.press("p")
    page.keyboard.press("p")  # before the first: wraps round to the last
    assert counter.inner_text() == f"{total} / {total}"
    assert page.locator("mark.current").get_attribute("id") == f"hit-{total}"
    page.locator("nav#hitnav a.hit-next").click()  # from the last, next is the first
    assert counter.inner_text() == f"1 / {total}"
    page.locator(".hit-float-next").click()
    assert page.evaluate("location.hash") == "#hit-2"
    # typing n in the search box types, it does not jump
    page.get_by_role("combobox", name="检索词").press("n")
    assert counter.inner_text() == f"2 / {total}"

    # the outline's anchors lead to their sections
    outline = page.locator("#outline a")
    if outline.count():
        target = outline.first.get_attribute("href")
        outline.first.click()
        assert page.evaluate("location.hash") == target
        assert page.locator(target).is_visible()


def test_hit_links_work_without_javascript(browser, server):
    context = browser.new_context(java_script_enabled=False, base_url=server, viewport={"width": 1280, "height": 900})
    try:
        page = context.new_page()
        first = api(server, q=Q)["results"][0]
        page.goto(f"/report/{first['id']}?q={quote(Q)}")
        assert page.locator(".hit-float").count() == 0
        page.locator("nav#hitnav a.hit-next").click()
        assert page.evaluate("location.hash") == "#hit-1"
        page.locator("details.hit-list summary").click()
        page.locator('details.hit-list a[href="#hit-3"]').click()
        assert page.evaluate("location.hash") == "#hit-3"
        assert page.locator("mark#hit-3").is_visible()
        assert page.locator("mark:target").get_attribute("id") == "hit-3"
    finally:
        context.close()


def test_export_csv_downloads_the_matching_reports(page, server):
    page.goto(f"/?q={Q}")
    with page.expect_download() as info:
        page.get_by_role("link", name="导出 CSV").click()
    download = info.value
    assert re.fullmatch(rf"园区报告-{Q}-\d{{4}}-\d{{2}}-\d{{2}}\.csv", download.suggested_filename)
    body = open(download.path(), "rb").read()
    assert body.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(body.decode("utf-8-sig"))))
    shown = {r["id"] for r in api(server, q=Q, per_page=100)["results"]}
    every = {r["id"] for r in api(server, q=Q, per_page=100, collapse=0)["results"]}
    assert shown <= {r["编号"] for r in rows} <= every
    assert all(r["标题"] for r in rows)


def test_download_the_original_file(page, server):
    first = api(server, q=Q)["results"][0]
    page.goto(f"/report/{first['id']}")
    with page.expect_download() as info:
        page.get_by_role("link", name="下载原始文件").click()
    download = info.value
    assert download.suggested_filename == first["source"].rsplit("/", 1)[-1]
    assert open(download.path(), "rb").read() == (CORPUS / first["source"]).read_bytes()


def test_phone_width(phone, server):
    phone.goto(f"/?q={Q}")
    width = phone.evaluate("document.documentElement.scrollWidth")
    assert width <= 390, f"the search page scrolls sideways on a phone ({width}px)"
    assert phone.get_by_role("combobox", name="检索词").is_visible()
    filters = phone.locator("details.filters")
    assert filters.get_attribute("open") is None  # folded on a phone, so results come first
    assert phone.locator("li.hit").first.is_visible()
    phone.screenshot(path=str(ARTIFACTS / "search-phone.png"), full_page=True)
    filters.locator("summary").click()
    park = phone.locator('[data-facet="park"] a').first
    assert park.is_visible()
    park.click()
    phone.wait_for_url(re.compile(r"park="))
    assert phone.locator("a.chip").count() == 1
    phone.screenshot(path=str(ARTIFACTS / "search-phone-filtered.png"), full_page=True)

    phone.locator("li.hit h3 a").first.click()
    phone.wait_for_url(re.compile(r"/report/"))
    width = phone.evaluate("document.documentElement.scrollWidth")
    assert width <= 390, f"the report page scrolls sideways on a phone ({width}px)"
    assert phone.locator(".hit-float").is_visible()
    phone.locator(".hit-float-next").tap()
    assert phone.locator(".hit-counter").inner_text().startswith("1 / ")
    phone.screenshot(path=str(ARTIFACTS / "report-phone.png"))


@pytest.mark.parametrize("path, status", [("/", 200), ("/?q=%3Cscript%3E", 200), ("/?year=bad", 400), ("/nope", 404)])
def test_no_csp_violation_or_console_error_on_other_pages(page, path, status):
    """The ``page`` fixture fails the test on any CSP violation or console error; the stylesheet must apply."""
    if status != 200:
        page.watch.allow(f"status of {status}")  # the error page's own status is logged, and expected
    response = page.goto(path)
    assert response.status == status
    assert page.evaluate("getComputedStyle(document.querySelector('header.site')).display") == "flex"
