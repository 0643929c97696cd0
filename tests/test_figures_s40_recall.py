"""Session 40: figures of a zone's stock read where the words are a little off the listed forms (issue 16).

- Jobs counted as positions in a sentence framed by the day it counts up to (截至目前，…为当地解决…个就业岗位; 截止某年末)
  are there by then: 实际, as 已 or 累计 in their own clause already made them — unless their own clause looks ahead
  (将, 预计, 有望, 可).
- Firms attracted (吸引) so far are brought in, as 引进 and 招引 are; where they came from (来自N个国家的) and a bound
  (大约) may stand between the verb and the count.
- Taxes paid to a named receiver (上缴国家税收, 上缴东道国税费) are taxes paid; the staff counted whole (职工总人数) and the
  jobs for the locality (解决当地就业) are the park's staff and jobs.

Sentences are the session's own (parks invented), each with its guard.
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
    ("截至目前，青岚工业园区已吸引了120家企业在此投资，为当地解决超过2.6万个就业岗位。", ("从业人员", 2.6, "实际")),
    ("截止2022年末，青岚工业园区已建成标准厂房30万平方米，为当地创造1800多个工作岗位。", ("从业人员", 1800, "实际")),
])
def test_jobs_framed_by_a_cut_off_are_there(tmp_path, text, want):
    got = {(n, v, s) for n, v, s in figures(tmp_path, text)}
    assert want in got or (want[0], want[1] * 10000, want[2]) in got


@pytest.mark.parametrize("text", [
    "目前，青岚工业园区二期正在建设，建成后将创造3000个就业岗位。",
    "截至目前，青岚工业园区已签约项目12个，预计可带动2000个就业岗位。",
])
def test_jobs_a_cut_off_sentence_looks_ahead_to_are_to_come(tmp_path, text):
    assert all(s != "实际" for n, v, s in figures(tmp_path, text) if n == "从业人员")


@pytest.mark.parametrize("text, count", [
    ("截至目前，青岚工业园区已吸引86家企业。", 86),
    ("截至2023年6月底，青岚工业园区已引进了来自12个国家的74家企业。", 74),
    ("目前，青岚工业园区已吸引大约150家企业入驻。", 150),
])
def test_firms_attracted_so_far_are_the_parks(tmp_path, text, count):
    assert ("入园企业数", count, "实际") in figures(tmp_path, text)


def test_firms_attracted_in_a_period_are_no_stock(tmp_path):
    assert not {f for f in figures(tmp_path, "今年，青岚工业园区吸引了12家企业。") if f[0] == "入园企业数"}


@pytest.mark.parametrize("text, want", [
    ("2023年，青岚工业园区上缴国家税收3.4亿元，同比增长6%。", ("税收", 3.4, "实际")),
    ("青岚工业园区开园以来，累计上缴东道国税费1.2亿美元。", ("税收", 1.2, "累计")),
    ("截止2023年末，青岚工业园区职工总人数已达2100人。", ("从业人员", 2100, "实际")),
    ("青岚工业园区2023年解决当地就业4800人。", ("从业人员", 4800, "实际")),
])
def test_names_with_a_receiver_or_a_whole_inside(tmp_path, text, want):
    assert want in figures(tmp_path, text)


def test_a_relief_is_still_no_tax_paid(tmp_path):
    # (the receiver forms are of paying: relief stays none)
    assert not {f for f in figures(tmp_path, "2023年，青岚工业园区为企业减免地方税收1.1亿元。") if f[0] == "税收"}
