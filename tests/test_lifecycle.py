"""The index lifecycle: incremental builds, atomic generations, the build lock, crash safety.

Builds run as a user runs them (the installed ``parksearch index`` in a
subprocess); the served side is a real SearchService opened before the build.
Corpora are the seed pages copied into a temp folder, or synthetic reports from
bench/generate.py written into one.
"""
from __future__ import annotations

import json
import multiprocessing
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import CORPUS, REPO, parksearch_command

sys.path.insert(0, str(REPO / "bench"))
import generate  # noqa: E402  (bench/generate.py: the deterministic synthetic corpus)

from indexer import generations  # noqa: E402
from indexer.build.workers import START_METHOD_ENV  # noqa: E402
from indexer.errors import IndexLocked, IndexMissing  # noqa: E402
from indexer.search import SearchRequest, SearchService  # noqa: E402

NEW_PHRASE = "园区新建光伏储能示范电站"  # appears in no seed page and no generated report
# The CLI in a subprocess runs this checkout's code even if the shared environment's
# editable install points at another one.
ENV = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")])))


@pytest.fixture(autouse=True, params=["fork", "spawn"])
def start_method(request, monkeypatch):
    """Every lifecycle test runs its builds with workers started by fork and by spawn (what
    Windows has): nothing a worker needs may come from the parent's memory."""
    if request.param not in multiprocessing.get_all_start_methods():
        pytest.skip(f"no {request.param} here")
    monkeypatch.setitem(ENV, START_METHOD_ENV, request.param)
    monkeypatch.setenv(START_METHOD_ENV, request.param)
    return request.param


def run_index(corpus: Path, index: Path, *extra: str, check=True) -> subprocess.CompletedProcess:
    proc = subprocess.run(parksearch_command() + ["index", "--corpus", str(corpus), "--index", str(index),
                                                  "--json", *extra],
                          capture_output=True, text=True, timeout=600, env=ENV)
    if check and proc.returncode != 0:
        raise AssertionError(f"parksearch index exited {proc.returncode}:\n{proc.stderr}")
    return proc


def summary_of(proc) -> dict:
    return json.loads(proc.stdout)


def counts(summary: dict) -> dict:
    return {k: summary[k] for k in ("added", "updated", "removed", "unchanged")} | {
        "skipped": len(summary["skipped"])}


def ask(service: SearchService, q: str) -> tuple[int, list[str]]:
    data = service.search(SearchRequest(q=q, per_page=100, collapse=False))
    return data["total"], sorted(r["id"] for r in data["results"])


@pytest.fixture
def seeds(tmp_path) -> Path:
    folder = tmp_path / "corpus"
    shutil.copytree(CORPUS, folder)
    return folder


def wait_until_unlocked(index: Path, seconds: float = 10.0) -> None:
    """A killed build's worker processes die with it, a moment later; wait for the lock."""
    deadline = time.time() + seconds
    while True:
        try:
            generations.BuildLock(index).acquire().release()
            return
        except IndexLocked:
            if time.time() > deadline:
                raise
            time.sleep(0.05)


# -- incremental -------------------------------------------------------------------


