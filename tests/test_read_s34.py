"""Reading in session 34 (titles), each pattern with our own sentences: what a lead says its subject faces (面对…，) is a
frame like its cause and what it answers, and the title runs on to the subject's clause, past a second thing faced
(…，疫情带来的考验，); a cut-off in this year's month (截至今年9月) and "up to now" (今年迄今为止, 到目前为止) are a time
alone; an outlet's credit in brackets (【某某晚报消息】) opens no title; a wiki's coordinates beside an article's title are
its template's."""
import pytest

from conftest import read_page


@pytest.mark.parametrize("lead, title", [
    ("2019年，面对复杂严峻的经济形势，青石工业园区坚持稳中求进，扎实推进各项工作，全年实现工业总产值56亿元。",
     "2019年，面对复杂严峻的经济形势，青石工业园区坚持稳中求进"),
    ("2021年，面對錯綜複雜的外部環境，全區上下深入落實各項部署，經濟運行總體平穩。",
     "2021年，面對錯綜複雜的外部環境，全區上下深入落實各項部署"),
    ("2020年，面临土地指标紧张的困难，溪口开发区盘活闲置厂房，新引进项目12个。",
     "2020年，面临土地指标紧张的困难，溪口开发区盘活闲置厂房"),
    # …past a second thing faced, a noun phrase after it (what the epidemic brought): the frame's second object
    ("2022年，面对错综复杂的国内外形势，疫情带来的严峻考验，青石园区全力稳住工业经济，产值增长6%。",
     "2022年，面对错综复杂的国内外形势，疫情带来的严峻考验，青石园区全力稳住工业经济"),
])
def test_what_a_lead_faces_is_a_frame_and_the_title_runs_on_to_its_subject(tmp_path, lead, title):
    (report,) = read_page(tmp_path, lead + "\n一、主要工作\n园区完成固定资产投资12亿元。\n")
    assert report.title == title, report.evidence["title"]


@pytest.mark.parametrize("lead, title", [
    # must-not: 面对面 is "face to face", an event's manner, no frame; an event with its own predicate before what
    # it faces ends the title as before
    ("3月5日，青石园区举办政企面对面座谈会，20家企业负责人参加。", "3月5日，青石园区举办政企面对面座谈会"),
    ("3月5日，面对面听取企业诉求，青石园区举办政企座谈会，20家企业负责人参加。", "3月5日，面对面听取企业诉求"),
])
def test_face_to_face_and_a_faced_thing_inside_the_event_change_nothing(tmp_path, lead, title):
    (report,) = read_page(tmp_path, lead + "\n会议要求各部门落实责任。\n")
    assert report.title == title, report.evidence["title"]


@pytest.mark.parametrize("lead, title", [
    ("园区主任林志远表示，截至今年9月，北湾经济特区的总投资已超过既定目标，达到120亿元。",
     "园区主任林志远表示，截至今年9月，北湾经济特区的总投资已超过既定目标"),
    ("今年迄今為止，北灣經濟特區取得涵蓋20個項目的50億令吉投資承諾，其中外資占六成。",
     "今年迄今為止，北灣經濟特區取得涵蓋20個項目的50億令吉投資承諾"),
    # (到目前为止 was a time alone before this session too)
    ("到目前为止，青石园区已引进企业86家，其中规上企业32家。", "到目前为止，青石园区已引进企业86家"),
])
def test_a_cut_off_this_year_and_up_to_now_are_a_time_alone(tmp_path, lead, title):
    (report,) = read_page(tmp_path, lead + "\n管理局指出，园区将继续优化营商环境。\n")
    assert report.title == title, report.evidence["title"]


def test_an_outlets_credit_in_brackets_opens_no_title(tmp_path):
    page = ("【北灣晚報消息】12月9日，北灣商會會長陳志明率領企業代表30人來訪北灣科技園，了解園區招商政策。\n"
            "雙方就產業合作進行了交流。\n")
    (report,) = read_page(tmp_path, page)
    assert report.title == "12月9日，北灣商會會長陳志明率領企業代表30人來訪北灣科技園", report.evidence["title"]


def test_a_wikis_coordinates_beside_the_title_are_the_templates(tmp_path):
    page = ("北灣科學園區23°06′05″N 120°16′56″E / 23.101282°N 120.282106°E\n"
            "北灣科學園區（簡稱北科），是設於北灣的科學園區，開發面積1,043公頃。\n"
            "園區於1996年動土。\n")
    (report,) = read_page(tmp_path, page)
    assert report.title == "北灣科學園區", report.evidence["title"]
    assert "°" not in report.text


def test_a_latitude_in_a_sentence_stays(tmp_path):
    # must-not: a report's sentence giving a place's latitude in words keeps it
    page = ("北灣科學園區概況\n園區位於北緯23°06′，東經120°16′之間，開發面積1,043公頃。\n園區於1996年動土。\n")
    (report,) = read_page(tmp_path, page)
    assert "北緯23°06′" in report.text


