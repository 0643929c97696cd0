"""The query language: what each input is understood as, what it warns, what it highlights."""
from __future__ import annotations

import pytest
from whoosh import query as Q

from indexer.search.highlight import make_snippets
from indexer.search.compile import HEADINGS_BOOST, parse_query
from indexer.build.schema import make_schema

SCHEMA = make_schema()


def parse(q, fields=("title", "headings", "text")):
    return parse_query(q, SCHEMA, fields)


@pytest.mark.parametrize("q, understood, terms", [
    ("安全生产", "“安全生产”", ["安全生产"]),
    ("安全生产 park:金岭工业园", "“安全生产” 并且 园区：金岭工业园", ["安全生产"]),
    ("污水处理 土地", "“污水处理” 并且 “土地”", ["污水处理", "土地"]),
    ('"标准厂房建设"', "“标准厂房建设”", ["标准厂房建设"]),
    ("“标准厂房建设”", "“标准厂房建设”", ["标准厂房建设"]),
    ("招商 OR 引资", "“招商” 或 “引资”", ["招商", "引资"]),
    ("招商 或 引资", "“招商” 或 “引资”", ["招商", "引资"]),
    ("污水 土地 OR 用地", "“污水” 并且 （“土地” 或 “用地”）", ["污水", "土地", "用地"]),
    ("(招商 OR 引资) 园区", "（“招商” 或 “引资”） 并且 “园区”", ["招商", "引资", "园区"]),
    ("园区 NOT 绿化", "“园区” 并且 不含 “绿化”", ["园区"]),
    ("园区 -绿化", "“园区” 并且 不含 “绿化”", ["园区"]),
    ("园区 非 绿化", "“园区” 并且 不含 “绿化”", ["园区"]),
    ("-绿化", "不含 “绿化”", []),
    ("year:2023", "年份：2023", []),
    ("year:2019-2023", "年份：2019–2023", []),
    ("year:2023至2019", "年份：2019–2023", []),
    ("year:2019-", "年份：2019 年及以后", []),
    ("year:unknown", "年份：不明", []),
    ("type:工作计划", "类型：工作计划", []),
    ("title:汇报", "标题含“汇报”", ["汇报"]),
    ("heading:存在问题", "小标题含“存在问题”（含同义词：存在的问题）（或“存在问题”类章节）", ["存在问题", "存在的问题"]),
    ("招商*", "以“招商”开头的词", ["招商"]),
    ("工業園區", "“工业园区”（含同义词：工业园）", ["工业园区", "工业园"]),
    ('"工業園區"', "“工业园区”", ["工业园区"]),
    ("经开区建设", "“经开区建设”（含同义词：经济开发区建设、经济技术开发区建设）",
     ["经开区建设", "经济开发区建设", "经济技术开发区建设"]),
    # full-width letters and the ideographic space fold (and GDP has the names official documents write)
    ("ＧＤＰ　增长", "“gdp”（含同义词：国内生产总值、地区生产总值） 并且 “增长”", ["gdp", "国内生产总值", "地区生产总值", "增长"]),
    ("园区：金岭工业园 年份：2023", "园区：金岭工业园 并且 年份：2023", []),
    ("park: 金岭工业园", "园区：金岭工业园", []),  # a space after the colon is forgiven
])
def test_understood_and_highlight_terms(q, understood, terms):
    parsed = parse(q)
    assert parsed.warning is None
    assert parsed.understood == understood
    assert parsed.terms == terms


@pytest.mark.parametrize("q, understood, warning", [
    ('"安全生产', "“安全生产”", "引号不成对"),
    ("(园区 OR 产业", "“园区” 或 “产业”", "括号不成对"),
    ("园区 OR", "“园区”", "OR / 或”后面缺少"),
    ("OR 园区", "“园区”", "OR / 或”前面缺少"),
    ("园区 NOT", "“园区”", "后面缺少查询词"),
    ("园区)", "“园区”", "多余的右括号"),
    ("year:abc 园区", "“园区”", "year:abc"),
    ("园区 park:", "“园区”", "park:”后面缺少内容"),
    ("foo:bar", "“foo:bar”", "不认识的字段“foo:”"),
    ("、，。", "全部报告", "没有可检索的词语"),
])
def test_syntax_errors_become_a_chinese_warning_and_a_best_effort_search(q, understood, warning):
    parsed = parse(q)
    assert parsed.understood == understood
    assert warning in parsed.warning


def test_empty_query_browses():
    parsed = parse("  ")
    assert parsed.query is None and parsed.understood == "全部报告" and parsed.warning is None


