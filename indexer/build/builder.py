"""Builds: bring an index up to date with a corpus folder, in a new generation.

``build_index`` plans the work (which files are new, changed, removed), has the
changed files read and written into new segments (workers.py), commits them with
the old generation's segments (whoosh_ext/commit.py) and switches ``CURRENT`` to
the new generation in one atomic rename (generations.py).
"""
from __future__ import annotations

import gc
import hashlib
import os
import shutil
import stat
import time
from dataclasses import dataclass, field
from pathlib import Path

from whoosh import index as whoosh_index
from whoosh.fields import Schema

from .. import generations
from ..analysis import TOKENIZER, Vocabulary, analysis_fingerprint, load_synonyms
from ..analysis.vocabulary import BUNDLED_SYNONYMS, BUNDLED_USERDICT
from ..errors import CorpusError, ParksearchError
from ..generations import BuildLock, FileState, Manifest
from ..reading import pipeline
from ..reading.formats import MAX_FILE_BYTES
from ..text import CONTROL_FILES, DATA_DIR, SYNONYMS_FILE, USERDICT_FILE, VOCABULARY_FILES
from ..whoosh_ext.commit import commit_segments
from .schema import make_schema, schema_fingerprint
from . import merging
from .workers import FILE_SECONDS, FileDone, Job, NewSegments, index_file, merge_in_parallel, run_parallel

# -- building ------------------------------------------------------------------
#
# A build is planned from the current generation's manifest (which files are
# new, changed, removed or unchanged), then done in a *new* generation folder
# (see generations.py): a full build into an empty index, an incremental one
# into hard links to the current index's files, where the changed and removed
# files' reports are deleted and the new and changed files added. Reading and
# analysis run in worker processes, each writing its own Whoosh segment; the
# parent deletes, has segments merged as merging.py plans and writes the table
# of contents.

# Bump when what the index holds for a file changes without the analyzer or the
# schema changing (e.g. a new stored key in ``meta``): it forces one full rebuild.
INDEX_VERSION = "9"  # 4: title words without the page's shared title; containment families; 5: indicators; 6: figures column; 7: positions sidecar; 8: match_text column (exports); 9: quotation marks between ideographs bridged in the literal fields (“十三五”规划)
# Below this many bytes of work, forking workers costs more than it saves.
PARALLEL_MIN_BYTES = 256 * 1024
# A file whose mtime is this close to the last build's start may have changed
# again within the same clock tick: its content hash is checked, not trusted.
RACY_NS = 2_000_000_000


@dataclass
class BuildSummary:
    added: int = 0
    updated: int = 0
    removed: int = 0
    unchanged: int = 0
    skipped: list[dict] = field(default_factory=list)  # {"source", "reason"}
    reports: int = 0  # reports read by this build
    chars: int = 0
    seconds: float = 0.0
    full: bool = False  # a full rebuild (else incremental) ...
    full_reason: str | None = None  # ... and why, in Chinese
    generation: str | None = None
    workers: int = 1
    warnings: list[str] = field(default_factory=list)  # e.g. bad rows of the corrections file
    segments: int = 0  # segments in the new generation
    merged_reports: int = 0  # reports rewritten by segment merges (merging.py)
    bytes_written: int = 0  # bytes of the new generation's own files (the rest are shared with the old one)
    # what the index holds after the build, whatever this build changed
    total_reports: int = 0
    total_files: int = 0  # corpus files with at least one report in the index

    def to_dict(self) -> dict:
        d = self.__dict__.copy()
        d["chars_per_second"] = round(self.chars / self.seconds) if self.seconds else None
        return d


def build_fingerprint(corpus_dir: Path, schema: Schema | None = None) -> str:
    """A hash of everything besides a file's own bytes that decides what the index holds
    for it: the analyzer (version, dictionaries, synonyms), the corrections file, the
    schema. When it differs from the current generation's, the build is a full one."""
    corpus_dir = Path(corpus_dir)
    extra = [corpus_dir / USERDICT_FILE, corpus_dir / SYNONYMS_FILE]
    h = hashlib.sha256()
    h.update(f"index {INDEX_VERSION}\n".encode())
    h.update(f"pipeline {pipeline.PIPELINE_VERSION}\n".encode())
    # analyzer version, jieba and opencc versions, bundled and corpus dictionaries
    h.update(analysis_fingerprint(extra).encode())
    # the reader's data files and the corrections file (the analysis files were hashed just above)
    analysed = {BUNDLED_USERDICT.resolve(), BUNDLED_SYNONYMS.resolve()}
    data_files = [p for p in sorted(DATA_DIR.glob("*")) if p.resolve() not in analysed] if DATA_DIR.is_dir() else []
    for path in [corpus_dir / pipeline.CORRECTIONS_FILE, *data_files]:
        h.update(f"\n{path.name}\n".encode())
        h.update(path.read_bytes() if path.is_file() else b"<absent>")
    h.update(schema_fingerprint(schema or make_schema()).encode())
    return h.hexdigest()