def test_incremental_build_does_only_the_changed_files(seeds, tmp_path):
    index = tmp_path / "index"
    first = summary_of(run_index(seeds, index))
    assert counts(first) == {"added": 5, "updated": 0, "removed": 0, "unchanged": 0, "skipped": 0}
    assert first["full"] is True

    again = summary_of(run_index(seeds, index))
    assert counts(again) == {"added": 0, "updated": 0, "removed": 0, "unchanged": 5, "skipped": 0}
    assert again["full"] is False and again["reports"] == 0

    changed = seeds / "002_67b51dd836a7ed84.txt"
    changed.write_text(changed.read_text(encoding="utf-8") + f"\n{NEW_PHRASE}。\n", encoding="utf-8")
    (seeds / "004_b31896b464007f3c.txt").unlink()
    (seeds / "sub").mkdir()
    (seeds / "sub" / "new.txt").write_text(f"青山工业园2024年工作计划\n一、工作成效\n{NEW_PHRASE}，招商引资取得新进展。\n",
                                          encoding="utf-8")
    os.utime(seeds / "000_b7ebce4f01a634e6.txt")  # touched, content unchanged: not work
    (seeds / "empty.txt").write_text("", encoding="utf-8")

    step = run_index(seeds, index)
    summary = summary_of(step)
    assert counts(summary) == {"added": 1, "updated": 1, "removed": 1, "unchanged": 3, "skipped": 1}
    assert summary["skipped"][0]["source"] == "empty.txt" and summary["skipped"][0]["reason"]
    assert "[3/3]" in step.stderr  # progress counts only the files read

    service = SearchService(index)
    total, _ = ask(service, NEW_PHRASE)
    assert total == 2
    sources = {r["source"] for r in service.search(SearchRequest(q="", per_page=100, collapse=False))["results"]}
    assert "004_b31896b464007f3c.txt" not in sources and "sub/new.txt" in sources
    # a skipped file that has not changed stays reported as skipped, without being read again
    quiet = summary_of(run_index(seeds, index))
    assert counts(quiet) == {"added": 0, "updated": 0, "removed": 0, "unchanged": 5, "skipped": 1}


@pytest.mark.parametrize("control_file, content", [
    ("parksearch-meta.csv", "source,park,year\n002_67b51dd836a7ed84.txt,东湖工业园,2019\n"),
    ("parksearch-userdict.txt", "光伏储能 2000 n\n"),
    ("parksearch-synonyms.txt", "招商引资 招商\n"),
])
def test_a_changed_control_file_rebuilds_everything(seeds, tmp_path, control_file, content):
    index = tmp_path / "index"
    run_index(seeds, index)
    (seeds / control_file).write_text(content, encoding="utf-8")
    summary = summary_of(run_index(seeds, index))
    assert summary["full"] is True and summary["full_reason"]
    # every file re-read; the control file itself is not a report
    assert counts(summary) == {"added": 0, "updated": 5, "removed": 0, "unchanged": 0, "skipped": 0}
    assert counts(summary_of(run_index(seeds, index)))["unchanged"] == 5


def test_full_flag_rebuilds_everything(seeds, tmp_path):
    index = tmp_path / "index"
    run_index(seeds, index)
    summary = summary_of(run_index(seeds, index, "--full"))
    assert summary["full"] is True and "--full" in summary["full_reason"]
    assert counts(summary) == {"added": 0, "updated": 5, "removed": 0, "unchanged": 0, "skipped": 0}
    assert SearchService(index).stats()["reports"] == summary["reports"]


def test_the_index_records_its_tokenizer_and_another_one_rebuilds_it(seeds, tmp_path, monkeypatch):
    from indexer import analysis as analyze

    index = tmp_path / "index"
    run_index(seeds, index)
    manifest = generations.read_manifest(generations.current_generation(index))
    assert manifest.tokenizer == analyze.TOKENIZER
    if analyze.BACKEND != "rjieba":
        pytest.skip("rjieba (a dependency) is not in use here")
    other = "jieba"
    # a build by the other segmenter is a full rebuild, and says so in its manifest
    monkeypatch.setitem(ENV, "PARKSEARCH_TOKENIZER", other)
    summary = summary_of(run_index(seeds, index))
    assert summary["full"] is True and "分词器" in summary["full_reason"]
    built_by = generations.read_manifest(generations.current_generation(index)).tokenizer
    assert built_by.split()[0] == other
    # queries cut by one segmenter against reports cut by the other: refused at start-up, with the fix
    with pytest.raises(IndexMissing, match="分词建成.*parksearch index"):
        SearchService(index)


# -- generations ----------------------------------------------------------------------


