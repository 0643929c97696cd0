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

One process computes one export at a time, and there are as many as there are slots an
export may hold at once (its own lane's, and the searches' an export that waited long may
take: ``webui.guard``), each started when first needed and kept. The first is started and
warmed before the server listens (``warm_up`` asks for an export).

The bytes are the same either way: the rows come from ``SearchService.export`` and are
written by ``csv_chunks`` in both; only where they are computed differs. A process that dies
mid-export (killed, out of memory) answers that request with a Chinese sentence (503) and
is replaced at once, in the background; one that sends nothing for ``QUIET_SECONDS`` is
killed and replaced the same way: a request never hangs on it. Each process ends when the
server does: its socket closes with the server, and a process waiting on it, or writing to
it, stops (``main``).

The protocol, over a socket pair: the server sends one JSON frame (the request's parameters,
the report link's two halves around the id, the CPU allowance); the process answers with
frames ``D`` (CSV text, UTF-8, a chunk of rows at a time), then ``E`` (the end) or ``X`` (an
error: its status, Chinese sentence and parameter, raised again in the server as the same
ParksearchError would have been in process). A frame: 4 bytes of length, 1 byte of kind, the
payload. At start a process sends ``R`` (ready: the index opened) or ``X``.
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

from indexer import errors
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
# warm_up does the same for its searches); ~1 s of CPU at 10,000 reports, before any client waits.
WARM_EXPORTS = ("园区", "园")
CHUNK_ROWS = 500  # rows a frame carries (~150 KB): memory bounded per frame, and few frames

CAN_RUN = os.name == "posix"  # a socket passed to a child by its descriptor (pass_fds)
START_SECONDS = 120.0  # the longest a new process may take to open the index
# The longest an export's process may stay silent: its CPU allowance (6 s, which it keeps
# itself) on a machine whose cores are shared many ways (on the 2-core development machine at
# load 13 an export of 4 MB took 16 s), with room; past it, the process is taken for hung (it
# computes nothing, or is stopped), killed, and the request answered with BROKEN.
QUIET_SECONDS = 120.0
# An export process runs at a lower priority than the server: where the cores are all taken,
# searches and report pages (someone is waiting for the page) get most of them and a download
# takes a few seconds more, as when an export gave way to them between rows in the server
# (webui.guard); where a core is free, the export has it whole. Nice 5: a third of the weight
# of a process at 0 (Linux's CFS), never starved.
NICENESS = 5
# Processes beyond the first are started only when exports pile up (one that waited its turn
# takes a search slot); each holds its own dictionary and tables (~180 MB at 10,000 reports),
# so one idle this long is ended: the server's memory returns to where it was.
IDLE_SECONDS = 60.0
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

class ExportProcess:
    """One process computing exports, one at a time, and the socket to it."""

    def __init__(self, index_dir: Path):
        here, theirs = socket.socketpair()
        # the process imports this checkout's code, whatever is installed (the tests and the
        # benchmarks run checkouts side by side)
        root = str(Path(__file__).resolve().parent.parent)
        env = dict(os.environ, PYTHONPATH=os.pathsep.join(p for p in (root, os.environ.get("PYTHONPATH")) if p))
        try:
            self.process = subprocess.Popen(
                [sys.executable, "-c", "from webui.exports import main; main()", str(theirs.fileno()),
                 str(index_dir)], pass_fds=[theirs.fileno()], stdin=subprocess.DEVNULL, env=env)
        finally:
            theirs.close()  # the process holds its end: when it dies, ours reads the end of the file
        self.sock, self.closed = here, False
        try:
            self.sock.settimeout(START_SECONDS)
            kind, payload = _receive(self.sock)
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

    def export(self, params: dict, head: str, tail: str, cpu_seconds: float | None) -> bytes:
        """The export's CSV as UTF-8 bytes; the error the process met raised here; ExportBroken
        (after killing it) if the process dies or stays silent QUIET_SECONDS. Anything else
        that interrupts the exchange (the socket then holds half an answer) closes it too."""
        chunks, error = [], None
        try:
            self.sock.settimeout(QUIET_SECONDS)
            _send(self.sock, b"Q", json.dumps({"params": params, "link": [head, tail], "cpu": cpu_seconds},
                                              ensure_ascii=False).encode("utf-8"))
            while True:
                kind, payload = _receive(self.sock)
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
        """Close the socket (a waiting process then ends by itself), then make sure it has
        ended: killed if it has not within a second (it may be computing), and reaped."""
        self.closed = True
        self.sock.close()
        try:
            self.process.wait(timeout=1.0)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


class ExportProcesses:
    """Up to ``size`` ExportProcess, each lent to one export at a time (``export``).

    A process is started when an export finds none free (the request waits for it to open the
    index and warm, a few seconds) and kept while it is used; one that broke is replaced in the
    background, so the next export finds a process ready."""

    def __init__(self, index_dir: Path, size: int):
        self.index_dir, self.size = Path(index_dir), size
        self._free: list[tuple[ExportProcess, float]] = []  # with when each was given back
        self._count = 0  # processes lent, free or starting
        self._lock = threading.Condition()
        self._closed = False
        self._pruning = False  # a thread ends the extra processes once idle (_prune)
        self.restarts = 0

    def pids(self) -> list[int]:
        with self._lock:
            return [p.pid for p, _ in self._free]

    def export(self, params: dict, head: str, tail: str, cpu_seconds: float | None) -> bytes:
        process = self._take()
        try:
            return process.export(params, head, tail, cpu_seconds)
        finally:
            if process.closed:  # it broke: another takes its place
                self._lost()
            else:  # done, or an error the export met (a 400): the process is well
                self._give_back(process)

    def start(self) -> None:
        """Start one process now (before the server listens), unless it has one."""
        with self._lock:
            if self._count or self._closed:
                return
            self._count += 1
        self._give_back(self._new())

    def _take(self) -> ExportProcess:
        with self._lock:
            while True:
                if self._closed:
                    raise ExportBroken(NOT_STARTED)
                while self._free:
                    process, _ = self._free.pop()  # the most recently used: the others may idle out
                    if process.alive():
                        return process
                    process.close()  # died while waiting (killed): its place is free again
                    self._count -= 1
                    self.restarts += 1
                if self._count < self.size:
                    self._count += 1
                    break
                # every process is lent: only when more exports run than slots allow (not
                # with webui.guard's lanes), and never for long
                if not self._lock.wait(QUIET_SECONDS):
                    raise ExportBroken(NOT_STARTED)
        return self._new()

    def _new(self) -> ExportProcess:
        try:
            return ExportProcess(self.index_dir)
        except BaseException:
            with self._lock:
                self._count -= 1
                self._lock.notify_all()  # a request waiting for a process, or the idle pruner
            raise

    def _give_back(self, process: ExportProcess) -> None:
        with self._lock:
            if not self._closed:
                self._free.append((process, time.monotonic()))
                self._lock.notify_all()  # a request waiting for a process, or the idle pruner
                if len(self._free) > 1 and not self._pruning:  # someone must end it once idle
                    self._pruning = True
                    threading.Thread(target=self._prune, name="parksearch-export-idle", daemon=True).start()
                return
        process.close()

    def _prune(self) -> None:
        """While more than one process is free: end the least recently used once it has idled
        IDLE_SECONDS (more started only when exports piled up)."""
        while True:
            with self._lock:
                if self._closed or len(self._free) <= 1:
                    self._pruning = False
                    return
                idle = time.monotonic() - self._free[0][1]
                ended = self._free.pop(0)[0] if idle >= IDLE_SECONDS else None
                if ended is not None:
                    self._count -= 1
                else:
                    self._lock.wait(IDLE_SECONDS - idle)
                    continue
            ended.close()

    def _lost(self) -> None:
        """A process broke (already closed): start another in the background."""
        with self._lock:
            self._count -= 1
            self.restarts += 1
            self._lock.notify_all()  # a request waiting for a process, or the idle pruner
        threading.Thread(target=self._replace, name="parksearch-export-restart", daemon=True).start()

    def _replace(self) -> None:
        with self._lock:
            if self._closed or self._count >= self.size:
                return
            self._count += 1
        try:
            process = self._new()
        except ParksearchError as error:
            print(f"导出进程无法重新启动：{error}", file=sys.stderr)
            return
        self._give_back(process)

    def close(self) -> None:
        """End every free process (the server is stopping); one lent ends when its export does."""
        with self._lock:
            self._closed = True
            free, self._free = self._free, []
            self._lock.notify_all()
        for process, _ in free:
            process.close()


# -- the process's side --------------------------------------------------------------

def main() -> None:
    """An export process: open the index, then answer one export at a time until the server's
    end of the socket closes (EOFError) or can no longer be written to (the server is gone)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C stops the server; its socket then stops us
    try:
        os.nice(NICENESS)
    except (AttributeError, OSError):
        pass
    sock = socket.socket(fileno=int(sys.argv[1]))
    from indexer.search import SearchRequest, SearchService
    from indexer.search.budget import cpu_budget

    try:
        try:
            service = SearchService(Path(sys.argv[2]))
        except ParksearchError as error:
            _send(sock, b"X", _error_frame(error))
            return
        for q in WARM_EXPORTS:
            try:
                for _ in csv_chunks(service.export(SearchRequest(q=q)), link_maker("", "")):
                    pass
            except ParksearchError:
                pass  # left for the first export to meet
        _send(sock, b"R")
        while True:
            kind, payload = _receive(sock)
            asked = json.loads(payload)
            try:
                with cpu_budget(asked.get("cpu")):
                    req = SearchRequest.from_params(asked["params"])
                    link = link_maker(*asked["link"])
                    for chunk in csv_chunks(service.export(req), link):
                        _send(sock, b"D", chunk.encode("utf-8"))
                _send(sock, b"E")
            except ParksearchError as error:
                _send(sock, b"X", _error_frame(error))
            except (OSError, EOFError):
                raise
            except Exception:  # noqa: BLE001 — the request gets the server's 500; the cause goes to the log
                import traceback

                traceback.print_exc()
                sys.stderr.flush()
                error = ParksearchError("服务器内部出错，请稍后再试；如果一再出现，请把这次检索的网址告诉管理员。")
                _send(sock, b"X", _error_frame(error))
    except (OSError, EOFError):
        pass  # the server has gone: so do we
    finally:
        sock.close()
