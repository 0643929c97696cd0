"""Reading decided in session 47. Own pages.

- A disclosure catalogue's field 内容概述 (what the document is) names the page's title where no row labels a title, its
  value a title's phrase (no comma, no sentence end): the label is the catalogue's, never part of the title.
"""
import pytest

from conftest import read_page


BODY = "2023年，某某高新区管委会在市委、市政府的坚强领导下，全面完成年度目标任务。全年实现工业总产值120亿元，同比增长8%。\n"


@pytest.mark.parametrize("rows", [
    "内容概述：某某高新区2023年工作总结和2024年工作计划\n",
    "索引号：1150-2024-00012  发布日期：2024-03-06\n内容概述：某某高新区2023年工作总结和2024年工作计划\n\n",
    "索引号 | 1150-2024-00012 |\n內容概述 | 某某高新區2023年工作總結和2024年工作計劃 |\n",
])
def test_a_catalogues_summary_field_names_the_title_without_its_label(tmp_path, rows):
    (report,) = read_page(tmp_path, rows + BODY)
    assert report.title.replace("區", "区").replace("總結", "总结").replace("計劃", "计划") \
        == "某某高新区2023年工作总结和2024年工作计划", report.evidence["title"]
    assert "内容概述" in report.evidence["title"] or "內容概述" in report.evidence["title"]


def test_a_summary_field_holding_a_sentence_names_no_title(tmp_path):
    # (the guard: a field summing the text up in a sentence of its own is no title)
    page = ("某某高新区2023年工作总结\n内容概述：本文总结了高新区一年来的工作，提出了下一步打算。\n" + BODY)
    (report,) = read_page(tmp_path, page)
    assert report.title == "某某高新区2023年工作总结", report.evidence["title"]


def test_a_title_field_wins_over_the_summary_field(tmp_path):
    page = ("标题：某某高新区2023年工作总结\n内容概述：某某高新区年度工作情况\n" + BODY)
    (report,) = read_page(tmp_path, page)
    assert report.title == "某某高新区2023年工作总结", report.evidence["title"]


# ---------------------------------------------------------------- years

@pytest.mark.parametrize("page, wrong", [
    # a forecast's modal and 投入 between the year and the verb of finishing (预计2017年就可投入生产): its due date
    ("据某报日前报道，某商会表示，将有更多企业到某某产业园设厂投资。商会负责人表示，园区内在建的钢铁厂预计2027年就可投入生产，"
     "产品主要用于出口。\n同时，商会欢迎更多企业来园区投资家具厂。\n", 2027),
    # a year whose clause tells what will be done in it (2027年，某产业园将建成…), a news item dated nowhere else
    ("9月16日，总投资50亿元的某某石材产业园项目奠基。近年来，某县依托石材资源，对园区重新规划。\n"
     "据悉，项目分三期建设。2027年，某某石材产业园将建成北方最大的石材加工集散地。\n", 2027),
])
def test_a_year_things_will_be_done_in_is_no_year_of_the_news(tmp_path, page, wrong):
    (report,) = read_page(tmp_path, page)
    assert report.year != wrong, report.evidence["year"]


@pytest.mark.parametrize("opening", [
    "（中央社記者某某雲林縣3日電）某某工業區某某區編定多年開發無期，縣議員今天要求縣府向中央爭取解編。"
    "縣議員表示，某某區是唯一內陸工業區，民國80年民地被編定為工業區用地，至今25年開發無期，浪費土地資源。\n",
    "某某工业区某某片区规划多年开发无期，县人大代表近日建议解除规划。代表表示，该片区1991年被划为工业用地，至今已有25年，"
    "一直未能开发。\n",
])
def test_a_year_counted_from_to_now_is_where_a_span_starts(tmp_path, opening):
    (report,) = read_page(tmp_path, opening)
    assert report.year != 1991, report.evidence["year"]


def test_a_founding_told_against_the_present_is_history(tmp_path):
    page = ("某省两个开发区扩区 两个开发区升格\n"
            "某省将推动甲经济技术开发区、乙经济技术开发区扩区，并推动丙经济开发区等一批省级开发区升格为国家级开发区。\n"
            "甲经济技术开发区1985年设立，是全省最早设立的开发区，目前土地开发基本完成。为拓展发展空间，拟扩大到毗邻的岛屿。\n")
    (report,) = read_page(tmp_path, page)
    assert report.year != 1985, report.evidence["year"]


