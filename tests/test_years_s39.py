"""Years read in session 39: how a news item states its time. A lead whose clause is framed by 去年 tells last year's
results however long its subject; a comparison with last year (比去年增长) is this year's news; a credit dated in full
on its own line (【某某网2015年2月12日讯】) is when the story is told, not what it is about; the year an award received
is named for (获颁「107年度…奖」) is the rewarded year's, the background of the news of its giving; a year cut out of
a copy (年是…关键一年) is masked. And a type: a statistics bulletin built in its offices' parts (一、综合 first) is a
report whatever its preamble. Own pages, invented names and numbers."""
from conftest import read_page


def test_last_years_clause_with_a_long_subject_tells_last_years_results(tmp_path):
    # (a page with no headline line: its title is the lead's first words)
    page = ("close\n【青禾晚報／記者林某某／台北報導】 2019.01.28\n"
            "管理局上午指出，由於晶片產業出貨暢旺，去年青禾、松嶺及白沙等三個科學園區的營業額逼近1兆元，再創歷史新高，"
            "今年可望續增。\n管理局副局長中午表示，園區擴建計畫進展順利，三個園區共有廠商五百餘家。\n")
    (report,) = read_page(tmp_path, page)
    assert report.year == 2018, report.evidence["year"]


def test_a_comparison_with_last_year_is_this_years_news(tmp_path):
    # must-not: 比去年增长 measures this year's figure against last year's; the news is of the year it is told in
    page = ("青湾开发区营业额稳步增长\n发布时间：2023-10-09  来源：青湾开发区\n"
            "青湾开发区前三季度营业额比去年增长12%，达到56亿元，主导产业保持较快增长。\n")
    (report,) = read_page(tmp_path, page)
    assert report.year == 2023, report.evidence["year"]


def test_last_year_dating_only_what_the_subject_did_before_is_no_review(tmp_path):
    # must-not: 去年签约的项目日前实现投产 — 去年 dates the signing inside the subject; the news, 日前, is of now
    page = ("青湾园区项目投产\n发布时间：2024-04-02  来源：青湾园区\n"
            "去年签约的青湾精密制造项目日前实现竣工投产，园区负责人表示，将继续做好项目服务。\n")
    (report,) = read_page(tmp_path, page)
    assert report.year == 2024, report.evidence["year"]


def test_a_comparison_beyond_last_years_total_is_this_years_news(tmp_path):
    # must-not: 超过去年全年 likewise compares; the results are this year's
    page = ("青湾开发区签约额创新高\n发布时间：2023-11-20  来源：青湾开发区\n"
            "青湾开发区今年签约额已超过去年全年，达到88亿元。\n")
    (report,) = read_page(tmp_path, page)
    assert report.year == 2023, report.evidence["year"]


def test_a_credit_dated_in_full_is_when_the_story_is_told(tmp_path):
    # the credit's line under a site's rows; the lead's own ROC year says which year's results it tells
    page = ("site logo: example\n\n青禾科學園區營運佳 全年營收創新高\n\n人氣: 12\n【字號】\n\n"
            "【青禾網2016年02月15日訊】(青禾網記者王某某台灣報導)據科技部統計，青禾科學園區104年全年度營收創歷史新高，"
            "104年總營收達1兆2,345億元，較103年成長5.1%。\n\n責任編輯:李某\n")
    (report,) = read_page(tmp_path, page)
    assert report.year == 2015, report.evidence["year"]


def test_a_dated_credit_before_last_years_results_is_the_year_after_them(tmp_path):
    page = ("青湾园区经济稳步增长\n\n【青湾网2024年1月15日讯】去年，青湾园区实现营业收入120亿元，同比增长8%，"
            "主导产业加快集聚。\n")
    (report,) = read_page(tmp_path, page)
    assert report.year == 2023, report.evidence["year"]


def test_a_dated_credit_over_a_day_only_lead_dates_the_news(tmp_path):
    # must-not: a lead telling its day only is the credit's year's news
    page = ("青湾园区召开项目推进会\n\n【青湾网2024年3月15日讯】3月14日，青湾园区召开重点项目推进会，"
            "部署二季度项目建设工作。\n")
    (report,) = read_page(tmp_path, page)
    assert report.year == 2024, report.evidence["year"]


