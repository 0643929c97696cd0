"""Reading in session 36, each pattern with our own sentences: a paragraph's indent lost as question marks (two
full-width spaces written ?? by a conversion to a charset without them) is no part of the line it opens; a year a thing was finished in, told as the time after which the news happens,
is no year of the news; a wish or a view (希望, 认为) runs on to the clause it holds, as 表示 does."""
import pytest

from conftest import read_page


def test_an_indent_lost_as_question_marks_leaves_the_title_line_above_a_heading(tmp_path):
    # the heading under the title opens on the lost indent: the title line is still the page's title, and dates it
    page = ("青川县关于2023年上半年经济运行情况的汇报\n"
            "??一、经济运行情况\n"
            "(一)主要指标完成情况。全县实现地区生产总值56.2亿元、增长7.1%，增速居全市第3位。规上工业增加值增长9.4%。\n"
            "??二、下半年工作打算\n"
            "(一)抓好项目建设。力争全年新开工项目20个，确保完成固定资产投资40亿元。\n")
    (report,) = read_page(tmp_path, page)
    assert report.title == "青川县关于2023年上半年经济运行情况的汇报", report.evidence["title"]
    assert report.year == 2023, report.evidence["year"]
    assert report.doc_type == "工作汇报", report.evidence["doc_type"]


def test_a_lead_opening_on_the_lost_indent_is_read_from_its_first_character(tmp_path):
    (report,) = read_page(tmp_path, "????今年前三季度，青川经济开发区围绕年初确定的目标任务，攻坚克难、多措并举，"
                                    "完成工业总产值86亿元，同比增长9%。\n此后各方继续推进工作。\n")
    assert report.title.startswith("今年前三季度，青川经济开发区"), report.title
    assert "?" not in report.text


def test_a_question_mark_that_is_no_indent_stays(tmp_path):
    # must-not: a question mark after the line's first words, and one before Latin letters, are the text's
    (report,) = read_page(tmp_path, "青川园区招商工作为何提速?\n青川园区今年以来新签约项目12个，总投资58亿元，比去年同期多出一倍以上，"
                                    "招商工作明显提速。\n?ABC 公司落户青川\n")
    assert "为何提速?" in report.text
    assert "?ABC" in report.text


def test_a_year_a_thing_was_finished_in_told_as_after_it_is_no_news_year(tmp_path):
    # 某某2013年完成后，目前正…: a clause of time after which the news happens; the post's date row dates the item
    page = ("北灣科技園區推第3期開發 估創300億元產值\n\n2022/12/05 11:27:33\n\n"
            "為滿足企業用地需求，北灣科技園區開發案2013年完成後，目前正推動第3期開發計畫，預計開發80公頃，"
            "未來可望每年創造300億元產值。\n")
    (report,) = read_page(tmp_path, page)
    assert report.year == 2022, report.evidence["year"]
    assert "略过作为背景的「2013年」" in report.evidence["year"]


def test_a_year_of_the_follow_up_works_or_of_results_stays_the_news_year(tmp_path):
    # must-not: 完成後續 is the follow-up works (no "after"), and a year's results stay its own
    (report,) = read_page(tmp_path, "青川园区推进后续工程\n\n青川园区2021年完成後續工程建设，园区面积达到12平方公里。"
                                    "园区管委会正抓紧推进征地和规划工作。\n")
    assert report.year == 2021, report.evidence["year"]
    (report,) = read_page(tmp_path, "青川园区经济运行情况\n\n2023年，青川园区完成工业总产值86亿元，同比增长9%，"
                                    "完成固定资产投资40亿元。园区管委会正抓紧推进各项工作。\n")
    assert report.year == 2023, report.evidence["year"]


@pytest.mark.parametrize("lead, title", [
    # 希望 and 认为 take a clause as their object, as 表示 does: what is wished or held is the next clause
    ("青州州务大臣拿督王大明希望,能尽快与首相会晤,商讨在青州经济特区设立金融特区的事宜。",
     "青州州务大臣拿督王大明希望,能尽快与首相会晤"),
    ("青川县县长李明认为，青川经开区是全县经济发展的主引擎，要继续加大投入。",
     "青川县县长李明认为，青川经开区是全县经济发展的主引擎"),
    # must-not: 希望 inside a name (希望工程) is no verb of wishing
    ("园区希望工程捐款活动在青川经开区举行，共募集善款12万元。", "园区希望工程捐款活动在青川经开区举行"),
])
def test_a_wish_or_a_view_runs_on_to_what_is_wished_or_held(tmp_path, lead, title):
    (report,) = read_page(tmp_path, lead + "\n此后各方继续推进工作。\n")
    assert report.title == title, report.evidence["title"]


@pytest.mark.parametrize("place", ["莆田", "2022年"])
def test_a_headline_printed_again_with_its_place_or_year_before_it_is_read_whole(tmp_path, place):
    # the page's <title> gives the headline with the place (or the year) it is of, the page's own headline under it
    # leaves it out: the fuller line is the headline
    head = "一季度120个重点项目完成投资86.5亿元"
    page = (f"{place}{head}\n{head}\n本报讯 (记者 王大明) 记者从青川市发改委获悉，一季度，全市120个省、市重点项目"
            "累计完成投资86.5亿元，占年度投资计划的26.8%。\n据了解，一季度新增签约项目35个。\n")
    (report,) = read_page(tmp_path, page)
    assert report.title == place + head, report.evidence["title"]


