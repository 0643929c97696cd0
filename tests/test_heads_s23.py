"""Session 23 (s23-heads): genres and years by how official texts and papers are written, each form on sentences
of our own (other names, places and figures than the study pages they were seen on).

- a page printed from one of a report's parts, without the report's title, is typed by the part it opens on:
  a review of work done a 工作总结, the coming work or its targets a 工作计划;
- a paper's story: a byline under the headline's subtitle, the paper's issue and page heading a repost, a bracketed
  byline naming the kind of reporter (全媒体记者); a page whose date row is in ROC years is dated;
- years: a special plan of a five-year period is drafted during it; a programme launched in a year and counted
  since (启动…几年来) is a history's start, not the page's year.
"""
from pathlib import Path

import pytest

from indexer.reading.pipeline import read_file


def read(tmp_path: Path, text: str):
    page = tmp_path / "page.txt"
    page.write_text(text, encoding="utf-8")
    return read_file(page, tmp_path).reports[0]


# ---------------------------------------------------------------- a page printed from one of a report's parts

@pytest.mark.parametrize("text, doc_type", [
    # the first part's heading names what was done (亮点, 回顾, 成效)
    ("一、年度工作亮点\n（一）抓实党建引领。全年召开专题会议12次，制定并印发工作清单3份，新建党群服务站2处。\n"
     "（二）抓实项目服务。新增规上企业9家，完成技改投资4.6亿元。\n", "工作总结"),
    # … its numeral masked by the site (*、), as sites that hide figures print it
    ("*、青峰生态园区建设主要工作回顾\n青峰生态园区****年经省政府批准设立，现有企业**家。近年来，园区以绿色转型为主线，"
     "累计投入环保资金*亿元，建成污水处理厂*座。\n", "工作总结"),
    # a paragraph opening on a short heading sentence of its own: 某某成效明显。…
    ("园区经济稳中有进。1-10月园区实现营业收入86.4亿元，全年预计实现营业收入105亿元；新增规上企业12家。\n"
     "招引项目成效明显。全年新签约项目26个，其中亿元以上项目11个，到位资金31亿元。\n", "工作总结"),
    # … or how the work went (开展情况, 推进情况: what was done)
    ("一、2024年工作开展情况\n今年以来，园区围绕招商引资和项目建设两项重点，新签约项目14个，完成固定资产投资22.8亿元，同比增长7.5%。\n",
     "工作总结"),
    # the first part is the coming year's work: （一）…重点工作。
    ("（一）全力推进年度重点任务。对照年度任务清单，推动南岭轴承等3个新建项目年内建成投产，推动12个续建项目尽快达产。\n"
     "（二）持续加大招商力度。力争全年签约项目18个，其中10亿元以上项目2个。\n", "工作计划"),
    # a titleless text opening on the targets it sets: …的主要预期目标是：…
    ("全县经济社会发展的主要预期目标是：地区生产总值增长6%左右，规上工业增加值增长7%以上，固定资产投资增长5%。\n"
     "围绕上述目标，我们将重点抓好以下五个方面工作。\n", "工作计划"),
])
def test_a_page_printed_from_a_part_is_typed_by_that_part(tmp_path, text, doc_type):
    report = read(tmp_path, text)
    assert report.doc_type == doc_type, report.evidence["doc_type"]


@pytest.mark.parametrize("text", [
    # a park's profile opening on its basic facts: 基本情况 is no review of work done
    "一、园区基本情况\n青峰工业园位于县城东部，规划面积8平方公里，现有入园企业46家，主导产业为新材料和食品加工。\n",
    # a plan's opening (2025年，…将…) over its list of measures (一是提升招商成效。…力争…): a review's word in a measure
    # of the plan heads no review
    "2025年,青山新区将坚持稳中求进工作总基调,紧扣高质量发展首要任务,全力打好招商引资、项目建设、城市更新三场攻坚战。\n"
    "一是提升招商成效。围绕新材料和智能装备两大主导产业开展精准招商,力争全年新签约亿元以上项目15个。\n"
    "二是加快项目建设。推动18个续建项目加快建设,力争10个新建项目年内开工。\n",
    # a one-sentence paragraph telling what a meeting did is news, no heading (研究了下一步工作)
    "青溪融媒消息：5月12日，青溪经开区召开招商引资工作会议，各招商部门负责人参会。\n会议还研究了下一步工作。\n",
])
def test_a_profile_or_a_told_meeting_is_no_report_part(tmp_path, text):
    report = read(tmp_path, text)
    assert report.doc_type not in ("工作总结", "工作计划"), report.evidence["doc_type"]


