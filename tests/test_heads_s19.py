"""Titles and years by how a news lead and a portal's page are built (issue 12, session 19).

A lead's first clause that is only the sentence's frame — the standing it is told from (作为…), the course of things it
goes with (随着…), the event it was told at (在…论坛上), or after the subject the means it acts by (某管委会以“…”为主抓手) —
has no predicate of its own: the headline runs on to the clause that says who did what. A source's attribution (某某披露，)
is no news, and a site's list of dated headlines (two dates in a row) is neither a lead nor a dateline. Each rule is also shown by an authored page
(tests/gold/authored/h19_*.txt, scored in tests/test_gold.py). Sentences are our own."""
import pytest

from indexer.reading import titles
from indexer.reading.describe import choose_year


def lead_title(text: str) -> str:
    return titles.title_from_lead([x for x in text.split("\n") if x.strip()])


# ------------------------------------------------------------------ frames

@pytest.mark.parametrize("lead, title", [
    # the standing the news is told from, then the subject and its predicate
    ("作为全省首批省级开发区，松川开发区今年新认定高新技术企业46家，总数首次突破300家。",
     "作为全省首批省级开发区，松川开发区今年新认定高新技术企业46家"),
    # the course of things it goes with
    ("随着新厂房陆续交付使用，东岭工业园区一季度新引进制造业项目12个，协议投资额达28亿元。",
     "随着新厂房陆续交付使用，东岭工业园区一季度新引进制造业项目12个"),
    # the occasion: who announced what there is the news
    ("11月8日，在江城举行的“2021中国物流园区发展大会”上，中国物流与采购联合会发布了第五批示范物流园区名单，全省3家园区入选。",
     "11月8日，在江城举行的“2021中国物流园区发展大会”上，中国物流与采购联合会发布了第五批示范物流园区名单"),
    # after the subject, the means it acts by (a coverb's phrase): its verb is in the next clause
    ("今年以来，东岭工业集中区管委会以“建链、延链、补链”为主抓手，积极探索县域特色产业发展之路，推动集中区提质增效。",
     "今年以来，东岭工业集中区管委会以“建链、延链、补链”为主抓手，积极探索县域特色产业发展之路"),
    # an occasion, then who took part (a roll of firms closed by 等 and a count), then what they did: the title runs to the
    # act (session 19 kept the frame alone; session 33's study labeller, on such a lead of a real page, ran on to the act —
    # the convention's "first clause that has its predicate" — with the roll as the other reading, never the frame alone)
    ("近日在白沙高新区举行的重点项目签约仪式上，甲科技、乙材料、丙智能等12家企业，分别与高新区签订了投资协议。",
     "近日在白沙高新区举行的重点项目签约仪式上，甲科技、乙材料、丙智能等12家企业，分别与高新区签订了投资协议"),
])
def test_a_frame_clause_runs_on_to_the_main_clause(lead, title):
    assert lead_title(lead) == title


@pytest.mark.parametrize("lead, title", [
    # a frame followed by one more frame (某产业园作为一种…主体) runs on to the predicate after both (session 19 kept the
    # first words; changed with the reader in session 52: the blind labellers run on past 随着… on 7 pages of 7, one of
    # them of this very shape, 随着…，某园区作为…载体，正在成为…, with the first words as its other reading)
    ("随着农业现代化进程的加快，农业科技产业园作为一种新型经营主体，正在成为乡村振兴的重要平台。",
     "随着农业现代化进程的加快，农业科技产业园作为一种新型经营主体，正在成为乡村振兴的重要平台"),
    # the formula of whose thought guides (以…思想为指导) goes on with more formula: the headline ends on the first clause
    ("2023年以来，园区始终以习近平新时代中国特色社会主义思想为指导，深入贯彻落实党的二十大精神，推动高质量发展。",
     "2023年以来，园区始终以习近平新时代中国特色社会主义思想为指导"),
    # 以…为主 with a new subject after it is a sentence of its own: no frame
    ("白沙产业园区以纺织服装为主，园区产值去年达到85亿元，同比增长9.2%，增速居全县第一位。",
     "白沙产业园区以纺织服装为主"),
])
def test_no_main_clause_after_the_frame_keeps_the_first_words(lead, title):
    assert lead_title(lead) == title


def test_a_frames_headline_stays_within_a_headlines_length():
    lead = ("作为全省首批省级开发区和全国循环化改造示范试点园区，松川经济技术开发区今年在全省开发区高质量发展综合考核评价"
            "中连续第三年位列全省第一名并获得省人民政府通报表扬和专项资金奖励，园区上下备受鼓舞。")
    assert lead_title(lead) == "作为全省首批省级开发区和全国循环化改造示范试点园区"


