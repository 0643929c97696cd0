"""Names of key figures as real pages form them (#16, session 13), each with the same form where it is not the
park's figure. A verb of settling joined to its noun by 的 (园区入园的企业达57家, 入驻的企业共有126家) is the park's
firms as 入园企业 is; a zone's firms above the size line counted with its trade (规模以上工商贸企业) are its 规上企业;
a zone's business income as its bulletins name it (业务总收入) is its 营业收入. The county's, a company's, an
increment (新入驻的企业) stay what they were. Sentences are our own (eval10 p26, p32 showed the forms).
"""
import pytest

from indexer.reading.indicators import find_indicators


def read(sentence, park="青岭经济开发区", doc_type="简报"):
    return [(i.name, i.value, i.unit, i.status, i.scope) for i in find_indicators(sentence, doc_type=doc_type, park=park)]


@pytest.mark.parametrize("sentence, figure", [
    ("目前，该园区入园的企业达57家，规模以上企业31个。", ("入园企业数", 57, "家", "实际", "园区")),
    ("截至去年底，开发区入驻的企業共有126家。", ("入园企业数", 126, "家", "实际", "园区")),
    ("园区进驻的企业已达到84家。", ("入园企业数", 84, "家", "实际", "园区")),
    ("开发区规模以上工商贸企业达到190家，实际利用外资5.1亿美元。", ("规上企业数", 190, "家", "实际", "园区")),
    ("园区规上工贸企业63家。", ("规上企业数", 63, "家", "实际", "园区")),
    ("2010年，青岭经济开发区实现业务总收入420亿元，财政收入15亿元。", ("营业收入", 420, "亿元", "实际", "园区")),
    ("力争全年园区实现业务收入500亿元。", ("营业收入", 500, "亿元", "目标", "园区")),
])
def test_the_form_reads_the_parks_figure(sentence, figure):  # new
    assert figure in read(sentence)


@pytest.mark.parametrize("sentence, not_the_parks", [
    # the county's parks, the city's firms, a company's income: the same forms, someone else's figure
    ("全县工业园区入驻的企业达到300家。", ("入园企业数", 300)),
    ("全市规模以上工商贸企业达到1900家。", ("规上企业数", 1900)),
    # (a company's income, 该公司业务收入3.2亿元: no figure at all since session 36, tests/test_figures_s36.py)
])
def test_the_form_of_another_stays_other(sentence, not_the_parks):  # guard
    got = read(sentence)
    assert [g for g in got if g[:2] == not_the_parks and g[4] == "园区"] == []
    assert [g for g in got if g[:2] == not_the_parks], "read, as someone else's"


def test_an_increment_joined_by_de_is_no_count():  # guard
    got = read("截至6月底，园区入驻的企业达到300家，其中今年新入驻的企业28家。")
    assert ("入园企业数", 300, "家", "实际", "园区") in got
    assert [g for g in got if g[1] == 28] == []


@pytest.mark.parametrize("sentence, figure", [
    # the park's land measured right after the park word or its site (eval10 p31, p40)
    ("在园区605公顷的土地上，截至去年底，区内共有292家厂商。", ("面积", 605, "公顷", "实际", "园区")),
    ("青岭经济开发区选址在中山路以西、漓江路以南近12.5平方公里的区域内。", ("面积", 12.5, "平方公里", "实际", "园区")),
    # firms of every kind brought in so far (eval10 p29)
    ("截至2011年底，青岭经济开发区及其配套加工区累计引进各类企业6000余家，其中三资企业377家。",
     ("入园企业数", 6000, "家", "累计", "园区")),
])
def test_the_park_measured_and_its_firms_brought_in_so_far(sentence, figure):  # new
    assert figure in read(sentence)


@pytest.mark.parametrize("sentence", [
    "该项目占用园区50亩的土地建设厂房。",  # a project's land
    "南塔工业园区选址在青岭县城以南约3平方公里的区域内。",  # another park's
    "在青岭县城区5平方公里的范围内开展整治。",  # a town's, no park word before it
    "今年园区引进各类企业52家。",  # how many came this year, not how many the park holds
])
def test_the_same_forms_of_another_or_of_a_period_are_not_the_parks(sentence):  # guard
    assert [g for g in read(sentence) if g[4] == "园区"] == []


@pytest.mark.parametrize("sentence, figures", [
    # the name as the sentence's topic, a clause of its trend, the value in its own clause (new)
    ("园区营业额连续增长24个月，2022年上半年达2555.6亿元。", [("营业收入", 2555.6, "亿元", "实际", "园区")]),
    ("园区营业额持续增长，上半年达2555.6亿元。", [("营业收入", 2555.6, "亿元", "实际", "园区")]),
    # another subject in the value's clause, a part, or a count of another kind: not the topic's (guards)
    ("园区工业总产值稳步提升，全市完成860亿元。", []),
    ("园区工业总产值稳步提升，其中食品产业完成16亿元。", []),
    ("园区营业额持续增长，上半年达156家。", []),
])
def test_a_topic_then_its_trend_then_its_value(sentence, figures):
    assert read(sentence) == figures
