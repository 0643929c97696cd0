"""Growing without a cliff: segment merges, generations that share files, bounded memory.

A real index on disk in every test: synthetic reports from bench/generate.py or
the seed pages, built by the real build, read back by Whoosh and the service.
"""
from __future__ import annotations

import os
import sys
import threading
import time
from pathlib import Path

import pytest
from whoosh import index as whoosh_index
from whoosh import query as Q
from whoosh.reading import SegmentReader

from conftest import CORPUS, REPO, build_in_segments

sys.path.insert(0, str(REPO / "bench"))
import generate  # noqa: E402

from indexer import generations  # noqa: E402
from indexer.build import build_index, merging  # noqa: E402
from indexer.search import SearchRequest, SearchService  # noqa: E402
from indexer.search import cache as result_cache  # noqa: E402
from indexer.search import service as service_module  # noqa: E402
from indexer.whoosh_ext import merge as merge_module  # noqa: E402
from indexer.whoosh_ext.merge import merge_segments  # noqa: E402


@pytest.fixture(scope="module")
def reports(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("scale") / "corpus"
    generate.generate(folder, reports=60, seed=11, chars=900)
    return folder


def _segments(index: Path) -> list:
    ix = whoosh_index.open_dir(str(generations.current_generation(index)))
    try:
        return ix._segments()
    finally:
        ix.close()


def _answers(service, queries=("园区", "招商引资", '"基础设施"', "招商*", "土地 -绿化")):
    """What a user sees for a few searches: totals, results, facets. A prefix expands to the
    terms each segment holds, so its scores depend on how reports are split into segments:
    for it only which reports match is compared."""
    out = {}
    for q in queries:
        data = service.search(SearchRequest(q=q, per_page=100, collapse=False))
        results = [(r["id"], r["score"]) for r in data["results"]]
        out[q] = (data["total"], sorted(results) if "*" not in q else sorted(i for i, _ in results), data["facets"])
    for kind in ("存在问题", "计划安排"):
        data = service.search(SearchRequest(q="发展", sections=[kind], per_page=100, collapse=False))
        out[kind] = (data["total"], sorted(r["id"] for r in data["results"]), data["facets"])
    return out


# -- merging segments -----------------------------------------------------------------


@pytest.fixture(scope="module")
def split_index(reports, tmp_path_factory):
    """The 60 reports in many small segments (nothing merged)."""
    index = tmp_path_factory.mktemp("split") / "index"
    build_in_segments(reports, index, segment_chars=6000, merge_factor=1000)
    assert len(_segments(index)) >= 6
    return index


def _postings(reader, field, term):
    m = reader.postings(field, term)
    out = []
    while m.is_active():
        out.append((m.id(), m.weight(), m.value()))
        m.next()
    return out


# A merge copies a big term's postings blocks (moved by its segment's offset) and re-cuts a
# small one's; COPY_MIN 1 copies every term of the small test segments, 10**9 re-cuts all.
@pytest.mark.parametrize("copy_min", [merge_module.COPY_MIN, 1, 10**9])
def test_a_merged_segment_holds_exactly_the_live_reports_of_its_sources(split_index, tmp_path, copy_min,
                                                                       monkeypatch):
    import shutil

    monkeypatch.setattr(merge_module, "COPY_MIN", copy_min)

    gen = tmp_path / "gen"
    shutil.copytree(generations.current_generation(split_index), gen)
    ix = whoosh_index.open_dir(str(gen))
    sources = ix._segments()[:4]
    sources[1]._deleted = {0, 2}  # two reports of the second segment gone
    merged = merge_segments(ix.storage, ix.schema, ix.indexname, sources)
    readers = [SegmentReader(ix.storage, ix.schema, s) for s in sources]
    live = [(r, d) for r in readers for d in range(r.doc_count_all()) if not r.is_deleted(d)]
    new_number = {(id(r), d): n for n, (r, d) in enumerate(live)}
    out = SegmentReader(ix.storage, ix.schema, merged)
    assert out.doc_count_all() == len(live) == sum(s.doc_count_all() for s in sources) - 2
    for n, (r, d) in enumerate(live):
        assert out.stored_fields(n) == r.stored_fields(d)
        for name, field in ix.schema.items():
            if field.column_type:
                assert out.column_reader(name)[n] == r.column_reader(name)[d], name
            if field.scorable:
                assert out.doc_field_length(n, name) == r.doc_field_length(d, name), name
    fields = [name for name, field in ix.schema.items() if field.indexed]
    for name in fields:
        terms = set()
        for r in readers:
            terms.update(t for t in r.lexicon(name))
        assert set(out.lexicon(name)) <= terms
        for term in sorted(terms)[::7]:
            expected = sorted((new_number[(id(r), d)], w, v) for r in readers if (name, term) in r
                              for d, w, v in _postings(r, name, term) if not r.is_deleted(d))
            got = _postings(out, name, term) if (name, term) in out else []
            assert got == expected, (name, term)
            if got:  # the term's statistics (what BM25 and block skipping read) agree with its postings
                info = out.term_info(name, term)
                assert (info.doc_frequency(), info.weight(), info.max_weight()) == (
                    len(got), sum(w for _, w, _ in got), max(w for _, w, _ in got)), (name, term)
                assert (info.min_id(), info.max_id()) == (got[0][0], got[-1][0]), (name, term)
                if ix.schema[name].scorable:
                    lengths = [out.doc_field_length(d, name) for d, _, _ in got]
                    assert (info.min_length(), info.max_length()) == (min(lengths), max(lengths)), (name, term)
    # BM25's average length: the sources' exact totals, less what the deleted reports held
    deleted_text = sum(readers[1].doc_field_length(d, "text") for d in (0, 2))
    assert out.field_length("text") == sum(r.field_length("text") for r in readers) - deleted_text
    for r in readers + [out]:
        r.close()
    ix.close()


@pytest.mark.parametrize("copy_min", [merge_module.COPY_MIN, 1])
def test_a_build_merges_its_many_segments_and_finds_the_same(reports, split_index, tmp_path, copy_min,
                                                             monkeypatch):
    monkeypatch.setattr(merge_module, "COPY_MIN", copy_min)  # (the forked merge processes inherit it)
    index = tmp_path / "index"
    summary = build_in_segments(reports, index, segment_chars=6000, merge_factor=3, workers=2)
    assert summary.merged_reports > 0
    segments = _segments(index)
    assert len(segments) < len(_segments(split_index))
    tiers = [merging.tier(s.doc_count()) for s in segments]
    assert all(tiers.count(t) < 3 for t in tiers)  # no tier left with F segments
    assert _answers(SearchService(index)) == _answers(SearchService(split_index))


def test_merge_plan_tiers_segments_by_size():
    big = [(1500, 1500)] * 8
    assert merging.plan_merges(big) == []
    assert merging.plan_merges(big + [(1, 1)]) == []  # one more small segment merges nothing
    groups = merging.plan_merges(big + [(1, 1)] * 10)
    assert groups == [list(range(8, 18))]  # the small ones merge among themselves
    assert merging.plan_merges([(1500, 1500)] * 20) == [list(range(10)), list(range(10, 20))]
    assert merging.plan_merges([(900, 1500), (5, 5)]) == [[0]]  # 40 % deleted: rewritten alone
    assert merging.plan_merges([(0, 1500)]) == [[0]]  # nothing live: dropped


def test_each_report_is_rewritten_a_logarithmic_number_of_times():
    # 3000 incremental builds, each adding a segment of one report
    sizes, rewritten = [], 0
    for _ in range(3000):
        sizes.append(1)
        groups = merging.plan_merges([(n, n) for n in sizes])
        merged = {i for g in groups for i in g}
        rewritten += sum(sizes[i] for i in merged)
        sizes = [n for i, n in enumerate(sizes) if i not in merged] + [sum(sizes[i] for i in g) for g in groups]
        assert len(sizes) < merging.F * 4  # never more than F - 1 per tier
    assert rewritten / 3000 <= 4  # log10(3000) tiers: each report merged at most once per tier


# -- generations share unchanged files ----------------------------------------------------


def _fingerprints(folder: Path) -> dict:
    return {p.name: (p.stat().st_size, p.stat().st_mtime_ns, p.stat().st_ino) for p in folder.iterdir() if p.is_file()}


def test_an_incremental_build_links_unchanged_files_and_writes_only_the_change(reports, tmp_path):
    import shutil

    corpus = tmp_path / "corpus"
    shutil.copytree(reports, corpus)
    index = tmp_path / "index"
    build_index(corpus, index, workers=2)
    old = generations.current_generation(index)
    before = _fingerprints(old)
    changed = sorted(corpus.iterdir())[7]
    changed.write_text(changed.read_text(encoding="utf-8") + "园区新建光伏储能示范电站。\n", encoding="utf-8")
    summary = build_index(corpus, index, workers=2)
    assert summary.updated == 1 and summary.merged_reports == 0
    new = generations.current_generation(index)
    assert new != old
    assert _fingerprints(old) == before  # the served generation's files untouched
    shared = written = 0
    for path in new.iterdir():
        if not path.is_file() or path.name == generations.MANIFEST:
            continue
        if (old / path.name).exists() and os.path.samefile(path, old / path.name):
            shared += path.stat().st_size
        else:
            written += path.stat().st_size
    assert shared > 0
    assert written < 0.1 * (shared + written)  # the new report's segment and a table of contents
    assert summary.bytes_written == written + (new / generations.MANIFEST).stat().st_size
    rewritten = [p.name for p in new.glob(generations.SHARD_PREFIX + "*") if p.stat().st_nlink == 1]
    assert rewritten == [generations.shard_name(changed.name)]  # one file's states, not the corpus's
    assert generations.read_manifest(new).files.keys() == generations.read_manifest(old).files.keys()
    service = SearchService(index)
    assert service.search(SearchRequest(q="光伏储能示范电站"))["total"] == 1


def test_planning_an_incremental_build_resolves_links_not_every_file(reports, tmp_path, monkeypatch):
    # Planning resolved every corpus name (a realpath: an lstat per folder on the way) to
    # check it lies inside the corpus: ~60 µs a file, ~2 s of every incremental build at
    # 30,000 files. The walk enters no linked folder, so only a name that is a link needs it.
    import shutil

    corpus = tmp_path / "corpus"
    shutil.copytree(reports, corpus)
    (tmp_path / "outside.txt").write_text("某某工业园区工作总结\n外部文件内容甲乙丙丁。\n", encoding="utf-8")
    (corpus / "out-link.txt").symlink_to(tmp_path / "outside.txt")
    (corpus / "in-link.txt").symlink_to(sorted(reports.iterdir())[3].name)
    index = tmp_path / "index"
    build_index(corpus, index, workers=1)
    changed = sorted(corpus.iterdir())[9]
    changed.write_text(changed.read_text(encoding="utf-8") + "园区新建光伏储能示范电站。\n", encoding="utf-8")
    resolved = []
    realpath = os.path.realpath

    def counting(path, *args, **kwargs):
        if str(path).startswith(str(corpus) + os.sep):
            resolved.append(os.path.basename(path))
        return realpath(path, *args, **kwargs)

    monkeypatch.setattr(os.path, "realpath", counting)
    summary = build_index(corpus, index, workers=1)
    assert summary.updated == 1
    files = len(list(corpus.iterdir()))
    assert set(resolved) <= {"out-link.txt", "in-link.txt", changed.name}, resolved  # the links, and the file read
    assert len(resolved) < files / 4
    skipped = {item["source"]: item["reason"] for item in summary.skipped}
    assert "语料文件夹之外" in skipped["out-link.txt"]  # still refused, still said why
    assert "in-link.txt" not in skipped
    service = SearchService(index)
    # quoted: the outside file's text is in no report (since session 36 its words held elsewhere list those reports)
    assert service.search(SearchRequest(q='"外部文件内容甲乙丙丁"'))["total"] == 0
    assert service.search(SearchRequest(q="光伏储能示范电站"))["total"] == 1


def test_an_incremental_build_serialises_only_the_shards_it_changed(reports, tmp_path, monkeypatch):
    # Every incremental build serialised every file's state to find the shards that changed
    # (0.4 s of CPU at 30,000 files); only the shards of the files it read, touched or
    # removed can have changed, the others are the previous generation's, linked.
    import shutil

    corpus = tmp_path / "corpus"
    shutil.copytree(reports, corpus)
    index = tmp_path / "index"
    build_index(corpus, index, workers=1)
    files = sorted(corpus.iterdir())
    changed, removed = files[5], files[11]
    changed.write_text(changed.read_text(encoding="utf-8") + "园区新建光伏储能示范电站。\n", encoding="utf-8")
    removed.unlink()
    serialised = []
    to_dict = generations.FileState.to_dict
    monkeypatch.setattr(generations.FileState, "to_dict", lambda state: serialised.append(state) or to_dict(state))
    summary = build_index(corpus, index, workers=1)
    assert summary.updated == 1 and summary.removed == 1
    manifest = generations.read_manifest(generations.current_generation(index))
    dirty = {generations.shard_name(changed.name), generations.shard_name(removed.name)}
    in_dirty = [s for s in manifest.files if generations.shard_name(s) in dirty]
    assert len(serialised) == len(in_dirty) < len(manifest.files) / 4
    # and what is on disk is every state, as a full comparison would have written it
    monkeypatch.undo()
    assert removed.name not in manifest.files and changed.name in manifest.files
    new = generations.current_generation(index)
    for name, data in manifest.shards().items():
        assert (new / name).read_bytes() == data
    assert sorted(p.name for p in new.glob(generations.SHARD_PREFIX + "*")) == sorted(manifest.shards())


def test_a_build_waits_for_its_fsyncs_together_and_names_no_file_before_it_is_on_disk(reports, tmp_path,
                                                                                     monkeypatch):
    # One fsync of a small new file waits for a journal commit (~3-4 ms here): a full build's
    # 256 manifest shards, one after the other, were ~1 s of its wall time. Waited for
    # together they share commits; what must hold still is the order: every file the build
    # wrote is on disk before a shard is renamed into place, the shards before manifest.json,
    # manifest.json before CURRENT names the generation.
    synced, events, in_flight, most = set(), [], [0], [0]
    lock = threading.Lock()
    real_fsync, real_replace = os.fsync, os.replace

    def slow_fsync(fd):
        with lock:
            in_flight[0] += 1
            most[0] = max(most[0], in_flight[0])
        try:
            time.sleep(0.005)
            st = os.fstat(fd)
            real_fsync(fd)
            with lock:
                synced.add((st.st_dev, st.st_ino))
        finally:
            with lock:
                in_flight[0] -= 1

    def recording_replace(src, dst):
        st = os.stat(src)
        with lock:
            events.append((Path(dst).name, (st.st_dev, st.st_ino) in synced))
        return real_replace(src, dst)

    monkeypatch.setattr(os, "fsync", slow_fsync)
    monkeypatch.setattr(os, "replace", recording_replace)
    build_index(reports, tmp_path / "index", workers=1)
    monkeypatch.undo()
    gen = generations.current_generation(tmp_path / "index")
    own = [p for p in gen.iterdir() if p.is_file() and p.stat().st_nlink == 1]
    assert len(own) > 40  # the segment's files and a shard per few sources
    assert all((p.stat().st_dev, p.stat().st_ino) in synced for p in own), \
        [p.name for p in own if (p.stat().st_dev, p.stat().st_ino) not in synced]
    assert events and all(was_synced for _, was_synced in events), events  # nothing renamed before it was on disk
    names = [name for name, _ in events]
    assert names[-2:] == [generations.MANIFEST, generations.CURRENT]
    assert all(name.startswith(generations.SHARD_PREFIX) for name in names[:-2])
    assert most[0] > 1  # waited for together


def test_a_manifest_with_the_states_inside_it_is_still_read(tmp_path):
    import json

    (tmp_path / generations.MANIFEST).write_text(json.dumps({
        "format": 1, "generation": 3, "fingerprint": "f", "full": False, "tokenizer": "rjieba 0.2.2",
        "started_ns": 5, "index_files": {}, "files": {"a.txt": {
            "size": 1, "mtime_ns": 2, "sha1": "x", "reports": ["r"], "skipped": None}}}), encoding="utf-8")
    manifest = generations.read_manifest(tmp_path)
    assert manifest.files["a.txt"].reports == ["r"] and manifest.generation == 3
    generations.write_manifest(tmp_path, manifest)  # rewritten in shards
    assert generations.read_manifest(tmp_path) == manifest
    assert (tmp_path / generations.shard_name("a.txt")).is_file()


# -- the service ----------------------------------------------------------------------


def _deleted_files_held_open(folder: Path) -> list[str]:
    held = []
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue
        if target.startswith(str(folder)) and target.endswith("(deleted)"):
            held.append(target)
    return held


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs /proc to see open files")
def test_an_idle_threads_searcher_does_not_keep_removed_generations_open(tmp_path, monkeypatch):
    import shutil

    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    index = tmp_path / "index"
    build_index(corpus, index, workers=1)
    monkeypatch.setattr(service_module, "REFRESH_SECONDS", 0.0)
    monkeypatch.setattr(service_module, "RETIRE_SECONDS", 0.0)
    service = SearchService(index)
    opened, done = threading.Event(), threading.Event()

    def idle_thread():  # a server thread that answered once and then gets no more requests
        service.search(SearchRequest(q="园区"))
        opened.set()
        done.wait(30)

    thread = threading.Thread(target=idle_thread)
    thread.start()
    try:
        assert opened.wait(30)
        for i in range(generations.KEEP_OLD + 2):  # enough builds that the first generation is removed
            (corpus / f"new{i}.txt").write_text(f"东湖工业园{2015 + i}年工作总结\n园区第{i}次更新。\n", encoding="utf-8")
            build_index(corpus, index, workers=1)
            time.sleep(0.01)
            service.search(SearchRequest(q="园区"))  # the busy thread moves on
        assert not (index / "gen-000001").exists()
        assert _deleted_files_held_open(index) == []
    finally:
        done.set()
        thread.join()


def test_the_result_cache_is_bounded_in_bytes():
    cache = result_cache.ResultCache(max_bytes=200_000)
    Found = result_cache.Found
    for i in range(50):
        cache.get(("scored", i), lambda: [Found(d, 1.0) for d in range(1000)])
        assert cache.bytes <= 200_000
    assert 0 < len(cache) < 50
    huge = cache.get(("scored", "huge"), lambda: [Found(d, 1.0) for d in range(100_000)])
    assert len(huge) == 100_000 and ("scored", "huge") not in cache  # answered, not kept
    groups = [[Found(d, 1.0), Found(d + 1, 0.5)] for d in range(0, 2000, 2)]
    assert result_cache.approximate_bytes(groups) > result_cache.approximate_bytes(groups[:10]) * 50


# -- scoring every hit at once --------------------------------------------------------------

QUERIES = ["园区", "招商引资", '"基础设施建设"', "招商 OR 引资", "园区 -绿化", "招商*", "year:2010-2015 园区",
           "污水处理厂", "park:金岭", "title:工作总结", "土地 OR 用地 -征地", "经济发展", "（科技创新）", "发"]


@pytest.mark.parametrize("order", ["as written", "reversed"])
@pytest.mark.parametrize("sections", [[], ["存在问题"], ["成效进展", "计划安排"]])
def test_scores_of_every_hit_are_whooshs_own(split_index, sections, order, monkeypatch):
    from whoosh import sorting

    from indexer.whoosh_ext import scoremap
    from indexer.whoosh_ext.remember import SegmentMemory
    from indexer.whoosh_ext.scoremap import scored_hits

    # a term's and a phrase's scores are remembered per segment: a word met first alone and
    # then inside an intersection or an AND NOT (whose matchers have moved on), and the
    # other way round, must score as Whoosh does every time
    monkeypatch.setattr(scoremap, "_scores", SegmentMemory(scoremap.SCORES_BYTES, scoremap._scores.size_of))
    service = SearchService(split_index)
    searcher = service.searcher()
    # a segment with deletions: its reports must not come back
    for q in (QUERIES if order == "as written" else QUERIES[::-1]):
        query = service.parse(q, sections, searcher).query
        if query is None:
            continue
        plain = list(searcher.search(query, limit=None).items())
        collector = searcher.collector(limit=None)
        searcher.search_with_collector(query, collector, context=searcher.context(needs_current=True))
        prefix = any(isinstance(leaf, Q.MultiTerm) for leaf in query.leaves())  # a prefix: scored plainly
        expected = plain if prefix else list(collector.results().items())
        assert scored_hits(searcher, query) == expected, q  # equal floats, same order
        assert scored_hits(searcher, query) == expected, q  # and again, from what was remembered
        # without needs_current, unions are preloaded as arrays: the same sums in another order
        assert dict(plain).keys() == dict(expected).keys(), q
        assert all(abs(dict(plain)[d] - s) <= 1e-9 * max(1.0, abs(s)) for d, s in expected), q
        by_year = searcher.search(query, limit=None, sortedby=[sorting.FieldFacet("year_num", reverse=True),
                                                              sorting.ScoreFacet()])
        got = service._scored(searcher, query, by_year=True)
        assert [f.docnum for f in got] == [d for d, _ in by_year.items()], q
    assert len(scoremap._scores) > 0  # the terms and phrases above were remembered
    every = searcher.search(Q.Every(), limit=None, sortedby=[sorting.FieldFacet("year_num", reverse=True),
                                                            sorting.ScoreFacet()])
    assert [f.docnum for f in service._scored(searcher, Q.Every(), by_year=True)] == [d for d, _ in every.items()]


def test_scores_skip_deleted_reports(reports, tmp_path):
    import shutil

    from indexer.whoosh_ext.scoremap import scored_hits

    corpus = tmp_path / "corpus"
    shutil.copytree(reports, corpus)
    index = tmp_path / "index"
    build_index(corpus, index, workers=1)
    for path in sorted(corpus.iterdir())[:5]:
        path.unlink()
    build_index(corpus, index, workers=1)
    searcher = SearchService(index).searcher()
    assert searcher.reader().has_deletions()
    for q in ("园区", "招商引资", "园区 -绿化"):
        query = SearchService(index).parse(q, (), searcher).query
        collector = searcher.collector(limit=None)
        searcher.search_with_collector(query, collector, context=searcher.context(needs_current=True))
        assert scored_hits(searcher, query) == list(collector.results().items()), q
        assert scored_hits(searcher, query) == list(collector.results().items()), q


@pytest.mark.skipif(not Path("/proc/self/maps").is_file(), reason="needs /proc to see mappings")
def test_threads_searchers_share_one_mapping_of_each_index_file(reports, tmp_path):
    # Each server thread reads through a searcher of its own, and each segment reader mapped
    # its term table and positions sidecar itself: the same pages counted once per thread
    # in the server's RSS (at 1,000 reports, 56 MB counted for 14 MB of distinct pages).
    import shutil

    corpus = tmp_path / "corpus"
    shutil.copytree(reports, corpus)
    index = tmp_path / "index"
    build_index(corpus, index, workers=1)
    folder = str(generations.current_generation(index))

    def mappings() -> dict:
        counts: dict = {}
        for line in Path("/proc/self/maps").read_text().splitlines():
            parts = line.split()
            if len(parts) >= 6 and parts[5].startswith(folder) and parts[5].endswith((".pos", ".trm")):
                counts[parts[5]] = counts.get(parts[5], 0) + 1
        return counts

    service = SearchService(index)
    expected = service.search(SearchRequest(q="招商引资 基础设施"))
    answers = []

    def search_in_a_thread():
        answers.append(service.search(SearchRequest(q="招商引资 基础设施", page=1)))
        answers.append(service.search(SearchRequest(q='"基础设施"')))

    threads = [threading.Thread(target=search_in_a_thread) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    counts = mappings()
    assert counts and any(name.endswith(".pos") for name in counts) and any(name.endswith(".trm") for name in counts)
    assert set(counts.values()) == {1}, counts  # four searchers, one mapping of each file
    assert answers[0]["total"] == expected["total"] > 0
    for _, searcher in service._searchers:
        searcher.close()
    assert mappings() == {}  # the last reader to close unmaps the file