# ---------------------------------------------------------------- a paper's story

def test_a_byline_under_the_headlines_subtitle_is_news(tmp_path):
    report = read(tmp_path, "高新区前五月工业运行平稳\n1-5月完成规上工业产值88.6亿元，同比增长9.2%\n□记者 林晓春\n"
                            "近日下午，高新区组织召开经济运行分析会，管委会主任周立新主持会议。\n"
                            "会上，经发局、招商局等部门负责人分别就今年以来的工作成绩和问题作了交流。\n")
    assert report.doc_type == "简报", report.evidence["doc_type"]


def test_a_subtitle_line_over_a_report_is_no_byline(tmp_path):
    # (a report's title with a dash subtitle, then its text: no reporter credited)
    report = read(tmp_path, "奋力推进园区高质量发展\n——在园区2024年工作会议上的讲话\n同志们：\n今天我们召开全园区工作会议，"
                            "主要任务是总结去年工作，部署今年任务。\n")
    assert report.doc_type == "讲话", report.evidence["doc_type"]


def test_a_papers_issue_heading_a_repost_is_news_and_its_year(tmp_path):
    report = read(tmp_path, "溪口新添一处滨水公园！就在老城南！\n《江城日报》2024年3月5日第02版 纺织业是溪口镇的传统产业。"
                            "2023年，溪口纺织业实现规模以上产值212.5亿元，占全镇规上产值一半以上。面对产业结构单一的局面，"
                            "溪口新一轮项目如何布局？\n")
    assert report.doc_type == "简报", report.evidence["doc_type"]
    assert report.year == 2024, report.evidence["year"]


def test_a_bracketed_byline_naming_the_kind_of_reporter_is_news(tmp_path):
    report = read(tmp_path, "【乡情】昔日“外出打拼”、如今“回乡创业” 东湾建平台引能人回流发展“归雁经济”\n"
                            "【江城网】(江城日报全媒体记者 何晓 通讯员 杜成) 在浙江经商多年的李文涛，看到家乡的变化后决定回乡创业，"
                            "他创办的饮料公司已在东湾经济开发区落地。今年，该园区积极为返乡能人搭建创业平台。\n")
    assert report.doc_type == "简报", report.evidence["doc_type"]


def test_a_page_dated_in_roc_years_is_dated_news(tmp_path):
    # (a headline too long for a title line, read as the lead: the page's date row makes it dated news)
    report = read(tmp_path, "跳到主要內容區塊\n\n監察院專案小組將深入調查經濟部負責開發之部分工業區土地、標準廠房及員工宿舍長期閒置情形,下週赴南港軟體園區與北埔產業園區實地履勘\n\n  • 日期:98-05-12\n\n"
                            "監察院財政及經濟委員會於審查相關報告時發現,部分工業區廠房閒置情形嚴重,案經委員會於4月20日會議決議,"
                            "推派3位委員組成小組進行調查。小組下週將先赴現場履勘,聽取管理單位簡報。\n")
    assert report.doc_type == "简报", report.evidence["doc_type"]


# ---------------------------------------------------------------- years

def test_a_special_plan_of_a_period_is_drafted_during_it(tmp_path):
    report = read(tmp_path, "近日,随着东港工业园首家外资企业正式投产,东港工业园宣告进入生产阶段。\n"
                            "据了解,东港市今年还将加快编制《“十二五”东港港口物流专项规划》,筹办港口物流对接洽谈会。(记者 方明)\n")
    assert report.year != 2010, report.evidence["year"]


def test_the_periods_own_plan_is_still_drafted_the_year_before(tmp_path):
    report = read(tmp_path, "近日，东港工业园召开会议，部署编制“十二五”发展规划工作，要求各部门于年底前报送材料。\n")
    assert report.year == 2010, report.evidence["year"]


