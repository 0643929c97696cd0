"""Key figures of whole authored pages (tests/gold/authored/f12_0*.txt: those labelled with figures), read through the real reader and graded
against what a careful reader extracts (the "indicators" of their labels in tests/gold/authored.json).

Each page puts together forms studied on real pages in session 12, in our own words and numbers: a science park's
year told in Traditional with thousands separators (4萬7,907人: no clause ends at their commas, so a 累计 governs
its own value only), a park's summary with a pool of projects still waiting (待开工, 未竣工: no count of the verb's),
money signed said bare (协议投资), its trades listed one by one (一是…产业产销两旺。: the figures that follow are the
industry's), and a logistics park described by where it lies (…物流园位于…，占地面积…: the land is its area).
A figure is graded on (name, value, unit, status, scope); a target is never an achieved figure.
"""
import json
from collections import Counter
from pathlib import Path

import pytest

from indexer.reading.pipeline import read_file

AUTHORED = Path(__file__).resolve().parent / "gold" / "authored"
LABELS = {name: reports for name, reports in
          json.loads((AUTHORED.parent / "authored.json").read_text(encoding="utf-8"))["pages"].items()
          if all("indicators" in r for r in reports)}


def _read(name):
    reading = read_file(AUTHORED / name, AUTHORED)
    assert len(reading.reports) == len(LABELS[name]), name
    return reading.reports


def test_the_pages_are_labelled_with_figures():
    figures = [f for reports in LABELS.values() for r in reports for f in r["indicators"]]
    assert len(LABELS) >= 3 and len(figures) >= 30
    assert {f[3] for f in figures} == {"实际", "预计", "目标", "累计"}
    assert {f[4] for f in figures} == {"园区", "其他"}


@pytest.mark.parametrize("name", sorted(LABELS))
def test_each_page_gives_the_figures_a_careful_reader_extracts(name):
    for report, label in zip(_read(name), LABELS[name]):
        want = Counter(tuple(f) for f in label["indicators"])
        have = Counter((i.name, i.value, i.unit, i.status, i.scope) for i in report.indicators)
        assert have == want, (sorted(want - have), sorted(have - want))


@pytest.mark.parametrize("name", sorted(LABELS))
def test_no_target_or_forecast_is_shown_as_achieved(name):
    for report, label in zip(_read(name), LABELS[name]):
        ahead = {(f[0], f[1]) for f in label["indicators"] if f[3] in ("目标", "预计")}
        assert not [i for i in report.indicators if (i.name, i.value) in ahead and i.status == "实际"]


GOVERNMENT_REPORT = """政府工作报告
——2024年1月18日在青禾县第十八届人民代表大会第三次会议上
青禾县人民政府县长
各位代表：
现在，我代表县人民政府向大会报告工作，请予审议。
一、2023年工作回顾
全年实现地区生产总值212.6亿元，增长6.1%；完成固定资产投资88.4亿元，增长7.2%；一般公共预算收入9.6亿元；实际利用外资6200万美元。
一是工业更具实力。新增规模以上工业企业21家，青禾经济开发区新开工项目18个，12个项目建成投产。
"""


def test_a_government_work_report_states_the_places_figures(tmp_path):
    """A county's work report opens with its congress, not 全县: its figures are the county's (其他), and a park it
    names is one item of its work, whichever sentence names it."""
    page = tmp_path / "青禾县2024年政府工作报告.txt"
    page.write_text(GOVERNMENT_REPORT, encoding="utf-8")
    report = read_file(page, tmp_path).reports[0]
    got = {(f.name, f.value, f.scope) for f in report.indicators}
    assert {("固定资产投资", 88.4, "其他"), ("财政收入", 9.6, "其他"), ("实际利用外资", 6200, "其他")} <= got
    assert not [f for f in report.indicators if f.scope == "园区"]


COUNTY_REPORT = """青禾县人民政府关于2023年工作情况的报告
2023年，全县上下团结一心，经济社会保持健康发展。全县完成地区生产总值186亿元，增长6.2%。
（三）园区建设。青禾经济开发区完成规上工业总产值96亿元，增长11%，新入驻企业19家，园区入驻企业总数达到143家。
"""


