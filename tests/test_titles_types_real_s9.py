"""Titles and types as real pages lay them out (session 9, #12).

Each case below failed before its rule; the pages are our own words, written after patterns met on real pages.
- a site's label over the text it shows (论文部分内容阅读, 全文阅读, 在线预览) is furniture, not a title or a lead;
- a line with no Chinese words (a button left as text: expand, share; a tag of markup) is no lead either;
- a speech printed without a title opens by calling its audience (同志们、朋友们：…): its title is the words after;
- an official document's title is 发文机关 + 关于 + 事由 + 文种 (GB/T 9704); a joint document names several issuing
  organs and runs past any headline's length, yet it is one title line, not a paragraph or a menu;
- a plan's list titled by its head noun (2024年目标任务, 重点任务) is a title; an e-paper's masthead may say 数字报纸;
- a news picture credited on a line of its own (记者 某某 通讯员 某某 摄) is news;
- a titleless text that opens on the year ahead and states that year's 总体要求 / 主要预期目标 is a year's plan;
- a headline under a news column's label (园区快讯：…) is a title line, and news.
"""
import pytest

from indexer.reading.clean import clean_text, is_boilerplate_line
from indexer.reading.describe import choose_doc_type
from indexer.reading.split import split_reports
from indexer.reading.titles import FROM_LEAD, is_official_title, title_from_lead, title_score


def first_report(page: str):
    reports, _ = split_reports(clean_text(page), "file-name")
    return reports[0]


@pytest.mark.parametrize("line", ["论文部分内容阅读", "全文阅读", "内容预览：", "在线预览", "免费试读"])
def test_a_sites_reading_label_is_furniture(line):
    assert is_boilerplate_line(line)


@pytest.mark.parametrize("line", ["阅读材料的整理与归档工作", "园区内容建设情况汇报"])
def test_lines_naming_reading_or_content_stay(line):
    assert not is_boilerplate_line(line)


SPEECH = ("同志们、朋友们：青岚经济开发区建区十五年，是艰苦创业、开拓进取、硕果累累的十五年。今天，我们在这里召开座谈会，"
          "回顾走过的路，共商开发区今后的发展。\n十五年来，开发区从一片河滩起步，先后引进企业二百余家。\n谢谢大家！")


def test_a_titleless_speech_under_a_reading_label_is_titled_by_its_first_words():
    r = first_report("论文部分内容阅读\n" + SPEECH)
    assert r.title == "青岚经济开发区建区十五年" and r.why_title == FROM_LEAD


def test_the_lead_of_a_speech_starts_after_whom_it_calls():
    assert title_from_lead(SPEECH.split("\n")) == "青岚经济开发区建区十五年"


@pytest.mark.parametrize("junk", ["expand", "expand\nshare", "<center id=\"x1\"></center>", "•"])
def test_lines_without_chinese_words_are_no_lead(junk):
    lines = junk.split("\n") + ["7月15日，青港加工出口區管理處公布上半年招商成果，已有12家廠商完成進駐簽約，投資總額逾新台幣80億元。"]
    assert title_from_lead(lines) == "7月15日，青港加工出口區管理處公布上半年招商成果"


JOINT = ("东岭市发展和改革委员会 东岭市商务局 东岭市自然资源和规划局 东岭市生态环境局 "
         "关于印发东岭市低效工业用地再开发实施方案的通知")


def test_a_joint_notices_long_title_is_one_title_line():
    assert len(JOINT) > 60 and is_official_title(JOINT)
    r = first_report(JOINT + "\n各县（市、区）人民政府，各开发区管委会，市级有关部门：\n经市人民政府同意，现将《东岭市低效工业用地再开发"
                     "实施方案》印发给你们，请结合实际认真贯彻落实。\n为盘活存量土地，提高土地利用效率，制定本方案。")
    assert r.title == JOINT
    assert "发文机关" in r.why_title  # inspect says why a line this long is a title


