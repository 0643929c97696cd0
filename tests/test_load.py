"""Several concurrent clients against the real production server during full rebuilds: zero failures.

Runs bench/load.py's driver, smaller (the numbers for 1000 reports are in docs/benchmarks.md).
"""
from __future__ import annotations

import shutil
import subprocess
import sys
import time
from pathlib import Path

from conftest import CORPUS, REPO

sys.path.insert(0, str(REPO / "bench"))
import load  # noqa: E402


def test_no_request_fails_while_the_index_is_rebuilt(tmp_path):
    corpus, index = tmp_path / "corpus", tmp_path / "index"
    shutil.copytree(CORPUS, corpus)
    subprocess.run(load.PARKSEARCH + ["index", "--corpus", str(corpus), "--index", str(index)], check=True,
                   capture_output=True, env=load.ENV)
    server, base = load.start_server(index, corpus)
    rebuilds = load.RebuildLoop(corpus, index, max_runs=20)
    rounds = []
    try:
        rebuilds.start()
        # rounds of load until three rebuilds have finished under it (bounded by time, not by a count of rounds:
        # cached answers make a round quick, and on a busy machine a rebuild spans more rounds than on an idle one —
        # 60 rounds saw only 2 rebuilds with two other test sessions running)
        deadline = time.monotonic() + 180
        while rebuilds.runs < 3 and time.monotonic() < deadline:
            rounds.append(load.hammer(base, clients=6, requests_per_client=40, stop_after=300))
    finally:
        rebuilds.stop()
        server.terminate()
        server.wait(timeout=10)
    assert rebuilds.runs >= 3 and not rebuilds.failed, rebuilds.failed  # the load really overlapped rebuilds
    assert sum(r["requests"] for r in rounds) == 240 * len(rounds)
    assert sum(r["failures"] for r in rounds) == 0, [r["failure_examples"] for r in rounds]
    generations = sorted(p.name for p in Path(index).glob("gen-*"))
    assert len(generations) <= 3  # old generations are cleaned up as rebuilds go on
