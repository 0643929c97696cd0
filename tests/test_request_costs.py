"""What a request reads, counted: work that grows with the corpus and is not needed for the answer is not done.

At 10,000 reports the CPU of the realistic mix (bench/load.py --mix) is what decides how
many people one process serves at once; these tests pin the costs found in its profile
(docs/benchmarks.md, "Session 9, speed") by counting calls, not by timing them.
"""
from __future__ import annotations

from indexer import generations


def test_search_page_does_not_read_the_manifest(client, monkeypatch):
    """The search page shows a box for an index with no report; whether it holds any is a
    count, not the generation's manifest (one entry per file, in 256 shards: a third of a
    search page's CPU at 10,000 files). An empty index still reads it (test_first_day.py)."""
    calls = []
    real = generations.read_manifest
    monkeypatch.setattr(generations, "read_manifest", lambda *a, **k: calls.append(a) or real(*a, **k))
    for q in ("招商引资", "", "园区 -绿化"):
        response = client.get("/", query_string={"q": q, "page": "1"})
        assert response.status_code == 200
    assert calls == []
