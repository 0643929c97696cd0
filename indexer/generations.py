"""The index folder on disk: immutable generations, one CURRENT pointer, one build lock.

::

    index/
      CURRENT          "gen-000007\\n" — the generation being served
      .lock            flock()ed by the one build that may run
      gen-000006/      the previous generation, kept briefly for readers still on it
      gen-000007/      a complete Whoosh index + manifest.json

A build never touches the generation being served: it writes a new folder
(for an incremental build, hard links to the current one's files, which never
change once written; an empty index for a full one), writes ``manifest.json``
last, then switches by writing ``CURRENT.tmp`` and ``os.replace``-ing it onto
``CURRENT`` — one atomic rename. A build killed at any moment therefore leaves
``CURRENT`` naming a whole generation; the next build removes what the dead one
left (folders newer than CURRENT, ``CURRENT.tmp``).

The manifest records, besides the per-file state the incremental build needs,
the size of every index file at commit time, so a truncated or half-copied
generation is caught when it is opened, with a message naming the repair. The
per-file states live in up to 256 shards beside it (``files-3f.json``, by a hash
of the file's name), shared with the previous generation like the segments:
an incremental build rewrites the shards of the files it read, not the states
of the whole corpus.
"""
from __future__ import annotations

try:
    import fcntl
except ImportError:  # Windows: msvcrt's byte-range lock does the same job
    fcntl = None
    import msvcrt
import hashlib
import json
import os
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

from .errors import IndexDamaged, IndexLocked, IndexMissing

CURRENT = "CURRENT"
LOCK = ".lock"
MANIFEST = "manifest.json"
MANIFEST_FORMAT = 2  # 1: the file states inside manifest.json (still read); 2: in shards beside it
SHARD_PREFIX, SHARD_SUFFIX = "files-", ".json"  # files-3f.json: the states of the files whose name hashes to 3f
KEEP_OLD = 2  # previous generations kept for readers that have not switched yet
_GEN_RE = re.compile(r"^gen-(\d{6,})$")

REPAIR = "parksearch index --full"


def generation_name(number: int) -> str:
    return f"gen-{number:06d}"


def generation_number(name: str) -> int | None:
    m = _GEN_RE.match(name)
    return int(m.group(1)) if m else None


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _fsync_file(path) -> None:
    # opened for writing: Windows' fsync (_commit) fails with EBADF on a read-only descriptor
    fd = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


# fsyncs waited for at once. One fsync of a small new file waits for a journal commit
# (~3-4 ms on this project's ext4 disk, whatever the size), and fsyncs waited for
# together share one: a full build's 256 manifest shards took 0.8-1.0 s one after
# the other and 0.06-0.1 s eight at a time (docs/benchmarks.md, session 14).
FSYNC_THREADS = 8


def _at_once(call, items: list) -> None:
    """``call(*item)`` for each item, FSYNC_THREADS at a time; raises the first error."""
    if len(items) < 2:
        for item in items:
            call(*item)
        return
    from concurrent.futures import ThreadPoolExecutor  # (only here: its import is a few ms)

    with ThreadPoolExecutor(min(FSYNC_THREADS, len(items))) as pool:
        for done in [pool.submit(call, *item) for item in items]:
            done.result()


def fsync_files(paths) -> None:
    """fsync each of ``paths``, several at once (see FSYNC_THREADS); returns when all are
    on disk, or raises the first error."""
    _at_once(_fsync_file, [(path,) for path in paths])


