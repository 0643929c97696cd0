"""CSV exports: the file's bytes, and the processes of their own that compute them for ``serve``.

An export reads every matching report's row (the card, the text in its matching form, the
first snippet: ~0.3 s of pure Python, up to ~1.5 s at 10,000 reports). Computed in the
server's interpreter it takes turns at the GIL with everything else, and each turn delays
every step of a cheap request: waitress's loop reading /healthz, a worker thread answering
it, the loop writing it. With one export computing, a lone /healthz waited 100–300 ms now
and then (docs/benchmarks.md, Session 12, serve); giving way between rows did not lower the
tail. So ``serve`` computes exports in processes of their own (``ExportProcesses``): they
share the machine's cores with the server, never its interpreter. The server's thread only
waits for bytes on a socket, holding no lock, and assembles the answer.

One process serves a server (each of ``serve --processes N``'s workers has its own). Under
``serve`` on Linux it is forked from the server once the server is warm and before waitress
starts its threads (``ExportProcesses.start(fork_from=…)``): it shares the server's memory
copy on write (the dictionary, the opened generation, its columns and tables, the export's
warmed tables) instead of loading its own, which cost +190 MB of RssAnon at 10,000 reports
(Session 13); what the two processes hold together is counted by PSS, each shared page once
(docs/benchmarks.md, Session 14, serve). Forking a process whose other threads may hold a
lock is unsafe, so the fork waits for the background warm-ups to end; the CPU watchdog's lock
is made afresh in the child (``budget``), the parent's searchers are not used there (their
files' read positions are shared: ``SearchService.after_fork``). A process that replaces a
dead one later, and any process where there is no fork (macOS is not forked: system libraries
may not survive it) or PARKSEARCH_START_METHOD=spawn says so, is started afresh (``main``:
it opens the index and warms itself, seconds; the server listens meanwhile). Windows has no
export process: the server computes its exports itself. It has a channel per export the guard lets run at once
(its lane's slot, and the searches' slots an export that waited long may take:
``webui.guard``), each served by a thread of its own: exports that pile up take turns at the
export process's interpreter, never the server's. And it gives way as an export computed in
the server did (``webui.guard``): between two rows, while a search or a report page computes
in the server, it sleeps (5 s at most per export), reading the server's count of them from a
page of memory both map (``Board``). Without that, at equal throughput under 16 clients of
the realistic mix, the searches' p50 and p95 rose (0.25 → 0.65 s, 1.9 → 3.7 s at load 14)
while the exports' fell: the cores were shared evenly, not searches first.

The bytes are the same either way: the rows come from ``SearchService.export`` and are
written by ``csv_chunks`` in both; only where they are computed differs. A process that dies
mid-export (killed, out of memory) answers the exports on it with a Chinese sentence (503)
and is replaced at once, in the background; one that sends nothing for ``QUIET_SECONDS`` is
killed and replaced the same way: a request never hangs on it. The process ends when the
server does: its sockets close with the server, and a thread waiting on one, or writing to
it, ends the process (``main``).

The protocol, over each channel (a socket pair): the server sends one JSON frame (the request's parameters,
the report link's two halves around the id, the CPU allowance); the process answers with
frames ``D`` (CSV text, UTF-8, a chunk of rows at a time), then ``E`` (the end) or ``X`` (an
error: its status, Chinese sentence and parameter, raised again in the server as the same
ParksearchError would have been in process). A frame: 4 bytes of length, 1 byte of kind, the
payload. At start a process sends ``R`` on its first channel (ready: the index opened and
warmed, or forked warm) or ``X``.
"""
from __future__ import annotations

import csv
import io
import json
import os
import re
import signal
import socket
import struct
import subprocess
import sys
import threading
import time
from pathlib import Path

from indexer import errors, heap, lru
from indexer.errors import BadRequest, ParksearchError

# CSV for Excel users: Chinese headers, in the order a reader scans a row
CSV_COLUMNS = (("title", "标题"), ("park", "园区"), ("year", "年份"), ("doc_type", "文档类型"), ("period", "时段"),
               ("section", "匹配章节"), ("snippet", "匹配内容"), ("link", "链接"), ("source", "原始文件"),
               ("n", "文件中第几篇"), ("score", "相关度"), ("id", "编号"))
