"""Serving on every core: waitress in several processes that share one listening socket.

One Python process runs one thread's Python code at a time (the GIL): a single waitress
process uses one core for searches however many threads it has, and its /healthz waits
behind them. ``run_workers`` takes a socket that is already listening and forks workers
that each build their own app (index, caches, threads: nothing opened before the fork is
shared, so no file position is shared either) and accept connections from that socket.
The kernel hands a new connection to a worker that is waiting for one, so a busy worker
takes fewer.

The parent only watches: a worker that dies is started again (unless workers keep dying,
``DEATHS`` within ``DEATH_WINDOW`` seconds: a fault such as a damaged index, to report,
not to repeat), and Ctrl+C or SIGTERM stops them all. Where there is no ``fork``
(Windows) one process serves.
"""
from __future__ import annotations

import os
import signal
import sys
import time
from collections.abc import Callable

CAN_FORK = hasattr(os, "fork")
POLL_SECONDS = 0.2
DEATHS, DEATH_WINDOW = 5, 60.0  # this many deaths within this many seconds: stop, it is a fault


def run_workers(count: int, serve: Callable[[], None]) -> int:
    """Run ``serve()`` in ``count`` forked workers until a signal stops them; the exit code."""
    workers: set[int] = set()
    deaths: list[float] = []
    stopping = []

    def stop(signum, frame):
        stopping.append(signum)
        for pid in list(workers):
            _kill(pid)

    previous = {sig: signal.signal(sig, stop) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        for _ in range(count):
            workers.add(_start(serve))
        failed = False
        while workers:
            time.sleep(POLL_SECONDS)  # only our own workers are waited for, never another child
            for pid, code in _ended(workers):
                workers.discard(pid)
                if stopping or failed:
                    continue
                now = time.monotonic()
                deaths[:] = [t for t in deaths if now - t < DEATH_WINDOW] + [now]
                if len(deaths) >= DEATHS:
                    print(f"服务进程 {DEATH_WINDOW:.0f} 秒内退出了 {len(deaths)} 次（最后一次退出码 {code}），"
                          "服务停止；请查看上面的错误信息。", file=sys.stderr)
                    failed = True
                    stop(None, None)
                    continue
                print(f"服务进程 {pid} 意外退出（退出码 {code}），已重新启动一个。", file=sys.stderr)
                workers.add(_start(serve))
        return 1 if failed else 0
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def _ended(workers: set[int]) -> list[tuple[int, int]]:
    """The workers that have exited, with their exit codes (a signal: its negative number)."""
    ended = []
    for pid in list(workers):
        try:
            done, status = os.waitpid(pid, os.WNOHANG)
        except ChildProcessError:
            ended.append((pid, -1))
            continue
        if done:
            ended.append((pid, os.waitstatus_to_exitcode(status)))
    return ended


def _start(serve: Callable[[], None]) -> int:
    parent = os.getpid()
    pid = os.fork()
    if pid:
        return pid
    code = 1  # the worker: never returns into the parent's code
    try:
        _die_with(parent)
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        signal.signal(signal.SIGINT, signal.SIG_DFL)  # Ctrl+C reaches the whole group: go quietly
        serve()
        code = 0
    except BaseException:  # noqa: BLE001 — say what went wrong, then leave
        import traceback

        traceback.print_exc()
    finally:
        sys.stderr.flush()
        os._exit(code)


def _die_with(parent: int) -> None:
    """A worker ends when its parent does, even one killed outright (SIGKILL leaves no time to
    stop the workers, and they would keep the port): Linux's PR_SET_PDEATHSIG; elsewhere the
    parent's SIGTERM/Ctrl+C handling is all there is."""
    try:
        import ctypes

        ctypes.CDLL(None).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG = 1
    except (OSError, AttributeError, TypeError):
        return
    if os.getppid() != parent:  # the parent died before the request took effect
        os._exit(1)


def _kill(pid: int) -> None:
    try:
        os.kill(pid, signal.SIGTERM)
    except ProcessLookupError:
        pass
