"""Writing reports into a Whoosh index.

One Whoosh document per report. The words a user searches live in analysed
fields (title, headings, text, each with a character-bigram twin); where each
kind of section lies in the text is a column of position ranges
(``section_spans``), which the section filter uses to restrict *where* a query
matches (indexer/sections.py) without a second copy of every body; the facets
live in sortable ID columns so counting them never walks stored documents;
everything the JSON shows is stored once, in ``meta``.
"""
from __future__ import annotations

import gc
import hashlib
import multiprocessing
import os
import queue
import shutil
import stat
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from whoosh import columns
from whoosh import index as whoosh_index
from whoosh.fields import ID, KEYWORD, NUMERIC, STORED, TEXT, FieldType, Schema

from . import generations, pipeline
from .analyze import TOKENIZER, BigramAnalyzer, ChineseAnalyzer, normalize, term_positions
from .dedupe import signature
from .errors import CorpusError, ParksearchError
from .generations import BuildLock, FileState, Manifest
from .model import SECTION_KINDS, FileReading, Report
from .read import MAX_FILE_BYTES
from .segment import SegmentBuilder

UNKNOWN = "unknown"  # facet/filter value for a park or year the reader could not tell


LITERAL = "_lit"  # suffix of a field's character-bigram twin (query.LITERAL_SUFFIX)


class SectionSpans(FieldType):
    """A column (neither indexed nor stored) holding, per report, where each kind of
    section lies: ``{kind: (word ranges, bigram ranges)}``, each a sorted tuple of
    ``(start, end)`` positions in the ``text`` and ``text_lit`` fields."""

    indexed = False
    stored = False

    def __init__(self):
        self.column_type = columns.PickleColumn(columns.VarBytesColumn())

    def to_column_value(self, value):
        return value

    def from_column_value(self, value):
        return value


def make_schema() -> Schema:
    analyzer = ChineseAnalyzer()
    bigrams = BigramAnalyzer()

    def text_field(boost=1.0):
        # multitoken_query="phrase": a Chinese string typed without spaces means
        # that string, its words in order, not its words anywhere.
        return TEXT(analyzer=analyzer, field_boost=boost, multitoken_query="phrase")

    def literal_field():
        # Character bigrams decide *whether* a string occurs (exactly, however
        # jieba cut it); the word field beside it ranks. No norms needed for that.
        return TEXT(analyzer=bigrams, phrase=True, multitoken_query="phrase")

    schema = Schema(
        id=ID(stored=True, unique=True),
        source=ID(stored=True),
        title=text_field(3.0),
        headings=text_field(1.5),
        text=text_field(),
        park=ID(sortable=True),
        year=ID(sortable=True),
        year_num=NUMERIC(sortable=True, signed=False),
        doc_type=ID(sortable=True),
        period=ID(sortable=True),
        section_kinds=KEYWORD(),  # one token per kind present (kinds are space-free words)
        section_spans=SectionSpans(),
        # park:X in a query: the park's name, or a park the report mentions (bigrams: any part of a name)
        park_lit=literal_field(),
        parks_mentioned_lit=literal_field(),
        # near-duplicate sketch (dedupe.signature), read per hit from its column when collapsing
        dup_sig=ID(sortable=True),
        meta=STORED,
    )
    for name in ("title", "headings", "text"):
        schema.add(name + LITERAL, literal_field())
    return schema


def report_id(source: str, n: int) -> str:
    """A short stable id for a report: safe in URLs, independent of the file system."""
    return hashlib.sha1(f"{source}\n{n}".encode("utf-8")).hexdigest()[:16]


