"""The year of a profile and of a text that forecasts (issue 12, session 13), as official writing dates itself when
no title, date row or signature does: a profile is as of the latest year whose figures it states — after a history its
opening tells (开始组建, 正式开工建设, 南方讲话, a renaming, a year it was named a model in: 2016年5月，园区被评为…) or
anywhere in an undated profile (2018年园区企业…累计产值…); a year whose outcome is still forecast (2017年至2019年，分别
完成…，预计年均增长…; 2023年预计完成…) is the year the text is written in; a figure compared both with the year before
(同比) and with a named year (较2019年同比增长) is two years after that base; the Nth year since a founding (成立迄今，
已邁入第二十個年頭) counts the founding year as the first. A count of years with 多 (經過4年多) is rounded and dates
nothing. Guards: a plan's forecast for the year it follows, a target span, a dated news item, a 同比 alone, a
comparison with the year before, an undated profile's target year. A fiscal year named by the two calendar years it
spans (2021/22年度, as Hong Kong counts April to March) is the year it starts in; a year a thing is expected to be
finished by (最快在2024年落成, 有望于2026年建成) is no year of the text's; a plan looking back on a five-year period
(回顾“十一五”) before the years of its history is of the period's last year; a news item closing on the date it was
written (二〇二〇年二月三日) or on the paper's issue it ran in (《某某日报》（2023年02月10日05版）) is told then, and a
meeting it tells that reviews a year (2023年度高区总结表彰大会, …工作成果汇报会) is of the next; a five-year period being closed (促进“十二五”圆满收官, 正值“十四五”收官冲刺时期)
is in its last year, unless the close is worked towards (为…收官奠定基础). Sentences are our own."""
import pytest

from indexer.reading.describe import choose_year


@pytest.mark.parametrize("title, body, news, doc_type, year", [
    # a profile's history in its opening, then the figures it states, read past the opening
    ("宜丰陶瓷工业园区概况", "园区位于城区东南，规划面积6.4平方公里。2005年初在原工业小区的基础上开始组建，2005年9月，园区正式开工建设。"
     "经过3年多的建设，园区已形成卫生陶瓷、工业陶瓷两大产业。" + "园区建成标准厂房和检测中心，配套设施日趋完善。" * 6
     + "截至2010年6月，园区入驻企业达到58家。", False, "其他", 2010),
    ("临港保税区简介", "保税区是对外开放的特殊区域。1992年南方讲话以后，各地掀起开放热潮。2006年8月，物流园区在港区设立。"
     + "区港联动拓展了保税功能，带动了加工贸易发展。" * 8 + "2012年，保税区完成地区生产总值420亿元。", False, "其他", 2012),
    # a year the park was named a model in is its history, the later figures its year
    ("石岭农业示范园", "园区规划面积8平方公里。2016年5月，园区被评为省级现代农业示范园区。2019年园区企业上半年累计实现产值3.46亿元。",
     False, "其他", 2019),
    # an undated profile stating its figures only past its opening
    ("青溪产业园简介", "园区地处县城西北，以再生资源利用为主导产业。" * 10 + "2020年园区企业前三季度累计完成工业产值27.8亿元。",
     False, "其他", 2020),
    # a span whose figures end in a forecast, anywhere in the text
    ("临川开发区", "开发区是全区工业发展的主阵地，今年以来引进外资项目9个。" * 8 + "2017年至2019年，分别完成地区生产总值128.6亿元、"
     "151.2亿元、176亿元，预计年均增长17.2%。", True, "简报", 2019),
    # a year's outcome told as a forecast
    ("园区经济运行情况", "园区坚持项目为王，经济运行稳中向好。" * 12 + "2023年预计完成规上工业总产值210亿元，增长9%。",
     False, "其他", 2023),
    # a figure compared with the year before and with a named base
    ("云岫高新区调度会", "1-11月份，该区完成规上工业总产值186.4亿元，同比增长21.3%，较2019年同比增长13.8%。", True, "简报", 2021),
    ("云岫高新区调度会", "前三季度，该区完成工业投资72亿元，较2019年增长18.2%，同比增长9.5%。", True, "简报", 2021),
    # the Nth year since a founding: the founding year is the first
    ("科學園區發展概述", "嶺東科學工業園區於民國72年成立迄今，已邁入第十五個年頭。", False, "其他", 1997),
    ("开发区简介", "开发区于2004年设立，今年是开发区成立以来的第二十个年头。", False, "其他", 2023),
])
def test_the_year_a_profile_or_a_forecast_is_of(title, body, news, doc_type, year):
    got, why = choose_year(title, body, None, news=news, doc_type=doc_type)
    assert got == year, why


