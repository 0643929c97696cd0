"""Reading rules of session 6 for titles, document types and years (our own sentences, each
showing one pattern seen on real pages): a speech whose title is its closing occasion or a
footer row, a page's first words that are no title, a summary known by its structure, a
year's targets, the 报告 of official documents, the statutory information-disclosure report,
and the year of a news item (its address, a date of the ROC calendar, 今年). Each case failed
before its rule."""
import pytest

from indexer.reading.clean import clean_text, page_credits
from indexer.reading.describe import choose_doc_type, choose_year, type_from
from indexer.reading.titles import cut_inline_title, title_at_end


def read_page(tmp_path, text, name="page.txt"):
    from indexer.reading.pipeline import read_file

    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return read_file(path, tmp_path).reports


SPEECH = ("刚才，听了大家的发言，我很受启发。下面，我讲两点意见。\n一、坚定信心\n园区去年新签约项目20个。\n"
          "二、抓好落实\n要确保项目早开工。\n")


@pytest.mark.parametrize("end, title", [
    ("（在青松高新区2023年工作会议上的讲话）", "在青松高新区2023年工作会议上的讲话"),
    ("——某某同志在全市开发区建设推进会上的讲话", "某某同志在全市开发区建设推进会上的讲话"),
    ("（这是某某在园区党工委扩大会议上的发言，有删节）", "某某在园区党工委扩大会议上的发言"),
    ("（在经开区务虚会上的讲话）\n（根据录音整理）", "在经开区务虚会上的讲话"),
])
def test_a_speech_without_a_title_line_is_titled_by_its_closing_occasion(tmp_path, end, title):
    (r,) = read_page(tmp_path, SPEECH + end + "\n")
    assert (r.title, r.doc_type) == (title, "讲话"), r.evidence


@pytest.mark.parametrize("end", [
    "他在全市开发区建设推进会上的讲话中指出，要抓好项目。",  # a sentence about a speech, no occasion line
    "（青松日报）",
])
def test_a_closing_line_that_names_no_occasion_is_no_title(end):
    assert title_at_end(["园区去年新签约项目20个。", end]) is None


def test_a_footer_row_naming_the_title_titles_a_page_without_one_and_leaves_the_text(tmp_path):
    page = SPEECH + "本文标题：在全县园区项目调度会上的讲话\n本文链接：http://www.example.com/jh/2023/0712/88321.html\n"
    (r,) = read_page(tmp_path, page)
    assert r.title == "在全县园区项目调度会上的讲话", r.evidence
    assert "本文标题" not in r.text and "本文链接" not in r.text


def test_a_footer_row_does_not_displace_a_title_line(tmp_path):
    page = "青松园区2023年工作总结\n" + "2023年，园区完成工业总产值120亿元，同比增长8%，各项工作取得明显成效。\n" \
           "本文标题：某某范文网精选总结\n"
    (r,) = read_page(tmp_path, page)
    assert r.title == "青松园区2023年工作总结"


def test_the_first_words_of_a_speech_are_typed_by_how_it_opens_not_by_a_genre_word_they_hold():
    body = ("刚才，几位同志分别汇报了上半年园区建设情况，讲得都很好。借此机会，我讲几点意见。\n"
            "一、正视差距\n上半年增速低于目标。\n")
    assert choose_doc_type("刚才，几位同志分别汇报了上半年园区建设情况", None, body, from_lead=True)[0] == "讲话"


@pytest.mark.parametrize("title, doc_type", [
    ("青州经开区2024年主要目标任务", "工作计划"),
    ("2024年园区经济社会发展主要预期目标", "工作计划"),
    ("高新区2025年重点任务", "工作计划"),
    ("經開區2024年主要目標任務", "工作计划"),
    # what was done to the targets is news, not the plan
    ("经开区超额完成年度目标任务", None),
    ("管委会下达2024年招商引资目标任务", None),
    ("园区召开会议部署2024年重点任务", None),
])
def test_a_title_naming_a_years_targets_is_a_plan(title, doc_type):
    assert type_from(title) == doc_type


