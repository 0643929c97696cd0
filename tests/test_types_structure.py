"""Document types and titles from how a genre is built, not from the words it opens with (session 7, #12).

A speech is known by its form through the whole text (the audience called, the speaker turning to it in the
first person, the occasion spoken of as now, thanks at its end), also when it opens like news or its title is
masked; a summary by its structure (a review, then the problems, then the next period's work), with headings of
any level or none; PDF and Word conversion residue is no part of a title; a headline stays a line of its own
above a news lead; one list of event verbs and one day-dated lead serve every news rule. Our own sentences, each
showing one pattern; each positive case failed before its rule, the negative cases guard what must not change.
"""
import re

import pytest

from indexer import text
from indexer.reading import describe
from indexer.reading.clean import is_boilerplate_line, join_broken_lines, normalize_line
from indexer.reading.describe import choose_doc_type, speech_form
from indexer.reading.titles import VOCATIVE, title_from_lead


def read_page(tmp_path, body, name="page.txt"):
    from indexer.reading.pipeline import read_file

    path = tmp_path / name
    path.write_text(body, encoding="utf-8")
    return read_file(path, tmp_path).reports


# ------------------------------------------------------------ a speech by its form

_THANKS = "谢谢大家！"
SPEECHES = [
    # a titleless speech at a project start: the audience called, 我代表, thanks (the miss: 其他)
    "各位嘉宾、各位企业家朋友：\n大家上午好！今天，我们在这里隆重举行××产业园项目开工仪式。在此，我代表县委、县政府表示祝贺！\n"
    "项目总投资××亿元。\n希望各施工单位确保质量。\n" + _THANKS,
    # a leader's speech opening "today we convene" (the miss: 简报, as 今天， was read as a dated lead)
    "今天，我们召开全市招商引资推进大会，部署下一阶段工作。刚才，三个县区作了交流发言，讲得很好。\n"
    "在座的各位都是招商骨干，希望大家盯紧产业链招商。\n我相信，全年目标一定能够完成。\n",
    # a news-like dated line above the speech
    "6月12日上午，全区园区建设现场推进会召开。\n同志们：\n今天召开这次会议，目的是比进度、找差距。下面，我讲三点意见。\n"
    "一、肯定成绩\n上半年新开工项目××个。\n二、认清困难\n要素保障偏紧。\n希望大家对标先进，确保完成全年任务。\n",
    # Traditional
    "各位貴賓、各位企業界朋友：\n大家好！今天很高興在這裡舉辦標準廠房啟用典禮。首先，我謹代表管理單位向各位表示感謝。\n"
    "新廠房可提供約兩萬平方公尺的空間。\n最後，祝福各位身體健康、事業順利！\n謝謝大家！",
]


@pytest.mark.parametrize("body", SPEECHES)
def test_a_speech_is_known_by_its_form_through_the_text(body):
    kind, why = choose_doc_type(body.split("\n")[0][:20], None, body, from_lead=True)
    assert kind == "讲话", why
    assert "讲话的写法" in why  # inspect says which evidence decided


@pytest.mark.parametrize("body", SPEECHES[1:3])
def test_a_speech_opening_like_news_says_what_it_outweighed(body):
    why = choose_doc_type("x", None, body, from_lead=True)[1]
    assert "讲话的写法" in why and ("但讲话的写法更重" in why or "今天" in why)


def test_a_titled_speech_whose_opening_is_news_form_stays_a_speech_when_its_form_says_so():
    body = SPEECHES[2]
    assert choose_doc_type("在全区园区建设现场推进会上的讲话", None, body)[0] == "讲话"
    # news that reports a speech still is news
    news = "3月5日，园区召开招商工作会议。会上，管委会主任作了讲话。他强调，要盯紧重点项目。（记者 周明）\n"
    assert choose_doc_type("在招商工作会议上的讲话", None, news)[0] == "简报"


