"""Session 33: what a user's everyday words and questions lacked.

1. A rare typed word's synonym in its string loosened (thesaurus.loosened_reading, fallback.LAST_TIERS): 学费太贵 is
   read as 学费 / 太贵, and the thesaurus tier read its variant 学杂费太贵 as typed or near, which no report writes: what
   follows a degree adverb (太, 很, 越来越: text.DEGREE_WORDS) is the user's complaint of the thing, not the reports'
   word for it. The variant is read as its words anywhere up to the complaint (学杂费, 盗窃), and the reports it finds
   come after every reading of the query and the related words' reports, before the characters'.
2. A question asking about one short phrase (怎么挖煤, 天旱怎么办) gets that phrase's characters (fallback.CHARS), as the
   phrase typed alone does: the question found nothing at all where the phrase found the coal reports.
3. The characters of a short phrase closing in a complaint are the thing's only (fallback.thing_characters: 药太贵 →
   药): 太 and 贵 are in 太空 and 贵州, never the thing asked about.
4. A question's individual classifier after 多少 / 几 (多少家企业, 多少人就业) asks how many and is no part of its topic
   (questions.COUNTERS): the topic 家企业 matched a report helping 120家企业, not the park counting 入驻企业52家.

Hand-written reports (invented counties and parks), a real index.
"""
from __future__ import annotations

import pytest

from conftest import service_of_texts, titles_found
from indexer.analysis import bundled_vocabulary
from indexer.search import SearchRequest

REPORTS = {
    # the typed word 学费, once
    "甲县2018年政府工作报告.txt": "甲县2018年政府工作报告\n一、社会事业\n中等职业学校学费减免政策惠及三千名学生，新建幼儿园两所。\n",
    # its synonym 学杂费 (同义词词林 Dj08C04), not 学费
    "乙县2017年政府工作报告.txt": "乙县2017年政府工作报告\n一、教育\n免除农村义务教育阶段学生学杂费，改造薄弱学校五所。\n",
    # 学 and 费 often, apart, neither word: the characters' tier
    "丙县2016年政府工作报告.txt": "丙县2016年政府工作报告\n一、教育\n学校学习风气好转，学生学习时间保证，教学经费、"
    "办学经费、培训经费和学习费用全部落实，学区学位充足。\n",
    # theft written officially (盗窃), never 小偷
    "丁县2019年政府工作报告.txt": "丁县2019年政府工作报告\n一、平安建设\n依法打击盗窃、抢劫等违法犯罪，群众安全感提升。\n",
    # coal in official words (the characters' reports of 挖煤)
    "戊县2021年政府工作报告.txt": "戊县2021年政府工作报告\n一、能源工业\n煤炭产量稳定增长，原煤产量三千万吨，煤矿安全形势好转。\n",
    # medicine in official words (药品, 医药)
    "庚县2020年政府工作报告.txt": "庚县2020年政府工作报告\n一、医疗卫生\n药品集中采购扩面，医药价格回落，基本药物配备到村。\n",
    # 太 and 贵 often (a place, space), no medicine
    "辛县2015年政府工作报告.txt": "辛县2015年政府工作报告\n一、对外合作\n与贵州、贵阳合作，太空育种基地落户，太阳能电站并网，"
    "贵州客商投资，太空产业园开工。\n",
    # neither
    "己园区2022年工作计划.txt": "己园区2022年工作计划\n一、主要任务\n新建标准厂房两栋，完成污水管网改造。\n",
}


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    return service_of_texts(tmp_path_factory, "synonyms-loosened", REPORTS)


def test_a_complaint_about_a_rare_word_lists_its_synonyms_reports_after_the_typed_words_and_before_the_characters(
        service):
    found, answer = titles_found(service, "学费太贵")
    matches = {r["title"]: r["match"] for r in answer["results"]}
    assert found[:3] == ["甲县2018年政府工作报告", "乙县2017年政府工作报告", "丙县2016年政府工作报告"], found
    assert matches["甲县2018年政府工作报告"] == "words"  # the typed word: first (README: typed above synonym)
    assert matches["乙县2017年政府工作报告"] == "thesaurus"  # 学杂费
    assert matches["丙县2016年政府工作报告"] == "chars"  # the characters last
    assert "同义词（学杂费）" in answer["understood"]
    marked = answer["results"][1]["snippets"][0]["html"]
    assert "<mark>学杂费</mark>" in marked


def test_a_complaint_of_lone_characters_too(service):
    """小偷太多 is cut 小偷 / 太 / 多: the variant 盗窃太多 read as 盗窃."""
    found, answer = titles_found(service, "小偷太多")
    matches = {r["title"]: r["match"] for r in answer["results"]}
    assert found[:1] == ["丁县2019年政府工作报告"] and matches[found[0]] == "thesaurus", found


