"""Years, titles and types by how a text states them (issue 12, session 18). The year a text is about comes from its
title, then its opening's time frame, then what its body says of its own time — the year it names as its present
(2022年是…关键一年，做好今年工作), a meeting's review and plan, a year-end meeting's review — and only then the date a
page shows; a yearbook's volume records the year before. A lead's title passes a time frame told as a clause of its
own (2021年时间过半，; 经过三年的努力，; 经过多年的推进，) and a frame of whose leadership after it. Each rule is also shown by an
authored page (tests/gold/authored/h18_*.txt, scored in tests/test_gold.py). Sentences are our own."""
import pytest

from indexer.reading import titles
from indexer.reading.describe import choose_doc_type, choose_year
from indexer.reading.pipeline import read_file


def read_page(tmp_path, text):
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    return read_file(path, tmp_path).reports


# ------------------------------------------------------------------ years

def test_the_year_a_text_names_as_its_present_beats_the_pages_date():
    body = ("2月18日，青禾经开区召开发展大会。\n会上，党工委书记作讲话。\n他要求，2022年是“十四五”承上启下的关键一年，"
            "做好今年工作意义重大。")
    year, why = choose_year("青禾经开区召开发展大会", body, published=2024, news=True)
    assert year == 2022 and "今年即 2022 年" in why
    # … and without "今年" in the sentence, a year's characterisation alone is no present (a plan says it of the next)
    body = "2月18日，青禾经开区召开发展大会。\n会议指出，2023年是园区争创国家级开发区的关键一年。"
    assert choose_year("青禾经开区召开发展大会", body, published=2022, news=True)[0] == 2022


def test_a_lead_telling_time_by_this_year_is_dated_by_the_present_its_text_names():
    body = ("某某代表认真研读了今年的政府工作报告。她说，2023年，全市主要指标好于预期。\n"
            "2024年是园区争创国家级高新区的攻坚之年，做好今年的各项工作责任重大。")
    year, why = choose_year("某某代表认真研读了今年的政府工作报告", body, news=True)
    assert year == 2024 and "今年" in why
    # (no present named: the opening's year stays what the lead gives)
    body = "某某代表认真研读了今年的政府工作报告。她说，2023年，全市主要指标好于预期。"
    assert choose_year("某某代表认真研读了今年的政府工作报告", body, news=True)[0] == 2023


@pytest.mark.parametrize("lead, year", [
    # a spring meeting relaying a speech that reviews one year and arranges the next: the new year's
    ("3月28日上午，绿港物流园区召开全体职工会议。\n会上，园区主任传达的讲话回顾了2018年全市商务系统的主要工作成效和"
     "2019年商务工作的安排。", 2019),
    # a meeting in the year's last days hearing that year's work report: that year
    ("12月27-28日，某促进会第二届第四次会员大会在临川召开。\n会议审议通过了促进会2021年度工作报告和年度财务报告。", 2021),
    # a year reviewed, nothing planned, no late month: when it was told, the text does not say
    ("3月28日上午，绿港物流园区召开全体职工会议。\n会上，园区主任回顾了2018年园区的主要工作成效。", None),
])
def test_a_meetings_time_frame_in_the_body_dates_news_without_a_year_up_top(lead, year):
    assert choose_year(lead.split("\n")[0][:30], lead, news=True)[0] == year


def test_a_span_from_a_year_to_now_is_dated_by_the_page():
    body = "2015年以来，青岭县把荒坡上建园区作为工业发展的主阵地，先后建设了4个园区。\n目前，全县园区入驻企业120家。"
    year, why = choose_year("青岭县荒坡建园区", body, published=2019, news=True)
    assert year == 2019 and "2015年以来" in why
    # … and without a page date the span's start is all it says (as before: the year it names)
    assert choose_year("青岭县荒坡建园区", body, news=True)[0] == 2015
    # (a span from the page's own year is that year: 2019年以来, published 2019)
    assert choose_year("青岭县荒坡建园区", body.replace("2015", "2019"), published=2019, news=True)[0] == 2019


@pytest.mark.parametrize("title, year", [
    ("《青岭年鉴2021·青岭工业园区》", 2020),
    ("青岭年鉴（2018）", 2017),
    ("2019年鉴 工业园区", 2018),
])
def test_a_yearbooks_volume_records_the_year_before(title, year):
    assert choose_year(title, "【概况】 青岭工业园区位于县城以东。", doc_type="其他")[0] == year


# ------------------------------------------------------------------ titles

@pytest.mark.parametrize("lead, title", [
    ("2021年时间过半，青禾高新区上半年成绩单亮点频现，多项指标位居全市前列。", "2021年时间过半，青禾高新区上半年成绩单亮点频现"),
    ("经过多年的推进，目前我县已经具备建设物流基地的基本条件，正在抓紧规划。", "经过多年的推进，目前我县已经具备建设物流基地的基本条件"),
    ("经过三年的努力，青禾经开区建成了全省首个氢能装备产业园，集聚上下游企业40余家，形成完整产业链。",
     "经过三年的努力，青禾经开区建成了全省首个氢能装备产业园"),
    # a frame of whose leadership after the time (it is passed over at the lead's start, too)
    ("今年以来，在县委、县政府的坚强领导下，青岭产业集聚区管委会班子认真落实上级各项决策部署，紧紧围绕年度目标任务，全力推进建设。",
     "今年以来，在县委、县政府的坚强领导下，青岭产业集聚区管委会班子认真落实上级各项决策部署"),
    # (a clause of its own that only tells time is passed; a real event clause still ends the title)
    ("3月16日，青禾经开区召开项目建设动员大会，全力推动项目提速。", "3月16日，青禾经开区召开项目建设动员大会"),
])
def test_a_time_frame_clause_is_no_title_of_its_own(lead, title):
    assert titles.title_from_lead([lead]) == title


