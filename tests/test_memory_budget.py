"""One budget in bytes for every cache of a process (``indexer/lru.py``, issue 17).

Each memory (results, finished answers, normalised texts, and what was read of each index
segment: term infos, phrases, lone characters, section kinds, scores) keeps its own budget, and
all of them share the process's ``MemoryBudget``: what they hold together stays under one number,
the least recently used entry of any of them going first. Checked on the memories themselves,
on the real ones of a service and an app, and on a real server started with ``--memory-mb``.
"""
from __future__ import annotations

import gc
import re
import subprocess
import urllib.parse
import urllib.request

import pytest

from conftest import CORPUS, parksearch_command, serving
from indexer import lru
from indexer.lru import BoundedLRU, MemoryBudget
from indexer.whoosh_ext.remember import SegmentMemory


def _memory(shared, budget=10_000, name="m", largest=1.0):
    return BoundedLRU(budget, len, largest=largest, name=name, shared=shared)


def test_memories_sharing_a_budget_hold_no_more_than_it_together():
    shared = MemoryBudget(1_000)
    a, b = _memory(shared, name="a"), _memory(shared, name="b")
    for i in range(4):
        a.put(("a", i), b"x" * 200, 200)
    assert a.used == shared.used == 800
    for i in range(4):
        b.put(("b", i), b"y" * 200, 200)
        assert shared.used <= 1_000
    # each memory alone is far under its own budget (10,000): the shared one decided
    assert shared.used == a.used + b.used == 1_000
    assert len(b) == 4 and len(a) == 1  # a's three oldest went, the least recently used of all
    assert ("a", 3) in a


def test_the_least_recently_used_entry_of_any_memory_goes_first():
    shared = MemoryBudget(1_000)
    a, b = _memory(shared, name="a"), _memory(shared, name="b")
    for i in range(3):
        a.put(("a", i), b"x" * 200, 200)
    b.put(("b", 0), b"y" * 200, 200)
    b.put(("b", 1), b"y" * 200, 200)  # 1,000: full
    assert a.find(("a", 0)) is not None  # used again: now the most recent
    b.put(("b", 2), b"y" * 200, 200)  # 1,200 > 1,000: the least recently used, ("a", 1), goes
    assert ("a", 1) not in a
    assert ("a", 0) in a and ("a", 2) in a and all(("b", i) in b for i in range(3))
    b.put(("b", 3), b"y" * 200, 200)  # then ("a", 2), then b's oldest
    assert ("a", 2) not in a and ("a", 0) in a
    b.put(("b", 4), b"y" * 200, 200)
    assert ("b", 0) not in b and ("a", 0) in a
    assert shared.used == 1_000


def test_each_memory_still_keeps_its_own_budget_and_largest_entry():
    shared = MemoryBudget(100_000)
    a = _memory(shared, budget=1_000, largest=0.25)
    a.put("big", b"x" * 300, 300)  # over a quarter of its own budget: answered, not kept
    assert "big" not in a and shared.used == 0
    for i in range(8):
        a.put(i, b"x" * 200, 200)
    assert a.used == shared.used == 1_000 and len(a) == 5


def test_an_entry_put_again_a_memory_cleared_or_forgotten_gives_its_share_back():
    shared = MemoryBudget(10_000)
    a = _memory(shared)
    a.put("k", b"x" * 300, 300)
    a.put("k", b"x" * 100, 100)
    assert a.used == shared.used == 100
    a.clear()
    assert shared.used == 0
    segments = SegmentMemory(10_000, len, "s", shared)
    segments.put(("/a", "seg1", "w"), b"x" * 400, 400)
    segments.put(("/b", "seg1", "w"), b"x" * 400, 400)
    segments.forget("/a")
    assert segments.used == shared.used == 400
    del segments, a
    gc.collect()  # a memory that goes (a closed service's) gives back what it held
    assert shared.used == 0


def test_a_smaller_budget_drops_entries_at_once():
    shared = MemoryBudget(10_000)
    a = _memory(shared)
    for i in range(10):
        a.put(i, b"x" * 500, 500)
    shared.set_budget(2_000)
    assert shared.used == a.used == 2_000 and list(range(6, 10)) == [k for k in range(10) if k in a]


def test_every_cache_of_the_service_and_the_app_shares_the_process_budget(client, service):
    from indexer.search import SearchRequest

    for q in ("招商引资", "园区", "土地", "园", "“基础设施”"):
        service.search(SearchRequest(q=q))
        assert client.get("/?" + urllib.parse.urlencode({"q": q})).status_code == 200
    names = {m["name"] for m in lru.memories() if m["shared"]}
    assert {"results", "normalised texts", "finished answers", "term infos", "phrases", "lone characters",
            "section kinds", "scores"} <= names
    together = lru.shared_memory()
    assert 0 < together["used"] <= together["budget"] == lru.SHARED.budget
    assert together["used"] == sum(used for _, used in together["parts"])


def test_a_small_budget_holds_under_real_searches(client):
    """The process's memories under a budget of 256 KB while real searches fill them: never over it."""
    before = lru.SHARED.budget
    lru.SHARED.set_budget(256 * 1024)
    try:
        for q in ("招商引资", "园区 土地", "园", "的", "“基础设施建设”", "工作 计划", "发展", "问题"):
            for extra in ({}, {"section": "存在问题"}, {"sort": "year"}):
                assert client.get("/api/search?" + urllib.parse.urlencode({"q": q, **extra})).status_code == 200
                assert lru.SHARED.used <= 256 * 1024
        assert lru.SHARED.used > 0
    finally:
        lru.SHARED.set_budget(before)


def test_status_page_shows_the_budget_and_its_use(client):
    client.get("/?q=%E5%9B%AD%E5%8C%BA")
    html = client.get("/status").get_data(as_text=True)
    budget = lru.SHARED.budget / 2**20
    assert f"<strong>{budget:.1f} MB</strong> 的上限" in html
    used = re.search(r"已用 ([\d.]+) MB", html)
    assert used and 0 < float(used.group(1)) <= budget
    assert "--memory-mb" in html
    from webui.pages import MEMORY_LABELS

    largest, used_bytes = lru.shared_memory()["parts"][0]
    assert used_bytes >= 2**20 // 20  # the searches above kept more than 0.05 MB of something
    assert f"{MEMORY_LABELS[largest]} {used_bytes / 2**20:.1f} MB" in html


def test_serve_memory_mb_sets_the_servers_budget(index_dir):
    with serving(index_dir, CORPUS, options=("--memory-mb", "12")) as base:
        for q in ("招商引资", "园", "土地 问题"):
            urllib.request.urlopen(f"{base}/?" + urllib.parse.urlencode({"q": q}), timeout=60).read()
        html = urllib.request.urlopen(f"{base}/status", timeout=60).read().decode("utf-8")
    assert "<strong>12.0 MB</strong> 的上限" in html
    assert 0 < float(re.search(r"已用 ([\d.]+) MB", html).group(1)) <= 12


@pytest.mark.parametrize("value", ["0", "7", "abc", "-64"])
def test_a_bad_memory_mb_is_one_chinese_sentence(index_dir, value):
    done = subprocess.run(parksearch_command() + ["serve", "--index", str(index_dir), "--memory-mb", value],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode != 0
    assert f"--memory-mb {value} 无效" in done.stderr and "Traceback" not in done.stderr
