"""Load while rebuilding: concurrent clients against the real server during full rebuilds.

`python bench/load.py [--reports 1000] [--clients 8] [--requests 200]` generates the benchmark corpus,
builds it, starts `parksearch serve` (waitress), and has N client threads send their requests while
`parksearch index --full` rebuilds the same index over and over. It prints requests/s, p50/p95 and the
failures (any status other than 200, or a connection error), which must be zero. Only loopback is used;
every loop is bounded in count and time. tests/test_load.py runs the same driver, smaller, in the suite.

`python bench/load.py --mix [--index DIR --corpus DIR | --reports N] --clients 16 --requests 100` sends the
realistic mix instead (70 % searches, half JSON and half the page, with filters, later pages and sorts; 20 %
report pages; 10 % CSV exports; ~40 query shapes, lone characters and prefixes among them) while one more
thread asks /healthz every 0.2 s; it prints p50/p95/max per kind, the failures and the server's memory (all its
processes: ``server_anon_mb`` counts a page shared by the server and its forked export process in both,
``server_pss_anon_mb`` once).
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
# (`-c` puts the working directory first on sys.path, before PYTHONPATH: run from another checkout, the server
# would import that one's code, not --checkout's; PYTHONPATH always names the code here)
PARKSEARCH = [sys.executable, "-c", "import sys; sys.path[:] = [p for p in sys.path if p not in ('', '.')]; "
              "from indexer.cli import main; sys.exit(main())"]

QUERIES = [
    {"q": "招商引资"}, {"q": "基础设施建设"}, {"q": "污水处理"}, {"q": "\"标准厂房建设\""}, {"q": "招商 OR 引资"},
    {"q": "园区 -绿化"}, {"q": ""}, {"q": "土地", "section": "存在问题"}, {"q": "招商*"}, {"q": "year:2000-2023 园区"},
    {"q": "项目建设", "type": "工作总结"}, {"q": "经济发展", "sort": "year"},
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(index: Path, corpus: Path, timeout: float = 120, processes: int = 1,
                 checkout: Path = REPO, env: dict | None = None) -> tuple[subprocess.Popen, str]:
    """`parksearch serve` (the code of ``checkout``, ``env`` added to its environment) on a free
    loopback port; returns once /healthz answers."""
    port = free_port()
    server = subprocess.Popen(PARKSEARCH + ["serve", "--port", str(port), "--index", str(index), "--corpus", str(corpus),
                                            "--processes", str(processes)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                              env=dict(os.environ, **(env or {}), PYTHONPATH=str(checkout)))
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


# -- the realistic mix: 70 % searches, 20 % report pages, 10 % CSV exports --------------------

MIX_WORDS = ["招商引资", "基础设施", "污水处理", "项目建设", "安全生产", "土地", "企业", "标准厂房", "环境保护",
             "经济发展", "产业集聚", "服务", "税收", "就业", "道路", "融资", "节能减排", "科技创新", "园区管理",
             "改革", "投资", "人才", "物流", "电子信息", "新能源", "农业", "旅游", "民营经济", "招商", "用地",
             "的", "园", "年", "发展 建设", "项目 资金", "问题 困难", "计划 安排", "\"工业园区\"", "招商*", "建设*"]
MIX_PARKS = ["金岭工业园", "东湖工业园区", "青山经济开发区", "临港产业园", "滨江工业园", "高新产业园"]
MIX_SECTIONS = ["成效进展", "做法措施", "存在问题", "计划安排"]
MIX_TYPES = ["工作总结", "工作计划", "工作汇报"]


def mix_params(rng) -> dict:
    """One search as people send them: one or two words, sometimes a filter, a later page, a sort."""
    params = {"q": rng.choice(MIX_WORDS)}
    if rng.random() < 0.3:
        params["q"] += " " + rng.choice(MIX_WORDS[:30])
    roll = rng.random()
    if roll < 0.15:
        params["park"] = rng.choice(MIX_PARKS)
    elif roll < 0.3:
        params["year"] = str(rng.randint(2005, 2024))
    elif roll < 0.4:
        params["section"] = rng.choice(MIX_SECTIONS)
    elif roll < 0.5:
        params["type"] = rng.choice(MIX_TYPES)
    if rng.random() < 0.2:
        params["page"] = str(rng.randint(2, 4))
    if rng.random() < 0.1:
        params["sort"] = "year"
    return params


def mix_urls(base: str, count: int, ids: list[str], seed: int = 11, only: str | None = None) -> list[tuple[str, str]]:
    """``count`` (kind, url) pairs in the mix's proportions, in a reproducible order; with
    ``only``, the mix's requests of that kind alone (the same URLs, fewer of them)."""
    import random

    rng = random.Random(seed)
    out = []
    for _ in range(count):
        roll = rng.random()
        params = mix_params(rng)
        if roll < 0.7:
            route = "/api/search" if rng.random() < 0.5 else "/"
            out.append(("search", f"{base}{route}?{urllib.parse.urlencode(params)}"))
        elif roll < 0.9:
            q = urllib.parse.urlencode({"q": params["q"]})
            out.append(("report", f"{base}/report/{rng.choice(ids)}?{q}"))
        else:
            out.append(("csv", f"{base}/export.csv?{urllib.parse.urlencode(params)}"))
    return [pair for pair in out if pair[0] == only] if only else out


