"""A Traditional page's site rows are a Simplified page's rows in the other script: each form is written once.

The rows below are the portal template rows the cleaner drops on Simplified pages; written in Traditional
(converted here with OpenCC, as a Taiwan or Hong Kong portal prints them) they are dropped too, and a report's own
sentences in Traditional are kept.
"""
from __future__ import annotations

import opencc
import pytest

from indexer.reading.clean import clean_text, is_boilerplate_line

_S2T = opencc.OpenCC("s2t")

SITE_ROWS = [
    "加载中",
    "苏公网安备 32010202010123号",
    "京公网安备11010502030000号",
    "转载请注明出处：某某开发区网站",
    "扫一扫在手机打开当前页",
    "本文来源：某某开发区管委会  责任编辑：王某",
    "【字体：大 中 小】【打印】【关闭】",
    "上一篇：园区召开安全生产会议",
]

REPORT_LINES = [
    "园区今年完成工业总产值100亿元，同比增长8%。",
    "一、加快推进污水处理厂建设",
    "管委会将进一步优化营商环境，力争全年新签约项目30个。",
    "截至年底，园区累计入驻企业达到120家。",
]


@pytest.mark.parametrize("row", SITE_ROWS)
def test_a_site_row_is_dropped_in_either_script(row):
    assert is_boilerplate_line(row)
    assert is_boilerplate_line(_S2T.convert(row))


@pytest.mark.parametrize("line", REPORT_LINES)
def test_a_report_line_is_kept_in_either_script(line):
    assert not is_boilerplate_line(line)
    assert not is_boilerplate_line(_S2T.convert(line))


def test_a_traditional_page_loses_its_rows_and_keeps_its_text():
    page = "\n".join(["某某科學園區管理局", *SITE_ROWS[:3], *REPORT_LINES, *SITE_ROWS[3:]])
    cleaned = clean_text(_S2T.convert(page))
    for row in SITE_ROWS:
        assert _S2T.convert(row) not in cleaned
    for line in REPORT_LINES:
        assert _S2T.convert(line) in cleaned
