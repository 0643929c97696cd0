"""Reading in session 35 (titles), each pattern with our own sentences: a lead's clause that has no predicate of its own
goes on to the next — 在 and a time (在节后第一个工作日，), a subject and its purpose (某县为推进…，), a leader and the party
he leads with 率 (某某率…负责人，), the year's first months counted together (今年前9个月，); an outlet's tag in brackets
(【某某新聞台】, [某某News]), a paper and its day (某某時報 2022/12/28), a dateline's place with its reporters' names in
brackets, and a Taiwanese paper's slash credit (某某某/新竹報導) open no title."""
import pytest

from conftest import read_page


@pytest.mark.parametrize("lead, title", [
    # 在 and a time: the day's frame, the event the next clause
    ("3月2日，在节后第一个工作日，青川经开区举行重大项目集中开工仪式，共有18个项目开工。",
     "3月2日，在节后第一个工作日，青川经开区举行重大项目集中开工仪式"),
    ("2月8日，在春節後的首個工作日，北灣合作區在創新基地舉行重大項目集中開工儀式，總投資120億元。",
     "2月8日，在春節後的首個工作日，北灣合作區在創新基地舉行重大項目集中開工儀式"),
    # a subject and its purpose before its act
    ("今年以来，河西区为推进中小企业发展，对符合条件的项目进行集中申报，共申报项目21个。",
     "今年以来，河西区为推进中小企业发展，对符合条件的项目进行集中申报"),
    # 率 alone is 率领: the party led, then where they went
    ("日前，区领导王明率青川开发区相关部门负责人，赴新加坡开展招商考察活动，为期五天。",
     "日前，区领导王明率青川开发区相关部门负责人，赴新加坡开展招商考察活动"),
    # the year's first months counted together, after who said it
    ("市台办表示，今年前9个月，累计批准台资企业达320家，占全市外资项目一成。",
     "市台办表示，今年前9个月，累计批准台资企业达320家"),
])
def test_a_clause_with_no_predicate_of_its_own_runs_on_to_the_next(tmp_path, lead, title):
    (report,) = read_page(tmp_path, lead + "\n此后各方继续推进工作。\n")
    assert report.title == title, report.evidence["title"]


@pytest.mark.parametrize("lead, title", [
    # must-not: a purpose whose act is in its own clause (提供了保障), a party led with its verb (率队来园区调研), a time
    # with its verb (在5月1日开工), and a clause of 作为 (a verb, not a purpose) end the title as before
    ("今年以来，青川园区为推进项目建设提供了有力保障，全年新开工项目16个，竣工投产9个。",
     "今年以来，青川园区为推进项目建设提供了有力保障"),
    ("5月6日，市长李青率考察团来青川开发区调研，实地察看了5个重点项目的建设情况。",
     "5月6日，市长李青率考察团来青川开发区调研"),
    ("今年，青川园区在5月1日顺利开工建设，目前已完成主体工程的六成以上。",
     "今年，青川园区在5月1日顺利开工建设"),
])
def test_a_clause_with_its_own_predicate_ends_the_title_as_before(tmp_path, lead, title):
    (report,) = read_page(tmp_path, lead + "\n此后各方继续推进工作。\n")
    assert report.title == title, report.evidence["title"]


@pytest.mark.parametrize("lead, title", [
    ("【北灣新聞台】北灣科學園南區分園啟用，目前已有16間創科公司進駐，目標吸引約150家企業。",
     "北灣科學園南區分園啟用"),
    ("[BWnews北灣新聞] 國科會今（23）日召開科學園區審議會，通過8件投資案，包括精密機械等。",
     "國科會今（23）日召開科學園區審議會"),
    ("【青州人头条】4地规划38个工业区，州政府将投入5亿令吉建设基础设施。", "4地规划38个工业区"),
    # a paper and its day before the item's first words
    ("北灣時報 2022/12/28 北灣加工區管理處今(28日)舉行年終記者會指出，今年全年營業額將首度超過5000億元。",
     "北灣加工區管理處今(28日)舉行年終記者會指出，今年全年營業額將首度超過5000億元"),
    # a dateline's place and its reporters' names in brackets
    ("青川新闻网2月26日电青州(张大龙、林立、刘琳)今天上午，青川新区首批重点项目集中签约暨开工仪式在装备制造区举行。",
     "今天上午，青川新区首批重点项目集中签约暨开工仪式在装备制造区举行"),
])
def test_an_outlets_tag_a_papers_day_and_a_bracketed_byline_open_no_title(tmp_path, lead, title):
    (report,) = read_page(tmp_path, lead + "\n此后各方继续推进工作。\n")
    assert report.title == title, report.evidence["title"]


