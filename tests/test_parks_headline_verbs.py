"""A headline's verb phrase after its place is no park name: 某省再添国家级开发区 ("the province gains another
national zone") names no park; the park is the one its lead upgrades or names. A name's characters are content words:
a word opening with an adverb, a conjunction or a preposition (再添, 已建, 将建, 共建) is the sentence's verb, while a
trade name the segmenter guessed a verb (潭子 + 聚兴 + 产业园区) stays a name. Our own sentences."""
from __future__ import annotations

import pytest

from indexer.reading.parks import choose_park, find_park_mentions


@pytest.mark.parametrize("text", [
    "山东再添国家级经济技术开发区",
    "江西再添国家级高新技术产业开发区",
    "安福县已建工业园区三个",
    "吉安将建省级农业科技园区",
])
def test_a_place_then_an_adverbs_verb_names_no_park(text):
    assert find_park_mentions(text) == []


def test_a_trade_name_guessed_a_verb_after_a_place_stays_a_name():
    assert [m.name for m in find_park_mentions("潭子聚兴产业园区")] == ["潭子聚兴产业园区"]


def test_the_park_of_such_news_is_the_one_its_lead_names():
    title = "江西再添国家级高新技术产业开发区"
    body = ("近日，江西安福工业园区升级为国家级高新技术产业开发区，定名为安福高新技术产业开发区。"
            "安福高新技术产业开发区规划面积12平方公里，已入驻企业160家。")
    park, _, why = choose_park(title, body)
    assert park == "安福高新技术产业开发区", why
