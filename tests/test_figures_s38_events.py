"""Session 38: the figures of project events — signing, bringing in, starting, completing (issue 16, recall).

A project event's sentence names its verb (签约, 引进, 落户, 开工, 竣工), counts the projects (before or after 项目) and
joins their total to the count; the event clause gives its name to the total joined to it (a signing's total is
签约资金; a start's or a completion's total is no figure, docs/labelling.md). Each shape was counted over the labelled
pages of every spent set (s31-eval45 … s37-eval62 and the study sets) before it was kept:

- projects signed or brought in counted by a class whose bound names the investment or the projects' origin, or takes
  two words of class (引进投资5000万元以上项目87个, 签约总投资10亿元以上项目16个, 引进市外500万元以上工业项目936个,
  引进10亿元以上重大产业项目41个, 新增入园10亿元以上重大产业化项目47个), a floor before the count (超过841个), and not a
  part of another zone's count said before a semicolon: +9 right on 8 hosts (eval46, eval50, eval51 twice, eval54,
  eval56 twice, eval59, eval62), no extra (a 其中 before still makes the items after its semicolons parts: figs 31);
- the total joined to a signed count: by 、 after the count written before its noun (签约12个产业项目、总投资99亿元), after
  the verb said later with its place or manner (5个重大项目分别在线上线下集中签约，总投资达…; 166个项目实现签约落地，
  总投资约…), with 突破 (总投资突破1260亿元), or past a list of the projects' fields that held 零件 (read as 0 件
  until now): +5 right on 5 hosts (eval59 twice, eval60, eval54, eval50), no extra; never of projects to be signed or
  sought (拟签约12个项目、总投资…);
- a ceremony held with the count in its name (举行25个工业项目集中开工奠基仪式, as 举行27个项目集中开工活动 was read):
  +1 right (eval57), the shape labelled on 4 pages of 4 hosts (eval47, eval53, eval57, eval61), the others already read;
- a list of events, each with its verb before its count (集中开工8个项目、签约10个项目): each count its own verb's
  (+1 right, -1 extra, eval52), and the total said after such a list is all the events' (-1 extra, eval52); one count
  with two events after it (28个项目集中开工签约, 开工或签约) is neither's (-1 extra, eval52), as 开竣工 is none;
- a cost said before its own count (…集中签约，总投资123.47亿元的37个项目集中开工) is that count's, never carried as the
  signed money from the count before (-1 extra, eval55).

Left out by the count: 签约…项目投资额 with no count (one page), a count before its noun then a place after the verb
(571个项目落户某地，总投资…: one page), 专案 for 项目 (one page), a class before the verb of starting (亿元以上新开工项目:
one page), 只 as the projects' measure word (one page), and 总投资超过N亿元的M个项目 (one page; 超过 there reads as a
class's bound).
"""
from pathlib import Path

import pytest

from indexer.reading.pipeline import read_file


def figures(tmp_path: Path, text: str, title: str = "青岚经济开发区招商引资工作情况") -> set:
    page = tmp_path / "page.txt"
    page.write_text(title + "\n" + text + "\n", encoding="utf-8")
    (report,) = read_file(page, tmp_path).reports
    return {(f.name, f.value, f.unit, f.status) for f in report.indicators}


def names_of(found: set, *names: str) -> set:
    return {f for f in found if f[0] in names}


# ------------------------------------------------------------------ projects counted by a class whose bound is written out

@pytest.mark.parametrize("sentence, want", [
    ("今年，青岚经济开发区引进投资8000万元以上项目64个。", ("签约项目数", 64, "个", "实际")),
    ("1至9月，园区新引进投资额千万元以上产业项目212个。", ("签约项目数", 212, "个", "实际")),
    ("全年园区签约总投资5亿元以上项目13个。", ("签约项目数", 13, "个", "实际")),
    ("上半年，园区成功引进20亿元以上重大产业项目9个，总投资突破480亿元。", ("签约项目数", 9, "个", "实际")),
    ("上半年，园区成功引进20亿元以上重大产业项目9个，总投资突破480亿元。", ("签约资金", 480, "亿元", "实际")),
    ("全年新增入园5亿元以上重大产业化项目28个。", ("签约项目数", 28, "个", "实际")),
    ("青岚开发区引进省外1000万元以上工业项目318个。", ("签约项目数", 318, "个", "实际")),
    ("甲新区新签约亿元以上项目120个，协议投资总额约900亿元；乙新区引进3000万元以上项目超过260个，协议投资总额1750亿元。",
     ("签约项目数", 260, "个", "实际")),
    ("甲新区新签约亿元以上项目120个，协议投资总额约900亿元；乙新区引进3000万元以上项目超过260个，协议投资总额1750亿元。",
     ("签约资金", 1750, "亿元", "实际")),
])
def test_projects_counted_by_a_class_with_its_bound_written_out(tmp_path, sentence, want):
    assert want in figures(tmp_path, sentence)


@pytest.mark.parametrize("sentence", [
    "园区洽谈投资5000万元以上项目15个。",  # in talks: not signed
    "园区储备10亿元以上重大产业项目6个，总投资突破120亿元。",  # a pool of projects sought
    "园区在建亿元以上项目20个，总投资80亿元。",  # building: no signing
    # a whole count before in the same clause makes the class a part of it
    "园区新引进项目58个，共引进3000万元以上项目9个。",
])
def test_a_class_of_projects_not_signed_gives_no_signed_figure(tmp_path, sentence):
    found = figures(tmp_path, sentence)
    assert not {f for f in names_of(found, "签约项目数", "签约资金") if f[1] in (15, 6, 120, 20, 80, 9)}


