"""Reading decided in session 48, from the misses of three fresh-by-host sets (s48 a–c) graded on reader 145. Own pages:
each shows the form the rule reads, never a page's words.

- An outlet's mark closed by 讯 is a credit by the reporters bracketed after it, whatever the outlet's name ends in
  (某某融媒讯 (记者 某某), 某县讯(通讯员…), 某某全媒体讯(记者…)); 据某某消息： before the lead is the item's credit.
- A picture's giver after its caption's stop (…园区内的企业。某某 供图; 新华社发(某园供图)) is a credit, lifted; the caption
  stays, and is no lead; a wire item's closing (完) is the agency's.
- A row of eight or more short cells between bars (地区:甲|乙|丙|…) is the site's filter; four phrases or more set apart by
  commas or bars over the page that the text does not go on to use are a spam site's search phrases.
- A day of this month without its month (11日, 11至12日) is a lead's time; a clause opened by a verb of coinciding (正逢,
  恰逢, 适逢…) or by 当 ("when") frames the lead, whose title runs on; where the reporter learnt it (记者/笔者从…获悉) is
  kept before a vague day (近日), as 据某某消息 is.
- A headline glued to the page's stamp and source (标题 2022-03-31 08:58:54 来源:…) or to a bare 时间: with a date is split
  off; a paper's footnote mark after its title (…研究*) is no part of it; a Markdown heading's # is no word of it.
- A founding told as the attribute of what was founded (2012年…共建的某园区) is history; a paper's name and day on a row of
  their own date the repost; a news headline's year after the page's date is what is to come; an agency's caption
  (这是…拍摄的…) dates its picture.
- A class counted or ranked (第一批…, 9个…, 首个国家级…) is no park's name, nor a clause repeated whole where clauses open.
- The services the national classification names by trade (人力资源服务, 服务外包, 科技服务…) say what a park is for.
- What a zone strives to become, said in its own clause, governs none of the clauses then describing the park; a sentence
  opening on 现有 tells the zone as it stands; 实施范围 is a free-trade zone's area.
"""
import pytest

from conftest import read_page


def figures(report):
    return {(f.name, f.value, f.status) for f in report.indicators}


_NEWS = ("7月3日，汀州区委书记某某一行来汀州经开区考察循环经济园区建设情况。\n"
         "考察团一行先后来到园区多家企业，实地观摩、听取汇报。\n")


# ---------------------------------------------------------------- credits and furniture

@pytest.mark.parametrize("credit", ["汀州融媒讯 (记者 某某某)", "汀州县讯(通讯员 某某)", "汀州广电全媒体讯(记者 某某某)",
                                    "汀州融媒訊（記者 某某某）"])
def test_an_outlets_mark_before_its_bracketed_reporters_is_lifted(tmp_path, credit):
    (report,) = read_page(tmp_path, "汀州经开区迎来考察团\n" + credit + _NEWS)
    assert credit.split("(")[0].split("（")[0].strip() not in report.text, report.text[:80]
    assert report.title == "汀州经开区迎来考察团", report.evidence["title"]


def test_a_column_word_closed_by_xun_is_no_credit(tmp_path):
    # (the guard: 喜讯 is good news, a word of the text, with no reporters bracketed after it)
    page = "汀州经开区迎来考察团\n园区传来喜讯：7月3日，汀州区委书记某某一行来汀州经开区考察。\n考察团一行先后来到园区多家企业。\n"
    (report,) = read_page(tmp_path, page)
    assert "喜讯" in report.text


def test_whom_the_item_is_from_closed_by_a_colon_is_lifted(tmp_path):
    page = "汀州工业区开展安全检查\n据汀州区消息:为提高园区企业安全水平，汀州工业区领导分成15个检查组深入企业。\n检查组共检查企业79家。\n"
    (report,) = read_page(tmp_path, page)
    assert "据汀州区消息" not in report.text, report.text[:60]


