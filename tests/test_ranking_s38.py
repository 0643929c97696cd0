"""Session 38: a short form typed, its full form written. Chinese shortens a name by keeping characters of its words in
their order (自贸港 of 自由贸易港, 进博会 of 进口博览会, 大飞机 of 大型飞机, 河长制 of 河湖长制); a user types the short form,
a report the full one. When the strings as typed find too few reports, the loose hits writing a typed string's
characters in that order with others between them (at most two between two, no punctuation, not only function words,
the whole at most twice the string's length) come first among the loose ones (``"match": "apart"``), below the
reports writing it as typed. Before: the words tier ordered them by the typed words' counts, so a report writing the
place's name throughout came above the one writing the name in full.

Only a string that reads as a short form: three to six Chinese characters, no numeral, a word of jieba's cut of it
held by fewer than ten reports or a lone character not closing it (企业服务, two words every report writes, is their
near tier's; 用地难's 难 is a complaint). Hand-written reports (an invented county 苍岭 and invented parks).
"""
from __future__ import annotations

import pytest

from conftest import service_of_texts, titles_found
from indexer.search import fallback

FILLER = "全年新建道路三条，新建公园两处。"
REPORTS = {
    # the short form as typed: the exact tier
    "苍岭县2024年政府工作报告.txt": "苍岭县2024年政府工作报告\n一、对外开放\n高标准建设苍岭自贸港，引进企业十家。\n",
    # the full form, once, in a short report
    "苍岭县2023年政府工作报告.txt": "苍岭县2023年政府工作报告\n一、对外开放\n加快苍岭自由贸易港建设。\n" + FILLER + "\n",
    # the place named throughout, no free trade port: the highest count of the typed words
    "苍岭县2010年政府工作报告.txt": "苍岭县2010年政府工作报告\n一、苍岭概况\n苍岭交通改善，苍岭农业丰收，苍岭旅游兴旺，"
    "苍岭工业增长，苍岭城乡面貌一新。\n" + FILLER + "\n",
    # the characters apart, but a full stop between them: no full form
    "苍岭县2011年政府工作报告.txt": "苍岭县2011年政府工作报告\n一、综述\n苍岭自强不息。贸易增长，港口扩建。\n" + FILLER + "\n",
    "枫桥园区2023年工作总结.txt": "枫桥园区2023年工作总结\n一、企业服务\n为入园企业提供上门服务，企业的服务满意度提高。\n"
    + FILLER + "\n",
}


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    return service_of_texts(tmp_path_factory, "short-form-apart", REPORTS)


def test_a_full_form_comes_first_among_the_loose_hits(service):
    found, answer = titles_found(service, "苍岭自贸港")
    matches = [r["match"] for r in answer["results"]]
    assert found[:2] == ["苍岭县2024年政府工作报告", "苍岭县2023年政府工作报告"], (found, answer["understood"])
    assert matches[:2] == ["exact", "apart"], matches
    # the report naming the place throughout follows, still listed, among the loose ones
    assert "苍岭县2010年政府工作报告" in found[2:] and "apart" not in matches[2:], (found, matches)
    assert "按顺序写有“苍岭自贸港”的各字" in answer["understood"], answer["understood"]


def test_which_texts_write_a_string_apart():
    assert fallback.written_apart("加快海南自由贸易港建设", "海南自贸港")
    assert fallback.written_apart("研制大型飞机", "大飞机")
    assert fallback.written_apart("办好中国国际进口博览会", "进博会")
    assert fallback.written_apart("全面推行河湖长制", "河长制")
    # as typed is the exact tier's; more than two characters between two, or punctuation, is no short form's full form
    assert not fallback.written_apart("全面推行河长制", "河长制")
    assert not fallback.written_apart("河道整治，长效管理制度", "河长制")
    assert not fallback.written_apart("河流与湖泊的长期管理制", "河长制")
    # only function words between: the string's own words tied (the near tier's), no full form
    assert not fallback.written_apart("税收在收入中的比重", "税收收入")


def test_which_strings_read_as_a_short_form(service):
    def apart(q):
        return service.parse(q, [], service.searcher()).apart

    assert apart("苍岭自贸港") == ("苍岭自贸港",)
    # a numeral, two characters, a quoted string
    assert apart("十二五") == () and apart("自贸") == () and apart('"苍岭自贸港"') == ()
    # in a corpus where 企业 and 服务 are everywhere and 自贸港, 博会 are rare
    vocabulary = service._local.vocabulary
    common = {"企业", "服务", "用地", "飞机", "进展", "税收", "收入"}

    def df(word):
        return 50 if word in common else 2
    assert fallback.short_form("海南自贸港", vocabulary, df)
    assert fallback.short_form("大飞机", vocabulary, df)  # 大 飞机: a lone character opening it
    assert not fallback.short_form("企业服务", vocabulary, df)  # two words every report writes
    assert not fallback.short_form("用地难", vocabulary, df)  # a complaint closing it


# must-nots (pass before and after): quoted is exact; a string written as typed comes first
def test_a_quoted_short_form_stays_exact(service):
    found, answer = titles_found(service, '"苍岭自贸港"')
    assert found == ["苍岭县2024年政府工作报告"], found


def test_a_phrase_written_as_typed_comes_first(service):
    found, answer = titles_found(service, "企业的服务")
    assert found[0] == "枫桥园区2023年工作总结" and answer["results"][0]["match"] == "exact", found


def test_the_page_says_where_the_full_forms_begin(service, tmp_path):
    from webui import create_app

    app = create_app({"INDEX_DIR": str(service.index_dir), "CORPUS_DIR": str(tmp_path), "TESTING": True})
    html = app.test_client().get("/?q=苍岭自贸港&collapse=0").get_data(as_text=True)
    note = "以下结果不完全匹配：按顺序写有查询词的各字"
    assert html.count(note) == 1
    assert html.index("苍岭县2024年政府工作报告") < html.index(note) < html.index("苍岭县2023年政府工作报告") \
        < html.index("以下结果不完全匹配：报告中没有原样的查询词") < html.index("苍岭县2010年政府工作报告")
