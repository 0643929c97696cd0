"""Reading decided in session 44. Own pages.

- A prefecture city's name with 市 and a class of zone with no kind before it (某市开发区, 某市产业集聚区) is how its
  zones together are written, when the text speaks of all of them (全市开发区), of each (各开发区) or counts them
  (全市17个产业集聚区): the name of no park, as 某市工业园区 with 全市工业园区 already was. Without such words it stays
  the one zone a city's people call so (某市开发区 for 某某经济开发区).
- A document site's row giving the file's length (约 24页, 约2.27万字) or a compilation's count ((共5篇)) marks the
  page as a copy a site hosts: its date row is an upload's, no year of the report.
- A title naming a work and how it stands with its genre word left off (某园区近期工作开展情况, 某开发区垃圾治理推进情况)
  is the 情况汇报 a unit sends up (工作汇报), whatever the person of its text; an economy's 运行情况 stays a bulletin's.
"""
import pytest

from conftest import read_page

_ZONES_OF_A_CITY = (
    "关于进一步推动常德市开发区高质量发展的调研报告\n"
    "为了解{marker}发展现状，市人大常委会调研组于今年5月深入各县市区进行了专题调研。现将调研情况报告如下：\n"
    "一、基本情况\n近年来，开发区在集聚产业、推动创新、扩大开放等方面发挥了重要作用，成为全市经济发展的主引擎。\n"
    "二、存在的问题\n部分开发区主导产业不够突出，土地集约利用水平不高。\n"
)


@pytest.mark.parametrize("marker", ["全市开发区", "各开发区", "全市9个开发区"])
def test_a_citys_name_and_a_bare_class_is_its_zones_together(tmp_path, marker):
    (report,) = read_page(tmp_path, _ZONES_OF_A_CITY.format(marker=marker))
    assert report.park is None, report.evidence["park"]
    assert "合称" in report.evidence["park"]


def test_the_same_with_a_class_of_cluster_zones_counted(tmp_path):
    page = ("许昌市产业集聚区统计工作情况通报\n"
            "近期，我们对许昌市产业集聚区统计机构和人员情况进行了书面调查。全市8个产业集聚区均已设立统计机构，"
            "有2个产业集聚区统计人员不足。现将有关情况通报如下。\n")
    (report,) = read_page(tmp_path, page)
    assert report.park is None, report.evidence["park"]


def test_a_citys_one_zone_called_by_the_bare_class_stays_that_zone(tmp_path):
    # (the guard: no word for all the city's zones or each of them — the text speaks of one zone)
    page = ("常德市开发区一季度经济运行稳中向好\n"
            "今年一季度，常德市开发区完成固定资产投资12亿元，同比增长15%，增速高于全市平均水平。"
            "开发区新签约项目8个，主要经济指标实现首季开门红。\n")
    (report,) = read_page(tmp_path, page)
    assert report.park == "常德市开发区", report.evidence["park"]


_COPY = ("园区建设调研报告(共3篇)\n第1篇:青禾工业园建设调研报告\n青禾工业园建设调研报告\n"
         "根据县委安排，最近一段时间，我在县工信局同志的陪同下深入青禾工业园调研，了解了园区的基本情况和存在的问题。"
         "现将调研情况报告如下。\n一、园区基本情况\n园区规划面积12平方公里，现有入园企业46家。\n")


@pytest.mark.parametrize("rows", ["- 0\n- 约2.13万字\n- 约 21页\n", "约18页\n"])
def test_a_document_sites_length_row_leaves_its_upload_date_no_year(tmp_path, rows):
    page = rows + "- 2025-04-11 发布于湖南\n- 举报\n" + _COPY
    (report,) = read_page(tmp_path, page)
    assert report.year is None, report.evidence["year"]


def test_a_compilations_count_alone_marks_the_copy_too(tmp_path):
    page = "发布时间：2025-04-11\n" + _COPY
    (report,) = read_page(tmp_path, page)
    assert report.year is None, report.evidence["year"]


def test_an_organs_dated_page_stays_dated(tmp_path):
    # (the guard: no sign of a site hosting copies, the page's date row dates the report)
    page = "发布时间：2025-04-11\n" + _COPY.replace("园区建设调研报告(共3篇)\n第1篇:青禾工业园建设调研报告\n", "")
    (report,) = read_page(tmp_path, page)
    assert report.year == 2025, report.evidence["year"]


