"""A question typed as a sentence (search/questions.py) and the acronyms of official writing
(indexer/data/synonyms.txt), on small reports written for them."""
from __future__ import annotations

import pytest

from conftest import service_of_texts

from indexer.analysis import bundled_vocabulary
from indexer.search import SearchRequest
from indexer.search.fallback import inner_words
from indexer.search.questions import question_strings

REPORTS = {
    "甲园区2023年工作总结.txt": "甲园区2023年工作总结\n"
    "今年园区地区生产总值增长6.5%，完成年初确定的预期目标。规模以上工业增加值稳步增长。\n"
    "研究与试验发展经费支出占地区生产总值比重达到2.6%，企业创新能力继续提高。\n",
    "乙园区2023年工作总结.txt": "乙园区2023年工作总结\n"
    "一、主要工作\n园区道路按计划完工，企业服务有所加强。\n"
    "二、存在的问题\n招商引资难度加大，周边园区竞争激烈，在谈项目落地慢。\n"
    "三、下半年打算\n继续完善配套设施。\n",
    "丙园区2023年工作总结.txt": "丙园区2023年工作总结\n"
    "一、主要工作\n招商引资成效明显，新签约项目八个。\n"
    "二、存在的问题\n园区道路破损，排水不畅。\n"
    "三、下半年打算\n抓紧道路修复。\n",
}


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    return service_of_texts(tmp_path_factory, "questions", REPORTS)


def search(service, q):
    return service.search(SearchRequest(q=q, per_page=50, collapse=False))


@pytest.mark.parametrize("typed, strings", [
    ("园区招商引资有哪些问题", ("招商引资", "问题")),
    ("今年GDP增长多少", ("GDP增长",)),
    ("基础设施建设存在哪些问题", ("基础设施建设", "问题")),
    ("怎样提高企业自主创新能力", ("提高企业自主创新能力",)),
    ("下半年有什么工作打算", ("下半年", "工作打算")),
    ("粮食产量是多少？", ("粮食产量",)),
    ("农民收入增长了吗", ("农民收入增长",)),
    ("污水处理的情况", ("污水处理",)),
    ("PPP项目进展如何", ("PPP项目", "进展")),  # the role word apart from the topic (session 7, second round)
    ("取得了哪些成效", ("成效",)),
    # jieba holds 哪些项目 / 哪些企业 as one word: the question word opening it is cut off (session 12)
    # (which things a verb brought, 引进了哪些项目, is one string since session 47: the verb and the thing asked joined,
    # as reports write 引进项目 — a count question, 引进了多少项目, stays split: the answer writes the number between)
    ("引进了哪些项目", ("引进项目",)),
    ("园区今年引进了哪些项目", ("引进项目",)),  # a time word opening the topic is when, not what
    ("哪些企业享受了减税", ("享受了减税",)),
    # the question's subject, one word every report says, before the question word: it ranks, it does not find
    ("园区怎样引进人才", ("引进人才",)),
    ("企业如何融资", ("融资",)),
    ("园区有哪些企业", ("企业",)),  # the object asked about stays
    ("园区发展面临哪些困难", ("园区发展", "困难")),  # two words together are a topic
    # a particle between the topic and the part it names belongs to neither (session 13: "的问题" was a string)
    ("招工难的问题有哪些", ("招工难", "问题")),
    # ... except where 问题 is what 解决 solves, the thing the topic is (session 46: 解决招工难 问题)
    ("怎么解决招工难的问题", ("招工难",)),
    ("污水处理厂建设的进展如何", ("污水处理厂建设", "进展")),
    # ... and a 的 tying a report's word or a framing word dropped to the topic goes with it (session 19: the
    # strings were 的工业产值, 的消防安全, 招商引资的)
    ("园区的工业产值是多少", ("工业产值",)),
    ("园区的消防安全工作怎么开展的", ("消防安全",)),  # (the doing asked ranks: session 46, 消防安全 开展)
    ("招商引资的主要措施有哪些", ("招商引资", "措施")),
    ("今年的招商引资怎么样", ("招商引资",)),
    ("企业反映的困难怎么解决", ("企业反映", "困难")),  # (the 的 inside stays; 解决 ranks: session 46)
])
def test_a_question_is_read_as_the_strings_it_asks_about(typed, strings):
    assert question_strings(typed, bundled_vocabulary()) == strings


@pytest.mark.parametrize("typed", ["招商引资", "存在问题", "情况", "是什么", "就业", "无论如何", "几何图形"])
def test_a_string_without_a_question_is_not_one(typed):
    assert question_strings(typed, bundled_vocabulary()) == ()


def test_an_acronym_the_segmenter_cuts_stays_one_loosened_word():
    assert inner_words("R&D投入", bundled_vocabulary()) == ["r&d", "投入"]


def test_a_question_finds_what_it_asks_about_and_says_how_it_was_read(service):
    """It found nothing: no report writes the question. Read as 招商引资 + 问题 (园区 says nothing in a park's report), the report
    whose problems are about investment comes first (roles.py), the one with 招商引资 only in
    its achievements after it."""
    answer = search(service, "园区招商引资有哪些问题")
    assert answer["understood"].startswith("按问题理解：招商引资 问题")
    names = [row["source"] for row in answer["results"]]
    assert names[:1] == ["乙园区2023年工作总结.txt"]
    assert "丙园区2023年工作总结.txt" in names


