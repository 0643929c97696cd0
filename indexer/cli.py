"""The ``parksearch`` command: parses arguments and prints; the work is done elsewhere."""
from __future__ import annotations

import argparse
import errno
import gc
import json
import os
import signal
import socket
import sys
from html import unescape
from pathlib import Path

from .errors import ParksearchError


def _corpus(args) -> Path:
    return Path(args.corpus or os.environ.get("PARKSEARCH_CORPUS") or "corpus")


def _index(args) -> Path:
    return Path(args.index or os.environ.get("PARKSEARCH_INDEX") or "index")


def cmd_index(args) -> int:
    from .build import build_index
    from .build.progress import BuildProgress

    if args.workers is not None and args.workers < 1:
        raise ParksearchError(f"--workers {args.workers} 无效：请给出不小于 1 的进程数。")
    if getattr(args, "watch", False) or getattr(args, "interval", None) is not None:
        return watch_index(args)
    progress = BuildProgress()
    try:
        summary = build_index(_corpus(args), _index(args), full=args.full, progress=progress,
                              workers=args.workers, log=progress.log)
    finally:
        progress.close()
    data = summary.to_dict()
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        print(summary_sentence(summary, data["chars_per_second"]))
        for warning in summary.warnings:
            print(f"  注意：{warning}")
        for item in summary.skipped:
            print(f"  跳过 {item['source']}：{item['reason']}")
    return 0


def watch_index(args) -> int:
    """``parksearch index --watch``: a kept process bringing the index up to date as the folder
    changes (indexer/build/watch.py); each update printed as a build's summary is, with its time."""
    import time

    from .build import build_index
    from .build.progress import BuildProgress
    from .build.watch import DEFAULT_INTERVAL, MIN_INTERVAL, watch

    if not args.watch:
        raise ParksearchError("--interval 只和 --watch 一起使用：例如 parksearch index --watch --interval 10。")
    interval = DEFAULT_INTERVAL if args.interval is None else args.interval
    if not interval >= MIN_INTERVAL or interval != interval or interval == float("inf"):
        raise ParksearchError(f"--interval {args.interval:g} 无效：请给出不小于 {MIN_INTERVAL:g} 的秒数，例如 --interval 5。")
    corpus, index = _corpus(args), _index(args)

    def run_build(full: bool):
        progress = BuildProgress()
        try:
            return build_index(corpus, index, full=full, progress=progress, workers=args.workers, log=progress.log)
        finally:
            progress.close()

    def on_round(outcome) -> None:
        when = time.strftime("%H:%M:%S")
        if outcome.error:
            print(f"[{when}] 注意：{outcome.error}", file=sys.stderr, flush=True)
        if outcome.summary is None:
            return
        data = outcome.summary.to_dict()
        if args.json:  # one summary a line (JSON Lines), as each update finishes
            print(json.dumps(data, ensure_ascii=False), flush=True)
            return
        print(f"[{when}] {summary_sentence(outcome.summary, data['chars_per_second'])}", flush=True)
        for warning in outcome.summary.warnings:
            print(f"  注意：{warning}", flush=True)
        for item in outcome.summary.skipped:
            print(f"  跳过 {item['source']}：{item['reason']}", flush=True)

    return watch(corpus, index, run_build, interval=interval, full=args.full, on_round=on_round,
                 say=lambda message: print(message, file=sys.stderr, flush=True))


def summary_sentence(summary, chars_per_second=None) -> str:
    """What a build changed, then what the index now holds (never this build's count
    passed off as the index's: an up-to-date index of 96 reports is not "共 0 篇")."""
    holds = f"索引现有 {summary.total_reports} 篇报告（来自 {summary.total_files} 个文件"
    holds += f"，另有 {len(summary.skipped)} 个文件被跳过）" if summary.skipped else "）"
    changed = [f"{label} {n} 个文件" for label, n in (("新增", summary.added), ("更新", summary.updated),
                                                    ("删除", summary.removed)) if n]
    if not summary.full and not changed and not summary.reports:
        return f"索引已是最新（{summary.generation}），这次没有变化：{holds}。"
    how = f"完整重建（{summary.full_reason}）" if summary.full else "增量更新"
    did = "、".join(changed) or "没有文件变化"
    read = f"，读入 {summary.reports} 篇报告、{summary.chars} 字" if summary.reports else ""
    speed = f"（{chars_per_second} 字/秒）" if chars_per_second and summary.chars else ""
    return (f"完成{how}（{summary.generation}）：{did}，{summary.unchanged} 个未变{read}，"
            f"用时 {summary.seconds} 秒{speed}。{holds}。")


