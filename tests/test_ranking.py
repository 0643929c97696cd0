"""The README's ranking promises, and the graded fallback, on small pages written for them.

tests/fixtures/ranking/ holds one-report pages that differ in one thing each (the
same body otherwise): where a word is (title or body), which form of it (as typed or
a synonym), and how a string occurs (whole, its words near each other, its words
apart). The seed pages (corpus/) show the page-level rules: a title every report of
a page shares, a copy inside a longer report of its page.
"""
from __future__ import annotations

import re
import shutil

import pytest

from conftest import REPO

from indexer.analysis import bundled_vocabulary, find_matches, normalize, normalize_for_matching
from indexer.analysis.dedupe import page_families
from indexer.analysis.normalizer import _DELETE_RE, _deletions
from indexer.build import build_index
from indexer.build.documents import title_words
from indexer.search import SearchRequest, SearchService
from indexer.search.compile import parse_query
from indexer.search.fallback import FALLBACK_BELOW, LOOSE, all_but_one, inner_words, relax
from indexer.search.query import parse_expression
from indexer.search.roles import role_of

PAGES = REPO / "tests" / "fixtures" / "ranking"


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    corpus = tmp_path_factory.mktemp("ranking-corpus")
    for path in PAGES.glob("*.txt"):
        shutil.copy(path, corpus / path.name)
    index = tmp_path_factory.mktemp("ranking-index")
    build_index(corpus, index)
    return SearchService(index)


def ranked(service, q, **params) -> list[dict]:
    return service.search(SearchRequest(q=q, per_page=50, collapse=False, **params))["results"]


def sources(rows) -> list[str]:
    return [row["source"] for row in rows]


# -- the README's promises ------------------------------------------------------

def test_a_title_hit_ranks_above_a_body_hit(pages):
    rows = ranked(pages, "污水处理")
    # the two reports holding it; the reports holding only the words they write beside it (fewer than ten found:
    # fallback.related_words) come after both
    assert sources(r for r in rows if r["match"] != "related") == ["title_hit.txt", "body_hit.txt"]
    assert [r["match"] for r in rows][:2] == ["exact", "exact"]


def test_the_typed_word_ranks_above_a_synonym(pages):
    """高新区 once ranks above 高新技术产业开发区 three times: a synonym's matches rank below
    the words typed, however often the synonym occurs (it used to win on its length)."""
    rows = ranked(pages, "高新区")
    assert sources(rows) == ["typed_word.txt", "synonym.txt"]
    assert [row["match"] for row in rows] == ["exact", "synonym"]


def test_an_exact_match_ranks_above_looser_ones_nearest_first(pages):
    rows = ranked(pages, "征地拆迁")
    assert sources(rows) == ["exact_string.txt", "words_near.txt", "words_apart.txt"]
    assert [row["match"] for row in rows] == ["exact", "near", "words"]


# -- a string that names a part of a report (roles.py) --------------------------

def test_a_role_word_typed_apart_lists_the_topic_inside_sections_of_that_kind_first(pages):
    """招商引资 存在问题: first the reports whose problems are about 招商引资 (a section headed
    面临的困难和不足, a difficulty admitted in a paragraph); then the one that says both strings
    but whose problems are about roads (招商引资 is in its progress part); never the one with
    招商引资 only in its progress part and no such string."""
    for q in ("招商引资 存在问题", "存在问题 招商引资"):
        rows = ranked(pages, q)
        assert set(sources(rows)[:2]) == {"role_section.txt", "role_paragraph.txt"}, q
        assert sources(rows)[2] == "role_exact.txt", q
        assert [row["match"] for row in rows[:3]] == ["section", "section", "synonym"], q  # it says 存在的问题
        assert "role_elsewhere.txt" not in [r["source"] for r in rows if r["match"] in ("exact", "synonym", "section")]


