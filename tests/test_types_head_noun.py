"""Document types from a title's head noun, as official documents are titled (session 8, #12).

GB/T 9704 titles a document 发文机关 + 关于 + 事由 + 文种: the genre is the word that heads the title, whatever the
事由 names. So 关于…计划执行情况与…计划草案的报告 is a 报告 (to a congress), not a plan; a plan's or budget's
execution (计划执行情况, 预算执行情况) is the statutory report on it even when a short title leaves out 报告; a genre
word that modifies another noun (计划执行情况, 工作计划完成情况, 计划草案的报告) is not the head; 总结报告 is a
总结 in the form of a report; a compilation's heading that names 总结 twice types its reports as 总结. Our own
sentences; each positive case failed before its rule, the negative cases guard what must not change.
"""
import pytest

from indexer.reading.describe import choose_doc_type, type_from

HEAD_NOUN = [
    # the 报告 of official documents heads a 关于…的报告, whatever its 事由 names (the miss: 工作计划)
    ("关于青梧经济开发区2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划草案的报告", "工作报告"),
    ("关于XX区2022年预算执行情况和2023年预算草案的报告", "工作报告"),
    ("石湾经济开发区管理委员会关于2022年财政决算的报告", "工作报告"),  # (the miss: 其他)
    ("社会发展计划草案报告", "工作报告"),
    ("關於竹溪經濟開發區2023年國民經濟和社會發展計劃執行情況的報告", "工作报告"),
    # the execution of a year's plan or budget, its 报告 left out of a short title (the miss: 工作计划)
    ("青梧高新区2023年国民经济和社会发展计划执行情况", "工作报告"),
    ("某某开发区2023年预算执行情况", "工作报告"),
    # 总结报告: a summary (the miss: 工作报告, by its last genre word)
    ("金溪工业园区2023年度工作总结报告", "工作总结"),
    ("年终总结报告", "工作总结"),
    ("产业园区工作总结通用范文3篇 产业园区工作总结报告", "工作总结"),
    # a notice that 印发 / 转发 a document is its cover: the text is the document, named with or without 《》
    # (the miss: 其他)
    ("新乡高新区管委会关于印发新乡高新区2016年工作要点的通知", "工作计划"),
    ("关于转发市发改委2023年国民经济和社会发展计划执行情况的报告的通知", "工作报告"),
]
UNCHANGED = [
    ("青岚高新区2012年工作总结和2013年工作安排报告", "工作报告"),  # a joined title headed by its 报告
    ("2024年国民经济和社会发展计划草案", "工作计划"),  # a draft plan is a plan
    ("关于XX园区2023年工作计划执行情况的汇报", "工作汇报"),
    ("XX园区2024年工作要点", "工作计划"),
    ("XX项目可行性研究报告", None),  # a technical report names no genre of ours
    ("关于XX工业园区规划环境影响评价的报告", None),
    ("关于印发《2024年工作要点》的通知", "工作计划"),
    ("天津市人民政府办公厅印发关于促进我市开发区改革和创新发展实施方案的通知", None),  # it issues a 方案
    ("县人民政府办公室关于印发2022年重点工作任务分解方案的通知", None),  # 重点工作 modifies the 方案 it issues
    ("关于做好2024年园区统计工作的通知", None),
]


@pytest.mark.parametrize("title,expected", HEAD_NOUN + UNCHANGED)
def test_the_title_s_head_noun_names_the_genre(title, expected):
    assert type_from(title) == expected


@pytest.mark.parametrize("title", ["2023年工作计划完成情况", "区人大常委会调研全区国民经济和社会发展计划执行情况",
                                   "区人大常委会视察全区2024年上半年预算执行情况"])
def test_a_genre_word_that_modifies_is_no_genre(title):
    # 计划 before 完成情况 / 执行情况 is what the title is about, not what it is; a headline telling a visit to the
    # execution is news, typed by its form, not a report
    assert type_from(title) is None


def test_a_news_headline_about_an_execution_report_stays_news():
    body = "7月9日，区人大常委会副主任带领财经工委部分委员，视察全区上半年预算执行情况。\n视察组指出，要加强预算执行管理。\n"
    assert choose_doc_type("区人大常委会视察全区2024年上半年预算执行情况", None, body)[0] == "简报"


def test_the_evidence_names_the_genre_word():
    t, why = choose_doc_type("石湾经济开发区管理委员会关于2022年财政决算的报告", None, "区人大常委会：\n现将…报告如下：\n")
    assert t == "工作报告" and "关于2022年财政决算的报告" in why


def test_a_report_to_a_congress_under_its_unit_and_salutation():
    # (2024年1月18日在…会议上) / 某某局 / 各位代表： / 受…委托，向大会书面报告…: a report, not a speech
    body = "白沙区发展和改革局\n各位代表：\n受区人民政府委托，现向大会书面报告白沙区2023年计划执行情况，请予审议。\n一、2023年计划执行情况\n"
    t, why = choose_doc_type("（2024年1月18日在白沙区第五届人民代表大会第四次会议上）", None, body, from_lead=True)
    assert t == "工作报告", why