def cmd_search(args) -> int:
    from .search import SearchRequest, SearchService
    from .search.figures import format_figure

    params = {"q": [args.query], "park": args.park, "year": args.year, "type": args.type,
              "section": args.section, "page": [str(args.page)], "per_page": [str(args.limit)],
              "sort": [args.sort], "collapse": ["0" if args.no_collapse else "1"]}
    req = SearchRequest.from_params(params)
    service = SearchService(_index(args))
    data = service.search(req)
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    print(f"共 {data['total']} 条结果（{data['took_ms']} 毫秒）；理解为：{data['understood']}")
    if not data["total"] and not service.stats()["reports"]:
        print(f"提示：索引 {_index(args)} 中还没有报告。把报告放进语料文件夹后运行 parksearch index；"
              "parksearch index 的汇总会列出被跳过的文件和原因。")
    if data.get("warning"):
        print(f"提示：{data['warning']}")
    loose = by_section = False
    previous = None
    for i, row in enumerate(data["results"], (req.page - 1) * req.per_page + 1):
        if row.get("match") == "section" and not by_section:
            by_section = True
            # (the part's tier also holds the topic written beside a word marking the part: roles.MARKERS)
            print("\n—— 以下结果没有原样的查询词：是查询所说的那类章节中的匹配，或主题写在标明这类内容的词旁边 ——"
                  if previous else
                  "\n—— 以下结果是查询所说的那类章节中的匹配，或主题写在标明这类内容的词（问题、难题、下一步、成效等）旁边 ——")
        if row.get("match") in ("exact", "synonym") and previous == "section":  # the section matches led
            print("\n—— 以下结果含有查询词，但不在查询所说的那类章节中 ——")
        if row.get("match") == "thesaurus" and previous != "thesaurus":
            print("\n—— 以下结果没有原样的查询词：只有报告少写的查询词在同义词词典（《同义词词林》、cnsyn）中的同义词 ——")
        if row.get("match") == "some" and previous != "some":
            print("\n—— 以下结果不完全匹配：只含查询中的部分词语 ——")
        if row.get("match") == "chars" and previous != "chars":
            print("\n—— 以下结果不含查询词：只含其中的单字，少见的字写得多的靠前 ——")
        previous = row.get("match")
        if row.get("match") in ("near", "words") and not loose:
            loose = True
            print("\n—— 以下结果不完全匹配：报告中没有原样的查询词，只有其中的词语 ——")
        meta = " · ".join(str(x) for x in (row["park"] or "园区不明", row["year"] or "年份不明", row["doc_type"]))
        print(f"\n{i}. {row['title']}  [{meta}]\n   {row['source']} 第 {row['n']} 篇")
        for snip in row["snippets"]:
            text = snip["html"].replace("<mark>", "【").replace("</mark>", "】")
            label = f"〔{snip['section']}〕" if snip["section"] else ""
            print(f"   {label}{unescape(text)}")
        if row.get("indicators"):
            print("   指标：" + "；".join(f"{f['name']} {format_figure(f)}"
                                      + (f"（{f['status']}）" if f["status"] != "实际" else "") for f in row["indicators"]))
    return 0


def _dropped_furniture(path: Path) -> list[dict[str, str]]:
    """What cleaning left out of the page as the site's furniture, and why (reading.clean.dropped_furniture)."""
    from .reading.clean import dropped_furniture
    from .reading.formats import read_path

    try:
        raw = read_path(path, path.parent)
    except Exception:  # (the reading itself already said why a file is unreadable)
        return []
    return dropped_furniture(raw.text) if raw.text and not raw.skipped else []