@pytest.mark.parametrize("label", ["原标题:", "首页 "])
def test_a_headline_printed_again_after_a_sites_label_stays_bare(tmp_path, label):
    # must-not: a site's label before the headline (原标题:, 首页) is furniture, no part of it
    head = "一季度120个重点项目完成投资86.5亿元"
    page = (f"{label}{head}\n{head}\n本报讯 (记者 王大明) 记者从青川市发改委获悉，一季度，全市120个省、市重点项目"
            "累计完成投资86.5亿元，占年度投资计划的26.8%。\n据了解，一季度新增签约项目35个。\n")
    (report,) = read_page(tmp_path, page)
    assert report.title == head, report.evidence["title"]


@pytest.mark.parametrize("lead, title", [
    # whom a lead is according to stays before a vague day (近日, 日前), which dates nothing as a dateline does
    ("据青川招商网了解,近日,青川经济技术开发区举办新经济项目集中签约活动,共签约项目12个。",
     "据青川招商网了解,近日,青川经济技术开发区举办新经济项目集中签约活动"),
    ("據北灣市政府公眾信息網消息，日前，北灣化工園區被列為第二批全國循環經濟試點園區，成為全市唯一入選的園區。",
     "據北灣市政府公眾信息網消息，日前，北灣化工園區被列為第二批全國循環經濟試點園區"),
    # must-not: before a day named, the source is taken off as before; a purpose before a vague day is no source (the
    # purpose is kept as the lead's own words, session 42)
    ("据青川日报报道,10月27日,青川经济技术开发区举办新经济项目集中签约活动,共签约项目12个。",
     "10月27日,青川经济技术开发区举办新经济项目集中签约活动"),
    ("为推进项目建设,近日,青川经济技术开发区举办新经济项目集中签约活动,共签约项目12个。",
     "为推进项目建设,近日,青川经济技术开发区举办新经济项目集中签约活动"),
])
def test_whom_a_lead_is_according_to_stays_before_a_vague_day(tmp_path, lead, title):
    (report,) = read_page(tmp_path, lead + "\n此后各方继续推进工作。\n")
    assert report.title == title, report.evidence["title"]


def test_the_line_under_a_headline_printed_twice_is_its_subtitle(tmp_path):
    # the page's <title> and its heading print the headline twice; the line under the second, printed once, right over
    # the lead, is the subtitle (副题): the headline is the page's title
    page = ("青禾工业园标准厂房项目正式落成启用\n政务 2024-11-27 19:33\n\n"
            "青禾工业园标准厂房项目正式落成启用\n三家企业签约入驻\n\n"
            "11月26日下午，青禾工业园标准厂房项目正式落成启用。\n\n"
            "现场，园区业主单位青禾仓储有限公司分别与首批入驻园区的三家企业进行签约，县领导王明、李青见证签约。\n"
            "据了解，该项目占地70亩，总投资5000万元，建有通用厂房约2万平方米，将建成镇级工业园区的样板。\n")
    (report,) = read_page(tmp_path, page)
    assert report.title == "青禾工业园标准厂房项目正式落成启用", report.evidence["title"]


def test_a_headline_under_a_line_of_the_sites_printed_twice_stays_the_title(tmp_path):
    # must-not: what the page prints twice over the headline is its furniture (a print button's row, a masthead): the
    # line over the lead stays the title
    page = ("打印本文 关闭窗口\n\n打印本文 关闭窗口\n青禾工业园三家企业签约入驻\n\n"
            "11月26日下午，青禾工业园标准厂房项目正式落成启用。\n\n"
            "现场，园区业主单位青禾仓储有限公司分别与首批入驻园区的三家企业进行签约，县领导王明、李青见证签约。\n"
            "据了解，该项目占地70亩，总投资5000万元，建有通用厂房约2万平方米，将建成镇级工业园区的样板。\n")
    (report,) = read_page(tmp_path, page)
    assert report.title == "青禾工业园三家企业签约入驻", report.evidence["title"]


def test_a_sites_name_after_a_dash_that_its_source_row_names_is_no_title(tmp_path):
    # the page's <title> puts the site's name after a dash; the page's source row names the site: no words of the title
    page = ("欢迎来到青川迅达搬家运输有限公司官网!\n青川国际物流园4家企业开工-迅达搬场\n\n"
            "来源:青川迅达搬场运输有限公司 时间:2015-11-15 查看次数:\n\n"
            "4月8日，总投资近70亿元的青川国际物流园4个项目在青川区联合开工，着力打造千亿物流园区。市长王明宣布项目开工。\n"
            "青川国际物流园占地总面积21.6平方公里，总投资134.07亿元。\n")
    (report,) = read_page(tmp_path, page)
    assert report.title == "青川国际物流园4家企业开工", report.evidence["title"]


def test_a_headlines_own_words_after_a_dash_stay(tmp_path):
    # must-not: words after a dash that no source row names are the headline's (its second phrase, a place)
    page = ("青川国际物流园4家企业开工-打造千亿物流园区\n"
            "来源:青川日报 时间:2015-11-15\n"
            "4月8日，总投资近70亿元的青川国际物流园4个项目在青川区联合开工，着力打造千亿物流园区。市长王明宣布项目开工。\n"
            "青川国际物流园占地总面积21.6平方公里，总投资134.07亿元。\n")
    (report,) = read_page(tmp_path, page)
    assert report.title == "青川国际物流园4家企业开工-打造千亿物流园区", report.evidence["title"]
