"""Where a server's memory grew, row by row of the attack table, by allocation site.

`python bench/heap_sites.py DIR [--top 12] [--rows ROW,…]` reads what `bench/attacks.py --heap-trace DIR` left
(each process's tracemalloc snapshot and memory report after the warm-up and after each row; indexer/heap.py) and
prints, for each row and process:

- the resident heap's growth (``anonymous``: what the Pss_Anon figures measure) split into what Python's live
  allocations grew (``traced``: objects and arrays still referenced) and the rest: freed memory the allocators
  kept (glibc's pools, ``malloc free_kept``; Python's own arenas) and untraced memory (thread stacks, C libraries);
- each bounded memory's use that changed (``indexer.lru.memories``: name, use / budget in its own unit);
- the allocation sites whose live bytes grew most (grouped by traceback, the innermost frames of our code and
  Whoosh's shown), and the same over the whole table (warm-up → last row).

Only reads files; run it anywhere after the table.
"""
from __future__ import annotations

import argparse
import json
import tracemalloc
from pathlib import Path

MB = 2**20
OURS = ("indexer/", "webui/", "whoosh/", "waitress/", "flask/", "werkzeug/", "jinja2/", "numpy/")


def where(traceback, frames: int = 4) -> str:
    """The innermost frames worth reading (ours, Whoosh's and the server's), innermost last."""
    kept = [f for f in traceback if any(part in f.filename for part in OURS)] or list(traceback)
    shown = []
    for frame in kept[-frames:]:
        name = frame.filename
        for part in OURS:
            if part in name:
                name = part + name.split(part, 1)[1]
                break
        shown.append(f"{name}:{frame.lineno}")
    return " < ".join(reversed(shown))


def load(folder: Path, stem: str):
    """A process's snapshot (None when only reports were written) and memory report."""
    snapshot = None
    if (folder / f"{stem}.tm").exists():
        snapshot = tracemalloc.Snapshot.load(str(folder / f"{stem}.tm")).filter_traces(
            [tracemalloc.Filter(False, tracemalloc.__file__), tracemalloc.Filter(False, "<unknown>")])
    return snapshot, json.loads((folder / f"{stem}.json").read_text())


def memory_line(before: dict, after: dict) -> str:
    grow = lambda key: (after.get(key) or 0) - (before.get(key) or 0)  # noqa: E731
    malloc0, malloc1 = before.get("malloc") or {}, after.get("malloc") or {}
    anonymous, traced = grow("anonymous"), grow("traced")
    return (f"heap {before['anonymous'] / MB:.1f} → {after['anonymous'] / MB:.1f} MB ({anonymous / MB:+.1f}): "
            f"live traced {traced / MB:+.1f}, rest {(anonymous - traced) / MB:+.1f} "
            f"(glibc in use {(malloc1.get('in_use', 0) - malloc0.get('in_use', 0)) / MB:+.1f}, "
            f"free kept {(malloc1.get('free_kept', 0) - malloc0.get('free_kept', 0)) / MB:+.1f} → "
            f"{malloc1.get('free_kept', 0) / MB:.1f}, mapped {(malloc1.get('mapped', 0) - malloc0.get('mapped', 0)) / MB:+.1f}); "
            f"trims {after.get('trims', 0) - before.get('trims', 0)}{pymalloc_part(before, after)}")


def pymalloc_part(before: dict, after: dict) -> str:
    old, new = before.get("pymalloc"), after.get("pymalloc")
    if not old or not new:
        return ""
    return (f"; Python's arenas {old['arenas'] / MB:.0f} → {new['arenas'] / MB:.0f} MB "
            f"(live small objects {(new['in_blocks'] - old['in_blocks']) / MB:+.1f}, free inside "
            f"{(new['free'] - old['free']) / MB:+.1f} → {new['free'] / MB:.1f})")


def memories_line(before: dict, after: dict) -> str:
    old = {m["name"]: m for m in before.get("memories", [])}
    changed = []
    for m in after.get("memories", []):
        o = old.get(m["name"], {"used": 0, "entries": 0})
        if m["used"] != o["used"]:
            changed.append(f"{m['name']} {o['used']:,} → {m['used']:,} / {m['budget']:,} ({m['entries']} entries)")
    return "; ".join(changed) or "(no memory changed)"


def sites(before, after, top: int) -> list[str]:
    if before is None or after is None:
        return []
    stats = after.compare_to(before, "traceback")
    stats.sort(key=lambda s: s.size_diff, reverse=True)
    lines = [f"    {s.size_diff / MB:+7.2f} MB {s.count_diff:+8d} blocks  {where(s.traceback)}"
             for s in stats[:top] if abs(s.size_diff) >= 64 * 1024]
    shrunk = sum(s.size_diff for s in stats if s.size_diff < 0)
    lines.append(f"    (freed elsewhere: {shrunk / MB:+.2f} MB)")
    return lines


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description="攻击表每一项之后服务器内存的增长：按分配位置，活对象与留存的空闲堆分开")
    parser.add_argument("folder", type=Path)
    parser.add_argument("--top", type=int, default=12)
    parser.add_argument("--rows", help="只看这些项（逗号分隔，项名的开头）")
    args = parser.parse_args(argv)
    rows = [json.loads(line) for line in (args.folder / "rows.jsonl").read_text(encoding="utf-8").splitlines()]
    wanted = [w.strip() for w in args.rows.split(",")] if args.rows else None
    first: dict = {}
    previous: dict = {}
    for row in rows:
        for stem in row["files"]:
            pid = stem.split("-")[0]
            if pid not in previous:
                first[pid] = previous[pid] = stem
                continue
            if wanted is None or any(row["after"].startswith(w) for w in wanted):
                (s0, m0), (s1, m1) = load(args.folder, previous[pid]), load(args.folder, stem)
                print(f"== {row['after']} [process {pid}] {memory_line(m0, m1)}")
                print(f"   memories: {memories_line(m0, m1)}")
                print("\n".join(sites(s0, s1, args.top)))
            previous[pid] = stem
    for pid, stem in previous.items():
        (s0, m0), (s1, m1) = load(args.folder, first[pid]), load(args.folder, stem)
        print(f"== the whole table [process {pid}] {memory_line(m0, m1)}")
        print(f"   memories: {memories_line(m0, m1)}")
        print("\n".join(sites(s0, s1, args.top * 2)))


if __name__ == "__main__":
    main()
