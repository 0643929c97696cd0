"""Park names the page writes the same way each time (session 37): the words before a head that recur before it
wherever the page names it, while what stands before them changes, are the park's name — a text repeats a name
verbatim, never the sentence around it — however the segmenter tagged them (a compound it cut wrong, 三七 read as
a numeral and 特新 as an adverb; a place the gazetteer lacks; since session 53 the walk reads 零部件 as the noun it is). Counted on every spent labelled set before coding: 9
labelled mentions on 7 pages of 6 hosts gained, 2 wrong added (a name opening with Latin letters cut short was then
guarded); the report's park right on 4 more pages, wrong on 2. A class of parks repeated (全县工业园区, 省级现代农业
产业园) holds no proper word before its head and stays no name."""
import pytest

from indexer.reading.parks import REPEATED, find_park_mentions, find_parks
from tests.conftest import read_page


def _names(text):
    return [n for n, _ in find_parks(text)]


@pytest.mark.parametrize("text, name", [
    # a crop the segmenter reads as a numeral (三七, the herb: three, seven)
    ("4月2日，市委书记到苗乡三七产业园调研。苗乡三七产业园负责人汇报了招商情况。", "苗乡三七产业园"),
    # a policy term cut into a noun and an adverb (专精 + 特新)
    ("走进城东的青禾专精特新产业园，厂房高达四十米。青禾专精特新产业园以园聚链，企业超过百家。", "青禾专精特新产业园"),
    # a place the gazetteer and the dictionary lack, in Traditional and Simplified on one page
    ("白鷺灣工業邨佔地30公頃。政府將在白鹭湾工业邨增建厂房。", "白鹭湾工业邨"),
])
def test_a_name_written_alike_twice_is_a_park(text, name):
    assert name in _names(text)
    assert any(m.vouched == REPEATED for m in find_park_mentions(text) if m.name == name)


@pytest.mark.parametrize("text", [
    # must-not: named once, the segmenter's misreading stays unvouched
    "4月2日，市委书记到苗乡三七产业园调研。",
    # a class of parks, repeated with different words before it
    "全县工业园区发展迅速。要推进工业园区提档升级。",
    "申报省级现代农业产业园。建设现代农业产业园。",
    # a masked name
    "XX工业园区2023年工作总结。XX工业园区全年完成投资10亿元。",
    # a place and the sentence's verb before a rank and a head
    "青川县创建省级高新技术产业开发区。今年青川县创建省级高新技术产业开发区取得进展。",
    # a determiner or a count before the head
    "全市各开发区要抓招商。督促各开发区落实责任。",
    "三大科学园区营业额创新高。国科会三大科学园区去年营业额增长。",
    # letters open the name: the characters before the head are not the whole of it
    "SPD科技谷工业园开工。入驻SPD科技谷工业园的企业有20家。",
])
def test_repetition_vouches_for_no_class_mask_or_sentence(text):
    assert not any(m.vouched == REPEATED for m in find_park_mentions(text))


def test_the_report_of_a_page_naming_its_park_twice_is_that_parks(tmp_path):
    page = ("龙泉汽车零部件产业园举行项目集中签约\n"
            "4月2日，龙泉汽车零部件产业园举行项目集中签约仪式，8个项目落户园区。\n"
            "据介绍，龙泉汽车零部件产业园已入驻企业56家，今年将新建标准厂房10万平方米。\n")
    report = read_page(tmp_path, page)[0]
    assert report.park == "龙泉汽车零部件产业园"


def test_inspect_says_the_name_was_vouched_by_its_repetition(tmp_path):
    page = ("园区动态\n"
            "4月2日，市委书记到苗乡三七产业园调研。\n"
            "苗乡三七产业园负责人汇报了招商情况，园区已入驻企业56家。\n")
    report = read_page(tmp_path, page)[0]
    assert report.park == "苗乡三七产业园"
    assert "重复书写" in report.evidence["park"]