def test_a_founding_told_as_the_news_keeps_its_year(tmp_path):
    # (the guard: the headline tells the founding itself, and nothing sets its year against the present)
    page = ("某某工业园揭牌成立\n2023年5月12日，某某工业园揭牌成立，市委书记出席揭牌仪式。园区规划面积10平方公里。\n")
    (report,) = read_page(tmp_path, page)
    assert report.year == 2023, report.evidence["year"]


@pytest.mark.parametrize("said, year", [("去年(2012年)", 2013), ("去年（2012年）", 2013), ("明年（2014年）", 2013)])
def test_last_or_next_year_glossed_with_its_number_dates_the_news(tmp_path, said, year):
    page = ("走进位于某某经济技术开发区的某啤酒公司，生产车间一片忙碌景象，公司正在抓紧完成第一季度的生产任务。\n"
            "10多年来，开发区生产总值从2000年的3.02亿元增加到2012年的120.9亿元。“开发区是全市经济的排头兵。”开发区党工委书记某某说。\n"
            f"{said}8月30日，国务院批复同意某某经济技术开发区扩区9.9平方公里。\n")
    (report,) = read_page(tmp_path, page)
    assert report.year == year, report.evidence["year"]


# ---------------------------------------------------------------- titles

def test_a_teaser_under_its_label_set_off_by_a_space_is_no_title(tmp_path):
    lead = "9月16日，投资105亿元的某某国际石材产业园项目奠基，同期，某某石材产业发展论坛在某县举行，来自各地的石材行业精英会聚"
    page = (f"摘要 {lead}...\n{lead}一堂，共同研讨石材产业发展大计。近年来，某县依托石材资源，对园区重新规划。\n")
    (report,) = read_page(tmp_path, page)
    assert report.title == "9月16日，投资105亿元的某某国际石材产业园项目奠基", report.evidence["title"]


@pytest.mark.parametrize("page, title", [
    # a place a localizer closes (在…車間內), run on past as in Simplified
    ("近日，在位於某某縣的某某綠色板材產業園生產車間內，工人在調試生產設備。\n據悉，該產業園規劃用地1030畝，規劃總投資20億元。\n",
     "近日，在位於某某縣的某某綠色板材產業園生產車間內，工人在調試生產設備"),
    # a party named by its task (率調研組，) run on past as 率调研组 is
    ("1月26日，市經信局局長某某率調研組，來我縣實地調研某某衛浴園和電動車生產項目。\n調研組一行先後到多家企業。\n",
     "1月26日，市經信局局長某某率調研組，來我縣實地調研某某衛浴園和電動車生產項目"),
])
def test_a_traditional_leads_frames_are_read_as_in_simplified(tmp_path, page, title):
    (report,) = read_page(tmp_path, page)
    assert report.title == title, report.evidence["title"]


# ---------------------------------------------------------------- figures

def figures(report):
    return {(f.name, f.value, f.status) for f in report.indicators}


def test_a_span_from_year_to_year_is_no_deadline(tmp_path):
    page = ("某某经开区：戈壁荒滩写传奇\n"
            "从1992年建区成立到2000年晋升为国家级经开区，从成立之初的10家企业到如今注册企业3800余家，2023年实现工业总产值848.65亿元。\n")
    (report,) = read_page(tmp_path, page)
    assert ("工业总产值", 848.65, "实际") in figures(report), report.indicators


def test_a_deadline_still_makes_a_target(tmp_path):
    # (the guard: 到2025年 opening its own clause is a deadline, whatever figure follows)
    page = ("某某经开区发展规划\n到2025年，园区实现工业总产值1000亿元，入园企业达到500家。\n")
    (report,) = read_page(tmp_path, page)
    assert ("工业总产值", 1000, "目标") in figures(report), report.indicators


def test_taxable_sales_are_the_turnover_unless_one_is_stated_beside_them(tmp_path):
    page = ("某某陶瓷产业园发展势头良好\n今年以来，某某陶瓷产业园区推进第二次创业。预计一季度，园区内企业可完成应税销售9亿元，比去年同期增长30%。\n"
            "去年全年，园区实现营业收入150亿元，工业应税销售收入138亿元。\n")
    (report,) = read_page(tmp_path, page)
    got = {(f.name, f.value) for f in report.indicators}
    assert ("营业收入", 9) in got and ("营业收入", 150) in got and ("营业收入", 138) not in got, report.indicators


