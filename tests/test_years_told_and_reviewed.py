"""How a page tells its year when it names it only beside the event (issue #12, session 10): a repost dated by
its row or by the paper's name and date opening its lead, a lead telling its day (今天, 近日) under a date row, a
year a figure is compared with (超越2018年的), an ROC year of account (109年度) in a Simplified copy, 今年 named by a
part of it (2020年第一季), a yearbook or article looking back on a year (回顾2016年), a five-year period looked back
on or told at its end (“十二五”末), and a part of a year compared with the same period of the year before
(比2023年同期). Convention: news is dated by when it is told, a report by the period it reports. Sentences are
our own."""
import pytest

from indexer.reading.describe import choose_year

PAD = "园区坚持项目为王，持续优化营商环境，推动产业链延链补链强链，各项工作取得新进展。" * 6


@pytest.mark.parametrize("title, body, year", [
    # a paper's name and the date opening the lead (a forum's repost): the date the story is told
    ("南港園區年終記者會", "南港晚報 2023/12/27 南港園區管理處今(27日)舉行年終記者會指出，今年園區營業額可望再創新高。", 2023),
    ("南港晚報2023/12/27南港園區管理處今(27日)舉行年終記者會", "今年園區營業額可望再創新高。", 2023),
    # a blog's row of its author's handle and the date over the story it reposts
    ("明湖经开区排名再进一位", "晨风2c9k 2023-02-06\n近日，商务部公布了2022年国家级经开区考核评价结果。", 2023),
    # guard: a date of the event in words opens the lead; no date row
    ("论坛在沪举行", "2016年12月3日，产业园区发展论坛在上海举行。", 2016),
])
def test_a_lead_opening_with_a_paper_and_its_date_is_dated_by_it(title, body, year):
    got, why = choose_year(title, body, None, news=True, doc_type="简报")
    assert got == year, why


@pytest.mark.parametrize("body, published, year", [
    # a lead telling its day (今天, 近日) before the years of its subject: dated by its row
    ("今天17日上午，商务部召开2019年国家级经开区考核评价结果新闻发布会，考核结果显示，2018年经开区稳中有进。", 2020, 2020),
    ("近日，商务部完成了2021年国家级经开区综合发展水平考核评价工作，并公布了评价结果。", 2022, 2022),
    # guards: a year dated to the day opens the lead; no date row to tell time from
    ("2016年12月3日，产业园区发展论坛在上海举行，近日发布的蓝皮书引起关注。", 2018, 2016),
    ("今天上午，园区召开2019年度工作总结大会。", None, 2019),
])
def test_a_lead_telling_its_day_is_dated_by_its_row(body, published, year):
    got, why = choose_year("商务部公布经开区考评结果", body, published, news=True, doc_type="简报")
    assert got == year, why


@pytest.mark.parametrize("body, year", [
    # 今年 and, further on, a part of this year or its year-end event named (an ROC year of account, 112年度, in a
    # Simplified copy of a Taiwanese story); the year a figure is to outdo is compared with, not this year
    ("园区今年新增投资可望超越2019年的180亿元，再创新高。\n管理处28日举行112年度年终记者会。", 2023),
    ("园区今年新增投资可望超越2019年的180亿元，再创新高。\n他说，2020年第一季虽受疫情冲击，但今年新增投资仍创新高。", 2020),
    # guards: a part of a year compared with, a target; no 今年 told
    ("园区今年新增企业35家，与2019年上半年相比增加一成。", None),
    ("园区今年新增投资可望超越2019年的180亿元，再创新高。\n力争2025年第一季完成扩区。", None),
    ("园区新增投资可望超越2019年的180亿元。", None),
])
def test_this_year_named_by_a_part_of_it(body, year):
    got, why = choose_year("园区投资额可望创新高", body, None, news=True, doc_type="简报")
    assert got == year, why


def test_an_roc_year_of_account_is_read_in_simplified_script_too():
    assert choose_year("某某园区112年度年终记者会", "园区举行年终记者会。")[0] == 2023
    # guard: a count of years is no ROC year in Simplified script
    assert choose_year("百年老店", "这家老店已有110年的历史。")[0] is None