def cmd_inspect(args) -> int:
    from dataclasses import asdict

    from .reading import pipeline
    from .search.figures import format_figure

    path = Path(args.path)
    if not path.is_file():
        raise ParksearchError(f"找不到文件 {path}。")
    corpus = _corpus(args).resolve()
    path = path.resolve()
    root = corpus if _inside(path, corpus) else path.parent
    reading = pipeline.read_file(path, root, pipeline.load_corrections(root))
    data = {
        "path": str(path), "format": reading.format, "encoding": reading.encoding, "skipped": reading.skipped,
        "reports": [
            {"n": r.n, "title": r.title, "park": r.park, "parks_mentioned": r.parks_mentioned, "year": r.year,
             "doc_type": r.doc_type, "period": r.period, "chars": len(r.text),
             "sections": [{"heading": s.heading, "level": s.level, "category": s.category, "why": s.why}
                          for s in r.sections if s.heading],
             "evidence": r.evidence,
             "subject": asdict(r.subject) if r.subject else None,
             "indicators": [asdict(i) for i in r.indicators]}
            for r in reading.reports
        ],
        # the page's lines left out of every report's text as the site's furniture, and why (not searchable)
        "dropped": _dropped_furniture(path) if reading.reports else [],
    }
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    print(f"{data['path']}：格式 {data['format']}，编码 {data['encoding']}")
    if reading.skipped:
        print(f"跳过：{reading.skipped}")
    for r in data["reports"]:
        print(f"\n第 {r['n']} 篇：{r['title']}（{r['chars']} 字）")
        if r["evidence"].get("title"):
            print(f"  标题依据：{r['evidence']['title']}")
        for key, label in (("park", "园区"), ("year", "年份"), ("doc_type", "类型"), ("period", "时段")):
            why = r["evidence"].get(key)
            value = "不明" if r[key] is None else r[key]
            print(f"  {label}：{value}" + (f"（依据：{why}）" if why else ""))
        # (what was read as evidence, a news item's credits or a post's hashtags, then lifted out of the searchable text)
        for key, label in (("credits", "署名与来源"), ("tags", "话题标签")):
            if r["evidence"].get(key):
                print(f"  {label}（不可检索）：{r['evidence'][key]}")
        if r["subject"]:
            s = r["subject"]
            print(f"  主体：{s['kind']}" + (f"「{s['park']}」" if s["park"] else "")
                  + (f"（规则：{s['rule']}" + (f"；依据的行：{s['line']}" if s["line"] else "") + "）" if s["rule"] else ""))
        if r["parks_mentioned"]:
            print(f"  提到的园区：{'、'.join(r['parks_mentioned'])}")
        for s in r["sections"]:
            print(f"  {'  ' * (s['level'] - 1)}{s['heading']}  [{s['category']}：{s['why']}]")
        if r["indicators"]:
            print("  关键指标：")
        for f in r["indicators"]:
            print(f"    {f['name']} {format_figure(f)}（{f['status']}{'，' + f['period'] if f['period'] else ''}"
                  f"{'，' + f['scope'] if f['scope'] != '园区' else ''}）：{f['quote']}")
            if f.get("why"):
                print(f"      依据：{f['why']['name']}；{f['status']}：{f['why']['status']}")
    if data["dropped"]:
        print("\n去掉的网站杂项（不可检索）：")
        for d in data["dropped"]:
            print(f"  「{d['line'][:60]}」：{d['why']}")
    return 0


def _inside(path: Path, folder: Path) -> bool:
    try:
        path.resolve().relative_to(folder.resolve())
        return True
    except ValueError:
        return False


MALLOC_ARENAS = 2  # glibc's memory pools shared by the server's threads
# How long a thread computing Python keeps the interpreter (the GIL) before a waiting thread gets
# it: CPython's default is 5 ms. A cheap request needs the GIL several times (waitress's I/O
# thread reads it, a worker thread answers it, the I/O thread writes it), and each time it waited
# up to 5 ms behind every thread computing a search: /healthz p95 150 ms under the realistic mix.
# With 1 ms: five threads computing Python, /healthz through waitress p50 150–185 → 53–56 ms
# (docs/benchmarks.md, Session 8); the computing threads lose well under 1 % to the extra switches.
SWITCH_SECONDS = 0.001


def tune_for_threads() -> None:
    """The process settings of a server whose threads share one interpreter (``serve``).

    The interpreter hands itself between threads every SWITCH_SECONDS, so /healthz, static
    files and cached answers are not kept waiting by threads computing searches.

    glibc gives each thread that allocates at once a pool of its own, up to 8 per core; the
    memory freed in one pool is not reused by the others, so the server's 24 threads held
    ~60 MB more heap for the same caches (16 clients of the realistic mix at 10,000 reports:
    485 → 421–426 MB, docs/benchmarks.md). Two pools serve two computing threads. Where there
    is no glibc (Windows, macOS) there is nothing to set.
    """
    sys.setswitchinterval(SWITCH_SECONDS)
    try:
        import ctypes

        libc = ctypes.CDLL(None)
        libc.mallopt(-8, MALLOC_ARENAS)  # M_ARENA_MAX, from glibc's malloc.h
    except (OSError, AttributeError, TypeError):
        pass