@pytest.mark.parametrize("q, expected", [
    # a string must occur literally (bigram phrase); its words only rank; each side
    # scores as one term (a 3-bigram phrase at boost 1/3), so long strings do not outweigh short ones; the headings,
    # which the text holds too, weigh half among the word fields (compile.HEADINGS_BOOST)
    ("安全生产", Q.AndMaybe(Q.Phrase("text_lit", ["安全", "全生", "生产"], boost=1 / 3),
                         Q.Or([Q.Term("title", "安全生产"), Q.Term("headings", "安全生产", boost=HEADINGS_BOOST),
                               Q.Term("text", "安全生产")]))),
    ("year:2019-2023", Q.NumericRange("year_num", 2019, 2023)),
    ("year:2023", Q.Term("year", "2023")),
    ("type:工作计划", Q.Term("doc_type", "工作计划")),
    ("招商*", Q.Or([Q.Prefix("title", "招商"), Q.Prefix("headings", "招商"), Q.Prefix("text", "招商")])),
])
def test_whoosh_query(q, expected):
    assert parse(q).query == expected


def test_not_becomes_and_not():
    query = parse("园区 -绿化").query
    assert isinstance(query, Q.AndNot)
    assert query.b.a == Q.Phrase("text_lit", ["绿化"]) or query.b.a == Q.Term("text_lit", "绿化")


def test_section_filter_keeps_the_match_literal_and_inside_the_sections():
    from indexer.whoosh_ext.sections import WithinSections

    query = parse_query("安全生产", make_schema(), ("text",), sections=("存在问题",)).query
    assert query.a == WithinSections(Q.Phrase("text_lit", ["安全", "全生", "生产"], boost=1 / 3), ("存在问题",))
    assert query.b == WithinSections(Q.Term("text", "安全生产"), ("存在问题",))
    # a field the user named is not restricted
    query = parse_query("title:总结", make_schema(), ("text",), sections=("存在问题",)).query
    assert not isinstance(query.a, WithinSections)


def test_title_field_is_literal_in_the_title():
    query = parse("title:工作总结").query
    assert query.a == Q.Phrase("title_lit", ["工作", "作总", "总结"], boost=1 / 3)


def test_park_matches_the_park_and_parks_mentioned():
    query = parse("park:金岭工业园").query
    fields = {t[0] for t in query.iter_all_terms()}
    assert {"park", "park_lit", "parks_mentioned_lit"} <= fields


def test_a_lone_character_matches_inside_bigrams():
    # one document set of every bigram that starts or ends with it (test_security checks
    # it finds exactly the reports whose text holds the character)
    from indexer.whoosh_ext.chars import LoneCharacter

    query = parse("园").query
    assert query.a == LoneCharacter("text_lit", "园")


# -- highlighting: the exact characters marked, on Traditional and Simplified text

TRADITIONAL = "二、園區(qū)建設\n加強綠地日常養(yǎng)護，打造花園城市2.0版，推進園區建設。"
SIMPLIFIED = "二、园区建设\n加强绿地日常养护，打造花园城市2.0版，不搞绿化。推进园区建设。"
SECTIONS_T = [{"heading": "二、園區(qū)建設", "level": 1, "category": "成效进展", "start": 0, "end": len(TRADITIONAL)}]
SECTIONS_S = [{"heading": "二、园区建设", "level": 1, "category": "成效进展", "start": 0, "end": len(SIMPLIFIED)}]


def marks(html):
    import re
    return re.findall(r"<mark>(.*?)</mark>", html)


@pytest.mark.parametrize("q, text, sections, expected", [
    ("园区建设", TRADITIONAL, SECTIONS_T, ["園區(qū)建設", "園區建設"]),
    ("園區建設", SIMPLIFIED, SECTIONS_S, ["园区建设", "园区建设"]),
    ("花园城市 养护", TRADITIONAL, SECTIONS_T, ["養(yǎng)護", "花園城市"]),
    ('"日常养护"', TRADITIONAL, SECTIONS_T, ["日常養(yǎng)護"]),
    ("园区建设 -绿化", SIMPLIFIED, SECTIONS_S, ["园区建设", "园区建设"]),
    ("绿地 OR 绿化", SIMPLIFIED, SECTIONS_S, ["绿地", "绿化"]),
])
def test_highlight_marks_the_pages_own_characters(q, text, sections, expected):
    parsed = parse(q)
    html = "".join(s["html"] for s in make_snippets(text, sections, parsed.terms, limit=5))
    assert marks(html) == expected


def test_a_not_term_is_never_highlighted():
    parsed = parse("园区 NOT 绿化")
    assert "绿化" not in parsed.terms
    html = "".join(s["html"] for s in make_snippets(SIMPLIFIED, SECTIONS_S, parsed.terms, limit=5))
    assert "<mark>绿化</mark>" not in html


def test_any_input_parses_without_an_exception():
    import random
    rng = random.Random(7)
    pieces = ['"', "“", "”", "(", ")", "（", "）", "OR", "或", "NOT", "非", "AND", "-", "*", ":", "：", "park:",
              "year:", "year:20", "title:", "heading:", "type:", "foo:", " ", "　", "园区", "安全生产", "工業",
              "2019-2023", "、", "gdp", "\u200b", "業(yè)", "\\", "'", "[", "]", "^", "~"]
    for _ in range(2000):
        q = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 8)))
        parsed = parse(q)
        assert isinstance(parsed.understood, str) and parsed.understood
        assert parsed.warning is None or isinstance(parsed.warning, str)