def report_document(source: str, report: Report, spans: dict | None = None) -> dict:
    """The Whoosh document for one report (``spans``: from ``report_terms``)."""
    kinds = {section.category for section in report.sections}
    meta = {
        "id": report_id(source, report.n),
        "source": source,
        "n": report.n,
        "title": report.title,
        "park": report.park,
        "parks_mentioned": report.parks_mentioned,
        "year": report.year,
        "doc_type": report.doc_type,
        "period": report.period,
        "text": report.text,
        "sections": [
            {"heading": s.heading, "level": s.level, "category": s.category, "start": s.start, "end": s.end}
            for s in report.sections
        ],
    }
    doc = {
        "id": meta["id"],
        "source": source,
        "title": report.title,
        "headings": "\n".join(s.heading for s in report.sections if s.heading),
        "text": report.text,
        "park": report.park or UNKNOWN,
        "year": str(report.year) if report.year else UNKNOWN,
        "doc_type": report.doc_type,
        "period": report.period,
        "section_kinds": " ".join(k for k in SECTION_KINDS if k in kinds),
        "meta": meta,
    }
    if report.year:
        doc["year_num"] = report.year
    for name in ("title", "headings", "text"):
        doc[name + LITERAL] = doc[name]
    if report.park:
        doc["park_lit"] = report.park
    if report.parks_mentioned:
        doc["parks_mentioned_lit"] = "\n".join(report.parks_mentioned)
    doc["dup_sig"] = signature(report.text)
    if spans:
        doc["section_spans"] = spans
    return doc


def report_terms(report: Report) -> tuple[dict[str, dict[str, list[int]]], dict]:
    """The analysed fields of ``report_document(…, report)`` as ``{field: {term: [positions]}}``,
    and the report's section spans (see ``SectionSpans``).

    The body is analysed chunk by chunk (the title line, then each section),
    which gives the positions the whole text would have (sections start on a new
    line), and records which positions each section kind covers.
    """
    terms: dict[str, dict[str, list[int]]] = {}

    def analyse(name: str, text: str) -> None:
        terms[name] = term_positions(text, "words")[0]
        terms[name + LITERAL] = term_positions(text, "bigrams")[0]

    analyse("title", report.title)
    analyse("headings", "\n".join(s.heading for s in report.sections if s.heading))
    if report.park:
        terms["park_lit"] = term_positions(report.park, "bigrams")[0]
    if report.parks_mentioned:
        terms["parks_mentioned_lit"] = term_positions("\n".join(report.parks_mentioned), "bigrams")[0]

    chunks, at = [], 0
    for section in report.sections:
        if section.start > at:
            chunks.append((None, at, section.start))
        chunks.append((section.category, section.start, section.end))
        at = max(at, section.end)
    if at < len(report.text):
        chunks.append((None, at, len(report.text)))
    words = terms["text"] = {}
    bigrams = terms["text" + LITERAL] = {}
    spans: dict[str, tuple[list, list]] = {}
    next_word = next_bigram = 0
    for kind, start, end in chunks:
        chunk = normalize(report.text[start:end])
        first_word, first_bigram = next_word, next_bigram
        next_word = term_positions(chunk, "words", first_word, into=words, normalized=True)[1]
        next_bigram = term_positions(chunk, "bigrams", first_bigram, into=bigrams, normalized=True)[1]
        if kind:
            word_ranges, bigram_ranges = spans.setdefault(kind, ([], []))
            _add_range(word_ranges, first_word, next_word)
            _add_range(bigram_ranges, first_bigram, next_bigram)
    return terms, {kind: (tuple(w), tuple(b)) for kind, (w, b) in spans.items()}


def _add_range(ranges: list, start: int, end: int) -> None:
    if start >= end:
        return
    if ranges and ranges[-1][1] == start:  # touches the previous section of the same kind
        ranges[-1] = (ranges[-1][0], end)
    else:
        ranges.append((start, end))


# -- building ------------------------------------------------------------------
#
# A build is planned from the current generation's manifest (which files are
# new, changed, removed or unchanged), then done in a *new* generation folder
# (see generations.py): a full build into an empty index, an incremental one
# into a copy of the current index, where the changed and removed files'
# reports are deleted and the new and changed files added. Reading and
# analysis run in worker processes, each writing its own Whoosh segment; the
# parent only deletes, merges small segments and writes the table of contents.

