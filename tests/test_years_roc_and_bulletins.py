"""Years as Taiwan's pages and economic bulletins write them (issue #12, session 11): an ROC year written with two
digits (98年, the years before 民國100) on a page that shows it is Taiwan's (its currency, its agencies and science
parks, its counties, its era), in Traditional script or in a Simplified copy; a year the era names in Chinese
numerals (中華民國九十一年度); a three-digit ROC year in a Simplified copy of a Taiwanese story; and a bulletin that
tells the months first and its stock against the last year-end further down (较2023年末净增). Guards: a two-digit
year elsewhere (98年 on a mainland page is 1998 in short, or a count), a count of years (走過40年), a year listed
after an event's year (民國55年、58年), a target's year (预估110年…完成后). Sentences are our own."""
import pytest

from indexer.reading.describe import choose_year

PAD = "园区坚持项目为王，持续优化营商环境，推动产业链延链补链强链，各项工作取得新进展。" * 6


@pytest.mark.parametrize("title, body, news, year", [
    # a Taiwanese page's two-digit ROC year, in its title or its opening
    ("鳳岡園區98年1-6月廠商營業額概況", "98年1-6月鳳岡園區營業額合計新台幣312.5億元，較去年同期衰退一成。", False, 2009),
    ("園區營運概況", "本局統計，96年度園區廠商營業額達新台幣1,250億元，較95年度成長6%。", False, 2007),
    # … in a Simplified copy of a Taiwanese story (its currency, its agency): read as the ROC year it is
    ("竹南园区营业额公布", "国科会公布，竹南科学园区97年营业额达新台币4200亿元，比96年成长8%。", True, 2008),
    ("科学园区营运报告", "高雄园区99年进驻厂商增加12家，全年营业额新台币820亿元。", False, 2010),
])
def test_a_two_digit_roc_year_on_a_page_from_taiwan(title, body, news, year):
    got, why = choose_year(title, body, None, news=news, doc_type="简报" if news else "其他")
    assert got == year, why
    assert "民国纪年" in why and "页面是台湾的" in why  # (inspect names the word that shows the page is Taiwan's)


@pytest.mark.parametrize("title, body", [
    # guards: a mainland page (a 台商 zone names 台湾 but is no Taiwanese page): 98年 is 1998 in short
    ("某台商投资区发展综述", "台商投资区成立以来，台湾客商纷纷落户。98年亚洲金融危机期间，园区仍保持增长。"),
    ("某县防汛工作回顾", "98年特大洪水後，全縣加固堤防。"),
    # … a mainland history's era year (民国25年) and what follows it
    ("园区发展简史", "民国25年，这里建起了第一座码头；98年后，园区逐步发展成为港口物流基地。"),
    # … a mainland page in Traditional script naming the island (a 台商 news site's name): no evidence of Taiwan's calendar
    ("臺資企業座談會召開", "中國臺灣網5月30日消息 座談會上，與會臺商回顧了98年亞洲金融危機後園區的發展歷程。"),
    # … a count of years on a Taiwanese page
    ("園區走過40年", "臺中加工出口區走過40年，園區廠商營業額屢創新高。"),
    ("園區發展回顧", "高雄園區開發至今已有45年，廠商營業額屢創新高。"),
    # … a lease's term on a Taiwanese park's page (只租不售, 租期50年, 地上權為80年)
    ("園區招商說明", "園區土地採只租不售，租期50年，以新台幣計價。"),
    ("園區招商說明", "園區土地採只租不售，地上權為80年，以新台幣計價。"),
    # … a target's year
    ("屏南园区扩建", "屏东县府指出，扩建区共释出9笔用地，预估112年全区完工后，年产值可望增加新台币40亿元。"),
])
def test_no_roc_year_where_the_page_is_not_taiwans_or_the_number_counts(title, body):
    got, why = choose_year(title, body, None, news=False, doc_type="其他")
    assert got is None, why


def test_a_year_listed_after_an_events_year_shares_its_role():
    # 民國55年、58年 are when the zones were set up; the text's year is the anniversary it celebrates
    got, why = choose_year("加工出口區歡慶成立50週年", "政府陸續於民國55年、58年分別於高雄楠梓、台中潭子設置加工出口區。")
    assert got == 2016, why


@pytest.mark.parametrize("title, body, year", [
    # a year the era names, in Chinese numerals with 十 (any script) or in digits
    ("歲出機關別預算表", "單位：新台幣千元\n中華民國九十一年度\n科目 本年度預算數 上年度預算數", 2002),
    ("园区预算说明", "中华民国一百零三年度园区管理局预算，单位：新台币千元。", 2014),
    ("工業區開發計畫", "本計畫執行期間為民國88年度，辦理工業區公共設施改善。", 1999),
])
def test_a_year_named_by_the_era(title, body, year):
    got, why = choose_year(title, body, None, doc_type="其他")
    assert got == year, why
    assert "民国纪年" in why


def test_a_bulletins_stock_against_the_last_year_end_further_down():
    body = ("今年以来，高新区经济运行总体平稳。" + PAD + PAD +
            "截至9月底，全区市场主体存量3.2万户，较2023年末净增4100户。")
    got, why = choose_year("", body, None, doc_type="工作总结", from_lead=True)
    assert got == 2024, why
    # guard: no part of a year told before it (a plan comparing a target with a year-end): no year
    plan = PAD + "力争企业总数较2023年末增长一成。"
    assert choose_year("", plan, None, doc_type="工作计划", from_lead=True)[0] is None


@pytest.mark.parametrize("title, body, year", [
    # a count of twenty years (20年来, 20年前, 近20年) is how a history counts, not a year with its digits cut
    ("", "20年来，园区从无到有、从小到大。" + PAD + "2021年，园区实现规上工业产值120亿元。", 2021),
    ("园区发展综述", "20年前，这里还是一片滩涂。2018年，园区实现工业总产值86亿元。", 2018),
    ("园区发展综述", "园区已走过20年的发展历程。2023年，园区新增企业30家。", 2023),
])
def test_a_count_of_twenty_years_is_no_masked_year(title, body, year):
    got, why = choose_year(title, body, None, doc_type="工作汇报", from_lead=not title)
    assert got == year, why


@pytest.mark.parametrize("title, body", [
    # guards: a year whose last digits the site cut (20年上半年, 于20年3月) stays masked: no guess
    ("某某园区20年上半年工作总结", "园区上半年各项工作稳步推进。"),
    ("园区建设情况", "园区于20年3月开工建设，2019年完成规划。"),
])
def test_a_year_with_its_digits_cut_stays_masked(title, body):
    got, why = choose_year(title, body, None, doc_type="工作总结")
    assert got is None and "隐去" in why, why


@pytest.mark.parametrize("title, body, year", [
    # a news item on an anniversary, counted from a founding year that opens its clause further on (1994年，经省政府批准设立…)
    ("庆祝青岚工业园区设立30周年", "庆祝青岚工业园区设立30周年座谈会昨日举行。\n1994年，经省政府批准设立青岚工业园区。", 2024),
    # … or that heads a list of founding years (1989年和1992年，…相继…批准设立): the first park's
    ("甲港投资区设立20周年纪念大会举行", "20日晚，庆祝甲港投资区设立20周年纪念大会举行。\n1989年和1992年，国务院相继在甲港和乙港批准设立投资区。", 2009),
])
def test_an_anniversary_from_a_founding_year_opening_its_clause(title, body, year):
    got, why = choose_year(title, body, None, news=True, doc_type="简报")
    assert got == year, why
