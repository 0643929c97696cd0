"""Key figures read in session 35 (issue 16): shapes counted on three hosts or more across the labelled sets before a
rule was written. Own sentences, own names and numbers."""
import pytest

from indexer.reading.indicators import find_indicators


def figures(text: str, park: str | None = "青棠湾经济开发区", title: str = "", doc_type: str = "简报"):
    return [(f.name, f.value, f.unit, f.status, f.scope)
            for f in find_indicators(text, doc_type=doc_type, park=park, title=title)]


def named(text: str, name: str, **kw):
    return [f[1:] for f in figures(text, **kw) if f[0] == name]


# ------------------------------------------------------------------ a bound made a modifier, then the class counted
# (收入超N亿元的A、B等特色产业有M个; 销售收入超过N亿元的达到M个): the value is what a class passes, the count is how
# many pass it — no one's figure, whatever noun (or none) the class is named by

@pytest.mark.parametrize("sentence, value", [
    ("全市工业园区年主营业务收入超40亿元的纺织、机电、食品加工、新型建材等特色产业有15个，其中超过80亿元的有4个。", 40),
    ("同时，推动“双百工程”园区销售收入超过200亿元的达到12个，青棠湾开发区销售收入突破700亿元。", 200),
    ("全省开发区中工业产值突破50亿元的共有9个，较上年增加2个。", 50),
])
def test_a_bound_then_the_class_counted_is_no_figure(sentence, value):
    assert value not in [f[1] for f in figures(sentence)]


# must not: a result said with 超/突破 and no class after it; a 的 that opens no class (的同时, 的目标, 的基础上)
@pytest.mark.parametrize("sentence, name, value", [
    ("青棠湾开发区销售收入突破700亿元，新引进项目18个。", "营业收入", 700),
    ("园区工业总产值突破120亿元的同时，新增规上企业12家。", "工业总产值", 120),
    ("园区营业收入超过90亿元的基础上，今年新签约项目16个。", "营业收入", 90),
])
def test_a_bound_then_the_class_counted_must_not(sentence, name, value):
    assert value in [v for v, *_ in named(sentence, name)]


# ------------------------------------------------------------------ 目标定位, the positioning, is a noun
# (锚定“A、B、C”目标定位，…累计有N个项目落户，签约总金额达…): the clause that names a zone's positioning sets no target

def test_the_positioning_named_sets_no_target():
    sentence = ("“十四五”期间，青棠湾新区锚定“开放新区、智造新区、生态新区”目标定位，一手抓产业链招商，"
                "累计有418个产业项目落户新区，签约总金额达1260亿元，其中省外项目个数占比超五成。")
    assert [(v, s) for v, _, s, _ in named(sentence, "签约项目数")] == [(418, "累计")]
    assert [(v, s) for v, _, s, _ in named(sentence, "签约资金")] == [(1260, "累计")]


# must not: a target still stated with 目标 for its figure (目标是, 的目标), and a plan's positioning before a plan figure
@pytest.mark.parametrize("sentence, name, value", [
    ("园区今年的目标是签约项目30个，签约资金120亿元。", "签约项目数", 30),
    ("按照“一区三园”的目标定位，园区力争全年新签约项目25个。", "签约项目数", 25),
])
def test_the_positioning_must_not(sentence, name, value):
    assert [(v, s) for v, _, s, _ in named(sentence, name)] == [(value, "目标")]


# ------------------------------------------------------------------ count first, the event's manner before the verb
# (有45个投资合作项目现场集中签约, 本次大会共有32个项目现场集中签约: 现场, 当场, 分别 between the projects and 签约 —
# the count is the signed, and the money said next theirs)

@pytest.mark.parametrize("sentence, count, money", [
    ("在昨天举行的投资推介会暨项目合作协议签署仪式上，有38个投资合作项目现场集中签约。", 38, None),
    ("本次大会共有27个项目现场集中签约，分三种项目类型，其中新引进工业项目11个。", 27, None),
    ("会上有9个项目当场签约，总投资46亿元。", 9, 46),
    ("推介会上，沙棠科技等14个项目现场集中签约，总投资72.5亿元。", 14, 72.5),
])
def test_count_first_with_the_events_manner_is_signed(sentence, count, money):
    assert [v for v, *_ in named(sentence, "签约项目数")][:1] == [count]
    assert [v for v, *_ in named(sentence, "签约资金")] == ([money] if money else [])


# must not: the same manner before another verb (观摩, 开工) or before an agreement of intent
@pytest.mark.parametrize("sentence", [
    "园区8个项目现场观摩，总投资46亿元。",
    "会上有9个项目现场签订意向协议，总投资46亿元。",
    "会上有9个项目现场集中开工，总投资46亿元。",
])
def test_count_first_with_the_events_manner_must_not(sentence):
    assert named(sentence, "签约项目数") == []
    assert named(sentence, "签约资金") == []


# ------------------------------------------------------------------ counted projects' or firms' yield once built
# (11个项目…总投资额为21.05亿元，建成后预计实现销售收入70亿元; 共入驻65家企业74个项目，达产后预计年产值…; 产业项目86个…全部达产
# 达效后，年可实现产值…): the projects' own, as one project's is — no figure (the labellers listed none on 6 pages, 6 hosts)

@pytest.mark.parametrize("sentence", [
    "已有9个投资规模大的项目正式进入园区。9个项目涉及机械、冶金等行业和领域，总投资额为18.6亿元，建成后预计实现销售收入55亿元。",
    "青棠高新园区共入驻58家企业63个项目，达产后预计年产值约960亿元。",
    "沙棠三大产业基地共入驻工业企业29家，达产后预计年产值145亿元。",
    "集中投产项目96个，总投资88亿元，其中产业项目71个，总投资52.4亿元，全部达产达效后，年可实现产值103亿元、税收1.6亿元。",
    "园区新签约项目8个，总投资50亿元，达产后预计年产值120亿元。",
])
def test_counted_projects_yield_once_built_is_no_figure(sentence):
    assert [f for f in figures(sentence) if f[0] in ("工业总产值", "营业收入", "税收", "从业人员")] == []


# must not: a zone's own, the park's projects as a whole, the park's firms uncounted, a zone's phase
@pytest.mark.parametrize("sentence, name, value", [
    ("青棠湾物流园建成后，预计年税收超过1亿元。", "税收", 1),
    ("园区项目全部建成后，预计年产值50亿元。", "工业总产值", 50),
    ("园区企业全部达产后，预计年产值300亿元。", "工业总产值", 300),
    ("青棠湾科学园区三期项目建成后，可创造年产值180亿元。", "工业总产值", 180),
])
def test_counted_projects_yield_must_not(sentence, name, value):
    assert [v for v, *_ in named(sentence, name)] == [value]