@pytest.mark.parametrize("line", [
    # a sentence, or a menu run together, is no title however it ends
    "经市人民政府同意，现将《东岭市低效工业用地再开发实施方案》印发给你们，请结合实际认真贯彻落实关于印发的通知",
    "首页 政务公开 政策文件 通知公告 工作动态 园区概况 招商引资 投资指南 办事服务 互动交流 关于我们 联系我们 网站地图",
    "关于印发东岭市低效工业用地再开发实施方案的通知",  # short: an ordinary title, scored as before
])
def test_what_is_no_long_official_title(line):
    assert not is_official_title(line)


def test_an_epaper_plan_list_is_titled_by_its_head_noun():
    page = ("2024年02月26日\n东岭日报 数字报纸\n第05版：开发区·特别报道\n2024年目标任务\n地区生产总值增长7%以上；规上工业增加值增长10%"
            "左右；固定资产投资增长12%以上；实际使用外资8000万美元。\n全力打好五场攻坚战\n●一是招商引资攻坚\n")
    assert is_boilerplate_line("东岭日报 数字报纸")
    r = first_report(page)
    assert r.title == "2024年目标任务" and r.why_title != FROM_LEAD
    assert title_score("2024年重点任务") >= 2 and title_score("2024年目标任务") >= 2


def test_a_picture_news_item_credited_under_its_caption_is_news():
    body = ("青禾经开区党工委把招商引资作为“一号工程”，紧盯主导产业开展精准招商，推动签约项目早落地、早开工。"
            "图为园区干部在项目工地了解施工进度。\n记者 林青 通讯员 周扬 摄")
    t, why = choose_doc_type("青禾经开区党工委把招商引资作为“一号工程”", None, body, from_lead=True)
    assert t == "简报" and "摄影署名" in why


PLAN = ("2025年是“十四五”规划的收官之年，也是园区转型发展的攻坚之年，做好全年工作意义重大。\n"
        "2025年白沙工业园区工作的总体要求是：坚持稳中求进工作总基调，以项目建设为中心。\n"
        "全年主要预期目标：规上工业总产值增长10%以上。")


def test_a_titleless_year_plan_is_a_plan():
    t, why = choose_doc_type("2025年是“十四五”规划的收官之年", None, PLAN, from_lead=True)
    assert t == "工作计划" and "总体要求" in why


def test_a_titleless_report_that_looks_back_first_is_no_plan():
    report = ("2025年是“十四五”规划的收官之年。过去一年，园区完成规上工业总产值186亿元，同比增长9%。\n"
              "2025年白沙工业园区工作的总体要求是：坚持稳中求进工作总基调。")
    t, _ = choose_doc_type("2025年是“十四五”规划的收官之年", None, report, from_lead=True)
    assert t != "工作计划"


def test_a_headline_under_a_news_column_label_is_the_title_and_news():
    # (session 14: the column's name is the site's filing, not the story's headline, as the blind sets' labellers read
    # it; the story is still news, the column kept as the title's evidence)
    page = ("园区快讯：青岚工业园区新增两家规上企业\n发布时间：2024-09-12\n近期，经统计部门审核，青岚工业园区又有两家企业纳入规模以上"
            "工业企业统计范围，园区规上企业总数达到58家。\n今年以来，园区持续开展“小升规”培育行动。")
    r = first_report(page)
    assert r.title == "青岚工业园区新增两家规上企业" and r.why_title != FROM_LEAD and "园区快讯" in r.why_title
    body = r.text.split("\n", 1)[1]
    assert choose_doc_type(r.title, None, body, column="园区快讯：")[0] == "简报"
    assert choose_doc_type("园区快讯：青岚工业园区新增两家规上企业", None, body)[0] == "简报"


@pytest.mark.parametrize("line", ["expand", "share", "close"])
def test_a_templates_button_name_is_furniture(line):
    assert is_boilerplate_line(line)


@pytest.mark.parametrize("line", ["GDP", "PPP项目", "expand the park"])
def test_english_words_that_may_be_text_stay(line):
    assert not is_boilerplate_line(line)


RELATED = ["相关文章", "国旗下讲话稿范文(通用十篇)", "2024-03-07 10:12:41小学生安全教育讲话稿", "2024-03-08 09:31:05教师节表彰大会主持词",
           "2024-03-09 16:20:17"]
