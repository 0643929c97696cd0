"""What a demanding first-day user of the web UI tripped over, each checked in a real browser.

Debian's chromium via Playwright against the real app served by waitress (the ``page`` and
``phone`` fixtures of conftest.py fail a test on any console error or CSP violation).
"""
from __future__ import annotations

import csv
import io
import json
import re
import urllib.request
from urllib.parse import quote

from conftest import ARTIFACTS

Q = "招商引资"


def api(server, path):
    with urllib.request.urlopen(server + path) as response:
        return json.load(response)


def test_facet_counts_stand_in_one_column(page):
    # a park facet row has a 主页 link after its count: the counts used to float between the name
    # and that link, each at a different place, so a column of numbers could not be read down
    page.goto("/")
    rows = page.locator('[data-facet="park"] > ul > li').filter(has=page.locator(".count"))
    assert rows.count() >= 3
    rights = {round(b["x"] + b["width"]) for b in
              (rows.nth(i).locator(".count").bounding_box() for i in range(rows.count()))}
    assert max(rights) - min(rights) <= 1, f"counts end at {sorted(rights)}"


def test_browse_total_agrees_with_the_index_status(page, server):
    # the home page said 共有 22 篇 while 索引状态 said 25 篇: three near-copies are folded under
    # their best copy; the page now says so and offers every copy on its own
    data = api(server, "/api/search")
    reports = api(server, "/healthz")["reports"]
    assert data["collapsed"] > 0 and data["total"] + data["collapsed"] == reports
    page.goto("/")
    note = page.locator(".summary .folded")
    assert note.inner_text() == f"（另有 {data['collapsed']} 篇相似报告归在各结果下，逐篇列出）"
    note.get_by_role("link", name="逐篇列出").click()
    page.wait_for_url(re.compile(r"collapse=0"))
    assert int(page.locator(".summary .total").inner_text()) == reports
    assert page.locator(".summary .folded").count() == 0
    page.locator(".summary .unfolded").get_by_role("link", name="归到一起").click()
    page.wait_for_url(lambda url: "collapse" not in url)
    assert int(page.locator(".summary .total").inner_text()) == data["total"]


def test_no_result_offers_no_sort_and_no_empty_export(page):
    page.goto("/?q=" + quote("量子纠缠火星"))
    assert page.locator(".summary .total").inner_text() == "0"
    assert page.locator("a.export").count() == 0
    assert page.locator("[data-sort]").count() == 0


def test_skip_link_reaches_the_results_past_the_filters(page):
    # keyboard users met ~30 facet links before the first result
    page.goto("/?q=" + quote(Q))
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "跳到检索结果"
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    first = page.locator("li.hit h3 a").first.inner_text()
    assert page.evaluate("document.activeElement.textContent") == first


def test_park_home_links_say_whose_home(page):
    page.goto("/")
    links = page.locator('[data-facet="park"] a.park-home')
    assert links.count() >= 1
    for i in range(links.count()):
        link = links.nth(i)
        park = link.locator("xpath=..").locator("a").first.inner_text()
        assert link.get_attribute("aria-label") == f"{park} 的园区主页"


def test_park_page_names_one_year_once_and_tells_reports_apart(page, server):
    park = "金岭工业园"  # one report, 2007
    page.goto("/park/" + quote(park))
    summary = page.locator(".park-summary").inner_text()
    assert summary == "共 1 篇报告，2007 年。", summary
    # a park's reports often share a title (园区工作总结): each line shows the file it came from
    items = page.locator(".park-reports li").all()
    assert items
    for item in items:
        assert item.locator(".source").inner_text().endswith(".txt")
    page.screenshot(path=str(ARTIFACTS / "ux-park.png"), full_page=True)


def test_park_page_buttons_look_like_the_site(page):
    # the park page's 检索 and 显示 buttons were the browser's grey default
    page.goto("/park/" + quote("金岭工业园"))
    button = page.locator(".park-search button")
    colour = button.evaluate("b => getComputedStyle(b).backgroundColor")
    assert colour == "rgb(29, 95, 168)"  # --accent, like the header's 检索


def test_phone_search_box_hint_is_not_cut(phone):
    phone.goto("/")
    box = phone.get_by_role("combobox", name="检索词")
    fits = box.evaluate("""input => {
        const s = getComputedStyle(input), c = document.createElement('canvas').getContext('2d');
        c.font = `${s.fontSize} ${s.fontFamily}`;
        const room = input.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight);
        return c.measureText(input.placeholder).width <= room;
    }""")
    assert fits, "the search box's hint is cut off on a phone"
    phone.screenshot(path=str(ARTIFACTS / "ux-phone-home.png"))


def test_phone_summary_never_splits_the_timing(phone):
    # on a phone the summary wrapped as "（用" / "时 28.5 毫秒）"
    phone.goto("/")
    assert phone.locator(".summary .took").evaluate("e => e.getClientRects().length") == 1


def test_export_link_says_how_many_rows_the_file_has(page, server):
    # the page said 找到 N 篇 and the CSV held N + the folded copies, with nothing saying so
    page.goto("/?q=" + quote(Q))
    link = page.locator("a.export")
    with urllib.request.urlopen(server + link.get_attribute("href")) as response:
        rows = list(csv.reader(io.StringIO(response.read().decode("utf-8-sig"))))[1:]
    assert link.inner_text() == f"导出 CSV（{len(rows)} 篇）"


def test_footer_syntax_link_opens_the_syntax_table(page):
    # the footer's 检索语法 scrolled to a closed 「▸ 检索语法」 line: the help stayed hidden
    page.goto("/?q=" + quote(Q))
    page.locator("footer.site").get_by_role("link", name="检索语法").click()
    page.wait_for_url(re.compile(r"#syntax$"))
    assert page.locator("details.syntax").evaluate("d => d.open")
    assert page.locator("details.syntax table").is_visible()
    page.goto("/report-that-is-not-here")  # arriving from another page works the same
    page.watch.allow("404")
    page.goto("/#syntax")
    assert page.locator("details.syntax table").is_visible()


def test_syntax_examples_are_never_split_and_name_the_figure_search(page):
    page.goto("/#syntax")
    examples = page.locator("details.syntax td a.example code")
    assert "指标:税收" in examples.all_inner_texts()
    for i in range(examples.count()):
        assert examples.nth(i).evaluate("e => e.getClientRects().length") == 1, examples.nth(i).inner_text()


def test_out_of_range_messages_read_as_chinese(client):
    # 「应为 不小于 1 的整数」: a stray space where a number had been left out
    assert client.get("/api/search?page=0").get_json()["error"] == "参数 page=0 超出范围，应为不小于 1 的整数。"
    assert client.get("/api/search?per_page=1000").get_json()["error"] == "参数 per_page=1000 超出范围，应为 1 到 100 的整数。"


def test_a_result_figure_keeps_the_search(page):
    # a figure beside a result opened its report without the query: no marks in the text, and
    # the report page's way back led to the home page instead of these results
    q = "工业总产值"
    page.goto("/?q=" + quote(q) + "&sort=year")
    page.locator("li.hit a.figure").first.click()
    page.wait_for_url(re.compile(r"fig=\d+-\d+"))
    assert "q=" + quote(q) in page.url and "sort=year" in page.url
    assert page.locator("mark.figure").count() == 1
    assert page.locator(".report-text mark:not(.figure)").count() >= 1
    page.locator("a", has_text=f"返回“{q}”的检索结果").click()
    page.wait_for_url(re.compile(r"/\?"))
    assert page.get_by_role("combobox", name="检索词").input_value() == q