def cmd_serve(args) -> int:
    from webui import create_app
    from webui.processes import CAN_FORK, run_workers

    from . import generations, heap, lru

    tune_for_threads()  # before the app starts its threads
    if args.memory_mb:  # every cache of each process within it (indexer/lru.py); an export process too
        lru.SHARED.set_budget(args.memory_mb * 2**20)
        os.environ[MEMORY_MB_ENV] = str(args.memory_mb)  # (one started afresh reads it: webui.exports)
    # only with PARKSEARCH_HEAP_TRACE set (measuring where memory goes): traced allocations make
    # every request several times slower, so the CPU allowances are widened to match
    slower = TRACED_SLOWER if heap.trace_on_signal() else 1
    index_dir, corpus_dir = _index(args), _corpus(args)
    if generations.read_current(index_dir) is None and not (index_dir / generations.CURRENT).exists():
        print(f"{index_dir} 还没有索引，先从 {corpus_dir} 建立……", file=sys.stderr)
        cmd_index(argparse.Namespace(corpus=str(corpus_dir), index=str(index_dir), full=False, json=False,
                                     workers=None))
    import waitress

    processes = max(1, args.processes or 1)
    if processes > 1 and not CAN_FORK:
        print("这个系统（Windows）不能分出多个服务进程，用一个进程提供服务。", file=sys.stderr)
        processes = 1
    if processes == 1:
        app = _app(create_app, index_dir, corpus_dir, slower)
        server = _bind(waitress, app, args.host, args.port)
        _announce(args.host, server.effective_port)
        _stop_at_once_on_ctrl_c()
        _run(server)
        return 0
    sock = _listen(args.host, args.port)  # bound once; every worker accepts from it
    _announce(args.host, sock.getsockname()[1], processes)
    return run_workers(processes, lambda: _run(waitress.create_server(
        _app(create_app, index_dir, corpus_dir, slower), sockets=[sock], ident="parksearch", **server_settings())))


TRACED_SLOWER = 10  # how much longer a request may compute while allocations are traced


def _app(create_app, index_dir: Path, corpus_dir: Path, slower: float = 1):
    from webui import start_exports, warm_up
    from webui.guard import EXPORT_CPU_SECONDS

    from .search import reports
    from .search.budget import CPU_SECONDS

    # exports computed in a process of their own: the server's interpreter stays free for
    # cheap requests (webui.exports); forked from this one once it is warm, sharing its memory
    app = create_app({"INDEX_DIR": str(index_dir), "CORPUS_DIR": str(corpus_dir), "EXPORT_PROCESSES": True,
                      "EXPORT_FORK": True, "CPU_BUDGET_SECONDS": CPU_SECONDS * slower,
                      "EXPORT_CPU_BUDGET_SECONDS": EXPORT_CPU_SECONDS * slower})
    service = app.extensions["parksearch"]
    # Warm before listening: what every first request would otherwise build while the first
    # clients wait (report pages' tables, templates, each kind's first pass) is built now.
    warm_up(app, reports.prepare(service))
    start_exports(app)  # before waitress starts its threads: a fork is safe only then
    service.after_switch.append(reports.prepare)  # after each new generation, in the background
    return app


def _announce(host: str, port: int, processes: int = 1) -> None:
    if host not in ("127.0.0.1", "localhost", "::1"):
        print(f"注意：服务监听 {host}，局域网内其他电脑也能访问。对外提供服务时，请在前面加一层限流的反向代理"
              "（如 nginx 的 limit_req / limit_conn，见 README“在网络上提供服务”）。", file=sys.stderr)
    # announced only once the port is ours (--port 0 takes a free one: say which)
    workers = f"，{processes} 个服务进程" if processes > 1 else ""
    print(f"园区报告检索已启动：http://{host}:{port}/  （Ctrl+C 停止{workers}）", file=sys.stderr)


def _stop_at_once_on_ctrl_c() -> None:
    """Ctrl+C ends the server at once, as SIGTERM does, instead of raising KeyboardInterrupt.

    A server has nothing to save: a build it runs is crash-safe (tests/test_lifecycle.py kills
    one with SIGKILL), and its export process ends when its channels close with us. The graceful
    path (waitress closing its threads, then the interpreter's exit) once kept a server alive
    for over 30 s after Ctrl+C in the test suite, a cause not found; the kernel's default action
    for SIGINT takes no Python code at all. (Windows keeps Python's handler.)"""
    if os.name == "posix":
        signal.signal(signal.SIGINT, signal.SIG_DFL)