@pytest.mark.parametrize("title, body, doc_type", [
    # the 报告 of official documents on how the work stands: 向上级汇报工作、反映情况 — a 工作汇报 since session 29
    # (README, Document types; docs/labelling.md)
    ("关于青松经济开发区2023年工作情况的报告", "县人民政府：\n现将开发区2023年工作情况报告如下：\n一、主要成效\n", "工作汇报"),
    ("关于園區建設情況的報告", "現將有關情況報告如下：\n", "工作汇报"),
    ("园区经济运行情况分析", "现将一季度经济运行有关情况报告如下：\n一、主要指标\n", "工作报告"),
    ("园区经济运行情况分析", "现将一季度经济运行有关情况汇报如下：\n一、主要指标\n", "工作汇报"),
    ("关于云溪工业园区建设情况的汇报", "各位领导：\n下面我将有关情况作简要汇报。\n", "工作汇报"),
])
def test_a_report_on_a_situation_is_a_work_report(title, body, doc_type):
    assert choose_doc_type(title, None, body)[0] == doc_type


@pytest.mark.parametrize("title, body", [
    ("青松经济开发区2023年政府信息公开工作年度报告", "一、总体情况\n2023年主动公开信息86条。\n"),
    # a page without its title: the statutory opening says what it is
    ("按照《中华人民共和国政府信息公开条例》要求", "按照《中华人民共和国政府信息公开条例》要求，现公布开发区2023年政府信息公开工作年度报告。\n"
     "一、公开工作情况\n主动公开信息86条。\n二、存在的主要问题及改进情况\n解读形式单一。\n"),
])
def test_the_statutory_information_disclosure_report_is_a_years_summary(title, body):
    # (a year's review of one duty in the statute's form; typed 其他 until session 44, when the labellers' count — 7
    # pages of 7 typed 工作总结 — settled it: docs/labelling.md)
    doc_type, why = choose_doc_type(title, None, body)
    assert doc_type == "工作总结" and "政府信息公开" in why


MASKED_SUMMARY = ("20××年，开发区紧紧围绕年初确定的目标任务，各项工作取得了积极成效。\n"
                  "一、突出招商引资，产业集聚成效明显\n新签约项目**个。\n二、聚焦项目建设，发展后劲持续增强\n实施项目**个。\n"
                  "三、存在的困难和问题\n土地保障不足。\n四、20××年工作打算\n力争签约项目**个。\n")


def test_a_text_built_as_a_summary_is_a_summary_without_a_genre_word():
    doc_type, why = choose_doc_type("××经济开发区20××年工作开展情况", None, MASKED_SUMMARY)
    assert doc_type == "工作总结" and "成绩—问题—打算" in why


@pytest.mark.parametrize("body", [
    # a speech has the same parts, and says 同志们
    MASKED_SUMMARY + "同志们，让我们鼓足干劲！\n",
    # a study or briefing opens with the subject's 基本情况, then its problems
    "一、基本情况\n园区成立于2011年，取得了一定成效。\n二、存在的问题\n土地不足。\n三、对策建议\n加快扩区。\n",
    # no review before the problems
    "一、存在的问题\n土地不足。\n二、下步打算\n加快扩区。\n",
])
def test_the_parts_of_a_summary_alone_do_not_make_one(body):
    assert choose_doc_type("园区有关情况", None, body)[0] != "工作总结"


def test_a_sentence_opening_is_never_cut_as_an_inline_title():
    line = ("本报告根据《中华人民共和国政府信息公开条例》和上级关于做好政府信息公开工作年度报告编制发布工作的要求，"
            "由开发区管委会编制，全文包括总体情况、主动公开政府信息情况等内容。")
    assert cut_inline_title(line) is None


@pytest.mark.parametrize("line, year", [
    ("https://www.qsjkq.gov.cn/art/2023/4/18/art_1229_5566.html", 2023),
    ("http://www.qs.gov.cn/xxgk/202304/t20230418_123456.html", 2023),
    ("http://paper.qs.com/html/2022-11/18/content_1.htm", 2022),
    ("本文链接：http://www.example.com/news/2021/0418/55.html", 2021),
    ("民國112年4月18日", 2023),
    ("112-04-18 10:32", 2023),
    ("發布日期：112-04-18", 2023),
])
def test_a_news_pages_address_or_roc_date_dates_it(line, year):
    assert page_credits("园区新闻\n" + line + "\n园区今天举行签约仪式。\n").published == year


