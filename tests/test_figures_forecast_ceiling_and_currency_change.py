"""Two forms of Taiwan's and Hong Kong's business news found on the session-21 end check's fresh pages, each a form of how
such news is written, not of one page: 上看 before a sum is a forecast's ceiling (全年营业额上看3000亿元: never an achieved
figure), and a change stays a change when the currency's name stands between its verb and the sum (年产值将增加新台币30亿
元: no level of output). The sentences are ours."""
from pathlib import Path

import pytest

from indexer.reading.pipeline import read_file


def figures(tmp_path: Path, text: str, title: str = "青松科学园区2023年营运成果") -> set:
    page = tmp_path / "page.txt"
    page.write_text(title + "\n" + text + "\n", encoding="utf-8")
    (report,) = read_file(page, tmp_path).reports
    return {(f.name, f.value, f.status) for f in report.indicators}


@pytest.mark.parametrize("sentence, want", [
    ("青松科學園區管理局今日公布，2023年園區營業額達新臺幣2,555.6億元，全年營業額上看3,000億元。", ("营业收入", 3000, "预计")),
    ("管理局表示，明年園區營業額上看新臺幣4,200億元。", ("营业收入", 4200, "预计")),
    ("园区今年营业收入上看500亿元，较去年成长一成。", ("营业收入", 500, "预计")),
])
def test_a_sum_after_shang_kan_is_a_forecast(tmp_path, sentence, want):
    got = figures(tmp_path, sentence)
    assert want in got
    assert (want[0], want[1], "实际") not in got


def test_the_achieved_sum_before_it_stays_achieved(tmp_path):
    got = figures(tmp_path, "2023年園區營業額達新臺幣(下同)2,555.6億元，全年營業額上看3,000億元。")
    assert ("营业收入", 2555.6, "实际") in got


@pytest.mark.parametrize("sentence, name, value", [
    ("新廠投產後，園區年產值將增加新臺幣30億元。", "工业总产值", 30),
    ("去年园区营业收入增加新台币120亿元。", "营业收入", 120),
    ("园区出口额比上年增长人民币5亿元。", "出口额", 5),
])
def test_a_change_counted_in_a_named_currency_is_no_level(tmp_path, sentence, name, value):
    assert not {f for f in figures(tmp_path, sentence) if f[:2] == (name, value)}


def test_a_level_reached_in_a_named_currency_is_read(tmp_path):
    assert ("营业收入", 120, "实际") in figures(tmp_path, "去年园区营业收入增加到新台币120亿元。")