UNKNOWN_CELL = "不明"
# A cell that starts with one of these is a formula to Excel and LibreOffice (=HYPERLINK(…),
# +cmd|…, -2+3, @SUM): a leading apostrophe makes it text (OWASP "CSV injection").
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
PLAIN_ID = re.compile(r"[0-9A-Za-z_-]+")  # what URL quoting leaves as it is
# What a new process answers before it says it is ready (rows thrown away): a word's and a
# lone character's first export build the tables every later one reads (the server's own
# warm_up does the same for its searches); ~1 s of CPU at 10,000 reports, spent before it is ready.
WARM_EXPORTS = ("园区", "园")
CHUNK_ROWS = 500  # rows a frame carries (~150 KB): memory bounded per frame, and few frames
GIVE_WAY_TICK = 0.004  # as webui.guard's: how long an export sleeps before it looks at the board again

CAN_RUN = os.name == "posix"  # a socket passed to a child by its descriptor (pass_fds)
# The first export process is forked from the warmed server (``ExportProcesses.start``) on
# Linux; elsewhere (macOS, where system libraries may not survive a fork; Windows: no export
# process at all), with PARKSEARCH_START_METHOD=spawn, and for a replacement, it is started afresh.
CAN_FORK = CAN_RUN and hasattr(os, "fork") and sys.platform.startswith("linux")
START_SECONDS = 120.0  # the longest a new process may take to open the index
# The longest an export's process may stay silent: its CPU allowance (6 s, which it keeps
# itself) on a machine whose cores are shared many ways (on the 2-core development machine at
# load 13 an export of 4 MB took 16 s), with room; past it, the process is taken for hung (it
# computes nothing, or is stopped), killed, and the request answered with BROKEN.
QUIET_SECONDS = 120.0

BROKEN = "导出 CSV 时出错：计算导出内容的进程意外退出（已重新启动）。请稍后再试一次。"
NOT_STARTED = "导出 CSV 暂时不可用：计算导出内容的进程无法启动。请稍后再试；如果一再出现，请告诉管理员。"
_HEADER = struct.Struct(">IB")  # a frame's length (kind byte and payload) and kind


# -- the file's bytes ----------------------------------------------------------------

def csv_cell(value, key: str = ""):
    """One cell as Excel should read it: 不明 for an unknown park or year, 是/否, numbers as
    numbers, and text that would start a formula (=, +, -, @) neutralised with an apostrophe."""
    if value is None or value == "":
        return UNKNOWN_CELL if key in ("park", "year", "report_year") else ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, (int, float)):
        return value
    text = str(value)
    return "'" + text if text.startswith(FORMULA_START) else text


def link_maker(head: str, tail: str):
    """``report_id -> head + id + tail``: a report's link from its two halves around the id
    (``url_for`` once per export, not per row: Flask's URL building per row was a tenth of an
    export's CPU). An id that URL quoting would change (never one of the index's hex ids) is
    quoted as ``url_for`` quotes a path variable (Werkzeug's default converter)."""
    from werkzeug.routing import Map

    quote = Map.default_converters["default"](Map()).to_url
    return lambda report_id: head + (report_id if PLAIN_ID.fullmatch(report_id) else quote(report_id)) + tail


def csv_chunks(rows: list[dict], link, pause=None):
    """The export's text, a chunk of rows at a time: the BOM (Excel then reads the file as
    UTF-8 and shows the Chinese), the Chinese headers, one line per row. ``pause`` (if given)
    is called before each row (in process, an export gives way there: ``webui.guard``)."""
    buffer = io.StringIO()
    buffer.write("\ufeff")
    writer = csv.writer(buffer)
    writer.writerow([label for _, label in CSV_COLUMNS])
    for count, row in enumerate(rows, 1):
        if pause is not None:
            pause()
        row["link"] = link(row["id"])
        writer.writerow([csv_cell(row.get(key), key) for key, _ in CSV_COLUMNS])
        if count % CHUNK_ROWS == 0:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue()


# -- frames ------------------------------------------------------------------------

def _send(sock: socket.socket, kind: bytes, payload: bytes = b"") -> None:
    sock.sendall(_HEADER.pack(len(payload) + 1, kind[0]) + payload)