def test_an_address_without_a_date_dates_nothing():
    assert page_credits("园区新闻\nhttp://www.example.com/a/b/1560202.html\n").published is None


def test_this_year_in_a_news_lead_is_the_year_it_was_published():
    body = "青山經開區今年首季招商成果亮眼，共簽約項目12件，比2022年同期多出5件。\n"
    assert choose_year("青山經開區首季招商報捷", body, 2023, news=True)[0] == 2023
    body = "中科管理局今天表示，今年園區營業額可望突破1兆元，較111年成長約8%。\n"
    assert choose_year("園區營業額可望再創新高", body, 2023, news=True)[0] == 2023


def test_a_year_compared_with_is_not_the_reports_year():
    body = "一季度，园区实际利用内资比2022年同期增长18%。\n"
    # (the year compared with is never the report's; since session 10 a part of a year compared with the same
    # period of the year before dates the text to the next year, as statistics write 同比)
    assert choose_year("园区一季度招商情况", body)[0] != 2022
    assert choose_year("园区一季度招商情况", body)[0] == 2023


def test_an_epapers_masthead_is_furniture():
    text = clean_text("青州日报\n2024年01月09日 星期二\n版次：A03\n上一版 下一版 返回目录\n青州经开区2024年主要目标任务\n"
                      "2024年，经开区将力争规上工业增加值增长8%以上。\n")
    assert "青州日报" not in text and "版次" not in text and "上一版" not in text


# ------------------------------------------------------------ batch A of real pages (session 6)

@pytest.mark.parametrize("line", ["文、圖/南區處 阿青", "文/某某 图/某某", "圖、文/本報記者 某某"])
def test_a_writers_and_photographers_credit_is_a_credit_line(line):
    from indexer.reading.titles import is_credit_line

    assert is_credit_line(line)


@pytest.mark.parametrize("title, doc_type", [
    ("經開區召開明年工作思路研討會", None),  # a meeting named by its subject
    ("园区召开2023年工作总结会", None),
    ("高新区召开工作计划部署会议", None),
    ("在园区工作总结会上的讲话", "讲话"),
    ("区人民政府办公室关于印发2023年区《政府工作报告》确定的主要目标任务责任分解方案的通知", None),
    ("县人民政府办公室关于印发2022年重点工作任务分解方案的通知", None),  # a directive's head noun
    ("关于印发《青松开发区2024年工作要点》的通知", "工作计划"),  # …unless it issues the plan
    ("《青松园区2023年工作总结》", "工作总结"),
])
def test_a_genre_word_naming_a_meeting_or_a_quoted_document_is_no_genre(title, doc_type):
    assert type_from(title) == doc_type


def test_a_dotted_date_line_dates_a_news_page():
    assert page_credits("青港加工區新建宿舍啟用\n青島新聞網記者某某/高雄報導\n2016.05.20\n園區20日上午舉行啟用儀式。\n").published == 2016


@pytest.mark.parametrize("body, year", [
    ("副市長十二日上午出席交接典禮。\n經發局表示,截至今(一一三)年六月底,投資持續成長。\n", 2024),
    ("副市長十二日上午出席交接典禮。\n經發局表示,今(113)年園區投資持續成長。\n", 2024),
    ("副市长十二日上午出席交接典礼。\n今年(2023年)园区投资持续增长。\n", 2023),
])
def test_this_year_named_in_brackets_dates_a_news_item(body, year):
    assert choose_year("工業區理事長交接", body, None, news=True)[0] == year


def test_a_month_alone_is_not_a_leads_title(tmp_path):
    (r,) = read_page(tmp_path, "文、圖/南區處 阿青\n2022年9月,秋老虎仍在發威,縣內產業用地需求持續升溫,園區二期開發工程動土。\n"
                               "本處於9月16日舉行動土祈福儀式。\n")
    assert r.title == "2022年9月,秋老虎仍在發威" and r.doc_type == "简报", r.evidence


# ------------------------------------------------------------ batch B of real pages (session 6)