@pytest.mark.parametrize("body, doc_type, published, year", [
    # an article or a yearbook without a date of its own that looks back on a year: the year it reviews
    (PAD + "回顾2016年，本局积极招商，新引进厂商20家。", "其他", None, 2016),
    (PAD + "各位代表，走过不平凡的2022年，我们深知每一项成绩都凝聚着全区上下的心血。", "其他", None, 2022),
    # guards: a date row dates an article; a history since a year is no review of it
    (PAD + "回顾2016年，本局积极招商，新引进厂商20家。", "其他", 2018, 2018),
    (PAD + "回顾2016年以来的发展历程，园区实力不断增强。", "其他", None, None),
])
def test_a_text_looking_back_on_a_year_is_of_that_year(body, doc_type, published, year):
    got, why = choose_year("某某科学园区年报", body, published, doc_type=doc_type)
    assert got == year, why


@pytest.mark.parametrize("body, year", [
    # a five-year period told at its end or looked back on: its last year
    ("“十二五”期间，园区累计投资8.6亿元。“十二五”末，入驻工业企业达到120户，比“十一五”末增加48户。", 2015),
    ("一、回顾“十一五”\n回首过去的五年，工业城的平台建设和招商引资都取得了巨大成就。", 2010),
    # guards: the end of a period as a target or a comparison
    ("开发区将力争到“十三五”末，入驻企业达到200户。", None),
    ("入驻工业企业比“十一五”末增加48户。", None),
])
def test_a_five_year_period_at_its_end_or_looked_back_on(body, year):
    got, why = choose_year("某某开发区发展情况", body)
    assert got == year, why


@pytest.mark.parametrize("body, year", [
    # a part of a year compared with the same period of the year before: the next year
    ("一季度，园区规模以上工业总产值比2023年同期增长9.6%。", 2024),
    ("1-6月，园区实际利用外资较2021年同期增长12%。", 2022),
    # a comparison over two years (a pandemic year's texts) is of the year the average runs to, never the base nor
    # the year after it (issue 12, session 12: was held no year before the two-year rule)
    ("上半年，园区工业增加值比2019年同期增长15%，两年平均增长7%。", 2021),
    # guards: no period of this year told
    ("园区工业总产值比2023年同期增长9.6%。", None),
])
def test_a_part_of_a_year_compared_with_the_same_period_before(body, year):
    got, why = choose_year("某某高新区经济运行情况", body)
    assert got == year, why


@pytest.mark.parametrize("paragraph, year", [
    # an article dated 2021 whose paragraph opens on 去年: its later sentences' figures are of 2020
    ("去年，松岗工业园紧紧围绕高质量发展目标，狠抓项目建设。全年新签约项目11个，新增规模以上工业企业9家。", 2020),
    # guard: a paragraph that does not open on 去年 keeps the page's year
    ("今年以来，松岗工业园紧紧围绕高质量发展目标，狠抓项目建设。新签约项目11个，新增规模以上工业企业9家。", 2021),
])
def test_a_paragraph_opening_on_last_year_dates_its_figures(tmp_path, paragraph, year):
    from indexer.reading.pipeline import read_file

    page = tmp_path / "p.txt"
    page.write_text(f"松岗工业园发展再上新台阶\n来源：松岗日报 发布时间：2021-03-08\n{paragraph}\n", encoding="utf-8")
    report = read_file(page, tmp_path).reports[0]
    signed = [f for f in report.indicators if f.name == "签约项目数"]
    assert report.year == 2021 and signed and signed[0].year == year, [(f.name, f.value, f.year) for f in report.indicators]


@pytest.mark.parametrize("body, year", [
    # last year named in brackets, as Taiwanese news writes 今(114)年, with its results: the year they are about (session
    # 34: the labellers 5 of 5 for last year's results; until then the year the story was told)
    ("【記者某某/高雄報導】去(110)年科技產業園區營業額首度突破4,500億元，今年將力推五大施政重點。", 2021),
    ("園區去（一一三）年營業額再創新高，管理處表示今年持續擴區。", 2024),
    # … last year named for no results of its own: the story is told the year after
    ("管理處表示，去（一一三）年底啟動的擴區工程，今年將完成第一期。", 2025),
    # … and this year (the existing convention) and next year
    ("截至今(一一四)年五月底，園區營業額成長一成。", 2025),
    ("管理處表示，明(115)年將完成擴區工程。", 2025),
    # guard: a day in brackets is no year
    ("管理處今(28日)舉行年終記者會，說明園區營運概況。", None),
])
def test_a_year_named_in_brackets_after_last_or_next(body, year):
    got, why = choose_year("科技產業園區營業額創新高", body, None, news=True, doc_type="简报")
    assert got == year, why