def _receive(sock: socket.socket) -> tuple[bytes, bytes]:
    """``(kind, payload)`` of the next frame; EOFError when the other side has closed."""
    size, kind = _HEADER.unpack(_exactly(sock, _HEADER.size))
    return bytes([kind]), _exactly(sock, size - 1)


def _exactly(sock: socket.socket, size: int) -> bytes:
    data = bytearray(size)
    view, got = memoryview(data), 0
    while got < size:
        n = sock.recv_into(view[got:])
        if not n:
            raise EOFError("the other side closed the socket")
        got += n
    return bytes(data)


def _error_frame(error: ParksearchError) -> bytes:
    return json.dumps({"class": type(error).__name__, "status": error.http_status, "message": str(error),
                       "param": getattr(error, "param", None)}, ensure_ascii=False).encode("utf-8")


def _raise_error_frame(payload: bytes):
    """The error a process sent, raised as the server would have raised it in process: the
    same class of ``indexer.errors`` (a QueryTooComplex, a BadRequest with its parameter…),
    else a ParksearchError of the same status, with the same sentence."""
    sent = json.loads(payload)
    kind = getattr(errors, str(sent.get("class")), None)
    message = sent.get("message", "")
    if isinstance(kind, type) and issubclass(kind, BadRequest):
        raise kind(message, sent.get("param"))
    if isinstance(kind, type) and issubclass(kind, ParksearchError):
        raise kind(message)
    error = ParksearchError(message)
    error.http_status = int(sent.get("status") or 500)
    raise error


class ExportBroken(ParksearchError):
    """The export's process died, or fell silent, before it finished."""

    http_status = 503


# -- the server's side ---------------------------------------------------------------

class Board:
    """One byte both the server and its export process map: how many searches and report pages
    the server computes now (``webui.guard.Guard.computing`` writes it; 255 at most), so that an
    export gives way to them from its own process. A file unlinked at once (any POSIX system),
    passed to each process started by its descriptor."""

    def __init__(self, fd: int | None = None):
        import mmap

        if fd is None:
            import tempfile

            self.file = tempfile.TemporaryFile()
            self.file.write(b"\0" * mmap.PAGESIZE)
            self.file.flush()
            fd = self.file.fileno()
        else:
            self.file = None
        self.fd = fd
        self.page = mmap.mmap(fd, mmap.PAGESIZE)

    def set(self, count: int) -> None:
        self.page[0] = max(0, min(count, 255))

    def busy(self) -> bool:
        return self.page[0] != 0

    def give_way(self, seconds: float, tick: float):
        """A pause for between two rows: sleep ``tick`` at a time while the server computes a
        search or a report page, ``seconds`` at most over the export (as ``Guard.give_way``)."""
        left = seconds

        def pause() -> None:
            nonlocal left
            while left > 0 and self.page[0]:
                started = time.monotonic()
                time.sleep(tick)
                left -= time.monotonic() - started

        return pause


class Forked:
    """An export process forked from this one: what ``ExportProcess`` uses of ``subprocess.Popen``
    (our child: waited for by its pid, which stays its own until it is reaped here)."""

    def __init__(self, pid: int):
        self.pid, self.returncode = pid, None

    def poll(self):
        if self.returncode is None:
            try:
                done, status = os.waitpid(self.pid, os.WNOHANG)
            except ChildProcessError:
                done, status = self.pid, 0
            if done:
                self.returncode = os.waitstatus_to_exitcode(status)
        return self.returncode

    def wait(self, timeout: float | None = None):
        deadline = None if timeout is None else time.monotonic() + timeout
        while self.poll() is None:
            if deadline is not None and time.monotonic() > deadline:
                raise subprocess.TimeoutExpired("parksearch export process", timeout)
            time.sleep(0.01)
        return self.returncode

    def kill(self) -> None:
        if self.poll() is None:
            os.kill(self.pid, signal.SIGKILL)