def test_a_programme_launched_and_counted_since_is_history(tmp_path):
    report = read(tmp_path, "当前位置:首页 > 专题\n\n园区书记谈发展(第三期)\n\n日期:2023-05-10 作者: 来源:某某发展规划处\n\n"
                            "编者按:2016年,两部门启动现代农业示范园建设项目,目前已批准建设了180个。几年来,各示范园围绕产业融合、"
                            "农民增收开展了多层次探索,形成了一批可复制的经验。\n")
    assert report.year == 2023, report.evidence["year"]


def test_a_years_launch_of_its_own_work_is_that_years(tmp_path):
    # (a summary's year opening on what it launched that year: no history counted since)
    report = read(tmp_path, "东港工业园2022年工作总结\n2022年,园区启动建设项目21个,完成投资36.5亿元,同比增长12%。\n")
    assert report.year == 2022, report.evidence["year"]


# ---------------------------------------------------------------- titles

def test_a_text_opening_on_its_first_sub_parts_heading_sentence_is_titled_by_it(tmp_path):
    report = read(tmp_path, "（一）全力推进年度重点任务。对照年度任务清单，推动南岭轴承等3个新建项目年内建成投产，推动12个续建项目尽快达产。\n"
                            "（二）持续加大招商力度。力争全年签约项目18个，其中10亿元以上项目2个。\n")
    assert report.title == "全力推进年度重点任务", report.evidence["title"]


def test_a_sub_parts_heading_alone_on_its_line_titles_nothing(tmp_path):
    # (a heading sentence with no paragraph run on after it: a list of measures, no report's part to be titled by)
    report = read(tmp_path, "（一）加强组织领导。\n（二）强化要素保障。\n各单位要按照职责分工，抓好园区各项工作落实，确保年度目标任务顺利完成。\n")
    assert report.title != "加强组织领导", report.evidence["title"]


def test_a_parks_start_of_construction_is_its_history(tmp_path):
    # (启动建设 as 开工建设: the park's first step, told in the summary's opening; 于2016年…建成 an event's year too)
    report = read(tmp_path, "创业园建设总结\n东溪镇返乡创业园坐落于我镇南村,占地40余亩,总投资1800万元。2013年11月启动建设,于2016年9月建成投入使用。\n"
                            "一、做法及成效\n(一)政府主导。成立创业园管理领导小组,统筹园区建设和事务管理。\n")
    assert report.year != 2013, report.evidence["year"]


@pytest.mark.parametrize("text, title", [
    ("为进一步做好项目建设工作，现对2024年1-9月全县重点项目建设情况通报如下：\n一、总体进展情况\n1-9月份，全县重点项目完成投资86.5亿元，"
     "完成年度计划的78.2%，同比增长6.4%。\n", "2024年1-9月全县重点项目建设情况通报"),
    ("根据《中华人民共和国政府信息公开条例》和省、市有关要求，结合本年度工作实际，特编制青山经济开发区2023年度政府信息公开工作报告，"
     "并向社会公布。\n一、总体情况\n2023年，青山经济开发区认真落实政府信息公开工作要求。\n", "青山经济开发区2023年度政府信息公开工作报告"),
])
def test_a_text_naming_itself_in_its_first_sentence_is_titled_so(tmp_path, text, title):
    report = read(tmp_path, text)
    assert report.title == title, report.evidence["title"]


def test_a_vague_matter_names_no_title(tmp_path):
    # (现将有关情况报告如下 names what is reported by nothing of its own)
    report = read(tmp_path, "根据县政府工作安排，我园区对闲置厂房进行了全面排查，现将有关情况报告如下：\n一、基本情况\n"
                            "园区现有闲置厂房12处，面积约6.3万平方米。\n")
    assert report.title != "有关情况报告", report.evidence["title"]


