"""Titles and types of real pages by how Chinese leads and headlines are built (session 24, s24-heads). Own sentences,
other names and numbers than any page studied."""
from pathlib import Path

import pytest

from conftest import read_page


def title(tmp_path: Path, text: str) -> str:
    return read_page(tmp_path, text + "\n")[0].title


# a lead's first clause that is a noun phrase (an attribute, 的, its noun: 过去的三年; 作为…之一的某区) is the topic the
# sentence comments on after the comma: the title runs on to the clause with the predicate
@pytest.mark.parametrize("lead, want", [
    ("作为全省五个出口加工区之一的青川出口加工区，今年3月8日满20岁。二十年来，加工区累计引进企业百余家。",
     "作为全省五个出口加工区之一的青川出口加工区，今年3月8日满20岁"),
    ("对于云溪县来说，过去的三年，是工业园区建设提速的三年，园区新落地项目四十余个。县里将继续推进。",
     "对于云溪县来说，过去的三年，是工业园区建设提速的三年"),
])
def test_a_noun_phrase_clause_does_not_end_a_lead_title(tmp_path, lead, want):
    assert title(tmp_path, lead) == want


@pytest.mark.parametrize("lead, want", [
    # a verb before 的 governs the phrase (召开了…的…会议): the clause has its predicate and ends the title
    ("2023年5月10日，青川工业园区召开了全区的安全生产工作会议，部署下一阶段的隐患排查工作，园区各企业负责人参加会议。",
     "青川工业园区召开了全区的安全生产工作会议"),
    # a name and its years with no 的 (建区十五年) is the gold's own clause: left as it was
    ("同志们、朋友们：云溪经济开发区建区二十年，是艰苦创业、硕果累累的二十年。今天我们在这里召开座谈会。",
     "云溪经济开发区建区二十年"),
])
def test_a_clause_with_its_predicate_still_ends_it(tmp_path, lead, want):
    assert title(tmp_path, lead) == want
