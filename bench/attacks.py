"""The attack table of issue 17, against the real server: what each request costs now.

`python bench/attacks.py --index DIR --corpus DIR` starts `parksearch serve` on a free loopback port and
sends each hostile request of the table (a common character, many characters ANDed, a long query with every
section filter, thousands of filter values, a long q on a report page, deep brackets, a burst of heavy
queries, exports of every report, alone and four at once, a hundred slow sockets). For each it prints the
status, the wall time, the CPU seconds of the server and of every process under it (its export process: from
/proc) and their memory before and after (RssAnon summed, and Pss_Anon: a page the server shares with its forked
export process counted once). `--checkout DIR` serves DIR's code (base and branch alternated). Only loopback is
used; every loop is bounded.

`--heap-trace DIR` serves with ``PARKSEARCH_HEAP_TRACE=DIR`` (indexer/heap.py: allocations traced, several
times slower, with CPU allowances ten times wider: its times mean nothing) and after the warm-up and each row has
every process of the server write a snapshot and its memory report there (`--heap-frames 0`: the reports only,
nothing traced, nothing slower); `python bench/heap_sites.py DIR` then says, row by row, which
allocation sites grew and how much of the growth was live objects and how much freed heap kept.
"""
from __future__ import annotations

import argparse
import json
import os
import signal
import socket
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from load import (mix_urls, process_memory_mb, server_cpu_seconds, server_memory_mb, server_pids,  # noqa: E402
                  server_rss_mb, start_server)

FREQUENT = ("的是在和了有为一不这中大国个上们以要到说时地也子就出会可下而过生能对年着发展建设工作经济企业项目产业园区管理服务"
            "推进加强实施完成提高开展社会政府全面增长重点改革创新市场投资基础设施")
SECTIONS = [("section", s) for s in ("成效进展", "做法措施", "存在问题", "计划安排")]


def get(url: str, timeout: float = 120) -> tuple[int, int]:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return response.status, len(response.read())
    except urllib.error.HTTPError as error:
        return error.code, len(error.read())
    except OSError as error:
        return -1, len(str(error))


HEAP_TRACE: Path | None = None  # --heap-trace: the folder the server's snapshots go to


def snapshot_heap(pid: int, label: str, timeout: float = 600) -> None:
    """With --heap-trace: each process of the server writes its snapshot (SIGUSR2), waited for;
    ``rows.jsonl`` says which snapshot number follows which row."""
    if HEAP_TRACE is None:
        return
    for each in server_pids(pid):
        before = {p.name for p in HEAP_TRACE.glob(f"{each}-*.json")}
        os.kill(each, signal.SIGUSR2)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            now = {p.name for p in HEAP_TRACE.glob(f"{each}-*.json")}
            if now - before:
                break
            time.sleep(0.2)
    with open(HEAP_TRACE / "rows.jsonl", "a", encoding="utf-8") as f:
        f.write(json.dumps({"after": label, "files": sorted(
            max(HEAP_TRACE.glob(f"{each}-*.json")).stem for each in server_pids(pid)
            if any(HEAP_TRACE.glob(f"{each}-*.json")))}, ensure_ascii=False) + "\n")


def measure(base: str, pid: int, label: str, action) -> dict:
    """One row: its status, wall time, the CPU seconds of the server and every process under it
    (the export process computes the exports), and the server's memory before and after
    (``anon_mb``: RssAnon summed over its processes; ``pss_anon_mb``: each shared page once;
    ``processes_pss_anon_mb``: each process's after the row)."""
    rss0, shared0 = server_rss_mb(pid), server_memory_mb(pid)["pss_anon"]
    cpu0, started = server_cpu_seconds(pid), time.perf_counter()
    status = action()
    row = {"attack": label, "status": status, "wall_s": round(time.perf_counter() - started, 2),
           "server_cpu_s": round(server_cpu_seconds(pid) - cpu0, 2), "anon_mb": [rss0, server_rss_mb(pid)],
           "pss_anon_mb": [shared0, server_memory_mb(pid)["pss_anon"]],
           # each process's after (the server, its export process): which one a row grows
           "processes_pss_anon_mb": [each["pss_anon"] for each in process_memory_mb(pid)]}
    print(json.dumps(row, ensure_ascii=False), flush=True)
    snapshot_heap(pid, label)
    return row


