"""A kept build process: ``parksearch index --watch`` looks at the corpus folder every few
seconds and brings the index up to date whenever a file was added, changed or removed.

Each update is an ordinary ``build_index`` (the lock, a new generation, the atomic switch,
the same progress lines and summary), so everything said of a build holds for each round.
What the process keeps between rounds is what a fresh ``parksearch index`` pays before its
first file: the imports, the reader's patterns and tables, jieba's dictionary (~1.3 CPU-s,
docs/benchmarks.md, session 15). A one-file update then costs the file and the commit.

Looking is cheap: the folder's names, sizes, modification times and inodes (one ``lstat``
a file, as a build's plan does) and the control files', compared with the last build's. A
build runs only on a difference that the next look finds again (the folder has settled: a file being copied in is
read once whole, a batch copied in makes one update), on a new ``CURRENT`` (another process built or the index
was removed), and in the round after a build that wrote a generation (a file rewritten
during that build within one tick of the clock keeps its size and time: only the next
build's plan, which hashes files that recent, finds it; ``builder.RACY_NS``). The wait
between looks is the interval asked for, or longer when looking is dear: at least
1/LOOK_SHARE times the last look's CPU, so a huge folder is not looked at for more than a
few per cent of one core.

Ctrl+C (or SIGTERM, as a service manager stops a process) ends the process between rounds
at once; during a build it abandons that build, which leaves the served generation as it
was (a build is crash-safe: tests/test_lifecycle.py), and removes what it had written.
"""
from __future__ import annotations

import os
import signal
import time
from dataclasses import dataclass
from pathlib import Path

from .. import generations
from ..errors import CorpusError, IndexLocked, ParksearchError
from ..reading import pipeline
from .builder import BuildSummary

DEFAULT_INTERVAL = 5.0  # seconds between looks at the folder
MIN_INTERVAL = 0.1
LOOK_SHARE = 0.05  # looking takes at most this share of one core: the wait grows with a look's CPU


def snapshot(corpus_dir: Path) -> dict:
    """``{path: stat key}`` of every file a build would consider, and more: the control files
    at the root (a changed dictionary or corrections file rebuilds everything), and what the
    reader's list leaves out but hidden names and the index folder (an Office lock file
    ``~$x.docx``). A link is keyed by its own entry and its target's. Equal snapshots mean
    a build would find nothing to do (but see the module's note on one clock tick); one file
    too many here costs a build that finds nothing, one too few a missed change, so the walk
    leaves out only what ``pipeline.iter_corpus_files`` leaves out too.

    Walked with ``os.scandir`` (an entry's type comes with its name): 2x faster than the
    reader's sorted list of ``Path`` objects (3 against 10 ms of CPU at 1,000 files)."""
    state = {}
    stack = [(os.fspath(corpus_dir), True)]
    while stack:
        folder, at_root = stack.pop()
        try:
            entries = os.scandir(folder)
        except OSError:  # unreadable, or gone since it was listed: os.walk skips it too
            state[folder] = None
            continue
        with entries:
            for entry in entries:
                name = entry.name
                if name.startswith("."):
                    continue
                try:
                    if entry.is_dir(follow_symlinks=False):
                        if not (at_root and name in pipeline.INDEX_DIR_NAMES):
                            stack.append((entry.path, False))
                        continue
                    st = entry.stat(follow_symlinks=False)
                except OSError:
                    state[entry.path] = None
                    continue
                key = (st.st_size, st.st_mtime_ns, st.st_ino, st.st_mode)
                if entry.is_symlink():  # what it points at may change
                    try:
                        target = os.stat(entry.path)
                        key += (target.st_size, target.st_mtime_ns, target.st_ino)
                    except OSError:
                        key += (None,)
                state[entry.path] = key
    return state


@dataclass
class Round:
    """One look: ``summary`` when a build ran and wrote a new generation; ``error`` a sentence
    to show when the round could not look or build (said once, not every round)."""

    built: bool = False
    summary: BuildSummary | None = None
    error: str | None = None
    look_cpu: float = 0.0


