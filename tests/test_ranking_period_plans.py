"""下半年 typed with a topic (下半年 招商引资, 下半年 项目建设 计划) asks for the second half's plans on the topic. A year's
report may write 下半年 in passing (下半年以来，经济稳中向好) and the topic in its plans, which are the whole year's; the
second half's plans are where a report writes the topic beside 下半年, in the plans of a first-half summary (its
下一步 is the second half, whether or not it writes 下半年) or under a part headed with 下半年 (a mid-year report the
reader dates by its year). Those lead (roles.period_plans); the year's report follows the reports holding the
strings as typed. Hand-written reports, a real index."""
from __future__ import annotations

import pytest

from conftest import service_of_texts, titles_found

YEARLY = "丁市2022年政府工作报告"
REPORTS = {
    # the topic four times in its plans, 下半年 once, in its review: it led before
    f"{YEARLY}.txt": f"{YEARLY}\n一、过去一年工作回顾\n下半年以来，全市经济稳中向好，工业生产加快恢复，"
    "消费市场持续回暖，重点项目建设有序推进。\n"
    "二、今年工作安排\n（一）狠抓招商引资。全年招商引资到位资金增长10%，招商引资重点放在先进制造业，"
    "完善招商引资考核办法。\n",
    # a first-half summary's plans, never writing 下半年
    "戊园区2023年上半年工作总结.txt": "戊园区2023年上半年工作总结\n一、上半年工作成效\n完成工业总产值40亿元。\n"
    "二、下一步工作打算\n（一）强化招商引资，围绕主导产业开展专题招商。\n",
    # a part headed with 下半年, the topic far below the heading
    "己园区2023年工作汇报.txt": "己园区2023年工作汇报\n一、工作进展\n新签约项目五个，完成固定资产投资6亿元。\n"
    "二、下半年工作安排\n（一）做好项目服务，帮助签约项目办理手续，协调解决用地用工问题，推动项目早日开工投产。\n"
    "（二）全力做好招商引资，力争再签约项目三个。\n",
    # the topic written beside 下半年 in running text
    "庚园区2023年工作总结.txt": "庚园区2023年工作总结\n今年园区经济平稳运行。下半年，园区招商引资明显加快，新签约项目八个。\n",
    # neither: the topic and no second half
    "辛园区2023年工作总结.txt": "辛园区2023年工作总结\n一、工作成效\n招商引资签约项目六个。\n",
}
SECOND_HALF = {"戊园区2023年上半年工作总结", "己园区2023年工作汇报", "庚园区2023年工作总结"}


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    return service_of_texts(tmp_path_factory, "period_plans", REPORTS)


@pytest.mark.parametrize("q", ["下半年 招商引资", "下半年 招商引资 计划"])
def test_the_second_halfs_plans_lead_a_years_report_writing_the_half_in_passing(service, q):
    found, answer = titles_found(service, q)
    assert set(found[:3]) == SECOND_HALF, found
    assert YEARLY in found[3:]
    assert "“下半年”的计划中的“招商引资”" in answer["understood"]
    assert "辛园区2023年工作总结" not in found[:4]  # no second half at all


def test_a_first_half_summarys_plans_are_the_second_halfs_without_writing_it(service):
    found, answer = titles_found(service, "下半年 招商引资")
    first_half = next(r for r in answer["results"] if r["title"] == "戊园区2023年上半年工作总结")
    assert first_half["match"] == "section"


def test_another_period_or_part_keeps_its_reading(service):
    # 存在问题 is no period: its reading is unchanged (the part's sections first, whatever their heading)
    _, answer = titles_found(service, "招商引资 存在问题")
    assert "“下半年”" not in answer["understood"]


def test_the_period_and_topic_typed_as_one_string_keep_it_first(tmp_path_factory):
    # 下半年招商引资计划 typed joined: the string as typed first (a part joined to its topic keeps it first, README),
    # then the second half's plans, then a year's report writing 下半年 in passing
    typed = "壬园区2023年工作总结"
    reports = dict(REPORTS, **{f"{typed}.txt": f"{typed}\n一、工作成效\n园区制定下半年招商引资计划，明确重点产业。\n"})
    found, answer = titles_found(service_of_texts(tmp_path_factory, "period_plans_joined", reports), "下半年招商引资计划")
    assert found[0] == typed
    assert set(found[1:4]) == SECOND_HALF, found
    assert found.index(YEARLY) > 3
    assert "也找“下半年”的计划中的“招商引资”" in answer["understood"]


# Session 22: the topic typed is the user's compound (项目建设); a second half's plans write it in their own words (做好项目
#服务 … 加快建设进度). With the topic only as typed, such a report was not found at all for 下半年 项目建设 计划 (it never
# writes 计划 either): its plans, loosened to the topic's words inside them, are listed before the query's words anywhere.
LOOSE_PLANS = {
    # a first-half summary: its plans hold 项目 and 建设 apart, under 下一步工作安排; no 项目建设, no 计划
    "癸园区2023年上半年工作总结.txt": "癸园区2023年上半年工作总结\n一、上半年工作成效\n完成固定资产投资5亿元。\n"
    "二、下一步工作安排\n（一）做好签约项目服务，帮助企业办理各项手续。（二）加快标准厂房建设进度，力争年底竣工。\n",
    # a part headed with 下半年: 项目 and 建设 apart in it
    "子园区2023年工作汇报.txt": "子园区2023年工作汇报\n一、工作进展\n新签约企业五家。\n"
    "二、下半年工作安排\n（一）紧盯在谈项目，促进早日落地。（二）推进污水管网建设。\n",
    # a first-half summary whose plans are about something else: its review holds the words
    "丑园区2023年上半年工作总结.txt": "丑园区2023年上半年工作总结\n一、上半年工作成效\n签约项目三个，道路建设完成过半。\n"
    "二、下一步工作安排\n（一）抓好安全生产，开展隐患排查。\n",
    # a year's report writing all the strings as typed
    "寅市2023年工作计划.txt": "寅市2023年工作计划\n一、工作安排\n下半年重点抓好项目建设，制定项目建设计划。\n",
    # others, so that the strings as typed are rare
    **{f"卯{k}园区工作总结.txt": f"卯{k}园区工作总结\n一、工作成效\n园区经济平稳运行，税收稳步增长。\n" for k in range(6)},
}


@pytest.fixture(scope="module")
def loose_service(tmp_path_factory):
    return service_of_texts(tmp_path_factory, "period_plans_loose", LOOSE_PLANS)


def test_a_second_halfs_plans_holding_the_topics_words_apart_are_found(loose_service):
    found, answer = titles_found(loose_service, "下半年 项目建设 计划")
    matches = {r["title"]: r["match"] for r in answer["results"]}
    assert found[0] == "寅市2023年工作计划", found  # the strings as typed
    # before: neither found at all
    assert matches.get("癸园区2023年上半年工作总结") == "section", matches
    assert matches.get("子园区2023年工作汇报") == "section", matches
    # plans about something else are no second half's plans on the topic (found, if at all, by the words anywhere)
    assert matches.get("丑园区2023年上半年工作总结") != "section", matches
    assert "“下半年”的计划中的“项目”“建设”" in answer["understood"], answer["understood"]