_ACCOUNT = ("今年以来，园区围绕“清垃圾、治污水、美环境”目标，组织开展了环境卫生集中整治，共清运垃圾320吨，"
            "整治企业周边环境问题46处。园区还建立了网格化保洁制度，明确了各企业门前责任区。"
            "下一步，园区将继续巩固整治成果，推动环境卫生长效管理。\n")


@pytest.mark.parametrize("title", ["2024年青禾开发区垃圾治理推进情况", "青禾工業園區近期工作開展情況",
                                   "青禾园区环保整改落实情况"])
def test_a_works_account_titled_by_how_it_stands_is_a_report_sent_up(tmp_path, title):
    (report,) = read_page(tmp_path, title + "\n" + _ACCOUNT)
    assert report.doc_type == "工作汇报", report.evidence["doc_type"]


@pytest.mark.parametrize("title", ["1-9月园区工业经济运行情况", "青禾工业园区基本情况"])
def test_an_economys_run_or_a_parks_basics_is_no_such_report(tmp_path, title):
    (report,) = read_page(tmp_path, title + "\n" + _ACCOUNT)
    assert report.doc_type != "工作汇报", report.evidence["doc_type"]


# -- types: a unit's investigation, an opinion on its period's work, a speech in its speaker's voice ------------------

@pytest.mark.parametrize("title, doc_type", [
    ("青禾工业园区企业用工情况调查报告", "工作汇报"),  # a unit's investigation of how something stands, as a 调研报告
    ("关于园区企业融资情况的调查报告", "工作汇报"),
    ("第六次全国物流园区(基地)调查报告", "其他"),  # a survey of a whole country's parks: a publication
    ("全省开发区发展调查报告", "其他"),
    ("青禾工业园区管委会月度工作安排意见", "工作计划"),  # a unit's opinion on its period's work is its plan
    ("青禾开发区2024年工作意见", "工作计划"),
    ("关于加强园区安全生产工作的意见", "其他"),  # an opinion on a matter: a directive
])
def test_genre_words_of_investigations_and_opinions(title, doc_type):
    from indexer.reading.describe import choose_doc_type
    assert choose_doc_type(title, None, title + "\n今年以来，园区企业用工总体平稳，企业缺工问题有所缓解。")[0] == doc_type


_SPEECH = ("市长在青禾开发区现场办公会上的讲话\n2023-02-23 03:38:41\n"
           "市党政主要负责同志每月到开发区现场办公，是市委市政府的一项制度性安排。今年我已经到开发区来了三次。"
           "但这次来有着特殊的背景和意义。昨天市委市政府刚刚召开了全市项目建设推进大会，对今年的工作作了全面部署。\n")


def test_a_speech_in_its_speakers_voice_is_the_speech_not_news_of_it(tmp_path):
    (report,) = read_page(tmp_path, _SPEECH)
    assert report.doc_type == "讲话", report.evidence["doc_type"]


def test_news_of_a_speech_in_the_third_person_stays_news(tmp_path):
    # (the guard: the speaker's 我 only inside quotation marks, the reporter's 昨天…召开)
    page = ("市长在青禾开发区现场办公会上的讲话\n2023-02-23 03:38:41\n"
            "昨天，市长到青禾开发区现场办公，召开了项目建设推进会。市长说：“今年我已经到开发区来了三次。”"
            "会议要求，开发区要加快推进重点项目建设。\n")
    (report,) = read_page(tmp_path, page)
    assert report.doc_type == "简报", report.evidence["doc_type"]


def test_a_speech_script_keeps_its_script_word_in_the_title():
    from indexer.reading.titles import cut_inline_title
    line = ("2024年职代会上的领导讲话稿2024年职代会上的领导讲话稿各位代表、同志们：下午好！通过与会代表和工作人员的共同努力，"
            "园区2024年职代会圆满地完成了各项议程。")
    assert cut_inline_title(line)[0] == "2024年职代会上的领导讲话稿"


def test_a_disclosure_report_is_a_years_summary(tmp_path):
    page = ("青禾经济开发区管理委员会2023年政府信息公开工作年度报告\n"
            "本报告根据《中华人民共和国政府信息公开条例》编制。\n一、总体情况\n2023年，开发区主动公开政府信息120条。\n"
            "二、存在的主要问题及改进情况\n信息公开的及时性有待提高。\n")
    (report,) = read_page(tmp_path, page)
    assert report.doc_type == "工作总结", report.evidence["doc_type"]


# -- furniture: the bracketed credit closing an item -------------------------------------------------------------------

