"""Accuracy of the reading stage against the hand-labelled seeds (tests/gold/seeds.json)."""
import json
import re
from pathlib import Path

import pytest

from indexer.reading.pipeline import iter_corpus_files, read_file

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
GOLD = json.loads((ROOT / "tests" / "gold" / "seeds.json").read_text(encoding="utf-8"))


def norm(s: str) -> str:
    return re.sub(r"[\s,，。：:；;]", "", s)


@pytest.fixture(scope="module")
def readings():
    return {name: read_file(CORPUS / name, CORPUS) for name in GOLD["pages"]}


def pairs(readings):
    for name, gold in GOLD["pages"].items():
        for g, r in zip(gold, readings[name].reports):
            yield g, r


@pytest.mark.parametrize("name", sorted(GOLD["pages"]))
def test_page_split_into_the_gold_reports(readings, name):
    got = [norm(r.title) for r in readings[name].reports]
    assert got == [norm(g["title"]) for g in GOLD["pages"][name]]


def test_park_precision_and_recall(readings):
    tp = sum(1 for g, r in pairs(readings) if r.park and r.park == g["park"])
    predicted = sum(1 for _, r in pairs(readings) if r.park)
    actual = sum(1 for g, _ in pairs(readings) if g["park"])
    assert tp / predicted >= 0.95, (tp, predicted)
    assert tp / actual >= 0.8, (tp, actual)


def test_year_accuracy(readings):
    ps = list(pairs(readings))
    assert sum(r.year == g["year"] for g, r in ps) / len(ps) >= 0.95


def test_doc_type_accuracy(readings):
    ps = list(pairs(readings))
    assert sum(r.doc_type == g["doc_type"] for g, r in ps) / len(ps) >= 0.90


def test_level1_headings_found(readings):
    found = total = 0
    for g, r in pairs(readings):
        got = [norm(s.heading) for s in r.sections if s.level == 1 and s.heading]
        for h in g["l1"]:
            total += 1
            found += any(x.startswith(norm(h)) or norm(h).startswith(x) for x in got)
    assert found / total >= 0.90, (found, total)


@pytest.mark.parametrize("needle", GOLD["boilerplate_absent"])
def test_no_boilerplate_in_any_report(readings, needle):
    for fr in readings.values():
        for r in fr.reports:
            assert needle not in r.text, (fr.source, r.n)
            assert "来自" not in r.text.split("\n")


def test_sections_lie_inside_their_report(readings):
    for fr in readings.values():
        for r in fr.reports:
            assert r.text.split("\n", 1)[0] == r.title
            for s in r.sections:
                assert 0 < s.start < s.end <= len(r.text)
                if s.heading:
                    assert norm(s.heading)[:4] in norm(r.text[s.start:s.end])


def test_corpus_listing_is_the_five_seeds():
    assert [p.name for p in iter_corpus_files(CORPUS)] == sorted(GOLD["pages"])
