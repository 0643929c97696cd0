"""Key indicators as park reports name them (indexer/data/synonyms.txt, from the figure reader's table of forms,
indexer/reading/indicators.py ``_NAME_FORMS``), and everyday words beside the official ones reports write for
them: a typed name finds the report writing its other form, ranked below the report writing the name typed
(README: a synonym's matches rank below the words typed). On a real index of small reports written for it:
each pair's report of the other form writes it more often than the typed one's writes the name typed."""
from __future__ import annotations

import pytest

from conftest import service_of_texts, titles_found

# (typed, the other form a report writes); the typed one's report says it once, the other's twice
PAIRS = [
    # the statistics' names of the firms' turnover over the years, either way
    ("营业收入", "主营业务收入"),
    ("主营业务收入", "营业收入"),
    ("营业收入", "销售收入"),
    ("营业收入", "技工贸总收入"),
    ("固定资产投资", "固投"),
    ("固定资产投资", "固定资产投入"),
    ("工业投资", "工业投入"),
    ("一般公共预算收入", "公共财政预算收入"),
    ("实际利用外资", "实际使用外资"),
    ("出口额", "出口创汇"),
    ("从业人员", "从业人数"),
    ("入园企业", "入驻企业"),
    ("签约资金", "签约金额"),
    ("开工项目", "动工项目"),
    ("竣工投产", "建成投产"),
    # everyday words, and the official ones reports write for them
    ("大学生", "高校毕业生"),
    ("打工", "务工"),
    ("买房", "购房"),
]

_PARKS = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥"


def _reports() -> dict:
    """Two reports per distinct word: one writing it once, one writing it twice (named by the word's place)."""
    words = list(dict.fromkeys(w for pair in PAIRS for w in pair))
    out = {}
    for k, word in enumerate(words):
        for times, year in ((1, 2023), (2, 2022)):
            title = f"{_PARKS[k % len(_PARKS)]}{'' if k < len(_PARKS) else k}号园区{year}年工作总结"
            body = "".join(f"第{n + 1}项：园区{word}情况良好。" for n in range(times))
            out[f"{title}.txt"] = f"{title}\n{body}\n"
    return out


def _title(word: str, times: int) -> str:
    words = list(dict.fromkeys(w for pair in PAIRS for w in pair))
    k = words.index(word)
    return f"{_PARKS[k % len(_PARKS)]}{'' if k < len(_PARKS) else k}号园区{2023 if times == 1 else 2022}年工作总结"


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    return service_of_texts(tmp_path_factory, "indicator-names", _reports())


@pytest.mark.parametrize("typed, other", PAIRS)
def test_a_typed_name_finds_the_other_form_below_the_name_typed(service, typed, other):
    _, answer = titles_found(service, typed)
    found = [(r["title"], r["match"]) for r in answer["results"] if r["match"] in ("exact", "synonym")]
    assert sorted(found[:2]) == sorted([(_title(typed, 1), "exact"), (_title(typed, 2), "exact")])
    # the other form's reports, the one writing it twice too, come after the name typed (with the group's other
    # forms' reports: 主营业务收入 finds 营业收入's and 销售收入's)
    assert {(_title(other, 1), "synonym"), (_title(other, 2), "synonym")} <= set(found[2:])
    assert {match for _, match in found[2:]} == {"synonym"}


@pytest.mark.parametrize("word", ["税收", "财政收入"])
def test_a_wider_or_narrower_name_is_no_synonym(word):
    """税收 is typed for tax policy as often as for the sum (税收优惠), where 税金, the sum firms paid, is no one's
    word; 财政收入 is the whole of which 一般公共预算收入 is a part: neither is a synonym (synonyms.txt)."""
    from indexer.analysis import bundled_vocabulary
    assert bundled_vocabulary().variants(word) == [word]
