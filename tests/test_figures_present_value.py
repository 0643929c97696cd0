"""A change told from its start to the present (从…增长到今天的…, 由…增加至目前的…): the value after 到/至 is the
figure now, whatever time word stands between (今天的, 现在, 目前的, 如今). The sentences are our own."""
import pytest

from indexer.reading.indicators import find_indicators


@pytest.mark.parametrize("text, name, value, unit", [
    ("园区财政收入从几十万元增长到今天的50多亿元。", "财政收入", 50, "亿元"),
    ("園區營業收入由3億元增加至目前的12億元。", "营业收入", 12, "亿元"),
    ("开发区规划面积从9平方公里扩大到现在的80平方公里。", "面积", 80, "平方公里"),
])
def test_the_value_a_change_reaches_now(text, name, value, unit):
    found = [(f.name, f.value, f.unit, f.status) for f in find_indicators(text)]
    assert found == [(name, value, unit, "实际")]


def test_a_time_word_not_between_a_change_and_its_value_stays():
    # 今天 opening a clause is no part of a change: the figure is read as before
    assert [(f.name, f.value) for f in find_indicators("今天，园区财政收入达到50亿元。")] == [("财政收入", 50)]


@pytest.mark.parametrize("text, parts", [
    ("园区实现营业收入2124.3亿元。分领域看，新材料实现营业收入1439.6亿元，占67.8%；生物医药实现营业收入182.5亿元。",
     [(2124.3, "园区"), (1439.6, "其他"), (182.5, "其他")]),
    ("分企业类型看，内资企业实现税收8亿元，外资企业实现税收4亿元。", [(8, "其他"), (4, "其他")]),
])
def test_a_breakdown_by_field_or_kind_gives_the_parts_figures(text, parts):
    """分领域看，… / 分行业看，… / 分企业类型看，…: what follows splits the park's figure into its parts' (scope 其他)."""
    assert [(f.value, f.scope) for f in find_indicators(text)] == parts


@pytest.mark.parametrize("text, value", [("开发区面积为6平方公里。", 6), ("高新区总面积为62平方公里。", 62)])
def test_the_area_right_after_the_park_is_its_area(text, value):
    # 面积 alone after the park word is the park's, as 园区面积 is; after anything else (城区, 项目) it is not
    assert [(f.name, f.value, f.scope) for f in find_indicators(text)] == [("面积", value, "园区")]
    assert find_indicators(text.replace("开发区", "城区").replace("高新区", "城区").replace("总面积", "面积")) == []