# Bump when what the index holds for a file changes without the analyzer or the
# schema changing (e.g. a new stored key in ``meta``): it forces one full rebuild.
INDEX_VERSION = "3"
# Files at the corpus root that steer reading or analysis; never reports.
USERDICT_FILE = "parksearch-userdict.txt"
SYNONYMS_FILE = "parksearch-synonyms.txt"
CONTROL_FILES = (pipeline.CORRECTIONS_FILE, USERDICT_FILE, SYNONYMS_FILE)
VOCABULARY_FILES = (USERDICT_FILE, SYNONYMS_FILE)  # copied into each generation
DATA_DIR = Path(__file__).parent / "data"
# Below this many bytes of work, forking workers costs more than it saves.
PARALLEL_MIN_BYTES = 256 * 1024
# A file whose mtime is this close to the last build's start may have changed
# again within the same clock tick: its content hash is checked, not trusted.
RACY_NS = 2_000_000_000
# Memory the parent's writer may fill with postings (only when it merges small
# segments) before spilling sorted runs to disk, which Whoosh does slowly.
WRITER_LIMITMB = 512
# Text a new segment takes before it is written and the next one begun: postings
# are held in memory until then, ~120 bytes per character of text (measured: a
# worker holding 1.3M characters peaked at 250 MB, ~100 MB of it the process
# itself), so a worker stays under ~600 MB however big the corpus.
SEGMENT_CHARS = 4_000_000


@dataclass
class BuildSummary:
    added: int = 0
    updated: int = 0
    removed: int = 0
    unchanged: int = 0
    skipped: list[dict] = field(default_factory=list)  # {"source", "reason"}
    reports: int = 0
    chars: int = 0
    seconds: float = 0.0
    full: bool = False  # a full rebuild (else incremental) ...
    full_reason: str | None = None  # ... and why, in Chinese
    generation: str | None = None
    workers: int = 1
    warnings: list[str] = field(default_factory=list)  # e.g. bad rows of the corrections file

    def to_dict(self) -> dict:
        d = self.__dict__.copy()
        d["chars_per_second"] = round(self.chars / self.seconds) if self.seconds else None
        return d


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
class _Job:
    path: Path
    source: str
    status: str  # "added" | "updated"
    size: int
    mtime_ns: int
    sha1: str


def build_fingerprint(corpus_dir: Path, schema: Schema | None = None) -> str:
    """A hash of everything besides a file's own bytes that decides what the index holds
    for it: the analyzer (version, dictionaries, synonyms), the corrections file, the
    schema. When it differs from the current generation's, the build is a full one."""
    from . import analyze

    corpus_dir = Path(corpus_dir)
    extra = [corpus_dir / USERDICT_FILE, corpus_dir / SYNONYMS_FILE]
    h = hashlib.sha256()
    h.update(f"index {INDEX_VERSION}\n".encode())
    h.update(f"pipeline {pipeline.PIPELINE_VERSION}\n".encode())
    # analyzer version, jieba and opencc versions, bundled and corpus dictionaries
    h.update(analyze.analysis_fingerprint(extra).encode())
    # the reader's data files and the corrections file (the analysis files were hashed just above)
    analysed = {analyze.BUNDLED_USERDICT.resolve(), analyze.BUNDLED_SYNONYMS.resolve()}
    data_files = [p for p in sorted(DATA_DIR.glob("*")) if p.resolve() not in analysed] if DATA_DIR.is_dir() else []
    for path in [corpus_dir / pipeline.CORRECTIONS_FILE, *data_files]:
        h.update(f"\n{path.name}\n".encode())
        h.update(path.read_bytes() if path.is_file() else b"<absent>")
    h.update(schema_fingerprint(schema or make_schema()).encode())
    return h.hexdigest()


def schema_fingerprint(schema: Schema) -> str:
    """Field names, types and the flags that shape what is written: a new field means a rebuild."""
    parts = []
    for name, fld in sorted(schema.items()):
        fmt = getattr(fld, "format", None)
        parts.append(f"{name}:{type(fld).__name__}:{type(fmt).__name__ if fmt else ''}:"
                     f"{fld.stored}:{fld.unique}:{fld.sortable_typecode if fld.sortable_typecode else ''}:"
                     f"{getattr(fld, 'field_boost', 1.0)}")
    return hashlib.sha1("\n".join(parts).encode()).hexdigest()


