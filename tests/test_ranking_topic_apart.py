"""A part named apart from its topic (人才引进 下一步打算) that few reports hold (session 31): after the reports holding
the topic as typed (roles.topic_alone, the last reading), the reports holding the topic's words apart
(roles.apart_topic: 人才 … 引进), which no reading found before; never a report holding one of them only, nor for a
quoted topic. Hand-written reports, a real index."""
from __future__ import annotations

import pytest

from conftest import service_of_texts, titles_found
from indexer.search.fallback import LOOSE

FILLER = "园区组织职工开展技能培训，开展消防演练，做好防汛值守，环境卫生整治有序推进。"

REPORTS = {
    # the part and its topic: the plans are about drawing talent
    "甲园区工作总结.txt": "甲园区工作总结\n一、主要成效\n" + FILLER + "\n二、下一步打算\n加大人才引进力度，建设人才公寓。\n",
    # the topic as typed, no plan
    "乙园区工作简报.txt": "乙园区工作简报\n园区举办人才引进洽谈会，签约专家五名。\n",
    # the topic's words apart, far from each other, no plan words
    "丙园区工作简报.txt": "丙园区工作简报\n园区新建人才公寓一栋。" + FILLER * 2 + "全年引进项目三个。\n",
    # one of the topic's words only
    "丁园区工作简报.txt": "丁园区工作简报\n园区举办人才招聘会，达成就业意向二百人。\n",
    # neither
    "戊园区工作简报.txt": "戊园区工作简报\n园区道路全面完工，供水管网同步建成。\n",
}


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    return service_of_texts(tmp_path_factory, "s31-apart", REPORTS)


def test_a_parts_topic_written_apart_is_listed_after_the_topic_as_typed(service):
    found, answer = titles_found(service, "人才引进 下一步打算")
    matches = {r["title"]: r["match"] for r in answer["results"]}
    assert found[0] == "甲园区工作总结" and matches[found[0]] == "section", found
    assert "丙园区工作简报" in found, found  # 人才 … 引进, apart: found now
    assert found.index("丙园区工作简报") > found.index("乙园区工作简报")  # after the topic as typed
    assert matches["丙园区工作简报"] in LOOSE
    assert "再列其词语（“人才”“引进”）分开出现的报告" in answer["understood"]


def test_one_of_the_topics_words_or_neither_is_not_found(service):
    found, _ = titles_found(service, "人才引进 下一步打算")
    assert "丁园区工作简报" not in found and "戊园区工作简报" not in found, found


def test_a_quoted_topic_is_not_read_as_its_words_apart(service):
    found, answer = titles_found(service, '"人才引进" 下一步打算')
    assert "丙园区工作简报" not in found, found
    assert "分开出现" not in answer["understood"]


def test_the_topic_found_as_typed_by_enough_reports_adds_nothing(service):
    # 人才 alone is one word: nothing to read apart, and the part with it finds its reports as before
    found, answer = titles_found(service, "人才 下一步打算")
    assert "分开出现" not in answer["understood"]
    assert "丙园区工作简报" not in found or found.index("丙园区工作简报") > found.index("甲园区工作总结")
