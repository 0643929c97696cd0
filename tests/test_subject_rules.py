"""A report's subject, decided once (indexer/reading/subject.py), and what the park facet and the
figures' scope read from it. Pages are our own (tests/gold/authored/c01-c17), each showing a pattern
seen on real pages; read through the real reader."""
import json
import subprocess
import sys
from pathlib import Path

import pytest

from indexer.reading.parks import find_park_mentions
from indexer.reading.pipeline import read_file
from indexer.reading.subject import decide_subject

AUTHORED = Path(__file__).resolve().parent / "gold" / "authored"
GOLD = json.loads((AUTHORED.parent / "authored.json").read_text(encoding="utf-8"))["pages"]
SUBJECT_PAGES = sorted(page for page in GOLD if page.startswith("c") and "subject" in GOLD[page][0])


def read(page):
    (report,) = read_file(AUTHORED / page, AUTHORED).reports
    return report


@pytest.mark.parametrize("page", SUBJECT_PAGES)
def test_each_subject_page_gets_the_subject_a_person_gives_it(page):
    (gold,) = GOLD[page]
    r = read(page)
    assert (r.subject.kind, r.subject.park, r.park) == (gold["subject"], gold["park"], gold["park"]), r.subject.why


@pytest.mark.parametrize("page, rule", [
    ("c01_district_report_published_by_zone.txt", "发布机构"),
    ("c07_traditional_district_report_zone_publisher.txt", "发布机构"),
    ("c02_study_trip_to_one_park.txt", "考察对象"),
    ("c03_study_tour_of_three_parks.txt", "考察多个园区"),
    ("c04_new_area_summary_with_its_parks.txt", "新区"),
    ("c06_new_area_opening_names_a_high_tech_zone.txt", "新区"),
    ("c05_company_summary_in_a_park.txt", "企业"),
    ("c11_quoted_works_named_after_a_park.txt", "企业"),
    ("c13_tour_lead_under_a_date_title.txt", "考察多个园区"),  # 赴南江、北川等地: several places
    ("c16_traditional_science_park_administration.txt", "科学园区管理局"),
])
def test_the_subject_says_which_rule_decided_and_the_line_it_read(page, rule):
    s = read(page).subject
    assert s.rule == rule and s.why, s
    assert rule != "发布机构" or "管委" in s.line  # the publisher row itself


def scopes(page):
    return {(f.name, f.value): f.scope for f in read(page).indicators}


def test_a_district_run_by_its_zone_has_the_zones_figures():
    # the blind miss: a district's government report whose publisher is the zone lost its 财政收入
    assert scopes("c01_district_report_published_by_zone.txt") == {("财政收入", 21.4): "园区", ("固定资产投资", 96): "园区"}
    assert scopes("c07_traditional_district_report_zone_publisher.txt") == {("财政收入", 19.9): "园区"}


@pytest.mark.parametrize("page", [
    "c03_study_tour_of_three_parks.txt",  # the parks visited on a tour: theirs, not the report's
    "c05_company_summary_in_a_park.txt",  # a company's own figures, whichever park it is in
    "c09_count_of_science_parks.txt",  # three parks together
])
def test_figures_of_a_report_whose_subject_is_no_park_of_its_own_are_other(page):
    found = scopes(page)
    assert found and set(found.values()) == {"其他"}, found


def test_in_a_new_areas_report_a_named_park_is_one_of_its_parts():
    # (the 新区 is the report's park since session 29; 东溪高新区, built on its place, is one of its parts — a zone's name
    # and the new area's are no one park said short and long)
    found = scopes("c04_new_area_summary_with_its_parks.txt")
    assert found[("工业总产值", 380)] == "其他"


def test_a_new_areas_own_figures_are_its_parks():
    found = scopes("c04_new_area_summary_with_its_parks.txt")
    assert found[("固定资产投资", 210)] == "园区"  # (the 新区's own, as a zone's; since session 29 the report's park)


def test_a_study_trip_to_one_park_has_that_parks_figures():
    assert set(scopes("c02_study_trip_to_one_park.txt").values()) == {"园区"}


