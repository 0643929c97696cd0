"""Furniture read in session 31: a site's menu row whose cells include a name with a figure (3C, 5G) is no half of a
sentence for the layout's line-joining to run into the headline. Own pages."""
import pytest

from conftest import read_page


def test_a_menu_row_with_a_figure_in_a_cell_is_not_joined_to_the_headline(tmp_path):
    # (normalising glues 数码 3C into 数码3C: a cell with a figure; the row is still five short words side by side)
    page = ("东岸日报\n"
            "首頁 即時 政治 社會 生活 國際\n"
            "理財 房產 汽車 數碼 3C 美食 旅遊 專題 服務\n"
            "新聞檢索\n"
            "產經 > 園區動態\n"
            "南灣科技園區第三季營收1.2兆 年增18%\n"
            "2025/10/21 10:02\n"
            "〔記者林某某／南灣報導〕南灣科技園區管理局今（21）日公布第三季營收，受惠半導體需求強勁，園區營業額達1.2兆元，較去年同期成長18%。\n"
            "管理局指出，園區目前有廠商512家，從業人員18萬人。\n")
    (report,) = read_page(tmp_path, page)
    assert report.title == "南灣科技園區第三季營收1.2兆 年增18%", report.evidence["title"]
    assert "美食" not in report.text and "園區動態南灣" not in report.text


def test_a_headline_with_spaced_phrases_and_figures_is_still_joined_when_broken(tmp_path):
    # (must-not: a long line of prose broken by the layout is joined, figures and all; the menu test wants 5 short cells)
    page = ("北河工业园区2024年工作总结\n"
            "2024年，北河工业园区完成规模以上工业总产值128.6亿元，同比增长9.2%，完成固定资产投资\n"
            "45.3亿元，同比增长12%。\n")
    (report,) = read_page(tmp_path, page)
    assert "完成固定资产投资45.3亿元" in report.text


@pytest.mark.parametrize("last, credit", [
    ("此外，管理局已與兩家外資企業簽署諒解備忘錄，吸引新投資進駐園區。(資料來源:某某部貿易署)", "資料來源"),
    ("“十三五”末，入驻开发区的工业企业达到86户，比“十二五”末增加31户。 来源:青川经济开发区 |", "来源:青川"),
])
def test_a_source_credit_closing_the_last_sentence_is_the_sites(tmp_path, last, credit):
    page = "青川经济开发区发展综述\n青川经济开发区位于青川县城东部，规划面积12平方公里。\n" + last + "\n"
    (report,) = read_page(tmp_path, page)
    assert credit not in report.text
    assert last.split("(")[0].split(" 来源")[0].strip() in report.text


def test_a_source_named_inside_a_sentence_stays(tmp_path):
    # must-not: 来源 in the text's own words (资金来源：…，…) is no credit: the sentence goes on after it
    page = ("青川经济开发区2023年工作总结\n一、资金保障\n园区基础设施建设资金来源：一是争取专项债券3.2亿元，二是银行贷款1.5亿元。\n")
    (report,) = read_page(tmp_path, page)
    assert "资金来源：一是争取专项债券3.2亿元" in report.text


def test_a_posts_date_with_the_half_of_the_day_and_its_column_is_the_sites_row(tmp_path):
    page = ("南灣園區營收創新高\n某某網記者王小明台北特稿\n2016/8/17 下午 07:33:12 / 產業經濟\n"
            "南灣科技園區管理局今日公布上半年營業額為新台幣1兆780億元，較去年同期成長4.89%。\n管理局表示，下半年可望持續成長。\n")
    (report,) = read_page(tmp_path, page)
    assert report.title == "南灣園區營收創新高", report.evidence["title"]
    assert "07:33:12" not in report.text and "產業經濟" not in report.text
    assert report.year == 2016, report.evidence["year"]


def test_a_short_official_notice_title_is_whole_and_its_portal_rows_go(tmp_path):
    # (关于印发…的通知 under 60 characters: no half of a sentence to run into the unit, the disclosure mode and the read-aloud
    # button under it; those two rows are the portal's)
    page = ("33070000MB1234567X/2024-00012\n关于印发《青川经济开发区安全生产专项整治方案(2024年修订)》的通知\n"
            "青川市应急管理局青川经济开发区分局\n2024-03-01\n主动公开\n\n朗读\n"
            "各乡镇人民政府、街道办事处，管委会各有关单位：\n"
            "《青川经济开发区安全生产专项整治方案(2024年修订)》已经管委会同意，现印发给你们，请认真贯彻执行。\n"
            "青川经济开发区管理委员会办公室\n2024年2月28日\n")
    (report,) = read_page(tmp_path, page)
    assert report.title == "关于印发《青川经济开发区安全生产专项整治方案(2024年修订)》的通知", report.evidence["title"]
    assert "主动公开" not in report.text and "朗读" not in report.text


def test_a_sentence_saying_a_document_is_disclosed_stays(tmp_path):
    # must-not: 主动公开 inside a sentence of the text is the text's
    page = ("青川经济开发区2023年政务公开工作总结\n2023年，开发区主动公开政府信息326条，办理依申请公开12件。\n")
    (report,) = read_page(tmp_path, page)
    assert "主动公开政府信息326条" in report.text