@pytest.mark.parametrize("caption", ["汀州返乡创业园内的企业。某某某 供图", "鸟瞰汀州园区。汀州园区供图",
                                     "这是2023年11月3日在某市拍摄的汀州工业园。新华社发(汀州工业园供图)"])
def test_a_pictures_giver_after_its_caption_is_lifted_and_the_caption_is_no_lead(tmp_path, caption):
    page = ("东西部协作新模式:返乡创业园助力就近就业\n" + caption + "\n"
            "“前些年我在外打拼，学会了做面条。”汀州县某食品公司负责人说，“现在我入驻了返乡创业园。”\n"
            "据介绍，园区已入驻企业30家。\n")
    (report,) = read_page(tmp_path, page)
    assert report.title == "东西部协作新模式:返乡创业园助力就近就业", report.evidence["title"]
    assert "供图" not in report.text, report.text[:120]


def test_a_wire_items_closing_mark_is_lifted(tmp_path):
    page = "汀州自贸港税收增长\n新华社汀州3月5日电 今年1-2月，汀州自贸港实现税收收入120亿元，同比增长1.7%。(完)\n"
    (report,) = read_page(tmp_path, page)
    assert "(完)" not in report.text and "1.7%" in report.text, report.text


def test_a_sites_filter_of_bar_separated_cells_is_furniture(tmp_path):
    page = ("地区:甲省|乙省|丙省|丁省|戊省|己省|庚省|辛省|壬省|\n"
            "行业:养猪|养牛|养羊|养兔|养鱼|养鸡|养鸭|养鹅|水稻|玉米|\n"
            "汀州返乡创业园助力就近就业\n"
            "汀州县返乡创业园已入驻企业30家，带动就业2000人。园区负责人表示，将继续扩大规模。\n")
    (report,) = read_page(tmp_path, page)
    assert report.title == "汀州返乡创业园助力就近就业", report.evidence["title"]
    assert "养猪" not in report.text


def test_a_table_row_with_bars_and_figures_stays(tmp_path):
    # (the guard: a report's table dumped with bars holds figures)
    page = ("汀州经开区2023年主要指标\n园区全年完成工业总产值120亿元。\n"
            "指标|2016|2017|2018|2019|2020|2021|2022|2023\n产值|50|60|70|80|90|100|110|120\n")
    (report,) = read_page(tmp_path, page)
    assert "产值|50|60|70|80|90|100|110|120" in report.text.replace(" ", "")


@pytest.mark.parametrize("spam", ["某某精品,亚洲某某在线视频,某某一区二区不卡,精品网站在线播放",
                                  "国产 某某 精品丨某某色某某丨某某在线观看丨某某福利一区丨某某网站大全"])
def test_a_spam_sites_row_of_search_phrases_is_no_title(tmp_path, spam):
    page = (spam + "\n汀州工業園區“強筋健骨”煥新機\n2020-07-11 11:08 來源:汀州時報\n"
            "2020年，汀州工業園區結合美麗城鎮建設，組織開展“補短板、強功能、塑形象”活動，努力打造布局科學、設施完善的現代化園區。\n"
            "在基礎設施建設上，汀州工業園區新建道路12公里，新增綠化面積30萬平方米。\n")
    (report,) = read_page(tmp_path, page)
    assert report.title == "汀州工業園區“強筋健骨”煥新機", report.evidence["title"]


# ---------------------------------------------------------------- titles

def test_a_day_of_this_month_without_its_month_opens_a_lead(tmp_path):
    page = "11至12日,由某大学管理学院院长某某率领的经济学术参访团到汀州台湾农民创业园考察。\n参访团认为，创业园的成功提供了很好的范本。\n"
    (report,) = read_page(tmp_path, page)
    assert report.title == "11至12日,由某大学管理学院院长某某率领的经济学术参访团到汀州台湾农民创业园考察", report.evidence["title"]


