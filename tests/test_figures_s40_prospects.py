"""Session 40: what projects or a counted group of firms will yield, told without a completion word, is no figure
(issue 16; docs/labelling.md: one project's or a counted group's own yield is none, as its investment is none).

The older rule (_one_projects_prospect) needs 建成后 / 达产后 / 投产后 before the yield to see whose it is. Reports as often
leave the completion out and let the clause chain carry its topic: a subject said once, the later clauses without one
(7个工业项目…集中开工，计划总投资…，项目预计实现产值…; 其中重点工业项目8个，总投资…，年可实现工业产值…; 某县石材企业将
达到50家，可实现年产值…，税收…). The reader now walks back over the clauses to the subject the chain carries: projects,
or firms counted, own the forecast; the zone, a place or another subject (该计划) keep it — and projects as an object
(园区引进项目20个，预计全年实现产值…) are no subject.

Sentences are the session's own (parks and places invented), each shape with its guard.
"""
from pathlib import Path

import pytest

from indexer.reading.pipeline import read_file


def figures(tmp_path: Path, text: str, title: str = "青岚经济开发区2024年上半年工作总结") -> set:
    page = tmp_path / "page.txt"
    page.write_text(title + "\n" + text + "\n", encoding="utf-8")
    (report,) = read_file(page, tmp_path).reports
    return {(f.name, f.value, f.status) for f in report.indicators}


YIELDS = {"工业总产值", "营业收入", "税收", "从业人员", "出口额", "工业增加值"}


@pytest.mark.parametrize("text", [
    # projects as the subject of the yield's own clause
    "上半年，6个工业项目在二季度集中开工，计划总投资18.5亿元，项目预计实现产值21.6亿元。",
    # a counted list item (其中 + projects + count) as the topic, an attribute clause between
    "今年以来，园区共实施亿元以上项目20个，其中重点工业项目7个，总投资9.8亿元，年可实现工业产值12.4亿元。",
    # firms counted as the subject, the yield and its list carried over several clauses
    "预计到2025年，青岚县竹木加工企业将达到40家，可实现年产值26亿元，税收8000万元，解决就业1500人以上。",
    # the county's projects counted, the county only their modifier: still projects
    "全县工业项目35个，预计实现销售收入42亿元。",
])
def test_a_yield_whose_clause_chain_is_about_projects_is_none(tmp_path, text):
    assert {f for f in figures(tmp_path, text) if f[0] in YIELDS} == set()


@pytest.mark.parametrize("text, kept", [
    # the zone the subject, projects its object: the zone's forecast
    ("上半年，园区引进项目20个，预计全年实现工业总产值50亿元。", ("工业总产值", 50, "预计")),
    ("今年，青岚经济开发区预计实现工业总产值64亿元。", ("工业总产值", 64, "预计")),
    # a place the subject
    ("全县预计实现工业总产值80亿元，同比增长9%。", ("工业总产值", 80, "预计")),
    # …and the projects its object, the verb one the segmenter tags as a noun (计划, 新建): the zone's or the place's
    ("开发区计划新开工项目16个，实际利用外资2000万美元，出口额1.5亿美元。", ("出口额", 1.5, "目标")),
    ("全县新建工业项目35个，预计实现工业总产值42亿元。", ("工业总产值", 42, "预计")),
    # the park's firms uncounted: the park's own
    ("园区企业预计实现营业收入120亿元。", ("营业收入", 120, "预计")),
    # another subject (the plan) between the projects and the yield
    ("规划于原青岚糖厂旧址开发产业园区，该计划已获批准，预计提高产值100亿元、创造800个就业机会。",
     ("从业人员", 800, "预计")),
])
def test_a_yield_whose_subject_is_the_zone_or_a_place_stays(tmp_path, text, kept):
    assert kept in figures(tmp_path, text)


def test_achieved_figures_are_untouched(tmp_path):
    # the rule is for forecasts only: what the projects did is no prospect (and the labellers list it as the text has it)
    got = figures(tmp_path, "上半年，园区7个工业项目建成投产，实现产值5.2亿元。")
    assert all(f[2] != "预计" for f in got)
