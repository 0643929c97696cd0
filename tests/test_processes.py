"""`parksearch serve --processes N`: N forked workers share one socket; the parent keeps them.

Started the way a user starts it (the CLI, the real waitress, a real index). A worker that
dies is replaced and nobody notices; SIGTERM to the parent stops every worker; workers
that keep dying (a fault at start-up) stop the server with a sentence instead of
restarting forever.
"""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from conftest import CORPUS, free_port, parksearch_command, wait_for
from webui import processes

pytestmark = pytest.mark.skipif(not processes.CAN_FORK or not Path("/proc/self/task").exists(),
                                reason="forked workers (and /proc to see them) are POSIX/Linux only")


def workers_of(pid: int) -> list[int]:
    try:
        return [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []



def get(url: str) -> dict:
    with urllib.request.urlopen(url, timeout=30) as response:
        return json.loads(response.read())


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return Path(f"/proc/{pid}").exists() and "zombie" not in Path(f"/proc/{pid}/status").read_text()


def test_workers_share_the_port_are_replaced_and_stop_together(index_dir):
    port = free_port()
    proc = subprocess.Popen(parksearch_command() + ["serve", "--port", str(port), "--processes", "2", "--index",
                                                    str(index_dir), "--corpus", str(CORPUS)],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=dict(os.environ))
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for(lambda: len(workers_of(proc.pid)) == 2)
        wait_for(lambda: _answers(base))
        first = workers_of(proc.pid)
        # many searches at once, all answered (whichever worker takes each connection)
        words = ["招商引资", "污水处理", "土地", "园区", "企业", "发展", "建设", "基础设施"] * 3
        with ThreadPoolExecutor(8) as pool:
            totals = list(pool.map(lambda w: get(f"{base}/api/search?q={urllib.parse.quote(w)}")["total"], words))
        assert all(t > 0 for t in totals)
        # a worker dies: another takes its place, and the server keeps answering
        os.kill(first[0], signal.SIGKILL)
        now = wait_for(lambda: (w := workers_of(proc.pid)) and len(w) == 2 and first[0] not in w and w)
        assert first[1] in now
        for _ in range(6):
            assert get(f"{base}/healthz")["status"] == "ok"
        # SIGTERM to the parent stops every worker, and the parent exits cleanly
        proc.terminate()
        assert proc.wait(timeout=20) == 0
        assert not [pid for pid in now if alive(pid)]
        output = proc.stdout.read().decode("utf-8", "replace")
        assert "2 个服务进程" in output and "已重新启动一个" in output
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def test_workers_end_with_their_parent_even_when_it_is_killed_outright(index_dir):
    port = free_port()
    proc = subprocess.Popen(parksearch_command() + ["serve", "--port", str(port), "--processes", "2", "--index",
                                                    str(index_dir), "--corpus", str(CORPUS)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=dict(os.environ))
    try:
        workers = wait_for(lambda: (w := workers_of(proc.pid)) and len(w) == 2 and w)
        wait_for(lambda: _answers(f"http://127.0.0.1:{port}"))
        proc.kill()  # SIGKILL: the parent cannot stop its workers itself
        proc.wait(timeout=10)
        wait_for(lambda: not [pid for pid in workers if alive(pid)], seconds=20)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        for pid in workers_of(proc.pid):
            os.kill(pid, signal.SIGKILL)


def _answers(base: str) -> bool:
    try:
        return get(f"{base}/healthz")["status"] == "ok"
    except OSError:
        return False


def test_workers_that_keep_dying_stop_the_server_with_a_sentence(tmp_path):
    # a damaged index makes every worker fail at start-up: five deaths, then a clear stop
    script = ("import sys\n"
              "from webui import processes\n"
              "def serve():\n"
              "    raise RuntimeError('索引损坏（测试）')\n"
              "sys.exit(processes.run_workers(2, serve))\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, timeout=60, env=dict(os.environ))
    err = done.stderr.decode("utf-8", "replace")
    assert done.returncode == 1
    assert err.count("索引损坏（测试）") >= processes.DEATHS
    assert "服务停止" in err
