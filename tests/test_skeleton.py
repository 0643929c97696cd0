"""The walking skeleton end to end: index the seeds, search them from the CLI, the API and the page."""
from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import urllib.error
import urllib.request

import re

import pytest

from indexer.search import reports
from indexer.analysis import normalize

from conftest import CORPUS, parksearch_command

RESULT_KEYS = {"id", "source", "n", "title", "park", "year", "doc_type", "period", "score", "snippets", "similar"}


def run_cli(*args, check=True):
    proc = subprocess.run(parksearch_command() + list(args), capture_output=True, text=True, timeout=300)
    if check and proc.returncode != 0:
        raise AssertionError(f"parksearch {' '.join(args)} exited {proc.returncode}:\n{proc.stderr}")
    return proc


@pytest.fixture(scope="module")
def cli_index(tmp_path_factory):
    folder = tmp_path_factory.mktemp("cli-index")
    proc = run_cli("index", "--corpus", str(CORPUS), "--index", str(folder), "--json")
    return folder, json.loads(proc.stdout), proc.stderr


def test_cli_index_summarises_and_reports_progress(cli_index):
    _, summary, stderr = cli_index
    assert summary["added"] == 5 and summary["skipped"] == []
    assert summary["reports"] >= 5
    assert "[5/5]" in stderr  # progress on stderr, JSON alone on stdout


def test_cli_search_json_is_contract_shaped(cli_index):
    folder, _, _ = cli_index
    data = json.loads(run_cli("search", "招商引资", "--index", str(folder), "--json").stdout)
    assert data["query"] == "招商引资"
    assert data["total"] >= 3 and data["results"]
    assert set(data["facets"]) == {"park", "year", "doc_type", "section"}
    for row in data["results"]:
        assert RESULT_KEYS <= set(row)
        marked = re.findall(r"<mark>(.*?)</mark>", "".join(s["html"] for s in row["snippets"]))
        # the mark sits on the page's own characters: 招商引資 on a Traditional page
        assert marked and all(normalize(m) == "招商引资" for m in marked), marked
    sources = {row["source"] for row in data["results"]}
    assert "004_b31896b464007f3c.txt" in sources  # the 金岭工业园 report says 招商引资 several times


def test_cli_search_plain_output_marks_matches(cli_index):
    folder, _, _ = cli_index
    out = run_cli("search", "污水处理", "--index", str(folder)).stdout
    assert "【污水处理】" in out


def test_cli_missing_corpus_fails_clearly(tmp_path):
    proc = run_cli("index", "--corpus", str(tmp_path / "nope"), "--index", str(tmp_path / "ix"), check=False)
    assert proc.returncode != 0
    assert "找不到语料文件夹" in proc.stderr and "Traceback" not in proc.stderr


def test_cli_search_without_index_says_how_to_build_one(tmp_path):
    proc = run_cli("search", "园区", "--index", str(tmp_path / "none"), check=False)
    assert proc.returncode != 0
    assert "parksearch index" in proc.stderr and "Traceback" not in proc.stderr


def test_cli_inspect_json(tmp_path):
    proc = run_cli("inspect", str(CORPUS / "003_f114aee61d62d867.txt"), "--json")
    data = json.loads(proc.stdout)
    assert data["format"] == "txt" and data["skipped"] is None
    assert data["reports"] and data["reports"][0]["chars"] > 1000
    assert any(s["level"] == 1 for s in data["reports"][0]["sections"])


@pytest.mark.parametrize("command", ["index", "search", "inspect", "serve"])
def test_every_command_has_help(command):
    out = run_cli(command, "--help").stdout
    assert len(out.splitlines()) > 3


def test_api_search_phrase_and_snippet_escape(client):
    data = client.get("/api/search", query_string={"q": "污水处理"}).get_json()
    assert data["total"] >= 1
    html = "".join(s["html"] for r in data["results"] for s in r["snippets"])
    assert "<mark>污水处理</mark>" in html
    # only <mark> is markup: no other tag survives in a snippet
    assert html.replace("<mark>", "").replace("</mark>", "").count("<") == 0


def test_query_markup_is_never_echoed(client):
    attack = '<script>alert(1)</script>"工业园区'
    page = client.get("/", query_string={"q": attack}).get_data(as_text=True)
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;" in page