def test_a_portals_section_link_is_no_title(tmp_path):
    # (a ministry portal's menu: its sections named …专区, one holding a genre word, above the dated headline)
    menu = "\n".join(["跳到主要內容", "網站導覽", "回首頁", "政策法規", "重大公共建設年度施政計畫專區", "政府資訊公開", "新聞與公告",
                      "人權教育專區", "本部新聞", "2023-05-16 10:00", "工業局"])
    report = read(tmp_path, menu + "\n東嶺產業園區動土,園區開發正式啟動\n點閱數\n:\n1024\n"
                                   "為因應企業設廠用地需求,經濟部規劃設置東嶺產業園區,今日舉行動土典禮,預計兩年內完成開發。\n")
    assert report.title == "東嶺產業園區動土,園區開發正式啟動", report.evidence["title"]


def test_a_headline_telling_a_section_opened_is_a_title(tmp_path):
    report = read(tmp_path, "青山园区上线企业服务专区\n5月8日,青山园区在官网上线企业服务专区,集中发布惠企政策和办事指南。\n")
    assert report.title == "青山园区上线企业服务专区", report.evidence["title"]


def test_an_annual_report_calling_itself_so_is_a_report(tmp_path):
    report = read(tmp_path, "本年度报告根据《中华人民共和国政府信息公开条例》和省、市政务公开工作要求,由东溪工业集中区管理委员会编制。"
                            "全文包括总体情况、主动公开政府信息情况、存在的主要问题及改进情况等内容。\n日期:2019-03-20\n")
    assert report.doc_type != "简报", report.evidence["doc_type"]


def test_a_titled_article_opening_on_a_review_part_is_not_typed_by_it(tmp_path):
    # (an article or a study under its own title, its first part on results: the title, not the part, says what it is)
    report = read(tmp_path, "关于东溪园区高质量发展的几点思考\n一、园区发展取得的成果\n近年来，东溪园区坚持工业强区，"
                            "产业规模持续扩大，创新能力不断增强，已成为全县经济发展的主阵地。\n二、园区发展的经验启示\n"
                            "一是规划引领，二是龙头带动，三是服务保障。\n")
    assert report.doc_type != "工作总结", report.evidence["doc_type"]


def test_a_lead_opening_on_what_it_goes_with_runs_on_to_who_acts(tmp_path):
    # (配合…，: the frame of what the act goes with, as 随着…，; the news is who did what after it)
    report = read(tmp_path, "配合省政府延長「招商引資三年行動」至2027年,省工業園區管理局今(12)日宣布啟動園區「擴容」與「提質」兩項工程,"
                            "預計帶動新增投資超過300億元。管理局表示,今年將優先開發兩處新園區。\n")
    assert report.title.endswith("兩項工程"), report.evidence["title"]


def test_a_unit_that_goes_with_another_is_no_frame(tmp_path):
    report = read(tmp_path, "5月10日,東溪園區管委會配合市市場監管局開展安全生產檢查,重點檢查了園區內12家化工企業的安全設施。\n")
    assert report.title.startswith("5月10日,東溪園區管委會配合"), report.evidence["title"]


def test_a_writers_source_and_a_scope_of_a_noun_are_no_headline(tmp_path):
    # (笔者从…获悉，: the writer's source, as 记者从…获悉, the lead's first words since session 27, and no clause that ends
    # the title; …公布的…结果中，: a noun's scope, its verb inside the attribute)
    report = read(tmp_path, "笔者从东溪经济开发区管委会获悉,省商务厅近日公布的2023年省级开发区综合考核评价结果中,东溪经开区位居全省第5位,"
                            "较上年提升3位。\n据介绍,东溪经开区今年以来新签约项目21个。\n")
    assert report.title == "笔者从东溪经济开发区管委会获悉,省商务厅近日公布的2023年省级开发区综合考核评价结果中,东溪经开区位居全省第5位", report.evidence["title"]


def test_a_subject_in_its_setting_is_left_as_it_is(tmp_path):
    # (某园区在…活动中，: the context a subject acts in ends the lead title, as the labels keep it)
    report = read(tmp_path, "东溪园区在全市重点项目现场观摩活动中,获评优秀项目3个,位列全市第一。\n观摩组一行先后察看了5个项目现场。\n")
    assert report.title == "东溪园区在全市重点项目现场观摩活动中", report.evidence["title"]
