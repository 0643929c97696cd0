"""Key figures read in session 34, second pass (issue 16): shapes counted on three hosts or more across the labelled
sets before a rule was written. Own sentences, own names and numbers."""
import pytest

from indexer.reading.indicators import find_indicators


def figures(text: str, park: str | None = "青棠湾经济开发区", title: str = "", doc_type: str = "简报"):
    return [(f.name, f.value, f.unit, f.status, f.scope)
            for f in find_indicators(text, doc_type=doc_type, park=park, title=title)]


def named(text: str, name: str, **kw):
    return [f[1:] for f in figures(text, **kw) if f[0] == name]


# ------------------------------------------------------------------ 引进…资金 after a signed count
# (签约N个项目合作协议，引进…资金; N家企业签订了协议，共引进项目资金; 引进…项目N个，引进项目资金): what the projects just
# signed or brought in bring, 签约资金 — not money paid in

@pytest.mark.parametrize("sentence, value, status", [
    ("青棠湾开发区累计引进投资5000万元以上项目31个，引进项目资金62.4亿元，在建项目12个。", 62.4, "累计"),
    ("园区与甲乙公司、丙丁公司等11家企业签订了招商引资协议，共引进项目资金3.8亿元。", 3.8, "实际"),
    ("今年以来，园区共签约9个项目合作协议，引进沙棠市域外资金17.6亿元，招商引资金额比上年增长120%。", 17.6, "实际"),
])
def test_money_brought_in_after_a_signed_count_is_signed(sentence, value, status):
    assert [(v, s) for v, _, s, _ in named(sentence, "签约资金")] == [(value, status)]
    assert named(sentence, "招商引资到位资金") == []


# must not: no signed count before it, 到位 in its name, a count of firms settled, agreements of intent
@pytest.mark.parametrize("sentence, value", [
    ("去年，青棠湾开发区新建标准厂房超过80万平方米，引进项目资金超过260亿元。", 260),
    ("全年完成8个项目签约入园，引进到位市外资金4.2亿元，占目标任务的105%。", 4.2),
    ("预计今年年底进园企业将达到14家，引进资金1.5亿元。", 1.5),
    ("园区签订意向协议6个，引进资金9亿元。", 9),
])
def test_money_brought_in_must_not(sentence, value):
    assert [v for v, *_ in named(sentence, "招商引资到位资金")] == [value]
    assert named(sentence, "签约资金") == []


def test_money_from_outside_a_named_place_is_paid_in():
    # (the place named before 域外: 引进某某市域外资金 is 引进域外资金, money from outside brought in, with no signed count)
    assert [v for v, *_ in named("今年园区引进沙棠市域外资金17.6亿元，同比增长12%。", "招商引资到位资金")] == [17.6]


# ------------------------------------------------------------------ the signed projects described, then their money
# (本次签约的N个项目，全部聚焦…等产业，总投资额达…; 此次签约的N个项目包括A项目、B项目…等，涉及…等领域，总投资约…)

@pytest.mark.parametrize("sentence, count, money", [
    ("据悉，本次签约的14个项目，全部聚焦新能源、高端装备等产业赛道，总投资额达86.5亿元，其中4个项目投资额超10亿元。", 14, 86.5),
    ("此次签约的7个项目包括沙棠(北岭)文旅小镇项目、青棠汽车贸易产业园项目、北岭山文化产业园项目、"
     "红叶冷链加工配送中心项目等，涉及现代旅游、智慧物流等产业领域，总投资约72亿元。", 7, 72),
    ("本次签约的9个项目均聚焦于生物医药产业，总投资额为41亿元。", 9, 41),
])
def test_signed_projects_described_then_their_money(sentence, count, money):
    assert [v for v, *_ in named(sentence, "签约项目数")] == [count]
    assert [v for v, *_ in named(sentence, "签约资金")] == [money]


# must not: projects started (no signed money), another count between, a figure between the count and the money
@pytest.mark.parametrize("sentence", [
    "园区集中开工项目12个，全部聚焦新材料产业，总投资额达48.5亿元。",
    "本次签约的12个项目，全部聚焦新材料产业，年产值可达30亿元，总投资额达48.5亿元。",
])
def test_signed_projects_described_must_not(sentence):
    assert [v for v, *_ in named(sentence, "签约资金")] == []