def test_running_service_sees_a_new_generation_without_restart(seeds, tmp_path):
    index = tmp_path / "index"
    run_index(seeds, index)
    service = SearchService(index)
    before = service.generation
    # no report holds the phrase yet (quoted: since session 36 a phrase nothing finds lists the reports holding some
    # of its words, 园区 …, so the phrase unquoted no longer finds nothing)
    assert ask(service, f'"{NEW_PHRASE}"')[0] == 0
    held = service.searcher()  # a request in flight keeps its searcher
    held_count = held.doc_count()

    (seeds / "new.txt").write_text(f"临港工业园2023年工作总结\n{NEW_PHRASE}。\n", encoding="utf-8")
    run_index(seeds, index)
    service.refresh()
    assert ask(service, NEW_PHRASE)[0] == 1 and ask(service, f'"{NEW_PHRASE}"')[0] == 1
    assert service.generation != before
    assert held.doc_count() == held_count  # the old searcher still answers, from the old generation
    assert service.searcher().doc_count() == held_count + 1
    assert (index / before).is_dir()  # kept for readers that have not switched yet


def test_old_generations_and_leftovers_are_cleaned_up(seeds, tmp_path):
    index = tmp_path / "index"
    for i in range(5):
        (seeds / f"extra{i}.txt").write_text(f"东湖工业园{2015 + i}年工作总结\n园区第{i}次更新。\n", encoding="utf-8")
        run_index(seeds, index)
    current = generations.read_current(index)
    # what a build killed before its switch leaves behind
    (index / "gen-000099").mkdir()
    (index / "gen-000099" / "MAIN_x.seg").write_bytes(b"half")
    (index / "CURRENT.tmp").write_text("gen-000099\n", encoding="utf-8")
    (seeds / "extra0.txt").unlink()
    run_index(seeds, index)
    names = sorted(p.name for p in index.iterdir() if p.name.startswith("gen-"))
    assert "gen-000099" not in names and not (index / "CURRENT.tmp").exists()
    assert len(names) == 1 + generations.KEEP_OLD
    new = generations.read_current(index)
    assert new == names[-1] and generations.generation_number(new) > generations.generation_number(current)
    assert generations.generation_number(new) > 99  # never the number of a dead build's folder


# -- one build at a time ------------------------------------------------------------------


@pytest.fixture(scope="module")
def big_corpus(tmp_path_factory) -> Path:
    """Enough synthetic reports that a build takes a few seconds: time to interfere with it."""
    folder = tmp_path_factory.mktemp("big") / "corpus"
    generate.generate(folder, reports=160, seed=3, chars=1500)
    return folder


def start_build(corpus: Path, index: Path, *extra: str) -> subprocess.Popen:
    return subprocess.Popen(parksearch_command() + ["index", "--corpus", str(corpus), "--index", str(index), *extra],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=ENV)


def read_progress_lines(proc: subprocess.Popen, n: int) -> list[str]:
    lines = []
    while len(lines) < n:
        line = proc.stderr.readline()
        if not line:
            break
        if line.startswith("["):
            lines.append(line)
    return lines


def test_a_second_concurrent_build_is_refused(big_corpus, tmp_path):
    index = tmp_path / "index"
    first = start_build(big_corpus, index, "--workers", "1")
    try:
        assert read_progress_lines(first, 1), first.stderr.read()
        second = run_index(big_corpus, index, check=False)
        assert second.returncode != 0
        assert "另一个建索引任务" in second.stderr and "请等它完成后再试" in second.stderr
        assert "Traceback" not in second.stderr
    finally:
        first.communicate(timeout=600)
    assert first.returncode == 0  # the first build was not disturbed
    assert SearchService(index).stats()["reports"] == 160