def test_understood_says_the_named_part_comes_first(pages):
    data = pages.search(SearchRequest(q="招商引资 存在问题", collapse=False))
    assert "先列“存在问题”类章节中的“招商引资”" in data["understood"]
    data = pages.search(SearchRequest(q="存在的困难", collapse=False))  # a role alone: below the typed string
    assert "排在按原样匹配的报告之后" in data["understood"]


def test_a_problem_admitted_inside_a_paragraph_counts_as_one(pages):
    """Reports also write a difficulty into running text (招商引资中遇到的用地难题): the topic
    near a word that marks a problem is in the section tier too, not in a looser one."""
    rows = ranked(pages, "招商引资 存在问题")
    tiers = {row["source"]: row["match"] for row in rows}
    assert tiers["role_paragraph.txt"] == "section"
    assert tiers.get("role_elsewhere.txt") not in ("exact", "synonym", "section")


def test_x_nan_names_a_difficulty_with_x(pages):
    """招商难 (no report writes it): the reports whose problems are about 招商, first."""
    rows = ranked(pages, "招商难")
    assert {r["source"] for r in rows if r["match"] == "section"} == {"role_section.txt", "role_paragraph.txt"}
    assert rows[0]["match"] == "section"


def test_a_role_alone_lists_the_reports_with_such_a_section_below_the_exact_ones(pages):
    data = pages.search(SearchRequest(q="存在的困难", per_page=50, collapse=False))
    rows = data["results"]
    assert sorted(sources(rows)) == ["role_elsewhere.txt", "role_exact.txt", "role_section.txt"]
    assert all(row["match"] == "section" for row in rows)  # none says 存在的困难 as typed
    assert "“存在问题”类章节" in data["understood"]


@pytest.mark.parametrize("q, tiers", [
    # a topic and a part of a report typed apart: that part's matches first
    ("招商引资 存在问题", ("section", "exact", "synonym", "near", "words")),
    ("存在问题 土地", ("section", "exact", "synonym", "near", "words")),
    # a role alone, or joined to its topic: the strings as typed first
    ("存在问题", ("exact", "synonym", "section", "near", "words", "some", "related")),
    ("下步打算", ("exact", "synonym", "section", "near", "words", "some", "related")),
    ("土地瓶颈", ("exact", "synonym", "section", "near", "words", "some", "related")),
])
def test_section_matches_lead_when_a_topic_is_typed_apart_else_follow_the_typed_strings(service, q, tiers):
    rows = service.search(SearchRequest(q=q, per_page=100, collapse=False))["results"]
    order = [tiers.index(r["match"]) for r in rows]
    assert order == sorted(order), q
    if q in ("招商引资 存在问题", "存在问题 土地"):
        assert {"section", "exact"} <= {r["match"] for r in rows}, q  # both tiers: an order to check


def test_a_quoted_role_string_stays_literal(pages):
    rows = ranked(pages, '"存在的问题"')
    assert sources(rows) == ["role_exact.txt"]
    assert [row["match"] for row in rows] == ["exact"]


def test_a_role_query_under_the_section_filter_and_its_facet(pages):
    data = pages.search(SearchRequest(q="招商引资 存在问题", sections=["存在问题"], collapse=False))
    assert set(sources(data["results"])) == {"role_section.txt"}
    kinds = dict((f["value"], f["count"]) if isinstance(f, dict) else f for f in data["facets"]["section"])
    assert kinds.get("存在问题") == 1


def test_pasted_text_gets_no_section_reading():
    from indexer.search.roles import section_reading

    vocabulary = bundled_vocabulary()
    assert section_reading(parse_expression("招商引资 存在问题")[0], vocabulary) is not None
    pasted, _ = parse_expression("园区 道路 养护 资金 企业 反映 存在问题")
    assert section_reading(pasted, vocabulary) is None


