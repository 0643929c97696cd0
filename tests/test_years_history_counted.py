"""A history told from its start and counted since gives the text's year (session 10's end check of its blind set).

A speech at a zone's ceremony may give no year but its history: 1992年，…开发区应运而生。经过21年的艰苦创业，
开发区已成为… — the text stands 21 years after 1992, in 2013. A round count (经过20多年) gives none, and a year
stated outright wins. The sentences are our own."""
import pytest

from indexer.reading.describe import choose_year


@pytest.mark.parametrize("body, year", [
    ("尊敬的各位来宾：\n1994年，青禾经济开发区在一片农田上应运而生。经过19年的艰苦创业，开发区已成为全市经济发展的"
     "重要增长极。", 2013),
    ("同志们：\n2001年，园区破土动工。历经二十二年的发展，园区已经建成为省级开发区。", 2023),
])
def test_the_start_and_the_years_counted_since(body, year):
    got, why = choose_year("在开发区升级揭牌仪式上的讲话", body)
    assert got == year and "讲起" in why


@pytest.mark.parametrize("count", ["20多年", "三十年", "20年"])
def test_a_round_count_gives_no_year(count):
    body = f"尊敬的各位来宾：\n1994年，青禾经济开发区应运而生。经过{count}的艰苦创业，开发区已成为全市经济发展的重要增长极。"
    assert choose_year("在开发区升级揭牌仪式上的讲话", body)[0] is None