@pytest.mark.parametrize("title, doc_type", [
    ("2023年园区党工委书记卸任离任感言", "讲话"),
    ("在开发区成立十周年庆典上的致词", "讲话"),
    ("香港科技園公司啟動科學園擴建計劃 為本地創科生態圈打造更強大基地", None),  # a plan launched: news of it
    ("管委会发布2024年工作要点", None),
    ("青松园区2024年工作计划", "工作计划"),
])
def test_spoken_genres_and_plans_a_headline_tells_of(title, doc_type):
    assert type_from(title) == doc_type


@pytest.mark.parametrize("title, body", [
    # what someone announced, in the reporter's words (他稱，), under a headline without a genre word
    ("科技園成立附屬公司", "科技園公司成立附屬公司,負責新園區的建設和營運。 他稱,新園區面積是科學園的四倍。\n"),
    # the reporter is the lead's subject
    ("园区前三季度投资再创新高", "11月12日,记者从青松高新区获悉,今年前三季度,全区固定资产投资增长17.1%。\n"),
    # a newspaper's continuation mark
    ("经开区经济平稳开局", "年初以来,经开区全力组织经济运行。一季度,规上工业总产值增长10.1%。\n招商引资完成17.3亿元。(下转四版)\n"),
    # a quote opens the lead, the dated event follows it
    ("上半年经济稳中向好", "“上半年经济运行稳中向好。”7月18日,高新区召开新闻发布会,通报经济运行情况。\n"),
])
def test_news_known_by_how_a_reporter_writes(title, body):
    assert choose_doc_type(title, None, body)[0] == "简报"


def test_a_dash_after_a_press_releases_dateline_is_no_part_of_the_lead_title(tmp_path):
    (r,) = read_page(tmp_path, "(香港,2025年9月17日) — 香港科技園公司歡迎《施政報告》提出多項措施,全方位推動經濟多元化。\n"
                               "科技園公司主席表示,將全力配合政府。\n")
    assert r.title.startswith("香港科技園公司"), r.title


def test_share_prompts_are_furniture_and_the_reading_row_names_the_title():
    text = "点击右上角微信好友\n朋友圈\n请使用浏览器分享功能进行分享\n正在阅读:86.5亿元!园区上半年经济稳中向好\n正文。\n"
    assert clean_text(text) == "正文。"
    assert page_credits(text).title == "86.5亿元!园区上半年经济稳中向好"


def test_a_decimal_figure_opening_a_headline_is_no_heading_number():
    from indexer.reading.titles import title_score

    assert title_score("775.41亿元!西安高新区一季度经济进中向好") >= 2


def test_a_source_row_with_its_date_glued_dates_the_page_and_names_the_source():
    credits = page_credits("园区经济稳中向好\n来源:青松日报2023-07-20 10:05\n正文。\n")
    assert credits.published == 2023 and credits.sources == ["青松日报"]


# ------------------------------------------------------------ batch C of real pages (session 6)

@pytest.mark.parametrize("page, title", [
    # a headline is never continued by the lead that opens with who said it
    ("2020年加工區不畏疫情落實投資增4倍2021年將邁向科技產業園區新時代\n加工處表示,改名主要是為突顯園區科技能量,目前區內科技產業產值占比超過8成。\n",
     "2020年加工區不畏疫情落實投資增4倍2021年將邁向科技產業園區新時代"),
    # …nor by the page's timestamp under it
    ("奋发向未来!全国知名媒体走进青松高新区开展行进式采访活动正式启动\n2023年03月16日 20:38:36\n3月16日,采访活动在开发区启动,20余家媒体的50余名记者参加。\n",
     "奋发向未来!全国知名媒体走进青松高新区开展行进式采访活动正式启动"),
])
def test_a_headline_is_not_run_into_a_speakers_lead_or_a_timestamp(tmp_path, page, title):
    (r,) = read_page(tmp_path, page)
    assert r.title == title and r.doc_type == "简报", (r.title, r.evidence)


@pytest.mark.parametrize("line", ["【聯合晚報╱記者林某某/台北報導】 2008.01.30", "中央社／ 台中28日電",
                                  "園區就業人數已達6萬人,營收有望再創新高。（中科管理局提供）中央社"])
def test_wire_credits_with_a_date_and_captions_with_the_agency_are_credit_lines(line):
    from indexer.reading.titles import is_credit_line

    assert is_credit_line(line)


