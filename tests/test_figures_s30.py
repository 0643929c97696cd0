"""Key figures read in session 30 (issue 16). Own sentences, own names and numbers."""
import pytest

from indexer.reading.indicators import find_indicators


def figures(sentence: str, park: str = "青棠湾产业园", doc_type: str = "简报"):
    return [(f.name, f.value, f.unit, f.status, f.scope) for f in find_indicators(sentence, doc_type=doc_type, park=park)]


def named(sentence: str, name: str, **kw):
    return [f[1:4] for f in figures(sentence, **kw) if f[0] == name]


# ------------------------------------------------------------------ a target's values listed before 的目标
# "超额完成年初确定的全年产值200亿元，税收9亿元的目标": the noun phrase opens on who set the target and closes on 的目标;
# every value listed inside it is the target's, not only the last one

@pytest.mark.parametrize("sentence, name, want", [
    ("2023年，青棠湾产业园工业总产值186.2亿元，税收7.7亿元，超额完成年初确定的全年产值170亿元，税收7亿元的目标。",
     "工业总产值", (170, "亿元", "目标")),
    ("青棠湾产业园全面完成市里下达的固定资产投资12亿元、招商引资到位资金6亿元的任务。",
     "固定资产投资", (12, "亿元", "目标")),
    ("青棠湾产业园圆满完成年初制定的营业收入95亿元，税收4.2亿元，固定资产投资30亿元的年度目标。",
     "营业收入", (95, "亿元", "目标")),
])
def test_values_listed_inside_the_target_noun_are_targets(sentence, name, want):
    got = named(sentence, name)
    assert want in got and (want[0], want[1], "实际") not in got


# must not: values done, then their share of the target, stay done
@pytest.mark.parametrize("sentence, name, value", [
    ("青棠湾产业园完成工业总产值186.2亿元，税收7.7亿元，分别完成年度目标的104%和101%。", "工业总产值", 186.2),
    ("青棠湾产业园完成工业总产值186.2亿元，税收7.7亿元的好成绩。", "工业总产值", 186.2),
    ("青棠湾产业园工业总产值186.2亿元，税收7.7亿元，超额完成年初确定的目标。", "税收", 7.7),
])
def test_values_done_before_a_target_named_stay_done(sentence, name, value):
    assert (value, "亿元", "实际") in named(sentence, name)