class ExportProcess:
    """The process computing exports and its channels: a socket pair each, served by a thread
    of its own in the process, one export at a time each. Forked from this process if
    ``fork_from`` (its warmed ``SearchService``) is given, sharing its memory; else started
    afresh (it opens and warms the index)."""

    def __init__(self, index_dir: Path, channels: int, board: Board, fork_from=None):
        pairs = [socket.socketpair() for _ in range(channels)]
        theirs = [b.fileno() for _, b in pairs]
        # the process imports this checkout's code, whatever is installed (the tests and the
        # benchmarks run checkouts side by side)
        root = str(Path(__file__).resolve().parent.parent)
        env = dict(os.environ, PYTHONPATH=os.pathsep.join(p for p in (root, os.environ.get("PYTHONPATH")) if p))
        try:
            if fork_from is not None:
                self.process = _fork(fork_from, [here for here, _ in pairs], theirs, board)
            else:
                self.process = subprocess.Popen(
                    [sys.executable, "-c", "from webui.exports import main; main()", ",".join(map(str, theirs)),
                     str(index_dir), str(board.fd)], pass_fds=theirs + [board.fd], stdin=subprocess.DEVNULL,
                    env=env)
        except (OSError, EOFError) as error:
            for pair in pairs:
                for end in pair:
                    end.close()
            raise ExportBroken(NOT_STARTED) from error
        except BaseException:
            for pair in pairs:
                for end in pair:
                    end.close()
            raise
        finally:
            for _, end in pairs:
                end.close()  # the process holds its ends: when it dies, ours read the end of the file
        self.channels = [here for here, _ in pairs]
        self.closed = False
        try:
            self.channels[0].settimeout(START_SECONDS)
            kind, payload = _receive(self.channels[0])
            if kind == b"X":
                _raise_error_frame(payload)
            if kind != b"R":
                raise EOFError(f"unexpected frame {kind!r}")
        except (OSError, EOFError) as error:
            self.close()
            raise ExportBroken(NOT_STARTED) from error
        except BaseException:
            self.close()
            raise

    @property
    def pid(self) -> int:
        return self.process.pid

    def export(self, channel: socket.socket, params: dict, head: str, tail: str, cpu_seconds: float | None,
               give_way: float = 0.0) -> bytes:
        """The export's CSV as UTF-8 bytes, over ``channel``; the error the process met raised
        here; ExportBroken (after killing the process) if it dies or stays silent QUIET_SECONDS.
        Anything else that interrupts the exchange (the channel then holds half an answer)
        ends the process too."""
        chunks, error = [], None
        try:
            channel.settimeout(QUIET_SECONDS)
            _send(channel, b"Q", json.dumps({"params": params, "link": [head, tail], "cpu": cpu_seconds,
                                             "give_way": give_way}, ensure_ascii=False).encode("utf-8"))
            while True:
                kind, payload = _receive(channel)
                if kind == b"D":
                    chunks.append(payload)
                elif kind in (b"E", b"X"):
                    error = payload if kind == b"X" else None
                    break
                else:
                    raise EOFError(f"unexpected frame {kind!r}")
        except (OSError, EOFError) as broken:
            self.close()
            raise ExportBroken(BROKEN) from broken
        except BaseException:
            self.close()
            raise
        if error is not None:
            _raise_error_frame(error)  # the process is well and waits for the next export
        return b"".join(chunks)

    def alive(self) -> bool:
        return not self.closed and self.process.poll() is None

    def close(self) -> None:
        """Close the channels (the process then ends by itself), then make sure it has ended:
        killed if it has not within a second (it may be computing), and reaped."""
        self.closed = True
        for channel in self.channels:
            channel.close()
        try:
            self.process.wait(timeout=1.0)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