def test_a_question_word_jieba_holds_inside_a_longer_word_still_asks(tmp_path_factory):
    """园区今年引进了哪些项目 found nothing (held-out-8's w01): jieba cut …/了/哪些项目, so no question
    word stood alone, and the whole sentence was one string no report writes. Read as a question,
    the report that tells which projects it brought in is found."""
    reports = {"丁园区2024年工作总结.txt": "丁园区2024年工作总结\n今年园区共引进项目12个，其中工业项目8个。\n",
               "戊园区2024年工作总结.txt": "戊园区2024年工作总结\n园区道路全面完工。\n"}
    service = service_of_texts(tmp_path_factory, "asking", reports)
    answer = search(service, "园区今年引进了哪些项目")
    assert answer["understood"].startswith("按问题理解：")
    assert [row["source"] for row in answer["results"]] == ["丁园区2024年工作总结.txt"]


def test_a_question_subject_every_report_says_only_ranks(tmp_path_factory):
    """园区怎样引进人才 required 园区 as a string of its own: a county's report on bringing in talent
    that never writes 园区 was not found. 园区 now only ranks: the park's report first, the county's after."""
    reports = {"甲园区2024年工作总结.txt": "甲园区2024年工作总结\n园区出台政策引进人才，新增博士12名。\n",
               "乙县2024年工作报告.txt": "乙县2024年工作报告\n全县大力引进人才，设立人才发展基金。\n",
               "丙园区2024年工作总结.txt": "丙园区2024年工作总结\n园区道路全面完工。\n"}
    service = service_of_texts(tmp_path_factory, "subject", reports)
    answer = search(service, "园区怎样引进人才")
    assert [row["source"] for row in answer["results"]] == ["甲园区2024年工作总结.txt", "乙县2024年工作报告.txt"]
    assert "园区只用于排序" in answer["understood"]


def test_a_single_character_after_a_question_word_belongs_to_it():
    """什么样 asks "what kind": the 样 is not a topic of its own."""
    assert question_strings("什么样的企业", bundled_vocabulary()) == ("企业",)


def test_a_quoted_question_stays_literal(service):
    answer = search(service, '"招商引资有哪些问题"')
    assert answer["total"] == 0
    assert "按问题理解" not in answer["understood"]


def test_a_field_value_is_never_read_as_a_question(service):
    answer = search(service, "title:哪些问题")
    assert "按问题理解" not in answer["understood"]


def test_gdp_finds_the_name_reports_write(service):
    answer = search(service, "GDP增长目标")
    assert [row["source"] for row in answer["results"]][:1] == ["甲园区2023年工作总结.txt"]
    assert "地区生产总值" in answer["understood"]


def test_an_acronym_inside_a_question_finds_the_names(service):
    answer = search(service, "R&D投入占GDP的比重是多少")
    assert [row["source"] for row in answer["results"]][:1] == ["甲园区2023年工作总结.txt"]


def test_the_cheap_test_lets_every_question_word_through():
    """A query is normalised and segmented only when this test passes (most are not)."""
    from indexer.search.questions import _CHARS
    from indexer.text import QUESTION_WORDS
    assert [w for w in QUESTION_WORDS if not _CHARS.search(w)] == []
    assert _CHARS.search("為什麼") and _CHARS.search("進展情況")


# Session 22: a yes-no question needs no question word. Chinese asks whether something is done by closing the statement
# with 没有 / 没 (V了没有), by the particle 吗 that jieba may hold inside a word (修/好了吗), or by the A-not-A form
# (开工没开工, 修没修好). Read whole, 园区道路建好了没有 searched the string 建好 and 没有 and found 10 reports, none a
# park's (the park word only ranks when a question drops it).
@pytest.mark.parametrize("typed, strings", [
    ("园区道路建好了没有", ("道路建好",)),
    ("污水处理厂建成了没有？", ("污水处理厂建成",)),
    ("标准厂房建成没有", ("标准厂房建成",)),
    ("园区道路建好没", ("道路建好",)),
    ("园区道路修好了吗", ("道路修好",)),
])
def test_a_yes_no_question_without_a_question_word_is_read(typed, strings):
    assert question_strings(typed, bundled_vocabulary()) == strings  # before: ()


@pytest.mark.parametrize("typed", ["没有完成的项目", "没有", "不断提高", "不得不", "一带一路", "没有困难 存在问题"])
def test_a_negation_inside_a_statement_is_no_question(typed):
    assert question_strings(typed, bundled_vocabulary()) == ()


def test_a_yes_no_question_finds_the_park_reports_about_it(service):
    answer = search(service, "园区道路完工了没有")
    assert answer["understood"].startswith("按问题理解"), answer["understood"]
    assert {row["source"] for row in answer["results"][:2]} == {"乙园区2023年工作总结.txt", "丙园区2023年工作总结.txt"}