@pytest.mark.parametrize("body, kind", [
    # news reporting a speech: 他希望大家 (reported), quotes left out, a byline
    ("11月16日上午，青禾高新区召开企业家座谈会。\n会上，管委会主任在讲话中说，管委会将当好服务员。他希望大家坚定信心。\n"
     "“有困难随时找我们。”他表示。\n（记者 周明）\n", "简报"),
    # a report to visiting leaders: 各位领导 and thanks, but it says it is a 汇报
    ("各位领导：\n首先，欢迎各位领导莅临检查指导。下面，我把开发区今年以来的工作简要汇报如下：\n一、主要工作进展\n"
     "完成产值××亿元。\n二、存在的困难\n用地不足。\n汇报完毕，谢谢！\n", "工作汇报"),
])
def test_what_only_looks_like_a_speech_is_not_one(body, kind):
    assert choose_doc_type(body.split("\n")[0][:20], None, body, from_lead=True)[0] == kind


def test_quotations_and_reported_wishes_are_no_signs_of_a_speech():
    assert speech_form("会上，主任说：“同志们，希望大家再加把劲！谢谢大家！”\n他希望大家坚定信心。\n")[0] == 0


@pytest.mark.parametrize("line, vocative", [
    ("同志们：", True), ("尊敬的各位领导、各位来宾：", True), ("各位企业家朋友，", True), ("女士们、先生们：", True),
    ("各位貴賓、各位企業界朋友：", True), ("大家好！", True), ("×××书记、×××市长，各位领导、各位来宾：", True),
    ("王市长，同志们：", True), ("市长强调：", False), ("李书记说，园区要抓招商。", False),
    ("我们：", False), ("人们，", False), ("各位代表深入车间调研项目进展情况。", False),
])
def test_a_vocative_names_the_audience_as_speeches_do(line, vocative):
    m = VOCATIVE.match(line)
    assert bool(m and not line[m.end():].strip()) == vocative


def test_a_masked_vocative_of_names_and_posts_is_no_title_and_opens_a_speech():
    body = ("×××书记、×××市长，各位领导、各位来宾：\n今天，我们在这里隆重举行××园区重点项目集中开工仪式。在此，我代表区委、区政府表示祝贺！\n"
            "项目总投资××亿元。\n")
    assert title_from_lead(body.split("\n")) == "今天，我们在这里隆重举行××园区重点项目集中开工仪式"
    assert choose_doc_type("今天，我们在这里隆重举行", None, body, from_lead=True)[0] == "讲话"


def test_a_titleless_speech_takes_no_vocative_or_greeting_as_its_title():
    lines = ["各位嘉宾、各位企业家朋友：", "大家上午好！今天，我们在这里隆重举行青禾产业园项目开工仪式。在此，我表示祝贺！"]
    assert title_from_lead(lines) == "今天，我们在这里隆重举行青禾产业园项目开工仪式"


# ------------------------------------------------------------ a summary by its structure

@pytest.mark.parametrize("body", [
    # no headings: review, a paragraph turning to the problems, one to the next period's work (masked)
    "今年以来，××生态工业园区认真落实上级部署，各项工作稳步推进。\n一是招商引资实现新突破。新签约项目××个。\n"
    "二是项目建设加快推进。\n在看到成绩的同时，我们也清醒地认识到存在的不足：产业链条偏短。\n"
    "下一步，我们将重点抓好三项工作：一是延链补链招商；二是加快在建项目。\n",
    # headings on lines of their own, without numbers
    "20××年，××经济开发区在市委领导下，全年完成规上工业产值××亿元，同比增长××%。\n（一）项目建设提速增效。实施项目××个。\n"
    "存在的主要问题\n部分企业经营困难。\n明年工作打算\n（一）聚焦主导产业招商。\n",
    # Traditional
    "今年以來，○○科技產業園區各項工作穩步推進。\n一是招商成果豐碩。\n在肯定成績的同時，我們也清醒地看到存在的問題：可用土地有限。\n"
    "明年，我們將重點推動三項工作：一是加速老舊廠房更新。\n",
])
def test_a_summary_is_known_by_its_structure_without_a_genre_word(body):
    kind, why = choose_doc_type(body.split("，")[0], None, body, from_lead=True)
    assert kind == "工作总结", why
    assert "成绩—问题—打算" in why