def _regular_file_stat(path: Path):
    """``os.stat`` of a regular file, or None (a dangling link, a vanished file, a FIFO,
    which opening would block on): such a file goes to the reader, which says why it
    is skipped, instead of stopping the build."""
    try:
        st = path.stat()
    except OSError:
        return None
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
    jobs: list[_Job] = []
    kept: dict[str, FileState] = {}
    seen = set()
    old_files = old.files if old else {}
    racy_before = (old.started_ns - RACY_NS) if old else 0
    for path in corpus_files(corpus_dir):
        source = pipeline.source_name(path, corpus_dir)
        seen.add(source)
        prev = old_files.get(source)
        status = "updated" if prev else "added"
        st = _regular_file_stat(path)
        if st is None:  # dangling link, vanished, FIFO...: the reader says why it is skipped
            jobs.append(_Job(path, source, status, 0, 0, ""))
            continue
        if full or prev is None:
            jobs.append(_Job(path, source, status, st.st_size, st.st_mtime_ns, _sha1(path, st)))
            continue
        if prev.size == st.st_size and prev.mtime_ns == st.st_mtime_ns and st.st_mtime_ns < racy_before:
            kept[source] = prev
            continue
        sha1 = _sha1(path, st)
        if prev.size == st.st_size and sha1 and prev.sha1 == sha1:  # touched, not changed
            kept[source] = FileState(st.st_size, st.st_mtime_ns, sha1, prev.reports, prev.skipped)
            continue
        jobs.append(_Job(path, source, status, st.st_size, st.st_mtime_ns, sha1))
    removed = sorted(set(old_files) - seen)
    for source, state in kept.items():
        if state.skipped:
            summary.skipped.append({"source": source, "reason": state.skipped})
        else:
            summary.unchanged += 1
    return jobs, kept, removed


class _NewSegments:
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


def _index_file(new: _NewSegments, job: _Job, corpus_dir: Path, corrections) -> FileDone:
    try:
        reading: FileReading = pipeline.read_file(job.path, corpus_dir, corrections)
    except Exception as error:  # noqa: BLE001 - one unreadable file must not stop the build
        reason = f"读取时出错（{type(error).__name__}: {error}），请用 parksearch inspect 查看"
        return FileDone(job.source, job.status, reason, [], 0, job.size, job.mtime_ns, job.sha1)
    ids, chars = [], 0
    if not reading.skipped:
        for report in reading.reports:
            terms, spans = report_terms(report)
            doc = report_document(reading.source, report, spans)
            new.add(doc, terms, len(report.text))
            ids.append(doc["id"])
            chars += len(report.text)
    return FileDone(job.source, job.status, reading.skipped, ids, chars, job.size, job.mtime_ns, job.sha1)


def _die_with_parent() -> None:
    """Ask Linux to kill this worker when the build process dies (even by SIGKILL),
    so no orphan keeps writing into a generation the next build removes."""
    try:
        import ctypes
        import signal

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def _worker(gen_dir: str, corpus_dir: Path, corrections, jobs, results, parent: int) -> None:
    """A worker process: read, analyse and write its share of the files into segments of its own."""
    _die_with_parent()
    if os.getppid() != parent:
        return
    # The postings held until a segment is written are millions of small objects
    # and make no reference cycles; the cyclic GC would walk all of them again and
    # again as they pile up (a quarter of a worker's time). The worker is short-lived.
    gc.disable()
    try:
        new = _NewSegments(whoosh_index.open_dir(gen_dir))
        while True:
            job = jobs.get()
            if job is None:
                break
            results.put(("file", _index_file(new, job, corpus_dir, corrections)))
        results.put(("segments", new.finish()))
    except BaseException:  # noqa: BLE001 - reported to the parent, which fails the build
        import traceback

        results.put(("error", traceback.format_exc()))


def _use_corpus_dictionary(corpus_dir: Path) -> None:
    """Analyse with the corpus's own user dictionary on top of the bundled one
    (its content is part of the build fingerprint, so a change rebuilds everything)."""
    from . import analyze

    analyze.load_dictionaries(corpus_dir / USERDICT_FILE)


