"""Years read in session 39's second round: which date row is the page's and which the site's. A site prints today's
date with its weekday over every page (2024年04月25日 (周四), 2016年02月18日 星期四 23:57:08, a ticking clock); a
story's own date row under it (上传 2020.08.31 16:56, 2015/10/19《某某月刊》整理) is when the story was told. Own pages,
invented names and numbers."""
from conftest import read_page


def test_a_widget_with_its_weekday_in_brackets_is_the_sites_and_the_upload_row_the_storys(tmp_path):
    page = ("2025年03月11日 (周二)\n青岚代表团赴海外考察招商\n"
            "  • 青岚日报 记者 王某\n  • 上传 2021.09.14 10:20\n  • 参与互动 0\n\n"
            "9月8日至11日，青岚市代表团一行访问海外，与多家企业交流，推动青岚国际合作产业园招商。"
            "代表团表示，将进一步加强合作。\n")
    (report,) = read_page(tmp_path, page)
    assert report.year == 2021, report.evidence["year"]
    assert report.title == "青岚代表团赴海外考察招商"


def test_a_ticking_clock_over_a_storys_own_dated_row_is_the_sites(tmp_path):
    page = ("2019年05月02日 星期四 08:41:16\n\n掌握园区脉动的产业月刊\n\n青岚生技园区 三年内产值上看90亿\n\n"
            "2017/06/12《青岚产业月刊》整理\n\n"
            "主管部门于6月12日召开会议，听取青岚生技园区的建设报告，园区产值有望三年内达到90亿元，"
            "园区已有厂商四十余家进驻。\n")
    (report,) = read_page(tmp_path, page)
    assert report.year == 2017, report.evidence["year"]


def test_a_widget_over_a_row_of_the_same_year_stays_the_papers_date(tmp_path):
    # must-not: a paper's issue day with its weekday, and the item's row of the same year: that year
    page = ("2018年7月3日 星期二\n青岚开发区上半年招商成绩亮眼\n[2018-07-03]\n"
            "青岚开发区上半年新签约项目32个，总投资86亿元，主导产业加快集聚。\n")
    (report,) = read_page(tmp_path, page)
    assert report.year == 2018, report.evidence["year"]


def test_a_widget_alone_still_dates_a_news_item(tmp_path):
    # must-not: with no other date row the widget's date is all the page prints, and stays its date
    page = ("2022年11月08日 星期二\n青岚园区新项目开工\n"
            "近日，青岚园区新能源材料项目开工建设，项目总投资12亿元，建成后年产值可达20亿元。\n")
    (report,) = read_page(tmp_path, page)
    assert report.year == 2022, report.evidence["year"]


def test_a_late_month_story_citing_last_years_figure_is_of_its_date_rows_year(tmp_path):
    # a story of November, dated by its row: a figure of the year before (产业规模在2022年达到…) is its background,
    # no year-end meeting reviewing it
    page = ("青岚航空港签约项目超30亿元\n2023年11月14日 18:20\n来源: 青岚经济报\n\n"
            "11月13日，在青岚航空博览会首日，青岚航空港管委会现场签约9个项目，总投资额超过30亿元。\n"
            "据介绍，青岚航空港目前已建成多条国际货运航线。\n"
            "青岚航空产业规模在2022年达到560亿元，突破五百亿大关。\n")
    (report,) = read_page(tmp_path, page)
    assert report.year == 2023, report.evidence["year"]


def test_a_year_end_meeting_reviewing_its_own_year_keeps_it(tmp_path):
    # must-not: a December meeting hearing the year's own work report: the row's year and the reviewed one agree
    page = ("青岚园区召开年终工作会议\n2023年12月29日 09:10\n来源: 青岚园区\n\n"
            "12月28日，青岚园区召开年终工作会议，会议审议通过了园区2023年度工作报告。\n"
            "会上，各部门负责人逐一汇报了工作情况。\n")
    (report,) = read_page(tmp_path, page)
    assert report.year == 2023, report.evidence["year"]


