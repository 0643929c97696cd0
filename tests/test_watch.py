"""``parksearch index --watch``: a kept process that brings the index up to date as the folder changes.

Run as a user runs it (the CLI in a subprocess, its summaries read line by line from its stdout),
against a real index on disk read by a real SearchService. Each update is an ordinary build, so the
guarantees of tests/test_lifecycle.py must hold for it too: one build at a time, a stop or a kill in
the middle of an update leaves the served generation whole, bad files are reported with their reason.
"""
from __future__ import annotations

import json
import os
import queue
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from conftest import CORPUS, REPO, parksearch_command

sys.path.insert(0, str(REPO / "bench"))
import generate  # noqa: E402

from indexer import generations  # noqa: E402
from indexer.build import build_index  # noqa: E402
from indexer.build.watch import Watcher, snapshot  # noqa: E402
from indexer.errors import IndexLocked  # noqa: E402
from indexer.search import SearchRequest, SearchService  # noqa: E402

NEW_PHRASE = "园区新建光伏储能示范电站"  # in no seed page and no generated report
ENV = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")])))
POSIX_SIGNALS = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="signals are POSIX only")


class Watch:
    """``parksearch index --watch`` running in a subprocess; its stdout and stderr lines read as they come."""

    def __init__(self, corpus: Path, index: Path, *extra: str, interval: float = 0.2):
        self.proc = subprocess.Popen(
            parksearch_command() + ["index", "--corpus", str(corpus), "--index", str(index), "--watch",
                                    "--interval", str(interval), "--json", *extra],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=ENV,
            # Ctrl+C as at a terminal: a test run started in the background (`cmd &` in a script) has SIGINT
            # ignored, which its children inherit, and Python then never raises KeyboardInterrupt
            preexec_fn=(lambda: signal.signal(signal.SIGINT, signal.SIG_DFL)) if os.name == "posix" else None)
        self.out: queue.Queue = queue.Queue()
        self.err: list[str] = []
        self.err_lines: queue.Queue = queue.Queue()
        self.pumps = [threading.Thread(target=self._pump, args=(self.proc.stdout, self.out, None), daemon=True),
                      threading.Thread(target=self._pump, args=(self.proc.stderr, self.err_lines, self.err), daemon=True)]
        for pump in self.pumps:
            pump.start()

    @staticmethod
    def _pump(stream, lines: queue.Queue, keep: list | None) -> None:
        for line in stream:
            lines.put(line)
            if keep is not None:
                keep.append(line)

    def summary(self, timeout: float = 120) -> dict:
        """The next update's summary (one JSON line on stdout)."""
        try:
            return json.loads(self.out.get(timeout=timeout))
        except queue.Empty:
            raise AssertionError(f"no update within {timeout} s; stderr:\n{''.join(self.err)}") from None

    def wait_for_err(self, text: str, timeout: float = 120) -> list[str]:
        seen = []
        deadline = time.time() + timeout
        while time.time() < deadline:
            try:
                line = self.err_lines.get(timeout=max(0.01, deadline - time.time()))
            except queue.Empty:
                break
            seen.append(line)
            if text in line:
                return seen
        raise AssertionError(f"{text!r} not on stderr within {timeout} s:\n{''.join(self.err)}")

    def stop(self, how=signal.SIGINT, timeout: float = 60) -> int:
        if self.proc.poll() is None:
            self.proc.send_signal(how)
        try:
            return self.proc.wait(timeout=timeout)
        finally:
            for pump in self.pumps:  # every line the process wrote read (they end at its end)
                pump.join(timeout=30)

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(timeout=60)


@pytest.fixture
def seeds(tmp_path) -> Path:
    folder = tmp_path / "corpus"
    shutil.copytree(CORPUS, folder)
    return folder


@pytest.fixture
def watching(seeds, tmp_path):
    started = []

    def start(*extra: str, corpus: Path = seeds, index: Path | None = None, interval: float = 0.2) -> Watch:
        w = Watch(corpus, index or tmp_path / "index", *extra, interval=interval)
        started.append(w)
        return w

    yield start
    for w in started:
        w.kill()


def ask(index: Path, q: str) -> int:
    return SearchService(index).search(SearchRequest(q=q, per_page=100, collapse=False))["total"]


def take_lock(index: Path, seconds: float = 10.0) -> generations.BuildLock:
    """The build lock, once the watch's build (or a killed one's workers) let it go."""
    deadline = time.time() + seconds
    while True:
        try:
            return generations.BuildLock(index).acquire()
        except IndexLocked:
            assert time.time() < deadline
            time.sleep(0.05)