@pytest.mark.parametrize("body", [
    "5日,由海南日报编委率领的走基层记者团一行5人到定安开展采访活动。\n上午,县里举行座谈会。\n",  # dated by its day alone
    "◎徐州日報全媒體記者 范某某 7月23日至25日,大型新聞行動來徐,記者走進徐州。\n",  # a paper's reporter opens the lead
])
def test_a_lead_dated_by_its_day_or_opened_by_a_reporter_is_news(body):
    assert choose_doc_type("记者团到定安采访", None, body)[0] == "简报"


def test_a_sidelights_piece_is_news():
    assert choose_doc_type("講好新徐州故事 ——省市黨報環省行徐州站側記", None, "百年煤都、老工業基地。\n")[0] == "简报"



# ------------------------------------------------------------ batch D of real pages (session 6)

def test_a_document_sites_page_counter_and_preview_notice_are_no_title(tmp_path):
    page = ("全文预览已结束\n第页共页在工业园区道路建设开工仪式上的致辞尊敬的各位领导、各位来宾:大家上午好!首先,我代表工业园区管委会"
            "向大家致以最热烈的欢迎和最诚挚的问候!作为一个新兴的工业园区,我们深知道路建设的重要性。\n")
    (r,) = read_page(tmp_path, page)
    assert (r.title, r.doc_type) == ("在工业园区道路建设开工仪式上的致辞", "讲话"), r.evidence


def test_a_title_spaced_letter_by_letter_and_its_broken_delivery_line(tmp_path):
    page = ("政 府 工 作 报 告\n——2021年2月2日在某市第十五届\n人民代表大会第七次会议上\n某市市长某某\n各位代表:\n"
            "现在,我代表市人民政府向大会作工作报告,请予审议。\n一、过去五年工作回顾\n全市生产总值突破千亿元。\n")
    (r,) = read_page(tmp_path, page)
    assert (r.title, r.doc_type, r.year) == ("政府工作报告", "工作报告", 2021), r.evidence


def test_a_portal_rows_file_name_titles_a_report_whose_lines_are_its_delivery_note(tmp_path):
    page = ("文件名称 | 某区2025年政府工作报告 | ||\n有效性 | 有效 | 公开日期: | 2025-04-15 14:43 |\n"
            "2025年3月21日在某区第十九届\n人民代表大会第四次会议上\n某区人民政府代区长 某某\n各位代表:\n"
            "现在,我代表区人民政府向大会报告工作,请予审议。\n一、过去一年工作回顾\n地区生产总值增长5.4%。\n")
    (r,) = read_page(tmp_path, page)
    assert (r.title, r.doc_type, r.year) == ("某区2025年政府工作报告", "工作报告", 2025), r.evidence
    assert "文件名称" not in r.text


def test_a_report_delivered_to_a_congress_without_its_title():
    body = ("現在,我代表南開區人民政府,向大會作政府工作報告,請予審議。\n2009年工作回顧\n"
            "2009年是不尋常的一年。\n")
    assert choose_doc_type("現在,我代表南開區人民政府", None, body, from_lead=True)[0] == "工作报告"


@pytest.mark.parametrize("body", ["一、项目情况\n项目名称:年产10万吨新材料项目。\n", "园区简称:青松园区。\n"])
def test_a_name_field_is_no_reported_speech(body):
    assert choose_doc_type("青松园区项目情况", None, body)[0] != "简报"


# ------------------------------------------------------------ batch E of real pages (session 6)

def test_a_long_caption_is_never_cut_as_an_inline_title_and_a_spokesman_gives_no_speech():
    line = ("行政院長某某、國科會主委某某及副主委某某、行政院發言人某某、南科管理局長某某等聯合切蛋糕為南科慶生,"
            "祝福園區三十歲生日快樂。（記者某某攝）")
    assert cut_inline_title(line) is None
    assert type_from("行政院發言人某某出席園區典禮") is None


def test_a_dated_event_after_a_purpose_clause_is_news():
    body = ("为全面推进乡村振兴战略,充分发挥相关企业的创新引领作用,进行深入实地考察调研交流。\n"
            "10月17日下午,县委常委某某带领代表团来园区项目现场考察调研,园区管委会主任某某陪同。\n")
    assert choose_doc_type("为全面推进乡村振兴战略", None, body, from_lead=True)[0] == "简报"


