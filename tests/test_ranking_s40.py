"""Session 40: a question's verb before the count or object it asks is its predicate, not its topic (questions._pop_predicate).

A question asking a figure is a sentence: a subject, a verb, 了 or 在, 多少 or 几, the thing counted (城镇登记失业率控制在多少,
园区解决了多少人就业, 园区道路修了多少公里). The verb tells what the user expects to have happened; the reports write the
subject and the thing with verbs of their own (登记失业率为4.1%, 吸纳就业3200人, 新建道路5公里), so a topic read as
subject and verb together (城镇登记失业率控制, 园区解决, 道路修) found only the reports using the user's verb, and the
others fell to the loose tiers. The verb now ranks without deciding what is found. Where the topic left would be only a
report's own words (项目, 企业: 园区去年签约了多少个项目), the verb says which of them are asked (签约项目) and stays.
The same holds for an object asked by 哪些 or 什么 (园区为企业办了哪些实事 → 实事: 为企业 says for whom, 办 is the predicate),
not for a manner asked (怎么, 如何: 园区怎样引进人才 keeps 引进人才, the verb is what is asked about).
Measured on the study queries of that shape (9 of 763): 6 up (园区为企业办了哪些实事 0.47 → 0.68, 园区解决了多少人就业
0.50 → 0.75, 园区道路修了多少公里 0.85 → 1.00, 园区建成了多少标准厂房 0.88 → 0.99, 园区征用了多少亩土地 0.91 → 1.00, 城镇登记失业率控制在多少 0.73 → 0.81),
1 down (园区实现了多少营业收入 0.74 → 0.51: 实现 is the verb the reports write with a revenue, 实现销售收入), 2 unchanged; study
0.86964 → 0.87050, natural 0.7985 → 0.8033, every other kind unchanged.

Hand-written reports (invented counties and parks), a real index.
"""
from __future__ import annotations

import pytest

from conftest import service_of_texts, titles_found
from indexer.analysis import bundled_vocabulary
from indexer.search.questions import question_reading

REPORTS = {
    # the rate with another verb (为), and jobs counted with another verb (吸纳)
    "甲县2022年政府工作报告.txt": "甲县2022年政府工作报告\n一、民生\n全年城镇登记失业率为4.1%，吸纳就业3200人。\n",
    # the user's verbs, each beside something else (控制成本, 解决用地难题): nothing about the rate or jobs
    "乙园区2021年工作总结.txt": "乙园区2021年工作总结\n一、企业服务\n园区解决了企业用地难题，帮助企业控制成本，"
    "城镇道路建设加快。\n",
    # neither
    "丙园区2023年工作计划.txt": "丙园区2023年工作计划\n一、主要任务\n新建标准厂房两栋，完成污水管网改造。\n",
}


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    return service_of_texts(tmp_path_factory, "question-predicate", REPORTS)


def test_a_figure_asked_finds_the_report_writing_the_subject_with_its_own_verb(service):
    found, answer = titles_found(service, "城镇登记失业率控制在多少")
    matches = {r["title"]: r["match"] for r in answer["results"]}
    assert found[:1] == ["甲县2022年政府工作报告"] and matches[found[0]] == "exact", (found, matches)
    assert "控制只用于排序" in answer["understood"], answer["understood"]


def test_a_count_asked_finds_the_thing_counted_whatever_the_verb(service):
    found, answer = titles_found(service, "园区解决了多少人就业")
    matches = {r["title"]: r["match"] for r in answer["results"]}
    assert found[:1] == ["甲县2022年政府工作报告"] and matches[found[0]] == "exact", (found, matches)
    assert "甲县2022年政府工作报告" in found and "丙园区2023年工作计划" not in found


