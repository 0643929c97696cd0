"""Years read in session 26 (reading version 105). Own pages, own names.

A news lead's event held on a day after 于 dates the news.

"某管理处于2013年1月24日召开审查会" tells the news' own event, held that day: as a dateline does, it gives the news its
year. Before, every year after 于 was read as the background of the text (a founding, a history's start). A founding
(成立于…), a groundbreaking or an unveiling that opened a history, and a year with no day stay background.

A date row whose clock time carries a time zone (2025-12-22 HKT 15:27, as papers abroad print it) is a date row.
"""
from pathlib import Path

import pytest

from conftest import read_page


def year(tmp_path: Path, text: str):
    (report, *_) = read_page(tmp_path, text + "\n")
    return report.year


TITLE = "三家公司获准进驻东湾软件园区\n"


@pytest.mark.parametrize("lead, want", [
    ("【本报讯】经济部加工出口区管理处于2013年1月24日召开入区投资审查会，核准通过3家公司进驻东湾软件园区，投资金额共计4110万元。", 2013),
    ("青川县与东湾软件园区管委会于2021年5月8日在青川签署合作协议，双方将共建飞地产业园。", 2021),
    ("市政府新闻办于2019年11月3日上午举行新闻发布会，介绍东湾软件园区建设情况。", 2019),
])
def test_the_day_of_the_leads_event_dates_the_news(tmp_path, lead, want):
    assert year(tmp_path, TITLE + lead + "\n园区表示，将持续优化服务。") == want


@pytest.mark.parametrize("lead", [
    "东湾软件园区成立于2013年1月24日，规划面积3平方公里。园区表示，将持续优化服务。",  # a founding
    "东湾软件园区于2013年1月24日举行揭牌仪式，园区由此起步。园区表示，将持续优化服务。",  # an unveiling: a history's start
    "东湾软件园区于2013年召开首次招商大会，此后逐年扩大规模。园区表示，将持续优化服务。",  # a year with no day
])
def test_a_founding_or_a_year_with_no_day_stays_background(tmp_path, lead):
    assert year(tmp_path, "东湾软件园区简介\n" + lead) is None


@pytest.mark.parametrize("row", [
    "2025-12-22 HKT 15:27",  # a time zone before the clock time, as Hong Kong's papers print it
    "2025-12-22 15:27 (UTC+8)",
    "2025-12-22 15:27 GMT+8",
])
def test_a_date_row_with_a_time_zone_dates_the_news(tmp_path, row):
    page = ("港深创科园首三座大楼落成\n\n" + row + "\n"
            "创科局表示，港深创科园第一批次发展首三座大楼已落成，出租率近八成。\n园区将继续招商。")
    assert year(tmp_path, page) == 2025


@pytest.mark.parametrize("title", [
    "2023湘川经贸交流合作会青川专场对接会开幕",
    "2024青川投资恳谈会举行 签约项目12个",
])
def test_a_meeting_named_with_its_year_dates_the_news(tmp_path, title):
    page = (title + "\n青川日报9月24日讯(记者 某某)今天，" + title[:12] + "在青川开幕。副省长出席并致辞。\n"
            "2021年5月21日，国务院有关部门正式批复同意设立青川产业合作区。\n")
    assert year(tmp_path, page) == int(title[:4])
