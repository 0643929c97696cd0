"""Site furniture and a letter's form read in session 28 (reading version 109). Own pages, own names."""
from conftest import read_page


def test_a_law_databases_fields_are_the_sites_and_a_reply_letter_is_no_news(tmp_path):
    # (a law site prints each document under its fields, label and value glued: 发文机关…, 发文日期…, 时效性…; the letter
    # then opens on its addressee and 你署…收悉 — addressed to its reader, a reply, never news)
    page = ("发文机关省人民政府办公厅\n发文日期2019年04月12日\n时效性现行有效\n发文字号某政办函〔2019〕18号\n"
            "施行日期2019年04月12日\n效力级别地方规范性文件\n省商务厅：\n"
            "你厅《关于设立青川综合保税区的请示》（某商发〔2019〕52号）收悉。经省人民政府同意，现函复如下：\n"
            "一、同意在青川经济开发区内设立青川综合保税区，规划面积1.2平方公里。\n"
            "二、请你厅会同有关部门抓紧做好综合保税区的规划建设工作，按程序报批后方可开展业务。\n")
    (report,) = read_page(tmp_path, page)
    assert report.title.startswith("你厅《关于设立青川综合保税区的请示》"), report.evidence["title"]
    assert report.doc_type != "简报", report.evidence["doc_type"]
    for row in ("发文日期", "时效性", "施行日期", "效力级别", "发文字号"):
        assert row not in report.text


def test_a_statement_on_the_copy_glued_after_the_last_sentence_is_the_sites(tmp_path):
    page = ("青川经开区新材料产业园开工\n"
            "11月20日，青川经开区新材料产业园首批项目集中开工，总投资18亿元。开工仪式结束后，与会人员实地察看了项目建设情况。"
            " 免责声明：凡本公众号注明“来源：某某”的作品，均转载自其他媒体，版权归原作者所有，如有侵权请联系删除。\n")
    (report,) = read_page(tmp_path, page)
    assert "免责声明" not in report.text and "侵权" not in report.text
    assert report.text.rstrip().endswith("实地察看了项目建设情况。")


def test_a_link_to_another_article_under_the_sites_label_is_the_sites(tmp_path):
    page = ("青川經開區組團赴外招商\n"
            "更多新聞：某某名人嫁女 財經界冠蓋雲集\n"
            "青川經開區日前組團赴外地招商，拜訪企業12家，洽談項目8個，園區主任表示將持續優化投資環境。\n"
            "延伸閱讀：高速公路服務區便當搶翻\n")
    (report,) = read_page(tmp_path, page)
    assert "更多新聞" not in report.text and "嫁女" not in report.text and "便當" not in report.text
    assert "洽談項目8個" in report.text


def test_a_sentence_that_says_more_news_follows_stays(tmp_path):
    # (a report's own sentence with 更多 is no label row: it has its sentence's end)
    (report,) = read_page(tmp_path, "青川經開區組團赴外招商\n青川經開區日前組團赴外地招商，拜訪企業12家。\n"
                                    "更多新聞：園區將於下月舉辦投資說明會，歡迎企業報名參加。\n")
    assert "投資說明會" in report.text
