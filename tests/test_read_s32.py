"""Reading in session 32 (titles, types, furniture): a forum's jammer run whose last pair lost a character leaves no
fragment before the text; a forum's call to register and a consent box's label are the site's; a menu's bar before
the text's first line goes; a lead's frame of what it answers (因應…，) and a topic before a coverb's comment
(…表示，某某六大產業，以…為最大宗) run on; a titleless third-person account of a period's figures with no parts is 简报.
Own pages."""
import pytest

from conftest import read_page
from indexer.reading.describe import choose_doc_type


def test_a_jammer_run_missing_a_character_leaves_nothing_before_the_credit(tmp_path):
    page = ("青溪论坛\n"
            "马上注册，结交更多好友，享用更多功能，让你轻松玩转社区。\n"
            "\" K% m- c0 q$ w\n"
            "青溪县工业园区北区项目集中签约\n"
            "4 r- t- Y8 B; e H) L\" k本报讯 (记者 某某) 3月12日，青溪县工业园区北区4个项目集中签约，总投资12亿元。\n"
            "县委书记出席签约仪式并讲话。\n")
    (report,) = read_page(tmp_path, page)
    assert report.title == "青溪县工业园区北区项目集中签约", report.evidence["title"]
    assert "H)" not in report.text and "L\" k" not in report.text
    assert "结交更多好友" not in report.text


def test_a_jammer_tail_needs_a_run_before_it(tmp_path):
    # must-not: letters and signs spaced in a text, with no run of the jammer's rhythm, stay
    (report,) = read_page(tmp_path, "青溪工业园区简介\n园区分为 A 区、B 区 和 C 区三个片区，总面积12平方公里。\n")
    assert "A 区" in report.text or "A区" in report.text


@pytest.mark.parametrize("row", ["已经阅读并同意《青溪发布》用户使用协议", "我已閱讀並同意隱私政策", "□已阅读并接受服务条款"])
def test_a_consent_boxs_label_is_the_sites(tmp_path, row):
    page = ("青溪物流园区项目全面完工\n" + row + "\n"
            "8月15日，记者从青溪物流集团获悉，青溪物流园区项目全面完成建设任务，预计10月底正式运营。\n")
    (report,) = read_page(tmp_path, page)
    assert report.title == "青溪物流园区项目全面完工", report.evidence["title"]
    assert row not in report.text


def test_a_sentence_about_an_agreement_stays(tmp_path):
    # must-not: a report that tells of an agreement read and signed keeps its sentence
    text = "双方已阅读并同意合作协议的全部条款，于3月2日正式签约。"
    (report,) = read_page(tmp_path, "青溪工业园区项目签约\n" + text + "\n项目总投资5亿元。\n")
    assert text in report.text


def test_a_menus_bar_before_the_first_line_goes(tmp_path):
    page = ("| 2019年，全县经济保持了较快的发展速度，“一区三园”发挥了重要的支撑作用。“一区三园”共完成工业总产值120亿元。 |\n"
            "其中青溪经济开发区实现工业总产值80亿元。\n")
    (report,) = read_page(tmp_path, page)
    assert report.title.startswith("2019年，全县经济保持了较快的发展速度"), report.evidence["title"]
    assert not report.text.startswith("|")


def test_a_table_row_keeps_its_bars(tmp_path):
    # must-not: a row with bars between its cells is a table's
    (report,) = read_page(tmp_path, "青溪工业园区指标表\n| 工业总产值 | 120亿元 |\n| 固定资产投资 | 30亿元 |\n")
    assert "| 工业总产值 | 120亿元" in report.text or "工业总产值 | 120亿元" in report.text


@pytest.mark.parametrize("lead, title", [
    ("因應全球供應鏈重組、台商回流，土地需求大增，北灣科技產業園區用地已飽和，新廠房今（3/8）動土，預計2026年完工。",
     "因應全球供應鏈重組、台商回流，土地需求大增"),
    ("為因應產業升級需求，北灣加工區新建標準廠房，今天舉行上樑典禮。", "為因應產業升級需求，北灣加工區新建標準廠房"),
    ("該管理局表示，北灣六大產業，以半導體產業營業額3,215.6億元為最大宗，營收成長達12.1%。",
     "該管理局表示，北灣六大產業，以半導體產業營業額3,215.6億元為最大宗"),
])
def test_a_leads_frame_of_response_and_a_topic_before_its_comment_run_on(tmp_path, lead, title):
    (report,) = read_page(tmp_path, lead + "\n管理局指出，園區將持續優化投資環境。\n")
    assert report.title == title, report.evidence["title"]