@pytest.mark.parametrize("title, body, year", [
    # a fiscal year spanning two calendar years (April to March): the year it starts in
    ("營運基金年報", "營運基金於2021/22年度的業務穩健，總收入較2020/21年度增長約1.6%。", 2021),
    ("科技園公司年報 2022/2023年度", "本年度園區租用率維持高水平。", 2022),
    ("工業邨發展概覽", "2023-24財政年度，工業邨批出土地三幅。", 2023),
    # guards: two years after a hyphen are a span (an award's period), not a fiscal year; a comparison is no year
    ("表彰决定", "2021-2022年度先进集体名单公布如下。", None),
    ("营运回顾", "收入较2020/21年度增长。", None),
    # a year a thing is expected to be finished by is no year of the text's
    ("科技园须与时俱进", "创科园第一批楼宇最快在2024年落成，运营由科技园负责。", None),
    ("园区建设", "二期厂房有望于2026年建成投用，届时可容纳企业40家。", None),
])
def test_fiscal_years_and_completion_dates(title, body, year):
    got, why = choose_year(title, body, None, news=False, doc_type="其他")
    assert got == year, why


@pytest.mark.parametrize("title, body, year", [
    # a plan that first looks back on a five-year period: the years of the history it tells are the period's
    ("工业园区管委会工作计划", "过去的五年，工业城从河滩地变成了新兴工业集中区。\n一、回顾“十一五”\n2005年10月，工业城挂牌成立，"
     "次年首个项目开工。2008年，三个项目竣工投产。", 2010),
    # guard: a year after the period looked back on is the text's own
    ("园区工作总结", "回顾“十三五”，园区实现了跨越发展。2021年，园区完成工业总产值120亿元。", 2021),
])
def test_a_review_of_a_five_year_period(title, body, year):
    got, why = choose_year(title, body, None, news=False, doc_type="工作计划")
    assert got == year, why


@pytest.mark.parametrize("body, year", [
    # a five-year period being closed is in its last year (十二五: 2011–2015, 十四五: 2021–2025)
    ("近日，青港经开区新材料产业园项目正式开工，这是我区促进“十二五”圆满收官的又一成果。1—9月份，园区实现营业收入114亿元。", 2015),
    ("10月31日，区党工委召开会议。会议强调，当前正值“十四五”收官冲刺时期，要强化经济运行调度。", 2025),
    # guards: a close worked towards from the year before
    ("会议要求，全区上下要为“十四五”圆满收官奠定坚实基础。", None),
    ("会议要求，全面完成今年目标任务，为“十四五”顺利收官打好基础。", None),
])
def test_a_five_year_period_being_closed(body, year):
    got, why = choose_year("园区新闻", body, None, news=True, doc_type="简报")
    assert got == year, why


@pytest.mark.parametrize("body, year", [
    # a news item closing on the date it was written (a cell's bar after it): told then, a meeting it tells that heard
    # the year before's work and the new year's plans is of the year it reviews (session 34: the labellers' reading;
    # until then the house said the new year's)
    ("元月26日上午，公司领导来到青港工业区经济小区，听取2019年度工作情况和2020年重点工作汇报。\n"
     "领导对经济小区过去一年的工作给予肯定。\n二〇二〇年二月三日 |", 2019),
    # guard: without the closing date the reviewed year stays (no date to tell the news by)
    ("元月26日上午，公司领导来到青港工业区经济小区，听取2019年度工作情况汇报。\n领导对经济小区的工作给予肯定。", 2019),
])
def test_a_news_item_dated_at_its_end(body, year):
    got, why = choose_year("青港工业区领导调研经济小区工作", body, None, news=True, doc_type="简报")
    assert got == year, why