@pytest.mark.parametrize("frame", ["正逢汀州建区25周年", "恰逢汀州经开区开园十周年", "當汀州協同發展的畫卷徐徐鋪展"])
def test_a_clause_of_coinciding_or_of_when_runs_the_lead_on(tmp_path, frame):
    page = frame + ",汀州的物流园区正成为区域联动的生动缩影。\n近日，记者走进汀州多个物流园区，深入生产一线。\n"
    (report,) = read_page(tmp_path, page)
    assert report.title.startswith(frame + ",汀州的物流园区"), report.evidence["title"]


def test_a_when_word_of_its_own_stays_a_clause(tmp_path):
    # (the guard: 当前 is "at present", a time alone, no clause of when — the title runs on past it as past any time)
    page = "当前，汀州经开区正全力推进重点项目建设，园区新开工项目12个。\n园区负责人表示，将继续加大招商力度。\n"
    (report,) = read_page(tmp_path, page)
    assert report.title.startswith("当前，汀州经开区正全力推进重点项目建设"), report.evidence["title"]


def test_where_the_reporter_learnt_it_stays_before_a_vague_day(tmp_path):
    page = "笔者从州经信委获悉,近日,汀州工业园区通过省级开发区公示,正式升级为省级工业园区。\n园区规划面积38.5平方公里。\n"
    (report,) = read_page(tmp_path, page)
    assert report.title.startswith("笔者从州经信委获悉,近日,汀州工业园区通过省级开发区公示"), report.evidence["title"]


def test_a_headline_glued_to_the_pages_stamp_and_source_is_the_title(tmp_path):
    page = ("首页>访谈 >\n去年汀州省国家级园区引进高层次人才近万人 形成三核引领格局 2022-03-31 08:58:54  来源:汀州日报\n\n"
            "日前，汀州国际人力资源服务产业园成功入选首批特色服务出口基地名单。\n园区已累计进驻企业95家。\n")
    (report,) = read_page(tmp_path, page)
    assert report.title == "去年汀州省国家级园区引进高层次人才近万人 形成三核引领格局", report.evidence["title"]


def test_a_papers_title_glued_to_its_date_row_loses_its_footnote_mark(tmp_path):
    page = ("区域协调发展背景下汀州边境经济合作区发展研究*时间: 2020-11-11信息来源:《汀州经济评论》2020年 第2期 作者:某某\n"
            "摘 要:边境经济合作区作为边境地区对外开放的主要窗口，对于促进边境地区发展具有重要意义。\n"
            "一、边境经济合作区的发展历程\n边境经济合作区设立于1992年。\n")
    (report,) = read_page(tmp_path, page)
    assert report.title == "区域协调发展背景下汀州边境经济合作区发展研究", report.evidence["title"]


def test_a_markdown_headings_mark_is_no_word_of_the_title(tmp_path):
    page = "# 汀州经济园区循环经济发展规划\n二十年前我刚到汀州经济园区时，这里还是粗放模样。如今园区已形成循环经济产业链。\n"
    (report,) = read_page(tmp_path, page)
    assert not report.title.startswith("#"), report.evidence["title"]


# ---------------------------------------------------------------- years

def test_a_founding_told_as_an_attribute_is_history_and_the_papers_row_dates_the_repost(tmp_path):
    page = ("汀州工业园将成最具活力“飞地”园区\n《汀州日报》    2015年11月06日\n"
            "本网讯(某某)4日,笔者从州经信委获悉,目前,2012年甲乙两地共建的汀州园区已累计入库税金2676万元。\n"
            "据悉,汀州园区以项目建设为抓手，实施基础设施项目17个。\n")
    (report,) = read_page(tmp_path, page)
    assert report.year == 2015, report.evidence["year"]


def test_a_news_headlines_year_after_the_pages_date_is_to_come(tmp_path):
    page = ("汀州工业园2016年落成\n信息来自:某某日报 · 作者: · 日期:25-08-2012\n"
            "汀州工业园首期工程进展顺利，园区负责人表示，整个园区将于2016年全面落成，届时可容纳企业50家。\n")
    (report,) = read_page(tmp_path, page)
    assert report.year == 2012, report.evidence["year"]