def _regular_file_stat(path: Path):
    """``os.stat`` of a regular file, or None (a dangling link, a vanished file, a FIFO,
    which opening would block on): such a file goes to the reader, which says why it
    is skipped, instead of stopping the build."""
    try:
        st = path.stat()
    except OSError:
        return None
    return st if stat.S_ISREG(st.st_mode) else None


def _inside_file_stat(path: Path, corpus_dir: Path):
    """``os.stat`` of a regular file of ``corpus_files`` that lies inside the corpus, or None.

    ``corpus_files`` walks real folders only (``os.walk`` enters no linked folder), so a
    listed name that is no link itself is inside the corpus: only a link is resolved.
    Resolving every name (``outside_corpus``: a ``realpath``, one ``lstat`` per folder on
    the way) cost an incremental build ~60 µs of CPU per unchanged file, ~2 s at 30,000
    files, for nothing. The boundary itself is the reader's: it checks the file it opens
    (``formats.open_inside``), so a name swapped for a link after this is still refused."""
    try:
        st = os.lstat(path)
    except OSError:
        return None
    if stat.S_ISLNK(st.st_mode):
        return None if pipeline.outside_corpus(path, corpus_dir) else _regular_file_stat(path)
    return st if stat.S_ISREG(st.st_mode) else None


def _sha1(path: Path, st) -> str:
    """Content hash, or "" when the file is too large to read (the reader skips it) or
    cannot be read now: size and mtime then decide alone."""
    if st.st_size > MAX_FILE_BYTES:
        return ""
    h = hashlib.sha1()
    try:
        with open(path, "rb") as f:
            for block in iter(lambda: f.read(1 << 20), b""):
                h.update(block)
    except OSError:
        return ""
    return h.hexdigest()


def corpus_files(corpus_dir: Path) -> list[Path]:
    """The files a build considers: the pipeline's list minus the control files at the root."""
    return [p for p in pipeline.iter_corpus_files(corpus_dir)
            if not (p.parent == corpus_dir and p.name in CONTROL_FILES)]


def _plan(corpus_dir: Path, old: Manifest | None, full: bool, summary: BuildSummary):
    """Jobs to do, FileStates kept as they are, and sources removed.

    A file is unchanged when size and mtime match the manifest (and the mtime is
    not so close to the last build that a same-tick edit could hide), or when its
    content hash matches. In a full build every file is a job; one the old
    generation held counts as updated.
    """
    jobs: list[Job] = []
    kept: dict[str, FileState] = {}
    seen = set()
    old_files = old.files if old else {}
    racy_before = (old.started_ns - RACY_NS) if old else 0
    for path in corpus_files(corpus_dir):
        source = pipeline.source_name(path, corpus_dir)
        seen.add(source)
        prev = old_files.get(source)
        status = "updated" if prev else "added"
        st = _inside_file_stat(path, corpus_dir)
        if st is None:  # dangling link, vanished, FIFO, out of the corpus: the reader says why it is skipped
            jobs.append(Job(path, source, status, 0, 0, ""))
            continue
        if full or prev is None:
            jobs.append(Job(path, source, status, st.st_size, st.st_mtime_ns, _sha1(path, st)))
            continue
        if prev.size == st.st_size and prev.mtime_ns == st.st_mtime_ns and st.st_mtime_ns < racy_before:
            kept[source] = prev
            continue
        sha1 = _sha1(path, st)
        if prev.size == st.st_size and sha1 and prev.sha1 == sha1:  # touched, not changed
            kept[source] = FileState(st.st_size, st.st_mtime_ns, sha1, prev.reports, prev.skipped)
            continue
        jobs.append(Job(path, source, status, st.st_size, st.st_mtime_ns, sha1))
    removed = sorted(set(old_files) - seen)
    for source, state in kept.items():
        if state.skipped:
            summary.skipped.append({"source": source, "reason": state.skipped})
        else:
            summary.unchanged += 1
    return jobs, kept, removed