def _run(server) -> None:
    # What start-up loaded (modules, the dictionary, the first searcher) lives as long as
    # the process; leave it to reference counting, out of the cyclic collector's walks,
    # which otherwise cost ~10 ms inside whichever request triggers a full collection.
    gc.collect()
    gc.freeze()
    server.run()


def _seconds(text: str) -> float:
    """``--interval``: a number of seconds (checked against the minimum by ``watch_index``)."""
    try:
        return float(text)
    except ValueError:
        raise ParksearchError(f"--interval {text} 无效：请给出秒数，例如 --interval 5。") from None


def _port(text: str) -> int:
    """``--port``: 0–65535 (0: any free port). Checked before anything starts."""
    try:
        port = int(text)
    except ValueError:
        port = -1
    if not 0 <= port <= 65535:
        raise ParksearchError(f"--port {text} 无效：端口应为 1 到 65535 之间的整数（0 表示任选一个空闲端口），例如 --port 5000。")
    return port


MEMORY_MB_ENV = "PARKSEARCH_MEMORY_MB"  # how a started-afresh export process learns --memory-mb
MEMORY_MB_LEAST = 8


def _memory_mb(text: str) -> int:
    """``--memory-mb``: what a process's caches may hold together, in MB (8 or more)."""
    try:
        mb = int(text)
    except ValueError:
        mb = -1
    if mb < MEMORY_MB_LEAST:
        raise ParksearchError(f"--memory-mb {text} 无效：缓存上限应为不小于 {MEMORY_MB_LEAST} 的整数（单位 MB），例如 --memory-mb 64。")
    return mb


def _bind(waitress, app, host: str, port: int):
    """The waitress server listening on ``host:port``; a port in use or not allowed is one sentence."""
    try:
        return waitress.create_server(app, host=host, port=port, ident="parksearch", **server_settings())
    except OSError as error:
        raise _cannot_listen(error, host, port) from None


def _listen(host: str, port: int) -> socket.socket:
    """A socket listening on ``host:port`` for the forked workers to share (``--processes``)."""
    try:
        family, kind, proto, _, address = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM,
                                                             flags=socket.AI_PASSIVE)[0]
        sock = socket.socket(family, kind, proto)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(address)
        sock.listen(1024)
        return sock
    except OSError as error:
        raise _cannot_listen(error, host, port) from None


def _cannot_listen(error: OSError, host: str, port: int) -> ParksearchError:
    code = getattr(error, "winerror", None) or error.errno
    if code in (errno.EADDRINUSE, 10048):
        return ParksearchError(f"端口 {port} 已被占用（也许另一个 parksearch serve 正在运行）："
                               f"请用 --port 换一个端口，例如 --port {port + 1 if port < 65535 else 5001}。")
    if code in (errno.EACCES, 10013):
        return ParksearchError(f"没有权限监听端口 {port}（1024 以下的端口通常需要管理员权限）：请用 --port 换一个端口，例如 --port 5000。")
    return ParksearchError(f"无法在 {host}:{port} 启动服务（{error.strerror or error}）：请检查 --host 和 --port。")


def server_settings() -> dict:
    """waitress's settings, each chosen on purpose (README, "Serving on a network").

    - threads: enough that heavy work (webui.guard: a few slots and a bounded queue)
      never holds them all, so /healthz, static files and cached answers are answered;
    - connection_limit: well above a burst of idle or slow sockets (the default, 100,
      let ~100 slow sockets lock everyone out), polled with poll(), not select(),
      which stops at file descriptor 1024;
    - channel_timeout / cleanup_interval: a connection that sends nothing for 15 s is
      closed (checked every 5 s), so a slow client cannot hold its socket for minutes;
    - header and body limits: every route is a GET with a short query string (a filter
      takes 20 values at most), so 32 KB of headers and 64 KB of body are plenty;
    - no tracebacks to the client.
    """
    import select

    from webui.guard import SERVER_THREADS

    return {"threads": SERVER_THREADS, "connection_limit": 1000, "asyncore_use_poll": hasattr(select, "poll"),
            "channel_timeout": 15, "cleanup_interval": 5, "max_request_header_size": 32 * 1024,
            "max_request_body_size": 64 * 1024, "expose_tracebacks": False}


