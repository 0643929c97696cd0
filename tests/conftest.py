"""Shared fixtures: a real index built from the seed pages in corpus/, the app from its factory."""
from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "corpus"


def parksearch_command() -> list[str]:
    """The installed console script, as a user runs it (falls back to the module)."""
    script = Path(sys.executable).parent / "parksearch"
    if script.exists():
        return [str(script)]
    found = shutil.which("parksearch")
    return [found] if found else [sys.executable, "-m", "indexer.cli"]


@pytest.fixture(scope="session")
def index_dir(tmp_path_factory) -> Path:
    from indexer.write import build_index

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


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def server(index_dir):
    """`parksearch serve` started the way a user starts it, on a free port."""
    port = free_port()
    proc = subprocess.Popen(
        parksearch_command() + ["serve", "--port", str(port), "--index", str(index_dir), "--corpus", str(CORPUS)],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.time() + 60
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
        raise RuntimeError("parksearch serve did not answer /healthz within 60 s")
    yield base
    proc.terminate()
    proc.wait(timeout=10)