class ExportProcesses:
    """The export process of a server, started before it listens and replaced when it breaks,
    with ``size`` channels: as many exports at once as the guard lets hold slots (``export``).

    Exports that pile up share this one process (a thread each in it, taking turns at its
    interpreter, never the server's), rather than each starting a process of its own: one
    holds its own dictionary and tables (~180 MB at 10,000 reports, when started afresh) and
    starts in seconds, and at load 9 a request that started one waited ~50 s (two 503s behind it)."""

    def __init__(self, index_dir: Path, size: int):
        self.index_dir, self.size = Path(index_dir), size
        self._process: ExportProcess | None = None
        self._free: list[socket.socket] = []  # the current process's channels not lent
        self._starting = False
        self._lock = threading.Condition()
        self._closed = False
        self.restarts = 0
        self.board = Board()  # the server's count of searches and report pages computing
        self.forks = 0  # export processes forked from this one (the first; a replacement is started afresh)

    def pids(self) -> list[int]:
        """The process's id while it serves (not while one is starting)."""
        with self._lock:
            return [self._process.pid] if self._process is not None and self._process.alive() else []

    def lent(self) -> int:
        """How many of the serving process's channels are lent to exports now (0 while none serves)."""
        with self._lock:
            return len(self._process.channels) - len(self._free) if self._process is not None else 0

    def export(self, params: dict, head: str, tail: str, cpu_seconds: float | None, give_way: float = 0.0) -> bytes:
        """The export's CSV (UTF-8) computed in the process; ``give_way``: the seconds it may
        sleep in all, between rows, while the server computes searches or report pages."""
        process, channel = self._take()
        try:
            return process.export(channel, params, head, tail, cpu_seconds, give_way)
        finally:
            with self._lock:
                if process.closed:  # it broke: another takes its place
                    self._lost(process)
                elif process is self._process:  # done, or an error the export met (a 400)
                    self._free.append(channel)
                self._lock.notify_all()

    def start(self, background: bool = False, fork_from=None) -> None:
        """Start the process now: waiting for it, or ``background`` (``serve`` listens meanwhile;
        an export asked before it is ready waits for it). A process started afresh takes seconds
        to open the index and warm (~1 minute at load 15 on the development machine).

        ``fork_from``: this process's warmed ``SearchService``. The process is then forked from
        this one now (where ``fork_allowed``, and once this process is quiet: see ``_quiet``),
        sharing its memory copy on write: the dictionary, the opened generation, its columns and
        tables, instead of loading its own (+190 MB at 10,000 reports, Session 13). Call it
        before the server starts its threads: forking a process whose other threads may hold a
        lock is unsafe. A process that replaces it later is started afresh (the server has its
        threads by then)."""
        with self._lock:
            if self._process is not None or self._starting or self._closed:
                return
            self._starting = True
        if fork_from is not None and fork_allowed() and _quiet():
            try:
                self._start(fork_from)
                return
            except ExportBroken as error:
                print(f"导出进程无法从服务进程分出（{error.__cause__ or error}），改为单独启动。", file=sys.stderr)
                with self._lock:
                    self._starting = True
        if background:
            threading.Thread(target=self._replace, name="parksearch-export-start", daemon=True).start()
        else:
            self._start()

    def _take(self) -> tuple[ExportProcess, socket.socket]:
        deadline = time.monotonic() + START_SECONDS + QUIET_SECONDS
        while True:
            with self._lock:
                if self._closed:
                    raise ExportBroken(NOT_STARTED)
                process = self._process
                if process is not None and not process.alive():
                    process.close()  # died while idle (killed): replaced now, this request waits for it
                    self._lost(process, background=False)
                    process = None
                if process is not None and self._free:
                    return process, self._free.pop()
                start = process is None and not self._starting
                if start:
                    self._starting = True
                elif not self._lock.wait(max(0.0, deadline - time.monotonic())):
                    raise ExportBroken(NOT_STARTED)  # more exports at once than channels, for long
            if start:
                self._start()

    def forked(self) -> bool:
        """Whether the export process serving now was forked from this one (else started afresh)."""
        with self._lock:
            return self._process is not None and isinstance(self._process.process, Forked)

    def _start(self, fork_from=None) -> None:
        """Start a process (``_starting`` set by the caller) and make it the current one."""
        try:
            process = ExportProcess(self.index_dir, self.size, self.board, fork_from)
            self.forks += fork_from is not None
        except BaseException:
            with self._lock:
                self._starting = False
                self._lock.notify_all()
            raise
        with self._lock:
            self._starting = False
            if self._closed:
                closing = process
            else:
                self._process, self._free, closing = process, list(process.channels), None
            self._lock.notify_all()
        if closing is not None:
            closing.close()

    def _lost(self, process: ExportProcess, background: bool = True) -> None:
        """``process`` broke (closed; under the lock): the exports on its other channels broke
        with it; another is started, in the background unless a request is waiting for it."""
        if process is not self._process:
            return  # already replaced
        self._process, self._free = None, []
        self.restarts += 1
        if background and not self._closed and not self._starting:
            self._starting = True
            threading.Thread(target=self._replace, name="parksearch-export-restart", daemon=True).start()

    def _replace(self) -> None:
        try:
            self._start()
        except ParksearchError as error:
            print(f"导出进程无法启动：{error}", file=sys.stderr)

    def close(self) -> None:
        """End the process (the server is stopping); an export still on it gets BROKEN."""
        with self._lock:
            self._closed = True
            process, self._process, self._free = self._process, None, []
            self._lock.notify_all()
        if process is not None:
            process.close()


