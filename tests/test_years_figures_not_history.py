"""A report's year is the latest year its figures are stated for, never a history's (issue 12, session 12): a year
excepted in a clause of history (除90年受景氣影響外) and a year of founding or renaming (民國58年設立, 2006年…更名为) are
background; after a history's start (1992年，…南方谈话…开始建设) the later year the opening states figures for (截至,
2011年，园区完成…) is the report's; figures listed over a span of years (2016年至2018年，…分别完成…) are of its last
year; a headline's base of comparison (较2019年增长) is no year, and a comparison averaged over two years (较2019年同比
增长…，两年平均增长…) is of the base's second year on; a year of the ROC era written in Simplified script from 民国40 on
is Taiwan's. Guards: a target after a history (2025年，园区将完成…), a plan's span (力争…累计), a span without figures
listed, an early era year (民国25年). Sentences are our own."""
import pytest

from indexer.reading.describe import choose_year


@pytest.mark.parametrize("title, body, year", [
    # a history's start, then a year's figures
    ("青岚工业园区简介", "1992年，在南方谈话精神鼓舞下，青岚县开始规划建设工业园区。2011年，园区完成工业总产值126亿元，实现税收8.2亿元。", 2011),
    ("青岚工业园区简介", "1992年，在南方谈话精神鼓舞下，青岚县开始规划建设工业园区。截至2009年6月，园区累计引进企业120家。", 2009),
    # founding and renaming years passed over for the year the figures are as of
    ("白溪经济开发区简介", "白溪经济开发区始建于1992年，2006年经省政府批准更名为白溪经济开发区。截至2009年6月，开发区累计引进企业320家。", 2009),
    ("白溪经济开发区简介", "2006年，园区更名为白溪经济开发区。截至2010年底，开发区累计引进企业320家。", 2010),
    # a Taiwanese profile: the founding year, a year excepted in a history, the figures as of a year-end
    ("東嶺加工出口區概況", "本區於民國58年設立，除90年受景氣影響外，營業額逐年成長，93年底區內廠商共計86家。", 2004),
    ("東嶺加工出口區概況", "東嶺加工出口區民國58年設立，截至民國88年底，區內廠商共計86家，營業額達新台幣412億元。", 1999),
    # an ROC year in a Simplified copy, named by its era (after 1949 only Taiwan counts by it)
    ("东岭工业区概况", "截至民国88年底，区内厂商共计86家。", 1999),
    # figures listed over a span of years, or summed over it
    ("青港经济开发区发展情况", "2016年至2018年，园区分别完成工业总产值86亿元、102亿元和126亿元。", 2018),
    ("青港经济开发区发展情况", "2019-2021年，青港经济开发区累计引进亿元以上项目36个。", 2021),
    # a two-year average against a base year: the data are of the base's second year on
    ("白溪高新区经济运行", "1-11月，白溪高新区规上工业增加值较2019年同比增长18.6%，两年平均增长8.7%。", 2021),
    ("白溪高新区经济运行", "前三季度，白溪高新区工业投资比2019年同期增长21%，三年平均增长6.6%。", 2022),
])
def test_the_year_the_figures_are_stated_for(title, body, year):
    got, why = choose_year(title, body, None, news=False, doc_type="其他")
    assert got == year, why


def test_inspect_says_what_was_passed_over():
    got, why = choose_year("青岚工业园区简介", "1992年，在南方谈话精神鼓舞下，青岚县开始规划建设工业园区。2011年，园区完成工业总产值126亿元。")
    assert got == 2011 and "历史的起点" in why and "1992年" in why
    got, why = choose_year("园区经济运行", "1-11月，园区工业增加值较2019年同比增长18.6%，两年平均增长8.7%。")
    assert got == 2021 and "基数" in why


@pytest.mark.parametrize("title, body, year", [
    # guards: a target after a history's start is no year of figures
    ("青岚园区概况", "1992年，在南方谈话精神鼓舞下，青岚园区开始建设。2025年，园区将完成产值200亿元。", 1992),
    # … a plan's span summed (力争…累计) is no list of results
    ("青港经济开发区规划", "2021年至2025年，园区力争累计完成投资500亿元。", 2021),
    # … a span with no figures listed over it keeps its first year
    ("青港经济开发区发展情况", "2016年至2018年，园区大力推进基础设施建设，承载能力明显提升。", 2016),
    # … an early era year (民国25年) is a mainland history's, no Taiwanese page
    ("园区发展简史", "民国25年，这里建起了第一座码头；98年后，园区逐步发展成为港口物流基地。", None),
    # … a headline's first year stays when a comparison year follows it
    ("2023年白溪高新区工业增加值较2022年增长8%", "园区工业经济稳中向好。", 2023),
])
def test_guards(title, body, year):
    got, why = choose_year(title, body, None, news=False, doc_type="其他")
    assert got == year, why


def test_a_headline_base_of_comparison_is_no_year():
    got, why = choose_year("1-11月白溪高新区工业增加值较2019年增长18.6%", "园区工业经济稳中向好，主导产业贡献突出。",
                           None, news=True, doc_type="简报")
    assert got != 2019, why


@pytest.mark.parametrize("title, body, published, year", [
    # a history's start, then figures as of an ROC year-end on a Taiwanese page
    ("東嶺工業區概況", "1980年，在十大建設帶動下，東嶺工業區開始建設。截至民國88年12月底，區內廠商共計86家。", None, 1999),
    # … or figures of 今年 in a news item: the year it was published
    ("青岚园区发展纪实", "1992年，在南方谈话精神鼓舞下，青岚园区开始建设。今年1至6月，园区完成工业总产值86亿元。", 2012, 2012),
    # … with no date, 今年 names no year, and the history's start is none either: unknown
    ("青岚园区发展纪实", "1992年，在南方谈话精神鼓舞下，青岚园区开始建设。今年1至6月，园区完成工业总产值86亿元。", None, None),
])
def test_figures_after_a_history_in_roc_years_or_this_year(title, body, published, year):
    got, why = choose_year(title, body, published, news=published is not None, doc_type="简报" if published else "其他")
    assert got == year, why


def test_this_year_in_a_clause_without_figures_changes_nothing():
    # guard: 今年是建区20周年 states no figures for 今年, so the rule of figures stated after a history's start leaves
    # the reading as it was (the opening's first year)
    got, why = choose_year("青岚园区", "1992年，在南方谈话精神鼓舞下，青岚园区开始建设。今年是园区建区20周年。")
    assert got == 1992 and "不作猜测" not in why, why