def test_a_leads_first_words_name_no_genre():
    body = "在总结成绩的同时,我们也清醒看到,前进道路上还有不少困难和问题。\n二、2024年主要任务\n"
    assert choose_doc_type("在总结成绩的同时", None, body, from_lead=True)[0] != "工作总结"


# ------------------------------------------------------------ batch F of real pages (session 6)

def test_a_republished_article_with_an_english_date_is_dated_news(tmp_path):
    page = ("【施政報告】研建規模媲美數碼港地標性創科設施\nBy on October 6, 2021\n原文刊於某某財經新聞\n"
            "特首宣讀《施政報告》時指出,數碼港擁有不少科技企業,並培育了5間獨角獸。\n")
    (r,) = read_page(tmp_path, page)
    assert (r.title, r.doc_type, r.year) == ("研建規模媲美數碼港地標性創科設施", "简报", 2021), r.evidence


@pytest.mark.parametrize("body", [
    "財政司司長昨於網誌重申,港府已投入近2,000億元支持創科發展。\n",  # yesterday: only news says it
    "【正文】今年1—6月,开州区共签约项目56个、总投资297亿元。此次集中签约,必将注入新动力。\n",  # a broadcast script
])
def test_yesterday_and_a_broadcast_scripts_marker_mark_news(body):
    assert choose_doc_type("去年320家企業進駐科學園", None, body)[0] == "简报"


@pytest.mark.parametrize("page, title", [
    ("央广网开封5月21日消息(记者 王某某)5月16日上午,开封市鼓楼区举行招商引资项目签约仪式,区委书记某某参加仪式。\n",
     "5月16日上午,开封市鼓楼区举行招商引资项目签约仪式"),
    # (whom it is according to stays before a vague day, 近日: session 36, as the fresh labellers keep it, 2 of 2, and as
    # the study set's label of the page this case mirrors reads it — docs/labelling.md)
    ("据某某招商网了解,近日,上饶经济技术开发区举办集中签约活动。共签约投资项目21个,项目投资数百亿元。\n",
     "据某某招商网了解,近日,上饶经济技术开发区举办集中签约活动"),
    ("【正文】今年1—6月,开州区共签约项目56个、总投资297亿元,其中工业项目投资46个。\n",
     "今年1—6月,开州区共签约项目56个、总投资297亿元"),
])
def test_a_leads_credit_and_time_phrase_are_no_title(tmp_path, page, title):
    (r,) = read_page(tmp_path, page)
    assert r.title == title, r.evidence


def test_the_year_something_was_founded_is_not_the_reports():
    body = "將香港發展成為創新城市之聲從無間斷,特區政府更在2015年成立創新及科技局以顯其志。\n"
    assert choose_year("數碼港與科學園的未來", body)[0] is None


# ------------------------------------------------------------ batch G of real pages (session 6)

@pytest.mark.parametrize("line", ["歡迎您的光臨! 今天是 |", "2025年 / 10 月 29日 / 星期三", "分享到FB分享到LINE分享到Twitter分享到微信",
                                  "已閱讀5頁,還剩71頁未讀, 繼續免費閱讀", "全國物流園區調查報告_第1頁"])
def test_site_furniture_of_welcome_banners_date_widgets_share_rows_and_page_images(line):
    from indexer.reading.clean import is_boilerplate_line

    assert is_boilerplate_line(line)


def test_a_links_arrow_is_no_part_of_a_headline():
    from indexer.reading.titles import clean_title

    assert clean_title("增长8.5%!全国物流园区总数2769家 领跑者揭晓→") == "增长8.5%!全国物流园区总数2769家 领跑者揭晓"


def test_a_roc_year_ending_a_span_is_not_the_news_year():
    body = "配合行政院延長實施「投資臺灣三大方案」至117年，經濟部產業園區管理局26日公布雙引擎成果。\n"
    assert choose_year("園管局公布成果", body, 2025, news=True)[0] == 2025


