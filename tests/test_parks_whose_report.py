"""Whose report it is, read as official writing says it: a title set on two lines whose first line is the zone's
name (GB/T 9704 breaks a long title between words: 某某经济技术开发区 / 2022年计划执行情况); a government's report
to its people's congress known by its opening words when a site's line took its title's place (its parks are some
of its work); a first sentence about a count of parks (三个科学园区) before any one of them; a zone named in full
once and then by its short form (柳川经济技术开发区（以下简称经开区）… 经开区…), as a district bureau's summary
about the zone it serves writes it. Pages are our own (tests/gold/authored/d33-d39, d41); every page labelled
with a subject is checked whole."""
import json
from pathlib import Path

import pytest

from indexer.reading.parks import choose_park, park_name_line
from indexer.reading.pipeline import read_file
from indexer.reading.subject import decide_subject

AUTHORED = Path(__file__).resolve().parent / "gold" / "authored"
GOLD = json.loads((AUTHORED.parent / "authored.json").read_text(encoding="utf-8"))["pages"]
SESSION8_PAGES = sorted(page for page in GOLD if page.startswith("d") and "subject" in GOLD[page][0])


def read(page):
    (report,) = read_file(AUTHORED / page, AUTHORED).reports
    return report


@pytest.mark.parametrize("page", SESSION8_PAGES)
def test_each_page_gets_the_title_park_and_subject_a_person_gives_it(page):
    (gold,) = GOLD[page]
    r = read(page)
    assert (r.title, r.park, r.subject.kind, r.subject.park) == (gold["title"], gold["park"], gold["subject"], gold["park"]), \
        r.evidence.get("park")


@pytest.mark.parametrize("page, title, park", [
    ("d33_title_on_two_lines_zone_name_first.txt", "白溪经济技术开发区2022年计划执行情况和2023年计划", "白溪经济技术开发区"),
    ("d34_title_on_two_lines_zone_committee.txt", "青岚高新区管委会2023年上半年工作总结", "青岚高新区"),
    ("d41_traditional_title_on_two_lines.txt", "柳川經濟技術開發區2023年工作報告", "柳川经济技术开发区"),
])
def test_a_title_on_two_lines_keeps_the_zone_named_on_its_first(page, title, park):
    r = read(page)
    assert (r.title, r.park) == (title, park)
    assert "分两行" in r.evidence["title"]  # inspect says why the line above was taken in


@pytest.mark.parametrize("line, expected", [
    ("白溪经济技术开发区", "白溪经济技术开发区"),
    ("青岚高新区管委会", "青岚高新区管委会"),
    ("白溪经济技术开发区召开项目推进会", ""),  # a headline, not a name
    ("首页 > 白溪经济技术开发区", ""),  # a site's crumb
    ("开发区", ""),
])
def test_a_name_line_is_a_parks_name_alone_or_with_its_organ(line, expected):
    assert park_name_line(line) == expected


def test_a_line_above_a_title_that_names_its_park_already_stays_out(tmp_path):
    page = tmp_path / "p.txt"
    page.write_text("白溪经济技术开发区\n青岚工业园区2023年工作总结\n今年以来，园区签约项目12个，总投资36亿元。\n一、主要工作\n加快项目建设。\n",
                    encoding="utf-8")
    (r,) = read_file(page, tmp_path).reports
    assert (r.title, r.park) == ("青岚工业园区2023年工作总结", "青岚工业园区")


def test_a_government_report_is_known_by_its_opening_when_its_title_says_no_genre():
    r = read("d35_government_report_its_title_no_genre_words.txt")
    assert r.park is None and "松岭工业园区" in r.parks_mentioned  # named, but one of the county's works
    assert (r.subject.kind, r.subject.rule) == ("地方", "政府报告")
    assert "人代会" in r.evidence["park"] and "向大会报告" in r.subject.line


def test_a_government_report_known_by_its_opening_is_the_zones_that_publishes_it():
    body = "各位代表：\n现在，我代表区人民政府，向大会报告工作，请予审议。\n一、2023年工作回顾\n全区财政收入21.4亿元。"
    subject, _ = decide_subject("2024年柳川区政府报告", "2024年柳川区政府报告\n" + body, None,
                                ["来源：柳川经济技术开发区管委会"])
    assert (subject.kind, subject.park, subject.rule) == ("园区", "柳川经济技术开发区", "发布机构")


def test_a_count_of_parks_leading_the_first_sentence_is_about_none_of_them():
    r = read("d36_count_of_science_parks_leads_the_news.txt")
    assert r.park is None and "新竹科学园区" in r.parks_mentioned
    assert "三个科学园区" in r.evidence["park"]


def test_a_park_named_before_the_count_of_its_own_parts_stays_the_subject():
    assert read("d37_zone_named_before_its_count_of_parks.txt").park == "青岚经济开发区"


def test_a_zone_named_once_then_by_its_short_form_is_what_the_report_is_about():
    r = read("d38_district_bureau_refers_to_its_zone_by_short_form.txt")
    assert r.park == "柳川经济技术开发区"
    assert "简称「经开区」" in r.evidence["park"]


def test_a_short_form_two_zones_could_own_refers_to_neither():
    assert read("d39_two_zones_short_form_is_either.txt").park is None


@pytest.mark.parametrize("after, park", [
    ("经开区标准厂房二期完工。在经开区推行企业服务专员制度。", "白溪经济技术开发区"),  # referred back to twice
    # 省级以上开发区, 国家级经开区: other parks or their class, never a reference back to the one named
    ("白溪在全省省级以上开发区考核中进位，力争跻身国家级经开区行列。", None),
])
def test_only_a_short_form_standing_alone_refers_back_to_the_zone(after, park):
    body = ("2023年，我局围绕全区经济工作大局，全力抓好经济运行调度和企业服务。" + "全年走访企业320家次，帮助解决问题86个。" * 20
            + "全年在白溪经济技术开发区新开工项目32个。" + after)
    found, _, why = choose_park("白溪区经济发展局2023年工作总结", body)
    assert found == park, why
