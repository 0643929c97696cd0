"""Showing a build's progress: a bar on a terminal, plain lines in a log.

A person at a terminal wants one line that says how far along the build is and
how long it still needs (tqdm's bar: files done, rate, ETA, plus the running
character count). A log file or a pipe wants one line per file it can grep
(``[i/N] source  3 篇报告``), so that is what stderr gets when it is not a TTY.
"""
from __future__ import annotations

import shutil
import sys


class BuildProgress:
    """``progress(i, total, done)`` for ``build_index``; ``log(message)`` for its decisions."""

    def __init__(self, stream=None, bar: bool | None = None):
        self.stream = stream or sys.stderr
        self.bar = self.stream.isatty() if bar is None else bar
        self._tqdm = None
        self._chars = 0

    def log(self, message: str) -> None:
        if self._tqdm is not None:
            self._tqdm.write(message, file=self.stream)
        else:
            print(message, file=self.stream, flush=True)

    def __call__(self, i: int, total: int, done) -> None:
        if not self.bar:
            print_progress(i, total, done, stream=self.stream)
            return
        if self._tqdm is None:
            from tqdm import tqdm

            tqdm.monitor_interval = 0  # no monitor thread: builds fork worker processes
            # a terminal that reports a size of 0 (some ptys) would get an invisible bar
            size = shutil.get_terminal_size((100, 24))
            self._tqdm = tqdm(total=total, unit="文件", file=self.stream, ncols=size.columns or 100,
                              nrows=size.lines or 24, desc="建立索引", smoothing=0.1)
        self._chars += done.chars
        self._tqdm.set_postfix_str(f"{self._chars / 10000:.0f} 万字", refresh=False)
        if done.skipped:
            self._tqdm.write(f"跳过 {done.source}：{done.skipped}", file=self.stream)
        self._tqdm.update(1)

    def close(self) -> None:
        if self._tqdm is not None:
            self._tqdm.close()
            self._tqdm = None


def print_progress(i: int, total: int, done, stream=sys.stderr) -> None:
    """One plain line per file (for logs and pipes; a terminal gets a bar instead)."""
    status = f"跳过：{done.skipped}" if done.skipped else f"{len(done.reports)} 篇报告"
    print(f"[{i}/{total}] {done.source}  {status}", file=stream, flush=True)