TITLE = "在白溪工业园区二期项目集中开工仪式上的讲话"
OPENING = ["尊敬的各位领导、各位来宾，同志们：",
           "今天，我们在这里隆重举行白溪工业园区二期项目集中开工仪式。首先，我代表区委、区政府，向今天开工的8个项目表示热烈的祝贺！"]


@pytest.mark.parametrize("after", [
    [TITLE, TITLE] + OPENING,  # the page's title printed twice in a row: a list names each document once
    [TITLE] + OPENING,  # an entry without the date and time every entry before it carried
])
def test_a_related_articles_list_ends_at_the_pages_own_title(after):
    r = first_report("\n".join(RELATED + after))
    assert r.title == TITLE
    assert "教师节表彰大会主持词" not in r.text and "尊敬的各位领导" in r.text


def test_a_related_list_still_drops_all_its_links():
    lines = clean_text("\n".join(["相关文章", "园区工作总结范文", "园区工作计划范文", "开发区述职报告", "正文",
                                  "今年以来，园区坚持以项目建设为中心，各项工作稳步推进，完成规上工业总产值86亿元。"])).split("\n")
    assert not any("范文" in x or "述职" in x for x in lines)


@pytest.mark.parametrize("title, kind", [
    ("青梧经济开发区2024年上半年工作完成情况和下半年招商引资工作计划", "工作总结"),
    ("2023年工作情况及2024年工作打算", "工作总结"),
    ("白溪经济技术开发区2022年计划执行情况和2023年计划", "工作计划"),  # a plan's 执行情况: the statutory plan report, kept
])
def test_a_periods_review_joined_to_the_next_plan_is_a_summary(title, kind):
    t, why = choose_doc_type(title, None, "今年上半年，开发区完成规上工业总产值86亿元。")
    assert t == kind


@pytest.mark.parametrize("line, title", [
    ("园林局2013年专场文艺演出节目主持词_文艺演出主持词开场白", "园林局2013年专场文艺演出节目主持词"),
    ("青岚工业园区2024年工作总结_工作总结范文网", "青岚工业园区2024年工作总结"),
])
def test_a_pages_title_row_drops_the_sites_column_after_the_underscore(line, title):
    from indexer.reading.titles import clean_title
    assert clean_title(line) == title


def test_a_pages_title_row_is_not_joined_to_the_text_under_it():
    page = ("青岚工业园区2024年招商推介会主持词_推介会主持词范例\n内容预览：\n青岚工业园区2024年招商推介会主持词  尊敬的各位领导、"
            "各位嘉宾：大家上午好！金秋十月，我们相聚在这里，隆重举行青岚工业园区2024年招商推介会。\n下面，进行第一项议程。")
    r = first_report(page)
    assert r.title == "青岚工业园区2024年招商推介会主持词"
    assert choose_doc_type(r.title, None, r.text)[0] == "讲话"


@pytest.mark.parametrize("line", ["科技园2023年工作总结_第1页", "a_b", "2023_工作总结"])
def test_underscores_that_are_no_sites_column_stay(line):
    from indexer.reading.titles import clean_title
    assert clean_title(line) == line or line.endswith("_第1页")


@pytest.mark.parametrize("row", ["2024/03/18 10:20（03/18 16:45 更新）", "2021/12/28 14:15(12/28 15:36 更新)", "2024-03-18 10:20",
                                 "發布於 2024年03月18日10:20", "发布时间：2024-03-18 10:20", "青港新聞社\n發布於 2024年03月18日10:20"])
def test_a_date_row_with_its_update_time_is_no_title_and_the_headline_above_it_is(row):
    page = (f"青港加工區擴區動工 明年底完工\n{row}\n（青港新聞社記者林青港18日電）青港加工出口區擴區工程今天上午動工，管理處表示，"
            "擴區面積約12公頃，預計明年底完工，可再引進20家廠商進駐。\n管理處指出，擴區完成後將優先提供區內廠商擴廠使用。")
    assert title_score(row.split("\n")[-1]) == 0
    assert first_report(page).title == "青港加工區擴區動工 明年底完工"