_ITEM = ("青禾开发区召开安全生产工作会议\n发布时间：2024-03-05\n3月4日，青禾开发区召开安全生产工作会议，部署今年安全生产重点工作。"
         "会议要求，各企业要压实安全生产主体责任。\n会议还通报了去年安全生产检查情况。\n")


@pytest.mark.parametrize("credit", ["（经济发展部 供稿）", "（经济发展部供稿）", "(文/图 青禾建设集团 王某某)",
                                    "（本文选自第十二次园区发展论坛）", "（摘自《青禾日报》2024年3月5日）"])
def test_a_closing_credit_is_not_searchable(tmp_path, credit):
    (report,) = read_page(tmp_path, _ITEM + credit + "\n")
    assert credit not in report.text and "安全生产检查情况" in report.text


@pytest.mark.parametrize("note", ["（注：以上数据为初步统计）", "（以上为园区供稿内容的一部分，仅供参考。）"])
def test_a_note_of_the_text_in_brackets_stays(tmp_path, note):
    (report,) = read_page(tmp_path, _ITEM + note + "\n")
    assert note in report.text


# -- parks: the committee publishing its own unit's report ------------------------------------------------------------

_MONTH = ("2024年11月工作总结及12月重点工作谋划\n社会事务局\n"
          "发布日期:2024-12-11 09:52 来源: 青禾市高新技术产业开发区管委会 编辑:管理员 阅读次数: 字号:\n"
          "一、11月份重点工作完成情况\n1、11月中旬完成东庄房屋征收工作，共计征收185户；\n2、继续开展临东安置区上房工作；\n"
          "3、继续开展{zone}置换安置上房工作；\n4、11月底启动了西庄房屋征收工作。\n"
          "二、12月重点工作谋划\n1、继续推进西庄房屋征收工作；\n2、完成{zone}安置区配套工程验收。\n")


def test_a_zone_where_work_was_done_is_not_the_publishing_parks_report(tmp_path):
    (report,) = read_page(tmp_path, _MONTH.format(zone="鹏城产业园区"))
    assert report.park == "青禾市高新技术产业开发区", report.evidence["park"]


def test_a_zone_that_is_the_subject_is_not_set_aside_for_the_publisher(tmp_path):
    # (the guard: the zone opens its clause, the subject of what was done — the publisher's park does not take its place)
    page = _MONTH.format(zone="鹏城产业园区").replace("3、继续开展鹏城产业园区置换安置上房工作",
                                                 "3、鹏城产业园区完成了置换安置上房工作")
    (report,) = read_page(tmp_path, page)
    assert report.park != "青禾市高新技术产业开发区" and "做事的地方" not in report.evidence["park"], report.evidence["park"]


# -- years: an approval's number the text cites ------------------------------------------------------------------------

def test_an_approvals_number_the_text_cites_is_no_year_of_the_report(tmp_path):
    page = ("来源:青禾经济开发区 发布时间:2022-02-25\n园区概况\n"
            "湖南青禾经济开发区位于青禾县，园区级别为省级工业园区。2012年园区规划环评已获得批复，批复文号 湘环评[2012]13号。"
            "2021年园区实现生产总值94.24亿元，上缴税金5.13亿元。\n")
    (report,) = read_page(tmp_path, page)
    assert report.year != 2012, report.evidence["year"]


def test_a_documents_own_number_in_its_opening_still_dates_it():
    # (the guard: the number heading the text, no approval cited before it)
    from indexer.reading.describe import choose_year
    year, why = choose_year("关于做好园区安全生产工作的通知", "青政办发〔2019〕12号\n各乡镇人民政府，县直各单位：\n现将有关事项通知如下。")
    assert year == 2019, why


# -- titles: a lead whose frame quotes a slogan with commas -----------------------------------------------------------

def test_a_leads_frame_quoting_a_slogan_runs_on_to_what_the_subject_did(tmp_path):
    page = ("2021年,青禾高新区在市委、市政府的坚强领导下,紧紧围绕“谋划大项目,抓好大招商,形成大产业”这一主题,"
            "全力推动高新区经济社会各项事业实现了快速发展,园区投资环境不断改善。\n"
            "一、主要经济指标完成情况\n完成规模以上工业总产值61.05亿元，同比增长86.98%。\n")
    (report,) = read_page(tmp_path, page)
    assert report.title.endswith("全力推动高新区经济社会各项事业实现了快速发展"), report.title


# -- a long document's parts are no collection's pieces ----------------------------------------------------------------