def _write_synced(path: Path, data: bytes) -> None:
    with open(path, "wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())


def write_files(contents: dict) -> None:
    """Write each ``{path: bytes}`` as a new file and fsync it, several at once (creating a
    file waits on the file system too); returns when all are on disk."""
    _at_once(_write_synced, list(contents.items()))


def sync_files(folder: Path) -> None:
    """fsync every file in ``folder`` and the folder itself (Whoosh does not). A file
    shared with an older generation (``share_generation``) was synced by its build."""
    fsync_files(entry.path for entry in os.scandir(folder) if entry.is_file() and entry.stat().st_nlink == 1)
    _fsync_dir(folder)


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``path`` so a reader (or a crash) sees the old content or the new, never a mix."""
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)
    _fsync_dir(path.parent)


def read_current(index_dir: Path) -> str | None:
    """The name of the generation CURRENT points at, or None when there is none."""
    try:
        name = (Path(index_dir) / CURRENT).read_text(encoding="utf-8").strip()
    except (FileNotFoundError, NotADirectoryError):
        return None
    return name if generation_number(name) is not None else None


def current_stamp(index_dir: Path):
    """A cheap value that changes whenever CURRENT is replaced (inode, mtime)."""
    try:
        st = os.stat(Path(index_dir) / CURRENT)
    except OSError:
        return None
    return (st.st_ino, st.st_mtime_ns, st.st_size)


def switch_to(index_dir: Path, name: str) -> None:
    """Make ``name`` the served generation, in one atomic step."""
    write_atomically(Path(index_dir) / CURRENT, (name + "\n").encode("utf-8"))


def generations(index_dir: Path) -> list[tuple[int, Path]]:
    """Every generation folder, oldest first."""
    found = []
    try:
        entries = list(os.scandir(index_dir))
    except FileNotFoundError:
        return []
    for entry in entries:
        number = generation_number(entry.name)
        if number is not None and entry.is_dir():
            found.append((number, Path(entry.path)))
    return sorted(found)


def next_generation(index_dir: Path) -> int:
    """A number no folder has ever had here: past even a dead build's leftovers."""
    gens = generations(index_dir)
    current = read_current(index_dir)
    numbers = [n for n, _ in gens] + ([generation_number(current)] if current else [])
    return max(numbers, default=0) + 1


def clean_up(index_dir: Path, keep_old: int = KEEP_OLD) -> list[str]:
    """Remove what builds left behind: generations newer than CURRENT (a build that
    died before switching), all but ``keep_old`` older ones, and ``CURRENT.tmp``.

    Call it only while holding the build lock. Returns the names removed.
    """
    index_dir = Path(index_dir)
    current = read_current(index_dir)
    current_n = generation_number(current) if current else None
    removed = []
    older = []
    for number, path in generations(index_dir):
        if current_n is None or number > current_n:
            stale = True
        elif number < current_n:
            older.append(path)
            continue
        else:
            stale = False
        if stale:
            shutil.rmtree(path, ignore_errors=True)
            removed.append(path.name)
    for path in older[:max(0, len(older) - keep_old)]:
        shutil.rmtree(path, ignore_errors=True)
        removed.append(path.name)
    try:
        (index_dir / (CURRENT + ".tmp")).unlink()
    except FileNotFoundError:
        pass
    return removed


# -- manifest ----------------------------------------------------------------


@dataclass
class FileState:
    """What the index knows about one corpus file."""

    size: int
    mtime_ns: int
    sha1: str
    reports: list[str]  # report ids in the index from this file
    skipped: str | None = None  # why it is not in the index, if it is not

    def to_dict(self) -> dict:
        return {"size": self.size, "mtime_ns": self.mtime_ns, "sha1": self.sha1,
                "reports": self.reports, "skipped": self.skipped}


@dataclass
class Manifest:
    generation: int
    fingerprint: str  # analysis + corrections + schema: a change means a full rebuild
    files: dict[str, FileState]
    started_ns: int  # wall-clock start of the build that wrote it (for mtime races)
    index_files: dict[str, int]  # Whoosh file name -> size, to detect truncation
    full: bool = True
    tokenizer: str = ""  # which segmenter built it, e.g. "rjieba 0.2.2" (analyze.TOKENIZER)
    seconds: float | None = None  # how long the build that wrote it took (the status page shows it)
    built_ns: int | None = None  # wall-clock time that build finished

    def to_json(self, shards: list[str]) -> bytes:
        """manifest.json: everything but the file states, which are in ``shards`` (``file_shards``)."""
        return json.dumps({
            "format": MANIFEST_FORMAT,
            "generation": self.generation,
            "fingerprint": self.fingerprint,
            "full": self.full,
            "tokenizer": self.tokenizer,
            "started_ns": self.started_ns,
            "seconds": self.seconds,
            "built_ns": self.built_ns,
            "index_files": self.index_files,
            "file_shards": shards,
        }, ensure_ascii=False, indent=0).encode("utf-8")

    def shards(self) -> dict[str, bytes]:
        """The file states in shards by a hash of the source's name: an incremental build
        rewrites only the shards of the files it read; the others stay shared."""
        return {name: self.shard_bytes(sources) for name, sources in self.shard_sources().items()}

    def shard_sources(self) -> dict[str, list[str]]:
        """Which sources each shard holds (no state serialised)."""
        grouped: dict[str, list[str]] = {}
        for source in self.files:
            grouped.setdefault(shard_name(source), []).append(source)
        return grouped

    def shard_bytes(self, sources) -> bytes:
        """One shard's file: the states of ``sources``."""
        states = {source: self.files[source].to_dict() for source in sorted(sources)}
        return json.dumps(states, ensure_ascii=False, indent=0).encode("utf-8")

    @classmethod
    def from_json(cls, data: bytes, read_shard=None) -> "Manifest":
        raw = json.loads(data)
        if raw.get("format") not in (1, MANIFEST_FORMAT):
            raise ValueError(f"manifest format {raw.get('format')!r}")
        if "file_shards" in raw:
            states = {}
            for name in raw["file_shards"]:
                states.update(json.loads(read_shard(name)))
        else:
            states = raw["files"]
        return cls(
            generation=int(raw["generation"]),
            fingerprint=raw["fingerprint"],
            files={source: FileState(**state) for source, state in states.items()},
            started_ns=int(raw["started_ns"]),
            index_files={k: int(v) for k, v in raw["index_files"].items()},
            full=bool(raw.get("full", True)),
            tokenizer=raw.get("tokenizer", ""),
            seconds=raw.get("seconds"),
            built_ns=raw.get("built_ns"),
        )


def shard_name(source: str) -> str:
    return f"{SHARD_PREFIX}{hashlib.sha1(source.encode('utf-8')).hexdigest()[:2]}{SHARD_SUFFIX}"


def _is_shard(name: str) -> bool:
    return name.startswith(SHARD_PREFIX) and name.endswith(SHARD_SUFFIX)


def _transient(name: str) -> bool:
    """Whoosh's lock and temporary files: not part of a generation's content."""
    return name.endswith(("WRITELOCK", ".lock", ".tmp"))


def index_file_sizes(gen_dir: Path) -> dict[str, int]:
    """Sizes of the Whoosh files in a generation (not the manifest, not lock or temp files)."""
    sizes = {}
    for entry in os.scandir(gen_dir):
        if entry.is_file() and entry.name != MANIFEST and not _transient(entry.name) and not _is_shard(entry.name):
            sizes[entry.name] = entry.stat().st_size
    return sizes


def write_manifest(gen_dir: Path, manifest: Manifest, changed=None) -> None:
    """Write the file-state shards that changed, then manifest.json naming them (atomically).

    A shard whose bytes are already there (a link to the previous generation's) is left
    alone; a changed one is written beside it and renamed over it, never written into:
    the old generation may share the file. ``changed``: the sources whose states may
    differ from the shards already in ``gen_dir`` (an incremental build's files read,
    touched or removed); the other shards are not even serialised (0.4 s of CPU at
    30,000 files for every incremental build). None: every shard is compared."""
    gen_dir = Path(gen_dir)
    shards = manifest.shard_sources()
    dirty = None if changed is None else {shard_name(source) for source in changed}
    written = {}  # new shard → the name it replaces: all on disk before any is renamed
    contents = {}
    for name, sources in shards.items():
        path = gen_dir / name
        if dirty is not None and name not in dirty and path.is_file():
            continue  # shared with the generation whose states for these sources are unchanged
        data = manifest.shard_bytes(sources)
        try:
            if path.read_bytes() == data:
                continue
        except FileNotFoundError:
            pass
        tmp = path.with_name(name + ".tmp")
        written[tmp], contents[tmp] = path, data
    write_files(contents)  # at once: a full build writes 256 (FSYNC_THREADS)
    for tmp, path in written.items():
        os.replace(tmp, path)
    for entry in os.scandir(gen_dir):
        if _is_shard(entry.name) and entry.name not in shards:
            os.unlink(entry.path)  # no file hashes there any more
    if written:
        _fsync_dir(gen_dir)
    write_atomically(gen_dir / MANIFEST, manifest.to_json(sorted(shards)))


def read_manifest(gen_dir: Path) -> Manifest:
    gen_dir = Path(gen_dir)
    return Manifest.from_json((gen_dir / MANIFEST).read_bytes(), lambda name: (gen_dir / name).read_bytes())


def check_generation(gen_dir: Path) -> Manifest:
    """The generation's manifest, after checking every index file is there whole.

    Raises IndexMissing naming the repair command when it is not.
    """
    gen_dir = Path(gen_dir)
    broken = f"索引 {gen_dir} 不完整或已损坏"
    fix = f"请运行：{REPAIR} --index {gen_dir.parent} 重建索引。"
    if not gen_dir.is_dir():
        raise IndexDamaged(f"{broken}（CURRENT 指向的 {gen_dir.name} 不存在）。{fix}")
    try:
        manifest = read_manifest(gen_dir)
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise IndexDamaged(f"{broken}（清单 {MANIFEST} 无法读取：{error}）。{fix}") from None
    for name, size in manifest.index_files.items():
        try:
            actual = os.stat(gen_dir / name).st_size
        except OSError:
            raise IndexDamaged(f"{broken}（缺少文件 {name}）。{fix}") from None
        if actual != size:
            raise IndexDamaged(f"{broken}（文件 {name} 应为 {size} 字节，实际 {actual} 字节）。{fix}")
    return manifest


def current_generation(index_dir: Path) -> Path:
    """The folder of the served generation, checked; IndexMissing says what to run otherwise."""
    index_dir = Path(index_dir)
    name = read_current(index_dir)
    if name is None:
        if (index_dir / CURRENT).exists():
            raise IndexDamaged(f"{index_dir / CURRENT} 内容无效。请运行：{REPAIR} --index {index_dir} 重建索引。")
        raise IndexMissing(f"在 {index_dir} 没有找到索引。请先运行：parksearch index --index {index_dir}")
    gen_dir = index_dir / name
    check_generation(gen_dir)
    return gen_dir


def unshared_bytes(folder: Path) -> int:
    """Bytes of the files in ``folder`` no other generation shares: what its build wrote."""
    return sum(entry.stat().st_size for entry in os.scandir(folder)
               if entry.is_file() and entry.stat().st_nlink == 1)


def share_generation(src: Path, dst: Path) -> None:
    """Start a new generation from ``src``'s Whoosh files, as hard links: nothing is copied.

    A segment's files never change once written (deletions live in the table of
    contents, which each commit writes under a new name), so two generations can
    share them: an incremental build writes only its new segments, a merge's result
    and a table of contents. The new generation's writer only ever creates new files
    and unlinks its own names; anything else that writes a file of a generation must
    replace it (write a new file, rename), never write into it. Where the file system
    has no hard links, the files are copied."""
    dst.mkdir()
    for entry in os.scandir(src):
        if entry.is_file() and entry.name != MANIFEST and not _transient(entry.name):
            try:
                os.link(entry.path, dst / entry.name)
            except OSError:
                shutil.copyfile(entry.path, dst / entry.name)


# -- the build lock ----------------------------------------------------------


def _lock_exclusive(fd: int) -> None:
    """Take an exclusive lock on ``fd`` without waiting; BlockingIOError or PermissionError if held."""
    if fcntl is not None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    else:  # pragma: no cover - Windows; released like flock when the process ends
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)


class BuildLock:
    """An exclusive, non-blocking flock on ``index/.lock`` held for a whole build.

    The kernel releases it when the process dies, however it dies, so a killed
    build never leaves the index locked.
    """

    def __init__(self, index_dir: Path):
        self.path = Path(index_dir) / LOCK
        self.fd: int | None = None

    def acquire(self) -> "BuildLock":
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o644)
        try:
            _lock_exclusive(fd)
        except (BlockingIOError, PermissionError):
            holder = ""
            try:
                holder = os.read(fd, 64).decode("ascii", "ignore").strip()
            except OSError:
                pass
            os.close(fd)
            who = f"（进程 {holder}）" if holder else ""
            raise IndexLocked(
                f"另一个建索引任务{who}正在写入 {self.path.parent}，为免损坏索引，本次不运行。"
                "请等它完成后再试。"
            ) from None
        os.ftruncate(fd, 0)
        os.write(fd, str(os.getpid()).encode("ascii"))
        self.fd = fd
        return self

    def release(self) -> None:
        if self.fd is not None:
            os.close(self.fd)  # closing the descriptor drops the flock
            self.fd = None

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *exc):
        self.release()