@pytest.mark.parametrize("body", [
    # news of a park's work: a review and a 下一步, but no problems part, and a byline
    "今年以来，青禾工业园区坚持项目为王，取得了积极成效。一季度新开工项目8个。\n园区推行专班推进机制。\n"
    "下一步，该园区将继续招大引强。\n（通讯员 黄晓）\n",
    # a speech at a work meeting reviews the year too
    "同志们：\n今年以来，全区各项工作稳步推进。\n在看到成绩的同时，我们也清醒地认识到存在的不足。\n"
    "下一步，我们要重点抓好三项工作。希望大家真抓实干。\n谢谢大家！\n",
])
def test_a_review_with_a_next_step_is_not_a_summary_by_itself(body):
    assert choose_doc_type(body.split("，")[0], None, body, from_lead=True)[0] != "工作总结"


# ------------------------------------------------------------ one day-dated lead, one list of event verbs

@pytest.mark.parametrize("head, news", [
    ("5日上午，园区召开项目推进会。", True), ("8月14日，园区二期道路铺设沥青。", True), ("昨日，园区举行签约仪式。", True),
    ("近日，园区组织班子成员学习。", True), ("日前召开的全省开发区工作会议上，园区作交流发言。", True),
    ("为做好项目前期工作，3月18日，园区组织相关部门梳理项目。", True),
    ("今天，我们在这里召开全市招商大会。", False),  # a speaker's today, not a news item's day
    ("今年以来，园区完成产值50亿元。", False), ("2023年，园区完成产值50亿元。", False),
])
def test_one_rule_reads_a_lead_dated_by_its_day(head, news):
    assert bool(describe._DAY_LEAD.match(head)) == news


def test_the_day_lead_is_news_form_and_yields_to_what_the_text_says_it_is():
    body = "12日，园区接到群众反映后立即组织核查。现将有关情况汇报如下：\n一、基本情况\n"
    assert choose_doc_type("园区有关情况", None, body)[0] == "工作汇报"
    kind, why = choose_doc_type("园区新气象", None, "5日上午，园区二期厂房主体封顶。\n目前已有10个项目落地。\n")
    assert kind == "简报" and "5日上午" in why


def test_one_list_of_event_verbs_serves_headlines_and_day_leads():
    assert not hasattr(describe, "_DAY_ONLY_LEAD") and not hasattr(describe, "_DAY_DATED_LEAD")
    for verb in ("启用", "調研", "签约", "順利通過"):
        assert re.fullmatch(text.EVENT_VERB_RE, verb)
    # a headline telling of an opening (启用 was only in the day-event list) and a day-dated visit (调研 was only a
    # headline word) are both news now
    assert choose_doc_type("青禾产业园标准厂房正式启用", None, "园区标准厂房共三栋，可容纳企业二十家。\n")[0] == "简报"
    assert choose_doc_type("园区新气象", None, "市长5日到青禾园区调研项目建设。他察看了三个在建项目。\n")[0] == "简报"
    # 公开工作 holds no 开工
    assert not re.search(text.EVENT_VERB_RE, "做好政务公开工作")


# ------------------------------------------------------------ furniture no title has

@pytest.mark.parametrize("line, clean", [
    (".页眉 .页脚 .赴苏州工业园区考察报告", "赴苏州工业园区考察报告"),
    ("页眉 ××经济开发区2023年工作总结", "××经济开发区2023年工作总结"),
    ("頁首 科技產業園區年度工作報告", "科技產業園區年度工作報告"),
    ("页面设计要简洁", "页面设计要简洁"),  # a sentence about pages keeps its words
])
def test_converted_files_header_and_footer_marks_leave_the_line(line, clean):
    assert normalize_line(line) == clean


@pytest.mark.parametrize("line, furniture", [
    ("第 1 页 共 3 页", True), ("第1页共4页", True), ("第2頁，共5頁", True), ("精品文档", True), ("Word文档 可编辑", True),
    ("专业文档 值得下载", True), ("加强文档管理工作", False), ("第一页是目录", False),
])
def test_page_counters_and_document_marks_are_furniture(line, furniture):
    assert is_boilerplate_line(line) == furniture


