"""Session 22: site furniture by its form, found on study pages of many sites (sentences and names here are our own).

Each form has a case where the site's piece goes and a look-alike of the report's own text that stays.
"""
from indexer.reading.clean import clean_text, is_boilerplate_line, normalize_line
from indexer.reading import furniture


def _text(*lines: str) -> list[str]:
    return clean_text("\n".join(lines)).split("\n")


LEAD = "3月5日上午，青禾经济开发区召开一季度项目推进会，区党工委书记王海明出席会议并讲话，各部门负责同志参加。"
BODY = "会议指出，今年以来全区新签约项目18个，总投资62亿元，各部门要加快手续办理，确保项目早开工、早投产、早见效。"


# ---------------------------------------------------------------- a picture's credit

def test_picture_note_glued_after_a_caption_sentence_goes():
    # a picture's note in brackets glued after the caption's last stop ((网络图片), （资料图）): the picture's, never the text's
    assert furniture.strip_glued("青禾高新区前8月引进亿元项目41个。 (網絡圖片)", lambda _: False) == "青禾高新区前8月引进亿元项目41个。"
    assert furniture.strip_glued("园区新建标准厂房12万平方米。（资料图）", lambda _: False) == "园区新建标准厂房12万平方米。"
    # (a sentence's own bracket after its stop names no picture: （下同）, （单位：万元）)
    assert furniture.strip_glued("下表为园区主要指标。（单位：万元）", lambda _: False) == "下表为园区主要指标。（单位：万元）"


def test_caption_closed_by_a_photographer_after_a_blank_goes():
    # a caption whose credit follows it after a blank (两天的招聘会吸引近5万人次进场 李晓 摄), as a picture is captioned
    assert is_boilerplate_line("两天的招聘会吸引近5万人次进场 李晓 摄")
    assert is_boilerplate_line("青禾园区新厂房一角 王明远 攝")
    # (a line that says something was filmed stays: 进行拍摄)
    assert not is_boilerplate_line("园区宣传片已完成 组织拍摄")


def test_picture_giver_and_bracketed_picture_note_alone_go():
    assert is_boilerplate_line("青禾文化创意产业园供图")
    assert is_boilerplate_line("(相關資料圖)")
    assert is_boilerplate_line("（示意图）")
    # (a unit's name alone stays: it may sign the report)
    assert not is_boilerplate_line("青禾文化创意产业园管理委员会")


# ---------------------------------------------------------------- the site's statements and calls

def test_investment_disclaimer_and_the_sites_purpose_go():
    assert is_boilerplate_line("免责声明：市场有风险，选择需谨慎！此文仅供参考，不作买卖依据。")
    assert is_boilerplate_line("(1)本网旨在传播信息，促进交流，多方面了解行业发展动态，但不构成任何投资建议。")
    assert is_boilerplate_line("本站致力于传播信息，文章不构成投资建议。")
    # (a report's sentence on investment stays: it names the park's own investment, no advice)
    assert not is_boilerplate_line("园区今年完成固定资产投资45亿元，为全年目标的62%。")
    assert not is_boilerplate_line("我们要建立投资项目库，为企业提供投资建议和融资服务。")


def test_a_call_to_click_inserted_into_a_sentence_is_cut():
    line = "全区各项社会事点击查看本资料原创网站更多文章业协调发展，经济持续健康发展。"
    assert furniture.strip_glued(line, lambda _: False) == "全区各项社会事业协调发展，经济持续健康发展。"
    # (a sentence about a website's page stays)
    assert furniture.strip_glued("企业可登录服务平台查看更多政策。", lambda _: False) == "企业可登录服务平台查看更多政策。"


def test_a_teaser_calling_to_click_a_link_goes():
    assert is_boilerplate_line("青禾省此前认定的化工园区名单，点击链接下方查看")
    assert is_boilerplate_line("往期园区名单请点击下方链接查看。")
    # (a report's sentence naming a click in its matter stays: it is long and describes work)
    assert not is_boilerplate_line("园区上线“一网通办”平台，企业在手机上点击即可查看办理进度，全年办件量达1.2万件。")


def test_the_site_welcoming_the_reader_to_follow_it_goes():
    assert is_boilerplate_line("慧家网欢迎您关注中国建材产业，与我们一起共同讨论产业话题。")
    assert is_boilerplate_line("欢迎关注青禾发布微信公众号！")
    # (a reply letter thanking its reader stays)
    assert not is_boilerplate_line("感谢您对园区建设的关注和支持。")
    assert not is_boilerplate_line("欢迎广大企业关注园区发展，踊跃投资兴业。")