def fork_allowed() -> bool:
    """Fork export processes here: the system can (``CAN_FORK``) and the user did not ask for
    spawn (``PARKSEARCH_START_METHOD``, read as the build reads it)."""
    return CAN_FORK and os.environ.get("PARKSEARCH_START_METHOD", "").strip().lower() not in ("spawn", "forkserver")


def _quiet(wait: float = START_SECONDS) -> bool:
    """Whether this process has none of our threads left but this one and the CPU watchdog's
    (``budget`` starts its state afresh in a forked child), once the others (the background
    warm-ups: ``reports.prepare``, the lone characters' tables, all named ``parksearch-…``) have
    been waited for ``wait`` seconds. Under ``serve`` there is no other thread; a thread of
    another library in a process that embeds the app (a test runner's, a browser driver's child
    watcher) is not waited for: the export process runs none of its code."""
    from indexer.search import budget

    deadline = time.monotonic() + wait
    others = [t for t in threading.enumerate()
              if t is not threading.current_thread() and t.name.startswith("parksearch-")
              and t.name != budget.WATCHDOG_NAME]
    for thread in others:
        thread.join(max(0.0, deadline - time.monotonic()))
    return not any(t.is_alive() for t in others)


def _fork(service, ours: list[socket.socket], theirs: list[int], board: Board) -> Forked:
    """Fork the export process serving the channels ``theirs`` (``ours``: the server's ends,
    which it closes: its channels end when the server's copies do)."""
    import gc

    # What start-up built is frozen out of the cyclic collector: a collection in the export
    # process would otherwise write to every object's header and copy the pages they share.
    gc.collect()
    gc.freeze()
    pid = os.fork()
    if pid == 0:
        code = 1
        try:
            for end in ours:
                end.close()
            _let_go_of_inherited_pipes(keep=set(theirs))
            _forked_main(service, theirs, board)
            code = 0
        finally:
            os._exit(code)  # never into the server's code (atexit, waitress)
    return Forked(pid)


# -- the process's side --------------------------------------------------------------

def main() -> None:
    """An export process: open the index, warm it, then serve each channel in a thread of its
    own, one export at a time each, until the server's end of a channel closes (EOFError) or
    can no longer be written to: the server has gone, or has given this process up."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C stops the server; its sockets then stop us
    if os.environ.get("PARKSEARCH_MEMORY_MB", "").isdigit():  # serve --memory-mb, as the server's
        lru.SHARED.set_budget(int(os.environ["PARKSEARCH_MEMORY_MB"]) * 2**20)
    channels = [socket.socket(fileno=int(fd)) for fd in sys.argv[1].split(",")]
    board = Board(int(sys.argv[3]))
    from indexer.search import SearchService

    try:
        try:
            service = SearchService(Path(sys.argv[2]))
        except ParksearchError as error:
            _send(channels[0], b"X", _error_frame(error))
            return
        warm_exports(service)
        _send(channels[0], b"R")
    except (OSError, EOFError):
        return
    _serve_channels(service, channels, board)


def _let_go_of_inherited_pipes(keep: set[int]) -> None:
    """In a forked export process: every pipe and socket inherited from the server but its own
    channels (and 0-2) now points at /dev/null. A process that holds the write end of another's
    pipe keeps that one waiting for an end of file: a listening socket of ``serve --processes``,
    a client's connection, a browser driver's pipe in a process that embeds the app (a full test
    run once hung at its end so, the driver waiting for its input to close). The numbers stay
    taken (dup2, not close), so an object of the server's that closes its number later closes
    /dev/null, never a file this process opened since. Regular files (the index) are left."""
    import stat

    try:
        numbers = [int(name) for name in os.listdir("/proc/self/fd")]
    except OSError:  # no /proc (a BSD): nothing to check by
        return
    null = os.open(os.devnull, os.O_RDWR)
    try:
        for fd in numbers:
            if fd <= 2 or fd in keep or fd == null:
                continue
            try:
                mode = os.fstat(fd).st_mode
            except OSError:  # the listing's own descriptor, already closed
                continue
            if stat.S_ISFIFO(mode) or stat.S_ISSOCK(mode):
                os.dup2(null, fd)
    finally:
        os.close(null)


def _forked_main(service, fds: list[int], board: Board) -> None:
    """An export process forked from the server: warm already (the server warmed its exports
    before the fork), it says so and serves its channels."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    service.after_fork()
    channels = [socket.socket(fileno=fd) for fd in fds]
    try:
        _send(channels[0], b"R")
    except OSError:
        return
    _serve_channels(service, channels, board)


