"""A short phrase nothing finds (fallback.CHARS, session 31): among the reports holding its characters, those writing
them together come first (intier.proximity, BM25TP's proximity part), above a report writing each of them more often,
apart; with no two written together, the characters' Okapi order stays. Hand-written reports, a real index."""
from __future__ import annotations

import pytest

from conftest import service_of_texts, titles_found
from indexer.search import intier

FILLER = "园区组织职工开展技能培训，开展消防演练，做好防汛值守，环境卫生整治有序推进。"

WATER = {
    # 水 and 难 together: a shortage of drinking water, said officially (饮水难)
    "甲县工作报告.txt": "甲县工作报告\n一、民生实事\n解决山区群众饮水难问题，新建集中供水工程三处。\n"
    + FILLER * 2,
    # 水 often, 难 once, never near each other
    "乙县工作报告.txt": "乙县工作报告\n一、水利建设\n新修水渠十公里，水库除险加固，水质达标，水土流失得到治理，"
    "农田水利设施完善。\n二、其他\n" + FILLER + "帮扶困难群众三百户。\n",
    # 水 twice, 难 once, apart
    "丙县工作报告.txt": "丙县工作报告\n一、环境\n" + FILLER + "污水管网延伸，水环境改善。\n二、民生\n"
    + FILLER + "救助困难家庭五十户。\n",
    # neither character
    "丁县工作报告.txt": "丁县工作报告\n一、工业\n新建标准厂房两栋，规上企业新增五家。\n",
}


@pytest.fixture(scope="module")
def water(tmp_path_factory):
    return service_of_texts(tmp_path_factory, "s31-chars", WATER)


def test_the_characters_written_together_come_first(water):
    found, answer = titles_found(water, "吃水难")
    assert {r["match"] for r in answer["results"]} == {"chars"}, answer["understood"]
    assert found[0] == "甲县工作报告", found  # 饮水难: 水 and 难 together, above 乙's many 水 apart
    assert "丁县工作报告" not in found


def test_without_characters_written_together_the_okapi_order_stays(water, monkeypatch):
    found, _ = titles_found(water, "吃水难")
    rest = [t for t in found if t != "甲县工作报告"]
    water._cache.clear()
    monkeypatch.setattr(intier, "PAIR_READ", 0)  # the characters' Okapi alone
    before, _ = titles_found(water, "吃水难")
    assert rest == [t for t in before if t != "甲县工作报告"], (found, before)


def test_proximity_counts_pairs_of_different_characters_only():
    idf = {"水": 0.5, "难": 0.4}
    together, apart, one, repeated = intier.proximity(["饮水难", "水" + "。" * 10 + "难", "水水水", "难难难"], idf)
    assert together > 0 and apart == 0 and one == 0 and repeated == 0
    assert intier.proximity(["饮水难"], {"水": 0.5}).tolist() == [0.0]  # one character: no pair