@pytest.mark.parametrize("title, body, year", [
    # a meeting joined to the review names the next year's work (暨), or sets out its outline: the year it reviews
    # (session 34: the labellers file it so, the next year the other reading; until then the house said the next)
    ("某某开发区召开2012年度总结表彰暨2013年经济社会发展工作会议", "2月18日，某某开发区召开会议，表彰先进集体。", 2012),
    ("2月25日下午，某某开发区2012年度目标管理总结表彰大会隆重召开",
     "会上，管委会主任回顾总结了2012年工作，指出了2013年园区整体工作思路和奋斗目标。", 2012),
    # guard: held in the year's last months
    ("某某开发区召开2023年工作总结暨2024年工作部署会", "12月28日，某某开发区召开会议。", 2023),
])
def test_a_review_joined_to_the_next_years_work_is_of_the_year_it_reviews(title, body, year):
    got, why = choose_year(title, body, None, news=True, doc_type="简报")
    assert got == year, why


@pytest.mark.parametrize("body, year", [
    # news deploying a year's work, naming no other year: told as that year opens
    ("5月11日，开发区管委会召开全区工作汇报会。\n会议要求，全面谋划2017年工作，抓好规划，突出产业发展。", 2017),
    ("近日，某某工业园区召开经济运行调度会。会议强调，要以百分之百的热情投入到2025年各项重点工作中。", 2025),
    # guards: held in the year's last months; a year only compared with
    ("12月26日，开发区召开务虚会。\n会议要求，全面谋划2024年工作。", None),
    ("近日，园区召开调度会，工业产值比2019年增长两成。", None),
])
def test_news_deploying_a_years_work_is_of_that_year(body, year):
    got, why = choose_year("园区召开会议", body, None, news=True, doc_type="简报")
    assert got == year, why


@pytest.mark.parametrize("body, year", [
    # an event held today named with its year (an ROC year in Traditional script)
    ("〔記者某某／台北報導〕產業園區成為企業布局重鎮。\n園管局今（19日）舉行「114年招商成果發表會」，宣布今年促成166件投資案。", 2025),
    ("园区管理处表示，招商成果丰硕。\n园区今天举行2023年招商推介会，签约项目12个。", 2023),
    # guard: a year's assessment announced today is the background
    ("商务部今天召开2019年国家级经开区综合发展水平考核评价结果发布会。", None),
])
def test_an_event_held_today_named_with_its_year(body, year):
    got, why = choose_year("园区招商成果丰硕", body, None, news=True, doc_type="简报")
    assert got == year, why


@pytest.mark.parametrize("body, year", [
    # the years since a founding the text states (管委会成立三年来 + 2011年6月成立)
    ("某某工业园区于2011年6月成立，总体规划面积33.6平方公里。\n园区管委会成立三年来，共平整场地1700亩。", 2014),
    # guard: no founding year stated
    ("园区管委会成立三年来，共平整场地1700亩。", None),
])
def test_the_years_since_a_stated_founding(body, year):
    got, why = choose_year("工业园区管理委员会工作情况汇报", body, doc_type="工作汇报")
    assert got == year, why


@pytest.mark.parametrize("row, year", [
    # a date row labelled in English, as a bilingual news site prints it
    ("Last updated: 2025/07/24 14:42", 2025),
    ("Posted on 2021-10-20", 2021),
    # guard: an English sentence that holds a year is no date row
    ("Updated 2019 results show growth", None),
])
def test_a_date_row_labelled_in_english_dates_the_page(row, year):
    from indexer.reading.clean import page_credits

    assert page_credits(f"工業區廠商協進會召開理監事會議\n某某\n{row}\n某某\n廠商協進會昨(23)日舉辦理監事會議。").published == year
