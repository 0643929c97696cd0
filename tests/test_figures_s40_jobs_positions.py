"""Session 40: the jobs a zone brings counted before the positions, in the freer forms news prints them (issue 16).

- The verb's objects a list: the jobs after another object, joined by 、 as by 和 (可创造200亿元产值、800个就业机会).
- The positions said direct or indirect (创造1300个直接就业机会).
- 就业人口 right after its count, no measure word between (预估引进1900就业人口, 创造1700就业人口): Taiwan's press's word for
  the jobs a zone brings, its status as the words around say (已 came, 预估 and 可望 are to come).

Guards: 就业人口 named before its count stays the park's staff (园区就业人口8万人); a count with no verb of bringing
before 就业人口 is no figure.
Sentences are the session's own (parks invented).
"""
from pathlib import Path

import pytest

from indexer.reading.pipeline import read_file


def figures(tmp_path: Path, text: str, title: str = "青岚工业园区发展情况") -> set:
    page = tmp_path / "page.txt"
    page.write_text(title + "\n" + text + "\n", encoding="utf-8")
    (report,) = read_file(page, tmp_path).reports
    return {(f.name, f.value, f.status) for f in report.indicators}


@pytest.mark.parametrize("text, want", [
    ("市长表示，将把青岚园区打造成区域物流基地，预估每年可创造150亿元产值、600个就业机会。", ("从业人员", 600, "预计")),
    ("青嵐園區等3處園區面積共約40公頃，可望增加產值200億元、6200個就業機會。", ("从业人员", 6200, "预计")),
    ("青岚园区可望释出12公顷产业用地，提供约40家厂商进驻，创造900个直接就业机会。", ("从业人员", 900, "预计")),
    ("青嵐園區將在明年下半年招商，預估引進1900就業人口，年產約40億元。", ("从业人员", 1900, "预计")),
    ("青嵐等3處園區可望增加產值200億元、6200就業人口。", ("从业人员", 6200, "预计")),
    ("青岚园区近年稳定成长，目前已成功引进85家企业进驻，创造1500就业人口。", ("从业人员", 1500, "实际")),
])
def test_jobs_brought_in_freer_forms(tmp_path, text, want):
    assert want in figures(tmp_path, text)


@pytest.mark.parametrize("text, want", [
    ("青岚园区就业人口8万人。", ("从业人员", 8, "实际")),
    ("青岚园区现有企业300家，就业人口2.1万人。", ("从业人员", 2.1, "实际")),
])
def test_jobs_population_named_before_its_count_is_the_staff(tmp_path, text, want):
    assert want in figures(tmp_path, text)


@pytest.mark.parametrize("text", [
    "青岚园区现已达364家，超过3万就业人口。",  # (no verb of bringing before the count: left alone)
    "青嵐園區現有廠商364家，3萬就業人口。",
])
def test_no_jobs_without_a_verb_of_bringing_before_the_count(tmp_path, text):
    assert not {f for f in figures(tmp_path, text) if f[0] == "从业人员"}
