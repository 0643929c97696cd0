"""Session 46: how users ask (issue 13), read as what they ask about.

A light verb after a manner word is the doing asked, not the topic (questions._pop_light_verb): 如何做好防汛工作 asks how
flood control is done well; 做好 ("do well"), 抓, 开展 carry no topic of their own, and the reports write the thing with
verbs of their own (防汛抗洪, 加快项目建设), so 做好防汛 as one string found only the reports using the user's verb, and
the reports about flood control fell to the loose tiers. The verb now ranks without deciding what is found. A content
verb (提高 of 提高企业自主创新能力) is part of the phrase the reports write, and stays. Closing a question after the manner
word (中小企业融资难怎么解决, 消防安全工作怎么开展的), such a verb, or 解决, says how the topic before it is asked about
(questions._done_after_manner). And 怎么解决招工难的问题 asks how a problem is solved: 问题 is 解决's object, the thing
招工难 already is, not the problems part of a report (questions._solved_problem); read as 招工难 问题 it listed only the
reports admitting a problem, and the reports on hiring (缓解用工难) fell below them.

A negation before a verb closing a phrase is the user's complaint, as a degree adverb's is (fallback.complaint_at: 学费太贵
→ 学费): 种地不赚钱 asks about growing grain, and its rare word's synonym (种粮, thesaurus.py) was looked for with 赚钱
beside it, which no report writes of grain, so nothing was found but the reports writing 种地 or 赚钱.

Hand-written reports (invented counties and parks), a real index.
"""
from __future__ import annotations

import pytest

from conftest import service_of_texts, titles_found
from indexer.analysis import bundled_vocabulary
from indexer.search.fallback import complaint_at
from indexer.search.questions import question_reading

FILLER = "园区管委会按照年初部署，统筹推进各项工作，总体运行平稳，各项指标稳中有进。"
REPORTS = {
    # flood control written with the reports' own verbs, never 做好
    "甲县2020年政府工作报告.txt": "甲县2020年政府工作报告\n一、防灾减灾\n汛期来临前完成堤防加固，防汛抗洪准备充分，"
    "防汛物资储备到位。\n" + FILLER,
    # the user's verb beside something else, and flood control once far from it
    "乙园区2021年工作总结.txt": "乙园区2021年工作总结\n一、企业服务\n园区做好企业服务，帮助企业解决用工难题。"
    + FILLER * 3 + "\n二、其他\n汛期安排防汛值班。\n",
    # neither
    "丙园区2023年工作计划.txt": "丙园区2023年工作计划\n一、主要任务\n新建标准厂房两栋，完成污水管网改造。\n" + FILLER,
}


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    return service_of_texts(tmp_path_factory, "light-verb", REPORTS)


def test_a_light_verbs_question_finds_the_thing_done_whatever_the_verb(service):
    found, answer = titles_found(service, "如何做好防汛工作")
    matches = {r["title"]: r["match"] for r in answer["results"]}
    assert found[:1] == ["甲县2020年政府工作报告"] and matches[found[0]] == "exact", (found, matches)
    assert matches.get("乙园区2021年工作总结") == "exact", matches
    assert "丙园区2023年工作计划" not in found, found
    assert "做好只用于排序" in answer["understood"], answer["understood"]


@pytest.mark.parametrize("typed, strings, popped", [
    # a light verb after a manner word: the thing done is the topic, the verb ranks
    ("如何做好防汛工作", ("防汛",), ("做好",)),
    ("怎样做好招商引资工作", ("招商引资",), ("做好",)),
    ("如何做好安全生产工作", ("安全生产",), ("做好",)),
    ("下一步怎么抓项目建设", ("下一步", "项目建设"), ("抓",)),
    ("怎么开展招商引资", ("招商引资",), ("开展",)),
    ("如何搞好环境卫生", ("环境卫生",), ("搞好",)),
    # a content verb is part of the phrase reports write: it stays
    ("怎样提高企业自主创新能力", ("提高企业自主创新能力",), ()),
    ("怎样减轻企业负担", ("减轻企业负担",), ()),
    ("园区怎样引进人才", ("引进人才",), ("园区",)),
    # closing the question after the manner word, a verb of doing (or 解决) ranks; a content verb is asked about
    ("园区的消防安全工作怎么开展的", ("消防安全",), ("园区", "开展")),
    ("中小企业融资难怎么解决", ("中小企业融资难",), ("解决",)),
    ("企业反映的困难怎么解决", ("企业反映", "困难"), ("解决",)),
    ("在外地看病怎么报销", ("外地看病", "报销"), ()),
    ("黄河怎么治理", ("黄河", "治理"), ()),
    # how to solve a problem named: the problem word is 解决's object, not the part of a report asked for
    ("怎么解决招工难的问题", ("招工难",), ("解决",)),
    ("如何解决就业问题", ("就业",), ("解决",)),
    ("怎样解决企业用地困难", ("企业用地",), ("解决",)),
    # ... only after a manner word: the problems asked for stay a part (有哪些问题), and so does 解决 with no topic
    ("园区招商引资有哪些问题", ("招商引资", "问题"), ("园区",)),
    ("解决招工难的问题有哪些", ("解决招工难", "问题"), ()),
    ("怎么解决问题", ("解决问题",), ()),
])
def test_which_verb_after_a_manner_word_a_question_drops(typed, strings, popped):
    assert question_reading(typed, bundled_vocabulary()) == (strings, popped)


