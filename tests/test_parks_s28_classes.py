"""Park names that are classes or phrases, not a park's name (session 28, reading version 109). Own sentences.

The issue began from invented names (工作总结工业园区, 带领经开区): these are the forms the blind sets still showed."""
import pytest

from indexer.reading.parks import find_park_mentions


@pytest.mark.parametrize("text", [
    "我市积极申报国家农业科技园区，已完成申报材料编制。",   # (申报 + the class applied for)
    "国务院批复3家高新技术产业开发区晋升为国家高新技术产业开发区。",  # (晋升为 + the class)
    "青川县成功创建国家生态工业示范园区。",
    "鲑鱼返乡投资热，宜科及工业区抢手。",  # (宜科 and the industrial zones: a conjunction before the head)
    "青岛海关自贸区进出口额实现逆势上扬。",  # (the customs district's figures, no zone's name)
    "成都市市级文创产业园区名单公布。",  # (a place's parks of its own rank: a class)
    "青川市重点产业园区一季度运行平稳。",  # (a place's key parks: a class)
    "与城区和普陀区重点科技园区联动发展。",
    "全国实力较强国家高新区名单出炉。",
])
def test_a_class_or_a_phrase_before_a_head_is_no_park(text):
    assert find_park_mentions(text) == [], [m.name for m in find_park_mentions(text)]


@pytest.mark.parametrize("text, name", [
    ("宁波国家高新区召开年度工作会议。", "宁波国家高新区"),  # (a place before 国家: the place's zone)
    ("凤阳县小岗国家农业科技园区建设提速。", "凤阳县小岗国家农业科技园区"),
    ("上海自贸区新设企业增长两成。", "上海自贸区"),
    ("长沙国家级经济技术开发区工业总产值增长8%。", "长沙国家级经济技术开发区"),
    ("上海自贸区管委会、保税区管理局联合发布数据。", "上海自贸区"),
])
def test_a_place_before_the_rank_keeps_its_park(text, name):
    assert [m.name for m in find_park_mentions(text)] == [name]


def test_a_first_sentences_key_parks_are_no_park(tmp_path):
    from conftest import read_page
    # (a real province, as the zone word needs a place the gazetteer knows before it; the sentence is our own)
    (report,) = read_page(tmp_path, "海南省统计局发布数据显示，今年上半年，海南自贸港重点园区实现营业收入1209亿元，同比增长12%。\n"
                                    "园区企业入驻踊跃，管委会加强服务。\n")
    assert report.park != "海南自贸港重点园区", report.evidence["park"]
