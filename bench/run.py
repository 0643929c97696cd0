"""The index-lifecycle benchmark (run by hand, not in CI).

In one run, on one generated corpus (bench/generate.py):

1. the jieba README recipe: Whoosh + ``jieba.analyse.ChineseAnalyzer``, one
   writer, the same files, the same text stored;
2. ``parksearch index --full`` with one worker and with ``--workers N``;
3. ``parksearch index`` after one file changed (incremental);
4. the API under ``parksearch serve`` (waitress on loopback): p50/p95 latency of
   ``/api/search`` with facets and snippets, and the server's RSS;
5. optionally (``--profile``) where a build's and a query's time goes.

    python bench/run.py [--reports 1000] [--workers 2] [--queries 300] [--out results.json]

``--cold-only --index DIR`` measures only first searches against an index built
before (``parksearch index --corpus … --index DIR``): each round is a fresh process
with its own ``SearchService`` that asks the 20 searches once, timed in process (wall
and CPU); then, unless ``--queries 0``, the API under ``parksearch serve`` as in 4.
On a shared machine compare two checkouts back to back, and read the per-search
minimum over rounds as well as the median: it is the least disturbed by other work.

    python bench/run.py --cold-only --index /tmp/ix [--rounds 5] [--queries 300] [--out cold.json]

Prints a table and writes the numbers as JSON.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))
import generate  # noqa: E402

ENV = dict(os.environ, PYTHONPATH=str(REPO))
PARKSEARCH = [sys.executable, "-c", "import sys; from indexer.cli import main; sys.exit(main())"]

QUERIES = [
    {"q": "招商引资"}, {"q": "基础设施建设"}, {"q": "污水处理"}, {"q": "土地"}, {"q": "\"标准厂房建设\""},
    {"q": "招商 OR 引资"}, {"q": "园区 -绿化"}, {"q": "改革开放"}, {"q": "经济发展"}, {"q": "科技创新"},
    {"q": "招商引资", "year": "2015"}, {"q": "土地", "section": "存在问题"}, {"q": "项目建设", "type": "工作总结"},
    {"q": ""}, {"q": "", "park": "金岭工业园"}, {"q": "招商*"}, {"q": "year:2010-2015 园区"},
    {"q": "节能减排", "sort": "year"}, {"q": "社会保障"}, {"q": "农民收入"},
]


def recipe_build(corpus: Path, index: Path) -> dict:
    """The jieba README's Whoosh example, applied to the corpus files."""
    from jieba.analyse import ChineseAnalyzer
    from whoosh.fields import ID, TEXT, Schema
    from whoosh.index import create_in

    started, cpu = time.perf_counter(), time.process_time()
    analyzer = ChineseAnalyzer()
    schema = Schema(title=TEXT(stored=True), path=ID(stored=True), content=TEXT(stored=True, analyzer=analyzer))
    index.mkdir(parents=True)
    ix = create_in(str(index), schema)
    writer = ix.writer()
    chars = 0
    for path in sorted(corpus.iterdir()):
        text = path.read_text(encoding="utf-8")
        chars += len(text)
        writer.add_document(title=text.split("\n", 1)[0], path=path.name, content=text)
    writer.commit()
    return {"seconds": round(time.perf_counter() - started, 2), "cpu_seconds": round(time.process_time() - cpu, 2),
            "chars": chars, "load_before": os.getloadavg()[0]}


def _read(path_and_root):
    from indexer.reading import pipeline

    path, root = path_and_root
    return pipeline.read_file(path, root)


