"""Corpus faults: the build finishes, indexes everything readable and says what it skipped and why."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from conftest import CORPUS
from indexer.reading.pipeline import iter_corpus_files, read_file
from indexer.search import SearchRequest, SearchService
from indexer.build import build_index

SEED = CORPUS / "004_b31896b464007f3c.txt"


@pytest.fixture
def messy_corpus(tmp_path) -> Path:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(SEED, corpus / "good.txt")
    deep = corpus.joinpath(*[f"层{i}" for i in range(60)])
    deep.mkdir(parents=True)
    shutil.copy(SEED, deep / "deep.txt")
    (corpus / "loop").symlink_to(corpus, target_is_directory=True)  # a symlink loop
    (corpus / "dangling.txt").symlink_to(tmp_path / "gone.txt")
    with open(corpus / "huge.txt", "wb") as f:  # 200 MB, sparse: cheap to make
        f.truncate(200 * 1024 * 1024)
    gbk_name = os.path.join(os.fsencode(corpus), "工业园区总结".encode("gbk") + b".txt")
    with open(gbk_name, "wb") as f:
        f.write(SEED.read_bytes())
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "notes.xls").write_bytes(b"\xd0\xcf\x11\xe0" + b"\x00" * 100)
    return corpus


def test_build_survives_a_messy_corpus(messy_corpus, tmp_path):
    summary = build_index(messy_corpus, tmp_path / "index")
    skipped = {item["source"]: item["reason"] for item in summary.skipped}
    assert "超过" in skipped["huge.txt"] and "MB" in skipped["huge.txt"]
    assert "dangling.txt" in skipped
    assert "empty.txt" in skipped and "notes.xls" in skipped
    assert not any(source.startswith("loop/") for source in skipped)  # the loop is not followed
    service = SearchService(tmp_path / "index")
    found = service.search(SearchRequest(q="金岭工业园", per_page=100, collapse=False))
    sources = {row["source"] for row in found["results"]}
    assert "good.txt" in sources
    assert any(s.endswith("/deep.txt") and s.count("/") == 60 for s in sources)
    assert "工业园区总结.txt" in sources  # a GBK-encoded file name, shown readably


def test_file_vanishing_mid_scan_is_skipped_with_reason(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    victim = corpus / "vanish.txt"
    shutil.copy(SEED, victim)
    listed = iter_corpus_files(corpus)
    victim.unlink()
    reading = read_file(listed[0], corpus)
    assert reading.skipped and "删除" in reading.skipped and reading.reports == []


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every file whatever its permissions")
def test_unreadable_file_is_skipped_with_reason(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    locked = corpus / "locked.txt"
    shutil.copy(SEED, locked)
    locked.chmod(0)
    try:
        reading = read_file(locked, corpus)
    finally:
        locked.chmod(0o644)
    assert reading.skipped and "权限" in reading.skipped


def test_a_folder_named_like_a_report_is_not_a_report(tmp_path):
    corpus = tmp_path / "corpus"
    (corpus / "2023.txt").mkdir(parents=True)
    shutil.copy(SEED, corpus / "2023.txt" / "inside.txt")
    assert [p.name for p in iter_corpus_files(corpus)] == ["inside.txt"]