# ---------------------------------------------------------------- a portal's and a forum's head

def test_disclosure_portals_section_header_above_the_text_goes():
    lines = _text("政府信息公开 规章库", "青禾经济开发区管理委员会政府信息公开",
                  "园区领导深入企业一线开展安全生产大检查", LEAD, BODY)
    assert lines[0] == "园区领导深入企业一线开展安全生产大检查"
    lines = _text("经开区基层政务公开", "青禾经济技术开发区应急管理局 县级", "青禾市巡查组对经开区开展督导巡查", LEAD, BODY)
    assert lines[0] == "青禾市巡查组对经开区开展督导巡查"
    # (a report titled as the disclosure's annual report stays: it has its genre word)
    lines = _text("青禾经济开发区2023年政府信息公开工作年度报告", LEAD, BODY)
    assert lines[0] == "青禾经济开发区2023年政府信息公开工作年度报告"


def test_a_columns_name_over_the_headline_goes():
    lines = _text("行业资讯", "专家解读：园区如何稳住一季度的投资？", LEAD, BODY)
    assert lines[0] == "专家解读：园区如何稳住一季度的投资？"
    lines = _text("【就业政策】青禾高校毕业生招聘会火爆 园区企业揽才忙", "来源: 浏览量:462 发布时间:2018-03-30",
                  "青禾人才交流洽谈会25日在会展中心举行，千余家企业推出2.3万个岗位，现场达成初步意向5500余人次。", BODY)
    assert lines[0] == "青禾高校毕业生招聘会火爆 园区企业揽才忙"
    # (a report's heading naming its part stays: 工作动态 under the text's first sentence)
    lines = _text("青禾园区简报", LEAD, "工作动态", BODY)
    assert "工作动态" in lines


def test_a_headline_over_the_sites_post_row_is_not_joined_to_the_lead():
    # the template sets its post row (date, source, views) under the headline: the lead under that row starts the text
    head = "青禾加工出口区管理处: 青禾加工区与青禾港自由贸易港区建立招商合作机制 欢迎多加利用"
    lead = "长三角人才交流洽谈会暨高校毕业生招聘会25日在上海举行，千余家企业推出2.3万个岗位，现场达成初步意向5500余人次。"
    assert _text(head, "2009-09-03 17:50 #", lead, BODY)[0] == head
    assert _text(head, "来源: 浏览量:462 发布时间:2018-03-30", lead, BODY)[0] == head
    # (a paragraph broken by the layout, no row between, is joined as before)
    broken = "青禾经济开发区今年以来坚持项目为王，聚焦新材料、电子信息两大主导产业，全力推进"
    lines = _text(broken, "招商引资和项目建设，一季度签约项目12个，总投资38亿元。", BODY)
    assert lines[0].startswith(broken + "招商引资")


def test_forums_board_name_tool_cells_and_template_label_go():
    lines = _text("青禾海运讨论版", "slider image 62", "青禾海运讨论版",
                  "寄給朋友| 友善列印| 字級設定: 青禾港与青禾加工区策略联盟建立合作机制",
                  "anlimaple", "2009-09-03 17:50 #", LEAD, BODY)
    assert lines[0] == "青禾港与青禾加工区策略联盟建立合作机制"
    assert "slider image 62" not in lines and "青禾海运讨论版" not in lines
    # (a sentence about a forum stays)
    assert not is_boilerplate_line("园区举办了第三届产业发展论坛，200余名嘉宾参加。")


def test_a_wikis_redirect_note_goes():
    assert is_boilerplate_line("(重定向自青禾加工出口區")
    assert is_boilerplate_line("（重定向自青禾加工出口区）")
    assert not is_boilerplate_line("青禾加工出口区2021年更名为青禾科技产业园区。")


# ---------------------------------------------------------------- a document site's blurb in the text's first paragraph

