"""Load while rebuilding: concurrent clients against the real server during full rebuilds.

`python bench/load.py [--reports 1000] [--clients 8] [--requests 200]` generates the benchmark corpus,
builds it, starts `parksearch serve` (waitress), and has N client threads send their requests while
`parksearch index --full` rebuilds the same index over and over. It prints requests/s, p50/p95 and the
failures (any status other than 200, or a connection error), which must be zero. Only loopback is used;
every loop is bounded in count and time. tests/test_load.py runs the same driver, smaller, in the suite.
"""
from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
ENV = dict(os.environ, PYTHONPATH=str(REPO))
PARKSEARCH = [sys.executable, "-c", "import sys; from indexer.cli import main; sys.exit(main())"]

QUERIES = [
    {"q": "招商引资"}, {"q": "基础设施建设"}, {"q": "污水处理"}, {"q": "\"标准厂房建设\""}, {"q": "招商 OR 引资"},
    {"q": "园区 -绿化"}, {"q": ""}, {"q": "土地", "section": "存在问题"}, {"q": "招商*"}, {"q": "year:2000-2023 园区"},
    {"q": "项目建设", "type": "工作总结"}, {"q": "经济发展", "sort": "year"},
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(index: Path, corpus: Path, timeout: float = 120) -> tuple[subprocess.Popen, str]:
    """`parksearch serve` on a free loopback port; returns once /healthz answers."""
    port = free_port()
    server = subprocess.Popen(PARKSEARCH + ["serve", "--port", str(port), "--index", str(index), "--corpus", str(corpus)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=ENV)
    base = f"http://127.0.0.1:{port}"
    deadline = time.time() + timeout
    while True:
        try:
            urllib.request.urlopen(base + "/healthz", timeout=2).read()
            return server, base
        except OSError:
            if time.time() > deadline or server.poll() is not None:
                server.kill()
                raise RuntimeError("parksearch serve did not start")
            time.sleep(0.2)


def hammer(base: str, clients: int, requests_per_client: int, stop_after: float = 600) -> dict:
    """``clients`` threads each send ``requests_per_client`` requests (API, page, CSV, report).

    Returns counts, failures (with the first few reasons) and latency percentiles.
    """
    urls = []
    for params in QUERIES:
        query = urllib.parse.urlencode(params)
        urls += [f"{base}/api/search?{query}", f"{base}/?{query}"]
    urls.append(f"{base}/export.csv?q=%E5%9B%AD%E5%8C%BA")
    first = json.load(urllib.request.urlopen(f"{base}/api/search?q=%E5%9B%AD%E5%8C%BA"))["results"]
    urls += [f"{base}/report/{row['id']}?q=%E5%9B%AD%E5%8C%BA" for row in first[:3]]
    times: list[float] = []
    failures: list[str] = []
    lock = threading.Lock()
    deadline = time.monotonic() + stop_after

    def client(k: int) -> None:
        for i in range(requests_per_client):
            if time.monotonic() > deadline:
                return
            url = urls[(k * 7 + i) % len(urls)]
            started = time.perf_counter()
            try:
                with urllib.request.urlopen(url, timeout=30) as response:
                    response.read()
                    ok = response.status == 200
                    reason = f"{response.status} {url}"
            except urllib.error.HTTPError as error:
                ok, reason = error.code == 404 and "/report/" in url, f"{error.code} {url}"
            except OSError as error:
                ok, reason = False, f"{type(error).__name__} {url}"
            elapsed = (time.perf_counter() - started) * 1000
            with lock:
                times.append(elapsed)
                if not ok:
                    failures.append(reason)

    started = time.perf_counter()
    threads = [threading.Thread(target=client, args=(k,)) for k in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - started
    times.sort()
    return {
        "clients": clients,
        "requests": len(times),
        "failures": len(failures),
        "failure_examples": failures[:5],
        "requests_per_second": round(len(times) / wall, 1) if wall else None,
        "p50_ms": round(statistics.median(times), 1) if times else None,
        "p95_ms": round(times[int(0.95 * (len(times) - 1))], 1) if times else None,
        "max_ms": round(times[-1], 1) if times else None,
    }


class RebuildLoop(threading.Thread):
    """Runs `parksearch index --full` on the index again and again until stopped (bounded)."""

    def __init__(self, corpus: Path, index: Path, max_runs: int = 50):
        super().__init__(daemon=True)
        self.corpus, self.index, self.max_runs = corpus, index, max_runs
        self.runs, self.failed = 0, []
        self._halt = threading.Event()

    def run(self) -> None:
        while not self._halt.is_set() and self.runs < self.max_runs:
            proc = subprocess.run(PARKSEARCH + ["index", "--full", "--corpus", str(self.corpus), "--index",
                                                str(self.index), "--json"], capture_output=True, text=True, env=ENV)
            self.runs += 1
            if proc.returncode != 0:
                self.failed.append(proc.stderr[-500:])

    def stop(self) -> None:
        self._halt.set()
        self.join(timeout=600)


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description="重建索引期间的并发负载测试（只访问本机回环地址）")
    parser.add_argument("--reports", type=int, default=1000)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--requests", type=int, default=200, help="每个客户端的请求数")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(HERE))
    import generate

    with tempfile.TemporaryDirectory() as work:
        corpus, index = Path(work) / "corpus", Path(work) / "index"
        generate.generate(corpus, args.reports)
        subprocess.run(PARKSEARCH + ["index", "--corpus", str(corpus), "--index", str(index)], check=True,
                       capture_output=True, env=ENV)
        server, base = start_server(index, corpus)
        rebuilds = RebuildLoop(corpus, index)
        try:
            rebuilds.start()
            stats = hammer(base, args.clients, args.requests)
        finally:
            rebuilds.stop()
            server.terminate()
            server.wait(timeout=10)
    stats.update(reports=args.reports, rebuilds_during_load=rebuilds.runs, rebuild_failures=len(rebuilds.failed))
    print(json.dumps(stats, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