def test_without_a_complaint_the_synonym_keeps_the_strings_other_words(service):
    """学费标准: 学杂费 alone is not 学费标准 (标准 is what is asked); the report writing 学杂费 and no 标准 is not listed
    by the synonym (the reports holding 标准 and the typed words are what the query finds)."""
    found, answer = titles_found(service, "学费标准")
    matches = {r["title"]: r["match"] for r in answer["results"]}
    assert matches.get("乙县2017年政府工作报告") != "thesaurus", matches


def test_a_quoted_string_gets_no_synonyms(service):
    found, answer = titles_found(service, '"学费太贵"')
    assert found == [] and "同义词" not in answer["understood"]


def test_which_words_are_a_complaint():
    from indexer.search.fallback import complains as _complains

    vocabulary = bundled_vocabulary()
    for word in ("太", "很", "越来越", "太贵", "太多", "很难", "太高"):
        assert _complains(word, vocabulary), word
    for word in ("太空", "太原", "太阳能", "特别是", "相当于", "学费", "盗窃", "多"):
        assert not _complains(word, vocabulary), word


def test_a_question_about_a_short_phrase_lists_its_characters_as_the_phrase_does(service):
    typed, _ = titles_found(service, "挖煤")
    asked, answer = titles_found(service, "怎么挖煤")
    assert asked == typed and asked[:1] == ["戊县2021年政府工作报告"], (asked, typed)
    assert {r["match"] for r in answer["results"]} == {"chars"}
    assert "单字（挖、煤）" in answer["understood"]  # the question's words (怎, 么) are no characters of it


@pytest.mark.parametrize("q", ["怎么挖煤发射火箭飞船", '"怎么挖煤"', "挖煤 火箭怎么办"])
def test_a_question_about_more_than_a_short_phrase_gets_no_characters(service, q):
    answer = service.search(SearchRequest(q=q, collapse=False))
    assert "单字" not in answer["understood"], answer["understood"]


def test_a_short_phrase_closing_in_a_complaint_is_read_by_the_things_characters(service):
    found, answer = titles_found(service, "药太贵")
    assert found[:1] == ["庚县2020年政府工作报告"], found
    assert "辛县2015年政府工作报告" not in found, found  # 太 and 贵 only: not the thing asked about
    assert "单字（药）" in answer["understood"]


def test_which_characters_are_the_things():
    from indexer.search.fallback import query_characters, thing_characters

    vocabulary = bundled_vocabulary()

    def chars(value):
        return thing_characters(value, query_characters(value), vocabulary)

    assert chars("药太贵") == ("药",)
    assert chars("电费太贵") == ("电", "费")
    assert chars("小偷太多") == ("小", "偷")
    for value in ("挖煤", "太空站", "很难", "开网店"):  # no complaint after the thing: every character
        assert chars(value) == query_characters(value), value


# 4. The individual classifier after 多少 / 几 (多少家, 多少人) asks how many: it is no part of the topic (questions.COUNTERS)

COUNT_REPORTS = {
    # the answer: firms settled, counted after the noun (企业52家), never "家企业"
    "壬园区2023年工作总结.txt": "壬园区2023年工作总结\n一、工作成效\n园区入驻企业达到52家，其中规模以上企业18家，新签约项目6个。\n",
    # "家企业" written, about helping firms elsewhere, nothing settled in a park
    "癸县2023年政府工作报告.txt": "癸县2023年政府工作报告\n一、经济运行\n走访帮扶120家企业，协调解决融资难题，县域园区入驻率提高。\n",
}


@pytest.fixture(scope="module")
def counted(tmp_path_factory):
    return service_of_texts(tmp_path_factory, "count-units", COUNT_REPORTS)


def test_a_counter_after_a_count_word_is_no_part_of_the_topic():
    from indexer.search.questions import question_reading

    vocabulary = bundled_vocabulary()
    assert question_reading("园区入驻了多少家企业", vocabulary)[0] == ("园区入驻", "企业")
    assert question_reading("园区有多少家规模以上企业", vocabulary)[0] == ("规模以上企业",)
    # (session 40: the verb before the count is the predicate and only ranks, tests/test_ranking_s40.py; these read
    # 园区解决 就业, 园区征用 亩土地 and 道路修 公里 before — the counter 人 was never part of the topic either way)
    assert question_reading("园区解决了多少人就业", vocabulary)[0] == ("就业",)
    # a measure word stays: reports write the area or the length in it beside the figure
    assert question_reading("园区征用了多少亩土地", vocabulary)[0] == ("亩土地",)
    assert question_reading("园区道路修了多少公里", vocabulary)[0] == ("道路", "公里")


def test_a_count_of_firms_asked_finds_the_report_counting_them_first(counted):
    found, answer = titles_found(counted, "园区入驻了多少家企业")
    matches = {r["title"]: r["match"] for r in answer["results"]}
    assert found[:1] == ["壬园区2023年工作总结"] and matches[found[0]] == "exact", (found, matches)