def test_blurb_glued_into_the_first_paragraph_is_cut_with_the_intro_before_it():
    intro = "园区工作总结是对一年工作的回顾，不然如何正常高效地开展工作？以下就是小编整理的园区工作总结，欢迎参考！"
    report = "青禾园区2023年工作总结【1】今年以来，园区在区委、区政府的正确领导下，" + "坚持项目为王，狠抓招商引资和项目建设，" * 12 + "各项工作取得明显成效。"
    lines = _text(intro + report, BODY)
    assert lines[0].startswith("青禾园区2023年工作总结")
    assert "小编" not in clean_text(intro + report + "\n" + BODY)
    # (a report's own sentence with 整理 and 参考 stays: no site's editor presents it)
    own = "园区对近三年入园企业资料进行了系统整理，形成企业名录供各部门参考。" + "园区坚持项目为王，狠抓招商引资和项目建设，" * 12 + "各项工作取得明显成效。"
    assert clean_text(own + "\n" + BODY).split("\n")[0] == own


# ---------------------------------------------------------------- a gloss with a blank

def test_pinyin_gloss_with_a_blank_inside_its_bracket_goes():
    assert normalize_line("招聘會(huì )吸引近7萬人進場") == "招聘會吸引近7萬人進場"
    assert normalize_line("法国(snc)公司") == "法国(snc)公司"


# ---------------------------------------------------------------- the report's own tail

def test_a_tables_caption_before_the_sites_closing_statement_stays():
    # the page left out the table under its caption; the site's statement closes the page: the caption is the report's
    lines = _text("青禾省第二批化工园区名单发布", LEAD, "表1 青禾省化工园区名单（第二批）", BODY, "表2青禾省化工园区名单(第一批)",
                  "热门文章", "网站声明", "(1)本网旨在传播信息，促进交流，但不构成任何投资建议。", "(2)所有文章仅代表作者观点，不代表本网立场。")
    assert "表2青禾省化工园区名单(第一批)" in lines
    assert not any("本网" in x for x in lines)
    # (a teaser's short line there goes as before)
    lines = _text("青禾省第二批化工园区名单发布", LEAD, BODY, "园区企业上榜了吗", "网站声明", "(2)所有文章仅代表作者观点，不代表本网立场。")
    assert "园区企业上榜了吗" not in lines


def test_a_papers_label_over_its_summary_goes():
    assert is_boilerplate_line("核心阅读")
    assert is_boilerplate_line("【阅读提示】")
    # (the summary under it, and a heading that names reading as a matter, stay)
    assert not is_boilerplate_line("全民阅读")
    assert not is_boilerplate_line("截至目前，全国已有国家级文化产业示范园区34家。")


def test_a_keyword_inserted_where_a_sentence_was_cut_at_a_comma_goes():
    # a spammer's keyword set as a line of its own between a sentence's halves cut at a comma: the half after opens with the
    # comma, which no line of a text does
    lines = _text("外界指出全省工业区有半数污水处理超标,", "居家服", ",其中又以青禾、白川两个工业区情况最糟。",
                  "工业局副局长昨天表示,", "竹蒸笼", ",污水处理几乎等于工业区的心脏。", BODY)
    assert lines[0].startswith("外界指出全省工业区有半数污水处理超标,") and lines[0].endswith("其中又以青禾、白川两个工业区情况最糟。")
    assert not any(x in ("居家服", "竹蒸笼") for x in lines)
    # (a list's item under a line ending on a comma stays when the next line opens a sentence of its own)
    lines = _text("园区重点发展以下产业，", "新材料", "电子信息", BODY)
    assert any("新材料" in x for x in lines)


def test_a_lone_font_button_over_the_text_goes():
    lines = _text("青禾园区负责人做客访谈 畅谈园区十年发展", "• A+", LEAD, BODY)
    assert "A+" not in lines
    # (under the text's first sentence a line A+ is left to the report: a table's rating cell)
    lines = _text("青禾园区企业信用评价结果", LEAD, "A+", BODY)
    assert "A+" in lines


def test_a_breadcrumb_the_first_heading_was_glued_to_goes_in_one_cleaning():
    # split from the heading glued after it, the breadcrumb is a site's row on its own: cleaning once drops it, as cleaning
    # again would (clean_text is idempotent)
    # (the example test_properties' generator found: a run of 工业园区, the breadcrumb, the heading glued after it)
    raw = "工业园区" * 4 + "首页 > 工作范文 >下一步工作打算（一）" + "工业园区" * 6
    once = clean_text(raw)
    assert clean_text(once) == once
    assert "首页" not in once and once.startswith("（一）工业园区")
