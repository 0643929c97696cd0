"""Titles read in session 39 (issue 12), each checked on the study pages of spent hosts and the unlabelled pages of
/work/scratch/reach (bench/reading_diff.py) before it was kept.

- A lead's first clause that is a noun described by a relative clause, the verb right before 的 (我市去年签约的218个
  亿元以上项目，截至9月底，已有199个开工…), is the sentence's subject with no predicate of its own: the title runs on
  to the clause that has it, as after any topic (docs/labelling.md, "the first clause that has its predicate").
- A page in English, none of whose lines the Chinese title lines and leads read, was titled by its file's name (the
  blind sets of session 38 had one so): its headline is the line of a few words nearest above its first paragraph that
  is no row of the site's (who and when, a picture, a menu, a file's name) and ends on no full stop — the one naming a
  document's genre when there are two (Annual Report 2019 / Chairman's Message) — its <title>'s site after a dash taken
  off; else its first paragraph's first sentence, as a titleless lead's first words are its title. Read off the page's
  own rows: the cleaning runs English lines together as it joins a PDF's broken lines.
- A genre word followed by a verb of saying or showing (…发布最新统计报告指出，…; 规划提出, 報告顯示) is that verb's
  subject, not a title's end run into its text: a lead that mentions a report is no title and its body (reach: 1 page,
  ctimes.com.tw, was titled 行政院主计处发布最新统计报告).
- A breadcrumb's last items on a line of their own, the separator first (> 開發區, the path's start left on the line
  above or lost with the menu), are the site's path, never a headline (reach: 1 page, big5.china.com.cn, was titled so).
- An account's call to its reader over a titleless lead was taken for the title (a blind page of session 38: a line
  asking to follow or click the blue words): the call is an imperative to tap a place on the screen, however dressed —
  a polite word or an emoji before the gesture (请点击…, 👆点击…), the account's name quoted before the act (点击上方
  “某某发布”关注我们), the blue words alone (点击上方蓝字) — or to follow an account by name (关注某某公众号，了解更多…)
  or star it (记得设为星标): no subject, no news. The study pages of spent hosts show none (the stored pages lost them
  with the WeChat page's furniture), so the rule keeps to the imperative's form; reach pages read the same.
- A paper's authors' units under its title, in brackets as a journal prints them (GB/T 7713: (某某大学 经济学院, 北京
  100081), or numbered for several authors, (1.某某学院,某市150001;2.某某研究所,…)), were taken for the title or the
  lead: they are a credit, never a headline. Study pages: 3 of 6 paper mirrors on 2 hosts (jizihe.com twice,
  victorzhang.cn) made right — the paper's own title line read where the page prints it, else its first words.
- A journal's name and the issue an article ran in (中国某某工业 2017年9期), as a periodicals site prints it over each
  article, was taken for the title: reach pages 2 of 2 on the site's two hosts (fx361.cc, m.fx361.cc) made right. A
  unit's briefing that names its work (某某工作动态 2023年第5期) and a genre's title keep theirs.
- A lead's clause saying where good news came from (近日，从省委农办传来喜讯，…) tells no news itself, as 记者从…获悉
  does not: the title runs on to what came (reach: 1 page).
- A news site's notices over each story were taken for its headline (reach: 2 of 2 pages of news.ltn.com.tw): the
  advice on which browser to view it in (為達最佳瀏覽效果，建議使用…瀏覽器。), its window's download buttons, the age gate
  of a rated story (限制級 / …需滿18歲方可瀏覽。 / the rating rule it cites) and the day's weather in the header (晴時多雲).
- An e-paper's toolbar row (上一版3  4下一版 2031年2月20日 星期 放大 缩小 默认) was joined to the headline under it
  (reach: 2 of 2 pages of paper.ce.cn): a row turning the pages both ways with no sentence in it is the paper's.
Own pages: invented parks, places and figures."""
import pytest

from conftest import read_page

_REST = "\n园区负责人表示，将持续优化营商环境，推动项目早落地。\n"