@pytest.mark.parametrize("line", [
    "mmexport1735465863920",
    "mmexport1735465860411 mmexport1735465870380",
    "微信图片_20240105093012",
    "IMG_20230612_101530.jpg",
    "扫描二维码推送至手机访问。",
    "掃一掃在手機打開當前頁",
    "放大圖片",
    "点击放大",
    "◎ 文、圖 / 投資組 林志遠",
    "文／北灣日報記者 陳志明",
    "北灣管理局提供",
    "（圖／青禾科技公司提供）",
    "《青禾產業月刊》整理",
    "資料來源：《北灣統計月報》整理",
])
def test_a_sites_picture_names_scan_calls_controls_and_credits_are_furniture(tmp_path, line):
    page = ("青禾科技园新厂房动工\n近日，青禾科技园新建标准厂房项目正式动工，总投资3亿元。\n"
            f"{line}\n项目计划2026年建成投产。\n")
    (report,) = read_page(tmp_path, page)
    assert line not in report.text and "项目计划2026年建成投产" in report.text


@pytest.mark.parametrize("line", [
    # must-not: a sentence that provides something, a heading on enlarging, a slash in a figure, a text's own words
    "园区为入驻企业免费提供",
    "放大招商引资效应",
    "文化旅游产业／现代服务业",
    "管委会提供全程代办服务。",
    "扫描二维码即可了解园区招商政策和入驻流程，欢迎企业咨询洽谈",
])
def test_a_reports_own_lines_like_them_stay(tmp_path, line):
    page = ("青禾科技园新厂房动工\n近日，青禾科技园新建标准厂房项目正式动工，总投资3亿元。\n"
            f"{line}\n项目计划2026年建成投产。\n")
    (report,) = read_page(tmp_path, page)
    assert line.rstrip("。") in report.text.replace("\n", "")


@pytest.mark.parametrize("lead, title", [
    # a sentence of why alone, however long, before the event told by its day
    ("为进一步密切园区与辖区内企业的联系，加强对重点企业经营、发展情况的了解，帮助企业解决发展中的困难，推动企业更好、更快发展。"
     "9月3日上午，青禾产业园区管委会主任林志远带领业务科室开展企业走访，了解企业生产经营情况。",
     "9月3日上午，青禾产业园区管委会主任林志远带领业务科室开展企业走访"),
    # a paper's mark before the item's day
    ("◆1月9日上午，青禾市举行了青禾产业园管理委员会挂牌仪式，市领导出席。", "1月9日上午，青禾市举行了青禾产业园管理委员会挂牌仪式"),
    # a list of days
    ("1月8日、9日和12日，青禾经开区召开2025年工作总结汇报会，听取各部门汇报。", "1月8日、9日和12日，青禾经开区召开2025年工作总结汇报会"),
    # an English name in brackets after the Chinese one is the topic's, as an acronym is
    ("涵盖北湾三州的北部投资枢纽(Northern Region Investment Hub)，将有望进一步推动各州工业领域的进步，并带动经济成长。",
     "涵盖北湾三州的北部投资枢纽(Northern Region Investment Hub)，将有望进一步推动各州工业领域的进步"),
    # who released it, then what was released
    ("受关税、汇率波动及订单量缩减影响，北湾市府公布，10月有117家企业实施减班休息，较上月增加12家。",
     "受关税、汇率波动及订单量缩减影响，北湾市府公布，10月有117家企业实施减班休息"),
])
def test_a_leads_why_marks_days_names_and_releases(tmp_path, lead, title):
    (report,) = read_page(tmp_path, lead + "\n管理局指出，园区将持续优化投资环境。\n")
    assert report.title == title, report.evidence["title"]


def test_a_paragraph_of_why_alone_gives_the_title_to_the_dated_event_under_it(tmp_path):
    page = ("为全面推进乡村振兴，优化园区产业结构，充分发挥企业的创新引领作用，深入开展考察交流。\n"
            "10月17日下午，青禾县委常委林志远带领省经信厅代表团来园区考察调研，园区负责人陪同。\n园区主要产业为精细化工。\n")
    (report,) = read_page(tmp_path, page)
    assert report.title == "10月17日下午，青禾县委常委林志远带领省经信厅代表团来园区考察调研", report.evidence["title"]


