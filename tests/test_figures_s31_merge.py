"""A figure with 亿, 万 and 千 all inside (260亿129万5千元) reads whole — the second figures round's 亿-and-万 form raised on it
and lost the page it stood on (found by the blind read of session 31, on a Taiwanese page). Own sentences."""
import pytest

from conftest import read_page


def test_a_sum_with_yi_wan_and_qian_inside_reads_whole(tmp_path):
    page = "南灣市招商成果\n南灣市去年獲頒招商卓越獎，南灣招商簽約金額高達新台幣260億129萬5千元，占全國年度簽約金額22.9%。\n"
    (report,) = read_page(tmp_path, page)
    (figure,) = [f for f in report.indicators if f.name == "签约资金"]
    assert figure.value_yi == pytest.approx(260.01295)


@pytest.mark.parametrize("amount", ["3亿5万千元", "2亿万5千元", "1亿2万3百元", "8亿零5万元"])
def test_no_form_of_a_compound_sum_loses_the_page(tmp_path, amount):
    # (odd forms give a figure or none, never an error that skips the file)
    page = f"北河工业园区2024年工作总结\n2024年，北河工业园区完成固定资产投资{amount}，同比增长9%。\n园区新增企业12家。\n"
    (report,) = read_page(tmp_path, page)
    assert "北河工业园区" in report.title