def test_a_split_by_qizhong_runs_on_past_its_semicolons(tmp_path):
    # "其中来自甲地的…；来自甲地的新落地…": the items after the semicolon are still parts of the split, no count of their own
    found = figures(tmp_path, "全市新签约亿元以上工业项目210个，总投资1100亿元。其中来自沿海的新签约亿元以上工业项目56个、"
                              "占比26%，总投资350亿元；来自沿海的新落地亿元以上工业项目38个、占比25%，总投资140亿元。")
    assert not {f for f in found if f[1] == 38}


# ------------------------------------------------------------------ the total joined to a signed count

@pytest.mark.parametrize("sentence, want", [
    ("推介会现场签约9个产业项目、总投资76亿元，2个贸易项目。", ("签约资金", 76, "亿元", "实际")),
    ("青岚开发区的甲项目、乙项目等6个重大项目分别在线上线下集中签约，总投资达31.4亿元。", ("签约资金", 31.4, "亿元", "实际")),
    ("甲、乙等128个项目实现签约落地，总投资约96.3亿元。", ("签约资金", 96.3, "亿元", "实际")),
    ("该区今年2月签约项目5个，包括精密零件加工、电子元件生产等，总投资6.48亿元。", ("签约资金", 6.48, "亿元", "实际")),
])
def test_the_total_joined_to_a_signed_count(tmp_path, sentence, want):
    assert want in figures(tmp_path, sentence)


@pytest.mark.parametrize("sentence", [
    "青岚开发区拟签约12个产业项目、总投资99亿元。",  # to be signed
    "园区意向签约项目7个，意向签约额160亿元。",  # intent
    "5个项目将于下月在青岚开发区集中签约，总投资25亿元。",  # not yet
    "青岚开发区在谈项目8个、总投资50亿元。",  # in talks
])
def test_no_signed_money_for_projects_not_signed(tmp_path, sentence):
    found = figures(tmp_path, sentence)
    assert not {f for f in names_of(found, "签约资金") if f[3] == "实际"}
    assert not {f for f in names_of(found, "签约资金") if f[1] in (99, 160, 25, 50)}


def test_one_projects_own_cost_is_no_signed_money(tmp_path):
    found = figures(tmp_path, "青山新能源有限公司投资5亿元的储能电池项目正式签约。")
    assert not names_of(found, "签约资金")


# ------------------------------------------------------------------ events held, listed, told together

@pytest.mark.parametrize("sentence, want", [
    ("今天，青岚县隆重举行18个工业项目集中开工奠基仪式。", ("新开工项目数", 18, "个", "实际")),
    ("青岚开发区举行12个项目集中开工仪式。", ("新开工项目数", 12, "个", "实际")),
    ("青岚开发区举行11个项目集中签约仪式。", ("签约项目数", 11, "个", "实际")),
])
def test_a_ceremony_held_with_the_count_in_its_name(tmp_path, sentence, want):
    assert want in figures(tmp_path, sentence)


def test_a_ceremony_to_be_held_counts_nothing(tmp_path):
    found = figures(tmp_path, "青岚开发区将举行12个项目集中开工仪式。")
    assert not names_of(found, "新开工项目数")


def test_a_list_of_events_each_with_its_verb(tmp_path):
    found = figures(tmp_path, "此次青岚市集中开工7个项目、签约9个项目，总投资58.5亿元。")
    assert ("新开工项目数", 7, "个", "实际") in {(f[0], f[1], f[2], f[3]) for f in found}
    assert ("签约项目数", 9, "个", "实际") in found
    assert not names_of(found, "签约资金")  # the total of started and signed together
    assert ("签约项目数", 7, "个", "实际") not in found


@pytest.mark.parametrize("sentence", [
    "青岚甲乙两地26个项目集中开工签约。",
    "12月上旬，青岚市、青山县先后有26个项目集中开工或签约，总投资百亿元。",
])
def test_a_count_of_two_events_together_is_neithers(tmp_path, sentence):
    found = figures(tmp_path, sentence)
    assert not names_of(found, "签约项目数", "新开工项目数")


def test_a_starts_cost_said_before_its_count_is_no_signed_money(tmp_path):
    found = figures(tmp_path, "园区先后开展活动4次，总投资160亿元的25个项目集中签约，总投资110亿元的33个项目集中开工，"
                              "总投资48亿元的36个项目集中投产。")
    assert ("签约资金", 160, "亿元", "实际") in found
    assert ("新开工项目数", 33, "个", "实际") in found
    assert not {f for f in names_of(found, "签约资金") if f[1] in (110, 48)}


@pytest.mark.parametrize("sentence", [
    "园区全年新开工项目15个，总投资60亿元。",  # a start's total: no figure
    "青岚开发区集中开工项目15个，计划总投资60亿元。",
    "15个项目集中开工，总投资60亿元。",
])
def test_a_starts_total_is_no_figure(tmp_path, sentence):
    found = figures(tmp_path, sentence)
    assert ("新开工项目数", 15, "个", "实际") in found
    assert not {f for f in found if f[1] == 60}