def test_a_study_trip_report_converted_from_pdf_reads_clean(tmp_path):
    page = (".页眉 .页脚 .赴青禾工业园区学习考察报告\n为学习先进经验，县委负责同志带队赴青禾工业园区考察。现将考察情况报告如下：\n"
            "一、主要做法\n园区坚持规划引领。\n第 1 页 共 3 页\n二、几点启示\n精品文档 可编辑\n三、建议\n加快规划修编。\n")
    (r,) = read_page(tmp_path, page)
    assert r.title == "赴青禾工业园区学习考察报告" and r.doc_type == "工作汇报"  # (a study trip's report to the leadership)
    assert "页眉" not in r.text and "第 1 页" not in r.text and "精品文档" not in r.text


# ------------------------------------------------------------ a headline above a news lead

@pytest.mark.parametrize("lead", [
    "近日,记者从青禾经济开发区获悉,今年一季度该区共签约项目22个。",
    "据悉,一季度该区共签约项目22个,总投资105亿元。",
    "本报讯 一季度青禾经开区共签约项目22个。",
])
def test_a_headline_with_commas_is_not_joined_to_the_lead_under_it(lead):
    headline = "青禾经开区一季度签约项目22个,总投资超百亿元,开局起步态势良好"
    assert join_broken_lines([headline, lead]) == [headline, lead]


def test_a_broken_sentence_is_still_joined():
    prev = "今年一季度，园区围绕新能源装备、精密零部件和绿色食品三大主导产业，持续开展驻点招商和以商招商，签约"
    assert join_broken_lines([prev, "项目22个，总投资105亿元。"]) == [prev + "项目22个，总投资105亿元。"]


def test_a_comma_headline_titles_its_news_page(tmp_path):
    page = "青禾经开区一季度签约项目22个,总投资超百亿元,开局起步态势良好\n近日,记者从青禾经济开发区获悉,一季度该区共签约项目22个。\n"
    (r,) = read_page(tmp_path, page)
    assert r.title == "青禾经开区一季度签约项目22个,总投资超百亿元,开局起步态势良好" and r.doc_type == "简报"


@pytest.mark.parametrize("body", [
    # the lead's first words tell of meetings held (召开: a news headline's word), the text is built as a summary
    "今年以来，园区召开项目推进会12次，协调解决问题40余个，各项工作取得积极成效。\n一、项目建设成效明显\n新开工项目××个。\n"
    "二、存在的问题\n要素保障不足。\n三、下一步工作打算\n抓好项目建设。\n",
    # a summary reporting what a meeting said (会议指出，: a reporter's formula) is still built as a summary
    "20××年，园区各项工作稳步推进，全年完成产值××亿元，同比增长××%。年初园区工作会议指出，要把招商放在首位。\n"
    "一、招商引资取得新进展\n新签约项目××个。\n二、存在的不足\n产业链条偏短。\n三、明年工作计划\n延链补链招商。\n",
])
def test_a_summarys_structure_outweighs_news_words_in_its_opening(body):
    kind, why = choose_doc_type(body[:16], None, body, from_lead=True)  # (its first words are its title)
    assert kind == "工作总结", why


def test_a_speechs_occasion_after_its_literary_opening_is_its_title():
    lines = ["各位领导、各位来宾：", "金秋时节，硕果满枝。今天，我们在这里隆重举行青禾工业园区重点项目集中开工仪式。我代表县委表示祝贺！"]
    assert title_from_lead(lines) == "今天，我们在这里隆重举行青禾工业园区重点项目集中开工仪式"
    # a first sentence that is more than a literary phrase stays the title
    lines = ["园区二期标准厂房项目今天正式投入使用，首批五家企业入驻。今天，园区还举行了入驻签约仪式。"]
    assert title_from_lead(lines).startswith("园区二期标准厂房项目今天正式投入使用")
