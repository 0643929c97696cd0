"""bench/generate.py: the synthetic corpus is deterministic, self-contained and reads as reports."""
from __future__ import annotations

import sys

from conftest import REPO

sys.path.insert(0, str(REPO / "bench"))
import generate  # noqa: E402

from indexer.reading import pipeline  # noqa: E402


def snapshot(folder):
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_same_seed_same_bytes_other_seed_other_bytes(tmp_path):
    generate.generate(tmp_path / "a", reports=12, seed=5)
    generate.generate(tmp_path / "b", reports=12, seed=5)
    generate.generate(tmp_path / "c", reports=12, seed=6)
    assert snapshot(tmp_path / "a") == snapshot(tmp_path / "b")
    assert snapshot(tmp_path / "a") != snapshot(tmp_path / "c")


def test_sentences_come_from_inside_the_repository():
    assert generate.SENTENCES.is_relative_to(REPO) and generate.SEED_CORPUS.is_relative_to(REPO)
    sentences = generate.load_sentences()
    assert len(sentences) > 1000 and all(len(s) >= 12 for s in sentences)


def test_reports_have_the_asked_size_a_title_and_four_numbered_sections(tmp_path):
    paths = generate.generate(tmp_path, reports=20, seed=1, chars=3000)
    assert len(paths) == 20
    for path in paths:
        text = path.read_text(encoding="utf-8")
        assert 2500 <= len(text) <= 4500
        lines = text.splitlines()
        assert "年" in lines[0] and any(t in lines[0] for t in generate.DOC_TYPES)
        for numeral in "一二三四":
            assert any(line.startswith(numeral + "、") for line in lines)
        reading = pipeline.read_file(path, tmp_path)
        assert reading.skipped is None and reading.reports[0].year is not None