def test_a_bracket_of_parts_after_a_name_is_no_byline(tmp_path):
    # must-not: a zone's phases in brackets are its own words, not reporters' names
    (report,) = read_page(tmp_path, "青川园区(一期、二期)建设进展顺利，已完成投资8亿元。\n此后各方继续推进工作。\n")
    assert report.title == "青川园区(一期、二期)建设进展顺利", report.evidence["title"]


def test_a_slash_credit_after_the_time_and_the_paper_is_no_title(tmp_path):
    page = ("北灣園區年營收 可望破兆 - 論壇\n\n作者 某某\n\n北灣園區年營收 可望破兆\n\n"
            "04:10 2021/12/15 北灣時報 王大同/新竹報導\n\n"
            "北灣科學園區成立迄今41年，管理局於12月15日舉辦園慶，今年前十月營業額逾1.3兆元。\n")
    (report,) = read_page(tmp_path, page)
    assert report.title == "北灣園區年營收 可望破兆", report.evidence["title"]
    assert "新竹報導" not in report.title


@pytest.mark.parametrize("lead, title", [
    # whom the figures are according to opens the title when no day follows, as 据某某报道 does (the credits' loop took
    # 据…统计 off before)
    ("據北灣海關統計，今年一季度，北灣新區外貿進出口總額超過100億美元，同比增長12%。",
     "據北灣海關統計，今年一季度，北灣新區外貿進出口總額超過100億美元"),
    # a subject and the basis it acts on, closed by a document's word (总要求), is no clause of its own
    ("今年以来，青川镇按照“绿色崛起、赶超晋位”总要求，全力以赴抓项目、促发展、惠民生，各项事业全面发展。",
     "今年以来，青川镇按照“绿色崛起、赶超晋位”总要求，全力以赴抓项目、促发展、惠民生"),
    # an event's theme before its name is kept, as the lead writes it
    ("12月3日上午，以“青川新城主阵地，携手共赢创未来”为主题的青川镇经济高质量发展表彰大会在青川实验中学报告厅举行，会上签约项目12个。",
     "12月3日上午，以“青川新城主阵地，携手共赢创未来”为主题的青川镇经济高质量发展表彰大会在青川实验中学报告厅举行"),
])
def test_a_source_a_basis_and_a_theme_are_kept_as_the_lead_writes_them(tmp_path, lead, title):
    (report,) = read_page(tmp_path, lead + "\n此后各方继续推进工作。\n")
    assert report.title == title, report.evidence["title"]


@pytest.mark.parametrize("lead, title", [
    # must-not: a day before whom it is according to still takes the credit off (session 34's convention); a basis with
    # its act in the clause (按照县委要求开展工作) ends the title
    ("5月8日，据青川海关统计，今年一季度，青川新区外贸进出口总额超过100亿美元，同比增长12%。",
     "5月8日，今年一季度，青川新区外贸进出口总额超过100亿美元"),
    ("今年以来，青川镇按照县委要求开展工作，全力以赴抓项目、促发展、惠民生，各项事业全面发展。",
     "今年以来，青川镇按照县委要求开展工作"),
])
def test_a_dated_source_and_a_basis_with_its_act_change_nothing(tmp_path, lead, title):
    (report,) = read_page(tmp_path, lead + "\n此后各方继续推进工作。\n")
    assert report.title == title, report.evidence["title"]