@pytest.mark.parametrize("lead, title", [
    ("青禾市2031年签约的86个亿元以上重点工业项目，截至9月底，已有71个项目开工建设，开工率达82.6%。",
     "青禾市2031年签约的86个亿元以上重点工业项目，截至9月底，已有71个项目开工建设"),
    ("南屿经开区今年新引进的12家企业，目前已有9家投产，预计全年新增产值15亿元。",
     "南屿经开区今年新引进的12家企业，目前已有9家投产"),
    # (…the relative clause's verbs in series, 集中簽約, and a lead opening on 其中: the reach page zshjjh.com)
    ("其中，集中簽約的20個項目，計劃總投資110.8億元，涵蓋裝備製造、生物醫藥等領域。集中開工的19個項目總投資86.5億元。",
     "其中，集中簽約的20個項目，計劃總投資110.8億元"),
])
def test_a_noun_described_by_a_relative_clause_is_the_subject(tmp_path, lead, title):
    (report,) = read_page(tmp_path, lead + _REST)
    assert report.title == title, report.evidence["title"]


@pytest.mark.parametrize("lead, title", [
    # must-not: a predicate whose object has an attribute with 的 before it ends the clause
    ("青禾工业园区召开2031年度的安全生产工作会议，园区各企业负责人参加会议，会议部署了下一阶段工作。",
     "青禾工业园区召开2031年度的安全生产工作会议"),
    # …and a quoted word before 的, an attribute whatever the tagger calls it (the reach page 0344's shape, the traditional
    # script's 屬於 cut by the tagger into a noun and a name)
    ("青禾金融特區屬於“跳躍式”的經濟轉型活動，與該州一貫以製造業為重心的走向不同，州政府對此寄予厚望。",
     "青禾金融特區屬於“跳躍式”的經濟轉型活動"),
    # …and so does a verb with its aspect before the relative clause
    ("南屿经开区引进了12家新落户的企业，总投资达36亿元，涵盖新材料、装备制造等领域，为园区发展注入新动能。",
     "南屿经开区引进了12家新落户的企业"),
])
def test_a_predicate_with_its_object_stays_the_clause(tmp_path, lead, title):
    (report,) = read_page(tmp_path, lead + _REST)
    assert report.title == title, report.evidence["title"]


@pytest.mark.parametrize("page, title", [
    ("Skip to main content\nMenu\nHome > News > Park News\nQingchuan park signs 12 projects worth 5.6 bln yuan\n"
     "By Li Wei | Hefeng Daily | Updated: 2031-04-03 10:21\n"
     "The Qingchuan Industrial Park signed 12 projects worth 5.6 billion yuan on Tuesday, officials said. The projects "
     "cover new materials and equipment.\nThe park expects output to grow by 10 percent this year.\n",
     "Qingchuan park signs 12 projects worth 5.6 bln yuan"),
    ("Qingchuan park signs 12 projects - Hefeng Daily\n"
     "The Qingchuan Industrial Park signed 12 projects worth 5.6 billion yuan on Tuesday, officials said. The projects "
     "cover new materials and equipment.\n",
     "Qingchuan park signs 12 projects"),
    ("Qingchuan Industrial Park Annual Report 2031\nChairman's Message\n"
     "A signing ceremony is held at the park on March 2. [Photo/hefeng.example]\n"
     "In 2031, the Qingchuan Industrial Park attracted 12 new firms with a total investment of RMB 5.6 billion, and "
     "exports grew by 8 percent.\n",
     "Qingchuan Industrial Park Annual Report 2031"),
    # a file's name over the text is no headline: the first sentence names the page
    ("qingchuan_annual_report_2031_final.pdf\n"
     "The Qingchuan Industrial Park attracted 12 new firms in 2031, with a total investment of RMB 5.6 billion. "
     "Exports grew by 8 percent.\n",
     "The Qingchuan Industrial Park attracted 12 new firms in 2031, with a total investment of RMB 5.6 billion."),
    ("Posted on June 26, 2031\n"
     "The park's output grew by 12 percent in the first half of the year, as new plants began production and exports "
     "rose strongly.\n",
     "The park's output grew by 12 percent in the first half of the year, as new plants began production and exports "
     "rose strongly."),
])
def test_a_page_in_english_is_titled_by_its_headline(tmp_path, page, title):
    (report,) = read_page(tmp_path, page, name="0042.txt")
    assert report.title == title, report.evidence["title"]


def test_a_chinese_page_keeps_its_chinese_title_over_an_english_line(tmp_path):
    # must-not: a Chinese headline over an English summary stays the title
    page = ("青禾工业园区一季度签约项目12个\n"
            "Qingchuan park signs 12 projects worth 5.6 bln yuan in the first quarter, officials said on Tuesday.\n"
            "4月2日，记者从青禾工业园区获悉，一季度该园区新签约项目12个，协议总投资56亿元。\n")
    (report,) = read_page(tmp_path, page)
    assert report.title == "青禾工业园区一季度签约项目12个", report.evidence["title"]