def test_filters_and_facets(client):
    everything = client.get("/api/search").get_json()
    assert everything["total"] >= 5  # empty q browses every report
    years = {f["value"]: f["count"] for f in everything["facets"]["year"]}
    known = [y for y in years if y is not None]
    assert known, "at least one seed report has a known year"
    year = known[0]
    only = client.get("/api/search", query_string={"year": str(year)}).get_json()
    assert only["total"] == years[year]
    assert all(r["year"] == year for r in only["results"])
    # the year facet ignores its own filter, so every year stays visible
    assert only["facets"]["year"] == everything["facets"]["year"]


@pytest.mark.parametrize("params, word", [
    ({"per_page": "0"}, "per_page"),
    ({"per_page": "101"}, "per_page"),
    ({"page": "0"}, "page"),
    ({"page": "abc"}, "page"),
    ({"year": "二〇二三"}, "年份"),
    ({"sort": "random"}, "排序"),
])
def test_bad_parameters_are_400_with_chinese_sentence(client, params, word):
    response = client.get("/api/search", query_string=params)
    assert response.status_code == 400
    assert word in response.get_json()["error"]


def test_page_past_the_end_is_empty_with_true_total(client):
    data = client.get("/api/search", query_string={"q": "园区", "page": "999"}).get_json()
    assert data["results"] == [] and data["total"] > 0


def test_report_routes(client):
    row = client.get("/api/search", query_string={"q": "招商引资"}).get_json()["results"][0]
    report = client.get(f"/api/report/{row['id']}").get_json()
    assert report["id"] == row["id"] and "招商引资" in report["text"]
    assert isinstance(report["sections"], list)
    page = client.get(f"/report/{row['id']}", query_string={"q": "招商引资"}).get_data(as_text=True)
    assert '<mark id="hit-1">招商引资</mark>' in page
    assert client.get("/report/0000000000000000").status_code == 404
    assert client.get("/api/report/..%2F..%2Fetc%2Fpasswd").status_code == 404


def test_export_csv_has_bom_and_rows(client):
    response = client.get("/export.csv", query_string={"q": "招商引资"})
    body = response.get_data(as_text=True)
    assert body.startswith("\ufeff")
    rows = list(csv.DictReader(io.StringIO(body[1:])))
    assert rows and all(r["标题"] for r in rows)  # Chinese headers, for Excel users


def test_served_by_production_server(server):
    with urllib.request.urlopen(server + "/healthz") as response:
        health = json.load(response)
        assert response.headers["Server"] == "parksearch"  # waitress, not Flask's dev server
        assert "Content-Security-Policy" in response.headers
    assert health["status"] == "ok" and health["reports"] >= 5
    query = urllib.parse.quote("招商引资")
    for route in ("/", f"/?q={query}", f"/api/search?q={query}", f"/export.csv?q={query}"):
        with urllib.request.urlopen(server + route) as response:
            assert response.status == 200
    with pytest.raises(urllib.error.HTTPError) as info:
        urllib.request.urlopen(server + "/api/search?per_page=0")
    assert info.value.code == 400


import urllib.parse  # noqa: E402


def test_section_facet_counts_reports_having_each_kind(client, service):
    everything = client.get("/api/search", query_string={"per_page": "100", "collapse": "0"}).get_json()
    expected = {}
    for row in everything["results"]:
        kinds = {s["category"] for s in reports.report_data(service, row["id"])["sections"]}
        for kind in kinds:
            expected[kind] = expected.get(kind, 0) + 1
    got = {f["value"]: f["count"] for f in everything["facets"]["section"]}
    assert got == expected
    assert len(got) >= 3  # the seed reports have progress, measures, problems and plans sections


def test_report_paragraphs_do_not_open_with_the_headings_punctuation(client, service):
    # seed 003: "（一）超额完成各项经济指标。具体数据如下" — an inline heading ends at its 。
    found = client.get("/api/search", query_string={"q": "超额完成各项经济指标", "collapse": "0"}).get_json()
    assert found["results"]
    for row in found["results"]:
        view = reports.report_html(service, row["id"])
        for block in view["blocks"]:
            for paragraph in block["paragraphs"]:
                assert not str(paragraph).startswith(("。", "：", "；")), (block["heading"], str(paragraph)[:30])