@pytest.mark.parametrize("value, mixed, role", [
    ("存在问题", False, ("存在问题", ("存在", "问题"), "")),
    ("存在的困难", False, ("存在问题", ("存在", "困难"), "")),
    ("下步打算", False, ("计划安排", ("下步", "打算"), "")),
    ("下一步工作计划", False, ("计划安排", ("下一步", "计划"), "")),
    ("主要成效", False, ("成效进展", ("成效",), "")),
    ("明年工作思路", False, ("计划安排", ("明年", "思路"), "")),  # jieba keeps 工作思路 one word
    ("工作计划", False, ("计划安排", ("计划",), "")),
    ("主要做法", False, ("做法措施", ("做法",), "")),
    ("短板", False, ("存在问题", ("短板",), "")),
    ("土地瓶颈", False, None),  # a topic with a role: only when the query finds few (mixed)
    ("土地瓶颈", True, ("存在问题", ("瓶颈",), "土地")),
    ("基础设施短板", True, ("存在问题", ("短板",), "基础设施")),
    ("科技成果", True, None),  # one word: a topic that holds a role word
    ("招商引资", True, None),
    ("问题导向", True, None),  # the role word must end the string
    ("工作", True, None),
    ("招商难", True, ("存在问题", ("难",), "招商")),
    ("用地难", False, None),
    ("难", True, None),
])
def test_which_strings_name_a_part_of_a_report(value, mixed, role):
    assert role_of(value, bundled_vocabulary(), mixed) == role


# -- the graded fallback --------------------------------------------------------

def test_the_fallback_says_how_the_query_was_loosened(pages):
    data = pages.search(SearchRequest(q="征地拆迁", collapse=False))
    assert "放宽" in data["understood"] and "征地" in data["understood"] and "拆迁" in data["understood"]
    assert f"不足 {FALLBACK_BELOW} 篇，其后 2 篇不完全匹配" in data["understood"]
    assert data["total"] == 3


def test_a_string_whose_words_never_all_occur_finds_the_reports_holding_all_but_one(pages):
    """排水管网: one report says it; no other says 排水 and 管网, but one says 雨污管网. As a
    BM25 search would, that one follows, last (level 3 of the fallback)."""
    data = pages.search(SearchRequest(q="排水管网", collapse=False))
    assert sources(data["results"]) == ["pipes_exact.txt", "pipes_one_word.txt"]
    assert [row["match"] for row in data["results"]] == ["exact", "words"]
    assert "或出现其中 1 个" in data["understood"] and "其后 1 篇不完全匹配" in data["understood"]
    # the summary of the looser matches says the same, not "most of them" (one of two words is not most)
    assert "或只缺其中一个词" in data["understood"] and "大部分" not in data["understood"]


def test_a_lone_character_alone_is_no_looser_match(pages):
    """上 邽 大道: leaving 大道 out would leave two lone characters, which most reports hold."""
    assert all_but_one(("上", "邽", "大道")) == [("邽", "大道"), ("上", "大道")]
    assert all_but_one(("绿化", "所")) == [("绿化",)]


def test_a_string_naming_a_part_of_a_report_is_not_loosened_to_one_word(pages):
    """存在的困难 also finds problems sections (roles.py); 困难 alone (every page has 具体困难)
    is not a looser reading of it."""
    parsed = parse_query("存在的困难", pages.searcher().schema, loosen=3)
    assert "出现其中" not in parsed.understood


def test_a_quoted_string_is_never_loosened(pages):
    data = pages.search(SearchRequest(q='"征地拆迁"', collapse=False))
    assert sources(data["results"]) == ["exact_string.txt"]
    assert data["results"][0]["match"] == "exact" and "放宽" not in data["understood"]


def test_a_string_under_not_is_never_loosened(pages):
    rows = ranked(pages, "园区 -征地拆迁")
    assert "exact_string.txt" not in sources(rows)
    assert {"words_near.txt", "words_apart.txt"} <= set(sources(rows))  # only the exact string excludes


def test_looser_results_mark_the_words_and_exact_ones_the_string(pages):
    for row in ranked(pages, "征地拆迁"):
        marked = {normalize(m) for s in row["snippets"] for m in re.findall(r"<mark>(.*?)</mark>", s["html"])}
        if row["match"] == "exact":
            assert marked == {"征地拆迁"}, row["source"]
        else:
            assert marked and marked <= {"征地", "拆迁"}, row["source"]