@pytest.mark.parametrize("text, names", [
    ("台中市政府經濟發展局開發的「太平聚興產業園區」今日舉行典禮", ["太平聚兴产业园区"]),  # 聚兴 guessed a verb
    ("國科會公布，三大科學園區上半年營業額持平", []),  # a count of parks
    ("全省四大工业园区完成投资", []),
    ("钦州保税港区1-9月完成集装箱吞吐量", ["钦州保税港区"]),  # a State Council class, as 综合保税区
    # controls: a verb the dictionary knows after a place, a county name used as a verb
    ("东海打造高新区", []),
    ("乡村振兴示范园", []),
    # a province after a place is the park's rank; before a place it is an address
    ("验收信宜市广东省农业科技园区建设", ["信宜市广东省农业科技园区"]),
    ("湖北省武汉市东湖高新区", ["东湖高新区"]),
    ("广东省农业科技园区建设名单", []),
])

def test_park_names_from_how_they_are_formed(text, names):
    assert [m.name for m in find_park_mentions(text)] == names

def test_a_province_named_as_a_rank_is_no_part_of_the_parks_key():
    from indexer.reading.parks import park_key
    assert park_key("信宜市广东省农业科技园区") == park_key("信宜市农业科技园区") == park_key("信宜农业科技园区")


@pytest.mark.parametrize("title, text, park", [
    # a park's name at the head of a quoted works' name is a project's
    ("公司承建项目正式开工", "公司承建项目正式开工\n本公司承建的“松林工业园区三期扩建工程”于3月8日正式开工。\n", None),
    # quoted alone it is the park (Taiwan's news quote names in 「」)
    ("首批廠商進駐", "首批廠商進駐\n市府開發的「太平聚興產業園區」今日舉行首批廠商進駐典禮。\n", "太平聚兴产业园区"),
    # 随着某某新区…改革: the 新区 is an adverbial, the zone is the subject
    ("干部大会召开", "干部大会召开\n随着东溪新区管理体制改革启动，东溪经济技术开发区召开干部大会。\n", "东溪经济技术开发区"),
    # a trip to one park, told in the lead under a headline that names no park
    ("考察归来", "考察归来\n5月8日，县委书记带队赴云溪高新区学习考察，县直部门负责人参加。\n考察团还参观了石浦经济开发区的展厅。\n",
     "云溪高新区"),
    # a tour of several places, whatever park the body names first
    ("考察归来", "考察归来\n5月8日，县委组团赴南江、北川等地学习考察。\n在南江经济开发区，考察团参观了标准厂房。\n", None),
    # a 新区 official visiting a park: a person's post, not the 新区 speaking
    ("调研", "调研\n6月3日，东溪新区党工委委员、管委会副主任李明调研松林工业园区，了解招商情况。\n", "松林工业园区"),
    # a science park's administration speaking: the park, or the one site it speaks of
    ("營業額創新高", "營業額創新高\n竹科管理局今日公布，園區營業額創新高。\n", "新竹科学园区"),
    ("新廠動土", "新廠動土\n中科管理局表示，中科后里園區新廠今日動土。\n", "中科后里园区"),
])
def test_the_subject_of_short_openings(title, text, park):
    subject, _ = decide_subject(title, text)
    assert subject.park == park, subject.why


def test_inspect_shows_the_subject_and_why():
    page = AUTHORED / "c01_district_report_published_by_zone.txt"
    out = subprocess.run([sys.executable, "-m", "indexer.cli", "inspect", str(page), "--corpus", str(AUTHORED)],
                         capture_output=True, text=True, check=True).stdout
    assert "主体：园区「柳川经济技术开发区」（规则：发布机构；依据的行：" in out
    data = json.loads(subprocess.run([sys.executable, "-m", "indexer.cli", "inspect", str(page), "--json",
                                      "--corpus", str(AUTHORED)], capture_output=True, text=True, check=True).stdout)
    subject = data["reports"][0]["subject"]
    assert (subject["kind"], subject["park"], subject["rule"]) == ("园区", "柳川经济技术开发区", "发布机构")
    assert "柳川经济技术开发区管委会" in subject["line"] and subject["why"]