def record_vocabulary(corpus_dir: Path, gen_dir: Path) -> None:
    """Copy the corpus's user dictionary and synonyms into the generation.

    The search service loads them from the generation it serves, so queries are
    always analysed with the vocabulary the index was built with, whatever
    happens to the corpus folder afterwards.
    """
    from .analyze import load_synonyms

    for name in VOCABULARY_FILES:
        source, copy = corpus_dir / name, gen_dir / name
        if source.is_file():
            if name == SYNONYMS_FILE:
                try:  # fail now, with the file named, not at the first query
                    load_synonyms(source)
                except (OSError, UnicodeDecodeError) as error:
                    raise CorpusError(f"同义词文件 {source} 无法读取（需要 UTF-8 文本，每行一组词，用空格分隔）：{error}") from error
            shutil.copyfile(source, copy)
        elif copy.exists():
            copy.unlink()  # an incremental copy of the old generation brought it along


def _warm_up_analyzer() -> None:
    """Load jieba's dictionary once in the parent, so forked workers share it."""
    analyzer = make_schema()["text"].analyzer
    for _ in analyzer("园区招商引资工作总结"):
        pass


def _run_parallel(gen_dir: Path, jobs: list[_Job], corpus_dir: Path, corrections, workers: int, on_file):
    """Run ``jobs`` in ``workers`` forked processes; returns the segments they wrote."""
    ctx = multiprocessing.get_context("fork")
    job_queue, results = ctx.Queue(), ctx.Queue()
    # Largest first: the last file to finish is then a small one, and the workers end together.
    for job in sorted(jobs, key=lambda j: -j.size):
        job_queue.put(job)
    for _ in range(workers):
        job_queue.put(None)
    procs = [ctx.Process(target=_worker, args=(str(gen_dir), corpus_dir, corrections, job_queue, results,
                                              os.getpid()), daemon=True)
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


def _merge_policy(writer, segments):
    """Merge small segments (incremental builds add one per run) and segments that are
    mostly deleted documents; leave big ones alone so an incremental build stays cheap."""
    from whoosh.reading import SegmentReader

    total = sum(s.doc_count_all() for s in segments) or 1
    small = max(20, total // 20)
    keep, merge = [], []
    for seg in segments:
        wasteful = seg.has_deletions() and seg.deleted_count() * 3 > seg.doc_count_all()
        (merge if wasteful or seg.doc_count() < small else keep).append(seg)
    if len(merge) < 2 and not any(s.has_deletions() for s in merge):
        return segments
    for seg in merge:
        if seg.doc_count() == 0:
            continue
        reader = SegmentReader(writer.storage, writer.schema, seg)
        writer.add_reader(reader)
        reader.close()
    return keep


def build_index(corpus_dir: Path, index_dir: Path, full: bool = False, progress=None,
                workers: int | None = None, log=None) -> BuildSummary:
    """Bring the index at ``index_dir`` up to date with ``corpus_dir``, in a new generation.

    Only new, changed and removed files are work, unless ``full`` is asked for or
    something every file depends on changed (analyzer, dictionaries, corrections,
    schema). ``progress(i, total, done)`` is called after each file read;
    ``log(message)`` gets a sentence or two about what the build decided.
    Raises IndexLocked when another build holds the index.
    """
    corpus_dir, index_dir = Path(corpus_dir), Path(index_dir)
    if not corpus_dir.is_dir():
        raise CorpusError(f"找不到语料文件夹 {corpus_dir}。请用 --corpus 指定存放报告的文件夹。")
    workers = max(1, workers or os.cpu_count() or 1)
    if "fork" not in multiprocessing.get_all_start_methods():
        workers = 1  # Windows: no fork; one process reads and writes

    try:
        index_dir.mkdir(parents=True, exist_ok=True)
        lock = BuildLock(index_dir).acquire()
    except OSError as error:
        raise ParksearchError(f"无法写入索引文件夹 {index_dir}：{error.strerror}。请换一个可写的 --index 位置。") from error
    try:
        return _build_locked(corpus_dir, index_dir, full, progress, workers, log or (lambda message: None))
    except OSError as error:
        raise ParksearchError(f"无法写入索引文件夹 {index_dir}：{error.strerror}。请换一个可写的 --index 位置。") from error
    finally:
        lock.release()


def _build_locked(corpus_dir, index_dir, full, progress, workers, log) -> BuildSummary:
    started, started_ns = time.perf_counter(), time.time_ns()
    summary = BuildSummary()
    # Numbered past a dead build's leftovers too, so a worker of that build that is
    # somehow still alive can never write into the folder this build creates.
    first_free = generations.next_generation(index_dir)
    generations.clean_up(index_dir)
    schema = make_schema()
    fingerprint = build_fingerprint(corpus_dir, schema)
    old: Manifest | None = None
    current = generations.read_current(index_dir)
    reason = "指定了 --full" if full else None
    if current is None:
        reason = reason or "还没有索引"
    else:
        try:
            old = generations.check_generation(index_dir / current)
        except ParksearchError:
            reason = reason or f"当前索引 {current} 不完整"
        else:
            if old.fingerprint != fingerprint:
                reason = reason or "分词器、词典、同义词、元数据更正文件或索引结构有变化"
    full = reason is not None
    summary.full, summary.full_reason = full, reason
    jobs, kept, removed = _plan(corpus_dir, old, full, summary)
    summary.removed = len(removed)
    if not full and not jobs and not removed:
        # Nothing to index: no new generation. Record touched files' new mtimes so the
        # next build does not hash them again (the manifest is replaced atomically).
        summary.generation = current
        if any(kept[source] != old.files.get(source) for source in kept):
            old.files, old.started_ns = kept, started_ns
            generations.write_manifest(index_dir / current, old)
        log(f"索引已是最新（{current}）：{len(kept)} 个文件未变。")
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
        generations.copy_generation(index_dir / current, gen_dir)

    files = dict(kept)
    corrections = pipeline.load_corrections(corpus_dir)
    summary.warnings.extend(corrections.problems)
    _use_corpus_dictionary(corpus_dir)
    record_vocabulary(corpus_dir, gen_dir)
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

    ix = whoosh_index.open_dir(str(gen_dir))
    parallel = workers > 1 and len(jobs) > 1 and sum(j.size for j in jobs) >= PARALLEL_MIN_BYTES
    summary.workers = workers if parallel else 1
    if parallel:
        _warm_up_analyzer()
        new_segments = _run_parallel(gen_dir, jobs, corpus_dir, corrections, workers, on_file)
    else:
        new = _NewSegments(ix)
        gc_was_on = gc.isenabled()
        gc.disable()  # as in a worker (see _worker)
        try:
            for job in jobs:
                on_file(_index_file(new, job, corpus_dir, corrections))
            new_segments = new.finish()
        except BaseException:
            new.cancel()
            raise
        finally:
            if gc_was_on:
                gc.enable()
    from whoosh.writing import SegmentWriter

    # The new reports are in new segments already; this writer deletes the old
    # versions, merges small segments and writes the table of contents.
    writer = SegmentWriter(ix, limitmb=WRITER_LIMITMB, compound=False)
    try:
        for source in removed + [j.source for j in jobs if j.status == "updated"]:
            writer.delete_by_term("source", source)
        segments = _merge_policy(writer, writer.segments)
        if writer._added:
            segments.append(writer._finalize_segment())
        else:
            writer._close_segment()
        writer._commit_toc(segments + new_segments)
    except BaseException:
        if not writer.is_closed:
            writer.cancel()
        raise
    writer._finish()
    ix.close()

    manifest = Manifest(generation=number, fingerprint=fingerprint, files=files, started_ns=started_ns,
                        index_files=generations.index_file_sizes(gen_dir), full=full, tokenizer=TOKENIZER)
    generations.sync_files(gen_dir)  # on disk before CURRENT can name it, even if power fails
    generations.write_manifest(gen_dir, manifest)
    generations.switch_to(index_dir, gen_dir.name)
    generations.clean_up(index_dir)
    summary.seconds = round(time.perf_counter() - started, 3)
    return summary


def print_progress(i: int, total: int, done, stream=sys.stderr) -> None:
    """One plain line per file (for logs and pipes; a terminal gets a bar instead)."""
    status = f"跳过：{done.skipped}" if done.skipped else f"{len(done.reports)} 篇报告"
    print(f"[{i}/{total}] {done.source}  {status}", file=stream, flush=True)
