"""Reading, analysing and writing files into new segments, in this process or in workers.

A build hands each changed file to ``index_file``; with several workers each
process (``spawn``ed or ``fork``ed) reads, analyses and writes its share into
segments of its own with the vocabulary of the corpus, and the parent collects
what each file gave. Only the parent commits (whoosh_ext/commit.py).
"""
from __future__ import annotations

import gc
import multiprocessing
import os
import queue
import signal
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from whoosh import index as whoosh_index

from ..analysis import Vocabulary
from ..errors import ParksearchError
from ..model import FileReading
from ..reading import pipeline
from ..whoosh_ext.commit import merge_all
from ..whoosh_ext.merge import merge_segments
from ..whoosh_ext.segment import SegmentBuilder
from .documents import page_documents

# Text a new segment takes before it is written and the next one begun: postings
# are held in memory until then, ~120 bytes per character of text (measured: a
# worker holding 1.3M characters peaked at 250 MB, ~100 MB of it the process
# itself), so a worker stays under ~600 MB however big the corpus. The benchmark
# sets PARKSEARCH_SEGMENT_CHARS to give a small corpus a big one's segment count.
SEGMENT_CHARS = int(os.environ.get("PARKSEARCH_SEGMENT_CHARS") or 4_000_000)
# How long reading one file may take. A 50 MB text file (the largest read) takes well
# under a minute; a file that keeps a parser busy longer (a PDF that makes pypdf loop)
# is skipped with its reason instead of holding the build for ever.
FILE_SECONDS = 120.0


@dataclass
class FileDone:
    """What indexing one file gave (small: it crosses from worker to parent)."""

    source: str
    status: str  # "added" | "updated"
    skipped: str | None
    reports: list[str]  # the report ids added
    chars: int
    size: int
    mtime_ns: int
    sha1: str


@dataclass
class Job:
    path: Path
    source: str
    status: str  # "added" | "updated"
    size: int
    mtime_ns: int
    sha1: str


class NewSegments:
    """Where a build's new reports go: one SegmentBuilder at a time, each closed as a
    segment once it holds SEGMENT_CHARS characters of text, so memory stays bounded."""

    def __init__(self, ix):
        self.ix = ix
        self.segments = []
        self._builder = None
        self._chars = 0

    def add(self, doc: dict, terms: dict, chars: int) -> None:
        if self._builder is None:
            self._builder = SegmentBuilder(self.ix)
        self._builder.add_document(doc, terms)
        self._chars += chars
        if self._chars >= SEGMENT_CHARS:
            self._close()

    def _close(self) -> None:
        segment = self._builder.finish()
        if segment is not None:
            self.segments.append(segment)
        self._builder, self._chars = None, 0

    def finish(self) -> list:
        if self._builder is not None:
            self._close()
        return self.segments

    def cancel(self) -> None:
        if self._builder is not None:
            self._builder.cancel()
            self._builder = None


class FileTimeout(BaseException):
    """Reading one file took longer than its allowance. A BaseException, so that the
    ``except Exception`` of a parser (pypdf has many) cannot swallow it and go on looping."""


@contextmanager
def time_limit(seconds: float | None):
    """Raise FileTimeout in the body after ``seconds`` (and every second after, should a
    library catch the first). Needs SIGALRM and the main thread (a worker process, the
    CLI's serial build); elsewhere the body runs without a limit."""
    if (not seconds or not hasattr(signal, "setitimer")
            or threading.current_thread() is not threading.main_thread()):
        yield
        return

    def on_alarm(signum, frame):
        raise FileTimeout()

    previous = signal.signal(signal.SIGALRM, on_alarm)
    started = time.monotonic()
    outer_delay, outer_interval = signal.setitimer(signal.ITIMER_REAL, seconds, 1.0)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        if outer_delay:  # someone else's alarm was set (a test runner's timeout): set it again
            left = outer_delay - (time.monotonic() - started)
            signal.setitimer(signal.ITIMER_REAL, max(left, 0.001), outer_interval)


def index_file(new: NewSegments, job: Job, corpus_dir: Path, corrections, vocabulary: Vocabulary,
               seconds: float | None = FILE_SECONDS) -> FileDone:
    """Read one file and add its reports to ``new``; a file that cannot be read (or takes
    longer than ``seconds`` to read) is skipped with its reason."""
    try:
        with time_limit(seconds):
            reading: FileReading = pipeline.read_file(job.path, corpus_dir, corrections)
    except FileTimeout:
        reason = (f"读取超过 {seconds:g} 秒仍未完成（文件可能已损坏或结构异常），已跳过；"
                  "请用 parksearch inspect 查看，或把它另存为 .txt / .docx")
        return FileDone(job.source, job.status, reason, [], 0, job.size, job.mtime_ns, job.sha1)
    except Exception as error:  # noqa: BLE001 - one unreadable file must not stop the build
        reason = f"读取时出错（{type(error).__name__}: {error}），请用 parksearch inspect 查看"
        return FileDone(job.source, job.status, reason, [], 0, job.size, job.mtime_ns, job.sha1)
    ids, chars = [], 0
    if not reading.skipped:
        for report, (doc, terms) in zip(reading.reports, page_documents(reading.source, reading.reports, vocabulary)):
            new.add(doc, terms, len(report.text))
            ids.append(doc["id"])
            chars += len(report.text)
    return FileDone(job.source, job.status, reading.skipped, ids, chars, job.size, job.mtime_ns, job.sha1)


