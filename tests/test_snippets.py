"""A CSV export's one snippet per row, found without normalising the whole text.

``first_snippet`` / ``first_snippet_text`` must give exactly what ``make_snippets(...,
limit=1)`` (and its ``striptags``) gives: the same window, widened by the same matches,
from the same section. The reference is the whole-text road; the checks run on the real
reports of the repository (bundled corpus, authored gold pages, government reports) and
on arbitrary text cut into sections, with blocks as small as one line, so every block
boundary a text has is crossed.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from markupsafe import Markup

from indexer.model import SECTION_KINDS
from indexer.reading.pipeline import read_file
from indexer.search import highlight
from indexer.search.highlight import first_snippet, first_snippet_text, make_snippets

REPO = Path(__file__).resolve().parent.parent
WORDS = ["企业", "招商引资", "工业园区", "工業園區", "土地", "污水处理", "问题", "亿元", "年", "。", "没有这个词",
         "发展 建设"]


def whole_text_road(text, sections, terms, kinds):
    found = make_snippets(text, sections, terms, kinds=kinds, limit=1)
    return found[0] if found else None


def as_plain(snippet):
    return (None, "") if snippet is None else (snippet["section"], Markup(snippet["html"]).striptags())


def real_reports():
    files = sorted((REPO / "corpus").glob("*.txt")) + sorted((REPO / "tests" / "gold" / "authored").glob("*.txt"))
    files += sorted((REPO / "bench" / "gov-work-reports").glob("*.txt"))[::9]
    for path in files:
        for report in read_file(path, path.parent).reports:
            sections = [{"heading": s.heading, "level": s.level, "category": s.category, "start": s.start,
                         "end": s.end} for s in report.sections]
            yield pytest.param(report.text, sections, id=f"{path.name}#{report.n}")


@pytest.mark.parametrize("block", [300, 40])
def test_first_snippet_equals_the_whole_text_road_on_real_reports(block, monkeypatch):
    monkeypatch.setattr(highlight, "BLOCK_CHARS", block)
    checked = 0
    for param in real_reports():
        text, sections = param.values
        for word in WORDS:
            terms = word.split()
            for kinds in (None, {"存在问题"}, {"成效进展", "计划安排"}):
                expected = whole_text_road(text, sections, terms, kinds)
                assert first_snippet(text, sections, terms, kinds) == expected, (param.id, word, kinds)
                assert first_snippet_text(text, sections, terms, kinds) == as_plain(expected), (param.id, word)
                checked += 1
    assert checked > 3000


PIECES = ["工业园区", "工業園區", "工業(yè)園區(qū)", "园区", "\n", "\n\n", "，", "。", " ", "　", "招商引资", "ABC",
          "ｆｕｌｌ", "\u200b", "&lt;", "<b>", "土地", "区\n工"]
TERMS = ["工业园区", "园区", "工业", "业园", "招商", "abc", "full", "土地", "区工", "&lt;", "<b>", "。"]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(PIECES), max_size=80).map("".join),
       st.lists(st.sampled_from(TERMS), min_size=1, max_size=3),
       st.lists(st.integers(0, 400), max_size=4),
       st.sampled_from([None, {"存在问题"}, {"其他", "成效进展"}]),
       st.integers(1, 50))
def test_first_snippet_equals_the_whole_text_road_on_any_text(text, terms, cuts, kinds, block):
    bounds = sorted({0, len(text), *(min(c, len(text)) for c in cuts)})
    sections = [{"heading": f"第{i}节" if i else None, "level": 1 if i else 0,
                 "category": SECTION_KINDS[i % len(SECTION_KINDS)], "start": lo, "end": hi}
                for i, (lo, hi) in enumerate(zip(bounds, bounds[1:]))]
    saved = highlight.BLOCK_CHARS
    highlight.BLOCK_CHARS = block
    try:
        expected = whole_text_road(text, sections, terms, kinds)
        assert first_snippet(text, sections, terms, kinds) == expected
        assert first_snippet_text(text, sections, terms, kinds) == as_plain(expected)
    finally:
        highlight.BLOCK_CHARS = saved
