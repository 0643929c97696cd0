"""Reports to a congress and a plan's execution (session 8, found at merge review of own pages d33 and d35).

A work report delivered to a congress under a short title is a 工作报告 (own page
d35, left typed 其他 by its branch). A title such as 2024年某县政府报告 names no genre word the reader knows and
reads like a study's or an evaluation's 报告; the opening 我代表县人民政府，向大会报告工作 says what it is.
The positive case fails before this change (main 9425af0); the guard passes before and after."""
import pytest

from indexer.reading.describe import choose_doc_type

DELIVERED = ("2024年2月18日在某某县第十八届人民代表大会第三次会议上\n"
             "各位代表：现在，我代表县人民政府，向大会报告工作，请予审议。\n一、2023年工作回顾\n过去一年，全县…")
STUDY = "课题组对全县开发区的发展水平作了评价。\n一、评价方法\n采用指标体系…"


@pytest.mark.parametrize("title, body, expected", [
    ("2024年某某县政府报告", DELIVERED, "工作报告"),
    ("某某县开发区发展水平评价报告", STUDY, "其他"),  # guard: a study's report stays 其他
])
def test_a_report_delivered_to_a_congress_is_a_work_report(title, body, expected):
    assert choose_doc_type(title, None, body)[0] == expected


# A plan's execution reviewed (计划执行情况: the statutory review of a plan, session 8) is what was done, in a plan as
# in a summary; own page d33 had it typed 计划安排 by the plan's default. The first case fails before this change.
@pytest.mark.parametrize("heading, kind", [
    ("一、2022年计划执行情况", "成效进展"),
    ("二、2023年计划", "计划安排"),
    ("一、上半年计划执行情况及下半年打算", "计划安排"),  # guard: a heading that turns to the future is the plan
])
def test_a_plan_carried_out_is_progress(heading, kind):
    from indexer.reading.kinds import heading_category
    assert heading_category(heading, 2022) == kind
