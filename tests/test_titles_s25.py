"""Lead titles read in session 25 by how Chinese leads are built. Own sentences, other names and numbers than any page
studied."""
from pathlib import Path

import pytest

from conftest import read_page


def title(tmp_path: Path, text: str) -> str:
    return read_page(tmp_path, text + "\n")[0].title


# the leave or the process an act was done by (经市政府同意，经国务院批准，经研究，) is a coverb's phrase, no predicate of
# its own: a lead title runs on to the clause that says who did what
@pytest.mark.parametrize("lead, want", [
    ("5月9日，经省政府同意，省发改委印发了《青州市开发区发展规划》。这是青州首个开发区规划。\n规划提出到2027年全市开发区营业收入突破5000亿元。",
     "5月9日，经省政府同意，省发改委印发了《青州市开发区发展规划》"),
    ("日前，经国务院批准，青川高新技术产业园区升级为国家高新区。升级后园区将享受国家级高新区政策。\n园区规划面积18平方公里。",
     "日前，经国务院批准，青川高新技术产业园区升级为国家高新区"),
])
def test_a_leave_clause_does_not_end_a_lead_title(tmp_path, lead, want):
    assert title(tmp_path, lead) == want


def test_a_word_opening_on_jing_is_no_leave_clause(tmp_path):
    # 经开区 opens a subject: its clause has its own predicate (专题研究), and the title ends there
    assert title(tmp_path, "5月9日，经开区党工委专题研究，部署园区安全生产工作。会议要求各企业落实主体责任。\n"
                           "园区将开展为期一个月的安全检查。") == "5月9日，经开区党工委专题研究"



# a purpose opening the lead runs on past the day to the dated clause of who acted (tests/test_heads_s16.py; kept since
# session 42), and a span of days (9月3日-4日) is such a date as one day is
def test_a_span_of_days_after_the_purpose_dates_the_event(tmp_path):
    assert title(tmp_path, "为进一步抓好园区和项目建设，9月3日-4日，青元市专题召开全市产业园区建设现场会。会议总结了上半年工作。\n"
                           "会议要求各地加快推进项目建设。") == "为进一步抓好园区和项目建设，9月3日-4日，青元市专题召开全市产业园区建设现场会"


def test_a_day_alone_between_commas_does_not_end_a_lead_title(tmp_path):
    # (根据…结果，前三季度，全区实现…: past the basis and the period to the clause with its predicate)
    assert title(tmp_path, "根据地区生产总值统一核算结果，前三季度，青元区实现地区生产总值312.6亿元，同比增长6.1%。\n"
                           "其中，第二产业增加值148.2亿元。") == "根据地区生产总值统一核算结果，前三季度，青元区实现地区生产总值312.6亿元"


# an agency's dateline with a space between agency and place, or its date in numerals, is a dateline; what data show
# (…发布数据显示，) is told in the next clause
@pytest.mark.parametrize("lead, want", [
    ("中新社 青州7月31日电 (记者 王一)青州市统计局31日发布数据显示，今年上半年，青州重点园区实现营业收入620亿元。\n园区经济持续向好。",
     "青州市统计局31日发布数据显示，今年上半年，青州重点园区实现营业收入620亿元"),
    ("中新社福州十一月四日電 (記者 李二)青溪縣農業合作辦公室今日透露，青溪農民創業園將擴建二期。\n園區規劃面積10平方公里。",
     "青溪縣農業合作辦公室今日透露，青溪農民創業園將擴建二期"),
])
def test_an_agencys_dateline_in_other_forms_goes(tmp_path, lead, want):
    assert title(tmp_path, lead) == want


def test_a_place_and_a_day_opening_a_sentence_are_no_dateline(tmp_path):
    # (no 电/讯 after the day: the sentence's own time and place, kept)
    assert title(tmp_path, "青州 园区7月31日召开安全生产会议，部署节前检查。会议要求各企业落实责任。\n园区将开展检查。"
                 ).startswith("青州")


# a title's subject, a place's unit or field, set on a line of its own above the subjectless rest (a year and the genre)
def test_a_places_field_above_its_years_genre_is_one_title(tmp_path):
    page = ("青州县文化创意产业\n2023年工作总结和2024年工作计划\n"
            "2023年是全县文化创意产业整体布局起步的一年，县文化创意产业领导小组及各成员单位认真贯彻上级部署。\n")
    assert title(tmp_path, page) == "青州县文化创意产业2023年工作总结和2024年工作计划"


def test_a_column_name_above_a_genre_is_not_joined(tmp_path):
    # (no place opens the first line: a site's column over the title, never the title's subject)
    page = ("新闻中心\n2023年工作总结\n2023年，园区全年完成工业总产值86.3亿元，同比增长9.1%，新签约项目21个。\n")
    assert title(tmp_path, page) == "2023年工作总结"


# a news page's row of its date, time and source (2022年08月11日 10時31分 某某網) is the site's: no title, and it dates the page
def test_a_date_time_and_source_row_is_no_title_and_dates_the_page(tmp_path):
    (report,) = read_page(tmp_path, "【十年】青川“新城”产业兴\n2022年08月11日 10时31分   青川网\n\n"
                                    "从青川市区出发，向东行驶20多公里，一座新城跃然眼前。新城工业园区已入驻企业86家。\n")
    assert report.title == "青川“新城”产业兴" and report.year == 2022