def test_domestic_capital_used_is_the_money_brought_in(tmp_path):
    page = ("某某县产业园区2023年工作总结\n全年，园区固定资产投资3.1亿元、增长124.7%，招商引资实际使用内资2.7亿元、增长221%。\n")
    (report,) = read_page(tmp_path, page)
    assert ("招商引资到位资金", 2.7, "实际") in figures(report), report.indicators


# ---------------------------------------------------------------- parks

def test_a_zone_inside_a_park_named_by_its_services(tmp_path):
    page = ("汀州高新区滨河电商快递产业园一期项目落成\n1日上午，汀州高新区滨河电商快递产业园一期项目落成，高新区党工委副书记出席活动。"
            "滨河电商快递产业园是集中转、仓储、冷藏于一体的综合物流园区。\n")
    (report,) = read_page(tmp_path, page)
    assert report.park == "汀州高新区滨河电商快递产业园", report.evidence["park"]


@pytest.mark.parametrize("title", ["江淮科技产业园入选中国十大最具投资价值锂电产业园", "江淮科技产业园跻身全国百强卫浴产业园"])
def test_a_rankings_class_names_no_park(tmp_path, title):
    page = (f"{title}\n评选日前揭晓，溧州市江淮科技产业园榜上有名。近年来，江淮科技产业园重点打造新能源动力电池产业集群。\n")
    (report,) = read_page(tmp_path, page)
    assert report.park == "溧州市江淮科技产业园" or report.park == "江淮科技产业园", report.evidence["park"]
    assert not any(n.endswith(("锂电产业园", "卫浴产业园")) for n in report.parks_mentioned), report.parks_mentioned


def test_an_estates_area_named_by_its_township(tmp_path):
    page = ("離島工業區台西區編定25年開發無期\n（中央社記者某某雲林縣3日電）離島工業區台西區編定多年開發無期，雲林縣議員今天要求縣府向中央爭取解編。"
            "議員表示，台西區是離島工業區唯一內陸工業區，浪費土地資源。\n")
    (report,) = read_page(tmp_path, page)
    assert report.park == "离岛工业区台西区", report.evidence["park"]


def test_a_law_databases_chapter_and_date_after_a_rules_name_are_no_title(tmp_path):
    page = ("加工出口區內建築物租售辦法  總則 ( 97 年 07 月 16 日)\n第3條\n"
            "加工出口區內建築物，得由公民營事業自行申請投資興建或由管理處公開徵求公民營事業投資興建。\n")
    (report,) = read_page(tmp_path, page)
    assert report.title == "加工出口區內建築物租售辦法", report.evidence["title"]


def test_whom_a_quotation_addresses_is_no_reader_of_the_text(tmp_path):
    body = ("1992年，汀州经开区正式获批成立，在一片荒凉戈壁上孕育勃勃生机。经过32年不懈奋斗，这片土地上产业聚、城乡美。\n"
            "当年，拓荒之旅谈何容易？汀州经开区在项目筛选时，将一家饮料集团确定为目标客户，招商团队两次来到集团总部。"
            "集团时任董事长看完这份调查报告后感慨地说：“你们的报告很专业，你们就是我们在西部的投资顾问。”此后，项目顺利落地。\n")
    (report,) = read_page(tmp_path, "注册企业从10家增至3800余家！汀州经开区：戈壁荒滩写传奇\n" + body)
    assert report.doc_type == "简报", report.evidence["doc_type"]


@pytest.mark.parametrize("lead", [
    "某省将在原有的甲、乙、丙3个台商投资区外，加快开发建设丁台商投资区，并推动各投资区升级。",
    "某省將在原有的甲、乙、丙3個臺商投資區外，加快開發建設丁臺商投資區，並推動各投資區升級。",
])
def test_a_subject_and_what_it_acts_besides_run_on_to_the_act(tmp_path, lead):
    (report,) = read_page(tmp_path, "新华社福州10月26日电 " + lead + "\n据了解，丁台商投资区规划面积200平方公里，首期开发资金2亿元已到位。\n")
    assert report.title.endswith(("加快开发建设丁台商投资区", "加快開發建設丁臺商投資區")), report.evidence["title"]