def test_the_page_marks_where_looser_results_begin(pages, tmp_path):
    from webui import create_app

    app = create_app({"INDEX_DIR": str(pages.index_dir), "CORPUS_DIR": str(PAGES), "TESTING": True})
    # (the pages share most of their text: near-duplicates, so each is listed on its own)
    html = app.test_client().get("/?q=征地拆迁&collapse=0").get_data(as_text=True)
    assert html.count("以下结果不完全匹配") == 1
    assert html.index("exact_string.txt") < html.index("以下结果不完全匹配") < html.index("words_near.txt")
    html = app.test_client().get("/?q=污水处理&collapse=0").get_data(as_text=True)
    assert "以下结果不完全匹配" not in html


def test_a_query_that_finds_enough_is_not_loosened(service):
    """On the seed pages 招商引资 finds more than FALLBACK_BELOW reports: nothing looser is added."""
    data = service.search(SearchRequest(q="招商引资", per_page=100, collapse=False))
    assert data["total"] >= FALLBACK_BELOW
    assert all(row["match"] == "exact" for row in data["results"])
    assert "放宽" not in data["understood"]


def test_a_natural_phrasing_finds_what_the_reports_say(service):
    """下半年工作打算: no seed report says it so; they say 下半年工作安排 / 下半年工作计划."""
    rows = service.search(SearchRequest(q="下半年工作打算", per_page=50, collapse=False))["results"]
    assert rows and rows[0]["match"] == "synonym"
    marked = {normalize(m) for s in rows[0]["snippets"] for m in re.findall(r"<mark>(.*?)</mark>", s["html"])}
    assert marked & {"下半年工作安排", "下半年工作计划"}


def test_every_exact_match_comes_before_every_looser_one(service):
    for q in ("征地拆迁", "招商引资 存在问题", "标准厂房", "园区规划", "土地储备"):
        matches = [row["match"] for row in service.search(SearchRequest(q=q, per_page=100, collapse=False))["results"]]
        # (the section tier's place among the complete matches: test_section_matches_lead_…)
        ranks = [("near", "words").index(m) + 1 if m in ("near", "words") else 0 for m in matches]
        assert ranks == sorted(ranks), (q, matches)


@pytest.mark.parametrize("value, words", [
    ("征地拆迁", ["征地", "拆迁"]),  # a long dictionary word: the words inside it
    ("下半年工作打算", ["下半年", "工作", "打算"]),
    ("存在的问题", ["存在", "问题"]),  # function words left out
    ("高新区", ["高新区"]),  # one word: nothing to loosen
    ("排水管网", ["排水", "管网"]),  # jieba cuts 排水管 网: the words inside cover it better
    ("下岗再就业", ["下岗", "就业"]),  # a lone character beside two words says little, matches everywhere
    ("招商难", ["招商", "难"]),  # ... but is kept when it is the only other word
])
def test_the_words_a_string_is_loosened_into(value, words):
    assert inner_words(value, bundled_vocabulary()) == words


@pytest.mark.parametrize("q, loosened", [
    ("征地拆迁", True),
    ('"征地拆迁"', False),
    ("园区", False),  # one word without synonyms: nothing to loosen
    ("高新区", True),  # one word: its synonyms' words near each other (高新…技术产业…开发区)
    ("招商* year:2023", False),
    ("园区 -征地拆迁", False),
])
def test_which_queries_can_be_loosened(q, loosened):
    tree, _ = parse_expression(q)
    assert (relax(tree, 1, bundled_vocabulary()) is not None) == loosened


def test_each_string_scores_as_one_term():
    """A 7-character synonym (6 bigrams) no longer outweighs a 3-character word: each
    string's literal phrase counts once, whatever its length."""
    from indexer.build.schema import make_schema

    query = parse_query("高新区", make_schema()).query
    typed, synonym = query.subqueries[0], query.subqueries[1]
    assert typed.a.boost == pytest.approx(1 / 2)  # 高新 新区
    assert synonym.boost == pytest.approx(0.5) and synonym.a.boost == pytest.approx(1 / 8)  # 高新技术产业开发区


