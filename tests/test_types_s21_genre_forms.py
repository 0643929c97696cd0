"""Document types and years by how genres are written (session 21): a closing byline outranks a period's opening, a
statistics release's constant prices and rate against the last cumulative period, an interview's ——访 subtitle, a
site's 网讯 credit, a headline whose unit is a place or whose genre word is its predicate's object, 彙報 as 匯報, a first
line built as a document's title, and a document number in a title dating the document. Pages: tests/gold/authored/d21_*."""
from __future__ import annotations

import pytest

from indexer.reading.describe import _closing_byline, _predicate_headline, choose_doc_type, choose_year

PERIOD_ITEM = ("今年以来，我县持续优化营商环境，工业经济稳中向好。\n"
               "1-6月，全县规上工业总产值完成42.1亿元，同比增长12.4%；工业投资完成9.8亿元，同比增长21%。")


@pytest.mark.parametrize("closing, doc_type", [
    ("（刘文清 陈明远）", "简报"),  # two writers' names, as a county's information office credits an item
    ("(记者:张某 通讯员:曹某某 编辑:丁某)", "简报"),  # roles and names, as a paper credits one
    ("", "工作总结"),  # unsigned: the period's review opens a summary (README)
    ("（完）", "工作总结"),  # the end mark is no writer
])
def test_period_opening_yields_to_a_closing_byline(closing, doc_type):
    body = PERIOD_ITEM + closing
    got = choose_doc_type("今年以来，我县持续优化营商环境", None, body, from_lead=True)
    assert got[0] == doc_type, got


def test_closing_byline_reads_roles_and_names_not_units():
    assert _closing_byline("全年完成投资12亿元。\n(记者:张珍 通讯员:曹晴晴 编辑:丁静 审校:蒋海涛)")
    assert _closing_byline("全年完成投资12亿元。（张春清 吴俊文 ）")
    assert not _closing_byline("全年完成投资12亿元。\n（单位：万元）")
    assert not _closing_byline("全年完成投资12亿元。（掌声）")


@pytest.mark.parametrize("title, doc_type", [
    ("实现百亿目标呈交满意答卷——访崇阳县某开发区主任某某某", "简报"),  # an interview's subtitle
    ("园区三年再造一个新城——訪青溪經濟開發區主任", "简报"),
    ("县商务局积极组织参加省级电商产业园评审视频汇报", "简报"),  # the genre word is the predicate's object
    ("青禾工业园区引进项目30个工作总结", "工作总结"),  # 工作 + 文种 closing a title is the document's name
    ("鎮工業辦調研彙報材料", "工作汇报"),  # 彙報: the variant of 匯報
    ("濰坊市奎文區項目聚集打造智能交通物流園區", "简报"),  # a place, its topic, then the predicate
    ("2011年某德镇力促陶瓷绿色崛起", "简报"),
])
def test_types_of_headlines(title, doc_type):
    got = choose_doc_type(title, None, "园区全年新引进项目12个，完成投资8亿元。")
    assert got[0] == doc_type, got


def test_a_place_subject_needs_a_name_before_its_level_word():
    assert _predicate_headline("青川县力推茶旅产业融合发展")
    assert _predicate_headline("城市更新提速增效") is None  # 城市 is no place
    # (某县 is no place name, so no headline: the title names a development plan, a 工作计划 since session 29 —
    # docs/labelling.md — where it was 其他 before; either way never news)
    assert choose_doc_type("某县工业园区发展规划", None, "规划期限为2021-2025年。")[0] == "工作计划"


@pytest.mark.parametrize("title, from_lead, doc_type", [
    ("1.对我县工业园区建设情况的调研报告", True, "工作汇报"),  # a first line built as a document's title (a study's
    # report to the leadership: 工作汇报 since session 29, docs/labelling.md)
    ("关于园区标准厂房建设情况的汇报", True, "工作汇报"),
])
def test_a_first_line_written_as_a_documents_title(title, from_lead, doc_type):
    body = "为全面了解园区发展现状，调研组深入企业实地走访，召开座谈会听取意见建议。园区入驻企业126家。"
    assert choose_doc_type(title, None, body, from_lead=from_lead)[0] == doc_type


