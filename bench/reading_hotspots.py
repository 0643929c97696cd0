"""Where the reader's CPU goes: per module and per pattern (run by hand, not in CI).

Usage (from the checkout to measure, so that its reader is the one imported):
    python bench/reading_hotspots.py FOLDER [FOLDER ...] [--top 30]

Two passes of `read_file` over every file of the folders (each read as its own corpus), after a warm-up pass:

- **modules**: one pass under cProfile; each function's own time is given to its module, and the time of a
  built-in or library call (a pattern's search, OpenCC, str methods) to the reader's module that called it, in
  proportion to its callers' calls. What a module's rules cost, whoever's helpers they call.
- **patterns**: one pass with every compiled pattern held in a reader module's globals (and indexer/text.py's)
  wrapped in a timer (search, match, fullmatch, sub, subn, findall, split; finditer timed with its iteration): the
  patterns that cost most, their calls, and the time per call. The wrapper adds ~0.5 µs a call, so read the order
  and the per-call times, not the total. A pattern compiled inside a function (or held in a list) is not seen.

Profiles shift shares towards code with many small calls; for the reader's whole CPU use bench/reading_cpu.py,
and to compare two checkouts alternate their runs.
"""
from __future__ import annotations

import argparse
import cProfile
import collections
import gc
import importlib
import pstats
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path.cwd()))

from indexer.reading import pipeline  # noqa: E402

READER_MODULES = ("clean", "furniture", "titles", "describe", "parks", "indicators", "split", "subject", "formats",
                  "kinds", "catalogue", "msword", "corrections", "pipeline")


def _module_of(filename: str, root: str) -> str | None:
    return filename[len(root):] if filename.startswith(root) else None


def by_module(files, root: str) -> tuple[collections.Counter, float]:
    profile = cProfile.Profile()
    profile.enable()
    for folder, path in files:
        pipeline.read_file(path, folder)
    profile.disable()
    stats = pstats.Stats(profile).stats
    spent: collections.Counter = collections.Counter()
    for func, (_, _, own, _, callers) in stats.items():
        mine = _module_of(func[0], root)
        if mine is not None:
            spent[mine] += own
            continue
        calls = sum(c[0] for c in callers.values()) or 1
        for caller, c in callers.items():
            where = _module_of(caller[0], root) or f"(library: {func[2]})"
            spent[where] += own * c[0] / calls
    return spent, sum(spent.values())


class _Timed:
    """A compiled pattern whose calls are timed into ``cost[key]``."""

    __slots__ = ("_pattern", "_key", "_cost", "_calls")

    def __init__(self, pattern, key, cost, calls):
        self._pattern, self._key, self._cost, self._calls = pattern, key, cost, calls

    def __getattr__(self, name):
        return getattr(self._pattern, name)


def _timed_method(name):
    clock = time.perf_counter

    def call(self, *args, **kwargs):
        started = clock()
        try:
            result = getattr(self._pattern, name)(*args, **kwargs)
            return iter(list(result)) if name == "finditer" else result
        finally:
            self._cost[self._key] += clock() - started
            self._calls[self._key] += 1
    return call


for _name in ("search", "match", "fullmatch", "sub", "subn", "findall", "split", "finditer"):
    setattr(_Timed, _name, _timed_method(_name))


def by_pattern(files) -> tuple[collections.Counter, collections.Counter]:
    cost: collections.Counter = collections.Counter()
    calls: collections.Counter = collections.Counter()
    modules = [importlib.import_module("indexer.reading." + m) for m in READER_MODULES]
    modules.append(importlib.import_module("indexer.text"))
    kept = []
    for module in modules:
        for name, value in list(vars(module).items()):
            if isinstance(value, re.Pattern):
                kept.append((module, name, value))
                setattr(module, name, _Timed(value, f"{module.__name__.rsplit('.', 1)[-1]}.{name}", cost, calls))
    try:
        for folder, path in files:
            pipeline.read_file(path, folder)
    finally:
        for module, name, value in kept:
            setattr(module, name, value)
    return cost, calls


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description="读取阶段的 CPU 花在哪些模块、哪些正则表达式上")
    parser.add_argument("folders", type=Path, nargs="+")
    parser.add_argument("--top", type=int, default=30)
    args = parser.parse_args(argv)
    files = [(folder, path) for folder in args.folders for path in pipeline.iter_corpus_files(folder)]
    pipeline.warm_up()
    for folder, path in files:  # first-use tables, caches
        pipeline.read_file(path, folder)
    gc.disable()
    started = time.process_time()
    for folder, path in files:
        pipeline.read_file(path, folder)
    plain = time.process_time() - started
    print(f"{len(files)} files; read_file {plain:.2f} CPU-s (no profiler)")
    root = str(Path(pipeline.__file__).resolve().parent.parent.parent) + "/"
    spent, total = by_module(files, root)
    print(f"\nby module (cProfile, {total:.2f} s in all; a library call counted for the module that made it)")
    for where, seconds in spent.most_common(args.top):
        print(f"  {seconds:7.3f} s {100 * seconds / total:5.1f} %  {where}")
    cost, calls = by_pattern(files)
    print(f"\nby pattern ({sum(cost.values()):.2f} s in all, timer included)")
    for key, seconds in cost.most_common(args.top):
        print(f"  {seconds:7.3f} s {calls[key]:9d} calls {1e6 * seconds / calls[key]:7.1f} µs/call  {key}")


if __name__ == "__main__":
    main()