class Watcher:
    """What a kept build process remembers between rounds.

    ``run_build(full)`` runs one build (``build_index`` with the user's options) and returns
    its summary; it raises as ``build_index`` does."""

    def __init__(self, corpus_dir: Path, index_dir: Path, run_build, full: bool = False):
        self.corpus_dir, self.index_dir = Path(corpus_dir), Path(index_dir)
        self.run_build = run_build
        self.full = full  # the first build rebuilds everything (--full)
        self._seen: dict | None = None
        self._current = None
        self._again = True  # the first round always builds
        self._said: str | None = None
        self.building = False  # inside run_build (what Ctrl+C abandons)
        self._settling: dict | None = None  # what the last look saw when it differed from the last build's

    def look(self) -> Round:
        cpu = time.process_time()
        outcome = Round()
        seen = None
        try:
            if not self.corpus_dir.is_dir():
                raise CorpusError(f"找不到语料文件夹 {self.corpus_dir}。请用 --corpus 指定存放报告的文件夹。")
            seen = snapshot(self.corpus_dir)
        except CorpusError as error:
            outcome.error = f"{error}（监视继续，文件夹回来后自动更新。）"
        except OSError as error:
            outcome.error = f"无法读取语料文件夹 {self.corpus_dir}：{error.strerror or error}（监视继续，稍后自动再试。）"
        current = generations.current_stamp(self.index_dir)
        outcome.look_cpu = time.process_time() - cpu
        if outcome.error is not None:
            return self._failed(outcome)
        if not self._again and seen == self._seen and current == self._current:
            self._settling = None
            return outcome
        if not self._again and current == self._current and seen != self._settling:
            # The folder is changing: wait until a look finds it as the last one did, so a file
            # being copied in is read once it is whole, and a batch copied in makes one update.
            self._settling = seen
            return outcome
        self._settling = None
        outcome.built = True
        before = generations.read_current(self.index_dir)
        self.building = True  # stays True if Ctrl+C ends the build: the stop says so
        try:
            summary = self.run_build(self.full)
        except (IndexLocked, CorpusError) as error:  # another build is on it; the folder went away
            self.building = False
            outcome.error = f"{error}（监视继续，稍后自动再试。）"
            return self._failed(outcome)
        except ParksearchError as error:  # the index cannot be written, a worker died: not again and again
            self.building = False
            outcome.error = f"这次更新没有完成：{error} 语料文件夹再有变化时会再试。"
            self._failed(outcome)
            self._again, self._seen, self._current = False, seen, current
            return outcome
        self.building = False
        self.full, self._said = False, None
        wrote = summary.generation != before
        self._again = wrote
        self._seen, self._current = seen, generations.current_stamp(self.index_dir)
        if wrote:
            outcome.summary = summary
        return outcome

    def _failed(self, outcome: Round) -> Round:
        self._again = True  # try again next round, whatever the folder looks like then
        if outcome.error == self._said:
            outcome.error = None  # said already: not again every round
        else:
            self._said = outcome.error
        return outcome


def wait_after(round_: Round, interval: float) -> float:
    """Seconds to wait before the next look."""
    return max(interval, round_.look_cpu / LOOK_SHARE)


class Stop(BaseException):
    """SIGTERM, turned into a stop like Ctrl+C's."""


def watch(corpus_dir: Path, index_dir: Path, run_build, interval: float = DEFAULT_INTERVAL, full: bool = False,
          on_round=None, say=None, sleep=time.sleep, rounds: int | None = None) -> int:
    """Keep the index up to date until Ctrl+C or SIGTERM (or ``rounds`` looks, for tests).

    ``on_round(round)`` gets every round that built a generation or has an error to show;
    ``say(message)`` the process's own sentences. Returns the exit status (0 on a stop asked
    for). The first round's missing corpus folder raises, as ``parksearch index`` does: a
    mistyped path is said at once, not waited for."""
    say = say or (lambda message: None)
    watcher = Watcher(corpus_dir, index_dir, run_build, full)
    if not Path(corpus_dir).is_dir():
        raise CorpusError(f"找不到语料文件夹 {corpus_dir}。请用 --corpus 指定存放报告的文件夹。")
    previous = _stop_on_sigterm()
    try:
        say(f"正在监视语料文件夹 {corpus_dir}：每 {interval:g} 秒查看一次，有新增、改动或删除的文件就更新索引 {index_dir}"
            "（Ctrl+C 停止）。")
        done = 0
        while rounds is None or done < rounds:
            outcome = watcher.look()
            done += 1
            if on_round and (outcome.summary or outcome.error):
                on_round(outcome)
            if rounds is not None and done >= rounds:
                break
            sleep(wait_after(outcome, interval))
        return 0
    except (KeyboardInterrupt, Stop):
        if watcher.building:
            say(f"已中止正在进行的更新；索引仍是 {generations.read_current(index_dir) or '（无）'}，"
                "未完成的部分已清除。")
            _clear_leftovers(index_dir)
        say("已停止监视。")
        return 0
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)


def _stop_on_sigterm():
    """SIGTERM stops the watch as Ctrl+C does (a service manager's stop). Only the main thread
    may set a handler; elsewhere (a test's thread) SIGTERM keeps its default."""
    def stop(signum, frame):
        raise Stop()

    try:
        return signal.signal(signal.SIGTERM, stop)
    except (ValueError, AttributeError, OSError):
        return None


def _clear_leftovers(index_dir: Path) -> None:
    """Remove the folder of the build just abandoned (what the next build would remove),
    unless another build holds the index now."""
    try:
        lock = generations.BuildLock(index_dir).acquire()
    except (IndexLocked, OSError):
        return
    try:
        generations.clean_up(index_dir)
    except ParksearchError:
        pass
    finally:
        lock.release()