@pytest.mark.parametrize("title, body, published, year", [
    # a story closing on the paper's issue it ran in (told then) that gives only the year before's results: of the year
    # its results are about, as a summary told the next spring is (session 17's convention; it was 2023, when told)
    ("临港重点园区去年营业收入增长三成", "本报临港2月9日电（记者林川）据悉，2022年临港重点园区累计实现营业收入1824亿元，同比增长31.6%。\n"
     "《青港日报》（2023年02月10日05版）", None, 2022),
    # a year-end meeting named with a word between the year and its genre (2023年度高区总结表彰大会), told the next year:
    # the year it reviews (session 34, as above)
    ("2023年度高区总结表彰大会召开", "2月4日，2023年度高区总结表彰大会召开，会议总结成绩、表彰先进、部署工作。", 2024, 2023),
    # a meeting hearing a year's 成果 and what the new year will bring (在2024年，…将…)
    ("2月6日上午，白溪高新区2023年度高质量发展工作成果汇报会召开", "白溪高新区管委会作2023年工作报告。他强调，在2024年，集团公司将继续"
     "抢抓产业平台建设的契机。", None, 2023),
    # guard: the paper's issue of the same year keeps the year
    ("园区上半年营收增长", "本报讯 2023年上半年，园区实现营业收入820亿元。\n《青港日报》（2023年07月20日02版）", None, 2023),
])
def test_news_told_after_the_year_it_reviews(title, body, published, year):
    got, why = choose_year(title, body, published, news=True, doc_type="简报")
    assert got == year, why




def test_inspect_says_why():
    _, why = choose_year("石岭农业示范园", "2016年5月，园区被评为省级现代农业示范园区。2019年园区企业上半年累计实现产值3.46亿元。",
                         doc_type="其他")
    assert "获评" in why and "2019年" in why
    _, why = choose_year("临川开发区", "今年以来，开发区发展势头良好。" * 15 + "2017年至2019年，分别完成地区生产总值128亿元、151亿元、176亿元，"
                         "预计年均增长17%。", news=True, doc_type="简报")
    assert "预计" in why and "2019" in why
    _, why = choose_year("调度会", "1-11月份，该区完成规上工业总产值186亿元，同比增长21%，较2019年同比增长13%。", news=True,
                         doc_type="简报")
    assert "基数" in why


@pytest.mark.parametrize("title, body, news, doc_type, published, year", [
    # a count of years with 多 is rounded: no year from it (and the history's start is none either)
    ("园区概况", "2004年，园区开始组建。经过4年多的发展，园区成为全市工业的引擎。", False, "其他", None, None),
    # a plan's forecast of the year before is the plan's baseline, not its year
    ("园区工作计划", "园区将全力推进项目建设。" * 20 + "2023年预计完成工业总产值180亿元，2024年力争完成200亿元。", False, "工作计划", None, None),
    # a target span with 预计 after it is a plan's
    ("园区发展规划", "园区立足产业基础谋划未来发展。" * 20 + "2024年至2026年，力争分别完成工业总产值210亿元、240亿元、280亿元，预计年均增长15%。",
     False, "其他", None, None),
    # a dated news item stays its date's, whatever it forecasts
    ("园区新闻", "今年以来，园区发展势头良好。2017年至2019年，分别完成地区生产总值128亿元、151亿元、176亿元，预计年均增长17%。",
     True, "简报", 2020, 2020),
    # a 同比 alone, and a comparison with the year before itself (同比 and 较2020年 are one comparison) date nothing
    ("园区新闻", "1-11月份，该区完成规上工业总产值186亿元，同比增长21%。", True, "简报", None, None),
    # an undated profile's only later year is a target: no year of figures
    ("园区简介", "园区以新材料为主导产业，配套设施完善。" * 12 + "到2025年，园区力争实现工业总产值300亿元。", False, "其他", None, None),
    # the Nth year with no founding year stated dates nothing
    ("开发区简介", "开发区成立以来已迈入第二十个年头，发展势头良好。", False, "其他", None, None),
    # a summary's later dated line is a next step, not its figures: only a profile reads on past its history
    ("园区工作总结", "园区成立于2011年。2023年，园区完成工业总产值86亿元。2024年1-2月园区实现产值12亿元。", False, "工作总结",
     None, 2023),
])
def test_guards(title, body, news, doc_type, published, year):
    got, why = choose_year(title, body, published, news=news, doc_type=doc_type)
    assert got == year, why
