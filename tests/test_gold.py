"""Accuracy of the reading stage against hand-labelled gold, two sets kept apart:

- seeds (tests/gold/seeds.json): the five real pages in corpus/;
- authored (tests/gold/authored.json): our own small pages in tests/gold/authored/, each
  showing a pattern seen on real park-report pages (site furniture, one-line dumps, news
  leads, speeches, compilations with a table of contents, Traditional pages, …).

Each set must meet the aims on its own; ``test_accuracy_report`` prints both side by
side (run pytest with -s to see them).
"""
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from indexer.reading.pipeline import iter_corpus_files, read_file

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
GOLD_DIR = ROOT / "tests" / "gold"
SETS = {
    "seeds": (CORPUS, json.loads((GOLD_DIR / "seeds.json").read_text(encoding="utf-8"))),
    "authored": (GOLD_DIR / "authored", json.loads((GOLD_DIR / "authored.json").read_text(encoding="utf-8"))),
}
AIMS = {"title": 0.90, "doc_type": 0.85, "year": 0.95, "park_precision": 0.95, "park_recall": 0.80, "kinds": 0.90}


def norm(s: str) -> str:
    return re.sub(r"[\s,，。：:；;]", "", s or "")


@pytest.fixture(scope="module")
def readings():
    return {name: {page: read_file(folder / page, folder) for page in gold["pages"]}
            for name, (folder, gold) in SETS.items()}


def pairs(readings, name):
    for page, golds in SETS[name][1]["pages"].items():
        for g, r in zip(golds, readings[name][page].reports):
            yield g, r


def _section_for(heading, report):
    h = norm(heading)
    return next((s for s in report.sections if s.heading and (norm(s.heading).startswith(h) or h.startswith(norm(s.heading)))),
                None)


@dataclass
class Score:
    reports: int = 0
    title: int = 0
    doc_type: int = 0
    year: int = 0
    park_tp: int = 0
    park_predicted: int = 0
    park_actual: int = 0
    kinds_right: int = 0
    kinds_total: int = 0
    misses: list = field(default_factory=list)

    def rates(self) -> dict[str, float]:
        n = max(self.reports, 1)
        return {"title": self.title / n, "doc_type": self.doc_type / n, "year": self.year / n,
                "park_precision": self.park_tp / max(self.park_predicted, 1),
                "park_recall": self.park_tp / max(self.park_actual, 1),
                "kinds": self.kinds_right / max(self.kinds_total, 1)}


def score(readings, name) -> Score:
    sc = Score()
    for g, r in pairs(readings, name):
        sc.reports += 1
        sc.title += norm(r.title) == norm(g["title"])
        sc.doc_type += r.doc_type == g["doc_type"]
        sc.year += r.year == g["year"]
        sc.park_predicted += bool(r.park)
        sc.park_actual += bool(g["park"])
        sc.park_tp += bool(r.park) and r.park == g["park"]
        for heading, kind in g.get("kinds", []):
            sc.kinds_total += 1
            sec = _section_for(heading, r)
            if sec is not None and sec.category == kind:
                sc.kinds_right += 1
            else:
                sc.misses.append((r.title, heading, sec.category if sec else None, kind))
    return sc


@pytest.mark.parametrize("name", sorted(SETS))
@pytest.mark.parametrize("measure", sorted(AIMS))
def test_each_gold_set_meets_the_aims(readings, name, measure):
    sc = score(readings, name)
    assert sc.rates()[measure] >= AIMS[measure], (name, measure, sc.rates(), sc.misses[:10])


def test_accuracy_report(readings, capsys):
    rows = {name: score(readings, name) for name in sorted(SETS)}
    with capsys.disabled():
        print("\nreader accuracy   " + "  ".join(f"{m:>14}" for m in AIMS))
        for name, sc in rows.items():
            print(f"{name:>8} ({sc.reports:>2} rep.) " + "  ".join(f"{v:>14.2f}" for v in sc.rates().values()))
    assert rows["authored"].reports >= 40 and rows["authored"].kinds_total >= 150
    assert rows["seeds"].kinds_total >= 240