def test_a_day_then_a_year_named_event_dates_an_undated_story(tmp_path):
    # no date row, the opening only a target (到2026年): further on, a sentence opens on its day and names its event
    # with the event's year
    page = ("聚焦青岚空港新区建设：临空产业加速集聚\n"
            "青岚机场被定位为区域航空枢纽，近期规划目标到2026年，旅客吞吐量3000万人次。\n"
            "临空经济正在形成以航空运输为指向的产业聚集效应。\n"
            "4月9日上午，2021年青岚市春季重点项目集中开工活动在青岚空港新区举行，全市56个重点项目集中开工。\n"
            "其中空港新区项目12个，总投资180亿元。\n")
    (report,) = read_page(tmp_path, page)
    assert report.year == 2021, report.evidence["year"]


def test_a_year_glued_to_a_quoted_campaign_name_is_the_campaigns(tmp_path):
    # 2022“…”: organisers name a campaign with its year and no 年
    page = ("(资料图)\n青岚网讯（记者 李某报道）6月14日，2022“走进青岚看发展”网络媒体采访团来到青岚县，"
            "深入产业园区和企业，实地探访特色产业发展情况。\n"
            "采访团来到青岚县乡村振兴产业园，园区现已入驻企业15家，带动当地群众就业600余人。\n")
    (report,) = read_page(tmp_path, page)
    assert report.year == 2022, report.evidence["year"]


def test_a_day_then_a_years_founding_is_still_history(tmp_path):
    # must-not: the day's sentence naming a zone founded in a year: that year is the zone's history
    page = ("青岚园区迎来新项目\n"
            "园区负责人介绍，园区将继续优化营商环境。\n"
            "5月6日，2015年设立的青岚园区迎来又一批企业入驻，入驻企业达到40家。\n")
    (report,) = read_page(tmp_path, page)
    assert report.year != 2015, report.evidence["year"]


def test_a_zones_start_of_construction_told_as_its_attribute_is_history(tmp_path):
    # 2009年5月启动建设的某合作区: when the zone was started, its history; the story's year is its figures'
    page = ("沙漠中崛起的产业新城\n"
            "在青岚河以东约80公里的荒漠里，一座产业新城迅速崛起，这座新城就是2009年5月启动建设的青岚海外经贸合作区。"
            "日前，记者走访了合作区。\n"
            "目前起步区已初步建成，截至2015年年底，已累计投资近2亿美元，入驻企业46家。\n")
    (report,) = read_page(tmp_path, page)
    assert report.year != 2009, report.evidence["year"]


def test_construction_started_in_the_years_clause_of_projects_stays_the_years_work(tmp_path):
    # must-not: 的 followed by no zone — a year's projects started (2023年开工建设的项目达到30个) are that year's results
    page = ("青岚园区项目建设提速\n"
            "2023年开工建设的项目达到30个，总投资150亿元，园区项目建设明显提速。\n")
    (report,) = read_page(tmp_path, page)
    assert report.year == 2023, report.evidence["year"]


def test_an_approval_after_its_purpose_clause_is_the_zones_history(tmp_path):
    # 某年某月，为…，经市政府批准，…: an official history puts the purpose first; the approval is the zone's history
    page = ("青岚化工园区的基本概况\n"
            "2010年9月，为进一步完善青岚化工园区建设和管理，经市委、市政府批准，青岚化工新区管辖面积扩大到8.6平方公里。"
            "2014年3月，园区实现工业产值120亿元，入驻企业52家。\n")
    (report,) = read_page(tmp_path, page)
    assert report.year != 2010, report.evidence["year"]


def test_a_purpose_clause_before_the_years_own_work_stays_that_years(tmp_path):
    # must-not: no authority's approval after the purpose — the year's work and results
    page = ("青岚园区招商工作综述\n"
            "2022年，为推动园区高质量发展，园区新引进项目26个，完成固定资产投资48亿元，同比增长11%。\n")
    (report,) = read_page(tmp_path, page)
    assert report.year == 2022, report.evidence["year"]