def die_with_parent() -> None:
    """Ask Linux to kill this worker when the build process dies (even by SIGKILL),
    so no orphan keeps writing into a generation the next build removes. A forked worker
    also takes SIGTERM's default action again: ``parksearch index --watch`` turns SIGTERM
    into a stop of its own (build/watch.py), which a worker (a merge pool's, ended with
    SIGTERM by the pool) must not inherit."""
    if hasattr(signal, "SIGTERM"):
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def worker(gen_dir: str, corpus_dir: Path, corrections, jobs, results, parent: int,
           seconds: float | None = FILE_SECONDS) -> None:
    """A worker process: read, analyse and write its share of the files into segments of its own."""
    die_with_parent()
    if os.getppid() != parent:
        return
    # The postings held until a segment is written are millions of small objects
    # and make no reference cycles; the cyclic GC would walk all of them again and
    # again as they pile up (a quarter of a worker's time). The worker is short-lived.
    gc.disable()
    try:
        new = NewSegments(whoosh_index.open_dir(gen_dir))
        vocabulary = Vocabulary.of_folder(gen_dir)  # the build copied the corpus's words there
        while True:
            job = jobs.get()
            if job is None:
                break
            results.put(("file", index_file(new, job, corpus_dir, corrections, vocabulary, seconds)))
        results.put(("segments", new.finish()))
    except BaseException:  # noqa: BLE001 - reported to the parent, which fails the build
        import traceback

        results.put(("error", traceback.format_exc()))


START_METHOD_ENV = "PARKSEARCH_START_METHOD"


def start_method() -> str:
    """How worker processes start: ``PARKSEARCH_START_METHOD`` (fork, spawn, forkserver) if
    set, else fork where the system has it (Linux, macOS) and spawn where it does not
    (Windows). Nothing a worker needs comes from fork: it opens the generation and loads
    the corpus's dictionary from it itself; the tests run builds under both."""
    wanted = os.environ.get(START_METHOD_ENV, "").strip().lower()
    available = multiprocessing.get_all_start_methods()
    if wanted:
        if wanted not in available:
            raise ParksearchError(f"{START_METHOD_ENV}={wanted} 无效：本系统可用 {'、'.join(available)}。")
        return wanted
    return "fork" if "fork" in available else "spawn"


def run_parallel(gen_dir: Path, jobs: list[Job], corpus_dir: Path, corrections, workers: int, on_file,
                 seconds: float | None = FILE_SECONDS):
    """Run ``jobs`` in ``workers`` processes; returns the segments they wrote."""
    method = start_method()
    if method == "fork":
        Vocabulary.of_folder(gen_dir).segmenter  # loaded once here, shared by the forked workers
        pipeline.warm_up()  # (and the reader's first-use tables: ~0.2 CPU-s a worker would each pay again)
    ctx = multiprocessing.get_context(method)
    job_queue, results = ctx.Queue(), ctx.Queue()
    # Largest first: the last file to finish is then a small one, and the workers end together.
    for job in sorted(jobs, key=lambda j: -j.size):
        job_queue.put(job)
    for _ in range(workers):
        job_queue.put(None)
    procs = [ctx.Process(target=worker, args=(str(gen_dir), corpus_dir, corrections, job_queue, results,
                                              os.getpid(), seconds), daemon=True)
             for _ in range(workers)]
    for proc in procs:
        proc.start()
    segments, finished = [], 0
    try:
        while finished < workers:
            try:
                kind, value = results.get(timeout=1.0)
            except queue.Empty:
                if any(p.exitcode not in (None, 0) for p in procs):
                    raise ParksearchError("一个建索引的工作进程意外退出（可能内存不足）。请用 --workers 1 重试。")
                continue
            if kind == "file":
                on_file(value)
            elif kind == "segments":
                finished += 1
                segments.extend(value)
            else:
                raise ParksearchError(f"建索引的工作进程出错：\n{value}")
    finally:
        for proc in procs:
            if proc.is_alive() and finished < workers:
                proc.kill()
            proc.join()
    return segments


_MERGING: tuple = ()  # (storage, schema, indexname, groups) for the forked merge processes


def _merge_group(i: int):
    storage, schema, indexname, groups = _MERGING
    return merge_segments(storage, schema, indexname, groups[i])


def merge_in_parallel(workers: int):
    """A ``run_merges`` for commit_segments: independent merges in up to ``workers``
    forked processes (each writes its own new segment), one by one when there is one."""
    def run(storage, schema, indexname: str, groups: list[list]) -> list:
        if workers < 2 or len(groups) < 2 or "fork" not in multiprocessing.get_all_start_methods():
            return merge_all(storage, schema, indexname, groups)
        global _MERGING
        _MERGING = (storage, schema, indexname, groups)  # inherited by the forked processes
        try:
            with multiprocessing.get_context("fork").Pool(min(workers, len(groups)),
                                                          initializer=die_with_parent) as pool:
                return pool.map(_merge_group, range(len(groups)))
        finally:
            _MERGING = ()
    return run