def mpwriter_build(corpus: Path, index: Path, workers: int) -> dict:
    """The alternative design: a Pool reads, Whoosh's MpWriter (multisegment) analyses and writes."""
    import multiprocessing

    from whoosh.index import create_in

    sys.path.insert(0, str(REPO))
    from indexer.build.schema import make_schema
    from indexer.build.documents import report_document

    started = time.perf_counter()
    index.mkdir(parents=True)
    ix = create_in(str(index), make_schema())
    writer = ix.writer(procs=workers, multisegment=True, limitmb=512)
    with multiprocessing.get_context("fork").Pool(workers) as pool:
        for reading in pool.imap(_read, [(p, corpus) for p in sorted(corpus.iterdir())], chunksize=8):
            for report in reading.reports:
                writer.add_document(**report_document(reading.source, report))
    writer.commit()
    return {"seconds": round(time.perf_counter() - started, 2), "load_before": os.getloadavg()[0]}


def run_cli(*args) -> tuple[dict, dict]:
    """Run the CLI; its summary, and wall time, CPU time (itself and its workers), load before."""
    import resource

    load = os.getloadavg()[0]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    proc = subprocess.run(PARKSEARCH + list(args), capture_output=True, text=True, env=ENV)
    elapsed = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode != 0:
        raise SystemExit(f"parksearch {' '.join(args)} failed:\n{proc.stderr}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return json.loads(proc.stdout), {"seconds": round(elapsed, 2), "cpu_seconds": round(cpu, 2), "load_before": load}


def rss_kb(pid: int) -> dict:
    status = Path(f"/proc/{pid}/status").read_text()
    values = {}
    for line in status.splitlines():
        key, _, rest = line.partition(":")
        if key in ("VmRSS", "VmHWM", "RssAnon", "RssFile"):
            values[key] = int(rest.split()[0])
    return values


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def api_latency(index: Path, corpus: Path, n: int) -> dict:
    port = free_port()
    server = subprocess.Popen(PARKSEARCH + ["serve", "--port", str(port), "--index", str(index),
                                            "--corpus", str(corpus)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=ENV)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.time() + 120
        while True:
            try:
                urllib.request.urlopen(base + "/healthz", timeout=2).read()
                break
            except OSError:
                if time.time() > deadline or server.poll() is not None:
                    raise SystemExit("server did not start")
                time.sleep(0.2)
        import load  # bench/load.py: the server's memory, its export process included

        idle = rss_kb(server.pid)
        memory = {"after_warm_up": load.server_memory_mb(server.pid)}
        urls = [base + "/api/search?" + urllib.parse.urlencode(params) for params in QUERIES]
        urllib.request.urlopen(base + "/api/search?q=%E5%9B%AD%E5%8C%BA").read()  # first request of the process
        cold = []  # the first time each search is asked: no cached groups or facets to reuse
        for url in urls:
            started = time.perf_counter()
            urllib.request.urlopen(url).read()
            cold.append((time.perf_counter() - started) * 1000)
        memory["after_first_time_set"] = load.server_memory_mb(server.pid) | {
            "vm_rss": round(rss_kb(server.pid)["VmRSS"] / 1024, 1)}
        cold_in_order = [round(ms, 1) for ms in cold]
        cold.sort()
        times, took, snippets = [], [], 0
        for i in range(n):
            url = urls[i % len(urls)]
            started = time.perf_counter()
            body = urllib.request.urlopen(url).read()
            times.append((time.perf_counter() - started) * 1000)
            data = json.loads(body)
            took.append(data["took_ms"])
            snippets += sum(len(r["snippets"]) for r in data["results"])
            assert set(data["facets"]) == {"park", "year", "doc_type", "section"}
        busy = rss_kb(server.pid)
        memory["after_all"] = load.server_memory_mb(server.pid)
    finally:
        server.terminate()
        server.wait(timeout=10)
    times.sort()
    took.sort()
    return {
        "requests": n,
        "p50_ms": round(statistics.median(times), 1),
        "p95_ms": round(times[int(0.95 * (n - 1))], 1),
        "max_ms": round(times[-1], 1),
        "cold_searches": len(cold),
        "cold_p50_ms": round(statistics.median(cold), 1),
        "cold_p95_ms": round(cold[int(0.95 * (len(cold) - 1))], 1),
        "cold_max_ms": round(cold[-1], 1),
        "service_p50_ms": round(statistics.median(took), 1),
        "service_p95_ms": round(took[int(0.95 * (n - 1))], 1),
        "snippets_per_request": round(snippets / n, 1),
        "rss_idle_mb": round(idle["VmRSS"] / 1024, 1),
        "rss_after_mb": round(busy["VmRSS"] / 1024, 1),
        "rss_peak_mb": round(busy["VmHWM"] / 1024, 1),
        # VmRSS counts the mapped index files' pages a search touched (file-backed, clean,
        # given back under memory pressure); the process's own memory is the anonymous part
        "rss_anon_idle_mb": round(idle["RssAnon"] / 1024, 1),
        "rss_anon_after_mb": round(busy["RssAnon"] / 1024, 1),
        "rss_file_after_mb": round(busy["RssFile"] / 1024, 1),
        # every process of the server summed (bench/load.py): pss_anon counts a page the export
        # process shares with the server once
        "server_memory_mb": memory,
        "cold_ms_in_query_order": cold_in_order,
    }


def cold_round(index: Path) -> dict:
    """One process's first searches: a fresh SearchService, the first request of the process
    (as api_latency makes), then each of QUERIES once. Times in ms, in QUERIES order."""
    sys.path.insert(0, str(REPO))
    from indexer.search import SearchRequest, SearchService

    service = SearchService(index)
    service.search(SearchRequest.from_params({"q": ["园区"]}))
    wall, cpu = [], []
    for params in QUERIES:
        req = SearchRequest.from_params({k: [v] for k, v in params.items()})
        started, cpu_started = time.perf_counter(), time.process_time()
        service.search(req)
        wall.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - cpu_started) * 1000)
    return {"wall_ms": wall, "cpu_ms": cpu}