@pytest.mark.parametrize("kill_after", [1, 60, 120])  # progress lines of 120: early, midway, at commit
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX only (Windows has no such signal)")
def test_a_killed_build_leaves_the_served_index_whole(big_corpus, tmp_path, kill_after):
    corpus = tmp_path / "corpus"
    shutil.copytree(big_corpus, corpus)
    keep = sorted(corpus.iterdir())[:40]
    for path in sorted(corpus.iterdir())[40:]:
        path.rename(tmp_path / path.name)
    index = tmp_path / "index"
    run_index(corpus, index)
    service = SearchService(index)
    query = "招商引资"
    before = ask(service, query)
    served = service.generation
    assert before[0] > 0 and len(keep) == 40

    # the rest of the reports arrive; the build that adds them is killed part-way
    for path in sorted(tmp_path.glob("*.txt")):
        path.rename(corpus / path.name)
    build = start_build(corpus, index, "--workers", "2")
    seen = read_progress_lines(build, kill_after)
    build.send_signal(signal.SIGKILL)
    build.communicate(timeout=60)
    assert len(seen) == kill_after

    service.refresh()
    now = ask(service, query)
    fresh = SearchService(index)
    if fresh.generation == served:  # killed before the switch: nothing changed for readers
        assert now == before and ask(fresh, query) == before
    else:  # killed after the switch (the last point can race the end): the new generation is whole
        assert ask(fresh, query)[0] >= before[0]

    wait_until_unlocked(index)
    summary = summary_of(run_index(corpus, index))
    assert summary["added"] + summary["unchanged"] == 160
    names = sorted(p.name for p in index.iterdir() if p.name.startswith("gen-"))
    assert names[-1] == generations.read_current(index) and len(names) <= 1 + generations.KEEP_OLD
    assert not (index / "CURRENT.tmp").exists()
    service.refresh()
    assert ask(service, "")[0] == 160 == ask(SearchService(index), "")[0]


def test_parallel_and_serial_builds_index_the_same(big_corpus, tmp_path):
    one = summary_of(run_index(big_corpus, tmp_path / "one", "--workers", "1"))
    two = summary_of(run_index(big_corpus, tmp_path / "two", "--workers", "2"))
    assert one["workers"] == 1 and two["workers"] == 2
    assert counts(one) == counts(two) and one["reports"] == two["reports"] and one["chars"] == two["chars"]
    a, b = SearchService(tmp_path / "one"), SearchService(tmp_path / "two")
    for q in ("招商引资", "\"基础设施建设\"", "污水 OR 土地", ""):
        ra = a.search(SearchRequest(q=q, per_page=100, collapse=False))
        rb = b.search(SearchRequest(q=q, per_page=100, collapse=False))
        assert ra["total"] == rb["total"] and ra["facets"] == rb["facets"]
        # every match with the same score (the order of equal scores follows document numbers)
        req = SearchRequest(q=q, collapse=False)
        assert sorted((r["id"], r["score"]) for r in a.export(req)) == sorted((r["id"], r["score"]) for r in b.export(req))


# -- a broken index is caught at start-up ---------------------------------------------------