def server_pids(pid: int) -> list[int]:
    """The server's process and every process under it: its workers (``serve --processes N``
    forks N) and their export processes (webui.exports), whose CPU and memory are the server's."""
    pids, queue = [], [pid]
    while queue:
        each = queue.pop()
        pids.append(each)
        try:
            for task in Path(f"/proc/{each}/task").iterdir():
                queue += [int(c) for c in (task / "children").read_text().split()]
        except OSError:
            pass
    return pids


def server_rss_mb(pid: int, kind: str = "RssAnon") -> float | None:
    """The server's memory in MB, its workers' included: ``RssAnon`` (its own heap, what grows
    with caches) by default; ``VmRSS`` also counts the index files' pages it has mapped, which
    the OS can drop at will."""
    total = None
    for each in server_pids(pid):
        try:
            for line in Path(f"/proc/{each}/status").read_text().splitlines():
                if line.startswith(kind + ":"):
                    total = (total or 0) + int(line.split()[1]) / 1024
        except OSError:
            pass
    return None if total is None else round(total, 1)


def _rollup_mb(pid: int) -> dict[str, float]:
    """``/proc/PID/smaps_rollup``'s fields (Rss, Pss_Anon, Anonymous, Private_Dirty …) in MB."""
    fields = {}
    for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[2] == "kB":
            fields[parts[0].rstrip(":")] = int(parts[1]) / 1024
    return fields


def process_memory_mb(pid: int) -> list[dict]:
    """Each process of the server (the server and its export process; workers): pid, parent, and
    ``smaps_rollup``'s heap (Anonymous), Pss_Anon and USS (private pages) in MB."""
    rows = []
    for each in server_pids(pid):
        try:
            fields = _rollup_mb(each)
            parent = int(Path(f"/proc/{each}/stat").read_text().rsplit(")", 1)[1].split()[1])
        except OSError:
            continue
        rows.append({"pid": each, "parent": parent, "rss_anon": round(fields.get("Anonymous", 0.0), 1),
                     "pss_anon": round(fields.get("Pss_Anon", 0.0), 1),
                     "uss": round(fields.get("Private_Clean", 0.0) + fields.get("Private_Dirty", 0.0), 1)})
    return rows


def server_memory_mb(pid: int) -> dict:
    """The server's memory in MB, every process under it summed, as ``/proc/PID/smaps_rollup``
    counts it: ``pss_anon`` (its own heap, each page shared by n processes counted 1/n: the
    memory the server as a whole holds, what issue 14's aim reads with an export process forked
    from the server, whose pages both share until written), ``uss`` (pages only one process
    holds, mapped files' included) and ``rss_anon`` (each process's heap counted whole: a shared
    page once per process)."""
    total = {"rss_anon": 0.0, "pss_anon": 0.0, "pss": 0.0, "uss": 0.0}
    for each in server_pids(pid):
        try:
            fields = _rollup_mb(each)
        except OSError:
            continue
        total["rss_anon"] += fields.get("Anonymous", 0.0)
        total["pss_anon"] += fields.get("Pss_Anon", 0.0)
        total["pss"] += fields.get("Pss", 0.0)
        total["uss"] += fields.get("Private_Clean", 0.0) + fields.get("Private_Dirty", 0.0)
    return {key: round(value, 1) for key, value in total.items()}