def burst(base: str, n: int) -> str:
    """``n`` different heavy searches at once while /healthz is asked; the statuses and healthz's worst time."""
    statuses, health = [], []

    def heavy(k):
        q = " ".join(FREQUENT[k * 3:k * 3 + 3])  # three characters, new for each client: no cache helps
        statuses.append(get(f"{base}/api/search?" + urllib.parse.urlencode([("q", q)] + SECTIONS[:k % 4 + 1]))[0])

    threads = [threading.Thread(target=heavy, args=(k,)) for k in range(n)]
    for t in threads:
        t.start()
    while any(t.is_alive() for t in threads) and len(health) < 300:
        started = time.perf_counter()
        get(f"{base}/healthz", timeout=30)
        health.append((time.perf_counter() - started) * 1000)
        time.sleep(0.1)
    for t in threads:
        t.join(timeout=120)
    return f"{sorted(statuses)}; /healthz max {max(health, default=0):.0f} ms over {len(health)}"


def exports_at_once(base: str, queries: list[str]) -> str:
    """One export per query, all at once (the export lane's slot, then the searches' for the
    ones that waited long): their statuses and sizes."""
    answers = []

    def one(q):
        answers.append(get(f"{base}/export.csv?" + urllib.parse.urlencode({"q": q}), timeout=300))

    threads = [threading.Thread(target=one, args=(q,)) for q in queries]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=300)
    return f"{sorted(status for status, _ in answers)}; {sum(size for _, size in answers) / 1e6:.1f} MB"