@pytest.mark.parametrize("lead, title", [
    # must-not: a unit and its verb 研究 the tagger calls a noun. (Session 32 kept 面对… here as where a lead title ends, the
    # labellers 3 of 3; counted again in session 34 on the sets since, the fresh labellers ran on past it 3 of 3 and the two
    # that stopped were one labeller's: it runs on now, with 因應… and 围绕…, tests/test_read_s34.py)
    ("2022年，面对复杂多变的外部环境，全县上下坚持稳中求进，经济运行总体平稳。", "2022年，面对复杂多变的外部环境，全县上下坚持稳中求进"),
    ("5月9日，经开区党工委专题研究，部署园区安全生产工作。", "5月9日，经开区党工委专题研究"),
])
def test_other_frames_and_units_keep_their_cut(tmp_path, lead, title):
    (report,) = read_page(tmp_path, lead + "\n会议要求各企业落实主体责任。\n")
    assert report.title == title, report.evidence["title"]


_ACCOUNT = ("1至5月，青溪县工业园区累计完成规模以上工业总产值26.4亿元，同比增长13.7%；完成固定资产投资8.2亿元，同比增长9%；"
            "新签约项目6个。\n园区入驻企业累计达到86家。\n")


def test_a_third_person_account_of_a_periods_figures_is_news(tmp_path):
    (report,) = read_page(tmp_path, _ACCOUNT)
    assert report.doc_type == "简报", report.evidence["doc_type"]
    assert "第三人称" in report.evidence["doc_type"]


@pytest.mark.parametrize("body", [
    _ACCOUNT.replace("青溪县工业园区", "我园"),  # the unit speaking for itself
    _ACCOUNT + "一、项目建设提质提速\n全年实施重点项目35个。\n二、存在问题\n用地指标紧张。\n",  # built of numbered parts
])
def test_a_units_own_review_stays_a_summary(body):
    doc_type, why = choose_doc_type(body[:20], None, body, from_lead=True)
    assert doc_type == "工作总结", why


@pytest.mark.parametrize("title, doc_type", [
    ("青溪工业园区管委会主任2024年度述职报告", "工作总结"),  # a leader's account of the duty done: a review
    ("开发区招商局长述职述廉报告", "工作总结"),
    ("在园区科室述职会上的讲话", "讲话"),  # must-not: a speech at such a meeting stays a speech
    ("青溪县2024年政府工作报告", "工作报告"),  # must-not: the report to a congress keeps its genre
])
def test_a_duty_report_is_a_summary(title, doc_type):
    body = "一、履职情况\n一年来，我认真履行职责，园区完成规上工业总产值42亿元。\n二、存在的不足\n三、下一步打算\n"
    assert choose_doc_type(title, None, body)[0] == doc_type


def test_a_popups_close_button_leaves_the_headline(tmp_path):
    page = ("北灣科技園：企業數目迅速增長 已增至900間 X\n01/12/2024 19:24\n"
            "北灣科技園公司行政總裁出席電台節目時表示，園區企業數目已增加至大約900間。\n")
    (report,) = read_page(tmp_path, page)
    assert report.title == "北灣科技園：企業數目迅速增長 已增至900間", report.evidence["title"]


def test_a_name_ending_in_a_capital_letter_keeps_it(tmp_path):
    # must-not: only a lone letter after a blank goes
    (report,) = read_page(tmp_path, "青溪园区5G+X计划实施方案\n为加快5G应用，园区制定本方案。\n")
    assert report.title.endswith("实施方案"), report.evidence["title"]


def test_an_encyclopedia_entrys_head_word_is_its_title(tmp_path):
    page = ("北灣創新園\n"
            "北灣創新園(英語:North Bay InnoPark)，前稱北灣工業邨，位於北灣新市鎮東邊的填海土地上，佔地75公頃。\n"
            "歷史\n北灣創新園是首座工業邨，於1975年興建。\n")
    (report,) = read_page(tmp_path, page)
    assert report.title == "北灣創新園", report.evidence["title"]
    assert report.doc_type == "其他", report.evidence["doc_type"]