def test_a_plans_headline_year_after_the_pages_date_stays(tmp_path):
    # (the guard: a plan is of the year it plans, published before it)
    page = ("汀州工业园2013年工作计划\n发布日期：2012-12-25\n一、指导思想\n2013年，园区将力争完成工业总产值100亿元。\n")
    (report,) = read_page(tmp_path, page)
    assert report.year == 2013, report.evidence["year"]


def test_an_agencys_caption_dates_its_picture_not_the_lead(tmp_path):
    page = ("汀州工业园助力当地工业发展\n发布时间：2024-02-20\n"
            "在某国首都东南约50公里的汀州工业园，一辆又一辆货车穿梭往来，一派繁忙景象。\n"
            "这是2023年11月3日在某市拍摄的汀州工业园(无人机照片)。新华社发\n"
            "这座由中国民营企业投资的工业园，开启了中国工业园模式助力当地工业发展的篇章。\n")
    (report,) = read_page(tmp_path, page)
    assert report.year == 2024, report.evidence["year"]


# ---------------------------------------------------------------- parks

@pytest.mark.parametrize("sentence", ["我市启动第一批小微企业创业园区建设，力求改善小微企业发展环境。",
                                      "首批9个小微企业创业园启动建设。",
                                      "汀州锡山台湾农民创业园是全省首个国家级台湾农民创业园，已引进企业32家。去年，首个国家级台湾农民创业园又获评优秀。"])
def test_a_class_counted_or_ranked_is_no_parks_name(tmp_path, sentence):
    (report,) = read_page(tmp_path, "汀州市小微企业园区建设情况\n" + sentence + "\n")
    names = set(report.parks_mentioned or [])
    assert not any(n.startswith(("第一批", "个", "首个", "小微企业")) for n in names), names


def test_a_clause_repeated_whole_vouches_for_no_name(tmp_path):
    page = ("中国边境经济合作区发展研究\n边境经济合作区是沿边开放的窗口。深化边境经济合作区建设,推动沿边地区经济发展,意义重大。"
            "研究发现,深化边境经济合作区建设面临政策优势趋弱等问题。\n")
    (report,) = read_page(tmp_path, page)
    assert not any(n.startswith("深化") for n in (report.parks_mentioned or [])), report.parks_mentioned
    assert report.park is None or not report.park.startswith("深化"), report.evidence["park"]


@pytest.mark.parametrize("sentence, park", [
    ("汀州人力资源服务产业园成功入选首批国家级特色服务出口基地。", "汀州人力资源服务产业园"),
    ("汀州服务外包产业园新引进企业12家。", "汀州服务外包产业园"),
])
def test_a_service_trade_says_what_a_park_is_for(tmp_path, sentence, park):
    (report,) = read_page(tmp_path, "汀州园区建设情况\n" + sentence + "\n园区负责人介绍了有关情况。\n")
    assert park in (report.parks_mentioned or []), (report.parks_mentioned, report.evidence["park"])


# ---------------------------------------------------------------- figures

def test_what_a_zone_strives_to_become_governs_no_description_after_it(tmp_path):
    page = ("汀州工业园将成最具活力园区\n甲乙两地共同出资力争打造全省最具活力的“飞地”工业园区,园区产业主要以有色金属、新能源为主,"
            "规划面积38.5平方公里,建成区7平方公里。现有企业79户,其中规模以上工业企业35户。\n")
    (report,) = read_page(tmp_path, page)
    found = figures(report)
    assert ("面积", 38.5, "实际") in found and ("规上企业数", 35, "实际") in found, report.indicators


