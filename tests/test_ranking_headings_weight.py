"""A bare string's words in the headings field weigh half (compile.HEADINGS_BOOST, session 32).

The text holds the headings, so a heading's words are counted twice, and Whoosh adds each field's BM25 saturated
apart: one numbered item of a short plan holding the string (read as a heading) added as much as the text's count
going from one to ten, so the plan outranked a report writing the string many times. The pattern: a string once in
a numbered plan item against a report writing it through its text. Must-nots: a title still ranks above the same
body (the README's promise), a heading still weighs more than a plain line, a heading: query keeps its weight."""
from __future__ import annotations

import pytest

from conftest import service_of_texts, titles_found

from indexer.search import compile as compile_module
from indexer.search.compile import HEADINGS_BOOST, parse_query
from indexer.build.schema import make_schema

FILLER = "管委会统筹推进年度各项任务，各部门协同配合，总体运行平稳有序。"
WORK = "园区坚持问题导向，细化责任分工，强化督查考核，确保按时完成。"
REPORTS = {
    # writes 配套管网 through its text, seven times, in a long report
    "青松园区2022年工作总结.txt": "青松园区2022年工作总结\n一、主要工作\n" + FILLER * 6 + "全年新建配套管网四公里。\n"
    + FILLER * 6 + "配套管网覆盖东区全部地块。\n" + WORK * 6 + "完成老旧配套管网改造。\n" + FILLER * 6
    + "二、下步打算\n" + WORK * 6 + "继续延伸配套管网。\n" + FILLER * 6 + "配套管网建设纳入年度考核。\n" + WORK * 6
    + "配套管网巡检常态化。\n" + FILLER * 3 + "配套管网资料归档。\n" + WORK * 3,
    # a short plan of numbered items, one of them naming 配套管网 once
    "白桦园区2023年工作计划.txt": "白桦园区2023年工作计划\n"
    + "1、坚持项目为王，全力推进在建项目投产达效\n" + WORK
    + "\n2、完善园区道路、供电、配套管网等基础设施，提升承载能力\n" + FILLER
    + "\n3、优化营商环境，做好企业帮办服务\n" + WORK
    + "\n4、抓好安全生产和环境保护\n" + FILLER,
    # the same body twice: once with the string heading a part, once in a plain line
    "红枫园区工作进展情况.txt": "红枫园区工作进展情况\n一、基本情况\n" + FILLER * 12 + "\n二、配套管网\n" + WORK * 3
    + "\n三、其他工作\n" + FILLER * 3,
    "黄栌园区工作进展情况.txt": "黄栌园区工作进展情况\n一、基本情况\n" + FILLER * 12 + "\n二、重点工作\n" + WORK * 3
    + "配套管网。\n三、其他工作\n" + FILLER * 3,
    # the string in a title and once in the body; the same body under another title
    "紫藤园区配套管网推进情况.txt": "紫藤园区配套管网推进情况\n园区配套管网进展顺利。\n" + FILLER * 45,
    "绿萝园区工作推进情况.txt": "绿萝园区工作推进情况\n园区配套管网进展顺利。\n" + FILLER * 45,
    # neither
    "银杏园区工作总结.txt": "银杏园区工作总结\n一、工作成效\n" + FILLER * 45 + "\n二、下步打算\n" + WORK * 2,
}


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    return service_of_texts(tmp_path_factory, "headings-weight", REPORTS)


def test_a_report_writing_the_string_through_its_text_ranks_above_a_plan_naming_it_in_one_item(service):
    found, _ = titles_found(service, "配套管网")
    assert found.index("青松园区2022年工作总结") < found.index("白桦园区2023年工作计划"), found  # before: 白桦 first


def test_a_heading_still_weighs_more_than_a_plain_line(service):
    found, _ = titles_found(service, "配套管网")
    assert found.index("红枫园区工作进展情况") < found.index("黄栌园区工作进展情况"), found


def test_a_title_still_ranks_above_the_same_body(service):
    found, _ = titles_found(service, "配套管网")
    assert found.index("紫藤园区配套管网推进情况") < found.index("绿萝园区工作推进情况"), found


def test_a_report_without_the_string_is_not_found(service):
    found, _ = titles_found(service, "配套管网")
    assert "银杏园区工作总结" not in found


def _boosts(q, field):
    boosts = []

    def walk(node):
        for child in getattr(node, "subqueries", None) or ():
            walk(child)
        for name in ("a", "b", "child"):
            if hasattr(node, name):
                walk(getattr(node, name))
        if getattr(node, "fieldname", None) == field:
            boosts.append(node.boost)
    walk(parse_query(q, make_schema()).query)
    return boosts


def test_the_headings_weigh_half_among_the_fields_and_whole_when_asked_alone(monkeypatch):
    assert HEADINGS_BOOST == 0.5
    bare, alone = _boosts("配套管网", "headings"), _boosts("heading:配套管网", "headings")
    monkeypatch.setattr(compile_module, "HEADINGS_BOOST", 1.0)
    assert bare and bare == [HEADINGS_BOOST * b for b in _boosts("配套管网", "headings")], bare
    assert alone and alone == _boosts("heading:配套管网", "headings"), alone