def test_a_bare_park_word_after_a_named_park_is_that_park(tmp_path):
    """In a county's report a park it names is one of the county's (其他); 园区 said again right after it in the
    same sentence is that park, not the report's own."""
    page = tmp_path / "青禾县2023年工作情况的报告.txt"
    page.write_text(COUNTY_REPORT, encoding="utf-8")
    report = read_file(page, tmp_path).reports[0]
    got = {(f.name, f.value, f.scope) for f in report.indicators}
    assert {("工业总产值", 96, "其他"), ("入园企业数", 143, "其他")} <= got


COUNTY_PARK_REPORT = """青禾县工业园区2023年工作总结
2023年，我县工业园区实现规上工业总产值64.8亿元，同比增长9%；全县工业园区入驻企业达到118家。全县规上工业总产值完成92亿元。
全市工业园区实现规上工业总产值860亿元。
"""


def test_a_county_park_called_by_the_county_word_is_the_reports_own(tmp_path):
    """A park named after its county and a generic head (青禾县工业园区) is what its own report calls 我县工业园区 or
    全县工业园区; the county itself (全县) and the city's parks (全市工业园区) stay others'."""
    page = tmp_path / "青禾县工业园区2023年工作总结.txt"
    page.write_text(COUNTY_PARK_REPORT, encoding="utf-8")
    report = read_file(page, tmp_path).reports[0]
    got = {(f.name, f.value, f.scope) for f in report.indicators}
    assert {("工业总产值", 64.8, "园区"), ("入园企业数", 118, "园区"), ("工业总产值", 92, "其他"),
            ("工业总产值", 860, "其他")} == got


MINISTRY_NEWS = """南屏園區112年營業額創新高
國科會今日發布科學園區112年營運成效報告，整體營業額達3兆6,420億元，園區出口額亦達到2兆4,180億元，員工人數來到30萬1,455人。
其中南屏科學園區112年營業額達4,862.3億元，較111年成長7.2%；就業人數達到5萬3,120人。
"""


def test_a_ministry_speaking_of_its_class_of_parks_gives_their_figures_together(tmp_path):
    """The ministry that runs Taiwan's science parks reporting on 科學園區 said bare: the figures are the parks'
    together (其他), not the one park the report is about; the park named after it has its own."""
    page = tmp_path / "南屏園區112年營運.txt"
    page.write_text(MINISTRY_NEWS, encoding="utf-8")
    report = read_file(page, tmp_path).reports[0]
    own = {(f.name, f.value) for f in report.indicators if f.scope == "园区"}
    assert own == {("营业收入", 4862.3), ("从业人员", 53120)}


PARK_DESCRIBED_BY_ITS_PLACE = """云岭经济技术开发区
云岭经济技术开发区是青川省云岭市的一个开发区，隶属于云岭市，截至2023年8月，总面积126.4平方公里，下辖4个街道。
云岭经济技术开发区位于青川省云岭市东部，是一个规划面积达58平方公里的国家级经济技术开发区。
截至2022年11月，全区完成规模以上工业总产值412亿元；完成城镇固定资产投资96.3亿元。
"""


def test_the_place_a_park_lies_in_is_no_subject_of_its_figures(tmp_path):
    """Where a park lies or what it belongs to (位于…市, 隶属于…市, 是…市的一个开发区) describes the park: its area is
    still the park's; 城镇固定资产投资 is the statistics' older name of fixed-asset investment."""
    page = tmp_path / "云岭经济技术开发区.txt"
    page.write_text(PARK_DESCRIBED_BY_ITS_PLACE, encoding="utf-8")
    report = read_file(page, tmp_path).reports[0]
    own = {(f.name, f.value) for f in report.indicators if f.scope == "园区"}
    assert {("面积", 126.4), ("面积", 58), ("工业总产值", 412), ("固定资产投资", 96.3)} <= own
