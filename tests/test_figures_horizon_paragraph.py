"""A plan's horizon opening a sentence governs the figures of the sentences after it, to the paragraph's end.

Plans and planning passages of news set the horizon once (到2025年，… / 到“十四五”末，…) and then list what they aim
for in sentences of their own (…引进企业20家以上。园区实现营业收入1200亿元，税收40亿元。): those are targets, never
achieved figures (#16: "never a target shown as an achieved figure"). A sentence saying what already is (已, 目前),
one opening with a period of its own, and a new paragraph end it. Our own sentences, invented figures.
"""
from __future__ import annotations

import pytest

from indexer.reading.indicators import find_indicators


def figures(text: str, doc_type: str = "其他") -> list[tuple[str, float, str]]:
    return [(f.name, f.value, f.status) for f in find_indicators(text, doc_type=doc_type)]


@pytest.mark.parametrize("text, expected", [
    # the horizon in its own sentence, the figures after it
    ("到“十四五”末，园区新引进世界500强企业5家以上。园区实现营业收入800亿元，税收30亿元。",
     [("营业收入", 800.0, "目标"), ("税收", 30.0, "目标")]),
    ("到2027年，新城工业园将建成全省一流的新材料基地。园区实现工业总产值600亿元，固定资产投资累计完成300亿元。",
     [("工业总产值", 600.0, "目标"), ("固定资产投资", 300.0, "目标")]),
    # in Traditional script, with corner quotes, 期末
    ("到「十四五」期末，園區引進重點企業30家。園區實現營業收入1200億元，稅收40億元。",
     [("营业收入", 1200.0, "目标"), ("税收", 40.0, "目标")]),
    # the horizon in the figure's own sentence (到“十二五”末 was no horizon before: only 十三五…十六五 末)
    ("到“十二五”末，园区实现工业总产值500亿元。", [("工业总产值", 500.0, "目标")]),
])
def test_a_horizon_opening_a_paragraph_makes_its_later_figures_targets(text, expected):
    assert figures(text, "工作总结") == expected


@pytest.mark.parametrize("text, expected", [
    # what already is, said at the horizon: a stock, not a plan
    ("到2022年底，园区已入驻企业120家。园区实现营业收入80亿元。", [("入园企业数", 120.0, "实际"), ("营业收入", 80.0, "实际")]),
    # a sentence opening with its own period ends the horizon
    ("到2025年，园区工业总产值达到1000亿元。2022年，园区完成工业总产值620亿元。",
     [("工业总产值", 1000.0, "目标"), ("工业总产值", 620.0, "实际")]),
    # a new paragraph ends it
    ("到2025年，园区建成省级特色产业基地。\n园区全年实现税收5.6亿元。", [("税收", 5.6, "实际")]),
    # 目前 in a later sentence: what is now
    ("到2025年，园区力争入驻企业200家。目前园区入驻企业135家。",
     [("入园企业数", 200.0, "目标"), ("入园企业数", 135.0, "实际")]),
])
def test_what_is_said_done_or_dated_after_a_horizon_stays_done(text, expected):
    assert figures(text, "工作总结") == expected


def test_a_running_total_under_a_horizon_is_a_target_and_the_horizon_goes_on():
    """累计 in the horizon's own sentence (…20家以上，累计达到30家以上) is the plan's total, and it does not stop the
    horizon from governing the sentences after it (累计 is no word of what already is, as 已 and 目前 are)."""
    text = ("到“十四五”末，园区新签约项目50个以上，累计新开工项目达到80个以上。"
            "园区实现营业收入900亿元，税收35亿元。")
    assert figures(text, "工作总结") == [("签约项目数", 50.0, "目标"), ("新开工项目数", 80.0, "目标"),
                                       ("营业收入", 900.0, "目标"), ("税收", 35.0, "目标")]