# ---------------------------------------------------------------- read after s47-c and s47-d were graded

def test_planned_investment_on_a_headlines_second_line_is_no_plans_title(tmp_path):
    page = ("二季度某某县24个重大产业项目开工\n计划投资170.5亿元\n发布时间：2022-04-22 来源：某某县发展改革局\n\n"
            "4月22日上午，二季度某某县24个重大产业项目开工，计划投资170.5亿元，涉及高端纺织、机电装备等项目。\n")
    (report,) = read_page(tmp_path, page)
    assert report.title == "二季度某某县24个重大产业项目开工", report.evidence["title"]


def test_a_consultation_on_a_draft_is_titled_by_the_draft(tmp_path):
    page = ("为做好人代会全区2018年计划执行情况报告，我们研究起草了《关于全区2018年国民经济和社会发展计划执行情况与2019年"
            "国民经济和社会发展计划(草案)的报告(征求意见稿)》，现面向社会各界广泛征求意见。请于2019年1月30日前提出意见和建议。\n"
            "联系人：某某\n某某新区发展和改革局\n2019年1月1日\n各位代表：\n受区政府委托，现将全区2018年计划执行情况报告如下。\n")
    (report,) = read_page(tmp_path, page)
    assert report.title == "关于全区2018年国民经济和社会发展计划执行情况与2019年国民经济和社会发展计划(草案)的报告", \
        report.evidence["title"]


def test_a_copys_full_text_mark_is_no_words_of_the_title(tmp_path):
    page = ("在全县重点项目集中开工仪式上致辞(全文)\n同志们：\n在这春意浓浓、万物复苏的美好时节，我们举行全县重点项目集中开工仪式。"
            "在此，我代表县委、县政府表示诚挚的祝贺。\n")
    (report,) = read_page(tmp_path, page)
    assert report.title == "在全县重点项目集中开工仪式上致辞", report.evidence["title"]


def test_a_sites_category_of_parks_over_the_headline_is_no_title(tmp_path):
    page = ("展会直通车\n\n境外产业园区\n\n越南龙江工业园\n\n来源: | 发布日期:2016-02-15\n\n一、南龙江工业园基本情况\n\n1.1园区成立和投资主体\n"
            "越南龙江工业园于2007年取得投资执照，是由中国企业投资开发的综合性工业园。园区总体规划面积为600公顷，"
            "属国家级境外经贸合作区，是境外产业园区建设的重点项目。\n")
    (report,) = read_page(tmp_path, page)
    assert report.title == "越南龙江工业园", report.evidence["title"]


@pytest.mark.parametrize("lead, title", [
    ("3月20日上午，春雨朦朦，省委副书记某某赴某市调研，先后来到汀州高新区等地。",
     "3月20日上午，春雨朦朦，省委副书记某某赴某市调研"),
    ("金秋十月，硕果累累，汀州高新区举行项目集中签约仪式，20个项目现场签约。",
     "金秋十月，硕果累累，汀州高新区举行项目集中签约仪式"),
    ("今天上午，汀州经开区某某产业园内，7个重大产业项目集中投产，飞地工业园建设取得丰硕成果。",
     "今天上午，汀州经开区某某产业园内，7个重大产业项目集中投产"),
])
def test_a_leads_scene_runs_on_to_its_event(tmp_path, lead, title):
    (report,) = read_page(tmp_path, lead + "\n据了解，本次活动由园区管委会主办。\n")
    assert report.title == title, report.evidence["title"]


def test_a_county_and_its_coverb_are_no_part_of_a_parks_name(tmp_path):
    page = ("21日，沛县在沛东经济开发区举行项目建设集中开工仪式，本次集中开工的项目共有40个，计划总投资216.6亿元。\n"
            "当天，沛县还举行重大招商项目网上签约仪式。\n")
    (report,) = read_page(tmp_path, page)
    assert "沛东经济开发区" in report.parks_mentioned and not any("在" in n for n in report.parks_mentioned), \
        report.parks_mentioned