@pytest.mark.parametrize("lead", [
    "2024年5月16-17日，全省开发区协会2024年会员大会在青禾经济开发区召开。省商务厅有关负责同志出席会议并讲话。",
    "5月16至17日，全省开发区协会2024年会员大会在青禾经济开发区召开。省商务厅有关负责同志出席会议并讲话。",
])
def test_a_lead_dated_by_a_range_of_days_is_news_and_its_title_more_than_the_date(lead):
    lines = [lead, "会议听取了协会2023年工作报告，审议通过了2024年工作要点。"]
    title = title_from_lead(lines)
    assert "开发区协会" in title
    assert choose_doc_type(title, None, "\n".join(lines), from_lead=True)[0] == "简报"


def test_the_first_words_of_a_lead_keep_an_aside_in_brackets_inside_its_clause():
    lead = ("2019年3月28-30日，全省物流与采购联合会物流园区专业委员会（以下简称“园区专委会”）2019年理事单位扩大会议在青州召开，"
            "国家有关部委负责同志到会并讲话。")
    # (session 21: the clause is kept whole to its comma, the aside in it whole; a cut inside the clause at the 40th
    # character's word was what stopped before the aside)
    assert title_from_lead([lead]) == ("2019年3月28-30日，全省物流与采购联合会物流园区专业委员会（以下简称“园区专委会”）2019年理事单位扩大会议"
                                       "在青州召开")


def test_the_title_a_breadcrumb_ends_with_wins_over_a_latest_news_list():
    page = ("熱門\n最新新聞\n青溪市長出席科技園區廠商年會 感謝廠商深耕在地\n南港高中舉辦科學營 百名學生體驗程式設計\n"
            "青溪新聞網 > 產經 > 青港科技產業園區廠協會年會 副市長:持續優化投資環境\n產經\n"
            "青港科技產業園區廠協會年會 副市長:持續優化投資環境\n林青港\n青港科技產業園區廠協會年會 副市長:持續優化投資環境\n"
            "青港科技產業園區廠商協進會昨(23)日舉辦年度會員大會，副市長代表市長出席，感謝園區廠商對地方經濟的貢獻。")
    r = first_report(page)
    assert r.title == "青港科技產業園區廠協會年會 副市長:持續優化投資環境"
    assert "导航栏" in r.why_title


def test_a_line_the_page_prints_twice_is_not_joined_to_the_next():
    from indexer.reading.clean import join_broken_lines
    title = "青港科技產業園區廠協會年會 副市長:持續優化投資環境"
    lines = [title, "林青港", title, "青港科技產業園區廠商協進會昨(23)日舉辦年度會員大會，副市長代表市長出席。"]
    assert join_broken_lines(lines)[:2] == [title, "林青港"]
    crumb = "青溪新聞網 > 產經 > 青港科技產業園區廠協會年會 副市長:持續優化投資環境"
    assert join_broken_lines([crumb, "產經", "正文第一句很長很長很長很長很長很長很長很長很長很長很長。"])[0] == crumb


@pytest.mark.parametrize("line", [
    "字号:       打印本页",  # a font-size selector whose sizes the scrape lost, and the print button
    "【字体：大 中 小】 | 关闭窗口",
    "分享到  打印  关闭",
])
def test_a_row_of_reader_tools_is_the_pages(line):
    # each tool alone was furniture already; set on one row they were taken for a news page's title (a blind page
    # of the session's end check, found at review)
    assert is_boilerplate_line(line)


@pytest.mark.parametrize("line", ["园区召开会议  打印本页", "一、主要工作  二、存在问题", "2023年  工作总结"])
def test_a_row_with_any_words_of_its_own_is_no_tool_row(line):
    assert not is_boilerplate_line(line)


def test_the_headline_above_a_tool_row_is_the_title(tmp_path):
    page = ("政务公开\n青岚经开区筹建保税物流中心 打造开放新平台\n时间:2023-05-12   来源:综合办公室   点击:\n"
            "字号:       打印本页\n\n  5月10日上午，经开区党工委召开专题会议，研究保税物流中心筹建工作，"
            "要求各部门抓紧推进申报材料准备。\n")
    (tmp_path / "p.txt").write_text(page, encoding="utf-8")
    from indexer.reading.pipeline import read_file
    report = read_file(tmp_path / "p.txt", tmp_path).reports[0]
    assert report.title == "青岚经开区筹建保税物流中心 打造开放新平台"