# ------------------------------------------------------------------ sources

def test_a_source_that_disclosed_it_is_no_news():
    lead = "省商务厅披露，日前国务院正式批复同意设立安平综合保税区；6日，综合保税区举行揭牌仪式。"
    assert lead_title(lead) == "省商务厅披露，日前国务院正式批复同意设立安平综合保税区"


# ------------------------------------------------------------------ a site's dated list

LIST_ROW = "最新消息 2024-03-18 关于开展园区企业安全生产大检查的通知 2024-02-26 园区标准厂房租赁指引 更多信息"


def test_a_dated_list_row_is_no_lead():
    assert titles.is_dated_list(LIST_ROW)
    assert not titles.is_dated_list("2024-03-18 来源：白沙日报")  # (a page's own date row: one date)
    text = LIST_ROW + "\n白沙产业园区位于江南省白沙县城东部，规划面积12平方公里，是省政府批准设立的省级产业园区。"
    assert lead_title(text) == "白沙产业园区位于江南省白沙县城东部"


def test_a_dated_list_opening_the_text_gives_it_no_date():
    body = ("入园须知 2024-03-18 企业入园申请须知及办理流程 更多信息 最新消息 2024-02-26 关于开展隐患排查的通知"
            "白沙产业园区位于江南省白沙县城东部，规划面积12平方公里。")
    year, why = choose_year("白沙产业园区位于江南省白沙县城东部", body, None, doc_type="其他", from_lead=True)
    assert year is None
    # … while a paper's name and its date opening a lead date it (one date: a dateline)
    body = "自由時報 2022/12/28 經濟部加工出口區管理處今天表示，園區今年營業額可望突破新台幣6000億元。"
    assert choose_year("經濟部加工出口區管理處今天表示", body, None, news=True)[0] == 2022


# ------------------------------------------------------------------ a news item dated nowhere

@pytest.mark.parametrize("body, year", [
    # the year its events or results belong to, told further on: that year
    ("本报讯 日前，东岭工业集中区迎来8家企业集体入驻。\n2019年，集中区标准厂房项目获省级专项资金支持，当年引进企业15家。", 2019),
    ("福建某市政府披露，日前国务院批复设立某台商投资区。\n据统计，2011年该市对台贸易创历史新高。", 2011),
    ("周某表示，2018年，在市委坚强领导下，经开区实施产业项目建设年活动，新开工项目32个。", 2018),
    # a span from a year to a now it does not say bounds it from below only: unknown
    ("本报讯 日前，县委书记到园区检查。\n2016年以来，县委、县政府把园区建设作为调整产业结构的基础性工程。", None),
    # the latest of them
    ("本报讯 近日，园区举行签约仪式。\n2016年，园区引进企业8家。2017年，园区引进企业12家。", 2017),
    # a year inside a clause is a company's history or a period, not the time the news tells of
    ("本报讯 近日，某物流园区举行动土典礼。\n某公司陆续于2019年及2021年取得自由贸易港区事业执照。", None),
    ("本报讯 日前，局长指出，园区吸引投资超过375亿元。\n其中2018年到2023年的五年时间里企业增加了近1000家。", None),
    # a year its sentence sets against the present is history
    ("本报讯 近日，竹山工业区获更新成效奖。\n次长表示，1960年全国共编定61个工业区，此次更新计划共投入近120亿元。", None),
    # a target, a founding, a span's end and a year a thing is expected by are no time of its own: unknown
    ("本报讯 近日，园区举行签约仪式。\n园区力争2025年入驻企业突破100家。", None),
    ("本报讯 近日，园区举行签约仪式。\n园区成立于2008年，位于县城南部。", None),
    ("本报讯 近日，园区举行签约仪式。\n项目有望于2026年建成投产。", None),
    # no year at all: unknown
    ("本报讯 近日，园区组织企业开展安全生产月活动。\n活动期间检查企业30家。", None),
    # the present named apart from the year (今年): told later than the year, when is not said
    ("昨日，东溪开发区召开干部大会，部署今年工作。\n会议指出，2023年开发区完成工业总产值860亿元。", None),
    # a year whose report or review is heard: told after it
    ("1月5日至6日，市人大代表开展集中视察。\n代表们听取了全市2023年经济社会发展情况汇报。", None),
])
def test_news_dated_nowhere_is_of_the_latest_year_it_tells_of(body, year):
    assert choose_year("园区举行活动", body, None, news=True)[0] == year


def test_a_date_row_still_dates_news_before_the_years_it_tells_of():
    body = "本报讯 近日，园区举行签约仪式。\n2019年，园区引进企业15家。"
    assert choose_year("园区举行签约仪式", body, 2021, news=True)[0] == 2021