@pytest.mark.parametrize("lead, title", [
    # where the reporter learnt it, its colon, and a time alone: the title runs on to what was told
    ("记者近日从工信部获悉：今年前4月，青川高新区规模以上工业企业营业收入1026亿元，同比增长7.3%。",
     "记者近日从工信部获悉：今年前4月，青川高新区规模以上工业企业营业收入1026亿元"),
    # a day's early morning is a time alone, as its forenoon is
    ("6月17日清晨，在位于青川经开区西街的某某项目建设现场，完成防疫措施后，400多名施工人员有序进场。",
     "6月17日清晨，在位于青川经开区西街的某某项目建设现场，完成防疫措施后，400多名施工人员有序进场"),
    # a network's channel after a middle dot is a dateline, on a line of its own or before the lead
    ("青川网·滨海高新讯 3月15日，东营开发区副书记、副主任王卫东一行来青川高新区考察，双方座谈交流。",
     "3月15日，东营开发区副书记、副主任王卫东一行来青川高新区考察"),
    # a subject followed by its short name in brackets is no label set before the lead
    ("北灣加工出口區管理處 (加工處) 今 (29) 日舉行年終記者會，處長黃某表示，園區名稱將更改。",
     "北灣加工出口區管理處 (加工處) 今 (29) 日舉行年終記者會"),
    # a host's post and name closing a clause with its verb (接待) is a clause, not a list of who came
    ("首相拿督斯里安华昨日接待中国广西壮族自治区党委书记、自治区人大常委会主任刘某,并讨论了“两国双园”合作项目在吸引投资、"
     "创造就业机会,以及为当地商界开展下游活动的共享成果。",
     "首相拿督斯里安华昨日接待中国广西壮族自治区党委书记、自治区人大常委会主任刘某"),
])
def test_a_colon_after_the_source_a_days_part_a_channel_a_short_name_and_a_hosts_guest(tmp_path, lead, title):
    (report,) = read_page(tmp_path, lead + "\n此后各方继续推进工作。\n")
    assert report.title == title, report.evidence["title"]


def test_who_came_by_post_and_name_still_runs_on_to_the_visit(tmp_path):
    # must-not: a clause of posts and names alone (no verb of its own) is still the visit's subjects
    lead = "10月28日，青川市工商联副主席兼秘书长王某某，青川中心副主任李某一行3人到北湾园区考察，双方座谈交流。"
    (report,) = read_page(tmp_path, lead + "\n此后各方继续推进工作。\n")
    assert report.title == "10月28日，青川市工商联副主席兼秘书长王某某，青川中心副主任李某一行3人到北湾园区考察", \
        report.evidence["title"]


@pytest.mark.parametrize("line", ["相關新聞", "相关阅读xiang guan yue du", "最新新聞", "新聞分類", "文章分類 全球新聞", "图集", "赞赏",
                                  "2 次查看0 則留言", "分享 讚好 0", "[廣告]請繼續往下閱讀...", "原文刊於北灣財經新聞",
                                  "摘錄自2008年4月3日北灣時報屏東報導"])
def test_a_news_sites_labels_counters_and_copy_notes_are_furniture(line):
    from indexer.reading import furniture
    assert furniture.is_furniture_line(line)


@pytest.mark.parametrize("line", ["相关新闻报道称，园区签约12个项目", "最新新闻显示园区营收增长", "摘自青川日报的报道称，园区营收增长。",
                                  "新闻中心"])
def test_a_sentence_that_opens_on_such_words_is_text(line):
    # must-not: a sentence opening on 相关新闻 / 摘自 is the text's; 新闻中心 (a column's name) is left, see furniture.py
    from indexer.reading import furniture
    assert not furniture.is_furniture_line(line)


def test_a_related_news_label_leaves_the_report(tmp_path):
    page = ("青川园区一季度签约项目12个\n\n3月30日，青川园区举行一季度项目集中签约仪式，签约项目12个，总投资56亿元。\n\n相關新聞\n\n"
            "青川园区二月签约项目5个\n")
    (report,) = read_page(tmp_path, page)
    assert "相關新聞" not in report.text


def test_a_posts_date_row_run_into_its_headlines_line_dates_it(tmp_path):
    page = ("北灣:「某某科技園」是創科界的新年大禮 發表於 2017-01-09 08:00 分享 讚好 0 北灣資訊科技聯會前會長在報章撰文指，"
            "自2015年某局成立後隨即接手這項目，不出14個月便把計畫敲定。\n")
    (report,) = read_page(tmp_path, page)
    assert report.year == 2017, report.evidence["year"]