def test_a_text_opening_with_its_own_name_in_book_quotes_is_titled_by_it(tmp_path):
    (r,) = read_page(tmp_path, "《第六次全國物流園區(基地)調查報告》為全面掌握我國物流園區建設運營情況,中國物流與採購聯合會於2022年組織開展了"
                               "第六次全國物流園區調查。本次調查共收到2600多份調查問卷。\n")
    assert r.title == "第六次全國物流園區(基地)調查報告" and r.doc_type == "其他", r.evidence


def test_since_a_year_is_no_lead_title(tmp_path):
    (r,) = read_page(tmp_path, "2024年开年以来,各地纷纷进入“两会时间”,各省相继发布了《政府工作报告》,部署2024年重点工作任务。\n")
    assert r.title != "2024年开年以来", r.title


# ------------------------------------------------------------ batch H of real pages (session 6)

def test_a_literary_line_above_a_dated_lead_is_no_title_and_a_visit_by_reporters_is_news(tmp_path):
    page = ("塔吊林立勾勒出美好发展前景,机器轰鸣传递出坚定发展信心。\n"
            "9月16日,全国重点媒体采访团在安图县融媒双创产业园项目建设现场看到,施工车辆往来穿梭,工人们有序作业。\n"
            "作为全县重点项目,产业园的建设情况一直备受关注。\n")
    (r,) = read_page(tmp_path, page)
    assert r.title.startswith("9月16日,全国重点媒体采访团") and r.doc_type == "简报", (r.title, r.evidence)


def test_a_sites_news_credit_and_a_papers_column_are_no_part_of_a_title(tmp_path):
    (r,) = read_page(tmp_path, "四川在线消息(记者 程某某)9月26日,成都市郫都区举行2019年重大项目集中开工仪式。此次开工项目40个。\n")
    assert r.title == "9月26日,成都市郫都区举行2019年重大项目集中开工仪式", r.title
    from indexer.reading.titles import clean_title

    assert clean_title("(新春走基层)福建屏南“三驾马车”跑出经济发展加速度") == "福建屏南“三驾马车”跑出经济发展加速度"
    assert clean_title("福建屏南“三驾马车”跑出经济发展加速度******") == "福建屏南“三驾马车”跑出经济发展加速度"
    assert clean_title("（一）加快项目建设") == "（一）加快项目建设"


# ------------------------------------------------------------ batch I of real pages (session 6)

def test_a_headline_in_square_brackets_before_hashtags_titles_the_page(tmp_path):
    page = ("【十年筚路蓝缕 新区华丽蝶变——主流媒体集中采访兰州新区见闻】#媒体聚焦兰州新区# #奋进十年路# 八月的兰州新区,天朗气清。\n"
            "8月9日、10日,20余家主流媒体集中采访团深入兰州新区,走进重点项目建设现场。\n")
    (r,) = read_page(tmp_path, page)
    assert r.title == "十年筚路蓝缕 新区华丽蝶变——主流媒体集中采访兰州新区见闻" and r.doc_type == "简报", r.evidence


@pytest.mark.parametrize("body", [
    "社長、總編輯們考察廣州南沙\n在生物島展廳採訪\n本報訊 8月31日—9月1日,中國晚報工作者協會年會在廣州舉行。\n",  # past captions
    "台商回流,各縣市政府拚招商,工商建研會昨天組團到雲林縣參訪,縣長親自接待。\n",  # yesterday
])
def test_a_papers_credit_past_captions_and_yesterday_mark_news(body):
    assert choose_doc_type("百名社長總編近距離觸摸廣東發展", None, body)[0] == "简报"


def test_a_date_glued_to_the_byline_dates_the_page_and_a_galleries_counter_is_furniture():
    from indexer.reading.clean import is_boilerplate_line

    assert page_credits("image\n20230808文/王某某\n雲林小東工業區招商 反應熱烈\n").published == 2023
    assert is_boilerplate_line("百名社長總編近距離觸摸廣東發展 第2張")


# ------------------------------------------------------------ batch J of real pages (session 6)

def test_an_event_dated_by_its_day_alone_passing_an_inspection_is_news():
    body = "備受外界關注的大窯灣保稅港區一期,28日順利通過國家十部委的聯合正式驗收,成為中國北方第一個保稅港區。\n"
    assert choose_doc_type("備受外界關注的大窯灣保稅港區一期", None, body, from_lead=True)[0] == "简报"