# -- page-level rules (the seed pages) ----------------------------------------------

def test_a_title_every_report_of_a_page_shares_earns_no_title_boost():
    titles = ["园区除草活动简报 园区工作总结篇一", "园区除草活动简报 园区工作总结篇二"]
    assert title_words(titles) == ["一", "二"]
    assert title_words(["2023年工业园区工作总结"]) == ["2023年工业园区工作总结"]  # a page of one report


def test_the_seed_pages_shared_title_does_not_rank_its_reports(service):
    """Every report of corpus/003 carries the site's title 园区除草活动简报; no report is
    about weeding. A title hit there must not count as a title: all those reports
    score alike on it (only the title line of their text holds it)."""
    rows = service.search(SearchRequest(q="除草", per_page=50, collapse=False))["results"]
    page = [row for row in rows if row["source"].startswith("003_")]
    assert len(page) >= 8
    scores = sorted(row["score"] for row in page)
    assert scores[-1] / scores[0] < 3, scores  # with a title boost the short reports scored 3x and more


def test_a_copy_inside_a_longer_report_of_its_page_folds_under_it(service):
    data = service.search(SearchRequest(q="硅", per_page=50))
    rows = [row for row in data["results"] if row["source"].startswith("001_")]
    assert [(row["n"], [s["n"] for s in row["similar"]]) for row in rows] == [(4, [5])]
    uncollapsed = service.search(SearchRequest(q="硅", per_page=50, collapse=False))
    assert {(r["source"][:4], r["n"]) for r in uncollapsed["results"]} >= {("001_", 4), ("001_", 5)}


def test_containment_needs_almost_all_of_the_shorter_report():
    long = "园区道路建设按计划推进，供水供电管网同步铺设完成。" * 6 + "招商引资成效明显，新引进项目八个，总投资十二亿元。" * 6
    inside = "园区道路建设按计划推进，供水供电管网同步铺设完成。" * 6
    other = "安全生产形势稳定，全年未发生较大事故，隐患排查整改到位。" * 6
    assert page_families([long, inside, other], ["a", "b", "c"]) == ["a*", "a", ""]
    # a different park, year or type on the same page is not folded
    assert page_families([long, inside], ["a", "b"], [("甲", 2020, "工作总结"), ("乙", 2020, "工作总结")]) == ["", ""]


# -- snippets: a report is normalised once -------------------------------------------

@pytest.mark.parametrize("text", [
    "工業(yè)園區(qū)建設", "a(bā)b", "(yè)開頭", "工業（yè）區", "零\u200b宽\u00ad字符", "(ab) 与 （a）",
    "業\u200b(yè)", "英文A(ā)和數字1(ā)", "", "((((yè)",
])
def test_deletions_are_those_of_the_deletion_pattern(text):
    assert _deletions(text) == [m.span() for m in _DELETE_RE.finditer(text)]


def test_find_matches_with_the_kept_normalisation_is_the_same():
    text = "圍繞構建生態(tài)宜居城市，打造花園城市2.0版"
    assert find_matches(text, ["花园城市"], normalize_for_matching(text)) == find_matches(text, ["花园城市"])


def test_a_report_is_normalised_once_for_its_snippets(pages):
    pages.search(SearchRequest(q="园区", collapse=False))
    kept = pages._normalized.get  # the service's cache of normalised report text
    searcher = pages.searcher()
    texts = {d: searcher.stored_fields(d)["meta"]["text"] for d in range(searcher.doc_count_all())}
    seen = []
    for docnum, text in texts.items():
        value = kept((pages.generation, docnum), lambda: seen.append(docnum))
        assert value is not None and value[0] == normalize(text)
    assert not seen, "every shown report was already normalised"


