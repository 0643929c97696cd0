"""A query of "quoted" strings only asks for each string as written: its hits are ordered by how often each report
writes the strings (the Okapi BM25 of the strings themselves, intier.written_okapi), not by the score, which adds
each field's BM25 apart (title, headings, text): a short plan heading one part 加快重点项目建设 outranked reports
writing 重点项目 three times in their text (held-out-15's "重点项目": 0.887, BM25 1.000)."""
from __future__ import annotations

import pytest

from conftest import service_of_texts, titles_found

from indexer.search.compile import parse_query
from indexer.search.intier import quoted_strings, written_okapi
from indexer.search.query import parse_expression

FILLER = "园区管委会按照年初部署，统筹推进各项工作，总体运行平稳。"
REPORTS = {
    # writes the string three times in its text
    "甲园区2023年工作总结.txt": "甲园区2023年工作总结\n一、主要工作\n" + FILLER + "全年推进重点项目建设。\n" + FILLER
    + "新签约重点项目3个。\n" + FILLER + "重点项目开工率达到九成。\n" + FILLER,
    # writes it once, as a part's heading: the headings field's own BM25 made it outrank 甲
    "乙园区2024年工作计划.txt": "乙园区2024年工作计划\n一、主要目标\n" + FILLER + "\n（一）拓展园区空间\n" + FILLER
    + "\n（二）加快重点项目建设\n开工建设标准厂房二期。\n（三）强化企业服务\n" + FILLER,
    # the string in its title and once in its body; the same body under another title
    "丙园区重点项目推进情况.txt": "丙园区重点项目推进情况\n园区重点项目进展顺利。\n" + FILLER * 2,
    "丁园区工作进展情况.txt": "丁园区工作进展情况\n园区重点项目进展顺利。\n" + FILLER * 2,
    # neither: other parts' headings
    "戊园区工作进展情况.txt": "戊园区工作进展情况\n一、基本情况\n" + FILLER * 2 + "\n二、存在问题\n" + FILLER,
    "己园区工作总结.txt": "己园区工作总结\n一、工作成效\n" + FILLER * 4 + "\n二、下步打算\n重点工作抓落实。" + FILLER,
}


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    return service_of_texts(tmp_path_factory, "quoted", REPORTS)


def test_a_report_writing_the_quoted_string_often_ranks_above_one_heading_a_part_with_it(service):
    found, answer = titles_found(service, '"重点项目"')
    assert found.index("甲园区2023年工作总结") < found.index("乙园区2024年工作计划"), found  # before: 乙 second
    assert "引号中的字符串写得多的报告靠前" in answer["understood"], answer["understood"]


def test_a_title_holding_the_quoted_string_still_ranks_above_the_same_body(service):
    found, _ = titles_found(service, '"重点项目"')
    assert found.index("丙园区重点项目推进情况") < found.index("丁园区工作进展情况"), found


def test_a_quoted_string_finds_only_reports_writing_it(service):
    found, _ = titles_found(service, '"重点工作"')
    assert found == ["己园区工作总结"]


def test_an_unquoted_string_keeps_the_scores_order(service):
    """The order by the strings as written is for quoted strings only: an unquoted one also finds its synonyms
    and, with few reports, its words (fallback.py), which the score weighs."""
    _, answer = titles_found(service, "重点项目")
    assert "引号中的字符串" not in answer["understood"]


@pytest.mark.parametrize("q, strings", [
    ('"重点项目"', ("重点项目",)),
    ('"重点项目" "招商引资"', ("重点项目", "招商引资")),
    ('"重点项目" OR "招商引资"', ("重点项目", "招商引资")),
    ('"重点项目" NOT "招商引资"', ("重点项目",)),
    ('"重點項目"', ("重点项目",)),  # the matching form: Simplified, as the reports' matching text
    ("重点项目", ()),
    ('"重点项目" 招商', ()),
    ('"重点项目" year:2023', ()),
    ('title:"重点项目"', ()),
])
def test_which_queries_are_quoted_strings_only(q, strings):
    tree, _ = parse_expression(q)
    assert quoted_strings(tree) == strings


def test_a_question_or_a_year_typed_is_not_ordered_by_the_quoted_strings():
    from indexer.build.schema import make_schema

    assert parse_query('"重点项目"', make_schema()).quoted == ("重点项目",)
    assert parse_query('2023年 "重点项目"', make_schema()).quoted == ()


def test_written_okapi_counts_the_string_and_normalises_length():
    texts = ["重点项目重点项目", "重点项目", "重点 项目 重点 项目 重点 项目"]
    keys = written_okapi(texts, [8, 8, 8], 8.0, {"重点项目": 1.0})
    assert keys[0] > keys[1] > keys[2] == 0
    short, long = written_okapi(["重点项目", "重点项目"], [4, 400], 100.0, {"重点项目": 1.0})
    assert short > long  # the same count in a shorter report weighs more (b 0.75)


# Session 22: the reports' lengths follow their scope (a resolution of a few lines, a year's work report covering
# every field), so a long report writing the string four times ranks above a short one writing it once.
LONG_FILLER = "各地区各部门认真落实年度部署，经济运行总体平稳，民生保障持续改善。"
SCOPE_REPORTS = {
    # a year's long report: the string four times among every other field's work
    "甲省2015年政府工作报告.txt": "甲省2015年政府工作报告\n" + "\n".join(
        (LONG_FILLER * 6 + ("大力发展循环经济。" if i % 12 == 0 else "")) for i in range(48)),
    # a short resolution: the string once
    "乙省人代会关于政府工作报告的决议.txt": "乙省人代会关于政府工作报告的决议\n会议同意报告提出的发展循环经济等各项任务。",
    # others of middling length, neither
    **{f"丙{k}园区工作总结.txt": f"丙{k}园区工作总结\n" + LONG_FILLER * 30 for k in range(4)},
}


@pytest.fixture(scope="module")
def scope_service(tmp_path_factory):
    return service_of_texts(tmp_path_factory, "quoted-scope", SCOPE_REPORTS)


def test_a_long_report_writing_the_quoted_string_often_ranks_above_a_short_one_writing_it_once(scope_service):
    found, _ = titles_found(scope_service, '"循环经济"')
    assert found == ["甲省2015年政府工作报告", "乙省人代会关于政府工作报告的决议"], found  # before: 乙 first


def test_the_quoted_order_still_normalises_length_somewhat():
    """Of two reports writing the string as often, the shorter first; and one count more in a report ten times
    longer does not win (b is lowered, not dropped)."""
    idf = {"循环经济": 2.0}
    same = written_okapi(["循环经济" * 2, "循环经济" * 2], [1000, 8000], 4000.0, idf)
    assert same[0] > same[1]
    longer = written_okapi(["循环经济" * 2, "循环经济" * 3], [400, 40000], 4000.0, idf)
    assert longer[0] > longer[1]