def test_a_source_after_a_rows_separator_is_no_headline(tmp_path):
    page = ("首頁 / 新聞 / 財經\n8企業進駐航空城優先產專區 市府民航局簽備忘錄\n2022.08.26\n18:14pm\n/ 中央社\n\n"
            "(中央社記者某某桃園26日電)桃園航空城計畫優先產業專用區已有7處基地順利標售，將由8家企業進駐。市長今天與民航局簽備忘錄。\n")
    (report,) = read_page(tmp_path, page)
    assert report.title == "8企業進駐航空城優先產專區 市府民航局簽備忘錄", report.evidence["title"]


def test_people_employed_counted_in_bare_wan(tmp_path):
    page = "汀州高新区概况\n园区现有入园企业143家，拥有高新技术企业52家，吸纳就业人口1.5万。实现工业总产值90.62亿元。\n"
    (report,) = read_page(tmp_path, page)
    assert ("从业人员", 1.5, "实际") in figures(report), report.indicators


def test_industrial_total_value_is_the_output(tmp_path):
    page = "汀州工业园探访\n位于泰国东部的汀州工业园已吸引167家中资企业入驻，累计工业总值超160亿美元。\n"
    (report,) = read_page(tmp_path, page)
    assert ("工业总产值", 160, "累计") in figures(report), report.indicators


def test_striving_for_a_quality_governs_no_later_figure(tmp_path):
    page = ("汀州经开区2020年经济运行情况\n2020年，经开区坚定不移抓项目、兴产业、强实体，努力实现更高质量，园区经济呈现快速企稳、"
            "持续向好的良好态势，园区全年规模工业总产值达到2530亿元。\n")
    (report,) = read_page(tmp_path, page)
    assert ("工业总产值", 2530, "实际") in figures(report), report.indicators


def test_striving_for_a_figure_still_makes_a_target(tmp_path):
    page = "汀州经开区2021年工作计划\n2021年，园区将努力实现工业总产值3000亿元，力争营业收入突破3500亿元。\n"
    (report,) = read_page(tmp_path, page)
    assert ("工业总产值", 3000, "目标") in figures(report), report.indicators


# ---------------------------------------------------------------- read after s47-e was graded

@pytest.mark.parametrize("sentence", ["2019年，佳木斯晋升为国家农业高新技术产业示范区。", "2013年，汀州医药高新区晋升为国家级医药高新区。"])
def test_the_rank_a_zone_rose_to_names_no_park(tmp_path, sentence):
    page = "汀州园区发展历程\n" + sentence + "园区坚持创新驱动，产业规模不断壮大，汀州医药高新区已成为全市经济的重要增长极。\n"
    (report,) = read_page(tmp_path, page)
    assert not any("晋升" in n for n in report.parks_mentioned), report.parks_mentioned


def test_a_cut_off_day_closing_a_leads_clause_runs_on_to_the_count(tmp_path):
    page = ("据了解某某县截至今年6月底，全县特扶项目累计完成投资15.24亿元，其中某某食用菌示范园区完成投资2亿元。\n"
            "今年以来，该县持续推进特色产业发展。\n")
    (report,) = read_page(tmp_path, page)
    assert report.title == "据了解某某县截至今年6月底，全县特扶项目累计完成投资15.24亿元", report.evidence["title"]


def test_a_posts_call_to_its_reader_is_no_title(tmp_path):
    page = ("-\n汀州人注意啦！咱汀县又搞大事——汀州经济技术开发区正式获批！把原来的陶瓷工业园和轻工产业园合并升级，"
            "现在已经有300多家企业入驻。\n这波操作对咱老百姓有多香？\n")
    (report,) = read_page(tmp_path, page)
    assert report.title == "咱汀县又搞大事——汀州经济技术开发区正式获批", report.evidence["title"]


# ---------------------------------------------------------------- furniture left searchable on the fresh sets

_NEWS_BODY = ("6月3日，汀州经开区今年上半年实现工业总产值120亿元，同比增长8%。园区新签约项目12个，总投资56亿元。\n"
              "园区负责人表示，下半年将继续加大招商力度。\n")


@pytest.mark.parametrize("credit", [
    "楚天都市报极目新闻讯(记者周某某 通讯员冯某某)",
    "楚天都市報極目新聞訊(記者周某某 通訊員馮某某)",
    "掌上梅州讯",
])
def test_an_outlets_mark_opening_the_lead_is_lifted(tmp_path, credit):
    (report,) = read_page(tmp_path, "汀州经开区上半年经济运行良好\n" + credit + _NEWS_BODY)
    assert credit not in report.text, report.text[:80]


