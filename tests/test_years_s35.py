"""Years read in session 35: a plan titled by its five-year period's number (“十一五”发展规划) is of the period's first
year, as one titled by the span's years is; an encyclopedia's entry (titled by the park's name, citing its sources by
note marks) has no year of its own. Own pages, invented names and numbers."""
from conftest import read_page


def test_a_plan_titled_by_its_five_year_periods_number_is_of_its_first_year(tmp_path):
    page = ("青湾市滨河工业区“十二五”发展规划\n\n"
            "设立滨河工业区，是青湾市委市政府着眼长远作出的重大决策。随着青湾进入以质量效益为主的发展新阶段，"
            "工业区在全市经济中的地位日益突出，有条件为青湾“十二五”乃至更长时期的发展作出更大贡献。\n"
            "一、发展基础\n工业区已初步形成电子信息、装备制造两大主导产业。\n")
    (report,) = read_page(tmp_path, page)
    assert report.year == 2011, report.evidence["year"]


def test_a_plans_outline_numbered_in_words_is_of_its_first_year(tmp_path):
    page = ("青湾高新区国民经济和社会发展第十三个五年规划纲要\n\n"
            "本纲要根据青湾市委关于制定国民经济和社会发展规划的建议编制，主要阐明高新区发展战略意图，明确发展目标。\n"
            "第一章 发展环境\n高新区综合实力不断增强，主导产业集聚发展。\n")
    (report,) = read_page(tmp_path, page)
    assert report.year == 2016, report.evidence["year"]


def test_news_of_a_plans_release_is_not_dated_by_the_plans_period(tmp_path):
    # must-not: the plan's release is news (…规划纲要发布), dated as news is, by its page's date row
    page = ("青湾高新区“十四五”规划纲要发布\n来源：青湾高新区  日期：2021-09-12\n"
            "日前，青湾高新区“十四五”规划纲要正式印发，明确了高新区今后五年的发展目标和重点任务。\n")
    (report,) = read_page(tmp_path, page)
    assert report.year == 2021, report.evidence["year"]


def test_a_report_since_a_period_began_is_not_dated_by_the_period(tmp_path):
    # must-not: “十三五”以来 is the span a report covers, its title no plan: the period's number gives no year
    page = ("青湾工业园区“十三五”以来循环化改造工作推进情况汇报\n\n"
            "“十三五”以来，我园区按照省市部署，扎实推进循环化改造工作，现将有关情况汇报如下：\n"
            "一、基本情况\n园区规划面积12平方公里。\n")
    (report,) = read_page(tmp_path, page)
    assert report.year is None, report.evidence["year"]


_ENTRY = ("青湾科学园区\n"
          "青湾科学园区（简称青科），是设于青湾北部的科学园区，管理机关为青湾科学园区管理局[1][2]。"
          "园区于1998年开始筹设，2003年首批厂商进驻[3]，2023年园区营业额达到4120亿元[4]。\n"
          "历史\n1998年，行政院核定设立青湾科学园区。\n")


def test_an_encyclopedias_entry_has_no_year_of_its_own(tmp_path):
    (report,) = read_page(tmp_path, _ENTRY)
    assert report.year is None, report.evidence["year"]
    assert "百科条目" in report.evidence["year"]


def test_a_profile_without_note_marks_keeps_its_latest_figures_year(tmp_path):
    # must-not: a park's profile under its name with no notes cited is no encyclopedia's entry: as before
    page = _ENTRY.replace("[1][2]", "").replace("[3]", "").replace("[4]", "")
    (report,) = read_page(tmp_path, page)
    assert report.year == 2023, report.evidence["year"]


def test_news_citing_notes_is_dated_as_news(tmp_path):
    # must-not: a headline telling something (not a name alone) over a text with note marks stays news
    page = ("青湾成立科学园区有限公司 提速北部发展\n"
            "2025年3月4日，青湾特区政府宣布成立青湾科学园区有限公司[1]，负责北部园区的开发和营运[2]。\n")
    (report,) = read_page(tmp_path, page)
    assert report.year == 2025, report.evidence["year"]