def test_the_year_an_award_received_is_named_for_is_background(tmp_path):
    page = ("青禾招商成績亮眼 再奪全國第一\n\n【青禾時報2019年05月18日訊】(青禾時報記者陳某某報導)青禾市府18日獲頒"
            "「107年度招商績優獎」，簽約金額高達新台幣120億元，居全國之冠。\n\n市府表示，青禾產業園區簽約金額占一半以上。\n")
    (report,) = read_page(tmp_path, page)
    assert report.year == 2019, report.evidence["year"]


def test_a_year_cut_out_of_a_document_sites_copy_is_masked(tmp_path):
    # a copy whose years were stripped (年是…关键一年, 做好年的各项工作): the upload row dates nothing of the text
    page = ("园区管委会年度工作安排\n时间:2021-06-14 09:12:40\n园区管委会年度工作安排\n"
            "年是园区建设发展的关键一年，既面临严峻挑战，又蕴藏良好机遇。提前谋划好、安排好年的各项工作十分紧迫。\n"
            "园区年总的工作思路是，以项目建设为中心，着力抓好基础设施建设、招商引资和项目服务。\n"
            "一、完成园区的规划工作\n二、抓好土地储备\n")
    (report,) = read_page(tmp_path, page)
    assert report.year is None, report.evidence["year"]


def test_words_opening_on_year_are_not_a_year_cut_out(tmp_path):
    # must-not: 年产值, 年均 are words of their own, and a year broken over a line (2022\n年是) is a year
    page = ("青湾工业园区简介\n发布时间：2022-03-01\n青湾工业园区位于青湾市东部，规划面积12平方公里。\n"
            "年产值超过80亿元，年均增长10%以上，入园企业120家。\n")
    (report,) = read_page(tmp_path, page)
    assert report.year == 2022, report.evidence["year"]
    page = ("青湾工业园区2022年工作计划\n"
            "2022\n年是园区加快转型的关键一年，园区将着力抓好项目建设和招商引资。\n一、主要目标\n二、重点工作\n")
    (report,) = read_page(tmp_path, page)
    assert report.year == 2022, report.evidence["year"]


def test_a_campaign_named_with_its_year_dates_the_news(tmp_path):
    # an event named with its year before its name and no 年 (2021中外知名企业青川行活动), as fairs and forums are
    page = ("2021中外知名企业青川行活动签约精密制造生产基地等14个项目，总投资43.2亿元。青川经开区成立工作专班，"
            "落实专人制定项目推进方案，有序推进签约项目开工。\n")
    (report,) = read_page(tmp_path, page)
    assert report.year == 2021, report.evidence["year"]


def test_a_bulletin_in_the_statistics_offices_parts_is_a_report_whatever_its_preamble(tmp_path):
    # a district's bulletin opening on the year's character and its leadership, then 一、综合 and sector by sector
    page = ("2019年，是青湾区加快转型的关键一年，全区上下在区委、区政府的坚强领导下，坚持稳中求进，经济保持平稳发展。\n"
            "一、综合\n初步核算，2019年，全区生产总值215.3亿元，按可比价格计算，比上年增长7.2%。其中，第一产业增加值12.1亿元，"
            "增长2.5%；第二产业增加值98.6亿元，增长7.9%；第三产业增加值104.6亿元，增长7.0%。\n"
            "二、工业\n全年规模以上工业增加值增长8.1%，青湾经开区规模以上工业产值增长9.3%，高新技术产业产值增长12.4%。\n")
    (report,) = read_page(tmp_path, page)
    assert report.doc_type == "工作报告", report.evidence["doc_type"]
    assert report.year == 2019, report.evidence["year"]


def test_a_units_summary_opening_on_its_leadership_is_no_bulletin(tmp_path):
    # must-not: the statistics' words without the bulletin's parts leave a unit's summary its own
    page = ("青湾经开区2019年工作总结\n2019年，在市委、市政府的坚强领导下，我区坚持稳中求进，经济保持平稳发展。"
            "全年规模以上工业增加值增长8.1%，产值增长9.3%，高新技术产业产值增长12.4%，税收增长6.2%，投资增长10.5%，"
            "按可比价格计算。\n一、主要工作\n（一）项目建设加快推进。\n")
    (report,) = read_page(tmp_path, page)
    assert report.doc_type == "工作总结", report.evidence["doc_type"]