@pytest.mark.parametrize("lead, title", [
    # must-not: a purpose with the unit acting in it keeps the unit's act as its title (and, since session 42, the purpose
    # before it); a byline's mark stays the byline's; a list released by name keeps its own rule (the one on it is the news)
    ("为推进重点项目建设，进一步优化营商环境，青禾经开区出台十条支持措施，明确了土地、资金和人才保障。9月3日上午，园区召开推进会。",
     "为推进重点项目建设，进一步优化营商环境，青禾经开区出台十条支持措施"),
    ("◎青禾日报记者 林志远 7月23日，青禾经开区举行重点项目集中开工仪式，20个项目开工。", "7月23日，青禾经开区举行重点项目集中开工仪式"),
    ("近日，省工信厅公布第三批专精特新企业名单，青禾园区5家企业入选。", "近日，省工信厅公布第三批专精特新企业名单，青禾园区5家企业入选"),
])
def test_other_leads_keep_their_titles(tmp_path, lead, title):
    (report,) = read_page(tmp_path, lead + "\n管理局指出，园区将持续优化投资环境。\n")
    assert report.title == title, report.evidence["title"]


@pytest.mark.parametrize("lead, title", [
    # a verb's phrase with no subject opening the lead frames the clause after it, which opens on its subject and verb
    ("3月5日，抢抓春季招商黄金期，青禾园区赴长三角开展招商推介活动，签约项目5个。",
     "3月5日，抢抓春季招商黄金期，青禾园区赴长三角开展招商推介活动"),
    ("抢抓发展机遇，青禾经开区加快推进重点项目建设，一季度新开工项目12个。", "抢抓发展机遇，青禾经开区加快推进重点项目建设"),
    ("搶抓新一輪產業變革機遇，數位經濟正在成為園區的核心引擎，產值持續成長。", "搶抓新一輪產業變革機遇，數位經濟正在成為園區的核心引擎"),
])
def test_a_subjectless_frame_runs_on_to_the_subject_after_it(tmp_path, lead, title):
    (report,) = read_page(tmp_path, lead + "\n管理局指出，园区将持续优化投资环境。\n")
    assert report.title == title, report.evidence["title"]


@pytest.mark.parametrize("lead, title", [
    # must-not: a clause of figures is a predicate of its own, a comparison after it no subject; a meeting with no
    # subject after it keeps its first clause
    ("2018年，实现财政收入3.33亿元，同比增长6.41%，增速居全市第一。", "2018年，实现财政收入3.33亿元"),
    ("召开专题会议，研究部署安全生产工作，园区各企业负责人参加。", "召开专题会议"),
])
def test_a_predicate_of_figures_and_a_meeting_keep_their_first_clause(tmp_path, lead, title):
    (report,) = read_page(tmp_path, lead + "\n管理局指出，园区将持续优化投资环境。\n")
    assert report.title == title, report.evidence["title"]


@pytest.mark.parametrize("lead, title", [
    # the event first and its verb after it (…签约仪式举行, …大会在某地召开): the news ends with the event it names
    ("12月27日，我市2023年12月份暨青禾高新区四季度招商引资项目集中签约仪式举行，现场签约项目23个，总投资72亿元。",
     "12月27日，我市2023年12月份暨青禾高新区四季度招商引资项目集中签约仪式举行"),
])
def test_an_event_named_before_its_verb_ends_the_title(tmp_path, lead, title):
    (report,) = read_page(tmp_path, lead + "\n管理局指出，园区将持续优化投资环境。\n")
    assert report.title == title, report.evidence["title"]


@pytest.mark.parametrize("body, published, year", [
    # a lead telling last year's results, dated the next year: the year the results are about
    ("去年，青禾经开区实现营业收入820亿元，同比增长12%，创历史新高。", 2024, 2023),
    ("去年园区营业额突破4500亿元，管理局表示今年将持续扩区。", 2022, 2021),
    # must-not: last year as a comparison, or 今年, keeps the page's year
    ("今年以来，青禾经开区实现营业收入420亿元，较去年同期增长12%。", 2024, 2024),
])
def test_a_lead_telling_last_years_results_is_of_that_year(body, published, year):
    from indexer.reading.describe import choose_year
    got, why = choose_year("园区营收再创新高", body, published, news=True, doc_type="简报")
    assert got == year, why


@pytest.mark.parametrize("lead, title", [
    # whom a lead is according to, opening it with no day after it, stays its first words
    ("据青禾日报报道，年初以来，全市清理整顿开发区工作取得明显成效，共撤销开发区12个。",
     "据青禾日报报道，年初以来，全市清理整顿开发区工作取得明显成效"),
    ("据悉，今年上半年，青禾保税区经济继续保持快速增长，进出口总额增长12%。", "据悉，今年上半年，青禾保税区经济继续保持快速增长"),
    # must-not: a day after it — the day opens the title, as before
    ("据青禾日报报道，5月8日，青禾市人民政府在松林高新区举办重点产业项目集中签约仪式，共签约项目16个。",
     "5月8日，青禾市人民政府在松林高新区举办重点产业项目集中签约仪式"),
])
def test_whom_a_lead_is_according_to_stays_when_no_day_follows(tmp_path, lead, title):
    (report,) = read_page(tmp_path, lead + "\n管理局指出，园区将持续优化投资环境。\n")
    assert report.title == title, report.evidence["title"]
