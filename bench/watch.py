"""The kept build process's cost (run by hand, not in CI): ``parksearch index --watch``.

On one generated corpus (bench/generate.py), or a folder given with ``--corpus``:

1. ``parksearch index --watch --json`` starts on an empty index: its first round is the full
   build (the process's CPU, its workers' included, from start to the first summary);
2. one file changed at a time, ``--incrementals`` times: the CPU the kept process spends
   from the change to the update's summary (the update), and then on the check the round
   after an update makes (a build that finds nothing: see indexer/build/watch.py);
3. the CPU of a look at the folder when nothing changed (over ``--idle`` seconds);
4. for comparison, a fresh ``parksearch index`` process doing the same one-file update.

CPU is read from /proc (the process's user + system time and its waited-for children's),
so this runs on Linux. On a shared machine, note the load (printed and written).

    python bench/watch.py [--reports 1000] [--corpus DIR] [--workers 2] [--incrementals 3] [--out result.json]
"""
from __future__ import annotations

import argparse
import json
import os
import queue
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))
import generate  # noqa: E402

ENV = dict(os.environ, PYTHONPATH=str(REPO))
PARKSEARCH = [sys.executable, "-c", "import sys; sys.path[:] = [p for p in sys.path if p not in ('', '.')]; "
              "from indexer.cli import main; sys.exit(main())"]
TICK = os.sysconf("SC_CLK_TCK")
ADDED = "园区新建光伏储能示范电站，年发电量可达一千万千瓦时。\n"


def cpu_of(pid: int) -> float:
    """User + system CPU seconds of ``pid`` and of its children it has waited for."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return sum(int(fields[i]) for i in (11, 12, 13, 14)) / TICK  # utime, stime, cutime, cstime


def lines_of(stream, into: queue.Queue) -> None:
    for line in stream:
        into.put(line)


def next_line(q: queue.Queue, contains: str, timeout: float) -> str:
    deadline = time.time() + timeout
    while True:
        line = q.get(timeout=max(0.01, deadline - time.time()))
        if contains in line:
            return line


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--reports", type=int, default=1000)
    parser.add_argument("--corpus", help="用这个文件夹（会复制一份）而不是生成语料")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--workers", type=int, default=os.cpu_count())
    parser.add_argument("--incrementals", type=int, default=3)
    parser.add_argument("--interval", type=float, default=1.0)
    parser.add_argument("--idle", type=float, default=20.0, help="测量空闲查看开销的秒数")
    parser.add_argument("--work", help="工作文件夹（默认临时文件夹，结束后删除）")
    parser.add_argument("--out", help="把结果写成 JSON")
    args = parser.parse_args()

    work = Path(args.work or tempfile.mkdtemp(prefix="parksearch-watch-"))
    corpus, index = work / "corpus", work / "index"
    shutil.rmtree(index, ignore_errors=True)
    if not corpus.is_dir():
        if args.corpus:
            shutil.copytree(args.corpus, corpus)
        else:
            generate.generate(corpus, reports=args.reports, seed=args.seed)
    files = sorted(p for p in corpus.rglob("*") if p.is_file())
    result = {"files": len(files), "workers": args.workers, "load_at_start": os.getloadavg()[0]}

    started = time.perf_counter()
    proc = subprocess.Popen(PARKSEARCH + ["index", "--corpus", str(corpus), "--index", str(index), "--watch", "--json",
                                          "--interval", str(args.interval), "--workers", str(args.workers)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=ENV)
    out, err = queue.Queue(), queue.Queue()
    threading.Thread(target=lines_of, args=(proc.stdout, out), daemon=True).start()
    threading.Thread(target=lines_of, args=(proc.stderr, err), daemon=True).start()
    try:
        full = json.loads(out.get(timeout=24 * 3600))
        result["full"] = {"cpu_seconds": round(cpu_of(proc.pid), 2), "seconds": round(time.perf_counter() - started, 1),
                          "build_seconds": full["seconds"], "reports": full["total_reports"],
                          "segments": full["segments"], "load": os.getloadavg()[0]}
        next_line(err, "索引已是最新", 600)  # the check after the full build
        time.sleep(args.interval * 2)
        print(f"full build in the kept process: {result['full']}", flush=True)

        before, t0 = cpu_of(proc.pid), time.perf_counter()
        time.sleep(args.idle)
        idle_cpu, idle_s = cpu_of(proc.pid) - before, time.perf_counter() - t0
        result["idle"] = {"seconds": round(idle_s, 1), "cpu_seconds": round(idle_cpu, 3),
                          "cpu_share_of_a_core": round(idle_cpu / idle_s, 4)}
        print(f"idle looks: {result['idle']}", flush=True)

        result["updates"] = []
        for k in range(args.incrementals):
            changed = files[(len(files) // 2 + 97 * k) % len(files)]
            load = os.getloadavg()[0]
            before, t0 = cpu_of(proc.pid), time.perf_counter()
            with open(changed, "a", encoding="utf-8") as f:
                f.write(ADDED)
            summary = json.loads(out.get(timeout=3600))
            update_cpu, update_s = cpu_of(proc.pid) - before, time.perf_counter() - t0
            assert summary["updated"] == 1, summary
            before = cpu_of(proc.pid)
            next_line(err, "索引已是最新", 600)
            time.sleep(0.2)
            check_cpu = cpu_of(proc.pid) - before
            row = {"update_cpu_seconds": round(update_cpu, 3), "check_cpu_seconds": round(check_cpu, 3),
                   "wall_seconds_change_to_summary": round(update_s, 2), "build_seconds": summary["seconds"],
                   "over_full_cpu": round((update_cpu + check_cpu) / result["full"]["cpu_seconds"], 4),
                   "bytes_written": summary["bytes_written"], "merged_reports": summary["merged_reports"],
                   "load": load}
            result["updates"].append(row)
            print(f"update {k + 1} in the kept process: {row}", flush=True)
            time.sleep(args.interval * 2)
    finally:
        proc.terminate()
        proc.wait(timeout=120)

    import resource
    changed = files[len(files) // 3]
    with open(changed, "a", encoding="utf-8") as f:
        f.write(ADDED)
    load = os.getloadavg()[0]
    before, t0 = resource.getrusage(resource.RUSAGE_CHILDREN), time.perf_counter()
    done = subprocess.run(PARKSEARCH + ["index", "--corpus", str(corpus), "--index", str(index), "--json"],
                          capture_output=True, text=True, env=ENV, check=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    summary = json.loads(done.stdout)
    assert summary["updated"] == 1, summary
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    result["fresh_process_update"] = {"cpu_seconds": round(cpu, 3), "seconds": round(time.perf_counter() - t0, 2),
                                      "over_full_cpu": round(cpu / result["full"]["cpu_seconds"], 4), "load": load}
    print(f"the same update by a fresh process: {result['fresh_process_update']}", flush=True)
    if args.out:
        Path(args.out).write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    if not args.work:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
