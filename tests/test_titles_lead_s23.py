"""Titles of titleless news read from the lead (session 23, lead, after eval30's titles were scored): a paper's or an
agency's dateline glued to the first word, a months range with its year as a time-only clause.
Own sentences."""
from pathlib import Path

import pytest

from indexer.reading.pipeline import read_file


def title(tmp_path: Path, text: str) -> str:
    page = tmp_path / "page.txt"
    page.write_text(text + "\n", encoding="utf-8")
    return read_file(page, tmp_path).reports[0].title


@pytest.mark.parametrize("lead, want", [
    ("本报南宁9月3日电青禾经济开发区今年前8个月实现工业总产值86亿元，同比增长7%。园区发展良好。",
     "青禾经济开发区今年前8个月实现工业总产值86亿元"),
    ("新华社昆明4月2日电东岭综合保税区一季度进出口额突破百亿元。这是该区设立以来首次。",
     "东岭综合保税区一季度进出口额突破百亿元"),
])
def test_a_dateline_glued_to_the_lead_is_no_title(tmp_path, lead, want):
    assert title(tmp_path, lead) == want


def test_a_months_range_with_its_year_is_only_a_time(tmp_path):
    got = title(tmp_path, "2019年1-5月，青禾全省工业园区实现工业增加值912.4亿元，同比增长8.1%。其中…")
    assert got == "2019年1-5月，青禾全省工业园区实现工业增加值912.4亿元"


@pytest.mark.parametrize("lead, want", [
    # a sender's word inside a name is no dateline: a park's own name opening the lead stays
    ("青禾电子信息产业园5月6日电子产品出口增长12%。园区发展良好。", "青禾电子信息产业园5月6日电子产品出口增长12%"),
])
def test_no_dateline_where_none_is(tmp_path, lead, want):
    assert title(tmp_path, lead) == want
