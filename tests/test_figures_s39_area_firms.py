"""Session 39, round 2: a zone's land, firms and jobs as a news item or a profile says them (issue 16, recall).

Each shape follows how the sentence is built — the zone as the topic of a chain of clauses, the verb of drawing firms
in with the count before the firms, the classifier 家 standing for the firms, the jobs' noun left out — with a guard
for another owner or another sense. All sentences and names are invented.
"""
from pathlib import Path

import pytest

from indexer.reading.pipeline import read_file


def figures(tmp_path: Path, text: str, title: str = "青岚经济开发区简介") -> set:
    page = tmp_path / "page.txt"
    page.write_text(title + "\n" + text + "\n", encoding="utf-8")
    (report,) = read_file(page, tmp_path).reports
    return {(f.name, f.value, f.unit, f.status) for f in report.indicators}


# ------------------------------------------------------------------ the zone as the topic, its land a clause later

@pytest.mark.parametrize("text, want", [
    ("该经济特区由原青岚工业园升级而来，占地2750公顷，是该国最大的特区之一。", ("面积", 2750, "公顷", "实际")),
    ("该园区2020年正式开园运行，占地面积460亩，分两期建设。", ("面积", 460, "亩", "实际")),
    ("青岚产业园由两个工业区整合而成，占地面积约12平方公里。", ("面积", 12, "平方公里", "实际")),
])
def test_a_zone_introduced_then_measured_a_clause_later(tmp_path, text, want):
    assert want in figures(tmp_path, text)


@pytest.mark.parametrize("text", [
    # the clause between names a project, its land is the project's
    "该园区2020年正式引进青禾电子项目，占地120亩。",
    # the zone is no subject: a firm opens the sentence
    "青禾公司由原某厂改制而来，占地80亩。",
])
def test_land_after_another_owner_is_not_the_zones(tmp_path, text):
    assert not {f for f in figures(tmp_path, text) if f[0] == "面积"}


# ------------------------------------------------------------------ firms held, drawn in, or 家 alone

@pytest.mark.parametrize("text, want", [
    ("截至去年底，园区共有软件企业436家。", ("入园企业数", 436, "家", "实际")),
    ("园区内拥有各类纺织企业150家。", ("入园企业数", 150, "家", "实际")),
    ("该园区已吸引217家企业注册。", ("入园企业数", 217, "家", "实际")),
    ("目前园区已吸引约95家企业投资落地。", ("入园企业数", 95, "家", "实际")),
    ("园区招商成效明显，目前已有41家进驻。", ("入园企业数", 41, "家", "实际")),
])
def test_the_zones_firms_said_plainly(tmp_path, text, want):
    assert want in figures(tmp_path, text)


@pytest.mark.parametrize("text", [
    "园区内有3家企业注册资本超过1亿元。",       # the firms' registered capital, no settling
    "今年以来园区新落户企业12家。",            # a period's arrivals
])
def test_registered_capital_and_new_arrivals_are_no_stock_of_firms(tmp_path, text):
    assert not {f for f in figures(tmp_path, text) if f[0] == "入园企业数" and f[1] in (3, 12)}


# ------------------------------------------------------------------ jobs: the noun left out, staff in work

@pytest.mark.parametrize("text, want", [
    ("园区为当地创造了6800个就业。", ("从业人员", 6800, "个", "实际")),
    ("园区目前有96家企业入驻，1.7万名员工就业。", ("从业人员", 1.7, "万人", "实际")),
])
def test_the_zones_jobs_said_short(tmp_path, text, want):
    assert want in figures(tmp_path, text)


def test_staff_with_a_hardship_are_no_jobs(tmp_path):
    assert not {f for f in figures(tmp_path, "园区举办招聘会，帮助300名员工就业困难家庭。") if f[0] == "从业人员"}


# ------------------------------------------------------------------ the zone taken up again, its parts and built land

@pytest.mark.parametrize("text, want", [
    # brought in by a clause, taken up again by 该
    ("记者一行来到青岚生态产业园，该园区2018年正式开园，占地面积520亩。", ("面积", 520, "亩", "实际")),
    # an adverb before 是
    ("青岚工业园主要是铝加工行业，占地1800公顷。", ("面积", 1800, "公顷", "实际")),
    # the part named with 域, the land developed with 的
    ("开发区规划总面积为7.2平方公里，起步区域为2.4平方公里，目前已开发的土地面积约0.6平方公里。",
     ("面积", 0.6, "平方公里", "实际")),
    ("开发区规划总面积为7.2平方公里，起步区域为2.4平方公里。", ("面积", 2.4, "平方公里", "实际")),
    # a part measured before its name, built after
    ("合作区规划总面积8平方公里，目前，2.15平方公里的起步区已初步建成。", ("面积", 2.15, "平方公里", "实际")),
    # jobs with 万多个
    ("园区为周边村镇创造了1.6万多个就业岗位。", ("从业人员", 16000, "个", "实际")),
])
def test_a_zones_land_taken_up_again_and_its_parts(tmp_path, text, want):
    assert want in figures(tmp_path, text)


@pytest.mark.parametrize("text", [
    "记者来到青岚产业园，该园区引进的青禾项目，占地80亩。",   # the clause names a project: its land
    "青禾项目一期50亩的厂房已建成。",                        # a project's phase, a building
])
def test_a_projects_land_stays_the_projects(tmp_path, text):
    assert not {f for f in figures(tmp_path, text) if f[0] == "面积"}


@pytest.mark.parametrize("text", [
    "全市共有化工企业50家。",
    "该县拥有纺织企业30家。",
    "截至去年底，青州市共有各类化工企业45家。",
])
def test_a_places_firms_held_are_no_parks(tmp_path, text):
    assert not {f for f in figures(tmp_path, text) if f[0] == "入园企业数"}


def test_firms_that_came_at_one_past_moment_are_no_count_of_now(tmp_path):
    got = figures(tmp_path, "青岚产业园区设立于1978年，开发时吸引61家进驻，建园之初有12家企业入驻，目前已有240家企业入驻。")
    assert {f[1] for f in got if f[0] == "入园企业数"} == {240}