def test_striving_to_become_and_what_the_park_will_reach_is_a_target(tmp_path):
    # (the guard: the park's clause tells what it will reach, the striving's figure)
    page = "汀州工业园2024年工作打算\n园区力争打造千亿级产业园区,园区工业总产值达到100亿元。\n"
    (report,) = read_page(tmp_path, page)
    assert ("工业总产值", 100, "目标") in figures(report), report.indicators


def test_a_free_trade_zones_implementation_scope_is_its_area(tmp_path):
    page = "汀州自贸试验区建设情况\n汀州自贸试验区实施范围119.97平方公里，涵盖三个片区。\n"
    (report,) = read_page(tmp_path, page)
    assert ("面积", 119.97, "实际") in figures(report), report.indicators


# ---------------------------------------------------------------- read after s48 d, e and f were graded

@pytest.mark.parametrize("lead, title", [
    # a subject and a coverb of means or basis, no verb of its own: the predicate is the next clause
    ("近年来,汀州经济开发区依托本地食品产业优势,以打造承接老字号食品企业外迁平台为目标,规划建设了老字号食品产业园。",
     "近年来,汀州经济开发区依托本地食品产业优势,以打造承接老字号食品企业外迁平台为目标,规划建设了老字号食品产业园"),
    ("园区根据企业的用工需求,积极组织企业参加市、县举办的专场招聘活动。",
     "园区根据企业的用工需求,积极组织企业参加市、县举办的专场招聘活动"),
    ("甲县与乙县,正以其蓬勃的工业发展活力,成为区域经济版图中引人注目的新星。",
     "甲县与乙县,正以其蓬勃的工业发展活力,成为区域经济版图中引人注目的新星"),
    ("8个农业园区纳入规划后,各街镇更是以产业园区建设为载体,纷纷制定措施。",
     "8个农业园区纳入规划后,各街镇更是以产业园区建设为载体,纷纷制定措施"),
    # 经 + a body's work, and 连日来 after a basis
    ("日前,经市经信局积极组织申报,汀州锂电产业园获评全省首批重点特色园区。", "日前,经市经信局积极组织申报,汀州锂电产业园获评全省首批重点特色园区"),
    ("本着“务实、高效”的原则,连日来,汀州专用车基地工作人员正紧锣密鼓地筹备博览会。",
     "本着“务实、高效”的原则,连日来,汀州专用车基地工作人员正紧锣密鼓地筹备博览会"),
])
def test_a_subjects_coverb_frame_runs_the_lead_on(tmp_path, lead, title):
    (report,) = read_page(tmp_path, lead + "\n园区负责人介绍了有关情况。\n")
    assert report.title == title, report.evidence["title"]


@pytest.mark.parametrize("lead, title", [
    ("园区根据总体规划建设了一条贯通南北的主干道路,新增入园企业5家,完成固定资产投资12亿元,园区面貌焕然一新。",
     "园区根据总体规划建设了一条贯通南北的主干道路"),
])
def test_a_coverb_clause_with_its_own_verb_stays_a_clause(tmp_path, lead, title):
    (report,) = read_page(tmp_path, lead + "\n园区负责人介绍了有关情况。\n")
    assert report.title == title, report.evidence["title"]


def test_an_outlets_writer_and_editor_row_is_no_title(tmp_path):
    page = ("汀州经开区举行重大项目集中开工活动\n汀州经济新闻 张某 汀经编辑 赵某某\n"
            "3月20日,汀州经开区举行2023年一季度重大项目集中开工活动,18个项目集中开工。\n如需转载请与《汀州经济新闻》报社联系。\n")
    (report,) = read_page(tmp_path, page)
    assert report.title == "汀州经开区举行重大项目集中开工活动", report.evidence["title"]
    assert "如需转载" not in report.text, report.text


def test_the_sites_copying_terms_are_furniture(tmp_path):
    page = ("汀州工业区污水治理情况\n自本市全面开展工业区污水治理工作以来，汀州工业区污水实现集中处理。\n"
            "凡注明来源为“汀州水网”的所有内容,包括文字、图表等,版权均属汀州环境平台所有,如有转载,请注明来源。\n")
    (report,) = read_page(tmp_path, page)
    assert "版权均属" not in report.text, report.text


