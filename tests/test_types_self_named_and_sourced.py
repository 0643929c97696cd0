"""Two ways a text without a genre word in its title says what it is (session 10's end check of its blind set).

- A text that names itself a report (本报告将围绕调研目的…) is a 工作报告; one that names itself a study's report
  (本调研报告) is a 工作汇报, as a 调研报告 is (docs/labelling.md, session 29).
- A news lead that closes by saying where the reporter learnt it (这是…记者从…会议上获悉的) is news: only a
  reporter writes so.
The sentences are our own."""
import pytest

from indexer.reading.describe import choose_doc_type


@pytest.mark.parametrize("body, doc_type", [
    ("一、引言\n为摸清全县园区企业用工情况，县人社局组织了专题调研。本报告将围绕调研目的、方法和结果展开。\n二、基本情况", "工作报告"),
    ("为推动园区转型，区发改局开展了调研，本调研报告分析了存在的问题并提出建议。", "工作汇报"),
])
def test_a_text_naming_itself_a_report(body, doc_type):
    assert choose_doc_type(body[:20], None, body, from_lead=True)[0] == doc_type


def test_a_lead_closing_with_where_the_reporter_learnt_it_is_news():
    body = ("今年，青禾工业园区将着力扩规提质，重点实施产业提升等五大工程。这是2月20日记者从青禾工业园区"
            "2023年总结表彰大会暨2024年经济工作会议上获悉的。\n去年，园区完成规模工业产值160亿元。")
    doc_type, why = choose_doc_type(body[:20], None, body, from_lead=True)
    assert doc_type == "简报" and "消息来源" in why


@pytest.mark.parametrize("body", [
    # a summary that quotes what a meeting said is no news; a report that mentions another's report is not itself one
    "今年以来，我们认真落实会议精神。根据上级印发的报告，我区各项工作稳步推进，取得明显成效。",
])
def test_the_words_alone_elsewhere_decide_nothing(body):
    assert choose_doc_type(body[:20], None, body, from_lead=True)[0] not in ("简报",)


def test_a_year_reviewed_with_its_results_in_the_next_paragraph_is_a_summary():
    # the opening paragraph sets the year and the scene; the figures follow under the first heading
    body = ("2023年，面对复杂多变的经济环境，青禾高新区按照市委、市政府的总体要求，全面推进重点项目，经济保持平稳运行。\n"
            "一、经济运行总体平稳。全年实现营业收入212亿元，同比增长5.2%；工业总产值205亿元。")
    doc_type, why = choose_doc_type(body[:20], None, body, from_lead=True)
    assert doc_type == "工作总结" and "回顾一个时期" in why


def test_a_page_credited_to_a_newspaper_is_news():
    # a headline with no genre word, third-person text, the page's source row naming a daily
    title = "工业园高质量发展活力迸发"
    body = "去年，县工业园紧紧围绕年度目标，全力攻坚重大项目，新开工亿元以上项目9个。"
    assert choose_doc_type(title, None, body)[0] == "其他"
    doc_type, why = choose_doc_type(title, None, body, sources=["青禾日报"])
    assert doc_type == "简报" and "青禾日报" in why
    # a source that is no news outlet (a bureau) says nothing of the genre
    assert choose_doc_type(title, None, body, sources=["县发改局"])[0] == "其他"


def test_a_summary_credited_to_a_newspaper_stays_a_summary():
    title = "青禾工业园区2023年工作总结"
    body = "一、主要成效\n今年以来，园区完成工业总产值120亿元。"
    assert choose_doc_type(title, None, body, sources=["青禾日报"])[0] == "工作总结"
