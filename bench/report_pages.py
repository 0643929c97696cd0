"""The report page under ``parksearch serve`` (run by hand, not in CI).

Generates a corpus (bench/generate.py), builds its index, starts the server on
loopback and opens every report's page once (each a first view: nothing of that
report is cached) and then again, timing each request end to end over HTTP and
reading the server's RSS before, between and after. The first-day target: every
report page under 100 ms at p95 with 1000 reports, and RSS flat.

    python bench/report_pages.py [--reports 1000] [--index DIR] [--out report-pages.json]

With ``--index`` an index built before is used (``parksearch index --corpus … --index DIR``).
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))
import generate  # noqa: E402
from run import PARKSEARCH, ENV, free_port, rss_kb  # noqa: E402

QUERY = "招商引资"


def _get(url: str) -> float:
    started = time.perf_counter()
    with urllib.request.urlopen(url, timeout=60) as response:
        response.read()
    return (time.perf_counter() - started) * 1000


def _percentiles(values: list[float]) -> dict:
    ordered = sorted(values)
    pick = lambda p: round(ordered[min(len(ordered) - 1, int(p * len(ordered)))], 1)  # noqa: E731
    return {"n": len(values), "p50": pick(0.5), "p95": pick(0.95), "max": round(ordered[-1], 1)}


def measure(index: Path, corpus: Path) -> dict:
    port = free_port()
    server = subprocess.Popen(PARKSEARCH + ["serve", "--port", str(port), "--index", str(index),
                                            "--corpus", str(corpus)], stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL, env=ENV)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(600):
            try:
                urllib.request.urlopen(base + "/healthz", timeout=2).read()
                break
            except OSError:
                time.sleep(0.1)
        ids = [r["id"] for r in json.load(urllib.request.urlopen(
            base + "/api/search?per_page=100&collapse=0"))["results"]]
        page = 2
        while True:  # every report's id, 100 at a time
            batch = json.load(urllib.request.urlopen(base + f"/api/search?per_page=100&collapse=0&page={page}"))
            if not batch["results"]:
                break
            ids += [r["id"] for r in batch["results"]]
            page += 1
        q = urllib.parse.quote(QUERY)
        rss = {"start": rss_kb(server.pid)}
        first = [_get(f"{base}/report/{rid}?q={q}") for rid in ids]
        rss["after_first_views"] = rss_kb(server.pid)
        again = [_get(f"{base}/report/{rid}?q={q}") for rid in ids]
        rss["after_second_views"] = rss_kb(server.pid)
        return {"reports": len(ids), "first_view_ms": _percentiles(first), "second_view_ms": _percentiles(again),
                "rss_kb": rss, "load_before": os.getloadavg()[0]}
    finally:
        server.terminate()
        server.wait(timeout=10)


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description="报告页基准测试")
    parser.add_argument("--reports", type=int, default=1000)
    parser.add_argument("--index", type=Path, help="已建好的索引（默认：生成语料并建索引）")
    parser.add_argument("--out", type=Path, help="把结果写成 JSON")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as work:
        work = Path(work)
        corpus = work / "corpus"
        index = args.index
        if index is None:
            generate.generate(corpus, args.reports)
            index = work / "index"
            subprocess.run(PARKSEARCH + ["index", "--corpus", str(corpus), "--index", str(index)], check=True,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=ENV)
        else:
            corpus.mkdir()
        result = measure(index, corpus)
    result["uptime"] = subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip()
    print(json.dumps(result, ensure_ascii=False, indent=2))
    if args.out:
        args.out.write_text(json.dumps(result, ensure_ascii=False, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