def test_a_lead_is_still_read_as_a_lead():
    # (刚才，几位同志汇报了…: a speech's words, no document's title: not 对/关于 + 事由 + 的 + 文种)
    body = "刚才，几位同志汇报了园区上半年工作情况，讲得很好。同志们，下面我讲三点意见。"
    assert choose_doc_type("刚才，几位同志汇报了园区上半年工作情况", None, body, from_lead=True)[0] == "讲话"


def test_document_number_in_a_title_dates_the_document():
    body = "白河工业园区于2006年开始规划建设，2019年完成扩区调位。"
    year, why = choose_year("某省人民政府发文（某政函〔2024〕31号）批复", body, None, news=True, from_lead=True)
    assert year == 2024, why
    # (in a body, a bracketed number cites another document, a history's)
    body = "2023年，园区完成工业总产值146亿元。园区经省政府批复同意(某政〔2011〕28号)设立。"
    assert choose_year("某工业园区发展情况", body, None)[0] == 2023


@pytest.mark.parametrize("title", ["物流园区运营统计分析报告", "2023年一季度园区经济运行情况分析报告"])
def test_an_analysis_report_is_a_work_report_not_a_study(title):
    # (README: a statistics office's analysis of a period, …统计分析, …经济运行情况分析, is a 工作报告; its 报告 makes it no
    # study or evaluation, and a document site's upload date then dates no report: describe_report)
    got = choose_doc_type(title, None, "一、园区运行总体情况\n园区完成营业收入12亿元，同比增长8%。")
    assert got[0] == "工作报告", got
    assert choose_doc_type("物流园区可行性研究报告", None, "一、项目概况\n项目总投资3亿元。")[0] == "其他"


def test_a_speech_edited_for_print_says_so_at_its_end():
    body = ("园区论坛自2015年成功举办以来，已连续举办三届。\n希望借助本届论坛，广泛探讨合作路径，实现共赢。\n"
            "(本文根据某某在第四届园区建设合作论坛上的致辞整理)")
    assert choose_doc_type("园区建设合作论坛", None, body, from_lead=True)[0] == "讲话"
    # (a news item telling what was said, with no such note, stays news; a plan's sources are no speech)
    news = "3月8日，园区建设合作论坛在某市举行。某某在致辞中表示，希望各方深化合作。"
    assert choose_doc_type("园区建设合作论坛在某市举行", None, news)[0] == "简报"
    plan = "根据市委经济工作会议精神，结合园区实际，制定本计划。\n一、主要目标\n全年引进项目20个。"
    assert choose_doc_type("某园区2024年工作计划", None, plan)[0] == "工作计划"


def test_a_bulletin_title_is_a_noun_phrase():
    assert _predicate_headline("新竹市市政統計通報") is None


def test_a_units_account_of_its_work_is_no_statistics_release():
    figures = ("规上工业增加值同比增长12.1%，拉动全市工业增加值增速约3个百分点；工业投资增长18%；税收增长9.5%；"
               "营业收入增长11.2%；出口增长6.4%。")
    led = "2019年以来，在市委、市政府的坚强领导下，某工业园区党工委、管委会团结带领全区干部群众，实现…" + figures
    assert choose_doc_type("2019年以来，在市委、市政府的坚强领导下", None, led, from_lead=True)[0] != "工作报告"
    # (a statistics office's analysis is told by its accounts' conventions, here growth at comparable prices; what a
    # part pulled the whole by, 拉动…个百分点, alone marks none since session 40: tests/test_types_s40.py)
    office = "1-9月，全市规上工业增加值按可比价计算同比增长12.1%，" + figures
    assert choose_doc_type("1-9月，全市规上工业增加值按可比价计算同比增长12.1%", None, office, from_lead=True)[0] == "工作报告"


@pytest.mark.parametrize("title, doc_type", [
    ("某园区管委会推进项目建设情况汇报", "工作汇报"),  # a document's 事由, a verb and its object: still a 汇报
    ("某开发区管委会加快推进园区建设的报告", "工作报告"),
    ("某县开展安全生产大检查总结", "工作总结"),
    ("市科技局积极组织参加省级农业科技园区建设项目评估视频汇报", "简报"),  # an adverb: how a unit acted, a headline
])
def test_a_genre_word_is_an_object_only_in_a_headline_an_adverb_opens(title, doc_type):
    assert choose_doc_type(title, None, "园区全年完成投资12亿元。")[0] == doc_type