def test_an_outlet_and_its_day_closing_a_wire_item_date_it(tmp_path):
    page = ("某部：全国有8000个乡镇企业园区\n\n"
            "某部负责人介绍，全国乡镇企业园区已达8000个，园区企业实现增加值占乡镇企业的三成。\n\n"
            "园区已成为高新技术的聚集地。(記者某某)\n\n北灣網 2004年05月04日\n")
    (report,) = read_page(tmp_path, page)
    assert report.year == 2004, report.evidence["year"]
    # must-not: a sentence closing the text with a day in it is no outlet's dateline
    from indexer.reading.clean import page_credits
    assert page_credits("某部：园区发展良好\n\n某部负责人介绍，园区已成为高新技术的聚集地。\n\n"
                        "园区网站于2004年05月04日开通。\n").published is None
    assert page_credits("某部：园区发展良好\n\n某部负责人介绍，园区已成为高新技术的聚集地。\n\n"
                        "北灣網 2004年05月04日\n").published == 2004


@pytest.mark.parametrize("line, text", [
    ("【北灣新聞台】北灣科學園南區分園啟用，目前已有16間公司進駐。", "北灣科學園南區分園啟用，目前已有16間公司進駐。"),
    ("[BWnews北灣新聞] 國科會今（23）日召開科學園區審議會。", "國科會今（23）日召開科學園區審議會。"),
    # must-not: a reporter's credit stays (by whom; it marks the item as news)
    ("〔記者王某某／台中報導〕中部某園區今年營業額創新高。", "〔記者王某某／台中報導〕中部某園區今年營業額創新高。"),
    # must-not: a dateline's tag (專訊, 消息, a day) stays — it marks the lead under a headline, and its day dates the item;
    # a slogan or a column's label in 【】 is no outlet's
    ("【北灣專訊】某科技園公司管理3個工業邨。", "【北灣專訊】某科技園公司管理3個工業邨。"),
    ("【北灣2015年02月12日訊】某園區今年營業額創新高。", "【北灣2015年02月12日訊】某園區今年營業額創新高。"),
    ("【强信心 起好步 开新局】新疆建成百亿元以上园区。", "【强信心 起好步 开新局】新疆建成百亿元以上园区。"),
    ("【园区动态】近日，某园区召开会议。", "【园区动态】近日，某园区召开会议。"),
])
def test_an_outlets_tag_leaves_the_leads_line(line, text):
    from indexer.reading import furniture
    assert furniture.strip_glued(line, lambda _line: False) == text


@pytest.mark.parametrize("lead, title", [
    # a time frame after the day is kept, and the title runs on past it to the event
    ("10月27日，在第七次新区工作交流会期间，国家发展改革委在青川新区组织举办承接产业转移项目签约仪式，共签约项目30个。",
     "10月27日，在第七次新区工作交流会期间，国家发展改革委在青川新区组织举办承接产业转移项目签约仪式"),
    # the paper's reporter credited before the lead and a space
    ("青川日报记者李某报道 记者12月28日从青川县政府部门获悉，近日，省级开发区百强榜单发布，青川经济开发区上榜。",
     "记者12月28日从青川县政府部门获悉，近日，省级开发区百强榜单发布"),
    # a bracketed credit with the outlet and its day before the reporter's name
    ("【青川幕墙网 08月18日 记者小静】走进青川工业园区，映入眼帘的是恢宏壮观的建设场面。园区管委会主任告诉记者，园区发展迅速。",
     "走进青川工业园区，映入眼帘的是恢宏壮观的建设场面"),
    # a headline run into its lead by a dash, the lead opening on where the reporter learnt it
    ("全省產業園區建設取得重大進展——記者從日前舉行的全省產業園區專題培訓上獲悉，截至目前，全省共有13個國家級開發區。",
     "全省產業園區建設取得重大進展"),
    # what is main and what is second, one object split by a comma
    ("作为省级经济开发区，青川化工园区已初步形成了以石油化工为主，以装备制造、能源电力和港口物流为辅的四大产业体系，园区企业达120家。",
     "作为省级经济开发区，青川化工园区已初步形成了以石油化工为主，以装备制造、能源电力和港口物流为辅的四大产业体系"),
    # the clause that names a document ends at the short name it gives (the purpose opening the lead kept: session 42)
    ("为进一步优化产业布局，青川经济开发区聘请某研究院编制《青川经济开发区产业发展规划(2022-2027)》(以下简称《规划》)，日前通过评审。",
     "为进一步优化产业布局，青川经济开发区聘请某研究院编制《青川经济开发区产业发展规划(2022-2027)》"),
])
def test_a_time_frame_a_reporters_credit_a_run_in_headline_a_main_and_second_object_and_a_short_name(tmp_path, lead, title):
    (report,) = read_page(tmp_path, lead + "\n此后各方继续推进工作。\n")
    assert report.title == title, report.evidence["title"]