def slow_sockets(base: str, n: int) -> str:
    host, port = urllib.parse.urlsplit(base).hostname, urllib.parse.urlsplit(base).port
    socks = []
    try:
        for _ in range(n):
            s = socket.create_connection((host, port), timeout=5)
            s.sendall(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ")
            socks.append(s)
        started = time.perf_counter()
        status = get(f"{base}/healthz", timeout=30)[0]
        return f"/healthz {status} in {(time.perf_counter() - started) * 1000:.0f} ms with {n} slow sockets open"
    finally:
        for s in socks:
            s.close()


def run_table(base: str, pid: int) -> list[dict]:
    """Each row of the table once, in order."""
    rows = []

    def q(query, extra=()):
        return lambda: get(f"{base}/api/search?" + urllib.parse.urlencode([("q", query), *extra]))[0]

    rows.append(measure(base, pid, "q=的 (first)", q("的")))
    rows.append(measure(base, pid, "q=的 (again)", q("的")))
    rows.append(measure(base, pid, "q=园", q("园")))
    rows.append(measure(base, pid, "8 single characters ANDed", q(" ".join(FREQUENT[:8]))))
    rows.append(measure(base, pid, "16 single characters ANDed", q(" ".join(FREQUENT[8:24]))))
    rows.append(measure(base, pid, "120 characters + 4 section filters", q(" ".join(FREQUENT[:120]), SECTIONS)))
    rows.append(measure(base, pid, "的 + 4 section filters", q("的", SECTIONS)))
    parks = urllib.parse.urlencode([("park", f"p{i}") for i in range(6000)])
    rows.append(measure(base, pid, "/?park=p0…p5999 (65 KB URL)", lambda: get(f"{base}/?{parks}")[0]))
    parks = urllib.parse.urlencode([("park", f"p{i}") for i in range(21)])
    rows.append(measure(base, pid, "/?park= × 21", lambda: get(f"{base}/?{parks}")[0]))
    rid = json.load(urllib.request.urlopen(f"{base}/api/search?q=%E5%9B%AD%E5%8C%BA"))["results"][0]["id"]
    long_q = urllib.parse.quote("园" * 2000)
    rows.append(measure(base, pid, "/report/<id>?q= 2,000 characters", lambda: get(f"{base}/report/{rid}?q={long_q}")[0]))
    rows.append(measure(base, pid, "q= 499 × (", q("(" * 499)))
    rows.append(measure(base, pid, "8 heavy queries at once", lambda: burst(base, 8)))
    rows.append(measure(base, pid, "16 heavy queries at once", lambda: burst(base, 16)))
    rows.append(measure(base, pid, "export q=的 (every report)", lambda: get(f"{base}/export.csv?q=%E7%9A%84", 300)[0]))
    rows.append(measure(base, pid, "export q=园 + 4 section filters", lambda: get(
        f"{base}/export.csv?" + urllib.parse.urlencode([("q", "园"), *SECTIONS]), 300)[0]))
    rows.append(measure(base, pid, "4 exports at once", lambda: exports_at_once(base, ["的", "园区", "发展", "年"])))
    rows.append(measure(base, pid, "150 slow sockets", lambda: slow_sockets(base, 150)))
    rows.append(measure(base, pid, "/healthz", lambda: get(f"{base}/healthz")))
    return rows


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description="issue 17 的攻击表：逐项测量服务器的代价（只访问本机回环地址）")
    parser.add_argument("--index", type=Path, required=True)
    parser.add_argument("--corpus", type=Path, required=True)
    parser.add_argument("--rounds", type=int, default=1, help="把整张表连续跑几遍（看内存是否持平）")
    parser.add_argument("--warm", type=int, default=0,
                        help="攻击之前先按真实比例发这么多个普通请求（服务器在用的状态：缓存已满）")
    parser.add_argument("--checkout", type=Path, default=HERE.parent,
                        help="运行哪一份代码的 parksearch serve（默认本仓库；用于新旧版本交替对比）")
    parser.add_argument("--heap-trace", type=Path,
                        help="在这个文件夹里记下服务器每一项之后的内存快照（tracemalloc，很慢；用 bench/heap_sites.py 看）")
    parser.add_argument("--heap-frames", type=int, default=8,
                        help="--heap-trace 的快照每次分配记几层调用；0：不追踪分配，只记内存报告（不变慢）")
    args = parser.parse_args(argv)
    global HEAP_TRACE
    env = {}
    if args.heap_trace:
        HEAP_TRACE = args.heap_trace.resolve()
        HEAP_TRACE.mkdir(parents=True, exist_ok=True)
        env["PARKSEARCH_HEAP_TRACE"] = str(HEAP_TRACE)
        env["PARKSEARCH_HEAP_TRACE_FRAMES"] = str(args.heap_frames)
    server, base = start_server(args.index, args.corpus, checkout=args.checkout.resolve(), env=env,
                                timeout=600 if args.heap_trace else 120)
    pid = server.pid
    rows = []
    try:
        time.sleep(5)  # the lone characters' tables are built in the background at start-up
        if args.warm:  # a server in use: its bounded caches filled by ordinary requests first
            found = json.load(urllib.request.urlopen(f"{base}/api/search?per_page=100&sort=year", timeout=60))
            for _, url in mix_urls(base, args.warm, [row["id"] for row in found["results"]]):
                get(url)
            print(json.dumps({"warmed_with": args.warm, "anon_mb": server_rss_mb(pid),
                              "memory_mb": server_memory_mb(pid)}), flush=True)
        snapshot_heap(pid, "start")  # (with --heap-trace)
        rss_start, memory_start = server_rss_mb(pid), server_memory_mb(pid)
        for round_ in range(1, max(1, args.rounds) + 1):
            rows += run_table(base, pid)
            print(json.dumps({"round": round_, "anon_mb_start_end": [rss_start, server_rss_mb(pid)],
                              "memory_mb_start": memory_start, "memory_mb_end": server_memory_mb(pid),
                              "processes_mb_end": process_memory_mb(pid),
                              "vmrss_mb_end": server_rss_mb(pid, "VmRSS"), "load_average": os.getloadavg()}),
                  flush=True)
    finally:
        server.terminate()
        server.wait(timeout=10)


if __name__ == "__main__":
    main()
