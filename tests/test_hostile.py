"""Hostile queries and parameters: always 200 or 400 with a Chinese message, never a 5xx or an echo."""
from __future__ import annotations

import json
import re
import subprocess

import pytest

from conftest import parksearch_command

HOSTILE_QUERIES = [
    '"', '""', '"工业园区', '工业园区"', "(", ")", "((工业园区)", "工业园区))",
    "AND", "OR", "NOT", "AND OR NOT", "-", "+", "*", "**", "?", "~", "^", ":", "park:", "year:", "title:",
    "heading:", "park:\"", "year:abc", "year:2019-", "year:-2023", "year:3000-1000", "year:[2019 TO",
    "year:2019-2023-2025", "招商*引资", "*招商", "工业园区~2", "工业园区^", "[", "]", "{", "}", "\\",
    "工" * 10000, "工业园区 " * 2000, "a" * 10000,
    "\x00", "工业\x00园区", "\x07\x1b[31m", "\u200f工业园区\u200e", "\u202e区园业工",
    "😀", "园区😀", "𠀀𠀁𠀂", "𪚥𪚥", "\ufeff园区", "　", "\t\n\r",
    "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "</mark><b>x</b>",
    "{{7*7}}", "{% for x in y %}", "${7*7}", "' OR 1=1 --", "'; DROP TABLE reports; --", "%00", "%s%s%s",
    "../../etc/passwd", "park:../../etc", "NOT NOT NOT 园区", "OR 园区 OR", "园区 AND", "(园区 OR",
    "园区 -", "-园区", "--园区", "title:(园区", "park:金岭工业园 OR", "\"\"\"园区\"\"\"",
]

HOSTILE_PARAMS = [
    ({"page": "-1"}, 400), ({"page": "0"}, 400), ({"page": "abc"}, 400), ({"page": "1.5"}, 400),
    ({"page": "99999999999999999999"}, 200), ({"page": "1e9"}, 400), ({"page": ""}, 200),
    ({"per_page": "0"}, 400), ({"per_page": "-5"}, 400), ({"per_page": "101"}, 400), ({"per_page": "x"}, 400),
    ({"per_page": "100"}, 200), ({"per_page": "1"}, 200),
    ({"year": "abc"}, 400), ({"year": "20xx"}, 400), ({"year": "-2023"}, 200), ({"year": "2023-"}, 200),
    ({"year": "2019-2023"}, 200), ({"year": "2019-20"}, 400), ({"year": "unknown"}, 200),
    ({"year": "2023"}, 200), ({"year": "99999"}, 400), ({"sort": "random"}, 400), ({"sort": "year"}, 200),
    ({"type": "<script>"}, 400), ({"section": "x"}, 400), ({"section": "存在问题"}, 200),
    ({"park": "<script>alert(1)</script>"}, 200), ({"park": "unknown"}, 200), ({"park": "\x00"}, 200),
    ({"collapse": "maybe"}, 200),
]


def assert_safe_json(response, allowed=(200, 400)):
    assert response.status_code in allowed, response.get_data(as_text=True)[:500]
    data = response.get_json()
    assert data is not None
    if response.status_code == 400:
        assert re.search(r"[\u4e00-\u9fff]", data["error"]), data
    return data


@pytest.mark.parametrize("q", HOSTILE_QUERIES, ids=range(len(HOSTILE_QUERIES)))
def test_hostile_query_api(client, q):
    data = assert_safe_json(client.get("/api/search", query_string={"q": q}))
    if "results" in data:
        for row in data["results"]:
            for snippet in row["snippets"]:
                stripped = snippet["html"].replace("<mark>", "").replace("</mark>", "")
                assert "<" not in stripped


@pytest.mark.parametrize("q", HOSTILE_QUERIES, ids=range(len(HOSTILE_QUERIES)))
def test_hostile_query_page(client, q):
    response = client.get("/", query_string={"q": q})
    assert response.status_code in (200, 400)
    page = response.get_data(as_text=True)
    assert "Traceback" not in page
    for raw in ("<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "</mark><b>x</b>"):
        if raw in q:
            assert raw not in page
    assert "49" not in page or "{{7*7}}" not in q or "{{7*7}}" in page.replace("&#39;", "'")


@pytest.mark.parametrize("params, status", HOSTILE_PARAMS, ids=[str(p) for p, _ in HOSTILE_PARAMS])
def test_hostile_parameters(client, params, status):
    response = client.get("/api/search", query_string=params)
    assert response.status_code == status, response.get_data(as_text=True)[:300]
    assert_safe_json(response)
    page = client.get("/", query_string=params)
    assert page.status_code == status
    csv = client.get("/export.csv", query_string=params)
    assert csv.status_code == status


@pytest.mark.parametrize("path", [
    "/report/../../etc/passwd", "/report/..%2F..%2Fetc%2Fpasswd", "/report/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
    "/api/report/....//....//etc/passwd", "/api/report/" + "a" * 5000, "/report/" + "0" * 16 + "/../x",
    "/static/../../indexer/cli.py", "/static/..%2f..%2fpyproject.toml", "/static/%2e%2e/%2e%2e/README.md",
    "/api/report/%00", "/report/%EF%BF%BD", "/api/report/ABCDEF0123456789",
])
def test_paths_cannot_escape(client, path):
    response = client.get(path)
    assert response.status_code in (400, 404), (path, response.status_code)
    body = response.get_data(as_text=True)
    assert "[project]" not in body and "import" not in body and "root:" not in body


@pytest.mark.parametrize("q", ['"', "(园区", "year:abc", "\x01\x1b", "<script>", "工" * 500, "NOT"])
def test_hostile_query_cli(index_dir, q):
    proc = subprocess.run(parksearch_command() + ["search", q, "--index", str(index_dir), "--json"],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    json.loads(proc.stdout)


@pytest.mark.parametrize("args", [["--page", "0"], ["--limit", "0"], ["--year", "abc"], ["--sort", "x"],
                                  ["--park", "x", "工" * 3000]])
def test_bad_cli_parameters_exit_nonzero_with_message(index_dir, args):
    proc = subprocess.run(parksearch_command() + ["search", "--index", str(index_dir)] + (args if len(args) > 2 else ["园区"] + args),
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode != 0
    assert "Traceback" not in proc.stderr and re.search(r"[\u4e00-\u9fff]", proc.stderr)