def test_a_social_pages_card_with_its_counters_is_the_pages(tmp_path):
    page = ("專頁\n悠遊南灣, 南灣市。 3,120 個讚 · 18 人正在談論這個 · 5 個打卡次。悠遊南灣是南灣科學園區管理局所設立的互動管道。"
            " 住址:南灣市科園路1號\n貼文\n南灣園區112年營業額創歷史新高\n"
            "管理局於今(27)日公布112年營運成效，營業額達5,120億元，較去年成長6.2%，員工人數達8.6萬人。\n")
    (report,) = read_page(tmp_path, page)
    assert report.title == "南灣園區112年營業額創歷史新高", report.evidence["title"]
    assert "個讚" not in report.text


def test_a_sentence_counting_likes_once_stays(tmp_path):
    # must-not: a text that counts its campaign's likes once is the text's
    page = ("南灣園區推廣活動成果\n本次線上推廣活動共吸引3,120個讚，觸及人數達12萬人次，園區知名度明顯提升。\n")
    (report,) = read_page(tmp_path, page)
    assert "共吸引3,120個讚" in report.text


@pytest.mark.parametrize("row", ["分享工具 facebook", "未能播放Youtube视频", "詳細資料連接:", "[2016.02.25] 發表", "wang-ming",
                                 "【更多精采內容請上《南灣房屋網》官網www.example.com.tw;《南灣房屋網》官方粉絲團。未經授權,請勿轉載】"])
def test_a_sites_rows_around_a_news_item_are_not_searchable(tmp_path, row):
    page = ("南灣創科園首三座大樓落成\n\n" + row + "\n"
            "創科局表示，位於南灣的創新及科技園第一批次發展首三座大樓已落成，兩座濕實驗室大樓出租率近80%。\n" + row + "\n")
    (report,) = read_page(tmp_path, page)
    assert row.strip() not in report.text


def test_a_picture_label_glued_before_the_leads_credit_goes(tmp_path):
    page = ("南灣產業園區開發案啟動\n新聞圖片〔南灣報/記者林某某/南灣報導〕內政部及南灣市政府(2)日共同宣布產業園區開發案啟動，"
            "預計引進廠商60家。\n")
    (report,) = read_page(tmp_path, page)
    assert "新聞圖片" not in report.text
    # (the credit it was glued to is read as news, then lifted out of the searchable text — session 41, reading/credits.py —
    # so the lead's own words open the line)
    assert "\n內政部及南灣市政府" in report.text and "〔南灣報/記者林某某/南灣報導〕" in report.evidence["credits"]


@pytest.mark.parametrize("text", ["园区主动对接企业，在facebook和line等平台开展线上招商，新增咨询企业86家。",
                                  "项目负责人为wang-ming团队，已完成厂房主体施工。"])
def test_such_words_inside_a_sentence_stay(tmp_path, text):
    # must-not: a platform's name or a hyphenated name inside a sentence of the text is the text's
    (report,) = read_page(tmp_path, "南湾工业园区2024年工作总结\n" + text + "\n")
    assert text in report.text


def test_the_text_size_buttons_left_with_their_label_are_the_sites(tmp_path):
    page = ("青川区2025年政府工作报告\n来源:青川区人民政府办公室发布日期:2025-03-11\n【浏览字号 : -\n\n"
            "各位代表：现在，我代表区人民政府，向大会报告工作，请予审议。\n")
    (report,) = read_page(tmp_path, page)
    assert "浏览字号" not in report.text


@pytest.mark.parametrize("row", ["分享到微信", "打印文章   发送给我好友", "發佈留言",
                                 "回覆者:阿明 發表數:68 IP:220.140.105.* 2008-05-29 23:46:50",
                                 "這個網站採用 Akismet 服務減少垃圾留言。進一步了解 Akismet 如何處理網站訪客的留言資料"])
def test_a_blogs_and_a_forums_rows_after_the_text_are_not_searchable(tmp_path, row):
    # (from the blind sets of session 31, studied after their one read: a share button to a Chinese platform, a send-to-
    # friend button, a comment form's label and its spam filter's note, a forum reply's row of who and how many posts)
    page = ("南湾科技园招商动态\n南湾科技园一期标准厂房已全部完成主体工程建设，目前已有12家企业签约入驻，总投资18.6亿元。\n"
            + row + "\n园区二期工程预计明年开工。\n" + row + "\n")
    (report,) = read_page(tmp_path, page)
    assert row not in report.text


def test_a_bracketed_writers_credit_closing_the_last_paragraph_goes(tmp_path):
    page = ("南湾科技园招商动态\n南湾科技园一期标准厂房已全部完成主体工程建设，目前已有12家企业签约入驻，总投资18.6亿元。(撰稿:王小明)\n")
    (report,) = read_page(tmp_path, page)
    assert "撰稿" not in report.text and "总投资18.6亿元。" in report.text