# The readings known to differ from their page's label, and why. Every other report of the gold sets reads its year,
# type and park exactly as labelled: a rule that mends one page and breaks another fails here by name, not only when
# a whole set falls under an aim (session 15 merged a year rule that lost two pages' years while the aims still held).
KNOWN_MISSES = {
    ("s9t11_headline_over_updated_time_row.txt", 1, "park"): "the zone's short head 加工区 read for its full 加工出口区",
    ("t14_01_long_caption_marker_over_credited_lead.txt", 1, "park"): "a bare 园区 after the place read as a park",
}


@pytest.mark.parametrize("name", sorted(SETS))
@pytest.mark.parametrize("field", ["year", "doc_type", "park"])
def test_every_report_reads_its_label(readings, name, field):
    wrong = []
    for page, golds in SETS[name][1]["pages"].items():
        for n, (g, r) in enumerate(zip(golds, readings[name][page].reports), start=1):
            if getattr(r, field) != g[field] and (page, n, field) not in KNOWN_MISSES:
                wrong.append((page, n, getattr(r, field), g[field]))
    assert not wrong, wrong


def test_known_misses_are_still_missed(readings):
    # (a known miss mended drops out of the list, so the list never hides a page that reads right)
    for (page, n, field), why in KNOWN_MISSES.items():
        golds = SETS["authored"][1]["pages"][page]
        assert getattr(readings["authored"][page].reports[n - 1], field) != golds[n - 1][field], (page, why)


@pytest.mark.parametrize("name, page", [(n, p) for n in sorted(SETS) for p in sorted(SETS[n][1]["pages"])])
def test_page_split_into_the_gold_reports(readings, name, page):
    got = [norm(r.title) for r in readings[name][page].reports]
    assert got == [norm(g["title"]) for g in SETS[name][1]["pages"][page]]


def test_level1_headings_found(readings):
    found = total = 0
    for g, r in pairs(readings, "seeds"):
        got = [norm(s.heading) for s in r.sections if s.level == 1 and s.heading]
        for h in g["l1"]:
            total += 1
            found += any(x.startswith(norm(h)) or norm(h).startswith(x) for x in got)
    assert found / total >= 0.90, (found, total)


@pytest.mark.parametrize("needle", SETS["seeds"][1]["boilerplate_absent"])
def test_no_boilerplate_in_any_seed_report(readings, needle):
    for fr in readings["seeds"].values():
        for r in fr.reports:
            assert needle not in r.text, (fr.source, r.n)
            assert "来自" not in r.text.split("\n")


@pytest.mark.parametrize("page, needle", [(p, n) for p, ns in SETS["authored"][1]["boilerplate_absent"].items() for n in ns])
def test_no_site_furniture_in_authored_reports(readings, page, needle):
    for r in readings["authored"][page].reports:
        assert needle not in r.text, (page, r.n, needle)


def test_sections_lie_inside_their_report(readings):
    for pages in readings.values():
        for fr in pages.values():
            for r in fr.reports:
                assert r.text.split("\n", 1)[0] == r.title
                for s in r.sections:
                    assert 0 < s.start < s.end <= len(r.text)
                    if s.heading:
                        assert norm(s.heading)[:4] in norm(r.text[s.start:s.end])


def test_every_value_says_why(readings):
    for pages in readings.values():
        for fr in pages.values():
            for r in fr.reports:
                assert all(r.evidence.get(k) for k in ("title", "park", "year", "doc_type", "period")), (fr.source, r.n)
                assert all(s.why for s in r.sections), (fr.source, r.n)


def test_corpus_listing_is_the_five_seeds():
    # besides the seeds, corpus/ holds the one example report written for the demo (test_first_day.py)
    listed = [p.name for p in iter_corpus_files(CORPUS)]
    assert [n for n in listed if n.startswith("00")] == sorted(SETS["seeds"][1]["pages"])
    assert len(listed) == len(SETS["seeds"][1]["pages"]) + 1
