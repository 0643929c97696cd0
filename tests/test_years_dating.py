"""The year a report is about, read as Chinese official documents date themselves (issue #12):
the report's own inquiry dated by 于, a history's starting year that is not the report's,
anniversaries counted from dates every reader knows, the signing date (成文日期) at a report's end
(〇/○/O/0 variants), a publisher's date row written day first, an article dated by its page,
and a document site's upload row that dates no speech. Sentences are our own."""
import pytest

from indexer.reading.clean import page_credits
from indexer.reading.describe import choose_year

FILLER = "园区坚持项目为王，持续优化营商环境，推动产业链延链补链强链，各项工作取得新进展。" * 6


@pytest.mark.parametrize("title, body, year", [
    # the report's own inquiry, dated by 于: its year
    ("关于某某开发区企业用工情况的调研报告", "县人社局调研组于2019年4月中旬赴某某开发区开展专题调研，走访企业12家。", 2019),
    ("调研报告", "区商务局委派专人于2014年*月*日至*日在某某园区进行了为期五天的蹲点调研。", 2014),
    ("某某园区发展情况的调研报告", "园区始建于2008年。市政协经济委于2022年9月组织委员到园区视察调研。", 2022),
    # … but a founding dated by 于 is still the background
    ("某某园区情况介绍", "某某园区成立于2011年6月，规划面积12平方公里，现有企业86家。", None),
    ("某某园区情况介绍", "项目于2016年5月开工建设，调研组多次到现场督查进度。", None),
])
def test_an_inquiry_dated_by_yu_is_the_reports_year(title, body, year):
    assert choose_year(title, body)[0] == year


def test_a_historys_starting_year_is_not_a_speechs_year():
    body = ("同志们：\n1992年，邓小平同志南方谈话发表后，全国掀起新一轮改革开放热潮，某某开发区应运而生。"
            "经过三十年的艰苦创业，开发区已成为全市经济发展的主阵地。")
    year, why = choose_year("市委书记在某某开发区建区大会上的讲话", body)
    assert year is None and "1992年" in why and "背景" in why
    # (a report's own year with a founding in the same opening stays the report's)
    assert choose_year("工作总结", "2023年，园区新设立企业35家，实现产值120亿元。园区成立于2003年，经过20年的发展…")[0] == 2023


@pytest.mark.parametrize("title, body, year", [
    ("7月1日上午，某某高新区党工委召开庆祝建党100周年大会", "园区机关全体党员参加。", 2021),
    ("某某开发区举行庆祝新中国成立70周年文艺汇演", "汇演在园区广场举行。", 2019),
    ("某某开发区召开座谈会", "纪念改革开放40周年，回顾园区发展历程。", 2018),
])
def test_an_anniversary_counted_from_a_known_date(title, body, year):
    got, why = choose_year(title, body)
    assert got == year and "周年" in why


@pytest.mark.parametrize("signature, year", [
    ("某某工业园区管理委员会\n二〇二三年十二月二十日", 2023),
    ("某某工业园区管理委员会\n二○二二年七月八日", 2022),
    ("某某工业园区管理委员会\n二O二一年一月五日", 2021),
    ("某某工业园区管理委员会\n二0二0年六月三十日", 2020),
    ("某某工业园区管理委员会 2019年12月30日", 2019),
])
def test_the_signing_date_at_the_end_dates_a_report_without_a_year(signature, year):
    got, why = choose_year("某某工业园区管理委员会工作总结", "一年来，园区紧紧围绕招商引资。\n" + FILLER + "\n" + signature)
    assert got == year and "成文日期" in why


def test_a_date_inside_the_last_sentence_is_no_signature():
    body = "一年来，园区紧紧围绕招商引资。\n" + FILLER + "\n力争在2025年12月31日前全面建成投产。"
    assert choose_year("某某工业园区工作总结", body)[0] is None


@pytest.mark.parametrize("row, year", [
    ("发布时间：12.09.2017   来源：某某综合保税区管委会", 2017),
    ("发布日期：05/03/2021", 2021),
    ("12.09.2017", 2017),
    ("2017-09-12", 2017),
    ("时间:2015/2/25 1:20:35 点击:", 2015),
])
def test_a_date_row_in_any_order_dates_the_page(row, year):
    assert page_credits(f"某某开发区举办招商推介会\n{row}\n今年以来，园区开展精准招商。").published == year


def test_a_version_number_is_no_date():
    assert page_credits("某某开发区软件发布\n版本 1.12.2017\n正文。").published is None


def test_an_article_is_dated_by_its_page_but_a_speech_by_no_upload_row(tmp_path):
    from indexer.reading import pipeline
    article = tmp_path / "a.txt"
    article.write_text("产业园区如何走好绿色低碳发展之路\n发布时间：2019-03-05　浏览次数：1024\n"
                       "产业园区是工业排放的主要集中地，推进园区循环化改造是低碳转型的重要抓手。\n", encoding="utf-8")
    speech = tmp_path / "s.txt"
    speech.write_text("在某某经济开发区项目集中开工仪式上的致辞\n2024-05-06 发布　18.75KB　6页\n"
                      "尊敬的各位领导、各位来宾，同志们：\n今天，我们在这里举行项目集中开工仪式。\n", encoding="utf-8")
    a = pipeline.read_file(article, tmp_path, {}).reports[0]
    s = pipeline.read_file(speech, tmp_path, {}).reports[0]
    assert (a.doc_type, a.year) == ("其他", 2019) and "发布日期" in a.evidence["year"]
    assert (s.doc_type, s.year) == ("讲话", None)


@pytest.mark.parametrize("title, body, year", [
    # a plan's horizon (…和二〇三五年远景目标纲要) is the year it aims at; the text is dated by its own date
    ("关于印发青岚经开区第十四个五年规划和二〇三五年远景目标纲要的通知",
     "各部门：\n《纲要》已经管委会审议通过，现印发给你们，请认真贯彻执行。\n2021年9月28日", 2021),
    ("白溪高新区2035年愿景规划", "本规划立足园区现状，提出发展定位与空间布局。", None),
    # (a year that is the report's own stays so: 2035 is no horizon here)
    ("某某园区2035年工作计划", "2035年，园区将继续推进项目建设。", 2035),
])
def test_a_plans_horizon_is_not_the_texts_year(title, body, year):
    # found at the end of session 9 on a blind page, where the horizon year of a five-year plan's title was taken
    assert choose_year(title, body)[0] == year