_OUTLINE = ("欢迎访问青禾临空经济区网站!\n青禾临空经济区国民经济和社会发展第十四个五年规划和2035年远景目标纲要\n"
            "来源:     发布时间:2022-03-14\n目  录\n"
            "第一篇 继往开来,开启航空城奋进新征程\n第一章 历史方位\n第一节 发展历程\n第二节 起步基础\n"
            "第二章 总体思路\n第一节 指导思想\n第二篇 乘势而上,建设航空城开放新空港\n第三章 空港建设\n第一节 货运枢纽\n"
            "第三篇 系统谋划,构建航空城产业新格局\n第四章 产业体系\n第一节 主导产业\n")


def test_a_plans_parts_and_chapters_are_one_document(tmp_path):
    reports = read_page(tmp_path, _OUTLINE)
    assert len(reports) == 1
    (report,) = reports
    assert report.title == "青禾临空经济区国民经济和社会发展第十四个五年规划和2035年远景目标纲要", report.title
    assert report.doc_type == "工作计划", report.evidence["doc_type"]


def test_a_collections_pieces_numbered_by_篇_still_split(tmp_path):
    # (the guard: no chapters, each piece its own report)
    page = ("工业园区工作总结(精选3篇)\n第一篇 青禾工业园区2023年工作总结\n今年以来，园区完成工业总产值50亿元，同比增长9%。"
            "园区新签约项目12个，总投资46亿元。\n第二篇 青松工业园区2023年工作总结\n今年以来，园区完成固定资产投资20亿元，"
            "同比增长12%。园区新开工项目8个。\n")
    assert len(read_page(tmp_path, page)) == 2


# -- figures: money from outside the place, the country said with it ---------------------------------------------------

@pytest.mark.parametrize("sentence, value", [
    ("全年实现利用国内市外资金200亿元，同比增长20%。", 200),
    ("1-10月，全市园区实际使用省外境内资金294.88亿元，同比增长39.5%。", 294.88),
])
def test_money_from_outside_said_with_the_country_is_paid_in_capital(sentence, value):
    from conftest import figures_in
    assert [(f.name, f.value, f.status) for f in figures_in(sentence)] == [("招商引资到位资金", value, "实际")]


def test_a_compilations_selection_mark_is_no_part_of_its_title(tmp_path):
    # (after the ten unseen pages: 开发区调研报告(精选多篇) — a document site's decoration; with it the genre word did not end
    # the title, and the text's 总结如下 typed the study a summary)
    page = ("开发区调研报告(精选多篇)\n根据市委领导安排，近期我们对青禾经济开发区的优势、成绩和问题进行了深入调研，"
            "现将调研情况总结如下：\n一、基础优势\n区位交通优越，产业基础较好。\n")
    (report,) = read_page(tmp_path, page)
    assert report.title == "开发区调研报告" and report.doc_type == "工作汇报", (report.title, report.evidence["doc_type"])


@pytest.mark.parametrize("day", ["4月*日至*日", "4月××日", "4月12日至15日"])
def test_a_lead_opening_on_a_masked_day_runs_on_as_on_a_written_one(tmp_path, day):
    # (after the ten unseen pages: a document site masks the days of a visit; the lead's title stopped at them)
    page = (day + ",县委书记某某率领我县工业园区建设学习考察团一行12人,先后赴上海浦东新区、杭州市经济技术开发区进行了考察。"
            "所到之处,受到当地的热情接待。\n一、外地工业园区的突出特点\n园区规划起点高，基础设施完善。\n")
    (report,) = read_page(tmp_path, page)
    assert report.title.startswith(day + ",县委书记某某率领"), report.title


def test_a_visits_report_opening_on_its_days_is_a_report_not_news(tmp_path):
    page = ("4月12日至15日,县委书记某某率领我县工业园区建设学习考察团一行12人,先后赴上海浦东新区、杭州市经济技术开发区进行了考察。"
            "通过此次考察学习,大家开阔了视野,找到了差距。现将考察情况报告如下:\n一、外地工业园区的突出特点\n园区规划起点高。\n")
    (report,) = read_page(tmp_path, page)
    assert report.doc_type == "工作汇报", report.evidence["doc_type"]


def test_a_news_lead_without_such_words_stays_news(tmp_path):
    # (the guard)
    page = ("4月12日,县委书记某某率领考察团一行12人赴上海浦东新区考察。考察团参观了多家企业。\n"
            "考察团表示,将学习借鉴先进经验,加快园区建设。\n")
    (report,) = read_page(tmp_path, page)
    assert report.doc_type == "简报", report.evidence["doc_type"]