def server_cpu_seconds(pid: int) -> float:
    """CPU seconds of the server and its running workers."""
    total = 0.0
    for each in server_pids(pid):
        try:
            fields = Path(f"/proc/{each}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return total


def percentiles(times: list[float]) -> dict:
    times = sorted(times)
    if not times:
        return {"n": 0}
    return {"n": len(times), "p50_ms": round(statistics.median(times), 1),
            "p95_ms": round(times[int(0.95 * (len(times) - 1))], 1), "max_ms": round(times[-1], 1)}


def mix(base: str, pid: int, clients: int, requests_per_client: int, stop_after: float = 1800,
        only: str | None = None) -> dict:
    """``clients`` threads send the realistic mix (or its requests of one kind, ``only``) while
    one more thread asks /healthz every 0.2 s."""
    found = json.load(urllib.request.urlopen(f"{base}/api/search?per_page=100&sort=year", timeout=60))["results"]
    ids = [row["id"] for row in found]
    urls = mix_urls(base, clients * requests_per_client, ids, only=only)
    times: dict[str, list[float]] = {"search": [], "report": [], "csv": []}
    slowest: dict[str, list[tuple[float, float, str]]] = {kind: [] for kind in times}  # what sets each kind's p95
    began = time.perf_counter()
    failures: list[str] = []
    health: list[float] = []
    lock = threading.Lock()
    done = threading.Event()
    deadline = time.monotonic() + stop_after
    rss = [server_rss_mb(pid)]
    shared = [server_memory_mb(pid)["pss_anon"]]
    cpu_start = server_cpu_seconds(pid)

    def client(k: int) -> None:
        for kind, url in urls[k::clients]:
            if time.monotonic() > deadline:
                return
            started = time.perf_counter()
            try:
                with urllib.request.urlopen(url, timeout=60) as response:
                    response.read()
                    ok, reason = response.status == 200, f"{response.status} {url}"
            except urllib.error.HTTPError as error:
                ok, reason = False, f"{error.code} {url}"
            except OSError as error:
                ok, reason = False, f"{type(error).__name__} {url}"
            elapsed = (time.perf_counter() - started) * 1000
            with lock:
                times[kind].append(elapsed)
                at = time.perf_counter() - began  # when it was asked, into the run
                slowest[kind] = sorted(slowest[kind] + [(elapsed, at - elapsed / 1000, url[len(base):])],
                                       reverse=True)[:5]
                if not ok:
                    failures.append(reason)

    def prober() -> None:
        while not done.wait(0.2) and time.monotonic() < deadline:
            started = time.perf_counter()
            try:
                urllib.request.urlopen(f"{base}/healthz", timeout=30).read()
                health.append((time.perf_counter() - started) * 1000)
            except OSError as error:
                failures.append(f"healthz {type(error).__name__}")
            if len(health) % 25 == 0:
                rss.append(server_rss_mb(pid))
                shared.append(server_memory_mb(pid)["pss_anon"])

    started = time.perf_counter()
    threads = [threading.Thread(target=client, args=(k,)) for k in range(clients)]
    probe = threading.Thread(target=prober)
    probe.start()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    done.set()
    probe.join()
    wall = time.perf_counter() - started
    total = sum(len(v) for v in times.values())
    rss.append(server_rss_mb(pid))
    shared.append(server_memory_mb(pid)["pss_anon"])
    return {
        "clients": clients, "requests": total, "failures": len(failures), "failure_examples": failures[:8],
        "requests_per_second": round(total / wall, 1) if wall else None, "seconds": round(wall, 1),
        "search": percentiles(times["search"]), "report": percentiles(times["report"]),
        "csv": percentiles(times["csv"]), "healthz": percentiles(health),
        "server_anon_mb": {"start": rss[0], "max": max(r for r in rss if r), "end": rss[-1]},
        "server_pss_anon_mb": {"start": shared[0], "max": max(shared), "end": shared[-1]},
        "server_processes_mb_end": process_memory_mb(pid),
        "server_cpu_seconds_per_request": round((server_cpu_seconds(pid) - cpu_start) / max(total, 1), 3),
        "slowest": {kind: [f"{ms:.0f} ms at {at:.1f} s {urllib.parse.unquote(path)}" for ms, at, path in slow]
                    for kind, slow in slowest.items()},
    }


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description="并发负载测试（只访问本机回环地址）：重建索引期间，或真实比例的混合请求")
    parser.add_argument("--reports", type=int, default=1000)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--requests", type=int, default=200, help="每个客户端的请求数")
    parser.add_argument("--mix", action="store_true",
                        help="真实比例的混合请求（70%% 检索、20%% 报告页、10%% CSV），同时每 0.2 秒访问 /healthz；不重建索引")
    parser.add_argument("--index", type=Path, help="用已建好的索引（和 --corpus 一起），不生成语料")
    parser.add_argument("--corpus", type=Path)
    parser.add_argument("--processes", type=int, default=1, help="服务进程数（parksearch serve --processes）")
    parser.add_argument("--only", choices=("search", "report", "csv"),
                        help="只发混合请求中的这一类（同样的网址），仍每 0.2 秒访问 /healthz")
    parser.add_argument("--checkout", type=Path, default=REPO,
                        help="运行哪一份代码的 parksearch serve（默认本仓库；用于新旧版本交替对比）")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(HERE))
    import generate

    if args.mix:
        load_at_start = os.getloadavg()  # the machine's other work, noted with the numbers
        with tempfile.TemporaryDirectory() as work:
            corpus, index = args.corpus, args.index
            if index is None:
                corpus, index = Path(work) / "corpus", Path(work) / "index"
                generate.generate(corpus, args.reports)
                subprocess.run(PARKSEARCH + ["index", "--corpus", str(corpus), "--index", str(index)], check=True,
                               capture_output=True, env=ENV)
            server, base = start_server(index, corpus, processes=args.processes, checkout=args.checkout.resolve())
            try:
                stats = mix(base, server.pid, args.clients, args.requests, only=args.only)
            finally:
                server.terminate()
                server.wait(timeout=10)
        stats.update(index=str(index) if args.index else f"{args.reports} generated reports", processes=args.processes,
                     only=args.only, checkout=str(args.checkout.resolve()),
                     load_average_at_start=load_at_start, load_average=os.getloadavg())
        print(json.dumps(stats, ensure_ascii=False, indent=2))
        return

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
