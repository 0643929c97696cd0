"""Snippets start and end at a clause, never inside a word (a first-day user read 「…续改善投资环境」,
「…务业发展水平」: the window began 30 characters before the match, wherever that fell)."""
from __future__ import annotations

import re

import pytest
from markupsafe import Markup, escape

from indexer.search.highlight import first_snippet_text, make_snippets

TEXT = ("二〇〇二年工作回顾。坚持扩大对外开放，继续改善投资环境，健全法制，依法办事，提高效率。规范招商引资行为，"
        "逐步实行国民待遇。做好我国申办2010年上海世界博览会的工作，加快服务业发展水平的提升和结构的优化调整")


@pytest.mark.parametrize("text, term, starts, ends", [
    # the window's 30 characters before 招商引资 begin inside 开放: it starts after the comma instead
    (TEXT, "招商引资", "…继续改善投资环境，", "的提升和结构的优化调整"),
    # the 70 after it end inside 服务业… : the snippet ends at the last clause break before the cut
    ("甲" * 40 + "，招商引资工作取得新进展，全年签约项目三十个，总投资一百亿元，其中亿元以上项目十二个，"
     "到位资金五十亿元，同比增长百分之十二，带动就业岗位两千多个，服务业发展水平显著提升",
     "招商引资", "…甲甲", "带动就业岗位两千多个，…"),
])
def test_snippet_window_follows_clause_breaks(text, term, starts, ends):
    (snippet,) = make_snippets(text, [], [term], limit=1)
    words = Markup(snippet["html"]).striptags()
    assert words.startswith(starts), words
    assert words.endswith(ends), words
    assert first_snippet_text(text, [], [term]) == (None, words)


def test_a_window_without_any_break_is_left_as_it_was():
    text = "甲" * 60 + "招商引资" + "乙" * 100
    (snippet,) = make_snippets(text, [], ["招商引资"], limit=1)
    words = Markup(snippet["html"]).striptags()
    assert words == "…" + "甲" * 30 + "招商引资" + "乙" * 70 + "…"


def test_the_lead_shown_without_a_match_ends_at_a_clause():
    # a browse result's lead ended 「…一、20…」 (a heading's year cut in two)
    text = "园区工作总结\n" + "今年以来，园区围绕目标任务，以科技创新引领产业创新，加快平台建设、项目建设、企业服务三大块工作，" \
        "确保园区经济运行稳中有进，全年主要经济指标保持较快增长。现将各项工作进展情况汇报如下：" \
        "上半年主要工作完成情况良好各项指标稳步增长园区发展势头强劲"
    sections = [{"heading": "园区工作总结", "level": 0, "start": 0, "end": 7, "category": "其他"},
                {"heading": None, "level": 0, "start": 7, "end": len(text), "category": "其他"}]
    (snippet,) = make_snippets(text, sections, [], limit=1)
    words = Markup(snippet["html"]).striptags()
    assert words.endswith("现将各项工作进展情况汇报如下：…"), words


def test_a_parts_heading_is_shown_once_for_its_snippets_in_a_row(client):
    # a first-day user read the same heading (二、以落实优惠政策为着力点…) twice over two snippets of one part
    api = client.get("/api/search", query_string={"q": "招商引资"}).get_json()
    runs = [[s.get("section") for s in r["snippets"]] for r in api["results"]]
    assert any(a and a == b for sections in runs for a, b in zip(sections, sections[1:])), runs
    html = client.get("/", query_string={"q": "招商引资"}).get_data(as_text=True)
    hits = re.findall(r'<li class="hit[^"]*">(.*?)</li>', html, flags=re.S)
    assert len(hits) == len(runs)
    for sections, hit in zip(runs, hits):
        shown = re.findall(r'<span class="section-label"[^>]*>([^<]*)</span>', hit)
        expected = [s for i, s in enumerate(sections) if s and (i == 0 or sections[i - 1] != s)]
        assert shown == [str(escape(s)) for s in expected]