def record_vocabulary(corpus_dir: Path, gen_dir: Path) -> None:
    """Copy the corpus's user dictionary and synonyms into the generation.

    The search service loads them from the generation it serves, so queries are
    always analysed with the vocabulary the index was built with, whatever
    happens to the corpus folder afterwards.
    """
    for name in VOCABULARY_FILES:
        source, copy = corpus_dir / name, gen_dir / name
        if source.is_file() and pipeline.outside_corpus(source, corpus_dir):
            raise CorpusError(f"{source} 是指向语料文件夹之外的链接，为安全起见不读取；请把文件本身放进语料文件夹。")
        if source.is_file():
            if name == SYNONYMS_FILE:
                try:  # fail now, with the file named, not at the first query
                    load_synonyms(source)
                except (OSError, UnicodeDecodeError) as error:
                    raise CorpusError(f"同义词文件 {source} 无法读取（需要 UTF-8 文本，每行一组词，用空格分隔）：{error}") from error
            if copy.exists():
                copy.unlink()  # a link shared with the old generation: never write into it
            shutil.copyfile(source, copy)
        elif copy.exists():
            copy.unlink()  # the incremental build's links to the old generation brought it along


def build_index(corpus_dir: Path, index_dir: Path, full: bool = False, progress=None,
                workers: int | None = None, log=None, file_seconds: float | None = FILE_SECONDS) -> BuildSummary:
    """Bring the index at ``index_dir`` up to date with ``corpus_dir``, in a new generation.

    Only new, changed and removed files are work, unless ``full`` is asked for or
    something every file depends on changed (analyzer, dictionaries, corrections,
    schema). ``progress(i, total, done)`` is called after each file read;
    ``log(message)`` gets a sentence or two about what the build decided; a file
    whose reading takes longer than ``file_seconds`` is skipped with its reason.
    Raises IndexLocked when another build holds the index.
    """
    corpus_dir, index_dir = Path(corpus_dir), Path(index_dir)
    if not corpus_dir.is_dir():
        raise CorpusError(f"找不到语料文件夹 {corpus_dir}。请用 --corpus 指定存放报告的文件夹。")
    workers = max(1, workers or os.cpu_count() or 1)

    try:
        index_dir.mkdir(parents=True, exist_ok=True)
        lock = BuildLock(index_dir).acquire()
    except OSError as error:
        raise ParksearchError(f"无法写入索引文件夹 {index_dir}：{error.strerror}。请换一个可写的 --index 位置。") from error
    try:
        return _build_locked(corpus_dir, index_dir, full, progress, workers, log or (lambda message: None),
                             file_seconds)
    except OSError as error:
        raise ParksearchError(f"无法写入索引文件夹 {index_dir}：{error.strerror}。请换一个可写的 --index 位置。") from error
    finally:
        lock.release()


def _build_locked(corpus_dir, index_dir, full, progress, workers, log, file_seconds=FILE_SECONDS) -> BuildSummary:
    started, started_ns = time.perf_counter(), time.time_ns()
    summary = BuildSummary()
    # Numbered past a dead build's leftovers too, so a worker of that build that is
    # somehow still alive can never write into the folder this build creates.
    first_free = generations.next_generation(index_dir)
    generations.clean_up(index_dir)
    schema = make_schema()
    fingerprint = build_fingerprint(corpus_dir, schema)
    current = generations.read_current(index_dir)
    old, reason = _current_manifest(index_dir, current, fingerprint, full)
    full = reason is not None
    summary.full, summary.full_reason = full, reason
    jobs, kept, removed = _plan(corpus_dir, old, full, summary)
    summary.removed = len(removed)
    if not full and not jobs and not removed:
        _record_touched(index_dir, current, old, kept, started_ns)
        log(f"索引已是最新（{current}）：{len(kept)} 个文件未变。")
        summary.generation = current
        _count_totals(summary, kept)
        summary.seconds = round(time.perf_counter() - started, 3)
        return summary
    number = max(first_free, generations.next_generation(index_dir))
    gen_dir = index_dir / generations.generation_name(number)
    summary.generation = gen_dir.name
    if full:
        log(f"完整重建（{reason}）→ {gen_dir.name}")
        gen_dir.mkdir()
        whoosh_index.create_in(str(gen_dir), schema)
        removed = []  # nothing to delete from an empty index
    else:
        log(f"增量更新：{len(jobs)} 个文件要读，{len(removed)} 个已删除，{len(kept)} 个未变 → {gen_dir.name}")
        generations.share_generation(index_dir / current, gen_dir)

    record_vocabulary(corpus_dir, gen_dir)
    files = dict(kept)
    ix = whoosh_index.open_dir(str(gen_dir))
    new_segments = _index_jobs(ix, gen_dir, corpus_dir, jobs, workers, summary, files, progress, file_seconds)
    committed = commit_segments(ix, removed + [j.source for j in jobs if j.status == "updated"], new_segments,
                                plan=merging.plan_merges, run_merges=merge_in_parallel(workers))
    ix.close()
    summary.segments, summary.merged_reports = committed.segments, committed.merged_reports

    _count_totals(summary, files)
    manifest = Manifest(generation=number, fingerprint=fingerprint, files=files, started_ns=started_ns,
                        index_files=generations.index_file_sizes(gen_dir), full=full, tokenizer=TOKENIZER,
                        seconds=round(time.perf_counter() - started, 3), built_ns=time.time_ns())
    generations.sync_files(gen_dir)  # on disk before CURRENT can name it, even if power fails
    # the shards of files not read, touched or removed are the old generation's, linked
    changed = None if old is None or full else {source for source, state in files.items()
                                                if old.files.get(source) != state} | set(removed)
    generations.write_manifest(gen_dir, manifest, changed)
    summary.bytes_written = generations.unshared_bytes(gen_dir)
    generations.switch_to(index_dir, gen_dir.name)
    generations.clean_up(index_dir)
    summary.seconds = round(time.perf_counter() - started, 3)
    return summary


