"""Each key figure says why: which rule named it and which words decided its status.

`parksearch inspect` shows it (text and --json, an additive key ``why`` of each figure); the index
does not store it (like a section's ``why``), so the stored figures and the API stay as they were.
"""
import json
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import figures_in
from indexer.build.documents import report_document
from indexer.reading.pipeline import read_file

ROOT = Path(__file__).resolve().parent.parent


def figures_of(text, doc_type="工作总结", category="成效进展", heading="一、主要指标"):
    return figures_in(text, doc_type, heading, category)


@pytest.mark.parametrize("text, name, status, name_says, status_says", [
    # the name: a listed form, a form composed of a few words, a count before its noun
    ("园区完成公共财政预算收入18.2亿元。", "财政收入", "实际", "公共财政预算收入”（构词规则", "总结"),
    ("园区去年到帐外资6000万美元。", "实际利用外资", "实际", "到帐外资”（构词规则", "“去年”"),
    ("园区共有19个项目开工建设。", "新开工项目数", "实际", "数在名前：19个项目", "总结"),
    ("项目开工18个。", "新开工项目数", "实际", "“项目”与其动词", "总结"),
    # the status: the deciding word, or the rule
    ("预计全年实现工业总产值80亿元。", "工业总产值", "预计", "工业总产值", "预计"),
    ("园区力争完成固定资产投资50亿元。", "固定资产投资", "目标", "固定资产投资", "力争"),
    ("今年园区将开工项目20个。", "新开工项目数", "目标", "开工项目", "“将”（将来）"),
    ("全年税收任务为3亿元。", "税收", "目标", "税收", "数值前的“任务为”"),
    ("园区实现税收2.1亿元。", "税收", "实际", "税收", "总结"),
])
def test_a_figure_says_which_rule_named_it_and_decided_its_status(text, name, status, name_says, status_says):
    got = figures_of(text)
    figure = next(f for f in got if f.name == name)
    assert figure.status == status
    assert name_says in figure.why["name"] and status_says in figure.why["status"], figure.why


def test_a_plan_section_and_a_lead_in_are_named_as_the_reason():
    plan = figures_of("工业总产值达到135亿元。", "工作计划", "计划安排", "（一）主要目标")[0]
    assert plan.status == "目标" and "计划部分" in plan.why["status"] and "主要目标" in plan.why["status"]
    lead = figures_of("预计全年主要指标如下：\n工业总产值达到135亿元；\n税收5亿元。")
    assert [f.status for f in lead] == ["预计", "预计"] and all("引导语" in f.why["status"] for f in lead)


def test_inspect_shows_why_and_the_index_does_not_store_it(tmp_path):
    page = tmp_path / "青山工业园区2023年工作总结.txt"
    page.write_text("青山工业园区2023年工作总结\n一、工作完成情况\n园区完成公共财政预算收入18.2亿元，同比增长6%。\n",
                    encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "indexer.cli", "inspect", str(page), "--json"], cwd=ROOT,
                         capture_output=True, text=True, check=True).stdout
    figure = json.loads(out)["reports"][0]["indicators"][0]
    assert figure["name"] == "财政收入" and set(figure["why"]) == {"name", "status"}
    text = subprocess.run([sys.executable, "-m", "indexer.cli", "inspect", str(page)], cwd=ROOT,
                          capture_output=True, text=True, check=True).stdout
    assert "依据：名称“公共财政预算收入”" in text
    report = read_file(page, tmp_path).reports[0]
    stored = report_document(page.name, report)["meta"]["indicators"]
    assert stored and all("why" not in f for f in stored)
    assert set(stored[0]) == set(figure) - {"why"}