@POSIX_SIGNALS
def test_the_watch_builds_then_follows_additions_changes_removals_and_bad_files(watching, seeds, tmp_path):
    index = tmp_path / "index"
    w = watching()
    first = w.summary()
    assert first["full"] is True and first["added"] == 5 and first["total_reports"] > 0
    # no report holds the phrase yet (quoted: since session 36 a phrase nothing finds lists the reports holding some
    # of its words, 园区 …, so the phrase unquoted no longer finds nothing)
    assert ask(index, f'"{NEW_PHRASE}"') == 0

    (seeds / "sub").mkdir()
    (seeds / "sub" / "new.txt").write_text(f"青山工业园2024年工作计划\n一、工作成效\n{NEW_PHRASE}，招商引资取得新进展。\n",
                                          encoding="utf-8")
    added = w.summary()
    assert (added["full"], added["added"], added["updated"], added["removed"]) == (False, 1, 0, 0)
    assert added["unchanged"] == 5 and added["generation"] != first["generation"]
    assert generations.read_current(index) == added["generation"]
    assert ask(index, NEW_PHRASE) == 1

    changed = seeds / "002_67b51dd836a7ed84.txt"
    changed.write_text(changed.read_text(encoding="utf-8") + f"\n{NEW_PHRASE}。\n", encoding="utf-8")
    updated = w.summary()
    assert (updated["added"], updated["updated"], updated["removed"]) == (0, 1, 0)
    assert ask(index, NEW_PHRASE) == 2

    (seeds / "sub" / "new.txt").unlink()
    removed = w.summary()
    assert (removed["added"], removed["updated"], removed["removed"]) == (0, 0, 1)
    assert ask(index, NEW_PHRASE) == 1

    (seeds / "empty.txt").write_text("", encoding="utf-8")
    skipped = w.summary()
    assert [s["source"] for s in skipped["skipped"]] == ["empty.txt"] and skipped["skipped"][0]["reason"]
    w.wait_for_err("[1/1] empty.txt  跳过")  # progress as a build shows it, the reason with it

    assert w.stop() == 0
    assert "已停止监视" in "".join(w.err) and "Traceback" not in "".join(w.err)
    generations.BuildLock(index).acquire().release()  # the lock is free once it stopped
    names = sorted(p.name for p in index.iterdir() if p.name.startswith("gen-"))
    assert names[-1] == generations.read_current(index) and len(names) <= 1 + generations.KEEP_OLD


@POSIX_SIGNALS
def test_a_quiet_folder_is_looked_at_without_building(watching, seeds, tmp_path):
    """Nothing changed: no build runs, no generation is written, nothing is printed."""
    index = tmp_path / "index"
    w = watching()
    first = w.summary()
    w.wait_for_err("索引已是最新")  # the round after a build looks once more by hashing recent files
    time.sleep(2.0)  # ~10 looks
    assert w.out.empty()
    assert generations.read_current(index) == first["generation"]
    assert "".join(w.err).count("索引已是最新") == 1  # one check after the build, then looks only
    assert w.stop(signal.SIGTERM) == 0  # a service manager's stop is a stop too
    assert "已停止监视" in "".join(w.err)


@POSIX_SIGNALS
def test_a_build_elsewhere_is_waited_for_and_a_control_file_rebuilds(watching, seeds, tmp_path):
    """While another build holds the lock, the watch says so once and tries again; a changed
    dictionary in the folder rebuilds everything, as `parksearch index` does."""
    index = tmp_path / "index"
    w = watching()
    w.summary()
    w.wait_for_err("索引已是最新")
    lock = take_lock(index)  # between two looks
    try:
        (seeds / "new.txt").write_text(f"青山工业园2024年工作计划\n{NEW_PHRASE}。\n", encoding="utf-8")
        w.wait_for_err("另一个建索引任务")
        time.sleep(1.0)
        assert w.out.empty() and "".join(w.err).count("另一个建索引任务") == 1  # said once, not every round
    finally:
        lock.release()
    assert w.summary()["added"] == 1
    assert ask(index, NEW_PHRASE) == 1

    (seeds / "parksearch-userdict.txt").write_text("光伏储能 3000 n\n", encoding="utf-8")
    rebuilt = w.summary()
    assert rebuilt["full"] is True and rebuilt["full_reason"]
    assert w.stop() == 0


@pytest.fixture(scope="module")
def big_corpus(tmp_path_factory) -> Path:
    """Enough synthetic reports that an update takes a few seconds: time to stop it in the middle."""
    folder = tmp_path_factory.mktemp("big") / "corpus"
    generate.generate(folder, reports=160, seed=3, chars=1500)
    return folder


def read_progress(w: Watch, n: int) -> None:
    for _ in range(n):
        w.wait_for_err("[")


