"""Property tests: cleaning, splitting, normalisation, highlighting and query parsing on arbitrary text.

The strategies mix the characters real reports are made of (CJK, Traditional
forms, full-width digits, heading numerals, pinyin with tone marks, brackets,
newlines) with arbitrary Unicode, so the properties meet both plausible and
hostile input.
"""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from indexer.analysis import find_matches, normalize, normalize_with_map
from indexer.reading.clean import clean_text
from indexer.search.highlight import make_snippets
from indexer.model import SECTION_KINDS
from indexer.reading.pipeline import read_file  # noqa: F401  (imported: the module must load)
from indexer.search.compile import parse_query
from indexer.reading.split import split_reports, split_sections
from indexer.build.schema import make_schema

PIECES = [
    "工业园区", "工業園區", "工業(yè)園區(qū)", "一、", "（一）", "(二)", "1、", "2.", "（3）", "二是", "【第一篇】",
    "篇一", "工作总结", "工作计划 1", "20xx年", "20__年", "２０２３年", "2007 年", "存在问题", "下一步工作打算",
    "。", "，", "：", "\n", "\n\n", " ", "　", "首页 > 工作范文 >", "下面是小编整理的", "- 举报", "招商引资", "污水处理",
    "ABC", "ｆｕｌｌ", "\u200b", "\ufeff", "&lt;", "<b>", "𠀀", "😀",
]
report_text = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=8)), max_size=60).map("".join)
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(report_text)
@example("工业园区工作总结工业园区工作总结𠀀")  # found by a newcomer's run: a doubled title's one-character tail
@example("。\n。")  # found by a helper's run: the scrape's cut took the first line, and the second opened on one too
@example("|\n。\n，abc")  # what the cut leaves first is a line the site's rows are dropped as
@example("。- 举报")  # found by a helper's run: the cut left a bulleted furniture row that only a second reading dropped
@example("下面是小编整理的©工作总结,")  # found by a helper's run (session 29): a blurb's named title that is a site's row
# found by the lead's merged run (session 30): a path from the home page joined onto the line before it, read as the site's
# row the second time
@example("工业园区首页 > 工作范文 >工业园区工业园区工业园区工业园区工业园区:0\r工业园区首页 > 工作范文 >")
def test_cleaning_never_raises_and_is_idempotent(text):
    once = clean_text(text)
    assert clean_text(once) == once


@SETTINGS
@given(report_text)
def test_splitting_never_raises_and_sections_stay_inside(text):
    cleaned = clean_text(text)
    reports, _ = split_reports(cleaned, "文件名")
    for report in reports:
        sections = split_sections(report.text)
        previous_end = 0
        for section in sections:
            assert 0 <= section.start <= section.end <= len(report.text)
            assert section.start >= previous_end  # flat and in order
            previous_end = section.end
            assert section.category in SECTION_KINDS or section.category is None


@SETTINGS
@given(report_text)
def test_normalisation_map_points_into_the_original(text):
    norm, mapping = normalize_with_map(text)
    assert len(mapping) == len(norm)
    assert all(0 <= i < len(text) for i in mapping)
    assert mapping == sorted(mapping)
    assert normalize(text) == norm
    assert normalize(norm) == norm  # normalising twice changes nothing


@SETTINGS
@given(report_text, st.lists(st.one_of(st.sampled_from(PIECES), st.text(min_size=1, max_size=4)), max_size=4))
def test_highlight_spans_fall_inside_the_text_and_do_not_overlap(text, terms):
    spans = find_matches(text, terms)
    end = 0
    for s, e in spans:
        assert end <= s < e <= len(text)
        end = e


@SETTINGS
@given(report_text, st.lists(st.sampled_from(PIECES), max_size=3))
def test_snippets_are_escaped_text_plus_marks(text, terms):
    sections = [{"heading": None, "level": 0, "category": "其他", "start": 0, "end": len(text)}]
    for snippet in make_snippets(text, sections, terms):
        html = snippet["html"].replace("<mark>", "").replace("</mark>", "")
        assert "<" not in html and ">" not in html.replace("&gt;", "")


SCHEMA = make_schema()


@SETTINGS
@given(st.one_of(report_text, st.text(max_size=80),
                 st.lists(st.sampled_from(['"', "(", ")", "OR", "NOT", "AND", "-", "*", "park:", "year:",
                                           "year:2019-2023", "title:", "工业园区", "招商", " ", "或", "非"]),
                          max_size=12).map("".join)))
@example("」")  # found by a clean checkout's CI run: a closing quote alone stopped the lexer (memory grew to 23 GB)
@example("污水』处理 「土地")
def test_query_parsing_never_raises(q):
    parsed = parse_query(q, SCHEMA)
    assert isinstance(parsed.understood, str)


@pytest.mark.xfail(strict=True, reason="known: a line joined after the margins were read (0 + a lone ;) makes the text's "
                   "first prose only on a second cleaning, which then drops a cell above it; cleaning again at the end was "
                   "tried and dropped real opening lines of 4 of 710 pages (session 27)")
def test_cleaning_a_line_joined_after_the_margins_is_idempotent():
    # (found by test_cleaning_never_raises_and_is_idempotent in session 27; it reproduces on the main of that day)
    once = clean_text("<\r<\n工业园区工业园区工业园区工业园区0\n;")
    assert clean_text(once) == once