# ------------------------------------------------------------------ types

def test_a_yearbook_entry_signed_by_its_writer_is_no_news(tmp_path):
    (r,) = read_page(tmp_path, "现代园区建设\n\n【概况】  2020年，青岭县6个重点园区新增面积300公顷，完成投资4.2亿元。\n"
                               "园区新增入园企业12家，新增公共服务平台3个。\n（李文华）\n")
    assert r.doc_type == "其他" and "年鉴条目" in r.evidence["doc_type"]
    # (the same text without the entry's label is news signed by its writer, as before)
    (r,) = read_page(tmp_path, "现代园区建设\n\n2020年，青岭县6个重点园区新增面积300公顷，完成投资4.2亿元。\n"
                               "园区新增入园企业12家，新增公共服务平台3个。\n（李文华）\n")
    assert r.doc_type == "简报"


@pytest.mark.parametrize("title, news", [
    ("青禾工业园区经济持续稳定增长", True),  # the park, its topic, an adverb opening the predicate
    ("青禾高新区(新城区)围绕产业抓招商", True),  # the park's other name in brackets is part of the subject
    ("青禾工业园区经济发展情况", False),  # a noun phrase: no adverb after the topic
    ("青禾园区工业经济运行分析", False),
])
def test_a_headline_about_a_parks_topic_is_a_sentence(title, news):
    body = "2015年，园区完成工业总产值86亿元，同比增长9.2%。园区新签约项目15个。"
    doc_type, why = choose_doc_type(title, None, title + "\n" + body)
    assert (doc_type == "简报" and "一句话" in why) == news, (doc_type, why)


def test_a_news_sites_channel_credits_a_story():
    body = ("2021年时间过半，青禾高新区上半年成绩单亮点频现，多项指标位居全市前列。\n"
            "上半年，高新区新开工重点项目32个，在建项目达到120个，总投资860亿元，一般公共预算收入居全市第二位。")
    assert choose_doc_type("2021年时间过半，青禾高新区上半年成绩单亮点频现", None, body, from_lead=True,
                           sources=["新华网-南江频道"])[0] == "简报"
    assert choose_doc_type("2021年时间过半，青禾高新区上半年成绩单亮点频现", None, body, from_lead=True,
                           sources=["青禾区统计局"])[0] != "简报"


def test_a_lead_telling_no_time_leaves_it_to_the_next_sentence():
    body = ("青港高新区围绕主导产业抓招商，推动制造业提档升级，打造城北创新服务集聚区。\n"
            "据管委会副主任周建明介绍，2019年高新区实现到位资金126.5亿元，同比增长8%。")
    assert choose_year("青港高新区围绕主导产业抓招商", body, news=True)[0] == 2019
    # … while a lead that tells its own time keeps the years after it as background (an event dated by its day): its
    # opening gives no year — and with no date row either, session 19 reads the sentence's time frame the body tells
    # of further on (据…介绍，2019年…), as the labels of real pages do (eval15/12, eval18/16); a page's
    # date row still dates it (tests/test_heads_s19.py)
    body = ("5月8日，青港高新区举行重点项目签约仪式，10个项目集中签约。\n"
            "据管委会副主任周建明介绍，2019年高新区实现到位资金126.5亿元，同比增长8%。")
    year, why = choose_year("青港高新区举行重点项目签约仪式", body, news=True)
    assert year == 2019 and "新闻所述最晚的年份" in why
    assert choose_year("青港高新区举行重点项目签约仪式", body, 2020, news=True)[0] == 2020
    # … and the sentence after a timeless lead is all it reads on: a year an official recalls further on is history
    body = ("青港县两家企业和石桥工业区在全省工业区评比中获奖。\n副县长表示，石桥工业区以传统产业为主。\n"
            "省经信厅负责人也表示，1986年全省共设立20个工业区。")
    assert choose_year("青港县两家企业和石桥工业区在全省工业区评比中获奖", body, news=True)[0] is None


@pytest.mark.parametrize("said, news", [
    ("据管委会副主任周建明介绍，2019年高新区实现到位资金126.5亿元。", True),  # who told it: a reporter's attribution
    ("据悉，高新区今年将新建标准厂房20万平方米。", True),
    ("据统计，2019年高新区实现到位资金126.5亿元。", False),  # a statistic's source is no one telling a reporter
])
def test_a_titleless_item_telling_what_someone_said_is_news(said, news):
    body = ("青港高新区围绕主导产业抓招商，推动制造业提档升级，打造城北创新服务集聚区，引进一批研发设计企业。\n" + said
            + "\n高新区先后引进两家行业龙头企业的区域总部，全力推进智能制造产业园和科技创新港建设。")
    assert (choose_doc_type("青港高新区围绕主导产业抓招商", None, body, from_lead=True)[0] == "简报") == news


@pytest.mark.parametrize("title, doc_type", [
    ("2019年南江省经济开发区经济发展报告", "工作报告"),  # how a class of parks developed over a year: it reports the situation
    ("青禾经开区2023年经济运行情况报告", "工作汇报"),  # (a 情况报告 reports how the park stands: 工作汇报 since session 29)
    ("第六次全国物流园区(基地)调查报告", "其他"),  # (a survey's report stays what session 6 made it)
    ("青禾经开区产业发展规划研究报告", "其他"),  # a study stays a study, and a technical report a technical one
    ("青禾经开区环境影响评价报告", "其他"),
])
def test_a_report_on_how_parks_stand_is_a_work_report(title, doc_type):
    body = title + "\n2019年，全省经济开发区实现规上工业增加值3260亿元，同比增长5.8%。"
    assert choose_doc_type(title, None, body)[0] == doc_type