def _percentiles(values) -> dict:
    values = sorted(values)
    return {"p50_ms": round(statistics.median(values), 1), "p95_ms": round(values[int(0.95 * (len(values) - 1))], 1),
            "max_ms": round(values[-1], 1)}


def cold_searches(index: Path, rounds: int) -> dict:
    """``rounds`` fresh processes, each asking every search of QUERIES for the first time."""
    runs = []
    for _ in range(rounds):
        proc = subprocess.run([sys.executable, __file__, "--cold-round", "--index", str(index)],
                              capture_output=True, text=True, env=ENV)
        if proc.returncode != 0:
            raise SystemExit(f"cold round failed:\n{proc.stderr}")
        runs.append(json.loads(proc.stdout))
    per_search = list(zip(*(run["wall_ms"] for run in runs)))
    return {
        "rounds": rounds,
        "each_round_wall": [_percentiles(run["wall_ms"]) for run in runs],
        "each_round_cpu": [_percentiles(run["cpu_ms"]) for run in runs],
        "per_search_min": _percentiles(min(times) for times in per_search),
        "per_search_median": _percentiles(statistics.median(times) for times in per_search),
        "per_search": {json.dumps(params, ensure_ascii=False): [round(t, 1) for t in times]
                       for params, times in zip(QUERIES, per_search)},
        "load_before": os.getloadavg()[0],
    }


def profile_query(index: Path, n: int = 100) -> str:
    """cProfile of n API-shaped searches in-process: where a query's time goes."""
    import cProfile
    import io
    import pstats

    sys.path.insert(0, str(REPO))
    from indexer.search import SearchRequest, SearchService

    service = SearchService(index)
    reqs = [SearchRequest.from_params({k: [v] for k, v in params.items()}) for params in QUERIES]
    for req in reqs:
        service.search(req)
    profiler = cProfile.Profile()
    profiler.enable()
    for i in range(n):
        service.search(reqs[i % len(reqs)])
    profiler.disable()
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(18)
    return out.getvalue()


