"""The web pages against the real app and a real index: facets, chips, year chart, pages, report page, download."""
from __future__ import annotations

import os
from html.parser import HTMLParser
from urllib.parse import parse_qs, urlsplit

import pytest
from flask import render_template

from conftest import CORPUS

from indexer.search import reports
from indexer.errors import NotFound
from webui import present

Q = "招商引资"


class Page(HTMLParser):
    """The parts of a rendered page the tests look at: links, elements by class or id, and text."""

    def __init__(self, html: str):
        super().__init__()
        self.links: list[dict] = []  # {"href", "class", "text", "attrs", "facet"}
        self.ids: set[str] = set()
        self.elements: list[tuple[str, dict]] = []
        self._stack: list[dict] = []
        self._facet = None
        self._open_link = None
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.elements.append((tag, attrs))
        if "id" in attrs:
            self.ids.add(attrs["id"])
        if "data-facet" in attrs:
            self._facet = attrs["data-facet"]
        if tag == "a":
            self._open_link = {"href": attrs.get("href"), "class": attrs.get("class") or "", "text": "",
                               "attrs": attrs, "facet": self._facet}
            self.links.append(self._open_link)

    def handle_endtag(self, tag):
        if tag == "a":
            self._open_link = None
        if tag == "section":
            self._facet = None

    def handle_data(self, data):
        if self._open_link is not None:
            self._open_link["text"] += data

    def by_class(self, name: str):
        return [(tag, attrs) for tag, attrs in self.elements if name in (attrs.get("class") or "").split()]


def text_of(html: str, css_class: str) -> str:
    """The text inside the first element with ``class="css_class"`` (no nesting needed here)."""
    marker = f'class="{css_class}">'
    at = html.index(marker) + len(marker)
    return html[at:html.index("<", at)]


def params(href: str) -> dict:
    return parse_qs(urlsplit(href).query)


def api(client, **query):
    response = client.get("/api/search", query_string=query)
    assert response.status_code == 200
    return response.get_json()