def _count_totals(summary: BuildSummary, files: dict[str, FileState]) -> None:
    summary.total_reports = sum(len(state.reports) for state in files.values())
    summary.total_files = sum(1 for state in files.values() if state.reports)


def _current_manifest(index_dir: Path, current: str | None, fingerprint: str, full: bool):
    """``(manifest of the current generation or None, why the build must be full or None)``."""
    reason = "指定了 --full" if full else None
    if current is None:
        return None, reason or "还没有索引"
    try:
        old = generations.check_generation(index_dir / current)
    except ParksearchError:
        return None, reason or f"当前索引 {current} 不完整"
    if old.fingerprint != fingerprint:
        reason = reason or "分词器、词典、同义词、元数据更正文件或索引结构有变化"
    return old, reason


def _record_touched(index_dir: Path, current: str, old: Manifest, kept: dict, started_ns: int) -> None:
    """Nothing to index: no new generation. Record touched files' new mtimes so the
    next build does not hash them again (the manifest is replaced atomically)."""
    if any(kept[source] != old.files.get(source) for source in kept):
        old.files, old.started_ns = kept, started_ns
        generations.write_manifest(index_dir / current, old)


def _index_jobs(ix, gen_dir: Path, corpus_dir: Path, jobs: list[Job], workers: int, summary: BuildSummary,
                files: dict, progress, file_seconds: float | None = FILE_SECONDS) -> list:
    """Read and write ``jobs`` into new segments (in workers where it pays); returns the segments.
    Each file's outcome goes into ``files`` and ``summary`` as it arrives."""
    corrections = pipeline.load_corrections(corpus_dir)
    summary.warnings.extend(corrections.problems)
    total, done_count = len(jobs), 0

    def on_file(done: FileDone) -> None:
        nonlocal done_count
        done_count += 1
        files[done.source] = FileState(done.size, done.mtime_ns, done.sha1, done.reports, done.skipped)
        if done.skipped:
            summary.skipped.append({"source": done.source, "reason": done.skipped})
        else:
            setattr(summary, done.status, getattr(summary, done.status) + 1)
            summary.reports += len(done.reports)
            summary.chars += done.chars
        if progress:
            progress(done_count, total, done)

    workers = min(workers, len(jobs))  # a worker without a file to read is a process for nothing
    parallel = workers > 1 and sum(j.size for j in jobs) >= PARALLEL_MIN_BYTES
    summary.workers = workers if parallel else 1
    if parallel:
        return run_parallel(gen_dir, jobs, corpus_dir, corrections, workers, on_file, file_seconds)
    vocabulary = Vocabulary.of_folder(gen_dir)
    new = NewSegments(ix)
    gc_was_on = gc.isenabled()
    gc.disable()  # as in a worker (see workers.worker)
    try:
        for job in jobs:
            on_file(index_file(new, job, corpus_dir, corrections, vocabulary, file_seconds))
        return new.finish()
    except BaseException:
        new.cancel()
        raise
    finally:
        if gc_was_on:
            gc.enable()
