"""Session 37: names formed the regular way that the name table did not know (issue 16, recall).

Each form is composed of a head and the words official statistics put before it, and each was kept only where the
labelled sets of every spent session list it on three hosts or more, with few left out (counted before coding):

- jobs as positions, the verb of bringing part of the name and the count after it ([提供|创造|带动|带来|增加|新增|净增|
  吸纳|解决|安置][直接|间接]?[就业|工作][岗位|机会] N个): +3 right on 3 hosts (eval56, eval60 twice), no extra on a
  labelled page; their status is the sentence's, as a statistic's (a forecast without an aim, 将创造…, is 预计);
- sales as invoiced ((国税)?开票[销售|销售收入|销售额]) for 营业收入 where the sentence states no other turnover: +9 right on
  5 hosts (study2, eval46/study6, eval49, eval54, eval59), +4 extras on 2 pages of 2 of those hosts (figs, study9: the
  same story or site listed elsewhere) — beside a 营业收入 of its own sentence it stays the tax base, no figure;
- taxes and fees paid ([上缴|上交|实缴|缴纳|入库]税费(总额)?, 税费收入): 税收, +4 right on 3 hosts (eval45, eval58,
  eval50/eval59), none left out — the house read them as no figure until now (fees are no tax); 税费 with no verb of
  paying (减免税费) stays none.

Left out by the count: 土地面积 (2 hosts), 新增就业人数 (listed on 2 hosts, left out on 7 pages), 规划管理面积 and 总规面积
(one host each), 产品销售收入 and 劳动就业 (2 hosts each).
"""
from pathlib import Path

import pytest

from indexer.reading.pipeline import read_file


def figures(tmp_path: Path, text: str, title: str = "青岚经济开发区2024年工作总结") -> set:
    page = tmp_path / "page.txt"
    page.write_text(title + "\n" + text + "\n", encoding="utf-8")
    (report,) = read_file(page, tmp_path).reports
    return {(f.name, f.value, f.unit, f.status) for f in report.indicators}


# ------------------------------------------------------------------ jobs: positions named, the count after them

@pytest.mark.parametrize("sentence, want", [
    ("青屿科技园全年实现营业收入12亿元，提供直接就业岗位2600余个。", ("从业人员", 2600, "个", "实际")),
    ("去年，园区当年净增就业岗位1.6万个，新增入园企业45家。", ("从业人员", 16000, "个", "实际")),
    ("预计今年园区将创造就业机会650个。", ("从业人员", 650, "个", "预计")),
    ("力争到2026年，园区新增就业岗位8000个。", ("从业人员", 8000, "个", "目标")),
])
def test_jobs_as_positions_named_before_their_count(tmp_path, sentence, want):
    assert want in figures(tmp_path, sentence)


@pytest.mark.parametrize("sentence", [
    "青山机械有限公司全年提供就业岗位300个。",  # one firm's own
    "该项目建成后可提供就业岗位500个，年产值10亿元。",  # one project's yield once built
    "园区新增就业人数1200人。",  # new jobs counted as people: an increment of the staff, left out by the count
])
def test_jobs_that_are_no_figure_of_the_park(tmp_path, sentence):
    assert not {f for f in figures(tmp_path, sentence) if f[0] == "从业人员"}


# ------------------------------------------------------------------ sales as invoiced

@pytest.mark.parametrize("sentence, want", [
    ("1-9月，青岚经济开发区完成工业开票销售86.5亿元，同比增长12%。", ("营业收入", 86.5, "亿元", "实际")),
    ("园区规模以上工业企业实现开票销售41.2亿元。", ("营业收入", 41.2, "亿元", "实际")),
    ("园区全年完成国税开票销售收入73亿元。", ("营业收入", 73, "亿元", "实际")),
])
def test_invoiced_sales_stand_for_the_turnover(tmp_path, sentence, want):
    assert want in figures(tmp_path, sentence)


def test_invoiced_sales_beside_a_turnover_are_the_tax_base(tmp_path):
    got = figures(tmp_path, "园区完成开票销售收入30亿元，实现主营业务收入28亿元。")
    assert {f for f in got if f[0] == "营业收入"} == {("营业收入", 28, "亿元", "实际")}


# ------------------------------------------------------------------ taxes and fees paid

@pytest.mark.parametrize("sentence, want", [
    ("园区企业全年上缴税费5.6亿元，同比增长9%。", ("税收", 5.6, "亿元", "实际")),
    ("青岚经济开发区全年实现税费收入18.3亿元。", ("税收", 18.3, "亿元", "实际")),
])
def test_taxes_and_fees_paid_are_the_tax(tmp_path, sentence, want):
    assert want in figures(tmp_path, sentence)


@pytest.mark.parametrize("sentence", [
    "园区为企业减免税费1.2亿元。",
    "园区落实降低税费政策，为企业减负3000万元。",
])
def test_fees_relieved_are_no_tax(tmp_path, sentence):
    assert not {f for f in figures(tmp_path, sentence) if f[0] == "税收"}