def make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="parksearch", description="园区报告检索：建立索引、检索、查看文件、启动网页服务。")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("index", help="把语料文件夹中的报告编入索引", description="把语料文件夹中的报告编入索引（新文件、改动的文件、删除的文件）。")
    p.add_argument("--corpus", help="语料文件夹（默认 corpus/，或环境变量 PARKSEARCH_CORPUS）")
    p.add_argument("--index", help="索引文件夹（默认 index/，或环境变量 PARKSEARCH_INDEX）")
    p.add_argument("--full", action="store_true", help="从头重建整个索引")
    p.add_argument("--workers", type=int, help="并行读取和分词的进程数（默认：CPU 核数）")
    p.add_argument("--json", action="store_true", help="以 JSON 输出汇总（--watch 时每次更新一行）")
    p.add_argument("--watch", action="store_true",
                   help="建好后不退出：持续监视语料文件夹，有新增、改动或删除的文件就自动增量更新索引（Ctrl+C 停止）")
    p.add_argument("--interval", type=_seconds, metavar="S",
                   help="--watch 时每隔几秒查看一次语料文件夹（默认 5；文件极多时查看的间隔会自动放长）")
    p.set_defaults(func=cmd_index)

    p = sub.add_parser("search", help="检索报告", description="检索报告。查询语法见 README。")
    p.add_argument("query", help="查询词，例如 招商引资 或 \"污水处理\" park:金岭工业园")
    p.add_argument("--park", action="append", default=[], help="只看某园区（可重复；unknown 表示园区不明）")
    p.add_argument("--year", action="append", default=[], help="只看某年（可重复；unknown 表示年份不明，2019-2023 表示一段年份）")
    p.add_argument("--type", action="append", default=[], help="只看某类文档：工作计划、工作总结、工作汇报……（可重复）")
    p.add_argument("--section", action="append", default=[], help="只在某类章节中匹配：成效进展、做法措施、存在问题、计划安排、其他")
    p.add_argument("--page", type=int, default=1, help="第几页（从 1 开始）")
    p.add_argument("--limit", type=int, default=10, help="每页条数（1–100）")
    p.add_argument("--sort", default="relevance", help="relevance（相关度）或 year（年份）")
    p.add_argument("--no-collapse", action="store_true", help="不合并相似报告")
    p.add_argument("--index", help="索引文件夹")
    p.add_argument("--json", action="store_true", help="输出与 /api/search 相同的 JSON")
    p.set_defaults(func=cmd_search)

    p = sub.add_parser("inspect", help="查看一个文件是如何被读取的", description="查看一个语料文件的读取结果：格式、编码、拆出的报告及其元数据和小标题。")
    p.add_argument("path", help="语料中的文件")
    p.add_argument("--corpus", help="语料文件夹（用于读取更正文件和文件夹名）")
    p.add_argument("--json", action="store_true", help="以 JSON 输出")
    p.set_defaults(func=cmd_inspect)

    p = sub.add_parser("serve", help="启动网页界面和 API", description="用生产级 WSGI 服务器（waitress）启动网页界面和 JSON API；没有索引时先建立。")
    p.add_argument("--host", default="127.0.0.1", help="监听地址（默认 127.0.0.1，只允许本机访问）")
    p.add_argument("--port", type=_port, default=5000, help="端口（默认 5000；0 表示任选一个空闲端口）")
    p.add_argument("--index", help="索引文件夹")
    p.add_argument("--corpus", help="语料文件夹")
    p.add_argument("--processes", type=int, default=1,
                   help="服务进程数（默认 1；多核电脑上多人同时检索时可设为 CPU 核数，每个进程各占一份内存；Windows 上只能是 1）")
    p.add_argument("--memory-mb", type=_memory_mb, default=None,
                   help="每个服务进程的缓存合计最多占多少 MB 内存（默认 64；检索结果、已算好的页面、索引各段读出的内容共用这一个上限，"
                        "/status 显示已用多少）")
    p.set_defaults(func=cmd_serve)
    return parser


def main(argv=None) -> int:
    try:
        args = make_parser().parse_args(argv)
        return args.func(args)
    except ParksearchError as error:
        print(f"错误：{error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("已中断。", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # the reader went away (`parksearch search … | head`): stop quietly, as cat does. Point
        # stdout at nothing so the interpreter's final flush cannot raise again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141


if __name__ == "__main__":
    sys.exit(main())
