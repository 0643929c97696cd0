"""Key figures after session 30's blind sets were read (spent): a change against a year before said with one character
(同比增14亿2千万) is no level of the indicator. Own sentences."""
from indexer.reading.indicators import find_indicators


def named(sentence: str, name: str, park: str = "青棠湾产业园"):
    return [(f.value, f.unit) for f in find_indicators(sentence, doc_type="简报", park=park) if f.name == name]


def test_a_change_said_with_one_character_is_no_level():
    assert named("青棠湾产业园投资出口总额今年同比增14亿2千万元。", "出口额") == []
    assert named("青棠湾产业园出口总额较去年减3亿元。", "出口额") == []


def test_the_level_before_its_change_stays():
    assert named("青棠湾产业园出口总额142亿元，比上年增12%。", "出口额") == [(142, "亿元")]
    assert named("青棠湾产业园新增投资14亿元，出口总额同比增长8%，达到56亿元。", "出口额") == [(56, "亿元")]


def test_the_investment_of_projects_applied_for_is_not_yet_attracted():
    assert named("此外，该部门还收到了46个项目的申请，总投资额为419亿令吉。", "签约资金", park="依斯干达特区") == []
    assert named("今年首季，依斯干达特区累计总投资额达2276亿令吉。", "签约资金", park="依斯干达特区") == [(2276, "亿令吉")]


def test_another_aggregates_value_added_is_no_industrys():
    # (found on ten unseen pages read at the session's end: 数字经济增加值 after the park's output and value added)
    sentence = "1—11月，青棠湾产业园实现工业总产值171亿元；工业增加值34.36亿元；数字经济增加值8.3亿元，同比增长21.4%。"
    assert named(sentence, "工业增加值") == [(34.36, "亿元")]
    assert named("青棠湾产业园实现工业总产值22亿元，增加值6.9亿元。", "工业增加值") == [(6.9, "亿元")]