def test_a_profiles_label_is_no_word_of_the_title(tmp_path):
    page = "介绍: 随着汀州工业园的开发建设,工业园片区排水量已大幅增加。园区拟新建污水处理厂一座。\n项目总投资5000万元。\n"
    (report,) = read_page(tmp_path, page)
    assert report.title == "随着汀州工业园的开发建设,工业园片区排水量已大幅增加", report.evidence["title"]


def test_a_cells_bar_after_a_captions_credit_goes(tmp_path):
    page = ("汀州新区重大项目集中开工\n汀州新区分会场。人民网 高某摄 |\n"
            "7月3日，汀州新区举行下半年重大项目集中开工仪式，12个项目集中开工，总投资56亿元。\n")
    (report,) = read_page(tmp_path, page)
    assert "高某摄" not in report.text, report.text


@pytest.mark.parametrize("sentence, park", [
    ("临朐县先进制造业园区举行项目签约仪式。", "临朐县先进制造业园区"),
    ("青州市现代服务业园区新引进企业12家。", "青州市现代服务业园区"),
])
def test_a_sector_named_with_ye_before_yuanqu_is_a_head(tmp_path, sentence, park):
    (report,) = read_page(tmp_path, "汀州园区建设情况\n" + sentence + "\n园区负责人介绍了有关情况。\n")
    assert park in (report.parks_mentioned or []), (report.parks_mentioned, report.evidence["park"])


# ---------------------------------------------------------------- read after s48 g and h were graded

def test_an_agencys_special_dispatch_is_its_dateline(tmp_path):
    page = ("新华社汀州9月3日专电汀州国家自主创新示范区最新统计数据显示,今年1到7月,示范区规模以上企业实现总收入突破2.1万亿元。\n"
            "统计数据显示,示范区企业研发投入保持增长。\n")
    (report,) = read_page(tmp_path, page)
    assert not report.title.startswith("新华社"), report.evidence["title"]
    assert "专电" not in report.text, report.text[:40]


def test_a_national_innovation_zone_is_a_park(tmp_path):
    page = "武汉东湖国家自主创新示范区上半年经济运行情况\n上半年,示范区实现营业收入5000亿元,同比增长12%。\n"
    (report,) = read_page(tmp_path, page)
    assert "武汉东湖国家自主创新示范区" in (report.parks_mentioned or []), report.parks_mentioned


def test_an_epapers_row_for_its_story_is_the_sites(tmp_path):
    row = "汀州日报 要闻 a0001 首批小微企业园启动 2015-07-22 45664 2 2015年07月22日 星期三"
    page = "汀州日报 数字报纸\n" + row + "\n首批小微企业园启动\n本报讯 近日,我市启动第一批小微企业园建设,力求改善小微企业发展环境。\n"
    (report,) = read_page(tmp_path, page)
    assert row not in report.text and report.title == "首批小微企业园启动", (report.title, report.text[:80])


def test_headlines_each_closed_by_their_day_are_the_sites_list(tmp_path):
    page = ("汀州示范区前七月收入增长16%\n今年1到7月,汀州示范区规模以上企业实现总收入2142亿元,同比增长16.0%。\n"
            "- 首届中西部畜牧业博览会在渝闭幕2016-11-29\n- 某省农产品会展贸易总额6.6亿2016-11-28\n"
            "- 某市国际通用航空博览会举行2016-11-27\n")
    (report,) = read_page(tmp_path, page)
    assert "博览会" not in report.text, report.text


def test_a_footers_row_with_its_copyright_among_its_marks_is_the_sites(tmp_path):
    footer = ("网络敲诈和有偿删帖自律管理承诺书 汀州网互联网违法和不良信息举报中心 举报电话:057985516611 "
              "Copyright ©  www.example.cn  All Rights Reserved    批准文号:某网信办[2015]12号")
    page = "汀州小微企业园建设情况\n今年以来,汀州新建小微企业园12个,入园企业286家。\n" + footer + "\n"
    (report,) = read_page(tmp_path, page)
    assert "Copyright" not in report.text and "举报电话" not in report.text, report.text