def profile_build(corpus: Path, index: Path) -> str:
    """cProfile of a one-worker full build in-process: where indexing time goes."""
    import cProfile
    import io
    import pstats

    sys.path.insert(0, str(REPO))
    from indexer.build import build_index

    profiler = cProfile.Profile()
    profiler.enable()
    build_index(corpus, index, full=True, workers=1)
    profiler.disable()
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("tottime").print_stats(22)
    return out.getvalue()


def machine() -> dict:
    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return {"cpu": cpu, "cores": os.cpu_count(), "memory_gb": round(mem, 1), "python": platform.python_version(),
            "os": platform.platform()}


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description="索引生命周期基准测试")
    parser.add_argument("--reports", type=int, default=1000)
    parser.add_argument("--chars", type=int, default=3000)
    parser.add_argument("--workers", type=int, default=os.cpu_count())
    parser.add_argument("--queries", type=int, default=300)
    parser.add_argument("--skip-serial", action="store_true", help="不跑单进程完整构建")
    parser.add_argument("--skip-recipe", action="store_true", help="不跑 jieba README 示例的构建（大语料时很慢）")
    parser.add_argument("--incrementals", type=int, default=3, help="完整构建后连续做几次增量更新（每次改一个文件）")
    parser.add_argument("--segment-chars", type=int,
                        help="每个新段的字数上限（默认 4,000,000）：调小可让小语料有大语料的段数")
    parser.add_argument("--profile", action="store_true", help="另外剖析一次构建和查询")
    parser.add_argument("--mpwriter", action="store_true", help="另外测 Pool 读取 + Whoosh MpWriter 的方案")
    parser.add_argument("--work", type=Path, help="工作目录（默认临时目录，结束后删除）")
    parser.add_argument("--out", type=Path, help="把结果写成 JSON")
    parser.add_argument("--cold-only", action="store_true", help="只测首次查询（不缓存），用 --index 指定已建好的索引")
    parser.add_argument("--index", type=Path, help="--cold-only 用的索引文件夹")
    parser.add_argument("--corpus", type=Path, default=REPO / "corpus", help="--cold-only 启动 serve 时用的语料文件夹")
    parser.add_argument("--rounds", type=int, default=5, help="--cold-only 的轮数（每轮一个新进程）")
    parser.add_argument("--cold-round", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.cold_round:
        print(json.dumps(cold_round(args.index)))
        return
    if args.cold_only:
        if args.index is None:
            parser.error("--cold-only 需要 --index：先用 parksearch index --corpus … --index … 建好索引")
        results = {"machine": machine()}
        if args.rounds:
            results["cold"] = cold_searches(args.index, args.rounds)
            print(f"in process, first searches: per-search min {results['cold']['per_search_min']}, "
                  f"median {results['cold']['per_search_median']}", flush=True)
        if args.queries:
            results["api"] = api_latency(args.index, args.corpus, args.queries)
            print(f"API: {results['api']}", flush=True)
        print(json.dumps(results, ensure_ascii=False, indent=2))
        if args.out:
            args.out.write_text(json.dumps(results, ensure_ascii=False, indent=2), encoding="utf-8")
        return

    work = args.work or Path(tempfile.mkdtemp(prefix="parksearch-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    corpus = work / "corpus"
    if corpus.exists():
        shutil.rmtree(corpus)
    results = {"machine": machine(), "reports": args.reports, "load_at_start": os.getloadavg()}
    if args.segment_chars:
        ENV["PARKSEARCH_SEGMENT_CHARS"] = str(args.segment_chars)
        results["segment_chars"] = args.segment_chars
    try:
        generate.generate(corpus, args.reports, seed=7, chars=args.chars)
        results["corpus_chars"] = sum(len(p.read_text(encoding="utf-8")) for p in corpus.iterdir())
        print(f"corpus: {args.reports} reports, {results['corpus_chars']} chars", flush=True)

        for name in ("recipe-index", "index-1", "index-n"):
            shutil.rmtree(work / name, ignore_errors=True)
        if not args.skip_recipe:
            results["recipe"] = recipe_build(corpus, work / "recipe-index")
            print(f"recipe full build: {results['recipe']['seconds']} s", flush=True)
            shutil.rmtree(work / "recipe-index", ignore_errors=True)

        if not args.skip_serial:
            summary, timing = run_cli("index", "--corpus", str(corpus), "--index", str(work / "index-1"),
                                      "--full", "--workers", "1", "--json")
            results["full_1_worker"] = timing | {"build_seconds": summary["seconds"]}
            print(f"parksearch full build, 1 worker: {timing}", flush=True)
        summary, timing = run_cli("index", "--corpus", str(corpus), "--index", str(work / "index-n"),
                                  "--full", "--workers", str(args.workers), "--json")
        results["full_n_workers"] = timing | {"workers": summary["workers"], "build_seconds": summary["seconds"],
                                              "chars_per_second": summary["chars_per_second"],
                                              "segments": summary["segments"],
                                              "merged_reports": summary["merged_reports"],
                                              "index_bytes": summary["bytes_written"]}
        print(f"parksearch full build, {summary['workers']} workers: {timing}", flush=True)

        if args.mpwriter:
            shutil.rmtree(work / "index-mp", ignore_errors=True)
            results["mpwriter"] = mpwriter_build(corpus, work / "index-mp", args.workers)
            print(f"Pool + MpWriter full build, {args.workers} processes each: {results['mpwriter']}", flush=True)

        files = sorted(corpus.iterdir())
        results["incrementals"] = []
        for k in range(max(1, args.incrementals)):
            changed = files[(len(files) // 2 + 97 * k) % len(files)]
            with open(changed, "a", encoding="utf-8") as f:
                f.write("园区新建光伏储能示范电站，年发电量可达一千万千瓦时。\n")
            summary, timing = run_cli("index", "--corpus", str(corpus), "--index", str(work / "index-n"), "--json")
            assert summary["updated"] == 1 and summary["unchanged"] == args.reports - 1, summary
            # bytes_written: the new generation's own files; the rest are links to the old one's
            results["incrementals"].append(timing | {k: summary[k] for k in (
                "seconds", "segments", "merged_reports", "bytes_written")})
            print(f"parksearch incremental build {k + 1}, one file changed: {results['incrementals'][-1]}", flush=True)
        results["incremental_one_change"] = results["incrementals"][0]

        if args.queries:  # --queries 0: the builds only
            results["api"] = api_latency(work / "index-n", corpus, args.queries)
            print(f"API: {results['api']}", flush=True)

        full = results["full_n_workers"]["seconds"]
        results["ratios"] = {
            "incremental_over_full": round(results["incremental_one_change"]["seconds"] / full, 3),
            "slowest_incremental_over_full": round(max(i["seconds"] for i in results["incrementals"]) / full, 3),
        }
        if "recipe" in results:
            results["ratios"]["recipe_over_full"] = round(results["recipe"]["seconds"] / full, 2)
            results["ratios"]["recipe_cpu_over_full_cpu"] = round(
                results["recipe"]["cpu_seconds"] / results["full_n_workers"]["cpu_seconds"], 2)
        results["load_at_end"] = os.getloadavg()
        if args.profile:
            results["profile_build"] = profile_build(corpus, work / "profile-index")
            results["profile_query"] = profile_query(work / "index-n")
            print(results["profile_build"])
            print(results["profile_query"])
        print(json.dumps({k: v for k, v in results.items() if not k.startswith("profile")}, ensure_ascii=False,
                         indent=2))
        if args.out:
            args.out.write_text(json.dumps(results, ensure_ascii=False, indent=2), encoding="utf-8")
    finally:
        if args.work is None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
