"""Doc types decided in session 42 on the 521 labelled study pages, the boundary of 简报 and 其他. Own pages.

- A periodical's paper is an article (其他), however its text opens: the site's label over the part it shows
  (论文部分内容阅读, which the cleaning drops as furniture and the page's credits keep) or the issue row a periodical's
  page prints, its name with the year and the issue's number and no 第 (中国食品工业 2017年9期). On the study pages:
  7 pages of 4 hosts, all labelled 其他; the reader typed 4 of them 简报.
- The third-person account (简报) is told in sentences: a list of awards, a budget's table of contents or a site's
  menu of links around one sentence is none (3 labelled pages of 3 hosts, all 其他)."""
import pytest

from conftest import read_page

_PAPER = ("2010年，青川经济开发区实现工业总产值48.6亿元，同比增长21.5%；"
          "完成固定资产投资16.2亿元，同比增长18.9%。园区已形成以机械加工和新型建材为主的产业格局。\n"
          "园区的发展也面临土地、人才和融资方面的约束，需要在产业定位上作出调整。\n")


def test_a_periodical_sites_paper_label_makes_an_article(tmp_path):
    (report,) = read_page(tmp_path, "论文部分内容阅读\n" + _PAPER)
    assert report.doc_type == "其他", report.evidence["doc_type"]
    assert "论文部分内容阅读" in report.evidence["doc_type"]


def test_the_same_text_without_the_label_is_read_as_before(tmp_path):
    # (the guard: the label alone decides; the text itself reads as an information item on a period's figures)
    (report,) = read_page(tmp_path, _PAPER)
    assert report.doc_type == "简报", report.evidence["doc_type"]


@pytest.mark.parametrize("row", ["西江经济 2016年7期", "中国园区经济2019年11期"])
def test_an_issue_row_without_di_makes_an_article(tmp_path, row):
    page = ("园区与县域\n2019-03-02 08:15\n" + row + "\n"
            "县域是国家治理的基本单元。近年来，各地依托工业园区集聚产业，县域经济的格局随之改变。"
            "本文以两个食品产业园为例，讨论园区如何带动县域发展。\n"
            "食品产业与农业联系紧密，园区化发展能够延长产业链条、增加农民收入。\n")
    (report,) = read_page(tmp_path, page)
    assert report.doc_type == "其他", report.evidence["doc_type"]


def test_a_courses_batch_is_no_issue_row(tmp_path):
    # (the guard: 第 before the number is a batch or a round, 2021年第3期, and a tail after it is no issue row)
    page = ("2021年3月18日，东岭高新区举办企业安全管理培训班。\n安全管理 2021年第3期培训班\n"
            "培训邀请市应急管理局专家授课，园区42家企业的安全负责人参加。培训围绕危险化学品管理和消防安全展开。\n")
    (report,) = read_page(tmp_path, page)
    assert "期刊" not in report.evidence["doc_type"]


@pytest.mark.parametrize("page", [
    # a list of a city's rankings, numbered, with no sentence
    "1.荣获2019年省级园区招商引资先进奖2.工业产值全省第2 工业总产值约2800亿元3.工业区数量全省第1 "
    "共有27个工业区、产业链完整4.公司登记家数增长率4.12% 全省第1 5.商业登记家数增长率3.87% 全省第3\n",
    # a budget's table of contents
    "南湖科技园区管理局 单位预算 目次 2024年度 壹、预算总说明------1-6 贰、主要表 一、岁入来源别预算表------7-9 "
    "二、岁出机关别预算表------10-13 参、附属表 一、岁入项目说明提要表------15 二、岁出计划提要及分支计划概况表------16-30\n",
    # a site's menu of links and dated notices around one sentence on the park
    "入区须知 2025-03-01 【东川产业园区】入区须知 更多资讯 最新消息 2025-06-11 转知-园区道路养护作业时间调整... "
    "2025-06-02 转知-修正园区企业用水申请作业要点... 更多资讯 最新活动 目前无资料 更多资讯 "
    "东川县位于两港之间，劳力充沛，工业发展日益蓬勃，为适应工业发展的需要，县政府配合土地征收开发本产业园区。\n",
])
def test_a_text_with_fewer_than_two_sentences_is_no_account(tmp_path, page):
    (report,) = read_page(tmp_path, page)
    assert report.doc_type == "其他", report.evidence["doc_type"]


def test_a_two_sentence_item_stays_news(tmp_path):
    # (the guard: a short item told in two sentences is still an account by others)
    page = ("北岸加工出口区昨日举行成立五十周年庆祝活动，区内厂商代表和地方官员约三百人出席。"
            "管理处表示，五十年来区内累计吸引投资逾四百亿元，创造就业机会六万余个，今后将继续推动产业升级。\n")
    (report,) = read_page(tmp_path, page)
    assert report.doc_type == "简报", report.evidence["doc_type"]


@pytest.mark.parametrize("page", [
    # a source speaking to the reporter, in a text opening on what the city is to do (将着力…)
    "纸业是临江市的支柱产业，为做大做强纸业，临江市在“十四五”时期将着力推动产业转型升级。\n"
    "临江纸业产业园是全市纸业转型的重要基地，2021年园区实现产值126.4亿元，入库税金3.2亿元。\n"
    "产业园管委会副主任赵明告诉记者，今年园区将新扩园区1500亩，为企业降低生产运营成本。\n",
    # a correspondent posted abroad, under a headline naming the park as the object of what was agreed
    "北宁省与韩国三星集团合作扩建3号安平工业园区\n"
    "越南通讯社驻首尔记者报道，在越南政府总理对韩国进行正式访问期间，11月18日，北宁省人民委员会主席和三星集团代表签署了合作扩建3号安平工业园区的备忘录。"
    "3号安平工业园区位于北宁省东部，距河内约40公里，目前已吸引外资项目86个。\n",
    # what was learnt of a meeting on a recent day, then the year's targets (力争…)
    "日前从南溪产业园区2013年工作会议获悉，2012年，南溪产业园区实现工业增加值6.2亿元，完成固定资产投资9.8亿元。"
    "今年，园区力争实现工业增加值7.5亿元。\n园区成立以来，有序推进基础设施建设，招商引资取得一定进展。\n",
])
def test_a_reporter_told_or_posted_makes_news(tmp_path, page):
    (report,) = read_page(tmp_path, page)
    assert report.doc_type == "简报", report.evidence["doc_type"]
    assert "记者" in report.evidence["doc_type"] or "获悉" in report.evidence["doc_type"]


def test_a_reporters_association_is_no_reporter(tmp_path):
    # (the guard: 向记者协会 names a body, no one told a reporter anything)
    page = ("为推动企业宣传工作，我们向记者协会推荐了园区优秀企业12家，组织企业参加宣传培训3次。"
            "下一步，我们将继续做好园区企业服务工作，提升园区对外形象。\n")
    (report,) = read_page(tmp_path, page)
    assert "记者" not in report.evidence["doc_type"]


def test_inspect_tells_a_list_is_no_account(tmp_path):
    page = ("园区荣誉\n1.荣获2019年省级园区招商引资先进奖 2.工业总产值全省第2 约2800亿元 3.工业区数量全省第1 共有27个工业区 "
            "4.公司登记家数增长率4.12% 全省第1 5.商业登记家数增长率3.87% 全省第3 6.外资企业家数全省第2 共计412家 "
            "7.专利授权数全省第3 8.园区绿化覆盖率全省第1 达到42.6% 9.研发投入强度全省第2\n")
    (report,) = read_page(tmp_path, page)
    assert report.doc_type == "其他"
    assert "不成句" in report.evidence["doc_type"]