def test_a_menus_item_over_a_reporters_lead_is_no_headline(tmp_path):
    page = ("114全運在東港\n\n"
            "【記者某某某/南嶺報導】南嶺縣政府成功騰空舊公墓轉型開發的南嶺手工藝產業園區，30日隆重舉辦動土典禮，縣長出席致詞。\n"
            "南嶺手工藝產業園區開發完成後，預估未來可引進約30家業者，創造每年約25億元產值。\n")
    (report,) = read_page(tmp_path, page)
    assert "全運" not in report.title and report.title.startswith("南嶺縣政府"), report.evidence["title"]


def test_a_headline_over_a_reporters_lead_naming_its_subject_stays(tmp_path):
    # must-not: a headline sharing a word with its text stays, figures and all
    page = ("南嶺手工藝產業園區動土 引進30家業者\n\n"
            "【記者某某某/南嶺報導】南嶺縣政府開發的南嶺手工藝產業園區，30日隆重舉辦動土典禮。\n")
    (report,) = read_page(tmp_path, page)
    assert report.title == "南嶺手工藝產業園區動土 引進30家業者", report.evidence["title"]


@pytest.mark.parametrize("caption, credit", [
    ("(北灣分處長今日宣佈，北灣科技產業園區今年締造10項佳績。圖/北灣分處提供)", "圖/北灣分處提供"),
    ("受惠AI產業，北灣科學園區2025年營業額再破兆元。（北灣管理局提供）", "北灣管理局提供"),
])
def test_a_captions_bracketed_credit_is_the_sites(tmp_path, caption, credit):
    page = ("北灣科學園區營業額再創新高\n" + caption + "\n"
            "北灣科學園區管理局今天表示，園區2025年營業額達1.13兆元，較2024年成長9.29%。\n")
    (report,) = read_page(tmp_path, page)
    assert credit not in report.text


@pytest.mark.parametrize("page, year", [
    # a history told year by year: its years are the zone's past, the page's date row dates it
    ("青岚开发区鸟瞰\n时间: 2013-06-03\n青岚开发区1984年10月经国务院批准，1985年3月动工兴建，规划面积20平方公里。1992年，区内兴建了国家级保税区和"
     "新技术产业开发试验区；1995年设立省级旅游度假区；2006年设立出口加工区；2011年中外合作生态园正式奠基。\n", 2013),
    # a zone's start told with its verb, 启动开工建设 / 开始规划建设 / 开始运作
    ("三十而立 非凡园区\n来源：青岚发布 2024-11-25 22:15\n1994年，两国政府间首个旗舰合作项目——青岚工业园区启动开工建设。\n"
     "三十年来，园区累计引进外资项目4000多个。\n", 2024),
    ("青岚经济开发区\n青岚经济开发区前身为青岚绿色食品工业园区，2004年开始规划建设，2011年申报成立省级经济开发区，规划面积18平方公里。\n", None),
    ("青岚开发区访谈\n1996年青岚经济技术开发区自建区以来，始终找准定位。2008年全年实现工业总产值173亿元，同比增长32%。\n", 2008),
    # must-not: the year's results told after its history are the year's
    ("青岚现代产业园\n2011年省委省政府为振兴经济，搭建双城合作，批准建立青岚现代产业园区。2017年，园区全年实现招商引资200亿元，签约项目41个。\n", 2017),
])
def test_a_histories_years_are_background(tmp_path, page, year):
    (report,) = read_page(tmp_path, page)
    assert report.year == year, report.evidence["year"]


def test_a_years_work_after_a_history_in_one_paragraph_is_that_years(tmp_path):
    # must-not: a clause with results, after a founding year, is the year's own
    page = "青岚园区2023年工作总结\n园区于2010年经省政府批准设立。2023年，园区完成规上工业总产值52亿元，新开工项目12个。\n"
    (report,) = read_page(tmp_path, page)
    assert report.year == 2023, report.evidence["year"]


def test_a_cut_off_day_is_no_founding_even_with_a_verb_of_approval(tmp_path):
    page = ("北嶺科學園區爆發性成長 標準廠房近99%滿租\n[北台灣新聞中心]\n"
            "北嶺科學園區截至109年7月1日核准進駐達30家，標準廠房樓板面積已近99%滿租。縣長今(6)日前往訪視施工進度。\n")
    (report,) = read_page(tmp_path, page)
    assert report.year == 2020, report.evidence["year"]