def test_the_formula_of_reporting_is_no_future(tmp_path):
    page = ("2021年一季度全市开发区重点工作推进情况通报\n现将2021年一季度我市开发区重点工作推进情况通报如下:\n"
            "一季度,汀州经开区完成固定资产投资30亿元,同比增长56.5%;完成工业投资20.2亿元,同比增长56.5%。\n")
    (report,) = read_page(tmp_path, page)
    assert ("固定资产投资", 30, "实际") in figures(report), report.indicators


def test_a_plans_lead_in_with_future_jiang_still_makes_targets(tmp_path):
    # (the guard: 将 as the lead-in's verb of what is to come)
    page = "汀州经开区2024年工作计划\n2024年,园区将重点做好以下工作:\n完成固定资产投资50亿元,工业投资30亿元。\n"
    (report,) = read_page(tmp_path, page)
    assert ("固定资产投资", 50, "目标") in figures(report), report.indicators


@pytest.mark.parametrize("row", ["视频 s 视频 e 图集 s 图集 e 正文s ", "admin8个月前 (09-29)汀州产业信息217\n"])
def test_a_templates_block_marks_and_a_posts_row_are_the_sites(tmp_path, row):
    page = ("汀州县召开产业园区改革新闻发布会\n" + row + "5月20日,汀州县举行发布会,介绍产业园区改革工作进展。"
            "全县工业园区实现营业收入120亿元。\n")
    (report,) = read_page(tmp_path, page)
    assert "视频 s" not in report.text and "个月前" not in report.text, report.text[:80]


def test_a_phrase_whose_head_is_followed_each_time_by_the_same_verb_names_no_park(tmp_path):
    page = ("汀州县深化产业园区改革新闻发布会举行\n5月20日,汀州县举行“深化产业园区改革、加快推进新型工业化”新闻发布会。"
            "在深化产业园区改革工作中,汀州县聚焦主导产业,汀州工业园区实现营业收入120亿元。\n")
    (report,) = read_page(tmp_path, page)
    assert not any(n.startswith("深化") for n in (report.parks_mentioned or [])), report.parks_mentioned


# ---------------------------------------------------------------- read after s48 i and j were graded

@pytest.mark.parametrize("row", ["●汀州网-汀州日报张某某 徐某某/文", "□李某某 李某 曾某/文"])
def test_a_row_of_the_items_writers_is_no_title(tmp_path, row):
    page = (row + "\n这是一个历史性的时刻——2009年6月25日,国务院批准汀州经济区发展规划,汀州经开区迎来新的机遇。\n"
            "汀州经开区全年实现工业总产值120亿元。\n")
    (report,) = read_page(tmp_path, page)
    assert "/文" not in report.title, report.evidence["title"]


def test_a_pictures_file_name_and_an_epapers_steps_are_the_sites(tmp_path):
    page = ("汀州经开区重大项目集中开工\n返回版面 版面导航\n本报记者 张某 摄.jpg\n"
            "3月20日,汀州经开区举行重大项目集中开工活动,18个项目集中开工,总投资251亿元。\n")
    (report,) = read_page(tmp_path, page)
    assert ".jpg" not in report.text and "版面导航" not in report.text, report.text[:80]


def test_an_outlets_dated_dispatch_is_its_dateline(tmp_path):
    page = "汀州高新区营收增长\n汀州网汀州6月25日消息(记者 某某某)汀州高新区上半年实现营业收入100亿元,同比增长12%。\n"
    (report,) = read_page(tmp_path, page)
    assert "消息" not in report.text, report.text[:60]