def test_the_present_counted_as_the_parks_anniversary_dates_the_story(tmp_path):
    # 於2009年3月成立，今年恰好…15週年: 今年 is the founding year and the count — 2024; read past a long run of
    # headlines the site prints over the story
    runs = " ".join(f"某地领导会见外国代表团第{n}次会谈圆满结束" for n in range(1, 16))
    page = (f"{runs}\n青岚工業園採訪記\n"
            "〔本報消息〕本報工作團昨(12)日前往青岚省採訪青岚工業園，並獲得該公司領導親切接待。"
            "該公司副總經理介紹，青岚工業園於2009年3月成立，今年恰好投入運營15週年。\n"
            "工業園面積逾500公頃，交通十分便利。\n")
    (report,) = read_page(tmp_path, page)
    assert report.year == 2024, report.evidence["year"]


def test_the_present_named_as_a_national_anniversary_is_not_the_parks(tmp_path):
    # must-not: 今年是改革开放40周年 counts from 1978, not from the park's founding
    page = ("青岚园区发展纪实\n"
            "青岚园区于2006年成立，今年是改革开放40周年，园区已入驻企业80家。\n")
    (report,) = read_page(tmp_path, page)
    assert report.year != 2046, report.evidence["year"]


def test_news_of_a_short_plan_issued_is_of_its_first_year(tmp_path):
    page = ("青岚科技园印发实施提质增效三年行动计划——推进重点项目60项\n"
            "近日，青岚区印发《青岚科技园提质增效三年行动计划(2024年—2026年)》。计划到2026年，青岚科技园总收入力争达到900亿元。"
            "行动计划部署重点任务40项。(青岚日报)\n")
    (report,) = read_page(tmp_path, page)
    assert report.year == 2024, report.evidence["year"]


def test_news_of_a_long_range_plan_issued_names_no_year(tmp_path):
    # must-not: a ten-year plan's first year says nothing of when it was issued
    page = ("青岚省出台园区产业布局规划\n"
            "近日，青岚省出台《青岚省工业园区产业布局规划(2016—2025年)》，明确各园区主导产业。\n")
    (report,) = read_page(tmp_path, page)
    assert report.year != 2016, report.evidence["year"]


def test_a_year_whose_clause_says_what_will_be_done_is_no_years_results(tmp_path):
    # an undated article, its opening long: 2024's results, then 2025年，某园将…实现… — a plan for the year, no result of
    # it (the lead's unseen page of session 39 was dated by the plan)
    page = ("根据最新数据，青岚科学城的产值已突破3200亿元，在全国高新区综合排名中位列第六。作为最具活力的经济区域之一，"
            "青岚科学城在科技创新和经济发展方面表现突出，特别是在光电子信息、生物医药和高端装备等产业的发展上取得了显著成效，"
            "吸引了大批企业和人才前来创业发展，成为区域经济的重要引擎。\n"
            "青岚科学城的成功经验表明，通过创新驱动发展是提升地区竞争力的关键。随着青岚科学城继续深化改革开放，加强与全球"
            "市场的联系，预计未来将保持强劲的增长势头，为经济发展注入更多活力，也为其他地区的高新区建设提供了可资借鉴的经验。\n"
            "2024年，青岚高新区全年地区生产总值突破3200亿元，同比增长7.1%，对全市经济增长的贡献率接近50%。\n"
            "2025年，青岚科学城将集中精力发展高科技、实现产业化，力争地区生产总值增长6.5%左右。\n"
            "2024年，青岚科学城工业增加值增速达到17.5%，对经济增长的贡献率提升至56%。\n")
    (report,) = read_page(tmp_path, page)
    assert report.year == 2024, report.evidence["year"]


def test_a_years_results_nearly_reached_stay_its_results(tmp_path):
    # must-not: 将近 (nearly) is no future
    page = ("青岚园区发展概况\n青岚园区是省级开发区。\n"
            "2019年，园区实现营业收入将近80亿元，新增规上企业12家。\n")
    (report,) = read_page(tmp_path, page)
    assert report.year == 2019, report.evidence["year"]
