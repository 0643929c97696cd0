"""Key figures as pages nobody here wrote state them: whole reports in our own words, read through
the real reader (a page written to a temporary folder), and the names a user may type for them.

Each report shows forms the labelled sentences (tests/gold/indicators_sentences.json, ids s7f-…)
show one by one, together as a zone's report or a speech writes them.
"""
from pathlib import Path

import pytest

from indexer.reading.indicators import canonical_indicator
from indexer.reading.pipeline import read_file

ZONE_REPORT = """临江经济开发区2023年工作报告
各位代表：
现在，我代表开发区管委会向大会报告工作，请予审议。
一、2023年工作回顾
开发区1998年经省政府批准设立，规划范围26.8平方公里。一年来，全区完成一般公共财政预算收入12.6亿元，同比增长8.2%；\
实际到账外资8200万美元；利用市外资金41亿元。全年项目开工21个，竣工14个。园区内企业达到312家，企业用工人数2.6万人。
二、2024年主要目标
力争完成固定资产投资60至65亿元，财政收入达到十四亿元。
"""
ZONE_FIGURES = {
    ("面积", 26.8, "平方公里", "实际"), ("财政收入", 12.6, "亿元", "实际"), ("实际利用外资", 8200, "万美元", "实际"),
    ("招商引资到位资金", 41, "亿元", "实际"), ("新开工项目数", 21, "个", "实际"), ("竣工投产项目数", 14, "个", "实际"),
    ("入园企业数", 312, "家", "实际"), ("从业人员", 2.6, "万人", "实际"),
    ("固定资产投资", 60, "亿元", "目标"), ("财政收入", 14, "亿元", "目标"),
}

START_SPEECH = """在白沙工业园区二季度重大项目集中开工仪式上的致辞
尊敬的各位领导、各位来宾：
今天，我们在这里隆重举行白沙工业园区二季度重大项目集中开工仪式。我代表园区党工委、管委会，对项目的顺利开工表示热烈祝贺！
今天开工的这8个项目，计划总投资达32亿元，涵盖新材料、智能装备等领域，项目达产后年产值可达50亿元。
园区占地5600亩，目前已入驻企业136家。今年以来，园区完成规上工业总产值逾百亿元，实现税收突破三亿元。
"""
START_FIGURES = {
    ("新开工项目数", 8, "个", "实际"), ("面积", 5600, "亩", "实际"), ("入园企业数", 136, "家", "实际"),
    ("工业总产值", 100, "亿元", "实际"), ("税收", 3, "亿元", "实际"),
}


@pytest.mark.parametrize("name, text, expected", [
    ("临江经济开发区2023年工作报告.txt", ZONE_REPORT, ZONE_FIGURES),
    ("白沙工业园区开工仪式致辞.txt", START_SPEECH, START_FIGURES),
])
def test_a_whole_report_gives_its_parks_figures(tmp_path: Path, name, text, expected):
    page = tmp_path / name
    page.write_text(text, encoding="utf-8")
    report = read_file(page, tmp_path).reports[0]
    got = {(f.name, f.value, f.unit, f.status) for f in report.indicators if f.scope == "园区"}
    assert got == expected
    # what a project will produce once built is a forecast, and the project's (never the park's achieved output)
    assert all(f.status != "实际" for f in report.indicators if f.value == 50)


@pytest.mark.parametrize("word, name", [
    ("地方一般公共预算收入", "财政收入"), ("区级财政收入", "财政收入"), ("实际到账外资", "实际利用外资"),
    ("到帐外资", "实际利用外资"), ("利用市外资金", "招商引资到位资金"), ("规划范围", "面积"),
])
def test_a_name_composed_of_its_words_is_understood_when_typed(word, name):
    assert canonical_indicator(word) == name