def test_the_tail_of_a_split_national_level_opens_no_name(tmp_path):
    page = "汀州经济技术开发区简介\n汀州经济技术开发区2010年升级为国 家级经济技术开发区。全区总面积120平方公里。\n"
    (report,) = read_page(tmp_path, page)
    assert not any(n.startswith("家级") for n in (report.parks_mentioned or [])), report.parks_mentioned


# ---------------------------------------------------------------- read after s48 k was graded

def test_the_whole_year_in_a_paragraph_of_the_years_goals_is_a_target(tmp_path):
    # (targets shown as achieved: the one kind the fresh sets showed this session)
    page = ("汀州经济开发区谋篇布局开启新征程\n2月12日下午,汀州经济开发区召开全区重点工作推进会,研究部署今年重点工作。\n"
            "今年,开发区围绕“做大特色产业”主题,聚焦能级提升,强化项目服务,确保综合实力跻身全省省级开发区前10强。"
            "全年完成工业开票销售突破300亿元,其中规上工业开票销售超200亿元。\n")
    (report,) = read_page(tmp_path, page)
    assert ("营业收入", 300, "目标") in figures(report), report.indicators


def test_the_whole_year_after_a_summary_stays_done(tmp_path):
    # (the guard: with no goals stated before it, the year's total told in a review is what was done)
    page = ("汀州经济开发区2023年工作总结\n2023年,开发区坚持项目为王,园区综合实力跻身全省前10强。"
            "全年完成工业开票销售300亿元,同比增长14%。\n")
    (report,) = read_page(tmp_path, page)
    assert ("营业收入", 300, "实际") in figures(report), report.indicators


def test_a_city_named_national_innovation_zone_stays_a_programme(tmp_path):
    page = "汀州经开区简介\n北京中关村国家自主创新示范区企业实现总收入2.1万亿元。温州国家自主创新示范区建设推进会召开。\n"
    (report,) = read_page(tmp_path, page)
    names = report.parks_mentioned or []
    assert "北京中关村国家自主创新示范区" in names and not any(n.startswith("温州") for n in names), names


def test_a_verb_of_designation_opens_no_parks_name(tmp_path):
    page = ("汀州经济开发区谋篇布局开启新征程\n过去的一年,该区创成首家国家级绿色园区,获批省级生态工业园区;工业开票销售同比增长14.2%。\n")
    (report,) = read_page(tmp_path, page)
    assert not any(n.startswith(("获批", "创成")) for n in (report.parks_mentioned or [])), report.parks_mentioned


def test_an_encyclopedias_source_note_is_no_word_of_the_title(tmp_path):
    page = "潢川经济技术开发区 百科内容来自于: 某某百科\n潢川经济技术开发区位于河南省信阳市潢川县,2005年经省政府批准设立。\n"
    (report,) = read_page(tmp_path, page)
    assert report.title == "潢川经济技术开发区", report.evidence["title"]


def test_a_byline_with_its_pictures_taker_is_a_credit(tmp_path):
    page = ("汀州经开区项目集中开工\n本报记者 某某某 通讯员 某某 摄\n"
            "3月20日,汀州经开区举行重大项目集中开工活动,18个项目集中开工,总投资25亿元。\n")
    (report,) = read_page(tmp_path, page)
    assert "通讯员" not in report.text, report.text[:60]


def test_a_place_holding_de_is_no_name():
    # (the sample the property test of test_split_describe drew once in a full run: 有关的 before a Traditional head, the
    # page writing 有关 before the name each time — 的 joins a noun to what describes it, never a name's part)
    from indexer.reading.parks import find_park_mentions
    text = ("\n\n现将国家，\n产业园开发区，有关的市县园区金岭园区物流工业园金岭的产业园××国家有关的工業園區现将县园区有关工业园工業園區"
            "鳳陽高新\n有关经济技术开发区开发区")
    assert not any("的" in m.place or m.place.startswith("有关") for m in find_park_mentions(text)), \
        [(m.name, m.place) for m in find_park_mentions(text)]
