"""Years read in session 41: a post's stamp in any order and spacing of its parts, and an event named with its year.

- A stamp is a date and its clock time; sites write the date in words or in figures, the month and day after the year
  with a space (2031 11/08 09:22:36), the half of the day before the clock (2031年2月27日 下午12:00), a page's address
  before it (http://… 2031年12月27日 13:55 某某日报), or each part on a row of its own (2031 / 10/15 / 14:18). Until now
  only 年月日 with a bare clock was a stamp: 4 pages of 4 hosts (xinhuanet, sina, finet.hk, cnipai) went undated or had
  the stamp glued to the headline. As a row alone it is the page's furniture and its date.
- An event named with its year bare before its name (2031中国化工园区发展大会, 2031丝博会, 2031某某综合评价): organisers
  name meetings, fairs and rankings so; a year told as a time is written with 年. A news item dated nowhere else is of
  that year: 3 study pages of 3 hosts (china.com.cn, a Big5 mirror, gongboshi), plus 1 unseen whose headline named it.
Own pages: invented parks, places and figures."""
import pytest

from conftest import read_page

_HEADLINE = "松林工业园举办项目集中签约活动"
_LEAD = ("青禾日报讯（记者 林某某）今天，松林工业园举办项目集中签约活动，现场签约项目15个，总投资86亿元。\n"
         "园区负责人表示，将持续优化营商环境，推动签约项目早开工、早投产。\n")


@pytest.mark.parametrize("stamp", [
    "2031 11/08 09:22:36",
    "2031年2月27日 下午12:00",
    "http://news.qinghe.example.cn 2031年12月27日 13:55 青禾日报",
    "2031\n11/08\n09:22",
])
def test_a_posts_stamp_dates_the_page_however_its_parts_are_written(tmp_path, stamp):
    (report,) = read_page(tmp_path, f"{_HEADLINE}\n{stamp}\n{_LEAD}")
    assert report.year == 2031, report.evidence["year"]
    assert report.title == _HEADLINE, report.evidence["title"]


def test_a_stamp_under_a_headline_is_not_glued_to_it(tmp_path):
    page = f"財政預算案|松林園區獲撥款加速發展\n\n2031年2月27日 下午12:00\n\n{_LEAD}"
    (report,) = read_page(tmp_path, page)
    assert "2031" not in report.title and "下午" not in report.title, report.evidence["title"]


@pytest.mark.parametrize("lead, year", [
    ("前不久，在2031青禾经开区重大项目签约仪式上，16个项目集中签约，总投资达320亿元。", 2031),
    ("近日，某某石化联合会对外公布了2031化工园区高质量发展综合评价结果，松林化工园区位列第12。", 2031),
    ("为充分展示园区的投资环境，充分利用2031丝博会平台，5月14日，松林经开区在青禾举办招商推介会。", 2031),
])
def test_an_event_named_with_its_year_dates_an_undated_news_item(tmp_path, lead, year):
    (report,) = read_page(tmp_path, lead + "\n园区负责人表示，将持续跟踪服务，推动项目早落地。\n")
    assert report.year == year, report.evidence["year"]


@pytest.mark.parametrize("lead", [
    # the guards: a year written with 年 is a time, not a name; a bare year before a goal's words names no event
    "前不久，松林经开区召开会议，总结2029年招商工作，部署下一步重点任务。",
    "松林经开区锚定2035远景目标，加快建设现代化产业体系，打造区域发展新引擎。",
])
def test_a_year_that_names_no_event_is_not_read_so(tmp_path, lead):
    (report,) = read_page(tmp_path, lead + "\n园区负责人表示，将持续跟踪服务，推动项目早落地。\n")
    assert "以年份命名" not in report.evidence["year"], report.evidence["year"]