@pytest.mark.parametrize("lead, title", [
    # must-not: a short name inside the clause (和 after it) runs on as before
    ("本年度报告根据《中华人民共和国政府信息公开条例》(以下简称《条例》)和省、市政务公开工作要求，由青川县工业集中区管理委员会编制。",
     "本年度报告根据《中华人民共和国政府信息公开条例》(以下简称《条例》)和省、市政务公开工作要求，由青川县工业集中区管理委员会编制"),
    # must-not: 以…为主 with no second part after it ends its clause as before
    ("今年以来，青川园区坚持以工业为主，全年完成产值120亿元，同比增长8%。", "今年以来，青川园区坚持以工业为主"),
])
def test_a_short_name_inside_a_clause_and_a_main_part_alone_change_nothing(tmp_path, lead, title):
    (report,) = read_page(tmp_path, lead + "\n此后各方继续推进工作。\n")
    assert report.title == title, report.evidence["title"]


def test_a_page_opening_on_its_first_part_closed_by_a_full_stop_is_titled_by_it(tmp_path):
    page = ("一、拼招商引资、招大引强。2023年，全区共上报招商项目40个，总投资100.2亿元，其中超亿元项目21个。\n"
            "二、赛项目质量、项目进度。积极推进引进项目落地，全年新开工项目32个，竣工投产项目18个。\n"
            "三、比项目储备、产业链条。在谈项目共58个，涉及新能源、新材料等产业。\n")
    (report,) = read_page(tmp_path, page)
    assert report.title == "拼招商引资、招大引强", report.evidence["title"]


@pytest.mark.parametrize("line, title", [("青川园区举行签约仪式 本报讯", "青川园区举行签约仪式"),
                                         ("您要打印的文件是:走访青川县食品产业园", "走访青川县食品产业园")])
def test_a_datelines_mark_after_a_headline_and_a_print_views_label_are_no_title(line, title):
    from indexer.reading import titles
    assert titles.clean_title(line) == title


def test_a_headline_exclaiming_its_figure_before_its_event_is_a_title_line(tmp_path):
    page = ("总投资约480亿元!青川新片区2020年重点产业项目7月7日集中开工,王某李某出席\n\n来源: 青川航运 发布时间:2020-07-30\n\n"
            "青川新片区2020年重点产业项目7月7日集中开工，共有45个项目，总投资约480亿元。\n")
    (report,) = read_page(tmp_path, page)
    assert report.title == "总投资约480亿元!青川新片区2020年重点产业项目7月7日集中开工,王某李某出席", report.evidence["title"]


def test_a_sentence_that_exclaims_and_goes_on_is_no_title_line(tmp_path):
    # must-not: a paragraph's sentence of exclaimed figures with commas after it is text
    page = ("青川园区一季度开门红\n\n产值创新高!今年一季度，青川园区完成产值56亿元，同比增长12%，增速居全市第一，园区上下干劲十足。\n")
    (report,) = read_page(tmp_path, page)
    assert report.title == "青川园区一季度开门红", report.evidence["title"]


def test_a_lists_bulleted_items_are_no_title_line():
    from indexer.reading import titles
    lines = ["●营业收入139亿元:国家高新区78亿元,省级高新区61亿元", "●新增研发机构32个:国家高新区新增10个,省级高新区新增22个",
             "全省高新区上半年实现营业收入139亿元，同比增长28%。全省高新区经济运行稳中向好，多项指标同比均有所上升。"]
    assert titles.pick_title_line(lines) is None


def test_a_report_joined_to_next_years_plan_is_headed_by_the_report():
    from indexer.reading.describe import choose_doc_type
    assert choose_doc_type("青川镇2018年政府工作报告和2019年工作计划", None, "一、2018年工作回顾\n今年以来…")[0] == "工作报告"
    # (as a summary joined to its plan is a 工作总结; a plan's report, 关于…工作计划的报告, stays a report)
    assert choose_doc_type("青川园区2018年工作总结和2019年工作计划", None, "一、2018年工作回顾\n今年以来…")[0] == "工作总结"