def test_which_verb_a_question_reads_as_its_predicate():
    vocabulary = bundled_vocabulary()
    assert question_reading("城镇登记失业率控制在多少", vocabulary) == (("城镇登记失业率",), ("控制",))
    strings, popped = question_reading("园区解决了多少人就业", vocabulary)
    assert strings == ("就业",) and "解决" in popped
    strings, popped = question_reading("园区道路修了多少公里", vocabulary)
    assert strings == ("道路", "公里") and "修" in popped
    # an object asked (哪些, 什么) as a count is: 为企业 only says for whom
    strings, popped = question_reading("园区为企业办了哪些实事", vocabulary)
    assert strings == ("实事",) and "办" in popped
    # only a report's own words left (项目, 企业): the verb says which of them are asked
    assert question_reading("园区去年签约了多少个项目", vocabulary)[0] == ("签约", "项目")
    assert question_reading("园区入驻了多少家企业", vocabulary)[0] == ("园区入驻", "企业")
    # (which of them, 哪些: the verb and the thing as one string, session 47's questions._verb_and_object)
    assert question_reading("园区今年引进了哪些项目", vocabulary)[0] == ("引进项目",)
    # a subject of its own and a thing of its own counted: subject and verb say together what is asked (政府投入);
    # a lone character counted (钱) is no topic of its own
    assert question_reading("政府投入了多少资金", vocabulary)[0] == ("政府投入", "资金")
    assert question_reading("政府出台了哪些政策", vocabulary)[0] == ("政府出台", "政策")
    assert question_reading("今年花了多少钱", vocabulary)[0] == ("今年花", "钱")
    # nothing else left, or nothing counted and no level (在, 为): the amount asked is the verb's own
    assert question_reading("增长了多少", vocabulary)[0] == ("增长",)
    assert question_reading("居民收入增长了多少", vocabulary)[0] == ("居民收入增长",)
    # a verb before another question word, or inside the topic, stays
    assert question_reading("园区怎样引进人才", vocabulary)[0] == ("引进人才",)
    assert question_reading("怎样提高企业自主创新能力", vocabulary)[0] == ("提高企业自主创新能力",)


def test_a_quoted_question_stays_exact(service):
    found, answer = titles_found(service, '"城镇登记失业率控制在多少"')
    assert found == [] and "只用于排序" not in answer["understood"]


def test_a_questions_part_held_whole_with_its_frame_is_split_off_its_topic():
    """jieba holds 工作进展 as one word: its role word (进展) is as short as the one inside it, so the question's part is
    split off its topic as 项目建设进展 is (before, 招商引资工作进展 stayed one string no report writes)."""
    vocabulary = bundled_vocabulary()
    assert question_reading("今年招商引资工作进展如何", vocabulary)[0] == ("招商引资", "工作进展")
    assert question_reading("今年园区项目建设进展情况", vocabulary)[0] == ("项目建设", "进展")
    # two words of jieba's keep the role word's own shortness (主要 / 措施 → 措施)
    assert question_reading("招商引资的主要措施有哪些", vocabulary)[0] == ("招商引资", "措施")
    # a topic that is only framing words stays whole (工作打算)
    assert question_reading("下半年有什么工作打算", vocabulary)[0] == ("下半年", "工作打算")


# -- a word jieba cuts into lone characters is its own anchor for the related words (SearchService._anchor_idf) --

FILLER = "园区管委会按照年初部署，统筹推进各项工作，总体运行平稳，各项指标稳中有进。"
NEW_WORD_REPORTS = {
    # 雾霾: jieba's dictionary cuts it 雾 / 霾; two files write it beside the corpus's own words for it
    "甲市2014年政府工作报告.txt": "甲市2014年政府工作报告\n一、生态环境\n冬季雾霾频发，空气质量明显下降，大气污染防治任务艰巨。"
    + FILLER * 6,
    "乙市2015年政府工作报告.txt": "乙市2015年政府工作报告\n一、生态环境\n重拳治理雾霾，空气质量逐步改善，大气污染物排放减少。"
    + FILLER * 6,
    # the corpus's own words only
    "丙市2016年政府工作报告.txt": "丙市2016年政府工作报告\n一、生态环境\n" + FILLER + "空气质量优良天数增加，大气污染防治成效明显。"
    + FILLER * 3,
    # neither
    **{f"{name}园区2023年工作总结.txt": f"{name}园区2023年工作总结\n一、工业经济\n" + FILLER * 4 + "新建标准厂房两栋，引进项目三个。"
       for name in "丁戊己庚辛壬癸"},
}


@pytest.fixture(scope="module")
def new_word_service(tmp_path_factory):
    return service_of_texts(tmp_path_factory, "related-new-word", NEW_WORD_REPORTS)


def test_a_word_cut_into_lone_characters_still_lists_the_reports_of_its_related_words(new_word_service):
    assert bundled_vocabulary().segmenter.cut("雾霾") == ["雾", "霾"]  # the case: a word newer than the dictionary
    found, answer = titles_found(new_word_service, "雾霾")
    matches = {r["title"]: r["match"] for r in answer["results"]}
    assert sorted(found[:2]) == ["乙市2015年政府工作报告", "甲市2014年政府工作报告"], found
    assert matches.get("丙市2016年政府工作报告") == "related", (found, matches)
    assert "空气质量" in answer["understood"], answer["understood"]
    assert not any(t.startswith(tuple("丁戊己庚辛壬癸")) for t in found), found


def test_a_quoted_new_word_stays_exact(new_word_service):
    found, answer = titles_found(new_word_service, '"雾霾"')
    assert sorted(found) == ["乙市2015年政府工作报告", "甲市2014年政府工作报告"], found