def test_a_founding_approved_in_an_roc_year_stays_background(tmp_path):
    # must-not: 民國58年核准設立 is the zone's history
    page = ("北嶺加工區簡介\n北嶺加工區於58年核准設立，面積90公頃，區內現有廠商80家。\n")
    (report,) = read_page(tmp_path, page)
    assert report.year is None, report.evidence["year"]


def test_a_date_row_with_the_outlet_and_a_counter_dates_the_news(tmp_path):
    page = ("2021-12-14 11:43 青岚新闻网 我要评论0\n字号:\n"
            "青岚新闻网讯(融媒体中心记者某某)近日，科技部发布公告，青岚国家农业科技园区成功通过验收。\n"
            "园区规划面积18万亩。\n")
    (report,) = read_page(tmp_path, page)
    assert report.year == 2021, report.evidence["year"]


def test_a_headline_with_a_thousands_comma_over_source_rows_is_the_title(tmp_path):
    page = ("go to Top\n選單 MENU\n\n主要國家投資環境-南洋 Nanyang\n\n"
            "南洋青岚特區截至2017年9月底止，共吸引承諾投資2,444.6億令吉\n資料來源駐南洋代表處經濟組\n發佈日期2017/12/07\n新聞內容\n\n"
            "南洋青岚經濟特區發展局總執行長表示，自2006年推出的青岚經濟特區，截至2017年9月底止，共吸引承諾投資2,444.6億令吉；"
            "其中國內投資額1,490億令吉，占總投資額60.95%。\n")
    (report,) = read_page(tmp_path, page)
    assert report.title == "南洋青岚特區截至2017年9月底止，共吸引承諾投資2,444.6億令吉", report.evidence["title"]
    assert "資料來源" not in report.text and "MENU" not in report.text and "go to Top" not in report.text


@pytest.mark.parametrize("row", ["咨询热线:400-168-6016", "姓名", "手机号", "出处", "2009年第3期148-149,共2页"])
def test_a_sites_form_hotline_and_database_rows_go(tmp_path, row):
    page = "青岚经济开发区简介\n青岚经济开发区规划面积18平方公里，现有企业120家。\n" + row + "\n园区重点发展食品加工产业。\n"
    (report,) = read_page(tmp_path, page)
    assert row not in report.text


def test_a_wikis_edit_link_leaves_its_section(tmp_path):
    page = "青岚創新園\n青岚創新園(英語:Qinglan InnoPark)，位於青岚新市鎮東邊，佔地75公頃。\n歷史\n[編輯]青岚創新園於1975年興建。\n"
    (report,) = read_page(tmp_path, page)
    assert "[編輯]" not in report.text and "青岚創新園於1975年興建" in report.text


@pytest.mark.parametrize("title, doc_type", [
    ("方某某:青溪产业园区 再引进4领域外资计划", "简报"),  # a name, a colon, what was said: a quote headline
    ("张明:2024年园区工作计划", "工作计划"),  # must-not: a name before a document's own title keeps its genre
    ("青溪街道工业发展情况解说词", "工作汇报"),  # the script read to visiting leaders: a 汇报 spoken on the tour
    ("青溪工业园区宣传片解说词", "其他"),  # must-not: a promotional film's script is none
])
def test_quote_headlines_and_a_tours_script(title, doc_type):
    assert choose_doc_type(title, None, "园区概况。园区位于县城北。\n")[0] == doc_type


def test_a_line_naming_its_province_and_city_is_no_part_of_a_report(tmp_path):
    page = ("四川青溪市产业园区发展成效显著\n（一）园区建设顺利推进。全年累计完成基础设施投资0.7亿元，园区建成面积12.8平方公里。\n"
            "（二）招商引资成效明显。全年引进项目32个。\n")
    (report,) = read_page(tmp_path, page)
    assert report.doc_type == "简报", report.evidence["doc_type"]


def test_a_parts_heading_opening_a_page_still_types_it(tmp_path):
    # must-not: a page printed from a summary's own part keeps the summary's genre
    page = "一、主要工作成效\n全年累计完成基础设施投资0.7亿元，园区建成面积12.8平方公里。\n二、存在问题\n用地指标紧张。\n"
    (report,) = read_page(tmp_path, page)
    assert report.doc_type == "工作总结", report.evidence["doc_type"]