def test_understood_claims_looser_results_only_when_there_are_some(service):
    """On the seed pages 世界铜都 finds one report: the query is loosened, but no other
    report has 世界 (铜 alone is no looser match), so nothing is said about looser ones."""
    data = service.search(SearchRequest(q="世界铜都", per_page=50, collapse=False))
    assert "放宽" in data["understood"]
    assert data["total"] == 1 and data["results"][0]["match"] == "exact"
    assert "不完全匹配" not in data["understood"]


@pytest.mark.parametrize("q", [
    "国务院关于进一步加强和改善宏观调控促进经济平稳较快发展的若干意见",  # a pasted title: many words
    "招商 引资 存在 问题 下半年 工作",  # many strings
])
def test_pasted_text_is_not_loosened(q):
    """Each loosened word costs a query (and the section facet repeats it per kind): a
    pasted sentence or a long list of strings is searched as typed."""
    tree, _ = parse_expression(q)
    assert relax(tree, 1, bundled_vocabulary()) is None


def test_the_page_says_where_section_matches_begin(pages):
    from webui import create_app

    app = create_app({"INDEX_DIR": str(pages.index_dir), "CORPUS_DIR": str(PAGES), "TESTING": True})
    html = app.test_client().get("/?q=招商引资 存在问题&collapse=0").get_data(as_text=True)
    note, after = "以下结果是查询所说的那类章节", "以下结果含有查询词，但不在查询所说的那类章节中"
    assert html.count(note) == 1 and html.count(after) == 1 and "以下结果没有原样的查询词" not in html
    assert html.index(note) < html.index("role_section.txt") < html.index(after) < html.index("role_exact.txt")
    assert html.index("role_paragraph.txt") < html.index(after)
    # a role alone: its section matches follow the typed string, and say they lack it
    html = app.test_client().get("/?q=存在问题&collapse=0").get_data(as_text=True)
    note = "以下结果没有原样的查询词"
    assert html.count(note) == 1 and html.index("role_exact.txt") < html.index(note)


def test_the_cli_says_where_section_matches_begin(pages, capsys):
    from indexer.cli import main

    rows = ranked(pages, "招商引资 存在问题")
    assert any(r["match"] == "section" for r in rows)
    assert main(["search", "招商引资 存在问题", "--index", str(pages.index_dir)]) == 0
    out = capsys.readouterr().out
    first, after = out.index("以下结果是查询所说的那类章节中的匹配"), out.index("以下结果含有查询词，但不在查询所说的那类章节中")
    assert first < out.index("role_section.txt") < after < out.index("role_exact.txt")


def test_the_section_banner_says_the_part_also_holds_the_topic_beside_a_marking_word(pages, capsys):
    """The part's tier also holds a report whose running text writes the topic beside a word marking the part
    (招商引资中遇到的用地难题, no heading of problems): the banner over it says so, not only "in such sections";
    so does understood, naming the part's marking words."""
    from indexer.cli import main
    from webui import create_app

    app = create_app({"INDEX_DIR": str(pages.index_dir), "CORPUS_DIR": str(PAGES), "TESTING": True})
    html = app.test_client().get("/?q=招商引资 存在问题&collapse=0").get_data(as_text=True)
    note = "或主题写在标明这类内容的词（问题、难题、下一步、成效等）旁边"
    assert html.count(note) == 1 and html.index(note) < html.index("role_paragraph.txt")
    assert main(["search", "招商引资 存在问题", "--index", str(pages.index_dir)]) == 0
    out = capsys.readouterr().out
    assert out.index("或主题写在标明这类内容的词") < out.index("role_paragraph.txt")
    data = pages.search(SearchRequest(q="招商引资 存在问题", collapse=False))
    assert "或写在“问题”“困难”“难题”等词旁边的“招商引资”" in data["understood"]


def test_a_part_named_alone_says_no_marking_words_in_understood(pages):
    # 存在的困难 alone: its tier is the reports having such a part (no topic to find beside a word)
    data = pages.search(SearchRequest(q="存在的困难", collapse=False))
    assert "等词旁边" not in data["understood"]