SOLVED_REPORTS = {
    # hiring written with the reports' own word (用工难, a synonym of 招工难), outside any problems part
    "甲园区2022年工作总结.txt": "甲园区2022年工作总结\n一、企业服务\n组织专场招聘会六场，帮助企业缓解用工难，新增就业八百人。\n"
    + FILLER,
    # problems admitted and to be solved, nothing about hiring
    "乙园区2021年工作总结.txt": "乙园区2021年工作总结\n一、存在的问题\n园区道路等基础设施不完善，融资渠道单一。"
    "要切实解决这些问题。\n" + FILLER,
    "丙园区2023年工作计划.txt": "丙园区2023年工作计划\n一、主要任务\n新建标准厂房两栋，完成污水管网改造。\n" + FILLER,
}


@pytest.fixture(scope="module")
def solved_service(tmp_path_factory):
    return service_of_texts(tmp_path_factory, "solved-problem", SOLVED_REPORTS)


def test_how_to_solve_a_problem_finds_the_problem_not_the_problems_part(solved_service):
    found, answer = titles_found(solved_service, "怎么解决招工难的问题")
    matches = {r["title"]: r["match"] for r in answer["results"]}
    assert found[:1] == ["甲园区2022年工作总结"] and matches[found[0]] in ("exact", "synonym"), (found, matches)
    # the problems part without the problem named is no match of the question (at most a loose one, below)
    assert matches.get("乙园区2021年工作总结") not in ("exact", "synonym", "section"), matches
    assert "解决只用于排序" in answer["understood"], answer["understood"]


def test_a_quoted_light_verbs_question_stays_exact(service):
    found, answer = titles_found(service, '"如何做好防汛工作"')
    assert found == [] and "只用于排序" not in answer["understood"]


COMPLAINT_REPORTS = {
    # growing grain written the reports' way (种粮), never 种地 or 赚钱
    "甲县2016年政府工作报告.txt": "甲县2016年政府工作报告\n一、农业\n完善粮食最低收购价政策，保护种粮农民收益，调动种粮积极性。\n"
    + FILLER,
    **{f"{name}园区2023年工作总结.txt": f"{name}园区2023年工作总结\n一、工业经济\n" + FILLER * 3 + "新建标准厂房两栋，引进项目三个。\n"
       for name in "乙丙丁"},
}


@pytest.fixture(scope="module")
def complaint_service(tmp_path_factory):
    return service_of_texts(tmp_path_factory, "negated-complaint", COMPLAINT_REPORTS)


def test_a_negated_complaint_is_no_word_of_the_thing(complaint_service):
    found, answer = titles_found(complaint_service, "种地不赚钱")
    matches = {r["title"]: r["match"] for r in answer["results"]}
    assert found[:1] == ["甲县2016年政府工作报告"] and matches[found[0]] == "thesaurus", (found, matches)
    assert "种粮" in answer["understood"], answer["understood"]


@pytest.mark.parametrize("typed, at", [
    ("种地不赚钱", 1),  # 不 before a verb: the complaint
    ("看病不方便", 1),  # ... before an adjective
    ("工资不涨", 1),
    ("学费太贵", 1),  # a degree adverb, as before
    ("村里没电", 3),  # 没 before a noun names what is missing: the thing itself
    ("不动产登记", 2),  # a negation inside a word is no complaint
    ("孩子没人带", 2),
])
def test_where_a_complaint_closing_a_phrase_begins(typed, at):
    vocabulary = bundled_vocabulary()
    assert complaint_at(vocabulary.segmenter.cut(typed), vocabulary) == at
