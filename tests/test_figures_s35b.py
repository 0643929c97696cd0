"""Key figures read in session 35, second round (issue 16): shapes counted on three hosts or more across the labelled
sets, the freshest spent sets first, before a rule was written. Own sentences, own names and numbers."""
import pytest

from indexer.reading.indicators import find_indicators


def figures(text: str, park: str | None = "青棠湾经济开发区", title: str = "", doc_type: str = "简报"):
    return [(f.name, f.value, f.unit, f.status, f.scope)
            for f in find_indicators(text, doc_type=doc_type, park=park, title=title)]


def named(text: str, name: str, **kw):
    return [f[1:] for f in figures(text, **kw) if f[0] == name]


# ------------------------------------------------------------------ the projects counted, split by their state
# (园区内项目共31个，其中已投产项目12个; 累计引进项目50个…，其中…，已投产的某某项目10个; 累计引进…项目52个，其中已建成投产
# 项目18个): a count of those already in production is a part of the whole by its state, no count of the verb's

@pytest.mark.parametrize("sentence, value", [
    ("2021年园区内项目共27个，其中已投产项目14个，在建项目9个。", 14),
    ("园区累计引进项目64个，总投资88亿元，其中新材料企业19个，已投产的新材料项目11个。", 11),
    ("累计引进规模以上项目45个，其中已建成投产项目16个。", 16),
    ("青棠湾开发区现有入驻项目38个，其中已竣工投产项目21个，正在建设的项目17个。", 21),
])
def test_projects_split_by_their_state_give_no_completions(sentence, value):
    assert value not in [f[1] for f in figures(sentence) if f[0] == "竣工投产项目数"]


# must not: a count of completions with no whole split before it, an event's own split (no 已), the verb's count
# after a split by size
@pytest.mark.parametrize("sentence, name, value", [
    ("今年园区已投产项目12个，新开工项目18个。", "竣工投产项目数", 12),
    ("全年竣工投产项目20个，新签约项目31个。", "竣工投产项目数", 20),
    ("此次集中开竣工项目64个，其中开工项目39个。", "新开工项目数", 39),
    ("园区累计签约项目80个，已投产项目52个。", "竣工投产项目数", 52),
])
def test_projects_split_by_their_state_must_not(sentence, name, value):
    assert value in [v for v, *_ in named(sentence, name)]


# ------------------------------------------------------------------ the projects the park holds
# (累计进区项目700多个, 已累计入园项目102个, 入园工业项目56家): the projects in the park as it holds them are its firms,
# 入园企业数, not a period's signed projects

@pytest.mark.parametrize("sentence, value, status", [
    ("目前，青棠湾开发区累计进区项目460多个，从业人员3万余人。", 460, "累计"),
    ("自2008年建园以来，园区已累计入园项目218个，投产项目190个。", 218, "累计"),
    ("东片区总投资42亿元，入园工业项目37家，其中亿元以上项目9家。", 37, "实际"),
])
def test_the_projects_the_park_holds_are_its_firms(sentence, value, status):
    assert (value, status) in [(v, s) for v, _, s, _ in named(sentence, "入园企业数")]
    assert value not in [v for v, *_ in named(sentence, "签约项目数")]


# must not: a period's new projects entering the park stay the signed (新增入园项目, 今年以来, 1-6月…新增)
@pytest.mark.parametrize("sentence, value", [
    ("2023年园区新增入园项目12个，总投资30亿元。", 12),
    ("今年以来，园区入园项目15个，总投资22亿元。", 15),
    ("1-6月，累计新增入园项目8个。", 8),
    ("今年累计入园项目15个。", 15),
])
def test_the_projects_the_park_holds_must_not(sentence, value):
    assert value in [v for v, *_ in named(sentence, "签约项目数")]
    assert value not in [v for v, *_ in named(sentence, "入园企业数")]
