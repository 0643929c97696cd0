"""Shared fixtures: a real index built from the seed pages in corpus/, the app from its factory."""
from __future__ import annotations

import os
from contextlib import contextmanager
import shutil
import socket
import subprocess
import tempfile
import sys
import time
import urllib.request
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
BUNDLED = REPO / "corpus"  # what `parksearch serve` serves by default
# The tests' corpus: the five real seed pages of corpus/, whose reports, counts and words the tests
# assert. corpus/ also holds one example report written for the demo (its own tests use BUNDLED).
CORPUS = Path(tempfile.mkdtemp(prefix="parksearch-seeds-"))
for _seed in BUNDLED.glob("00?_*.txt"):
    shutil.copy2(_seed, CORPUS / _seed.name)
ARTIFACTS = REPO / "tests" / "artifacts"  # browser screenshots (git-ignored)
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]


# Every subprocess a test starts (the CLI, the server) runs this checkout's code, never an
# installed copy that may be older: the README installs the package non-editable.
os.environ["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO), os.environ.get("PYTHONPATH", "")) if p)


def parksearch_command() -> list[str]:
    """``parksearch`` as the console script runs it (``indexer.cli:main``), from this checkout."""
    return [sys.executable, "-m", "indexer.cli"]


@pytest.fixture(scope="session")
def index_dir(tmp_path_factory) -> Path:
    from indexer.build import build_index

    folder = tmp_path_factory.mktemp("index")
    build_index(CORPUS, folder)
    return folder


@pytest.fixture(scope="session")
def service(index_dir):
    from indexer.search import SearchService

    return SearchService(index_dir)


@pytest.fixture(scope="session")
def app(index_dir):
    from webui import create_app

    return create_app({"INDEX_DIR": str(index_dir), "CORPUS_DIR": str(CORPUS), "TESTING": True})


@pytest.fixture
def client(app):
    return app.test_client()


def service_of_texts(tmp_path_factory, name: str, reports: dict[str, str]):
    """A SearchService over a real index built from ``{file name: text}`` (small hand-written reports)."""
    from indexer.build import build_index
    from indexer.search import SearchService

    corpus = tmp_path_factory.mktemp(f"{name}-corpus")
    for file_name, text in reports.items():
        (corpus / file_name).write_text(text, encoding="utf-8")
    index = tmp_path_factory.mktemp(f"{name}-index")
    build_index(corpus, index)
    return SearchService(index)


def read_page(tmp_path: Path, text: str, name: str = "page.txt"):
    """The reports ``read_file`` gives for ``text`` written as one corpus file (the code path index and inspect use)."""
    from indexer.reading.pipeline import read_file

    page = tmp_path / name
    page.write_text(text, encoding="utf-8")
    return read_file(page, tmp_path).reports


def figures_in(text: str, doc_type: str = "工作总结", heading: str = "一、主要经济指标完成情况",
               category: str = "成效进展"):
    """The key figures ``find_indicators`` reads from ``text`` set as the one section under ``heading``."""
    from indexer.model import Section
    from indexer.reading.indicators import find_indicators

    whole = heading + "\n" + text
    return find_indicators(whole, [Section(heading, 1, category, 0, len(whole))], doc_type)


def figure_rows(text: str, doc_type: str = "工作总结", heading: str = "一、主要经济指标完成情况") -> list[tuple]:
    """``figures_in`` as sorted (name, value, unit, status) rows, for tables of expected figures."""
    return sorted((f.name, f.value, f.unit, f.status) for f in figures_in(text, doc_type, heading))


def build_in_segments(corpus, index, segment_chars: int = 5000, merge_factor: int = 1000, workers: int = 1):
    """``build_index`` with a new segment every ``segment_chars`` characters and the tiered merge's
    factor set to ``merge_factor`` (1000: nothing merges; 3: merges early): an index of many small
    segments, or one whose build merges them, as a large corpus gives, from a few reports."""
    from indexer.build import build_index, merging
    from indexer.build import workers as build_workers

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(build_workers, "SEGMENT_CHARS", segment_chars)
        mp.setattr(merging, "F", merge_factor)
        return build_index(corpus, index, workers=workers)


def titles_found(service, q: str):
    """(the titles a search lists, every report uncollapsed, in order; the whole answer)."""
    from indexer.search import SearchRequest

    answer = service.search(SearchRequest(q=q, per_page=50, collapse=False))
    return [r["title"] for r in answer["results"]], answer


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def serving(index_dir: Path, corpus: Path, seconds: float = 120, options: tuple = ()):
    """`parksearch serve` started the way a user starts it, on a free port (building the index
    first when there is none), with ``options`` added; yields its base URL once /healthz answers."""
    port = free_port()
    proc = subprocess.Popen(
        parksearch_command() + ["serve", "--port", str(port), "--index", str(index_dir), "--corpus", str(corpus),
                                *options],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=dict(os.environ),
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.time() + seconds
    while time.time() < deadline:
        try:
            urllib.request.urlopen(base + "/healthz", timeout=2)
            break
        except OSError:
            if proc.poll() is not None:
                raise RuntimeError(proc.stdout.read().decode("utf-8", "replace"))
            time.sleep(0.2)
    else:
        proc.kill()
        raise RuntimeError(f"parksearch serve did not answer /healthz within {seconds:.0f} s")
    try:
        yield base
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.fixture(scope="session")
def server(index_dir):
    """The bundled corpus's index, served."""
    with serving(index_dir, CORPUS) as base:
        yield base


def in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in ("1", "true", "yes")


@pytest.fixture(scope="session")
def browser():
    """Debian's chromium driven by Playwright (never `playwright install`).

    Skips only on a developer machine without /usr/bin/chromium; under CI=true a missing
    browser or Playwright fails the run, so the browser tests cannot silently not run.
    """
    executable = CHROMIUM if Path(CHROMIUM).exists() else shutil.which("chromium")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        if in_ci():
            pytest.fail("CI: the Python package playwright is missing (pip install '.[test]')")
        pytest.skip("playwright is not installed (pip install '.[test]')")
    if not executable:
        if in_ci():
            pytest.fail(f"CI: chromium is missing at {CHROMIUM} (apt-get install chromium fonts-noto-cjk)")
        pytest.skip(f"chromium is not installed at {CHROMIUM}")
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


class PageWatch:
    """Console errors, CSP violations and uncaught exceptions seen by one page."""

    def __init__(self, page):
        self.page = page
        self.problems: list[str] = []
        self.allowed: list[str] = []  # substrings of messages a test expects (an error page's own status)
        page.on("console", self._console)
        page.on("pageerror", lambda error: self.problems.append(f"page error: {error}"))
        page.watch = self

    def allow(self, text: str) -> None:
        self.allowed.append(text)

    def _console(self, message):
        if message.type == "error" or "Content Security Policy" in message.text:
            self.problems.append(f"console {message.type}: {message.text}")

    def unexpected(self) -> list[str]:
        return [p for p in self.problems if not any(a in p for a in self.allowed)]


@pytest.fixture
def page(browser, server):
    """A fresh browser page (desktop size) on the served app; fails the test on any console error or CSP violation."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, base_url=server, accept_downloads=True,
                                  locale="zh-CN")
    page = context.new_page()
    watch = PageWatch(page)
    yield page
    context.close()
    assert watch.unexpected() == [], "the browser reported problems:\n" + "\n".join(watch.unexpected())


@pytest.fixture
def phone(browser, server):
    """A phone-sized page (390×844, touch) on the served app, watched like ``page``."""
    context = browser.new_context(viewport={"width": 390, "height": 844}, device_scale_factor=2, is_mobile=True,
                                  has_touch=True, base_url=server, locale="zh-CN")
    page = context.new_page()
    watch = PageWatch(page)
    yield page
    context.close()
    assert watch.unexpected() == [], "the browser reported problems:\n" + "\n".join(watch.unexpected())


def wait_for(check, seconds: float = 60, every: float = 0.1):
    """``check()``'s first true value, asked every ``every`` seconds; AssertionError after ``seconds``."""
    deadline = time.time() + seconds
    while time.time() < deadline:
        value = check()
        if value:
            return value
        time.sleep(every)
    raise AssertionError("timed out")