def broken_by_truncating_a_segment(index: Path) -> None:
    gen = index / generations.read_current(index)
    # the largest of the segment's files (postings or stored documents; segments are not compound)
    seg = max((p for p in gen.iterdir() if p.name != "manifest.json" and not p.name.endswith(".toc")),
              key=lambda p: p.stat().st_size)
    with open(seg, "r+b") as f:
        f.truncate(seg.stat().st_size // 2)


def broken_by_deleting_the_generation(index: Path) -> None:
    shutil.rmtree(index / generations.read_current(index))


def broken_by_garbling_current(index: Path) -> None:
    (index / "CURRENT").write_text("garbage", encoding="utf-8")


@pytest.mark.parametrize("damage", [broken_by_truncating_a_segment, broken_by_deleting_the_generation,
                                    broken_by_garbling_current])
def test_a_broken_index_is_reported_at_start_up_with_the_repair(seeds, tmp_path, damage):
    index = tmp_path / "index"
    run_index(seeds, index)
    damage(index)
    with pytest.raises(IndexMissing) as info:
        SearchService(index)
    assert "parksearch index --full" in str(info.value)
    proc = subprocess.run(parksearch_command() + ["search", "园区", "--index", str(index)],
                          capture_output=True, text=True, timeout=120, env=ENV)
    assert proc.returncode != 0 and "parksearch index --full" in proc.stderr and "Traceback" not in proc.stderr
    # the next build notices and rebuilds from scratch
    summary = summary_of(run_index(seeds, index))
    assert summary["full"] is True
    assert SearchService(index).stats()["reports"] == summary["reports"]


def test_a_folder_without_an_index_names_the_command_that_builds_it(tmp_path):
    (tmp_path / "index").mkdir()
    with pytest.raises(IndexMissing) as info:
        SearchService(tmp_path / "index")
    assert "parksearch index" in str(info.value)


def test_bad_workers_value_is_refused(seeds, tmp_path):
    proc = run_index(seeds, tmp_path / "index", "--workers", "0", check=False)
    assert proc.returncode != 0 and "--workers" in proc.stderr and "Traceback" not in proc.stderr


# -- cheaper facets, same answers -------------------------------------------------------------


def test_a_filter_nothing_passes_gives_no_results_and_empty_facets(service):
    """Facets are now counted inside the main search; a filter that matches no report
    (Whoosh would count it as no filter at all) must give total 0, not every match."""
    req = SearchRequest.from_params({"q": ["招商引资"], "park": ["没有这个园区"]})
    data = service.search(req)
    assert data["total"] == 0 and data["results"] == []
    assert data["facets"]["section"] == [] and data["facets"]["year"] == []
    # the park facet ignores its own filter: the parks that do match stay visible
    assert data["facets"]["park"] == service.search(SearchRequest(q="招商引资"))["facets"]["park"]


def test_section_facet_counts_match_section_filtered_searches(service):
    everything = service.search(SearchRequest(q="招商引资", collapse=False))
    for bucket in everything["facets"]["section"]:
        only = service.search(SearchRequest(q="招商引资", sections=[bucket["value"]], collapse=False))
        assert only["total"] == bucket["count"]


# -- progress --------------------------------------------------------------------------------


def run_in_terminal(argv: list[str]) -> str:
    """Run a command with a pseudo-terminal as its stdout/stderr; what it drew."""
    pty = pytest.importorskip("pty", reason="pseudo-terminals are POSIX only")

    pid, fd = pty.fork()
    if pid == 0:  # the child: becomes the command
        os.environ.update(ENV)
        os.execv(argv[0], argv)
    out = b""
    while True:
        try:
            chunk = os.read(fd, 4096)
        except OSError:
            break
        if not chunk:
            break
        out += chunk
    os.waitpid(pid, 0)
    return out.decode("utf-8", "replace")


def test_a_terminal_gets_a_progress_bar_and_a_log_gets_lines(seeds, tmp_path):
    command = parksearch_command()
    if len(command) != 1:
        pytest.skip("needs the installed parksearch script")
    drawn = run_in_terminal(command + ["index", "--corpus", str(seeds), "--index", str(tmp_path / "tty")])
    assert "建立索引" in drawn and "5/5" in drawn and "%|" in drawn
    assert "[1/5]" not in drawn and "完成" in drawn
    piped = run_index(seeds, tmp_path / "pipe")
    assert "[5/5]" in piped.stderr and "%|" not in piped.stderr


def test_a_build_with_nothing_to_do_keeps_the_generation(seeds, tmp_path):
    index = tmp_path / "index"
    first = summary_of(run_index(seeds, index))
    os.utime(seeds / "001_3fc3fe54cb8be69b.txt", ns=(time.time_ns() - 10**10, time.time_ns() - 10**10))
    again = summary_of(run_index(seeds, index))
    assert again["generation"] == first["generation"] == generations.read_current(index)
    assert counts(again)["unchanged"] == 5
    manifest = generations.read_manifest(index / first["generation"])
    assert manifest.files["001_3fc3fe54cb8be69b.txt"].mtime_ns == (seeds / "001_3fc3fe54cb8be69b.txt").stat().st_mtime_ns
    SearchService(index)  # the rewritten manifest still checks out


def test_an_unreadable_file_is_skipped_with_its_reason_and_the_build_finishes(seeds, tmp_path):
    (seeds / "broken.txt").write_bytes(b"\xff\xfe\x00" * 10)
    proc = run_index(seeds, tmp_path / "index")
    summary = summary_of(proc)
    assert summary["added"] == 5
    assert [s["source"] for s in summary["skipped"]] == ["broken.txt"] and summary["skipped"][0]["reason"]
    assert proc.returncode == 0
