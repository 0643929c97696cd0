"""Words of planning documents: 预期目标 / 预期(性)指标 / 主要预期发展指标 name a plan's targets (beside
约束性指标), not a forecast; and the catalogue's zones whose names end in 区 (台商投资区, 边境经济合作区)
say 全区 of themselves as 开发区 and 高新区 do."""
from pathlib import Path

import pytest

from indexer.reading.pipeline import read_file

MEETING = ("高新区召开2025年经济工作会议\n"
           "1月8日，高新区召开2025年经济工作会议。会议总结了2024年工作，全年完成工业总产值120亿元，同比增长8%。\n"
           "会议部署了2025年工作，明确{lead}：工业总产值达到132亿元，税收达到6亿元。\n")


def figures(tmp_path: Path, text: str) -> set:
    page = tmp_path / "page.txt"
    page.write_text(text, encoding="utf-8")
    (report,) = read_file(page, tmp_path).reports
    return {(f.name, f.value, f.status, f.scope) for f in report.indicators}


@pytest.mark.parametrize("lead", ["主要预期发展指标", "预期性指标", "预期目标", "主要预期指标"])
def test_a_plans_expected_indicators_are_targets(tmp_path, lead):
    found = figures(tmp_path, MEETING.format(lead=lead))
    assert ("工业总产值", 120, "实际", "园区") in found
    assert ("工业总产值", 132, "目标", "园区") in found and ("税收", 6, "目标", "园区") in found


def test_expected_alone_is_still_a_forecast(tmp_path):
    found = figures(tmp_path, "高新区经济运行简报\n今年以来，高新区经济平稳运行，预期全年工业总产值达到130亿元。\n")
    assert ("工业总产值", 130, "预计", "园区") in found


@pytest.mark.parametrize("title", ["漳州台商投资区2023年工作总结", "东兴边境经济合作区2023年工作总结"])
def test_a_catalogue_zone_says_whole_zone_of_itself(tmp_path, title):
    text = f"{title}\n2023年，园区管委会紧紧围绕年度目标任务，全区实现规模以上工业产值512亿元，同比增长6.5%。\n"
    assert ("工业总产值", 512, "实际", "园区") in figures(tmp_path, text)


@pytest.mark.parametrize("verb", ["打造成为", "打造成", "建设成为", "发展成为"])
def test_what_a_park_is_to_become_is_a_goal(tmp_path, verb):
    text = (f"青山工业园区2023年工作总结\n2023年，园区实现营业收入320亿元。下一步，我们将把园区{verb}营业收入超500亿元的"
            "千亿级产业基地。\n")
    found = figures(tmp_path, text)
    assert ("营业收入", 320, "实际", "园区") in found
    assert ("营业收入", 500, "实际", "园区") not in found