def page(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status, response.get_data(as_text=True)[:500]
    return response.get_data(as_text=True)


# -- the search page -----------------------------------------------------------------------------------

def test_search_page_shows_total_understood_and_keeps_the_query(client):
    data = api(client, q=Q)
    html = page(client, f"/?q={Q}")
    assert '<html lang="zh-CN">' in html
    assert text_of(html, "total") == str(data["total"])
    assert f'value="{Q}"' in html  # the box keeps the query
    assert data["understood"] and data["understood"] in html.replace("&#34;", '"')
    assert len(Page(html).by_class("hit")) == len(data["results"])


@pytest.mark.parametrize("facet, param", [("park", "park"), ("doc_type", "type"), ("section", "section"), ("year", "year")])
def test_each_facet_value_links_to_its_filter_and_the_count_holds(client, facet, param):
    data = api(client, q=Q)
    doc = Page(page(client, f"/?q={Q}"))
    assert data["facets"][facet], f"the seed corpus has {facet} values for {Q}"
    for item in data["facets"][facet]:
        value = present.facet_value(item["value"])
        links = [a for a in doc.links if a["facet"] == facet and params(a["href"]).get(param) == [value]]
        assert len(links) == 1, f"one link selects {param}={value}"
        href = links[0]["href"]
        assert params(href)["q"] == [Q] and "page" not in params(href)
        filtered = api(client, q=Q, **{param: value})
        assert filtered["total"] == item["count"]  # the count beside the value is what the filter gives
        shown = page(client, href)
        assert text_of(shown, "total") == str(filtered["total"])
        chips = [a for a in Page(shown).links if "chip" in a["class"].split()]
        assert [(c["attrs"]["data-param"], c["attrs"]["data-value"]) for c in chips] == [(param, value)]


def test_two_values_of_one_facet_combine_with_or_and_chips_remove_one_each(client):
    parks = [f["value"] for f in api(client)["facets"]["park"] if f["value"] is not None][:2]
    assert len(parks) == 2
    both = api(client, park=parks)
    assert both["total"] == sum(api(client, park=p)["total"] for p in parks)
    html = page(client, "/?" + "&".join(f"park={p}" for p in parks))
    assert text_of(html, "total") == str(both["total"])
    chips = [a for a in Page(html).links if "chip" in a["class"].split()]
    assert [c["attrs"]["data-value"] for c in chips] == parks
    for chip, other in zip(chips, reversed(parks)):
        assert params(chip["href"]).get("park") == [other]  # removing one keeps the other
    clear = [a for a in Page(html).links if "chip-clear" in a["class"]]
    assert len(clear) == 1 and "park" not in params(clear[0]["href"])


def test_filters_from_different_facets_combine_with_and(client):
    everything = api(client)
    year = next(f["value"] for f in everything["facets"]["year"] if f["value"] is not None)
    park = next(r["park"] for r in api(client, year=str(year))["results"] if r["park"])
    html = page(client, f"/?year={year}&park={park}")
    expected = api(client, year=str(year), park=park)
    assert expected["total"] >= 1
    assert all(r["year"] == year and r["park"] == park for r in expected["results"])
    assert text_of(html, "total") == str(expected["total"])


def test_the_search_box_keeps_filters_and_sort_but_starts_at_page_one(client):
    html = page(client, "/?q=园区&park=unknown&sort=year&page=2&per_page=2")
    form = html[html.index('<form class="searchbox"'):html.index("</form>")]
    hidden = {(attrs["name"], attrs["value"]) for tag, attrs in Page(form).elements
              if tag == "input" and attrs.get("type") == "hidden"}
    assert hidden == {("park", "unknown"), ("sort", "year"), ("per_page", "2")}


def url_app():
    """A bare app with the pages blueprints: enough for present.* to build URLs (park
    names link to the park page)."""
    from flask import Flask

    from webui import pages, parks

    app = Flask("webui-test")
    app.register_blueprint(pages.bp)
    app.register_blueprint(parks.bp)
    return app


def test_year_chart_bars_link_to_their_year_and_scale_to_the_busiest():
    facet = [{"value": None, "count": 9}, {"value": 2021, "count": 4}, {"value": 2018, "count": 2},
             {"value": 2019, "count": 1}]
    with url_app().test_request_context("/"):
        chart = present.year_chart(facet, {"q": ["土地"], "year": ["2018"]})
    bars = chart["bars"]
    assert [(b["year"], b["count"], b["chosen"], b["name"]) for b in bars] == [
        (2018, 2, True, "2018 年：2 篇"), (2019, 1, False, "2019 年：1 篇"), (2021, 4, False, "2021 年：4 篇")]
    # to scale: heights in proportion to the counts, every year of the range one equal slot (2020's is empty)
    plot = chart["base"] - present.YEAR_CHART_TOP
    assert [b["h"] for b in bars] == [plot / 2, plot / 4, plot]
    assert all(b["y"] + b["h"] == chart["base"] for b in bars)
    slot = present.YEAR_CHART_WIDTH / 4
    assert [b["slot_x"] for b in bars] == [0, slot, 3 * slot] and chart["top"] == 4
    assert [t["year"] for t in chart["ticks"]][0] == 2018 and chart["ticks"][-1]["year"] == 2021
    assert params(bars[2]["href"]) == {"q": ["土地"], "year": ["2018", "2021"]}
    assert params(bars[0]["href"]) == {"q": ["土地"]}  # clicking the chosen year removes it
    assert chart["unknown"]["count"] == 9 and params(chart["unknown"]["href"])["year"] == ["2018", "unknown"]


def test_year_chart_on_the_page_matches_the_year_facet(client):
    data = api(client)
    html = page(client, "/")
    bars = [a for a in Page(html).links if "bar" in a["class"].split()]
    known = {f["value"]: f["count"] for f in data["facets"]["year"] if f["value"] is not None}
    assert {int(a["attrs"]["data-year"]): params(a["href"])["year"] for a in bars} == {y: [str(y)] for y in known}
    # each bar's accessible name says its year and count
    assert {a["attrs"]["aria-label"] for a in bars} == {f"{y} 年：{c} 篇" for y, c in known.items()}
    unknown = [a for a in Page(html).links if a["attrs"].get("data-year") == "unknown"]
    unknown_count = sum(f["count"] for f in data["facets"]["year"] if f["value"] is None)
    assert len(unknown) == (1 if unknown_count else 0)


@pytest.mark.parametrize("page_no, last, expected", [
    (1, 1, [1]),
    (1, 3, [1, 2, 3]),
    (1, 10, [1, 2, 3, None, 10]),
    (6, 20, [1, None, 4, 5, 6, 7, 8, None, 20]),
    (4, 20, [1, 2, 3, 4, 5, 6, None, 20]),   # 1 … 2 would hide one page: show it instead
    (20, 20, [1, None, 18, 19, 20]),
    (1, 0, []),
])
def test_page_numbers(page_no, last, expected):
    assert present.page_numbers(page_no, last) == expected


def result_links(html: str) -> list[str]:
    return [a["href"].split("?")[0] for a in Page(html).links
            if a["href"].startswith("/report/") and a["facet"] is None and "similar-link" not in a["class"]
            and "figure" not in a["class"].split()]  # a key figure's link to its sentence is not a result


def test_numbered_pages_cover_every_result_once(client):
    data = api(client, per_page=2)
    last = present.last_page(data["total"], 2)
    assert last == -(-data["total"] // 2) and last > 1  # two a page
    html = page(client, "/?per_page=2")
    seen = result_links(html)
    for n in range(2, last + 1):
        numbered = [a for a in Page(html).links if a["text"].strip() == str(n) and "page" in params(a["href"])]
        assert len(numbered) == 1, f"one link to page {n}"
        assert params(numbered[0]["href"]) == {"page": [str(n)], "per_page": ["2"]}
        html = page(client, numbered[0]["href"])
        assert f'aria-current="page">{n}</strong>' in html
        seen += result_links(html)
    assert "下一页" not in html  # the last page has no next
    assert len(seen) == data["total"] == len(set(seen))


def test_sort_by_year_link_orders_newest_first(client):
    doc = Page(page(client, f"/?q=园区"))
    link = [a for a in doc.links if a["attrs"].get("data-sort") == "year"]
    assert len(link) == 1 and params(link[0]["href"]) == {"q": ["园区"], "sort": ["year"]}
    years = [r["year"] for r in api(client, q="园区", sort="year")["results"]]
    known = [y for y in years if y is not None]
    assert known == sorted(known, reverse=True)
    assert "<strong aria-current=\"true\">年份</strong>" in page(client, link[0]["href"])


def render_search(app, data: dict) -> str:
    """The search template over contract-shaped data, the way pages.index calls it."""
    with app.test_request_context("/"):
        return render_template("search/index.html", data=data, req=None, args={}, error=None, q=data["query"],
                               hidden=[], facets=present.facet_lists(data["facets"], {}),
                               years=present.year_chart(data["facets"]["year"], {}), chips=[], clear_href="/",
                               pages=[1], last_page=1, sort_links={"relevance": "/", "year": "/"},
                               export_href="/export.csv", api_href="/api/search")


def contract_data(**changes) -> dict:
    data = {"query": "", "understood": "全部报告", "warning": None, "total": 0, "page": 1, "per_page": 10,
            "took_ms": 1.0, "results": [], "facets": {"park": [], "year": [], "doc_type": [], "section": []}}
    data.update(changes)
    return data


def test_similar_reports_render_as_details(app):
    """A result that collapsed near-duplicates shows "另有 N 篇相似报告" with a link to each."""
    row = {"id": "a" * 16, "source": "a.txt", "n": 1, "title": "甲园区工作总结", "park": "甲园区", "year": 2020,
           "doc_type": "工作总结", "period": "全年", "score": 1.0, "snippets": [],
           "similar": [{"id": "b" * 16, "source": "b.txt", "n": 1, "title": "甲园区工作总结（转载）"},
                       {"id": "c" * 16, "source": "c.html", "n": 2, "title": "<b>甲</b>"}]}
    html = render_search(app, contract_data(total=1, results=[row]))
    block = html[html.index('<details class="similar">'):]
    block = block[:block.index("</details>")]
    assert "另有 2 篇相似报告" in block
    assert f'href="/report/{"b" * 16}"' in block and f'href="/report/{"c" * 16}"' in block
    assert "&lt;b&gt;甲&lt;/b&gt;" in block and "c.html · 第 2 篇" in block
    assert html.count('<details class="similar">') == 1


def test_query_understanding_and_warning_are_shown_escaped(app):
    html = render_search(app, contract_data(query='"招商', understood="“招商” <及>",
                                            warning="查询语法有误（如引号或括号不成对），已按普通词语检索。"))
    assert '<p class="understood">检索条件理解为：<span>“招商” &lt;及&gt;</span></p>' in html
    assert '<p class="warning" role="status">查询语法有误（如引号或括号不成对），已按普通词语检索。</p>' in html
    assert 'value="&#34;招商"' in html


def test_bad_parameter_on_the_page_is_400_with_the_sentence(client):
    html = page(client, f"/?q={Q}&year=去年", status=400)
    assert "年份" in html and "四位数字" in html
    assert "检索条件有误" in html


@pytest.mark.parametrize("url", [
    "/?q=<script>alert(1)</script>",
    "/?park=<script>alert(1)</script>",
    "/?q=x&type=<img src=x onerror=alert(1)>",
    "/report/{id}?q=<script>alert(1)</script>",
])
def test_markup_in_parameters_is_escaped_everywhere(client, url):
    report_id = api(client, q=Q)["results"][0]["id"]
    response = client.get(url.format(id=report_id))
    html = response.get_data(as_text=True)
    assert "<script>alert" not in html and "<img src=x" not in html


@pytest.mark.parametrize("url", ["/", f"/?q={Q}&per_page=2", "/report/{id}?q=" + Q, "/?year=bad", "/nope"])
def test_pages_carry_security_headers_and_nothing_inline(client, url):
    report_id = api(client, q=Q)["results"][0]["id"]
    response = client.get(url.format(id=report_id))
    csp = response.headers["Content-Security-Policy"]
    assert "default-src 'self'" in csp and "'unsafe-inline'" not in csp
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    html = response.get_data(as_text=True)
    doc = Page(html)
    assert all("src" in attrs for tag, attrs in doc.elements if tag == "script")  # no inline script
    assert not any(tag == "style" or "style" in attrs or any(k.startswith("on") for k in attrs)
                   for tag, attrs in doc.elements)


def test_app_is_not_in_debug_mode(index_dir):
    from webui import create_app

    assert create_app({"INDEX_DIR": str(index_dir)}).debug is False


# -- the report page ------------------------------------------------------------------------------------

@pytest.fixture
def first_hit(client):
    return api(client, q=Q)["results"][0]


def test_report_page_outline_anchors_and_hit_links(client, service, first_hit):
    html = page(client, f"/report/{first_hit['id']}?q={Q}")
    doc = Page(html)
    view = reports.report_html(service, first_hit["id"], Q)
    hits = view["hits"]
    assert hits >= 1
    assert {f"hit-{i}" for i in range(1, hits + 1)} <= doc.ids
    assert f"hit-{hits + 1}" not in doc.ids
    assert html.count('<mark id="hit-') == hits
    nav = {a["class"]: a["href"] for a in doc.links if a["class"] in ("hit-prev", "hit-next")}
    assert nav == {"hit-prev": f"#hit-{hits}", "hit-next": "#hit-1"}
    listed = [a["href"] for a in doc.links if a["href"] and a["href"].startswith("#hit-") and not a["class"]]
    assert listed == [f"#hit-{i}" for i in range(1, hits + 1)]
    outline = [a["href"] for a in doc.links if a["href"] and a["href"].startswith("#sec-")]
    headed = [b["anchor"] for b in view["blocks"] if b["heading"]]
    assert outline == [f"#{anchor}" for anchor in headed]
    assert set(headed) <= doc.ids
    counts = {o["anchor"]: o["hits"] for o in present.outline(view["blocks"])}
    lead = sum(1 for b in view["blocks"] if not b["heading"] for p in b["paragraphs"] for _ in range(str(p).count("<mark")))
    assert sum(counts.values()) + lead == hits


def test_report_page_key_phrases_and_related(client, service, first_hit):
    html = page(client, f"/report/{first_hit['id']}?q={Q}")
    doc = Page(html)
    phrases = reports.key_phrases(service, first_hit["id"])
    assert 1 <= len(phrases) <= 12 and len(set(phrases)) == len(phrases)
    assert not set(phrases) & {"园区", "工作", "建设"}  # words every report uses are no key phrase
    text = reports.report_data(service, first_hit["id"])["text"]
    assert all(w in text for w in phrases)
    phrase_links = [params(a["href"])["q"][0] for a in doc.links if a["class"] == "phrase"]
    assert phrase_links == phrases
    related = reports.related(service, first_hit["id"])
    assert first_hit["id"] not in {r["id"] for r in related}
    assert len(related) <= 5
    related_links = [a["href"].split("?")[0] for a in doc.links
                     if a["href"].startswith("/report/") and not a["href"].endswith("/source")
                     and "figure" not in a["class"].split()]  # (the report's own key figures link to itself)
    assert related_links == [f"/report/{r['id']}" for r in related]


def test_related_reports_share_key_terms(service, client):
    """The 金岭 report's nearest neighbour talks about the same things (more-like-this on its text)."""
    ids = {r["source"]: r["id"] for r in api(client, per_page=100)["results"]}
    related = reports.related(service, ids["004_b31896b464007f3c.txt"])
    assert related and all(r["id"] != ids["004_b31896b464007f3c.txt"] for r in related)
    scores = [r["score"] for r in related]
    assert scores == sorted(scores, reverse=True)


def test_source_download_is_the_original_file(client, first_hit):
    response = client.get(f"/report/{first_hit['id']}/source")
    assert response.status_code == 200
    assert response.headers["Content-Disposition"].startswith("attachment")
    assert os.path.basename(first_hit["source"]) in response.headers["Content-Disposition"]
    assert response.data == (CORPUS / first_hit["source"]).read_bytes()


def test_source_download_refuses_what_is_not_inside_the_corpus(service, first_hit, tmp_path):
    # a corpus folder where the report's file is a symlink leading out of it
    outside = tmp_path / "secret.txt"
    outside.write_text("机密", encoding="utf-8")
    corpus = tmp_path / "corpus"
    target = corpus / first_hit["source"]
    target.parent.mkdir(parents=True, exist_ok=True)
    target.symlink_to(outside)
    with pytest.raises(NotFound):
        reports.open_source_file(service, first_hit["id"], corpus)
    target.unlink()
    target.mkdir()  # a folder where the file should be
    with pytest.raises(NotFound):
        reports.open_source_file(service, first_hit["id"], corpus)
    with pytest.raises(NotFound):
        reports.open_source_file(service, first_hit["id"], tmp_path / "missing")
    with reports.open_source_file(service, first_hit["id"], CORPUS) as f:
        assert f.read() == (CORPUS / first_hit["source"]).read_bytes()


@pytest.mark.parametrize("url", ["/report/0000000000000000/source", "/report/..%2F..%2Fetc%2Fpasswd/source",
                                 "/report/abc/source"])
def test_source_download_of_unknown_report_is_404(client, url):
    response = client.get(url)
    assert response.status_code == 404 and "Content-Disposition" not in response.headers


def test_total_is_zero_when_the_filters_exclude_everything(client):
    parks = {r["park"] for r in api(client, year="2023")["results"]}
    other = next(f["value"] for f in api(client, q=Q)["facets"]["park"] if f["value"] not in parks and f["value"])
    data = api(client, q=Q, year="2023", park=other, per_page=1)
    assert data["results"] == [] and data["total"] == 0
    assert text_of(page(client, f"/?q={Q}&year=2023&park={other}&per_page=1"), "total") == "0"


def test_long_facets_fold_after_eight_but_keep_chosen_values_visible():
    facets = {"park": [{"value": f"园区{i:02d}", "count": 20 - i} for i in range(10)] + [{"value": None, "count": 1}],
              "doc_type": [], "section": []}
    with url_app().test_request_context("/"):
        park = present.facet_lists(facets, {"park": ["园区09"]})[0]
    assert [v["label"] for v in park["values"]] == [f"园区{i:02d}" for i in range(8)] + ["园区09"]
    assert [v["label"] for v in park["more"]] == ["园区08", "不明"]
    assert park["values"][-1]["chosen"] and params(park["values"][-1]["href"]) == {}
    assert params(park["more"][-1]["href"]) == {"park": ["园区09", "unknown"]}


def test_url_building_keys_in_the_query_string_are_ignored(client):
    """url_for treats _external/_scheme/_anchor as instructions; a visitor's URL must not reach them."""
    html = page(client, f"/?q={Q}&_scheme=javascript&_external=1&_anchor=x&park=unknown")
    hrefs = [a["href"] for a in Page(html).links if a["href"]]
    assert hrefs and not any(h.startswith(("javascript", "http")) or "#x" in h or "_scheme" in h for h in hrefs)
    chips = [a for a in Page(html).links if "chip" in a["class"].split()]
    assert params(chips[0]["href"]) == {"q": [Q]}