@POSIX_SIGNALS
@pytest.mark.parametrize("how", [signal.SIGINT, signal.SIGKILL])
def test_an_update_stopped_or_killed_midway_leaves_the_served_index_whole(watching, big_corpus, tmp_path, how):
    corpus = tmp_path / "big"
    shutil.copytree(big_corpus, corpus)
    parked = tmp_path / "parked" / "more"
    parked.mkdir(parents=True)
    for path in sorted(corpus.iterdir())[40:]:
        path.rename(parked / path.name)
    index = tmp_path / "index"
    w = watching("--workers", "2", corpus=corpus, index=index)
    first = w.summary()
    assert first["added"] == 40
    service = SearchService(index)
    before = service.search(SearchRequest(q="招商引资", per_page=100, collapse=False))["total"]

    parked.rename(corpus / "more")  # 120 more arrive at once; the update that adds them is stopped midway
    w.wait_for_err("增量更新：120 个文件要读")
    read_progress(w, 30)
    code = w.stop(how)
    if how == signal.SIGINT:
        assert code == 0
        said = "".join(w.err)
        assert "已中止正在进行的更新" in said and "已停止监视" in said and "Traceback" not in said
        # what the abandoned update had written is gone at once, the lock free
        assert sorted(p.name for p in index.iterdir() if p.name.startswith("gen-"))[-1] == first["generation"]
    assert generations.read_current(index) == first["generation"]
    service.refresh()
    assert service.search(SearchRequest(q="招商引资", per_page=100, collapse=False))["total"] == before

    take_lock(index).release()  # a killed process's workers die a moment after it
    again = watching(corpus=corpus, index=index)  # a new watch takes over where the stopped one left
    summary = again.summary()
    assert summary["added"] == 120 and summary["unchanged"] == 40 and summary["total_files"] == 160
    assert again.stop() == 0
    names = sorted(p.name for p in index.iterdir() if p.name.startswith("gen-"))
    assert names[-1] == generations.read_current(index) and len(names) <= 1 + generations.KEEP_OLD


