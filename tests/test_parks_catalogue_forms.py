"""Park names as official writing forms them beyond the full heads: the catalogue's short heads (综合保税区 →
综保区 as 经济技术开发区 → 经开区; 边境经济合作区 → 边合区), a customs office named before a zone's head (霞海海关
综保区监管科: the office, not a zone called 海关), and a PDF's text layer writing Kangxi radicals for the ordinary
characters (新⽵科學園區, ⼯業區). Pages are our own (tests/gold/authored/d30-d32, d40), each showing a pattern
seen on real pages nobody here wrote."""
from pathlib import Path

import pytest

from indexer.reading.parks import find_park_mentions, park_key
from indexer.reading.pipeline import read_file
from indexer.text import fold_pdf_ideographs

AUTHORED = Path(__file__).resolve().parent / "gold" / "authored"


def names(text):
    return [m.name for m in find_park_mentions(text)]


@pytest.mark.parametrize("text, name", [
    ("连续五年获评A类 东疆综保区发展绩效领跑全国", "东疆综保区"),
    ("12月15日，区委书记到常州綜保區開展專題調研。", "常州综保区"),
    ("东兴边合区今年落地加工项目12个。", "东兴边合区"),
])
def test_the_catalogues_short_heads_name_a_park(text, name):
    assert name in names(text)


@pytest.mark.parametrize("full, short", [("白溪综合保税区", "白溪综保区"), ("东兴边境经济合作区", "东兴边合区")])
def test_a_zone_and_its_short_head_are_one_park(full, short):
    assert park_key(full) == park_key(short) != full


def test_a_customs_office_before_a_zones_head_is_no_place():
    # the customs' office for the zone (综保区监管科) is named after the customs, not a zone called 海关
    assert names("霞海海關綜保區監管科關員現場督導卡口建設") == []
    assert names("白溪海关综保区监管科关员到卡口现场督导") == []


def test_a_pdfs_kangxi_radicals_are_the_ordinary_characters():
    assert fold_pdf_ideographs("新⽵科學園區⼯業區") == "新竹科學園區工業區"
    assert "新竹科学园区" in names("國家科學及技術委員會新⽵科學園區管理局")
    assert "大发工业区" in names("⼤發⼯業區服務中心召開廠商座談會")


@pytest.mark.parametrize("page, title, park", [
    ("d30_bonded_zone_short_head_news.txt", "连续四年获评A类 青岚综保区跻身全国前列", "青岚综保区"),
    ("d31_customs_office_of_a_bonded_zone.txt", "白溪海关综保区监管科关员到卡口现场督导", "白溪综合保税区"),
    ("d32_pdf_kangxi_radicals_science_park.txt", "113年度營運概況", "新竹科学园区"),
    ("d40_border_cooperation_zone_short_head.txt", "瑞岭边合区2023年工作总结", "瑞岭边合区"),
])
def test_pages_with_these_forms_get_their_park(page, title, park):
    (report,) = read_file(AUTHORED / page, AUTHORED).reports
    assert (report.title, report.park) == (title, park), report.evidence.get("park")
    assert park in report.evidence["park"]  # inspect says which name decided


def test_a_pdfs_headings_read_as_headings_once_folded():
    (report,) = read_file(AUTHORED / "d32_pdf_kangxi_radicals_science_park.txt", AUTHORED).reports
    assert [s.heading for s in report.sections if s.level == 1] == ["一、園區簡介", "二、營運情形", "三、未來展望"]


@pytest.mark.parametrize("text, name, vouched", [
    ("第一站就是福新县工业园。", "福新县工业园", ""),  # 福 + 新县: a longer place the gazetteer lacks, not a park of 新县
    ("新县工业园区今年签约项目8个。", "新县工业园区", "行政区划"),
    ("赴新县工业园区考察", "新县工业园区", "行政区划"),
])
def test_a_county_whose_name_ends_a_longer_place_does_not_cut_it(text, name, vouched):
    assert [(m.name, m.vouched) for m in find_park_mentions(text)] == [(name, vouched)]