def warm_exports(service) -> None:
    """What a new export process answers before it says it is ready (rows thrown away): a
    word's and a lone character's first export build the tables every later one reads."""
    from indexer.search import SearchRequest

    for q in WARM_EXPORTS:
        try:
            for _ in csv_chunks(service.export(SearchRequest(q=q)), link_maker("", "")):
                pass
        except ParksearchError:
            pass  # left for the first export to meet


def _serve_channels(service, channels: list[socket.socket], board: Board) -> None:
    """Serve each channel in a thread of its own until one finds the server gone; then end the
    process (a thread may be computing an export nobody will read)."""
    # Every export is heavy (0.3–1.5 s of CPU) and leaves its rows and CSV text freed at its end:
    # the heap goes back after each one, not only past the server's mark (a trim costs 0.1–13 ms;
    # with four exports at once the last to end gives back what the others left under the mark).
    heap.trimmer.growth_bytes = EXPORT_TRIM_GROWTH_BYTES
    gone = threading.Event()
    for channel in channels:
        threading.Thread(target=_serve, args=(service, channel, board, gone), daemon=True).start()
    gone.wait()
    sys.stderr.flush()
    os._exit(0)


EXPORT_TRIM_GROWTH_BYTES = 0


def _serve(service, channel: socket.socket, board: Board, gone: threading.Event) -> None:
    from indexer.search import SearchRequest
    from indexer.search.budget import cpu_budget

    # This thread's searcher (each thread reads through its own: SearchService.searcher), opened
    # now, while the process is idle: opened by the thread's first export, its ~0.5 MB of small
    # objects lay among that export's temporaries and kept their pages of Python's allocator
    # from being given back (docs/benchmarks.md, Session 16, serve).
    try:
        service.searcher()
    except Exception:  # noqa: BLE001 - an index that cannot be opened answers the first export with its reason
        pass
    try:
        while True:
            kind, payload = _receive(channel)
            asked = json.loads(payload)
            try:
                with cpu_budget(asked.get("cpu")):  # the rows and their text: all of the export's work
                    req = SearchRequest.from_params(asked["params"])
                    # searches and report pages first: between rows, while the server computes one
                    pause = board.give_way(float(asked.get("give_way") or 0.0), GIVE_WAY_TICK)
                    chunks = list(csv_chunks(service.export(req, pause), link_maker(*asked["link"]), pause))
            except ParksearchError as error:
                _send(channel, b"X", _error_frame(error))
                continue
            except Exception:  # noqa: BLE001 — the request gets the server's 500; the cause goes to the log
                import traceback

                traceback.print_exc()
                sys.stderr.flush()
                error = ParksearchError("服务器内部出错，请稍后再试；如果一再出现，请把这次检索的网址告诉管理员。")
                _send(channel, b"X", _error_frame(error))
                continue
            for chunk in chunks:
                _send(channel, b"D", chunk.encode("utf-8"))
            _send(channel, b"E")
            chunks = None
            heap.trimmer.after_heavy()  # the rows' temporaries and the CSV text back to the system
    except (OSError, EOFError):
        pass  # the server has gone (or has given this process up): so do we
    finally:
        gone.set()