def test_a_rewrite_that_keeps_size_and_time_is_found_the_round_after_a_build(seeds, tmp_path):
    """A file rewritten within the clock tick a build saw (same size, same modification time, same
    inode) looks unchanged to a look; the round after a build therefore builds once more, and that
    build's plan hashes files that recent (in process, with the real build)."""
    index = tmp_path / "index"
    builds = []

    def run_build(full: bool):
        summary = build_index(seeds, index, full=full, workers=1)
        builds.append(summary)
        return summary

    watcher = Watcher(seeds, index, run_build)
    target = seeds / "001_3fc3fe54cb8be69b.txt"
    text = target.read_text(encoding="utf-8")
    os.utime(target)  # written just before the build starts: within the tick its plan trusts no time of
    first = watcher.look()
    assert first.built and first.summary.added == 5

    st = target.stat()
    assert "工作" in text
    with open(target, "r+", encoding="utf-8") as f:  # same inode, same length, new words
        f.write(text.replace("工作", "任務", 1))
    os.utime(target, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert os.stat(target).st_size == st.st_size and os.stat(target).st_ino == st.st_ino

    second = watcher.look()
    assert second.built and second.summary is not None and second.summary.updated == 1
    third = watcher.look()  # the round after that build checks once more, finds nothing
    assert third.built and third.summary is None
    fourth = watcher.look()  # then a look only
    assert not fourth.built and len(builds) == 3


def test_a_folder_being_written_is_built_once_it_has_settled(seeds, tmp_path):
    """A file being copied in is read once whole, and a batch makes one update: a change is built
    when the next look finds the folder as the last one did (in process, with the real build)."""
    index = tmp_path / "index"
    watcher = Watcher(seeds, index, lambda full: build_index(seeds, index, full=full, workers=1))
    assert watcher.look().summary.added == 5
    assert watcher.look().summary is None  # the check after a build
    new = seeds / "new.txt"
    new.write_text("青山工业园2024年工作计划\n一、工作成效\n", encoding="utf-8")
    assert not watcher.look().built  # changing
    with open(new, "a", encoding="utf-8") as f:
        f.write(f"{NEW_PHRASE}，招商引资取得新进展。\n")
    (seeds / "second.txt").write_text(f"白云产业园2023年工作总结\n{NEW_PHRASE}。\n", encoding="utf-8")
    assert not watcher.look().built  # still changing
    settled = watcher.look()
    assert settled.built and settled.summary.added == 2  # one update for the batch, each file whole
    assert ask(index, NEW_PHRASE) == 2


def test_a_look_sees_every_file_a_build_reads(seeds):
    """A file the look missed would be a change never indexed: the look's files include the reader's."""
    from indexer.reading import pipeline

    (seeds / "sub" / "deeper").mkdir(parents=True)
    (seeds / "sub" / "deeper" / "a.txt").write_text("x", encoding="utf-8")
    (seeds / "sub" / "b.docx").write_bytes(b"PK")
    (seeds / "~$lock.docx").write_bytes(b"")
    (seeds / ".git").mkdir()
    (seeds / ".git" / "config").write_text("x", encoding="utf-8")
    (seeds / "parksearch-meta.csv").write_text("source,park\n", encoding="utf-8")
    if hasattr(os, "symlink"):
        (seeds / "link.txt").symlink_to(seeds / "sub" / "deeper" / "a.txt")
    looked = set(snapshot(seeds))
    read = {os.fspath(p) for p in pipeline.iter_corpus_files(seeds)}
    assert read and read <= looked
    assert os.fspath(seeds / "parksearch-meta.csv") in looked  # a control file: a change rebuilds
    assert not any("/.git/" in p for p in looked)


def test_a_look_sees_names_sizes_times_links_and_control_files(seeds):
    before = snapshot(seeds)
    assert snapshot(seeds) == before
    (seeds / "parksearch-meta.csv").write_text("source,park\n", encoding="utf-8")
    with_meta = snapshot(seeds)
    assert with_meta != before
    target = seeds / "000_b7ebce4f01a634e6.txt"
    if hasattr(os, "symlink"):
        (seeds / "link.txt").symlink_to(target)
        linked = snapshot(seeds)
        os.utime(target, ns=(1, 10**18))
        assert snapshot(seeds) != linked  # the target moved: both its own entry and the link's differ
    (seeds / ".hidden.txt").write_text("x", encoding="utf-8")  # a build never reads it: no change
    quiet = snapshot(seeds)
    (seeds / ".hidden2.txt").write_text("y", encoding="utf-8")
    assert snapshot(seeds) == quiet


@pytest.mark.parametrize("args, says", [
    (["--interval", "5"], "只和 --watch 一起使用"),
    (["--watch", "--interval", "0"], "--interval 0 无效"),
    (["--watch", "--interval", "abc"], "--interval abc 无效"),
    (["--watch", "--interval", "nan"], "无效"),
])
def test_bad_watch_options_are_refused_in_a_sentence(seeds, tmp_path, args, says):
    proc = subprocess.run(parksearch_command() + ["index", "--corpus", str(seeds), "--index", str(tmp_path / "ix"),
                                                  *args], capture_output=True, text=True, timeout=120, env=ENV)
    assert proc.returncode == 2 and says in proc.stderr and "Traceback" not in proc.stderr
    assert not (tmp_path / "ix").exists()


def test_a_missing_folder_is_said_at_once(tmp_path):
    proc = subprocess.run(parksearch_command() + ["index", "--corpus", str(tmp_path / "nowhere"), "--index",
                                                  str(tmp_path / "ix"), "--watch"],
                          capture_output=True, text=True, timeout=120, env=ENV)
    assert proc.returncode == 2 and "找不到语料文件夹" in proc.stderr


def test_generations_with_the_same_words_share_one_dictionary(seeds, tmp_path):
    """A process following generations (the server, a watch) loads a corpus's own dictionary once,
    not once more for every generation (~25 MB each, never freed), and the words stay usable when
    the generation they were first read from is removed."""
    from indexer.analysis import Vocabulary

    (seeds / "parksearch-userdict.txt").write_text("光伏储能示范电站 3000 n\n", encoding="utf-8")
    (seeds / "parksearch-synonyms.txt").write_text("光伏储能示范电站 储能电站\n", encoding="utf-8")
    index = tmp_path / "index"
    first = build_index(seeds, index, workers=1).generation
    (seeds / "new.txt").write_text(f"青山工业园2024年工作计划\n{NEW_PHRASE}。\n", encoding="utf-8")
    second = build_index(seeds, index, workers=1).generation
    assert first != second
    one, two = Vocabulary.of_folder(index / first), Vocabulary.of_folder(index / second)
    assert one is two
    shutil.rmtree(index / first)
    assert two.synonyms["光伏储能示范电站"] == ["储能电站"]
    assert "光伏储能示范电站" in list(two.segmenter.cut("园区新建光伏储能示范电站"))
    (seeds / "parksearch-userdict.txt").write_text("光伏储能 3000 n\n", encoding="utf-8")
    third = build_index(seeds, index, workers=1).generation
    assert Vocabulary.of_folder(index / third) is not two  # other words: another dictionary
