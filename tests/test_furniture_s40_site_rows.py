"""A site's counter row and its day row, recognised once in furniture.py for every stage that meets them (session 40:
the cleaning, the titles and the years each kept a copy of their own, with different forms).

- A counter row: nothing but labels and their numbers (查看: 1237|回复: 0, 阅读 356 | 评论 2, 浏览次数：1024次): how often
  the page was read or answered. Cleaning drops it over the text, and no title or lead is taken from it.
- A day row: a day with its year and its weekday (2031年4月25日 星期四, 2031-04-25 (周四), a clock ticking after it):
  the site's widget of today's date, or a paper's day of issue. No title or lead; the years let a story's own date row
  under it date the page.
Own pages and rows: invented parks, places and numbers."""
import pytest

from conftest import read_page
from indexer.reading import furniture
from indexer.reading.clean import is_boilerplate_line
from indexer.reading.titles import is_date_line, title_score

_LEAD = "4月22日，青禾经济开发区举行二季度重点项目集中开工仪式，共开工项目17个，总投资64.5亿元。\n" \
        "园区负责人表示，将全力保障项目建设，推动项目早投产、早见效。\n"


@pytest.mark.parametrize("row", [
    "查看: 2468|回复: 3",  # a forum's counters side by side
    "阅读 356 | 评论 2",  # labels without colons, set apart
    "阅读: 88  评论: 2",  # set apart by blanks
    "点击:88 / 收藏:5",  # by a slash
    "人气: 17",  # one counter with its colon
    "浏览次数：1024次",  # its unit after the number
    "瀏覽:1424",  # in the other script
    "文档序号:26939716",  # a document site's number
    "查看:12回复:3",  # run together, each with its colon
    "访问量: 12,480",  # a number with its thousands' commas
])
def test_a_counter_row(row):
    assert furniture.is_counter_row(row)
    assert title_score(row) == 0


@pytest.mark.parametrize("line", [
    "青禾经开区二季度开工17个项目 总投资64.5亿元",  # a headline with figures says what someone did
    "青禾园区: 2031年二季度工作总结",  # a label and a year are no counter
    "南屿高新区新增企业36家",
    "人气 779",  # a label and a number alone without a colon may be a table's cell
    "第1季度:5",  # a label with a figure inside it runs no two counters together
])
def test_no_counter_row(line):
    assert not furniture.is_counter_row(line)


def test_a_counter_row_over_the_headline_is_dropped(tmp_path):
    page = "阅读 356 | 评论 2\n青禾经开区二季度开工17个项目\n" + _LEAD
    (report,) = read_page(tmp_path, page)
    assert report.title == "青禾经开区二季度开工17个项目", report.evidence["title"]


@pytest.mark.parametrize("row", [
    "2031年4月25日 星期四", "2031年04月25日 (周四)", "2031-04-25（週四）", "2031/4/25 礼拜四", "2031.04.25 禮拜四",
    "2031年04月25日（ 周四 ）",  # blanks inside the brackets
    "今天是2031年4月25日 星期四",  # the widget's own words before it
    "2031年04月25日 星期四 09:41:05",  # a clock ticking after the weekday
])
def test_a_day_row_with_its_weekday(row):
    assert furniture.is_weekday_row(row)
    assert is_date_line(row)
    assert title_score(row) == 0


@pytest.mark.parametrize("line", [
    "2031-04-25 10:30 星期四",  # a story's date row puts its clock time before the weekday
    "发布时间：2031-04-25 星期四",  # a labelled row is the page's date
    "4月25日 星期四",  # no year: nothing to date a page by
    "2031年4月25日星期四，青禾园区举行项目签约仪式",  # a sentence opening on its day
    "2031年4月25日",  # a day alone is no weekday row
])
def test_no_weekday_row(line):
    assert not furniture.is_weekday_row(line)


@pytest.mark.parametrize("line", ["2031-04-25 10:30 星期四", "发布时间：2031-04-25 星期四", "4月25日 星期四"])
def test_a_date_line_with_a_weekday_is_still_only_a_date(line):
    # must-not: the rows is_weekday_row leaves to the years are still no title
    assert is_date_line(line)
    assert title_score(line) == 0


@pytest.mark.parametrize("row", ["2031年04月25日 周四", "2031年04月25日 礼拜四", "2031年04月25日 (周四)"])
def test_a_padded_day_with_any_weekday_is_a_stamp(row):
    assert furniture.is_padded_stamp(row)


def test_a_day_row_with_blanks_in_its_brackets_is_dropped():
    assert is_boilerplate_line("2031年4月25日 （ 星期四 ）")
    assert not is_boilerplate_line("2031年4月25日，青禾园区举行二季度重点项目集中开工仪式。")


@pytest.mark.parametrize("widget", ["今天是2031年4月25日 星期四", "2031年04月25日 周四 09:41:05"])
def test_a_day_row_over_a_labelled_date_gives_way_to_it(tmp_path, widget):
    page = (f"{widget}\n青禾经开区二季度开工17个项目\n发布时间：2029-04-23 16:20  来源：青禾经开区\n" + _LEAD)
    (report,) = read_page(tmp_path, page)
    assert report.year == 2029, report.evidence["year"]


def test_a_day_row_alone_still_dates_the_page(tmp_path):
    # must-not: where the page prints no other date, the day row's is all there is
    page = "2031年4月25日 星期四\n青禾经开区二季度开工17个项目\n" + _LEAD
    (report,) = read_page(tmp_path, page)
    assert report.year == 2031, report.evidence["year"]
