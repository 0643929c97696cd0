"""A park typed with a topic (磐安工业园区 项目建设): after the park's own reports, those that write the park's name come
before the topic's other reports (search/preferences.py), and so do those that write the place the name is built on
(磐安 of 磐安工业园区: a county's report, the park's firms 磐安某某工贸), as a BM25 search, whose words the place is one
of, lists them."""
from __future__ import annotations

import pytest

from conftest import service_of_texts, titles_found

REPORTS = {
    "青川园区2024年工作总结.txt": "青川工业园区2024年工作总结\n一、项目建设\n项目建设加快推进，新开工项目8个。\n",
    # writes the place only: a firm of the county and its projects
    "乙县2024年工作汇报.txt": "乙县2024年工作汇报\n项目建设：青川鑫达机械、青川华源食品两个项目开工。\n",
    # the topic written more often, no word of the park
    "丙县2024年工作汇报.txt": "丙县2024年工作汇报\n项目建设是全年重点。项目建设稳步推进，项目建设投资增长，项目建设提速。\n",
    "丁县2024年工作汇报.txt": "丁县2024年工作汇报\n项目建设有序推进，项目建设成效明显，项目建设任务完成。\n",
}


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    return service_of_texts(tmp_path_factory, "park_place", REPORTS)


def test_a_report_writing_the_parks_place_comes_after_the_parks_own_before_the_others(service):
    found, answer = titles_found(service, "青川工业园区 项目建设")
    assert found[0] == "青川工业园区2024年工作总结"
    assert found[1] == "乙县2024年工作汇报"  # before: last, below 丙 and 丁, which write the topic more
    assert sorted(found[2:]) == ["丁县2024年工作汇报", "丙县2024年工作汇报"]
    assert "其次是写有“青川工业园区”或“青川”的报告" in answer["understood"]


def test_the_place_alone_is_a_string_not_a_park_and_finds_only_what_writes_it(service):
    found, _ = titles_found(service, "青川 项目建设")
    assert sorted(found) == ["乙县2024年工作汇报", "青川工业园区2024年工作总结"]


@pytest.mark.parametrize("name, place", [("磐安工业园区", "磐安"), ("金岭工业园", "金岭"), ("宁波国家高新区", "宁波"),
                                         ("樟树市工业园", "樟树")])
def test_the_place_a_parks_name_is_built_on(name, place):
    from indexer.search.preferences import park_place

    assert park_place(name) == place


def test_a_name_the_key_does_not_parse_has_no_place():
    from indexer.search.preferences import park_place

    assert park_place("招商引资") is None
