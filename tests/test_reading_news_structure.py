"""Reading rules of session 6 (second round) for news items and short briefings, from how such a text is
built rather than from the words it uses (our own sentences, each showing one pattern seen on real pages):
a lead that dates its event by the day or as 近日/日前, a byline in brackets ending the last paragraph, a
reading-time counter, a title row naming a headline of two phrases, a document number cited in brackets,
and a headline deck whose first line ends in a noun. Each case failed before its rule."""
import pytest

from indexer.reading.clean import clean_text
from indexer.reading.describe import choose_doc_type, choose_year


def read_page(tmp_path, text, name="page.txt"):
    from indexer.reading.pipeline import read_file

    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return read_file(path, tmp_path).reports


@pytest.mark.parametrize("body", [
    "8月14日，位于园区内的某某科技有限公司正在进行厂房吊装。该公司总投资1.2亿元。",
    "8月14日下午，园区二期道路铺设沥青，工人们顶着高温作业。",
    "近日，在园区三楼会议室，园区党工委组织班子成员传达学习了全市经济工作会议精神。",
    "为做好项目前期工作，3月18日，园区组织相关部门对拟落地项目逐一梳理。",
    "根据省里的统一部署，近日，省商务厅对排名靠后的三个开发区进行了约谈。",
    "近日召开的全省开发区工作会议上，某某经济开发区被正式认定为省级开发区。",
    "“今年我们要把服务送到车间里。”3月2日上午，园区企业服务中心负责人在全体干部会上发言时说。",  # a quote first
])
def test_a_lead_that_dates_its_event_by_the_day_is_news(body):
    assert choose_doc_type("园区新厂房加快建设", None, body + "\n目前园区已有10个项目落地。\n")[0] == "简报"


@pytest.mark.parametrize("body, kind", [
    ("今年以来，园区坚持项目为王，完成工业总产值50亿元。\n", "其他"),  # a period, as a summary dates itself
    ("2023年，园区完成工业总产值50亿元，同比增长9%。\n", "其他"),
    ("近期，园区将重点抓好以下工作：一是加快标准厂房建设。\n", "其他"),  # 近期 is also what is to come
    ("8月14日，园区接到群众反映后立即组织核查，现将有关情况汇报如下。\n", "工作汇报"),  # the text says what it is
])
def test_a_period_or_a_stated_genre_is_not_made_news_by_the_rule(body, kind):
    assert choose_doc_type("园区有关工作情况", None, body)[0] == kind


@pytest.mark.parametrize("end, news", [
    ("园区安排专人跟踪服务，协调解决用电、用工等问题。（李晓东）", True),
    ("园区呈现出发展势头强劲的良好态势。(周文艺)\n相关阅读", True),
    ("为园区的发展作出新的更大的贡献。（市政协信宣科）", True),
    ("工委领导参加了学习会。\n（撰稿：宋海）", True),
    ("二期部分主体建筑顺利封顶。 (融媒记者 王勇 摄)", True),  # a photographer's credit
    ("让我们携手并进，共创园区美好明天！（掌声）", False),
    ("本办法自印发之日起施行。（试行）", False),
    ("园区管委会\n（二〇二三年十二月）", False),  # a date, not a writer
])
def test_a_byline_in_brackets_ending_the_last_paragraph_marks_news(end, news):
    body = "园区新上的两条生产线已完成安装，目前正在进行联调联试。\n" + end + "\n"
    assert (choose_doc_type("两条生产线完成安装", None, body)[0] == "简报") is news


@pytest.mark.parametrize("line", ["本篇文章553字，读完约1分钟", "本文共1200字，阅读约需3分钟", "阅读本文约需3分钟"])
def test_a_reading_time_counter_is_furniture(line):
    assert line not in clean_text(line + "\n园区新上两条生产线，目前正在调试。\n")


def test_a_title_row_naming_a_headline_of_two_phrases_titles_a_page_without_one(tmp_path):
    page = ("本篇文章286字，读完约1分钟\n近日，省商务厅通报了全省开发区的年度考核结果。\n"
            "标题：扩区提速 服务提效\n地址：http://www.example.com/kfq/8812.html\n")
    (r,) = read_page(tmp_path, page)
    assert r.title == "扩区提速 服务提效", r.evidence


def test_a_document_number_cited_in_brackets_is_not_the_reports_year():
    body = "园区前身为某某工业集中区，经省人民政府批复（某政〔2012〕35号）设立。2023年，园区完成规上工业总产值86亿元。"
    assert choose_year("某某园区发展情况介绍", body)[0] == 2023
    # its own number, on a line of its own, still dates it
    assert choose_year("关于印发某某方案的通知", "某管发〔2021〕7号\n各部门：现将方案印发给你们。")[0] == 2021


def test_a_headline_deck_ending_in_a_noun_is_not_joined_to_the_headline_below(tmp_path):
    page = "比一比 找准园区发展方向\n全市园区建设观摩会举行\n本报讯（记者 王立）昨日，全市园区建设观摩会举行。\n"
    (r,) = read_page(tmp_path, page)
    assert r.title == "全市园区建设观摩会举行", r.evidence
    # a line that stops on a function word is still continued by the next
    assert "推动发展的重要抓手" in clean_text("园区坚持把招商引资作为推动发展的\n重要抓手，今年引进项目20个，总投资超过100亿元。\n")


def test_a_release_time_row_dates_a_news_page(tmp_path):
    page = ("青禾产业园二期厂房主体封顶\n发稿时间:2021-06-08 09:30   来源: 青禾日报\n"
            "6月7日是节后第一个工作日，在青禾产业园二期项目建设现场，施工人员正在进行屋面防水施工。 (融媒记者 陈明 摄)\n")
    (r,) = read_page(tmp_path, page)
    assert (r.doc_type, r.year) == ("简报", 2021), r.evidence