def test_a_report_that_says_something_is_the_leads_subject(tmp_path):
    page = ("青禾省统计局发布最新统计报告指出，青禾高新区自2011年设立至2031年底，入区企业已达384家，实收资本达1501亿元。\n"
            "报告还指出，园区从业人员逐年增长。\n")
    (report,) = read_page(tmp_path, page)
    # (the lead's words, run on past 指出 to what the report says — not the report's name cut off as a title)
    assert report.title.startswith("青禾省统计局发布最新统计报告指出，青禾高新区"), report.evidence["title"]


def test_a_title_run_into_its_text_is_still_cut_at_its_genre(tmp_path):
    # must-not: a summary's title run into its first words is cut where its genre word ends
    page = ("青禾工业园区2031年工作总结今年以来，园区坚持项目为王，全年完成工业总产值108.6亿元，同比增长9.2%，"
            "新签约项目23个，协议总投资达到56.8亿元，各项工作取得明显成效。\n一、主要工作\n园区持续优化营商环境。\n")
    (report,) = read_page(tmp_path, page)
    assert report.title == "青禾工业园区2031年工作总结", report.evidence["title"]


@pytest.mark.parametrize("crumb", ["> 開發區", "» 园区动态", "> 新闻中心 > 园区动态"])
def test_a_crumbs_tail_on_its_own_line_is_no_headline(tmp_path, crumb):
    page = (f"{crumb}\n青禾省10个国家级经开区前三季度进出口同比增长25%\n"
            "10月29日记者获悉，前三季度，全省10个国家级经济技术开发区完成规上工业总产值8473.9亿元，同比增长1.7%。\n")
    (report,) = read_page(tmp_path, page)
    assert report.title == "青禾省10个国家级经开区前三季度进出口同比增长25%", report.evidence["title"]


_LEAD = "4月2日，记者从青禾经济开发区获悉，一季度该区新签约项目12个，协议总投资56亿元。\n据介绍，其中亿元以上项目8个。\n"


@pytest.mark.parametrize("call", [
    "点击上方“青禾经开区发布”关注我们",
    "请点击上方蓝字关注我们",
    "👆点击上方蓝字关注我们",
    "▲点击上方蓝字，关注我们",
    "戳蓝字“青禾发布”关注我们哦！",
    "欢迎点击上方蓝字关注我们",
    "点击上方蓝字",
    "轻点蓝字 关注我们",
    "点击上方“青禾发布”，选择“设为星标”",
    "关注青禾经开区公众号，了解更多园区动态",
    "记得设为星标哦",
])
def test_an_accounts_call_to_follow_is_no_title(tmp_path, call):
    (report,) = read_page(tmp_path, call + "\n" + _LEAD)
    assert report.title == "4月2日，记者从青禾经济开发区获悉，一季度该区新签约项目12个", report.evidence["title"]
    assert call not in report.text


@pytest.mark.parametrize("line", [
    "点燃发展引擎 关注民生福祉",  # a headline's verbs: no gesture on the screen
    "关注企业诉求，了解企业需求，园区全力做好服务。",
    "市民扫码关注“青禾发布”即可查询办理进度。",  # a sentence with its subject
])
def test_a_line_that_only_mentions_following_stays(tmp_path, line):
    (report,) = read_page(tmp_path, "青禾经开区政务服务再升级\n" + _LEAD + line + "\n")
    assert line in report.text


@pytest.mark.parametrize("page, title", [
    ("青禾经济圈产业集聚比较研究——兼论园区的定位\n王某某\n(青禾财经大学 经济学院, 青禾100081)\n"
     "摘要:本文构建了园区竞争力评价指标体系,对青禾省各开发区的发展情况进行了比较分析,发现集聚效应显著。\n",
     "青禾经济圈产业集聚比较研究——兼论园区的定位"),
    ("李某某,张某某\n(1.青禾工业大学经济与管理学院,青禾150001;2.青禾省人民政府,青禾150001)\n"
     "开发区发展的起点,是生产要素在区域内的集聚,使开发区成为区域经济的增长极,进一步强化了增长效益。\n",
     "开发区发展的起点,是生产要素在区域内的集聚"),
])
def test_a_papers_authors_units_are_no_title(tmp_path, page, title):
    (report,) = read_page(tmp_path, page)
    assert report.title == title, report.evidence["title"]