@pytest.mark.parametrize("page, furniture", [
    ("汀州经开区上半年经济运行良好\n今年以来，{TodayHot}" + _NEWS_BODY, "{TodayHot}"),
    ("汀州经开区上半年经济运行良好\n【大会现场。朱某摄】\n" + _NEWS_BODY, "【大会现场。朱某摄】"),
])
def test_a_templates_tag_and_a_bracketed_captions_credit_are_the_sites(tmp_path, page, furniture):
    (report,) = read_page(tmp_path, page)
    assert furniture not in report.text, report.text[:80]


# ---------------------------------------------------------------- read after s47-f and s47-g were graded

def test_a_colon_opening_a_quotation_ends_the_clause_of_who_says_it(tmp_path):
    page = ("在昨天市政府新闻办举行的“大力实施科教兴市人才强市行动 扎实推进科教产融合发展”新闻发布会上,汀南区工信局局长某某介绍了"
            "该区在推进工业园区存量资源盘活方面的相关情况:“我们以生产力地图为引领,全面摸清现有产业园区存量资源底数,"
            "聚焦新能源新材料、智能制造、集成电路等6条主导产业链开展精准招商,加快形成更多新质生产力场景。去年以来,累计盘活存量"
            "厂房和楼宇77万平方米、工业用地600亩,引进项目227个,预计新增产值181.8亿元、税收8.8亿元。”\n某某一一介绍了区域情况。\n")
    (report,) = read_page(tmp_path, page)
    assert report.title.endswith("介绍了该区在推进工业园区存量资源盘活方面的相关情况"), report.evidence["title"]


def test_the_disclosure_reports_parts_make_it_one_without_its_title(tmp_path):
    page = ("一、总体情况\n2021年，开发区管委会政务信息工作紧紧围绕区委区政府中心工作，积极有效开展各项工作，及时报送有价值的政务信息。\n"
            "（一）领导高度重视，组织保障有力。开发区坚持按规定程序公开信息。\n二、主动公开政府信息情况\n"
            "信息内容 | 本年制发件数 | 本年废止件数 |\n规章 | 0 | 0 |\n三、收到和处理政府信息公开申请情况\n"
            "本年新收政府信息公开申请数量 | 0 |\n")
    (report,) = read_page(tmp_path, page)
    assert report.doc_type == "工作总结", report.evidence["doc_type"]


@pytest.mark.parametrize("row", ["您所在的位置是:某某网 >> 相关信息 >> 风情 >> 浏览相关信息", "你目前所处的位置：首页 > 园区动态"])
def test_a_location_row_however_worded_is_the_sites(tmp_path, row):
    page = (f"{row}\n\n汀州县:祥符大地正芳菲(2)\n\n2013/12/7 14:36:07 点击数: 【字体:\n\n\n \n 产业集聚区潜力无限\n \n"
            " 感受今日汀州县的发展，不能不提到位于县城东部的汀州经济技术开发区黄龙园区。如今的黄龙园区正与建设中的新区遥相呼应。\n")
    (report,) = read_page(tmp_path, page)
    assert "位置" not in report.title and "位置" not in report.text, report.evidence["title"]


def test_a_zone_named_by_an_area_no_gazetteer_holds_is_vouched_by_its_organ(tmp_path):
    page = ("大通湖区工业园管理委员会 2019年度政府信息公开工作报告\n2019年，我园区政府信息公开工作在区政府信息公开工作办公室的正确"
            "领导和大力支持下，严格按照《中华人民共和国政府信息公开条例》要求，扎实推进政府信息公开工作。全年园区主动公开"
            "政府信息120条。\n")
    (report,) = read_page(tmp_path, page)
    assert report.park == "大通湖区工业园", report.evidence["park"]


def test_a_districts_zone_keeps_its_reading(tmp_path):
    # (the guard: a district the gazetteer holds, before a zone's head and its organ, is read as before)
    page = ("雨花区工业园管理委员会2019年工作总结\n2019年，雨花区工业园管委会在区委、区政府的领导下，全面完成年度目标任务。\n")
    (report,) = read_page(tmp_path, page)
    assert report.park != "大通湖区工业园", report.evidence["park"]
