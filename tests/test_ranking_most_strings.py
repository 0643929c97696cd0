"""A query of three strings or more that few reports hold together, each string loosened: the reports
holding all of them but one come last (fallback.most_strings), as a BM25 search also lists them."""
from __future__ import annotations

from conftest import service_of_texts

from indexer.search import SearchRequest

REPORTS = {
    "甲园区2024年工作总结.txt": "甲园区2024年工作总结\n园区完成排水管网铺设，雨水与污水分开排放。\n",
    "乙园区2024年工作总结.txt": "乙园区2024年工作总结\n园区道路全面完工，绿化面积扩大。\n",
    "丙园区2024年工作总结.txt": "丙园区2024年工作总结\n园区排水管网改造全部完成，新建泵站一座。\n",
}


def results(service, q):
    answer = service.search(SearchRequest(q=q, per_page=50, collapse=False))
    return [row["source"] for row in answer["results"]], answer


def test_the_reports_holding_all_strings_but_one_come_last(tmp_path_factory):
    service = service_of_texts(tmp_path_factory, "most-strings", REPORTS)
    found, answer = results(service, "排水 管网 改造")
    assert found == ["丙园区2024年工作总结.txt", "甲园区2024年工作总结.txt"]  # 甲 has no 改造: last
    assert answer["results"][1]["match"] in ("near", "words")  # marked as not a complete match
    assert "只缺其中一项" in answer["understood"]


def test_two_strings_are_never_left_one_alone(tmp_path_factory):
    """Either string of two alone would be too loose (园区 alone is in every report)."""
    service = service_of_texts(tmp_path_factory, "most-strings-two", REPORTS)
    found, answer = results(service, "排水 泵站改造升级")
    assert "乙园区2024年工作总结.txt" not in found
    assert "只缺其中一项" not in answer["understood"]