def test_a_headline_in_brackets_naming_a_college_stays(tmp_path):
    # must-not: a line in brackets that tells news of a college is no affiliation — it has its verb and no postcode
    page = ("（青禾职业学院与青禾经开区签约共建产业学院）\n"
            "5月8日，青禾职业学院与青禾经开区签订合作协议，共建智能制造产业学院，首批招收学员200人。\n")
    (report,) = read_page(tmp_path, page)
    assert "签约共建产业学院" in report.title, report.evidence["title"]


def test_a_journals_issue_row_is_no_title(tmp_path):
    page = ("县域兴 天下安\n2031-01-18 05:09\n中国园区经济 2031年9期\n关键词:强县工业园区产业园\n"
            "县域兴 天下安\n自古以来，县域经济就是国家经济的基本单元，青禾县依托工业园区做强县域经济，园区产值逐年增长。\n")
    (report,) = read_page(tmp_path, page)
    assert report.title == "县域兴 天下安", report.evidence["title"]


@pytest.mark.parametrize("line", ["青禾经开区工作动态 2031年第5期", "青禾经开区工作简报 2031年第5期"])
def test_a_units_briefing_keeps_its_name_and_issue(tmp_path, line):
    # must-not: a briefing's own name with its issue is its title
    page = (f"{line}\n青禾经开区管委会办公室编\n"
            "本期要目：一季度园区签约项目12个。\n一季度，园区新签约项目12个，协议总投资56亿元，同比增长18%，实现良好开局。\n")
    (report,) = read_page(tmp_path, page)
    assert report.title.replace(" ", "") == line.replace(" ", ""), report.evidence["title"]


def test_where_good_news_came_from_runs_on_to_the_news(tmp_path):
    page = ("记者张某某报道：近日，从省农业农村厅传来喜讯，青禾农产品加工园再度被授予“2031年度省级示范园区”称号，"
            "这是该园区第三次获此殊荣。\n园区负责人表示，将继续做强农产品加工产业。\n")
    (report,) = read_page(tmp_path, page)
    assert report.title == "近日，从省农业农村厅传来喜讯，青禾农产品加工园再度被授予“2031年度省级示范园区”称号", \
        report.evidence["title"]


def test_a_news_sites_notices_over_the_story_are_no_headline(tmp_path):
    page = ("為達最佳瀏覽效果，建議使用 Chrome、Firefox 或 Microsoft Edge 的瀏覽器。\n"
            "關閉此視窗 請至Edge官網下載 請至FireFox官網下載 請至Google官網下載\n晴時多雲\n限制級\n"
            "您即將進入之新聞內容 需滿18歲 方可瀏覽。\n"
            "根據「電腦網路內容分級處理辦法」修正條文第六條第三款規定，已於網站首頁或各該限制級網頁，依台灣網站分級推廣基金會規定作標示。\n"
            "青禾產業園區設立滿50年 邀民眾逛市集\n2031/09/03 21:26\n"
            "〔記者王某某／新北報導〕經濟部青禾產業園區今年設立滿50年，園區廠商9月26日籌辦幸福市集，邀民眾入園參觀。\n")
    (report,) = read_page(tmp_path, page)
    assert report.title == "青禾產業園區設立滿50年 邀民眾逛市集", report.evidence["title"]
    assert "瀏覽器" not in report.text and "限制級" not in report.text


def test_a_sentence_about_a_browser_or_the_weather_stays(tmp_path):
    # must-not: the text telling of a browser or a day's weather in a sentence of its own keeps it
    line = "园区政务平台升级后，企业使用常见浏览器即可在线办理全部业务，晴天雨天都不用跑腿。"
    (report,) = read_page(tmp_path, "青禾经开区政务平台升级上线\n" + line + "\n")
    assert line in report.text


def test_an_epapers_toolbar_row_is_not_joined_to_the_headline(tmp_path):
    page = ("第07版:区域 上一版3  4下一版\n标题导航\n上一版3  4下一版 2031年2月20日 星期 放大 缩小 默认\n"
            "青禾工业对经济增长贡献率达52%\n记者王某某\n"
            "本报讯 记者王某某从近日召开的青禾省工业和信息化会上获悉：青禾省确立了2031年工业发展目标，规模以上工业总产值突破2万亿元。\n")
    (report,) = read_page(tmp_path, page)
    assert report.title == "青禾工业对经济增长贡献率达52%", report.evidence["title"]
